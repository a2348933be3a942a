"""Spans and short names of round 17 (issue 17): a leading "the" is no part of the span
a mention stores, but a title's and a "The" in capitals inside a sentence are; a
company's misspelt short name takes the full name the document gives; one list of
legal forms serves short names and keys."""

from __future__ import annotations


def test_a_leading_the_is_out_of_the_stored_span(nlp):
    from spacy.tokens import Span

    from tasks.entity_spans import without_article

    doc = nlp(
        "Rowers crossed the River Quellan at dawn. The Marsh Valley Council met later. "
        "Reporters for The Tollbridge Gazette watched the film The Silent Orchard."
    )
    river = Span(doc, 2, 5, label="LOC")
    assert river.text == "the River Quellan"
    assert without_article(river, "LOC").text == "River Quellan"
    council = Span(doc, 8, 12, label="ORG")
    assert council.text == "The Marsh Valley Council"
    assert without_article(council, "ORG").text == "Marsh Valley Council"
    paper = Span(doc, 17, 20, label="ORG")
    assert paper.text == "The Tollbridge Gazette"
    assert without_article(paper, "ORG") == paper
    quoted = nlp('Her aide said: "The Fenwick Trust will pay for it."')
    trust = next(Span(quoted, t.i, t.i + 3, label="ORG") for t in quoted if t.text == "The")
    assert trust.text == "The Fenwick Trust"
    assert without_article(trust, "ORG").text == "Fenwick Trust"
    film = Span(doc, 23, 26, label="WORK_OF_ART")
    assert film.text == "The Silent Orchard"
    assert without_article(film, "WORK_OF_ART") == film


def test_an_extracted_name_keeps_no_leading_the(extract):
    text = "Ministers said the Hallam Institute of Marine Studies would close in June."
    mentions = extract(text)
    institute = [m for m in mentions if "Hallam" in m.text]
    assert institute and institute[0].text == "Hallam Institute of Marine Studies"
    assert text[institute[0].start_char : institute[0].end_char] == institute[0].text


def test_a_misspelt_short_name_takes_the_companys_full_name(extract):
    text = (
        "Brandelworth Inc said its quarterly profit rose 12 pct.\n\n"
        "Analysts said Brandelworths would gain market share, and Brandelworth stock rose."
    )
    misspelt = [m for m in extract(text) if m.text == "Brandelworths"]
    assert misspelt and misspelt[0].canonical_name == "Brandelworth Inc"


def test_a_short_word_or_a_first_letter_swap_is_no_misspelling():
    from tasks.entity_acronyms import _spelled_otherwise

    assert _spelled_otherwise("Ogrelby", "Ogerlby")
    assert _spelled_otherwise("Quintrells", "Quintrell")
    assert not _spelled_otherwise("Rquintell", "Qruintell")
    assert not _spelled_otherwise("Quintrell", "Quintrell")
    assert not _spelled_otherwise("Quintrell", "Quintroll")


def test_one_list_of_legal_forms_for_short_names_and_keys():
    from tasks.entities import org_key_name
    from tasks.entity_acronyms import LEGAL_FORMS

    assert {"cos", "company", "corp", "plc"} <= LEGAL_FORMS
    assert org_key_name("Harrowgate Pipeline Cos") == "Harrowgate Pipeline"
    assert org_key_name("Harrowgate Company") == "Harrowgate Company"
    assert org_key_name("Harrowgate Cos Inc") == org_key_name("Harrowgate Cos")


def test_a_cited_journal_keeps_the_words_that_open_its_title(nlp):
    from spacy.tokens import Span

    from tasks.entity_references import journal_extent

    doc = nlp(
        "Quarrie T, Blyth N. Rashes seen after ferry trips. J Coastal Skin Res. 2011;4:12-19."
    )
    cut = next(Span(doc, t.i, t.i + 3, label="ORG") for t in doc if t.text == "Coastal")
    assert cut.text == "Coastal Skin Res"
    assert journal_extent(cut).text == "J Coastal Skin Res"
    whole = journal_extent(cut)
    assert journal_extent(whole) == whole


def test_journal_words_of_the_iso_4_list_spell_out_titles():
    from tasks.entity_references import journal_name

    assert journal_name("Ren Fail") == "Renal Failure"
    assert journal_name("Drug Saf") == "Drug Safety"
    assert journal_name("Clin Pharmacokinet") == "Clinical Pharmacokinetics"
    assert journal_name("J Econom") == "Journal of Econometrics"


def test_a_fields_abbreviation_is_its_adjective_before_another_title_word():
    from tasks.entity_references import journal_name

    assert journal_name("J Dermatol Treat") == "Journal of Dermatological Treatment"
    assert journal_name("Pediatr Res") == "Pediatric Research"
    assert journal_name("Eur J Pediatr") == "European Journal of Pediatrics"
    assert journal_name("Br Med J") == "British Medical Journal"
    assert journal_name("Intern Med") == "Internal Medicine"
