"""Theme rules against misfires met on real news (issue 18): a topic touched in
passing, a pattern read in another sense, code on technical pages, one repeated
common noun, and the shipped taxonomy's context words. Small articles written
for the tests."""

from __future__ import annotations

import pytest

from tasks.themes import (
    ThemeMatcher,
    _code_lines,
    _lead_end,
    extract_themes,
    parse_taxonomy,
)

TAXONOMY = """
version = "test"
[subjects]
disaster = "disaster"
conflict = "conflict"
economy = "economy"
arts_culture = "arts"
lifestyle = "lifestyle"
politics = "politics"

[[themes]]
id = "fires"
label = "Fires"
parent = "disaster"
patterns = ["fire", "blaze", "firefighter", "fire brigade"]

[[themes]]
id = "armed_conflict"
label = "Armed conflict"
parent = "conflict"
patterns = ["shelling", "airstrike", "war"]

[[themes]]
id = "trade"
label = "Trade"
parent = "economy"
patterns = ["tariff", "export", "import"]

[[themes]]
id = "books"
label = "Books"
parent = "arts_culture"
patterns = ["book", "novel", "author"]

[[themes]]
id = "gardening"
label = "Gardening"
parent = "lifestyle"
patterns = ["garden", "gardener", "seedling", "compost", "flower bed"]

[[themes]]
id = "parties"
label = "Parties"
parent = "politics"
patterns = ["Democrats", "Republicans"]
people = ["Barack Obama", "John McCain"]
"""

GARDEN = [
    "Spring is the best time to start a vegetable garden.",
    "Gardeners should prepare the soil with compost before planting.",
    "Seedlings need light, water and patience.",
    "Tomatoes like a sunny spot by a south-facing wall.",
    "Beans climb any support you give them.",
    "Water in the morning so the leaves dry before night.",
    "Slugs come out after rain and eat young leaves.",
    "A thin layer of mulch keeps the weeds down.",
    "Pick courgettes while they are small and tender.",
    "Herbs grow well in pots near the kitchen door.",
    "Keep a notebook of what grew well each year.",
    "Next month we look at fruit trees.",
]


@pytest.fixture(scope="module")
def matcher(nlp):
    return ThemeMatcher(nlp, parse_taxonomy(TAXONOMY, "focus.toml"))


def themes(nlp, matcher, text, title=None):
    title_doc = nlp(title) if title else None
    return {m.theme: m for m in extract_themes(nlp(text), "t", matcher, title_doc)}


def article(*middle: str, at: int = 6) -> str:
    sentences = GARDEN[:at] + list(middle) + GARDEN[at:]
    return " ".join(sentences)


# --- 1. the focus rule ------------------------------------------------------


def test_a_topic_touched_in_one_sentence_of_the_body_is_dropped(nlp, matcher):
    text = article("Last year a blaze in the shed kept the fire brigade busy for an hour.")
    found = themes(nlp, matcher, text)
    assert "gardening" in found
    assert "fires" not in found


def test_a_topic_running_through_the_text_is_kept(nlp, matcher):
    # Evidence in five of seventeen sentences: over a quarter of the text.
    text = " ".join(
        [
            *GARDEN[:2],
            "A blaze broke out in the allotment shed.",
            *GARDEN[2:5],
            "The fire brigade arrived within minutes.",
            *GARDEN[5:8],
            "Firefighters said the blaze started in a pile of dry leaves.",
            *GARDEN[8:10],
            "The fire spread to the next shed before it was out.",
            *GARDEN[10:],
            "The blaze cost the club its tools.",
        ]
    )
    assert "fires" in themes(nlp, matcher, text)


def test_a_topic_in_the_title_needs_no_focus_in_the_body(nlp, matcher):
    text = article("The fire brigade came once, for a blaze in the shed.")
    assert "fires" in themes(nlp, matcher, text, title="Shed blaze: what the fire taught us")


# --- 2. one-word patterns are their own lemma ---------------------------------


def test_a_one_word_pattern_is_not_lemmatised_into_another_word(nlp, matcher):
    text = (
        "Shell shares rose on Monday. Shell said its refinery output was up. "
        "Children collected shells on the beach, and the shells were sold."
    )
    assert "armed_conflict" not in themes(nlp, matcher, text)


def test_a_one_word_pattern_matches_its_inflections(nlp, matcher):
    text = "The shelling went on all night. Two airstrikes hit the town after the shelling."
    assert "armed_conflict" in themes(nlp, matcher, text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("The club fired its coach. The board fired two more staff the next day.", "fires"),
        ("We booked tickets early. They booked a table and booked a taxi.", "books"),
    ],
)
def test_a_verb_is_not_a_noun_pattern(nlp, matcher, text, theme):
    assert theme not in themes(nlp, matcher, text)


# --- 3. code lines are no evidence ----------------------------------------------


CODE_PAGE = """How to compute duties with our library

Install the package and open a shell.
from trade import tariff, export
tariff = compute_tariff(export)
export.append(tariff)
print(tariff, export)
export_format: csv
$ pip install tariff-tools
That is all you need to get started with the library."""


def test_code_lines_are_not_evidence(nlp, matcher):
    assert "trade" not in themes(nlp, matcher, CODE_PAGE)


def test_code_lines_are_found_and_prose_is_not():
    lines = [CODE_PAGE[a:b] for a, b in _code_lines(CODE_PAGE)]
    assert "from trade import tariff, export" in lines
    assert "tariff = compute_tariff(export)" in lines
    assert "export_format: csv" in lines
    assert "$ pip install tariff-tools" in lines
    assert not any(line.startswith(("How to", "Install", "That is")) for line in lines)
    prose = "The minister said: tariffs (on steel) will rise; exports will fall.\n"
    assert _code_lines(prose) == []


def test_a_wire_lead_opening_with_a_company_mark_is_prose(nlp, matcher):
    # A wire service marks a company's name in angle brackets; a lead opening with
    # one is a sentence, not an HTML tag. Tags and components stay code.
    story = (
        "<Quillfeather Pottery Ltd> said it will raise its tariff on export orders of glazed "
        "jugs from April.\n"
        "The potter said the tariff covers every export market it serves."
    )
    assert _code_lines(story) == []
    assert "trade" in themes(nlp, matcher, story)
    markup = '<Route path="/jugs" element={page}>\n<Button>Order</Button>\n<App />\n'
    assert len(_code_lines(markup)) == 3


# --- 4. one repeated common noun is not a theme ---------------------------------


def test_one_repeated_common_noun_away_from_the_lead_is_not_enough(nlp, matcher):
    text = " ".join(
        [
            *GARDEN[:2],
            "I keep a book by the back door.",
            *GARDEN[2:5],
            "The book lists every sowing date.",
            *GARDEN[5:8],
            "My neighbour lent me the book.",
            *GARDEN[8:],
        ]
    )
    found = themes(nlp, matcher, text)
    assert "gardening" in found and "books" not in found


def test_two_patterns_in_the_lead_are_enough(nlp, matcher):
    text = "Her new novel is out today, and the author is already writing the next. " + article(
        "The novel took six years to write."
    )
    assert "books" in themes(nlp, matcher, text)


def test_one_word_in_the_title_and_once_in_the_text_is_enough(nlp, matcher):
    text = article("The novel has sold out in three days, the publisher said.")
    assert "books" in themes(nlp, matcher, text, title="Prize-winning novel sells out")


def test_one_word_in_the_title_alone_is_not_enough(nlp, matcher):
    text = "Bayer said it has bought a US maker of rubber chemicals for undisclosed terms."
    assert "books" not in themes(nlp, matcher, text, title="A new chapter for Bayer's novel plan")


# --- 5. politicians, parties and the shipped taxonomy ---------------------------


def test_a_politician_named_in_full_then_by_surname_is_evidence(nlp, matcher):
    text = (
        "Barack Obama spoke in Ohio on Tuesday. The crowd cheered. "
        "Obama said the economy was recovering. Later, Obama met John McCain. "
        "McCain said he disagreed."
    )
    found = themes(nlp, matcher, text)
    assert "parties" in found
    assert {"Obama", "McCain"} <= {e.text for e in found["parties"].evidence}


def test_a_surname_alone_is_not_evidence(nlp, matcher):
    text = "Obama, the family dog, sleeps all day. Obama likes the garden. Obama is old now."
    assert "parties" not in themes(nlp, matcher, text)


def test_people_need_full_names():
    bad = TAXONOMY.replace('people = ["Barack Obama"', 'people = ["Obama"')
    with pytest.raises(Exception, match="full names"):
        parse_taxonomy(bad, "focus.toml")


def test_an_anti_drug_campaign_is_not_an_election(nlp, shipped):
    text = (
        "The city launched an anti-drug campaign in schools this week. "
        "The campaign uses posters and talks by former addicts. "
        "Organisers said the campaign would run all year, and a second campaign is planned."
    )
    found = themes(nlp, shipped, text)
    assert "elections" not in found
    assert "political_parties" not in found


def test_party_names_and_politicians_tag_us_political_news(nlp, shipped):
    text = (
        "Donald Trump attacked Hillary Clinton at a rally in Florida. "
        "Trump said Clinton could not be trusted. Republicans in Congress were divided, "
        "and the GOP chairman urged unity before the convention."
    )
    found = themes(nlp, shipped, text)
    assert {"political_parties", "government_executive"} & set(found)


def test_passengers_and_carriers_without_an_aviation_word_are_not_aviation(nlp, shipped):
    text = (
        "Train passengers faced delays after a signal failure near Leeds. "
        "The carrier said passengers could use tickets on other carriers' services. "
        "Passengers were advised to check before travelling."
    )
    assert "aviation_airlines" not in themes(nlp, shipped, text)


def test_reuters_abbreviations_are_not_company_evidence(nlp, shipped):
    text = (
        "Canada's money supply rose 1.2 pct in the week, the central bank said. "
        "M1 rose 300 mln dlrs to 30.1 billion dlrs, and M2 rose 0.4 pct. "
        "The figures compare with a fall of 200 mln dlrs a week earlier."
    )
    assert "companies_industry" not in themes(nlp, shipped, text)


# --- 7. context words for generic sport, weather and company words ------------------


def test_sports_words_in_other_senses_are_not_sport(nlp, shipped):
    text = (
        "The final dividend was raised, the company said, and the final figures were audited. "
        "New media players reach more players each year; the players sell well. "
        "Our team won the contract, a victory for the whole team, and the captain of industry "
        "praised the team's title as the international market leader."
    )
    assert "sports_competition" not in themes(nlp, shipped, text)


def test_told_bbc_sport_alone_is_not_sport(nlp, shipped):
    text = (
        "The minister told BBC Sport the funding plan would be published next month. "
        "The team behind the plan said it would help schools. "
        "The team will report to the minister, the team leader told BBC Sport."
    )
    assert "sports_competition" not in themes(nlp, shipped, text)


def test_a_league_match_is_sport(nlp, shipped):
    text = (
        "The striker scored twice as the club won the league match 3-1. "
        "The coach praised his squad after the victory, their third of the season. "
        "The referee sent off a defender in the final minutes."
    )
    assert "sports_competition" in themes(nlp, shipped, text)


def test_weather_words_in_gardening_are_not_extreme_weather(nlp, shipped):
    text = (
        "Cold weather slows the growth of seedlings, so wait for warmer weather. "
        "A light snow will not harm garlic, and the temperature under a cloche stays higher. "
        "Check the forecast and cover tender plants if the temperature drops below freezing."
    )
    assert "extreme_weather" not in themes(nlp, shipped, text)


def test_company_words_in_fiction_are_not_company_news(nlp, shipped):
    text = (
        "The company of travellers reached the inn at dusk. The firm hand of the innkeeper "
        "guided them in; business was slow, he said, and customers were few. "
        "The company ate in silence, and the boss of the caravan paid the innkeeper's brand "
        "of hospitality with a coin."
    )
    assert "companies_industry" not in themes(nlp, shipped, text)


# --- 8. recall: leagues and teams, royalty, technology products ---------------------


def test_an_nfl_game_is_american_sports(nlp, shipped):
    text = (
        "The Dallas Cowboys beat the Philadelphia Eagles 27-20 on Sunday night. "
        "Dak Prescott threw two touchdown passes as the Cowboys moved top of the division. "
        "The Eagles have lost three games in a row."
    )
    assert "american_sports" in themes(nlp, shipped, text)


def test_prince_andrew_is_royalty(nlp, shipped):
    text = (
        "Prince Andrew has stepped back from public duties, Buckingham Palace said. "
        "The Duke of York said he regretted his friendship with the financier. "
        "The Queen was said to have approved the decision."
    )
    assert "royalty" in themes(nlp, shipped, text)


def test_a_macbook_review_is_technology(nlp, shipped):
    text = (
        "Apple's new MacBook Pro has a faster processor and a brighter screen. "
        "The laptop runs macOS and lasts 15 hours on a charge. "
        "It costs more than the MacBook Air, and the iPhone maker says it sells well."
    )
    assert "technology_internet" in themes(nlp, shipped, text)


def test_the_lead_is_the_first_prose_after_a_page_script(nlp):
    script = "import os\n\nimport sys\n\nprint(os.getcwd())\n\nx = compute(y)\n\n"
    doc = nlp(script + "Her new novel is out today. It took six years. Spring came late.")
    lead = doc[: _lead_end(doc)].text
    assert "novel" in lead and "six years" in lead


def test_ingredients_of_a_recipe_are_not_the_food_industry(nlp, shipped):
    text = (
        "Heat the oven and grease a cake tin. Mix the sugar, flour and rice flour. "
        "Add more sugar to taste, then a cup of coffee and the corn syrup. "
        "Bake for forty minutes and serve with coffee."
    )
    assert "agriculture_food_industry" not in themes(nlp, shipped, text)


def test_a_tennis_report_without_league_words_is_sport(nlp, shipped):
    text = (
        "The former Wimbledon champion won her first-round match in straight sets. "
        "The victory was her third of the week, and the top seed praised her coach. "
        "She plays the defending champion in the next match on Thursday."
    )
    assert "sports_competition" in themes(nlp, shipped, text)


# --- 9. a theme must be central, not merely present (issue 18, second round) -------

MORE_GARDEN = [
    "Raspberries want a sheltered corner and rich soil.",
    "Potatoes are earthed up when the shoots show above the ground.",
    "Lettuce bolts quickly in a hot and dry spell of summer.",
    "Onions are lifted when their leaves fall over and turn yellow.",
    "Leeks stand through the winter and are pulled as they are needed.",
    "Runner beans are picked every other day to keep them cropping.",
    "Carrots are sown thinly in rows to save thinning them later.",
    "Strawberries are netted against the birds as the fruit ripens.",
    "Rhubarb is forced under a bucket for early and tender stalks.",
    "Cabbages are covered with fine mesh against the white butterflies.",
    "Sweet peas are cut often so that they keep on flowering.",
    "Autumn is the season for planting garlic and spring bulbs.",
]


def test_a_topic_in_two_sentences_of_a_long_article_is_not_central(nlp, matcher):
    # Three matches of two patterns, one early: it runs through the text by the old
    # rule, but two sentences of twenty-six are a topic touched in passing.
    middle = [
        "A blaze in the shed next door kept the fire brigade busy.",
        "The fire brigade said the blaze started in a pile of dry leaves.",
    ]
    text = " ".join([*GARDEN[:4], middle[0], *GARDEN[4:], *MORE_GARDEN[:6], middle[1]])
    text += " " + " ".join(MORE_GARDEN[6:])
    found = themes(nlp, matcher, text)
    assert "gardening" in found
    assert "fires" not in found


def _allotment_fire(fire_sentences: list[str]) -> str:
    # Twenty sentences of gardening, one paragraph, with the fire told in five of them
    # (a fifth of the text: under the quarter the spread rule asks for), after the lead.
    garden = [*GARDEN, *MORE_GARDEN[:8]]
    body = [*garden[:3], *fire_sentences[:2], *garden[3:9], *fire_sentences[2:4], *garden[9:]]
    return " ".join([*body, fire_sentences[4]])


def test_a_second_topic_told_in_its_own_words_is_central(nlp, matcher):
    # Four distinct fire patterns in a fifth of the sentences: the page treats the fire
    # beside the garden, whatever the garden's score.
    text = _allotment_fire(
        [
            "A blaze broke out in the allotment shed last week.",
            "The fire brigade arrived within a few minutes.",
            "Firefighters said the dry leaves had caught quickly.",
            "The fire spread to the next shed before it was out.",
            "The blaze cost the allotment club most of its tools.",
        ]
    )
    found = themes(nlp, matcher, text, title="A year in the vegetable garden")
    assert found["gardening"].score > found["fires"].score
    assert "fires" in found


def test_a_second_topic_in_two_of_its_words_needs_the_spread(nlp, matcher):
    # The same five sentences in two words of the theme ("fire", "blaze"): a story
    # told in passing, not a topic of the page.
    text = _allotment_fire(
        [
            "A blaze broke out in the allotment shed last week.",
            "The fire was seen from the road by the neighbours.",
            "Neighbours said the blaze was frightening to watch.",
            "The fire spread to the next shed before it was out.",
            "The blaze cost the allotment club most of its tools.",
        ]
    )
    found = themes(nlp, matcher, text, title="A year in the vegetable garden")
    assert "gardening" in found
    assert "fires" not in found


def test_the_best_theme_is_kept_however_thin(nlp, matcher):
    # No other theme: the same fire sentences are what the text is about.
    filler = [s.replace("garden", "plot") for s in MORE_GARDEN]
    text = " ".join(
        [
            *filler[:3],
            "A blaze in the shed next door kept the fire brigade busy.",
            *filler[3:9],
            "The fire brigade said the blaze started in a pile of dry leaves.",
            *filler[9:],
        ]
    )
    assert "fires" in themes(nlp, matcher, text)


def test_the_best_theme_met_in_two_sentences_of_a_long_page_is_dropped(nlp, matcher):
    # Two sentences of fifty (a page of jokes with one about a fire): not its topic.
    filler = [s.replace("garden", "plot") for s in MORE_GARDEN] * 4
    text = " ".join(
        [
            *filler[:5],
            "A blaze in the shed next door kept the fire brigade busy.",
            *filler[5:40],
            "The fire brigade said the blaze started in a pile of dry leaves.",
            *filler[40:],
        ]
    )
    assert "fires" not in themes(nlp, matcher, text)


def test_a_topic_in_the_lead_is_central_with_a_fair_score(nlp, matcher):
    text = "A blaze destroyed the allotment shed, the fire brigade said. " + article()
    found = themes(nlp, matcher, text)
    assert "fires" in found and "gardening" in found


def test_one_word_repeated_from_the_lead_is_not_central_beside_a_better_theme(nlp, matcher):
    # "fire" in the lead and twice more, in an article about gardening: a word of the
    # story (the smoke of a bonfire), not a second topic.
    text = " ".join(
        [
            "Light a small fire for the prunings, then start the vegetable garden.",
            *GARDEN[1:5],
            "The fire should be far from the fence.",
            *GARDEN[5:9],
            *MORE_GARDEN,
            *[sentence.replace("are", "can be") for sentence in MORE_GARDEN],
            "Put the fire out before you leave.",
            *GARDEN[9:],
        ]
    )
    found = themes(nlp, matcher, text)
    assert "gardening" in found
    assert "fires" not in found


def paragraphs(*blocks: list[str]) -> str:
    return "\n\n".join(" ".join(block) for block in blocks)


def test_a_topic_met_in_one_paragraph_of_several_is_in_passing(nlp, matcher):
    # A fire told in one paragraph of a long gardening piece, as police are in a
    # crash report: three sentences of fifteen, one paragraph of four, away from the
    # title and the lead.
    fire = [
        "A blaze in the shed next door kept the fire brigade busy.",
        "Firefighters said the blaze started in a pile of dry leaves.",
        "The fire brigade left after an hour.",
    ]
    text = paragraphs(GARDEN[:4], GARDEN[4:8], fire, GARDEN[8:])
    found = themes(nlp, matcher, text)
    assert "gardening" in found
    assert "fires" not in found
    # The same paragraph is the story when the title says so.
    assert "fires" in themes(nlp, matcher, text, title="Fire at the allotments")


def test_a_topic_in_half_of_the_paragraphs_is_central(nlp, matcher):
    # One sentence in each of two paragraphs of four: few sentences, but spread.
    text = paragraphs(
        GARDEN[:3],
        [*GARDEN[3:6], "A blaze in the shed next door kept the fire brigade busy."],
        GARDEN[6:9],
        [*GARDEN[9:], "Firefighters said the blaze started in a pile of dry leaves."],
    )
    assert "fires" in themes(nlp, matcher, text)


def test_prose_sentences_leave_out_menus_and_code(nlp):
    from tasks.themes import _prose_sentences

    page = "Home\n\nSubscribe\n\nShare this\n\nx = compute(y)\n\n" + " ".join(GARDEN[:3])
    assert len(_prose_sentences(nlp(page))) == 3


# --- 10. shipped taxonomy: common words in another sense -----------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "The Chief Education Officer said schools would reopen on Monday. "
            "The officer told parents that teachers had been trained, and a second "
            "officer will visit each school.",
            "policing",
        ),
        (
            "The company's officers and directors approved the merger. "
            "Two officers will join the new board, the officers said in a filing.",
            "policing",
        ),
        (
            "Grid managers warned of blackouts as demand rose. The managers said the goal "
            "was to keep power flowing, and managers cut supply to factories.",
            "football",
        ),
        (
            "The coronavirus has killed thousands in the city. The virus spread fast in care "
            "homes, and doctors said the virus would peak in May.",
            "cyber_attacks",
        ),
        (
            "The opposition alliance won the by-election. The alliance of three parties "
            "said it would form a government; its allies in the unions agreed.",
            "alliances_defence_cooperation",
        ),
        (
            "The magazine belongs to a network of publishers. The network prints essays, "
            "and the network's editors meet each year.",
            "mobile_phones",
        ),
        (
            "The fashion house gave 20 million euros to the museum. The euros will restore "
            "two galleries, and a further ten million euros came from a bank.",
            "markets",
        ),
        (
            "Rail replacement coaches run between the two stations. The coach company said "
            "the team of drivers would help passengers, and coaches leave every hour.",
            "sports_competition",
        ),
        (
            "Download the new version of the interpreter from this page. The download is "
            "free, and each download includes the documentation.",
            "digital_media",
        ),
    ],
)
def test_common_words_in_another_sense_are_no_theme(nlp, shipped, text, theme):
    assert theme not in themes(nlp, shipped, text)


def test_an_email_address_is_not_technology(nlp, shipped):
    text = (
        "The council approved the new border survey on Tuesday. "
        "Readers can email the newsroom with questions. Send an email to our editors. "
        "The survey will take two years, the council said."
    )
    assert "technology_internet" not in themes(nlp, shipped, text)


# --- 11. past forms of verbs as patterns: crimes and takeovers told with verbs -------


def test_a_crime_told_with_verbs_is_crime(nlp, shipped):
    text = (
        "A police inspector was assaulted outside the station on Friday. "
        "The woman who assaulted her fled, and officers said two phones were stolen "
        "from the front desk. Police are searching for her."
    )
    assert "crime" in themes(nlp, shipped, text)


def test_a_past_participle_pattern_matches_as_written_only(nlp, shipped):
    # "stolen" is a verb form of the taxonomy; "steal" and "steals" are not patterns.
    text = (
        "The striker steals the show again. He steals a glance at the crowd, "
        "and the coach said he would steal the headlines."
    )
    assert "crime" not in themes(nlp, shipped, text)
    assert "stolen" in shipped.verb_forms and "sales" not in shipped.verb_forms


def test_a_company_acquired_is_a_takeover(nlp, shipped):
    text = (
        "Bayer AG said it has acquired a US maker of rubber chemicals for undisclosed terms. "
        "The acquisition adds two plants, the company said."
    )
    assert "mergers_acquisitions" in themes(nlp, shipped, text, title="Bayer makes US acquisition")


# --- 12. wire copy: a company marked in angle brackets ---------------------------------


def test_a_company_marked_in_angle_brackets_is_company_news(nlp, shipped):
    from tasks.themes import tag_titles

    title = "ACME MOTORS <ACMM> FEBRUARY TRUCK OUTPUT OFF"
    text = (
        "Acme Motors Corp said its truck output in February fell to 21,177 from 23,092 "
        "a year ago. The company said output of vans was unchanged."
    )
    (title_doc,) = tag_titles(nlp, [title], [text])
    assert title_doc.text == "Acme Motors <ACMM> february truck output off"
    found = {m.theme: m for m in extract_themes(nlp(text), "t", shipped, title_doc)}
    assert "companies_industry" in found


def test_angle_brackets_around_other_text_are_no_ticker(nlp, shipped):
    text = (
        "Type <enter> to go on, the company manual says. The firm's customers "
        "said the <b>bold</b> text was hard to read."
    )
    assert "companies_industry" not in themes(nlp, shipped, text)


def test_a_taxonomy_may_use_the_ticker_pattern(nlp):
    taxonomy = TAXONOMY + (
        '\n[[themes]]\nid = "listed"\nlabel = "Listed companies"\nparent = "economy"\n'
        'patterns = ["<ticker>", "shares"]\n'
    )
    matcher = ThemeMatcher(nlp, parse_taxonomy(taxonomy, "ticker.toml"))
    text = "Widget Inc <WDGT> said its shares rose. Widget <WDGT> will buy back shares."
    found = themes(nlp, matcher, text)
    assert "listed" in found
    assert "<WDGT>" in {e.text for e in found["listed"].evidence}


def test_a_political_office_in_title_case_is_not_a_company_boss(nlp, shipped):
    # Lower-case phrases match only as written or with a capital first letter: a
    # "Chief Executive" of a territory is not the chief executive of a company.
    text = (
        "Chief Executive Carrie Lam said the territory would reopen its border. "
        "Lam told reporters the government had acted on advice, and the Chief "
        "Executive's office said shares of public trust mattered."
    )
    assert "companies_industry" not in themes(nlp, shipped, text)


# --- 13. words inside names: a company or a place named after a word ----------------


def test_a_word_inside_a_company_name_is_no_evidence(nlp, shipped):
    # "Union" names the company, not a trade union.
    text = (
        "Eastern Union Corp said its board named Mary Hale president of its "
        "Eastern Union Telegraph Co unit. Eastern Union said Hale succeeds Tom Reed, "
        "who retires in June. Eastern Union shares were unchanged."
    )
    found = themes(nlp, shipped, text, title="Eastern Union names new president")
    assert "strikes_unions" not in found


def test_the_name_of_a_union_still_counts(nlp, shipped):
    text = (
        "The Transport Workers Union called a strike at three bus depots on Monday. "
        "The union said drivers would walk out for two days over pay, and pickets "
        "formed at the gates before dawn."
    )
    assert "strikes_unions" in themes(nlp, shipped, text)


def test_a_word_qualifying_a_place_name_is_no_evidence(nlp, shipped):
    # "Christian" in a county's name is no religion.
    text = (
        "Christian County deputies arrested a man on Route 29 on Tuesday night. "
        "The Christian County sheriff said the man was held on a warrant, and a "
        "woman was cited for driving without a licence near Taylor Road."
    )
    assert "religion_faith" not in themes(nlp, shipped, text)


# --- 14. Title Case headlines: capitals there mark no names -----------------------------


def test_one_word_of_a_title_case_headline_is_no_name(nlp, shipped):
    # "Job" is capitalised because every word of the headline is.
    text = (
        "Engineers have built a scanner that reads the tags of parcels in the dark. "
        "The device uses infrared light, and tests showed it reads nine of ten tags."
    )
    title = "New Scanner Does Better Job Reading Parcel Tags"
    assert "employment_jobs" not in themes(nlp, shipped, text, title=title)


# --- 15. the car industry, not cars in a crash ----------------------------------------


def test_a_car_crash_is_not_the_car_industry(nlp, shipped):
    text = (
        "A driver was killed when his car hit a tree on the bypass late on Saturday. "
        "A second vehicle stopped and its driver called for help. Police closed the "
        "road for five hours while they examined the car and the vehicle."
    )
    assert "automotive" not in themes(nlp, shipped, text, title="Driver killed in bypass crash")


def test_car_sales_and_makers_are_the_car_industry(nlp, shipped):
    text = (
        "Car sales in Europe fell 4% in May, the carmakers' association said. "
        "Volkswagen and Toyota sold fewer cars, while sales of electric vehicles rose. "
        "Carmakers blamed a shortage of chips for lower production."
    )
    assert "automotive" in themes(nlp, shipped, text, title="European car sales fall")


def test_a_managing_director_is_no_film(nlp, shipped):
    text = (
        "Harlow Securities named Ann Price a managing director in its bond department. "
        "Price was a director of Harlow's London unit, the firm said. She joins the "
        "board's risk committee as a director."
    )
    assert "film" not in themes(nlp, shipped, text, title="Harlow names new managing director")


def test_a_dividend_notice_of_a_marked_company_is_company_news(nlp, shipped):
    # The name before the mark keeps its capitals: "Inc" there is a company's.
    from tasks.themes import tag_titles

    title = "WIDGETRON INC <WDGN> DECLARES QTLY DIVIDEND"
    text = "Qtly div five cts vs five cts prior\nPay April two\nRecord March 20"
    (title_doc,) = tag_titles(nlp, [title], [text])
    assert title_doc.text == "Widgetron Inc <WDGN> declares qtly dividend"
    found = {m.theme for m in extract_themes(nlp(text), "t", shipped, title_doc)}
    assert "companies_industry" in found


# --- 14. recall: the vocabulary articles plainly use ----------------------------------


def test_a_phrase_is_found_as_written_when_the_tagger_reads_a_verb(nlp, shipped):
    # Without the parser a headline's "laundering" is a verb, lemma "launder".
    from tasks.themes import tag_titles

    title = "Money laundering scheme uncovered at Freedonia bank"
    text = (
        "Prosecutors in Freedonia said two bankers moved $2bn through shell companies. "
        "Most of the funds were laundered through property deals abroad, they said."
    )
    (title_doc,) = tag_titles(nlp, [title], [text])
    found = {m.theme for m in extract_themes(nlp(text), "t", shipped, title_doc)}
    assert "fraud_financial_crime" in found


def test_a_wire_headline_starting_with_a_mark_is_no_code_and_the_mark_names_a_company(nlp, shipped):
    from tasks.themes import _code_lines, tag_titles

    assert _code_lines("<ACME HOLDINGS CORP> NINE MTHS LOSS") == []
    assert _code_lines('<div class="menu">') != []
    title = "<WIDGET TAX-FREE INCOME FUND> PAYOUT"
    text = "Mthly div 7.3 cts vs 7.3 cts prior\nPay March 13\nRecord March Two"
    (title_doc,) = tag_titles(nlp, [title], [text])
    found = {m.theme for m in extract_themes(nlp(text), "t", shipped, title_doc)}
    assert "corporate_results" in found
    assert "public_spending_taxation" not in found


def test_a_currency_named_in_its_market_is_currencies(nlp, shipped):
    text = (
        "The Omani rial firmed against the dollar in quiet interbank trading on Sunday. "
        "Dealers said the rial and the Qatari riyal were steady at the central bank's rates."
    )
    assert "currencies" in themes(nlp, shipped, text)


def test_amounts_in_a_currency_are_not_currencies(nlp, shipped):
    text = (
        "Carmaker Vistara said quarterly profit rose 40% to 2.4bn rupees. "
        "Sales rose 20% to 31bn rupees, the company said, as demand for small cars grew. "
        "Vistara shares rose 3% in Mumbai."
    )
    assert "currencies" not in themes(nlp, shipped, text)


def test_a_cryptocurrency_exchange_is_currencies(nlp, shipped):
    text = (
        "Coinvault lets users buy and sell bitcoin and other cryptocurrencies. "
        "Its fees on each cryptocurrency trade are higher than rivals', and it holds "
        "most customer crypto offline."
    )
    assert "currencies" in themes(nlp, shipped, text)


def test_covid_as_news_spells_it_is_a_pandemic(nlp, shipped):
    text = (
        "A Swedish tattoo artist inked the face of the state epidemiologist on a fan. "
        "The epidemiologist has become the face of Sweden's Covid-19 strategy, which "
        "avoided a lockdown and relied on social distancing."
    )
    assert "pandemic" in themes(nlp, shipped, text)


def test_a_game_named_by_its_title_is_video_games(nlp, shipped):
    text = (
        "Fortnite's new season brings a battle pass with forty tiers of rewards. "
        "Players who buy the battle pass unlock skins and emotes. "
        "Epic Games said the season runs until December."
    )
    assert "video_games" in themes(nlp, shipped, text)


def test_a_national_team_in_its_confederation_is_football(nlp, shipped):
    text = (
        "The national team's footballers began training for their Concacaf Nations League "
        "games in June. The coach said the lack of local competition hurt the squad, which "
        "plays four group fixtures in ten days."
    )
    assert "football" in themes(nlp, shipped, text)


def test_a_phone_launch_is_mobile_phones(nlp, shipped):
    text = (
        "The new iPhone goes on sale in India next week. "
        "The iPhone has a smaller screen than most smartphones but the same chip as "
        "Apple's flagship iPhone models."
    )
    assert "mobile_phones" in themes(nlp, shipped, text)


def test_the_european_community_is_the_european_union(nlp, shipped):
    text = (
        "European Community farm ministers met in Brussels to cut dairy output. "
        "The EC Commission wants lower guaranteed prices, and EC diplomats expect a deal "
        "before the summer."
    )
    assert "european_union" in themes(nlp, shipped, text)


def test_a_tender_offer_is_a_takeover_and_acquired_skills_are_not(nlp, shipped):
    bid = (
        "Harlow Industries Inc said holders tendered 90 pct of Brent Corp shares under its "
        "tender offer. Harlow expects to complete the merger with Brent within 60 days."
    )
    assert "mergers_acquisitions" in themes(nlp, shipped, bid)
    skills = (
        "Apprentices need time to acquire new skills, the company said. Many firms want "
        "staff to acquire a second language, and the company pays for the classes."
    )
    assert "mergers_acquisitions" not in themes(nlp, shipped, skills)


def test_a_retailers_monthly_sales_are_company_results(nlp, shipped):
    from tasks.themes import tag_titles

    text = (
        "Hardco Inc said sales for the four weeks ended February 28 rose six pct to "
        "41.7 mln dlrs. The company said sales were up at its 137 stores."
    )
    (title_doc,) = tag_titles(nlp, ["HARDCO <HRD> FEBRUARY SALES UP SIX PCT"], [text])
    found = {m.theme for m in extract_themes(nlp(text), "t", shipped, title_doc)}
    assert "corporate_results" in found


def test_social_media_advice_is_technology(nlp, shipped):
    text = (
        "Spring is the time to clean up your brand's social media accounts. "
        "Update the bio on each social media profile and review your digital marketing "
        "plan. Change the password of every account you run online."
    )
    assert "technology_internet" in themes(nlp, shipped, text)


def test_casual_contracts_are_jobs(nlp, shipped):
    text = (
        "Thousands of academic staff are on precarious contracts, a union report says. "
        "It describes the casualisation of teaching and the spread of zero-hours contracts "
        "in universities, where precarious employment is now common."
    )
    assert "employment_jobs" in themes(nlp, shipped, text)


def test_public_housing_tenants_are_housing(nlp, shipped):
    text = (
        "Tenants of the Nostrand estate begin voting on the future of their public housing. "
        "The city's housing authority offers tenants three funding models, and the landlord "
        "must repair every flat whatever they choose."
    )
    assert "housing_property" in themes(nlp, shipped, text)


# --- 10. facets of a subject, and lists of names -----------------------------------

FACETS = """
version = "test"
[subjects]
science_technology = "science and technology"
lifestyle = "lifestyle"

[[themes]]
id = "technology"
label = "Technology"
parent = "science_technology"
patterns = ["software", "computer", "internet", "app", "phone", "laptop", "browser"]

[[themes]]
id = "cyber_attacks"
label = "Cyber attacks"
parent = "science_technology"
patterns = ["hacker", "malware", "phishing"]

[[themes]]
id = "gardening"
label = "Gardening"
parent = "lifestyle"
patterns = ["garden", "compost", "seedling"]
"""

GADGETS = [
    "The new laptop ships with more software than most people need.",
    "Its browser opens quickly and the phone app syncs with the computer.",
    "The internet connection held up on every test we ran.",
    "Software updates arrive weekly through the app.",
    "The phone and the laptop share one browser profile.",
    "Battery life on the computer beat last year's laptop.",
    "The internet settings hide behind three menus of the app.",
    "We tried the software on an old phone as well.",
    "The browser and the computer stayed cool under load.",
    "Our verdict: a fine laptop for the internet and office software.",
]


def test_a_narrow_theme_in_the_lead_is_not_hidden_by_a_broad_one_of_its_subject(nlp):
    # A security story told inside a technology review: cyber attacks score far below
    # technology, their own subject's broad theme, but they are a facet of it. Told in
    # three sentences, not one: a topic of a sentence or two is met in passing.
    matcher = ThemeMatcher(nlp, parse_taxonomy(FACETS, "facets.toml"))
    lead = "Hackers spread a fake update this week, researchers said."
    after = ["The fake update hid malware in a zip file.", "Phishing emails linked to it."]
    found = themes(nlp, matcher, " ".join([lead, *GADGETS, *after]))
    assert "technology" in found and "cyber_attacks" in found
    assert found["cyber_attacks"].score < 0.2 * found["technology"].score


def test_a_theme_of_another_subject_as_thin_is_still_dropped(nlp):
    matcher = ThemeMatcher(nlp, parse_taxonomy(FACETS, "facets.toml"))
    lead = "A garden of seedlings sits on the desk in our photo, with compost."
    found = themes(nlp, matcher, " ".join([lead, *GADGETS, *GADGETS]))
    assert "technology" in found and "gardening" not in found


def test_a_list_of_names_is_not_prose_nor_evidence(nlp, matcher):
    from tasks.themes import _name_lists

    credits = (
        "Margaret Atwood, author; Salman Rushdie, author; Zadie Smith, author; "
        "Ian McEwan, author; Hilary Mantel, author."
    )
    doc = nlp(credits + "\n\n" + " ".join(GARDEN))
    assert len(_name_lists(doc)) == 1
    # The credits at the top of the page are not its lead: no books theme.
    found = themes(nlp, matcher, credits + "\n\n" + " ".join(GARDEN))
    assert "gardening" in found and "books" not in found
    # A sentence naming two people is prose.
    assert not _name_lists(nlp("Barack Obama and John McCain met the press in Ohio on Monday."))


# --- 10. recall: the words a subject is told in (issue 18, third round) ------------


def test_an_airline_traffic_report_is_aviation(nlp, shipped):
    # Wire copy tells an airline's month in load factor and passenger miles only.
    text = (
        "Northway Air said its March load factor rose to 61.2 pct from 58.4 pct. "
        "Revenue passenger miles rose 4.1 pct to 812 mln, and available seat miles "
        "rose 2.0 pct to 1.33 billion, the company said."
    )
    assert "aviation_airlines" in themes(nlp, shipped, text)


def test_a_police_blotter_of_road_accidents_is_transport_accidents(nlp, shipped):
    text = (
        "The following are arrest and accident reports from the county sheriff. "
        "A driver was ticketed after a traffic accident on Main Street. "
        "No injuries were reported, and both cars were towed from the scene."
    )
    assert "transport_accidents" in themes(nlp, shipped, text)


def test_a_commodity_exchange_raising_margins_is_markets_and_commodities(nlp, shipped):
    title = "Grain exchange to raise margin requirements"
    text = (
        "The Osaka Grain Exchange said it will raise the margin requirement on soybean "
        "contracts to 90,000 yen per 15 tonne lot. Red bean and soybean requirements for "
        "distant months stay unchanged."
    )
    found = themes(nlp, shipped, text, title)
    assert {"markets", "commodities_mining"} <= set(found)


def test_an_internet_scam_is_online_security(nlp, shipped):
    title = "Regulator warns of online scam"
    text = (
        "Thousands of computer users were billed for calls they never made, the regulator said. "
        "A program hidden in a free download diverts the computer's modem to a premium line. "
        "The regulator said a virus spreads the program through pop-up adverts."
    )
    assert "cyber_attacks" in themes(nlp, shipped, text, title)


def test_a_letter_of_intent_to_buy_a_company_is_a_takeover(nlp, shipped):
    title = "Harbor Savings to make acquisition"
    text = (
        "Harbor Savings said it has signed a letter of intent to buy Lakeside Trust "
        "for an undisclosed amount of cash. Lakeside Trust had assets of 40 mln dlrs."
    )
    assert "mergers_acquisitions" in themes(nlp, shipped, text, title)


def test_a_copper_refinery_is_not_oil_but_an_oil_pipeline_is(nlp, shipped):
    copper = (
        "Copper stocks held at refineries fell to 120,000 tonnes in January. "
        "Stocks of crude copper at the refineries rose slightly, the bureau said."
    )
    oil = (
        "Storms closed the port and its oil terminal on Tuesday. "
        "Tankers waited offshore as the oil pipeline stopped loading."
    )
    assert "energy_oil" not in themes(nlp, shipped, copper)
    assert "energy_oil" in themes(nlp, shipped, oil)


def test_a_central_bank_money_market_operation_is_markets(nlp, shipped):
    title = "Central bank adds reserves via customer repurchases"
    text = (
        "The Federal Reserve entered the government securities market to arrange "
        "1.5 billion dlrs of customer repurchase agreements, a spokesman said. "
        "Dealers said the operation eased the money market before the weekend."
    )
    assert "markets" in themes(nlp, shipped, text, title)


def test_a_bond_issue_and_its_lead_manager_are_markets(nlp, shipped):
    # A wire report of a new issue: no "market" word, the debt market's own terms.
    title = "Freedonia Rail issues 200 mln dlr eurobond"
    text = (
        "Freedonia Rail is issuing a 200 mln dlr, eight pct bond due 1994 at par, lead "
        "manager Banque Nordique said. Fees are 1-1/4 pct for selling and 3/8 pct for "
        "underwriting. The launch spread is 60 basis points over comparable treasuries."
    )
    assert "markets" in themes(nlp, shipped, text, title)


def test_a_report_of_crude_futures_prices_is_markets(nlp, shipped):
    title = "Crude prices jump to a four-month high"
    text = (
        "Crude prices rose sharply on Tuesday as a refinery outage worried buyers. "
        "Light crude futures gained $1.20 to $48.10 a barrel in New York. Gasoline "
        "futures also climbed. The market has risen for five days, traders said."
    )
    assert "markets" in themes(nlp, shipped, text, title)


def test_one_word_in_two_paragraphs_parsed_as_one_sentence_is_met_twice(nlp):
    # The parser may run the first paragraph's sentence on into the second.
    from spacy.tokens import Doc

    from tasks.themes import _specific_enough

    words = ["A", "merger", "is", "studied", ".", "\n\n", "The", "merger", "waits", "."]
    spaces = [True, True, True, False, False, False, True, True, False, False]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=[True] + [False] * 9)
    assert _specific_enough([doc[1:2], doc[7:8]])
    assert not _specific_enough([doc[1:2], doc[1:2]])


def test_a_countrys_money_supply_and_reserves_figures_are_the_economy(nlp, shipped):
    title = "Freedonia money supply rises 2.1 pct in March"
    text = (
        "Freedonia's M-3 money supply grew 2.1 pct in March after 1.4 pct in February, "
        "the central bank said. Official reserves fell to 4.2 billion crowns from 4.5 "
        "billion, it said in its monthly bulletin."
    )
    assert "macroeconomy" in themes(nlp, shipped, text, title)
