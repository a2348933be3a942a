"""Types told by the words around a name: a team line-up lists people, a malicious
program, a drink or a class of ship is a product, a site owned by "its" company is a
FAC, a bare nationality-like subject is a company, a cafe or a pub is a business; and
the non-entities of wire copy and of common abbreviations."""

from __future__ import annotations


def _labels(mentions: list, name: str) -> set[str]:
    return {m.label for m in mentions if m.canonical_name == name}


def test_names_of_a_lineup_are_people(extract):
    text = (
        "Kestrel: P Dunmore; A Trevant, K Olsby, D Marlowe, R Pelgrin; T Vassey, "
        "M Haldon; S Crowther, J Bellamy, N Ostrander; G Pellew (capt), F Rudge."
    )
    mentions = extract(text)
    assert mentions
    assert {m.label for m in mentions} == {"PERSON"}


def test_names_of_a_lineup_of_bare_surnames_are_people(extract):
    text = (
        "Harbourside Rovers beat Kestrel Town 2-1 on Saturday.\n\n"
        "Kestrel: Marlow, Hexham, Corrigan, Buckland, Selby, Tiernan, Glossop (Venn 60), "
        "Alnwick, Reddle, Kimber, Stroud.\n\nHexham and Tiernan were booked late on."
    )
    mentions = extract(text)
    for name in ("Hexham", "Corrigan", "Buckland", "Tiernan"):
        assert _labels(mentions, name) == {"PERSON"}, name


def test_a_list_of_clubs_is_no_lineup(extract):
    text = "Clubs in the draw: Chelsea, Arsenal, Juventus, Lyon, Monaco, Porto."
    assert "PERSON" not in {m.label for m in extract(text)}


def test_two_initialled_names_in_a_sentence_are_no_lineup(extract):
    text = "Shares of Ostrander, Haldon and Co rose after B Tilly, J Marsh and the board met."
    assert "PERSON" not in _labels(extract(text), "Ostrander")


def test_a_malicious_program_is_a_product(extract):
    text = (
        "The Krelbot virus spread quickly last week. Experts said the Krelbot worm "
        "copies itself through e-mail and that Krelbot hit banks first."
    )
    assert _labels(extract(text), "Krelbot") == {"PRODUCT"}


def test_a_drink_sold_under_a_brand_is_a_product(extract):
    text = "The drinks group sells Marvaux brandy and Tillion vodka in forty countries."
    assert _labels(extract(text), "Marvaux") == {"PRODUCT"}


def test_a_class_of_ship_is_a_product(extract):
    text = "Under the deal the buyer takes the Brennan class vessels and various other equipment."
    assert _labels(extract(text), "Brennan") == {"PRODUCT"}


def test_a_site_a_company_owns_is_a_facility(extract):
    text = "Northfield Paper Co said output at its Ashcombe newsprint mill rose 12 pct."
    assert _labels(extract(text), "Ashcombe") == {"FAC"}


def test_a_known_town_before_a_site_stays_a_place(extract):
    text = "Northfield Paper Co said output at its Toledo plant rose 12 pct."
    assert _labels(extract(text), "Toledo") == {"GPE"}


def test_a_bare_adjective_that_acts_is_a_company(extract):
    text = (
        "Passengers were told that Southern would add carriages. "
        "Southern apologised for the delays."
    )
    assert _labels(extract(text), "Southern") == {"ORG"}


def test_a_people_that_acts_stays_a_group(extract):
    text = "The French voted against the plan, and Americans said they would wait."
    mentions = extract(text)
    assert "ORG" not in {m.label for m in mentions}


def test_a_cafe_and_a_pub_are_businesses(extract):
    text = (
        "If you are passing through the town, call in at Ramble Cafe, which stays open "
        "for takeaway. The Crooked Hound Pub will close."
    )
    mentions = extract(text)
    assert _labels(mentions, "Ramble Cafe") == {"ORG"}
    assert _labels(mentions, "Crooked Hound Pub") == {"ORG"}


def test_fed_funds_is_a_rate_not_the_central_bank(extract):
    text = "Fed funds traded at 6-1/4 pct in early dealings, dealers said."
    assert not extract(text)


def test_cash_grain_table_words_are_no_names(extract):
    text = (
        "WHEAT            OATS\n\n"
        "AKRON          7 UND JULY UP 3  6 UND JULY UNC\n"
        "DULUTH         9 OVR JULY UNC   8 UND JULY UP 4\n"
    )
    names = {m.text for m in extract(text)}
    assert not names & {"UND", "OVR", "UNC"}


def test_a_recreational_vehicle_is_no_name(extract):
    text = "The new lakeside resort will have a marina, RV parking and cabins, the county said."
    assert "RV" not in {m.text for m in extract(text)}


def test_gatt_is_the_trade_body(extract):
    text = (
        "Officials said the rival bloc could challenge the subsidy in GATT. Whether "
        "General Agreement of Tariffs and Trade judges agree is unclear."
    )
    keys = {m.entity_key for m in extract(text)}
    assert keys >= {"ORG:general-agreement-on-tariffs-and-trade"}
    assert not any(key.startswith("LAW:") for key in keys)


def test_a_people_that_is_its_own_plural_stays_a_group(extract):
    text = "Savers have little choice, and economists predict Japanese will keep saving."
    assert "ORG" not in _labels(extract(text), "Japanese")


def test_a_counted_people_stays_a_group(extract):
    text = "Most of the gamers live online, and one Korean died after playing for three days."
    assert "ORG" not in _labels(extract(text), "Korean")


def test_a_subject_whose_verb_is_on_another_line_stays_a_group(extract):
    text = "Results of the meeting.\n\nJamaican\n\nstretched her unbeaten run to nine races."
    assert "ORG" not in _labels(extract(text), "Jamaican")


def test_a_plural_name_after_the_that_acts_is_a_group(extract):
    text = (
        "Bookmakers expect the Wrens to win the title, and the Wrens have not lost at "
        "home since August."
    )
    assert _labels(extract(text), "Wrens") == {"ORG"}


def test_a_family_named_in_the_plural_stays_people(extract):
    text = (
        "Photographers waited outside the hotel for hours, but the Pelhams left by a side "
        "door with their children. Anna Pelham later thanked the staff."
    )
    assert _labels(extract(text), "Pelhams") == {"PERSON"}


_SPYWARE_STUDY = (
    "Spyware was found on most home computers, according to research by technology "
    "firms Pembridge and Velloby. The study covered a million machines and its authors "
    "urged users to buy scanners."
)


def test_a_lone_person_in_a_text_about_companies_without_a_person_is_a_company(extract):
    assert _labels(extract(_SPYWARE_STUDY), "Pembridge") == {"ORG"}


def test_a_pronoun_vouches_for_a_lone_person(extract):
    text = _SPYWARE_STUDY + " Pembridge added that he had bought a scanner himself."
    assert _labels(extract(text), "Pembridge") == {"PERSON"}


def test_a_title_of_office_vouches_for_a_lone_person(extract):
    text = "Finance Minister Dravnik said the central bank would keep its policy unchanged."
    assert _labels(extract(text), "Dravnik") == {"PERSON"}
