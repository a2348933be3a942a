"""Quote extraction on the seed gold and on small articles written for each layout."""

from __future__ import annotations

import pytest

from tasks.entities import extract_entities
from tasks.quote_marks import find_quote_spans
from tasks.quotes import extract_quotes


def marked(quotes):
    return [q for q in quotes if q.kind != "indirect"]


def test_every_seed_quote_is_found_with_its_speaker_and_kind(seed_doc, seed_gold):
    quotes = extract_quotes(seed_doc, "seed", extract_entities(seed_doc, "seed"))
    by_span = {(q.start_char, q.end_char): q for q in quotes}
    assert len(seed_gold["quotes"]) == 13
    for gold in seed_gold["quotes"]:
        quote = by_span.get((gold["start"], gold["end"]))
        assert quote is not None, gold["text"]
        assert quote.text == gold["text"]
        assert (quote.speaker, quote.kind) == (gold["speaker"], gold["kind"]), gold["text"]


def test_seed_speaker_mentions_and_cues_match_the_gold(seed_doc, seed_text, seed_gold):
    quotes = extract_quotes(seed_doc, "seed", extract_entities(seed_doc, "seed"))
    by_span = {(q.start_char, q.end_char): q for q in quotes}
    for gold in seed_gold["quotes"]:
        quote = by_span[(gold["start"], gold["end"])]
        if gold["speaker_mention"] is None:
            continue
        assert seed_text[quote.speaker_start : quote.speaker_end] == gold["speaker_mention"]
        assert seed_text[quote.cue_start : quote.cue_end] == gold["cue"] == quote.cue


def test_seed_quotes_have_no_unattributed_extras(seed_doc, seed_gold):
    quotes = marked(extract_quotes(seed_doc, "seed", extract_entities(seed_doc, "seed")))
    assert len(quotes) == len(seed_gold["quotes"])


def test_seed_speaker_titles_come_from_the_text(seed_doc):
    quotes = extract_quotes(seed_doc, "seed", extract_entities(seed_doc, "seed"))
    titles = {q.speaker: q.speaker_title for q in quotes if q.kind == "direct"}
    assert titles["Zhang Xin"].startswith(
        "an associate professor at the Center for Russian Studies"
    )
    assert titles["Anton Barbashin"] == "editorial director at the online journal Riddle Russia"


def test_seed_indirect_statements_are_attributed(seed_doc, seed_gold):
    quotes = extract_quotes(seed_doc, "seed", extract_entities(seed_doc, "seed"))
    indirect = [q for q in quotes if q.kind == "indirect"]
    for gold in seed_gold["indirect_quotes"]:
        matches = [
            q
            for q in indirect
            if q.speaker == gold["speaker"]
            and q.text.removeprefix("that ").startswith(gold["content_starts_with"])
        ]
        assert matches, gold
        assert matches[0].cue == gold["cue"]


def test_attribution_after_the_quote(quotes_of):
    (quote,) = marked(
        quotes_of("“The budget is balanced,” Finance Minister Olaf Berg said on Monday.")
    )
    assert quote.speaker == "Olaf Berg" and quote.kind == "direct" and quote.cue == "said"
    assert quote.speaker_title == "Finance Minister"


def test_attribution_before_with_a_colon(quotes_of):
    (quote,) = marked(
        quotes_of("Prime Minister Jane Holt said: “We will not raise taxes this year.”")
    )
    assert quote.speaker == "Jane Holt" and quote.kind == "direct"


def test_attribution_in_the_middle_applies_to_both_halves(quotes_of):
    text = "“We tried everything,” Coach Marta Ruiz said, “but the other side was simply better.”"
    first, second = marked(quotes_of(text))
    assert first.speaker == second.speaker == "Marta Ruiz"
    assert first.kind == second.kind == "direct"


def test_inverted_attribution(quotes_of):
    (quote,) = marked(quotes_of("“Nobody expected this,” said Peter Novak, the club's chairman."))
    assert quote.speaker == "Peter Novak"


def test_according_to(quotes_of):
    text = (
        "Sales fell sharply last year. According to analyst Rita Moreno, the drop was "
        "“worse than anything since 2009.”"
    )
    (quote,) = marked(quotes_of(text))
    assert quote.speaker == "Rita Moreno" and quote.kind == "mixed" and quote.cue == "According to"


def test_mixed_quote_inside_reported_speech(quotes_of):
    text = "Senator Paul Green said the bill was “dead on arrival” and would not pass."
    (quote,) = marked(quotes_of(text))
    assert quote.text == "“dead on arrival”"
    assert quote.kind == "mixed" and quote.speaker == "Paul Green"


def test_surname_and_pronoun_resolve_to_the_full_name(quotes_of):
    text = (
        "Laura Chen, the mayor of Riverton, opened the new library on Saturday.\n"
        "“Books change lives,” Chen said.\n"
        "“Every child here deserves this,” she added."
    )
    first, second = marked(quotes_of(text))
    assert first.speaker == second.speaker == "Laura Chen"


def test_organisations_speak_too(quotes_of):
    text = "“The strike was a defensive measure,” the Pentagon said in a statement."
    (quote,) = marked(quotes_of(text))
    # The speaker is the organisation under its canonical name (the department the
    # Pentagon houses: tasks/data/entity_aliases.toml).
    assert quote.speaker == "United States Department of Defense"


def test_quote_running_over_paragraphs_keeps_its_speaker(quotes_of):
    text = (
        "“We will rebuild the port,” Governor Ana Silva said. “It will take time.\n"
        "“But the families who lost everything will not be forgotten,” she said."
    )
    quotes = marked(quotes_of(text))
    assert len(quotes) == 3
    assert {q.speaker for q in quotes} == {"Ana Silva"}


def test_paragraph_continuing_the_previous_speaker(quotes_of):
    text = (
        "“The river rose faster than anyone predicted,” fire chief Tom Baker said.\n"
        "“We moved two hundred people out before midnight and nobody was hurt.”"
    )
    first, second = marked(quotes_of(text))
    assert second.speaker == first.speaker == "Tom Baker"
    # Part of the first statement: its cue and speaker mention, not a cue of its own.
    assert second.cue_start == first.cue_start and second.kind == "direct"
    assert second.speaker_start == first.speaker_start


def test_paragraph_opener_before_narration_continues_the_previous_speaker(quotes_of):
    text = (
        "Goalkeeper Ruth Okonjo praised her defence. “They blocked everything,” Okonjo said.\n"
        "“I barely had a save to make.” “It was quiet.” "
        "The club now travel north for two cup ties. "
        "“We must stay humble,” said manager Pete Dallow.\n"
        "“Nobody remembers October.” “Points matter,” said his assistant Joan Mirren."
    )
    quotes = {q.text.strip("“”,."): q for q in marked(quotes_of(text))}
    assert quotes["I barely had a save to make"].speaker == "Ruth Okonjo"
    assert quotes["It was quiet"].speaker == "Ruth Okonjo"
    assert quotes["We must stay humble"].speaker == "Pete Dallow"
    # No narration between: the opener is the cued quote's speaker's.
    assert quotes["Nobody remembers October"].speaker == "Joan Mirren"


def test_straight_and_single_quotation_marks(quotes_of):
    straight = marked(quotes_of('"We have a deal," said union leader Sam Okafor.'))
    single = marked(quotes_of("‘We have a deal,’ said union leader Sam Okafor."))
    assert [q.speaker for q in straight] == [q.speaker for q in single] == ["Sam Okafor"]


def test_scare_quotes_without_a_speaker_are_not_quotes(quotes_of):
    text = "The so-called “smart” fridges were recalled after the “Zapad” exercise ended."
    assert marked(quotes_of(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "He said “this never closes.",
        "Stray ” mark and another “ here.\n“",
        "“”",
        '"',
        "‘Tis the season, isn’t it’s",
        "“Nested ‘inner’ quote,” she said, “and «another» one.",
    ],
)
def test_unbalanced_or_stray_marks_do_not_crash(quotes_of, text):
    quotes = quotes_of(text)
    for quote in quotes:
        assert 0 <= quote.start_char < quote.end_char <= len(text)


def test_apostrophes_do_not_close_single_quotes():
    spans = find_quote_spans("‘The country’s future is at stake,’ she said.")
    assert len(spans) == 1 and spans[0].end == len("‘The country’s future is at stake,’")


def test_quote_in_a_headline(quotes_of):
    text = "‘We will not back down,’ says Prime Minister Theresa May\nShe spoke in London."
    (quote,) = marked(quotes_of(text))
    assert quote.speaker == "Theresa May" and quote.kind == "direct" and quote.cue == "says"


def test_quotes_in_a_list(quotes_of):
    text = (
        "What the leaders said:\n"
        "- “Taxes will not rise,” said Finance Minister Karl Weber.\n"
        "- “We need more nurses,” Health Minister Eva Lund told reporters.\n"
    )
    quotes = marked(quotes_of(text))
    assert [q.speaker for q in quotes] == ["Karl Weber", "Eva Lund"]


def test_quote_reopened_after_a_sentence_in_one_paragraph(quotes_of):
    text = (
        'Coach Marta Ruiz was blunt. "We defended badly and we were punished. '
        '"Next week we have to be far sharper at the back," Ruiz said.'
    )
    first, second = marked(quotes_of(text))
    assert first.text == '"We defended badly and we were punished.'
    assert second.text.startswith('"Next week')
    assert first.speaker == second.speaker == "Marta Ruiz"


def test_speaker_the_model_missed_resolves_to_the_full_name(quotes_of):
    text = (
        "Nintendo president Satoru Iwata spoke in Tokyo on Monday.\n"
        '"Europe is an extremely important market for us," Mr Iwata added.'
    )
    (quote,) = marked(quotes_of(text))
    assert quote.speaker == "Satoru Iwata"


def test_name_then_colon_introduces_a_quote(quotes_of):
    text = (
        "What the managers said:\n"
        "Southampton boss Harry Redknapp: “We know they can give us problems.”"
    )
    (quote,) = marked(quotes_of(text))
    assert quote.speaker == "Harry Redknapp" and quote.cue == ":" and quote.kind == "direct"


def test_quote_after_a_reported_sentence_takes_its_speaker(quotes_of):
    text = (
        "Home Secretary Charles Clarke insisted that he would not be rushed into a decision. "
        '"My duty is to look first of all at the security of this country."'
    )
    (quote,) = marked(quotes_of(text))
    # The reported statement's cue: the quotation goes on with what Clarke insisted.
    assert quote.speaker == "Charles Clarke" and quote.cue == "insisted"


def test_a_term_under_the_rubric_of_is_not_a_quotation(nlp):
    text = (
        "The White House announced that Nixon would pay back taxes, because he had made "
        "improvements to his homes under the rubric of “security” and deducted them."
    )
    doc = nlp(text)
    quotes = extract_quotes(doc, "t", extract_entities(doc, "t"))
    assert not any("security" in q.text for q in quotes if q.kind != "indirect")


def test_a_lone_word_with_the_host_sentence_full_stop_is_a_term(nlp):
    text = (
        "Neoliberalism no longer has plausible solutions. As an answer to the problems of "
        "austerity, it offers more of the same or, at best, technocratic “nudges.”"
    )
    doc = nlp(text)
    quotes = extract_quotes(doc, "t", extract_entities(doc, "t"))
    assert not any("nudges" in q.text for q in quotes if q.kind != "indirect")


def test_a_title_after_called_is_a_name_though_it_has_a_verb(nlp):
    text = (
        "We measured this using a test called “Reading the Mind in the Eyes”, in which "
        "people looked at pictures of other people’s eyes."
    )
    doc = nlp(text)
    quotes = extract_quotes(doc, "t", extract_entities(doc, "t"))
    assert not any("Reading the Mind" in q.text for q in quotes if q.kind != "indirect")


def test_phrases_listed_after_a_naming_word_are_names(quotes_of):
    quotes = quotes_of(
        'The survey found that owners dubbed "tinkerers" and "hoarders" keep their '
        "bicycles longest, said Dr Anneli Voss of the Cycling Institute."
    )
    assert not [q for q in quotes if q.kind in ("direct", "mixed")]


def test_a_phrase_after_labelled_is_a_label(quotes_of):
    quotes = quotes_of(
        'The broadcaster said crates labelled "garden tools" had passed through the '
        "port of Brindmouth without inspection."
    )
    assert not [q for q in quotes if q.kind in ("direct", "mixed")]


def test_what_is_said_of_an_object_belongs_to_the_statement(quotes_of):
    # The phrases after the object hold the judgement ("as …", "over …").
    quotes = quotes_of(
        "Councillor Hana Petrov dismissed the bypass scheme as an expensive folly. "
        "Governor Tomas Reyes attacked the water board over its new tariff."
    )
    assert [(q.speaker, q.text) for q in quotes if q.kind == "indirect"] == [
        ("Hana Petrov", "the bypass scheme as an expensive folly"),
        ("Tomas Reyes", "the water board over its new tariff"),
    ]


def test_an_attributed_aside_ends_the_statement_it_hangs_from(quotes_of):
    # ", which she called …" is a statement of its own; a restrictive clause ("the
    # visitors who she said queued") picks out its noun and stays.
    quotes = quotes_of(
        "Mayor Ingrid Solberg said she backed the harbour levy, which she called “a fair "
        "price for clean water.” Minister Pavel Dorn said the grain tariffs would stay "
        "until spring, which farmers said was far too long."
    )
    indirect = [(q.speaker, q.text) for q in quotes if q.kind == "indirect"]
    assert ("Ingrid Solberg", "she backed the harbour levy") in indirect
    assert ("Pavel Dorn", "the grain tariffs would stay until spring") in indirect
    assert ("farmers", "which farmers said was far too long") in indirect
    assert [q.text for q in quotes if q.kind == "mixed"] == ["“a fair price for clean water.”"]
