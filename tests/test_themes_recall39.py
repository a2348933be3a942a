"""Theme recall, round 39 (issue 18): the vocabulary of themes an ordinary wire story is
plainly about but no pattern or required word named: an air raid, budget deficit targets,
food surpluses, an AWACS purchase, a business combination, a stake boosted, a crop's
planting, spending cuts. Small stories written for the tests; each case failed before the
change it tests."""

from __future__ import annotations

import pytest

from .theme_helpers import themes

CASES = [
    (
        "VELDIA IN THIRD AIR RAID ON BORDER CAMPS",
        "Veldian jets attacked guerrilla positions near the border today in the third air "
        "raid this month, the army said.\n\nThe army said its air raids are aimed at "
        "guerrilla bases and weapons depots.",
        "armed_conflict",
    ),
    (
        "SENATE PANEL TO DRAFT BUDGET PLAN",
        "The Senate Budget Committee will start drafting a budget plan next week to meet "
        "the Gramm-Rudman deficit targets, a Senate source said.\n\nThe deficit targets "
        "call for deficit cutting of 36 billion dlrs.",
        "public_debt",
    ),
    (
        "FOOD SURPLUSES HIDE HUNGER, COUNCIL SAYS",
        "Quarrels over food surpluses hide a growing hunger in poor countries, a food "
        "council official said.\n\nHe said food production must rise where food is short, "
        "and food surpluses must reach those countries.",
        "agriculture_food_industry",
    ),
    (
        "ORLANIA TO BUY THREE AWACS PLANES",
        "Orlania will buy three AWACS radar planes from Skyward Corp, the defence ministry "
        "said.\n\nThe AWACS early warning planes will be delivered in 1990.",
        "arms_military_spending",
    ),
    (
        "HALDEN <HLDN> REJECTS COMBINATION PROPOSAL",
        "Halden Corp said its board rejected a business combination proposed by a group "
        "that holds 6.1 pct of its stock.\n\nThe group said last week it might boost its "
        "stake in Halden.",
        "mergers_acquisitions",
    ),
    (
        "ORLANIAN SUGAR BEET PLANTING DELAYED",
        "Sugar beet planting in Orlania is two weeks behind normal after a wet spring, the "
        "country's largest sugar concern said.\n\nVery little sugar beet has been sown.",
        "commodities_mining",
    ),
    (
        "HALE DECLINES COMMENT ON BANK CHAIRMAN",
        "Finance Minister Paul Hale declined to comment on whether the premier would "
        'reappoint Anna Berg as chairman of the central bank.\n\n"I do not comment on '
        'personnel matters," he said.\n\nHale said a tax increase was not a good idea, but '
        "he believed parliament would make spending cuts. He said spending cuts were the "
        "answer to the deficit.",
        "public_spending_taxation",
    ),
]


@pytest.mark.parametrize(("title", "text", "theme"), CASES)
def test_a_stories_subject_in_its_own_words_is_its_theme(nlp, shipped, title, text, theme):
    assert theme in themes(nlp, shipped, text, title)
