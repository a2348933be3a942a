"""Speakers of round 41: a name that only qualifies a noun ("a Dean Marsh strike")
is no antecedent of "he"; a "he" nothing before it resolves is the person the first
sentence is about; a surname the model did not tag a person, subject of the sentence
before a "she", is the full name the text writes with a given name of her gender; a
document qualified by a body's name ("An FA statement") is the
body's, and "The statement" said again is the same document's; a name set off by an
aside after a closing quotation mark ("“…,” Jo Lee, head of policy, said") speaks when
the parse found its verb no subject. The counter-cases leave the speaker as it was."""

from tasks.quote_cues import _name_set_off_before


def test_name_qualifying_a_noun_is_no_antecedent(quotes_of, quote_with):
    # The lead's name is left untagged there; the text tags "Hollis" later.
    text = (
        "Boss Graeme Hollis felt Rovers were never really in danger of going out of the "
        "cup against Heerenveen.\n\n"
        "An early own goal followed by a Dean Marsh strike earned them a 2-1 win. "
        '"We got our goals early," he said. But Mr Hollis said he did not think the '
        "record would matter."
    )
    assert quote_with(quotes_of(text), "goals early").speaker == "Graeme Hollis"


def test_subject_name_stays_an_antecedent(quotes_of, quote_with):
    # Not a qualifier: Marsh is the sentence's subject.
    text = (
        "Boss Graeme Hollis felt Rovers were never really in danger of going out of the "
        "cup against Heerenveen.\n\n"
        'Striker Dean Marsh scored twice in the 2-1 win. "We got our goals early," he said. '
        "But Mr Hollis said he did not think the record would matter."
    )
    assert quote_with(quotes_of(text), "goals early").speaker == "Dean Marsh"


def test_untagged_surname_subject_is_the_written_full_name(quotes_of, quote_with):
    text = (
        "Amelie Mauresmo and Maria Sharapova won their opening matches in Los Angeles.\n\n"
        "France's Mauresmo routed Olga Zhurikova 6-1 6-0 in under an hour. \"She got "
        'tired and I played some great tennis," said Mauresmo. Zhurikova has lost both '
        'her games so far. "Sometimes not everything works," she said.'
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "great tennis").speaker == "Amelie Mauresmo"
    assert quote_with(quotes, "not everything works").speaker == "Olga Zhurikova"


def test_body_named_document_is_the_body_s(quotes_of, quote_with):
    # The tagger reads "FA" before "statement" as a common noun.
    text = (
        "The Football Association will appeal against the ban on two players. Now the FA "
        "will lodge an appeal with the court and has suspended both players. An FA "
        'statement said: "The panel concluded that the decision is wrong." The statement '
        'continued: "The case will go to arbitration."'
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "decision is wrong").speaker == "Football Association"
    assert quote_with(quotes, "go to arbitration").speaker == "Football Association"


def test_statement_of_no_named_owner_stays_words(quotes_of, quote_with):
    # "A Tuesday statement": no body qualifies the document; the words stand.
    text = (
        "The rowing federation will appeal against the ruling. "
        'A statement said: "The panel concluded that the decision is wrong." '
        'The statement continued: "The case will go to arbitration."'
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "go to arbitration").speaker_key is None


def test_name_set_off_before_its_verb(nlp):
    doc = nlp(
        '"The losers will be the poorest workers in Laos, Peru and Chad," '
        "Andrew Pendle, Oxfam's head of trade policy, said."
    )
    verb = next(t for t in doc if t.lower_ == "said")
    assert _name_set_off_before(verb).text == "Pendle"


def test_clause_before_the_verb_names_no_one(nlp):
    # A verb stands between: the aside is a clause, not a role.
    doc = nlp('"The losers will be the poorest," Andrew Pendle, who runs trade policy, said.')
    verb = next(t for t in doc if t.lower_ == "said")
    assert _name_set_off_before(verb) is None
