"""Entity labels of round 41 (issue 17): places the model typed as bodies or regions,
islands, mines, gardens, broadcasters and numbered zones, languages and meetings by
their use, a month's short form in a date, a minister's "State for …", Latin family
names, a state's abbreviation in a dateline in capitals, ships by their kind, and the
curated names and non-entities of the round."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from tasks.entity_labels import label_by_head


@dataclass
class _Named:
    span: Span
    name: str
    label: str
    canonical: str
    pinned: bool = False


def _named(doc, start: int, end: int, label: str) -> _Named:
    text = doc[start:end].text
    return _Named(doc[start:end], text, label, text)


def _labels(mentions: list) -> dict[str, str]:
    return {m.text: m.label for m in mentions}


def test_a_province_typed_a_body_is_the_place_where_the_text_puts_it_in(nlp):
    from tasks.entity_filters import WordCase
    from tasks.entity_places import place_evidence

    doc = nlp("No rain fell in La Pampa. La Pampa growers sold their maize.")
    placed, other = _named(doc, 4, 6, "ORG"), _named(doc, 7, 9, "ORG")
    place_evidence([placed, other], WordCase.of(doc))
    assert (placed.label, other.label) == ("GPE", "GPE")


def test_a_province_typed_a_body_and_never_put_in_stays(nlp):
    from tasks.entity_filters import WordCase
    from tasks.entity_places import place_evidence

    doc = nlp("La Pampa said on Monday it would cut the tax.")
    body = _named(doc, 0, 2, "ORG")
    place_evidence([body], WordCase.of(doc))
    assert body.label == "ORG"


def test_a_city_typed_a_region_is_the_city_before_mayor(nlp):
    from tasks.entity_filters import WordCase
    from tasks.entity_places import cities_by_context

    doc = nlp("Voters liked the South Bend mayor, and South Bend liked him.")
    first, second = _named(doc, 3, 5, "LOC"), _named(doc, 8, 10, "LOC")
    cities_by_context([first, second], WordCase.of(doc))
    assert (first.label, second.label) == ("GPE", "GPE")


def test_a_name_after_island_of_is_a_location_but_a_region_stays(nlp):
    from tasks.entity_nature import islands_by_noun

    doc = nlp("A quake hit the island of Tarvosa and the island of Sardinia.")
    island, region = _named(doc, 6, 7, "GPE"), _named(doc, 11, 12, "GPE")
    islands_by_noun([island, region], lambda name: name == "Sardinia")
    assert (island.label, region.label) == ("LOC", "GPE")


def test_a_town_named_so_is_the_place_where_the_text_puts_it_in(nlp):
    from tasks.entity_places import settlements_by_head

    doc = nlp("Ana lives in Heron Town. Heron Town holds a fair.")
    placed, other = _named(doc, 3, 5, "ORG"), _named(doc, 6, 8, "ORG")
    settlements_by_head([placed, other])
    assert (placed.label, other.label) == ("GPE", "GPE")
    doc = nlp("Heron Town won the cup final on Saturday.")
    club = _named(doc, 0, 2, "ORG")
    settlements_by_head([club])
    assert club.label == "ORG"


def test_heads_of_a_mine_a_garden_a_broadcaster_and_a_numbered_zone():
    assert label_by_head("Morning Tarvo Mine", "ORG") == "FAC"
    assert label_by_head("Echo Tarvo Mines", "ORG") == "ORG"
    assert label_by_head("Tarvo Garden", "LOC") == "FAC"
    assert label_by_head("Tarvo Square Garden Network", "FAC") == "ORG"
    assert label_by_head("English Channel", "LOC") == "LOC"
    assert label_by_head("Zone IV", "PERSON") == "LOC"
    assert label_by_head("Zone Tarvo", "PERSON") == "PERSON"


def test_a_language_after_a_verb_of_learning_or_in_is_a_language(nlp):
    from tasks.entity_languages import languages_by_use

    doc = nlp("She began to learn Japanese, and wrote letters in Japanese.")
    learnt, written = _named(doc, 4, 5, "NORP"), _named(doc, 10, 11, "NORP")
    languages_by_use([learnt, written])
    assert (learnt.label, written.label) == ("LANGUAGE", "LANGUAGE")
    doc = nlp("Officials met in Japanese ports, and Japanese authorities agreed.")
    ports, authorities = _named(doc, 3, 4, "NORP"), _named(doc, 7, 8, "NORP")
    languages_by_use([ports, authorities])
    assert (ports.label, authorities.label) == ("NORP", "NORP")


def test_a_meeting_said_to_be_held_is_an_event_and_a_standing_body_stays(nlp):
    from tasks.entity_meetings import meetings_held

    doc = nlp("The Tarvo Trade Roundtable was held in May. The Tarvo Trade Roundtable ended.")
    held, again = _named(doc, 1, 4, "ORG"), _named(doc, 10, 13, "ORG")
    meetings_held([held, again])
    assert (held.label, again.label) == ("EVENT", "EVENT")
    doc = nlp("The Tarvo Business Roundtable said costs rose.")
    body = _named(doc, 1, 4, "ORG")
    meetings_held([body])
    assert body.label == "ORG"


def test_a_month_short_form_in_a_date_is_no_entity(nlp):
    from tasks.entity_nonnames import without_non_names

    doc = nlp("Daily Tarvo; Mar 20, 2005. Mar Tarvo wrote it.")
    dated, person = _named(doc, 3, 4, "PERSON"), _named(doc, 8, 10, "PERSON")
    assert without_non_names([dated, person], doc.text) == [person]


def test_state_for_after_secretary_of_is_no_entity(nlp):
    from tasks.entity_nonnames import without_non_names

    doc = nlp("It needs approval by the Secretary of State for Trade and Industry.")
    fragment = _named(doc, 7, 12, "ORG")
    assert without_non_names([fragment], doc.text) == []


def test_a_latin_family_name_is_no_entity(nlp):
    from tasks.entity_nonnames import without_non_names

    doc = nlp("The plant belongs to the Nyctaginaceae, as Tarvo Hale said.")
    family, person = _named(doc, 5, 6, "GPE"), _named(doc, 8, 10, "PERSON")
    assert without_non_names([family, person], doc.text) == [person]


def test_a_state_abbreviation_in_a_dateline_in_capitals_is_the_state(nlp):
    from tasks.entity_places import stopless_state_abbreviations

    doc = nlp("SOUTH TARVO, FLA. (WSVN) - A crash closed the road.")
    state = _named(doc, 3, 4, "ORG")
    stopless_state_abbreviations([state])
    assert (state.label, state.canonical) == ("GPE", "Florida")


def test_a_ship_named_after_its_kind_is_a_product(extract):
    found = _labels(extract("The German liner Tarvo Hale was torpedoed by a submarine in 1945."))
    assert found.get("Tarvo Hale") == "PRODUCT"


def test_curated_names_and_non_entities_of_the_round(extract):
    found = _labels(
        extract(
            "The song hit #1 on the Billboard charts. Digital computers run VMS, the firm "
            "said. El Niño warmed the seas. Banks set Libor higher. Call your GP today."
        )
    )
    assert found.get("Billboard") == "ORG"
    assert found.get("VMS") == "PRODUCT"
    assert found.get("El Niño") == "EVENT"
    assert "Libor" not in found


def test_gp_after_a_determiner_is_a_doctor_and_a_newspaper_stays(nlp):
    from tasks.entity_nonnames import without_non_names

    doc = nlp("Call your GP today, the newspaper GP reported.")
    doctor, paper = _named(doc, 2, 3, "ORG"), _named(doc, 7, 8, "ORG")
    assert without_non_names([doctor, paper], doc.text) == [paper]


def test_a_building_named_by_its_kind_and_placed_in_is_a_facility(nlp):
    from tasks.entity_buildings import buildings_by_place

    doc = nlp("Ana walks to the Museum. In the Museum she reads.")
    first, second = _named(doc, 4, 5, "ORG"), _named(doc, 8, 9, "ORG")
    buildings_by_place([first, second])
    assert (first.label, second.label) == ("FAC", "FAC")
    doc = nlp("The Museum said it would open a wing, and gave the Museum's report.")
    body = _named(doc, 1, 2, "ORG")
    buildings_by_place([body])
    assert body.label == "ORG"


def test_a_language_word_before_an_adjective_is_the_nationality(nlp):
    from tasks.entity_languages import languages_by_use

    doc = nlp("He said any rise in German domestic demand was slow.")
    german = _named(doc, 5, 6, "NORP")
    languages_by_use([german])
    assert german.label == "NORP"
