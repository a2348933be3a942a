"""Taxonomy validation, matching rules and the seed's themes."""

from __future__ import annotations

import pytest

from core.errors import DossierError
from tasks.themes import ThemeMatcher, extract_themes, load_taxonomy, parse_taxonomy, theme_matcher

SMALL = """
version = "test"
[subjects]
economy = "economy, business and finance"
sport = "sport"

[[themes]]
id = "trade"
label = "Trade"
parent = "economy"
patterns = ["tariff", "trade deal", "export"]

[[themes]]
id = "football"
label = "Football"
parent = "sport"
patterns = ["goal", "striker"]
required = ["football", "match"]
excluded = ["hockey"]
"""


@pytest.fixture(scope="module")
def small_matcher(nlp):
    return ThemeMatcher(nlp, parse_taxonomy(SMALL, "small.toml"))


def themes(nlp, matcher, text):
    return {m.theme: m for m in extract_themes(nlp(text), "t", matcher)}


def test_shipped_taxonomy_is_valid_and_two_level():
    taxonomy = load_taxonomy()
    assert len(taxonomy.subjects) == 17
    assert all(theme.parent in taxonomy.subjects for theme in taxonomy.themes)


def test_patterns_match_on_lemmas_and_evidence_has_offsets(nlp, small_matcher):
    text = (
        "The new tariffs hit exports. Trade deals were signed. Exporters complained about tariffs."
    )
    found = themes(nlp, small_matcher, text)
    assert set(found) == {"trade"}
    for evidence in found["trade"].evidence:
        assert text[evidence.start_char : evidence.end_char] == evidence.text
    assert {e.text for e in found["trade"].evidence} >= {"tariffs", "exports", "Trade deals"}


def test_one_passing_word_is_not_a_theme(nlp, small_matcher):
    text = "The minister spoke at length about schools, hospitals and roads.\n" * 3
    text += "Someone mentioned an export once."
    assert "trade" not in themes(nlp, small_matcher, text)


def test_lead_counts_double(nlp, small_matcher):
    in_lead = themes(
        nlp, small_matcher, "New tariffs and a trade deal were announced. Nothing else happened."
    )
    assert in_lead["trade"].score == 4.0


SENSES = """
version = "test"
[subjects]
disaster = "disaster"
sport = "sport"
arts_culture = "arts"
politics = "politics"

[[themes]]
id = "fires"
label = "Fires"
parent = "disaster"
patterns = ["fire", "blaze", "firefighter"]

[[themes]]
id = "rugby"
label = "Rugby"
parent = "sport"
patterns = ["rugby", "try", "scrum"]

[[themes]]
id = "books"
label = "Books"
parent = "arts_culture"
patterns = ["book", "novel", "author"]

[[themes]]
id = "legislation"
label = "Legislation"
parent = "politics"
patterns = ["congress", "senator", "bill", "amendment"]
"""


@pytest.fixture(scope="module")
def sense_matcher(nlp):
    return ThemeMatcher(nlp, parse_taxonomy(SENSES, "senses.toml"))


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "The company fired its chief executive. Shareholders had fired questions at him.",
            "fires",
        ),
        ("She tried again and tried once more. Nobody tries harder than she does.", "rugby"),
        ("We booked tickets early. They booked a table for two as well.", "books"),
    ],
)
def test_a_word_in_another_sense_is_not_evidence(nlp, sense_matcher, text, theme):
    assert theme not in themes(nlp, sense_matcher, text)


def test_words_inside_dates_and_names_are_not_evidence(nlp):
    taxonomy = """
version = "test"
[subjects]
politics = "politics"
economy = "economy"

[[themes]]
id = "protest"
label = "Protest"
parent = "politics"
patterns = ["march", "rally", "protester"]

[[themes]]
id = "automotive"
label = "Automotive"
parent = "economy"
patterns = ["Ford", "carmaker"]
"""
    matcher = ThemeMatcher(nlp, parse_taxonomy(taxonomy, "dates.toml"))
    text = (
        "The dividend is payable March 15 to holders of record on March 1, the company said. "
        "The report was written by John M. Ford. John M. Ford has written three reports."
    )
    assert themes(nlp, matcher, text) == {}
    crowd = "Thousands joined the march through the capital. The march ended in a rally."
    assert "protest" in themes(nlp, matcher, crowd)


def test_the_noun_sense_still_counts(nlp, sense_matcher):
    text = "A fire destroyed the warehouse. Firefighters fought the blaze all night."
    assert "fires" in themes(nlp, sense_matcher, text)


def test_one_common_noun_met_once_is_not_enough(nlp, sense_matcher):
    text = "He gave it a try in the lead sentence. The rest of the article is about gardening."
    assert "rugby" not in themes(nlp, sense_matcher, text)


def test_capitalised_uses_match_lowercase_patterns(nlp, sense_matcher):
    text = "Congress passed the measure. The bill now goes to the president."
    assert "legislation" in themes(nlp, sense_matcher, text)


def test_a_theme_far_below_the_main_one_is_dropped(nlp, sense_matcher):
    text = "Firefighters fought the blaze. The fire spread. " * 3
    text += "A firefighter later read a novel by his favourite author."
    found = themes(nlp, sense_matcher, text)
    assert "fires" in found and "books" not in found


def test_required_and_excluded_terms(nlp, small_matcher):
    body = "The striker scored a late goal. Another goal followed from the striker."
    assert "football" not in themes(nlp, small_matcher, body)
    assert "football" in themes(nlp, small_matcher, body + " It was a fine football match.")
    assert "football" not in themes(nlp, small_matcher, body + " A football match, not hockey.")


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("version = \n", "small.toml"),
        ('[subjects]\na = "A"\n', "at least one [[themes]]"),
        ('[[themes]]\nid = "x"\nparent = "a"\npatterns = ["y"]\n', "[subjects]"),
        (
            '[subjects]\na = "A"\n\n[[themes]]\nid = "x"\nparent = "nope"\npatterns = ["y"]\n',
            "line 5: theme 'x' has parent 'nope'",
        ),
        (
            '[subjects]\na = "A"\n[[themes]]\nid = "x"\nparent = "a"\npatterns = []\n',
            "line 4: theme 'x' has no patterns",
        ),
        (
            '[subjects]\na = "A"\n[[themes]]\nid = "x"\nparent = "a"\n'
            'patterns = ["y"]\npattern = 1\n',
            "unknown fields: pattern",
        ),
    ],
)
def test_malformed_taxonomy_names_file_line_and_reason(raw, message):
    with pytest.raises(DossierError) as error:
        parse_taxonomy(raw, "small.toml")
    assert "small.toml" in str(error.value)
    assert message in str(error.value)


def test_missing_taxonomy_file_is_a_clear_error(tmp_path):
    with pytest.raises(DossierError, match=r"taxonomy .*nothere\.toml"):
        load_taxonomy(tmp_path / "nothere.toml")


def test_seed_gets_its_expected_themes_with_evidence(nlp, seed_doc, seed_text):
    found = {m.theme: m for m in extract_themes(seed_doc, "seed", theme_matcher(nlp))}
    for theme in ("military_exercises", "afghanistan_conflict", "central_asia_security"):
        assert theme in found, theme
        assert found[theme].evidence
        for evidence in found[theme].evidence:
            assert seed_text[evidence.start_char : evidence.end_char] == evidence.text
    # Named twice in passing in an article about the drills: under the relative floor.
    assert "counterterrorism" not in found


@pytest.mark.corpus
def test_bbc_top_subject_agrees_with_the_editorial_category(nlp, shared_corpora):
    """30 articles of each BBC category (figures for all 2,225: README)."""
    import json
    from collections import Counter, defaultdict

    from tasks.themes import tag_titles

    subjects = {
        "business": "economy",
        "politics": "politics",
        "sport": "sport",
        "tech": "science_technology",
        "entertainment": "arts_culture",
    }
    per_category: dict[str, list[dict]] = defaultdict(list)
    with open(shared_corpora / "bbc_news.jsonl", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if len(per_category[record["category"]]) < 30:
                per_category[record["category"]].append(record)
    records = [r for rows in per_category.values() for r in rows]
    matcher = theme_matcher(nlp)
    titles = tag_titles(nlp, [r["title"] for r in records], [r["text"] for r in records])
    agree = no_theme = 0
    for record, doc, title in zip(
        records, nlp.pipe(r["text"] for r in records), titles, strict=True
    ):
        totals: Counter = Counter()
        for match in extract_themes(doc, record["id"], matcher, title):
            totals[match.parent] += match.score
        no_theme += not totals
        agree += bool(totals) and totals.most_common(1)[0][0] == subjects[record["category"]]
    assert agree / len(records) >= 0.8
    assert no_theme / len(records) <= 0.05
