"""Entity labels of round 34 (issue 17): single capitalised words a page uses as common
words (written in lowercase on the same page, or an instruction's verb opening a list
item), which the model took for names."""

from __future__ import annotations


def _names(extract, text: str) -> set[str]:
    return {m.text for m in extract(text)}


def test_a_word_the_page_also_writes_in_lowercase_is_no_name(extract):
    text = (
        "Soil and Watering\nThe root system of Plumbago is fairly delicate, so the plant "
        "needs a fertile soil. Many growers keep plumbago in pots."
    )
    assert "Plumbago" not in _names(extract, text)


def test_a_drug_opening_a_references_title_is_no_name(extract):
    text = (
        "Smith AB et al. Lisinopril compared with placebo in adults with hypertension. "
        "Lancet. 2001;3:12-18. Patients took lisinopril daily."
    )
    names = _names(extract, text)
    assert "Lisinopril" not in names
    assert "Lancet" in names


def test_an_instruction_opening_a_list_item_is_no_name(extract):
    text = "2. Peel off the white skin from the seeds.\n3. Rinse them with water."
    assert "Peel" not in _names(extract, text)


def test_a_word_the_news_also_writes_as_a_name_stays(extract):
    text = "Analysts at Shell expect higher prices. Divers found a shell on the beach."
    assert "Shell" in _names(extract, text)


def test_a_word_with_a_names_evidence_stays(extract):
    text = (
        "The root system of Plumbago is fairly delicate. Plumbago's chief executive "
        "said sales grew. Many growers keep plumbago in pots."
    )
    assert "Plumbago" in _names(extract, text)
