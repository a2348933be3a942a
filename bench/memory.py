"""Peak memory of `dossier run` on 1,000 and on 20,000 documents.

    .venv/bin/python bench/memory.py [--corpus PATH] [--sizes 1000 20000]

Builds each corpus from BBC News, repeating the articles with a numbered line
added when more are needed (so no two documents are the same), runs `dossier run`
into a new warehouse and samples, every 0.2 s, the resident memory of the whole
process tree (the command, its worker processes and Prefect's local server).
Prints the peak of the tree and of its largest process, and the ratio between sizes.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
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


def peak_memory(command: list[str]) -> tuple[float, float, float]:
    """(seconds, peak MB of the whole tree, peak MB of one process) while it runs."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL)
    root = psutil.Process(process.pid)
    tree_peak = single_peak = 0
    while process.poll() is None:
        try:
            members = [root, *root.children(recursive=True)]
            sizes = [m.memory_info().rss for m in members]
        except psutil.Error:
            continue
        tree_peak, single_peak = max(tree_peak, sum(sizes)), max(single_peak, max(sizes))
        time.sleep(0.2)
    if process.returncode:
        raise SystemExit(f"{command} failed with {process.returncode}")
    return time.perf_counter() - started, tree_peak / 2**20, single_peak / 2**20


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
            seconds, tree, single = peak_memory([*command, "--runner", args.runner])
            peaks[size] = tree
            print(
                f"{size:>6,} documents: {seconds:7.1f} s, peak resident memory {tree:7.0f} MB "
                f"(whole tree), {single:6.0f} MB (largest process)"
            )
    if len(peaks) > 1:
        small, large = min(peaks), max(peaks)
        print(f"ratio {large:,} / {small:,} documents: {peaks[large] / peaks[small]:.2f}")


if __name__ == "__main__":
    main()
