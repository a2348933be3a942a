"""Peak memory of `dossier run` on 1,000 and on 20,000 documents.

    .venv/bin/python bench/memory.py [--corpus PATH] [--sizes 1000 20000]

Builds each corpus from BBC News, repeating the articles with a numbered line
added when more are needed (so no two documents are the same), runs `dossier run`
into a new warehouse and samples, every 0.2 s, the resident memory of the whole
process tree (the command, its worker processes and Prefect's local server).
Prints the peak of the tree (resident set sizes summed, which counts pages the
processes share once per process, and proportional set sizes summed, which splits
them), its largest process, what each process held at the tree's peak, and the
ratio between sizes.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from itertools import cycle, islice
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "bbc_news.jsonl"
DOSSIER = str(Path(sys.executable).with_name("dossier"))


def write_corpus(source: Path, size: int, out: Path) -> None:
    with open(source, encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    with open(out, "w", encoding="utf-8") as sink:
        for number, record in enumerate(islice(cycle(records), size)):
            copy = number // len(records)
            if copy:
                record = {**record, "text": f"{record['text']}\n\n(Copy {copy}.)"}
            sink.write(json.dumps(record) + "\n")


@dataclass
class Peak:
    seconds: float = 0.0
    tree_mb: float = 0.0
    tree_pss_mb: float = 0.0
    largest_mb: float = 0.0
    at_peak: list[tuple[str, float]] = field(default_factory=list)


def role(process: psutil.Process, root: psutil.Process) -> str:
    if process.pid == root.pid:
        return "dossier run (flow)"
    command = process.cmdline()
    joined = " ".join(command)
    if "uvicorn" in joined or "prefect.server" in joined or "prefect server" in joined:
        return "Prefect server"
    if command == root.cmdline():
        return "worker (forked)"
    if "multiprocessing" in joined:
        return "worker (spawned)"
    return Path(command[0]).name if command else "other"


def peak_memory(command: list[str]) -> Peak:
    """Peak memory of the process tree of ``command`` while it runs."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL)
    root = psutil.Process(process.pid)
    peak = Peak()
    while process.poll() is None:
        try:
            members = [root, *root.children(recursive=True)]
            details = [(m, m.memory_full_info()) for m in members]
            sizes = [(role(m, root), info.rss / 2**20, info.pss / 2**20) for m, info in details]
        except psutil.Error:
            continue
        tree = sum(rss for _, rss, _ in sizes)
        if tree > peak.tree_mb:
            peak.tree_mb, peak.at_peak = tree, [(name, rss) for name, rss, _ in sizes]
        peak.tree_pss_mb = max(peak.tree_pss_mb, sum(pss for _, _, pss in sizes))
        peak.largest_mb = max(peak.largest_mb, *(rss for _, rss, _ in sizes))
        time.sleep(0.2)
    if process.returncode:
        raise SystemExit(f"{command} failed with {process.returncode}")
    peak.seconds = time.perf_counter() - started
    return peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 20000])
    parser.add_argument("--runner", default="auto", help="dossier run --runner")
    args = parser.parse_args()
    peaks = {}
    with tempfile.TemporaryDirectory(prefix="dossier-memory-") as scratch_name:
        scratch = Path(scratch_name)
        for size in args.sizes:
            corpus = scratch / f"corpus-{size}.jsonl"
            write_corpus(args.corpus, size, corpus)
            command = [DOSSIER, "run", str(corpus), "-w", str(scratch / f"w{size}")]
            peak = peak_memory([*command, "--runner", args.runner])
            peaks[size] = peak.tree_mb
            print(
                f"{size:>6,} documents: {peak.seconds:7.1f} s, peak resident memory "
                f"{peak.tree_mb:7.0f} MB (whole tree; {peak.tree_pss_mb:.0f} MB proportional), "
                f"{peak.largest_mb:6.0f} MB (largest process)"
            )
            held = ", ".join(f"{name} {mb:.0f} MB" for name, mb in peak.at_peak)
            print(f"        at the peak: {held}")
    if len(peaks) > 1:
        small, large = min(peaks), max(peaks)
        print(f"ratio {large:,} / {small:,} documents: {peaks[large] / peaks[small]:.2f}")


if __name__ == "__main__":
    main()
