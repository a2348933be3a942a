"""Write tasks/data/name_words.txt: words news prose writes in both cases, as names too.

    .venv/bin/python bench/name_words.py

Counts every word of BBC News, Reuters-21578 and PolNeAR's even half (the held-out
documents left out) written in lowercase, and capitalised after a lowercase word or a
comma (so not opening a sentence or a line), the way ``tasks.entity_filters.WordCase``
counts one document. A word is listed when the news writes it in lowercase at least
once and capitalised in mid-sentence at least 3 times, and is not a word it writes in
lowercase at least 4 times as often (``common_words.txt``): "shell", "next", "peel",
"brown", which name a company or a person as often as they are common words. A word a
web page writes in lowercase is a common word there unless it is one of these
(``tasks.entity_plain_words``).
"""

from __future__ import annotations

from pathlib import Path

from common_words import word_cases

from tasks.common_words import common_words

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tasks" / "data" / "name_words.txt"
MIN_CAPITALISED = 3
MIN_LOWER = 1
MIN_LETTERS = 4
# 1-based line numbers of BBC News and Reuters-21578 held out for the fresh samples.
HELD_OUT_RESIDUES = frozenset({2, 5, 8, 11, 14, 17, 20, 23, 26})
HEADER = """\
# Words news prose writes both in lowercase and as a name, one a line: written in
# lowercase at least once and capitalised in mid-sentence at least 3 times, and not in
# common_words.txt, in BBC News (2004-05), Reuters-21578 and PolNeAR's even half, the
# held-out documents left out. Words of 4 letters or more. Written by
# bench/name_words.py; do not edit by hand.
"""


def held_out(corpus: str, index: int) -> bool:
    """The documents kept for fresh samples and checks (``index`` 0-based)."""
    if corpus in ("bbc_news", "reuters21578"):
        return (index + 1) % 30 in HELD_OUT_RESIDUES
    # PolNeAR's odd half is the check half.
    return index % 2 == 1


def main() -> None:
    lower, capitalised = word_cases(held_out)
    common = common_words()
    words = sorted(
        word
        for word, count in capitalised.items()
        if count >= MIN_CAPITALISED
        and lower[word] >= MIN_LOWER
        and word not in common
        and word.isalpha()
        and len(word) >= MIN_LETTERS
    )
    OUT.write_text(HEADER + "".join(f"{word}\n" for word in words), encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
