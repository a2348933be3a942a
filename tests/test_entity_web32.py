"""Web pages' titles of works and capitalised common nouns (round 32, issue 17): a
title "The <kind> of <person>", a series' titles "<hero>: <title>" in a list, a known
name with a common noun glued on, and a field of study named by one word."""

from __future__ import annotations

from spacy.tokens import Span

from tasks.entity_page_nouns import field_of_study, name_before_noun
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


def test_a_known_name_with_a_glued_noun_is_the_name(nlp):
    def knows(name: str) -> bool:
        return name == "Tumblr"

    def listed_only(word: str) -> bool:
        return False

    doc = nlp("Here is how to write a Tumblr Story that people share.")
    name = name_before_noun(_span(doc, "Tumblr Story", "ORG"), knows, listed_only)
    assert name is not None and name.text == "Tumblr"
    # A noun the list lacks counts where the document writes it in lowercase.
    crawler = nlp("Build your own Tumblr Crawler.")
    span = _span(crawler, "Tumblr Crawler", "ORG")
    assert name_before_noun(span, knows, listed_only) is None
    found = name_before_noun(span, knows, lambda word: word == "Crawler")
    assert found is not None and found.text == "Tumblr"
    plain = nlp("Here is how to write the Tumblr Story that people share.")
    assert name_before_noun(_span(plain, "Tumblr Story", "ORG"), knows, listed_only) is None
    bank = nlp("She opened a Tumblr Bank account.")
    assert name_before_noun(_span(bank, "Tumblr Bank", "ORG"), knows, listed_only) is None


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


def test_a_word_the_page_writes_in_lowercase_is_no_name(nlp):
    from collections import Counter

    from tasks.entity_page_nouns import lowercase_noun

    text = "Wisteria Care\nPrune your wisteria in July; a young wisteria needs water."
    doc = nlp(text)
    lower = Counter(word for word in text.split() if word.islower())
    lower["wisteria"] = 2
    assert lowercase_noun(_span(doc, "Wisteria", "ORG"), lower, text)
    assert not lowercase_noun(_span(doc, "Wisteria", "GPE"), lower, text)
    once = Counter({"wisteria": 1})
    assert not lowercase_noun(_span(doc, "Wisteria", "ORG"), once, text)
    named = "The Wisteria opened; the Wisteria sells tea; a wisteria grows; my wisteria died."
    place = nlp(named)
    assert not lowercase_noun(_span(place, "Wisteria", "ORG"), lower, named)
