"""A progress bar for the terminal, driven by the flow without knowing about it.

The CLI installs a rich bar with :func:`showing`; elsewhere (tests, scheduled
runs) the calls do nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

_bar: Progress | None = None
_task: TaskID | None = None


@contextmanager
def showing(console: Console) -> Iterator[None]:
    """Show a bar on ``console`` while the block runs, if it is a terminal."""
    global _bar
    if not console.is_terminal:
        yield
        return
    _bar = Progress(
        TextColumn("[bold]processing"),
        BarColumn(),
        DownloadColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
    )
    try:
        yield
    finally:
        stop()
        _bar = None


def start(total_bytes: int) -> None:
    global _task
    if _bar is not None:
        _bar.start()
        _task = _bar.add_task("processing", total=total_bytes or None)


def advance(n_bytes: int) -> None:
    if _bar is not None and _task is not None:
        _bar.advance(_task, n_bytes)


def stop() -> None:
    if _bar is not None:
        _bar.stop()
