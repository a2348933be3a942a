"""Names (issue 17, round 28): institutions whose country or state the story implies,
U.N. bodies spelled out, compass-initial states, and a company's short name after a
line holding its two tickers."""

from __future__ import annotations

from tasks.entities import extract_entities
from tasks.entity_filters import _is_code_line
from tasks.entity_places import compass_initial_states
from tasks.entity_wire import _headline_country, _wire_data, united_nations_name


def _names(mentions, text: str) -> set[str]:
    return {m.canonical_name for m in mentions if m.text == text}


def test_a_bare_department_of_an_american_story_is_the_united_states(extract):
    # No country at all and no pounds: the United States has departments.
    text = (
        "Crude stocks rose 2.1 mln barrels in the week, the Department of Energy said in "
        "its weekly report. Refinery runs fell to 12.3 mln barrels a day."
    )
    assert _names(extract(text), "Department of Energy") == {"United States Department of Energy"}
    text = (
        "Acme Widgets Inc said the Department of Justice approved its merger with Zeller "
        "Corp, clearing the last hurdle."
    )
    assert _names(extract(text), "Department of Justice") == {"US Department of Justice"}


def test_a_department_of_a_story_on_another_country_is_not_the_united_states(extract):
    text = (
        "Britain's North Sea output fell, the Department of Energy said. Britain expects "
        "output to recover, and British producers cut costs by 40 mln pounds."
    )
    names = _names(extract(text), "Department of Energy")
    assert "United States Department of Energy" not in names


def test_a_country_named_once_and_again_in_the_headline_is_the_storys(nlp):
    text = (
        "Kenya's coffee exports rose 12 pct in March from a year earlier, the Central Bank "
        "said in its monthly review."
    )
    with_title = extract_entities(nlp(text), "t", title="KENYAN COFFEE EXPORTS RISE")
    assert _names(with_title, "Central Bank") == {"Central Bank of Kenya"}
    # Without the headline the one mention is too little.
    alone = extract_entities(nlp(text), "t")
    assert _names(alone, "Central Bank") == {"Central Bank"}
    # A headline naming another country gives none.
    other = extract_entities(nlp(text), "t", title="UGANDA SEES COFFEE PRICES FIRM")
    assert _names(other, "Central Bank") == {"Central Bank"}


def test_the_headline_reads_regular_adjectives_of_countries():
    data = _wire_data()
    assert _headline_country("SRI LANKAN DEBT ROSE IN MAY", data) == "Sri Lanka"
    assert _headline_country("FRENCH WHEAT SOWINGS SEEN STEADY", data) == "France"
    assert _headline_country("COFFEE TALKS TO RESUME", data) is None
    assert _headline_country("KENYA AND UGANDA SIGN PACT", data) is None


def test_yugoslavias_parliament_is_its_federal_assembly(extract):
    text = (
        "Yugoslavia's banks broke the law, a Yugoslav daily said. The prime minister "
        "told Parliament that Yugoslavia would tighten controls."
    )
    assert _names(extract(text), "Parliament") == {"Federal Assembly of Yugoslavia"}


def test_a_united_nations_body_is_spelled_out_and_its_acronym_follows(extract):
    text = (
        "The talks, held under the U.N. Conference on Trade and Development (UNCTAD), "
        "ended on Friday. UNCTAD will meet again in June."
    )
    mentions = extract(text)
    full = "United Nations Conference on Trade and Development"
    assert _names(mentions, "U.N. Conference on Trade and Development") == {full}
    assert _names(mentions, "UNCTAD") == {full}
    assert len({m.entity_key for m in mentions if m.canonical_name == full}) == 1


def test_a_public_service_commission_takes_the_one_state_named(extract):
    text = (
        "Ohio Edison Co said it will ask the Public Service Commission for a rate rise of "
        "40 mln dlrs. Ohio Edison serves 900,000 customers."
    )
    assert _names(extract(text), "Public Service Commission") == {"Ohio Public Service Commission"}
    # Two states: no guessing.
    text = (
        "Ohio Edison Co and Georgia Power Co said the Public Service Commission delayed "
        "the hearing."
    )
    assert _names(extract(text), "Public Service Commission") == {"Public Service Commission"}


class _Place:
    def __init__(self, canonical: str, label: str = "GPE") -> None:
        self.canonical, self.label = canonical, label


def test_a_compass_initial_state_is_the_state():
    places = [_Place("W. Virginia"), _Place("N. Dakota"), _Place("E. Anglia"), _Place("S. Ohio")]
    compass_initial_states(places)
    assert [p.canonical for p in places] == [
        "West Virginia",
        "North Dakota",
        "E. Anglia",
        "S. Ohio",
    ]
    company = _Place("W. Virginia", "ORG")
    compass_initial_states([company])
    assert company.canonical == "W. Virginia"


def test_two_tickers_after_a_name_are_no_markup():
    assert not _is_code_line("Acme Gas Co buys gas from Zeller Group <ZG> <ZGL> units.")
    assert _is_code_line("<div> Acme </div>")


def test_a_companys_short_name_follows_a_line_with_two_tickers(extract):
    text = (
        "Harwick Union Gas Co said it has agreed to buy gas from Zeller Oil Co, a Halvard "
        "Group <HG> <HGL> subsidiary.\n\nHarwick Union said the long-term contract will "
        "cover 15 pct of its supplies."
    )
    mentions = extract(text)
    assert _names(mentions, "Harwick Union Gas Co") == {"Harwick Union Gas Co"}
    assert _names(mentions, "Harwick Union") == {"Harwick Union Gas Co"}


def test_the_united_nations_name_of_a_body_outside_a_document():
    assert united_nations_name("U.N. Food and Agriculture Organisation") == (
        "United Nations Food and Agriculture Organisation"
    )
    assert united_nations_name("UN Development Programme") == "United Nations Development Programme"
    assert united_nations_name("UNCTAD") is None
    assert united_nations_name("United Nations") is None
