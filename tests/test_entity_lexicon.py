"""A common word the news writes in lowercase, capitalised only by its place (opening
a sentence, filling a heading, in a title-case headline or in capitals), is no name."""

from __future__ import annotations

import pytest

from tasks.entity_filters import WordCase
from tasks.entity_lexicon import award_category, common_word_alone, written_lowercase

_PROSE = (
    "The volunteers gathered early on the green, sorted the donated tools into piles, "
    "and then walked along the river path picking up litter until the rain came in "
    "the afternoon and everyone went home with wet boots and a sense that the work "
    "had been worth doing for the village and for the birds that nest by the water."
)


@pytest.fixture(scope="module")
def dropped(nlp):
    def run(text: str, word: str, label: str = "ORG") -> bool:
        doc = nlp(text)
        start = text.index(word)
        span = doc.char_span(start, start + len(word), label=label)
        return common_word_alone(span, span.text, WordCase.of(doc), elsewhere=False)

    return run


def test_word_opening_a_sentence_after_a_quote_mark(dropped):
    text = "“Attempts to mend the old Pelworth weir have failed twice,” the warden wrote."
    assert dropped(text, "Attempts", "WORK_OF_ART")


def test_word_filling_a_heading_line(dropped):
    text = "Lunch?\nThe Marbury quayside cafe will stay open for takeaway orders all week."
    assert dropped(text, "Lunch", "PERSON")


def test_word_in_a_title_case_headline(dropped):
    text = "Did the Corner Bakery Cakes Live up to the Hype?\nWe queued for an hour to find out."
    assert dropped(text, "Hype")


def test_word_in_capitals_in_lowercase_prose(dropped):
    text = _PROSE + "\nSoak the seeds overnight (OPTIONAL) before sowing them in trays."
    assert dropped(text, "OPTIONAL")


def test_subject_of_a_reporting_verb_is_a_name(dropped):
    text = "Reading said on Monday that its young striker would stay until the summer."
    assert not dropped(text, "Reading")


def test_word_capitalised_in_mid_sentence_elsewhere_is_a_name(dropped):
    text = "Reading lost again at home. The manager of Reading blamed the pitch."
    assert not dropped(text, "Reading")


def test_word_in_mid_sentence_is_left_to_the_model(dropped):
    text = "The council has asked for more attempts, and Attempts will be counted."
    assert not dropped(text, "Attempts")


def test_given_name_opening_a_sentence_stays(dropped):
    text = "Faith opened the meeting at the Pelworth hall before the vote on the weir."
    assert not dropped(text, "Faith", "PERSON")


def test_name_after_a_semicolon_in_a_lineup_stays(dropped):
    text = "Tarrant; Pimbley, Hamble; Gross, Dunmore; Pike.\nReplacements: Orde, Vail."
    assert not dropped(text, "Gross", "PERSON")


def _case(nlp, text: str) -> WordCase:
    return WordCase.of(nlp(text))


def test_best_category_of_an_award_is_no_name(nlp):
    text = "The Corrigan twins were nominated for Best Newcomer at the Lantern Film Awards."
    assert award_category("Best Newcomer", _case(nlp, text))


def test_best_without_talk_of_awards_is_left_alone(nlp):
    text = "Shoppers queued outside Best Newcomer before the doors opened on Friday."
    assert not award_category("Best Newcomer", _case(nlp, text))


def test_best_before_a_name_is_left_alone(nlp):
    text = "The Felstead award went to Best Marrowby, the village's oldest baker."
    assert not award_category("Best Marrowby", _case(nlp, text))


@pytest.fixture(scope="module")
def lowercase_elsewhere(nlp):
    def run(text: str, word: str, occurrence: int = 0) -> bool:
        doc = nlp(text)
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(word, start + 1)
        span = doc.char_span(start, start + len(word), label="ORG")
        words = WordCase.of(doc)
        return written_lowercase(span, span.text, words, words.line_of(span))

    return run


def test_defined_term_the_text_also_writes_in_lowercase(lowercase_elsewhere):
    text = (
        "We may share data about Members whenever they log in. Our members can ask "
        "for a copy, and members who leave can ask us to delete it."
    )
    assert lowercase_elsewhere(text, "Members")


def test_season_capitalised_in_a_game_guide(lowercase_elsewhere):
    text = (
        "On Saturdays in Spring and Fall she walks the children to the park. In "
        "the fall the park closes early, and every fall it floods."
    )
    assert lowercase_elsewhere(text, "Fall")


def test_name_after_the_article_stays(lowercase_elsewhere):
    text = (
        "She told the Guardian that the plan was sound. A guardian of the estate "
        "disagreed, and the guardian wrote to the council."
    )
    assert not lowercase_elsewhere(text, "Guardian")


def test_name_written_capitalised_more_often_stays(lowercase_elsewhere):
    text = (
        "Investors bought Orange shares after Orange raised its forecast, and Orange "
        "said sales rose. She ate an orange."
    )
    assert not lowercase_elsewhere(text, "Orange")


def test_name_its_noun_describes_stays(lowercase_elsewhere):
    text = "Tom Reed is the editor of Progress magazine, which tracks progress in the trade."
    assert not lowercase_elsewhere(text, "Progress")


def test_first_of_a_list_of_names_stays(lowercase_elsewhere):
    text = (
        "She starred in comedies over the years: Friends, Frasier and more, and made "
        "friends on every set."
    )
    assert not lowercase_elsewhere(text, "Friends")


def test_word_the_text_never_writes_in_lowercase_stays(lowercase_elsewhere):
    text = "Shares of Harvest rose after Harvest bought a rival bakery chain in May."
    assert not lowercase_elsewhere(text, "Harvest")
