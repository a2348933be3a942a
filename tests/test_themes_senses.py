"""Theme precision (issue 18): words read in another sense, a word repeated within
one sentence, a headline counted twice, on small articles written for the tests.
Each misfire has a case where the theme is right beside it."""

from __future__ import annotations

import pytest

from tasks.themes import ThemeMatcher, parse_taxonomy, tag_titles

from .theme_helpers import themes

TAXONOMY = """
version = "test"
[subjects]
economy = "economy"
politics = "politics"

[[themes]]
id = "banking"
label = "Banking"
parent = "economy"
patterns = ["mortgage", "lender"]

[[themes]]
id = "protest"
label = "Protest"
parent = "politics"
patterns = ["rally", "protester"]
"""


@pytest.fixture(scope="module")
def matcher(nlp):
    return ThemeMatcher(nlp, parse_taxonomy(TAXONOMY, "senses.toml"))


# --- one word repeated within one sentence is met once ----------------------------


def test_a_word_repeated_in_one_sentence_is_met_once(nlp, matcher):
    text = (
        "Lantern Hotels said it would redeem all its first mortgage bonds due 1995 and "
        "all first mortgage bonds of its casino unit due 1996. The redemption price is "
        "par plus accrued interest."
    )
    assert "banking" not in themes(nlp, matcher, text)


def test_a_word_in_two_sentences_of_the_lead_still_counts(nlp, matcher):
    text = (
        "Mortgage approvals fell for a third month in May. Buyers waited as the "
        "mortgage rates of most banks rose again. Estate agents expect a quiet summer."
    )
    assert "banking" in themes(nlp, matcher, text)


# --- a headline repeated under a kicker is said once --------------------------------


def test_a_headline_repeated_in_the_text_counts_once(nlp, matcher):
    title = "Rocket Racers adds a new rally-inspired car"
    text = (
        "#GameNews\nRocket Racers adds a new rally-inspired car\n"
        "The season pass brings new wheels, decals and goal explosions. "
        "Players unlock them by levelling up over the next three months."
    )
    assert "protest" not in themes(nlp, matcher, text, title=title)


def test_a_headline_word_met_again_in_the_text_still_counts(nlp, matcher):
    title = "Thousands rally against the new mine"
    text = (
        "#LocalNews\nThousands rally against the new mine\n"
        "The rally filled the square by noon, and protesters marched to the town hall. "
        "Organisers said it was the largest protest in the valley for years."
    )
    assert "protest" in themes(nlp, matcher, text, title=title)


# --- the shipped taxonomy: words in another sense -----------------------------------


def test_an_indoor_plant_is_no_athletics(nlp, shipped):
    text = (
        "Lemon trees are among the easiest fruit trees to grow indoors. An indoor "
        "lemon tree needs a sunny window and a deep pot. Water it when the top inch of "
        "soil is dry, and feed it in spring. Indoors, a tree grown from seed rarely "
        "fruits before its fifth year."
    )
    assert "tennis_athletics" not in themes(nlp, shipped, text, title="How to grow a lemon tree")


def test_indoor_athletics_is_still_athletics(nlp, shipped):
    text = (
        "Britain's Ada Marsh won the 60m at the European indoor championships on Sunday. "
        "The sprinter ran a personal best of 7.08 seconds in the indoor final."
    )
    found = themes(nlp, shipped, text, title="Marsh wins indoor sprint title")
    assert "tennis_athletics" in found


def test_currency_auctions_are_no_art(nlp, shipped):
    text = (
        "The central bank of Freedonia paid out foreign exchange arrears from three "
        "auctions held last year. The bank suspended the weekly auctions in January and "
        "said the auction would be kept for private sector bidders."
    )
    assert "visual_arts_museums" not in themes(nlp, shipped, text)


def test_an_art_auction_is_still_art(nlp, shipped):
    text = (
        "A painting by Lena Voss sold for $4m at auction in London on Tuesday. The "
        "auction house said the artist's record was broken twice in the evening sale."
    )
    assert "visual_arts_museums" in themes(nlp, shipped, text)


def test_prize_money_of_a_tournament_is_no_award(nlp, shipped):
    text = (
        "Two gamers from Leeds will tour the world in a tournament offering $1m in prize "
        "money. The champion of each leg takes a $15,000 prize, and the winner of the "
        "grand final a prize purse of $150,000."
    )
    assert "awards_ceremonies" not in themes(nlp, shipped, text)


def test_a_prize_ceremony_is_still_an_award(nlp, shipped):
    text = (
        "The poet Mira Kell won the Halden prize for her third collection on Monday. "
        "The award was presented at a ceremony in Edinburgh, where the prize's judges "
        "praised her clarity."
    )
    assert "awards_ceremonies" in themes(nlp, shipped, text)


def test_a_small_space_is_no_science(nlp, shipped):
    text = (
        "Working with a small space for your baby's room? Use these ideas to set up a "
        "nursery in a small space. Wall shelves free floor space, and a cot with drawers "
        "saves space for the changing table."
    )
    assert "science_research" not in themes(nlp, shipped, text)


def test_a_jet_of_water_is_no_aviation(nlp, shipped):
    text = (
        "The Fountain Charm conjures a jet of water from the tip of the wand. A strong "
        "caster can turn the jet into a wave. The charm first appears in the third book, "
        "before the flight from the castle."
    )
    assert "aviation_airlines" not in themes(nlp, shipped, text)


def test_a_livestock_outbreak_is_no_pandemic(nlp, shipped):
    text = (
        "MPs criticised the farm ministry's planning for a future outbreak of foot and "
        "mouth. The 2001 outbreak led to the slaughter of six million animals. The "
        "ministry said it was better prepared for outbreaks of livestock disease."
    )
    assert "pandemic" not in themes(nlp, shipped, text)


def test_a_flu_outbreak_is_still_a_pandemic(nlp, shipped):
    text = (
        "Health officials warned of a new influenza outbreak in three provinces. The "
        "virus has infected 400 people, and the outbreak could become an epidemic."
    )
    assert "pandemic" in themes(nlp, shipped, text)


def test_company_earnings_are_no_wages(nlp, shipped):
    text = (
        "Corvel Industries reported net earnings of 149 mln dlrs in its first quarter. "
        "Operating earnings fell four pct, analysts said. The company does not break out "
        "earnings by unit."
    )
    assert "wages_pensions" not in themes(nlp, shipped, text)


def test_average_earnings_are_still_wages(nlp, shipped):
    text = (
        "Average earnings rose 3.1% in the year to March, the statistics office said. "
        "Weekly earnings of the lowest paid grew fastest, helped by the minimum wage."
    )
    assert "wages_pensions" in themes(nlp, shipped, text)


def test_a_companys_climate_pledge_is_no_company_results(nlp, shipped):
    text = (
        "Microsoft said it would remove more carbon than it emits by 2030. The company "
        "will invest $1bn in carbon removal, joining other firms with climate goals. "
        "Companies face pressure from staff to do more, and the company said its "
        "earnings would fund the plan."
    )
    assert "corporate_results" not in themes(nlp, shipped, text)


def test_a_stage_premiere_is_no_film(nlp, shipped):
    text = (
        "The band reunited for the home premiere of the hit musical based on its songs. "
        "The premiere at the city's opera house sold out in an hour, and the cast "
        "joined the band on stage."
    )
    assert "film" not in themes(nlp, shipped, text, title="Band reunites for musical premiere")


def test_a_film_premiere_is_still_film(nlp, shipped):
    text = (
        "The cast of the new Bond film walked the red carpet at its London premiere. "
        "The movie opens in cinemas on Friday, and its director thanked the crew."
    )
    assert "film" in themes(nlp, shipped, text, title="Bond film premiere draws crowds")


# --- a month beside a number in a title is a date -----------------------------------


def test_a_month_beside_a_number_in_a_title_is_a_date(nlp, shipped):
    title = "U.S. COMPANY ANALYST MEETINGS - March 3"
    text = "Acme Corp meets analysts in New York at 10:00.\nWidget Inc meets analysts in Boston."
    (title_doc,) = tag_titles(nlp, [title], [text])
    assert [(e.text, e.label_) for e in title_doc.ents] == [("March", "DATE")]
    assert "protest" not in themes(nlp, shipped, text, title=title)


def test_a_march_without_a_number_in_a_title_is_no_date(nlp):
    (title_doc,) = tag_titles(nlp, ["Thousands join the March for Science"], ["Text."])
    assert not title_doc.ents


# --- context and exclusions in the shipped taxonomy ----------------------------------


def test_a_gamers_tournament_is_no_sport(nlp, shipped):
    text = (
        "Two UK gamers will tour the world in the richest games tournament yet. The "
        "league's ten bouts run through the year, and the tournament champion of each "
        "leg takes $15,000. Players qualify in online championship rounds."
    )
    found = themes(nlp, shipped, text, title="World tour for top video gamers")
    assert "sports_competition" not in found


def test_a_football_tournament_is_still_sport(nlp, shipped):
    text = (
        "The tournament opens on Friday in a new stadium, and the league's champion "
        "plays the cup holders. The squad trained twice on Thursday, the coach said, and "
        "the striker is fit."
    )
    assert "sports_competition" in themes(nlp, shipped, text, title="Tournament opens")


def test_a_sale_and_leaseback_is_no_takeover(nlp, shipped):
    text = (
        "Datalink Industries said it agreed to sell its headquarters and its network "
        "centre for 40 mln dlrs and lease back both buildings. It will use the proceeds "
        "to repay debt."
    )
    found = themes(nlp, shipped, text, title="Datalink <DLK> in sale/leaseback deal")
    assert "mergers_acquisitions" not in found


def test_a_donation_of_medical_supplies_is_no_humanitarian_crisis(nlp, shipped):
    text = (
        "The resort donated medical supplies to an animal charity this week. The "
        "medical supplies will help the charity's vets neuter stray dogs and cats."
    )
    assert "humanitarian_crises" not in themes(nlp, shipped, text)


def test_medical_supplies_in_a_famine_are_a_humanitarian_crisis(nlp, shipped):
    text = (
        "Aid agencies flew medical supplies into the region as the famine spread. The "
        "World Food Programme said half the population faced starvation."
    )
    assert "humanitarian_crises" in themes(nlp, shipped, text)


# --- a broad word of a theme needs its theme's sense (shipped taxonomy) -----------


def test_a_film_festival_is_no_music(nlp, shipped):
    text = (
        "The Lakeside Film Festival opens on Friday with a period drama, and its "
        "director said the festival would screen 200 films from 30 countries. Critics "
        "expect the festival's main prize to go to a debut feature. The festival runs "
        "for ten days, and a singer will present one of the awards."
    )
    assert "music" not in themes(nlp, shipped, text, title="Film festival opens")


def test_a_music_festival_is_still_music(nlp, shipped):
    text = (
        "The Lakeside music festival sold out in an hour, its organisers said. The band "
        "headlining on Saturday will play songs from its new album, and a rapper and a "
        "singer close the music festival on Sunday."
    )
    assert "music" in themes(nlp, shipped, text, title="Music festival sells out")


def test_treasury_securities_are_no_taxation(nlp, shipped):
    text = (
        "The Treasury said it would sell 9.75 billion dlrs of three-month and six-month "
        "bills at its regular auction next week. The Treasury also said it would raise "
        "new cash by selling two-year notes, and dealers expect the Treasury to pay "
        "higher yields."
    )
    found = themes(nlp, shipped, text, title="Treasury to sell bills")
    assert "public_spending_taxation" not in found


def test_a_budget_with_tax_cuts_is_still_taxation(nlp, shipped):
    text = (
        "The chancellor announced tax cuts in his budget on Wednesday. Income tax will "
        "fall by a penny, and the budget also raises public spending on schools, he "
        "told MPs. The Treasury said the tax cuts would cost 2 billion pounds."
    )
    assert "public_spending_taxation" in themes(nlp, shipped, text, title="Budget cuts tax")
