"""Throughput: `dossier run` end to end against plain spaCy on the same texts.

    .venv/bin/python bench/throughput.py [--corpus PATH] [--limit N] [--sample N]

1. Plain spaCy: tries ``nlp.pipe`` with each ``n_process``/``batch_size`` pair on
   the first ``--sample`` texts, then times the fastest pair on all ``--limit``
   texts (same model, documents fully consumed).
2. dossier: times `dossier run` (a subprocess, a new warehouse) on the same
   articles, once with no Prefect server running (what a bare `dossier run`
   does) and once reporting to an already running server (`dossier ui`).
   Plain spaCy is timed again before, between and after them: this machine's
   speed drifts by 10-30% over minutes, so each run is compared with the mean of
   the plain runs on either side of it.
3. Incremental: the same `dossier run` again on unchanged input.

Prints documents per second for each, the ratios, and the share of CPU time the
host took from this machine (steal) during each timing.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

from core.settings import DEFAULT_MODEL
from tasks.nlp import load_model

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "bbc_news.jsonl"
DOSSIER = str(Path(sys.executable).with_name("dossier"))
CANDIDATES = [(1, 64), (1, 256), (2, 64), (2, 256)]


def plain_spacy(texts: list[str], n_process: int, batch_size: int) -> float:
    nlp = load_model(DEFAULT_MODEL)
    started = time.perf_counter()
    for _ in nlp.pipe(texts, n_process=n_process, batch_size=batch_size):
        pass
    return time.perf_counter() - started


def cpu_ticks() -> tuple[int, int]:
    """(steal, total) CPU ticks since boot, from /proc/stat (zeros elsewhere)."""
    try:
        fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    except OSError:
        return 0, 0
    ticks = [int(f) for f in fields]
    return ticks[7] if len(ticks) > 7 else 0, sum(ticks[:8])


def with_steal(measure, *args) -> tuple[float, float]:
    """``measure(*args)`` and the share of CPU ticks stolen meanwhile."""
    steal_before, total_before = cpu_ticks()
    result = measure(*args)
    steal_after, total_after = cpu_ticks()
    return result, (steal_after - steal_before) / max(1, total_after - total_before)


def timed_run(corpus: Path, warehouse: Path, environment: dict[str, str], runner: str) -> float:
    started = time.perf_counter()
    result = subprocess.run(
        [DOSSIER, "run", str(corpus), "-w", str(warehouse), "--runner", runner],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - started
    if result.returncode:
        raise SystemExit(result.stderr)
    return elapsed


def running_server(prefect_home: Path) -> tuple[subprocess.Popen, str]:
    from flows.server import wait_healthy

    port = 4291
    server = subprocess.Popen(
        [DOSSIER, "ui", "--port", str(port)],
        cwd=prefect_home,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/api"
    if not wait_healthy(url, 180, server):
        raise SystemExit("the Prefect server did not start")
    return server, url


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=2000)
    parser.add_argument("--sample", type=int, default=300)
    parser.add_argument("--runner", default="auto", help="dossier run --runner")
    args = parser.parse_args()
    with open(args.corpus, encoding="utf-8") as handle:
        lines = list(islice(handle, args.limit))
    texts = [json.loads(line)["text"] for line in lines]
    cores = len(os.sched_getaffinity(0))
    print(f"{len(texts)} articles of {args.corpus.name}, {cores} cores, runner {args.runner}")

    trials = {pair: plain_spacy(texts[: args.sample], *pair) for pair in CANDIDATES}
    for (n_process, batch_size), seconds in trials.items():
        rate = args.sample / seconds
        print(f"  nlp.pipe n_process={n_process} batch_size={batch_size}: {rate:.1f} docs/s")
    best = min(trials, key=trials.get)
    print(f"plain spaCy: n_process={best[0]} batch_size={best[1]}")

    def plain_rate(label: str) -> float:
        seconds, steal = with_steal(plain_spacy, texts, *best)
        rate = len(texts) / seconds
        print(f"  plain spaCy ({label}): {seconds:.1f} s, {rate:.1f} docs/s, steal {steal:.0%}")
        return rate

    environment = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    with tempfile.TemporaryDirectory(prefix="dossier-throughput-") as scratch_name:
        scratch = Path(scratch_name)
        corpus = scratch / "corpus.jsonl"
        corpus.write_text("".join(lines), encoding="utf-8")
        rates = [plain_rate("first")]
        bare, bare_steal = with_steal(timed_run, corpus, scratch / "bare", environment, args.runner)
        rates.append(plain_rate("second"))
        server, url = running_server(scratch)
        try:
            served_env = {**environment, "PREFECT_API_URL": url}
            served, served_steal = with_steal(
                timed_run, corpus, scratch / "served", served_env, args.runner
            )
            again = timed_run(corpus, scratch / "served", served_env, args.runner)
            again_bare = timed_run(corpus, scratch / "bare", environment, args.runner)
        finally:
            server.terminate()
            server.wait(timeout=60)
        rates.append(plain_rate("third"))
    runs = (
        ("no Prefect server running", bare, bare_steal, (rates[0] + rates[1]) / 2),
        ("`dossier ui` running", served, served_steal, (rates[1] + rates[2]) / 2),
    )
    for label, seconds, steal, spacy_rate in runs:
        rate = len(texts) / seconds
        print(
            f"dossier run, {label}: {seconds:.1f} s, {rate:.1f} docs/s, steal {steal:.0%}; "
            f"plain spaCy around it {spacy_rate:.1f} docs/s: {rate / spacy_rate:.2f} of plain spaCy"
        )
    print(
        f"second run, unchanged input: {again:.1f} s with `dossier ui` running "
        f"({again / served:.1%} of the first), {again_bare:.1f} s with none "
        f"({again_bare / bare:.1%})"
    )


if __name__ == "__main__":
    main()
