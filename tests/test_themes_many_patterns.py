"""Centrality, round 40 (issue 18): a second topic told in many words of its own
(``MANY_PATTERNS`` distinct patterns) near the best theme's score (``NEAR_RATIO``) is
central though its evidence sits in a few sentences of the story's second half: the
banks, loans and mortgages of an earthquake story. A story written for the test; it
failed before the change."""

from __future__ import annotations

from .theme_helpers import themes

TITLE = "ORLANIA COUNTS THE COST OF THE TREMORS"
LINES = [
    "A strong earthquake shook the Orlanian capital on Monday, the third in a month, and "
    "seismologists said more aftershocks were likely.",
    "The quake toppled old buildings in the old town and cut power to thousands of homes "
    "for several hours.",
    "Officials said the earthquake caused no deaths, but rescue teams searched the rubble "
    "of two warehouses through the night.",
    "Seismologists said the city lies on a fault line that has produced a major earthquake "
    "every seventy years.",
    "Residents queued for water and many slept in parks, fearing another tremor.",
    "Engineers said most of the newer towers had stood up well to the shaking.",
    "The city council said repairs to roads and bridges would take several weeks.",
    "Schools in the old town will stay closed until the end of the week.",
    "The mayor thanked volunteers who had handed out blankets and hot meals.",
    "Trains were running again by Tuesday morning, the railway company said.",
    "Insurers said claims could reach several hundred million crowns.",
    "Analysts said banks could also suffer, since mortgages and loans on damaged property "
    "may go unpaid and deposits could be withdrawn.",
    "One brokerage said it had moved its staff to a suburb.",
]


def test_a_second_topic_in_many_words_near_the_best_is_central(nlp, shipped):
    found = themes(nlp, shipped, "\n\n".join(LINES), TITLE)
    assert {"natural_disasters", "banking"} <= found


def test_fewer_words_of_it_stay_a_topic_met_in_passing(nlp, shipped):
    lines = [*LINES[:-2], "Analysts said banks could also suffer from unpaid loans."]
    assert "banking" not in themes(nlp, shipped, "\n\n".join(lines), TITLE)
