"""A theme whose news a phrase of its own states in a notice's first sentence
(``themes.STATED_PHRASES``) is what the notice is about: central, not in passing and
not held to ``RELATIVE_FLOOR`` of the best theme (``Candidate.stated``, issue 18),
however much the rest of the notice tells of the company. A ``setting`` theme's
phrase names who acts and keeps the document-level rules. Small notices written for
the tests."""

from __future__ import annotations

from tasks import themes as t

from .theme_helpers import themes

CONTRACT = (
    "Merrick Dynamics Corp is being awarded a 45 mln dlr Navy contract for radar parts "
    "for its patrol aircraft, the company said.\n\n"
    "Merrick said the company expects the work to be completed by the end of next year "
    "at its plant in Ohio.\n\n"
    "The company said its shares rose one dlr to 31 dlrs on the news, and that its "
    "sales last year were 210 mln dlrs."
)
TITLE = "MERRICK DYNAMICS <MRK> GETS 45 MLN DLR CONTRACT"


def _candidate(nlp, matcher, text: str, title: str, theme: str) -> t.Candidate:
    (title_doc,) = t.tag_titles(nlp, [title], [text])
    found = {c.match.theme: c for c in matcher.candidates(nlp(text), "t", title_doc)}
    return found[theme]


def test_the_stated_news_of_a_notice_is_its_theme(nlp, shipped):
    """One phrase in the first sentence (score 2) beside the company's 12."""
    assert {"arms_military_spending", "companies_industry"} <= themes(nlp, shipped, CONTRACT, TITLE)


def test_the_candidate_is_stated(nlp, shipped):
    candidate = _candidate(nlp, shipped, CONTRACT, TITLE, "arms_military_spending")
    assert candidate.stated
    assert candidate.match.score < candidate.match.score + 1  # scored as before
    company = _candidate(nlp, shipped, CONTRACT, TITLE, "companies_industry")
    assert not company.stated
    assert company.match.score > 5 * candidate.match.score


def test_unstated_it_is_under_the_floor(nlp, shipped, monkeypatch):
    """Without the stated phrase the theme is no candidate (under its min_score)."""
    monkeypatch.setattr(t, "STATED_PHRASES", 99)
    assert "arms_military_spending" not in themes(nlp, shipped, CONTRACT, TITLE)


def test_a_phrase_in_a_later_sentence_is_not_stated(nlp, shipped):
    text = (
        "Merrick Dynamics Corp said its sales rose to 210 mln dlrs last year and that "
        "the company will open a plant in Ohio.\n\n"
        "The company said its shares rose one dlr to 31 dlrs.\n\n"
        "Merrick said part of its sales came from a Navy contract for radar parts."
    )
    assert "arms_military_spending" not in themes(
        nlp, shipped, text, "MERRICK DYNAMICS <MRK> SALES RISE"
    )


def test_a_setting_theme_is_not_stated(nlp, shipped):
    """government_executive is a setting theme: its phrase names who acts."""
    assert shipped.themes["government_executive"].setting
    text = (
        "The finance ministry said Merrick Dynamics Corp will build a plant in Ohio.\n\n"
        "Merrick said the company will hire 300 people, and its shares rose one dlr.\n\n"
        "The company said its sales last year were 210 mln dlrs."
    )
    title = "MERRICK DYNAMICS <MRK> TO BUILD PLANT"
    (title_doc,) = t.tag_titles(nlp, [title], [text])
    found = {c.match.theme: c for c in shipped.candidates(nlp(text), "t", title_doc)}
    assert all(not c.stated for theme, c in found.items() if shipped.themes[theme].setting)


def test_a_phrase_describing_the_subject_is_not_stated(nlp):
    """An apposition to the main verb's subject says who acts, not what it did."""
    doc = nlp(
        "Harwick Media, the media company owned by a Canadian investor, is looking at "
        "a move into the board games market."
    )
    company = next(token for token in doc if token.text == "company")
    games = next(token for token in doc if token.text == "games")
    assert t._in_subject_apposition(company)
    assert not t._in_subject_apposition(games)
