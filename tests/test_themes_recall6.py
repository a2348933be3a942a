"""Theme recall, round 15 (issue 18): a match report told in the game's own words
whatever the clubs, a listing, a rights offering, a note facility and a currency
fixing as wire copy words them, a leading index, a bid for control, a star's private
life, a drug told by its trial (taxonomy 2026.12.23). Small articles written for the
tests."""

from __future__ import annotations

import pytest

from .theme_helpers import themes


@pytest.mark.parametrize(
    ("title", "text", "wanted"),
    [
        (
            "Brackley Rovers 2-1 Tamworth Vale",
            "Brackley came from behind to reach the third round. The visitors went ahead "
            "when a corner kick was headed in at the near post. Rovers equalised before "
            "the break and Dunmore struck the winning goal from close range late on. "
            "Subs Not Used: Pike, Okafor.",
            {"football", "sports_competition"},
        ),
        (
            "Kestrel Mining shares move to the big board",
            "Kestrel Mining Inc said from Monday its shares move from the over-the-counter "
            "market, where they traded since 1979, to the New York Stock Exchange, trading "
            "under the symbol KMI.",
            {"markets"},
        ),
        (
            "ORCHARD FOODS SETS RIGHTS OFFERING",
            "Orchard Foods Inc said it will give holders one right for each four shares "
            "held. Each right buys one share at five dlrs, and a holding company has "
            "agreed to buy any shares left over in the rights offering.",
            {"markets"},
        ),
        (
            "MILAN EXCHANGE FIXING - MAY 4",
            "The exchange fixing in Milan today. DMK 712.40, SFR 861.15, DFL 632.10, STG "
            "2,115.30, against 711.90, 860.40, 631.75 and 2,109.80 at the last fixing.",
            {"currencies"},
        ),
        (
            "NEW ZEALAND LEADING INDEX FALLS",
            "A bank's leading index of New Zealand economic activity fell for a third month "
            "in March, the bank said. The coincident index was flat, and the bank's "
            "economist expects slower growth by winter.",
            {"macroeconomy"},
        ),
        (
            "PELLWORTH TOOL GETS BID FOR CONTROL",
            "Pellworth Tool Co said it received two proposals to acquire control of the "
            "company from private investors. It said its board will study the offers.",
            {"mergers_acquisitions"},
        ),
        (
            "Singer to marry her dancer",
            "The singer Lila Marren is to marry her boyfriend, the dancer Theo Brandt, her "
            "publicist has said. Brandt gave his fiancee a ring on a beach holiday. The pop "
            "star's love life has long filled the gossip columns.",
            {"celebrity"},
        ),
        (
            "JOURNAL HAILS TRIAL OF NEW CANCER COMPOUND",
            "A medical journal will report good results for an experimental drug against "
            "bone cancer, an analyst said. The biotechnology company that makes the drug "
            "hopes that its new drug application goes in by June.",
            {"pharmaceutical_industry"},
        ),
    ],
)
def test_a_stories_own_words_give_its_theme(nlp, shipped, title, text, wanted):
    assert wanted <= themes(nlp, shipped, text, title)


def test_rugby_words_shared_with_football_give_no_football(nlp, shipped):
    text = (
        "Carrow took a ten-point lead by half-time and the visitors never recovered. Their "
        "fly-half kicked two penalties and the pack scored a try from a scrum near the "
        "line. The visitors' coach said the scrum had cost them the game."
    )
    assert "football" not in themes(nlp, shipped, text, "Carrow 24-9 Weston")
