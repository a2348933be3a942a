"""Keyphrases by YAKE on a document's title and opening."""

from __future__ import annotations

from tasks.keyphrases import MAX_PHRASES, extract_keyphrases


def test_seed_keyphrases_name_what_it_is_about(seed_text):
    phrases = extract_keyphrases(seed_text, "seed")
    assert 0 < len(phrases) <= MAX_PHRASES
    assert [p.rank for p in phrases] == list(range(1, len(phrases) + 1))
    assert [p.score for p in phrases] == sorted(p.score for p in phrases)
    joined = " ".join(p.phrase for p in phrases).lower()
    assert "beijing" in joined and "russian" in joined


def test_title_is_used_when_not_in_the_text():
    text = "Officials met on Monday. The talks went on late into the night in the capital."
    with_title = extract_keyphrases(text, "d", title="Fishing quota dispute")
    assert any("fishing" in p.phrase.lower() or "quota" in p.phrase.lower() for p in with_title)
    assert all("fishing" not in p.phrase.lower() for p in extract_keyphrases(text, "d"))
