"""Round 26 (ents26): the row codes of wire tables (delivery months, currencies), a
report's period written in figures and abbreviations, the earnings tables' "Primary"
and "Diluted" rows, glued citation buttons with "Medline", build tools' file names and
the European Currency Unit are no entities."""

from __future__ import annotations


def _texts(mentions) -> set[str]:
    return {m.text for m in mentions}


def test_delivery_months_opening_volume_rows_are_no_names(extract):
    text = (
        "KESTREL BOARD SOYMEAL VOLUME\n\n"
        "MTH   VOL   OPEN INT   CHG\n\n"
        "JLY   512   4410   up   31\n\n"
        "AUG   306   2871   off   12\n\n"
        "SEP    48    977   up    5\n\n"
        "JAN8  7105 UP  118\n"
    )
    assert not _texts(extract(text)) & {"JLY", "AUG", "SEP", "JAN8"}


def test_currency_codes_opening_rate_rows_are_no_names(extract):
    text = (
        "Harwick Bank posted these indicative rates at midday:\n\n"
        "STG 9.7420/7510     (9.7380/7460    )\n\n"
        "DMK 331.170/520     (330.900/331.250)\n\n"
        "SFR 399.800/400.150 (399.620/399.980)\n"
    )
    assert not _texts(extract(text)) & {"STG", "DMK", "SFR"}


def test_month_in_capitals_in_prose_is_left_to_the_model(extract):
    # Not opening a row before a figure: the rule does not touch it.
    text = "Tarrow Mining Corp said its Dunmore mine will reopen.\n\nDMK Holdings also said so."
    assert "Tarrow Mining Corp" in _texts(extract(text))


def test_report_period_of_figures_and_abbreviations_is_no_name(extract):
    text = (
        "Brellin Freight Corp said its results included a tax credit.\n\n"
        "4th Qtr 1986 earnings include a pretax gain of 12.4 mln dlrs.\n"
    )
    assert not any("Qtr" in t for t in _texts(extract(text)))


def test_primary_and_diluted_share_rows_are_no_names(extract):
    text = (
        "Oakhurst Dairy Co said for the year:\n\n"
        "Shr 1.12 dlrs vs 98 cts\n\n"
        "Net 8,402,000 vs 7,310,000\n\n"
        "Primary avg shrs 7,501,000 vs 7,459,000\n\n"
        "Diluted avg shrs 8,130,000 vs 8,092,000\n"
    )
    assert not any(t.split()[0] in ("Primary", "Diluted") for t in _texts(extract(text)))


def test_glued_citation_buttons_with_medline_are_no_entity(extract):
    text = (
        "References\n"
        "- 4.  Tamsin RB ,Holloway PK ,et al . Outcomes of a school screening trial. "
        "Lancet. 2003;361:1120-6. [PMID: 12345678] CrossrefMedlineGoogle Scholar\n"
        "- 5.  Verran LM . Costs of screening. BMJ. 2005;330:88-9. [PMID: 23456789] "
        "CrossrefMedlineGoogle Scholar\n"
    )
    assert not any("Crossref" in t or "Medline" in t for t in _texts(extract(text)))


def test_build_tool_file_names_are_no_entities(extract):
    text = (
        "To ship the service, write a short Dockerfile that copies the wheel and "
        "installs it. The Makefile then builds the image, and the Procfile tells the "
        "platform which command to run."
    )
    assert not _texts(extract(text)) & {"Dockerfile", "Makefile", "Procfile"}


def test_european_currency_unit_is_no_organisation(extract):
    text = (
        "The Belgian mint said the 100 European Currency Unit silver coins will go on "
        "sale next week at a premium over their face value."
    )
    labels = {m.text: m.label for m in extract(text)}
    assert "European Currency Unit" not in labels


def test_file_formats_and_usb_are_no_entities(extract):
    text = (
        "The Ravelin malware encrypts documents of every kind, including PPT, XLSX and "
        "CSV files. It spreads through USB sticks left in car parks."
    )
    assert not _texts(extract(text)) & {"PPT", "XLSX", "CSV", "USB"}
