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
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from importlib import resources

from spacy.tokens import Doc, Span, Token

from core.records import EntityMention, Quote
from tasks.entities import clean_name

_LEXICON = tomllib.loads(
    (resources.files("tasks") / "data" / "quote_lexicon.toml").read_text(encoding="utf-8")
)
REPORTING_VERBS = frozenset(_LEXICON["reporting_verbs"])
SPEAKER_NOUNS = frozenset(_LEXICON["speaker_nouns"])
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
ORG_PRONOUNS = frozenset({"it"})
OTHER_SPEAKER_PRONOUNS = frozenset({"they", "we", "i", "you"})
SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Opening mark -> marks that may close it; writers (and converters) mix curly and straight.
OPENING_MARKS = {"“": '”"', '"': '"”', "„": '“”"', "«": "»", "‘": "’"}
_SENTENCE_END = re.compile(r"[.!?](?=[\s”\"’]*(?:\s|$))")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Adm|St|Jr|Sr|No|Inc|Corp|Co|Ltd|vs|"
    r"Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)|\b[A-Z]|[A-Z]\.[A-Z])$"
)
_PARAGRAPH_BREAK = re.compile(r"\n\s*")
_MIN_CONTINUATION_WORDS = 3
_MAX_WORDS_CUE_TO_QUOTE = 3
_MAX_CLIMB = 3
_NAME_WINDOW = 6
_NUMERIC_ENTITIES = frozenset({"PERCENT", "CARDINAL", "MONEY", "QUANTITY", "DATE", "TIME"})
_NOT_REPORTED = frozenset({"punct", "cc", "conj", "nsubj", "nsubjpass", "dep"})


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Characters from an opening mark to its closing mark (both included)."""

    start: int
    end: int
    paragraph: int
    runs_on: bool = False  # unclosed at the paragraph's end; the next paragraph reopens it

    def inner(self, text: str) -> str:
        return (
            text[self.start + 1 : self.end - 1]
            if not self.runs_on
            else text[self.start + 1 : self.end]
        )


@dataclass(frozen=True, slots=True)
class Attribution:
    speaker: str | None
    speaker_key: str | None
    speaker_start: int | None
    speaker_end: int | None
    speaker_title: str | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    speaker_is_person: bool = True


@dataclass(frozen=True, slots=True)
class _Cue:
    start: int
    end: int
    text: str
    verb: Token | None  # None for "according to"
    subject: Token | None
    on_right: bool


# --------------------------------------------------------------------------- #
# Finding quotation marks


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each non-empty paragraph (a line break separates them)."""
    bounds, start = [], 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        if text[start : match.start()].strip():
            bounds.append((start, match.start()))
        start = match.end()
    if text[start:].strip():
        bounds.append((start, len(text.rstrip())))
    return bounds


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every balanced quotation in ``text``, outermost only.

    Double marks (curly, straight, guillemets) and curly single marks are
    recognised. A quotation left open at a paragraph's end runs on when the
    next paragraph opens with a mark; other unbalanced marks are skipped.
    """
    spans: list[QuoteSpan] = []
    paragraphs = paragraph_bounds(text)
    for index, (start, end) in enumerate(paragraphs):
        next_opens = index + 1 < len(paragraphs) and text[paragraphs[index + 1][0]] in OPENING_MARKS
        spans.extend(_quotes_in_paragraph(text, start, end, index, next_opens))
    return spans


def _quotes_in_paragraph(
    text: str, start: int, end: int, paragraph: int, next_opens: bool
) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    position = start
    while position < end:
        opening = _next_opening(text, position, end)
        if opening is None:
            break
        closing = _closing_for(text, opening, end)
        reopening = _reopening_before(text, opening, closing + 1 if closing is not None else end)
        if reopening is not None:
            # “A. “B.”: a new sentence reopens the mark; the first part ends unclosed.
            spans.append(
                QuoteSpan(opening, len(text[:reopening].rstrip()), paragraph, runs_on=True)
            )
            position = reopening
        elif closing is not None:
            spans.append(QuoteSpan(opening, closing + 1, paragraph))
            position = closing + 1
        elif next_opens and end - opening > 1:
            spans.append(QuoteSpan(opening, end, paragraph, runs_on=True))
            break
        else:
            position = opening + 1
    return spans


def _next_opening(text: str, position: int, end: int) -> int | None:
    for index in range(position, end):
        mark = text[index]
        if mark not in OPENING_MARKS:
            continue
        if mark == "‘" and index > 0 and text[index - 1].isalnum():
            continue
        if mark == '"' and index + 1 < end and text[index + 1].isspace():
            continue
        return index
    return None


def _closing_for(text: str, opening: int, end: int) -> int | None:
    mark = text[opening]
    closers = OPENING_MARKS[mark]
    index = opening + 1
    while index < end:
        char = text[index]
        if char in closers and not (char == "’" and _is_apostrophe(text, index, end)):
            return index
        if mark != '"' and char in "“«" and mark in "“«„":
            nested = _closing_for(text, index, end)
            if nested is None:
                return None
            index = nested
        index += 1
    return None


def _reopening_before(text: str, opening: int, limit: int) -> int | None:
    """A double mark reopening a quotation after a sentence inside it, as writers do
    across (lost) paragraph breaks: "… so stupid. "You know, …"."""
    if text[opening] not in '“"':
        return None
    for index in range(opening + 2, limit):
        if text[index] not in '“"' or not text[index - 1].isspace():
            continue
        before = text[opening + 1 : index].rstrip()
        if before and before[-1] in ".?!" and index + 1 < len(text) and text[index + 1].isalpha():
            return index
    return None


def _is_apostrophe(text: str, index: int, end: int) -> bool:
    return index + 1 < end and text[index + 1].isalpha() and text[index - 1].isalpha()


# --------------------------------------------------------------------------- #
# Extraction


def extract_quotes(doc: Doc, doc_id: str, entities: Sequence[EntityMention]) -> list[Quote]:
    """Direct, mixed and indirect quotes in ``doc``, each with its resolved speaker."""
    text = doc.text
    spans = find_quote_spans(text)
    paragraphs = paragraph_bounds(text)
    marked = [(span, _find_cue(doc, span, spans, paragraphs[span.paragraph])) for span in spans]
    reported = _reported_clauses(doc, spans)
    cues = [cue for _, cue in marked if cue] + [cue for _, cue in reported]
    resolver = _SpeakerResolver(doc, entities, cues)
    quotes = []
    for span, cue in marked:
        kind = _kind(text, span, cue, paragraphs[span.paragraph])
        attribution = resolver.attribute(cue) if cue else None
        statement = _statement_of(doc, span, cue) if kind == "mixed" and cue else None
        quotes.append(_make_quote(doc_id, text, span, kind, attribution, statement))
    indirect = []
    paragraph_starts = [start for start, _ in paragraphs]
    for content, cue in reported:
        attribution = resolver.attribute(cue)
        if attribution.speaker is not None:
            span = QuoteSpan(
                content.start_char,
                content.end_char,
                _paragraph_of(paragraph_starts, content.start_char),
            )
            statement = (content.start_char, content.end_char)
            indirect.append(_make_quote(doc_id, text, span, "indirect", attribution, statement))
    quotes = _attribute_continuations(quotes, indirect, spans, paragraphs) + indirect
    quotes.sort(key=lambda q: (q.start_char, q.kind))
    return [replace(q, quote_id=f"{doc_id}-q{i}") for i, q in enumerate(quotes)]


def _make_quote(
    doc_id: str,
    text: str,
    span: QuoteSpan,
    kind: str,
    attribution: Attribution | None,
    statement: tuple[int, int] | None = None,
) -> Quote:
    a = attribution or Attribution(None, None, None, None, None, None, None, None)
    statement_start, statement_end = statement or (span.start, span.end)
    return Quote(
        doc_id=doc_id,
        quote_id="",
        start_char=span.start,
        end_char=span.end,
        text=text[span.start : span.end],
        kind=kind,
        speaker=a.speaker,
        speaker_key=a.speaker_key,
        speaker_start=a.speaker_start,
        speaker_end=a.speaker_end,
        speaker_title=a.speaker_title,
        cue=a.cue,
        cue_start=a.cue_start,
        cue_end=a.cue_end,
        paragraph_index=span.paragraph,
        statement_start=min(statement_start, span.start),
        statement_end=max(statement_end, span.end),
    )


def _find_cue(
    doc: Doc, span: QuoteSpan, spans: Sequence[QuoteSpan], paragraph: tuple[int, int]
) -> _Cue | None:
    """The reporting verb nearest ``span`` in its sentence, outside any quotation."""
    text = doc.text
    left_start = _sentence_start_before(text, span.start, spans, paragraph[0])
    right_end = _sentence_end_after(text, span, spans, paragraph[1])
    candidates = [
        *_cues_between(doc, left_start, span.start, spans, on_right=False),
        *_cues_between(doc, span.end, right_end, spans, on_right=True),
    ]
    if not candidates:
        return _governing_cue(doc, span, spans, (left_start, right_end)) or _colon_cue(
            doc, span, left_start
        )
    return min(candidates, key=lambda c: (_speaker_rank(c), _distance(c, span)))


def _governing_cue(
    doc: Doc, span: QuoteSpan, spans: Sequence[QuoteSpan], sentence: tuple[int, int]
) -> _Cue | None:
    """For quotes without a reporting verb ("she called for more “flexibility”"): the
    nearest verb above the quote in the parse, in the same sentence, whose subject is a
    named speaker."""
    inner = doc.char_span(span.start, span.end, alignment_mode="contract")
    if inner is None:
        return None
    for token in inner:
        if span.start <= token.head.idx < span.end:
            continue
        current = token.head
        for _ in range(_MAX_CLIMB):
            in_sentence = sentence[0] <= current.idx < sentence[1]
            if current.pos_ == "VERB" and in_sentence and not _inside_any(current.idx, spans):
                subject = _subject_of(current)
                if subject is not None and _plausible_speaker(subject, spans, strict=True):
                    on_right = current.idx >= span.end
                    return _Cue(
                        current.idx,
                        current.idx + len(current),
                        current.text,
                        current,
                        subject,
                        on_right,
                    )
            if current.head is current:
                break
            current = current.head
    return None


def _colon_cue(doc: Doc, span: QuoteSpan, sentence_start: int) -> _Cue | None:
    """ "Southampton boss Harry Redknapp: “We know …”": a name, then a colon, then the quote."""
    before = doc.text[sentence_start : span.start].rstrip()
    if not before.endswith(":"):
        return None
    colon = sentence_start + len(before) - 1
    for entity in doc.ents:
        inside = sentence_start <= entity.start_char and entity.end_char <= colon
        right_before = inside and not doc.text[entity.end_char : colon].strip()
        if entity.label_ == "PERSON" and right_before:
            return _Cue(colon, colon + 1, ":", None, entity.root, on_right=False)
    return None


def _distance(cue: _Cue, span: QuoteSpan) -> int:
    return cue.start - span.end if cue.on_right else span.start - cue.end


def _speaker_rank(cue: _Cue) -> int:
    """0 for names, personal pronouns and "according to"; 1 for speaker nouns ("the
    spokesman"); 2 for any other subject ("the data show")."""
    subject = cue.subject
    if cue.verb is None or subject is None:
        return 0 if cue.verb is None else 2
    if subject.ent_type_ in SPEAKER_LABELS or subject.lower_ in PERSON_PRONOUNS | ORG_PRONOUNS:
        return 0
    return 1 if subject.lemma_.lower() in SPEAKER_NOUNS else 2


def _sentence_start_before(
    text: str, position: int, spans: Sequence[QuoteSpan], paragraph_start: int
) -> int:
    start = paragraph_start
    for match in _SENTENCE_END.finditer(text, paragraph_start, position):
        if _inside_any(match.start(), spans) or _ABBREVIATION.search(
            text, paragraph_start, match.start()
        ):
            continue
        start = match.end()
    return start


def _sentence_end_after(
    text: str, span: QuoteSpan, spans: Sequence[QuoteSpan], paragraph_end: int
) -> int:
    inner = span.inner(text).rstrip()
    after = text[span.end : paragraph_end].lstrip()
    if span.runs_on or (inner.endswith(".") and (not after or not after[0].islower())):
        return span.end
    for match in _SENTENCE_END.finditer(text, span.end, paragraph_end):
        if _inside_any(match.start(), spans) or _ABBREVIATION.search(text, span.end, match.start()):
            continue
        return match.start()
    return paragraph_end


def _inside_any(position: int, spans: Sequence[QuoteSpan]) -> bool:
    return any(s.start <= position < s.end for s in spans)


def _cues_between(
    doc: Doc, start: int, end: int, spans: Sequence[QuoteSpan], on_right: bool
) -> Iterable[_Cue]:
    if end <= start:
        return
    region = doc.char_span(start, end, alignment_mode="contract")
    if region is None:
        return
    for token in region:
        if _inside_any(token.idx, spans):
            continue
        lower = token.lower_
        if lower == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            to = doc[token.i + 1]
            objects = [c for c in to.children if c.dep_ == "pobj"]
            yield _Cue(
                token.idx,
                to.idx + len(to),
                f"{token.text} {to.text}",
                None,
                objects[0] if objects else None,
                on_right,
            )
        elif token.pos_ == "VERB" and token.lemma_.lower() in REPORTING_VERBS:
            subject = _subject_of(token)
            # "Priebus was said to be “furious”": the subject of a passive is not the speaker.
            if (
                subject is not None
                and subject.dep_ != "nsubjpass"
                and _plausible_speaker(subject, spans)
            ):
                yield _Cue(token.idx, token.idx + len(token), token.text, token, subject, on_right)


def _plausible_speaker(subject: Token, spans: Sequence[QuoteSpan], strict: bool = False) -> bool:
    """A name, a pronoun or a noun that can speak, not itself part of a quotation.

    "The so-called “smart” fridges were recalled" has a subject, but not a speaker.
    ``strict`` (for cues that are not reporting verbs) admits only names, personal
    pronouns and the lexicon's speaker nouns; otherwise any active subject noun
    ("the narrator says") will do.
    """
    first, last = subject.left_edge.idx, subject.right_edge.idx
    if any(first <= s.start <= last for s in spans) or _inside_any(subject.idx, spans):
        return False
    if subject.ent_type_ in _NUMERIC_ENTITIES or subject.pos_ == "NUM":
        return False
    lower = subject.lower_
    if lower in PERSON_PRONOUNS or lower in ORG_PRONOUNS or lower in OTHER_SPEAKER_PRONOUNS:
        return True
    if subject.ent_type_ in SPEAKER_LABELS or subject.lemma_.lower() in SPEAKER_NOUNS:
        return True
    if strict:
        return False
    return subject.pos_ == "PROPN" or (subject.pos_ == "NOUN" and subject.dep_ == "nsubj")


def _subject_of(verb: Token) -> Token | None:
    """The verb's subject, looking through coordination and participle clauses."""
    current: Token | None = verb
    for _ in range(4):
        if current is None:
            return None
        subjects = [
            c for c in current.children if c.dep_ in ("nsubj", "nsubjpass") and c.dep_ != "expl"
        ]
        if subjects:
            return subjects[0]
        if current.dep_ in ("conj", "advcl", "xcomp", "pcomp") and current.head is not current:
            current = current.head
        else:
            break
    return _name_after(verb)


def _name_after(verb: Token) -> Token | None:
    """The speaker after a verb left without a subject: "…,” said Jon Doggett" (a failed
    parse) or a headline's "…,’ says Prime Minister Theresa May"."""
    doc = verb.doc
    following = doc[verb.i + 1 : verb.i + 1 + _NAME_WINDOW]
    for token in following:
        if token.ent_type_ in ("PERSON", "ORG"):
            end = token.i
            while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
                end += 1
            return doc[end]
        if token.pos_ not in ("DET", "ADJ", "NOUN", "PROPN") and not token.is_space:
            break
    return None


def _kind(text: str, span: QuoteSpan, cue: _Cue | None, paragraph: tuple[int, int]) -> str:
    """``direct`` when the quote stands as its own statement, else ``mixed``."""
    before = text[paragraph[0] : span.start].rstrip()
    opens_sentence = not before or before[-1] in '.!?:”"’' or before.endswith(("—", "–"))
    if opens_sentence or cue is None or cue.on_right:
        return "direct"
    # “A,” he said, “B.”: only the cue (and perhaps a time) separates it from the quote.
    if before[-1] == "," and cue.verb is not None and cue.end <= span.start:
        between = text[cue.end : span.start].strip(" ,").split()
        if len(between) <= _MAX_WORDS_CUE_TO_QUOTE and "that" not in between:
            return "direct"
    return "mixed"


def _statement_of(doc: Doc, span: QuoteSpan, cue: _Cue) -> tuple[int, int] | None:
    """The reported clause a mixed quote sits in: what follows its cue in the cue's phrase."""
    if cue.verb is None:
        according = doc.char_span(cue.start, cue.end, alignment_mode="expand")
        clause = _according_to_clause(doc, according[0]) if according is not None else None
        return (clause[0].start_char, clause[0].end_char) if clause else None
    verb = cue.verb
    parts = [c for c in verb.children if c.i > verb.i and c.dep_ not in _NOT_REPORTED]
    if not parts:
        return None
    start = parts[0].left_edge.i
    end = max(part.right_edge.i for part in parts) + 1
    while end > start and (doc[end - 1].is_punct and doc[end - 1].text not in '”"’'):
        end -= 1
    return doc[start:end].start_char, doc[start:end].end_char


def _attribute_continuations(
    quotes: list[Quote],
    reported: Sequence[Quote],
    spans: Sequence[QuoteSpan],
    paragraphs: Sequence[tuple[int, int]],
) -> list[Quote]:
    """Give unattributed quotes their neighbour's speaker; drop those that have none.

    A neighbour is an attributed quote, or a reported statement ("He insisted that
    …") ending earlier in the same paragraph."""
    by_start = {s.start: s for s in spans}
    result: list[Quote] = []
    for index, quote in enumerate(quotes):
        if quote.speaker is not None or quote.speaker_start is not None:
            result.append(quote)
            continue
        source = _continued_quote(quotes, reported, index, by_start, paragraphs)
        if source is None or (
            len(quote.text.split()) < _MIN_CONTINUATION_WORDS and source.kind != "direct"
        ):
            continue
        result.append(
            replace(
                quote,
                kind="direct",
                speaker=source.speaker,
                speaker_key=source.speaker_key,
                speaker_title=source.speaker_title,
            )
        )
    return result


def _continued_quote(
    quotes: list[Quote],
    reported: Sequence[Quote],
    index: int,
    by_start: dict[int, QuoteSpan],
    paragraphs: Sequence[tuple[int, int]],
) -> Quote | None:
    quote = quotes[index]
    same_paragraph = [q for q in quotes if q.paragraph_index == quote.paragraph_index and q.cue]
    earlier = [q for q in same_paragraph if q.start_char < quote.start_char]
    earlier += [
        r
        for r in reported
        if r.paragraph_index == quote.paragraph_index and r.statement_end <= quote.start_char
    ]
    if earlier:
        return max(earlier, key=lambda q: q.start_char)
    later = [q for q in same_paragraph if q.start_char > quote.start_char]
    if later and later[0].kind == "direct":
        return later[0]
    start, _ = paragraphs[quote.paragraph_index]
    if quote.start_char != start or index == 0:
        return None
    previous = quotes[index - 1]
    previous_span = by_start.get(previous.start_char)
    adjacent = previous.paragraph_index == quote.paragraph_index - 1
    if (
        adjacent
        and previous.speaker
        and (previous.kind == "direct" or (previous_span and previous_span.runs_on))
    ):
        return previous
    return None


def _reported_clauses(doc: Doc, spans: Sequence[QuoteSpan]) -> list[tuple[Span, _Cue]]:
    """Reported speech: the clause of "said that ..." and the sentence of "according to X"."""
    found: list[tuple[Span, _Cue]] = []
    for token in doc:
        if _inside_any(token.idx, spans):
            continue
        if (
            token.lower_ == "according"
            and token.i + 1 < len(doc)
            and doc[token.i + 1].lower_ == "to"
        ):
            reported = _according_to_clause(doc, token)
        elif token.pos_ == "VERB" and token.lemma_.lower() in REPORTING_VERBS:
            reported = _verb_clause(token, spans)
        else:
            continue
        if reported is None:
            continue
        content, cue = reported
        if len(content) >= 4 and not _covered_by_direct_quote(content, spans):
            found.append((content, cue))
    return found


def _verb_clause(verb: Token, spans: Sequence[QuoteSpan]) -> tuple[Span, _Cue] | None:
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    subject = _subject_of(verb)
    if not clauses or subject is None or not _plausible_speaker(subject, spans):
        return None
    doc = verb.doc
    content = doc[clauses[0].left_edge.i : clauses[0].right_edge.i + 1]
    return content, _Cue(verb.idx, verb.idx + len(verb), verb.text, verb, subject, False)


def _according_to_clause(doc: Doc, according: Token) -> tuple[Span, _Cue] | None:
    """ "According to X, <statement>" or "<statement>, according to X"."""
    to = doc[according.i + 1]
    objects = [c for c in to.children if c.dep_ == "pobj"]
    if not objects:
        return None
    source_end = objects[0].right_edge.i + 1
    sentence = according.sent
    if according.i - sentence.start <= 2:
        start, end = source_end, sentence.end
    else:
        start, end = sentence.start, according.i
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].text in ",;—–-"):
        end -= 1
    if end - start < 4:
        return None
    cue = _Cue(
        according.idx, to.idx + len(to), f"{according.text} {to.text}", None, objects[0], False
    )
    return doc[start:end], cue


def _covered_by_direct_quote(content: Span, spans: Sequence[QuoteSpan]) -> bool:
    inside = sum(
        max(0, min(s.end, content.end_char) - max(s.start, content.start_char)) for s in spans
    )
    return inside > 0.6 * (content.end_char - content.start_char)


def _paragraph_of(paragraph_starts: Sequence[int], position: int) -> int:
    return max(bisect_right(paragraph_starts, position) - 1, 0)


# --------------------------------------------------------------------------- #
# Speakers


class _SpeakerResolver:
    """Turns the subject of each cue into a speaker name, key and title.

    Named subjects are resolved first; a pronoun then takes the nearest named
    speaker before it, or failing that the nearest preceding entity of its kind.
    """

    def __init__(self, doc: Doc, entities: Sequence[EntityMention], cues: Sequence[_Cue]) -> None:
        self.doc = doc
        self.entities = sorted(entities, key=lambda e: e.start_char)
        self.starts = [e.start_char for e in self.entities]
        self.titles: dict[str, str] = {}
        self.named: dict[int, tuple[Attribution, str | None]] = {}
        for cue in sorted(cues, key=lambda c: c.start):
            if cue.subject is not None and not _is_pronoun(cue.subject):
                self.named[cue.start] = self._named(cue)
        self.named_positions = sorted(
            (cue.subject.idx, cue.start)
            for cue in cues
            if cue.subject is not None and cue.start in self.named
        )

    def attribute(self, cue: _Cue) -> Attribution:
        if cue.subject is None:
            return Attribution(None, None, None, None, None, cue.text, cue.start, cue.end)
        if cue.start in self.named:
            attribution, key = self.named[cue.start]
            title = attribution.speaker_title or (self.titles.get(key) if key else None)
            return replace(attribution, speaker_title=title)
        return self._pronoun(cue)

    def _named(self, cue: _Cue) -> tuple[Attribution, str | None]:
        subject = cue.subject
        assert subject is not None
        entity = self._entity_at(subject)
        mention = self._mention_span(subject, entity)
        title = _title_of(self.doc, subject, mention)
        if entity is None and subject.pos_ == "PROPN":
            entity = self._person_named(clean_name(mention.text, "PERSON"))
        elif entity is not None and entity.label in ("GPE", "LOC", "NORP"):
            # "…,” Lima said": a place name that is also a speaker's surname is the speaker.
            entity = self._person_named(entity.canonical_name) or entity
        if entity is not None:
            speaker, key, label = entity.canonical_name, entity.entity_key, entity.label
        else:
            speaker, key, label = " ".join(mention.text.split()), None, None
        if title and key:
            self.titles.setdefault(key, title)
        attribution = Attribution(
            speaker,
            key,
            mention.start_char,
            mention.end_char,
            title,
            cue.text,
            cue.start,
            cue.end,
            label == "PERSON",
        )
        return attribution, key

    def _pronoun(self, cue: _Cue) -> Attribution:
        subject = cue.subject
        assert subject is not None
        wants_person = subject.lower_ in PERSON_PRONOUNS
        label = "PERSON" if wants_person else "ORG"
        named_at, antecedent = self._named_before(subject.idx, wants_person)
        entity = self._entity_before(subject.idx, label, subjects_only=True)
        if entity is not None and entity.start_char > named_at:
            antecedent = None
        if antecedent is None:
            entity = entity or self._entity_before(subject.idx, label)
            if entity is not None:
                antecedent = Attribution(
                    entity.canonical_name,
                    entity.entity_key,
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                    wants_person,
                )
        found = antecedent or Attribution(None, None, None, None, None, None, None, None)
        title = found.speaker_title or (
            self.titles.get(found.speaker_key) if found.speaker_key else None
        )
        return Attribution(
            found.speaker,
            found.speaker_key,
            subject.idx,
            subject.idx + len(subject),
            title,
            cue.text,
            cue.start,
            cue.end,
            wants_person,
        )

    def _named_before(self, position: int, wants_person: bool) -> tuple[int, Attribution | None]:
        """The nearest named speaker of the wanted kind before ``position``, and where."""
        index = bisect_right(self.named_positions, (position, -1)) - 1
        while index >= 0:
            at, cue_start = self.named_positions[index]
            attribution, _ = self.named[cue_start]
            if attribution.speaker_key and attribution.speaker_is_person == wants_person:
                return at, attribution
            index -= 1
        return -1, None

    def _entity_before(
        self, position: int, label: str, subjects_only: bool = False
    ) -> EntityMention | None:
        """The nearest entity of ``label`` before ``position`` (only sentence subjects,
        when asked: "Smith met Jones. He said …" means Smith)."""
        index = bisect_right(self.starts, position) - 1
        while index >= 0:
            entity = self.entities[index]
            if entity.label == label and (not subjects_only or self._is_subject(entity)):
                return entity
            index -= 1
        return None

    def _is_subject(self, entity: EntityMention) -> bool:
        span = self.doc.char_span(entity.start_char, entity.end_char, alignment_mode="expand")
        return span is not None and span.root.dep_ in ("nsubj", "nsubjpass")

    def _person_named(self, name: str) -> EntityMention | None:
        """The person whose full name ends with ``name`` ("Mr Iwata" the model missed)."""
        words = name.split()
        if not words:
            return None
        for entity in self.entities:
            if entity.label == "PERSON" and entity.canonical_name.split()[-len(words) :] == words:
                return entity
        return None

    def _entity_at(self, token: Token) -> EntityMention | None:
        index = bisect_right(self.starts, token.idx) - 1
        if index >= 0:
            entity = self.entities[index]
            if entity.start_char <= token.idx < entity.end_char and entity.label in SPEAKER_LABELS:
                return entity
        return None

    def _mention_span(self, subject: Token, entity: EntityMention | None) -> Span:
        doc = self.doc
        if entity is not None:
            span = doc.char_span(entity.start_char, entity.end_char, alignment_mode="expand")
            if span is not None:
                return span
        left = subject
        for child in subject.lefts:
            if child.dep_ in ("det", "compound", "amod", "poss", "nummod"):
                left = child
                break
        return doc[left.i : subject.i + 1]


def _is_pronoun(token: Token) -> bool:
    return token.lower_ in PERSON_PRONOUNS or token.lower_ in ORG_PRONOUNS


def _title_of(doc: Doc, subject: Token, mention: Span) -> str | None:
    """The speaker's role: an apposition ("Zhang, a professor at ...") or words before the name."""
    for child in subject.children:
        if child.dep_ == "appos" and child.i > subject.i:
            title = doc[child.left_edge.i : child.right_edge.i + 1]
            return title.text.strip(" ,")
    start = mention.start
    while start > 0 and _is_title_word(doc[start - 1], subject):
        start -= 1
    lead = doc[start : mention.start]
    if any(t.pos_ in ("NOUN", "PROPN") for t in lead):
        return lead.text
    return None


def _is_title_word(token: Token, subject: Token) -> bool:
    """A word of the role written before a name ("Defense Ministry spokesman")."""
    in_subject = subject.left_edge.i <= token.i < subject.i
    return in_subject and not token.is_punct and not token.is_space and token.dep_ != "det"
