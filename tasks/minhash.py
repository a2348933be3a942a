"""MinHash signatures and LSH band keys of a text: what near-duplicate detection
compares. Text in, numbers out; nothing here reads or writes the warehouse.

A text is normalised before it is cut into shingles, so that what syndication
changes without changing the story does not count: Unicode compatibility forms
(NFKC: non-breaking spaces, ligatures, full-width letters), case, every
punctuation mark (straight, curly or angle quotes, dashes) and white space. The
shingles are runs of ``SHINGLE_WORDS`` consecutive words; the signature is
datasketch's MinHash of that set (``NUM_PERM`` 32-bit minima, the "affine32"
scheme), and the fraction of positions where two signatures agree estimates the
Jaccard similarity of their shingle sets.

LSH banding: the signature is cut into ``BANDS`` bands of ``ROWS`` values, and
each band is hashed to one 64-bit key. Two texts share at least one key with
probability ``1 - (1 - J**ROWS)**BANDS``; only texts that share one are compared.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from functools import cache

import numpy as np
from datasketch import MinHash

# Word 4-grams: long enough that texts on one topic share few of them (names and
# stock phrases come in shorter runs), short enough that an edited sentence
# still shares most of its shingles (bench/stories.py measured 3, 4 and 5).
SHINGLE_WORDS = 4
NUM_PERM = 128
# 42 bands of 3 rows (126 of the 128 values): a pair at Jaccard 0.4 shares a band
# with probability 0.94, at 0.5 with 0.996, at 0.2 with 0.29, at 0.1 with 0.04.
BANDS = 42
ROWS = 3
# The permutations are datasketch's for this seed: changing it (or the scheme,
# the shingles, the bands) makes new signatures incomparable with stored ones.
SEED = 1
SCHEME = "affine32"
# Identifies the scheme above in the warehouse, so that a change can be detected.
SIGNATURE_VERSION = f"w{SHINGLE_WORDS}-p{NUM_PERM}-b{BANDS}x{ROWS}-{SCHEME}-s{SEED}"

# Lines shorter than this that do not end a sentence and hold no digit are
# headlines, menus, share buttons, bylines and captions: a copy of a story changes
# them and keeps the prose. Short lines with digits are data (the rows of a
# results table), the content itself.
PROSE_MIN_WORDS = 8
# When prose lines hold fewer words than this (a text of short lines), all of it counts.
PROSE_MIN_TOTAL = 20

_NOT_WORD = re.compile(r"[\W_]+")
_DIGIT = re.compile(r"\d")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s*$")


def words(text: str) -> list[str]:
    """The words of ``text``'s prose after normalisation (NFKC, case-folded, no
    punctuation), leaving out short lines that neither end a sentence nor hold data."""
    lines = unicodedata.normalize("NFKC", text).casefold().splitlines()
    every = [_NOT_WORD.sub(" ", line).split() for line in lines]
    prose = [
        found
        for line, found in zip(lines, every, strict=True)
        if len(found) >= PROSE_MIN_WORDS or _SENTENCE_END.search(line) or _DIGIT.search(line)
    ]
    kept = [w for found in prose for w in found]
    return kept if len(kept) >= PROSE_MIN_TOTAL else [w for found in every for w in found]


def shingles(text: str) -> list[bytes]:
    """The distinct runs of ``SHINGLE_WORDS`` words of ``text``, UTF-8 encoded; a text
    shorter than that is one shingle (an empty text none)."""
    found = words(text)
    if len(found) <= SHINGLE_WORDS:
        return [" ".join(found).encode()] if found else []
    runs = {" ".join(found[i : i + SHINGLE_WORDS]) for i in range(len(found) - SHINGLE_WORDS + 1)}
    return [run.encode() for run in runs]


@cache
def _template() -> MinHash:
    """An empty MinHash whose permutations every signature reuses (drawing them costs
    more than hashing a short article)."""
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)


def signature(text: str) -> np.ndarray:
    """The MinHash signature of ``text``: ``NUM_PERM`` uint32 values."""
    template = _template()
    minhash = MinHash(
        num_perm=NUM_PERM,
        seed=SEED,
        scheme=SCHEME,
        permutations=template.permutations,
        hashvalues=template.hashvalues,
    )
    minhash.update_batch(shingles(text))
    return minhash.hashvalues.astype(np.uint32)


def band_keys(sig: np.ndarray) -> list[int]:
    """The ``BANDS`` LSH keys of a signature, as signed 64-bit integers (Parquet's
    INT64). The band's number is hashed with its values, so equal values in two
    different bands never give one key."""
    values = np.ascontiguousarray(sig[: BANDS * ROWS], dtype="<u4").reshape(BANDS, ROWS)
    keys = []
    for band, row in enumerate(values):
        digest = hashlib.blake2b(row.tobytes(), digest_size=8, salt=band.to_bytes(16, "little"))
        keys.append(int.from_bytes(digest.digest(), "little", signed=True))
    return keys


def similarity(first: Sequence[int] | np.ndarray, second: Sequence[int] | np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures: the fraction of equal values."""
    a, b = np.asarray(first, dtype=np.uint32), np.asarray(second, dtype=np.uint32)
    return float(np.count_nonzero(a == b)) / len(a)
