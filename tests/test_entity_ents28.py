"""Round 28 (ents28): a wire table's row of column heads in capitals ("MTH  BYR  SLR")
and a row code with its qualifier ("BFR FIN 41.25/35") are no names; a place the model
took for an organisation is the place where the document names its council in full
("Cork County Council", then "Cork's pubs"); a known place opening a paragraph before a
spaced dash ("Washington - The Fed …", the wire's highlights) is a place."""

from __future__ import annotations

from tasks.entity_wire import _column_heads, _story_after


def _labels(mentions) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for m in mentions:
        found.setdefault(m.text, set()).add(m.label)
    return found


_SUGAR_TABLE = (
    "KESTREL COCOA NO.4 FOB 1210 - APR 9\n\n"
    "MTH  BYR   SLR  HIGH   LOW  SALES\n\n"
    "Jun 140.2 140.4 142.0 139.0 118\n\n"
    "Sep 144.2 144.6 145.8 144.0 97\n\n"
    "TOTAL SALES 215\n\n"
    "Rates quoted by dealers in Kestrel for the day:\n\n"
    "BFR FIN 41.25/35\n\n"
    "DKR     7.2100/50\n\n"
    "Grain traders at Cargill said buying was light.\n"
)


def test_column_heads_of_a_price_table_are_no_names(extract):
    # Without the rules the model makes organisations of "MTH", "BYR" and "BFR".
    found = _labels(extract(_SUGAR_TABLE))
    assert not {"MTH", "BYR", "BFR"} & set(found)
    assert found["Cargill"] == {"ORG"}
    assert found["Kestrel"] == {"GPE"}


def test_column_heads_shape():
    assert _column_heads("MTH", "MTH  BYR   SLR  HIGH   LOW  SALES")
    assert _column_heads("BYR", "MTH   LAST    BYR     SLR    HIGH     LOW SALES")
    # A row with a figure, a line in the case of prose, too few cells: not a head row.
    assert not _column_heads("HEMLO GOLD", "HEMLO GOLD  27 1/4  UP  7/8")
    assert not _column_heads("BYR", "Buyers  BYR  sellers")
    assert not _column_heads("ACME", "ACME  CORP")
    # Cells apart by one space only: a headline, not a table's heads.
    assert not _column_heads("KESTREL", "KESTREL COCOA EXCHANGE CLOSING")


def test_place_of_a_council_named_in_full_is_the_place(extract):
    # Without the rule the model makes a person of the first two and the council of the
    # last ("One of Cork's oldest pubs").
    text = (
        "Tonight at midnight Cork will be moved into the higher level and harsher rules "
        "will come in.\n\n"
        "Every day we will send you the latest from Cork covering news and sport.\n\n"
        "Cork County Council have given an update on their services this evening.\n\n"
        "One of Cork's oldest pubs will serve people outside.\n"
    )
    found = _labels(extract(text))
    assert found["Cork"] == {"GPE"}
    assert found["Cork County Council"] == {"ORG"}


def test_company_opening_with_a_city_keeps_its_short_name(extract):
    # "Toyota" is a city too, but "Toyota Motor Corp" is no local government.
    text = (
        "Toyota Motor Corp said on Tuesday its profit rose 12 pct in the year.\n\n"
        "Toyota said sales of its cars in Europe were higher than expected.\n"
    )
    mentions = [m for m in extract(text) if m.text == "Toyota"]
    assert mentions and all(m.label == "ORG" for m in mentions)


def test_known_place_opening_a_highlights_paragraph_is_a_place(extract):
    # Without the rule the model makes an organisation of "Washington".
    text = (
        "KESTREL CREDIT NOTES - MAY 4\n\n"
        "Norland is planning a commercial paper programme for an unlimited amount, "
        "Harbour Trust Ltd said as arranger.\n\n"
        "Washington - Federal Reserve Board chairman Tom Greel said debtor nations have "
        "made progress on growth.\n\n"
        "Manila - The Asian lender said it had approved two loans for farm projects.\n\n"
        "Boeing - Shares rose two pct.\n"
    )
    found = _labels(extract(text))
    assert found["Washington"] == {"GPE"}
    assert found["Manila"] == {"GPE"}
    # No place: a company opening its paragraph stays what it is.
    assert found["Boeing"] == {"ORG"}


def test_a_dateline_needs_a_story_after_its_dash():
    # "Portland - Boston 3-1": a result, no story filed from a place.
    assert not _story_after("Portland - Boston 3-1\n", len("Portland - "))
    assert _story_after(
        "Washington - Fed chairman Tom Greel said nations made progress.\n",
        len("Washington - "),
    )
