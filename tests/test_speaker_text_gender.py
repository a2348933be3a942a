"""Issue 16: a first name's gender is a guess the text can overrule. A person whose own
clauses say "his" against a first name listed as a woman's (or "her" against a man's)
is no candidate the resolver may rule out by gender. Small articles written for the
class."""

from __future__ import annotations

_ADVISER = (
    "Carol Venning, the president's chief economic adviser, said growth abroad was too "
    "weak to help exports.\n\n"
    "Later, Carol Venning repeated {pronoun} call for lower spending.\n\n"
    "“Cutting spending is the only honest way to close the deficit,” he said."
)


def test_his_in_his_own_clause_makes_he_fit_a_woman_s_first_name(quotes_of, quote_with):
    quotes = quotes_of(_ADVISER.format(pronoun="his"))
    assert quote_with(quotes, "honest way").speaker == "Carol Venning"


def test_without_the_text_s_word_the_first_name_still_rules_he_out(quotes_of, quote_with):
    quotes = quotes_of(_ADVISER.format(pronoun="the"))
    assert quote_with(quotes, "honest way").speaker != "Carol Venning"


def test_her_as_an_object_says_nothing_of_the_subject(quotes_of, quote_with):
    text = (
        "Dennis Holt, the mayor, said the bridge would reopen in May.\n\n"
        "Holt thanked her for the report.\n\n"
        "“We owe the engineers a great deal,” she said."
    )
    assert quote_with(quotes_of(text), "engineers").speaker != "Dennis Holt"
