"""Entity labels of round 36 (issue 17): words that are no names: a word the page writes
in lowercase too, before a common noun after "the" ("the Plumbago plant"); the common
words of a title-case heading standing alone on its line; the defined terms of a
privacy policy; a wire table's futures months and cells of figures."""

from __future__ import annotations

from tasks.entity_headings import is_heading


def _names(extract, text: str) -> set[str]:
    return {m.text for m in extract(text)}


def test_the_article_before_a_word_qualifying_a_noun_is_no_names_evidence(extract):
    text = (
        "Plumbago grows fast in pots. The Plumbago plant has become a popular shrub in "
        "gardens. Many growers keep plumbago in pots. Plumbago can reach ten feet."
    )
    assert "Plumbago" not in _names(extract, text)


def test_the_article_before_a_word_heading_its_phrase_stays_names_evidence(extract):
    text = (
        "Analysts said the Plumbago was the best bet of the season.\n"
        "Many growers keep plumbago in pots. Plumbago sold well in summer."
    )
    assert "Plumbago" in _names(extract, text)


def test_common_words_of_a_title_case_heading_are_no_name(extract):
    text = (
        "Hibiscus grows well in pots. Water Hibiscus weekly, and feed Hibiscus in spring.\n"
        "Hibiscus Pest or Disease Problems\n"
        "Well cared for hibiscus are mostly pest and disease free."
    )
    assert "Hibiscus Pest" not in _names(extract, text)


def test_a_list_items_title_of_common_words_is_no_name(extract):
    text = (
        "Cats love keyboards, so this cover keeps them away.\n"
        "12. A Toaster-Shaped Phone Charger\n"
        "This charger is shaped like a toaster and charges any phone."
    )
    assert "Toaster-Shaped Phone Charger" not in _names(extract, text)


def test_a_name_on_a_heading_line_stays(extract):
    text = (
        "Rates rose again this week.\n"
        "Lloyds Bank Raises Its Rates\n"
        "Lloyds Bank said the change would take effect in June."
    )
    assert "Lloyds Bank" in _names(extract, text)


def test_a_heading_is_a_short_title_case_line_without_a_sentences_stop():
    assert is_heading("17. A Sword-Shaped Key Blank")
    assert is_heading("Grooming & Maintenance")
    assert is_heading("Bougainvillea Pest or Disease Problems")
    assert not is_heading("The Plant Grows Well.")
    assert not is_heading("Many growers keep Plumbago in pots")


_POLICY = (
    "Privacy Policy\n"
    "When you use the Application, our systems may keep a log of the dates and times "
    "of your use{defined}. We share Log Data with Acme Analytics Inc. Information about "
    "how others use the Application is kept safe, and the Application never sells it."
)


def test_defined_terms_of_a_policy_are_no_names(extract):
    names = _names(extract, _POLICY.format(defined=' ("Log Data")'))
    assert not names & {"Application", "Log Data"}
    assert "Acme Analytics Inc." in names


def test_a_policy_that_defines_no_term_in_quotes_keeps_its_capitalised_words(extract):
    assert "Application" in _names(extract, _POLICY.format(defined=""))


def test_futures_months_and_their_prices_are_no_names(extract):
    text = (
        "CBT 11:31 EDT WHEAT MAY7  287 UP   3/4 JUL7  272 OFF  3/4 OATS MAY7  149 OFF 1 "
        "JUL7  138 OFF  1/2 SEP7  128 1/4 UNCH"
    )
    assert not {name for name in _names(extract, text) if any(ch.isdigit() for ch in name)}


def test_a_table_rows_cells_across_a_column_gap_are_no_name(extract):
    text = (
        "Grain stocks rose in the week, traders said.\n"
        "Wheat       4      Unch          12\n"
        "Oats        2      Unch          12"
    )
    assert not any("Unch" in name for name in _names(extract, text))


def _labels(extract, text: str) -> dict[str, str]:
    return {m.text: m.label for m in extract(text)}


def test_the_employer_after_researchers_at_is_an_organisation(extract):
    text = (
        "The effort may have consumed a lot of power. Last month, researchers at Zolvex "
        "revealed an algorithm capable of learning, through trial and error, how to solve "
        "a cube."
    )
    assert _labels(extract, text).get("Zolvex") == "ORG"


def test_a_heading_that_holds_a_name_keeps_its_other_capitals(extract):
    text = (
        "Book now.\n"
        "The Unbound Collection by Hyatt\n"
        "The Unbound Collection by Hyatt brand is a collection of unbound hotels."
    )
    assert any("Unbound Collection" in name for name in _names(extract, text))
