"""Theme precision, round 23 (issue 18): a company's one-word name in a wire headline,
results told of no company (a country's export earnings, a state's revenue), a
currency's bands and a board's nominees. Small articles written for the tests; each
misfire has a case beside it where the theme is right."""

from __future__ import annotations

from tasks.themes import TextNames, ThemeMatcher, parse_taxonomy, tag_titles

from .theme_helpers import themes

SIMULATOR_ORDER = (
    "Tenor Co said its training systems division won a 12 mln dlr contract to build "
    "two flight simulators for a regional airline.\n"
    "Tenor said the simulators will be delivered next year."
)

EXPORT_EARNINGS = (
    "Kenya's coffee exports may fall this year after heavy rains damaged the crop in "
    "the central highlands, officials said.\n"
    "Export earnings from coffee could drop by about 40 mln dlrs, and revenue from tea "
    "sales is also expected to be lower, they said.\n"
    "The agriculture ministry said earnings from coffee were the country's largest "
    "source of foreign exchange last year."
)

COMPANY_EARNINGS = (
    "Kenya Coffee Growers Ltd said its earnings fell 20 pct in the first half after "
    "heavy rains damaged the crop.\n"
    "The company said revenue from coffee sales dropped to 40 mln dlrs, and profit "
    "fell to six mln dlrs from 7.5 mln a year earlier."
)

BANK_EARNINGS = (
    "Harbour Bank of Canada said second quarter profit fell seven pct to 116 mln dlrs "
    "after it set aside reserves against loans to Brazil.\n"
    "The bank said domestic earnings rose to a record 125 mln dlrs in the quarter."
)

CURRENCY_BANDS = (
    "Finance ministers of the six nations agreed not to publish any bands for their "
    "currencies, the chancellor told a committee of parliament.\n"
    "He said the ministers wanted no published bands that traders could test, and "
    "that the currency accord would hold through concerted intervention on the "
    "foreign exchanges."
)

BAND_TOUR = (
    "The band will play twelve dates on its spring tour, its label said.\n"
    "The band's new album is out in March, and its singer said the songs were "
    "written on the road."
)

BOARD_SLATE = (
    "Harlan Stores Inc said its board will not oppose the slate of nominees proposed "
    "for election to the board by a group of shareholders.\n"
    "The company said the nominees will be invited to examine its records before the "
    "annual meeting."
)

FILM_NOMINEES = (
    "The film received six nominations for the Academy Awards on Tuesday, including "
    "best picture.\n"
    "Its director, a first-time nominee, said she would attend the awards ceremony in "
    "Los Angeles."
)


def test_a_one_word_headline_name_the_text_writes_with_its_legal_form_is_a_name(nlp, shipped):
    title = "TENOR <TNR> GETS 12 MLN DLR SIMULATOR ORDER"
    (tagged,) = tag_titles(nlp, [title], [SIMULATOR_ORDER])
    assert TextNames.of(nlp(SIMULATOR_ORDER), tagged).marked == {"Tenor"}
    assert "music" not in themes(nlp, shipped, SIMULATOR_ORDER, title=title)


def test_a_one_word_headline_name_the_text_writes_without_a_legal_form_is_no_name(nlp):
    text = "The company said its tenor of the loans will be extended by two years."
    (tagged,) = tag_titles(nlp, ["TENOR <TNR> EXTENDS LOANS"], [text])
    assert TextNames.of(nlp(text), tagged).marked == frozenset()


def test_a_countrys_export_earnings_are_no_company_results(nlp, shipped):
    found = themes(nlp, shipped, EXPORT_EARNINGS, title="Rains threaten Kenya coffee earnings")
    assert "corporate_results" not in found


def test_a_companys_earnings_are_company_results(nlp, shipped):
    found = themes(nlp, shipped, COMPANY_EARNINGS, title="Kenya coffee grower's earnings fall")
    assert "corporate_results" in found


def test_a_banks_earnings_named_by_its_name_are_company_results(nlp, shipped):
    found = themes(nlp, shipped, BANK_EARNINGS, title="HARBOUR BANK SECOND QUARTER PROFIT FALLS")
    assert "corporate_results" in found


def test_a_results_table_without_a_company_word_is_company_results(nlp, shipped):
    table = "Shr 22 cts vs 18 cts\nNet 1,200,000 vs 980,000\nRevs 14.5 mln vs 12.1 mln"
    assert "corporate_results" in themes(nlp, shipped, table, title="WELLAND SUPPLY 1ST QTR NET")


def test_a_currencys_bands_are_no_music(nlp, shipped):
    found = themes(nlp, shipped, CURRENCY_BANDS, title="MINISTERS AGREED NOT TO PUBLISH BANDS")
    assert "music" not in found


def test_a_bands_tour_is_music(nlp, shipped):
    assert "music" in themes(nlp, shipped, BAND_TOUR, title="Band announces spring tour")


def test_a_boards_nominees_are_no_awards(nlp, shipped):
    found = themes(nlp, shipped, BOARD_SLATE, title="HARLAN STORES <HST> WON'T OPPOSE SLATE")
    assert "awards_ceremonies" not in found


def test_a_films_nominations_are_awards(nlp, shipped):
    found = themes(nlp, shipped, FILM_NOMINEES, title="Film earns six Oscar nominations")
    assert "awards_ceremonies" in found


def test_a_theme_with_actors_needs_one_of_them(nlp):
    raw = (
        '[subjects]\neconomy = "Economy"\n\n[[themes]]\nid = "results"\nlabel = "Results"\n'
        'parent = "economy"\npatterns = ["profit", "earnings"]\nactors = ["company"]\n'
    )
    matcher = ThemeMatcher(nlp, parse_taxonomy(raw, "test"))
    told = "Profit rose and earnings were higher.\nProfit and earnings will rise again."
    assert themes(nlp, matcher, told) == set()
    assert themes(nlp, matcher, told + "\nThe company said so.") == {"results"}


def test_a_central_banks_credit_policy_is_no_banking(nlp, shipped):
    text = (
        "The central bank governor said there was little room left to ease its credit "
        "policy further, as interest rates were near their lower limit.\n"
        "He said the government should make better use of fiscal policy, and that the "
        "economy would pick up later in the year."
    )
    found = themes(nlp, shipped, text, title="GOVERNOR SAYS LITTLE ROOM TO EASE CREDIT POLICY")
    assert "banking" not in found


def test_a_banks_credit_to_farmers_is_banking(nlp, shipped):
    text = (
        "Farmers Trust Bank said it will extend more credit to grain farmers this year, "
        "raising its farm loans by 20 pct.\n"
        "The bank said loan demand from farmers rose sharply in the spring."
    )
    assert "banking" in themes(nlp, shipped, text, title="FARM BANK TO RAISE CREDIT TO FARMERS")


def test_a_eurodollar_deposit_report_is_no_banking(nlp, shipped):
    text = (
        "Eurodollar deposit rates were little changed at midsession, dealers said, with "
        "the market thin ahead of the finance ministers' meeting.\n"
        "Three month eurodollar deposits were quoted at 6-9/16 7/16 pct, and six month "
        "deposits at 6-11/16 9/16 pct."
    )
    found = themes(nlp, shipped, text, title="LONDON EURODOLLAR DEPOSITS STEADY AT MIDSESSION")
    assert "banking" not in found
