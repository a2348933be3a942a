"""Moving a warehouse out of the source tree.

Before version 0.2 the default data folder was ``./warehouse``, which in a
checkout is also this Python package: ``snapshots/`` and ``dossier.duckdb`` sat
beside ``store.py``. The default is now ``./data``. The first command run with
the default folder moves a warehouse it finds at the old place, and rebuilds its
views, which name their files by absolute path.
"""

from __future__ import annotations

import os
from pathlib import Path

from warehouse.store import Warehouse
from warehouse.views import publish_views

LEGACY_ROOT = Path("warehouse")
# What a warehouse keeps in its folder; the package's own files stay.
DATA_ENTRIES = (
    "snapshots",
    "tables",
    ".staging",
    "dossier.duckdb",
    "dossier.duckdb.wal",
    "report.html",
    ".lock",
)


def holds_data(folder: Path) -> bool:
    """Whether ``folder`` holds a warehouse's data (its snapshots or its views)."""
    return (folder / "snapshots").is_dir() or (folder / "dossier.duckdb").is_file()


def migrate_legacy_warehouse(legacy: Path, target: Path) -> bool:
    """Move the data entries of a warehouse at ``legacy`` into ``target`` and
    republish its views there. Returns whether anything moved: nothing does when
    ``legacy`` holds no data or ``target`` already does."""
    if not holds_data(legacy) or holds_data(target):
        return False
    with Warehouse(legacy).writer_lock():
        target.mkdir(parents=True, exist_ok=True)
        for name in DATA_ENTRIES:
            if name != ".lock" and os.path.lexists(legacy / name):
                os.replace(legacy / name, target / name)
    (legacy / ".lock").unlink(missing_ok=True)
    moved = Warehouse(target)
    with moved.writer_lock():
        moved.prepare()
        publish_views(moved)
    return True
