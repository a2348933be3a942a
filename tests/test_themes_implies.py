"""Theme recall, tenth round (issue 18): a specific theme implies its general one
(``implies``), on small articles and taxonomies written for the tests."""

from __future__ import annotations

import pytest

from core.errors import DossierError
from core.records import ThemeMatch
from tasks.themes import ThemeMatcher, _with_implied, extract_themes, parse_taxonomy

from .theme_helpers import themes

IMPLYING = """
version = "test"
[subjects]
sport = "sport"

[[themes]]
id = "sports_competition"
label = "Sports competition"
parent = "sport"
patterns = ["tournament", "championship"]

[[themes]]
id = "football"
label = "Football"
parent = "sport"
patterns = ["goal", "striker", "football"]
implies = ["sports_competition"]
"""


def test_an_implied_theme_stands_on_the_implying_themes_evidence(nlp):
    matcher = ThemeMatcher(nlp, parse_taxonomy(IMPLYING, "implying.toml"))
    text = "The striker scored a late goal.\n\nIt was his third goal in football this year."
    found = {m.theme: m for m in extract_themes(nlp(text), "t", matcher)}
    assert set(found) == {"football", "sports_competition"}
    assert found["sports_competition"].evidence == found["football"].evidence
    assert found["sports_competition"].parent == "sport"


def test_an_implied_theme_is_not_added_without_the_implying_one(nlp):
    matcher = ThemeMatcher(nlp, parse_taxonomy(IMPLYING, "implying.toml"))
    text = "The weather was mild.\n\nRain is expected on Sunday."
    assert extract_themes(nlp(text), "t", matcher) == []


@pytest.mark.parametrize("implied", ["nothing_such", "football"])
def test_an_unknown_or_self_implied_theme_is_a_taxonomy_error(implied):
    raw = IMPLYING.replace('implies = ["sports_competition"]', f'implies = ["{implied}"]')
    with pytest.raises(DossierError, match="implies unknown themes"):
        parse_taxonomy(raw, "implying.toml")


# --- the shipped taxonomy: a company's results are company news, a match a competition


def test_a_results_notice_is_also_company_news(nlp, shipped):
    title = "HARLOW INSTRUMENTS 1ST QTR NET"
    text = "Shr 12 cts vs ten cts\n\nNet 1,200,000 vs 1,000,000\n\nRevs 9,800,000 vs 8,700,000"
    found = themes(nlp, shipped, text, title)
    assert {"corporate_results", "companies_industry"} <= found


def test_an_athletics_report_is_also_a_sports_competition(nlp, shipped):
    text = (
        "Sprinter Joe Tarl ran a personal best in the 100m at the indoor meeting in "
        "Glasgow.\n\nThe athlete said the hurdles would be next for him this winter."
    )
    found = themes(nlp, shipped, text)
    assert {"tennis_athletics", "sports_competition"} <= found


def test_a_minor_theme_of_another_subject_implies_nothing():
    taxonomy = parse_taxonomy(
        IMPLYING.replace('sport = "sport"', 'sport = "sport"\nsociety = "society"')
        + '\n[[themes]]\nid = "family"\nlabel = "Family"\nparent = "society"\n'
        + 'patterns = ["family"]\n',
        "implying.toml",
    )
    themes = {theme.id: theme for theme in taxonomy.themes}
    family = ThemeMatch("t", "family", "Family", "society", 8.0, [])
    football = ThemeMatch("t", "football", "Football", "sport", 4.0, [])
    assert [m.theme for m in _with_implied([family, football], themes)] == ["family", "football"]
    implied = _with_implied([football, family], themes)
    assert [m.theme for m in implied] == ["football", "family", "sports_competition"]


def test_a_sibling_topic_of_the_subject_blocks_the_implied_theme(nlp):
    raw = IMPLYING + (
        '\n[[themes]]\nid = "doping"\nlabel = "Doping"\nparent = "sport"\n'
        'patterns = ["doping", "drugs test", "ban"]\n'
    )
    matcher = ThemeMatcher(nlp, parse_taxonomy(raw, "implying.toml"))
    text = (
        "The striker faces a doping ban after he missed a drugs test.\n\nHis football "
        "club said the doping ban would end his season; he scored a goal last week."
    )
    found = {m.theme for m in extract_themes(nlp(text), "t", matcher)}
    assert {"football", "doping"} <= found
    assert "sports_competition" not in found
