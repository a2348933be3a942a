"""Write tasks/data/common_words.txt: the words that news prose writes in lowercase.

    .venv/bin/python bench/common_words.py

Counts every word of BBC News, Reuters-21578 and PolNeAR (the held-out documents left
out) written in lowercase, and capitalised after a lowercase word or a comma (so not
opening a sentence or a line), the way ``tasks.entity_filters.WordCase`` counts one
document. A word is listed when it is written in lowercase at least 3 times and at
least 4 times as often as capitalised in mid-sentence: "attempts", "maturity",
"lunch", but not "apple", "shell", "bush" or "brown", which the news writes as names.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tasks.entity_filters import _INNER_CAPITAL, _LOWER_WORD  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
OUT = ROOT / "tasks" / "data" / "common_words.txt"
MIN_LOWER = 3
LOWER_RATIO = 4
MIN_LETTERS = 4
HEADER = """\
# Words that news prose writes in lowercase, one a line: written in lowercase at least
# 3 times, and at least 4 times as often as capitalised in mid-sentence, in BBC News
# (2004-05), Reuters-21578 and PolNeAR, the held-out documents left out. Words of 4
# letters or more. Written by bench/common_words.py; do not edit by hand.
"""


def held_out(corpus: str, index: int) -> bool:
    """The documents judged fresh each round, never read to tune a rule."""
    if corpus == "bbc_news":
        return index % 4 == 1
    if corpus == "reuters21578":
        return index >= 3000 and index % 30 in (8, 28)
    return False


def word_cases(
    skipped: Callable[[str, int], bool],
) -> tuple[Counter[str], Counter[str]]:
    """How often each word of BBC News, Reuters-21578 and PolNeAR is written in
    lowercase, and capitalised in mid-sentence (lowercased), over the documents
    ``skipped(corpus, 0-based index)`` does not leave out."""
    lower: Counter[str] = Counter()
    capitalised: Counter[str] = Counter()
    for corpus in ("bbc_news", "reuters21578", "polnear_train"):
        with open(CORPORA / f"{corpus}.jsonl", encoding="utf-8") as handle:
            for index, line in enumerate(handle):
                if skipped(corpus, index):
                    continue
                text = json.loads(line).get("text") or ""
                lower.update(_LOWER_WORD.findall(text))
                capitalised.update(word.lower() for word in _INNER_CAPITAL.findall(text))
    return lower, capitalised


def main() -> None:
    lower, capitalised = word_cases(held_out)
    words = sorted(
        word
        for word, count in lower.items()
        if count >= MIN_LOWER
        and count >= LOWER_RATIO * capitalised[word]
        and word.isalpha()
        and len(word) >= MIN_LETTERS
    )
    OUT.write_text(HEADER + "".join(f"{word}\n" for word in words), encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
