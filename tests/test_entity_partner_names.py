"""Full and canonical names of wire copy (issue 17, round 23): a firm named by its
founders' surnames that the model took apart at its "and", a foreign bank's name the
model took apart at its joining word, a company's seat after its legal form in a wire
bracket, Canadian province abbreviations, and the Congress of a story on American
politics that names no country."""

from __future__ import annotations


def _named(mentions: list, text: str) -> list:
    return [m for m in mentions if m.text.rstrip(".") == text]


def test_a_firm_of_surnames_cut_at_its_and_is_one_name(extract):
    found = extract(
        "Pellow and Nanscawen Associated Holdings Plc's convertible eurobond has been "
        "increased to 90 mln stg, lead manager Credit Suisse First Boston Ltd said."
    )
    firm = "Pellow and Nanscawen Associated Holdings Plc"
    assert [m.canonical_name for m in _named(found, firm)] == [firm]
    assert not _named(found, "Nanscawen Associated Holdings Plc")


def test_the_short_name_of_a_firm_of_surnames_is_one_mention(extract):
    found = extract(
        "Pellow and Nanscawen Associated Holdings Plc's convertible eurobond has been "
        "increased to 90 mln stg, lead manager Credit Suisse First Boston Ltd said.\n\n"
        "Shares of Pellow and Nanscawen fell two pence on Friday."
    )
    short = _named(found, "Pellow and Nanscawen")
    assert [m.canonical_name for m in short] == ["Pellow and Nanscawen Associated Holdings Plc"]
    assert not _named(found, "Nanscawen")


def test_surnames_written_with_commas_before_the_and_join_the_firm(extract):
    found = extract(
        "The notes were priced at par, said lead manager Harper, Whitley and Morrow "
        "Securities Corp."
    )
    firm = "Harper, Whitley and Morrow Securities Corp"
    assert [(m.label, m.canonical_name) for m in _named(found, firm)] == [("ORG", firm)]
    assert not _named(found, "Harper") and not _named(found, "Whitley")


def test_a_company_named_with_its_own_legal_form_stays_apart(extract):
    found = extract(
        "Talks between Chrysler and Varrow Motors Corp broke down on Friday.\n\n"
        "Chrysler Corp said it would try again next week."
    )
    assert _named(found, "Varrow Motors Corp")
    assert not any(" and " in m.text for m in found)


def test_a_persons_surname_before_and_stays_the_person(extract):
    found = extract(
        "Ann Pellow founded the chain in 1971.\n\n"
        "The deal was signed by Pellow and Garrick Holdings Inc on Monday."
    )
    assert not any(m.text.startswith("Pellow and") for m in found)


def test_a_foreign_bank_cut_at_its_joining_word_is_one_name(extract):
    found = extract(
        "The strike closed the state-controlled Banco do Ceara, which has 300 branches."
    )
    assert [(m.label, m.canonical_name) for m in _named(found, "Banco do Ceara")] == [
        ("ORG", "Banco do Ceara")
    ]
    assert not _named(found, "Ceara")


def test_the_city_of_a_companys_seat_leaves_a_wire_bracket(extract):
    found = extract(
        "<Kamidori Corp of Osaka> has committed 75 mln dlrs to a new plant in Ohio.\n\n"
        "Kamidori said the plant would open next year."
    )
    assert [m.canonical_name for m in _named(found, "Kamidori Corp")] == ["Kamidori Corp"]
    assert [m.label for m in _named(found, "Osaka")] == ["GPE"]
    # A country or a state of a federation is where the company is chartered: its name.
    found = extract(
        "<Varrow Insurance Co of America> said it will enter the brokerage business.\n\n"
        "<Varrow Trust Co of New York> said it agreed."
    )
    names = {m.canonical_name for m in found}
    assert {"Varrow Insurance Co of America", "Varrow Trust Co of New York"} <= names


def test_a_canadian_province_abbreviation_is_the_province(extract):
    found = extract("The company sold its unit based in Kelowna, B.C., the company said.")
    assert [(m.label, m.canonical_name) for m in _named(found, "B.C")] == [
        ("GPE", "British Columbia")
    ]


def test_congress_in_a_story_on_the_senate_is_the_united_states_congress(extract):
    found = extract(
        "Senate majority leader Tom Hallett said the President may lose his veto fight "
        "with Congress over the farm bill. The Ohio Democrat said it would be tough for "
        "the Senate to override the veto."
    )
    assert [m.canonical_name for m in _named(found, "Congress")] == ["United States Congress"]
    # A story that names another country's capital and no state keeps the name.
    found = extract(
        "The Prime Minister said Congress would meet again in March to debate the "
        "budget, officials in Manila said."
    )
    assert [m.canonical_name for m in _named(found, "Congress")] == ["Congress"]


def test_the_hyphenated_spelling_of_a_curated_union_takes_its_name(extract):
    found = extract("Talks broke down, an official of the IG-Metall union said on Friday.")
    assert [m.canonical_name for m in _named(found, "IG-Metall")] == ["IG Metall"]
