"""Round 27 (ents27): the change column of a wire price table ("27 1/4  UP  7/8") and
an acronym written before a technique's noun ("portable KRV devices") are no entities;
an acronym named once, after "the" alone, before "'s" or as the subject of a reporting
verb is left to the other rules; a country's initials the model ran into the dollar
after them ("H.K. Dlrs") are the country."""

from __future__ import annotations

from tasks.entity_wire import _change_cell


def _texts(mentions) -> set[str]:
    return {m.text for m in mentions}


def test_change_word_between_prices_is_no_name(extract):
    # Without the rule the model makes an organisation of "UP".
    text = (
        "HALDEN STOCK EXCHANGE MOST ACTIVE ISSUES\n\n"
        "VOLUME  STOCK  CLOSE  CHANGE\n\n"
        "612300   BRANT GOLD     12 3/8  UP     1 1/4 401200   CORVO RES    27 1/4  UP"
        "       7/8 311000   PELL ENERGY    5 1/2  UP     0.850 288300   NOVA KELT    9 1/8"
        "  OFF   1/8\n"
    )
    found = _texts(extract(text))
    assert "HALDEN STOCK EXCHANGE" in found
    assert not {"UP", "OFF"} & found


def test_change_words_of_a_futures_row_are_no_names(extract):
    # Without the rule: "UP" twice and "OFF 0.17 AUG7" (run into the next row's code).
    text = (
        "KESTREL LIVESTOCK FUTURES CLOSING\n\n"
        "CME 11:01  EDT\n\n"
        "L-CATTLE APR7  70.12 UP  0.22 JUN7  65.40 OFF 0.15 AUG7  61.30 OFF 0.12 F-CATTLE"
        " APR7  69.40 OFF 0.10 MAY7  68.05 OFF 0.17 AUG7  66.50 UP  0.10 HOGS APR7  50.10"
        " UP  0.28 JUN7  48.75 UP  0.40 JUL7  47.40 UP  0.53 BELLIES MAY7  66.42 UP  0.02"
        " JUL7  64.92 UP  0.07\n"
    )
    found = _texts(extract(text))
    assert not any(t.split()[0] in ("UP", "OFF") for t in found)


def test_change_cell_holding_its_figure_before_next_row_code():
    line = "OPEN K-LIRA JUN7  51207  UP  2240 SEP7    612  UP    27"
    start = line.index("UP")
    assert _change_cell("UP  2240", line, start, start + len("UP  2240"))


def test_change_word_needs_a_figure_before_it():
    line = "SHARES OF BRANT MINES UP ON GOLD"
    start = line.index("UP")
    assert not _change_cell("UP", line, start, start + 2)


def test_acronym_before_technique_noun_is_no_entity(extract):
    text = (
        "Body fat can be measured at home. Consumer-grade KRV devices are cheap, and "
        "portable KRV devices give a reading in seconds.\n\n"
        "KRV is quick and easy, but KRV readings change with how much you drink."
    )
    assert "KRV" not in _texts(extract(text))


def test_acronym_named_once_before_devices_stays(extract):
    # "IBM devices": named once, it may be a maker's name.
    text = (
        "The new reader for blind users, which runs on TELVOX devices, reads web pages "
        "aloud. Harriet Colby of Brightline Software said it would ship in May."
    )
    assert "TELVOX" in _texts(extract(text))


def test_acronym_before_technology_is_left_to_the_model(extract):
    # "technology" follows a maker's or a body's acronym too: not a kind's noun here.
    text = (
        "Retailers want QRTG technology in every store. QRTG tags cost a few cents, and "
        "QRTG readers are getting cheaper."
    )
    assert sum(m.text == "QRTG" for m in extract(text)) == 3


def test_acronym_of_a_reporting_organisation_stays(extract):
    text = (
        "The hearing charity said ZRNI technology had improved. ZRNI devices help deaf "
        "people follow calls, ZRNI said on Tuesday.\n\n"
        "ZRNI said it would test the devices in Leeds."
    )
    assert "ZRNI" in _texts(extract(text))


def test_country_initials_run_into_the_dollar_are_the_country(extract):
    # Without the rule the model makes a person of "H.K. Dlrs" and "N.Z. Dlrs".
    text = (
        "Tarlow Holdings Ltd said its net profit rose to 1.42 billion H.K. Dlrs in 1986 "
        "from 1.10 billion.\n\nThe shares closed at 8.45 H.K. Dlrs.\n\n"
        "Kerrin Foods Ltd will pay 3.20 N.Z. Dlrs a share for the Marlow dairy group."
    )
    found = {(m.text, m.label) for m in extract(text)}
    assert ("H.K.", "GPE") in found and ("N.Z.", "GPE") in found
    assert not any(text.endswith("Dlrs") for text, _ in found)


def test_a_name_ending_in_dollar_keeps_it(extract):
    text = "Shoppers at Thrifty Dollar stores in Ohio spent more last year, the chain said."
    assert "Thrifty Dollar" in {m.text for m in extract(text)}
