"""Speakers: from the subject of a cue to a name, an entity key and a title.

``SpeakerResolver`` takes a document's context and all its cues, and gives each
cue an ``Attribution``. Named subjects are resolved first; a pronoun then takes
the nearest named speaker before it, or failing that the nearest preceding
entity of its kind; a surname takes the full name of a person in the document.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from core.records import EntityMention
from tasks.entities import clean_name
from tasks.quote_context import QuoteContext
from tasks.quote_cues import (
    ORG_PRONOUNS,
    OTHER_SPEAKER_PRONOUNS,
    PERSON_PRONOUNS,
    RELATIVE_PRONOUNS,
    SPEAKER_LABELS,
    Cue,
    named_apposition,
    relative_antecedent,
)


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who said it and where the text says so; ``Attribution()`` is no one."""

    speaker: str | None = None  # the entity's name, else the subject's words
    speaker_key: str | None = None  # the entity's key, when the speaker is one
    speaker_start: int | None = None  # characters of the mention in the text
    speaker_end: int | None = None
    speaker_title: str | None = None  # "a spokesman for the ministry"
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_is_person: bool = True


class SpeakerResolver:
    """Turns the subject of each cue into a speaker name, key and title.

    Built once a document from every cue in it, since a pronoun may refer to a
    speaker named at another cue; :meth:`attribute` then answers for each cue.
    """

    def __init__(self, context: QuoteContext, cues: Sequence[Cue]) -> None:
        self.doc = context.doc
        self.entities = context.entities
        self.starts = context.entity_starts
        self.context = context
        # A title given at one mention ("spokesman John Kirby") holds at the others.
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

    def attribute(self, cue: Cue) -> Attribution:
        """The speaker of ``cue`` (one of the cues the resolver was built with)."""
        if cue.subject is None:
            return Attribution(cue=cue.text, cue_start=cue.start, cue_end=cue.end)
        if cue.start in self.named:
            attribution, key = self.named[cue.start]
            return replace(attribution, speaker_title=self._title(attribution, key))
        return self._pronoun(cue)

    def _title(self, attribution: Attribution, key: str | None) -> str | None:
        return attribution.speaker_title or (self.titles.get(key) if key else None)

    def _named(self, cue: Cue) -> tuple[Attribution, str | None]:
        subject = cue.subject
        assert subject is not None
        role = None
        name = named_apposition(subject)
        if name is not None:
            # "VFI Chief Executive, Padraig Cribben, said": the person speaks, the role is a title.
            role = _role_words(self.doc, subject)
            subject = name
        entity = self._entity_at(subject)
        mention = self._mention_span(subject, entity)
        title = role or _title_of(self.doc, subject, mention)
        if entity is None and subject.pos_ == "PROPN":
            entity = self._person_named(clean_name(mention.text, "PERSON"))
        elif entity is not None and entity.label in ("GPE", "LOC", "NORP"):
            # "…,” Lima said": a place name that is also a speaker's surname is the speaker.
            entity = self._person_named(entity.canonical_name) or entity
        if entity is not None and entity.label == "PERSON":
            # "Dion" in a document that names "Céline Dion": the fullest name.
            entity = self._fullest(entity)
        if entity is not None:
            speaker, key, label = entity.canonical_name, entity.entity_key, entity.label
        else:
            speaker, key, label = " ".join(mention.text.split()), None, None
        if title and key:
            self.titles.setdefault(key, title)
        attribution = Attribution(
            speaker=speaker,
            speaker_key=key,
            speaker_start=mention.start_char,
            speaker_end=mention.end_char,
            speaker_title=title,
            cue=cue.text,
            cue_start=cue.start,
            cue_end=cue.end,
            speaker_is_person=label == "PERSON",
        )
        return attribution, key

    def _pronoun(self, cue: Cue) -> Attribution:
        subject = cue.subject
        assert subject is not None
        lower = subject.lower_
        if lower in OTHER_SPEAKER_PRONOUNS:
            # "they said", "I think": a group or the writer, no one named.
            found = Attribution(speaker_is_person=False)
            return self._at_subject(cue, found, wants_person=lower != "they")
        if lower in RELATIVE_PRONOUNS:
            return self._relative(cue)
        wants_person = subject.lower_ in PERSON_PRONOUNS
        label = "PERSON" if wants_person else "ORG"
        named_at, antecedent = self._named_before(subject.idx, wants_person)
        entity = self._entity_before(subject.idx, label, subjects_only=True)
        # An entity that is a sentence subject after the last named speaker is nearer.
        if entity is not None and entity.start_char > named_at:
            antecedent = None
        if antecedent is None:
            entity = entity or self._entity_before(subject.idx, label)
            if entity is not None and entity.label == "PERSON":
                entity = self._fullest(entity)
            if entity is not None:
                antecedent = Attribution(
                    speaker=entity.canonical_name,
                    speaker_key=entity.entity_key,
                    speaker_is_person=wants_person,
                )
        return self._at_subject(cue, antecedent or Attribution(), wants_person)

    def _relative(self, cue: Cue) -> Attribution:
        """ "Trump, who said …": the speaker of the noun the pronoun stands for."""
        subject = cue.subject
        assert subject is not None
        antecedent = relative_antecedent(subject)
        entity = self._entity_at(antecedent) if antecedent is not None else None
        before = self._entity_before(subject.idx, "PERSON") or self._entity_before(
            subject.idx, "ORG"
        )
        # "Mayor Ana Costa, who …": the name just before the pronoun, whatever the parse.
        if before is not None and not self.doc.text[before.end_char : subject.idx].strip(" ,"):
            entity = before
        found = Attribution()
        if entity is not None:
            found = Attribution(
                speaker=entity.canonical_name,
                speaker_key=entity.entity_key,
                speaker_is_person=entity.label == "PERSON",
            )
        return self._at_subject(cue, found, found.speaker_is_person)

    def _at_subject(self, cue: Cue, found: Attribution, wants_person: bool) -> Attribution:
        """``found``'s speaker, at the place of the cue's subject (a pronoun)."""
        subject = cue.subject
        assert subject is not None
        return Attribution(
            speaker=found.speaker,
            speaker_key=found.speaker_key,
            speaker_start=subject.idx,
            speaker_end=subject.idx + len(subject),
            speaker_title=self._title(found, found.speaker_key),
            cue=cue.text,
            cue_start=cue.start,
            cue_end=cue.end,
            speaker_is_person=wants_person,
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
            # A name inside a quotation is what the speaker talks about, not who speaks.
            if (
                entity.label == label
                and not self.context.quoted(entity.start_char)
                and (not subjects_only or self._is_subject(entity))
            ):
                return entity
            index -= 1
        return None

    def _is_subject(self, entity: EntityMention) -> bool:
        span = self.doc.char_span(entity.start_char, entity.end_char, alignment_mode="expand")
        return span is not None and span.root.dep_ in ("nsubj", "nsubjpass")

    def _fullest(self, entity: EntityMention) -> EntityMention:
        """The person with the longest name ending with ``entity``'s (accents aside)."""
        words = _folded(entity.canonical_name).split()
        best = entity
        for other in self.entities:
            other_words = _folded(other.canonical_name).split()
            if (
                other.label == "PERSON"
                and len(other_words) > len(best.canonical_name.split())
                and other_words[-len(words) :] == words
            ):
                best = other
        return best

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


def _folded(name: str) -> str:
    """``name`` without accents or case, to compare "Celine" with "Céline"."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()


def _is_pronoun(token: Token) -> bool:
    lower = token.lower_
    return (
        lower in PERSON_PRONOUNS
        or lower in ORG_PRONOUNS
        or lower in OTHER_SPEAKER_PRONOUNS
        or lower in RELATIVE_PRONOUNS
    )


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


def _role_words(doc: Doc, noun: Token) -> str | None:
    """The words of a role noun and what stands before it, without an article."""
    start = noun.left_edge.i
    while start < noun.i and (doc[start].dep_ == "det" or not doc[start].text.strip(" ,|")):
        start += 1
    return doc[start : noun.i + 1].text or None


def _is_title_word(token: Token, subject: Token) -> bool:
    """A word of the role written before a name ("Defense Ministry spokesman")."""
    in_subject = subject.left_edge.i <= token.i < subject.i
    return in_subject and not token.is_punct and not token.is_space and token.dep_ != "det"
