"""Theme recall (issue 18): themes an article plainly has, told in the words a reader
would file it under, on small articles written for the tests. Each case failed before
the vocabulary it tests."""

from __future__ import annotations

from .theme_helpers import themes

# --- the vocabulary of wire and web stories -----------------------------------------


def test_a_notes_offering_is_markets(nlp, shipped):
    text = (
        "Harbor Federal Corp said it filed a registration statement with the Securities "
        "and Exchange Commission for a proposed offering of 50 mln dlrs of subordinated "
        "notes due 1999.\n\nThe notes will be sold through underwriters led by Example "
        "Securities Inc."
    )
    assert "markets" in themes(nlp, shipped, text)


def test_arms_talks_are_nuclear_weapons(nlp, shipped):
    text = (
        "A visit by the defence secretary for arms talks was under consideration, a "
        "senior official said.\n\nThe talks would follow a proposal to withdraw "
        "medium-range missiles from the region."
    )
    assert "nuclear_weapons" in themes(nlp, shipped, text)


def test_mining_assays_are_mining(nlp, shipped):
    text = (
        "Northvale Resources Inc said its lakeshore property yielded assay results of "
        "0.9 ounces of gold a ton across a width of five feet.\n\nIt said the gold vein "
        "would be explored further next year."
    )
    assert "commodities_mining" in themes(nlp, shipped, text)


def test_jobs_cut_with_a_verb_and_its_object_are_jobs(nlp, shipped):
    text = (
        "Kestrel Appliances will cut 1,200 jobs at its two factories, the company said.\n\n"
        "The job losses follow a fall in orders, and the workforce at the older plant "
        "will halve by next year."
    )
    assert "employment_jobs" in themes(nlp, shipped, text)


def test_a_strategy_game_review_is_video_games(nlp, shipped):
    text = (
        "Lead a band of smugglers across a frozen archipelago in this tense strategy "
        "game.\n\nEach turn is a day, and the single-player campaign runs for about "
        "twenty hours."
    )
    assert "video_games" in themes(nlp, shipped, text, "Frostbound Isles review")


def test_a_death_by_gunshot_with_men_in_custody_is_crime(nlp, shipped):
    text = (
        "A fisherman was found dead with gunshot wounds near the river on Tuesday, "
        "police said.\n\nTwo men are in police custody assisting with the "
        "investigation."
    )
    assert "crime" in themes(nlp, shipped, text, "Fisherman found dead with gunshot wounds")
