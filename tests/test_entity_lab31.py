"""Entity labels and spans of round 31 (issue 17): a portfolio before a lowercase
"minister", a country's industry written in capitals, holidays, facility heads, a name
before a river's noun, given names used as nouns, and curated programs, tickers and
certificate fields."""

from __future__ import annotations

from dataclasses import dataclass

from tasks.entity_labels import label_by_head


def _labels(mentions: list) -> dict[str, str]:
    return {m.text: m.label for m in mentions}


def test_a_portfolio_before_a_lowercase_minister_is_no_entity(extract):
    found = extract("Oil minister Ali Sami said output rose, and the Finance minister agreed.")
    assert "Finance" not in _labels(found)


def test_a_party_or_a_country_before_a_lowercase_minister_stays(extract):
    found = extract("A Labour minister said on Friday the plan was sound.")
    assert "Labour" in _labels(found)
    found = extract("Traders heard an address from Cameroon minister Ana Ruiz on Friday.")
    assert "Cameroon" in _labels(found)


def test_a_country_and_an_industry_word_before_a_trade_noun_is_the_country(extract):
    found = extract("The tariff helps the U.S. Motorcycle industry to recover, sources said.")
    assert _labels(found).get("U.S.") == "GPE"
    assert "U.S. Motorcycle" not in _labels(found)


def test_a_country_and_a_word_before_no_trade_noun_stays_a_company(extract):
    found = extract("U.S. Steel said on Monday it would close a mill.")
    assert _labels(found).get("U.S. Steel") == "ORG"


def test_a_holiday_named_by_a_possessive_and_day_is_an_event(extract):
    found = extract("The singer released her album on Valentine’s Day, and it sold well.")
    assert _labels(found).get("Valentine’s Day") == "EVENT"
    assert label_by_head("Doris Day", "PERSON") == "PERSON"


def test_a_dam_and_a_boat_ramp_are_facilities():
    assert label_by_head("Cedar Point Boat Ramp", "ORG") == "FAC"
    assert label_by_head("Tarvo Creek Dam", "PERSON") == "FAC"


def test_a_name_before_a_lowercase_river_noun_is_a_location(extract):
    found = extract("Plants will expand in the region south of the Orinoco river, the firm said.")
    assert _labels(found).get("Orinoco") == "LOC"


@dataclass
class _Found:
    span: object
    label: str
    canonical: str
    pinned: bool = False


def test_a_river_noun_retypes_no_curated_name(nlp):
    from tasks.entity_nature import rivers_by_noun

    doc = nlp("Tarvo river levels rose.")
    found = _Found(doc[0:1], "ORG", "Tarvo", pinned=True)
    rivers_by_noun([found])
    assert found.label == "ORG"


def test_a_given_name_after_an_article_is_a_noun(extract):
    found = extract(
        "MP Bill Tarvo spoke. MPs will debate changes to the Bill next month, and Bill "
        "Tarvo agreed."
    )
    spans = [m.text for m in found]
    assert "Bill" not in spans
    assert spans.count("Bill Tarvo") == 2


def test_curated_programs_tickers_and_certificate_fields(extract):
    found = _labels(
        extract(
            "You can buy ETH on the exchange. Enter the Common Name of your server. "
            "Install it on Windows, then call Ana Ruiz on FaceTime."
        )
    )
    assert "ETH" not in found and "Common Name" not in found
    assert found.get("Windows") == "PRODUCT"


def test_a_train_company_is_an_organisation(extract):
    found = _labels(extract("If you cannot board, Gatwick Express will organise a taxi."))
    assert found.get("Gatwick Express") == "ORG"


def test_a_numbered_bill_takes_its_chamber(extract):
    found = _labels(extract("Voters backed Senate Bill 10 and House Bill 2 last year."))
    assert found.get("Senate Bill 10") == "LAW" and found.get("House Bill 2") == "LAW"
    assert "Senate" not in found and "House" not in found


def test_a_world_region_is_a_location_and_a_country_stays(extract):
    found = _labels(extract("Exports to North Africa rose, while South Africa bought less."))
    assert found.get("North Africa") == "LOC"
    assert found.get("South Africa") == "GPE"


def test_a_city_before_native_is_the_city(extract):
    found = _labels(extract("Ana Ruiz grew up as a Queens native and moved to Brooklyn."))
    assert found.get("Queens") == "GPE"


def test_a_guides_title_runs_on_after_to(nlp):
    from spacy.tokens import Span

    from tasks.entity_works import guide_title

    doc = nlp("Read our Insider’s Guide to Garden Ponds before you dig.")
    head = next(t.i for t in doc if t.text == "Guide")
    title = guide_title(Span(doc, head - 2, head + 1, label="ORG"))
    assert title is not None and title.text == "Insider’s Guide to Garden Ponds"
    assert title.label_ == "WORK_OF_ART"
    plain = nlp("The Guide to go is Ana Ruiz.")
    assert guide_title(Span(plain, 1, 2, label="ORG")) is None
