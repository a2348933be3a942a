"""Short names of organisations named in full once (issue 17, round 33): a bracketed
one-word short name, a contraction of the full name's first words, a seat's city glued
to a company's name, and the round's curated short forms."""

from __future__ import annotations

from types import SimpleNamespace

from tasks.entity_short_names import (
    _contracts,
    contracted_names,
    partnership_short_names,
    without_seat_city,
)


def _names(mentions, text: str) -> set[str]:
    return {m.canonical_name for m in mentions if m.text == text}


def _mention(name: str, start: int, label: str = "ORG"):
    span = SimpleNamespace(start_char=start, end_char=start + len(name))
    return SimpleNamespace(span=span, name=name, label=label, canonical=name, pinned=False)


def test_a_bracketed_short_name_files_under_the_full_name(extract):
    text = (
        "Finnish state power group Suomen Voimala Yhtio (Voimala) signed a supply deal "
        "on Monday, Voimala said. Voimala shares were not traded."
    )
    mentions = extract(text)
    assert _names(mentions, "Voimala") == {"Suomen Voimala Yhtio"}


def test_a_bracketed_place_is_no_short_name(extract):
    text = (
        "Harbor Trust Bank (Toronto) raised its prime rate on Friday. Toronto dealers "
        "expected the move."
    )
    assert _names(extract(text), "Toronto") == {"Toronto"}


def test_a_contraction_of_the_first_words_files_under_the_full_name():
    full = _mention("Pacific Telecom Holdings Inc", 0)
    subsidiary = _mention("Pactel Cable Services", 40)
    short = _mention("Pactel", 80)
    contracted_names([full, subsidiary, short], lambda name: False)
    assert short.canonical == "Pacific Telecom Holdings Inc"


def test_a_contraction_needs_a_full_name_written_before_it():
    short = _mention("Pactel", 0)
    full = _mention("Pacific Telecom Holdings Inc", 40)
    contracted_names([short, full], lambda name: False)
    assert short.canonical == "Pactel"


def test_a_person_is_no_contraction():
    full = _mention("Jack Sonn Inc", 0)
    person = _mention("Jackson", 30, label="PERSON")
    contracted_names([full, person], lambda name: False)
    assert person.canonical == "Jackson"


def test_contraction_pieces():
    assert _contracts("comsat", ["communications", "satellite"])
    assert _contracts("amex", ["american", "express"])
    # One word alone, or a piece of one letter, is no contraction.
    assert not _contracts("comsat", ["comsat", "video"])
    assert not _contracts("alcoa", ["aluminum", "company", "of", "america"])


def test_a_city_glued_to_a_company_named_alone_goes():
    alone = _mention("Credit Rhodanien", 0)
    glued = _mention("Credit Rhodanien Lyon", 40)
    without_seat_city([alone, glued], {"Lyon"}.__contains__)
    assert glued.canonical == "Credit Rhodanien"


def test_a_city_stays_when_the_company_is_never_named_alone():
    glued = _mention("Credit Rhodanien Lyon", 0)
    without_seat_city([glued], {"Lyon"}.__contains__)
    assert glued.canonical == "Credit Rhodanien Lyon"


def test_curated_short_forms_of_the_round(extract):
    text = (
        "The NBA fined the club on Tuesday. Shipments under PL480 resumed in May, and "
        "the Trade and Industry Department said exports rose."
    )
    mentions = extract(text)
    assert _names(mentions, "NBA") == {"National Basketball Association"}
    assert _names(mentions, "PL480") == {"Public Law 480"}
    assert _names(mentions, "Trade and Industry Department") == {"Department of Trade and Industry"}


def test_a_news_agency_by_its_initials_only_in_its_country(extract):
    about = extract("Dhaka police arrested six men, the BSS news agency said.")
    elsewhere = extract("The BSS software failed twice in March, the firm said.")
    assert _names(about, "BSS") == {"Bangladesh Sangbad Sangstha"}
    assert "Bangladesh Sangbad Sangstha" not in _names(elsewhere, "BSS")


def test_a_firm_and_associates_is_one_name_and_its_short_name_files_under_it(extract):
    text = (
        "Beacon Holdings Ltd agreed to buy Mary Ellen Dunmore and Associates Inc. "
        "The shareholders of Mary Ellen Dunmore would own 40 pct of the new company."
    )
    mentions = extract(text)
    assert "Mary Ellen Dunmore and Associates Inc" in {m.canonical_name for m in mentions}


def test_a_place_cut_before_its_lowercase_word_is_the_city(extract):
    mentions = extract("Dealers in Kuala lumpur quoted palm oil higher on Tuesday.")
    assert "Kuala Lumpur" in {m.canonical_name for m in mentions}


def test_a_congress_committee_written_in_lowercase_is_the_committee(extract):
    text = "The bill now goes to the full Senate Fishing committee for a vote in June."
    assert "Senate Fishing Committee" in {m.canonical_name for m in extract(text)}


def test_a_slashed_company_name_is_one_name(extract):
    text = "The pump, developed by Royal Acme/Zeta Group, lifts water from old wells."
    assert "Royal Acme/Zeta Group" in {m.canonical_name for m in extract(text)}


def test_the_first_partner_of_a_firm_named_with_a_comma_is_the_firm():
    full = _mention("Dunmore, Pellow Capital Co", 0)
    short = _mention("Dunmore", 40, label="GPE")
    person = _mention("Dunmore", 60, label="PERSON")
    partnership_short_names([full, short, person])
    assert (short.canonical, short.label) == ("Dunmore, Pellow Capital Co", "ORG")
    assert person.canonical == "Dunmore"


def test_a_photo_credit_after_a_slash_stays_apart(extract):
    text = "The new pier opened on Friday. Photo by Ruth Amsel/Harbour Weekly."
    assert "Ruth Amsel/Harbour Weekly" not in {m.canonical_name for m in extract(text)}


def test_a_full_names_first_word_or_an_adjective_is_no_contraction():
    # "Baai" is "Ba" + "ai" of "Baai Airways" too, but it is the name's first word.
    full = _mention("Baai Airways", 0)
    same_word = _mention("Baai", 30)
    adjective = _mention("Baai", 50, label="NORP")
    contracted_names([full, same_word, adjective], lambda name: False)
    assert same_word.canonical == "Baai"
    assert adjective.canonical == "Baai"


def test_a_chamber_alone_or_another_parliament_keeps_its_committee_apart(extract):
    text = (
        "A Senate committee met on Monday. The House of Commons fishing committee sat on Tuesday."
    )
    names = {m.canonical_name for m in extract(text)}
    assert "Senate Committee" not in names
    assert not any("Of Commons" in name for name in names)


def test_a_subcommittee_named_by_its_committee_is_not_widened(extract):
    text = "A Senate Fishing subcommittee approved the bill on Monday."
    assert "Senate Fishing Subcommittee" not in {m.canonical_name for m in extract(text)}
