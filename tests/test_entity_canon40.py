"""Entity spans and canonical names (issue 17, round 40): a company's name over its
partnership's "and Co" or "of" a place and a legal form (tasks/entity_firm_spans.py), a
company the model took for two people, two companies of a list across a comma, a
committee with its chamber, a court with its region, a person's given name the model
joined to a title it does not know (tasks/entity_spans.py), a founder's surname before
"partnership" (tasks/entity_short_names.py), another country's congress after its
nationality (tasks/entity_wire.py, tasks/data/entity_wire.toml) and curated names
(tasks/data/entity_aliases.toml)."""

from __future__ import annotations


def _found(mentions: list, text: str) -> list[tuple[str, str]]:
    return [(m.label, m.canonical_name) for m in mentions if m.text == text]


def _texts(mentions: list) -> set[str]:
    return {m.text for m in mentions}


def test_a_company_keeps_of_its_country_and_legal_form(extract):
    found = extract(
        "Three workers were injured in a fight at a zinc smelter last night, Iron Fields "
        "of Zambia Ltd said.\n"
    )
    assert ("ORG", "Iron Fields of Zambia Ltd") in _found(found, "Iron Fields of Zambia Ltd")


def test_a_person_of_a_company_stays_a_person(extract):
    found = extract("Mary Jones of Canada Packers Ltd said sales rose.\n")
    assert "Mary Jones of Canada Packers Ltd" not in _texts(found)


def test_a_partnership_keeps_its_and_co(extract):
    found = extract(
        "Investors sued Walter K. Pellman and Co., L.P., a fund that lost money in 1986, "
        "court papers show.\n"
    )
    assert "Walter K. Pellman and Co., L.P." in _texts(found)


def test_a_company_the_model_read_as_two_people_stays_whole(extract):
    found = extract(
        "Yao Liu, president of Chi Shun Hwa Steel Co, a shipbreaker in Kaohsiung, said "
        "scrap prices would fall.\n"
    )
    assert "Chi Shun Hwa Steel Co" in _texts(found)


def test_a_committee_keeps_its_chamber(extract):
    found = extract(
        "House Ways and Means Committee Chairman Dan Rostenkowski said Congress would act "
        "on the tax bill soon.\n"
    )
    assert ("ORG", "House Ways and Means Committee") in _found(
        found, "House Ways and Means Committee"
    )


def test_a_given_name_after_an_unknown_title_joins_the_name(extract):
    found = extract(
        "But Iranian Parliamentary Speaker Hojatoleslam Akbar Hashemi Rafsanjani said Iran "
        "did not need missiles to close the strait.\n"
    )
    assert "Akbar Hashemi Rafsanjani" in _texts(found)


def test_the_founder_before_partnership_is_the_firm(extract):
    found = extract(
        "Investors sued Walter Pellman. Guinness said Walter K. Pellman and Co., L.P. misled "
        "it. Guinness joined the Pellman partnership in 1986.\n"
    )
    assert _found(found, "Pellman") == [("ORG", "Walter K. Pellman and Co., L.P.")]


def test_a_congress_after_its_nationality_is_that_countrys(extract):
    found = extract(
        "Weizsaecker, speaking to the Bolivian Congress yesterday, said debtor countries "
        "needed help. Bolivia's debts total 4.4 billion dlrs.\n"
    )
    assert [name for _, name in _found(found, "Congress")] == ["National Congress of Bolivia"]


def test_lloyds_of_london_takes_its_apostrophe(extract):
    found = extract("Most of the cover was placed through Lloyds of London, brokers said.\n")
    assert [name for _, name in _found(found, "Lloyds of London")] == ["Lloyd's of London"]


def test_a_university_of_the_west_takes_its_article(extract):
    found = extract(
        "Researchers at the University of West of England in Bristol said the trial "
        "would start in May.\n"
    )
    assert [name for _, name in _found(found, "University of West of England")] == [
        "University of the West of England"
    ]


def test_two_companies_of_a_list_across_a_comma_are_two(extract):
    found = extract(
        "Its cards come from Zotac, Asus, MSI and Gigabyte. Zotac sells the most. Asus "
        "sells fewer, and Gigabyte too.\n"
    )
    assert "Zotac, Asus" not in _texts(found)
    assert {"Zotac", "Asus"} <= _texts(found)


def test_a_firm_the_model_read_keeps_its_short_name_before_and_co(extract):
    found = extract(
        "He said that Morgan Stanley and Co Inc and Salomon Brothers Inc bought most of "
        "the bonds. Morgan Stanley bought more.\n"
    )
    assert _found(found, "Morgan Stanley") == [("ORG", "Morgan Stanley")] * 2


def test_a_court_keeps_the_region_it_sits_for(extract):
    found = extract(
        "The Economic Court of the Poltava region ruled on Monday that the plant must be "
        "sold, its lawyers said.\n"
    )
    assert "Economic Court of the Poltava region" in _texts(found)


def test_the_house_alone_is_no_short_form_of_its_committee(extract):
    found = extract(
        "House Ways and Means Committee chairman Dan Rostenkowski said his panel would "
        'act. "We would rather have him than not," he told reporters after a meeting '
        "with House Speaker James Wright.\n"
    )
    assert "House Ways and Means Committee" not in [name for _, name in _found(found, "House")]
