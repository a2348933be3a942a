"""Congressional committees named by their chamber and field before a lowercase noun.

Wire copy writes "the House Agriculture subcommittee" or "the Senate Banking
committee": the model tags "House Agriculture", which names no body by itself.
``committees_before_noun(mentions)`` files such a mention under the committee's name
("House Agriculture Committee"), the name the chamber gives the committee whose
subcommittee or panel the story means.
"""

from __future__ import annotations

from collections.abc import Sequence

from tasks.entity_people import Named

_CHAMBERS = frozenset({"House", "Senate"})
# Lowercase nouns after a chamber and a field that make the words a committee's name.
_COMMITTEE_NOUNS = frozenset({"committee", "subcommittee", "panel"})
# The chamber and one field word ("House Agriculture").
_CHAMBER_AND_FIELD = 2


def committees_before_noun(mentions: Sequence[Named]) -> None:
    """Give each organisation mention written "<House|Senate> <capitalised word>" just
    before a lowercase committee noun ("House Agriculture subcommittee") the canonical
    name "<words> Committee", in place (a curated mention keeps its name)."""
    for mention in mentions:
        span = mention.span
        doc = span.doc
        # The model's span may open with the article ("the House Agriculture").
        if len(span) > 1 and span[0].lower_ == "the":
            span = span[1:]
        if (
            mention.label != "ORG"
            or mention.pinned
            # One field word: "House Agriculture Appropriations subcommittee" is a
            # subcommittee of Appropriations, whose name the words do not give.
            or len(span) != _CHAMBER_AND_FIELD
            or span[0].text not in _CHAMBERS
            or span.end >= len(doc)
            or doc[span.end].text not in _COMMITTEE_NOUNS
        ):
            continue
        if span[1].is_alpha and span[1].text.istitle():
            mention.canonical = f"{span.text} Committee"
