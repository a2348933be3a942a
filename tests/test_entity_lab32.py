"""Entity labels of round 32 (issue 17): a curated program's release ("Windows XP",
"Python 3") is a product, and a person named in full decides the label of the
mentions by surname."""

from __future__ import annotations

from dataclasses import dataclass

from tasks.entity_full_names import people_named_in_full
from tasks.entity_releases import program_releases


@dataclass
class _Found:
    span: object
    label: str
    canonical: str
    pinned: bool = False


def _programs(name: str, label: str) -> bool:
    return name in {"Python", "Windows"}


def test_a_curated_programs_release_is_a_product(extract):
    found = {m.text: m.label for m in extract("The tool installs on Windows XP and runs well.")}
    assert found.get("Windows XP") == "PRODUCT"


def test_a_release_after_a_program_is_a_product_with_its_other_mentions(nlp):
    doc = nlp("Port the script from Python 2 to Python 3.x now; Python 2 is old.")
    mentions = [
        _Found(doc[4:6], "ORG", "Python 2"),
        _Found(doc[7:9], "GPE", "Python 3.x"),
        _Found(doc[11:13], "PRODUCT", "Python 2"),
    ]
    program_releases(mentions, _programs)
    assert [m.label for m in mentions] == ["PRODUCT", "PRODUCT", "PRODUCT"]


def test_no_release_without_a_curated_program_or_a_release(nlp):
    doc = nlp("Metro 7 and Windows Phone launched, said Tarvo Python today.")
    mentions = [
        _Found(doc[0:2], "ORG", "Metro 7"),
        _Found(doc[3:5], "ORG", "Windows Phone"),
        _Found(doc[8:10], "PERSON", "Tarvo Python"),
    ]
    program_releases(mentions, _programs)
    assert [m.label for m in mentions] == ["ORG", "ORG", "PERSON"]


def test_a_pinned_release_keeps_its_label(nlp):
    doc = nlp("Windows NT shipped.")
    found = _Found(doc[0:2], "ORG", "Windows NT", pinned=True)
    program_releases([found], _programs)
    assert found.label == "ORG"


def test_a_surname_of_a_person_named_in_full_is_the_person(nlp):
    doc = nlp("Investor Ana Tarvo said so. Tarvo said it again, and Tarvo left.")
    mentions = [
        _Found(doc[1:3], "PERSON", "Ana Tarvo"),
        _Found(doc[6:7], "ORG", "Ana Tarvo"),
        _Found(doc[12:13], "ORG", "Ana Tarvo"),
    ]
    people_named_in_full(mentions)
    assert [m.label for m in mentions] == ["PERSON", "PERSON", "PERSON"]


def test_a_surname_stays_where_no_mention_writes_the_person_in_full(nlp):
    doc = nlp("Tarvo Group said so. Tarvo said it again, and Ana Tarvo left.")
    mentions = [
        _Found(doc[0:2], "ORG", "Tarvo Group"),
        _Found(doc[5:6], "ORG", "Tarvo Group"),
        # Written in full but typed an organisation: no person to follow.
        _Found(doc[11:13], "ORG", "Ana Tarvo"),
        _Found(doc[5:6], "ORG", "Ana Tarvo", pinned=True),
    ]
    people_named_in_full(mentions)
    assert [m.label for m in mentions] == ["ORG", "ORG", "ORG", "ORG"]


def test_a_company_typed_a_person_in_full_does_not_make_its_short_form_a_person(nlp):
    doc = nlp("Kelvo Tarvo bought Acme. Tarvo employs 800 staff.")
    mentions = [_Found(doc[0:2], "PERSON", "Kelvo Tarvo"), _Found(doc[5:6], "ORG", "Kelvo Tarvo")]
    people_named_in_full(mentions)
    assert mentions[1].label == "ORG"
    # A given name opening a company's name, written in full mostly as the company.
    doc = nlp("Ana Tarvo bought Acme. Ana Tarvo employs 800 staff, and Ana Tarvo grew.")
    mentions = [
        _Found(doc[0:2], "PERSON", "Ana Tarvo"),
        _Found(doc[5:7], "ORG", "Ana Tarvo"),
        _Found(doc[12:14], "ORG", "Ana Tarvo"),
    ]
    people_named_in_full(mentions)
    assert [m.label for m in mentions[1:]] == ["ORG", "ORG"]


def test_a_title_with_a_subtitle_is_a_work(nlp):
    from tasks.entity_subtitles import subtitled_works

    doc = nlp("Kelvo said Dragon Harbor: Endless Tides sold well. Kelvo Games: it grew.")
    title = _Found(doc[2:7], "ORG", "Dragon Harbor: Endless Tides")
    # A name and a lowercase clause after a colon is no subtitle.
    company = _Found(doc[10:14], "ORG", "Kelvo Games: it")
    subtitled_works([title, company])
    assert (title.label, company.label) == ("WORK_OF_ART", "ORG")


_RATE_TABLE = "LONDON DOLLAR RATES - MAY 3\n\nUS    1.5110/5120   FFR  8.1010/1080\n\nCAN  2.01/20"
_PRICE_TABLE = "KELVO SUGAR QUOTES - MAY 3\n\nMAY      12     34\n\nFRESH/SELL   FRESH/BUY"


def test_a_rate_tables_codes_and_glued_column_words_are_no_entities(extract):
    assert not {"US", "FFR"} & {m.text for m in extract(_RATE_TABLE)}
    assert "BUY" not in {m.text for m in extract(_PRICE_TABLE)}


def test_a_header_rows_words_are_no_entities_and_prose_keeps_its_names(nlp, extract):
    from tasks.entity_columns import table_column_words
    from tasks.entity_filters import WordCase

    doc = nlp("KELVO SUGAR - MAY 3\n\nGROWER    MERCHANT\n\nMAY      12     34")
    header = _Found(doc[6:7], "ORG", "GROWER")
    assert doc[6].text == "GROWER"
    assert table_column_words([header], WordCase.of(doc)) == []
    found = {m.text for m in extract("Acme Corp said the US economy grew.\n\nMAY    12    34")}
    assert "US" in found
    # A common word ending a company's name in a price table is part of its cell.
    doc = nlp("STOCKS - MAY 3\n\nKELVO BRAND    47    OFF  1/4\n\nACME CORP   12    UP  1/8")
    brand = _Found(doc[6:7], "ORG", "BRAND")
    assert doc[6].text == "BRAND"
    assert table_column_words([brand], WordCase.of(doc)) == [brand]
