"""Theme precision, round 22 (issue 18): a wire headline's company name with its legal
form, and trials and opposition in another sense. Small articles written for the
tests; each misfire has a case beside it where the theme is right."""

from __future__ import annotations

from tasks.themes import TextNames, tag_titles

from .theme_helpers import themes

NOTES_REDEEMED = (
    "Harwick Digitl Corp said it has completed the redemption of its 40 mln dlr, "
    "eight pct convertible notes due 2005.\n"
    "The redemption was paid with 1,200,000 new common shares, Harwick Digital said."
)

DRIVE_LAUNCH = (
    "Harwick Digital Corp said it began shipping a new hard drive for personal "
    "computers, with software that doubles the storage of its earlier disk.\n"
    "The company said computer makers have ordered 50,000 of the drives."
)

PAYOUT_FIGURES = "Qtly div 12 cts vs 10 cts prior\nPay May 15\nRecord April 30"


def test_a_headline_name_is_read_without_its_legal_form(nlp, shipped):
    title = "HARWICK DIGITAL CORP <HDC> REDEEMS NOTES"
    (tagged,) = tag_titles(nlp, [title], [NOTES_REDEEMED])
    assert "Harwick Digital" in TextNames.of(nlp(NOTES_REDEEMED), tagged).marked
    assert "technology_internet" not in themes(nlp, shipped, NOTES_REDEEMED, title=title)


def test_the_same_company_telling_of_its_drives_keeps_technology(nlp, shipped):
    title = "HARWICK DIGITAL CORP <HDC> SHIPS NEW DRIVE"
    assert "technology_internet" in themes(nlp, shipped, DRIVE_LAUNCH, title=title)


def test_a_headline_name_of_a_notice_of_figures_is_a_name(nlp, shipped):
    title = "BELMONT AND TECHNOLOGY INC <BLTI> RAISES PAYOUT"
    (tagged,) = tag_titles(nlp, [title], [PAYOUT_FIGURES])
    assert TextNames.of(nlp(PAYOUT_FIGURES), tagged).marked == {"Belmont and Technology"}
    found = themes(nlp, shipped, PAYOUT_FIGURES, title=title)
    assert "corporate_results" in found
    assert "technology_internet" not in found


def test_a_headline_name_whose_words_the_text_writes_otherwise_is_no_name(nlp):
    text = "The company said its technology unit will be sold to a rival next year."
    (tagged,) = tag_titles(nlp, ["ORLEN TECHNOLOGY INC <ORTC> TO SELL UNIT"], [text])
    assert TextNames.of(nlp(text), tagged).marked == frozenset()


def test_a_drugs_human_trials_are_no_court_trial(nlp, shipped):
    text = (
        "Morrow Pharmaceuticals Inc said the Food and Drug Administration cleared human "
        "trials of its new arthritis drug.\n"
        "The clinical trials will enrol 200 patients at eight hospitals, and the drug "
        "trials should end next year, the company said."
    )
    found = themes(nlp, shipped, text, title="MORROW <MRW> TO START HUMAN TRIALS")
    assert "courts" not in found


def test_a_trial_in_court_keeps_courts(nlp, shipped):
    text = (
        "The trial of the former mayor opened in the district court on Monday.\n"
        "The jury heard testimony from two of his aides, and the judge said the trial "
        "would last a month."
    )
    assert "courts" in themes(nlp, shipped, text, title="Former mayor goes on trial")


def test_opposition_to_a_tax_is_no_party(nlp, shipped):
    text = (
        "All parties in the Danish parliament voiced their opposition to the proposed "
        "European Community tax on fats during a debate on Tuesday.\n"
        "The finance minister said the government's opposition to the tax was "
        "unchanged.\n"
        "Industry groups also renewed their opposition to the tax."
    )
    found = themes(nlp, shipped, text, title="Danish parliament backs stand against fats tax")
    assert "political_parties" not in found


def test_opposition_parties_keep_parties(nlp, shipped):
    text = (
        "The government dropped a proposed land tax from its budget after 21 opposition "
        "parties called a national strike against it.\n"
        "The opposition parties said the strike would go ahead, and the finance "
        "minister said the budget would lose 130 mln in tax revenue."
    )
    assert "political_parties" in themes(nlp, shipped, text, title="Government drops land tax")


def test_the_opposition_party_keeps_parties(nlp, shipped):
    text = (
        "The opposition Labour Party said on Tuesday it would fight the election on "
        "health and schools.\n"
        "The opposition leader told the party conference that the Conservative "
        "government had failed, and the party's manifesto will be published next week."
    )
    assert "political_parties" in themes(nlp, shipped, text, title="Opposition sets out plans")


def test_a_letter_of_intent_to_market_a_product_is_no_takeover(nlp, shipped):
    text = (
        "Corvane Plc said its Dutch subsidiary signed a letter of intent to market a "
        "blood test made by a Canadian laboratory to hospitals in Europe.\n"
        "The company said a second letter of intent to distribute the test in Asia is "
        "expected next month."
    )
    found = themes(nlp, shipped, text, title="CORVANE <CRVN> UNIT TO MARKET BLOOD TEST")
    assert "mergers_acquisitions" not in found


def test_a_letter_of_intent_to_acquire_keeps_the_takeover(nlp, shipped):
    text = (
        "Corvane Plc said it signed a letter of intent to acquire Halden Laboratories Inc "
        "for 40 mln dlrs in cash.\n"
        "The acquisition is subject to a definitive agreement and approval by Halden's "
        "shareholders, the company said."
    )
    found = themes(nlp, shipped, text, title="CORVANE <CRVN> TO ACQUIRE HALDEN LABORATORIES")
    assert "mergers_acquisitions" in found


def test_a_utilitys_first_mortgage_bonds_are_no_housing(nlp, shipped):
    text = (
        "Corlan Power Co said it will ask regulators for approval to retire 200 mln dlrs "
        "of its 14 pct first mortgage bonds due 2001.\n"
        "The utility said it would refinance the redemption with up to 200 mln dlrs of "
        "new first mortgage bonds, and retire 50 mln dlrs of other mortgage bonds."
    )
    found = themes(nlp, shipped, text, title="CORLAN POWER <CRP> TO RETIRE DEBT")
    assert "housing_property" not in found


def test_home_mortgages_keep_housing(nlp, shipped):
    text = (
        "Mortgage lending to home buyers rose sharply in March as house prices climbed.\n"
        "Homeowners took out more mortgage loans, and the housing market had its best "
        "month in two years, the lenders said."
    )
    assert "housing_property" in themes(nlp, shipped, text, title="Mortgage lending rises")


def test_a_results_tables_tax_lines_are_no_taxation(nlp, shipped):
    text = (
        "Year to end-December\n"
        "Pre-tax profit 127.0 mln stg vs 116.9 mln\n"
        "Tax charge 25.0 mln vs 26.3 mln\n"
        "Profit after tax 102.0 mln vs 90.6 mln\n"
        "Extraordinary items after tax 9.5 mln vs 4.2 mln"
    )
    found = themes(nlp, shipped, text, title="HALDEN GROUP PROFITS RISE")
    assert "public_spending_taxation" not in found


def test_a_budgets_tax_rises_keep_taxation(nlp, shipped):
    text = (
        "The chancellor raised income tax and fuel duty in the budget on Wednesday.\n"
        "The tax rises will pay for public spending on schools, and the budget also "
        "cut the tax on savings."
    )
    assert "public_spending_taxation" in themes(nlp, shipped, text, title="Budget raises taxes")


def test_profit_taking_in_a_market_report_is_no_company_result(nlp, shipped):
    text = (
        "Toronto stocks closed lower as a bout of profit-taking spilled over from Wall "
        "Street, brokers said.\n"
        "Investors took some profits after the index hit a record, and profit taking "
        "trimmed the gains of gold shares, brokers said."
    )
    found = themes(nlp, shipped, text, title="CANADA STOCKS CLOSE LOWER ON PROFIT TAKING")
    assert "corporate_results" not in found
