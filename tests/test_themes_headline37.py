"""Theme recall, round 37 (issue 18): a short wire story tells its theme with a word the
lists lacked: a headline's noun for the goods a market story reports (``headline``) beside
the text's evidence, a bank's loan loss provision, grain elevators. Small stories written
for the tests; each theme case failed before the change it tests."""

from __future__ import annotations

from .theme_helpers import themes


def test_a_headline_metal_counts_beside_the_text(nlp, shipped):
    text = (
        "Silver bullion ended the session firmer after a quiet morning, dealers said.\n\n"
        "The metal closed at 6.20 dlrs an ounce, up from the morning fix of 6.15 dlrs."
    )
    assert "commodities_mining" in themes(nlp, shipped, text, "ZURICH SILVER CLOSES FIRMER")


def test_a_headline_oil_counts_where_the_text_tells_oil(nlp, shipped):
    text = (
        "The governor said there was a fair chance that wells off the northern coast "
        'would find oil.\n\n"The geologists are hopeful," he told a radio station.\n\n'
        "He said oil exploration in the bay had not harmed the fishing grounds.\n\n"
        "He asked the state to allow more oil drilling next year."
    )
    assert "energy_oil" in themes(nlp, shipped, text, "GOVERNOR SEES GOOD ODDS FOR NORLAND OIL")


def test_a_headline_metal_needs_the_text(nlp, shipped):
    text = (
        "The swimmer won her third race of the championships on Sunday, beating the "
        "world record holder by a tenth of a second in the final."
    )
    assert "commodities_mining" not in themes(nlp, shipped, text, "HARLOW TAKES GOLD IN MADRID")


def test_a_headline_farm_oil_is_no_energy(nlp, shipped):
    text = (
        "Exporters sold 20,000 tonnes of soybean oil to India for May shipment, traders "
        "said.\n\nThe crude soyoil was priced at 330 dlrs a tonne, fob."
    )
    assert "energy_oil" not in themes(nlp, shipped, text, "INDIA BUYS SOYBEAN OIL")


def test_a_loan_loss_provision_is_a_results_charge(nlp, shipped):
    text = (
        "Harwick Bancorp said it will make a special first quarter loan loss provision "
        "of 42 mln dlrs."
    )
    found = themes(nlp, shipped, text, "HARWICK BANCORP <HWB> SETS LOSS PROVISION")
    assert "corporate_results" in found


def test_grain_elevators_are_farm_context(nlp, shipped):
    text = (
        "Six grain ships were loading and 11 were waiting to load at Gulf elevators, "
        "trade sources said.\n\nThe wheat and sorghum cargoes are bound for Egypt and Japan."
    )
    found = themes(nlp, shipped, text, "GRAIN SHIPS WAITING AT GULF PORTS")
    assert "agriculture_food_industry" in found
