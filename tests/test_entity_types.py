"""Entity types and names decided by context and curated data (issue 17): each test is a
small text of a class of error seen on real news."""

from __future__ import annotations

import re

import pytest
from spacy.tokens import Span

from tasks.entities import extract_entities
from tasks.entity_labels import label_by_head
from tasks.entity_spans import trimmed
from tasks.quotes import extract_quotes


@pytest.fixture(scope="module")
def entities_of(nlp):
    def run(text: str):
        return extract_entities(nlp(text), "t")

    return run


def _named(mentions, text: str):
    return [m for m in mentions if m.text == text]


def test_a_given_name_after_in_is_not_completed_to_another_persons_name(entities_of):
    mentions = entities_of(
        "Jamie Foxx won praise for his portrayal of soul singer Ray Charles in Ray, "
        "which opened last year. Critics said Foxx was the heart of the film."
    )
    ray = _named(mentions, "Ray")
    assert ray and all(m.canonical_name == "Ray" for m in ray)
    assert {m.canonical_name for m in _named(mentions, "Ray Charles")} == {"Ray Charles"}


def test_a_given_name_with_a_possessive_after_in_is_the_person(entities_of):
    mentions = entities_of(
        "Zoe Anderson runs the bakery on Mill Street. In Zoe's view, the town needs more shops."
    )
    zoe = [m for m in mentions if m.text.startswith("Zoe") and m.text != "Zoe Anderson"]
    assert zoe and all(m.canonical_name == "Zoe Anderson" for m in zoe)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Funding came from the Mortimer B. Zuckerman Mind Brain Behavior Institute and "
            "the John E. Walker Department of Economics.",
            "John E. Walker Department of Economics",
        ),
        (
            "Jane Holt of the United States Tennis Association said WhiTim Napa LLC had paid.",
            "WhiTim Napa LLC",
        ),
    ],
)
def test_a_company_suffix_or_institution_head_makes_an_organisation(entities_of, text, name):
    found = [m for m in entities_of(text) if m.canonical_name == name]
    assert found and {m.label for m in found} == {"ORG"}


def test_the_west_bank_is_not_an_organisation(entities_of):
    mentions = entities_of("Settlers moved into the West Bank last year.")
    found = [m for m in mentions if "Bank" in m.text]
    assert all(m.label != "ORG" for m in found)


def test_a_bill_is_a_law_and_a_ship_a_product(entities_of):
    mentions = entities_of(
        "The Government was heavily defeated in the Lords last week on its Agriculture "
        "Bill, when peers backed calls for a watchdog.\n\n"
        "The frigate HMS Chatham sailed for Aceh, and the USS Abraham Lincoln followed."
    )
    labels = {m.canonical_name: m.label for m in mentions}
    assert labels.get("Agriculture Bill") == "LAW"
    assert labels.get("HMS Chatham") == "PRODUCT"
    assert labels.get("USS Abraham Lincoln") == "PRODUCT"


def test_iso_subdivisions_are_places_and_country_adjectives_nationalities(entities_of):
    mentions = entities_of(
        "The Bangladeshi community in Tower Hamlets voted on Thursday.\n\n"
        "Funding for schools in Tamil Nadu rose, and he spent a year in Guanajuato "
        "before moving to Schleswig-Holstein."
    )
    labels = {m.canonical_name: m.label for m in mentions}
    assert labels.get("Bangladeshi") == "NORP"
    assert labels.get("Tamil Nadu") == "GPE"
    assert labels.get("Schleswig-Holstein") == "GPE"


def test_generic_words_of_subdivision_names_stay_what_they_are(entities_of):
    mentions = entities_of("Rivers said the Delta flight was late.")
    assert all(m.label != "GPE" for m in mentions)


REFERENCES = """School vaccination cut influenza, Dr Jane Watson said in Boston. Watson \
led the study.

References
- 10. King JC Jr ,Stoddard JJ ,Gaglani MJ ,et al . Effectiveness of school-based influenza \
vaccination. N Engl J Med. 2006;355:2523-32. [PMID: 17167135]
- 31. Fleming DM ,Watson JM ,Nicholas S ,et al . Study of the effectiveness of influenza \
vaccination in the elderly. Epidemiol Infect. 2003;130:1-9.
- 75. Pavlos R et al. T cell-mediated hypersensitivity reactions to drugs. Annu Rev Med. \
2015;66:439-54.
"""


def test_reference_list_authors_are_kept_apart_and_journals_are_organisations(entities_of):
    """Authors of a bibliography are people as written ("Watson JM"), never joined to a
    person of the running text; the journal before the year is an organisation."""
    mentions = entities_of(REFERENCES)
    authors = {m.text: m.canonical_name for m in mentions if m.start_char > 100}
    people = {m.text for m in mentions if m.label == "PERSON" and m.start_char > 100}
    assert {"Watson JM", "Fleming DM", "Pavlos R", "King JC Jr"} <= people
    assert authors["Watson JM"] == "Watson JM"
    running = {m.text: m.canonical_name for m in mentions if m.start_char < 100}
    assert running["Watson"] == "Jane Watson"
    labels = {m.canonical_name: m.label for m in mentions}
    assert labels.get("Epidemiol Infect") == "ORG"
    assert labels.get("Annu Rev Med") == "ORG"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Gov. Andrew Cuomo said New York would reopen upstate first, starting in "
            "Albany and Buffalo.",
            "GPE:new-york-state",
        ),
        (
            "The NYPD said crime fell in New York, and the mayor praised officers in Brooklyn.",
            "GPE:new-york-city",
        ),
        ("She moved to New York state in 2010.", "GPE:new-york-state"),
        ("The White House said Washington would not back down, and Congress agreed.", None),
        (
            "Gov. Jay Inslee said Washington would close schools, as Seattle and Tacoma saw "
            "cases rise.",
            "GPE:washington-state",
        ),
    ],
)
def test_new_york_and_washington_are_split_into_city_and_state(entities_of, text, key):
    keys = {m.entity_key for m in entities_of(text) if m.text in ("New York", "Washington")}
    assert keys == {key or "GPE:washington-d-c"}


def test_a_place_and_a_comma_before_washington_make_it_the_state(entities_of):
    mentions = entities_of(
        "He lives in Spokane, Washington, and flew to Washington, D.C. to meet lawmakers."
    )
    keys = [m.entity_key for m in mentions if m.text == "Washington"]
    assert keys == ["GPE:washington-state", "GPE:washington-d-c"]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("How do chickens dance?\nChick to chick.", "Chick"),
        (
            "October 20: ACCIDENT – A vehicle driven by Kimberly Carrell hit a post. "
            "The accident was minor.",
            "ACCIDENT",
        ),
        ("Аdvеrtіѕе with us today. Contact John Smith.", "Аdvеrtіѕе"),
        ("COVID-19 cases rose in Ohio, and Covid deaths fell.", "Covid"),
        ("The service resumed at 1400 GMT on Sunday, a spokesman for Nato said.", "GMT"),
        ("The Islamic State claimed it. State said nothing.", "State"),
    ],
)
def test_more_non_entities_are_dropped(entities_of, text, absent):
    assert absent not in {m.text for m in entities_of(text)}


def test_a_surname_takes_the_given_name_written_before_it_elsewhere(entities_of):
    mentions = entities_of(
        "John O'Shea was forced off after an earlier clash with Sylvain Distin and "
        "Cristiano Ronaldo came on. Distin was booked."
    )
    assert {m.canonical_name for m in mentions if m.text == "Distin"} == {"Sylvain Distin"}


def test_a_family_named_in_the_plural_is_people(entities_of):
    mentions = entities_of(
        "David Beckham signed a deal. The agency works for stars including the Beckhams."
    )
    assert [m.label for m in mentions if m.text == "Beckhams"] == ["PERSON"]


def test_a_japanese_company_suffix_makes_an_organisation(entities_of):
    mentions = entities_of("Showa Denko K.K. (SDK) makes platters. SDK said demand rose.")
    assert {m.label for m in mentions if m.canonical_name == "Showa Denko K.K."} == {"ORG"}


def test_new_york_in_a_list_of_states_is_the_state(entities_of):
    mentions = entities_of(
        "Figures from Louisiana, Michigan, Wisconsin and New York reflect the same "
        "disparity. The mayor of New York spoke on Friday. Local news from our "
        "communities (especially New York and Florida) follows."
    )
    keys = [m.entity_key for m in mentions if m.text == "New York"]
    assert keys == ["GPE:new-york-state", "GPE:new-york-city", "GPE:new-york-state"]


def test_a_brand_named_after_a_city_is_not_the_city(entities_of):
    mentions = entities_of("Dion was made the new face of beauty brand L’Oreal Paris, fans said.")
    assert "GPE:paris" not in {m.entity_key for m in mentions}


def test_the_senate_is_the_chamber_of_the_country_in_the_article(entities_of):
    us = entities_of(
        "The Senate passed the bill after Republicans agreed; the House votes next week, "
        "the White House said."
    )
    nigeria = entities_of("Nigeria's Senate rejected the plan, officials in Abuja said.")
    assert {m.entity_key for m in us if m.text == "Senate"} == {"ORG:united-states-senate"}
    assert {m.entity_key for m in nigeria if m.text == "Senate"} == {"ORG:senate-of-nigeria"}


def test_mrs_with_a_surname_is_not_the_husband(entities_of):
    mentions = entities_of(
        "Michael Howard spoke in Folkestone. Mrs Howard, a former model, joined him. "
        "Mr Howard said the campaign was going well."
    )
    # the title is out of the span ("Mrs [Howard]") and still decides the person
    wife, husband = (m for m in mentions if m.text == "Howard")
    assert wife.canonical_name != "Michael Howard"
    assert husband.canonical_name == "Michael Howard"


def test_a_given_name_of_a_prince_named_in_the_document_is_the_prince(entities_of):
    alone = entities_of("Prince Charles will marry in April. Charles said he was delighted.")
    both = entities_of(
        "Prince Charles will marry in April. Charles said he was delighted. Charles "
        "Kennedy, the Liberal Democrat leader, sent his congratulations."
    )
    assert {m.canonical_name for m in alone if m.text == "Charles"} == {"Prince Charles"}
    assert "Charles Kennedy" not in {m.canonical_name for m in both if m.text == "Charles"}


def test_a_royal_title_or_honour_is_not_part_of_the_span(entities_of):
    mentions = entities_of(
        "Prince Harry opened the new ward on Tuesday. Sir Elton John sang at the gala, "
        "and Queen Margrethe sent a letter of thanks to the hospital."
    )
    people = {m.text: m.canonical_name for m in mentions if m.label == "PERSON"}
    assert people["Harry"] == "Prince Harry"
    assert people["Elton John"] == "Elton John"
    assert people["Margrethe"] == "Queen Margrethe"
    assert not any(text.split()[0] in ("Prince", "Sir", "Queen") for text in people)


def test_a_one_word_person_listed_among_companies_is_a_company(entities_of):
    mentions = entities_of(
        "The courier delivers for Burberry, Mothercare and consumer goods giant Unilever. "
        "Anna Berg, a broker, said the deal was fair."
    )
    labels = {m.text: m.label for m in mentions}
    assert [labels[name] for name in ("Burberry", "Mothercare", "Unilever")] == ["ORG"] * 3
    assert labels["Anna Berg"] == "PERSON"


def test_a_named_day_cut_at_its_weekday_is_the_whole_event(entities_of):
    mentions = entities_of("The mayor is betting on Super Tuesday, when 14 states vote.")
    assert [(m.text, m.label) for m in mentions if "Super" in m.text] == [
        ("Super Tuesday", "EVENT")
    ]


def test_a_person_introduced_or_followed_by_a_noun_for_a_company_is_a_company(entities_of):
    mentions = entities_of(
        "Thanks to the anticorruption watchdog group Nashi Groshi, we can watch the money "
        "move. Nashi Groshi published the files. The deal was praised by Tom Hanks."
    )
    labels = {(m.text, m.label) for m in mentions}
    assert ("Nashi Groshi", "ORG") in labels and ("Nashi Groshi", "PERSON") not in labels
    assert ("Tom Hanks", "PERSON") in labels


def test_a_capitalised_phrase_the_document_writes_in_lowercase_is_no_entity(entities_of):
    phrase = entities_of(
        "Potted Bougainvillea needs good soil. Water potted bougainvillea twice a week."
    )
    name = entities_of("The White House said the house was empty on Monday.")
    assert not [m for m in phrase if "Bougainvillea" in m.text]
    assert [m.canonical_name for m in name] == ["White House"]


def test_a_name_before_police_is_the_town(entities_of):
    mentions = entities_of(
        "Casey Conaway, 30, was arrested by Kincaid police for battery. A Kincaid police "
        "officer took the report."
    )
    assert {m.label for m in mentions if m.text == "Kincaid"} == {"GPE"}
    assert {m.label for m in _named(mentions, "Casey Conaway")} == {"PERSON"}


def test_a_feast_of_something_is_an_event(entities_of):
    mentions = entities_of(
        "Penny goes to the Feast of the Long Night in winter. The Bank of England raised rates."
    )
    labels = {m.canonical_name: m.label for m in mentions}
    assert labels["Feast of the Long Night"] == "EVENT"
    assert labels["Bank of England"] == "ORG"


def test_one_cue_word_does_not_make_new_york_the_state(entities_of):
    mentions = entities_of(
        "What do you call a buffalo with no legs? Ground beef. What building in New York "
        "has the most stories? The public library!"
    )
    assert {m.entity_key for m in mentions if m.text == "New York"} == {"GPE:new-york-city"}


def test_a_table_column_headed_constituency_holds_places_and_one_per_cell(entities_of):
    text = (
        "Members of parliament who signed the letter.\n"
        "| Constituency | Member of Parliament | Email address |\n"
        "|---|---|---|\n"
        "| Kettering Vale | Sir Harold Pike | harold.pike@example.org |\n"
        "| Barnwick and East Fordham | Rosa Blake | rosa.blake@example.org |\n"
        "| Ashby (Leics) | Tom Ward | tom.ward@example.org |\n"
        "| Ruston, Marlow and Fenby | Ann Cole | ann.cole@example.org |\n"
    )
    mentions = entities_of(text)
    places = {m.text: m.label for m in mentions if m.label == "GPE"}
    assert {
        "Kettering Vale",
        "Barnwick and East Fordham",
        "Ashby (Leics)",
        "Ruston, Marlow and Fenby",
    } <= set(places)
    assert not [m for m in mentions if m.text in ("Barnwick", "East Fordham", "Leics", "Marlow")]
    people = {m.canonical_name for m in mentions if m.label == "PERSON"}
    assert {"Harold Pike", "Rosa Blake", "Tom Ward"} <= people


def test_a_cell_under_a_header_of_no_type_is_left_to_the_model(entities_of):
    text = "| Item | Price |\n|---|---|\n| Chocolate Sunday | 4 |\n"
    assert not [m for m in entities_of(text) if m.label == "GPE" and m.text == "Chocolate Sunday"]


def test_a_page_not_in_english_keeps_only_known_names(entities_of):
    text = (
        "In ihrem neuen Roman beschreibt die Autorin eine Reise durch die Erinnerung. "
        "Die Sehnsucht nach der Kindheit ist das große Thema, und der Leser folgt ihr "
        "durch viele Jahrzehnte. Schon früher hatte sie über die Stille geschrieben, doch "
        "nun wird das Ganze noch dunkler. Die Technik des Erzählens ist dabei ganz neu, "
        "und die Sprache bleibt immer klar. Ein Vergleich mit den Filmen von Stanley "
        "Kubrick und Peter Zumthor liegt nahe, denn dort wird die Zeit zum Raum. Der Verlag hat "
        "das Buch im Herbst herausgebracht, und die Kritik war sehr freundlich."
    )
    names = {m.text for m in entities_of(text)}
    assert "Peter Zumthor" in names
    assert not names & {"Technik", "Verlag", "den Leser", "das Ganze", "Sehnsucht"}


def test_a_journal_cited_by_its_abbreviation_takes_its_full_title(entities_of):
    text = (
        "References\n"
        "1. Harlow PT, Bennet RA. Rhinovirus in winter wards. N Engl J Med. "
        "2011;364:101-9.\n"
        "2. Okafor D, Lind M. Fever after travel. J Infect Dis. 2014;209:55-61.\n"
    )
    names = {m.canonical_name: m.label for m in entities_of(text)}
    assert names.get("Journal of Infectious Diseases") == "ORG"
    assert "J Infect Dis" not in names


def test_a_generic_computing_acronym_is_no_entity(entities_of):
    text = "Set the CPU difficulty to Legendary before the match, and the CPU will press higher."
    assert not [m for m in entities_of(text) if m.text == "CPU"]


def test_a_race_named_by_its_head_is_an_event(entities_of):
    found = [
        m
        for m in entities_of(
            "Kerr won the Great Dunmore Cross Country on Saturday, two weeks after the "
            "Harbour Town Grand Prix."
        )
        if m.text.endswith(("Cross Country", "Grand Prix"))
    ]
    assert found and {m.label for m in found} == {"EVENT"}


def test_a_hotel_chain_the_model_calls_a_place_is_an_organisation(entities_of):
    mentions = entities_of("The resort reopened in June under Hyatt, which runs 20 hotels nearby.")
    assert {m.label for m in mentions if m.text == "Hyatt"} == {"ORG"}


def test_a_name_after_a_countrys_possessive_is_a_person_not_a_place(entities_of):
    text = (
        "Okonjo held on for second place ahead of France's Yasmin Dakhla and "
        "Spain's Lucia Ferrandez. Visitors love Britain's Lake District."
    )
    mentions = entities_of(text)
    assert {m.label for m in mentions if m.text == "Yasmin Dakhla"} == {"PERSON"}
    assert "PERSON" not in {m.label for m in mentions if m.text == "Lake District"}


def test_a_verb_opening_a_schedule_line_is_no_part_of_a_persons_name(entities_of):
    text = (
        "Tilda lives at the mill with her uncle. She walks home and leaves early.\n"
        "| 9:10 AM | Walks Tilda to the river and waits. |\n"
    )
    names = {m.canonical_name for m in entities_of(text) if m.label == "PERSON"}
    assert "Walks Tilda" not in names


def test_full_names_printed_without_separators_are_one_person_each(entities_of):
    text = "| Signed | Ivo Brandt, Mercer College Dorian Fisk Anne Coleby Marie Duval, author |\n"
    names = {m.canonical_name for m in entities_of(text) if m.label == "PERSON"}
    assert "Marie Duval" in names
    assert not [name for name in names if name.endswith("Marie Duval") and name != "Marie Duval"]


def test_a_name_whose_later_word_is_also_a_surname_stays_whole(entities_of):
    names = {
        m.canonical_name
        for m in entities_of("Crowds gathered to hear Martin Luther King Jr. speak in Selma.")
        if m.label == "PERSON"
    }
    assert not names & {"Martin Luther", "King Jr"}


def test_a_span_never_runs_from_one_line_into_the_next(nlp):
    doc = nlp("We ate at Kobori Shoten\nAdditional Information\nOpen daily.")
    start = next(t.i for t in doc if t.text == "Kobori")
    end = next(t.i for t in doc if t.text == "Additional") + 1
    assert trimmed(Span(doc, start, end, label="PERSON")).text == "Kobori Shoten"


def test_a_product_named_without_its_maker_is_the_full_product(entities_of):
    text = (
        "Coinbase Wallet is a separate app. You keep your own keys in Wallet, not on the exchange."
    )
    wallet = [m for m in entities_of(text) if m.text == "Wallet"]
    assert wallet and {(m.label, m.canonical_name) for m in wallet} == {
        ("PRODUCT", "Coinbase Wallet")
    }


def test_a_given_name_after_a_relative_or_before_an_age_is_a_person(entities_of):
    text = (
        "After leaving London the couple settled in California with their son Archie.\n"
        "Why did the chicken cross the playground? To get to the other slide!\n"
        "—Macy (10)\n"
    )
    mentions = entities_of(text)
    assert {m.label for m in _named(mentions, "Archie")} == {"PERSON"}
    assert {m.label for m in _named(mentions, "Macy")} == {"PERSON"}


def test_a_brand_that_is_also_a_given_name_stays_an_organisation(entities_of):
    mentions = entities_of("Shares in Porsche rose after Porsche raised its forecast.")
    assert "PERSON" not in {m.label for m in _named(mentions, "Porsche")}


def test_an_ap_state_abbreviation_after_a_city_is_the_state(entities_of):
    text = (
        "The new hotel opens in Orlando, Fla., next spring. Its owner, based in "
        "San Jose, Calif., plans a second one in Nashville, Tenn."
    )
    states = {m.canonical_name for m in entities_of(text) if m.label == "GPE"}
    assert {"Florida", "California"} <= states
    assert not {"Fla", "Calif", "Fla.", "Calif."} & states


def test_every_curated_name_resolves_to_itself_across_both_files():
    """The curated files agree: a canonical name looked up with its own label (a
    mention already resolved, looked up again) keeps that name and label; an entry
    limited to some labels wins over a general one ("Conservative Party" is NORP for
    the adjective, ORG for the party)."""
    import tomllib

    from tasks.aliases import load_aliases, shipped_paths

    table = load_aliases()
    conflicts = []
    for path in shipped_paths():
        for entry in tomllib.loads(path.read_text(encoding="utf-8")).get("entities", []):
            label, labels = entry["label"], entry.get("labels", [])
            if entry.get("when") or (labels and label not in labels):
                continue
            found = table.resolve(entry["canonical"], label, "")
            if found != (entry["canonical"], label):
                conflicts.append((path.name, entry["canonical"], label, found))
    assert not conflicts


def test_a_party_adjective_stays_a_group(entities_of):
    mentions = entities_of("He was attacked by a former Conservative chief whip on Monday.")
    assert {(m.label, m.canonical_name) for m in _named(mentions, "Conservative")} == {
        ("NORP", "Conservative Party")
    }


def test_a_country_before_a_players_name_is_the_place(entities_of):
    mentions = entities_of("In the second round Williams beat Slovakia's Daniela Hantuchova.")
    assert "ORG" not in {m.label for m in mentions if m.text.startswith("Slovakia")}


def test_the_lords_in_a_parliamentary_story_is_the_chamber(entities_of):
    text = "The plans face further Commons scrutiny on Tuesday before passing to the Lords."
    lords = _named(entities_of(text), "Lords")
    assert lords and {(m.label, m.canonical_name) for m in lords} == {("ORG", "House of Lords")}


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # apposition, and what the name is
        (
            "A recent trip to Kawana Suisan, a rice cracker store in Otaru, changed my mind. "
            "Dating back to 1950, Kawana Suisan is a rice cracker factory/store in Otaru.",
            "Kawana Suisan",
            "ORG",
        ),
        (
            "We are pleased to open Lam Son Bay, a destination resort in Vietnam.",
            "Lam Son Bay",
            "FAC",
        ),
        # a noun, then "called"
        (
            "In 2006 she had a sitcom called Thin Singer about her life.",
            "Thin Singer",
            "WORK_OF_ART",
        ),
        # the maker of a work
        (
            "She stars in A Long Night, directed by Jean-Luc Marchand.",
            "Jean-Luc Marchand",
            "PERSON",
        ),
        # a noun after a name the model took for a person or a product
        ("The cameras know me as soon as I walk into a ShopMart store.", "ShopMart", "ORG"),
    ],
)
def test_a_noun_describing_a_name_gives_its_type(entities_of, text, name, label):
    found = _named(entities_of(text), name)
    assert found and {m.label for m in found} == {label}


def test_a_role_before_one_word_or_an_adjective_in_man_gives_no_person(entities_of):
    mentions = entities_of(
        "The telex came from committee chairman Citibank. Jim Smith, a member of the "
        "three-man FCA board, agreed."
    )
    assert "PERSON" not in {m.label for m in mentions if m.text in ("Citibank", "FCA")}


def test_a_train_operator_is_an_organisation_and_a_ranch_a_building(entities_of):
    mentions = entities_of(
        "If you cannot board the bus, Selby Trains will book a taxi for you. "
        "Leaves Jas at Marnie's Ranch and returns home."
    )
    labels = {(m.text, m.label) for m in mentions}
    assert ("Selby Trains", "ORG") in labels
    assert ("Marnie's Ranch", "FAC") in labels


def test_a_caucus_or_coalition_is_an_organisation():
    # the model splits "the 34-member Hispanic Caucus" and calls the rest a person
    assert label_by_head("Hispanic Caucus", "PERSON") == "ORG"
    assert label_by_head("New Democrat Coalition", "NORP") == "ORG"


def test_a_venue_where_a_band_plays_is_a_building(entities_of):
    found = _named(
        entities_of("The Strokes played for 5,000 fans at London's Camden Academy on Friday."),
        "Camden Academy",
    )
    assert found and {m.label for m in found} == {"FAC"}


def test_a_given_name_before_an_age_after_a_comma_is_a_person(entities_of):
    text = "What do frogs order? French flies!\n—Lorena, age 8\nWhy?\n—Sierra, age 7"
    mentions = entities_of(text)
    found = _named(mentions, "Lorena") + _named(mentions, "Sierra")
    assert found and {m.label for m in found} == {"PERSON"}


def test_a_name_before_interpreter_is_a_program_and_laboratory_an_organisation(entities_of):
    mentions = entities_of(
        "You will need Cobra on your computer. If you see a response from a Cobra "
        "interpreter, Cobra is installed. The inquiry into Tarco went on. The Tarco "
        "doping scandal grew, and the Tarco laboratory faces charges."
    )
    assert {m.label for m in mentions if m.text == "Cobra"} == {"PRODUCT"}
    assert {m.label for m in mentions if m.text == "Tarco"} == {"ORG"}


def test_a_describing_noun_needs_its_place_and_a_maker_a_persons_name(entities_of):
    mentions = entities_of(
        "The memo was written by Home Office Minister Lord Falconer. In the same suburb "
        "Murphys bar will close."
    )
    labels = {m.text: m.label for m in mentions}
    assert labels["Home Office"] == "ORG"
    assert labels["Murphys"] != "GPE"


def test_a_football_club_named_by_its_town_is_the_club_in_a_football_story(entities_of):
    text = "Rotherham keeper Sam Okoro is set to join Preston on a month's loan."
    found = {m.text: (m.label, m.canonical_name) for m in entities_of(text)}
    assert found["Preston"] == ("ORG", "Preston North End")
    elsewhere = entities_of("Sam Okoro was born in Preston and moved to Leeds in 1990.")
    assert {m.label for m in elsewhere if m.text in ("Preston", "Leeds")} <= {"GPE", "LOC"}


def test_a_plan_named_as_such_is_filed_with_laws(entities_of):
    text = (
        "The Blue Compact for Africa is the most ambitious investment plan ever presented "
        "by a party. The Blue Compact for Africa would cost billions."
    )
    found = _named(entities_of(text), "Blue Compact for Africa")
    assert found and {m.label for m in found} == {"LAW"}


def test_what_only_an_organisation_owns_makes_its_owner_one(entities_of):
    mentions = entities_of(
        "Greenfield Aid condemned the decision. Sarah Cole, Greenfield Aid's head of trade "
        "policy, said it was wrong."
    )
    labels = {m.label for m in mentions if m.canonical_name == "Greenfield Aid"}
    assert labels == {"ORG"}
    assert {m.label for m in mentions if m.text == "Sarah Cole"} == {"PERSON"}


def test_a_companys_name_before_another_name_is_its_product(entities_of):
    mentions = entities_of(
        "You can use Google Authenticator or a text message to get the code. "
        "Users of Microsoft Excel can export the table. She joined BBC News in 1999."
    )
    labels = {m.text: m.label for m in mentions}
    assert labels.get("Google Authenticator") == "PRODUCT"
    assert labels.get("Microsoft Excel") == "PRODUCT"
    # a part of the company stays the company's
    assert labels.get("BBC News") == "ORG"


def test_a_journal_the_curated_names_lack_is_spelled_out_word_by_word(entities_of):
    text = (
        "References\n"
        "1. Moss KT, Arden PL. Gout flares in the elderly. Clin Rheumatol. 2016;35:12-8.\n"
        "2. Vance R, Lu W. Bone loss after steroids. Osteoporos Int. 2018;29:401-9.\n"
    )
    names = {m.canonical_name: m.label for m in entities_of(text)}
    assert names.get("Clinical Rheumatology") == "ORG"
    assert names.get("Osteoporosis International") == "ORG"


def test_a_maker_named_just_before_its_model_is_one_product(entities_of):
    mentions = entities_of("The car, a 1998 Toyota Starlet, was found burnt out near the river.")
    products = [(m.text, m.label) for m in mentions if "Starlet" in m.text]
    assert products == [("Toyota Starlet", "PRODUCT")]


def test_a_news_agency_by_its_short_name_takes_its_full_name(entities_of):
    mentions = entities_of("The minister told AFP that talks would resume.")
    assert {m.canonical_name for m in mentions if m.text == "AFP"} == {"Agence France-Presse"}


def test_a_full_name_the_model_called_an_organisation_is_a_person_by_her_pronoun(nlp):
    text = (
        'Darleen Pruvost won her third title in Gothenburg on Sunday. "I felt strong all '
        'day," said Pruvost.'
    )
    doc = nlp(text)
    mentions = extract_entities(doc, "t")
    pruvost = [m for m in mentions if "Pruvost" in m.text]
    assert {(m.label, m.canonical_name) for m in pruvost} == {("PERSON", "Darleen Pruvost")}
    quotes = extract_quotes(doc, "t", mentions, "")
    assert [q.speaker_key for q in quotes] == ["PERSON:darleen-pruvost"]


def test_a_full_name_that_is_the_subject_of_said_is_a_person(entities_of):
    mentions = entities_of("Helena Vossberg said the changes were overdue.")
    assert {m.label for m in _named(mentions, "Helena Vossberg")} == {"PERSON"}


@pytest.mark.parametrize(
    "text",
    [
        # one works at an organisation named after its founders
        "Shares rose after Merrill Lynch said it would cut jobs. Tom Bell, an analyst at "
        "Merrill Lynch, said profits would fall.",
        # a newspaper's name opens with a word that is also a given name
        "The Sunday Times said the bid would fail.",
        # a role, not a name
        "The Roman Catholic Archbishop said the policy was wrong.",
    ],
)
def test_a_company_named_like_a_person_stays_an_organisation(entities_of, text):
    assert all(m.label != "PERSON" for m in entities_of(text) if "Tom" not in m.text)


@pytest.mark.parametrize(
    "text",
    [
        "The shortlist: Anna Kowalczyk (Poland), Fabiola Zurbaran (Colombia) and Lisa "
        "Hartmann (Germany).",
        "Seeds:\n\n8 Lisa Hartmann (Germany)\n\n9 Fabiola Zurbaran (Colombia)\n\n10 Anna "
        "Kowalczyk (Poland)",
        "The award went to Fabiola Zurbaran and Lisa Hartmann for their work on the bridge.",
    ],
)
def test_a_full_name_listed_beside_people_is_a_person(entities_of, text):
    assert {m.label for m in _named(entities_of(text), "Fabiola Zurbaran")} == {"PERSON"}


def _bare_and_completed(nlp, text: str, word: str, forms: list[tuple[str, str]]):
    """Mentions of ``word`` in ``text`` after its first, with (label, canonical) forms."""
    from tasks.entities import _Mention

    doc = nlp(text)
    spans = [doc.char_span(m.start(), m.end()) for m in re.finditer(word, text)][1:]
    return [
        _Mention(span=span, name=word, label=label, canonical=canonical)
        for span, (label, canonical) in zip(spans, forms, strict=True)
    ]


def test_a_bare_name_stands_for_the_long_form_its_other_mentions_have(nlp):
    """ "Dion" the model called an organisation once, where its other mentions are the
    person completed to "Céline Dion" from the text: that person too."""
    from tasks.entity_people import vote_by_name

    text = "Fans love Magda Ferrante. Ferrante sang first. Then Ferrante joined the band."
    forms = [("PERSON", "Magda Ferrante"), ("ORG", "Ferrante")]
    mentions = _bare_and_completed(nlp, text, "Ferrante", forms)
    vote_by_name(mentions, lambda name: False)
    assert [(m.label, m.canonical) for m in mentions] == [("PERSON", "Magda Ferrante")] * 2


def test_a_bare_place_after_in_keeps_its_type(nlp):
    from tasks.entity_people import vote_by_name

    text = "Ellis Bramford met us. Later Bramford flew home to Bramford."
    forms = [("PERSON", "Ellis Bramford"), ("GPE", "Bramford")]
    mentions = _bare_and_completed(nlp, text, "Bramford", forms)
    vote_by_name(mentions, lambda name: False)
    assert mentions[1].label == "GPE"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The grid was designed by Marlow and Tennant in 1964, and later work by "
            "Pellow, Schmidt and Hansen refined it.",
            "Pellow",
        ),
        (
            "Rovers: Gordon, Webster, Miller, Hartley, Neilson, McAllister, Berra, "
            "Burchill, Wallace.",
            "Berra",
        ),
    ],
)
def test_a_one_word_name_listed_among_people_is_a_person(entities_of, text, name):
    assert {m.label for m in _named(entities_of(text), name)} == {"PERSON"}


def test_a_name_in_a_pair_with_a_person_keeps_its_type(entities_of):
    mentions = entities_of("Bookmakers William Hill and Ladbrokes cut the odds on Tuesday.")
    assert all(m.label != "PERSON" for m in _named(mentions, "Ladbrokes"))


def test_a_one_word_person_opening_a_company_named_before_is_the_company(nlp):
    """ "Investors piled into Cairn" after "Cairn Energy": the model's person is the
    company's short name; a given name ("Gordon") is left alone."""
    from tasks.entities import _Mention
    from tasks.entity_acronyms import resolve_short_forms

    text = "Shares in Tarnwell Energy fell. Investors piled into Tarnwell and Gordon."
    doc = nlp(text)

    def mention(word: str, label: str, occurrence: int = 0) -> _Mention:
        start = [m.start() for m in re.finditer(word, text)][occurrence]
        name = word
        return _Mention(doc.char_span(start, start + len(word)), name, label, canonical=name)

    company = mention("Tarnwell Energy", "ORG")
    short = mention("Tarnwell", "PERSON", 1)
    given = mention("Gordon", "PERSON")
    other = _Mention(company.span, "Gordon Brothers", "ORG", canonical="Gordon Brothers")
    resolve_short_forms([company, other, short, given], lambda name: False)
    assert (short.label, short.canonical) == ("ORG", "Tarnwell Energy")
    assert (given.label, given.canonical) == ("PERSON", "Gordon")


# Round 10 (ents4): types from evidence the small model does not read, and spans the
# model cuts at a particle or runs from a nationality.


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # a noun before a comma the name says which one it is
        (
            "Their machine, CardioWatch, was designed by students. CardioWatch reads "
            "a heartbeat in minutes.",
            "CardioWatch",
            "PRODUCT",
        ),
        # "novel" tagged an adjective after a possessive
        (
            "The opera follows Anna Verel's novel Silent Harbour, which sold well in France.",
            "Silent Harbour",
            "WORK_OF_ART",
        ),
        # a kind of place before "of"
        (
            "The windswept island of Korvasa, long left to seabirds, has farmers again. "
            "A ferry reaches Korvasa twice a week.",
            "Korvasa",
            "LOC",
        ),
        # a band named by its front man
        (
            "The festival has booked former Velvet Lantern frontman Tomas Reyne for Saturday.",
            "Velvet Lantern",
            "ORG",
        ),
        # a club's last word
        (
            "Marta Sillen has finished buying Dunmore United. Dunmore United will build a stand.",
            "Dunmore United",
            "ORG",
        ),
        # a person's other name after "aka"
        (
            "DJ Peter Hollis - aka Lowfield Slim - says club music is thriving again.",
            "Lowfield Slim",
            "PERSON",
        ),
    ],
)
def test_a_name_takes_the_type_its_describing_words_give(entities_of, text, name, label):
    named = _named(entities_of(text), name)
    assert named and {m.label for m in named} == {label}


def test_a_family_name_particle_takes_the_name_after_it(entities_of):
    mentions = entities_of("Commission president Ursula von der Leyen said the plan was ambitious.")
    assert "Ursula von der Leyen" in {m.text for m in mentions}
    assert "Ursula von der" not in {m.text for m in mentions}


def test_a_nationality_before_a_persons_name_is_no_part_of_it(entities_of):
    mentions = entities_of("Kenyan Bernard Lagat won the race in Boston on Sunday.")
    assert "Bernard Lagat" in {m.text for m in mentions}
    assert "Kenyan Bernard Lagat" not in {m.text for m in mentions}


# Round 11 (issue 17): the model's mistakes of class, each with an invented text.


def test_a_column_header_that_names_its_type_is_no_entity(entities_of):
    text = (
        "Councillors who backed the motion.\n"
        "| Borough | Candidate | Telephone |\n"
        "|---|---|---|\n"
        "| Lower Fenwick | Ada Morrow | 0100 |\n"
        "| Hatherby | Colm Rourke | 0101 |\n"
    )
    mentions = entities_of(text)
    assert not [m for m in mentions if m.text in ("Borough", "Candidate")]
    assert "Lower Fenwick" in {m.text for m in mentions if m.label == "GPE"}


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "The gadget is sold by electronics firms like Norvane, Qelix, Tamboro and Vesk "
            "in most markets.",
            ("Norvane", "Qelix", "Vesk"),
        ),
        (
            "Rival chipmakers such as Corvanta, Ilvex and Treon saw their shares fall.",
            ("Corvanta", "Ilvex", "Treon"),
        ),
        ("Analysts said banks including Harlow, Brandt and Veritel would lose most.", ("Harlow",)),
    ],
)
def test_names_listed_as_examples_of_a_kind_take_its_type(entities_of, text, names):
    labels = {m.text: m.label for m in entities_of(text)}
    assert {labels.get(name) for name in names} == {"ORG"}


def test_a_given_name_between_a_title_and_a_place_makes_a_person(nlp):
    from tasks.entity_spans import titled_name

    doc = nlp("The talks were led by Brigadier Halim Dravost and a banker.")
    at = [t.text for t in doc].index("Dravost")
    doc.ents = [Span(doc, at, at + 1, label="GPE")]
    person = titled_name(doc.ents[0])
    assert person is not None and (person.text, person.label_) == ("Halim Dravost", "PERSON")
    mentions = extract_entities(doc, "t")
    assert [(m.text, m.label) for m in mentions] == [("Halim Dravost", "PERSON")]


def test_a_place_before_a_title_is_not_widened_over_it(nlp):
    doc = nlp("The talks were led by the army chief in Valdoria Brigadier Halim Dravost.")
    words = [t.text for t in doc]
    place, surname = words.index("Valdoria"), words.index("Dravost")
    doc.ents = [Span(doc, place, place + 1, "GPE"), Span(doc, surname, surname + 1, "GPE")]
    mentions = {(m.text, m.label) for m in extract_entities(doc, "t")}
    assert mentions == {("Valdoria", "GPE"), ("Halim Dravost", "PERSON")}


def test_a_general_company_keeps_its_name(nlp):
    doc = nlp("Shares of General Tarvex Motors rose after the results.")
    assert all(m.label != "PERSON" for m in extract_entities(doc, "t"))


def test_a_big_citys_former_name_is_filed_under_its_name(entities_of):
    mentions = entities_of("Envoys flew from Peking to Rangoon for two days of talks.")
    names = {m.text: m.canonical_name for m in mentions if m.label == "GPE"}
    assert names == {"Peking": "Beijing", "Rangoon": "Yangon"}


# Round 12 (ents6): company names completed from the long form in the same story.


def _with_ents(nlp, text: str, ents: list[tuple[str, str, int]]):
    """``text`` parsed, its entities set by hand: (words, label, occurrence)."""
    doc = nlp(text)
    spans = []
    for words, label, occurrence in ents:
        start = [m.start() for m in re.finditer(re.escape(words), text)][occurrence]
        spans.append(doc.char_span(start, start + len(words), label=label))
    doc.ents = spans
    return doc


def test_a_name_in_wire_angle_brackets_is_a_company(entities_of):
    mentions = entities_of(
        "Harlow Mills Inc said it agreed to buy <Kestrel Pump Works Co> for cash.\n\n"
        "Kestrel, which makes valves for dairies, had sales of 12 mln dlrs last year."
    )
    names = {m.text: (m.label, m.canonical_name) for m in mentions}
    assert names["Kestrel Pump Works Co"] == ("ORG", "Kestrel Pump Works Co")
    assert names["Kestrel"] == ("ORG", "Kestrel Pump Works Co")
    assert not any("<" in m.text or ">" in m.text for m in mentions)


def test_an_acronym_may_take_two_letters_of_one_word(entities_of):
    mentions = entities_of(
        "The Atlantic Cocoa Organization (ACCO) met in Lisbon on Monday. "
        "Delegates said the ACCO would vote on the new rules, and Acco staff agreed."
    )
    assert {m.canonical_name for m in mentions if m.text in ("ACCO", "Acco")} == {
        "Atlantic Cocoa Organization"
    }


def test_a_word_of_the_name_in_brackets_is_no_acronym():
    from tasks.entity_acronyms import _initials_match

    assert not _initials_match("Lisbon", "Tagus Finance (Lisbon) Ltd")
    assert _initials_match("TFL", "Tagus Finance (Lisbon) Ltd")


def test_a_companys_first_words_take_its_full_name(nlp):
    text = (
        "Verlaine Freight Lines Corp said it would ask holders to back a bigger board.\n\n"
        "Verlaine Freight also said that Quellmark AG would buy a stake in it.\n\n"
        "Quellmark gained in Zurich, and Texas Instruments Inc fell in Texas.\n\n"
        "Ardennic Pipeline Co said Ardennic lost money. Ardennic sold gas and "
        "Ardennic bought oil."
    )
    doc = _with_ents(
        nlp,
        text,
        [
            ("Verlaine Freight Lines Corp", "ORG", 0),
            ("Verlaine Freight", "PERSON", 1),
            ("Quellmark AG", "ORG", 0),
            ("Quellmark", "GPE", 1),
            ("Zurich", "GPE", 0),
            ("Texas Instruments Inc", "ORG", 0),
            ("Texas", "GPE", 1),
            ("Ardennic Pipeline Co", "ORG", 0),
            ("Ardennic", "ORG", 1),
            ("Ardennic", "NORP", 2),
            ("Ardennic", "ORG", 3),
        ],
    )
    found = {(m.text, m.label, m.canonical_name) for m in extract_entities(doc, "t")}
    assert ("Verlaine Freight", "ORG", "Verlaine Freight Lines Corp") in found
    assert ("Quellmark", "ORG", "Quellmark AG") in found
    # a place the gazetteer knows stays the place
    assert ("Texas", "GPE", "Texas") in found
    # the model's group among the company's mentions is the company
    assert {(m[1], m[2]) for m in found if m[0] == "Ardennic"} == {("ORG", "Ardennic Pipeline Co")}


def test_a_name_after_words_only_a_company_follows_is_a_company(nlp):
    text = (
        "Halvard Chemicals Inc has lately set up a joint venture with Ostrelin Tehtaat to "
        "build a plant. The venture will be 51 pct owned by Ostrelin Tehtaat.\n\n"
        "Traders bought shares of Barlow Tann, and Marta Kessel took a stake in Prague "
        "for a hotel owned by Marta Kessel."
    )
    doc = _with_ents(
        nlp,
        text,
        [
            ("Halvard Chemicals Inc", "ORG", 0),
            ("Ostrelin Tehtaat", "PRODUCT", 0),
            ("Ostrelin Tehtaat", "PRODUCT", 1),
            ("Barlow Tann", "PERSON", 0),
            ("Marta Kessel", "PERSON", 0),
            ("Prague", "GPE", 0),
            ("Marta Kessel", "PERSON", 1),
        ],
    )
    labels = {(m.text, m.label) for m in extract_entities(doc, "t")}
    assert ("Ostrelin Tehtaat", "ORG") in labels and ("Ostrelin Tehtaat", "PRODUCT") not in labels
    assert ("Barlow Tann", "ORG") in labels
    assert ("Prague", "GPE") in labels
    assert ("Marta Kessel", "PERSON") in labels and ("Marta Kessel", "ORG") not in labels


def test_a_name_an_industry_calls_a_giant_is_a_company(nlp):
    """ "steel giant Korvath" is a company wherever the model put it; "the giant"
    names no industry, and a person's full name stays a person."""
    text = (
        "The steel giant Korvath said on Monday that Korvath would close two furnaces. "
        "Analysts said the giant Pellano was next. Literary giant Tomas Reyland spoke."
    )
    doc = _with_ents(
        nlp,
        text,
        [
            ("Korvath", "PERSON", 0),
            ("Korvath", "PERSON", 1),
            ("Pellano", "GPE", 0),
            ("Tomas Reyland", "PERSON", 0),
        ],
    )
    labels = {(m.text, m.label) for m in extract_entities(doc, "t")}
    assert ("Korvath", "ORG") in labels and ("Korvath", "PERSON") not in labels
    assert ("Pellano", "GPE") in labels
    assert ("Tomas Reyland", "PERSON") in labels


def test_a_nationality_no_suffix_makes_is_a_group(nlp):
    """ "Welsh" and "Dutch" are nationalities wherever the model put them; a surname
    after a title stays the person's."""
    text = (
        "The Welsh pack held firm at Cardiff Arms Park, and the Dutch coach praised them. "
        "Ms Welsh, the referee, waved play on."
    )
    doc = _with_ents(
        nlp,
        text,
        [("Welsh", "PERSON", 0), ("Dutch", "ORG", 0), ("Welsh", "PERSON", 1)],
    )
    found = [(m.text, m.label) for m in extract_entities(doc, "t")]
    assert ("Welsh", "NORP") in found and ("Dutch", "NORP") in found
    assert ("Welsh", "PERSON") in found


def test_a_league_the_model_calls_a_person_is_an_organisation_in_sport(nlp):
    """ "Premiership" is the league in a football report, and stays what the model
    said where no sports word is (a prime minister's term)."""
    football = "The striker has scored nine goals in the Premiership since August."
    doc = _with_ents(nlp, football, [("Premiership", "PERSON", 0)])
    assert [(m.text, m.label) for m in extract_entities(doc, "t")] == [("Premiership", "ORG")]
    politics = "Premiership of Harold Quarmby began in a cold spring."
    doc = _with_ents(nlp, politics, [("Premiership", "PERSON", 0), ("Harold Quarmby", "PERSON", 0)])
    labels = {m.text: m.label for m in extract_entities(doc, "t")}
    assert labels.get("Premiership") != "ORG"


def test_works_of_engineering_and_charters_by_their_head():
    assert label_by_head("Marlow Hill Tunnel", "ORG") == "FAC"
    assert label_by_head("Pelworth Road Station", "PERSON") == "FAC"
    assert label_by_head("Grimsby Moor Prison", "ORG") == "FAC"
    assert label_by_head("Quorvex Riders Charter", "ORG") == "LAW"


@pytest.mark.parametrize(
    ("name", "given", "label"),
    [
        ("Cie Valmorine", "PERSON", "ORG"),
        ("Banco Ferrante", "GPE", "ORG"),
        ("Convention on Migrant Birds", "ORG", "LAW"),
        ("Treaty of Velsk", "ORG", "LAW"),
        ("Magna Carta", "ORG", "LAW"),
        ("Convention of Upland Councils", "ORG", "ORG"),
    ],
)
def test_company_openings_and_law_kinds_before_on_or_of(name, given, label):
    assert label_by_head(name, given) == label


def test_a_british_county_after_from_is_the_place(entities_of):
    entities = entities_of("The baker, who moved from Devon last spring, now sells pies in town.")
    assert {(e.text, e.label) for e in entities} >= {("Devon", "GPE")}


@pytest.mark.parametrize(
    "text",
    [
        "The handheld will go on sale in May and the first batch will come with Ant-Boy 2 "
        "on a disc.",
        "Hawk-Girl 2 is adding two new playable characters to the game next month.",
    ],
)
def test_a_name_ending_in_a_sequels_number_is_a_title_where_titles_are_spoken_of(entities_of, text):
    numbered = [e for e in entities_of(text) if e.text.endswith(" 2")]
    assert numbered and all(e.label == "WORK_OF_ART" for e in numbered)


def test_a_player_and_his_minute_stay_a_person(entities_of):
    assert ("Burke 4", "PERSON") in {
        (e.text, e.label) for e in entities_of("Goals: Lita 9, Burke 4.")
    }


def test_an_institutions_head_outweighs_the_kind_of_list_it_is_in(entities_of):
    entities = entities_of(
        "Lending nations and agencies including the Pacific Rim Development Bank have "
        "promised 300 mln dlrs."
    )
    assert {e.label for e in entities if "Development Bank" in e.text} == {"ORG"}


def test_a_name_before_newspaper_is_the_paper(entities_of):
    entities = entities_of("Speaking to the Gazette newspaper, Mr Hale said the plan was dead.")
    assert ("Gazette", "ORG") in {(e.text, e.label) for e in entities}


def test_a_name_after_a_share_in_percent_is_a_company(entities_of):
    entities = entities_of(
        "Halvorsen Ltd said it had bought 45 pct of Brandtvik from the family that founded it."
    )
    assert ("Brandtvik", "ORG") in {(e.text, e.label) for e in entities}


def test_a_known_place_after_a_share_in_percent_stays_out_of_companies(entities_of):
    entities = entities_of("Aid accounts for 30 pct of Malawi's spending.")
    assert ("Malawi", "ORG") not in {(e.text, e.label) for e in entities}


def test_a_place_that_qualifies_the_noun_after_a_share_cue_stays_a_place(entities_of):
    entities = entities_of(
        "Harlan Media Inc said it agreed to buy 100 pct of Quebec City radio station CKVX-FM."
    )
    assert ("Quebec City", "GPE") in {(e.text, e.label) for e in entities}


def test_a_name_after_a_kind_of_ship_is_a_product(entities_of):
    mentions = entities_of(
        "Gunboats fired on the Liberian tanker Morwenna Bay near the strait on Sunday. "
        "The crew of the Morwenna Bay was safe, the owners said."
    )
    assert {m.label for m in _named(mentions, "Morwenna Bay")} == {"PRODUCT"}


def test_a_name_after_a_ship_carrier_is_a_product_and_after_an_airline_one_an_org(entities_of):
    ship = entities_of("The Greek bulk carrier Harlowen Star ran aground off Crete on Monday.")
    assert {m.label for m in _named(ship, "Harlowen Star")} == {"PRODUCT"}
    airline = entities_of("Fares were cut by the regional carrier Harlowen Air on Monday.")
    assert {m.label for m in _named(airline, "Harlowen Air")} == {"ORG"}


def test_a_name_with_a_ships_tonnage_is_a_product(entities_of):
    after = entities_of(
        "Lloyds said the Panamanian-flag Alkmini Pride, 38,500 dwt, was hit by a missile on Sunday."
    )
    assert {m.label for m in _named(after, "Alkmini Pride")} == {"PRODUCT"}
    before = entities_of("Shipping sources said the 123,000-dwt Orinoco Queen was aground.")
    assert {m.label for m in _named(before, "Orinoco Queen")} == {"PRODUCT"}
    nationality = entities_of("The 4,120 dwt Danish motor vessel Karsten Vig sank on Friday.")
    assert {m.label for m in _named(nationality, "Danish")} == {"NORP"}


def test_a_code_of_capitals_and_four_digits_is_a_product():
    assert label_by_head("QRX4417", "ORG") == "PRODUCT"
    assert label_by_head("BTZ-20931", "GPE") == "PRODUCT"
    # Fewer digits: an index or a model number, left to the model.
    assert label_by_head("QRX-100", "ORG") == "ORG"
    assert label_by_head("Quorvex", "ORG") == "ORG"


def test_a_name_whose_possessive_has_a_company_officer_is_an_organisation(entities_of):
    mentions = entities_of("Halvorsen Tabb's chief financial officer resigned on Monday.")
    assert {m.label for m in _named(mentions, "Halvorsen Tabb")} == {"ORG"}
    director = entities_of("But Quorvan Deccan's managing director has said the price was lower.")
    assert {m.label for m in _named(director, "Quorvan Deccan")} == {"ORG"}
    person = entities_of("Marta Quist's chief of staff said she was tired.")
    assert {m.label for m in _named(person, "Marta Quist")} == {"PERSON"}
