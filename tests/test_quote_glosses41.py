"""Marked words that are no quotation (round 41): a translation or gloss ("Latin for
“light”", "meaning “light”") and a printed headline or slogan of any length ("under
the headline “is it time for a change?”"). Speech around them stays."""


def test_translation_gloss_is_no_quotation(quotes_of):
    text = (
        'Jo Bloggs told a news conference that Lux - Latin for "light" - would '
        "avoid the old parties' failings."
    )
    assert not [q for q in quotes_of(text) if q.kind != "indirect" and "light" in q.text]


def test_meaning_gloss_is_no_quotation(quotes_of):
    text = 'The party is called Lux, meaning "light", Jo Bloggs told reporters.'
    assert not [q for q in quotes_of(text) if q.kind != "indirect" and "light" in q.text]


def test_headline_is_no_quotation(quotes_of):
    text = (
        "Their latest poster campaign lists school discipline and cleaner hospitals "
        'under the headline "is it time for a change of direction?" This, they say, '
        "contrasts with their rivals' campaign."
    )
    assert not [
        q for q in quotes_of(text) if q.kind != "indirect" and "change of direction" in q.text
    ]


def test_words_said_after_a_headline_stay(quotes_of, quote_with):
    # The cue's own quotation, not the printed words, follows the noun.
    text = (
        'The paper ran the story on its front page. "It is a disgrace," Jo Bloggs said '
        "of the headline."
    )
    assert quote_with(quotes_of(text), "disgrace").speaker == "Jo Bloggs"
