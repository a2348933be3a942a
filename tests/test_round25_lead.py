"""Round 25 (issues 16 and 17): a dealer at a bank speaks, not the bank, when the parse
took a word of the quotation for the subject; a surname run over "of" and the person's
firm is the person named in full; a title-cased headline after "headlined", a term
given as another name ("…, or “…”") or explained after it ("“…,” meaning") is no
quotation."""

from __future__ import annotations

from tasks.entities import extract_entities


def test_the_worker_described_before_the_cue_speaks_not_the_firm(quotes_of):
    quotes = quotes_of(
        "Trading in the mark was slow.\n\n"
        '"There is thin volume, no new themes or drivers," a dealer at a Swiss Bank '
        'said. "It looks like a slow afternoon."'
    )
    assert [q.text for q in quotes][:1] == ['"There is thin volume, no new themes or drivers,"']
    assert all(q.speaker_key is None for q in quotes)
    assert all("Bank" not in (q.speaker or "") for q in quotes)


def test_a_surname_run_into_its_firm_is_the_person_named_in_full(nlp, quotes_of):
    text = (
        '"Sure, prices will ease," said Ronald McAllister of Premium Corp.\n\n'
        "Rates were steady through the day.\n\n"
        '"Sure, the central bank sold yen last week. Still, traders have to be patient," '
        "said McAllister of Premium."
    )
    mentions = extract_entities(nlp(text), "t")
    assert not any(" of " in m.text for m in mentions)
    assert {m.canonical_name for m in mentions if m.label == "PERSON"} == {"Ronald McAllister"}
    direct = [q.speaker for q in quotes_of(text) if q.kind == "direct"]
    assert direct == ["Ronald McAllister", "Ronald McAllister"]


def test_a_headline_after_headlined_is_no_quotation(quotes_of):
    quotes = quotes_of(
        'In an item headlined "Agency Lowers Delta Freight, Keeps Outlook," the agency '
        "corrects that it cut the senior debt, not the junior notes."
    )
    assert not [q for q in quotes if q.kind in ("direct", "mixed")]


def test_a_term_named_again_or_explained_is_no_quotation(quotes_of):
    renamed = quotes_of(
        "The carrier asked the judge to strike down the rival's shareholder rights plan, "
        'or "suicide pact." Such plans make bids dearer.'
    )
    assert not [q for q in renamed if "suicide" in q.text and q.kind in ("direct", "mixed")]
    explained = quotes_of(
        'The core of the draft is "openness," meaning every trade the fund makes will '
        "be published, envoys said."
    )
    assert not [q for q in explained if q.kind in ("direct", "mixed")]
    # A fragment after ", or" that follows no noun is still the speaker's words.
    kept = quotes_of('Paulo Renz said the bid was too low, or "far too low for anyone."')
    assert [q.speaker for q in kept if q.kind == "mixed"] == ["Paulo Renz"]


def test_a_card_networks_name_is_no_immigration_story(nlp, shipped):
    from .theme_helpers import themes

    card = (
        "The Prairie Savings credit union said it is cutting the interest rate charged on "
        "unpaid balances of its Visa credit card to 14.5 pct from 17.0 pct. Several banks "
        "cut their card rates last month, and the Visa card remains its most used product."
    )
    assert "immigration_policy" not in themes(nlp, shipped, card, "CREDIT UNION CUTS VISA RATE")
    visas = (
        "The government said it will tighten visa rules for seasonal workers and raise "
        "the fee for a work permit. Immigration lawyers said the visa changes would hit "
        "farms. Deportation cases rose last year."
    )
    assert "immigration_policy" in themes(nlp, shipped, visas)


def test_a_name_the_parse_hung_on_the_role_after_it_speaks(quotes_of):
    quotes = quotes_of(
        '"The regulator has to act soon," said Su Han-min, chief economist with the Grand '
        'Commercial Bank of Ruritania. "If they wait, prices will rise again."'
    )
    assert [(q.speaker, q.speaker_title) for q in quotes] == [
        ("Su Han-min", "chief economist"),
        ("Su Han-min", "chief economist"),
    ]
