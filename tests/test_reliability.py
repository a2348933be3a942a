"""Crashes, failed writes and concurrent readers: nothing lost, duplicated or half-visible.

Kills are real SIGKILLs of a `dossier` process at chosen points (tests/faults.py);
the warehouse left behind, and the one after running again, are compared with
the warehouse of one clean run.
"""

from __future__ import annotations

import errno
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import warehouse.store as store
from core.errors import DossierError
from flows.lifecycle import compact_warehouse
from flows.process_corpus import process_corpus
from tasks.configuration import resolve_settings

from .conftest import FIXTURES, ROOT, SEED
from .faults import contents, problems, reader_verdict

pytestmark = pytest.mark.usefixtures("prefect_harness")
BATCH_SIZE = "2"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Eight documents (four batches of two) and two inputs that are rejected."""
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copytree(FIXTURES / "formats", folder, dirs_exist_ok=True)
    shutil.copy(SEED, folder)
    (folder / "empty.txt").write_text("  \n")
    (folder / "broken.json").write_text('{"text": ')
    return folder


@pytest.fixture(scope="module")
def clean(corpus, tmp_path_factory) -> Path:
    """The warehouse one uninterrupted run makes."""
    root = tmp_path_factory.mktemp("clean") / "warehouse"
    process_corpus(
        paths=[str(corpus)],
        warehouse_dir=str(root),
        settings=resolve_settings(batch_size=int(BATCH_SIZE)),
    )
    return root


@pytest.fixture(scope="module")
def environment() -> dict[str, str]:
    """The environment of `dossier` subprocesses: they report to this session's
    Prefect server rather than each starting their own."""
    import os

    from prefect.settings import PREFECT_API_URL

    return {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value()}


def dossier(environment, *args: str, fault: tuple[str, int] | None = None):
    """Run the `dossier` command line; with ``fault``, killed at that point."""
    command = [str(Path(sys.executable).with_name("dossier"))]
    if fault:
        command = [sys.executable, "-m", "tests.faults", *map(str, fault), "dossier"]
    return subprocess.run(
        [*command, *args], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=300
    )


@pytest.mark.parametrize(
    "fault",
    [("parse", 2), ("write", 9), ("views", 1)],
    ids=["while-parsing", "while-writing-a-file", "while-publishing-views"],
)
def test_a_run_killed_anywhere_then_run_again_equals_a_clean_run(
    fault, corpus, clean, environment, tmp_path
):
    root = tmp_path / "warehouse"
    args = ("run", str(corpus), "-w", str(root), "--batch-size", BATCH_SIZE)
    killed = dossier(environment, *args, fault=fault)
    assert killed.returncode == -9, killed.stderr
    assert problems(root) == []
    partial, complete = contents(root), contents(clean)
    assert all(partial[t] <= complete[t] for t in complete), "rows a clean run does not have"
    again = dossier(environment, *args)
    assert again.returncode == 0, again.stderr
    assert problems(root) == []
    assert contents(root) == complete


def test_a_worker_killed_stops_the_run_cleanly_and_a_later_run_completes(
    corpus, clean, environment, tmp_path
):
    root = tmp_path / "warehouse"
    args = ("run", str(corpus), "-w", str(root), "--batch-size", BATCH_SIZE)
    pooled = (*args, "--runner", "process", "--workers", "2")
    failed = dossier(environment, *pooled, fault=("worker", 2))
    assert failed.returncode == 2, failed.stderr
    assert "a worker process died while extracting batch" in failed.stderr
    assert problems(root) == []
    partial, complete = contents(root), contents(clean)
    assert all(partial[t] <= complete[t] for t in complete), "rows a clean run does not have"
    again = dossier(environment, *pooled)
    assert again.returncode == 0, again.stderr
    assert contents(root) == complete


@pytest.mark.parametrize("command", [("compact",), ("forget", "--source-id", "article.md", "-y")])
def test_an_operation_killed_before_publishing_changes_nothing(
    command, clean, environment, tmp_path
):
    root = tmp_path / "warehouse"
    shutil.copytree(clean, root, symlinks=True)
    before = contents(root)
    killed = dossier(environment, *command, "-w", str(root), fault=("swap", 1))
    assert killed.returncode == -9, killed.stderr
    assert problems(root) == []
    assert contents(root) == before
    again = dossier(environment, *command, "-w", str(root))
    assert again.returncode == 0, again.stderr
    assert problems(root) == []


@pytest.mark.parametrize(
    "failure",
    [
        OSError(errno.ENOSPC, "No space left on device"),
        PermissionError(errno.EACCES, "Permission denied"),
    ],
    ids=["disk-full", "permission-denied"],
)
def test_a_failed_write_leaves_whole_batches_and_a_later_run_completes(
    failure, corpus, clean, tmp_path, monkeypatch
):
    root = tmp_path / "warehouse"
    real_write = store._write_parquet

    def failing_write(table, path):
        if "-00002" in str(path):
            path.write_bytes(b"PAR1 half")  # what a full disk leaves behind
            raise failure
        real_write(table, path)

    monkeypatch.setattr(store, "_write_parquet", failing_write)
    with pytest.raises(DossierError, match=rf"batch \S+-00002 failed: {failure.strerror}"):
        process_corpus(
            paths=[str(corpus)],
            warehouse_dir=str(root),
            settings=resolve_settings(batch_size=int(BATCH_SIZE)),
        )
    assert problems(root) == []
    written = contents(root)
    assert len(written["documents"]) == 2, "the batch before the failure stays"
    assert list((root / ".staging").iterdir()) == []
    monkeypatch.setattr(store, "_write_parquet", real_write)
    process_corpus(
        paths=[str(corpus)],
        warehouse_dir=str(root),
        settings=resolve_settings(batch_size=int(BATCH_SIZE)),
    )
    assert contents(root) == contents(clean)


def test_readers_during_a_run_and_a_compaction_see_whole_batches(
    corpus, clean, environment, tmp_path
):
    root = tmp_path / "warehouse"
    stop = tmp_path / "stop"
    shutil.copytree(corpus, tmp_path / "first", ignore=shutil.ignore_patterns("*.json*"))
    process_corpus(
        paths=[str(tmp_path / "first")],
        warehouse_dir=str(root),
        settings=resolve_settings(batch_size=2),
    )
    reader = subprocess.Popen(
        [sys.executable, "-m", "tests.faults", "read", str(root), str(stop)],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        process_corpus(
            paths=[str(corpus)], warehouse_dir=str(root), settings=resolve_settings(batch_size=2)
        )
        compact_warehouse(str(root), target_documents=4)
        compact_warehouse(str(root))
    finally:
        stop.touch()
        observations = json.loads(reader.communicate(timeout=60)[0])
    assert len(observations) > 20, "the reader should have queried all along"
    assert len({len(seen.get("doc_ids", [])) for seen in observations}) > 1, "saw no run"
    assert reader_verdict(observations, root) == []
    assert problems(root) == []
    extracted = ("entities", "quotes", "themes", "keyphrases")  # paths differ: two input folders
    assert {t: contents(root)[t] for t in extracted} == {t: contents(clean)[t] for t in extracted}
