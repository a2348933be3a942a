"""A one-word ``required`` term stands for its theme as strictly as a pattern does
(issue 18): a verb whose lemma is the term's ("recorded", "toured") is not the term
unless the taxonomy writes that form, and a lower-case term is no word of a person's
or a company's name. Small articles written for the tests."""

from __future__ import annotations

import pytest

from tasks.themes import ThemeMatcher, parse_taxonomy

from .theme_helpers import themes

TAXONOMY = (
    '[subjects]\narts = "Arts"\nlaw = "Law"\n\n'
    '[[themes]]\nid = "music"\nlabel = "Music"\nparent = "arts"\n'
    'patterns = ["band", "concert"]\nrequired = ["record", "singer"]\n\n'
    '[[themes]]\nid = "press"\nlabel = "Press"\nparent = "law"\n'
    'patterns = ["journalist", "newspaper"]\nrequired = ["arrested", "censorship"]\n'
)

BANDS = (
    "The band played a concert in the park on Saturday.\n"
    "The band said the concert was the best of the year."
)


@pytest.fixture(scope="module")
def matcher(nlp):
    return ThemeMatcher(nlp, parse_taxonomy(TAXONOMY, "test"))


def test_a_verb_sharing_the_terms_lemma_is_not_the_term(nlp, matcher):
    text = BANDS + "\nThe organisers recorded a loss on the evening."
    assert "music" not in themes(nlp, matcher, text)


def test_the_noun_is_the_term(nlp, matcher):
    text = BANDS + "\nThe organisers said the crowd was a record for the park."
    assert "music" in themes(nlp, matcher, text)


def test_a_persons_name_is_not_the_term(nlp, matcher):
    text = BANDS + "\nJohn Singer, who runs the park, said the crowd was well behaved."
    assert "music" not in themes(nlp, matcher, text)


def test_a_companys_name_is_not_the_term(nlp, matcher):
    text = BANDS + "\nSinger Co, which owns the park, said it would sell it."
    assert "music" not in themes(nlp, matcher, text)


def test_the_term_as_a_common_noun_still_counts(nlp, matcher):
    text = BANDS + "\nThe singer said the crowd was the loudest she had heard."
    assert "music" in themes(nlp, matcher, text)


def test_a_verb_term_counts_in_the_form_the_taxonomy_writes(nlp, matcher):
    text = (
        "Police arrested a journalist of the newspaper on Monday.\n"
        "The newspaper said the journalist had written about the army."
    )
    assert "press" in themes(nlp, matcher, text)


def test_a_jet_engines_fan_is_no_admirer(nlp, shipped):
    text = (
        "Larchmont Aero Inc said it chose an unducted fan engine for its new airliner.\n"
        "The company said the engine would cut fuel use by a fifth."
    )
    found = themes(nlp, shipped, text, title="LARCHMONT AERO PICKS UNDUCTED FAN ENGINE")
    assert "celebrity" not in found


def test_a_courts_damages_award_is_no_prize(nlp, shipped):
    text = (
        "An appeals court threw out a one mln dlr libel award against a weekly "
        "newspaper over an article about a builder.\n"
        "The court said the article was not written with malice."
    )
    found = themes(nlp, shipped, text, title="COURT VACATES LIBEL AWARD")
    assert "awards_ceremonies" not in found


def test_a_film_prize_award_is_still_an_award(nlp, shipped):
    text = (
        "The director won the award for best film at the festival's ceremony.\n"
        "She said the award would help her next film find a distributor."
    )
    assert "awards_ceremonies" in themes(nlp, shipped, text, title="Director wins film award")


def test_a_euro_commercial_paper_programme_is_no_currency_story(nlp, shipped):
    text = (
        "Norland Province is launching a euro-commercial paper program for 200 mln "
        "dlrs, its arranger said.\n"
        "The euro-commercial paper program allows notes of up to 183 days, and the "
        "province may issue them in any currency."
    )
    found = themes(nlp, shipped, text, title="NORLAND PROVINCE LAUNCHES EURO-CP PROGRAM")
    assert "currencies" not in found
