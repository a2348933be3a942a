"""The word lists counted over the news corpora (``tasks/data/common_words.txt``,
``tasks/data/name_words.txt``).

``common_words``: the words news prose writes in lowercase far more often than
capitalised in mid-sentence (bench/common_words.py). ``name_words``: the words it
writes both in lowercase and as names ("shell", "brown"; bench/name_words.py). A leaf
module, so that every entity module can ask it without importing another's rules.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_DATA = Path(__file__).parent / "data"


@cache
def common_words() -> frozenset[str]:
    """Every word of ``common_words.txt``, in lowercase."""
    return _listed(_DATA / "common_words.txt")


@cache
def name_words() -> frozenset[str]:
    """Every word of ``name_words.txt``, in lowercase."""
    return _listed(_DATA / "name_words.txt")


def _listed(path: Path) -> frozenset[str]:
    """The words of a list file, one a line, without its ``#`` comment lines."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))
