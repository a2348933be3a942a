"""Company names of wire copy (issue 17, round 15): a line listing companies with their
tickers is prose, not code; a company's short name takes its name with a legal form
among several longer names; a firm's "and Co" the model took apart is one name."""

from __future__ import annotations


def test_a_line_of_companies_and_tickers_is_no_code(extract):
    from tasks.entity_filters import _is_code_line

    line = (
        "The lenders are Brackwater Savings Corp <BWS>, Quenford Financial Corp <QFC> "
        "and Tarrowmere Holdings Inc <TAR>."
    )
    assert not _is_code_line(line)
    assert _is_code_line("<div>Brackwater Savings</div>")
    names = {m.canonical_name for m in extract("Rating agencies reviewed six banks.\n\n" + line)}
    assert {"Brackwater Savings Corp", "Quenford Financial Corp"} <= names


def test_a_short_name_takes_the_long_form_that_only_adds_a_legal_form(extract):
    text = (
        "Marrowby Corp's Marrowby U.K. Ltd said it began work on a rig off the coast.\n\n"
        "Marrowby said on Monday the rig would be ready next year, Marrowby said."
    )
    short = [m for m in extract(text) if m.text == "Marrowby"]
    assert short and all(m.canonical_name == "Marrowby Corp" for m in short)


def test_a_firm_taken_apart_at_its_and_co_is_one_name(nlp):
    from spacy.tokens import Span

    from tasks.entity_spans import with_partners

    doc = nlp("The shares were placed by Fennick Marlow and Co Inc on Friday.")
    firm, partner = Span(doc, 5, 7, label="ORG"), Span(doc, 8, 10, label="ORG")
    assert (firm.text, partner.text) == ("Fennick Marlow", "Co Inc")
    assert [s.text for s in with_partners([firm, partner])] == ["Fennick Marlow and Co Inc"]
    places = nlp("Trade between Brazil and Colombia grew.")
    apart = [Span(places, 2, 3, label="GPE"), Span(places, 4, 5, label="GPE")]
    assert with_partners(apart) == apart


def test_a_firm_of_surnames_written_with_commas_is_one_name(nlp):
    from spacy.tokens import Span

    from tasks.entity_spans import with_comma_partners

    doc = nlp("The notes were sold through Pellow, Ardentine Ltd of Leeds on Monday.")
    first, firm = Span(doc, 5, 6, label="ORG"), Span(doc, 7, 9, label="ORG")
    assert (first.text, firm.text) == ("Pellow", "Ardentine Ltd")
    assert [s.text for s in with_comma_partners([first, firm])] == ["Pellow, Ardentine Ltd"]
    # A place, or a word opening the sentence that the model took for no name, stays.
    for text, at in (
        ("In Dunmore, Ardentine Ltd cut jobs.", 1),
        ("Later, Ardentine Ltd cut jobs.", 0),
    ):
        doc = nlp(text)
        spans = [Span(doc, at + 2, at + 4, label="ORG")]
        if at:
            spans.insert(0, Span(doc, at, at + 1, label="GPE"))
        assert with_comma_partners(spans) == spans


def test_a_foreign_company_name_begun_after_its_joining_word_is_widened(nlp):
    from spacy.tokens import Span

    from tasks.entity_spans import with_foreign_head

    doc = nlp("Profits at Kasse fuer Bergwerksbau AG fell sharply last year.")
    cut = Span(doc, 4, 6, label="ORG")
    assert cut.text == "Bergwerksbau AG"
    assert with_foreign_head(cut).text == "Kasse fuer Bergwerksbau AG"
    assert with_foreign_head(Span(doc, 4, 6, label="PERSON")) is None
    assert with_foreign_head(Span(doc, 2, 6, label="ORG")) is None


def test_an_acronym_between_commas_after_a_ticker_takes_the_long_form(extract):
    text = (
        "Norrland Kraftverk AG <NKVG.F>, NKV, said its profits rose last year.\n\n"
        "NKV will pay an unchanged dividend, the utility said."
    )
    short = [m for m in extract(text) if m.text == "NKV"]
    assert len(short) == 2
    assert all(m.canonical_name == "Norrland Kraftverk AG" for m in short)


def test_the_bank_of_englands_committee_by_its_initials(extract):
    text = (
        "The Bank of England left interest rates on hold on Thursday.\n\n"
        '"The MPC should be ready to cut rates if spending weakens," said Morwenna Tull '
        "of the Harbour Traders Guild."
    )
    assert [m.canonical_name for m in extract(text) if m.text == "MPC"] == [
        "Monetary Policy Committee"
    ]
    elsewhere = "The MPC of the Veltrand Reserve met in Osterby on Monday."
    assert all(m.canonical_name != "Monetary Policy Committee" for m in extract(elsewhere))


def test_a_short_name_first_read_as_a_given_name_takes_its_company_once_it_is_one(extract):
    # Issue 17, round 19: the first pass skips a given name; the labels settled later
    # make it the company's short name.
    text = (
        "Dorothy Mills Inc said it expects lower earnings this year.\n\n"
        "Dorothy said demand for its fabrics slowed in the fourth quarter, and Dorothy cut prices."
    )
    short = [m for m in extract(text) if m.text == "Dorothy"]
    assert short and all(m.canonical_name == "Dorothy Mills Inc" for m in short)
    assert all(m.label == "ORG" for m in short)


def test_a_short_name_takes_the_company_its_units_names_lengthen(extract):
    text = (
        "Halvorsen Bank AG said its unit Halvorsen Bank Nederland NV would open two "
        "branches.\n\nHalvorsen said the branches would serve shipping clients."
    )
    short = [m for m in extract(text) if m.text == "Halvorsen"]
    assert short and all(m.canonical_name == "Halvorsen Bank AG" for m in short)


def test_a_short_name_that_ends_a_persons_name_is_not_given_the_company(quotes_of):
    # Issue 17, round 19: the pass after the labels settle gave a surname that is also
    # a given name the company its person runs ("Walter" of "J.C. Walter of Walter Oil
    # and Gas Corp", the person typed an organisation); the word ends another name of
    # the document, so it is left as it is and the quotes stay the person's.
    text = (
        "H.L. Ellis of <Ellis Petroleum and Gas Corp>, said the rig count would keep "
        'falling this spring.\n\n"Nobody drills a deep well at these prices," Ellis '
        "said. Drillers would move offshore, Ellis said."
    )
    assert {q.speaker for q in quotes_of(text)} == {"H.L. Ellis"}
