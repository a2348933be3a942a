"""Quotations and their speakers, from a parsed ``Doc`` and its entity mentions.

Kinds:
- ``direct``: a whole statement in quotation marks ("“We will win,” she said.").
- ``mixed``: quoted fragments inside reported speech (he said the goal was to
  “consolidate cooperation”).
- ``indirect``: reported speech without quotation marks (she told reporters that ...).

The speaker is the subject of the reporting verb (the *cue*) nearest the quote
in the same sentence, or the object of "according to"; pronouns and surnames are
resolved to the full name of an entity in the document. A quote with no cue of
its own continues the quote before it in the same paragraph, or the previous
paragraph's when the paragraph is itself a quotation.

The steps live apart: ``tasks.quote_marks`` finds the quotation marks,
``tasks.quote_cues`` the cues, ``tasks.speakers`` the speakers; this module puts
them together and decides each quote's kind, statement and continuation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from core.records import EntityMention, Quote
from tasks.nlp import doc_text
from tasks.quote_context import QuoteContext
from tasks.quote_cues import (
    REPLY_VERBS,
    SUBJECT_PRONOUNS,
    Cue,
    according_to_statement,
    content_end,
    find_cue,
    lexicon,
    polling_phrase,
    reported_clauses,
    spoken_gerund,
    statement_extent,
)
from tasks.quote_filter import is_quotation
from tasks.quote_marks import QuoteSpan
from tasks.speaker_mentions import people_by_role
from tasks.speakers import Attribution, SpeakerResolver

_MIN_CONTINUATION_WORDS = 3
_MAX_WORDS_CUE_TO_QUOTE = 3
# Verbs of a question put to someone, whom a later reply answers.
_ASKING_VERBS = frozenset({"ask", "question", "quiz"})
# Words outside quotation marks that make a sentence of narration between two quotes.
_MIN_NARRATION_WORDS = 3
# What may close a paragraph after its last statement: a full stop, a closing mark.
_CLOSING = " \n.!?\"”’'"
# Quotation marks around a quote's text.
_MARKS = " \n\"“”‘’'"
# Marks that open a quotation, and how far after a sentence's end one may stand.
_OPENING_MARKS = '"“'
_MAX_GAP_BEFORE_QUOTATION = 3
# Dependents of a reporting verb that are not what it reports.
_NOT_REPORTED = frozenset({"punct", "cc", "conj", "nsubj", "nsubjpass", "dep"})
# How a clause hangs from the cue that reports it: its complement or object, or a
# phrase holding one ("said that …", "refused to …", "accused X of …", "pointed to …").
_REPORTED_DEPS = frozenset({"ccomp", "xcomp", "dobj", "prep", "pcomp", "pobj", "oprd", "acomp"})
# A clause set beside a noun or a sentence, not part of what the words around it say:
# "Pagliano, who invoked his rights, is cooperating" tells of Pagliano's own act.
_BESIDE_DEPS = frozenset({"relcl", "parataxis", "appos"})
# Marks that set a relative clause aside from its noun ("Quarrie, who …").
_ASIDE_OPENERS = frozenset({",", "—", "–", "-", "--", "("})
# Verbs of uttering words, whose named speaker keeps a row of their own inside another
# report ("the Gazette reported that Oduya said …"); chosen by hand from the reporting
# verbs, on PolNeAR's even half, where the others' nested rows were mostly duplicates.
_SAYING_VERBS = frozenset({"say", "tell", "ask"})
# "According to the rules, X said …": a rule book is what a statement goes by, not a
# speaker whose statement holds another's (`_within_sourced_sentence`).
_RULE_NOUNS = frozenset(
    {"code", "rule", "law", "regulation", "guideline", "constitution", "statute", "charter"}
)


def extract_quotes(
    doc: Doc, doc_id: str, entities: Sequence[EntityMention], title: str | None = None
) -> list[Quote]:
    """Direct, mixed and indirect quotes in ``doc``, each with its resolved speaker,
    in text order, with ids ``<doc_id>-q<n>``. Quotes in marks with no speaker of
    their own or of a neighbour (scare quotes, titles) are left out. The document's
    ``title`` may give a speaker's full name ("Céline Dion" for "Dion")."""
    # A name given a person's role is a person's, whatever the model typed it.
    context = QuoteContext.of(doc, people_by_role(doc, entities), title)
    marked = [(span, find_cue(context, span)) for span in context.spans]
    marked = [(span, cue) for span, cue in marked if is_quotation(context, span, cue)]
    reported = reported_clauses(context)
    cues = [cue for _, cue in marked if cue] + [cue for _, cue in reported]
    quoted: dict[int, str] = {}
    for span, cue in marked:
        if cue:
            quoted[cue.start] = f"{quoted.get(cue.start, '')} {context.text[span.start : span.end]}"
    # A statement of a gerund after a preposition ("after criticising the referee,
    # Ames …") is an aside of its sentence: it gets its speaker as any report does, but
    # the other rows get theirs as without it (no antecedent of a later "he", no
    # judge of the next quotation), so adding it changes no one else's speaker.
    # A poll's finding ("Costa leads in the latest poll") is the poll's, as written.
    polls = {cue.start: _poll_attribution(cue) for cue in cues if _polling_cue(cue)}
    asides = {cue.start for cue in cues if cue.verb is not None and spoken_gerund(cue.verb)}
    standing = [cue for cue in cues if cue.start not in asides and cue.start not in polls]
    resolver = SpeakerResolver(context, standing, quoted)
    aside_resolver = (
        SpeakerResolver(context, [cue for cue in cues if cue.start not in polls], quoted)
        if asides
        else resolver
    )
    source = doc_text(doc)
    quotes = []
    for span, cue in marked:
        kind = _kind(context, span, cue)
        attribution = (
            (aside_resolver if cue.start in asides else resolver).attribute(cue) if cue else None
        )
        statement = _statement_of(doc, cue) if kind == "mixed" and cue else None
        quotes.append(_make_quote(doc_id, source, span, kind, attribution, statement))
    indirect, spoken, judged, indirect_cues = [], set(), set(), []
    for content, cue in reported:
        aside = cue.start in asides or cue.start in polls
        attribution = polls.get(cue.start) or (
            (aside_resolver if aside else resolver).attribute(cue)
        )
        # A speaker the text names in words ("I think", "they say") counts, named or not.
        if attribution.speaker is not None or attribution.speaker_start is not None:
            start, end = content.start_char, content.end_char
            span = QuoteSpan(start, end, context.paragraph_of(start))
            statement = statement_extent(content, cue)
            quote = _make_quote(doc_id, source, span, "indirect", attribution, statement)
            indirect.append(quote)
            indirect_cues.append(cue)
            if aside:
                continue
            if cue.verb is None or _spoken(cue.verb):
                spoken.add(quote.start_char)
            elif attribution.speaker_key is not None and (
                _judging(cue.verb) or _person_before_quotation(context, content, attribution)
            ):
                judged.add(quote.start_char)
    # Each report by its cue's verb, for the reports nested in another's clause.
    reports = list(zip(indirect, indirect_cues, strict=True))
    by_verb = {cue.verb.i: q for q, cue in reports if cue.verb is not None}
    # Reports whose source is named without a verb: "according to X", "X: …".
    sourced = [
        q
        for q, cue in reports
        if cue.verb is None
        and cue.subject is not None
        and cue.subject.lemma_.lower() not in _RULE_NOUNS
        and cue.start not in polls
    ]
    indirect = [
        q
        for q, cue in reports
        if not _nested_in_report(q, indirect, source, q.start_char in spoken)
        and not _reported_by_another(q, cue, by_verb)
        and not _within_sourced_sentence(q, cue, sourced)
        and not _restrictive_relative_in_report(q, cue, indirect)
        and not _told_inside_report(q, cue, indirect)
    ]
    for quote, (_, cue) in zip(quotes, marked, strict=True):
        # "X said the bill was “badly drafted”.": a mixed quote of a speech verb, a
        # statement a quotation in the next paragraph may go on with.
        if quote.kind == "mixed" and cue and cue.verb is not None and _spoken(cue.verb):
            spoken.add(quote.start_char)
    replies = {cue.start for cue in cues if cue.verb is not None and _is_reply(cue.verb)}
    # "Jo Bloggs criticised the plans. “…”": a named judge's words, as after speech.
    voiced = spoken | judged
    quotes = _attribute_continuations(context, quotes, indirect, replies, voiced) + indirect
    quotes.sort(key=lambda q: (q.start_char, q.kind))
    return [replace(q, quote_id=f"{doc_id}-q{i}") for i, q in enumerate(quotes)]


def _nested_in_report(quote: Quote, reports: Sequence[Quote], text: str, spoken: bool) -> bool:
    """Whether an indirect ``quote`` stands, subject, cue and then statement, inside
    another reported statement, after that one's cue, and is a part of it rather than
    a statement of its own (PolNeAR's annotators mark only the outer one):

    - its speaker is a subject pronoun: "The senator said he rarely asks colleagues to
      stump for him" reports the senator's statement only;
    - or its cue is no verb of speech (``spoken`` is False) and its subject names no
      one (no entity behind it): "Quarrie said the early estimates showed a rise"
      reports Quarrie's words, not the estimates'. A named subject keeps its stance
      ("Quarrie said Ilse Varga wanted to sell"), and so does any verb of speech.
    """
    start, end = quote.speaker_start, quote.speaker_end
    if start is None or end is None:
        return False
    pronoun = text[start:end].lower() in SUBJECT_PRONOUNS
    if not pronoun and (spoken or quote.speaker_key is not None):
        return False
    # "Polls suggested that …, he said": words before their cue are the pronoun's
    # own statement, which the clause around them only holds by the parse.
    if quote.cue_end is None or quote.statement_start < quote.cue_end:
        return False
    return any(
        outer.cue_start != quote.cue_start
        and outer.cue_end is not None
        and outer.cue_end <= start
        and outer.statement_start <= start
        and quote.statement_end <= outer.statement_end
        for outer in reports
    )


def _reported_by_another(quote: Quote, cue: Cue, by_verb: dict[int, Quote]) -> bool:
    """Whether the indirect ``quote``, of ``cue``, is part of what another report
    (``by_verb``: the reports by their cue's verb) says: its cue hangs, in the parse,
    inside the clause or object the other cue reports, and its statement lies within
    the other's. One statement then has one speaker, as a reader (and PolNeAR's
    annotators) take it:

    - a report inside a report: "The Post reported that Klein said he was writing a
      book" is the Post's statement; "Lamb said the board rejected his plan" is Lamb's;
    - a verb chain with one subject: "The campaign declined to comment on the plan",
      "Lamb refused to say that he backed it" are one refusal each.

    Not a clause beside the other report: joined to its cue by "and"/"but" ("confirmed
    the meeting but declined to give details"), a clause before it ("When asked about
    it, Lamb said …"), or a relative clause ("Pagliano, who invoked his rights, …").
    Nor words a named speaker says, asks or tells with a subject of their own ("Araki
    said he would stay, the sources said"): the sources pass on Araki's statement,
    whose speaker a reader asks for. Any other act the reporter tells of ("a spokesman
    said Araki promised to stay", "Araki warned the board, a clerk said") is the
    reporter's statement, as PolNeAR annotates it.
    """
    verb = cue.verb
    if verb is None:
        return False
    if _named_saying(quote, verb):
        return False
    # Walking up from the verb never meets the verb again: the report met is another's.
    token = verb
    while token.head.i != token.i:
        dep, token = token.dep_, token.head
        if dep in _BESIDE_DEPS:
            return False
        outer = by_verb.get(token.i)
        if outer is not None:
            return (
                dep in _REPORTED_DEPS
                and outer.statement_start <= quote.statement_start
                and quote.statement_end <= outer.statement_end
                and not _full_stop_between(token, verb)
            )
    return False


def _within_sourced_sentence(quote: Quote, cue: Cue, sourced: Sequence[Quote]) -> bool:
    """Whether the indirect ``quote``, of a verb ``cue``, stands with its cue inside the
    statement of a report of another speaker whose cue is no verb (``sourced``: the
    reports of "according to X" and of a label "X:"): "According to the Gazette, the
    council has promised to reopen the pier" and "Varga declined to comment, according
    to two clerks" each tell one statement, the source's, which holds the verb's words;
    PolNeAR's annotators mark only that one. False for a cue that is no verb."""
    if cue.verb is None or quote.cue_start is None:
        return False
    return any(_holds_report(outer, quote) and not _same_speaker(quote, outer) for outer in sourced)


def _restrictive_relative_in_report(quote: Quote, cue: Cue, reports: Sequence[Quote]) -> bool:
    """Whether the indirect ``quote`` is told by the verb of a restrictive relative
    clause (no comma, dash or bracket before it) that stands, cue and words, inside
    another of the ``reports``' statements: "Varga said the board ignored residents
    who say the pier is unsafe" is Varga's statement; the clause picks out the
    residents she speaks of, no statement of their own (PolNeAR's annotators mark the
    outer one). A clause set aside ("Quarrie, who has demanded a vote, …") keeps its
    row, and so does a restrictive clause no other report holds ("voters who say …")
    and one whose subject is a document, which speaks for its author ("commenting on
    a statement which said …")."""
    verb = cue.verb
    if verb is None or verb.dep_ != "relcl" or quote.cue_start is None:
        return False
    if verb.head.lemma_.lower() in lexicon().document_nouns and any(
        c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in verb.children
    ):
        return False
    opener = verb.left_edge
    if opener.i > 0 and verb.doc[opener.i - 1].text in _ASIDE_OPENERS:
        return False
    return any(
        outer.cue_start != quote.cue_start and _holds_report(outer, quote) for outer in reports
    )


# Deps of a cue verb whose clause stands beside the words around it, an act of its own
# even inside another's report: a relative clause on a person ("Pagliano, who invoked
# his rights, …") and a verb joined to another ("said A, and questioned why B").
_OWN_ACT_DEPS = frozenset({"relcl", "conj"})


def _named_saying(quote: Quote, verb: Token) -> bool:
    """Whether ``quote`` is words a named speaker says, asks or tells (``verb``) with a
    subject of its own: a statement whose speaker a reader asks for, even inside
    another's report ("Araki said he would stay, the sources said")."""
    return (
        quote.speaker_key is not None
        and verb.lemma_.lower() in _SAYING_VERBS
        and any(child.dep_ == "nsubj" for child in verb.children)
    )


def _told_inside_report(quote: Quote, cue: Cue, reports: Sequence[Quote]) -> bool:
    """Whether the indirect ``quote``, of a verb ``cue``, stands with its cue inside
    the statement of another of the ``reports``, the filters above having kept it: "Lamb
    said Ilse Varga warned the board she would sell", "the sources said Trump's tweet
    saying X meant Y" tell one statement, the outer one, whose words hold the inner
    report (PolNeAR's annotators mark the outer one: on PolNeAR train, 4 of the 43
    such inner rows were a gold statement).
    Not words a named speaker says (:func:`_named_saying`), nor a relative clause nor a
    verb joined to another (``_OWN_ACT_DEPS``: 13 of 32 were gold statements), nor a
    cue that is no verb ("according to")."""
    verb = cue.verb
    if (
        verb is None
        or verb.dep_ in _OWN_ACT_DEPS
        or quote.cue_start is None
        or _named_saying(quote, verb)
    ):
        return False
    # After the outer cue: words before their cue ("Lee praised the staff as she spoke")
    # are that verb's own statement, which a clause after them only holds by the parse.
    return any(
        outer.cue_start is not None
        and outer.cue_start < quote.cue_start
        and _holds_report(outer, quote)
        for outer in reports
    )


def _holds_report(outer: Quote, quote: Quote) -> bool:
    """Whether ``outer``'s statement holds both the cue and the words of ``quote``
    (whose ``cue_start`` is set)."""
    return (
        outer.statement_start <= min(quote.cue_start, quote.statement_start)
        and quote.statement_end <= outer.statement_end
    )


def _same_speaker(first: Quote, second: Quote) -> bool:
    """Whether two quotes name the same speaker (the same entity, or the same words)."""
    if first.speaker_key is not None or second.speaker_key is not None:
        return first.speaker_key == second.speaker_key
    return first.speaker is not None and first.speaker == second.speaker


def _full_stop_between(first: Token, second: Token) -> bool:
    """Whether a full stop of its own (not an abbreviation's, which the tokenizer keeps
    on its word: "Mr.", "U.S.") stands between two tokens: the parse joined two
    sentences ("… with Zhou Nan. Valerio said …"), which are two statements."""
    low, high = sorted((first.i, second.i))
    return any(t.text in (".", "!", "?") for t in first.doc[low:high])


def _make_quote(
    doc_id: str,
    text: str,
    span: QuoteSpan,
    kind: str,
    attribution: Attribution | None,
    statement: tuple[int, int] | None = None,
) -> Quote:
    a = attribution or Attribution()
    statement_start, statement_end = statement or (span.start, span.end)
    return Quote(
        doc_id=doc_id,
        quote_id="",
        start_char=span.start,
        end_char=span.end,
        text=text[span.start : span.end],
        kind=kind,
        **_attribution_fields(a),
        paragraph_index=span.paragraph,
        statement_start=min(statement_start, span.start),
        statement_end=max(statement_end, span.end),
    )


def _opens_sentence(context: QuoteContext, span: QuoteSpan) -> bool:
    """Whether the quotation starts its paragraph or follows the end of a sentence."""
    before = context.text[context.paragraphs[span.paragraph][0] : span.start].rstrip()
    return not before or before[-1] in '.!?:”"’' or before.endswith(("—", "–"))


def _kind(context: QuoteContext, span: QuoteSpan, cue: Cue | None) -> str:
    """``direct`` when the quote stands as its own statement, else ``mixed``."""
    text = context.text
    before = text[context.paragraphs[span.paragraph][0] : span.start].rstrip()
    if _opens_sentence(context, span) or cue is None or cue.on_right:
        return "direct"
    # “A,” he said, “B.”: only the cue (and perhaps a time) separates it from the quote.
    if before[-1] == "," and cue.verb is not None and cue.end <= span.start:
        between = text[cue.end : span.start].strip(" ,").split()
        if len(between) <= _MAX_WORDS_CUE_TO_QUOTE and "that" not in between:
            return "direct"
    return "mixed"


def _polling_cue(cue: Cue) -> bool:
    """Whether ``cue`` is the "in" of "in a poll" (``polling_phrase``)."""
    return (
        cue.verb is None
        and cue.subject is not None
        and polling_phrase(cue.subject.head) == cue.subject
    )


def _poll_attribution(cue: Cue) -> Attribution:
    """The poll of a polling cue as its source, in its own words ("a CNN poll"): no
    one's name to resolve, and no antecedent of anyone's pronoun."""
    poll = cue.subject
    words = poll.doc[poll.left_edge.i : poll.i + 1]
    return Attribution(
        speaker=words.text,
        speaker_start=words.start_char,
        speaker_end=words.end_char,
        cue=cue.text,
        cue_start=cue.start,
        cue_end=cue.end,
        speaker_is_person=False,
    )


def _statement_of(doc: Doc, cue: Cue) -> tuple[int, int] | None:
    """The reported clause a mixed quote sits in: what follows its cue in the cue's phrase."""
    if cue.verb is None:
        # Only "according to" gets here: a colon cue stands before a quote that opens
        # its sentence, which makes the quote direct.
        statement = according_to_statement(cue)
        return (statement.start_char, statement.end_char) if statement is not None else None
    verb = cue.verb
    parts = [c for c in verb.children if c.i > verb.i and c.dep_ not in _NOT_REPORTED]
    if not parts:
        return None
    start = parts[0].left_edge.i
    end = max(part.right_edge.i for part in parts) + 1
    end = content_end(doc, start, end)
    return doc[start:end].start_char, doc[start:end].end_char


def _spoken(verb: Token) -> bool:
    """Whether ``verb`` reports speech ("said", "told", "pointing out" with its
    particle), not a thought or a finding."""
    words = lexicon()
    lemma = verb.lemma_.lower()
    if lemma in words.reporting_verbs:
        return True
    particles = (c.lower_ for c in verb.children if c.dep_ == "prt")
    return any(f"{lemma} {particle}" in words.speaking_particle_verbs for particle in particles)


def _judging(verb: Token) -> bool:
    """Whether ``verb`` judges out loud ("criticised", "praised"): the quotation that
    opens the next sentence may be the judgement's words."""
    return verb.lemma_.lower() in lexicon().judging_verbs


def _person_before_quotation(
    context: QuoteContext, content: Span, attribution: Attribution
) -> bool:
    """Whether ``content`` (a reported statement) is a named person's and ends its
    sentence right before a quotation that opens the next one in the same paragraph:
    "Tory leader Ann Lee repeated her calls for an inquiry. “…”" hands the turn to Lee,
    whatever the verb, as a verb of speech would (news brings in each new speaker so),
    not back to the one quoted before her."""
    if not (attribution.speaker_key or "").startswith("PERSON:"):
        return False
    end = content.sent.end_char
    after = context.text[end : end + _MAX_GAP_BEFORE_QUOTATION]
    opening = after.lstrip(" ")
    return bool(opening) and opening[0] in _OPENING_MARKS


def _is_reply(verb: Token) -> bool:
    return verb.lemma_.lower() in REPLY_VERBS


def _attribute_continuations(
    context: QuoteContext,
    quotes: list[Quote],
    reported: Sequence[Quote],
    replies: set[int] = frozenset(),
    spoken: set[int] = frozenset(),
) -> list[Quote]:
    """Give unattributed quotes their neighbour's speaker; drop those that have none.

    A neighbour is an attributed quote, or a reported statement ("He insisted that
    …") ending earlier in the same paragraph. A quote that the next cue of its
    paragraph replies to ("“Sure.” She replies, “…”", ``replies`` holding the starts
    of reply cues) was said by someone else: it has no neighbour."""
    result: list[Quote] = []
    sources: dict[int, Quote] = {}
    for index, quote in enumerate(quotes):
        if quote.speaker is not None or quote.speaker_start is not None:
            result.append(quote)
            continue
        if _answered(context, quote, quotes, replies):
            continue
        closer = _closing_part(context, quotes, index)
        if closer is not None:
            result.append(_with_attribution_of(quote, closer))
            continue
        # A quotation standing as a sentence continues speech: "Mr Hopkins said ….
        # Many companies offer services. “That is …”" goes on with what Hopkins said (a
        # reported statement of a speech verb, whose starts ``spoken`` holds), not with
        # what the companies "offer", unless nothing was said. One inside a sentence
        # ("A friend referred to him as “…”") belongs to that sentence's statement.
        span = QuoteSpan(quote.start_char, quote.end_char, quote.paragraph_index)
        answered = _answer_to_question(context, quote, result)
        if answered is not None:
            result.append(_with_attribution_of(quote, answered))
            continue
        said = [r for r in reported if r.start_char in spoken]
        closing = said + [q for q in quotes if q.kind == "mixed" and q.start_char in spoken]
        source = (
            _reopened_quote(context, quotes, index, result)
            or (
                _continued_quote(context, quotes, said, index, result, closing)
                if _opens_sentence(context, span)
                else None
            )
            or _continued_quote(context, quotes, reported, index, result, closing)
        )
        if source is None or (
            len(quote.text.split()) < _MIN_CONTINUATION_WORDS and source.kind != "direct"
        ):
            continue
        source = _quoted_before(result, quote, source) or source
        result.append(
            replace(
                quote,
                kind="direct",
                speaker=source.speaker,
                speaker_key=source.speaker_key,
                speaker_title=source.speaker_title,
            )
        )
        sources[id(result[-1])] = source
    return _with_source_cues(result, sources)


def _answer_to_question(
    context: QuoteContext, quote: Quote, attributed: Sequence[Quote]
) -> Quote | None:
    """ "So is the party's job to destroy the Tories, as Ann Lee once declared? “No.
    …”": a quotation right after a question the narration asks (its own words, no
    quotation mark closing it) answers it, in the words of the one the story has
    been quoting: the last direct quotation with a speaker among ``attributed``, in
    the quotation's paragraph or the one before, not the one the question tells of.
    None when the words before are no such question or no one was quoted."""
    start, _ = context.paragraphs[quote.paragraph_index]
    before = context.text[start : quote.start_char].rstrip()
    # “Who will pay? “Who will build …?”: a question inside a quotation left open is
    # the speaker's own, who goes on.
    if not before.endswith("?") or context.quoted(start + len(before) - 1):
        return None
    quoted = [
        q
        for q in attributed
        if q.kind == "direct"
        and q.speaker is not None
        and q.end_char <= quote.start_char
        and quote.paragraph_index - q.paragraph_index <= 1
    ]
    return max(quoted, key=lambda q: q.start_char) if quoted else None


def _quoted_before(attributed: Sequence[Quote], quote: Quote, report: Quote) -> Quote | None:
    """'“A,” X said, adding that B. “C.”': when the statement a quotation goes on with is
    a reported one (``report``, no quotation marks) and the last quotation before it
    (among ``attributed``, in its paragraph or the one before) is the same speaker's,
    that quotation: C goes on with X's quoted words, the report B stands between as an
    aside (PolNeAR joins A and C). None otherwise."""
    if report.kind != "indirect":
        return None
    marked = [q for q in attributed if q.kind != "indirect" and q.end_char <= quote.start_char]
    if not marked:
        return None
    last = max(marked, key=lambda q: q.start_char)
    if quote.paragraph_index - last.paragraph_index > 1:
        return None
    if last.speaker_key is not None or report.speaker_key is not None:
        return last if last.speaker_key == report.speaker_key else None
    return last if last.speaker is not None and last.speaker == report.speaker else None


def _with_source_cues(quotes: list[Quote], sources: dict[int, Quote]) -> list[Quote]:
    """``quotes`` with each continuation (its id a key of ``sources``) given the cue
    and speaker mention of the quote or statement it continues, through a chain of
    continuations: its words are part of that statement, told by that cue. The loop
    above looks at continuations with no cue while it runs (a run of quote-only
    paragraphs), so the cues are set once it is done."""
    final: dict[int, Quote] = {}
    out = []
    for original in quotes:
        quote = original
        source = sources.get(id(original))
        if source is not None:
            source = final.get(id(source), source)
            if source.cue_start is not None:
                quote = _with_attribution_of(original, source)
        final[id(original)] = quote
        out.append(quote)
    return out


def _closing_part(context: QuoteContext, quotes: Sequence[Quote], index: int) -> Quote | None:
    """'“A,” X said. “B. / “C,” she said.': the quote after ``quotes[index]`` when
    ``quotes[index]`` is left open at its paragraph's end and that quote, with a cue and
    a speaker, reopens it with the same mark at the next paragraph's start: the
    convention of one quotation going on across a paragraph break, whose cue, at its
    end, is the whole quotation's. None otherwise (a mark reopened inside a paragraph,
    another mark, words between, a next quote with no cue of its own)."""
    quote = quotes[index]
    span = context.span_starting_at(quote.start_char)
    if span is None or not span.runs_on or index + 1 >= len(quotes):
        return None
    following = quotes[index + 1]
    if (
        following.kind != "direct"
        or following.cue_start is None
        or following.speaker is None
        or following.paragraph_index != quote.paragraph_index + 1
        or following.start_char != context.paragraphs[following.paragraph_index][0]
        or context.text[following.start_char] != context.text[quote.start_char]
        # “Do you want that?“ he asked.: a double mark inside is a closing one mistyped,
        # and the words after it are narration, not more of the quotation.
        or any(mark in span.inner(context.text) for mark in '"“”')
    ):
        return None
    return following


def _with_attribution_of(quote: Quote, source: Quote) -> Quote:
    """``quote`` as a direct part of ``source``'s quotation: its speaker and its cue."""
    return replace(quote, kind="direct", **_attribution_fields(source))


_ATTRIBUTION_FIELDS = (
    "speaker",
    "speaker_key",
    "speaker_start",
    "speaker_end",
    "speaker_title",
    "cue",
    "cue_start",
    "cue_end",
)


def _attribution_fields(source: Attribution | Quote) -> dict:
    """The speaker and cue fields of an attribution, or of a quote carrying one."""
    return {field: getattr(source, field) for field in _ATTRIBUTION_FIELDS}


def _answered(
    context: QuoteContext, quote: Quote, quotes: Sequence[Quote], replies: set[int]
) -> bool:
    """Whether the next cue after ``quote`` in its paragraph is a reply to it: a reply
    cue with no question told between ``quote`` and the reply's sentence. "“A. / “B.”
    The tape has him asking Y if …. Y replies: “C.”" replies to the question the
    narration tells of, not to B, which goes on with A's speaker."""
    later = [
        q.cue_start
        for q in quotes
        if q.paragraph_index == quote.paragraph_index
        and q.cue_start is not None
        and q.cue_start >= quote.end_char
    ]
    next_cue = min(later, default=None)
    if next_cue not in replies:
        return False
    doc = context.doc
    reply = doc.char_span(next_cue, next_cue + 1, alignment_mode="expand")
    sentence = reply.sent.start_char if reply is not None else next_cue
    if sentence <= quote.end_char:
        return True
    between = doc.char_span(quote.end_char, sentence, alignment_mode="expand")
    return between is None or not any(
        token.lemma_.lower() in _ASKING_VERBS and not context.quoted(token.idx) for token in between
    )


def _reopened_quote(
    context: QuoteContext, quotes: list[Quote], index: int, attributed: Sequence[Quote]
) -> Quote | None:
    """The quote whose unclosed quotation ``quotes[index]`` reopens: 'X said: “A. / “B. /
    “C.” Y said: “D.”' — a mark left open at a paragraph's (or a sentence's) end and
    reopened at once is one speaker's words going on, whoever speaks later in the
    paragraph. None when the quote before it runs on into no mark just here, or has
    no speaker (as ``attributed`` so far holds it, so that a chain keeps it)."""
    if index == 0:
        return None
    previous = quotes[index - 1]
    if attributed and attributed[-1].start_char == previous.start_char:
        previous = attributed[-1]
    span = context.span_starting_at(previous.start_char)
    if span is None or not span.runs_on or previous.speaker is None:
        return None
    if context.text[span.end : quotes[index].start_char].strip():
        return None
    return previous


def _continued_quote(
    context: QuoteContext,
    quotes: list[Quote],
    reported: Sequence[Quote],
    index: int,
    attributed: Sequence[Quote] = (),
    closing: Sequence[Quote] = (),
) -> Quote | None:
    """The quote that ``quotes[index]`` continues: the last quote with a cue, or
    reported statement, before it in its paragraph; else the next quote with a cue
    there, if direct and not past narration from a quote that goes on with the
    previous paragraph's speaker (``_carried_quote``, or a statement of speech in
    ``closing`` that ends that paragraph); else that one."""
    quote = quotes[index]
    same_paragraph = [q for q in quotes if q.paragraph_index == quote.paragraph_index and q.cue]
    earlier = [q for q in same_paragraph if q.start_char < quote.start_char]
    earlier += [
        r
        for r in reported
        if r.paragraph_index == quote.paragraph_index
        and r.statement_end <= quote.start_char
        and not _told_aside(context, r, earlier)
    ]
    if earlier:
        return max(earlier, key=lambda q: q.start_char)
    later = [q for q in same_paragraph if q.start_char > quote.start_char]
    previous = _carried_quote(context, quotes, index, attributed) or _closing_statement(
        context, quotes, index, closing
    )
    # "“A.” Narration. “B,” said Y." after a paragraph that closed on X's words: A goes
    # on with X; the words between introduce Y (or the cue of B stands before it, "Y
    # said: “B.”"), so B's cue does not reach back over them.
    if (
        later
        and later[0].kind == "direct"
        and (previous is None or not _narration_between(context, quote, later[0]))
    ):
        return later[0]
    return previous


# Dependencies that put a clause aside from its sentence's main act of speech.
_ASIDE_DEPS = frozenset({"relcl", "acl"})
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})


def _told_aside(context: QuoteContext, report: Quote, quoted: Sequence[Quote]) -> bool:
    """Whether ``report`` (a reported statement before a continuation) is a report told
    aside by someone else, after a quotation of ``quoted`` (quotes with a cue, earlier in
    the paragraph) with another speaker: its verb in a relative clause or a clause on a
    noun ("using a term X has used to describe Y", "a show during which callers asked
    how …"). The narration then tells what the other said, and the next quotation goes
    on with the quoted speaker, not with that aside."""
    if report.kind != "indirect" or report.cue_start is None or report.cue_end is None:
        return False
    # "said X, who said …": a relative pronoun as the report's subject is the quoted
    # speaker's own clause, whatever name it was resolved to.
    if report.speaker_start is not None and report.speaker_end is not None:
        subject = context.text[report.speaker_start : report.speaker_end]
        if subject.casefold() in _RELATIVE_PRONOUNS:
            return False
    span = context.doc.char_span(report.cue_start, report.cue_end, alignment_mode="expand")
    if span is None or not any(t.dep_ in _ASIDE_DEPS for t in (span.root, *span.root.ancestors)):
        return False
    return any(
        q.kind != "indirect"
        and q.end_char <= report.start_char
        and q.speaker is not None
        and q.speaker != report.speaker
        for q in quoted
    )


def _carried_quote(
    context: QuoteContext, quotes: list[Quote], index: int, attributed: Sequence[Quote]
) -> Quote | None:
    """When ``quotes[index]`` opens its paragraph, the quote just before it in the
    previous paragraph, if that has a speaker and is direct or runs on (as
    ``attributed`` so far holds it, so that a run of quote-only paragraphs keeps its
    speaker); when it stands right after such an opener that went on with that
    speaker ("“A.” “B.” Narration."), the opener; else None."""
    quote = quotes[index]
    if index == 0:
        return None
    previous = quotes[index - 1]
    if attributed and attributed[-1].start_char == previous.start_char:
        previous = attributed[-1]
    start, _ = context.paragraphs[quote.paragraph_index]
    if quote.start_char != start:
        same = previous.paragraph_index == quote.paragraph_index
        run_on = same and previous.cue is None and previous.speaker is not None
        if run_on and not context.text[previous.end_char : quote.start_char].strip():
            return previous
        return None
    previous_span = context.span_starting_at(previous.start_char)
    adjacent = previous.paragraph_index == quote.paragraph_index - 1
    if (
        adjacent
        and previous.speaker
        and (previous.kind == "direct" or (previous_span and previous_span.runs_on))
    ):
        return previous
    return None


def _closing_statement(
    context: QuoteContext, quotes: Sequence[Quote], index: int, statements: Sequence[Quote]
) -> Quote | None:
    """When ``quotes[index]`` opens its paragraph, the statement of speech among ``statements``
    (reported, "X said the plan was flawed", or with quoted words, "X said it was
    “flawed”") with a speaker that ends the paragraph before: news goes on with the
    words of the one it has just reported ("X said the plan was flawed. / “It will
    never work.”"). None when anything but closing punctuation follows it there, or
    when ``quotes[index]`` runs on into a quotation with a cue ("“A. / “B,” said Y."
    is Y's)."""
    quote = quotes[index]
    start, _ = context.paragraphs[quote.paragraph_index]
    if (
        quote.start_char != start
        or quote.paragraph_index == 0
        or not _ends_sentence(context, quote)
    ):
        return None
    span = context.span_starting_at(quote.start_char)
    if span is not None and span.runs_on and index + 1 < len(quotes) and quotes[index + 1].cue:
        return None
    _, end = context.paragraphs[quote.paragraph_index - 1]
    # Only a named speaker: "Officials said …" or "The group's secretary told …" is
    # seldom whose words follow, and the paragraph's own cue knows better.
    closing = [
        s
        for s in statements
        if s.paragraph_index == quote.paragraph_index - 1
        and s.speaker_key is not None
        and not context.text[max(s.end_char, s.statement_end) : end].strip(_CLOSING)
    ]
    # "X said Y had told him the plan was doomed.": the outer report's speaker.
    return min(closing, key=lambda s: s.statement_start) if closing else None


def _ends_sentence(context: QuoteContext, quote: Quote) -> bool:
    """Whether ``quote`` ends its sentence: a sentence's last mark inside it, or no
    word of the sentence after it ("“…,” remarked one trader" goes on with its cue)."""
    if quote.text.rstrip(_MARKS).endswith((".", "!", "?", "…")):
        return True
    after = context.text[quote.end_char :].lstrip()
    return not after or after[0] in '\n“"‘' or after[0].isupper()


def _narration_between(context: QuoteContext, quote: Quote, later: Quote) -> bool:
    """Whether words outside quotation marks (at least ``_MIN_NARRATION_WORDS``)
    stand between ``quote`` and ``later``."""
    text = context.text
    position, words = quote.end_char, 0
    for span in context.spans:
        if span.end <= quote.end_char or span.start >= later.start_char:
            continue
        words += len(text[position : span.start].split())
        position = max(position, span.end)
    words += len(text[position : later.start_char].split())
    return words >= _MIN_NARRATION_WORDS
