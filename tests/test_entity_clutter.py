"""Page clutter and non-entities (issue 17, round 21): a "person" made of the
document's common words, a table's figure run into a name, and the curated words of
price tables, dates and British budgets."""

from __future__ import annotations

import pytest

from tasks.entities import extract_entities


@pytest.fixture(scope="module")
def names_of(nlp):
    def run(text: str) -> dict[str, str]:
        return {m.text: m.label for m in extract_entities(nlp(text), "t")}

    return run


def test_a_person_of_common_words_is_no_name(nlp, names_of):
    text = (
        "Game settings\n"
        "| Replay Speed  Change the speed of the replay. |  |\n"
        "| Crowd Noise  Turn the noise of the crowd up or down. |  |\n"
        "You can change the speed, turn the noise down and set the size of the replay "
        "window at any time."
    )
    # The model reads a setting's name and the next word for a person.
    assert "PERSON" in {ent.label_ for ent in nlp(text).ents}
    assert names_of(text) == {}


def test_a_person_with_a_given_name_stays(names_of):
    text = (
        "Dan Crowd and Tom Noise met the players. The crowd was big and the noise was "
        "loud, Dan Crowd said."
    )
    names = names_of(text)
    assert names.get("Dan Crowd") == "PERSON"
    assert names.get("Tom Noise") == "PERSON"


def test_a_surname_named_in_capitals_is_no_common_word(names_of):
    text = (
        "Crowd Noise, the band, played in Leeds. Fans said Crowd Noise was loud, and "
        "the crowd sang."
    )
    # "Noise" is capitalised after a lowercase word: the document uses it as a name.
    assert "Crowd Noise" in names_of(text)


def test_a_figure_of_a_table_is_no_part_of_a_name(nlp, names_of):
    text = (
        "Fruit imports in 1986, in tonnes: Holland 2,444,260 (2,234,049), Belgium "
        "546,423 (595,635), Czechoslovakia 365,897 (236,836), Cuba 253,067 (222,842)."
    )
    assert "Czechoslovakia 365,897" in {ent.text for ent in nlp(text).ents}
    names = names_of(text)
    assert not any("365,897" in name for name in names)
    # Most names of the list of figures are places: the "person" among them is one.
    assert names["Czechoslovakia"] == "GPE"


def test_names_in_a_list_of_figures_take_the_places_label(nlp, names_of):
    text = (
        "Exports in 1986 went to Holland 2,444,260 (2,234,049), Belgium 546,423 "
        "(595,635), Italy 430,029 (338,766), Bulgaria 207,030 (300,488), Spain and "
        "Canary Islands 176,287 (113,751), Corea 163,304 (37,416), the board said."
    )
    labels = {ent.text: ent.label_ for ent in nlp(text).ents}
    assert labels["Bulgaria 207,030"] == "ORG" and labels["Corea 163,304"] == "PERSON"
    names = names_of(text)
    assert names["Bulgaria"] == "GPE"
    assert names["Corea"] == "GPE"
    assert names["Canary Islands"] == "GPE"


def test_a_list_of_figures_that_names_no_places_keeps_its_labels(names_of):
    text = (
        "Output last year, in tonnes: Quorvex Mining Corp 12,400 (11,900), Dunmore Plc "
        "9,310 (8,870), Acme Metals Inc 7,220 (6,100), Brightwater Ltd 5,010 (4,400)."
    )
    names = names_of(text)
    assert len(names) >= 3
    assert "GPE" not in names.values()


def test_a_price_table_word_is_no_company(names_of):
    text = "BLOCK TRADES - APR 8\nACME WIDGETS CORP, 200,000 AT 12-1/4, UNCH, CROSSED BY SALOMON"
    assert "UNCH" not in names_of(text)


def test_an_era_marker_is_no_place(nlp, names_of):
    text = (
        "The archive's oldest map is dated 1120 A.D. by the curators, and a coin from "
        "80 A.D. sits beside it."
    )
    assert "A.D." in {ent.text for ent in nlp(text).ents}
    assert names_of(text) == {}


def test_the_budget_is_no_organisation_but_its_committee_is(names_of):
    text = (
        "The chancellor said the Budget measures would help families. Labour's first "
        "Budget after the election will cut taxes, the House Budget Committee said."
    )
    names = names_of(text)
    assert "Budget" not in names
    assert "Labour" in names
    assert any("Budget Committee" in name for name in names)
