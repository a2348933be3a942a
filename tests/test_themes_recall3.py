"""Theme recall, round 12 (issue 18): a trade's own words and names (taxonomy
2026.12.20), on small articles written for the tests. Each new kind of evidence has a
case beside it where the same words in another sense stay no evidence."""

from __future__ import annotations

import pytest

from .theme_helpers import themes


@pytest.mark.parametrize(
    ("title", "text", "theme"),
    [
        (
            "Union federation asks for factory help",
            "The TUC wants ministers to protect factory work in the coming Budget. The "
            "TUC said 20,000 posts had gone from the engineering trade since spring, and "
            "its general secretary asked for a fund for apprentices.",
            "strikes_unions",
        ),
        (
            "Minister promises to close the gap",
            "Women earn a fifth less than men, and the minister said the gender pay gap "
            "would be her first task. Equal pay claims have doubled in two years, and "
            "many mothers return to low-paid part-time posts.",
            "wages_pensions",
        ),
        (
            "PERUVIAN STATE OIL FIRM APPOINTS CHAIRMAN",
            "Petroperu has appointed Luis Arana as chairman, a Petroperu spokesman "
            "said. Arana ran Petroperu's refining division until last year.",
            "energy_oil",
        ),
        (
            "Fuel supplier seeks creditors' backing",
            "A jet fuel supplier that lost 300 mln dlrs betting on oil futures has asked "
            "its creditors to accept a rescue plan. It had bet the price of oil would "
            "fall in the autumn, but prices rose.",
            "energy_oil",
        ),
        (
            "WEEKLY BILL TENDER YIELDS RISE",
            "The central bank sold 1.8 billion dlrs of its 91-day bills on Tuesday, "
            "and the yield rose to 6.52 pct from 6.47 pct a week earlier. Its 182-day "
            "bills went for 6.71 pct.",
            "markets",
        ),
        (
            "PORTUGUESE BANK RATE UNCHANGED",
            "The Bank of Portugal left its bank rate at 12.5 pct on Monday. Dealers said "
            "the bank rate would stay there while credit growth slows.",
            "macroeconomy",
        ),
        (
            "ARGENTINA SEEKS NEW TERMS FROM BANKS",
            "Argentina asked its creditor banks for a rescheduling of debt due this "
            "year, officials said. The International Monetary Fund backs the request, "
            "and the external debt talks resume in New York next week.",
            "public_debt",
        ),
        (
            "OMAHA HOGS STEADY",
            "Hog prices were steady at the opening, traders said. Butcher hogs topped "
            "at 49.00 dlrs and the receipts were light.",
            "agriculture_food_industry",
        ),
        (
            "Handheld console gets a media player",
            "Owners of the handheld console will be able to watch films on it with a "
            "media player add-on. The media player reads MP3 files and video clips from "
            "a memory card, the maker said.",
            "digital_media",
        ),
    ],
)
def test_a_trades_own_words_and_names_are_its_theme(nlp, shipped, title, text, theme):
    assert theme in themes(nlp, shipped, text, title)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "The choir sang in unison at the harvest supper, and the vicar thanked "
            "everyone who had baked. The supper raised money for the church roof.",
            "strikes_unions",
        ),
        (
            "Midland Power asked regulators to raise its base rate by 4 pct for homes. "
            "The utility said the base rate had not changed since 1984.",
            "macroeconomy",
        ),
        (
            "She forgot to pay the parking fine, and the council sent a second letter. "
            "Paying late doubled the fine, the council said.",
            "wages_pensions",
        ),
    ],
)
def test_the_same_words_in_another_sense_are_no_evidence(nlp, shipped, text, theme):
    assert theme not in themes(nlp, shipped, text)
