"""People's full names (issues 16 and 17, round 29): given names of other languages,
an initial before a given name, and a surname the model leaves untagged after the
full name."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from tasks.entity_people import untagged_surnames
from tasks.person_gender import gender_of_name, is_first_name


def _people(mentions) -> list[tuple[str, str]]:
    return [(m.text, m.canonical_name) for m in mentions if m.label == "PERSON"]


def test_given_names_of_other_languages_are_given_names_with_their_sex():
    assert is_first_name("Jürgen") and gender_of_name("Jürgen Wolff") == "m"
    assert is_first_name("Ségolène") and gender_of_name("Ségolène Morel") == "f"
    assert gender_of_name("Hiroshi Tanabe") == "m"
    # Also a surname: alone it tells no sex, before a surname it does.
    assert gender_of_name("Hussein") is None and gender_of_name("Hussein Obeid") == "m"


def test_the_world_list_keeps_out_common_words():
    assert not is_first_name("Till")


def test_a_french_given_name_completes_a_name_the_model_typed_otherwise(extract):
    text = "The historian Alain Vidal Naquet wrote a book. Vidal Naquet said the war was lost."
    people = _people(extract(text))
    assert ("Alain Vidal Naquet", "Alain Vidal Naquet") in people
    assert ("Vidal Naquet", "Alain Vidal Naquet") in people


def test_an_initial_before_a_given_name_stays_in_the_name(extract):
    text = (
        "The company is led by A. Malachi Mixon III, its chairman. "
        "Mixon said profits rose in the quarter."
    )
    people = _people(extract(text))
    assert ("A. Malachi Mixon III", "A. Malachi Mixon III") in people
    assert ("Mixon", "A. Malachi Mixon III") in people


def test_a_surname_left_untagged_after_the_full_name_is_the_person(extract):
    text = "Orla Guerin reported from the border town. Guerin believes the talks will fail."
    assert ("Guerin", "Orla Guerin") in _people(extract(text))


@dataclass
class _Named:
    span: Span
    name: str
    label: str = "PERSON"
    canonical: str = ""
    pinned: bool = False


def _bare_surnames(nlp, text: str) -> list[int]:
    """Offsets of the surnames ``untagged_surnames`` finds alone after the full name
    the first two words of ``text`` give."""
    doc = nlp(text)
    # As if the model had tagged the full name only.
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    full = _Named(span=doc.ents[0], name=doc[0:2].text)
    found = untagged_surnames([full], text, lambda word: False, lambda name: False)
    return [span.start_char for span in found]


def test_a_surname_inside_another_name_is_not_taken_alone(nlp):
    text = (
        "Morag Kinnell spoke first. Then came the Kinnell plan, a Kinnell-Smith and Kinnell "
        "Holdings. Kinnell agreed."
    )
    assert _bare_surnames(nlp, text) == [text.rindex("Kinnell agreed")]


def test_a_surname_two_people_share_stays_unlinked(extract):
    text = "Orla Guerin and Tomas Guerin spoke in turn. Guerin believes the talks will fail."
    assert all(name != "Orla Guerin" for text_, name in _people(extract(text)) if text_ == "Guerin")


def test_a_given_name_the_model_left_out_before_a_surname_joins_the_name(extract):
    text = "Results:\n1. Tomasz Wolny, Gdynia\n2. Piotr Zielinski, Sopot\n"
    assert ("Tomasz Wolny", "Tomasz Wolny") in _people(extract(text))


def test_a_bullet_from_the_next_line_is_no_part_of_a_name(extract):
    text = (
        "The shortlist:\n* Gareth Penhaligon, chief executive of Trewin Homes\n"
        "* Isla Carmody, a former teacher\n* Bronwen Tait, a nurse\n"
    )
    assert all(not m.text.startswith("*") for m in extract(text))


def test_a_name_opening_a_list_item_with_a_given_name_is_a_person(extract):
    text = "Our panel\n• Ruairi Costello, a judge\n• Wouter Brandt, a lawyer\n• Maarten Visser\n"
    labels = {m.text: m.label for m in extract(text)}
    assert labels.get("Wouter Brandt") == "PERSON"


def test_an_initial_without_a_stop_before_a_surname_joins_the_name(extract):
    text = "Llanwern side: J Robinson; O Smith, W Greenwood. Jason Robinson was captain again."
    assert ("J Robinson", "Jason Robinson") in _people(extract(text))
