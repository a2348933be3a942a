"""Theme recall, round 40 (issue 18): the vocabulary of themes an ordinary wire story is
plainly about but no pattern or required word named: artillery fire across a border,
anti-dumping duties, export quotas, tea exports, a note issue, call money rates, a
country's debt pact with its commercial creditors, price reform, construction orders,
budgetary cuts and state subsidies; a quote table headed "EXCH" or "/VOLUME". Small
stories written for the tests; each case failed before the change it tests."""

from __future__ import annotations

import pytest

from tasks.themes import extract_themes, tag_titles

from .theme_helpers import themes

CASES = [
    (
        "ARTILLERY FIRE HITS VELDIAN BORDER POST",
        "Artillery shells from an exchange of fire between Veldia and Orlania hit a "
        "border post on Monday, the Veldian news agency said.\n\nNo one was hurt, an "
        "official said.",
        "armed_conflict",
    ),
    (
        "ORLANIAN FIRM FEARS U.S. DUTY ON MOTORS",
        "Kestrel Electric Co, Orlania's only exporter of small motors to the U.S., said "
        "a temporary dumping duty on its motors may shut it out.\n\nThe Commerce "
        "Department will set final dumping duties in June, a spokesman said.",
        "trade",
    ),
    (
        "COFFEE TRADE GROUP PROPOSES QUOTA PLAN",
        "Veldian coffee roasters and traders proposed a new formula to share coffee quotas "
        "among producers, the head of the coffee trade group said.\n\nThe coffee quotas "
        "were suspended last year when prices rose.",
        "trade",
    ),
    (
        "VELDIAN TEA PRICES FALL AT AUCTION",
        "Tea prices fell at the weekly Veldian auction as buyers held back, brokers "
        "said.\n\nVeldia's tea exports were 40,000 tonnes last year.",
        "commodities_mining",
    ),
    (
        "HARLOW FOODS <HRLF> NOTE ISSUE POSTPONED",
        "Harlow Foods Inc said its proposed 40 mln dlr note issue will not take place "
        "this month.\n\nThe company said it will seek other financing in place of the "
        "note issue.",
        "markets",
    ),
    (
        "ORLANIA RAISES CALL MONEY RATES",
        "The central bank of Orlania raised overnight call money rates to 12 pct at "
        "today's auction, a bank spokesman said.\n\nHe said rates could rise further if "
        "the money supply keeps growing.",
        "markets",
    ),
    (
        "VELDIA SAYS DEBT PACT FAIR TO BANKS",
        "Veldia's finance minister said the debt pact he reached with the country's "
        "commercial creditors was fair.\n\nThe accord gives Veldia 15 years to repay "
        "four billion dlrs.",
        "public_debt",
    ),
    (
        "ORLANIA PREMIER URGES PRICE REFORM",
        "Orlania's premier said the country must go on with price reform though prices "
        "will rise.\n\nHe said the general price level will rise less this year than "
        "last.\n\nPrice reform will lift farm prices, he said.",
        "macroeconomy",
    ),
    (
        "VELDIAN CONSTRUCTION ORDERS RISE",
        "Orders received by the 40 largest Veldian builders rose four pct in May from a "
        "year earlier, the ministry said.\n\nPublic orders fell two pct.",
        "macroeconomy",
    ),
    (
        "MINISTER SAYS STATE SUBSIDIES MUST END",
        "Orlania's economics minister said state subsidies to the coal and shipyard "
        "industries must end because they burden the economy.\n\nHe said the subsidies "
        "only prolong the life of the yards for a few years.",
        "public_spending_taxation",
    ),
    (
        "COUNCIL WARNS OF BUDGETARY CRISIS",
        "The Veldian council warned of a budgetary crisis and asked members for budgetary "
        "restraint.\n\nIt said its spending must fall.\n\nThe budgetary gap is two billion "
        "dlrs.",
        "public_spending_taxation",
    ),
]


@pytest.mark.parametrize(("title", "text", "theme"), CASES)
def test_a_stories_subject_in_its_own_words_is_its_theme(nlp, shipped, title, text, theme):
    assert theme in themes(nlp, shipped, text, title)


def test_a_farm_subsidy_is_farm_policy_not_public_spending(nlp, shipped):
    found = themes(
        nlp,
        shipped,
        "Orlania will go on paying state subsidies to wheat farmers, the agriculture "
        "ministry said.\n\nThe state subsidies help farmers sell 500,000 tonnes of grain "
        "abroad, it said.",
        "ORLANIA KEEPS STATE SUBSIDIES FOR WHEAT FARMERS",
    )
    assert "public_spending_taxation" not in found


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "LISBON EXCH 1100 - MAY 04\n\nUS DLR      145.40/45\n\nONE MTHS       32.7/31",
            "currencies",
        ),
        ("LISBON EXCH 1100 - MAY 04\n\nUS DLR      145.40/45\n\nONE MTHS       32.7/31", "markets"),
        (
            "MONTREAL STATISTICS /VOLUME\n\nINDUSTRIALS UP     288\n\nDOWN   228\n\n"
            "VOLUME    18,915,064",
            "markets",
        ),
    ],
)
def test_an_exch_or_slashed_volume_heading_names_its_quote_table(nlp, shipped, text, theme):
    (title,) = tag_titles(nlp, [""], [text])
    assert theme in {m.theme for m in extract_themes(nlp(text), "t", shipped, title)}
