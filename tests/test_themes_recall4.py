"""Theme recall, round 13 (issue 18): the words of each sport's own reports, a UK
minister's title, the metal exchange's and vegetable oils' wire words, broadcasting
licences (taxonomy 2026.12.21), and the acronyms of a headline in capitals, on small
articles written for the tests. Beside them, the same words where they are no
evidence."""

from __future__ import annotations

import pytest

from .theme_helpers import themes


@pytest.mark.parametrize(
    ("title", "text", "theme"),
    [
        (
            "Kowalski edges past Brandt in Rotterdam",
            "Second seed Piotr Kowalski needed a tiebreak to get past Lukas Brandt on "
            "Friday. Kowalski won 7-6 6-3 and will meet the fourth seed in the last "
            "four. The unseeded Brandt had saved two match points in the first set.",
            "tennis_athletics",
        ),
        (
            "Okafor heads the field in the hills",
            "World champion Grace Okafor will run in the cross country race at the "
            "weekend. Okafor, who took the 10,000m title in the summer, said the "
            "course suited her, and the 5,000m winner Ruth Akinyi also runs.",
            "tennis_athletics",
        ),
        (
            "Boss backs his keeper after derby",
            "The Hibernian boss said his keeper had kept the side in the derby at "
            "Tynecastle. Hearts went ahead from the penalty spot before the break, "
            "and Hibernian sit third in the Scottish Premier League.",
            "football",
        ),
        (
            "Lock recalled for Murrayfield trip",
            "The lock forward returns for the Six Nations match at Murrayfield after "
            "his ban for a late hit. He was shown a card and spent ten minutes "
            "in the sin-bin against Wasps a month ago.",
            "rugby_cricket",
        ),
        (
            "Curbs planned on betting shop machines",
            "The Culture Secretary wants a limit on fast-paying machines in betting "
            "shops. The government will set the stake in rules next year, and the "
            "bookmakers said jobs were at risk.",
            "government_executive",
        ),
        (
            "LEAD EASES IN QUIET TRADE",
            "Lead eased on the LME this morning as dealers squared positions ahead "
            "of the holiday. The backwardation between cash metal and three months "
            "narrowed to 20 stg.",
            "commodities_mining",
        ),
        (
            "KENYA BOOKS VEGETABLE OIL CARGO",
            "Kenya has bought 8,000 tonnes of palm oil for April shipment, traders "
            "said. Its imports of vegetable oils rose by a third last year.",
            "agriculture_food_industry",
        ),
        (
            "RADIO GROUP WINS RENEWAL",
            "The FCC renewed the broadcast licenses of three television stations "
            "owned by Mesa Radio Inc, the company said. A rival had asked the FCC to "
            "deny the renewal.",
            "telecoms_media_business",
        ),
    ],
)
def test_a_reports_own_words_are_its_theme(nlp, shipped, title, text, theme):
    assert theme in themes(nlp, shipped, text, title)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "The gardener sowed the second seed tray in March and watered it daily. "
            "By May the seedlings were ready to plant out in the border.",
            "tennis_athletics",
        ),
        (
            "The museum keeper locked the gallery at six. Visitors had queued all "
            "day for the new exhibition of old maps of the city.",
            "football",
        ),
        (
            "Ulster beat Leinster in the Celtic League, and the Celtic League leaders "
            "now face Munster at home. Two of the Ulster side played at the World Cup "
            "last year.",
            "football",
        ),
    ],
)
def test_the_same_words_in_another_sense_are_no_evidence(nlp, shipped, text, theme):
    assert theme not in themes(nlp, shipped, text)


def test_a_headline_in_capitals_keeps_the_acronyms_the_text_writes(nlp):
    from tasks.themes import tag_titles

    text = (
        "Dealers said copper on the LME was steady after a quiet morning. "
        "In March the metal had gained 40 stg."
    )
    (title_doc,) = tag_titles(nlp, ["LME COPPER STEADY IN MARCH TRADE"], [text])
    # "March" opens no name in the headline: only an acronym keeps its capitals.
    assert title_doc.text == "LME copper steady in march trade"


def test_an_acronym_in_the_headline_is_title_evidence(nlp, shipped):
    title = "LME TRADE QUIET AHEAD OF HOLIDAY"
    text = (
        "Dealers said turnover on the LME was light and prices barely moved. Buyers "
        "waited for the stock figures due on Monday."
    )
    assert "commodities_mining" not in themes(nlp, shipped, text)
    assert "commodities_mining" in themes(nlp, shipped, text, title)


def test_a_text_in_capitals_gives_no_spellings(nlp):
    from tasks.themes import tag_titles

    text = "DEALERS SAID THE LME WAS QUIET."
    (title_doc,) = tag_titles(nlp, ["LME QUIET"], [text])
    assert title_doc.text == "Lme quiet"
