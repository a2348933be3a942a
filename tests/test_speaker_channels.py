"""A place or an outlet is the channel of a person's words, and a person named in
another's report is no antecedent of a later "he"."""

from .quote_helpers import speaker_of


def test_a_pronoun_after_a_report_is_the_reporter_not_the_one_reported(quotes_of):
    quotes = quotes_of(
        "Opposition leader Graham Pellow attacked the minister over the tram plan.\n"
        "On Friday, Mr Pellow told the Sunday radio programme Mr Dunmore had refused the "
        "reform, then had changed course again. He said: "
        '"Voters have now seen two reversals in a single month."'
    )
    assert speaker_of(quotes, "two reversals") == "Graham Pellow"


def test_a_place_in_the_subject_phrase_does_not_speak(quotes_of):
    quotes = quotes_of(
        "Bond prices slipped on Tuesday.\n"
        "A senior trader of a small European bank operating in Lisbon told the agency: "
        '"Nobody wants to hold long paper before the central bank meets."'
    )
    assert speaker_of(quotes, "Nobody wants") != "Lisbon"


def test_a_place_in_a_reported_clause_is_not_the_speaker(quotes_of):
    quotes = quotes_of(
        "Premier Aldous Kerrigan opened the debate on the customs union.\n"
        "But Kerrigan, openly scornful of the border levies, said Portugal was a "
        '"dependable partner" and denied the cabinet was seeking special access to the '
        "southern market."
    )
    marked = [q for q in quotes if q.kind != "indirect"]
    assert speaker_of(marked, "dependable partner") == "Aldous Kerrigan"


def test_an_outlet_after_according_to_is_the_channel(quotes_of):
    quotes = quotes_of(
        "Councillor Bettina Marrow, who chairs the parks board, opposed the sale and "
        'called the decision "a betrayal," according to the Riverside Herald.'
    )
    marked = [q for q in quotes if q.kind != "indirect"]
    assert speaker_of(marked, "a betrayal") == "Bettina Marrow"


def test_a_report_speaks_for_the_author_named_beside_its_by(quotes_of):
    quotes = quotes_of(
        "Around four million pensioners will go without basic banking services, predicts "
        "the report by telecoms group Telvara. The notion that the gap will shrink on its "
        'own is "a comfortable illusion", the report concludes.'
    )
    assert speaker_of(quotes, "comfortable illusion") == "Telvara"
