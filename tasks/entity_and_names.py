"""Company names the model took apart at their "and".

``with_trade_partner(spans)`` joins a company named by a brand and two trades, which
the model split at the "and" between the trades ("[Goodyear Tire] and [Rubber Co]"):
the part after "and" is trade words and a legal form, no name of its own.
``with_untagged_partner(spans)`` widens a short name the model ended before the
"and" of the partnership name the document writes in full ("[Harper] and Row said"
after "Harper and Row Publishers Inc").
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from tasks.common_words import common_words, name_words
from tasks.entity_acronyms import is_legal_form
from tasks.nlp import join_adjacent

_JOINS = ("and", "&")
_COMPANY_LABELS = ("ORG", "PERSON")


def with_trade_partner(spans: list[Span]) -> list[Span]:
    """``spans`` (in text order) with each pair "<name> <trade>" and "<trades> <legal
    form>" just apart by "and" or "&" on one line ("[Goodyear Tire] and [Rubber Co]")
    made one ORG span: the second part is only words of the language
    (``common_words`` or ``name_words``) before its legal form, which name no company
    alone, and the first, an organisation or a person of the model without a legal
    form, ends in such a word too (a brand's trade: "Tire"), so "Chrysler and General
    Motors Corp" (a list of two companies) stays apart. A second part the document also
    writes as another span of its own ("General Motors said") stays apart too."""
    if len(spans) < 2:
        return spans
    written = {_span_words(span) for span in spans}
    return join_adjacent(spans, lambda previous, span: _trade_pair(previous, span, written), "ORG")


def _span_words(span: Span) -> str:
    """The span's text, words apart by one space."""
    return " ".join(token.text for token in span)


def _trade_pair(first: Span, second: Span, written: set[str]) -> bool:
    """Whether ``first`` and ``second`` are one company's name split at its "and"
    (see ``with_trade_partner``)."""
    doc = second.doc
    if first.end != second.start - 1 or doc[first.end].text not in _JOINS:
        return False
    if first.label_ not in _COMPANY_LABELS or second.label_ not in _COMPANY_LABELS:
        return False
    forms = _legal_forms_at_end(second)
    trades = second[: len(second) - forms]
    if not forms or not len(trades) or _span_words(trades) in written:
        return False
    if _legal_forms_at_end(first) or not _trade_word(first[-1]) or len(first) < 2:
        return False
    return (
        all(_trade_word(token) for token in trades)
        and "\n" not in doc[first.start : second.end].text
    )


def _legal_forms_at_end(span: Span) -> int:
    """How many legal forms close ``span`` ("Co", "Co Inc")."""
    count = 0
    while count < len(span) - 1 and is_legal_form(
        span[len(span) - 1 - count].text, span[len(span) - 2 - count].text
    ):
        count += 1
    return count


def _trade_word(token: Token) -> bool:
    """A capitalised word the language writes in lowercase too ("Tire", "Rubber")."""
    return (
        token.is_alpha
        and token.text.istitle()
        and (token.lower_ in common_words() or token.lower_ in name_words())
    )


def with_untagged_partner(spans: list[Span]) -> list[Span]:
    """``spans`` (in text order) with an organisation or person of one word the model
    ended before "and" or "&" and a capitalised word it left untagged ("[Harper] and
    Row said") widened over both, an ORG, when the document writes the three
    words as the opening of a longer company name it tags ("Harper and Row Publishers
    Inc"): the partnership's short name, not a person and something else."""
    firms = [_span_words(span) for span in spans if any(t.text in _JOINS for t in span)]
    if not firms:
        return spans
    doc = spans[0].doc
    taken = {index for span in spans for index in range(span.start, span.end)}
    widened: list[Span] = []
    for span in spans:
        end = span.end
        if (
            span.label_ in _COMPANY_LABELS
            and len(span) == 1
            and end + 1 < len(doc)
            and doc[end].text in _JOINS
            and end + 1 not in taken
            and doc[end + 1].is_alpha
            and doc[end + 1].text.istitle()
        ):
            # A partnership's "and Co" widens a founder the model took for a person
            # ("Jefferies and Co" after "Boyd Jefferies"); the company it took for one
            # keeps its short name ("Mitsui" of "Mitsui and Co USA Inc").
            if span.label_ != "PERSON" and is_legal_form(doc[end + 1].text, doc[end].text):
                widened.append(span)
                continue
            opening = f"{span.text} {doc[end].text} {doc[end + 1].text}"
            if any(re.match(re.escape(opening) + r"\b", firm) for firm in firms):
                widened.append(Span(doc, span.start, end + 2, label="ORG"))
                continue
        widened.append(span)
    return widened
