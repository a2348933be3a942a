"""Round 29 (lead): a list of examples ends with its paragraph; a description the
text introduced as an unnamed person refers back to that person."""

from tasks.entities import extract_entities


def _labels(nlp, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {m.text: m.label for m in extract_entities(doc, "t")}


def test_a_list_of_nations_does_not_run_into_the_next_paragraphs_speaker(nlp):
    text = (
        "Trade Minister Harold Pembridge said exporters must do more.\n\n"
        '"We cannot wait for rules that would hurt trading nations like Japan and the U.K."'
        "\n\nPembridge said trade between the two countries grew last year."
    )
    labels = _labels(nlp, text)
    assert labels.get("Harold Pembridge") == "PERSON"
    assert labels.get("Pembridge") == "PERSON"


def test_a_list_of_examples_in_one_paragraph_still_types_its_items(nlp):
    text = "Carmakers such as Daimlex and Vortana cut prices. Daimlex said sales fell."
    assert _labels(nlp, text).get("Vortana") == "ORG"


def test_a_description_the_text_introduced_unnamed_stays_unnamed(quotes_of, quote_with):
    text = (
        "Norwegian party leader Karin Solberg resigned in March, officials said.\n\n"
        "A Norwegian journalist said the party would now change course.\n\n"
        '"The new leaders want slower change," the Norwegian journalist said.'
    )
    speaker = quote_with(quotes_of(text), "slower change").speaker
    assert speaker != "Karin Solberg"
