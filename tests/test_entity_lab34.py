"""Entity labels of round 34 (issue 17): single capitalised words a page uses as common
words (written in lowercase on the same page, or an instruction's verb opening a list
item), which the model took for names."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span


def _names(extract, text: str) -> set[str]:
    return {m.text for m in extract(text)}


def test_a_word_the_page_also_writes_in_lowercase_is_no_name(extract):
    text = (
        "Soil and Watering\nThe root system of Plumbago is fairly delicate, so the plant "
        "needs a fertile soil. Many growers keep plumbago in pots."
    )
    assert "Plumbago" not in _names(extract, text)


def test_a_drug_opening_a_references_title_is_no_name(extract):
    text = (
        "Smith AB et al. Lisinopril compared with placebo in adults with hypertension. "
        "Lancet. 2001;3:12-18. Patients took lisinopril daily."
    )
    names = _names(extract, text)
    assert "Lisinopril" not in names
    assert "Lancet" in names


def test_an_instruction_opening_a_list_item_is_no_name(extract):
    text = "2. Peel off the white skin from the seeds.\n3. Rinse them with water."
    assert "Peel" not in _names(extract, text)


def test_a_word_the_news_also_writes_as_a_name_stays(extract):
    text = "Analysts at Shell expect higher prices. Divers found a shell on the beach."
    assert "Shell" in _names(extract, text)


def test_a_word_with_a_names_evidence_stays(extract):
    text = (
        "The root system of Plumbago is fairly delicate. Plumbago's chief executive "
        "said sales grew. Many growers keep plumbago in pots."
    )
    assert "Plumbago" in _names(extract, text)


def _labels(extract, text: str) -> dict[str, str]:
    return {m.text: m.label for m in extract(text)}


def test_a_makers_name_and_a_models_number_is_a_product(extract):
    text = "The program runs on the IBM 4361 under the new system. IBM said orders rose."
    found = [(m.text, m.label) for m in extract(text)]
    assert ("IBM 4361", "PRODUCT") in found
    assert ("IBM", "ORG") in found


def test_a_name_ending_in_a_models_number_is_a_product(extract):
    assert (
        _labels(extract, "The Personal Logician 386 sells for 2,000 dlrs.").get(
            "Personal Logician 386"
        )
        == "PRODUCT"
    )


def test_a_year_or_a_count_after_a_maker_is_no_models_number(nlp):
    from tasks.entity_models import model_numbered

    doc = nlp("Zentrix 1987 profits rose. Zentrix 4000 workers struck.")
    spans = [Span(doc, t.i, t.i + 1, label="ORG") for t in doc if t.text == "Zentrix"]
    assert [(s.text, s.label_) for s in model_numbered(spans)] == [
        ("Zentrix", "ORG"),
        ("Zentrix", "ORG"),
    ]


def test_a_number_in_a_catalogue_of_works_numbers_a_work(nlp):
    from tasks.entity_models import model_numbered

    doc = nlp("The choir sang the Wachet Cantata BWV 140 and then the Zentrix 4361 broke.")
    spans = [
        Span(doc, 4, 7, label="ORG"),
        Span(doc, 11, 12, label="ORG"),
    ]
    assert [(s.text, s.label_) for s in model_numbered(spans)] == [
        ("Wachet Cantata BWV 140", "WORK_OF_ART"),
        ("Zentrix 4361", "PRODUCT"),
    ]


@dataclass
class _Found:
    span: object
    label: str
    canonical: str
    pinned: bool = False


def _formed(nlp, name: str, label: str) -> str:
    """The label ``people_by_form`` gives the mention ``name``, typed ``label``."""
    from tasks.entity_person_forms import people_by_form

    doc = nlp(f"We met {name} today.")
    found = _Found(doc[2:-2], label, name)
    people_by_form([found])
    return found.label


def test_a_given_name_particles_and_a_surname_are_a_person(nlp):
    assert _formed(nlp, "Laurence des Cars", "ORG") == "PERSON"
    assert _formed(nlp, "Ana de la Vega", "GPE") == "PERSON"


def test_a_name_with_particles_but_no_given_name_stays(nlp):
    assert _formed(nlp, "Aguas de Barcelona", "ORG") == "ORG"


def test_a_surname_and_family_are_a_person_but_a_common_word_and_family_stay(nlp):
    assert _formed(nlp, "Ezura Family", "ORG") == "PERSON"
    assert _formed(nlp, "Royal Family", "ORG") == "ORG"


def test_a_states_abbreviation_without_its_stop_after_a_town_is_the_state(extract):
    found = [
        (m.text, m.label, m.canonical_name)
        for m in extract("Ray Hankes of Fairview, Ill was elected vice president.")
    ]
    assert ("Ill", "GPE", "Illinois") in found


def test_a_block_of_apartments_is_a_facility(extract):
    labels = _labels(extract, "The company bought Maple Ridge Retirement Apartments in Ohio.")
    assert labels.get("Maple Ridge Retirement Apartments") == "FAC"


@dataclass
class _Named:
    span: object
    label: str
    name: str
    canonical: str
    pinned: bool = False


def test_a_city_after_a_compass_point_and_of_is_the_city(nlp):
    from tasks.entity_filters import WordCase
    from tasks.entity_places import cities_by_context

    doc = nlp("The tremor was felt 700 km north of Santiago on Tuesday.")
    at = next(t.i for t in doc if t.text == "Santiago")
    city = _Named(doc[at : at + 1], "ORG", "Santiago", "Santiago")
    cities_by_context([city], WordCase.of(doc))
    assert city.label == "GPE"


def test_a_word_before_a_noun_of_its_kind_stays(extract):
    text = "He is the editor of Develop magazine. Games will cost more to develop."
    assert "Develop" in _names(extract, text)


def test_a_share_index_and_its_number_are_no_product(extract):
    text = "Shares fell as the FTSE 100 closed lower and the index lost 2%."
    assert "PRODUCT" not in {m.label for m in extract(text)}


def test_a_page_of_code_keeps_a_program_it_also_writes_in_lowercase(nlp):
    from tasks.entity_filters import WordCase
    from tasks.entity_plain_words import without_plain_words

    doc = nlp("We set up Tunnelix on the server.\nport = 273\nThen run tunnelix again.")
    at = next(t.i for t in doc if t.text == "Tunnelix")
    program = _Named(doc[at : at + 1], "ORG", "Tunnelix", "Tunnelix")
    assert without_plain_words([program], WordCase.of(doc)) == [program]
