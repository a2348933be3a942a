"""What the quote tests ask of extracted quotes."""

from __future__ import annotations


def speaker_of(quotes, words: str) -> str | None:
    """The speaker of the first quotation holding ``words``; fails if none holds them."""
    found = [q for q in quotes if words in q.text]
    assert found, f"no quotation holding {words!r}"
    return found[0].speaker
