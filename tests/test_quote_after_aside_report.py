"""Issue 16, PolNeAR every attribution (round 30, ``polrec30``): a quotation with no cue
of its own after a reported statement goes on with the same speaker's quotation before
that report ('“A,” X said, adding that B. “C.”': C is more of A, with A's cue), not with
the report, which stands as a statement of its own. Small articles written for the rule."""

from __future__ import annotations


def test_a_quotation_after_an_aside_report_goes_on_with_the_quotation(quotes_of, quote_with):
    text = (
        '"We will not cut the library budget," Ann Booth said, adding that the council '
        'had no choice. "Every department will get what it asked for."'
    )
    quotes = quotes_of(text)
    first = quote_with(quotes, "We will not cut")
    after = quote_with(quotes, "Every department")
    report = next(q for q in quotes if q.kind == "indirect")
    assert after.speaker == "Ann Booth"
    assert after.cue_start == first.cue_start
    assert report.cue_start != after.cue_start


def test_a_quotation_after_a_lone_report_goes_on_with_the_report(quotes_of, quote_with):
    text = (
        'Ann Booth said the council had no choice. "Every department will get what it asked for."'
    )
    quotes = quotes_of(text)
    after = quote_with(quotes, "Every department")
    report = next(q for q in quotes if q.kind == "indirect")
    assert after.cue_start == report.cue_start


def test_another_speaker_quoted_before_the_report_is_not_gone_on_with(quotes_of, quote_with):
    text = (
        '"The budget is a disgrace," Tom Reyes said. Ann Booth said the council had no '
        'choice. "Every department will get what it asked for."'
    )
    quotes = quotes_of(text)
    after = quote_with(quotes, "Every department")
    assert after.speaker == "Ann Booth"
    report = next(q for q in quotes if q.kind == "indirect")
    assert after.cue_start == report.cue_start
