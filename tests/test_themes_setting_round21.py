"""Theme precision, round 21 (issue 18): films, children and families, and jail
sentences are ``setting`` themes too (taxonomy): beside a better theme, away from the
title and told in a small part of the evidence, they are what a story of something
else touches (the films a gadget plays, the families a tax credit helps, the sentence
a fraud ends in), not its topic. Small articles written for the tests; each has a case
beside it where the theme is the story's."""

from __future__ import annotations

from .theme_helpers import themes

MEDIA_PLAYER = (
    "Brimley Electronics has launched a portable media player with a colour screen and "
    "a hard disk of 40 gigabytes, the company said on Tuesday.\n"
    "The device connects to a home computer over a wireless network and runs software "
    "that lets users download and sort their files.\n"
    "Analysts said the gadget would compete with players from larger technology firms, "
    "and the company plans to sell it online from March.\n"
    "Users can also watch films on the device, the company said."
)

FILM_PREMIERE = (
    "The director's new film opened at cinemas across the country on Friday, and the "
    "actors walked the red carpet at the premiere in Leicester Square.\n"
    "The film, a thriller set in Glasgow, cost £12m to make and stars two newcomers.\n"
    "Critics praised the cast, and the studio expects the movie to top the box office "
    "this weekend."
)


def test_films_a_gadget_plays_are_its_setting(nlp, shipped):
    found = themes(nlp, shipped, MEDIA_PLAYER, title="Brimley unveils media player")
    assert "technology_internet" in found
    assert "film" not in found


def test_a_film_story_keeps_film(nlp, shipped):
    assert "film" in themes(nlp, shipped, FILM_PREMIERE, title="Thriller opens in cinemas")


TAX_CREDIT = (
    "The chancellor will raise the threshold of the working tax credit in next month's "
    "budget, to help families on low incomes, the Treasury said on Monday.\n"
    "The change will cost £1.2bn a year and will be paid for by a rise in the duty on "
    "fuel, officials said. Tax advisers said the budget would also cut the rate of "
    "corporation tax for small firms.\n"
    "About 300,000 families with children would gain from the higher threshold, the "
    "Treasury said, and the income tax allowance rises with inflation.\n"
    "Opposition spokesmen said the budget's tax rises would fall on motorists and on "
    "families with children who drive to school."
)

CHILDCARE = (
    "Parents of children under five will get 20 hours of free childcare a week from "
    "September, the government said.\n"
    "Families with two working parents will qualify, and nurseries will be paid more "
    "for each child they look after.\n"
    "Parents' groups said the childcare places would help families who pay more for "
    "child care than for their rent."
)

FRAUD_TRIAL = (
    "A former bank clerk who stole £2m from customers' accounts in a four-year fraud "
    "was found guilty at Southwark Crown Court on Friday.\n"
    "The jury heard that he forged signatures on hundreds of transfers and spent the "
    "money on cars and gambling. Detectives said the fraud was found by an audit, and "
    "the court heard he had hidden the forged transfers in dormant accounts.\n"
    "The judge said the fraud had been carefully planned and that he faced a long "
    "prison sentence. He will be sentenced next month and was remanded in jail.\n"
    "The bank said it had repaid every customer who lost money in the fraud."
)

PRISON_REPORT = (
    "Prisons in England are holding 8,000 more inmates than they were built for, the "
    "chief inspector of prisons said in her annual report.\n"
    "Prisoners spend up to 23 hours a day in their cells, and jail staff numbers have "
    "fallen by a fifth, the report said.\n"
    "The inspector called for shorter sentences for minor crimes to ease the pressure "
    "on prison places."
)


def test_families_a_tax_credit_helps_are_its_setting(nlp, shipped):
    found = themes(nlp, shipped, TAX_CREDIT, title="Budget to lift tax credit threshold")
    assert "public_spending_taxation" in found
    assert "children_family" not in found


def test_a_childcare_story_keeps_children_and_families(nlp, shipped):
    assert "children_family" in themes(nlp, shipped, CHILDCARE, title="Free childcare extended")


def test_the_sentence_a_fraud_ends_in_is_its_setting(nlp, shipped):
    found = themes(nlp, shipped, FRAUD_TRIAL, title="Clerk who stole £2m from customers")
    assert "fraud_financial_crime" in found
    assert "prisons" not in found


def test_a_prisons_report_keeps_prisons(nlp, shipped):
    assert "prisons" in themes(nlp, shipped, PRISON_REPORT, title="Prisons over capacity")
