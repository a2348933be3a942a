"""Theme precision, round 41 (issue 18): words read in another sense by their neighbours
or by the story they stand in. A price rally is no motor race nor a protest; a Christian
Democrat party is no faith; a credit union no trade union; a shareholders' vote, a
company's tax line, a borrower's default and a utility's mortgage bonds are no election,
public taxation, public debt or banking; an exchange seat bought is no takeover. Small
stories written for the tests; each of the "is no" tests failed before the change, and
each "still" test holds the theme in its own sense."""

from __future__ import annotations

from .theme_helpers import themes


def test_a_price_rally_is_no_motor_race_nor_protest(nlp, shipped):
    text = (
        "Cocoa futures rallied late in the session on short-covering and settled "
        "higher, traders said.\n\n"
        "The rally gained momentum when prices broke through resistance at 1,900 dlrs "
        "a tonne, a commodity house analyst said. The rally may fade if producers "
        "sell, dealers said, and the market stayed nervous about the new crop."
    )
    found = themes(nlp, shipped, text, "COCOA FUTURES RALLY LATE, SETTLE HIGHER")
    assert "motor_racing" not in found
    assert "protest" not in found


def test_a_rally_race_is_still_motor_racing(nlp, shipped):
    text = (
        "The Finnish driver won the Acropolis Rally on Sunday, finishing 40 seconds "
        "ahead of his team mate after the final stage.\n\n"
        "He leads the World Rally Championship by eight points with three races left, "
        "and said the rally was the hardest of his career."
    )
    assert "motor_racing" in themes(nlp, shipped, text, "FINN WINS ACROPOLIS RALLY")


def test_a_christian_democrat_party_is_no_religion(nlp, shipped):
    text = (
        "Ruvia's Christian Democrat party said on Monday it would withdraw its ministers "
        "from the coalition before a confidence vote in parliament.\n\n"
        "Christian Democrat leaders said the government was finished, and the Christian "
        "Democrats asked the president to call early elections."
    )
    found = themes(nlp, shipped, text, "CHRISTIAN DEMOCRATS QUIT RUVIAN COALITION")
    assert "religion_faith" not in found


def test_a_christian_church_is_still_religion(nlp, shipped):
    text = (
        "Christian leaders in Ruvia called on the faithful to pray for peace, and the "
        "church said its bishops would meet on Friday.\n\n"
        "The archbishop said the Christian community would hold a vigil in every church "
        "and mosque leaders joined the call."
    )
    assert "religion_faith" in themes(nlp, shipped, text, "CHURCH LEADERS CALL FOR PRAYER")


def test_a_credit_union_is_no_trade_union(nlp, shipped):
    text = (
        "Lakeside Federal Credit Union said it ended talks to merge with Riverside Credit "
        "Union after the two failed to agree on terms.\n\n"
        "The credit union, with 40 mln dlrs in assets, said it would look for another "
        "partner, and its members would be told at the annual meeting."
    )
    assert "strikes_unions" not in themes(nlp, shipped, text, "CREDIT UNION MERGER TALKS END")


def test_a_shareholders_vote_is_no_election(nlp, shipped):
    text = (
        "The Ruvian Association of Securities Dealers said all stock exchanges should "
        "require listed companies to adopt a one-share, one-vote rule.\n\n"
        "The association said companies could issue shares without voting rights if "
        "investors are told, but should not turn voting shares into non-voting shares "
        "without a vote of shareholders.\n\n"
        "It said a uniform rule would end the use of stock with unequal voting rights, "
        "and that the vote of each shareholder should count the same."
    )
    found = themes(nlp, shipped, text, "EXCHANGES URGED TO ADOPT ONE-SHARE, ONE-VOTE RULE")
    assert "elections" not in found


def test_a_referendum_vote_is_still_an_election(nlp, shipped):
    text = (
        "Voters in Ruvia go to the polls on Sunday in a referendum on the new "
        "constitution, and the election commission expects a high turnout.\n\n"
        "The vote follows a campaign in which the president urged voters to back the "
        "charter, and the ballot papers were printed last week."
    )
    assert "elections" in themes(nlp, shipped, text, "RUVIANS VOTE ON CONSTITUTION")


def test_a_company_tax_credit_is_no_public_taxation(nlp, shipped):
    text = (
        "Harbor Drilling Corp said it expects a loss in 1987 despite better drilling "
        "activity, and reported a first quarter net loss of 8.6 mln dlrs after a tax "
        "credit of 2.2 mln dlrs.\n\n"
        "The company said its year-earlier loss was 5.9 mln dlrs after a tax credit, and "
        "that revenues fell 12 pct to 30.1 mln dlrs."
    )
    found = themes(nlp, shipped, text, "HARBOR DRILLING SEES LOSS FOR YEAR")
    assert "corporate_results" in found
    assert "public_spending_taxation" not in found


def test_a_borrowers_default_is_no_public_debt(nlp, shipped):
    text = (
        "Marlow Corp said it has cured technical defaults on loans from First Harbor "
        "Bank and has negotiated extensions of both loans.\n\n"
        "The company said it also arranged a new two mln dlr loan secured by its "
        "property from Union Savings Bank, and sold one of its restaurants."
    )
    assert "public_debt" not in themes(nlp, shipped, text, "MARLOW CORP CURES LOAN DEFAULTS")


def test_a_utilitys_mortgage_bonds_are_no_banking(nlp, shipped):
    text = (
        "Moody's Investors Service Inc said it may downgrade 900 mln dlrs of debt of "
        "Northern Power and Light Co.\n\n"
        "Under review are the utility's first mortgage bonds, general mortgage bonds and "
        "preferred stock. Moody's said the utility depends on the credit markets to fund "
        "its obligations, and cited a delay in its nuclear plant's licence."
    )
    found = themes(nlp, shipped, text, "MOODY'S MAY DOWNGRADE NORTHERN POWER")
    assert "banking" not in found


def test_an_exchange_seat_bought_is_no_takeover(nlp, shipped):
    text = (
        "<Harbour Bank of Canada> said it agreed to purchase a seat on the Toronto Stock "
        "Exchange for 195,000 dlrs, subject to regulatory and exchange approval.\n\n"
        "The move makes it the first bank to apply for membership on a Canadian exchange. "
        "Proposed legislation would allow banks full participation in the securities "
        "business after June 30."
    )
    found = themes(nlp, shipped, text, "HARBOUR BANK BUYING TORONTO EXCHANGE SEAT")
    assert "mergers_acquisitions" not in found


def test_a_brokerage_bought_is_still_a_takeover(nlp, shipped):
    text = (
        "<Harbour Bank of Canada> said it agreed to purchase <Lakeview Securities Ltd>, a "
        "Toronto brokerage firm, for 40 mln dlrs, subject to regulatory approval.\n\n"
        "The bank said the acquisition would give it a seat on the Toronto Stock "
        "Exchange, and Lakeview's shareholders approved the sale."
    )
    found = themes(nlp, shipped, text, "HARBOUR BANK TO BUY BROKERAGE")
    assert "mergers_acquisitions" in found
