"""Issue 16, round 29: speakers on wire news. A description by nationality and role
for the one person the text gave that nationality, and a quoted fragment of a
foretold act inside a report, which is the reporter's. Small articles written for
each class."""

from __future__ import annotations


def test_a_nationality_and_role_is_the_compatriot_who_spoke(quotes_of, quote_with):
    text = (
        "Talks on the river dam resumed in Geneva on Monday.\n\n"
        'In a letter to the council, Norwegian delegate Karin Solberg said: "We ask every '
        'party to stop building until the survey is done."\n\n'
        'The Norwegian envoy said the plan broke the "spirit of the accord we all signed."'
    )
    quote = quote_with(quotes_of(text), "spirit of the accord")
    assert quote.speaker == "Karin Solberg"


def test_a_nationality_and_role_is_the_one_compatriot_described_before(quotes_of, quote_with):
    text = (
        "Norwegian delegate Karin Solberg arrived in Geneva on Monday for talks on the "
        "dam.\n\n"
        'The Norwegian envoy said the plan broke the "spirit of the accord we all signed."'
    )
    assert quote_with(quotes_of(text), "spirit of the accord").speaker == "Karin Solberg"


def test_two_compatriots_leave_the_description_unresolved(quotes_of, quote_with):
    text = (
        "Norwegian delegate Karin Solberg and Norwegian lawyer Ingrid Hauge arrived in Geneva "
        "on Monday for talks on the dam.\n\n"
        'The Norwegian envoy said the plan broke the "spirit of the accord we all signed."'
    )
    speaker = quote_with(quotes_of(text), "spirit of the accord").speaker
    assert speaker not in ("Karin Solberg", "Ingrid Hauge")


def test_a_nationality_no_one_was_given_names_no_one(quotes_of, quote_with):
    text = (
        "Talks on the river dam resumed in Geneva on Monday.\n\n"
        'In a letter to the council, delegate Karin Solberg said: "We ask every party to stop '
        'building until the survey is done."\n\n'
        'The Danish envoy said the plan broke the "spirit of the accord we all signed."'
    )
    quote = quote_with(quotes_of(text), "spirit of the accord")
    assert quote.speaker != "Karin Solberg"


def test_a_fragment_of_a_foretold_reply_is_the_reporters(quotes_of, quote_with):
    text = (
        "Grain exporters met officials in Ottawa on Thursday.\n\n"
        "Trade Representative Ann Booker said on Friday that if the talks failed, the "
        'United States would answer "with force" to defend its growers.'
    )
    quote = quote_with(quotes_of(text), "with force")
    assert quote.speaker == "Ann Booker"


def test_a_fragment_of_a_reply_that_happened_stays_with_its_teller(quotes_of, quote_with):
    text = (
        "Grain exporters met officials in Ottawa on Thursday.\n\n"
        "Trade Representative Ann Booker said on Friday that Canada answered "
        '"with regret" to the offer.'
    )
    quote = quote_with(quotes_of(text), "with regret")
    assert quote.speaker == "Canada"


def _built(nlp, rows, people):
    """A parsed sentence built from ``rows`` of (word, head index, dep, pos, tag), with
    ``people`` the (start, end) token spans of PERSON names: the parse a long wire
    sentence gets, fixed so the test does not hang on the model."""
    from spacy.tokens import Doc, Span

    words, heads, deps, poses, tags = (list(column) for column in zip(*rows, strict=True))
    lemmas = [word.lower() for word in words]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=poses, tags=tags, lemmas=lemmas)
    doc.ents = [Span(doc, start, end, label="PERSON") for start, end in people]
    return doc


def test_a_role_joined_to_a_name_another_role_opens_is_that_person(nlp):
    from tasks.quote_cues import named_apposition
    from tasks.speakers import _both_roles

    rows = [
        ("chairman", 5, "nsubj", "NOUN", "NN"),
        ("and", 0, "cc", "CCONJ", "CC"),
        ("chief", 3, "amod", "ADJ", "JJ"),
        ("executive", 4, "compound", "NOUN", "NN"),
        ("Whitcombe", 0, "conj", "PROPN", "NNP"),
        ("said", 5, "ROOT", "VERB", "VBD"),
    ]
    doc = _built(nlp, rows, [(4, 5)])
    name = named_apposition(doc[0])
    assert name is not None and name.text == "Whitcombe"
    assert _both_roles(doc[0], name) == "chairman and chief executive"


def test_a_role_joined_to_a_bare_name_is_two_people(nlp):
    from tasks.quote_cues import named_apposition

    rows = [
        ("The", 1, "det", "DET", "DT"),
        ("chairman", 4, "nsubj", "NOUN", "NN"),
        ("and", 1, "cc", "CCONJ", "CC"),
        ("Whitcombe", 1, "conj", "PROPN", "NNP"),
        ("said", 4, "ROOT", "VERB", "VBD"),
    ]
    assert named_apposition(_built(nlp, rows, [(3, 4)])[1]) is None


def test_a_stock_symbol_in_marks_is_no_quotation(quotes_of):
    text = (
        "Verity Labs Inc said its shares will begin trading on Monday on the American "
        'Stock Exchange under the symbol "VLB."\n\n'
        '"We like the name," said chief executive Maria Olsen.'
    )
    quotes = [q for q in quotes_of(text) if q.kind != "indirect"]
    assert [q.text for q in quotes] == ['"We like the name,"']


def test_a_name_right_before_the_description_is_not_described_by_it(quotes_of, quote_with):
    text = (
        "Tom Hale, president of the Bank of Halifax, said on Monday that growth mattered "
        "most.\n\n"
        "After talks with Brazilian Finance Minister Rosa Lima, the Canadian banker said "
        'the plan was "a fair start."'
    )
    assert quote_with(quotes_of(text), "a fair start").speaker != "Rosa Lima"
