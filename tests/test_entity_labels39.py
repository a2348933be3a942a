"""Entity labels of round 39 (issue 17): a city's people named by the city and "-ers" or
"-ians" ("Berliners", "Hongkongers") are a group, NORP (tasks/entity_places.py
city_dwellers); a full name opening with a given name that the model took for an
organisation is a person when its surname alone is listed beside a person ("Tatum and
Brown": tasks/entity_people.py people_by_evidence), and so is one after a height in feet
("the 7-foot-3 Valdis Berzins": people_by_height); the portfolio after "Minister of" is
no organisation, nor is a word of capitals the page sets as a variable ("CDPATH=...":
tasks/entity_nonnames.py)."""

from __future__ import annotations


def _labels(extract, text: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for mention in extract(text):
        found.setdefault(mention.text, set()).add(mention.label)
    return found


def test_a_citys_people_are_a_group(extract):
    text = (
        "Many Berliners rent. The city asked Berliners to vote on the plan, and Berliners said yes."
    )
    assert _labels(extract, text)["Berliners"] == {"NORP"}


def test_a_citys_people_written_after_its_name_in_one_word_are_a_group(extract):
    text = "Prices rose for Seoulers this year. Seoulers now pay more for rice."
    assert _labels(extract, text)["Seoulers"] == {"NORP"}


def test_a_name_ending_like_a_citys_people_without_a_city_keeps_its_label(extract):
    text = "Rangers beat Celtic 2-1 on Saturday. Rangers fans sang all night."
    assert "NORP" not in _labels(extract, text).get("Rangers", set())


def test_a_full_name_whose_surname_is_listed_beside_a_person_is_a_person(extract):
    text = (
        "Covington played solid defense against Marcus Tatum and hit a big three. "
        "In the end, Tatum and Brown scored only 27 points."
    )
    labels = _labels(extract, text)
    assert labels["Marcus Tatum"] == {"PERSON"}
    assert labels["Tatum"] == {"PERSON"}


def test_a_full_name_whose_surname_stands_alone_keeps_its_label(extract):
    text = (
        "Covington played solid defense against Marcus Tatum and hit a big three. "
        "In the end, Tatum scored only 27 points."
    )
    assert "PERSON" not in _labels(extract, text)["Marcus Tatum"]


def _names(extract, text: str) -> set[str]:
    return {m.text for m in extract(text)}


def test_a_ministers_portfolio_after_minister_of_is_no_organisation(extract):
    text = (
        "Minister of Science, Energy and Technology, Dr Andrew Wheatley, said the plan "
        "would cut costs."
    )
    names = _names(extract, text)
    assert "Science, Energy and Technology" not in names
    assert "Andrew Wheatley" in names


def test_a_ministry_named_by_its_head_stays(extract):
    text = "Officials at the Ministry of Industry, Investment and Commerce said exports rose."
    assert "Ministry of Industry, Investment and Commerce" in _names(extract, text)


def test_a_variable_the_page_sets_is_no_name(extract):
    text = 'My CDPATH setup broke with Emacs. I use CDPATH every day.\nexport CDPATH=".:~:~/src"'
    assert "CDPATH" not in _names(extract, text)


def test_a_word_of_capitals_the_page_never_sets_stays(extract):
    text = "My CDPATH setup broke with Emacs. I use CDPATH every day."
    assert "CDPATH" in _names(extract, text)


def test_a_name_after_a_height_in_feet_is_a_person(extract):
    text = (
        "In the second half, Reed guarded the 7-foot-3 Valdis Berzins. Reed held him to six points."
    )
    assert _labels(extract, text)["Valdis Berzins"] == {"PERSON"}
