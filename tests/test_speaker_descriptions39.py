"""Descriptions, titles and aliases as speakers (round 39): a name the model ran over a
post-nominal honour ("Jo Bloggs QC") is the person's; a nickname or initials "also
known as" a fuller name speak as the fuller name; "the editor" refers back to the
person named before; "the cardinal" is the person the text titled "Cardinal" though
the model typed the name an organisation; "his report" and "her pitch" are the
words of the person "his" or "her" stands for; a lone surname is the untagged
speaker named in full before; "the IRNA report" is IRNA's. The counter-cases leave
the speaker as it was."""

from dataclasses import replace

import pytest

from tasks.speaker_names import without_post_nominal


@pytest.fixture(scope="module")
def quotes_typed(nlp):
    """``(text, name, typed) -> quotes`` with the mention of ``name`` (its words from
    ``typed`` on) given to the resolver as an organisation, as the small model types
    some names ("Guy Mansfield QC", "Murphy-O'Connor" after an untagged given name)."""
    from tasks.entities import entity_key, extract_entities
    from tasks.quotes import extract_quotes

    def run(text: str, name: str, typed: str):
        doc = nlp(text)
        entities = []
        for entity in extract_entities(doc, "t"):
            if entity.text.startswith(name.split()[0]) or name.startswith(entity.text):
                start = text.index(typed)
                entity = replace(
                    entity,
                    start_char=start,
                    end_char=start + len(typed),
                    text=typed,
                    label="ORG",
                    canonical_name=typed,
                    entity_key=entity_key("ORG", typed),
                )
            entities.append(entity)
        return extract_quotes(doc, "t", entities)

    return run


def test_post_nominal_honour_leaves_the_name():
    assert without_post_nominal("Guy Mansfield QC") == "Guy Mansfield"
    assert without_post_nominal("Sarah Jones MP") == "Sarah Jones"


def test_post_nominal_needs_a_first_name():
    # An organisation's name ending in the letters of an honour stays whole.
    assert without_post_nominal("Queen's Counsel QC") is None
    assert without_post_nominal("Mansfield QC") is None
    assert without_post_nominal("Guy Mansfield Ltd") is None


def test_honoured_name_speaks_as_the_person(quotes_typed, quote_with):
    text = (
        "Lawyers attacked the plan for identity cards on Tuesday. The head of the law "
        'society, Harold Penfold QC warned that "many innocent people will be stopped '
        'and searched every week".'
    )
    quotes = quotes_typed(text, "Harold Penfold", "Harold Penfold QC")
    assert quote_with(quotes, "innocent people").speaker == "Harold Penfold"


def test_initials_also_known_as_a_fuller_name(quotes_of, quote_with):
    text = (
        "The radio duo DJ and Sam take over the breakfast show next week. "
        '"The show is the station\'s biggest and we love it," says DJ, also known as '
        "Daniel Jones."
    )
    assert quote_with(quotes_of(text), "station's biggest").speaker == "Daniel Jones"


def test_the_editor_is_the_person_named_before(quotes_of, quote_with):
    text = (
        "Mr Harrow, who edits the weekly magazine, said the minister should resign. "
        '"I do not see why he should stay in office," the Chronicle editor told the '
        "Today programme."
    )
    quote = quote_with(quotes_of(text), "stay in office")
    assert quote.speaker is not None and quote.speaker.endswith("Harrow")
    assert quote.speaker_key is not None


def test_the_cardinal_is_the_name_titled_cardinal(quotes_typed, quote_with):
    text = (
        "Money spent on war should go to the poor, Cardinal Declan Fitz-Patrick has said.\n\n"
        "The head of the church spoke on the radio on Monday. "
        'The cardinal said: "The rich countries could end hunger in a year."'
    )
    quotes = quotes_typed(text, "Declan Fitz-Patrick", "Fitz-Patrick")
    assert quote_with(quotes, "end hunger").speaker == "Declan Fitz-Patrick"


def test_his_document_is_the_persons(quotes_of, quote_with):
    text = (
        "Andrew Holt, from Leeds, is selling space on his car to advertisers. "
        'Mr Holt describes himself as "a keen driver". His sales pitch adds: '
        '"Your brand will be seen by thousands of people every day."'
    )
    assert quote_with(quotes_of(text), "seen by thousands").speaker == "Andrew Holt"


def test_its_document_stays_the_organisations(quotes_of, quote_with):
    text = (
        "Acme Motors reported higher sales on Monday. "
        'Its statement said: "Demand for small cars has never been stronger."'
    )
    assert quote_with(quotes_of(text), "small cars").speaker == "Acme Motors"


def test_lone_surname_takes_the_untagged_speaker_named_in_full(quotes_of, quote_with):
    text = (
        '"Relations will cool," Sapporo University Law Professor Tetsuhiko Tanabe told '
        'Reuters. "The prime minister has little room left," Tanabe said.'
    )
    assert quote_with(quotes_of(text), "little room left").speaker == "Tetsuhiko Tanabe"


def test_document_of_a_name_the_parse_made_an_adjective(quotes_of, quote_with):
    text = (
        "Fighting broke out near the border on Sunday. A short Iranian news agency IRNA "
        'report said the attack had "failed completely".'
    )
    assert quote_with(quotes_of(text), "failed completely").speaker == "IRNA"
