"""The industry of the goods a company story's lead has the company make or sell
(``tasks.theme_goods``, round 36, issue 18): a short company notice that has the company
manufacture, sell or develop a trade's goods is filed under that trade, not under the
trade of a word the sentence uses otherwise (the firm it hired, what its goods do), nor
in a capital notice. Small stories written for the tests; each case that adds a theme
failed before the change."""

from __future__ import annotations

from tasks.themes import extract_themes, tag_titles

from .theme_helpers import themes


def test_a_venture_making_car_parts_is_automotive(nlp, shipped):
    text = (
        "Harlow Industries Inc said it agreed to form a joint venture with Ardley Corp.\n\n"
        "The venture will manufacture and sell brake linings for the automotive industry "
        "in Europe.\n\nProduction will start next year at a plant in Lyon."
    )
    found = themes(nlp, shipped, text, "HARLOW <HRL> FORMS JOINT VENTURE")
    assert "automotive" in found
    (title,) = tag_titles(nlp, ["HARLOW <HRL> FORMS JOINT VENTURE"], [text])
    matches = {m.theme: m for m in extract_themes(nlp(text), "t", shipped, title)}
    assert [e.text for e in matches["automotive"].evidence] == ["automotive"]


def test_disk_drives_sold_to_a_computer_maker_are_technology(nlp, shipped):
    text = (
        "Brightwater Corp said it agreed to sell about 20 mln dlrs of disk drives to "
        "personal computer maker Kestrel Ltd during the year.\n\n"
        "It said the first shipments will be made in May."
    )
    found = themes(nlp, shipped, text, "BRIGHTWATER <BWC> GETS 20 MLN DLR ORDER")
    assert "technology_internet" in found


def test_a_firm_the_company_hired_tells_no_industry(nlp, shipped):
    text = (
        "Orland Corp said it retained the investment banking firm Carden and Co to find "
        "buyers for its valve business.\n\nThe company said several buyers had called."
    )
    found = themes(nlp, shipped, text, "ORLAND <ORL> TO SELL VALVE BUSINESS")
    assert "banking" not in found


def test_what_the_goods_do_tells_no_industry(nlp, shipped):
    text = (
        "Harlow Corp said it has developed a cable which can carry electricity with no "
        "loss at room temperature.\n\nThe company said it will show the cable in June."
    )
    found = themes(nlp, shipped, text, "HARLOW <HRL> DEVELOPS NEW CABLE")
    assert "energy_oil" not in found


def test_a_capital_notice_takes_no_industry_from_its_goods(nlp, shipped):
    text = (
        "Kestrel Inc said it sold its stake in Ardley Corp, which makes automotive "
        "seals, for 12 mln dlrs.\n\nThe company said it will record a gain."
    )
    found = themes(nlp, shipped, text, "KESTREL <KST> SELLS ARDLEY STAKE")
    assert "automotive" not in found
