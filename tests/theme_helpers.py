"""Themes of a small article the way a run finds them, shared by the theme tests."""

from __future__ import annotations

from tasks.themes import ThemeMatcher, extract_themes, tag_titles


def themes(nlp, matcher: ThemeMatcher, text: str, title: str | None = None) -> set[str]:
    """Themes of ``text`` with its title tagged the way a run tags it."""
    (title_doc,) = tag_titles(nlp, [title], [text]) if title else (None,)
    return {m.theme for m in extract_themes(nlp(text), "t", matcher, title_doc)}
