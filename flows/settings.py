"""Defaults applied before Prefect is imported: quiet, local and private.

Each is only a default; a variable already set in the environment wins.
"""

from __future__ import annotations

import os
from pathlib import Path

PREFECT_DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    # A first start migrates a new SQLite database, which takes longer than Prefect's 20 s.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180",
}


def apply_prefect_defaults(project_dir: Path | None = None) -> None:
    """Keep Prefect's state in ``./.prefect`` and its chatter at WARNING."""
    home = (project_dir or Path.cwd()) / ".prefect"
    os.environ.setdefault("PREFECT_HOME", str(home))
    for name, value in PREFECT_DEFAULTS.items():
        os.environ.setdefault(name, value)
