"""An aside (issue 18): a theme of another subject than the document's main one, away
from the title and told in one paragraph of several, under half the main theme's score,
is met in passing; a facet of the main subject told as briefly is kept. Small articles
written for the tests."""

from __future__ import annotations

import pytest

import tasks.themes
from tasks.themes import ThemeMatcher, parse_taxonomy

from .theme_helpers import themes

TAXONOMY = """
version = "test"
[subjects]
lifestyle = "lifestyle"
disaster = "disaster"

[[themes]]
id = "chess"
label = "Chess"
parent = "lifestyle"
patterns = [
    "chess", "pawn", "knight", "bishop", "rook", "checkmate", "endgame", "grandmaster",
    "chessboard", "gambit", "opening",
]

[[themes]]
id = "puzzles"
label = "Puzzles"
parent = "lifestyle"
patterns = ["crossword", "puzzle", "riddle", "sudoku", "anagram"]

[[themes]]
id = "floods"
label = "Floods"
parent = "disaster"
patterns = ["flood", "sandbag", "evacuation", "burst riverbank", "flood water"]
"""
OPENING = [
    "The chess club above the library met for the thousandth time on Tuesday night, and "
    "its oldest member still sets up the chessboard before anyone else arrives.",
    "Every pawn and knight on the shelf was carved by a carpenter who joined in 1961. The "
    "bishop pieces are chipped, and one rook is glued together, but nobody wants new ones. "
    "A visiting grandmaster once called the set the ugliest in the county.",
]
LESSONS = [
    "Juniors learn one opening a month and one endgame a term. The coach makes them play "
    "the same gambit until they can explain it aloud. Checkmate drills close each lesson, "
    "and the fastest pupil gets to pick the next opening.",
]
FLOOD = [
    "Last spring the members played through the night to raise money for families hit by "
    "the flood. A burst riverbank had forced the evacuation of forty homes on the estate. "
    "Volunteers filled sandbag after sandbag while the flood water crept up the high street.",
]
PUZZLE = [
    "Between rounds the members swap a crossword and a sudoku from the weekend papers. The "
    "treasurer sets a riddle each week on the noticeboard. The answer is usually an anagram "
    "of a member's name, and the puzzle of the year wins a biscuit tin.",
]
CLOSING = [
    "The club plans a chess marathon for its anniversary in May. Each member will play one "
    "game against the grandmaster who mocked the chessboard, and the winner keeps the "
    "chipped bishop.",
]


def text(*blocks: list[str]) -> str:
    return "\n\n".join(" ".join(block) for block in blocks)


@pytest.fixture(scope="module")
def matcher(nlp):
    return ThemeMatcher(nlp, parse_taxonomy(TAXONOMY, "aside.toml"))


def test_a_flood_told_in_one_paragraph_of_a_chess_story_is_an_aside(nlp, matcher):
    assert themes(nlp, matcher, text(OPENING, LESSONS, FLOOD, CLOSING)) == {"chess"}


def test_the_aside_is_what_drops_it(nlp, matcher, monkeypatch):
    monkeypatch.setattr(tasks.themes, "ASIDE_FLOOR", 0.0)
    assert themes(nlp, matcher, text(OPENING, LESSONS, FLOOD, CLOSING)) == {"chess", "floods"}


def test_the_flood_in_the_title_is_kept(nlp, matcher):
    title = "Chess club played through the night for flood victims"
    assert themes(nlp, matcher, text(OPENING, LESSONS, FLOOD, CLOSING), title) >= {
        "chess",
        "floods",
    }


def test_a_facet_of_the_main_subject_in_one_paragraph_is_kept(nlp, matcher):
    found = themes(nlp, matcher, text(OPENING, LESSONS, PUZZLE, FLOOD, CLOSING))
    assert "puzzles" in found
    assert "floods" not in found
