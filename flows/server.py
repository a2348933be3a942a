"""A local Prefect server for the UI, and how other dossier commands find it.

``dossier ui`` runs ``prefect server start`` bound to 127.0.0.1 with its SQLite
database in the project's ``.prefect`` folder, and records its address in
``.prefect/ui.json`` while it runs; later commands that find a live server there
report to it (unless ``PREFECT_API_URL`` is already set).
"""

from __future__ import annotations

import atexit
import ctypes
import fcntl
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

STATE_FILE = "ui.json"
START_LOCK_FILE = "server-start.lock"
HEALTH_TIMEOUT_SECONDS = 180
# The temporary server is waited for on every run: poll it often.
HEALTH_POLL_SECONDS = 0.1


def state_path(prefect_home: Path) -> Path:
    return prefect_home / STATE_FILE


def running_server_url(prefect_home: Path) -> str | None:
    """The API URL of a live ``dossier ui`` server for this PREFECT_HOME, if any."""
    path = state_path(prefect_home)
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
        os.kill(int(state["pid"]), 0)
    except (OSError, ValueError, KeyError):
        return None
    return str(state["api_url"])


def serve_ui(prefect_home: Path, port: int) -> int:
    """Run the server in the foreground until interrupted; returns its exit status."""
    base = f"http://127.0.0.1:{port}"
    command = server_command(port)
    # The UI's pages call the API from the browser: tell them where it is.
    environment = {
        **os.environ,
        "PREFECT_HOME": str(prefect_home),
        "PREFECT_UI_API_URL": f"{base}/api",
    }
    environment.pop("PREFECT_API_URL", None)
    server = subprocess.Popen(command, env=environment)
    path = state_path(prefect_home)
    signal.signal(signal.SIGTERM, _interrupt)  # stop the server with us, not orphan it
    try:
        if not wait_healthy(f"{base}/api", HEALTH_TIMEOUT_SECONDS, server):
            return server.wait()
        path.write_text(json.dumps({"pid": server.pid, "api_url": f"{base}/api"}), encoding="utf-8")
        print(
            f"Prefect UI: {base}  (API {base}/api). dossier commands report here; Ctrl-C stops it.",
            flush=True,
        )
        return server.wait()
    except KeyboardInterrupt:
        server.terminate()
        return server.wait()
    finally:
        path.unlink(missing_ok=True)


def server_command(port: int, *options: str) -> list[str]:
    """``prefect server start`` on 127.0.0.1:``port``, analytics off, with ``options``."""
    prefect = [sys.executable, "-m", "prefect", "server", "start", "--analytics-off"]
    return [*prefect, "--host", "127.0.0.1", "--port", str(port), *options]


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def wait_healthy(api_url: str, timeout: float, process: subprocess.Popen | None = None) -> bool:
    """Poll ``/health`` until it answers; False if the process exits or time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(f"{api_url}/health", timeout=2) as response:
                if response.status == 200:
                    return True
        except OSError:
            time.sleep(HEALTH_POLL_SECONDS)
    return False


def start_temporary_server() -> None:
    """Start a Prefect server for this command in the background, unless one is
    configured, and point ``PREFECT_API_URL`` at it. It runs the services that
    record task runs and events (not the scheduler), and no UI.

    Prefect would start its own temporary server when the flow begins, and wait
    for it (about 10 s here). Started first, it comes up while the command loads
    the model. It stops when the command exits (its parent's death stops it on
    Linux too, even after SIGKILL). Call ``wait_for_api`` before the flow starts.
    Where Prefect is imported already (a test harness, a notebook), its settings
    are fixed and name their own server: nothing is started.
    """
    if os.environ.get("PREFECT_API_URL") or "prefect" in sys.modules:
        return
    home = Path(os.environ["PREFECT_HOME"])
    # A first start creates and migrates the SQLite database; two commands doing it
    # at once crash one of them. So the first start is waited for under a lock, and
    # every later one (the database exists) runs beside the model's loading.
    with start_lock(home):
        first_start = not _uses_external_database() and not (home / "prefect.db").exists()
        port = _free_port()
        server = subprocess.Popen(
            server_command(port, "--no-ui", "--no-scheduler", "--no-late-runs"),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=_stop_with_parent,
        )
        atexit.register(_stop, server)  # registered first, so it runs after Prefect's flushes
        os.environ["PREFECT_API_URL"] = f"http://127.0.0.1:{port}/api"
        _started.append(server)
        if first_start:
            wait_for_api()


def wait_for_api() -> None:
    """Wait until the server ``start_temporary_server`` started answers; if it could
    not start, leave Prefect to start its own."""
    if not _started:
        return
    server = _started.pop()
    if not wait_healthy(os.environ["PREFECT_API_URL"], HEALTH_TIMEOUT_SECONDS, server):
        os.environ.pop("PREFECT_API_URL", None)
        _stop(server)


_started: list[subprocess.Popen] = []


@contextmanager
def start_lock(prefect_home: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``prefect_home``'s server start while the block runs."""
    prefect_home.mkdir(parents=True, exist_ok=True)
    with (prefect_home / START_LOCK_FILE).open("ab") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def _uses_external_database() -> bool:
    return bool(os.environ.get("PREFECT_API_DATABASE_CONNECTION_URL"))


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _stop_with_parent() -> None:
    if sys.platform == "linux":
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


_PR_SET_PDEATHSIG = 1


def _stop(server: subprocess.Popen) -> None:
    if server.poll() is None:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()


def share_api_with_workers() -> None:
    """Make worker processes report to the same Prefect API as this one.

    Without a configured server, Prefect starts a temporary one per process on
    first use, so each worker would start its own (≈10 s of CPU, then steady
    load). Start this process's temporary server now and name it in the
    environment the workers inherit.
    """
    if os.environ.get("PREFECT_API_URL"):
        return
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()
    server.start(timeout=HEALTH_TIMEOUT_SECONDS)
    os.environ["PREFECT_API_URL"] = server.api_url
