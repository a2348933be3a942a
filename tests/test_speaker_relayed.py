"""Relayed words: the one told is no speaker, a quotation goes with the cue whose clause
holds it, and words one person assured another of are that person's."""

from spacy.tokens import Doc

from tasks.quote_cues import subject_of

from .quote_helpers import speaker_of


def _parsed(nlp, rows: list[tuple[str, str, str, int]]) -> Doc:
    """A doc with the parse given row by row (word, part of speech, relation, head):
    the small model's failed parses of long sentences, which short test sentences do
    not reproduce."""
    words, pos, deps, heads = (list(column) for column in zip(*rows, strict=True))
    lemmas = [w.lower() if w != "told" else "tell" for w in words]
    return Doc(nlp.vocab, words=words, pos=pos, deps=deps, heads=heads, lemmas=lemmas)


def test_a_teller_the_parse_hung_on_the_quotation_is_the_subject(nlp):
    # “Crews are tired,” a harbour source, who asked not to be named, told Reuters.
    doc = _parsed(
        nlp,
        [
            ("“", "PUNCT", "punct", 2),
            ("Crews", "NOUN", "nsubj", 2),
            ("are", "AUX", "ccomp", 13),
            ("tired", "ADJ", "acomp", 2),
            (",", "PUNCT", "punct", 2),
            ("”", "PUNCT", "punct", 2),
            ("a", "DET", "det", 8),
            ("harbour", "NOUN", "compound", 8),
            ("source", "NOUN", "attr", 2),
            ("who", "PRON", "nsubj", 10),
            ("asked", "VERB", "relcl", 8),
            ("named", "VERB", "xcomp", 10),
            (",", "PUNCT", "punct", 13),
            ("told", "VERB", "ROOT", 13),
            ("Reuters", "PROPN", "dobj", 13),
            (".", "PUNCT", "punct", 13),
        ],
    )
    subject = subject_of(doc[13])
    assert subject is not None and subject.text == "source"


def test_no_teller_inside_the_quotation(nlp):
    # “I back Ann Lee,” Tom Hay III, founder of the forum, tells Reuters.
    doc = _parsed(
        nlp,
        [
            ("“", "PUNCT", "punct", 2),
            ("I", "PRON", "nsubj", 2),
            ("back", "VERB", "ccomp", 14),
            ("Ann", "PROPN", "compound", 4),
            ("Lee", "PROPN", "dobj", 2),
            (",", "PUNCT", "punct", 4),
            ("”", "PUNCT", "punct", 4),
            ("Tom", "PROPN", "compound", 9),
            ("Hay", "PROPN", "compound", 9),
            ("III", "PROPN", "appos", 4),
            (",", "PUNCT", "punct", 9),
            ("founder", "NOUN", "appos", 9),
            ("of", "ADP", "prep", 11),
            ("forum", "NOUN", "pobj", 12),
            ("tells", "VERB", "ROOT", 14),
            ("Reuters", "PROPN", "dobj", 14),
            (".", "PUNCT", "punct", 14),
        ],
    )
    doc[14].lemma_ = "tell"
    subject = subject_of(doc[14])
    assert subject is not None and subject.text == "III"


def test_the_outlet_told_is_not_the_speaker(quotes_of):
    quotes = quotes_of(
        "Navy officials said the frigate order would be cut.\n"
        '"The admiral dislikes the plan. It costs far more than the fleet can bear," one '
        "of the navy officials, who asked not to be named, told Reuters."
    )
    marked = [q for q in quotes if q.kind != "indirect"]
    assert speaker_of(marked, "admiral dislikes") != "Reuters"


def test_an_inverted_subject_after_said_still_speaks(quotes_of):
    quotes = quotes_of(
        "The council met on Monday to discuss the bus depot.\n"
        '"We will not sell the land this year," said Councillor Orla Benthem.'
    )
    assert speaker_of(quotes, "sell the land") == "Orla Benthem"


def test_a_quotation_goes_with_the_cue_whose_clause_holds_it(quotes_of):
    quotes = quotes_of(
        "Finance Minister Tobias Wendle spoke to a newspaper about the currency pact.\n"
        "He said that if he explained why Canada agreed to help maintain the peso at "
        'current levels "I would have to reveal private terms of the pact."'
    )
    marked = [q for q in quotes if q.kind != "indirect"]
    assert speaker_of(marked, "reveal private terms") == "Tobias Wendle"


def test_words_assured_are_the_assurer_s(quotes_of):
    quotes = quotes_of(
        "Prime Minister Hale Corrigan met the visiting king on Monday.\n"
        "Officials said Corrigan had assured the king the navy would "
        '"stand firm" in the strait.'
    )
    marked = [q for q in quotes if q.kind != "indirect"]
    assert speaker_of(marked, "stand firm") == "Hale Corrigan"
