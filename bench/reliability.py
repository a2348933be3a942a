"""Reliability under faults: kills, failed writes, concurrent readers, random input.

    .venv/bin/python bench/reliability.py [--corpus PATH] [--limit N] [--kills N]
        [--write-failures N] [--readers N] [--fuzz N]

Each scenario runs real `dossier` commands (kills are SIGKILLs of a subprocess at
a point chosen in turn from: parsing, halfway through a Parquet write, view
publishing, snapshot publishing of compact and forget), then compares the
warehouse with the one an uninterrupted run makes. Prints, per scenario, the
trials run and how many lost or duplicated data (both must be zero).
"""

from __future__ import annotations

import argparse
import errno
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the fault injector lives in tests/faults.py

from flows.prefect_env import apply_prefect_defaults  # noqa: E402

apply_prefect_defaults(ROOT)

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import warehouse.store as store  # noqa: E402
from core.errors import DossierError  # noqa: E402
from core.records import Document, Payload, Reject  # noqa: E402
from core.settings import DEFAULT_MAX_BYTES  # noqa: E402
from flows.lifecycle import compact_warehouse  # noqa: E402
from flows.process_corpus import process_corpus  # noqa: E402
from flows.sources import discover, read_payloads  # noqa: E402
from tasks.configuration import resolve_settings  # noqa: E402
from tasks.ingest import ingest_payload  # noqa: E402
from tests.faults import contents, problems, reader_verdict  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "bbc_news.jsonl"
DOSSIER = str(Path(sys.executable).with_name("dossier"))
BATCH = 5


class Tally:
    def __init__(self) -> None:
        self.rows: dict[str, Counter] = {}

    def add(self, scenario: str, lost: bool, duplicated: bool, **extra: int) -> None:
        counts = self.rows.setdefault(scenario, Counter())
        counts.update(trials=1, lost=int(lost), duplicated=int(duplicated), **extra)

    def print(self) -> None:
        print(f"\n{'scenario':<40}{'trials':>7}{'lost':>6}{'duplicated':>12}  other")
        for scenario, c in self.rows.items():
            other = ", ".join(
                f"{k} {v}" for k, v in c.items() if k not in ("trials", "lost", "duplicated")
            )
            print(f"{scenario:<40}{c['trials']:>7}{c['lost']:>6}{c['duplicated']:>12}  {other}")


def compare(root: Path, clean: Path) -> tuple[bool, bool]:
    """(lost, duplicated) of the warehouse at ``root`` against the clean one."""
    got, want = contents(root), contents(clean)
    lost = any(want[t] - got[t] for t in want)
    duplicated = any(got[t] - want[t] for t in want) or any(
        "duplicate" in p for p in problems(root)
    )
    return lost, duplicated or bool(problems(root))


def dossier(environment: dict, *args: str, fault: tuple[str, int] | None = None):
    command = [DOSSIER]
    if fault:
        command = [sys.executable, "-m", "tests.faults", fault[0], str(fault[1]), "dossier"]
    return subprocess.run(
        [*command, *args], cwd=ROOT, env=environment, capture_output=True, text=True
    )


def kills(tally: Tally, corpus: Path, clean: Path, scratch: Path, n: int, environment) -> None:
    n_batches = -(-len(list(corpus.glob("*.json"))) // BATCH)
    run_points = [("parse", k) for k in range(1, n_batches + 1)]
    run_points += [("write", k) for k in range(1, 6 * n_batches, 3)] + [("views", 1)]
    rng = random.Random(7)
    for trial in range(n):
        root = scratch / f"kill-{trial}"
        if trial % 4 == 3:  # a compaction or a forget killed just before it publishes
            shutil.copytree(clean, root, symlinks=True)
            before = contents(root)
            command = (
                ["compact", "--target-documents", "10"]
                if trial % 8 == 3
                else ["forget", "--where", "n_chars > 3000", "-y"]
            )
            killed = dossier(environment, *command, "-w", str(root), fault=("swap", 1))
            unchanged = contents(root) == before and not problems(root)
            tally.add(
                f"kill -9 during {command[0]}",
                lost=not unchanged,
                duplicated=False,
                killed=int(killed.returncode == -9),
            )
            continue
        point = (
            run_points[trial % len(run_points)]
            if trial < len(run_points)
            else rng.choice(run_points)
        )
        args = ("run", str(corpus), "-w", str(root), "--batch-size", str(BATCH))
        killed = dossier(environment, *args, fault=point)
        again = dossier(environment, *args)
        if again.returncode:
            print(again.stderr, file=sys.stderr)
        lost, duplicated = compare(root, clean)
        tally.add(
            "kill -9 during run, run again", lost, duplicated, killed=int(killed.returncode == -9)
        )


def write_failures(tally: Tally, corpus: Path, clean: Path, scratch: Path, n: int) -> None:
    real_write = store._write_parquet
    failures = [
        OSError(errno.ENOSPC, "No space left on device"),
        PermissionError(errno.EACCES, "Permission denied"),
    ]
    for trial in range(n):
        failure, batch = failures[trial % 2], f"-{(trial % 4) + 1:05d}"
        root = scratch / f"write-{trial}"

        def failing(table, path, failure=failure, batch=batch):
            if batch in str(path):
                path.write_bytes(b"PAR1 partial")
                raise failure
            real_write(table, path)

        store._write_parquet = failing
        try:
            process_corpus(
                paths=[str(corpus)],
                warehouse_dir=str(root),
                settings=resolve_settings(batch_size=BATCH),
            )
            reported = False
        except DossierError as error:
            reported = batch in str(error) and failure.strerror in str(error)
        finally:
            store._write_parquet = real_write
        half_visible = bool(problems(root))
        process_corpus(
            paths=[str(corpus)],
            warehouse_dir=str(root),
            settings=resolve_settings(batch_size=BATCH),
        )
        lost, duplicated = compare(root, clean)
        tally.add(
            f"write fails ({failure.strerror.lower()})",
            lost,
            duplicated or half_visible,
            reported=int(reported),
        )


def readers(tally: Tally, corpus: Path, scratch: Path, n: int, environment) -> None:
    for trial in range(n):
        root, stop = scratch / f"read-{trial}", scratch / f"stop-{trial}"
        reader = subprocess.Popen(
            [sys.executable, "-m", "tests.faults", "read", str(root), str(stop)],
            cwd=ROOT,
            env=environment,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            process_corpus(
                paths=[str(corpus)],
                warehouse_dir=str(root),
                settings=resolve_settings(batch_size=BATCH),
            )
            compact_warehouse(str(root), target_documents=10)
            compact_warehouse(str(root))
        finally:
            stop.touch()
            observations = json.loads(reader.communicate()[0])
        bad = reader_verdict(observations, root)
        errors = sum("inconsistent" not in b for b in bad)
        tally.add(
            "reader during run + compaction",
            lost=errors > 0,
            duplicated=len(bad) > errors,
            queries=len(observations),
            failed_queries=errors,
        )


def fuzz(tally: Tally, scratch: Path, n: int) -> None:
    formats = ["txt", "md", "html", "json", "jsonl"]
    content = (
        st.binary(max_size=400)
        | st.text(max_size=400).map(str.encode)
        | st.recursive(
            st.none() | st.integers() | st.text(),
            lambda x: st.lists(x) | st.dictionaries(st.text(), x),
        ).map(lambda v: json.dumps({"text": v} if isinstance(v, str) else v).encode())
    )
    trials = Counter()

    @settings(max_examples=n, deadline=None, database=None)
    @given(st.lists(st.tuples(st.sampled_from(formats), content), min_size=1, max_size=8))
    def one(inputs):
        trials["n"] += 1
        folder = scratch / f"fuzz-{trials['n']}"
        (folder / "in").mkdir(parents=True)
        for number, (fmt, data) in enumerate(inputs):
            (folder / "in" / f"{number}.{fmt}").write_bytes(data)
        try:
            summary = process_corpus(paths=[str(folder / "in")], warehouse_dir=str(folder / "w"))
        except Exception as error:  # a crash is the finding
            tally.add("random files", lost=True, duplicated=False, crashed=1)
            print(f"crash: {error!r}", file=sys.stderr)
            return
        sources, early = discover([folder / "in"])
        units = [u for p in read_payloads(sources, DEFAULT_MAX_BYTES) for u in _ingested(p)]
        documents = sum(isinstance(u, Document) for u in units)
        rejects = len(early) + len(units) - documents
        counts = summary.counts
        lost = counts["documents_new"] + counts["documents_present"] != documents
        lost |= counts["rejected"] + counts["rejects_present"] != rejects
        tally.add(
            "random files",
            lost=lost or bool(problems(folder / "w")),
            duplicated=False,
            documents=documents,
            rejects=rejects,
        )

    one()


def _ingested(item: Payload | Reject) -> list[Document | Reject]:
    return [item] if isinstance(item, Reject) else ingest_payload(item)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=40)
    parser.add_argument("--kills", type=int, default=16)
    parser.add_argument("--write-failures", type=int, default=8)
    parser.add_argument("--readers", type=int, default=3)
    parser.add_argument("--fuzz", type=int, default=20)
    args = parser.parse_args()

    import os

    from prefect.settings import PREFECT_API_URL
    from prefect.testing.utilities import prefect_test_harness

    tally = Tally()
    started = time.monotonic()
    with (
        tempfile.TemporaryDirectory(prefix="dossier-reliability-") as scratch_name,
        prefect_test_harness(server_startup_timeout=180),
    ):
        scratch = Path(scratch_name)
        corpus = scratch / "corpus"
        corpus.mkdir()
        with open(args.corpus, encoding="utf-8") as handle:
            for number, line in enumerate(islice(handle, args.limit)):
                (corpus / f"{number:04d}.json").write_text(line, encoding="utf-8")
        clean = scratch / "clean"
        process_corpus(
            paths=[str(corpus)],
            warehouse_dir=str(clean),
            settings=resolve_settings(batch_size=BATCH),
        )
        environment = {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value()}
        kills(tally, corpus, clean, scratch, args.kills, environment)
        write_failures(tally, corpus, clean, scratch, args.write_failures)
        readers(tally, corpus, scratch, args.readers, environment)
        fuzz(tally, scratch, args.fuzz)
    tally.print()
    print(
        f"\n{args.limit} articles of {args.corpus.name}, batches of {BATCH}; "
        f"{time.monotonic() - started:.0f} s"
    )


if __name__ == "__main__":
    main()
