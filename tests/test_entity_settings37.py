"""Settings tables (issue 17, round 37): the name of a program's or a game's setting on
a table row, run into or followed by the verb that says what it does, or by a switch's
values, is no entity, and nor are the page's other mentions of a setting named in two
words or more (tasks/entity_settings.py)."""

import pytest

from tasks.entities import extract_entities

_PAGE = (
    "Racing Pro 9 Options\n"
    "You can change these options from the main menu of Racing Pro 9.\n"
    "| Option | Value |\n"
    "| Rear Mirror Display Toggle the rear mirror on the screen. |  |\n"
    "| Pit Crew Voice  Choose whether the pit crew speaks to you. |  |\n"
    "| Lap Radar Color  Select the colour of the lap radar. | Red Blue |\n"
    "| Speedo on & off |  |\n"
    "With the Rear Mirror Display off, Jane Walker of Brandsfield Motors lost two races.\n"
)


@pytest.fixture(scope="module")
def found(nlp):
    return extract_entities(nlp(_PAGE), "t")


def _over(found: list, words: str) -> list:
    start = _PAGE.index(words)
    end = start + len(words)
    return [m for m in found if m.start_char < end and m.end_char > start]


@pytest.mark.parametrize(
    "label",
    [
        "Rear Mirror Display Toggle",
        "Pit Crew Voice  Choose",
        "Lap Radar Color  Select",
        "Speedo on & off",
    ],
)
def test_a_settings_label_on_a_table_row_is_no_entity(found, label):
    assert _over(found, label) == []


def test_a_setting_named_in_two_words_is_no_entity_elsewhere_on_the_page(found):
    assert _over(found, "With the Rear Mirror Display off") == []


def test_names_in_the_prose_of_a_settings_page_stay(found):
    assert {m.text for m in _over(found, "Jane Walker of Brandsfield Motors")} >= {"Jane Walker"}


def test_a_name_before_a_verb_outside_a_table_stays(nlp):
    text = "Shares of Brandsfield Motors rose. Select Harbour Hotels bought the Rexford Inn."
    assert any("Brandsfield" in m.text for m in extract_entities(nlp(text), "t"))
