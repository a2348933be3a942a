"""Spans and labels of round 38 (issue 17): a person's name the model cut at a
family-name particle (tasks/entity_particles.py), a company heading a story after a
given name abbreviated with a stop (tasks/entity_firm_spans.py with_abbreviated_founder)
and a newspaper named after a place or a person (tasks/entity_labels.py label_by_head)."""

from __future__ import annotations


def _found(extract, text: str) -> set[tuple[str, str]]:
    return {(m.text, m.label) for m in extract(text)}


def test_a_person_cut_before_a_kalenjin_particle_takes_the_surname(extract):
    text = (
        "Kenya's debts will absorb most foreign aid, President Daniel arap Moi said on "
        "Tuesday. Moi told a conference in Nairobi that the debt was heavy."
    )
    found = _found(extract, text)
    assert ("Daniel arap Moi", "PERSON") in found
    assert ("Moi", "ORG") not in found


def test_a_person_cut_before_an_arabic_particle_takes_both_words_of_the_surname(extract):
    text = "Mauritanian leader Mohamed ould Abdel Aziz visited Dakar on a two-day trip."
    assert ("Mohamed ould Abdel Aziz", "PERSON") in _found(extract, text)


def _person_at(words: list[str], spaces: list[bool], end: int):
    """The words as a document whose first ``end`` words are a person."""
    import spacy
    from spacy.tokens import Doc, Span

    vocab = spacy.blank("en").vocab
    return Span(Doc(vocab, words=words, spaces=spaces), 0, end, label="PERSON")


def test_a_particle_before_a_lowercase_word_joins_nothing():
    from tasks.entity_particles import across_particle

    span = _person_at(["Maria", "de", "facto", "ran", "it"], [True] * 5, 1)
    assert across_particle(span) is None


def test_a_hyphenated_particle_joins_its_surname():
    from tasks.entity_particles import across_particle

    words = ["Prince", "Saud", "al", "-", "Faisal", "met", "him"]
    span = _person_at(words, [True, True, False, False, True, True, False], 2)
    joined = across_particle(span)
    assert joined is not None and joined.text == "Prince Saud al-Faisal"


def test_a_company_heading_a_story_keeps_its_abbreviated_given_name(extract):
    text = (
        "Gebr. Hartmann GmbH said its Hartmann Technik GmbH unit won a 40 mln marks order "
        "from a Swedish utility.\n"
    )
    assert ("Gebr. Hartmann GmbH", "ORG") in _found(extract, text)


def test_a_word_ending_a_sentence_inside_a_line_opens_no_company(extract):
    text = "Shares rose. Fried. Hartmann GmbH said it would cut jobs.\n"
    assert not any(text.startswith("Fried") for text, _ in _found(extract, text))


def test_a_newspaper_named_after_a_place_or_person_is_an_organisation():
    from tasks.entity_labels import label_by_head

    assert label_by_head("China Daily", "PERSON") == "ORG"
    assert label_by_head("Kenya Herald", "GPE") == "ORG"


def test_a_title_ending_in_journal_stays_a_title():
    from tasks.entity_labels import label_by_head

    assert label_by_head("The Lost Journal", "WORK_OF_ART") == "WORK_OF_ART"


def test_a_curated_agency_opening_a_table_headline_in_capitals_is_cut_from_it(extract):
    text = "Prime Rate       07.75\n\nMOODY'S YIELD FIGURES\n\nAAA Corp       8.53\n"
    found = _found(extract, text)
    assert ("MOODY'S", "ORG") in found
    assert not any(text.startswith("MOODY'S YIELD") for text, _ in found)


def test_a_headline_quoted_in_capitals_in_prose_is_read_as_a_headline(nlp):
    from tasks.entity_filters import WordCase

    doc = nlp('In a story headlined "TRADE OFFICIAL TO VISIT JAPAN AS ROW GROWS" please read')
    words = WordCase.of(doc)
    japan = doc.char_span(doc.text.index("JAPAN"), doc.text.index(" AS"))
    assert words.headline_of(japan).strip() == '"TRADE OFFICIAL TO VISIT JAPAN AS ROW GROWS"'


def test_a_few_acronyms_in_prose_are_no_headline(nlp):
    from tasks.entity_filters import WordCase

    doc = nlp("Talks between NATO AND EU officials resumed on Monday.")
    span = doc.char_span(doc.text.index("NATO"), doc.text.index(" officials"))
    assert WordCase.of(doc).headline_of(span) == doc.text
