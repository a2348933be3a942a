"""Worker processes for extraction, forked from ``dossier run`` before its flow starts.

Forked workers start at once, sharing the libraries this process has imported
(Prefect, spaCy, Arrow: about 190 MB) instead of importing them again as spawned
interpreters would; each loads the model (about 1 s) with its first part, so a
run with nothing new never loads it. A process must not fork while
other threads run (a lock held by one of them stays held in the child), and
Prefect starts threads when a flow begins, so the command starts the pool before
the flow. Where threads already run (a scheduled run, a flow called from Python)
the flow starts a pool itself and its workers are spawned instead.

Workers never talk to Prefect: the flow process submits each part of a batch as
a Prefect task that waits for its result here.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager

from core.errors import DossierError, Errors
from core.records import Document, Extracted
from tasks.extract import Settings, extract_documents

_current: WorkerPool | None = None


class WorkerPool:
    """Worker processes that parse and extract parts of batches."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.start_method = _safe_start_method()
        self._executor: ProcessPoolExecutor | None = ProcessPoolExecutor(
            max_workers=settings.workers, mp_context=multiprocessing.get_context(self.start_method)
        )
        # A forking executor creates every worker at its first submission: make it
        # now, while this process has no other thread.
        self._executor.submit(os.getpid)

    def extract(self, documents: Sequence[Document]) -> Future[Extracted]:
        """Parse and extract ``documents`` on a worker."""
        if self._executor is None:
            raise DossierError(Errors.E027)
        return self._executor.submit(extract_documents, list(documents), self.settings)

    def close(self) -> None:
        """Stop the workers (idempotent): once the last batch is extracted, their
        memory is not needed for the rest of the run."""
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None


@contextmanager
def worker_pool(settings: Settings) -> Iterator[WorkerPool]:
    """A pool of ``settings.workers`` processes for the flow run inside the block,
    found by ``running_pool``."""
    global _current
    pool = WorkerPool(settings)
    _current = pool
    try:
        yield pool
    finally:
        _current = None
        pool.close()


@contextmanager
def pool_for_run(settings: Settings) -> Iterator[WorkerPool]:
    """The pool the command started, or, where none was (a scheduled run, a flow
    called from Python), one started for the block (spawned: threads run here)."""
    if _current is not None:
        yield _current
        return
    with worker_pool(settings) as pool:
        yield pool


def running_pool() -> WorkerPool | None:
    """The pool open in this process, if any (never one on a Dask worker)."""
    return _current


def _safe_start_method() -> str:
    forkable = "fork" in multiprocessing.get_all_start_methods()
    return "fork" if forkable and threading.active_count() == 1 else "spawn"
