"""Keyphrases of a document, by YAKE (Campos et al., 2020), an unsupervised
method that needs no corpus statistics: each document is scored on its own.

The implementation is ``yake-rust``, a port of the reference implementation that
gives the same scores about seven times faster. YAKE runs on the title and the
opening of the text (``LEAD_CHARS``): news puts what a story is about first.
"""

from __future__ import annotations

from functools import cache

from yake_rust import Yake

from core.records import Keyphrase

MAX_PHRASES = 10
MAX_WORDS = 3
LEAD_CHARS = 600
DEDUPLICATION = 0.7
# yake-rust sums in an order that changes from one process to the next, so equal
# scores differ in their last bits and ties come in any order. Scores are rounded,
# a few more phrases than needed are asked for, and ties are broken by the phrase:
# a document always gets the same list.
_TIE_MARGIN = 5
_SCORE_DIGITS = 9


@cache
def _extractor() -> Yake:
    return Yake(language="en", ngrams=MAX_WORDS, deduplication_threshold=DEDUPLICATION)


def extract_keyphrases(text: str, doc_id: str, title: str | None = None) -> list[Keyphrase]:
    """Up to ``MAX_PHRASES`` keyphrases, best first. ``score`` is YAKE's: lower is
    more relevant; ``rank`` 1 is the best."""
    lead = text[:LEAD_CHARS]
    source = f"{title}.\n{lead}" if title and not lead.lstrip().startswith(title.strip()) else lead
    candidates = _extractor().get_n_best(source, n=MAX_PHRASES + _TIE_MARGIN)
    rounded = sorted((round(score, _SCORE_DIGITS), phrase) for phrase, score in candidates)
    phrases = [(phrase, score) for score, phrase in rounded[:MAX_PHRASES]]
    return [
        Keyphrase(doc_id=doc_id, phrase=phrase, score=float(score), rank=rank)
        for rank, (phrase, score) in enumerate(phrases, start=1)
    ]
