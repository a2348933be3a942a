"""Names (issue 17, round 29): a company's short name that is not only the first words
of its full name: a name with its legal form before "of" and a place, and the initials
of its first words."""

from __future__ import annotations

from tasks.entity_acronyms import _company


def _names(mentions, text: str) -> set[str]:
    return {m.canonical_name for m in mentions if m.text == text}


def test_a_name_and_legal_form_before_of_and_a_place_is_the_whole_company(extract):
    text = (
        "Westbrook Clinics Corp of America said net income rose 12 pct in the quarter. "
        "Westbrook Clinics Corp said it would buy back two mln shares."
    )
    assert _names(extract(text), "Westbrook Clinics Corp") == {"Westbrook Clinics Corp of America"}


def test_only_a_legal_form_before_of_makes_a_company():
    assert _company("Westbrook Clinics Corp of America")
    assert not _company("Bank of America")
    assert not _company("Corp of Engineers")
    assert not _company("Farmers Union of Wales")


def test_initials_of_the_first_words_then_the_rest_are_the_company(extract):
    text = (
        "Harwell Mercantile Credit Corp said it bought 300 mln dlrs of loans. "
        "HM Credit said the deal closes in May."
    )
    assert _names(extract(text), "HM Credit") == {"Harwell Mercantile Credit Corp"}


def test_initials_that_match_two_companies_stay_as_written(extract):
    text = (
        "Harwell Mercantile Credit Corp said it bought 300 mln dlrs of loans. "
        "Hollis Marine Credit Inc sold them. A spokesman for HM Credit declined to comment."
    )
    assert _names(extract(text), "HM Credit") == {"HM Credit"}


def test_a_treasury_takes_its_countrys_adjective(extract):
    text = "France's Treasury sold 12 billion francs of bills, and French banks bought most."
    assert _names(extract(text), "Treasury") == {"French Treasury"}


def test_a_bare_treasury_of_a_story_on_one_country_is_that_countrys(extract):
    text = (
        "The Italian government sold bonds on Monday. The Treasury said Italy would issue "
        "4,000 billion lire of bills, and Italian banks bought most of them."
    )
    assert _names(extract(text), "Treasury") == {"Italian Treasury"}


def test_a_bare_treasury_of_a_story_in_dollars_stays_as_written(extract):
    # Dollars: it may be the United States' Treasury, as wire copy writes it.
    text = (
        "The Italian government sold bonds on Monday. The Treasury said Italy would issue "
        "400 mln dlrs of bills, and Italian banks bought most of them."
    )
    assert _names(extract(text), "Treasury") == {"Treasury"}


def test_an_acronyms_long_form_leaves_out_its_parties_possessive(extract):
    text = (
        "The ruling Green Unity Party's (GUP) budget plan was dropped on Monday. The GUP "
        "said it would try again."
    )
    assert _names(extract(text), "GUP") == {"Green Unity Party"}


def test_a_countrys_initials_after_of_are_spelled_out(extract):
    text = "The Reserve Bank of NZ said rates would stay where they are until May."
    assert _names(extract(text), "Reserve Bank of NZ") == {"Reserve Bank of New Zealand"}


def test_a_misspelt_last_word_is_the_company_named_in_full(extract):
    text = (
        "Northgate Turbines Corp said it won a navy contract worth 40 mln dlrs. "
        "Analysts said Turbine would book the order this year."
    )
    assert _names(extract(text), "Turbine") == {"Northgate Turbines Corp"}


def test_a_bare_treasury_beside_the_american_title_stays_as_written(extract):
    text = (
        "Treasury Secretary Ann Keller said Chile needs a new plan. Chile's banks "
        "agreed, and Chile will present one in May."
    )
    assert "Chilean Treasury" not in _names(extract(text), "Treasury")
