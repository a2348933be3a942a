"""Canonical names (issue 17, round 39): well-known bodies by their short names where
the story says whose they are (tasks/data/entity_aliases.toml: the Pentagon, Ireland's
HSE, British universities town first, a city's Midtown, the Persian Gulf of a story
on its states), "Congress" of a story that names another United States institution
(tasks/entity_wire.py) and Washington state under its encyclopaedia title
(tasks/data/entity_places.toml)."""

from __future__ import annotations


def _canonical(mentions: list, text: str) -> list[str]:
    return [m.canonical_name for m in mentions if m.text == text]


def test_the_pentagon_is_the_department_of_defense(extract):
    found = extract(
        "The Pentagon said on Tuesday it had awarded Acme Corp a 40 mln dlr contract "
        "for radar parts.\n"
    )
    assert set(_canonical(found, "Pentagon")) == {"United States Department of Defense"}


def test_congress_beside_a_united_states_department_is_the_united_states(extract):
    found = extract(
        "The United States said it would send 50 mln dlrs in aid to Ghana. The aid was "
        "voted by Congress last year.\n\nState Department spokesman Tom Hale said Ghana "
        "had met the terms. Ghana will use the funds for roads.\n"
    )
    assert _canonical(found, "Congress") == ["United States Congress"]


def test_congress_of_a_story_naming_no_united_states_body_stays(extract):
    found = extract(
        "Ghana will get 50 mln dlrs of aid voted by Congress, an official said. Ghana "
        "hopes the money reaches Ghana before the rains.\n"
    )
    assert _canonical(found, "Congress") == ["Congress"]


def test_washington_after_a_city_of_the_state_takes_its_title(extract):
    found = extract(
        "A spokesman at the company's headquarters in Spokane, Washington, said the "
        "plant would reopen in May.\n"
    )
    assert _canonical(found, "Washington") == ["Washington (state)"]


def test_the_gulf_of_a_story_on_qatar_is_the_persian_gulf(extract):
    found = extract(
        "Banks in Qatar face falling profits as the Gulf economy slows, bankers in "
        "Doha said. Qatar sells less oil this year.\n"
    )
    assert set(_canonical(found, "Gulf")) <= {"Persian Gulf"}


def test_the_hse_of_an_irish_story_is_the_health_service_executive(extract):
    found = extract(
        "The HSE said hospitals in Cork would cancel some surgery this week as flu "
        "cases rise across Ireland.\n"
    )
    assert _canonical(found, "HSE") == ["Health Service Executive"]
    british = extract("The HSE fined the builder after a worker fell from scaffolding in Leeds.\n")
    assert set(_canonical(british, "HSE")) <= {"HSE"}


def test_a_british_university_by_its_town_first_takes_its_own_name(extract):
    found = extract(
        "Researchers at Glasgow University found that the drug cut the risk by half, "
        "the study said.\n"
    )
    assert _canonical(found, "Glasgow University") == ["University of Glasgow"]
    american = extract("Researchers at Boston University found that the drug worked.\n")
    assert _canonical(american, "Boston University") == ["Boston University"]


def test_midtown_of_a_story_on_a_city_is_that_citys_district(extract):
    found = extract(
        "The bakery opened a second shop in Midtown this spring. Its first is in "
        "Corktown, and it plans more stores across Detroit.\n"
    )
    assert set(_canonical(found, "Midtown")) <= {"Midtown Detroit"}
    assert _canonical(found, "Midtown")


def test_a_surname_and_generation_takes_the_full_name(extract):
    found = extract(
        "Marcus Webb Jr. scored 12 points in the first half for the Hawks.\n\n"
        "Coach Ann Reed said Webb Jr. played with energy, and Webb Jr. scored again late.\n"
    )
    assert _canonical(found, "Webb Jr.") == ["Marcus Webb Jr.", "Marcus Webb Jr."]


def test_a_name_takes_the_longer_form_it_opens(extract):
    found = extract(
        "Chief Executive Winnie Tam Lok-yee said on Monday the levy would be cut. "
        "Critics said Winnie Tam had waited too long, and Tam did not reply.\n"
    )
    assert set(_canonical(found, "Tam")) == {"Winnie Tam Lok-yee"}
    assert set(_canonical(found, "Winnie Tam")) == {"Winnie Tam Lok-yee"}


def test_a_curated_company_with_a_slipped_letter_is_the_company(extract):
    found = extract(
        "Coinbase and Kraken are two popular exchanges.\nCoinbase offers insurance on "
        "deposits. Like a bank, Coinsbase offers insurance on cash deposits too.\n"
    )
    assert _canonical(found, "Coinsbase") == ["Coinbase"]


def test_a_macintosh_model_by_its_short_name_is_the_model(extract):
    found = extract(
        "Apple Computer Inc said the Mac II will ship in May at 4,800 dlrs, and the "
        "Mac II will be sold through dealers.\n"
    )
    assert set(_canonical(found, "Mac II")) == {"Macintosh II"}


def test_gatt_with_a_singular_tariff_is_gatt(extract):
    found = extract(
        "Japan said it would take the dispute to the General Agreement on Tariff and "
        "Trade next month.\n"
    )
    named = [m for m in found if m.text == "General Agreement on Tariff and Trade"]
    assert [(m.label, m.canonical_name) for m in named] == [
        ("ORG", "General Agreement on Tariffs and Trade")
    ]


def test_a_given_name_in_an_editors_brackets_joins_the_surname_after(extract):
    found = extract(
        '"It seems from at least their dealing with (raider Irwin) Jacobs that they do '
        'not want to be taken over," said an analyst.\n'
    )
    assert _canonical(found, "Irwin") == ["Irwin Jacobs"]


def test_a_hong_kong_name_the_model_split_is_one_person(extract):
    found = extract(
        "Lawmakers said that Chief Executive Mandy Lau Cheng Yuet-mei, by botching "
        "affairs in Hong Kong, lost support. Lau was far from alone.\n"
    )
    assert set(_canonical(found, "Lau")) == {"Mandy Lau Cheng Yuet-mei"}
    # Since round 41 the two mentions the model split are one span as well.
    assert _canonical(found, "Mandy Lau Cheng Yuet-mei") == ["Mandy Lau Cheng Yuet-mei"]
    assert _canonical(found, "Mandy Lau") == []
