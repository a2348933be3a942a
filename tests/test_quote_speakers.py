"""Issue 16: each failure seen on real pages, as a small article written for it.

Tests marked ``xfail`` are failures still open (see the issue's closing note)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.tokens import Doc

from tasks.entities import extract_entities
from tasks.quote_cues import named_apposition, subject_of
from tasks.quotes import extract_quotes


def no_quotation_with(quotes, words: str) -> bool:
    return not any(words in q.text for q in quotes if q.kind != "indirect")


# Names inside or near the quotation are not its speaker.


def test_a_name_inside_the_quotation_is_not_the_speaker(quotes_of, quote_with):
    text = (
        "Amal Haddad runs a bakery in Dearborn.\n"
        "“I heard Donald Trump say we need to close mosques, and I was scared,” he said."
    )
    quote = quote_with(quotes_of(text), "close mosques")
    assert quote.speaker != "Donald Trump"


def test_the_character_talked_about_is_not_the_speaker(quotes_of, quote_with):
    text = (
        "Jessie Buckley plays Rose-Lynn Harlan, a singer from Glasgow.\n"
        "“She wants everything at once,” she said of Rose-Lynn."
    )
    assert quote_with(quotes_of(text), "everything at once").speaker == "Jessie Buckley"


def test_he_is_the_person_of_this_paragraph_not_the_last_speaker(quotes_of, quote_with):
    text = (
        "“We are ready,” said Maria Lopez, the chair.\n"
        "Down the hall, Tom Young was sorting the mail. “The plate is really full today,” he said."
    )
    assert quote_with(quotes_of(text), "plate is really full").speaker == "Tom Young"


def test_a_new_live_blog_entry_does_not_inherit_the_last_speaker(quotes_of):
    text = (
        "10:02 a.m.\n"
        "“We will not back down,” Senator Ana Reyes said.\n"
        "10:15 a.m.\n"
        "“Nobody told us anything about the closure.”"
    )
    quotes = quotes_of(text)
    assert all(q.speaker != "Ana Reyes" for q in quotes if "closure" in q.text)


# An organisation's named person is the speaker.


def test_org_title_name_said_gives_the_person(quotes_of, quote_with):
    text = "CPUC President Marybel Batjer said that “the utilities must do better this year.”"
    quote = quote_with(quotes_of(text), "utilities must do better")
    assert quote.speaker == "Marybel Batjer"


def test_the_news_agency_reporting_a_post_is_not_its_speaker(quotes_of, quote_with):
    text = (
        "A Weibo user named Li Wen wrote: “The water is rising in our street.” "
        "AFP could not verify the post."
    )
    assert quote_with(quotes_of(text), "water is rising").speaker != "AFP"


# Pronouns and descriptions.


def test_he_resolves_to_the_only_candidate(quotes_of, quote_with):
    text = 'Mark Burton explained from a podium. "I love cats," he said.'
    assert quote_with(quotes_of(text), "love cats").speaker == "Mark Burton"


def test_they_and_you_are_not_speaker_names(quotes_of):
    text = (
        "The council met on Monday.\n"
        "“We need more buses,” they said.\n"
        "“You can always walk,” you might say."
    )
    for quote in quotes_of(text):
        assert quote.speaker not in ("they", "They", "you", "You")


def test_a_descriptor_names_no_one(quotes_of, quote_with):
    text = "“The station will reopen in May,” a spokesperson said."
    quote = quote_with(quotes_of(text), "reopen in May")
    assert quote.speaker_key is None


# Not quotations.


@pytest.mark.parametrize(
    "text, words",
    [
        ("She played her new song called “Black Water” at the show.", "Black Water"),
        ("The film “The Discovery” opens on Friday in London.", "The Discovery"),
        ("Doctors call it “feather duvet lung” in their reports.", "feather duvet"),
        ("The governor unveiled the “Growing Virginia Plan” on Monday.", "Growing Virginia"),
        ("Critics attacked the so-called “cuties” trend online.", "cuties"),
        ("Fans reacted with “pure delight” when the band came on.", "pure delight"),
        ("Buttons reading “The Book Stops Here” sold for a dollar.", "Book Stops Here"),
        (
            "I happen to feel that the band peaked with songs such as “Who Knows Why?”, "
            "“Dreams,” and “Never.”",
            "Who Knows Why",
        ),
        (
            "So I won the argument. But the battle rages on between Team “Go Out” and Team "
            "“Where’s My Car?”\n\nI do love the band.",
            "My Car",
        ),
        ("The board said cheaper cuts fall below the “gold” or “silver” labels.", "gold"),
        ("Lenders have revived the idea of “swap notes”, traders said.", "swap notes"),
        ("Acme Corp said it will market its new travel service, “Sunny Days.”", "Sunny Days"),
        ("The ministry said it would rename the fund to “Green Harbour.”", "Green Harbour"),
    ],
)
def test_titles_nicknames_plans_and_scare_quotes_are_not_quotations(quotes_of, text, words):
    assert no_quotation_with(quotes_of(text), words)


def test_a_title_cased_statement_after_its_cue_is_a_quotation(quotes_of, quote_with):
    text = "The coach looked at the crowd and said, “We Are Back.”"
    assert quote_with(quotes_of(text), "We Are Back").speaker is not None


def test_a_fragment_inside_reported_speech_is_a_quotation(quotes_of, quote_with):
    text = "Senator Marco Rubio says Obama is “obsessed” with the Second Amendment."
    quote = quote_with(quotes_of(text), "obsessed")
    assert quote.speaker == "Marco Rubio"


# Layouts.


def test_a_role_then_a_colon_introduces_a_quote(quotes_of, quote_with):
    text = 'The Nurse Manager: "We need more staff on every shift."'
    quote = quote_with(quotes_of(text), "more staff")
    assert quote.kind == "direct"


def test_dash_attribution(quotes_of, quote_with):
    text = '"Hello, and welcome to the shop" -- said Mr. Cornwallaby.'
    assert quote_with(quotes_of(text), "welcome to the shop").speaker == "Cornwallaby"


def test_single_quoted_dialogue(quotes_of, quote_with):
    text = "‘Hello,’ Anna Berg said, ‘it has been a long winter for all of us.’"
    quotes = quotes_of(text)
    assert quote_with(quotes, "long winter").speaker == "Anna Berg"


def test_a_third_quote_only_paragraph_keeps_the_speaker(quotes_of, quote_with):
    text = (
        "“We started with nothing,” said Grace Okafor, the founder.\n"
        "“Then the orders came in from every town in the county.”\n"
        "“Now we employ forty people and ship to three countries.”"
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "forty people").speaker == "Grace Okafor"


def test_a_paragraph_mixing_curly_and_straight_marks(quotes_of, quote_with):
    text = '“We will rebuild the bridge by June," Mayor Tom Hale said.'
    assert quote_with(quotes_of(text), "rebuild the bridge").speaker == "Tom Hale"


def test_a_speaker_says_colon_then_a_quote_paragraph(quotes_of, quote_with):
    text = "Reporter Jomana Karadsheh says:\n“The fighting went on all night near the port.”"
    assert quote_with(quotes_of(text), "fighting went on").speaker == "Jomana Karadsheh"


# Reported speech.


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Lena Park said that the budget would be cut by ten percent.", "Lena Park"),
        ("The plant will close next year, according to Omar Said.", "Omar Said"),
        ("Governor Jay Inslee believes the state can meet its climate goals.", "Jay Inslee"),
        ("Dr. Ruth Vance warned that the virus could return in the autumn.", "Ruth Vance"),
        ("Officials say the road will stay closed until Friday.", "Officials"),
        ("A report found that most rivers in the region are polluted.", "A report"),
        ("Senator Ted Cruz criticized the plan to raise the gas tax.", "Ted Cruz"),
    ],
)
def test_reported_speech_is_attributed(quotes_of, text, speaker):
    indirect = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert indirect, text
    assert indirect[0].speaker == speaker


def test_who_said_takes_the_name_it_stands_for(quotes_of):
    text = "Mayor Ana Costa, who said the fares would not rise, left early."
    indirect = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert indirect and indirect[0].speaker == "Ana Costa"


def test_a_gerund_after_a_preposition_reports_for_the_verbs_subject(quotes_of):
    text = "Mayor Ines Varga answered her critics by saying the bridge would open in May."
    reported = [q for q in quotes_of(text) if q.kind == "indirect" and "bridge" in q.text]
    assert reported and reported[0].speaker == "Ines Varga"
    assert reported[0].text == "the bridge would open in May"


def test_what_a_speaker_talked_about_is_reported(quotes_of):
    text = "At the fair, Nadia Ferro spoke about the need for cheaper bus fares."
    reported = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert [(q.text, q.speaker) for q in reported] == [
        ("about the need for cheaper bus fares", "Nadia Ferro")
    ]


def test_told_reporters_alone_is_not_reported_speech(quotes_of):
    text = "Lena Park told reporters on Monday morning at the town hall."
    assert [q for q in quotes_of(text) if q.kind == "indirect"] == []


# Second round (issue 16): classes of wrong speakers on the judged real pages.


def test_a_verb_after_a_first_name_is_not_part_of_the_name(quotes_of, quote_with):
    text = (
        "Kate made Meghan cry, the interview revealed.\n"
        "“I went to the institution and asked for help,” Meghan said."
    )
    assert quote_with(quotes_of(text), "asked for help").speaker == "Meghan"


def test_the_name_right_before_the_verb_after_a_long_aside(quotes_of, quote_with):
    text = (
        "Asked about errors in her 1956 memoir, Lady Sings the Blues, which was credited "
        "to her and the writer William Dufty, Billie Holliday replied, “I never read that book.”"
    )
    assert quote_with(quotes_of(text), "never read").speaker == "Billie Holliday"


def test_a_role_then_the_name_in_apposition(quotes_of, quote_with):
    text = (
        "VFI Chief Executive, Padraig Cribben, said: “The impact on publicans across the "
        "country will be severe.”"
    )
    quote = quote_with(quotes_of(text), "impact on publicans")
    assert quote.speaker == "Padraig Cribben"
    assert "Chief Executive" in (quote.speaker_title or "")


def test_the_economist_named_after_the_role_speaks(quotes_of, quote_with):
    text = (
        "Looking back at the crisis, the economist Joseph Stiglitz comments that “rapid "
        "liberalization was the single most important cause”; he also notes that the "
        "fund's policies “made things worse.”"
    )
    assert quote_with(quotes_of(text), "rapid liberalization").speaker == "Joseph Stiglitz"


def test_a_table_heading_cell_is_not_the_speaker(quotes_of):
    text = (
        "| Going Out | “ | “I'm going to head into town today, just for fun.” |  |\n"
        "| At the Store | “ | “Don't worry, I'm using my own money to buy this.” |  |"
    )
    for quote in quotes_of(text):
        assert quote.speaker is None or quote.speaker_key is not None, quote.speaker


def test_what_a_reply_answers_is_not_the_replier_s(quotes_of):
    text = (
        "Penny Marsh asks you to try a new recipe. "
        "She responds, “That's nice of you.”  “Can I get the rest to go?” (No effect.) "
        "She responds, “Oh... I see.”"
    )
    quotes = quotes_of(text)
    assert all(q.speaker != "Penny Marsh" for q in quotes if "rest to go" in q.text)


def test_she_is_not_the_man_named_last(quotes_of, quote_with):
    text = (
        "When Maria Lopez left the hall, Tom Young was still sorting the mail.\n"
        "Later that night, she called the station. “It was a long day for everyone,” she said."
    )
    assert quote_with(quotes_of(text), "long day").speaker == "Maria Lopez"


def test_he_after_an_unnamed_spokesperson_names_no_one(quotes_of, quote_with):
    text = (
        "Jo Grady leads the union.\n"
        "A spokesperson for the employers said its members had cut short contracts.\n"
        "“We have worked with the unions for years,” he said."
    )
    quote = quote_with(quotes_of(text), "worked with the unions")
    assert quote.speaker_key is None


def test_the_expert_is_the_person_just_named(quotes_of, quote_with):
    text = (
        "Professor Jane Ogden told the show, “Shaming is the wrong way forward.” "
        "The University of Surrey expert continued, “It makes people feel worse about "
        "themselves.”"
    )
    assert quote_with(quotes_of(text), "feel worse").speaker == "Jane Ogden"


def test_a_bare_title_in_a_headline_is_the_person_with_that_title(quotes_of, quote_with):
    text = (
        "Governor says new justice is historic, but he called on her “because she's the best "
        "for the job”\n"
        "Governor Jay Inslee appointed Raquel Montoya-Lewis to the court in December."
    )
    assert quote_with(quotes_of(text), "best for the job").speaker == "Jay Inslee"


def test_a_report_speaks_for_its_author(quotes_of, quote_with):
    text = (
        "The Intergovernmental Panel on Climate Change (IPCC) published its findings.\n"
        "The IPCC report states: “Global net emissions must fall by about 45% by 2030.”"
    )
    quote = quote_with(quotes_of(text), "must fall")
    assert quote.speaker_key is not None and quote.speaker_key.startswith("ORG:")


def test_a_participle_preposition_is_no_cue(quotes_of):
    text = (
        "The article (Page B1, Jan. 15) regarding “voters confusion about everything from the "
        "results to ranked choice voting” helps me understand why people doubt the count."
    )
    assert all(q.speaker != "Page B1" for q in quotes_of(text))


def test_a_label_in_capitals_is_a_heading_not_a_speaker(quotes_of):
    text = "USAGE: “In this maudlin melodrama, all that was missing were the violins.” Jane Roe."
    assert all(q.speaker != "USAGE" for q in quotes_of(text))


# Third round (issue 16).


def test_two_apostrophes_are_quotation_marks(quotes_of, quote_with):
    text = (
        "Golf courses are struggling across the country.\n"
        "''Revenues are up a little bit, and so are rounds,'' said Tom Ekovich, an owner. "
        "''Things are moving in the right direction.''"
    )
    quotes = quotes_of(text)
    first = quote_with(quotes, "Revenues are up")
    assert first.kind == "direct" and first.speaker == "Tom Ekovich"
    assert first.text.strip("'") == "Revenues are up a little bit, and so are rounds,"
    assert quote_with(quotes, "right direction").speaker == "Tom Ekovich"


def test_the_full_name_in_the_title_completes_a_surname(nlp, quote_with):
    text = (
        "Fans worried about the singer's health last year.\n"
        "“I’m very happy at 51,” Dion told the magazine."
    )
    doc = nlp(text)
    title = "Céline Dion Opens Up About Turning 51"
    quotes = extract_quotes(doc, "t", extract_entities(doc, "t"), title)
    assert quote_with(quotes, "very happy").speaker == "Céline Dion"


def test_a_first_name_written_before_the_surname_completes_it(quotes_of, quote_with):
    text = (
        "Even though Céline Dion is a star, people focus on her body.\n"
        "“I’m very happy at 51,” Dion told the magazine."
    )
    assert quote_with(quotes_of(text), "very happy").speaker == "Céline Dion"


def test_the_party_mp_is_the_person_named_before(quotes_of, quote_with):
    text = (
        "The travel industry has been badly hit by quarantine restrictions.\n"
        "Chris Grayling warned on Monday that the sector is facing mass job cuts.\n"
        "Speaking in the Commons, the Conservative MP said: “It does not need to be like "
        "this because there are ways to get part of this industry going again.”"
    )
    assert quote_with(quotes_of(text), "does not need").speaker == "Chris Grayling"


def test_the_duchess_is_the_person_given_that_title_before(quotes_of, quote_with):
    text = (
        "Prince Harry and Meghan, Duchess of Sussex's interview with Oprah Winfrey was more "
        "revealing than many imagined.\n"
        "“I was trapped, and I didn't know it,” Harry said.\n"
        "He said his father had stopped taking his calls for a while.\n"
        "“I will always love him,” Harry said.\n"
        "The duchess also revealed that she had called a friend of the family for help. "
        "“I didn't know who to even turn to in that,” she told Winfrey."
    )
    # The person the text styles "Meghan, Duchess of Sussex" (JUDGING.md keeps a royal
    # title that is how the person is known).
    assert quote_with(quotes_of(text), "who to even turn").speaker == "Meghan, Duchess of Sussex"


@pytest.mark.parametrize(
    "text",
    [
        "The new line will open in the spring of next year, Governor Jay Inslee said on Monday.",
        "In particular, Governor Jay Inslee said, the new line will open in the spring.",
    ],
)
def test_a_said_after_or_inside_its_statement_reports_it(quotes_of, text):
    indirect = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert indirect and indirect[0].speaker == "Jay Inslee"
    assert "will open in the spring" in indirect[0].text


def test_critics_at_a_sentence_start_are_no_bare_title(quotes_of, quote_with):
    text = (
        "The neoliberal embrace of individualism, as Margaret Thatcher put it, had perverse "
        "consequences.\n"
        "Critics argue that this is “neoliberal identity politics,” and it gives its "
        "proponents space."
    )
    quote = quote_with(quotes_of(text), "neoliberal identity politics")
    assert quote.speaker != "Margaret Thatcher"


def test_a_name_and_a_colon_before_a_clause_attribute_it(quotes_of):
    text = (
        "Bernie Sanders: Brexit's message could draw support for Trump in the US\n"
        "The senator spoke in Vermont on Sunday."
    )
    indirect = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert indirect and indirect[0].speaker == "Bernie Sanders"
    assert indirect[0].text.startswith("Brexit's message")


def test_a_label_that_names_no_speaker_attributes_nothing(quotes_of):
    text = "Photo: the crowd gathered outside the town hall on Monday evening."
    assert [q for q in quotes_of(text) if q.kind == "indirect"] == []


def test_a_surname_the_model_takes_for_a_noun_still_gets_its_first_name(quotes_of, quote_with):
    text = (
        "Even though Céline Dion is a star, people focus on her body.\n"
        "In May 2019, a now fiftysomething Dion seemed comfortable in her own skin.\n"
        "“Some people get a little scared about turning 50. I’m very happy at 51,” Dion "
        "revealed in an interview with Vogue."
    )
    assert quote_with(quotes_of(text), "very happy at 51").speaker == "Céline Dion"


# Third round (issue 16): reported speech PolNeAR annotates and the extractor missed.


@pytest.mark.parametrize(
    "text, speaker, words",
    [
        (
            "Lena Park reiterated that the fares would not rise this year.",
            "Lena Park",
            "the fares would not rise",
        ),
        (
            "Senator Ted Cruz declined to comment on the new tax plan.",
            "Ted Cruz",
            "to comment on the new tax plan",
        ),
        (
            "Lena Park offered to cover the cost of the new library roof.",
            "Lena Park",
            "to cover the cost",
        ),
        (
            "Governor Jay Inslee is hoping to sign the climate bill before the summer.",
            "Jay Inslee",
            "to sign the climate bill",
        ),
    ],
)
def test_cue_verbs_from_the_polnear_cue_spans(quotes_of, text, speaker, words):
    indirect = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert indirect and indirect[0].speaker == speaker
    assert words in indirect[0].text


def test_a_three_word_complement_clause_is_a_statement(quotes_of):
    text = "At the meeting in Leeds, Lena Park said they supported her."
    indirect = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert indirect and indirect[0].speaker == "Lena Park"
    assert indirect[0].text == "they supported her"


def test_a_verb_of_seeming_is_no_cue(quotes_of):
    text = "Mayor Ana Costa seemed to enjoy the long debate about the city budget."
    assert [q for q in quotes_of(text) if q.kind == "indirect"] == []


def test_a_reported_statement_stops_at_its_paragraph_end(nlp):
    from tasks.quote_context import QuoteContext
    from tasks.quote_cues import _within_paragraph

    text = "Ms. Khan said she had not spoken at the convention.\n\nThe crowd cheered her son."
    doc = nlp(text)
    context = QuoteContext.of(doc, [])
    content = doc.char_span(text.index("she had"), len(text) - 1, alignment_mode="expand")
    kept = _within_paragraph(context, content, text.index("said"))
    assert kept is not None and kept.text == "she had not spoken at the convention"


@pytest.mark.parametrize(
    "text, speaker, words",
    [
        ("Lena Park is skeptical of the new trade deal with Canada.", "Lena Park", "the new trade"),
        (
            "Senator Ted Cruz was confident that the bill would pass this week.",
            "Ted Cruz",
            "the bill would pass",
        ),
    ],
)
def test_a_stance_adjective_after_be_attributes_its_object(quotes_of, text, speaker, words):
    indirect = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert indirect and indirect[0].speaker == speaker
    assert indirect[0].text.startswith(words)


def test_a_state_adjective_is_no_cue(quotes_of):
    text = "Lena Park was happy in the small house by the river."
    assert [q for q in quotes_of(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    "text, words",
    [
        ("In the new poll, 30 percent of voters said the economy was getting worse.", "economy"),
        ("Most of the farmers said they wanted a new road to the market.", "wanted a new road"),
        ("The mayor met parents who said the school needed more teachers.", "needed more"),
    ],
)
def test_a_share_of_a_group_or_who_can_report(quotes_of, text, words):
    indirect = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert indirect and words in indirect[0].text
    assert indirect[0].speaker_start is not None


@pytest.mark.parametrize(
    "text, speaker, words",
    [
        ("A spokesman for Lena Park declined to comment.", "A spokesman", "to comment"),
        (
            "As Lena Park noted, the average age of the town's nurses is rising fast.",
            "Lena Park",
            "the average age",
        ),
        (
            "Young voters are drifting away from the party, Lena Park found.",
            "Lena Park",
            "Young voters are drifting",
        ),
    ],
)
def test_short_infinitives_as_phrases_and_cues_after_their_clause(quotes_of, text, speaker, words):
    indirect = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert indirect and indirect[0].speaker == speaker
    assert indirect[0].text.startswith(words)


@pytest.mark.parametrize(
    "text, words",
    [
        (
            "President Trump has stepped up his trolling of the candidate he calls “Mini Mike.” "
            "The mayor did not reply.",
            "Mini Mike",
        ),
        ("Why can't you spell dark with a “c”, so it says something else? You can't.", "c"),
    ],
)
def test_a_name_after_calls_and_a_lone_letter_are_not_quotations(quotes_of, text, words):
    assert not any(q.text.strip('“”"., ') == words for q in quotes_of(text) if q.kind != "indirect")


def test_a_verbless_phrase_inside_a_sentence_with_no_cue_is_a_term(quotes_of, quote_with):
    text = (
        "“We will cut taxes,” John Major said in 1990. "
        "The result was “a kinder and gentler market economy,” and the party won again."
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "cut taxes").speaker == "John Major"
    assert no_quotation_with(quotes, "gentler market")


@pytest.mark.parametrize(
    "text, words",
    [
        (
            "The council columnist Mara Lind has long opposed the tram but on Tuesday wrote "
            "that she now backed the new route to the airport.",
            "backed the new route",
        ),
        (
            "Mara Lind, the council's longest-serving member, on Saturday said the tram "
            "would never be finished on time.",
            "never be finished",
        ),
    ],
)
def test_a_weekday_is_not_the_speaker(quotes_of, text, words):
    found = [q for q in quotes_of(text) if words in q.text]
    assert all(q.speaker not in ("Tuesday", "Saturday") for q in found)
    assert any(q.speaker == "Mara Lind" for q in found)


def test_she_does_not_take_the_man_as_antecedent(quotes_of, quote_with):
    text = (
        "“We will miss the train,” the old man said. “There's no need to cry,” she said to the boy."
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "miss the train").speaker == "the old man"
    assert quote_with(quotes, "no need to cry").speaker != "the old man"


def test_its_statement_is_the_organisation_named_before(quotes_of, quote_with):
    text = (
        "Customers complained to Greenleaf Naturals after the cream burned their skin.\n\n"
        "Its statement claimed, “Our products are tested and safe for everyone.”"
    )
    assert quote_with(quotes_of(text), "tested and safe").speaker == "Greenleaf Naturals"


def test_a_quotation_in_the_speakers_apposition_does_not_hide_the_speaker(quotes_of, quote_with):
    text = (
        "“It was a disgrace,” said Olwen Tarrant, 52, a teacher who queued in a "
        "“ridiculously slow line” outside the town hall for three hours."
    )
    assert quote_with(quotes_of(text), "a disgrace").speaker == "Olwen Tarrant"


def test_of_two_parsed_subjects_the_speaker_is_the_name(nlp):
    # The small model sometimes parses a participle in a long quotation as a second
    # subject of the verb after it ("“…, its heart beating, …” said Carly Fiorina"):
    # the parse is written out here, as the model gives it.
    words = ["“", "Look", ",", "its", "wheel", "turning", ",", "”", "said", "Dana", "Whitlock", "."]
    heads = [8, 8, 8, 4, 5, 8, 8, 8, 8, 10, 8, 8]
    deps = ["punct", "ccomp", "punct", "poss", "compound", "nsubj", "punct", "punct", "ROOT"]
    deps += ["compound", "nsubj", "punct"]
    pos = ["PUNCT", "VERB", "PUNCT", "PRON", "NOUN", "VERB", "PUNCT", "PUNCT", "VERB"]
    pos += ["PROPN", "PROPN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert subject_of(doc[8]).text == "Whitlock"


def test_a_pronoun_subject_is_preferred_to_a_misparsed_noun(quotes_of, quote_with):
    text = (
        "Hal Brenner spoke last. It was 1990, before the rise of the web, yet he and his "
        "co-workers predicted “a steady shift toward proportionately more trade between "
        "small firms”."
    )
    assert quote_with(quotes_of(text), "steady shift").speaker == "Hal Brenner"


# Fifth round (issue 16): speakers.


def test_the_it_of_an_infinitive_after_an_adjective_is_no_speaker(quotes_of, quote_with):
    text = (
        "Mayor Lena Ortiz has defended the new curfew, saying it is wrong to deny families "
        "the quiet nights they were promised because of a “tiny minority” of late drinkers."
    )
    assert quote_with(quotes_of(text), "tiny minority").speaker == "Lena Ortiz"


def test_a_cue_before_a_colon_introduces_what_follows(quotes_of, quote_with):
    text = (
        "Tycoon Omar Reyes withdrew his bid in March. Reyes accused the club of using him as "
        "“a bargaining chip” to attract other bids, but chairman Paul Hurst explained: "
        "“Omar was never used that way. We talked to him for a year.”"
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "a bargaining chip").speaker == "Omar Reyes"
    assert quote_with(quotes, "never used that way").speaker == "Paul Hurst"


def test_a_name_right_after_a_role_is_the_speaker(nlp):
    # In a long article the small model may hang the name after a role on it as an
    # adverb ("Former Chelsea captain Desailly, who …, says"): the parse is written out
    # here, as the model gave it.
    words = ["Former", "Leeds", "captain", "Okafor", ",", "says", "it", "changed", "."]
    heads = [2, 2, 5, 2, 2, 5, 7, 5, 5]
    deps = ["amod", "compound", "nsubj", "advmod", "punct", "ROOT", "nsubj", "ccomp", "punct"]
    pos = ["ADJ", "PROPN", "NOUN", "PROPN", "PUNCT", "VERB", "PRON", "VERB", "PUNCT"]
    ents = ["O", "O", "O", "B-PERSON", "O", "O", "O", "O", "O"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    assert named_apposition(doc[2]).text == "Okafor"


def test_a_surname_with_a_party_before_it_is_the_person_named_in_full(quotes_of, quote_with):
    text = (
        "Ken Adeyemi was elected mayor of Leeds in May.\n\n"
        "Labour's Mr Adeyemi, who says he is “standing by” his remarks, had accused a "
        "reporter of being like a “prison guard”."
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "standing by").speaker == "Ken Adeyemi"
    assert quote_with(quotes, "prison guard").speaker == "Ken Adeyemi"


def test_a_judge_named_in_the_next_sentence_is_the_speaker(quotes_of, quote_with):
    text = (
        "This week a judge claimed cheap drink was breeding “urban savages” in town centres. "
        "Judge Alan Pryce made his remarks as he sentenced three men for assault."
    )
    assert quote_with(quotes_of(text), "urban savages").speaker == "Alan Pryce"


def test_he_inside_a_relative_clause_about_a_person_is_that_person(quotes_of, quote_with):
    text = (
        "Club chairman Rick Parry said talks with investors went on. That prompted the "
        "withdrawal of tycoon Steve Morgan, who was frustrated by what he claimed was "
        "“total indecision” by the board."
    )
    assert quote_with(quotes_of(text), "total indecision").speaker == "Steve Morgan"


def test_the_singer_is_the_she_who_spoke_just_before(quotes_of, quote_with):
    text = (
        "Ada Moreau sold ten million records in France.\n\n"
        "Her husband died in 2016.\n\n"
        "Their sons were born in 2010.\n\n"
        "“I am approaching forty,” she told a magazine in 2005.\n\n"
        "“I walked to school in snowstorms,” the famous singer told a radio station in 2013."
    )
    assert quote_with(quotes_of(text), "snowstorms").speaker == "Ada Moreau"


def test_he_is_the_person_the_sentence_before_introduces(quotes_of, quote_with):
    text = (
        "“The songs will be old ones,” said the producer, Mr Kowalski.\n\n"
        "The play's director is Daniel Okonjo, who staged Hamlet. "
        "“The show will be a hybrid of text and music,” he said."
    )
    assert quote_with(quotes_of(text), "hybrid of text").speaker == "Daniel Okonjo"


def test_a_surname_the_model_tags_as_an_organisation_is_the_person(nlp, quote_with):
    text = (
        "On Monday, admirer Daniel Keith Mason from Uppsala had a portrait of the doctor "
        "inked on his arm.\n"
        '"I like to have tattoos that mean something to me," Mason told AFP.'
    )
    doc = nlp(text)
    # The small model may tag the surname alone as an organisation (it did so on a real
    # page); the mention is relabelled here so the test does not hang on its guess.
    entities = [
        replace(e, label="ORG", entity_key="ORG:mason", canonical_name="Mason")
        if e.text == "Mason"
        else e
        for e in extract_entities(doc, "t")
    ]
    assert any(e.label == "ORG" for e in entities)
    quote = quote_with(extract_quotes(doc, "t", entities), "tattoos")
    assert quote.speaker == "Daniel Keith Mason"


def test_a_surname_taken_for_a_noun_takes_the_fullest_name(nlp, quote_with):
    text = (
        "On Monday, admirer Gustav Lloyd Vinblad from Uppsala had a portrait of the doctor "
        "inked on his arm.\n"
        '"I like to have tattoos that mean something to me," Vinblad told AFP.'
    )
    doc = nlp(text)
    # As the small model did on a real page: the surname alone is a common noun, no
    # entity; "Lloyd" is the one known first name written before it.
    surname = [t for t in doc if t.text == "Vinblad"][-1]
    surname.pos_ = "NOUN"
    entities = [e for e in extract_entities(doc, "t") if e.start_char != surname.idx]
    quote = quote_with(extract_quotes(doc, "t", entities), "tattoos")
    assert quote.speaker == "Gustav Lloyd Vinblad"


def test_she_who_replies_is_the_one_asked_not_the_asker(quotes_of, quote_with):
    text = (
        "Judge Mara Quist was sworn in on Monday.\n\n"
        "At a press conference, a reporter asked Quist, “What is the hardest part of the job?”\n\n"
        "“Getting people to see their own biases,” she replied."
    )
    assert quote_with(quotes_of(text), "own biases").speaker == "Mara Quist"


def test_the_companys_spokesman_is_not_its_chief_named_before(quotes_of, quote_with):
    text = (
        "Harold Lowe, head of Brantwood Stores, said last year its prices were too high.\n\n"
        "Analysts expect more cuts. “We have brought in new clothing at new price points,” "
        "said the Brantwood spokesman."
    )
    assert quote_with(quotes_of(text), "new price points").speaker != "Harold Lowe"


def test_a_quote_after_a_narration_sentence_continues_the_last_speech(quotes_of, quote_with):
    text = (
        "Mr Ferris said that blogs were powerful because they take so little time to make. "
        "“Everyone does this - parents, radicals, priests,” he said. Many firms offer "
        "cheap services to create a blog in minutes. “That is the real difference. It "
        "gives every single person the chance to have one.”"
    )
    quote = quote_with(quotes_of(text), "real difference")
    assert quote.speaker == "Ferris"


# A description or a part of a name stands for the person the document names in full.


def test_a_description_is_the_person_the_document_gives_it(quotes_of, quote_with):
    text = (
        "Dana Whitlow, the world champion, won the 200m in Oslo on Saturday.\n\n"
        "The crowd was small. “I felt strong from the first bend,” the world champion said."
    )
    assert quote_with(quotes_of(text), "first bend").speaker == "Dana Whitlow"


def test_a_description_refers_back_not_to_someone_given_it_later(quotes_of):
    text = (
        "Nora Bright has pulled out of the indoor championships with an injury.\n\n"
        "Should we be surprised if the Olympic champion says she no longer wants to race?\n\n"
        "Others have stopped at her age, as did double Olympic champion Carl Denton."
    )
    quotes = quotes_of(text)
    assert not any(q.speaker == "Carl Denton" for q in quotes)


def test_a_party_in_the_description_picks_its_leader(quotes_of, quote_with):
    text = (
        "Labour leader Tony Penrose and Tory leader Michael Harwood met the students.\n\n"
        "The students asked about fees. “The government has failed the workers,” the Tory "
        "leader said."
    )
    assert quote_with(quotes_of(text), "failed the workers").speaker == "Michael Harwood"


def test_a_title_and_surname_typed_otherwise_is_the_person_named_in_full(quotes_of, quote_with):
    text = (
        "The economy grew faster than reported, according to Bank of England deputy "
        "governor Rachel Lomax.\n"
        "Official data comes from the Office for National Statistics (ONS). “Recent work "
        "by the Bank has shown that surveys add value,” Ms Lomax said in a speech to the "
        "North Wales Business Club."
    )
    assert quote_with(quotes_of(text), "add value").speaker == "Rachel Lomax"


def test_a_surname_of_a_full_name_typed_otherwise_is_that_person(quotes_of, quote_with):
    text = (
        "Olympic heptathlon champion Carolina Kluft was full of praise for Britain's "
        "Kelly Sotherton before the meeting in Birmingham.\n\n"
        "Sotherton finished third behind the Swede in Athens, and Kluft said: “I knew "
        "about her, she is a great athlete.”"
    )
    assert quote_with(quotes_of(text), "great athlete").speaker == "Carolina Kluft"


def test_a_surname_takes_initials_and_name_typed_otherwise(quotes_of, quote_with):
    text = (
        "The bid was backed by Irish tycoons JP Rooneagh and John Magnier.\n"
        "“It is a fair offer,” said Rooneagh."
    )
    assert quote_with(quotes_of(text), "fair offer").speaker == "JP Rooneagh"


def _typed_as_organisations(entities, names: set[str]):
    """The mentions named in ``names`` as the small model may type them: organisations."""
    return [
        replace(
            e,
            label="ORG",
            entity_key=f"ORG:{e.text.lower().replace(' ', '-')}",
            canonical_name=e.text,
        )
        if e.text in names
        else e
        for e in entities
    ]


def test_a_title_and_surname_takes_a_full_name_typed_otherwise(nlp, quote_with):
    text = (
        "Investors blame ex-boss Bertil Norrgard for the collapse of TeleCom.\n"
        "“I knew nothing of the losses,” Mr Norrgard said."
    )
    doc = nlp(text)
    # The model typed both the full name and "Mr Norrgard" organisations on a real page.
    names = {"Bertil Norrgard", "Mr Norrgard", "Norrgard"}
    entities = _typed_as_organisations(extract_entities(doc, "t"), names)
    quote = quote_with(extract_quotes(doc, "t", entities), "knew nothing")
    assert quote.speaker == "Bertil Norrgard"


def test_a_surname_takes_a_full_name_typed_otherwise_with_an_unlisted_given_name(nlp, quote_with):
    text = (
        "At the motor show, chief executive Helmut Vranken of Kraftwagen AG spoke.\n"
        "“We have never been stronger in Europe,” Vranken said."
    )
    doc = nlp(text)
    entities = _typed_as_organisations(extract_entities(doc, "t"), {"Helmut Vranken"})
    quote = quote_with(extract_quotes(doc, "t", entities), "never been stronger")
    assert quote.speaker == "Helmut Vranken"


def test_a_role_only_one_person_is_given_is_that_person(quotes_of, quote_with):
    text = (
        "World and Commonwealth 100m champion Kim Dorrell will run in Leeds on Friday.\n\n"
        "Athens silver medallist Frank Obi and world record holder Mo Greer will also race. "
        "“I am looking forward to it,” Dorrell said.\n\n"
        "“I plan to defend my world title in August,” the world champion added."
    )
    assert quote_with(quotes_of(text), "defend my world").speaker == "Kim Dorrell"


def test_the_institution_is_the_one_university_named(quotes_of, quote_with):
    text = (
        "Students at Dunmore University were told to stay home on Monday.\n\n"
        "The institution said it was “working closely with public health officials”."
    )
    assert quote_with(quotes_of(text), "working closely").speaker == "Dunmore University"


def test_the_institution_is_the_university_named_in_its_paragraph(quotes_of, quote_with):
    text = (
        "Students at Ashby College went home early this term.\n\n"
        "Last week students at Dunmore University held a party in their halls. The "
        "institution said the party was “outrageous and dangerous”."
    )
    assert quote_with(quotes_of(text), "outrageous").speaker == "Dunmore University"


def test_the_institution_of_two_universities_names_no_one(quotes_of, quote_with):
    text = (
        "Students at Dunmore University and Ashby College were told to stay home.\n\n"
        "The institution said it was “working closely with public health officials”."
    )
    assert quote_with(quotes_of(text), "working closely").speaker_key is None


@pytest.mark.parametrize(
    ("text", "speaker", "title"),
    [
        (
            "Tanaiste Leo Varadkar told the radio station: “We will reopen the pubs in June.”",
            "Leo Varadkar",
            "Tanaiste",
        ),
        (
            "The sentence was passed at Leeds Crown Court.\n\nJudge Charles Harris QC said "
            "the case was “a disgrace to the profession”.",
            "Charles Harris",
            "Judge",
        ),
    ],
)
def test_an_office_or_honour_is_a_title_not_part_of_the_name(
    quotes_of, text, speaker, title, quote_with
):
    quote = quote_with(quotes_of(text), "“")
    assert (quote.speaker, quote.speaker_key, quote.speaker_title) == (
        speaker,
        "PERSON:" + speaker.lower().replace(" ", "-"),
        title,
    )


def test_an_untagged_surname_takes_the_full_name_written_with_initials(quotes_of, quote_with):
    text = (
        "The new novel by JK Rowling is out in July.\n\n"
        "Rowling said the book “is the best thing I have ever written”."
    )
    assert quote_with(quotes_of(text), "best thing").speaker == "JK Rowling"


def test_a_role_whose_quality_the_one_description_lacks_names_no_one(quotes_of, quote_with):
    text = (
        "Ron Fenwick reached the final with an easy win over seventh seed Luis Marco.\n\n"
        "“I played really well today,” said the top seed."
    )
    assert quote_with(quotes_of(text), "played really well").speaker != "Luis Marco"


def test_a_name_asked_in_title_case_is_still_speech(quotes_of):
    text = "The judge then turned to the author. “Mr. Halloway?” he asked."
    assert not no_quotation_with(quotes_of(text), "Mr. Halloway")


# Wire copy (Reuters): companies named once, then "the company"; bracketed names.


def test_the_company_is_the_company_the_story_named(quotes_of, quote_with):
    text = (
        "Brantwell Industries Inc said it will close its plant in Ohio.\n\n"
        "Union leaders said they were surprised by the decision.\n\n"
        "The company said it intends “to keep every customer it has.”"
    )
    quote = quote_with(quotes_of(text), "keep every customer")
    assert quote.speaker == "Brantwell Industries Inc"


def test_a_bracketed_company_name_speaks(quotes_of, quote_with):
    text = (
        "<Harlow Valley Minerals Corp> said it expects “a record year for copper sales” "
        "after a new mine opened."
    )
    quote = quote_with(quotes_of(text), "record year")
    assert quote.speaker == "Harlow Valley Minerals Corp"


def test_an_inverted_speaker_before_the_wire_sign_off_speaks(quotes_of, quote_with):
    text = (
        "Luigi Spaventa, a professor of economics, said the market was thin.\n\n"
        '"Even now, a small saver who wants to buy shares abroad would find no broker '
        'here able to help," says Spaventa.\n\nREUTER'
    )
    quote = quote_with(quotes_of(text), "shares abroad")
    assert quote.speaker == "Luigi Spaventa"


def test_a_surname_in_headline_capitals_is_the_person_named_in_full(quotes_of):
    text = (
        "SHULTZ SAYS ALLIANCE REMAINS FIRM PARIS, May 3 - U.S. Secretary of State George "
        "Shultz, after talks with French ministers in Paris, said the alliance was "
        '"as firm as it has ever been."\n\nShultz said he expected another round of '
        "talks in June."
    )
    assert {q.speaker for q in quotes_of(text)} == {"George Shultz"}


def test_a_wire_bracket_is_no_title(quotes_of):
    text = (
        "<Harlow Silver Mines Ltd> said it agreed to sell 2.5 mln shares to Benton Corp "
        "for 12 mln dlrs, raising its stake to 74 pct."
    )
    (quote,) = quotes_of(text)
    assert (quote.speaker, quote.speaker_title) == ("Harlow Silver Mines Ltd", None)


def test_a_company_speaks_under_its_full_name(quotes_of, quote_with):
    text = (
        "Brantwell Motors Corp said it would cut 400 jobs at its plants.\n\n"
        "Brantwell Motors said in a statement, “We regret the decision deeply.”"
    )
    quote = quote_with(quotes_of(text), "regret the decision")
    assert quote.speaker == "Brantwell Motors Corp"


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Prices rallied on Tuesday.\n\nLaura Penhall, oil analyst with Dean Witter, "
            'Reynolds and Co said, "traders had sold far too much and one piece of good '
            'news was enough to send them back."',
            "Laura Penhall",
        ),
        (
            '"Speculation has run out of control in the share market," Rep. Thomas Ashby, '
            "D-Ohio, the chairman of the Commerce and Finance said at the start of a hearing.",
            "Thomas Ashby",
        ),
    ],
)
def test_the_named_person_speaks_not_the_body_in_their_apposition(quotes_of, text, speaker):
    (quote,) = quotes_of(text)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            "First Lakeside Bancorp said its quarterly profit rose sharply.\n\n"
            '"We are pleased with the results in every region," First Lakeside said.',
            "pleased with the results",
            "First Lakeside Bancorp",
        ),
        (
            "Anchor Scientifics Inc said it bought a stake in a software firm.\n\n"
            'Anchor said the stake gives it "a real say in the business" of the firm.',
            "a real say",
            "Anchor Scientifics Inc",
        ),
    ],
)
def test_a_company_called_by_its_first_words_speaks_under_its_full_name(
    quotes_of, text, words, speaker, quote_with
):
    assert quote_with(quotes_of(text), words).speaker == speaker


def test_the_report_is_the_report_whose_author_the_story_named(quotes_of, quote_with):
    text = (
        "Chile's copper output will rise, the Denholm Mining Institute said in its "
        "annual report on the industry.\n\n"
        "“Output will reach a record in 1988,” the report said."
    )
    quote = quote_with(quotes_of(text), "reach a record")
    assert quote.speaker == "Denholm Mining Institute"


def test_the_companies_are_not_the_last_company(quotes_of, quote_with):
    text = (
        "Brantwell Mining Ltd and Ostrava Gold Inc said they found gold in Quebec.\n\n"
        "The companies said the drill hole showed “very high grades over 40 feet.”"
    )
    quote = quote_with(quotes_of(text), "very high grades")
    assert quote.speaker_key is None


# Fourth round (issue 16): a written source speaks for its author.


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The Brightwater Tenants Association met the council on Monday.\n"
            "Their statement said: “Mr Dunne acted within the rules at every stage.”",
            "within the rules",
            "Brightwater Tenants Association",
        ),
        (
            "Parents wrote to the school last week.\n"
            "A letter from the Harlow Parents Association said the plan was “a disgrace "
            "to the town and its children”.",
            "disgrace to the town",
            "Harlow Parents Association",
        ),
        (
            "Acme Corp cut its forecast for the year on Tuesday.\n"
            "The company’s statement said: “Demand in Europe remains weak and prices "
            "are falling.”",
            "Demand in Europe",
            "Acme Corp",
        ),
    ],
)
def test_a_document_speaks_for_the_author_the_text_gives(
    quotes_of, text, words, speaker, quote_with
):
    assert quote_with(quotes_of(text), words).speaker == speaker


def test_the_document_speaks_for_who_made_it_before(quotes_of, quote_with):
    text = (
        "The Harlow Parents Association sent a letter to the council on Monday. "
        "The letter said the plan was “a disgrace to the town”."
    )
    assert quote_with(quotes_of(text), "disgrace").speaker == "Harlow Parents Association"


def test_a_survey_carried_out_by_a_pollster_speaks_for_it(quotes_of):
    text = "A survey carried out by ICM Research found that voters were deeply cynical."
    reported = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert [q.speaker for q in reported] == ["ICM Research"]


def test_he_is_not_a_club_the_model_took_for_a_person(quotes_of, quote_with):
    text = (
        "Birmingham rejected a bid for Rob Kerr on Monday.\n"
        "Kerr's future at the club has been the source of speculation for weeks. However, "
        "good displays against West Brom and Aston Villa have impressed the fans. "
        '"The crowd gave me a standing ovation when I came off," he said.'
    )
    assert quote_with(quotes_of(text), "standing ovation").speaker == "Rob Kerr"


def test_an_untagged_name_with_a_first_name_is_a_person(nlp):
    from tasks.speakers import _untagged_person

    doc = nlp("Lt Col Eric Skaviner of the office said so. The Acme Widget Fund said so.")
    assert _untagged_person(doc[0:4])
    assert not _untagged_person(doc[10:14])


def test_the_clitic_of_lets_is_no_speaker(quotes_of):
    quotes = quotes_of(
        "Growing a lemon tree from seed is easy, however, let’s discuss a few important "
        "things you should know first!"
    )
    assert all(q.speaker not in ("’s", "'s") for q in quotes)


def test_wire_initials_around_and_speak_as_the_company(quotes_of):
    quotes = quotes_of(
        "Example Motors Inc had its senior debt cut to BB from BBB. S and P said the "
        "company's debt had doubled in two years. The rating was cut because of severe "
        "pricing pressures in the trucking industry, S and P stressed."
    )
    speakers = [q.speaker for q in quotes if q.kind == "indirect"]
    assert speakers and all(s == "Standard & Poor's" for s in speakers)


@pytest.mark.parametrize(
    "text, cue, words",
    [
        (
            "The union urged the rail board to publish its safety review before the "
            "winter timetable starts.",
            "urged",
            "the rail board to publish",
        ),
        (
            "Mayor Osric Penhale asked the ferry owners to keep the late crossing running "
            "until the spring.",
            "asked",
            "the ferry owners to keep",
        ),
    ],
)
def test_who_is_urged_to_act_is_part_of_the_statement(quotes_of, text, cue, words):
    indirect = [q for q in quotes_of(text) if q.kind == "indirect" and q.cue == cue]
    assert indirect and indirect[0].text.startswith(words)


def test_an_object_before_a_that_clause_stays_out(quotes_of):
    text = "Mayor Osric Penhale told the ferry owners that the late crossing would stay."
    indirect = [q for q in quotes_of(text) if q.kind == "indirect" and q.cue == "told"]
    assert indirect and indirect[0].text.startswith("that the late crossing")


def test_a_quotation_reopened_in_the_next_paragraph_keeps_its_speaker(quotes_of, quote_with):
    text = (
        "Rhona Delacourt, who follows the sector for Pelham Securities, said: “The merger "
        "was settled in the boardroom long before the vote.\n"
        "“Nobody outside that room had any real say in the timing.” Shares rose. And "
        "Hartley Burrows, a broker at Quince Partners, said: “I cannot see the point of "
        "holding the vote at all.”"
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "any real say").speaker == "Rhona Delacourt"
    assert quote_with(quotes, "point of holding").speaker == "Hartley Burrows"


def test_a_chairman_with_a_womans_first_name_is_she(quotes_of, quote_with):
    text = (
        "Kerrigan Vosloo, an engineer at the harbour, said the works would take two years.\n"
        "Port Authority Chairman Gladys Ormerod told the meeting the dredging plan was sound. "
        "“The channel will be deeper than it has ever been,” she said."
    )
    assert quote_with(quotes_of(text), "deeper than it has").speaker == "Gladys Ormerod"


def test_a_reporting_participle_after_a_reported_clause_is_the_reporters(quotes_of, quote_with):
    text = (
        "Wendeline Marsh said last month that Brackwater deserves “a proper bypass,” "
        "arguing during the hearing that its roads are “choked every single morning.”"
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "choked every single").speaker == "Wendeline Marsh"
    assert quote_with(quotes, "a proper bypass").speaker == "Wendeline Marsh"


def test_a_participle_of_a_clause_reported_after_it_stays_with_its_clause(nlp):
    doc = nlp(
        "The ferry crews have mocked the new timetable for months, calling it “a work "
        "of fiction that nobody trusts,” Idris Fenwick said."
    )
    calling = next(t for t in doc if t.text == "calling")
    assert subject_of(calling).text == "crews"


def test_a_name_before_a_verb_the_parse_reads_as_an_adjective_is_its_subject(nlp):
    # The small model may read "In March, X blasted Y for …" as a noun phrase, the verb
    # an adjective of the name after it; the parse is written out here as it gives it.
    words = ["In", "April", ",", "Grobbelaar", "blasted", "Harcourt", "for", "its", "fees", "."]
    heads = [5, 0, 5, 5, 5, 5, 5, 8, 6, 5]
    deps = ["prep", "pobj", "punct", "compound", "amod", "ROOT", "prep", "poss", "pobj"]
    deps += ["punct"]
    pos = ["ADP", "PROPN", "PUNCT", "PROPN", "VERB", "PROPN", "ADP", "PRON", "NOUN", "PUNCT"]
    ents = ["O", "B-DATE", "O", "B-PERSON", "O", "B-ORG", "O", "O", "O", "O"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    assert subject_of(doc[4]).text == "Grobbelaar"


def test_a_reply_after_narration_does_not_answer_the_quote_before_it(quotes_of, quote_with):
    # The reply answers the question the narration tells of; the quote before the
    # narration goes on with the mayor's words of the paragraph before.
    text = (
        "The mayor, Jonas Pell, said: “There have been a dozen cases like this one.\n\n"
        "“I have never changed a policy because a newspaper asked me to. “If I did, the "
        "editors would run the city.” On the recording Mr Pell is heard asking a reporter, "
        "Ada Kirsch, whether she works for a rival paper. Ms Kirsch replies: “No, I work "
        "for the Ledger, and I am offended.”"
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "never changed a policy").speaker == "Jonas Pell"
    assert quote_with(quotes, "editors would run").speaker == "Jonas Pell"
    assert quote_with(quotes, "work for the Ledger").speaker == "Ada Kirsch"
