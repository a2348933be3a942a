"""Entity mentions around a speaker: who stands where, and of which gender.

``Mentions`` wraps a document's context (its parse, quotations and entity
mentions) for the speaker resolver (``tasks.speakers``): the entity at a token,
the nearest person or organisation before a position (of an agreeing gender, a
subject of a main or an earlier clause), the fullest form of a name, and the one
person given a title ("Governor Jay Inslee").
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from functools import cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from core.records import EntityMention
from tasks.aliases import fold, load_aliases
from tasks.entity_labels import COMPANY_SUFFIXES
from tasks.entity_people import (
    ADDRESS_TITLES,
    PERSON_TITLES,
    ROYAL_TITLES,
    ends_with,
    given_name_led,
)
from tasks.entity_places import demonyms
from tasks.entity_spans import NAME_PARTICLES, person_titles
from tasks.nlp import doc_text, positions
from tasks.person_gender import gender_of_address, gender_of_person, is_first_name
from tasks.quote_context import QuoteContext
from tasks.quote_cues import PLURAL_TAGS, SPEAKER_LABELS, lexicon

# Capitals this long in a headline are a name, not an acronym ("SHULTZ", not "NASA").
_LEAST_CAPITALISED_SURNAME = 5
# Words of a title after a name, up to its noun (", the Conservative MP for Epsom").
_MAX_TITLE_WORDS = 4
# Initials standing for given names: "JP", "J.K.".
# Capital initials standing for words of a company's name ("LL", "E"), and two such
# joined by "and" right before a name ("LL and " before "E Royalty Trust").
_CAPITAL_INITIALS = re.compile(r"[A-Z]{1,3}")
_JOINED_INITIALS = re.compile(r"(?<![\w&.])([A-Z]{1,3}) (and|&) $")
_INITIALS = re.compile(r"[A-Z]{1,2}|(?:[A-Z]\.){1,3}")
# Words before a noun that make it a description of someone ("the Tory leader").
_DESCRIPTION_DEPS = frozenset({"compound", "amod", "nmod"})
# Labels of names that may stand for a body speaking: the model types some bodies'
# names as facilities or events ("the Leeds Poetry Festival"), though they speak.
_BODY_LABELS = frozenset({"ORG", "FAC", "EVENT"})
# A nickname in quotation marks between a first name and a surname ("Brian 'Head'
# Welch"): one to three capitalised words.
_NICKNAME = r"(?:['‘\"“][A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2}['’\"”]\s+)?"
# A surname misspelt at a cue is matched to one spelt right from this many letters:
# shorter names one letter apart are as often two people ("Hall", "Hill").
_MISSPELT_LENGTH = 5
# Lowercase particles inside a family name, as a pattern's alternatives (with the
# Dutch "ter" and "ten": "Anna ter Horst").
_PARTICLES = NAME_PARTICLES | {"ter", "ten"}
_PARTICLE_WORDS = "|".join(sorted(_PARTICLES))
# A phrase opening a sentence with these gives whose view it is ("For Weiner, …"),
# with these and a possessive whose case or part ("In Hajjaj's case, she …").
_VIEW_PREPOSITIONS = frozenset({"for", "to"})
_CASE_PREPOSITIONS = frozenset({"for", "in"})
# Pronouns that can give the gender of their own clause's subject ("repeated his call",
# "cleared herself").
_OWN_PRONOUNS = {"his": "m", "himself": "m", "her": "f", "herself": "f"}
# Labels of a name the model may give a person's name that a role beside it overrules
# (a title, a company, a nationality, a place).
_ROLE_RETYPED = frozenset({"ORG", "WORK_OF_ART", "NORP", "GPE", "LOC", "FAC", "PRODUCT", "EVENT"})
_LOWERCASE_WORD = re.compile(r"\b[a-z][a-z]+\b")
# An office's field runs into a name after "of" or "and" ("Minister of Mines and
# Energy Rahmat"): the characters before the name searched for the office.
_AFTER_FIELD = re.compile(r"\b(?:of|and)\s+$")
_OFFICE_REACH = 60
# Offices and posts written before a name (tasks/data/offices.toml): the head
# offices ("the prime minister"), the other offices of state and the posts that are
# no office of state (an MP, a party chairman).
_OFFICE_LIST = tomllib.loads(
    (resources.files("tasks") / "data" / "offices.toml").read_text(encoding="utf-8")
)
HEAD_OFFICES = frozenset(_OFFICE_LIST["head"])
# A person described with one of these holds no head office in the story.
OTHER_POSTS = frozenset(_OFFICE_LIST["state"]) | frozenset(_OFFICE_LIST["posts"])
# Offices of state written before a name, one holder each, each by its noun ("prime
# minister" by "minister"): a body's chair or staff is none.
OFFICES = frozenset(_OFFICE_LIST["state"]) | {office.split()[-1] for office in HEAD_OFFICES}
# Words before an office that make it another one ("shadow chancellor Oliver Letwin",
# "Deputy Mayor Jo Lee", "former president Bill Clinton"): no holder of the office.
_OFFICE_MODIFIERS = frozenset({"shadow", "former", "deputy", "vice"})
# A one-word short form in brackets after a name: "Greek Athletics Federation (Segas)".
_BRACKETED_WORD = re.compile(r"\s*\(\s*([\w'’.&-]+)\s*\)")
# Verbs that say what someone is ("Collins is the world champion").
_COPULAS = frozenset({"be", "become", "remain"})


def subject_verb(head: Token) -> Token:
    """The verb a subject hung on ``head`` is the subject of: ``head``, or the verb of
    ``head`` when it is an auxiliary ("Jo Bloggs is determined …": the parse may hang
    the subject on "is")."""
    return head.head if head.dep_ in ("aux", "auxpass") else head


def is_main_verb(verb: Token) -> bool:
    """Whether ``verb`` is a sentence's main verb: its root, or a verb joined to it."""
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def main_subject_before(
    context: QuoteContext, position: int, through_auxiliary: bool = False
) -> Token | None:
    """The subject of the main verb nearest before character ``position``, in its
    sentence or the one before and outside quotations (one hung on an auxiliary too
    when ``through_auxiliary``); None when there is none."""
    doc = context.doc
    span = doc.char_span(position, position + 1, alignment_mode="expand")
    if span is None:
        return None
    sentence = span[0].sent
    first = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    for word in reversed(doc[first : span[0].i]):
        verb = subject_verb(word.head) if through_auxiliary else word.head
        if (
            word.dep_ in ("nsubj", "nsubjpass")
            and not context.quoted(word.idx)
            and is_main_verb(verb)
        ):
            return word
    return None


class Mentions:
    """Look-ups over one document's entity mentions; ``titles`` maps an entity key to
    the role the text gives it (filled in by the resolver as it goes)."""

    def __init__(self, context: QuoteContext, titles: dict[str, str]) -> None:
        self.doc = context.doc
        self.entities = context.entities
        self.starts = context.entity_starts
        self.context = context
        self.titles = titles
        self.written_names: dict[str, str | None] = {}
        # The words the text writes in lowercase, once needed: no given names.
        self.lowercase: frozenset[str] | None = None
        self.own_pronouns: dict[str, set[str]] | None = None
        # firm_of_surname's answers, by an entity's key, name and words as written.
        self.firms: dict[tuple[str, str, str], EntityMention | None] = {}

    def titled_person(self, noun: str, before: int | None = None) -> EntityMention | None:
        """The one person the document gives ``noun`` as a title, before the name
        ("Governor Jay Inslee" for "the governor") or after it ("Meghan, Duchess of
        Sussex"), anywhere or only ``before`` a position; None for none or several."""
        found: dict[str, EntityMention] = {}
        for entity in self.entities:
            if before is not None and entity.start_char >= before:
                break
            if entity.label != "PERSON" or self.context.quoted(entity.start_char):
                continue
            span = self.doc.char_span(entity.start_char, entity.end_char, alignment_mode="expand")
            if span is None:
                continue
            ahead = span.start > 0 and self.doc[span.start - 1].lower_ == noun
            if ahead or _titled_after(span, noun):
                found.setdefault(entity.entity_key, entity)
        return next(iter(found.values())) if len(found) == 1 else None

    def titled_name(self, noun: str, before: int) -> tuple[str, EntityMention] | None:
        """``(full name, mention)`` of the one name the text writes after ``noun`` as a
        capitalised title before ``before``, a given name the model left untagged
        between or not, which the model typed other than a person ("Cardinal Cormac
        Murphy-O'Connor" with "Murphy-O'Connor" an organisation gives "Cormac
        Murphy-O'Connor"): ``titled_person`` for the names it misses. None for none or
        several, or for a title noun no list holds."""
        if noun not in PERSON_TITLES | person_titles()[0]:
            return None
        found: dict[str, tuple[str, EntityMention]] = {}
        for entity in self.entities:
            if entity.start_char >= before:
                break
            if entity.label in ("PERSON", "GPE", "LOC") or self.context.quoted(entity.start_char):
                continue
            span = self.doc.char_span(entity.start_char, entity.end_char, alignment_mode="expand")
            if span is None or span.start < 1:
                continue
            first = self.doc[span.start - 1]
            # A given name the model left out of the span: listed or not ("Cormac").
            given = first.pos_ == "PROPN" and first.is_title and self.at(first) is None
            title = self.doc[span.start - 2] if given and span.start >= 2 else first
            if title.lower_ != noun or not title.is_title:
                continue
            name = f"{first.text} {entity.text}" if given else entity.text
            if given or len(entity.text.split()) > 1:
                found.setdefault(name, (name, entity))
        return next(iter(found.values())) if len(found) == 1 else None

    def offices_held(self, key: str) -> list[list[str]]:
        """The offices of state the document writes before the person ``key``'s name,
        outside quotations, each as its lowercase words ("Chancellor Gordon Brown":
        ``["chancellor"]``; "Foreign Secretary Jo Bloggs": ``["foreign", "secretary"]``)."""
        held: list[list[str]] = []
        for entity in self.entities:
            if entity.entity_key != key or self.context.quoted(entity.start_char):
                continue
            span = self.doc.char_span(entity.start_char, entity.end_char, alignment_mode="expand")
            if span is None:
                continue
            end = span.start
            if end > 0 and self.doc[end - 1].lower_.rstrip(".") in ADDRESS_TITLES:
                # "London mayor Mr Livingstone": the office before the form of address.
                end -= 1
            if end == 0 or self.doc[end - 1].lower_ not in OFFICES:
                continue
            start = end - 1
            while start > 0 and self.doc[start - 1].is_title and not self.doc[start].is_sent_start:
                start -= 1
            held.append([t.lower_ for t in self.doc[start:end]])
        return held

    def described_person(self, noun: Token, alone: bool = False) -> EntityMention | None:
        """The one person the document gives the description ``noun`` heads before it ("the world
        champion": "Kim Collins, the world champion", "world champion Kim Collins",
        "Collins is the world champion"): a person described with the noun and every
        capitalised word before it ("the Tory leader" is not "Labour leader Tony
        Blair") and sharing at least one other word of it ("world"); of several, the
        one whose description shares the most, when only one does. A noun ``alone``
        ("the world champion" for "World and Commonwealth 100m champion Kim Collins")
        will do when one person only is described with it. None for none, for a noun
        alone otherwise ("the star"), or for several alike: no guess."""
        if noun.tag_ in PLURAL_TAGS:
            # "the PBS debate moderators": people, not one person.
            return None
        wanted = noun.lemma_.lower()
        words = {t.lemma_.lower() for t in noun.lefts if t.dep_ in _DESCRIPTION_DEPS and t.is_alpha}
        names = {
            t.lemma_.lower()
            for t in noun.lefts
            if t.dep_ in _DESCRIPTION_DEPS and t.is_title and not t.is_sent_start
        }
        overlaps: dict[str, tuple[int, EntityMention]] = {}
        described_of: dict[str, set[str]] = {}
        for entity in self.entities:
            if entity.start_char >= noun.idx:
                break
            if entity.label != "PERSON" or self.context.quoted(entity.start_char):
                continue
            span = self.doc.char_span(entity.start_char, entity.end_char, alignment_mode="expand")
            described = _descriptions(span) if span is not None else set()
            if wanted in described and names <= described:
                described_of.setdefault(entity.entity_key, set()).update(described)
                overlap = max(len(words & described), overlaps.get(entity.entity_key, (0,))[0])
                overlaps[entity.entity_key] = (overlap, entity)
        ranked = sorted(overlaps.values(), key=lambda item: -item[0])
        if alone and len(ranked) == 1:
            # "the top seed" is not "seventh seed Feliciano Lopez": a quality the
            # description lacks rules the person out.
            qualities = {t.lemma_.lower() for t in noun.lefts if t.dep_ == "amod"}
            return ranked[0][1] if qualities <= described_of[ranked[0][1].entity_key] else None
        if not ranked or ranked[0][0] == 0:
            return None
        if len(ranked) == 1 or ranked[0][0] > ranked[1][0]:
            return ranked[0][1]
        return None

    def memberships(self, key: str, position: int) -> set[str]:
        """The nationalities and parties (lemmas, lowercase) the text describes the
        person of ``key`` with before ``position`` ("Republican Bob Dole")."""
        return self._described_with(key, position) & (demonyms() | lexicon().party_members)

    def offices(self, key: str, position: int) -> set[str]:
        """The head offices (``HEAD_OFFICES``) and other posts (``OTHER_POSTS``) the
        text describes the person of ``key`` with before ``position`` ("Chancellor Gordon
        Brown", "London mayor Ken Livingstone", "Tory MP Boris Johnson")."""
        described = self._described_with(key, position)
        return head_offices(described) | (described & OTHER_POSTS)

    def _described_with(self, key: str, position: int) -> set[str]:
        """Every word (lemma, lowercase) the text describes the person of ``key`` with
        before ``position`` (``_descriptions`` of each of the person's mentions)."""
        found: set[str] = set()
        for entity in self.entities[: bisect_right(self.starts, position)]:
            if entity.label != "PERSON" or self.fullest(entity).entity_key != key:
                continue
            span = self.doc.char_span(entity.start_char, entity.end_char, alignment_mode="expand")
            if span is not None:
                found |= _descriptions(span)
        return found

    def compatriot(self, nationalities: set[str], subject: Token) -> EntityMention | None:
        """The one person (at the fullest name) the text describes with one of
        ``nationalities`` (folded demonyms) before the description ``subject`` ("Syrian
        charge d'affaires Omar Haddad" for "the Syrian envoy"); None for none or
        several. A name right before the description, a comma between ("after meeting
        Dilson Funaro, the Canadian banker said"), is not described by it."""
        text = doc_text(self.doc)
        start = subject.left_edge.idx
        found: dict[str, EntityMention] = {}
        for entity in self.entities[: bisect_right(self.starts, subject.idx)]:
            if entity.label != "PERSON" or self.context.quoted(entity.start_char):
                continue
            if entity.end_char <= start and not text[entity.end_char : start].strip(" ,"):
                continue
            span = self.doc.char_span(entity.start_char, entity.end_char, alignment_mode="expand")
            if span is not None and _descriptions(span) & nationalities:
                full = self.fullest(entity)
                found.setdefault(full.entity_key, full)
        return next(iter(found.values())) if len(found) == 1 else None

    def titled_next(self, subject: Token, noun: str) -> EntityMention | None:
        """The person given ``noun`` as a title ("Judge Charles Harris", "Ann Lee, the
        judge") in the sentence after ``subject``'s, within its paragraph: "a judge
        claimed …" then names the judge. None when there is no such person."""
        doc = self.doc
        sentence = subject.sent
        if sentence.end >= len(doc):
            return None
        following = doc[sentence.end].sent
        paragraph = self.context.paragraph_of(subject.idx)
        if self.context.paragraph_of(following.start_char) != paragraph:
            return None
        index = bisect_right(self.starts, following.start_char - 1)
        for entity in self.entities[index:]:
            if entity.start_char >= following.end_char:
                break
            span = doc.char_span(entity.start_char, entity.end_char, alignment_mode="expand")
            if entity.label != "PERSON" or span is None or self.context.quoted(entity.start_char):
                continue
            if (span.start > 0 and doc[span.start - 1].lower_ == noun) or _titled_after(span, noun):
                return entity
        return None

    def introduced_next(self, subject: Token) -> EntityMention | None:
        """ "Spain's trade minister has said …. Carlos Ribera said he …": the person
        the sentence after ``subject``'s, in its paragraph, opens with as the subject of
        a reporting verb, named there for the first time (by no word of the name
        before): the news style that names the role first and its holder next. A
        sentence that is a paragraph of its own (a story's opening line, "… the work
        and pensions minister has said.") has its next sentence in the next paragraph,
        where a role written before the name must be the same noun ("Tory leader Jo
        Bloggs said" answers the minister). None when that sentence opens otherwise or
        names someone met before."""
        doc = self.doc
        sentence = subject.sent
        if sentence.end >= len(doc):
            return None
        following = doc[sentence.end].sent
        root = following.root
        paragraph = self.context.paragraph_of(subject.idx)
        next_paragraph = self.context.paragraph_of(following.start_char)
        alone = next_paragraph == paragraph + 1 and self._opens_paragraph(sentence)
        if (
            next_paragraph != paragraph and not alone
        ) or root.lemma_.lower() not in lexicon().reporting_verbs:
            return None
        named = next((c for c in root.children if c.dep_ == "nsubj"), None)
        entity = self.at(named) if named is not None else None
        if entity is None or entity.label != "PERSON" or self.context.quoted(entity.start_char):
            return None
        roles = {t.lemma_.lower() for t in named.lefts if t.pos_ == "NOUN"}
        if alone and roles and subject.lemma_.lower() not in roles:
            return None
        earlier = doc_text(doc)[: following.start_char]
        words = self.fullest(entity).canonical_name.split()
        if any(re.search(rf"\b{re.escape(word)}\b", earlier) for word in words):
            return None
        return entity

    def _opens_paragraph(self, sentence: Span) -> bool:
        """``sentence`` is the first of its paragraph."""
        before = sentence.start - 1
        while before >= 0 and self.doc[before].is_space:
            before -= 1
        return before < 0 or self.context.paragraph_of(
            self.doc[before].idx
        ) != self.context.paragraph_of(sentence.start_char)

    def organisation_named(self, position: int, noun: str) -> EntityMention | None:
        """The nearest organisation before ``position`` whose name holds ``noun``."""
        return self._nearest_before(
            position,
            lambda entity: (
                entity.label == "ORG" and noun in entity.canonical_name.casefold().split()
            ),
        )

    def organisation_unit(self, noun: str, position: int) -> EntityMention | None:
        """The one organisation (by its fullest name) whose name the text writes right
        before ``noun`` before ``position``, outside quotations ("an International
        Monetary Fund team", "the IMF mission" for "the team", "the mission"): news
        names a body's team once with the body, then calls it by the noun. None for
        none or several."""
        found: dict[str, EntityMention] = {}
        for entity in self.entities[: bisect_right(self.starts, position)]:
            if entity.label != "ORG" or self.context.quoted(entity.start_char):
                continue
            span = self.doc.char_span(entity.start_char, entity.end_char, alignment_mode="expand")
            if span is None or span.end >= len(self.doc):
                continue
            after = self.doc[span.end]
            if after.idx < position and after.lemma_.lower() == noun:
                full = self.fullest_organisation(entity)
                found.setdefault(full.entity_key, full)
        return next(iter(found.values())) if len(found) == 1 else None

    def company_opening(self, word: str, position: int) -> EntityMention | None:
        """The one company named in full before ``position`` (outside quotations; a name
        of several words ending in a legal form) whose first word is ``word``: wire
        copy calls "Safeguard Scientifics Inc" "Safeguard" after its first mention, a
        word the model may not tag. None for none or several."""
        found: dict[str, EntityMention] = {}
        before = self.entities[: bisect_right(self.starts, position)]
        for entity in self._organisations_opening(word, before):
            if entity.canonical_name.split()[-1].casefold().rstrip(".") in COMPANY_SUFFIXES:
                found.setdefault(entity.entity_key, entity)
        return next(iter(found.values())) if len(found) == 1 else None

    def organisation_written_as(self, word: str) -> EntityMention | None:
        """The one organisation (by its fullest name) the model tagged, outside
        quotations, as written ``word`` somewhere in the document ("Nortel" resolved to
        "Nortel Networks"): news repeats a company's short form, and the model tags it
        at some mentions and not at others. None for none or several."""
        found: dict[str, EntityMention] = {}
        for entity in self.entities:
            if entity.label != "ORG" or self.context.quoted(entity.start_char):
                continue
            if entity.text == word:
                full = self.fullest_organisation(entity)
                found.setdefault(full.entity_key, full)
        return next(iter(found.values())) if len(found) == 1 else None

    def organisation_opening(self, word: str) -> EntityMention | None:
        """The one organisation the model tagged, outside quotations, whose name of
        several words opens with ``word`` ("Daiwa Securities" for "Daiwa"), by its
        fullest name; None for none or several."""
        found: dict[str, EntityMention] = {}
        for entity in self._organisations_opening(word, self.entities):
            full = self.fullest_organisation(entity)
            found.setdefault(full.entity_key, full)
        return next(iter(found.values())) if len(found) == 1 else None

    def _organisations_opening(
        self, word: str, entities: Sequence[EntityMention]
    ) -> Iterator[EntityMention]:
        """The organisations of ``entities`` named outside quotations whose name of
        several words opens with ``word``."""
        for entity in entities:
            words = entity.canonical_name.split()
            if (
                entity.label == "ORG"
                and len(words) > 1
                and words[0] == word
                and not self.context.quoted(entity.start_char)
            ):
                yield entity

    def organisation_ending(self, noun: str) -> EntityMention | None:
        """The one organisation the document names (outside quotations) whose name is
        headed by ``noun``: it ends with the noun ("the Citizens' Independent
        Transportation Trust" for "the trust") or has it before its "of" ("the U.S.
        Chamber of Commerce" for "the chamber": the head of a name "X of Y" is the word
        before "of"); by its fullest name; None for none or several. A name the model
        typed a facility or an event counts too: "the Leeds Poetry Festival" (EVENT)
        for "the festival said" is the body that runs it, its name headed by the noun."""
        found: dict[str, EntityMention] = {}
        for entity in self.entities:
            words = entity.canonical_name.casefold().split()
            quoted = self.context.quoted(entity.start_char)
            named = entity.label in _BODY_LABELS and len(words) > 1
            if named and noun in _heads(words) and not quoted:
                full = self.fullest_organisation(entity)
                found.setdefault(full.entity_key, full)
        return next(iter(found.values())) if len(found) == 1 else None

    def organisations_called(
        self, noun: str, position: int, name_words: frozenset[str] = frozenset()
    ) -> dict[str, EntityMention]:
        """The organisations (by their fullest names, keyed by entity key) named before
        ``position``, outside quotations, that a body's ``noun`` fits: a name of two
        words or more headed by the noun once its legal form is dropped ("the New York
        Stock Exchange" for "the exchange", "Parsow Partnership Ltd" for "the
        partnership"), a name holding one of ``name_words`` (a trade's: "British
        Airways" for "the airline"), or a name the text calls by the noun, in
        apposition ("Air Canada, the state airline") or with the noun right before it
        ("the Canadian airline Air Canada"): news names a body once, then calls it by
        its noun."""
        found: dict[str, EntityMention] = {}
        for entity in self.entities[: bisect_left(self.starts, position)]:
            if entity.label != "ORG" or self.context.quoted(entity.start_char):
                continue
            words = entity.canonical_name.casefold().split()
            while len(words) > 1 and words[-1].rstrip(".") in COMPANY_SUFFIXES:
                words = words[:-1]
            if (
                (len(words) > 1 and noun in _heads(words))
                or name_words & set(re.findall(r"\w+", entity.canonical_name.casefold()))
                or self._called(entity, noun)
            ):
                full = self.fullest_organisation(entity)
                found.setdefault(full.entity_key, full)
        return found

    def _called(self, entity: EntityMention, noun: str) -> bool:
        """Whether the text calls ``entity`` by ``noun``: the noun heads an apposition
        to its name ("Air Canada, the state airline,") or stands right before it
        ("airline Air Canada", the name's title); not a noun the name owns ("Air
        Canada's airline unit")."""
        span = self.doc.char_span(entity.start_char, entity.end_char, alignment_mode="expand")
        if span is None:
            return False
        before = self.doc[span.start - 1] if span.start > 0 else None
        # A title before the name written in full ("airline Air Canada"), not a noun
        # before a short form ("state Senate" for the United States Senate).
        full = entity.text.split() == entity.canonical_name.split()
        if before is not None and before.lemma_.lower() == noun and before.tag_ not in PLURAL_TAGS:
            return full
        return any(
            child.dep_ == "appos" and child.lemma_.lower() == noun
            for token in span
            for child in token.children
            if child.i >= span.end
        )

    def organisation_of_kind(self, names: frozenset[str], position: int) -> EntityMention | None:
        """The one organisation with one of ``names`` in its name ("Coventry University"
        for a university) named in the paragraph before ``position``, else, when the
        paragraph names none, before it in the document (a description refers back:
        "the club" after the one club named, though another is named further on),
        else, when none is named before, in the whole document; None for none or
        several."""
        paragraph = self.context.paragraph_of(position)
        near: dict[str, EntityMention] = {}
        before: dict[str, EntityMention] = {}
        found: dict[str, EntityMention] = {}
        for entity in self.entities:
            words = set(re.findall(r"\w+", entity.canonical_name.casefold()))
            if entity.label != "ORG" or not words & names or self.context.quoted(entity.start_char):
                continue
            found.setdefault(entity.entity_key, entity)
            if entity.start_char < position:
                before.setdefault(entity.entity_key, entity)
                if self.context.paragraph_of(entity.start_char) == paragraph:
                    near.setdefault(entity.entity_key, entity)
        chosen = near or before or found
        return next(iter(chosen.values())) if len(chosen) == 1 else None

    def before(
        self,
        position: int,
        label: str,
        gender: str | None = None,
        subjects_only: bool = False,
        excluded: frozenset[str] | set[str] = frozenset(),
    ) -> EntityMention | None:
        """The nearest entity of ``label`` and a gender agreeing with ``gender`` before
        ``position`` (only subjects of main clauses, when asked: "Smith met Jones. He
        said …" means Smith). For "he" or "she" (a ``gender``), not a name the model
        took for a person that is an organisation's (:meth:`organisation_typed`); no
        one whose key is ``excluded``."""
        return self._nearest_before(
            position,
            lambda entity: (
                entity.label == label
                and entity.entity_key not in excluded
                and (not subjects_only or self.is_main_subject(entity))
                and agrees(gender, self.gender(entity))
                and not (gender is not None and self.organisation_typed(entity))
                and not (label == "PERSON" and self.named_thing(entity))
                and not (gender is not None and self.names_a_thing(entity))
            ),
        )

    def names_a_thing(self, entity: EntityMention) -> bool:
        """ "An early own goal followed by a Dean Marsh strike …": a name that only
        qualifies a common noun after it (the strike, the era, the goal) is not who the
        sentence is about, so no "he" or "she" after it stands for it."""
        span = self.doc.char_span(entity.start_char, entity.end_char, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        return root.dep_ == "compound" and root.head.i >= span.end and root.head.pos_ == "NOUN"

    def named_thing(self, entity: EntityMention) -> bool:
        """ "The film, A Different Story, chronicles …": a name the model took for a
        person in apposition to a kind of creative work, the work's title."""
        span = self.doc.char_span(entity.start_char, entity.end_char, alignment_mode="expand")
        if span is None or span.root.dep_ != "appos":
            return False
        return span.root.head.lemma_.lower() in lexicon().work_nouns

    def most_named_person(self, position: int) -> EntityMention | None:
        """The one person named most often before ``position`` (outside quotations,
        by fullest name): whom a story is about; None for none or a tie."""
        counts: Counter[str] = Counter()
        fullest: dict[str, EntityMention] = {}
        for full in self._people_before(position):
            counts[full.entity_key] += 1
            fullest.setdefault(full.entity_key, full)
        ranked = counts.most_common(2)
        if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
            return None
        return fullest[ranked[0][0]]

    def person_of_age(self, age: int, position: int) -> EntityMention | None:
        """The one person (at the fullest name) the text gives ``age`` in years before
        ``position``: "Graham Stuart, 34,", "Graham Stuart (34)", "34-year-old Graham
        Stuart"; news gives a person's age once beside the name. None for none or
        several."""
        text = doc_text(self.doc)
        after = re.compile(rf"\s*(?:,\s*|\(\s*){age}\b(?!-)")
        before = re.compile(rf"\b{age}-year-old\s+$")
        found: dict[str, EntityMention] = {}
        for entity in self.entities[: bisect_right(self.starts, position)]:
            if entity.label != "PERSON" or entity.end_char > position:
                continue
            if self.context.quoted(entity.start_char):
                continue
            if after.match(text, entity.end_char) or before.search(
                text[max(entity.start_char - 20, 0) : entity.start_char]
            ):
                full = self.fullest(entity)
                found.setdefault(full.entity_key, full)
        return next(iter(found.values())) if len(found) == 1 else None

    def only_person_before(self, position: int) -> EntityMention | None:
        """The one person (at the fullest name) named before ``position`` outside
        quotations; None for none or several."""
        found: dict[str, EntityMention] = {}
        for full in self._people_before(position):
            found.setdefault(full.entity_key, full)
        return next(iter(found.values())) if len(found) == 1 else None

    def _people_before(self, position: int) -> Iterator[EntityMention]:
        """Each person named before ``position`` outside quotations, at the fullest
        name, in order (a name of a thing, "the Carter Center", left out)."""
        for entity in self.entities[: bisect_right(self.starts, position)]:
            if entity.label != "PERSON" or self.context.quoted(entity.start_char):
                continue
            if not self.named_thing(entity):
                yield self.fullest(entity)

    def _nearest_before(
        self, position: int, accepts: Callable[[EntityMention], bool]
    ) -> EntityMention | None:
        """The nearest entity before ``position``, outside quotations, that ``accepts``
        takes (a name inside a quotation is what the speaker talks about, not who
        speaks); None when there is none."""
        for entity in reversed(self.entities[: bisect_right(self.starts, position)]):
            if not self.context.quoted(entity.start_char) and accepts(entity):
                return entity
        return None

    def organisation_typed(self, entity: EntityMention) -> bool:
        """Whether a name the model typed a person is an organisation's elsewhere: the
        curated name lists type it so (in any context: "Aston Villa" in a story with
        no football words), or the model types the same name so at another mention,
        or an organisation's name opens with it ("Contrack" for "Contrack
        International")."""
        if entity.label != "PERSON" or _particle_full_name(entity.canonical_name):
            # "Willy van der Berg", an organisation to the model at one mention: the
            # shape is a person's ("he" after it is that person).
            return False
        entries = load_aliases().names.get(fold(entity.canonical_name), ())
        words = entity.canonical_name.split()
        return any(entry.label == "ORG" for entry in entries) or any(
            other.label == "ORG"
            and (other.text == entity.text or other.canonical_name.split()[: len(words)] == words)
            for other in self.entities
        )

    def organisation_before(self, position: int) -> EntityMention | None:
        """The nearest organisation before ``position``, outside quotations: one the
        model typed so, or a name of several words it typed a person that opens with
        no listed first name ("Organic Liaison"). None when there is none."""

        def organisation_like(entity: EntityMention) -> bool:
            words = entity.canonical_name.split()
            return entity.label == "ORG" or (
                entity.label == "PERSON" and len(words) > 1 and not is_first_name(words[0])
            )

        return self._nearest_before(position, organisation_like)

    def clause_subject_before(
        self,
        position: int,
        gender: str | None,
        described: bool = False,
        excluded: frozenset[str] | set[str] = frozenset(),
    ) -> EntityMention | None:
        """ "When Meghan joined the family, she said": a person of the pronoun's gender,
        known from a title or first name, who is the subject of an earlier clause of
        the same sentence (of unknown gender, "When Winfrey asked him, he declined"
        would be as likely the one asked). For a description (``described``: "When
        Dion was asked, the star said") any gender will do."""
        if gender is None and not described:
            return None
        token = self.doc.char_span(position, position + 1, alignment_mode="expand")
        if token is None:
            return None
        sentence_start = token[0].sent.start_char
        index = bisect_right(self.starts, position) - 1
        while index >= 0 and self.entities[index].start_char >= sentence_start:
            entity = self.entities[index]
            span = self.doc.char_span(entity.start_char, entity.end_char, alignment_mode="expand")
            if (
                entity.label == "PERSON"
                and span is not None
                and span.root.dep_ in ("nsubj", "nsubjpass")
                # "When Meghan joined …, she said": an adverbial clause, not what someone
                # said ("Meghan said Kate apologized, and she …").
                and span.root.head.dep_ in ("advcl", "ROOT", "conj")
                and not self.context.quoted(entity.start_char)
                and entity.entity_key not in excluded
                and (described or self.gender(entity) == gender)
            ):
                return entity
            index -= 1
        return None

    def statement_agent_before(
        self, position: int, gender: str | None, excluded: frozenset[str] | set[str] = frozenset()
    ) -> EntityMention | None:
        """ "A similar argument was made on Capitol Hill by Fed chairman Paul Volcker.
        “…,” he said": the person named as the agent of a passive main verb whose
        subject is a noun of a statement (``statement_nouns``: an argument, a warning, a
        call made by someone), in the sentence of ``position`` before it or the sentence
        before; that person made a statement, as a speaker does, so a "he" after it is
        theirs. Only the one person of a compatible gender the agent names; None
        otherwise (an agent of other verbs, "the plan was backed by Smith", is no
        speaker: such a rule over every passive moved right speakers away)."""
        span = self.doc.char_span(position, position + 1, alignment_mode="expand")
        if span is None:
            return None
        sentence = span[0].sent
        sentences = [sentence]
        if sentence.start > 0:
            sentences.insert(0, self.doc[sentence.start - 1].sent)
        for current in reversed(sentences):
            root = current.root
            said = any(
                c.dep_ == "nsubjpass" and c.lemma_.lower() in lexicon().statement_nouns
                for c in root.children
            )
            agents = [c for c in root.children if c.dep_ == "agent"]
            if not said or len(agents) != 1:
                continue
            people = {
                entity.entity_key: entity
                for token in agents[0].subtree
                if token.idx < position
                and (entity := self.at(token)) is not None
                and entity.label == "PERSON"
                and not self.context.quoted(entity.start_char)
            }
            if len(people) != 1:
                return None
            entity = next(iter(people.values()))
            if entity.entity_key in excluded or not agrees(gender, self.gender(entity)):
                return None
            return entity
        return None

    def gender(self, entity: EntityMention) -> str | None:
        if entity.label != "PERSON":
            return None
        title = self.titles.get(entity.entity_key, "")
        start = self.doc.char_span(entity.start_char, entity.end_char, alignment_mode="expand")
        if start is not None and start.start > 0:
            title += " " + self.doc[start.start - 1].text
        fullest = self.fullest(entity)
        guessed = gender_of_person(title, fullest.canonical_name)
        return self.as_the_text_says(fullest.entity_key, guessed, title)

    def as_the_text_says(self, key: str | None, guessed: str | None, title: str) -> str | None:
        """``guessed``, the gender of person ``key`` titled ``title``, unless it comes
        from a first name and the text says otherwise: "Beryl Sprinkel … repeated his
        call" is no woman, so a person whose own clauses say "his" (or "her") against
        the name's gender has no gender the resolver may rule on."""
        if guessed is None or key is None or gender_of_address(title) is not None:
            return guessed
        own = self._own_pronouns().get(key, set())
        return None if own and guessed not in own else guessed

    def _own_pronouns(self) -> dict[str, set[str]]:
        """``{person key: genders}`` of the pronouns owning the object of a verb whose
        subject is that person, or that object itself ("Ann Lee repeated her call",
        "Tom Hay cleared himself"): what the text says of each person's gender."""
        if self.own_pronouns is None:
            self.own_pronouns = {}
            doc = self.doc
            # The pronouns' places from the document's array: no Token for other words.
            for index in positions(doc, "LOWER", _OWN_PRONOUNS):
                token = doc[index]
                gender = _OWN_PRONOUNS[token.lower_]
                subject = _clause_subject(token)
                entity = self.at(subject) if subject is not None else None
                if entity is not None and entity.label == "PERSON":
                    for named in (self.fullest(entity), self.fullest_named(entity)):
                        self.own_pronouns.setdefault(named.entity_key, set()).add(gender)
        return self.own_pronouns

    def is_main_subject(self, entity: EntityMention) -> bool:
        """Whether the entity is the subject (or a name in apposition to the subject) of
        a sentence's main verb, not of a clause inside it."""
        span = self.doc.char_span(entity.start_char, entity.end_char, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        if root.dep_ == "appos":
            root = root.head
        verb = root.head
        # "The musical's director is Matthew Warchus.": the person the sentence
        # introduces, as much its topic as a subject.
        introduced = root.dep_ == "attr" and verb.lemma_ == "be"
        if root.dep_ not in ("nsubj", "nsubjpass") and not introduced:
            return _fronted(root)
        return is_main_verb(subject_verb(verb))

    def fullest(self, entity: EntityMention) -> EntityMention:
        """The person with the longest name ending with ``entity``'s (accents aside).
        A surname alone that no longer mention holds takes the one first name written
        before it in the text or the title, if there is just one ("Céline Dion" in a
        headline, or in a sentence the model found no name in).

        Entity resolution (``tasks.entity_people.resolve_people``) has already completed
        surnames among the names the model typed a person; this goes further on purpose,
        for a speaker only: it compares names without accents and takes a full name the
        model typed otherwise when it opens with a given name (``_given_named``)."""
        words = _folded(entity.canonical_name).split()
        best = entity
        for other in self.entities:
            folded = _folded(other.canonical_name)
            if (
                (other.label == "PERSON" or self._given_named(other, len(words)))
                and len(folded.split()) > len(best.canonical_name.split())
                and ends_with(folded, words)
            ):
                best = replace(other, label="PERSON")
        if best is entity and len(words) == 1:
            written = self.written_name(entity.canonical_name)
            if written is not None:
                return replace(entity, canonical_name=written)
        return best

    def fullest_named(self, entity: EntityMention) -> EntityMention:
        """The fullest name the document gives ``entity``: a person's full name ("Céline
        Dion" for "Dion"), an organisation's with its legal form or the name its short
        form is given in brackets after (``spelled_out``); else ``entity``."""
        if (long_form := self.spelled_out(entity)) is not None:
            entity = long_form
        if entity.label == "PERSON":
            return self.fullest(entity)
        if entity.label == "ORG":
            entity = self.firm_of_surname(entity) or self.fullest_organisation(entity)
            return self.initials_joined(entity)
        return entity

    def spelled_out(self, entity: EntityMention) -> EntityMention | None:
        """The organisation whose name the text writes right before ``entity``'s one-word
        name in brackets, case aside: "Greek Athletics Federation (Segas)", "Conseil
        Superieur de l'Audiovisuel (CSA)", a short form whose letters need not be the
        name's initials (which entity resolution links already), whatever the model
        typed the short form. None for a longer name or none so written."""
        word = entity.canonical_name
        if " " in word or not word[:1].isupper():
            return None
        text = doc_text(self.doc)
        for other in self.entities:
            if other.label != "ORG" or other.entity_key == entity.entity_key:
                continue
            bracket = _BRACKETED_WORD.match(text, other.end_char)
            if bracket is not None and bracket.group(1).casefold() == word.casefold():
                return other
        return None

    def initials_joined(self, entity: EntityMention) -> EntityMention:
        """``entity`` with the initials the model cut off its name at "and" ("LL and E
        Royalty Trust", typed "E Royalty Trust"): where the text writes capital
        initials and "and" (or "&") right before a mention of it whose name opens with
        initials too. Else ``entity``."""
        first = entity.canonical_name.split()[0]
        if not _CAPITAL_INITIALS.fullmatch(first):
            return entity
        text = doc_text(self.doc)
        for other in self.entities:
            if other.entity_key != entity.entity_key:
                continue
            before = _JOINED_INITIALS.search(text, max(0, other.start_char - 12), other.start_char)
            if before is not None:
                joined = f"{before.group(1)} {before.group(2)} {entity.canonical_name}"
                return replace(entity, canonical_name=joined)
        return entity

    def firm_of_surname(self, entity: EntityMention) -> EntityMention | None:
        """The company named in full, with a legal form, that the short name ``entity``
        stands for: the longest name of the same entity that goes on from its name
        ("Arthur Pemberton and Co Ltd" for "Pemberton", resolved to "Arthur
        Pemberton"); else, for one word, the one company named for a person whose
        surname it is ("Montagu" for "Samuel Montagu and Co Ltd", "Morgan" for "J.P.
        Morgan and Co Inc": wire copy shortens a firm named for its founder to the
        surname, which no opening word finds), the words before the surname all given
        names or initials. Neither where the text also writes the person's name alone
        ("Mario Gabelli, head of … Mario Gabelli and Co": "Gabelli" is the man). None
        otherwise."""
        known = (entity.entity_key, entity.canonical_name, entity.text)
        if known not in self.firms:
            self.firms[known] = self._firm_of_surname(entity)
        return self.firms[known]

    def _firm_of_surname(self, entity: EntityMention) -> EntityMention | None:
        """``firm_of_surname`` worked out (see there)."""
        word = entity.canonical_name
        found: dict[str, EntityMention] = {}
        # "Pemberton" the model resolved to "Arthur Pemberton": that name's company; not
        # "Mario Gabelli" written in full (the person, not his firm), nor a name whose
        # legal form alone already gives another company ("Charles Schwab Corp").
        short = (
            len(entity.text.split()) == 1
            and self.fullest_organisation(entity) is entity
            and not self._written_alone(word)
        )
        if short:
            for other in self.entities:
                longer = other.canonical_name
                if (
                    other.entity_key == entity.entity_key
                    and other.label == "ORG"
                    and longer.startswith(word + " ")
                    and longer.split()[-1].casefold().rstrip(".") in COMPANY_SUFFIXES
                ):
                    found.setdefault(longer, other)
        if found:
            return max(found.values(), key=lambda other: len(other.canonical_name))
        if len(word.split()) != 1 or not word[:1].isupper():
            return None
        for other in self.entities:
            words = other.canonical_name.split()
            if other.label != "ORG" or word not in words[1:-1]:
                continue
            at = words.index(word)
            given = words[:at]
            if (
                all(_INITIALS.fullmatch(g) or is_first_name(g) for g in given)
                and words[-1].casefold().rstrip(".") in COMPANY_SUFFIXES
                and not self._written_alone(" ".join(words[: at + 1]))
            ):
                found.setdefault(other.entity_key, other)
        return next(iter(found.values())) if len(found) == 1 else None

    def _written_alone(self, name: str) -> bool:
        """Whether the text writes a person's ``name`` ("Mario Gabelli") on its own, not
        only inside the name of the firm called after him: then the short name may be
        the person's as well as the firm's."""
        return any(" ".join(entity.text.split()) == name for entity in self.entities)

    def most_named_organisations(self, position: int) -> set[str]:
        """The keys of the organisations named most often before ``position`` (outside
        quotations): the one a story is about, or those tied for it."""
        counts: dict[str, int] = {}
        for entity in self.entities[: bisect_right(self.starts, position)]:
            if entity.label == "ORG" and not self.context.quoted(entity.start_char):
                # "Lilly" counts for "Eli Lilly and Co", as a speaker it is named so.
                full = self.firm_of_surname(entity) or self.fullest_organisation(entity)
                key = full.entity_key
                counts[key] = counts.get(key, 0) + 1
        most = max(counts.values(), default=0)
        return {key for key, count in counts.items() if count == most}

    def fullest_organisation(self, entity: EntityMention) -> EntityMention:
        """The organisation named in full with a legal-form suffix after ``entity``'s
        words ("American Motors Corp" for "American Motors": news drops the suffix after
        the first mention), if the document names one; else ``entity``."""
        words = entity.canonical_name.casefold().split()
        for other in self.entities:
            longer = other.canonical_name.casefold().split()
            if (
                other.label == "ORG"
                and len(longer) > len(words)
                and longer[: len(words)] == words
                and all(word.rstrip(".") in COMPANY_SUFFIXES for word in longer[len(words) :])
            ):
                return other
        return entity

    def given_name(self, word: str) -> bool:
        """Whether ``word`` may be a given name before a surname: a listed first name,
        initials ("JP McManus"), or a capitalised word the text never writes in
        lowercase and that is no title ("Helmut", "Stelios": the list lacks them)."""
        if _INITIALS.fullmatch(word):
            # Not "US" or "EU", which the text names as places or organisations.
            return not any(e.text == word and e.label != "PERSON" for e in self.entities)
        if is_first_name(word):
            return True
        if self.lowercase is None:
            self.lowercase = _lowercase_words(self.context.text)
        return word.isalpha() and _unlisted_given(word, self.lowercase)

    def person_shaped(self, name: str, typed_person: bool) -> bool:
        """Whether ``name`` (a speaker's canonical name) has a person's shape though it
        speaks as an organisation: two or three capitalised words (a hyphen allowed)
        with no word of a body's name ("Board", "Corp") and no curated organisation
        under that name ("Morgan Stanley"), opening with an initial ("E Hayot"); or,
        when the model typed it a person (``typed_person``: "Ann Lee" taken for her
        firm "Ann Lee & Partners"), with a listed given name; or with any given name
        when the text also writes the last word alone, as news writes a surname
        ("Dorin Costa … Costa was sacked"; a band, "Franz Ferdinand", or a company
        goes by its full name or its first word)."""
        words = name.split()
        if (
            not 2 <= len(words) <= 3
            or not all(word[:1].isupper() and word.replace("-", "").isalpha() for word in words)
            or any(word.casefold() in _body_words() for word in words)
            or any(entry.label == "ORG" for entry in load_aliases().names.get(fold(name), ()))
        ):
            return False
        if (len(words[0]) == 1 and len(words) == 2) or (
            typed_person and self.listed_given_name(words[0])
        ):
            return True
        alone = re.compile(rf"(?<!{re.escape(words[-2])} )\b{re.escape(words[-1])}\b")
        return self.given_name(words[0]) and alone.search(self.context.text) is not None

    def listed_given_name(self, word: str) -> bool:
        """A listed first name, or initials standing for given names ("JK")."""
        return is_first_name(word) or (bool(_INITIALS.fullmatch(word)) and self.given_name(word))

    def _given_named(self, entity: EntityMention, known: int) -> bool:
        """A full name the model typed other than a person, for a name of ``known``
        words it typed a person: opening with a first name; for a surname alone
        ("Panke" a person, "Helmut Panke" an organisation), with a given name two
        words make, listed or not (not "Imagine Brad Thor" for "Brad Thor")."""
        if known == 1 and len(entity.canonical_name.split()) == 2:
            return _first_named(entity, self.given_name)
        return _first_named(entity)

    def written_name(self, surname: str) -> str | None:
        """ "Céline Dion" for "Dion": the first name and surname written together in
        the text or the title, when one first name only stands before the surname.
        Unlike ``entity_people._GivenNamesInText`` (any capitalised word the parse puts
        before the surname inside a sentence), this reads the title, which the parse does
        not hold, and takes listed first names only."""
        if surname not in self.written_names:
            # Not "Charles" in "René-Charles Dion Angélil".
            # "Brian 'Head' Welch": a nickname in quotation marks may stand between.
            # "Sandra den Hamer" for "Hamer": the particles of a family name the model
            # left out of the span stand between ("van der", "bin").
            pattern = re.compile(
                r"(?<![\w-])([A-ZÀ-Þ][^\W\d_]+)\s+"
                + _NICKNAME
                + rf"((?:(?:{_PARTICLE_WORDS})\s+){{0,2}})"
                + re.escape(surname)
                + r"\b"
            )
            firsts: dict[str, str] = {}
            for source in (self.context.title, self.context.text):
                for match in pattern.finditer(source):
                    if is_first_name(match.group(1)):
                        full = f"{match.group(1)} {' '.join(match.group(2).split())}"
                        firsts.setdefault(_folded(match.group(1)), full.strip())
            if not firsts:
                firsts = self._role_named(surname)
            only = next(iter(firsts.values())) if len(firsts) == 1 else None
            self.written_names[surname] = f"{only} {surname}" if only else None
        return self.written_names[surname]

    def lowercase_written_name(self, surname: str) -> str | None:
        """ "Jaime Lusinchi" for "Lusinchi" in a story the wire sent in lower case
        ("president jaime lusinchi defended …"): the one word the text writes in
        lower case between a person's role ("president") and the surname in lower
        case, capitalised; None for none or several. The role tells a story sent in
        lower case: "though many sources agreed" names no one "Many"."""
        text = self.context.text
        pattern = re.compile(rf"(?<![\w-])([a-z]+)\s+{re.escape(surname.casefold())}\b")
        firsts = {
            match.group(1)
            for match in pattern.finditer(text)
            if text[: match.start()].rstrip().rpartition(" ")[2] in lexicon().person_nouns
        }
        if len(firsts) != 1:
            return None
        return f"{next(iter(firsts)).capitalize()} {surname}"

    def _role_named(self, surname: str) -> dict[str, str]:
        """ "professor Rei Shiratori", "Finance Minister Barend du Plessis": given names
        the list lacks, each a capitalised word the text never writes in lowercase
        (``given_name``) between a lowercase role noun or a listed office and
        ``surname`` (one word, or a family name with its particle), by folded form."""
        doc = self.doc
        firsts: dict[str, str] = {}
        # The surname's places, read from the document's array: a Token for every word
        # of the document, for every surname, costs more than all the rest of the rule.
        for index in positions(doc, "ORTH", (surname,)):
            if index < 2:
                continue
            given, role = doc[index - 1], doc[index - 2]
            if (
                role.pos_ == "NOUN"
                and role.is_lower
                and given.text[:1].isupper()
                and self.given_name(given.text)
            ):
                firsts.setdefault(_folded(given.text), given.text)
        titled = re.compile(
            r"(?<![\w-])([A-Za-z]+)\s+([A-ZÀ-Þ][^\W\d_]+)\s+"
            + rf"((?:(?:{_PARTICLE_WORDS})\s+){{0,2}})"
            + re.escape(surname)
            + r"\b"
        )
        offices = person_titles()[0]
        for match in titled.finditer(self.context.text):
            role, given, particles = match.groups()
            if role.casefold() in offices and self.given_name(given):
                firsts.setdefault(_folded(given), f"{given} {' '.join(particles.split())}".strip())
        return firsts

    def given_names_before(self, entity: EntityMention) -> EntityMention | None:
        """ "Minister Ana Luisa Prado Lemos": the model typed the given names a person
        ("Ana Luisa") and the family name of two words apart ("Prado Lemos", a place
        or another person). A name of one or two capitalised words, written
        at some mention right after a person's name of listed first names only (one
        space between), is that person's full name; None when the text writes no such
        given names before it, or two different ones."""
        if not 1 <= len(entity.canonical_name.split()) <= 2:
            return None
        text = self.context.text
        found: dict[str, EntityMention] = {}
        for index, other in enumerate(self.entities[1:], start=1):
            given = self.entities[index - 1]
            if (
                other.canonical_name == entity.canonical_name
                and other.text[:1].isupper()
                and given.label == "PERSON"
                and text[given.end_char : other.start_char] == " "
                # Listed first names only: not an honorific ("Hojatoleslam Akbar").
                and all(is_first_name(word) for word in given.text.split())
            ):
                full = f"{given.text} {other.text}"
                found[full] = replace(entity, canonical_name=full, text=full, label="PERSON")
        return next(iter(found.values())) if len(found) == 1 else None

    def without_office_word(self, entity: EntityMention) -> EntityMention:
        """ "Minister of Mines and Energy Rahmat": the model ran the office's last
        word into the name ("Energy Rahmat", a person or an organisation to it). A
        name whose first word is no first name, written at every mention where it
        opens the name right after "of" or "and" that follow an office ("minister",
        "secretary"), and written without that word at another mention ("Rahmat
        said"), is that person's name without the word (the person the model typed
        apart, if any); else ``entity``."""
        words = entity.canonical_name.split()
        if entity.label not in ("PERSON", "ORG") or len(words) < 2 or is_first_name(words[0]):
            return entity
        first, rest = words[0], words[1:]
        alone = [
            other
            for other in self.entities
            if other.text.split() == rest
            and (other.entity_key == entity.entity_key or other.label == "PERSON")
        ]
        glued = [
            self.context.text[max(0, other.start_char - _OFFICE_REACH) : other.start_char]
            for other in self.entities
            if other.entity_key == entity.entity_key and other.text.split()[:1] == [first]
        ]
        offices = person_titles()[0]
        if (
            not alone
            or not glued
            or not all(
                _AFTER_FIELD.search(before)
                and any(word.casefold() in offices for word in re.findall(r"[A-Za-z]+", before))
                for before in glued
            )
        ):
            return entity
        person = next((o for o in alone if o.entity_key != entity.entity_key), None)
        if person is not None:
            full = self.fullest(person)
            return full if full.canonical_name != entity.canonical_name else person
        return replace(entity, canonical_name=" ".join(rest), label="PERSON")

    def particle_named(self, entity: EntityMention) -> EntityMention | None:
        """ "Julia den Braber" for "Braber", a surname the model cut from its given
        name and particle and typed other than a person: the full name as written,
        a person's; None when the text writes no given name and particle before it."""
        words = entity.canonical_name.split()
        if particle_led(entity.canonical_name):
            # "Du Plessis" opening a sentence is the "du Plessis" of the full name.
            words[0] = words[0].casefold()
        written = self.written_name(" ".join(words))
        if written is None or written.split()[1] not in _PARTICLES:
            return None
        return replace(entity, canonical_name=written, label="PERSON")

    def misspelt_person(self, word: str) -> EntityMention | None:
        """The one person named in full whose surname ``word`` misspells ("Predergast",
        "Daveport" where the text names S. Lawrence Prendergast, Lindsay Davenport):
        one letter off, or two neighbours swapped, with the same first letter, both of
        five letters or more. A wire or web story that misspells a name at a cue has
        spelt it right before; None when no person's surname is that near, or several
        are."""
        if len(word) < _MISSPELT_LENGTH or not word.isalpha() or not word[:1].isupper():
            return None
        folded = _folded(word)
        found: dict[str, EntityMention] = {}
        for entity in self.entities:
            words = entity.canonical_name.split()
            # A full name the model typed otherwise counts when it opens with a first
            # name or initials ("S. Lawrence Prendergast" an organisation).
            person = entity.label == "PERSON" or _first_named(entity, self.listed_given_name)
            if not person or len(words) < 2:
                continue
            surname = _folded(words[-1])
            if surname == folded:
                # The word is a surname the text spells so: no misspelling.
                return None
            if (
                len(surname) >= _MISSPELT_LENGTH
                and surname[0] == folded[0]
                and one_edit(surname, folded)
            ):
                full = self.fullest(replace(entity, label="PERSON"))
                found[full.canonical_name] = full
        return next(iter(found.values())) if len(found) == 1 else None

    def ends_a_person(self, entity: EntityMention) -> bool:
        """Whether ``entity``, a name of two capitalised words the model typed an
        organisation ("El Guerrouj", a family name of two words), closes the name of a
        person it typed so and opens with a given name (``given_name``: "Hicham El
        Guerrouj")."""
        words = entity.canonical_name.split()
        return (
            entity.label == "ORG"
            and len(words) == 2
            and all(word[:1].isupper() for word in words)
            and any(
                other.label == "PERSON"
                and len(other.canonical_name.split()) > 2
                and ends_with(other.canonical_name, words)
                and self.given_name(other.canonical_name.split()[0])
                for other in self.entities
            )
        )

    def misspelt_organisation(self, entity: EntityMention) -> EntityMention | None:
        """The organisation a one-word name the model typed an organisation misspells
        ("Minnistry" where the text writes "Ministry" for a body at other mentions):
        one letter off, or two neighbours swapped, from the one-word mention of a
        single organisation the text writes more often than the misspelling, both of
        five letters or more and with the same first letter. None otherwise."""
        word = entity.text
        if entity.label != "ORG" or not word.isalpha() or len(word) < _MISSPELT_LENGTH:
            return None
        counts = Counter(other.text for other in self.entities if other.label == "ORG")
        found: dict[str, EntityMention] = {}
        for other in self.entities:
            if (
                other.label == "ORG"
                and other.text[:1] == word[:1]
                and len(other.text) >= _MISSPELT_LENGTH
                and counts[other.text] > counts[word]
                and one_edit(other.text.casefold(), word.casefold())
            ):
                found[other.entity_key] = self.fullest_organisation(other)
        return next(iter(found.values())) if len(found) == 1 else None

    def person_named(self, name: str, addressed: bool = False) -> EntityMention | None:
        """The person whose full name ends with ``name`` ("Mr Iwata" the model missed);
        failing one, the one name ending so that opens with a first name, whatever
        the model typed it ("Carolina Kluft" an organisation), as a person. A name
        ``addressed`` with "Mr" or "Ms" is a person's, so a given name outside the
        list will do ("Mr Ebbers": "Bernie Ebbers" an organisation). A surname in a
        wire headline's capitals ("SHULTZ SAYS …") is the name in any case; shorter
        capitals are an acronym's."""
        if name.isupper() and len(name) >= _LEAST_CAPITALISED_SURNAME:
            name = name.title()
        words = name.split()
        if not words:
            return None
        for entity in self.entities:
            if entity.label == "PERSON" and ends_with(entity.canonical_name, words):
                return entity
        found = {
            entity.canonical_name: entity
            for entity in self.entities
            if (
                self._given_named(entity, len(words))
                if addressed
                # "Rowling" for "JK Rowling" an organisation: initials will do as a
                # given name, not any capitalised word ("Misunderstanding Python").
                else _first_named(
                    entity, self.listed_given_name if len(words) == 1 else is_first_name
                )
            )
            and len(entity.canonical_name.split()) > len(words)
            and ends_with(entity.canonical_name, words)
        }
        return replace(next(iter(found.values())), label="PERSON") if len(found) == 1 else None

    def at_start(self, position: int) -> EntityMention | None:
        """The entity mention that starts at character ``position``; None for none."""
        index = bisect_right(self.starts, position) - 1
        if index >= 0 and self.entities[index].start_char == position:
            return self.entities[index]
        return None

    def at(self, token: Token) -> EntityMention | None:
        index = bisect_right(self.starts, token.idx) - 1
        if index >= 0:
            entity = self.entities[index]
            if entity.start_char <= token.idx < entity.end_char and entity.label in SPEAKER_LABELS:
                return entity
        return None


def _clause_subject(token: Token) -> Token | None:
    """The subject of the verb ``token`` belongs to as the owner of its object
    ("repeated his call") or as its reflexive object ("cleared himself"): the one
    reading in which the pronoun is that subject's own (a pronoun deeper in a phrase,
    "one of Reagan's supporters on his plan", may be anyone's)."""
    if token.dep_ == "poss" and token.head.dep_ == "dobj":
        verb = token.head.head
    elif token.lower_.endswith("self") and token.dep_ == "dobj":
        verb = token.head
    else:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _heads(words: list[str]) -> set[str]:
    """The words that head a name (casefolded, split): its last word, and the word
    before its first "of" ("chamber" of "u.s. chamber of commerce")."""
    heads = {words[-1]}
    if "of" in words[1:]:
        heads.add(words[words.index("of", 1) - 1])
    return heads


def _fronted(name: Token) -> bool:
    """ "For Allen Weiner, the future of search is …", "In Hajjaj's case, she decided
    …": a name whose view ("for", "to") or case ("in" her case, "for" his part) opens
    the sentence, before the subject of its main verb, is whom the sentence is about,
    as its subject would be. Not the matter talked about ("Of Hepburn, she said"),
    a place or a medium ("On Twitter, Schukin explains") nor a clause's name."""
    token = name
    if token.dep_ == "poss" and token.head.dep_ == "pobj":
        token = token.head
        wanted = _CASE_PREPOSITIONS
    else:
        wanted = _VIEW_PREPOSITIONS
    preposition = token.head
    verb = preposition.head
    if token.dep_ != "pobj" or preposition.lower_ not in wanted or verb.dep_ != "ROOT":
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and preposition.i < subjects[0].i


def _descriptions(name: Span) -> set[str]:
    """The words (lemmas, lowercase) the text describes a person's mention with: a
    role before the name ("Tory leader Michael Howard"), an apposition after it ("Kim
    Collins, the world champion,") and what a copula makes of it ("Collins is the
    world champion")."""
    doc = name.doc
    found: set[str] = set()
    index = name.start - 1
    while index >= max(name.start - _MAX_TITLE_WORDS, 0) and _describes(doc[index]):
        found.add(doc[index].lemma_.lower())
        index -= 1
    if name.end < len(doc) and doc[name.end].text == ",":
        for token in doc[name.end + 1 : name.end + 1 + _MAX_TITLE_WORDS + 1]:
            if token.is_punct or (token.pos_ in ("VERB", "AUX") and token.dep_ != "amod"):
                break
            # "Deborah Roberts, the singer discussed …": a subject, not a description.
            if token.dep_ in ("nsubj", "nsubjpass"):
                return found
            if _describes(token):
                found.add(token.lemma_.lower())
    root = name.root
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in _COPULAS:
        for attribute in root.head.children:
            if attribute.dep_ == "attr" and attribute.i > root.i:
                found.add(attribute.lemma_.lower())
                found |= {t.lemma_.lower() for t in attribute.lefts if _describes(t)}
    return found


def head_offices(words: set[str]) -> set[str]:
    """The head offices (``HEAD_OFFICES``) among the lowercase lemmas of a description:
    "prime" and "minister" make the prime minister."""
    found = words & HEAD_OFFICES
    if {"prime", "minister"} <= words:
        found.add("prime minister")
    # "shadow chancellor Oliver Letwin" holds another office than the chancellor's.
    modifiers = words & _OFFICE_MODIFIERS
    return {f"{word} {office}" for word in modifiers for office in found} if modifiers else found


def described_office(noun: Token) -> str | None:
    """The head office a description names ("the prime minister", "the mayor", "the
    shadow chancellor"), else None."""
    lefts = {t.lemma_.lower() for t in noun.lefts}
    offices = head_offices(lefts | {noun.lemma_.lower()})
    return min(offices) if offices else None


def _describes(token: Token) -> bool:
    """A word that may describe a person: a noun, name or adjective ("the defending
    champion" too), not a person's name."""
    adjective = token.pos_ == "ADJ" or (token.pos_ == "VERB" and token.dep_ == "amod")
    return (token.pos_ in ("NOUN", "PROPN") or adjective) and token.ent_type_ != "PERSON"


def _titled_after(name: Span, noun: str) -> bool:
    """ "Meghan, Duchess of Sussex", "Chris Grayling, the Conservative MP": the title
    after a comma (an article and a few words of it may come first), not the subject
    of what follows."""
    doc = name.doc
    if name.end >= len(doc) or doc[name.end].text != ",":
        return False
    for token in doc[name.end + 1 : name.end + 1 + _MAX_TITLE_WORDS]:
        if token.lower_ == noun or token.lemma_.lower() == noun:
            # "Deborah Roberts, the singer discussed …": a subject, not a title.
            return token.dep_ not in ("nsubj", "nsubjpass")
        if token.is_punct or token.pos_ in ("VERB", "AUX"):
            return False
    return False


def _first_named(entity: EntityMention, given: Callable[[str], bool] = is_first_name) -> bool:
    """A name of two or three capitalised words opening with a first name (or what
    ``given`` takes for a given name), which the model typed other than a person
    ("Carolina Kluft" an organisation), lowercase particles of a family name between
    ("Anna van der Berg")."""
    return entity.label != "PERSON" and (
        given_name_led(entity.canonical_name, given)
        or _particle_full_name(entity.canonical_name, given)
    )


def _particle_full_name(name: str, given: Callable[[str], bool] = is_first_name) -> bool:
    """ "Anna van der Berg": a given name, one or two lowercase family-name particles
    and one or two capitalised words. No organisation's name has that shape, so a
    name the model typed an organisation is a person's when it has it."""
    words = name.split()
    particles = [i for i, word in enumerate(words) if word in _PARTICLES]
    if not particles or particles[0] != 1 or particles != list(range(1, len(particles) + 1)):
        return False
    rest = words[particles[-1] + 1 :]
    return (
        len(particles) <= 2
        and 1 <= len(rest) <= 2
        and all(word[:1].isupper() for word in rest)
        and given(words[0])
    )


def particle_led(name: str) -> bool:
    """ "du Plessis", "van Gaal": a family name of two words opening with its particle,
    which no organisation's or place's name of two words does."""
    words = name.split()
    return len(words) == 2 and words[0].casefold() in _PARTICLES and words[1][:1].isupper()


def one_edit(one: str, other: str) -> bool:
    """Whether two different words are one letter apart (one changed, added or left
    out) or differ by two neighbouring letters swapped."""
    if one == other or abs(len(one) - len(other)) > 1:
        return False
    if len(one) == len(other):
        diff = [i for i, (a, b) in enumerate(zip(one, other, strict=True)) if a != b]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and one[diff[0]] == other[diff[1]]
            and one[diff[1]] == other[diff[0]]
        )
    shorter, longer = sorted((one, other), key=len)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def agrees(wanted: str | None, found: str | None) -> bool:
    return wanted is None or found is None or wanted == found


def _folded(name: str) -> str:
    """``name`` without accents or case, to compare "Celine" with "Céline"."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()


def people_by_role(doc: Doc, entities: Sequence[EntityMention]) -> list[EntityMention]:
    """``entities``, with a name the model typed other than a person made a person when
    the text gives it a person's role beside it: a role noun (``person_nouns``) in
    apposition after it ("Shannon Fairbanks, executive chief of staff of …") or
    right before it ("spokesman Anna Berg", a role in the singular and a listed given
    name only). Only a name of two or three capitalised words opening with a given
    name (listed, or a capitalised word the text never writes in lowercase and no
    title, as :meth:`Mentions.given_name` reads it) and
    holding no word of a body's name ("Board", "Corp"): news names a person once with
    a role, and the model may read the name as a title or a company. The key stays
    the one the entity table holds."""
    lowercase = _lowercase_words(doc_text(doc))
    return [
        replace(entity, label="PERSON") if _role_given(doc, entity, lowercase) else entity
        for entity in entities
    ]


def _role_given(doc: Doc, entity: EntityMention, lowercase: frozenset[str]) -> bool:
    """Whether ``entity``, not typed a person, is a given-name-led name with a person's
    role in apposition after it or right before it (see :func:`people_by_role`);
    ``lowercase`` holds the words the text writes in lowercase."""
    words = entity.canonical_name.split()
    if (
        entity.label not in _ROLE_RETYPED
        or not 2 <= len(words) <= 3
        or not all(word[:1].isupper() and word.isalpha() for word in words)
        or any(word.casefold() in _body_words() for word in words)
        or not (is_first_name(words[0]) or _unlisted_given(words[0], lowercase))
    ):
        return False
    span = doc.char_span(entity.start_char, entity.end_char, alignment_mode="expand")
    if span is None:
        return False
    roles = lexicon().person_nouns
    before = doc[span.start - 1] if span.start > 0 else None
    if (
        before is not None
        and before.is_lower
        and before.lemma_.lower() in roles
        and before.tag_ not in PLURAL_TAGS
        and is_first_name(words[0])
    ):
        # "his ex-boss Bernie Ebbers"; not "analysts Forrester Research" (a plural
        # role names a firm of them) nor "champion Borussia Dortmund" (no listed
        # given name: a club or a company may hold a role noun's place).
        return True
    return any(
        child.dep_ == "appos"
        and child.i >= span.end
        and child.is_lower
        and child.lemma_.lower() in roles
        and child.tag_ not in PLURAL_TAGS
        for child in span.root.children
    )


@cache
def _body_words() -> frozenset[str]:
    """Words of a body's name, never a person's ("Board", "Corp")."""
    return lexicon().organisation_nouns | COMPANY_SUFFIXES


def _lowercase_words(text: str) -> frozenset[str]:
    """The words of two letters or more ``text`` writes in lowercase."""
    return frozenset(_LOWERCASE_WORD.findall(text))


def _unlisted_given(word: str, lowercase: frozenset[str]) -> bool:
    """A given name the list lacks: a capitalised word of three letters or more that
    the text never writes in lowercase and that is no title ("Shannon")."""
    folded = word.casefold()
    return (
        word[1:].islower()
        and len(word) > 2
        and folded not in lowercase
        and folded not in PERSON_TITLES
        and folded not in ROYAL_TITLES
    )
