"""Defaults applied before Prefect is imported: quiet, local and private.

Each is only a default; a variable already set in the environment wins.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from flows.server import running_server_url

PREFECT_DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    # Prefect's own chatter at WARNING; the flow's per-batch lines at INFO reach the
    # server (and the UI), while the terminal shows warnings and errors only.
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_LOGGING_LOGGERS_PREFECT_FLOW_RUNS_LEVEL": "INFO",
    "PREFECT_LOGGING_LOGGERS_PREFECT_TASK_RUNS_LEVEL": "WARNING",
    "PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL": "WARNING",
    # A first start migrates a new SQLite database, which takes longer than Prefect's 20 s.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180",
}


def apply_prefect_defaults(project_dir: Path | None = None) -> None:
    """Keep Prefect's state in ``./.prefect``, its chatter at WARNING, and report to
    the server ``dossier ui`` runs, when one is up."""
    home = (project_dir or Path.cwd()) / ".prefect"
    os.environ.setdefault("PREFECT_HOME", str(home))
    for name, value in PREFECT_DEFAULTS.items():
        os.environ.setdefault(name, value)
    # trafilatura logs ERROR for every HTML page without a text; each becomes a reject
    # with that reason already, so its lines would only alarm the terminal.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    if not os.environ.get("PREFECT_API_URL"):
        url = running_server_url(Path(os.environ["PREFECT_HOME"]))
        if url:
            os.environ["PREFECT_API_URL"] = url
