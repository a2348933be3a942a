"""Entity spans and canonical names (issue 17, round 41): a place span ending in a legal
form (tasks/entity_wire.py), a parent's short form beside a unit named by a country
(tasks/entity_company_places.py), company names the model took apart at their "and"
(tasks/entity_and_names.py), a person's last surname (tasks/entity_surname_tails.py),
a chamber's committee before a lowercase noun (tasks/entity_committees.py) and curated
names (tasks/data/entity_names.toml)."""

from __future__ import annotations


def _found(mentions: list, text: str) -> list[tuple[str, str]]:
    return [(m.label, m.canonical_name) for m in mentions if m.text == text]


def test_a_place_span_ending_in_a_legal_form_is_the_company(extract):
    found = extract(
        "Arcon Corp currently manages Hudson Strait Gold Inc and Tern Copper Inc, both "
        "wholly owned units.\n\nThe company said Hudson Strait and Arcon have agreed to "
        "explore a property near Timmins.\n"
    )
    assert ("ORG", "Hudson Strait Gold Inc") in _found(found, "Hudson Strait Gold Inc")
    assert _found(found, "Hudson Strait") == [("ORG", "Hudson Strait Gold Inc")]


def test_a_unit_named_by_its_country_leaves_the_parent_its_short_form(extract):
    found = extract(
        "Cedar Hills Electronics Inc said its Cedar Hills Canada Ltd unit won a contract."
        "\n\nCedar Hills said the unit will build a plant.\n"
    )
    assert _found(found, "Cedar Hills") == [("ORG", "Cedar Hills Electronics Inc")]


def test_a_brand_and_two_trades_stay_one_company(extract):
    found = extract(
        "Dayton Tire and Rubber Co said it would close a plant in Ohio.\n\n"
        "Dayton said 400 workers would lose their jobs.\n"
    )
    assert ("ORG", "Dayton Tire and Rubber Co") in _found(found, "Dayton Tire and Rubber Co")
    assert _found(found, "Dayton") == [("ORG", "Dayton Tire and Rubber Co")]


def test_two_companies_of_a_list_stay_apart(extract):
    found = extract(
        "Shares of Chrysler and General Motors Corp fell.\n\nGeneral Motors said sales were down.\n"
    )
    assert "Chrysler and General Motors Corp" not in {m.text for m in found}


def test_a_partnership_short_name_keeps_its_second_partner(extract):
    found = extract(
        "Arcadia Media Ltd said it bid 40 dlrs a share for Dodd and Mead Publishers Inc."
        "\n\nThe Dodd and Mead board rejected the bid.\n\nLate in the week, Dodd and Mead "
        "said its board had received other offers.\n"
    )
    assert "Dodd" not in {m.text for m in found}
    assert _found(found, "Dodd and Mead")[-1] == ("ORG", "Dodd and Mead Publishers Inc")


def test_a_person_keeps_the_surname_the_story_names_him_by(extract):
    found = extract(
        "Peru's deputy mines minister Fernando Santos Ubidia flew in on Sunday to discuss a "
        "loan for the state copper industry.\n\nSantos Ubidia yesterday met Chilean "
        "officials and will today visit a smelter.\n"
    )
    assert ("PERSON", "Fernando Santos Ubidia") in _found(found, "Fernando Santos Ubidia")
    assert _found(found, "Santos Ubidia") == [("PERSON", "Fernando Santos Ubidia")]


def test_the_surnames_of_a_person_the_model_took_for_a_company(extract):
    found = extract(
        "Bolivia's deputy energy and mines minister Fernando Santos Urquizo arrived here "
        "last night for talks on further Venezuelan assistance to his country's oil "
        "industry.\n\nSantos Urquizo said earlier in La Paz that Bolivia would have to "
        "import crude oil.\n"
    )
    assert _found(found, "Santos Urquizo") == [("PERSON", "Fernando Santos Urquizo")]


def test_a_chamber_and_field_before_subcommittee_is_the_committee(extract):
    found = extract(
        "Rep. Tom Smith, chairman of the House Banking subcommittee which will hold "
        "hearings on the bill, told reporters the vote would be close.\n"
    )
    assert _found(found, "House Banking") == [("ORG", "House Banking Committee")]


def test_curated_agencies_by_context(extract):
    taxes = extract("Nixon agreed to pay back taxes after the IRS found errors in his returns.\n")
    assert _found(taxes, "IRS") == [("ORG", "Internal Revenue Service")]
    australian = extract(
        "The NSA, Equifax, Border Force, Centrelink and others are kept in the loop.\n"
    )
    assert _found(australian, "Border Force") == [("ORG", "Australian Border Force")]
    british = extract("Border Force officers seized drugs at Dover, the Home Office said.\n")
    assert _found(british, "Border Force") == [("ORG", "Border Force")]


def test_curated_studio_keeps_its_full_stop(extract):
    found = extract("The film was made by Warner Bros. and released in May.\n")
    assert _found(found, "Warner Bros.") == [("ORG", "Warner Bros.")]


def test_a_ministry_of_the_one_country_whose_currency_the_story_counts_in(extract):
    found = extract(
        "Italy's state-owned shipbuilder Navalmar will receive a capital injection of about "
        "300 billion lire this year, a Finance Ministry official said.\n\nThe injection "
        "will be paid in two parts, he said.\n"
    )
    assert _found(found, "Finance Ministry") == [("ORG", "Ministry of Finance (Italy)")]
    other = extract(
        "Exports to Italy rose four pct in March, a Finance Ministry official said, as the "
        "yen weakened against the dollar.\n"
    )
    assert _found(other, "Finance Ministry") == [("ORG", "Finance Ministry")]


def test_a_given_name_and_a_chinese_name_are_one_person(extract):
    found = extract(
        "Chief Executive Carrie Lam Cheng Yuet-ngor said the city would reopen. Lam spoke "
        "on Tuesday.\n"
    )
    assert "Carrie Lam Cheng Yuet-ngor" in {m.text for m in found}
