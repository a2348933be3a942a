"""Entity mentions, name cleaning and within-document resolution."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from core.errors import DossierError
from tasks.aliases import load_aliases
from tasks.entities import clean_name, dateline_place, entity_key, extract_entities
from tasks.entity_people import ends_with, given_name_led


@pytest.fixture(scope="module")
def entities_of(nlp):
    def run(text: str):
        return extract_entities(nlp(text), "t")

    return run


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        ("the United States", "GPE", "United States"),
        ("Russia’s", "GPE", "Russia"),
        ("China's", "GPE", "China"),
        ("U.S.", "GPE", "U.S."),
        ("Moscow.", "GPE", "Moscow"),
        ("Shanghai Cooperation Organization (SCO", "ORG", "Shanghai Cooperation Organization"),
        ("Mr. John Smith", "PERSON", "John Smith"),
        ("President Joe\nBiden", "PERSON", "Joe Biden"),
        ("Gen. Mark Milley", "PERSON", "Mark Milley"),
    ],
)
def test_clean_name(text, label, expected):
    assert clean_name(text, label) == expected


def test_entity_key_is_stable_and_readable():
    assert entity_key("PERSON", "Zhang Xin") == "PERSON:zhang-xin"
    assert entity_key("PERSON", "José  Álvarez") == entity_key("PERSON", "Jose Alvarez")
    assert entity_key("ORG", "RFE/RL") == "ORG:rfe-rl"


def test_seed_people_are_one_entity_each(seed_doc, seed_gold):
    mentions = extract_entities(seed_doc, "seed")
    for person, forms in seed_gold["people"].items():
        keys = {m.entity_key for m in mentions if m.label == "PERSON" and m.text in forms}
        assert keys == {entity_key("PERSON", person)}, person


def test_seed_acronym_links_to_its_long_form(seed_doc):
    mentions = extract_entities(seed_doc, "seed")
    sco = {
        m.canonical_name for m in mentions if m.text in ("SCO", "Shanghai Cooperation Organization")
    }
    assert sco == {"Shanghai Cooperation Organization"}


def test_offsets_point_at_the_mention_text(seed_doc, seed_text):
    for mention in extract_entities(seed_doc, "seed"):
        assert seed_text[mention.start_char : mention.end_char] == mention.text


def test_surname_before_full_name_resolves_forward(entities_of):
    mentions = entities_of(
        "Okafor arrived late. Later, Samuel Okafor told the committee he had been delayed."
    )
    okafor = [m for m in mentions if m.label == "PERSON"]
    assert {m.canonical_name for m in okafor} == {"Samuel Okafor"}


def test_surname_takes_the_nearest_preceding_full_name(entities_of):
    mentions = entities_of(
        "Anna Berg met Erik Berg in Oslo. Anna Berg spoke first. Later Erik Berg arrived, "
        "and Berg said the talks went well."
    )
    last = [m for m in mentions if m.text == "Berg"][-1]
    assert last.canonical_name == "Erik Berg"


def test_seed_united_states_is_one_entity(seed_doc):
    mentions = extract_entities(seed_doc, "seed")
    keys = {m.entity_key for m in mentions if m.text in ("U.S.", "the United States")}
    assert keys == {"GPE:united-states"}


@pytest.mark.parametrize(
    ("name", "label", "expected"),
    [
        ("U.S.", "GPE", ("United States", "GPE")),
        ("America", "GPE", ("United States", "GPE")),
        ("the US", "ORG", ("United States", "GPE")),
        ("Britain", "GPE", ("United Kingdom", "GPE")),
        ("UK", "GPE", ("United Kingdom", "GPE")),
        ("Russian Federation", "GPE", ("Russia", "GPE")),
        ("Viet Nam", "GPE", ("Vietnam", "GPE")),  # from pycountry
        ("Uzbekistan", "NORP", ("Uzbekistan", "GPE")),
        ("Nato", "ORG", ("North Atlantic Treaty Organization", "ORG")),
    ],
)
def test_aliases_resolve_across_documents(name, label, expected):
    assert load_aliases().resolve(name, label) == expected


def test_person_names_are_not_looked_up_as_places():
    assert load_aliases().resolve("Jordan", "PERSON") is None
    assert load_aliases().resolve("in", "GPE") is None


def test_user_alias_file_extends_and_overrides(tmp_path):
    extra = tmp_path / "aliases.toml"
    extra.write_text(
        '[[entities]]\ncanonical = "Shell"\nlabel = "ORG"\naliases = ["Royal Dutch Shell"]\n'
        '[[entities]]\ncanonical = "USA"\nlabel = "GPE"\naliases = ["America"]\n'
    )
    table = load_aliases(str(extra))
    assert table.resolve("Royal Dutch Shell", "ORG") == ("Shell", "ORG")
    assert table.resolve("America", "GPE") == ("USA", "GPE")
    assert table.resolve("Britain", "GPE") == ("United Kingdom", "GPE")


def test_malformed_alias_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "aliases.toml"
    bad.write_text('[[entities]]\ncanonical = "X"\n')
    with pytest.raises(DossierError, match=r"alias file .*entry 1"):
        load_aliases(str(bad))


@pytest.mark.parametrize(
    ("text", "place", "canonical"),
    [
        # The capital, not the state (issue 17): a federal dateline and the Senate.
        ("WASHINGTON (AP) — The Senate voted on Tuesday.", "Washington", "Washington, D.C."),
        ("KABUL, Aug 9 (Reuters) - Taliban fighters took a city.", "Kabul", "Kabul"),
        (
            "Storm hits coast\n\nLA CROSSE, Wisc. — Gov. Mike Pence spoke.",
            "La Crosse",
            "La Crosse",
        ),
    ],
)
def test_dateline_is_a_place(entities_of, text, place, canonical):
    assert dateline_place(text)[2] == place
    mentions = entities_of(text)
    first = min(mentions, key=lambda m: m.start_char)
    assert (first.canonical_name, first.label) == (canonical, "GPE")
    assert text[first.start_char : first.end_char].title() == place


def test_keys_are_the_same_in_every_document(nlp):
    first = extract_entities(nlp("The U.S. and Britain signed the deal."), "a")
    second = extract_entities(nlp("America and the United Kingdom signed the deal."), "b")
    assert (
        {m.entity_key for m in first}
        == {m.entity_key for m in second}
        == {
            "GPE:united-states",
            "GPE:united-kingdom",
        }
    )


# --- Issue 17: non-entities, types, spans, names and keys on real news -------------


def _keys(mentions) -> set[str]:
    return {m.entity_key for m in mentions}


def _by_text(mentions, text: str):
    return [m for m in mentions if m.text == text]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The report isn’t finished and it doesn’t say when.", "n’t"),
        ("Write to damian.green.mp@parliament.uk for details.", "damian"),
        ("Read more at www.example.com/news today.", "example"),
        ("try:\n    parse(x)\n    except ValueError as e:\n    pass", "ValueError"),
        ("Penny likes |  | the library. | Sunday | rain |", "|"),
        ("Add the masala and stir the onions in a nonstick pan.", "masala"),
        ("Dubbed 'the cost killer', Carlos Ghosn cut costs at Nissan.", "Dubbed"),
        ("We built it as a DIY project with Docker on Linux.", "DIY"),
        ("AI will change how Microsoft builds software, said Satya Nadella.", "AI"),
        # a list item's first word, a verb the text writes in lowercase too
        (
            "Members of the club must:\n• Register with the secretary before June.\n"
            "• Pay the annual fee of £20.\nYou can register online or pay by cheque.",
            "Register",
        ),
    ],
)
def test_non_entities_are_dropped(entities_of, text, absent):
    assert not [m for m in entities_of(text) if absent in m.text]


def test_heading_filling_its_line_is_not_an_organisation(entities_of):
    text = (
        "Bougainvillea grows fast in warm gardens and needs little water.\n"
        "Grooming & Maintenance\n"
        "Many homeowners let the plant grow wild over fences and walls."
    )
    assert not [m for m in entities_of(text) if "Grooming" in m.text]


def test_an_email_is_not_anguilla_nor_a_person(entities_of):
    mentions = entities_of("AI researchers met in Geneva. AI is not a country.")
    assert "GPE:anguilla" not in _keys(mentions)


@pytest.mark.parametrize(
    ("text", "name", "key"),
    [
        ("Twitter said on Monday it would remove the posts.", "Twitter", "ORG:twitter"),
        ("The phone runs Android and ships in May.", "Android", "PRODUCT:android"),
        ("Docker makes it easy to ship the app, said Itamar Turner.", "Docker", "PRODUCT:docker"),
        ("Zotac announced two new graphics cards on Tuesday.", "Zotac", "ORG:zotac"),
        ("We installed Debian on the laptop, then Ubuntu.", "Ubuntu", "PRODUCT:ubuntu"),
    ],
)
def test_platforms_companies_and_products_take_their_type(entities_of, text, name, key):
    found = [m for m in entities_of(text) if m.canonical_name == name]
    assert found and {m.entity_key for m in found} == {key}


def test_a_club_named_by_its_city_is_an_organisation_in_football_news(entities_of):
    football = entities_of(
        "Barcelona stayed top of the league after their striker scored twice against Sevilla."
    )
    travel = entities_of("We spent a week in Barcelona, walking the old town with friends.")
    assert "ORG:fc-barcelona" in _keys(football)
    assert "GPE:barcelona" in _keys(travel)


def test_agreements_are_laws_and_awards_are_events(entities_of):
    mentions = entities_of(
        "The United States rejoined the Paris Agreement in February. "
        "She won at the MTV Europe Music Awards in Lisbon."
    )
    labels = {m.canonical_name: m.label for m in mentions}
    assert labels.get("Paris Agreement") == "LAW"
    assert labels.get("MTV Europe Music Awards") == "EVENT"


def test_a_surname_the_model_calls_a_place_is_the_person(entities_of):
    mentions = entities_of(
        "Everton manager David Moyes praised his side. "
        'Moyes, whose team is fourth, said: "We were good."\n\n'
        "Team: Martyn, Hibbert, Yobo, Weir, Moyes."
    )
    people = [m for m in mentions if m.text == "Moyes"]
    assert people and {(m.label, m.canonical_name) for m in people} == {("PERSON", "David Moyes")}


def test_first_name_and_initial_resolve_to_the_full_name(entities_of):
    mentions = entities_of(
        "Zoe Anderson, a teacher from Leeds, called a plumber. Zoe waited all day. "
        "Thanks to Henrik Pelto for the joke. Henrik P. sent another one."
    )
    names = {m.text: m.canonical_name for m in mentions}
    assert names.get("Zoe") == "Zoe Anderson"
    assert names.get("Henrik P.") == "Henrik Pelto"


def test_a_royal_first_name_is_not_another_person(entities_of):
    mentions = entities_of(
        "Charles Kennedy, the Liberal Democrat leader, spoke on Tuesday. "
        "Prince Charles visited the hospital on Wednesday."
    )
    prince = [m for m in mentions if "Charles" in m.text and "Kennedy" not in m.text]
    assert prince and all(m.canonical_name != "Charles Kennedy" for m in prince)


def test_a_royal_given_name_takes_the_titled_full_name(entities_of):
    mentions = entities_of(
        "Foreign Minister Prince Faisal Al-Rashid was reported as saying women would be "
        "hired. The paper quoted Prince Faisal as saying the change was overdue."
    )
    assert {m.canonical_name for m in mentions if m.label == "PERSON"} == {
        "Prince Faisal Al-Rashid"
    }


def test_two_royals_of_one_given_name_leave_the_short_form(entities_of):
    mentions = entities_of(
        "Prince Faisal Al-Rashid met Prince Faisal Bin Nasser in the capital on Monday. "
        "Officials said Prince Faisal had asked for the meeting."
    )
    short = [m for m in mentions if m.text == "Faisal"]
    assert short and {m.canonical_name for m in short} == {"Prince Faisal"}


def test_honorific_is_not_part_of_the_name():
    assert clean_name("Honourable Natalio Wheatley", "PERSON") == "Natalio Wheatley"
    assert clean_name("the Rt Hon Theresa May", "PERSON") == "Theresa May"


def test_acronym_without_parentheses_takes_the_long_form(entities_of):
    mentions = entities_of(
        "The UK Independence Party wants Britain out of Europe. "
        "UKIP leader Roger Knapman said the party would stand everywhere."
    )
    assert {m.canonical_name for m in _by_text(mentions, "UKIP")} == {"UK Independence Party"}


def test_the_carmaker_is_not_the_chairman(entities_of):
    mentions = entities_of(
        "Ford chairman Bill Ford said the carmaker would cut jobs. "
        "Ford sold fewer cars in Europe last year."
    )
    last = [m for m in mentions if m.text == "Ford"][-1]
    assert (last.label, last.canonical_name) == ("ORG", "Ford Motor Company")


def test_short_capitals_alias_needs_capitals(entities_of):
    mentions = entities_of("She told Us Weekly about the wedding. The US economy grew.")
    us = [m for m in mentions if m.entity_key == "GPE:united-states"]
    assert [m.text for m in us] == ["US"]


def test_plural_and_singular_nationality_are_one_key(entities_of):
    mentions = entities_of("Americans voted on Tuesday. The American economy grew fast.")
    keys = {m.entity_key for m in mentions if m.label == "NORP"}
    assert keys == {"NORP:american"}


def test_party_adjective_names_the_party(entities_of):
    mentions = entities_of(
        "The Democratic candidate won. Republicans said the count was fair. "
        "The Liberal Democrat spokesman agreed."
    )
    canonical = {m.canonical_name for m in mentions}
    assert {"Democratic Party", "Republican Party"} <= canonical
    assert "Liberal Democrats" in canonical


def test_a_european_party_family_is_not_the_us_democrats(entities_of):
    mentions = entities_of(
        "In Rome the Christian Democrats threatened to quit the coalition, while the "
        "Social Democrats backed the premier. In Washington, Democrats in the House "
        "wrote a budget of their own."
    )
    keys = {m.text: m.entity_key for m in mentions if m.label == "NORP"}
    assert keys["Christian Democrats"] == "NORP:christian-democrat"
    assert keys["Social Democrats"] == "NORP:social-democrat"
    assert keys["Democrats"] == "NORP:democratic-party"


def test_a_place_inside_a_longer_name_is_not_the_place(entities_of):
    mentions = entities_of(
        "Trains on the London Overground were cancelled. "
        "She told the Hollywood Reporter that the film was finished."
    )
    assert "GPE:london" not in _keys(mentions)
    assert "GPE:hollywood" not in _keys(mentions)


def test_spans_are_trimmed_and_extended(nlp):
    from spacy.tokens import Span

    from tasks.entity_spans import curated_extent, trimmed

    doc = nlp("- Ireland won. HMS Chatham - have sailed. The new Mac mini is small.")
    dash = Span(doc, 0, 2, label="GPE")
    assert trimmed(dash).text == "Ireland"
    ship_start = next(t.i for t in doc if t.text == "HMS")
    ship = Span(doc, ship_start, ship_start + 4, label="FAC")
    assert trimmed(ship).text == "HMS Chatham"
    mac = next(t.i for t in doc if t.text == "Mac")
    assert curated_extent(Span(doc, mac, mac + 1, label="ORG"), load_aliases()).text == "Mac mini"


def test_curated_names_file_is_extended_by_the_user(tmp_path):
    extra = tmp_path / "aliases.toml"
    extra.write_text(
        '[[entities]]\ncanonical = "Acme Club"\nlabel = "ORG"\naliases = ["Acme"]\n'
        'when = ["striker"]\n\n[non_entities]\nnames = ["Widget"]\n'
    )
    table = load_aliases(str(extra))
    assert table.resolve("Acme", "GPE", "the striker scored") == ("Acme Club", "ORG")
    assert table.resolve("Acme", "GPE", "the strikers' garden") is None
    assert table.is_non_entity("Widget")
    assert table.resolve("Twitter", "PERSON") == ("Twitter", "ORG")


def test_a_name_beside_its_email_in_a_table_stays(entities_of):
    mentions = entities_of(
        "Members who replied:\n| Blyth Valley | Ian Levy | ian.levy.mp@parliament.uk |\n"
        "| Broxtowe | Darren Henry | darren.henry.mp@parliament.uk |\n"
    )
    people = {m.canonical_name for m in mentions if m.label == "PERSON"}
    assert {"Ian Levy", "Darren Henry"} <= people
    assert not [m for m in mentions if "@" in m.text]


def test_a_portfolio_in_a_job_title_is_no_organisation(entities_of):
    mentions = entities_of(
        "Home Office Minister Paul Kerr visited Leeds. Defence Secretary Ruth Bell did not. "
        "Tom Reid, who served as Finance Minister for years, agreed."
    )
    names = {m.text for m in mentions}
    assert "Defence" not in names
    assert "Finance" not in names
    assert {"Home Office", "Paul Kerr", "Ruth Bell", "Tom Reid"} <= names


def test_a_common_word_in_capitals_is_no_entity_nor_a_dateline(entities_of):
    mentions = entities_of(
        "Police log for the week.\nARRESTS – Chad Hull, 34, of Elm Street was charged with "
        "theft on Monday after he was arrested at a bar.\nACCIDENT – A car hit a fence on "
        "Oak Road. No accident was reported on Main Street."
    )
    names = {m.text for m in mentions}
    assert "ARRESTS" not in names
    assert "ACCIDENT" not in names
    assert {"Chad Hull", "Elm Street", "Oak Road"} <= names


def test_a_person_after_a_label_in_capitals_keeps_the_name(nlp):
    from spacy.tokens import Span

    from tasks.entity_spans import trimmed

    doc = nlp("ARRESTS – Dana Pike, 29, was held. Tom Cole - who won - spoke.")
    assert trimmed(Span(doc, 0, 4, label="PERSON")).text == "Dana Pike"
    cole = next(t.i for t in doc if t.text == "Tom")
    assert trimmed(Span(doc, cole, cole + 4, label="PERSON")).text == "Tom Cole"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Most members of the Hispanic Caucus backed the bill on Tuesday.", "Hispanic Caucus"),
        (
            "You can log in with the Google Authenticator app or by text message.",
            "Google Authenticator",
        ),
    ],
)
def test_a_name_cut_before_a_capitalised_word_is_widened(entities_of, text, name):
    assert name in {m.text for m in entities_of(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The vote was delayed. Senate Majority Leader Bob Dole said it was certain.", "Senate"),
        ("Rome was quiet. Radical Party Deputy Marco Pannella began a fast.", "Radical Party"),
    ],
)
def test_a_name_before_a_title_is_not_widened_over_it(entities_of, text, name):
    names = {m.text for m in entities_of(text)}
    assert name in names
    assert not [n for n in names if n.startswith(name + " ")]


def test_a_group_before_a_hyphenated_name_stays_a_group(entities_of):
    mentions = entities_of(
        "Earlier, South Korean Hyung-Taik Lee beat American Jan-Michael Gambill."
    )
    assert {"South Korean", "American"} <= {m.text for m in mentions if m.label == "NORP"}


def test_a_form_of_address_is_out_of_the_span(entities_of):
    mentions = entities_of(
        "Tony Blair arrived late. Mr Blair told reporters that Dr Ann Lee would chair it."
    )
    spans = [(m.text, m.canonical_name) for m in mentions if m.label == "PERSON"]
    assert ("Blair", "Tony Blair") in spans
    assert ("Ann Lee", "Ann Lee") in spans
    assert not [text for text, _ in spans if text.startswith(("Mr", "Dr"))]
    # a surname that is also a royal title stays the surname once the title is cut
    king = entities_of("Oona King won the seat. Ms King thanked her staff.")
    assert {m.canonical_name for m in king if m.label == "PERSON"} == {"Oona King"}


def test_a_possessive_ends_a_persons_span(entities_of):
    # The small model takes the "'s" into both spans.
    text = (
        "The minister backed Peter Harwood's plans for identity cards. "
        "Sarah Kemp's new album sold well."
    )
    mentions = entities_of(text)
    people = [m for m in mentions if m.label == "PERSON"]
    assert [m.text for m in people] == ["Peter Harwood", "Sarah Kemp"]
    assert all(text[m.start_char : m.end_char] == m.text for m in people)


def test_initialled_names_and_particles_meet_the_full_name(entities_of):
    mentions = entities_of(
        "Ulster centre Kevin Marsh and striker Ruud van Berkel were named on Monday. "
        "Coach Tom Hale said Van Berkel had trained well.\n\n"
        "Squad: T Hale (Ulster), K Marsh (Ulster), J Doyle (Munster).\n\n"
        "Corresponding author: Michael L. Andersen, PhD.\n\n"
        "Drafting of the article: M.L. Andersen."
    )
    names = {m.text: m.canonical_name for m in mentions}
    assert names.get("Van Berkel") == "Ruud van Berkel"
    assert names.get("K Marsh") == "Kevin Marsh"
    assert names.get("M.L. Andersen") == "Michael L. Andersen"


def test_a_full_name_takes_the_person_label_its_surname_has(entities_of):
    mentions = entities_of(
        "Nadia Mohamed, 27, won with 58% of the vote in Tuesday's municipal election. "
        "Spano endorsed Mohamed. Mohamed also becomes the first Somali American mayor. "
        "\u201cIt is a milestone,\u201d Mohamed told the Sahan Journal."
    )
    names = {(m.text, m.label, m.canonical_name) for m in mentions if "Mohamed" in m.text}
    assert names and {label for _, label, _ in names} == {"PERSON"}
    assert {canonical for _, _, canonical in names} == {"Nadia Mohamed"}


def test_two_names_run_into_one_split_when_each_is_named_alone(entities_of):
    mentions = entities_of(
        "United failed to close the gap on Chelsea, Everton and Arsenal after a draw. "
        "Everton won 2-0 and Arsenal lost."
    )
    texts = [m.text for m in mentions]
    assert "Everton and Arsenal" not in texts
    assert texts.count("Everton") == 2 and texts.count("Arsenal") == 2


def test_a_name_of_one_word_twice_stays_whole(entities_of):
    mentions = entities_of("He joined Johnson & Johnson in 2001. Boris Johnson said so.")
    assert "Johnson & Johnson" in [m.text for m in mentions]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Maria Tollbern", True),
        ("Maria de Tollbern", False),
        ("Tollbern", False),
        ("Quarry Tollbern", False),
        ("Maria Anne Lise Tollbern", False),
    ],
)
def test_a_full_name_opens_with_a_given_name(name, expected):
    assert given_name_led(name) is expected


def test_a_given_name_outside_the_list_counts_when_the_caller_says_so():
    assert given_name_led("Quarry Tollbern", given=lambda word: word == "Quarry")


def test_a_name_ends_with_its_surname_or_its_last_words():
    assert ends_with("Maria Tollbern", ["Tollbern"])
    assert ends_with("Maria Anne Tollbern", ["Anne", "Tollbern"])
    assert not ends_with("Maria Tollbern", ["Maria"])
    assert not ends_with("Tollbern", ["Maria", "Tollbern"])


def test_a_slash_between_names_of_several_words_ends_the_first(nlp):
    from spacy.tokens import Span

    from tasks.entity_spans import trimmed

    doc = nlp("Photo by Dana Pike/The Morning Ledger. The band AC/DC played.")
    credit = Span(doc, 2, 8, label="ORG")
    assert credit.text == "Dana Pike/The Morning Ledger"
    assert trimmed(credit).text == "Dana Pike"
    band = next(t.i for t in doc if t.text == "AC")
    assert trimmed(Span(doc, band, band + 3, label="ORG")).text == "AC/DC"
    oil = nlp("Shares in Royal Dutch/Shell fell.")
    assert trimmed(Span(oil, 2, 6, label="ORG")).text == "Royal Dutch/Shell"
    record = nlp("Her record Blue Moon Bay / Lift Off Now is out.")
    title = Span(record, 2, 9, label="WORK_OF_ART")
    assert trimmed(title).text == "Blue Moon Bay / Lift Off Now"


def test_a_number_the_document_always_writes_before_a_name_is_part_of_it(nlp):
    from spacy.tokens import Span

    from tasks.entity_spans import with_number

    doc = nlp("The rapper 40 Grams sold out. Fans of 40 Grams queued near 3 Oaks.")
    grams = next(t.i for t in doc if t.text == "Grams")
    assert with_number(Span(doc, grams, grams + 1, label="PERSON")).text == "40 Grams"
    oaks = next(t.i for t in doc if t.text == "Oaks")
    assert with_number(Span(doc, oaks, oaks + 1, label="ORG")) is None
    once = nlp("He paid 12 Pence for it. Pence said no.")
    pence = next(t.i for t in once if t.text == "Pence")
    assert with_number(Span(once, pence, pence + 1, label="PERSON")) is None


@dataclass
class _Named:
    span: object
    name: str
    label: str
    canonical: str = ""
    pinned: bool = False

    def __post_init__(self) -> None:
        self.canonical = self.canonical or self.name


def _named(doc, text: str, label: str, occurrence: int = 0) -> _Named:
    from spacy.tokens import Span

    found = [m.start() for m in re.finditer(re.escape(text), doc.text)][occurrence]
    span = doc.char_span(found, found + len(text), alignment_mode="expand")
    return _Named(Span(doc, span.start, span.end, label=label), text, label)


def test_an_acronym_defined_after_words_the_model_missed_takes_them(nlp):
    from tasks.entity_acronyms import resolve_acronyms

    doc = nlp(
        "A spokesperson for the Northern Lakes Fishing Federation (NLFF) said the rules "
        "would change. The NLFF meets in May, with the Board (NLFF2) too."
    )
    first, second = _named(doc, "NLFF", "ORG"), _named(doc, "NLFF", "ORG", 1)
    resolve_acronyms(doc.text, [first, second])
    assert first.canonical == second.canonical == "Northern Lakes Fishing Federation"
    undefined = nlp("Oak trees (OT) grow. The OT said so.")
    mention = _named(undefined, "OT", "ORG", 1)
    resolve_acronyms(undefined.text, [mention])
    assert mention.canonical == "OT"


def test_an_acronym_leaves_out_the_possessive_the_model_took_into_its_long_form(nlp):
    from tasks.entity_acronyms import resolve_acronyms

    doc = nlp(
        "On Friday Okabe's Bureau of Coastal Shipping (BCS) wrote to the ferry owners. "
        "The BCS wants smaller boats. Pell's Harbour Trust (PHT) agreed."
    )
    long_form = _named(doc, "Okabe's Bureau of Coastal Shipping", "ORG")
    short = _named(doc, "BCS", "ORG", 1)
    trust = _named(doc, "Pell's Harbour Trust", "ORG")
    resolve_acronyms(doc.text, [long_form, short, trust])
    assert long_form.canonical == short.canonical == "Bureau of Coastal Shipping"
    assert trust.canonical == "Pell's Harbour Trust"


def test_a_name_takes_the_one_longer_name_before_it_that_ends_with_it(nlp):
    from tasks.entity_acronyms import resolve_fuller_names

    doc = nlp(
        "He told the Harbour Town Evening Post about it. The Evening Post printed it. "
        "South Africa and Africa. The Post ran it; the White House and the House. "
        "The Friends of Lakeside Gallery met at Lakeside Gallery."
    )
    long_form = _named(doc, "Harbour Town Evening Post", "ORG")
    short = _named(doc, "Evening Post", "ORG", 1)
    place = _named(doc, "South Africa", "GPE")
    continent = _named(doc, "Africa", "LOC", 1)
    white = _named(doc, "White House", "ORG")
    house = _named(doc, "House", "ORG", 1)
    post = _named(doc, "Post", "PRODUCT", 2)
    friends = _named(doc, "Friends of Lakeside Gallery", "ORG")
    gallery = _named(doc, "Lakeside Gallery", "ORG", 1)
    mentions = [long_form, short, place, continent, white, house, post, friends, gallery]
    resolve_fuller_names(mentions, lambda word: word == "House")
    assert gallery.canonical == "Lakeside Gallery"
    assert short.canonical == "Harbour Town Evening Post"
    assert continent.canonical == "Africa"
    assert house.canonical == "House"
    assert post.canonical == "Post"


def test_a_span_widens_to_a_name_another_span_of_the_document_has(nlp):
    from spacy.tokens import Span

    from tasks.entity_spans import as_named_elsewhere

    def at(doc, word: str, occurrence: int = 0) -> int:
        return [t.i for t in doc if t.text == word][occurrence]

    doc = nlp("Dana Pike spoke. Later Dana Pike left.")
    dana, pike = at(doc, "Dana", 1), at(doc, "Pike", 1)
    spans = [
        Span(doc, 0, 2, label="PERSON"),
        Span(doc, dana, dana + 1, label="NORP"),
        Span(doc, pike, pike + 1, label="PERSON"),
    ]
    widened = as_named_elsewhere(spans)
    assert [(s.text, s.label_) for s in widened[1:]] == [("Dana Pike", "PERSON")] * 2
    # "New York" before "Times Square" is not the "New York Times" named before.
    doc = nlp("She read the New York Times in a New York Times Square cafe.")
    paper, city, square = at(doc, "New"), at(doc, "New", 1), at(doc, "Times", 1)
    kept = [
        Span(doc, paper, paper + 3, label="ORG"),
        Span(doc, city, city + 2, label="GPE"),
        Span(doc, square, square + 2, label="FAC"),
    ]
    assert [s.text for s in as_named_elsewhere(kept)] == [
        "New York Times",
        "New York",
        "Times Square",
    ]


def test_a_name_ending_in_a_number_owns_no_possessive(nlp):
    from spacy.tokens import Span

    from tasks.entity_spans import trimmed

    doc = nlp("He told Harbour Radio 7's breakfast show.")
    radio = next(t.i for t in doc if t.text == "Harbour")
    assert trimmed(Span(doc, radio, radio + 4, label="ORG")).text == "Harbour Radio 7"


def test_wire_initials_around_and_are_the_curated_company(entities_of):
    """Teleprinter copy writes "&" as "and": "S and P", "AT and T"."""
    mentions = entities_of(
        "Standard and Poor's Corp lowered the debt of Example Motors Inc. S and P said the "
        "company's debt had doubled. AT and T said it would keep its rating."
    )
    named = {(m.text, m.entity_key, m.label) for m in mentions}
    assert ("S and P", "ORG:standard-poor-s", "ORG") in named
    assert ("Standard and Poor's Corp", "ORG:standard-poor-s", "ORG") in named
    assert ("AT and T", "ORG:at-t", "ORG") in named
    # Round 37: the company's canonical name is its fullest form in the story
    # (bench/data/JUDGING.md, from round 35 on), the curated one where it writes none.
    canonical = {m.text: m.canonical_name for m in mentions}
    assert canonical["S and P"] == "Standard and Poor's Corp"
    assert canonical["AT and T"] == "AT&T"
