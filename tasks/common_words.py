"""The words news prose writes in lowercase (``tasks/data/common_words.txt``).

The list was counted over the corpora (bench/common_words.py): a word is listed when
it is written in lowercase far more often than capitalised in mid-sentence. A leaf
module, so that every entity module can ask it without importing another's rules.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_WORDS = Path(__file__).parent / "data" / "common_words.txt"


@cache
def common_words() -> frozenset[str]:
    """Every listed word, in lowercase."""
    lines = _WORDS.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))
