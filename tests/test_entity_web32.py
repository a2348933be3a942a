"""Web pages' titles of works and capitalised common nouns (round 32, issue 17): a
title "The <kind> of <person>", a series' titles "<hero>: <title>", a pair of titles
after an owner's possessive, and a field of study named by one word."""

from __future__ import annotations

from spacy.tokens import Span

from tasks.entity_page_nouns import field_of_study
from tasks.entity_works import life_story_title, series_title


def _span(doc, words: str, label: str) -> Span:
    """The span of ``doc`` that writes ``words``, with ``label``."""
    start = doc.text.index(words)
    found = doc.char_span(start, start + len(words), label=label)
    assert found is not None
    return found


def test_a_life_story_title_holds_its_subject(nlp):
    doc = nlp("She read the long JB: The Letters of Jo Bell on the train.")
    title = life_story_title(_span(doc, "Jo Bell", "PERSON"))
    assert title is not None and title.text == "JB: The Letters of Jo Bell"
    assert title.label_ == "WORK_OF_ART"
    bare = nlp("He read The Diaries of Ada Quill twice.")
    found = life_story_title(_span(bare, "Ada Quill", "PERSON"))
    assert found is not None and found.text == "The Diaries of Ada Quill"


def test_a_person_after_a_lowercase_kind_or_no_kind_stays(nlp):
    doc = nlp("He wrote about the letters of Jo Bell and The Friends of Ada Quill.")
    assert life_story_title(_span(doc, "Jo Bell", "PERSON")) is None
    assert life_story_title(_span(doc, "Ada Quill", "PERSON")) is None


def test_a_series_title_runs_to_the_lines_end(nlp):
    text = "Appearances\n- Jo Quill: Sky Race\n- Jo Quill: Clouds & Castles\n- Other Game\n"
    doc = nlp(text)
    title = series_title(_span(doc, "Jo Quill", "PERSON"), text)
    assert title is not None and title.text == "Jo Quill: Sky Race"
    assert title.label_ == "WORK_OF_ART"
    second = doc.text.rindex("Jo Quill")
    span = doc.char_span(second, second + len("Jo Quill"), label="PERSON")
    found = series_title(span, text)
    assert found is not None and found.text == "Jo Quill: Clouds & Castles"


def test_a_name_before_a_colon_once_or_before_a_sentence_stays(nlp):
    once = "Cast\n- Jo Quill: Sky Race\n"
    assert series_title(_span(nlp(once), "Jo Quill", "PERSON"), once) is None
    said = "Jo Quill: we won the race today\nJo Quill: Thanks To All\n"
    assert series_title(_span(nlp(said), "Jo Quill", "PERSON"), said) is None


def test_a_field_of_study_is_no_entity(nlp, extract):
    doc = nlp("She took a degree in Neuroscience at Lakeview.")
    assert field_of_study(_span(doc, "Neuroscience", "ORG"))
    assert not field_of_study(_span(doc, "Lakeview", "ORG"))
    texts = [m.text for m in extract("Mara Quill earned a degree in Zoology and Sociology.")]
    assert "Zoology" not in texts and "Sociology" not in texts


def test_a_pair_of_titles_after_a_possessive_loses_the_owner(nlp):
    from tasks.entity_works import paired_title

    doc = nlp("Everyone loved Jo Quill’s Sea Glass / Low Tide this spring.")
    title = paired_title(_span(doc, "Jo Quill’s Sea Glass / Low Tide", "ORG"))
    assert title is not None and title.text == "Sea Glass / Low Tide"
    assert title.label_ == "WORK_OF_ART"
    plain = nlp("Everyone loved Jo Quill’s Sea Glass this spring.")
    assert paired_title(_span(plain, "Jo Quill’s Sea Glass", "ORG")) is None


def test_speakers_lines_are_no_series(nlp):
    text = "Jo Quill: Right.\nAda Ruiz: So what came next?\nJo Quill: Exactly. We moved on.\n"
    doc = nlp(text)
    assert series_title(_span(doc, "Jo Quill", "PERSON"), text) is None
