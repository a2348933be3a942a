"""Round 28 (spans28): a name the model ran on over a colon into the one word after it
(an interview's speaker label, a section heading) or over its possessive into the
lowercase words it owns ends before them."""

from __future__ import annotations


def _texts(extract, text: str) -> dict[str, str]:
    return {m.text: m.label for m in extract(text)}


def test_speaker_label_before_a_pronoun_ends_at_the_colon(extract):
    text = (
        "Coinvault vs. Coinvault Pro: Fees\nBoth platforms keep your funds safe.\n"
        "The Examiner: You say that markets work. Why?\nMr Malone: They do."
    )
    found = _texts(extract, text)
    assert "The Examiner: You" not in found
    assert "The Examiner" in found


def test_heading_topic_after_a_colon_leaves_the_name(extract):
    text = (
        "Coinvault vs. Coinvault Pro: Security\n"
        "Both services keep your funds safe and take security seriously. "
        "Coinvault Pro is meant for traders.\n"
    )
    found = _texts(extract, text)
    assert "Coinvault Pro: Security" not in found
    assert "Coinvault Pro" in found


def test_title_closing_on_one_word_after_a_colon_is_left_whole():
    # A work's title may close on one word after a colon; the rule leaves a title alone.
    import spacy
    from spacy.tokens import Span

    from tasks.entity_spans import without_word_after_colon

    nlp = spacy.blank("en")
    doc = nlp("She watched Harbour Lights: Resurrection\nat home, a resurrection of the series.")
    title = Span(doc, 2, 6, label="WORK_OF_ART")
    assert title.text == "Harbour Lights: Resurrection"
    assert without_word_after_colon(title) is None
    assert without_word_after_colon(Span(doc, 2, 6, label="ORG")).text == "Harbour Lights"


def test_word_after_colon_that_is_a_name_stays():
    import spacy
    from spacy.tokens import Span

    from tasks.entity_spans import without_word_after_colon

    nlp = spacy.blank("en")
    doc = nlp("Read Tallis Group: Harbourside\nnext week.")
    assert without_word_after_colon(Span(doc, 1, 5, label="ORG")) is None


def test_possessive_run_into_lowercase_words_ends_at_the_name(extract):
    # The model makes an organisation of "Bloomberg’s days"; the name ends at the owner,
    # who is the person the document names in full.
    text = (
        "Michael Bloomberg has money. Here is the point: Bloomberg’s days as a quiet donor "
        "are over."
    )
    found = {m.text: (m.label, m.canonical_name) for m in extract(text)}
    assert "Bloomberg’s days" not in found
    assert found.get("Bloomberg") == ("PERSON", "Michael Bloomberg")


def test_possessive_before_a_capitalised_name_is_left_to_the_other_rules():
    import spacy
    from spacy.tokens import Span

    from tasks.entity_spans import without_owned_words

    nlp = spacy.blank("en")
    doc = nlp("at Harlow's Fried Chicken Inc today")
    assert without_owned_words(Span(doc, 1, 6, label="ORG")) is None
    doc = nlp("Harlow's new plant")
    assert without_owned_words(Span(doc, 0, 4, label="ORG")).text == "Harlow's"
