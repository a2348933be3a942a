"""A real Prefect server started by `dossier ui`, runs reporting to it, and a
scheduled deployment served by `dossier serve`, checked through the server's API."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from flows.server import start_lock, wait_healthy

from .conftest import SEED

DOSSIER = str(Path(sys.executable).with_name("dossier"))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def api(url: str, path: str, body: dict | None = None):
    request = urllib.request.Request(
        f"{url}{path}",
        data=json.dumps(body or {}).encode(),
        headers={"content-type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """A project folder with seeds/, and `dossier ui` serving its ./.prefect."""
    folder = tmp_path_factory.mktemp("project")
    shutil.copytree(SEED.parent, folder / "seeds")
    environment = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    port = free_port()
    server = subprocess.Popen(
        [DOSSIER, "ui", "--port", str(port)],
        cwd=folder,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}/api"
    try:
        assert wait_healthy(url, 180, server), "the Prefect server did not start"
        deadline = time.monotonic() + 30
        while not (folder / ".prefect" / "ui.json").exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        yield folder, url, environment
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert not wait_healthy(url, 3), "the Prefect server outlived `dossier ui`"
    assert not (folder / ".prefect" / "ui.json").exists()


def test_ui_records_where_later_commands_report(project):
    folder, url, _ = project
    state = json.loads((folder / ".prefect" / "ui.json").read_text())
    assert state["api_url"] == url


def test_run_reports_to_the_ui_server(project):
    folder, url, environment = project
    result = subprocess.run(
        [DOSSIER, "run", "seeds"], cwd=folder, env=environment, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    (flow_run,) = api(url, "/flow_runs/filter")
    assert (flow_run["name"], flow_run["state_type"]) == ("seeds", "COMPLETED")
    task_runs = api(url, "/task_runs/filter", {"flow_runs": {"id": {"any_": [flow_run["id"]]}}})
    assert {"ingest-batch-1", "extract-batch-1.1"} <= {t["name"] for t in task_runs}
    artifacts = api(
        url, "/artifacts/filter", {"artifacts": {"flow_run_id": {"any_": [flow_run["id"]]}}}
    )
    assert any(a["key"] == "dossier-run-summary" for a in artifacts)


def test_serve_creates_a_scheduled_deployment(project):
    folder, url, environment = project
    served = subprocess.Popen(
        [DOSSIER, "serve", "seeds", "--cron", "*/15 * * * *", "--name", "seeds-every-15"],
        cwd=folder,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deployments = []
        deadline = time.monotonic() + 90
        while not deployments and time.monotonic() < deadline:
            time.sleep(1)
            deployments = api(url, "/deployments/filter")
        (deployment,) = deployments
        assert deployment["name"] == "seeds-every-15"
        assert [s["schedule"]["cron"] for s in deployment["schedules"]] == ["*/15 * * * *"]
        assert deployment["parameters"]["paths"] == [str((folder / "seeds").resolve())]
    finally:
        served.terminate()
        served.wait(timeout=30)


def test_serve_without_a_server_is_a_clear_error(tmp_path):
    environment = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    result = subprocess.run(
        [DOSSIER, "serve", str(SEED), "--cron", "0 * * * *"],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert "needs a Prefect server" in result.stderr


STARTS_A_SERVER = """
from flows.server import start_temporary_server
start_temporary_server()
print("started", flush=True)
"""


def test_a_server_start_waits_while_another_command_starts_one(tmp_path):
    # The first start migrates a new database; two at once crashed one of the runs.
    home = tmp_path / ".prefect"
    environment = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    environment["PREFECT_HOME"] = str(home)
    environment["PYTHONPATH"] = str(Path(__file__).parents[1])
    with start_lock(home):
        waiting = subprocess.Popen(
            [sys.executable, "-c", STARTS_A_SERVER], env=environment, stdout=subprocess.PIPE
        )
        try:
            with pytest.raises(subprocess.TimeoutExpired):
                waiting.communicate(timeout=5)
            assert not (home / "prefect.db").exists()
        finally:
            waiting.kill()
            waiting.wait()
