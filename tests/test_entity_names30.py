"""Names (issue 17, round 30): a company named after a leading legal form, the company
a story's lead names among several long forms, a company's name without its legal form
run over the model's two spans, and the full stop of "Jr." inside a sentence."""

from __future__ import annotations

from tasks.entity_acronyms import _after_leading_form


def _names(mentions, text: str) -> set[str]:
    return {m.canonical_name for m in mentions if m.text == text}


def test_a_short_name_after_a_leading_legal_form_is_the_company(extract):
    text = (
        "Sweden's AB Norrkrona said its unit Norrkrona Marin had won a 40 mln crown order.\n\n"
        "Norrkrona said deliveries would start next year."
    )
    assert _names(extract(text), "Norrkrona") == {"AB Norrkrona"}


def test_a_leading_legal_form_is_only_a_capitalised_form_before_a_name():
    assert _after_leading_form(["AB", "Norrkrona"]) == ["Norrkrona"]
    assert _after_leading_form(["PT", "Sinar", "Tambang"]) == ["Sinar", "Tambang"]
    assert _after_leading_form(["Ab", "Norrkrona"]) == ["Ab", "Norrkrona"]
    assert _after_leading_form(["AB"]) == ["AB"]


def test_of_several_long_forms_the_one_the_lead_names_is_the_company(extract):
    text = (
        "Kestrel Motor Co Ltd said it would supply engines to Mexican car makers.\n\n"
        "<Kestrel Mexicana SA> is owned 90 pct by Kestrel, the company said.\n\n"
        "Kestrel expects to sign both deals this year."
    )
    assert _names(extract(text), "Kestrel") == {"Kestrel Motor Co Ltd"}


def test_two_long_forms_after_the_lead_leave_the_short_name(extract):
    text = (
        "Car makers in Mexico raised their prices on Monday.\n\n"
        "Kestrel Motor Co Ltd and <Kestrel Mexicana SA> said output rose.\n\n"
        "Kestrel expects to sign both deals this year."
    )
    assert _names(extract(text), "Kestrel") == {"Kestrel"}


def test_a_company_name_without_its_legal_form_takes_in_its_country(extract):
    # The model reads the name's first word as a nationality and the second as a place.
    text = (
        "The partners are Kalanese Canada Inc and Borealis Fuels Corp.\n\n"
        "The plant would use an existing Kalanese Canada site."
    )
    mentions = extract(text)
    assert _names(mentions, "Kalanese Canada") == {"Kalanese Canada Inc"}
    assert not _names(mentions, "Kalanese")


def test_jr_keeps_its_stop_inside_a_sentence(extract):
    text = "The letter was signed by Marcus T. Ellery Jr., a law professor, and two others."
    assert _names(extract(text), "Marcus T. Ellery Jr.") == {"Marcus T. Ellery Jr."}


def test_jr_at_a_sentence_end_leaves_the_stop_out(extract):
    text = "The letter was signed by the law professor Marcus T. Ellery Jr. He declined to comment."
    assert {m.canonical_name for m in extract(text) if "Ellery" in m.text} == {
        "Marcus T. Ellery Jr"
    }
