"""Full names and canonical names (issue 17, round 13; speaker names of issue 16): a
short form completed from the document's long form, a person's name kept whole, a
country and decorations kept out of a name."""

from __future__ import annotations

from tasks.entities import extract_entities


def _mentions(nlp, text: str, title: str | None = None):
    return extract_entities(nlp(text), "t", None, title)


def _canonical(mentions, text: str) -> set[str]:
    return {
        m.canonical_name
        for m in mentions
        if m.text.removeprefix("the ").removeprefix("The ") == text
    }


def test_a_particle_in_lowercase_is_no_given_name(nlp):
    text = (
        "Central bank governor Yusuf Karim al-Nasser said on Monday that rates would "
        "stay where they are for the rest of the year."
    )
    names = {m.canonical_name for m in _mentions(nlp, text) if m.label == "PERSON"}
    assert names == {"Yusuf Karim al-Nasser"}


def test_a_given_name_and_a_second_name_open_the_full_name(nlp):
    text = (
        '"We cannot pay for the treatment alone," said Maria Lucia Bertolini, the '
        "boy's mother. Lucia said the family had sold its car."
    )
    assert _canonical(_mentions(nlp, text), "Lucia") == {"Maria Lucia Bertolini"}


def test_a_particle_opening_a_sentence_stays_in_the_name(nlp):
    text = (
        "Pieter van Rensburg kicked four penalties for the visitors. "
        "Van Rensburg then limped off with a hamstring strain."
    )
    found = {m.text for m in _mentions(nlp, text) if "Rensburg" in m.text}
    assert "Van Rensburg" in found


def test_an_acronym_that_opens_a_company_name_takes_it(nlp):
    text = (
        "ZANTO Holdings Plc said its profit rose by a tenth last year. "
        "ZANTO also said it would sell its paper mill in the north."
    )
    assert _canonical(_mentions(nlp, text), "ZANTO") == {"ZANTO Holdings Plc"}


def test_a_name_after_a_founders_initials_takes_the_company(nlp):
    text = (
        "The bid tops the 12 dlrs a share offered by <J.R. Marlowe Holdings Inc>. "
        "The Marlowe offer expires on Friday."
    )
    assert _canonical(_mentions(nlp, text), "Marlowe") == {"J.R. Marlowe Holdings Inc"}


def test_an_acronym_opening_with_the_countrys_initials(nlp):
    text = (
        "Dairy exports from New Zealand will grow this year, the Institute of Farm "
        "Research (NZIFR) said. The NZIFR expects prices to hold."
    )
    assert _canonical(_mentions(nlp, text), "NZIFR") == {"New Zealand Institute of Farm Research"}


def test_a_country_before_a_curated_agency_is_no_part_of_it(nlp):
    text = (
        "Two analysts at U.S. Central Intelligence Agency (CIA) headquarters briefed the "
        "panel. The CIA declined to comment."
    )
    mentions = _mentions(nlp, text)
    assert _canonical(mentions, "CIA") == {"Central Intelligence Agency"}


def test_the_cabinet_in_a_story_on_british_politics(nlp):
    text = "The Cabinet met in Downing Street on Tuesday to discuss the budget."
    assert _canonical(_mentions(nlp, text), "Cabinet") == {"Cabinet of the United Kingdom"}


def test_the_rating_agency_keeps_its_possessive(nlp):
    text = "The lender said its short paper kept a grade of A-1 from Moody's this week."
    assert _canonical(_mentions(nlp, text), "Moody's") == {"Moody's Investors Service"}


def test_an_institutions_head_word_alone_is_the_institution(nlp):
    text = (
        "The Reserve Bank of Fiji raised its main rate on Wednesday. "
        "The Bank said inflation was still too high."
    )
    assert _canonical(_mentions(nlp, text), "Bank") == {"Reserve Bank of Fiji"}


def test_a_prefix_and_a_role_are_no_part_of_a_persons_span(nlp):
    text = (
        "Producer Alan Whitfield, who was nominated in 2003, said little. "
        "Her column was firmly anti-Whitfield in tone."
    )
    spans = {m.text for m in _mentions(nlp, text) if "Whitfield" in m.text}
    assert spans and all(span.startswith(("Alan", "Whitfield")) for span in spans)
    # A particle is no prefix.
    qaeda = _mentions(nlp, "The cell was linked to al-Qaeda, the minister told MPs.")
    assert [m.text for m in qaeda] == ["al-Qaeda"]


def test_a_country_and_a_common_word_is_the_country(nlp):
    text = (
        "A fund manager said buying U.S. Stocks looked risky this spring. "
        "Many stocks fell on Monday. UK Coal said its coal output rose."
    )
    mentions = _mentions(nlp, text)
    assert {m.text for m in mentions if m.text.startswith("U.S.")} == {"U.S."}
    # A singular is too often a company's name.
    assert "UK Coal" in {m.text for m in mentions}


def test_the_given_names_before_a_surname_in_the_text(nlp):
    from tasks.entity_people import _given_name_in_text

    text = (
        "The radio quoted chief negotiator Reza Javad Kermani as saying the border was "
        "shut.\n\nKermani, who also chairs the assembly, predicted further delays."
    )
    doc = nlp(text)
    assert _given_name_in_text(doc, text, "Kermani", lambda word: False) == "Reza Javad"


def test_the_touring_side_in_a_rugby_story(nlp):
    text = "Woodward will name the Lions Test side in May, and the fly-half is sure to start."
    mentions = _mentions(nlp, text)
    assert {(m.text, m.canonical_name) for m in mentions if "Lions" in m.text} == {
        ("Lions", "British and Irish Lions")
    }


def test_a_knight_called_by_his_given_name_is_the_full_name(nlp):
    text = (
        "Trade body chief Sir Bramwell Okafor urged the chancellor to hold taxes. "
        "Sir Bramwell said firms needed certainty before the spring."
    )
    assert _canonical(_mentions(nlp, text), "Bramwell") == {"Bramwell Okafor"}


def test_a_given_name_opening_a_sentence_completes_the_surname(nlp):
    text = (
        "The Governor of the central bank of the franc zone countries (BCZ) today urged "
        "that the bank should join all negotiations with the fund.\n\n"
        "Seydou Diallore told reporters after a meeting of finance ministers that the "
        'bank would help.\n\n"We never wanted to leave," Mr Diallore said.'
    )
    assert _canonical(_mentions(nlp, text), "Diallore") == {"Seydou Diallore"}


def test_a_common_word_opening_a_sentence_is_no_given_name(nlp):
    text = (
        "The minister spoke to the committee on Tuesday.\n\n"
        "Yesterday Kordavian repeated the pledge to the chamber. "
        "Kordavian said the budget would balance."
    )
    names = {m.canonical_name for m in _mentions(nlp, text) if m.label == "PERSON"}
    assert "Yesterday Kordavian" not in names


def test_a_married_title_is_not_completed_to_a_husbands_given_name(nlp):
    text = (
        "Quentin Halloway's wife joins campaign\n\n"
        "Mrs Halloway will visit marginal seats on her own, the party said. "
        "Mrs Halloway has spoken at two rallies this month."
    )
    wives = [m for m in _mentions(nlp, text) if m.text.endswith("Halloway") and m.start_char > 40]
    assert wives and all(m.canonical_name != "Quentin Halloway" for m in wives)


def test_a_surname_takes_the_full_name_written_with_a_generation(nlp):
    text = (
        "Orvane Corp expects record sales this year, Harold T. Biggins Jr, its chairman, "
        "said. Biggins told analysts that new products would lead the growth."
    )
    assert _canonical(_mentions(nlp, text), "Biggins") == {"Harold T. Biggins Jr"}


def test_a_hyphenated_given_name_completes_the_surname(nlp):
    text = (
        '"Competition will be on features, not on price," Wei-ming Huang, head of '
        "the card group, told a meeting of analysts. Huang said the bank would focus "
        "on acceptance."
    )
    assert _canonical(_mentions(nlp, text), "Huang") == {"Wei-ming Huang"}


def test_a_prefix_joined_by_a_hyphen_is_no_given_name(nlp):
    text = (
        "On Monday the Ex-Governor Huang said the party would open two offices. "
        "Huang said sales had doubled."
    )
    assert not any("Ex-" in name for name in _canonical(_mentions(nlp, text), "Huang"))


def test_a_surname_the_model_did_not_tag_reaches_the_name_with_its_generation(quotes_of):
    text = (
        '"Orders are picking up," Walter Plessig Jr, president of Delmont Steel Co, told '
        'a trade meeting. "Prices will follow," said Plessig, adding that imports were '
        "falling."
    )
    speakers = {q.text: q.speaker for q in quotes_of(text)}
    assert speakers['"Prices will follow,"'] == "Walter Plessig Jr"
    assert speakers["that imports were falling"] == "Walter Plessig Jr"
