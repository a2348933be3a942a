"""A local Prefect server for the UI, and how other dossier commands find it.

``dossier ui`` runs ``prefect server start`` bound to 127.0.0.1 with its SQLite
database in the project's ``.prefect`` folder, and records its address in
``.prefect/ui.json`` while it runs; later commands that find a live server there
report to it (unless ``PREFECT_API_URL`` is already set).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

STATE_FILE = "ui.json"
HEALTH_TIMEOUT_SECONDS = 180


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
    command = [
        sys.executable,
        "-m",
        "prefect",
        "server",
        "start",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--analytics-off",
    ]
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
            time.sleep(0.5)
    return False


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
