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
        "Members of the Danish parliament voiced their opposition to the proposed "
        "European Community tax on fats during a debate on Tuesday.\n"
        "The finance minister said the government's opposition to the tax was "
        "unchanged, and that the party leaders in parliament shared it.\n"
        "Industry groups also renewed their opposition to the tax."
    )
    found = themes(nlp, shipped, text, title="Danish parliament backs stand against fats tax")
    assert "political_parties" not in found


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
