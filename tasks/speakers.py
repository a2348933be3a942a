"""Speakers: from the subject of a cue to a name, an entity key and a title.

``SpeakerResolver`` takes a document's context and all its cues, and gives each
cue an ``Attribution``. Named subjects are resolved first, in text order (a
definite description, "the singer", refers back to one before it); a pronoun
then takes the nearest speaker or main-clause subject of its kind, gender and
number before it; a surname takes the full name of a person in the document.
Look-ups over the entity mentions live in ``tasks.speaker_mentions``.
"""

from __future__ import annotations

import re
from bisect import bisect_right, insort
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, cached_property
from itertools import dropwhile, pairwise

from spacy.tokens import Doc, Span, Token

from core.records import EntityMention
from tasks.common_words import common_words
from tasks.entities import clean_name, entity_key
from tasks.entity_labels import COMPANY_SUFFIXES, entity_nouns
from tasks.entity_people import ADDRESS_TITLES, ROYAL_TITLES, given_name_led
from tasks.entity_places import demonyms
from tasks.entity_spans import NAME_PARTICLES, person_titles, titles_before_name
from tasks.nlp import doc_text
from tasks.person_gender import (
    gender_of_person,
    gender_of_title,
    is_first_name,
    pronoun_gender,
)
from tasks.quote_context import QuoteContext
from tasks.quote_cues import (
    AGE,
    ORG_PRONOUNS,
    OTHER_SPEAKER_PRONOUNS,
    PERSON_PRONOUNS,
    PLURAL_TAGS,
    RELATIVE_PRONOUNS,
    Cue,
    age_description,
    age_span,
    lexicon,
    named_apposition,
    relative_antecedent,
)
from tasks.speaker_epithets import epithet_before
from tasks.speaker_groups import (
    ANY_PARTIES,
    BODIES,
    coordination,
    group_size,
    joint_name,
    one_company,
)
from tasks.speaker_led_groups import is_group, leader_words, name_before, named_group_before
from tasks.speaker_mentions import (
    OFFICES,
    Mentions,
    agrees,
    described_office,
    head_offices,
    main_subject_before,
    one_edit,
    particle_led,
)
from tasks.speaker_names import (
    OWN_STAFF,
    PEER_TITLES,
    joined_firm,
    kin_family_name,
    name_after_role,
    peer_surname,
    without_leading_noun,
    without_post_nominal,
)
from tasks.speaker_turns import untagged_person_subject

# Verbs of a question put to someone, whose object answers the next quotation.
_ASKING_VERBS = frozenset({"ask", "question", "press", "quiz", "challenge"})
# Verbs whose subject made the document they take ("Pew conducted a survey").
_MAKING_VERBS = frozenset(
    "publish issue release send write produce conduct commission compile post draft carry".split()
)
# A word misspells a document noun ("statememt") from this many letters: shorter
# words one letter apart are as often other words ("post", "past").
_MISSPELT_NOUN_LENGTH = 7
# An age in years before a noun ("the 41-year-old chart-topper").
# A definite description ("the singer") refers back at most this many paragraphs.
_DESCRIPTOR_PARAGRAPHS = 2
# Nouns for a company that, after "the", stand for the company the story is about
# ("Acme Corp said it … The company said"): news names the company once, then uses
# the noun; the wire style of Reuters, and the company names seldom hold the noun.
_COMPANY_NOUNS = frozenset("company firm concern corporation".split())
# Nouns of a news outlet that news writes after the outlet's name ("the official
# Tanjug news agency", "the Kyodo news agency"): the name is the speaker.
_OUTLET_NOUNS = frozenset({"agency", "newspaper", "paper", "daily", "magazine", "weekly"})
# "The directors said in the annual report": a company's board, in the plural, speaks
# for the company a story is about (a wire story's annual-report wording).
_BOARD_MEMBERS = frozenset({"director"})
# A subject opening a split-off sentence stands within this many words of its start
# ("Mr Blair had refused": the title and the name).
_MAX_SPLIT_SUBJECT = 3
# Words before a body's noun that make it a name ("the environment select committee").
_NAMING_DEPS = frozenset({"compound", "amod"})
# Nouns of a group of countries ("both countries said"): only countries make it.
_COUNTRY_NOUNS = frozenset({"country", "nation"})
# Nouns of a court action that speaks for whoever brought it ("the lawsuit said"), and
# the verbs that bring one ("filed a suit"; British news "issued a writ", "launched a
# lawsuit"), besides "sue"; compiled by hand.
_FILING_NOUNS = frozenset({"lawsuit", "suit", "complaint", "writ"})
_FILING_VERBS = frozenset({"file", "bring", "lodge", "issue", "launch"})
# Prepositions that open a role's field ("director of rugby", "minister for sport").
_FIELD_PREPOSITIONS = frozenset({"of", "for"})
# Words of when an office is held, not which office ("the former prime minister").
_OFFICE_TIMES = frozenset("former new then outgoing incoming acting current late future".split())
# Office holders "the prime minister" may pass over back to the one it means.
_MOST_OFFICE_HOLDERS_PASSED = 2
# Nouns of an organisation's own people, whose document is the organisation's ("the
# party members' newsletter", "a staff bulletin").
_MEMBER_NOUNS = frozenset({"member", "staff", "supporter", "activist"})
# One capital letter, with or without its full stop: a given name's initial.
_INITIAL = re.compile(r"[A-Z]\.?")
# Lowercase words a show's or band's title joins its capitalised words with.
_TITLE_JOINERS = frozenset({"and", "&", "of", "the", "in", "on", "a"})
# Nouns of a published study that news uses in turn for one study ("the OECD said in
# its survey …. the report said"); of the document nouns, those a study's findings take,
# and "outlook", a body's published forecast ("in its quarterly rice outlook").
_STUDY_NOUNS = frozenset({"report", "survey", "study", "review", "analysis", "research", "outlook"})
# How a clause hangs from the verb whose subject a "they" in it may stand for ("said
# they …", "got mad because they …", "made it clear they …"), and how many such steps
# up the parse a "they" looks. Not an aside: in "Plantings could drop, they said" the
# "they" reports on the subject.
_GOVERNED_DEPS = frozenset({"ccomp", "advcl", "xcomp", "oprd", "acomp", "conj"})
_MAX_GOVERNING_STEPS = 3
# Nouns of a share of people ("40 percent said they …"), a group whatever their number.
_SHARE_NOUNS = frozenset({"percent", "cent", "majority", "minority", "third", "half"})
# Words of a party's name that make a government a party's, not a nation's ("the
# Conservative government"), besides the party members' nouns (``party_members``):
# the main parties' adjectives in British and US news.
_PARTY_ADJECTIVES = frozenset(
    {"conservative", "labour", "liberal", "communist", "democratic", "green", "coalition"}
)
# Characters between two statements the parse may join into one.
# Verbs of getting in touch with someone: a participle after their object ("wrote to
# the board, saying …", "e-mailed the editor pointing out …") is the writer's.
_CONTACTING_VERBS = frozenset(
    "e-mail email mail message text phone call ring telephone contact write letter fax".split()
)
# Members of a legislature whose committee's report British news gives as what they
# say ("MPs have said" of a Commons select committee's report; BBC News politics).
# In the plural as written: the tagger takes "MPs" for a singular noun at times.
_COMMITTEE_MEMBERS = frozenset({"mps", "msps", "meps", "peers"})
# Nouns of one who makes or sells, that with the goods before them ("the news and
# financial data seller", "the computer maker") call a company by its trade, as
# business news does after naming it.
_TRADER_NOUNS = frozenset({"maker", "seller", "provider", "supplier", "producer", "operator"})
# Verbs of going on speaking ("added", "continued"): their subject has spoken before.
_GOING_ON_VERBS = frozenset({"add", "continue"})
# A quotation in the first person singular: one person's words, not a body's.
_FIRST_PERSON_SINGULAR = re.compile(r"\b(?:I|me|my|myself)\b")
_STATEMENT_BREAKS = frozenset('\n"“”')


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


def _said_there(found: Attribution, mention: Span, cue: Cue) -> Attribution:
    """``found``'s speaker, written at ``mention`` and said with ``cue``: a description or
    epithet ("the expert", "the Birchfield Harrier") that names a speaker found before."""
    return replace(
        found,
        speaker_start=mention.start_char,
        speaker_end=mention.end_char,
        cue=cue.text,
        cue_start=cue.start,
        cue_end=cue.end,
    )


class SpeakerResolver:
    """Turns the subject of each cue into a speaker name, key and title.

    Built once a document from every cue in it, since a pronoun may refer to a
    speaker named at another cue; :meth:`attribute` then answers for each cue.
    """

    def __init__(
        self, context: QuoteContext, cues: Sequence[Cue], quoted: Mapping[int, str] | None = None
    ) -> None:
        self.doc = context.doc
        self.context = context
        # The words of the quotations each cue (by its start) introduces.
        self.quoted = quoted or {}
        # A title given at one mention ("spokesman John Kirby") holds at the others.
        self.titles: dict[str, str] = {}
        self.mentions = Mentions(context, self.titles)
        # "officials said": a plural speaker is no antecedent of "he", "she" or "it".
        self.plural = {
            cue.start for cue in cues if cue.subject is not None and cue.subject.tag_ in PLURAL_TAGS
        }
        # Cues whose subject is "he" or "she", for chains of pronouns ("When Meghan
        # joined, she said …. “…,” she joked"), and what each was resolved to.
        gendered = {
            cue.start: cue
            for cue in cues
            if cue.subject is not None and pronoun_gender(cue.subject.lower_) is not None
        }
        self.pronoun_cues = sorted(
            ((cue.subject.idx, start, cue) for start, cue in gendered.items()),
            key=lambda item: item[:2],
        )
        self.resolved: dict[int, Attribution | None] = {}
        # Cues whose subject is a relative pronoun ("None more so than Henson, who can
        # now expect …"), by where it stands: the one it stands for has spoken there.
        self.relative_cues = sorted(
            (
                (cue.subject.idx, cue)
                for cue in cues
                if cue.subject is not None and cue.subject.lower_ in RELATIVE_PRONOUNS
            ),
            key=lambda item: item[0],
        )
        self.relative_positions = [at for at, _ in self.relative_cues]
        self.cues = sorted(cues, key=lambda c: c.start)
        self.cue_starts = [c.start for c in self.cues]
        # "Mr Howard told the Today programme Mr Blair had refused …. He said": a
        # speaker inside another's report, or whose view another's verb takes as its
        # object ("Ann Lee backed Jo Bloggs's view that …"), is talked about, no
        # antecedent of "he".
        self.reported = {
            cue.start: (cue.subject, reporter)
            for cue in cues
            if cue.subject is not None
            and (reporter := _reporting_subject(cue) or _view_taker(cue)) is not None
        }
        # "according to our correspondent": the outlet's own reporter relaying the
        # story, its source but no actor of it, is no antecedent of a later "he".
        self.relaying_staff = {
            cue.start for cue in cues if cue.subject is not None and _relaying_staff(cue.subject)
        }
        self.named: dict[int, tuple[Attribution, str | None]] = {}
        # The speakers that are several parties named together ("EADS and BAE Systems").
        self.joint_names: set[str] = set()
        # (where the subject stands, where its cue starts), in text order.
        self.named_positions: list[tuple[int, int]] = []
        # Lowercase copy: the full names of the people the model read at a cue, by
        # surname ("william adams" for a later "adams said").
        self.lowercase_names: dict[str, str] = {}
        # Cues whose subject is a name of several capitalised words the model did not
        # tag and no person's ("General Acquisition said"): a body, for a later "it".
        self.untagged_bodies: set[int] = set()
        for cue in sorted(cues, key=lambda c: c.start):
            if cue.subject is not None and not _is_pronoun(cue.subject):
                self.named[cue.start] = self._named(cue)
                insort(self.named_positions, (cue.subject.idx, cue.start))

    def attribute(self, cue: Cue) -> Attribution:
        """The speaker of ``cue`` (one of the cues the resolver was built with)."""
        if cue.subject is None:
            return Attribution(cue=cue.text, cue_start=cue.start, cue_end=cue.end)
        if cue.start in self.named:
            attribution, key = self.named[cue.start]
            attribution = replace(attribution, speaker_title=self._title(attribution, key))
        else:
            attribution = self._pronoun(cue)
        return self._as_written(attribution)

    def _as_written(self, attribution: Attribution) -> Attribution:
        """``attribution`` with its person's name without a nationality or role noun the
        model read into it ("Spaniard Jo Bloggs": the noun becomes the title)."""
        speaker, key = attribution.speaker, attribution.speaker_key
        if speaker is None or key is None:
            return attribution
        if key.startswith("PERSON:") and (led := without_leading_noun(speaker, _leading_nouns())):
            title = attribution.speaker_title or led[0]
            return replace(attribution, speaker=led[1], speaker_title=title)
        return attribution

    def _club_member_epithet(self, cue: Cue, subject: Token, entity: EntityMention) -> bool:
        """ "said the Birchfield Harrier" after a quotation in the first person singular
        ("my career"): an organisation's name in the singular after "the" and after
        the verb, which news writes for one of its members, the person the story is
        about (a club's athletes are "Birchfield Harriers"); an organisation speaks as
        "we"."""
        return (
            entity.label == "ORG"
            and cue.verb is not None
            and subject.i > cue.verb.i
            and subject.tag_ == "NNP"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
            and _FIRST_PERSON_SINGULAR.search(self.quoted.get(cue.start, "")) is not None
        )

    def _untagged_epithet(self, cue: Cue, subject: Token) -> bool:
        """ "the ex-Wallaby added: “… I don't think …”": one capitalised word no entity
        holds and no person is named by, right after "the" and at most two lowercase
        modifiers or hyphens ("ex-", "former"), before a quotation in the first person
        singular: a nickname of a team's or a nation's member (as ``_club_member_epithet``)
        for a person named before, not a name."""
        doc = self.doc
        index = subject.i - 1
        while (
            index >= 0
            and subject.i - index <= 3
            and (doc[index].is_lower or doc[index].text == "-")
        ):
            if doc[index].lower_ == "the":
                break
            index -= 1
        return (
            index >= 0
            and doc[index].lower_ == "the"
            and subject.tag_ == "NNP"
            and subject.is_title
            and not subject.ent_type_
            and (subject.i + 1 == len(doc) or doc[subject.i + 1].pos_ not in ("PROPN", "NOUN"))
            and _FIRST_PERSON_SINGULAR.search(self.quoted.get(cue.start, "")) is not None
        )

    def _name_after_field(self, subject: Token) -> tuple[str, Token] | None:
        """The role and the name of "director of rugby Nigel Melville said": the parse
        hangs the name under the role's field ("of rugby", "for foreign affairs") as
        its object, so the role noun stood for the speaker. Only a field of lowercase
        words that name no person before the name: "the wife of farmer John Smith" and
        "a spokesman for President Reagan" are someone else's. Also the name set off
        after the role's organisation, which the parse makes the organisation's
        apposition ("a spokeswoman for Lloyds Bank, Jane Morton, said"); not after a
        person ("a spokesman for the Prime Minister, Tony Blair")."""
        if subject.lemma_.lower() not in lexicon().person_nouns or subject.ent_type_ == "PERSON":
            return None
        for prep in subject.children:
            if prep.dep_ != "prep" or prep.i < subject.i or prep.lower_ not in _FIELD_PREPOSITIONS:
                continue
            # The phrase ends on the name, whatever the parse hangs it on ("of coaching
            # Tamsin Orrell": the object of a gerund), or on the comma closing it.
            name = prep.right_edge
            if name.text == "," and name.i - 1 > prep.i:
                name = self.doc[name.i - 1]
            entity = self.mentions.at(name)
            if entity is None or entity.label != "PERSON":
                continue
            field = [t for t in self.doc[prep.i + 1 : name.i + 1] if t.idx < entity.start_char]
            if field and all(_field_word(t) for t in field):
                return _role_words(self.doc, subject, field[-1].i + 1) or subject.text, name
            if field and field[-1].text == "," and self._employer_apposition(prep, name, field):
                return _role_words(self.doc, subject, field[-1].i) or subject.text, name
        return None

    def _fuller_alias(self, subject: Token) -> Token | None:
        """The last word of a person's name given as ``subject``'s other name, "known as"
        or "also known as" it ("JK, also known as Jason King"), when it has more words
        than ``subject``'s name: news writes the fuller name to say who a nickname or
        initials are. None otherwise ("Marshall Mathers, known as Eminem": the name
        the subject gives is the fuller)."""
        if subject.pos_ != "PROPN":
            return None
        for known in subject.children:
            if known.dep_ != "acl" or known.lemma_.lower() != "know":
                continue
            for prep in known.children:
                alias = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if prep.lower_ != "as" or alias is None:
                    continue
                person = self.mentions.at(alias)
                own = self.mentions.at(subject)
                own_words = len((own.text if own else subject.text).split())
                if (
                    person is not None
                    and person.label == "PERSON"
                    and len(person.text.split()) > own_words
                ):
                    return alias
        return None

    def _untagged_speaker_ending(self, surname: Token) -> str | None:
        """The words of the one earlier cue's speaker no entity holds whose name ends in
        ``surname`` after a capitalised word ("Mitsuru Uchida" for "Uchida", titles
        before it left out): a person the model did not tag, named in full once, then
        by surname. None for none or several."""
        found = {
            " ".join(dropwhile(_title_word, words))
            for at, cue_start in self.named_positions
            if at < surname.idx
            and (attribution := self.named[cue_start][0]).speaker_key is None
            and attribution.speaker is not None
            and len(words := attribution.speaker.split()) > 1
            and words[-1] == surname.text
            and words[-2][:1].isupper()
        }
        return found.pop() if len(found) == 1 else None

    def _employer_apposition(self, prep: Token, name: Token, field: list[Token]) -> bool:
        """``name`` stands in apposition to the organisation ``prep`` governs: as the
        parse has it, or set off by commas after the organisation's name, whatever the
        parse hangs it on ("director of the Victims of Crime Trust, Norman Brennan,
        accused": under "Trust")."""
        employer = name.head
        if not (name.dep_ == "appos" and employer.dep_ == "pobj" and employer.head == prep):
            if len(field) < 2 or not self._set_off(name):
                return False
            employer = field[-2]
        entity = self.mentions.at(employer)
        if entity is not None:
            return entity.label in ("ORG", "GPE", "LOC")
        return employer.lemma_.lower() in lexicon().organisation_nouns

    def _set_off(self, name: Token) -> bool:
        """The person's name ``name`` ends in closes the subject: a comma after it, then
        the verb of that subject."""
        entity = self.mentions.at(name)
        after = name.i + 1
        return (
            entity is not None
            and name.idx + len(name) == entity.end_char
            and after + 1 < len(self.doc)
            and self.doc[after].text == ","
            and self.doc[after + 1].pos_ in ("VERB", "AUX")
        )

    def _title(self, attribution: Attribution, key: str | None) -> str | None:
        return attribution.speaker_title or (self.titles.get(key) if key else None)

    def _named(self, cue: Cue) -> tuple[Attribution, str | None]:
        assert cue.subject is not None
        bracketed = _bracketed_name(cue.subject)
        subject = bracketed.root if bracketed is not None else cue.subject
        if (sender := _participle_sender(cue)) is not None:
            # "Jo Bloggs e-mailed Ann Lee pointing out …": the one who wrote points out.
            subject = sender
        initialled = self._initialled_name(subject)
        if initialled is not None:
            # "A and P said": one company by its initials, not two speakers nor "A".
            return replace(initialled, cue=cue.text, cue_start=cue.start, cue_end=cue.end), (
                initialled.speaker_key
            )
        if (firm_role := self._firm_role_name(subject)) is not None:
            # "said Gulf and Western chairman Martin Davis": the parse coordinates the
            # firm's first word with the person; the person speaks, the firm's role is
            # the title.
            role_words, subject = firm_role
            return self._titled_person(cue, subject, role_words)
        if (
            employed := self._person_before_employer(subject) or self._person_before_body(subject)
        ) is not None:
            # "X, chief economist of Acme Bank GmbH said": the parse made the firm the
            # subject; the person set off before it speaks.
            person, role_words = employed
            return self._titled_person(cue, person, role_words)
        parties = self._parties(coordination(subject, self.mentions.at))
        if parties is not None:
            # "EADS and BAE Systems said in a joint statement": they speak together.
            return replace(parties, cue=cue.text, cue_start=cue.start, cue_end=cue.end), None
        role = None
        misread = None
        name = named_apposition(subject)
        if name is not None and subject.pos_ != "PROPN" and _bracketed_abbreviation(name):
            # "one official at the Department of Trade (DTI) said": the bracket
            # abbreviates the body, it names no one in the role.
            name = None
        if name is not None:
            # "VFI Chief Executive, Padraig Cribben, said": the person speaks, the role is a title.
            role = _both_roles(subject, name) or _role_words(self.doc, subject)
            subject = name
        elif (fielded := self._name_after_field(subject)) is not None:
            role, subject = fielded
        elif cue.verb is not None and (hung := _name_hung_on_verb(subject, cue.verb)):
            # "one of the Guildford Four, Gerry Conlon - who … - said": the person named.
            subject = hung
        elif (misread := _given_name_misread(subject)) is not None:
            # "spokesman Per Paust said": a given name the tagger took for a
            # preposition; the surname after it speaks, the noun is the role.
            role, subject = _role_words(self.doc, subject), misread
        elif (fuller := self._fuller_alias(subject)) is not None:
            # "says JK, also known as Jason King": the person by the fuller name.
            subject = fuller
        outlet = self._compound_outlet(subject)
        entity = self.mentions.at(subject) or (self.mentions.at(outlet) if outlet else None)
        if name is not None and entity is not None and entity.label == "PERSON":
            # "said stock futures analysts William Marcus": one person after a role the
            # text wrote in the plural, an antecedent of "he" as any named speaker.
            self.plural.discard(cue.start)
        if entity is not None and "," in doc_text(self.doc)[entity.start_char : subject.idx]:
            # "a combined Baker-Hughes, Pace said": a name the model ran over an
            # appositive comma; the words after it speak, as the person named in full
            # (none: the name stands, "Kidder, Peabody and Co").
            words = doc_text(self.doc)[subject.idx : entity.end_char].split(",")[0]
            entity = self.mentions.person_named(clean_name(words, "PERSON")) or entity
        if entity is not None and entity.label == "ORG" and _capitalised_role(subject, entity):
            # "Later, the Cardinal will preach …" (an organisation to the model): a
            # role written with a capital, described as "the cardinal" would be.
            entity = None
        if entity is not None and entity.label in ("NORP", "ORG") and _described_member(subject):
            # "the 27-year-old Austrian", "the Texas Democrat": one member of a nation or
            # a party described, a person named before, not the group.
            entity = None
        if entity is not None and self._club_member_epithet(cue, subject, entity):
            # "“… my athletics career,” said the Birchfield Harrier": one member of a club
            # speaking for himself, the person named before, not the club.
            found = self._antecedent(subject.idx, True, None, paragraphs=_DESCRIPTOR_PARAGRAPHS)
            if found is not None:
                mention = self._mention_span(subject, entity)
                return _said_there(found, mention, cue), found.speaker_key
        head = subject
        if entity is None and subject.i > 0 and subject.text in person_titles()[1]:
            # "Charles Harris QC said": the honour heads the parse; the person before it
            # speaks (not "Conservative" in "the Conservative MP said").
            named = self.mentions.at(self.doc[subject.i - 1])
            if named is not None and named.label == "PERSON":
                entity, subject = named, self.doc[subject.i - 1]
        mention = self._mention_span(subject, entity)
        if entity is None and bracketed is not None:
            mention = bracketed
        title = role or _title_of(self.doc, head, mention)
        if (
            entity is not None
            and entity.label != "PERSON"
            and (honoured := without_post_nominal(entity.canonical_name))
        ):
            # "Guy Mansfield QC warned" (an organisation to the model): the person named
            # before the honour speaks, as named elsewhere or by those words; the
            # honour is the title.
            title = title or entity.canonical_name.split()[-1]
            entity = self.mentions.person_named(honoured) or _as_person(entity, honoured)
        if entity is not None and (titled := self._office_titled_person(entity)) is not None:
            # "Cardinal Bloggs said" (an organisation to the model) after "Jo Bloggs":
            # the person named in full, the office as the title.
            title, entity = title or entity.canonical_name.split()[0], titled
        if entity is None and subject.pos_ == "PROPN":
            # "Mr Iwata" the model missed; "Labour's Mr Livingstone": by the surname.
            entity = self.mentions.person_named(
                clean_name(mention.text, "PERSON"), addressed=_addressed(mention.text)
            ) or self.mentions.person_named(subject.text)
            if entity is None and self._untagged_epithet(cue, subject):
                # "“… I don't think they will,” said the ex-Wallaby": the player the
                # story is about, speaking before, not a name "Wallaby".
                found = self._antecedent(subject.idx, True, None, paragraphs=_DESCRIPTOR_PARAGRAPHS)
                if cue.verb is not None and cue.verb.lemma_.lower() in _GOING_ON_VERBS:
                    found = self._going_on(subject.idx, None, found)
                if found is not None:
                    return _said_there(found, mention, cue), found.speaker_key
        elif entity is None:
            entity = (
                self._author_of(subject)
                or self._earlier_author(subject)
                or self._plaintiff(subject)
            )
        owner = self._described_owner(subject) if entity is None else None
        if entity is None and owner is None:
            owner = (
                self._joint_document(subject)
                or self._company_document(subject)
                or self._named_body_document(subject)
                or self._same_document(subject)
                or self._members_committee(subject)
            )
        if entity is None and owner is None and any(c.dep_ == "poss" for c in subject.children):
            # "Spain's trade minister has said …. Carlos Ribera said": a role owned by a
            # place or body, which refers back to no one, held by the next speaker.
            owner = self._owned_role_holder(subject) or self._role_holder_next(subject)
        if entity is None and (
            owner is not None
            or _is_definite(subject)
            or _is_bare_title(subject)
            or _is_indefinite(subject)
            or (is_group(subject) and bool(leader_words(subject)))
            or group_size(subject) is not None
            or age_description(subject)
        ):
            found = (
                owner
                or self._descriptor(subject)
                or self._reporting_body_document(subject)
                or self._untagged_organisation_called(subject)
                or self._role_holder_next(subject)
            )
            if found is not None:
                # "The University of Surrey expert continued": the person named before.
                return _said_there(found, mention, cue), found.speaker_key
        elif entity is not None and (family := kin_family_name(mention)) is not None:
            # "Mr Nogar's son Stephen, 57, said": the son by his father's family name.
            entity = replace(entity, canonical_name=f"{entity.canonical_name} {family}")
        elif entity is not None and (
            entity.label in ("GPE", "LOC", "NORP")
            or len(entity.canonical_name.split()) == 1
            or (entity.label != "PERSON" and _addressed(entity.canonical_name))
            or (entity.label != "PERSON" and particle_led(entity.canonical_name))
            # "El Guerrouj said" after "Hicham El Guerrouj": a two-word family name.
            or self.mentions.ends_a_person(entity)
        ):
            # "…,” Lima said", "…,” Mason told AFP", "Ms Lomax said" (an organisation to
            # the model): a one-word place or organisation name, or a title and a
            # surname, that is also a surname of a person named in full is that person.
            addressed = _addressed(entity.canonical_name) or _after_address(mention)
            surname = _without_address(entity.canonical_name)
            named = self.mentions.person_named(surname, addressed) or self._surname_as_written(
                entity
            )
            # "Mr Montieth" finds itself: no fuller name, so a misspelling may tell
            # ("David Monteith"), for a surname addressed ("Mr") or written less often
            # than the one spelt right ("Reagan" alone, said often, is no misspelt
            # "Donald Regan").
            itself = named is not None and named.canonical_name == entity.canonical_name
            if named is None or itself:
                named = self.mentions.misspelt_person(surname)
                if itself and named is not None and not (addressed or self._rarer(surname, named)):
                    named = None
            entity = (
                named
                or self.mentions.particle_named(entity)
                # "Marsh said" after "Marsh & McLennan": the firm, not a person.
                or joined_firm(entity.canonical_name, self._named_before(entity.start_char))
                # "Daiwa said" typed a person where the text tags "Daiwa" an
                # organisation elsewhere, or names "Daiwa Securities": no one named in
                # full holds the word, nor a form of address, so it is the company's
                # short name.
                or (
                    self.mentions.organisation_written_as(entity.text)
                    or self.mentions.organisation_opening(entity.text)
                    if entity.label == "PERSON" and not addressed
                    else None
                )
                or self._written_person(entity)
                or entity
            )
        if entity is not None and (misspelt := self.mentions.misspelt_organisation(entity)):
            # "the Treasury …. the Treasuy said": the body spelt right elsewhere.
            entity = misspelt
        if entity is not None and (given := self.mentions.given_names_before(entity)):
            # "Minister Ana Luisa Prado Lemos": the given names the model typed apart.
            entity = given
            title = _without_given_names(title, given.canonical_name)
        if entity is not None:
            # "Dion" in a document that names "Céline Dion": the fullest name.
            entity = self.mentions.fullest_named(entity)
            if (trimmed := self.mentions.without_office_word(entity)) is not entity:
                # "Minister of Mines and Energy Rahmat": the office's word back in the title.
                title = _with_office_word(title, entity.canonical_name.split()[0])
                entity = trimmed
            speaker, key, label = entity.canonical_name, entity.entity_key, entity.label
            if label in ("PERSON", "ORG") and (
                described := name_after_role(speaker, _leading_nouns())
            ):
                # "Barcelona star Ronaldinho admitted" (one organisation to the model):
                # the person named after the role speaks; the club and role are the title.
                title, speaker = title or described[0], described[1]
                named = self.mentions.person_named(speaker)
                key, label = (named.entity_key if named else None), "PERSON"
            if title and label != "PERSON" and speaker.startswith(title + " "):
                # "LL and E Royalty Trust": the words before a body's name that open
                # its fullest name are the name's own, no title ("Pope John Paul"
                # keeps his).
                title = None
        else:
            speaker, key, label = " ".join(mention.text.split()), None, None
            if outlet is not None:
                # "the official Tanjug news agency": the agency's name the model left untagged.
                speaker, label = outlet.text, "ORG"
            if _lowercase_person(subject) is not None:
                self.lowercase_names.setdefault(subject.lower_, speaker)
            elif len(mention) == 1 and subject.is_lower and subject.text in self.lowercase_names:
                # "adams said" after "chairman william adams said": that person, one
                # ("adams" looks plural to the tagger).
                speaker, label = self.lowercase_names[subject.text], "PERSON"
                self.plural.discard(cue.start)
            if subject.text[:1].isupper() and len(mention) == 1:
                # A surname the model did not tag (or took for a noun): the person
                # named in full elsewhere ("Gustav Lloyd Agerblad"), else the full
                # name written elsewhere.
                named = self.mentions.person_named(subject.text)
                if named is not None:
                    named = self.mentions.fullest(named)
                    speaker, key, label = named.canonical_name, named.entity_key, "PERSON"
                else:
                    written = self.mentions.written_name(subject.text)
                    if written is not None:
                        speaker, label = written, "PERSON"
                    # "Predergast said" after "S. Lawrence Prendergast": the name spelt right.
                    elif (misspelt := self.mentions.misspelt_person(subject.text)) is not None:
                        speaker, key, label = misspelt.canonical_name, misspelt.entity_key, "PERSON"
                    elif company := (
                        self.mentions.company_opening(subject.text, subject.idx)
                        or joined_firm(subject.text, self._named_before(subject.idx))
                        or self.mentions.organisation_written_as(subject.text)
                    ):
                        # "Safeguard said" after "Safeguard Scientifics Inc said": the
                        # company's first word, which the model did not tag; or the
                        # short form it tagged at another mention ("Nortel").
                        speaker, key, label = company.canonical_name, company.entity_key, "ORG"
                    elif lowercase := self.mentions.lowercase_written_name(subject.text):
                        # "Lusinchi said" in a story sent in lower case ("president
                        # jaime lusinchi"): the full name the text writes in lower case.
                        speaker, label = lowercase, "PERSON"
                    elif spoken := self._untagged_speaker_ending(subject):
                        # "Uchida said" after "Professor Mitsuru Uchida told Reuters"
                        # (untagged): that speaker, by the name as first written.
                        speaker, label = spoken, "PERSON"
            elif (kind_led := _kind_led_name(mention)) is not None:
                # "consultancy Acme4 said": the name the model did not tag after the
                # nouns of its kind, which are its title.
                kind_words, speaker = kind_led
                title, label = title or kind_words, "ORG"
            elif (company := self._hyphenated_company(mention)) is not None:
                speaker, key, label = company.canonical_name, company.entity_key, "ORG"
            elif (titled := self._untagged_titled_name(mention)) is not None:
                # "Lt Col Jo Bloggs said", "Cardinal Bloggs said" the model did not
                # tag: the person by name, the rank or office as the title.
                title_words, speaker = titled
                title, label = title or title_words, "PERSON"
        if (
            label in ("PERSON", "ORG")
            and title
            and _INITIAL.fullmatch(title)
            and " " not in speaker
        ):
            # "E Hayot, writing in …, said": an initial the model left out of a surname
            # (typed a person or, alone, an organisation) is the name's own, no title.
            speaker, title = f"{title} {speaker}", None
        if misread is not None and speaker == misread.text:
            # "Per Paust": the given name the parse took for a preposition.
            speaker = f"{self.doc[misread.i - 1].text} {speaker}"
            label = label or "PERSON"
        if title and key:
            self.titles.setdefault(key, title)
        if key is None and label is None and _untagged_name(mention):
            self.untagged_bodies.add(cue.start)
        attribution = Attribution(
            speaker=speaker,
            speaker_key=key,
            speaker_start=mention.start_char,
            speaker_end=mention.end_char,
            speaker_title=title,
            cue=cue.text,
            cue_start=cue.start,
            cue_end=cue.end,
            # "Contrack said" where the text names "Contrack International": a name
            # the model took for a person speaks as an organisation, for a later "he".
            speaker_is_person=(
                label == "PERSON"
                and not (entity is not None and self.mentions.organisation_typed(entity))
            )
            or (
                label is None
                and (
                    subject.lemma_.lower() in lexicon().person_nouns
                    or _untagged_person(mention)
                    or age_description(subject)
                    or _one_of_many(subject)
                )
            )
            # "Parul Jain, deputy chief economist at Nomura, said" (a name the model
            # did not tag, or typed an organisation): a person's role makes a person.
            or (label in (None, "ORG") and subject.pos_ == "PROPN" and _person_role(title)),
        )
        return attribution, key

    def _pronoun(self, cue: Cue) -> Attribution:
        subject = cue.subject
        assert subject is not None
        lower = subject.lower_
        if lower in OTHER_SPEAKER_PRONOUNS:
            # "they said", "I think": a group or the writer, no one named; "they" after
            # a sentence whose subject is one organisation or group is that group.
            group = None
            if lower == "they":
                group = (
                    self._governing_group(subject)
                    or self._group_before(subject)
                    or self._joint_before(subject)
                )
            found = group or Attribution(speaker_is_person=False)
            return self._at_subject(cue, found, wants_person=lower != "they")
        if lower in RELATIVE_PRONOUNS:
            return self._relative(cue)
        wants_person = subject.lower_ in PERSON_PRONOUNS
        if cue.start not in self.resolved:
            gender = pronoun_gender(lower)
            # “I've had a word with Olof,” he said: whom the quotation names is talked
            # about, not speaking (the speaker named last before it, often).
            named = self._named_in(self.quoted.get(cue.start, "")) if wants_person else set()
            found = (
                (
                    self._clause_of(subject, gender)
                    or self._asked(cue, gender)
                    or self._named_in_sentence(subject, gender)
                    or self._governing_person(subject, gender)
                )
                if wants_person
                else None
            )
            if found is None and not wants_person:
                found = self._document_speaker_before(subject)
            if found is None or found.speaker_key in named:
                found = self._antecedent(subject.idx, wants_person, gender, excluded=named)
                if (
                    wants_person
                    and cue.verb is not None
                    and (cue.verb.lemma_.lower() in _GOING_ON_VERBS)
                ):
                    # "He added": one who goes on speaking has spoken (see _descriptor).
                    found = self._going_on(subject.idx, gender, found)
            if found is None and wants_person:
                found = self._lone_surname_before(subject.idx) or self._lead_person(gender)
            if wants_person and found is not None and found.speaker_key is not None:
                found = self._story_person(subject, gender, found) or found
            self.resolved[cue.start] = found
        antecedent = self.resolved[cue.start]
        return self._at_subject(cue, antecedent or Attribution(), wants_person)

    def _story_person(
        self, pronoun: Token, gender: str | None, found: Attribution
    ) -> Attribution | None:
        """ "Ann Lee told a magazine …. Her coach said …. It rankles with the Australian.
        “…,” she said": when the narration right before ``pronoun`` turns to a person by
        an epithet (``epithet_before``) and does not name ``found`` (the person found
        for it), the document's first named speaker, a person of the pronoun's gender
        other than ``found``: the one the story is about, whom epithets stand for.
        None otherwise."""
        lead = next(
            (
                self.named[cue_start][0]
                for at, cue_start in self.named_positions
                if at < pronoun.idx and self.named[cue_start][1] is not None
            ),
            None,
        )
        if (
            lead is None
            or not lead.speaker_is_person
            or lead.speaker_key == found.speaker_key
            or not agrees(gender, self._gender(lead))
            or not epithet_before(self.context, pronoun)
        ):
            return None
        sentence = pronoun.sent
        start = self.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
        window = self.doc[start : pronoun.i].text
        surname = (found.speaker or "").split()[-1:]
        return None if surname and surname[0] in window else lead

    def _document_speaker_before(self, pronoun: Token) -> Attribution | None:
        """ "A statement released by Ann Lee said …. It added …": an "it" opening a
        sentence after one whose first named cue has a listed document for subject
        ("statement", "report") that was resolved to a named owner (a person's statement
        is the person's, a company's the company's): that speaker, as the document's.
        None otherwise (the "it" is left to the last organisation, as before)."""
        sentence = pronoun.sent
        if sentence.start == 0 or pronoun.i != _first_word(sentence).i:
            return None
        previous = self.doc[sentence.start - 1].sent
        # The sentence's first named cue: the later ones report inside its content
        # ("… said the council believed …").
        first = bisect_right(self.named_positions, (previous.start_char, -1))
        if first >= len(self.named_positions):
            return None
        at, cue_start = self.named_positions[first]
        attribution, key = self.named[cue_start]
        if key is None or at >= previous.end_char:
            return None
        subject = self.cues[bisect_right(self.cue_starts, cue_start) - 1].subject
        if subject is None or _document_noun(subject.lemma_.lower()) is None:
            return None
        return attribution

    def _lone_surname_before(self, position: int) -> Attribution | None:
        """ "Hyman said cosmetics had lost their appeal. “…,” she said": for a he or she
        with no person of its gender named before it, the speaker of the nearest cue
        before ``position`` (in its paragraph or the one before) whose subject is one
        capitalised proper noun (no article before it) the model did not tag, or typed
        an organisation whose longer name the text never gives ("Acme" after "Acme
        Paper Corp"): a surname alone, the person the story goes on about. None when
        that nearest named speaker is anything else (a description, a body, a name)."""
        index = bisect_right(self.named_positions, (position, -1)) - 1
        if index < 0:
            return None
        at, cue_start = self.named_positions[index]
        attribution, key = self.named[cue_start]
        paragraph = self.context.paragraph_of
        if cue_start in self.plural or paragraph(position) - paragraph(at) > 1:
            return None
        span = self.doc.char_span(attribution.speaker_start or 0, attribution.speaker_end or 0)
        if (
            span is None
            or len(span) != 1
            or span[0].pos_ != "PROPN"
            or span[0].ent_type_ not in ("", "ORG")
            or not span[0].text[:1].isupper()
            or span[0].text.isupper()
            or span[0].text != attribution.speaker
            or (span.start > 0 and self.doc[span.start - 1].pos_ == "DET")
        ):
            return None
        # The model types many a surname alone an organisation ("Hyman said"): one
        # that is no short form of a longer name the text gives ("Pfizer Inc") may be
        # a person's, and "she" says the name is one.
        if key is not None and (
            not key.startswith("ORG:") or self._opens_longer_name(attribution.speaker)
        ):
            return None
        return replace(attribution, speaker_is_person=True)

    def _lead_person(self, gender: str | None) -> Attribution | None:
        """ "Boss Graeme Hollis felt Rovers were never in danger …. An own goal
        followed by a Dean Marsh strike earned them a win. “…,” he said": for a he or
        she that nothing before it resolves, the person the story's first sentence has
        for its subject (whatever the model typed the name: "Graeme Hollis" opens with a
        given name), of the pronoun's gender: whom a news story is about. None when that
        subject is no such name."""
        if gender is None or len(self.doc) == 0:
            return None
        word = main_subject_before(self.context, self.doc[0].sent.end_char - 1, True)
        if word is None or word.sent.start != 0 or self.context.quoted(word.idx):
            return None
        # The model may leave the lead's name untagged and tag it at a later mention.
        entity = self.mentions.at(word) or next(
            (
                other
                for other in self.context.entities
                if other.text == word.text and not self.context.quoted(other.start_char)
            ),
            None,
        )
        if entity is None:
            return None
        person = self._written_person(entity)
        if person is None and entity.label == "PERSON":
            person = None if self.mentions.organisation_typed(entity) else entity
        if person is None:
            return None
        person = self.mentions.fullest(person)
        if not agrees(gender, gender_of_person("", person.canonical_name)):
            return None
        return self._entity_attribution(person)

    def _opens_longer_name(self, word: str) -> bool:
        """Whether a name of several words the document gives opens with ``word``."""
        return any(
            len(words := entity.canonical_name.split()) > 1 and words[0] == word
            for entity in self.context.entities
        )

    def _group_before(self, pronoun: Token) -> Attribution | None:
        """ "The bill is expected to be opposed by the Liberal Democrats. They have said
        …": for a "they" that is its sentence's subject, the one group (NORP, or an
        organisation named in the plural) that is the subject or the agent of the main
        verb of the sentence before, in its paragraph or the one before. None when
        there is none, several, or a plural noun is that sentence's subject
        ("Analysts at Acme said …. They expect")."""
        sentence = pronoun.sent
        if sentence.start == 0 or pronoun.head.dep_ != "ROOT":
            # "observers said they thought …": a "they" inside a clause is its sentence's.
            return None
        previous = self.doc[sentence.start - 1].sent
        paragraph = self.context.paragraph_of
        if paragraph(pronoun.idx) - paragraph(previous.start_char) > 1:
            return None
        root = previous.root
        verbs = {root} | {c for c in root.children if c.dep_ in ("xcomp", "conj")}
        heads: list[Token] = []
        for verb in verbs:
            for child in verb.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    heads.append(child)
                elif child.dep_ == "agent":
                    heads += [c for c in child.children if c.dep_ == "pobj"]
        if any(h.tag_ in PLURAL_TAGS and self.mentions.at(h) is None for h in heads):
            return None
        # A name in the plural ("the Liberal Democrats") or a group ("the Tories"):
        # not one body ("The Cabinet Office has confirmed it …") nor two ("JK and Joel").
        groups = {
            entity.entity_key: entity
            for head, entity in ((h, self.mentions.at(h)) for h in heads)
            if entity is not None
            and (entity.label == "NORP" or (entity.label == "ORG" and head.tag_ in PLURAL_TAGS))
            and not any(c.dep_ == "conj" for c in head.children)
            and not self.context.quoted(entity.start_char)
        }
        if len(groups) != 1:
            return None
        return self._entity_attribution(next(iter(groups.values())))

    def _governing_group(self, pronoun: Token) -> Attribution | None:
        """ "Six in 10 said they want …", "Many unionists made it clear they did not
        agree", "Liberals got mad because they …": a "they" subject of a clause that
        hangs (as a complement, an adverbial clause or an aside) from a verb whose own
        subject, before it, is a group: a plural noun, a coordination, a number or a
        share ("40 percent"), or a nation or an organisation the model names ("Labour
        said they …", British usage). That subject's words, or its entity. None for a
        "they" of a relative clause ("voters who said they …" is the voters' own), or
        under a subject that is one person or a pronoun."""
        if pronoun.dep_ != "nsubj":
            return None
        clause = pronoun.head
        beside = False  # a step through an adverbial clause, a coordination or a misparse
        for _ in range(_MAX_GOVERNING_STEPS):
            if clause.dep_ not in _GOVERNED_DEPS:
                return None
            step, clause = clause.dep_, clause.head
            # "Websites started getting reports … they did not know": a clause the
            # parse hangs on a verb of no saying or thinking is as loose as an adverbial.
            beside = beside or step in ("advcl", "conj")
            beside = beside or (
                step == "ccomp"
                and clause.pos_ == "VERB"
                and clause.lemma_.lower() not in lexicon().attribution_verbs
            )
            # "made it clear they …": the "it" of an adjective stands for the clause.
            subjects = [
                c
                for c in clause.children
                if c.dep_ == "nsubj"
                and c.i < pronoun.i
                and not (c.lower_ == "it" and clause.pos_ == "ADJ")
            ]
            if subjects:
                return self._group_subject(subjects[0], beside)
        return None

    def _group_subject(self, subject: Token, strict: bool) -> Attribution | None:
        """The attribution of ``subject`` when it names a group (see
        ``_governing_group``), else None. ``strict`` (a "they" of an adverbial
        clause or a coordinated one, which may stand for the verb's object: "his
        remarks drove critics mad, though they suspected …") takes a plain plural
        noun only when the lexicon lists it as a noun of people who speak."""
        if subject.pos_ == "PRON" or self.context.quoted(subject.idx):
            return None
        entity = self.mentions.at(subject)
        conjoined = any(c.dep_ == "conj" for c in subject.children)
        if entity is not None:
            if entity.label in ("NORP", "ORG") and not conjoined:
                return self._entity_attribution(entity)
            if entity.label != "PERSON" or not conjoined:
                return None
        elif not (
            conjoined
            or subject.tag_ == "CD"
            or subject.lemma_.lower() in _SHARE_NOUNS
            or (
                subject.tag_ in PLURAL_TAGS
                and (not strict or subject.lemma_.lower() in _people_nouns())
            )
        ):
            return None
        mention = self._mention_span(subject, None)
        if subject.tag_ == "CD" or subject.lemma_.lower() in _SHARE_NOUNS:
            # "six in 10", "Forty six percent": the number's whole phrase.
            mention = self.doc[subject.left_edge.i : subject.i + 1]
        end = max([subject.i] + [c.i for c in subject.children if c.dep_ == "conj"]) + 1
        words = self.doc[mention.start : max(end, mention.end)].text
        return Attribution(speaker=" ".join(words.split()), speaker_is_person=False)

    def _clause_of(self, pronoun: Token, gender: str | None) -> Attribution | None:
        """ "Steve Morgan, who got frustrated by what he claimed was …": a "he" inside a
        relative clause about a person of its gender is that person. Not the relative
        clause's own subject ("Ann Lee, whom he praised as …"): the relative pronoun is
        then its object, the person spoken about, and the "he" someone else."""
        for ancestor in pronoun.ancestors:
            if ancestor.dep_ == "relcl" and pronoun.head == ancestor:
                return None
            if ancestor.dep_ == "relcl":
                entity = self.mentions.at(ancestor.head)
                if (
                    entity is not None
                    and entity.label == "PERSON"
                    and agrees(gender, self.mentions.gender(entity))
                ):
                    return self._entity_attribution(entity)
                return None
        return None

    def _governing_person(self, pronoun: Token, gender: str | None) -> Attribution | None:
        """ "Ann Lee backed the plan on Monday, saying she had …", "Tom Hay went on to
        note that he had …": a he or she, subject of a clause that hangs (as a
        complement, an adverbial clause or a coordinated verb, see ``_GOVERNED_DEPS``)
        from a verb whose own subject, before the pronoun, is one person the model
        names, of the pronoun's gender: that person, whom the sentence is about, not
        the last speaker of the sentences before. A subject on the way that is a
        pronoun of the same form ("Ann Lee said she had …, and she") is passed; any
        other subject (a noun, another pronoun, a coordination) ends the search with
        None, as does a relative clause ("voters who said she …"), save one whose own
        subject is the pronoun on the object of a verb ("Tom Hay said he would expel the
        lobbyists, whom he calls …"): the search goes on from that verb."""
        if pronoun.dep_ not in ("nsubj", "nsubjpass") or gender is None:
            return None
        clause = pronoun.head
        for _ in range(_MAX_GOVERNING_STEPS):
            if clause.dep_ == "acl" and clause.tag_ == "VBG" and clause.head.i < pronoun.i:
                # "Ann Lee, the engineer, …, saying she had …": the parse hangs the
                # participle on the name, the one saying.
                return self._person_subject(clause.head, gender)
            if clause.dep_ == "relcl" and pronoun.head.i == clause.i:
                # "… said he would deport the migrants, whom he calls …": a relative
                # clause whose own subject is the pronoun hangs on the verb its noun serves.
                host = _relative_host(clause)
                if host is None:
                    return None
                clause = host
            elif clause.dep_ not in _GOVERNED_DEPS:
                return None
            else:
                clause = clause.head
            subjects = [
                c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i
            ]
            if not subjects:
                continue
            subject = subjects[0]
            if subject.lower_ == pronoun.lower_:
                continue
            infinitive = clause.tag_ == "VB" and any(c.tag_ == "TO" for c in clause.children)
            if clause.tag_ == "VBG" or infinitive:
                # "with Tom Hay standing behind him as he urged …": the subject of an
                # absolute participle is a bystander, and the subject the parse gives an
                # infinitive ("expected Tom Hay to submit …, and made clear he …") is
                # the object of the verb above it: neither is whom the sentence is about.
                return None
            return self._person_subject(subject, gender)
        return None

    def _person_subject(self, subject: Token, gender: str | None) -> Attribution | None:
        """The attribution of ``subject`` when it is one person the model names, outside
        quotations, of a gender agreeing with ``gender`` (no organisation's name typed
        a person, no name coordinated with another); else None."""
        if self.context.quoted(subject.idx) or any(c.dep_ == "conj" for c in subject.children):
            return None
        entity = self.mentions.at(subject)
        if entity is not None and (written := self._written_person(entity)) is not None:
            # "Souness said he …" where the model typed "Souness" an organisation: the
            # person the text writes with a first name ("Graeme Souness").
            own = gender_of_person("", written.canonical_name)
            return self._entity_attribution(written) if agrees(gender, own) else None
        if (
            entity is None
            or entity.label != "PERSON"
            or self.mentions.organisation_typed(entity)
            or not agrees(gender, self.mentions.gender(entity))
        ):
            return None
        return self._entity_attribution(entity)

    def _named_in_sentence(self, pronoun: Token, gender: str | None) -> Attribution | None:
        """ "… to plans by the education secretary, Gavin Williamson, to cut … because of
        what he called …": a he or she in a clause opened by "what" in a sentence that names
        one person of its gender before it is that person, not the last speaker of the
        sentences before. Not when a person is named there as an owner ("Kerry's aide
        …"). Only "what" clauses: a "when" or "which" clause, or a parenthetical "he
        said", as often speaks for the sentence's subject or the last speaker (the
        first form, any subordinate clause, moved 30 speakers of PolNeAR's even half,
        Kasich's and all seven of Sarandon's among them, to the wrong person)."""
        verb = pronoun.head
        if pronoun.dep_ != "nsubj" or verb.left_edge.lower_ != "what":
            return None
        text = doc_text(self.doc)
        start = pronoun.sent.start_char
        people: dict[str, EntityMention] = {}
        for entity in self.context.entities:
            if entity.start_char >= pronoun.idx:
                break
            if (
                entity.start_char < start
                or entity.label != "PERSON"
                or self.context.quoted(entity.start_char)
            ):
                continue
            if text[entity.end_char : entity.end_char + 2] in ("'s", "’s"):
                return None
            if agrees(gender, self.mentions.gender(entity)):
                people[self.mentions.fullest(entity).entity_key] = entity
        if len(people) != 1:
            return None
        return self._entity_attribution(next(iter(people.values())))

    def _asked(self, cue: Cue, gender: str | None) -> Attribution | None:
        """ "A reporter asked Ann Lee, “…?” / “…,” she replied": a he or she whose cue
        follows a question put to a person of the pronoun's gender is the one asked,
        not the asker (within a paragraph of it)."""
        index = bisect_right(self.cue_starts, cue.start - 1) - 1
        if index < 0:
            return None
        question = self.cues[index]
        if question.verb is None or question.verb.lemma_ not in _ASKING_VERBS:
            return None
        paragraph = self.context.paragraph_of
        for child in question.verb.children:
            if child.dep_ not in ("dobj", "dative"):
                continue
            entity = self.mentions.at(child)
            if (
                entity is not None
                and entity.label == "PERSON"
                and agrees(gender, self.mentions.gender(entity))
                and paragraph(cue.start) - paragraph(question.start) <= 1
            ):
                return self._entity_attribution(entity)
        return None

    def _antecedent(
        self,
        position: int,
        person: bool,
        gender: str | None,
        paragraphs: int | None = None,
        excluded: frozenset[str] | set[str] = frozenset(),
        anywhere: bool = True,
    ) -> Attribution | None:
        """Who a pronoun or a definite description at ``position`` stands for: the
        nearer of the last speaker of the kind (named or not: "a spokesperson") and the
        last name of the kind that is a main clause's subject ("Tom Young was sorting
        the mail."; not "Kate" in "Meghan said Kate apologized"), of a compatible
        gender; failing both, the last name of the kind anywhere (unless not
        ``anywhere``). None when there is none, or it stands more than ``paragraphs``
        paragraphs back. No one whose key is ``excluded``."""
        label = "PERSON" if person else "ORG"
        at, found = self._speaker_before(position, person, gender, paragraphs is not None, excluded)
        entity = self.mentions.before(position, label, gender, True, excluded)
        if entity is None and found is None and anywhere:
            entity = self.mentions.before(position, label, gender, excluded=excluded)
        if entity is not None and entity.start_char > at:
            at, found = entity.start_char, self._entity_attribution(entity)
        clause = (
            self.mentions.clause_subject_before(
                position, gender, described=paragraphs is not None, excluded=excluded
            )
            if person
            else None
        )
        if clause is not None and clause.start_char > at:
            at, found = clause.start_char, self._entity_attribution(clause)
        agent = self.mentions.statement_agent_before(position, gender, excluded) if person else None
        if agent is not None and agent.start_char > at:
            at, found = agent.start_char, self._entity_attribution(agent)
        surname = self._surname_subject_before(position, gender, excluded) if person else None
        if surname is not None and surname.start_char > at:
            at, found = surname.start_char, self._entity_attribution(surname)
        untagged = untagged_person_subject(self.context, position, gender) if person else None
        if untagged is not None and untagged.start_char > at:
            # "Jo Bloggs is a nurse. He said": a new subject the model did not tag.
            at, found = untagged.start_char, Attribution(speaker=untagged.text)
        written = self._written_surname_subject(position, gender) if person else None
        if written is not None and written[0] > at:
            at, found = written[0], Attribution(speaker=written[1])
        if found is None or (
            paragraphs is not None
            and self.context.paragraph_of(position) - self.context.paragraph_of(at) > paragraphs
        ):
            return None
        return found

    def _surname_subject_before(
        self, position: int, gender: str | None, excluded: frozenset[str] | set[str]
    ) -> EntityMention | None:
        """ "Saulnier will move into the top 50 …. “…,” he revealed": the subject of the
        main verb nearest before ``position`` (in its sentence or the one before), when
        it is a name the model left untagged, or typed other than a person, that ends
        the full name of a person the text names, of a compatible gender: that person,
        as it stands there. The model often misses a surname said alone that it tagged
        in full in the lead, and the subject of the sentence before is whom a "he" most
        often means. None when the nearest subject is anything else."""
        word = main_subject_before(self.context, position)
        if word is None:
            return None
        tagged = self.mentions.at(word)
        if (
            word.pos_ in ("PRON", "DET")
            or not word.text[:1].isupper()
            or (tagged is not None and tagged.label == "PERSON")
        ):
            return None
        words = [c for c in word.lefts if c.dep_ == "compound" and c.text[:1].isupper()] + [word]
        named = self.mentions.person_named(" ".join(w.text for w in words))
        if named is None or named.entity_key in excluded:
            return None
        title = self.doc[words[0].i - 1].text if words[0].i > 0 else ""
        own = gender_of_person(title, self.mentions.fullest(named).canonical_name)
        if not agrees(gender, own):
            return None
        return replace(named, start_char=words[0].idx, end_char=word.idx + len(word))

    def _written_surname_subject(self, position: int, gender: str | None) -> tuple[int, str] | None:
        """ "… routed Olga Zhurikova 6-1 6-0. … Zhurikova has lost both her games. “…,”
        she said": the subject of the main verb nearest before ``position`` (in its
        sentence or the one before) when it is one capitalised word the model did not
        tag a person, that the text writes after one listed first name of the pronoun's
        gender (``Mentions.written_name``) and no person the model tagged ends with:
        where it stands and that full name. The model misses many a foreign name
        throughout a story, and the subject of the sentence before is whom a "he" or
        "she" most often means. None otherwise."""
        if gender is None:
            return None
        word = main_subject_before(self.context, position)
        if (
            word is None
            or word.pos_ != "PROPN"
            or not word.text[:1].isupper()
            or word.text.isupper()
            or any(c.dep_ == "compound" for c in word.lefts)
        ):
            return None
        tagged = self.mentions.at(word)
        if (tagged is not None and tagged.label == "PERSON") or self.mentions.person_named(
            word.text
        ):
            return None
        written = self.mentions.written_name(word.text)
        if written is None or gender_of_person("", written) != gender:
            return None
        return word.idx, written

    def _named_in(self, quotation: str) -> set[str]:
        """The keys of the people a quotation names by a word of their name that no
        other person in the document has ("Olof" for Olof Mellberg)."""
        words = set(re.findall(r"[^\W\d_]{3,}", quotation))
        return {key for word in words for key in self._own_name_words.get(word, ())}

    @cached_property
    def _own_name_words(self) -> dict[str, set[str]]:
        """Each word of a person's fullest name that no other person's has, with the
        keys that person is known by (the fullest name's and the shorter ones')."""
        owners: dict[str, set[str]] = {}
        keys: dict[str, set[str]] = {}
        for entity in self.context.entities:
            if entity.label != "PERSON":
                continue
            full = self.mentions.fullest(entity)
            keys.setdefault(full.entity_key, set()).update({entity.entity_key, full.entity_key})
            for word in full.canonical_name.split():
                owners.setdefault(word, set()).add(full.entity_key)
        return {word: keys[owner] for word, (owner, *others) in owners.items() if not others}

    def _entity_attribution(self, entity: EntityMention) -> Attribution:
        entity = self._spelt_in_full(self.mentions.fullest_named(entity))
        return Attribution(
            speaker=entity.canonical_name,
            speaker_key=entity.entity_key,
            speaker_is_person=entity.label == "PERSON",
        )

    def _descriptor(self, subject: Token) -> Attribution | None:
        """Who "the court", "the singer" or "the spokesman" refers back to: a speaker
        titled with the noun ("the economist Joseph Stiglitz"); for a bare title
        ("Governor says"), the one person given that title anywhere; else the last
        person in the two paragraphs before, else the one person given the title before
        ("Meghan, Duchess of Sussex" for "the duchess") or anywhere; an
        organisation whose name holds the noun ("the court": "the Appellate Court").
        None for other nouns."""
        lemma = subject.lemma_.lower()
        words = lexicon()
        if age_description(subject):
            # "the 34-year-old told …": an age alone is a person's and no role.
            return self._aged_person(subject)
        if (board := self._company_board(subject)) is not None:
            return board
        if leader_words(subject) and (led := self._led_group(subject)) is not None:
            # "A shareholder group led by investor Jane Roe said": its leader.
            return led
        if subject.tag_ in PLURAL_TAGS or group_size(subject) is not None:
            named = self._named_together(subject)
            if named is not None or group_size(subject) is not None:
                # "both companies said": never one of them.
                return named
            if lemma in words.person_nouns and subject.tag_ in PLURAL_TAGS:
                # "said the artists": several people, never the one person named last;
                # a name the text gives that plural role ("artists Langlands & Bell").
                return self._titled_group(subject)
        if _is_indefinite(subject):
            # "This week a judge claimed …. Judge Charles Harris made his remarks as …":
            # the person given the title in the next sentence. Not for a role news
            # leaves unnamed by convention: "a spokesman said …. Rival party spokesman
            # Jo Bloggs said" names another party's spokesman, not the one quoted.
            if lemma in words.unnamed_roles:
                return None
            named = self.mentions.titled_next(subject, lemma)
            return self._entity_attribution(named) if named is not None else None
        kind = words.organisation_kinds.get(lemma)
        # "The automaker said": a company called by its trade, as "the company"; not
        # one described by whose it is ("the outside insurer of Acme's accounts").
        company = (
            lemma in _COMPANY_NOUNS
            or (
                lemma in words.company_nouns
                and not any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.rights)
            )
            or _goods_trader(subject)
        )
        if lemma in words.organisation_nouns or kind is not None or company:
            # "the court" after "the Appellate Court"; else "the institution" where the
            # text names one university.
            by_kind = not _own_name(subject)
            organisation = self._organisation_by_noun(subject, lemma, by_kind=by_kind)
            if organisation is None and lemma == "government":
                return self._nation_government(subject)
            if organisation is None and lemma == "board" and subject.tag_ not in PLURAL_TAGS:
                return self._board_owner(subject)
            if organisation is None and is_group(subject):
                # "the group" of "a group led by X" or of "the Acme Capital group".
                return self._led_group(subject)
            if organisation is None and not company and kind is not None:
                # "The newspaper Welt am Sonntag said …. the newspaper said": the one
                # organisation the text calls by the noun, of no kind the list knows.
                return self._described_organisation(subject) or self._fuller_description(subject)
            if organisation is None and company and subject.tag_ not in PLURAL_TAGS:
                # Not "the companies": the two named before speak together. "The
                # automaker said": a company by its trade is the story's, as "the company".
                found = self._organisation_before(subject.idx) or self._story_company(subject)
                return self._of_trade(subject, found) if lemma in words.company_nouns else found
            return self._entity_attribution(organisation) if organisation else None
        # "the world champion" where the text calls Kim Collins that. A common role
        # alone ("the star") refers back to the person the text is about, more than to
        # someone once called that ("soul star Peabo Bryson"): only with a shared word
        # ("the Tory leader") does the description decide.
        # A role no referring back resolves ("the world champion"): the one person the
        # text gives it, shared word or not.
        role = lemma in words.person_nouns or _described_member(subject)
        described = self.mentions.described_person(subject, alone=not role)
        if described is not None:
            return self._entity_attribution(described)
        if (compatriot := self._compatriot(subject)) is not None:
            return compatriot
        if not role and _aged(subject):
            # "The 41-year-old chart-topper": an age makes a person of any noun.
            return self._aged_person(subject)
        if not role and (titled := self._titled_before(subject)) is not None:
            return titled
        if not role:
            # "The trust said" where the text names the Citizens' Independent
            # Transportation Trust: the one organisation whose name ends with the noun.
            named = (
                self.mentions.organisation_ending(lemma)
                if subject.tag_ not in PLURAL_TAGS
                else None
            )
            if named is None:
                return self._described_organisation(subject)
            return self._entity_attribution(named)
        index = bisect_right(self.named_positions, (subject.idx, -1)) - 1
        office = described_office(subject)
        names = _capitalised_qualifiers(subject)
        for _, cue_start in reversed(self.named_positions[: index + 1]):
            attribution, key = self.named[cue_start]
            title = set((self._title(attribution, key) or "").casefold().split())
            # Not "the chancellor" for "shadow chancellor Oliver Letwin", nor "the
            # Metropolitan police chief" for "Norfolk police chief Andy Hayman".
            if (
                key
                and lemma in title
                and names <= title
                and (office is None or office in head_offices(title))
            ):
                return attribution
        titled = self.mentions.titled_person(lemma)
        if lemma in words.unnamed_roles:
            # "said the M&S spokesman": not the chief named before, only a person given
            # the role. After "A spokesman for the Home Office said …", "the
            # spokesman" is that unnamed one, not one the text names later.
            if _introduced_unnamed(subject):
                titled = self.mentions.titled_person(lemma, before=subject.idx)
            return self._entity_attribution(titled) if titled is not None else None
        if titled is not None and _is_bare_title(subject):
            return self._entity_attribution(titled)
        gender = gender_of_title(subject.text)
        found = self._antecedent(subject.idx, True, gender, paragraphs=_DESCRIPTOR_PARAGRAPHS)
        if subject.head.lemma_.lower() in _GOING_ON_VERBS:
            # "Jo Bloggs spoke …. The club's chairman met Bloggs. The former captain
            # added …": one who goes on speaking has spoken before.
            found = self._going_on(subject.idx, gender, found)
        found = self._office_holder(subject, gender, found)
        if found is not None and found.speaker_key and _described_member(subject):
            # "the Texas Democrat" is not "Republican Bob Dole": a person the text gives
            # another nationality or party only is someone else.
            own = {t.lemma_.lower() for t in (subject, *subject.lefts)}
            theirs = self.mentions.memberships(found.speaker_key, subject.idx)
            if theirs and not theirs & own:
                return None
        # "The duchess" after "Meghan, Duchess of Sussex" (and before "Catherine, Duchess
        # of Cambridge"): the one person given the title before, else anywhere.
        titled = self.mentions.titled_person(lemma, before=subject.idx) or titled
        if found is None and titled is not None:
            return self._entity_attribution(titled)
        return found

    def _office_holder(
        self, subject: Token, gender: str | None, found: Attribution | None
    ) -> Attribution | None:
        """ "Later the prime minister said" after "Chancellor Gordon Brown … London mayor
        Ken Livingstone": a description naming an office is not the person ``found``
        when the text gives that person only another office or post
        (``_holds_other_office``), but the next person ``_antecedent`` finds before it
        who holds none other, passing over at most ``_MOST_OFFICE_HOLDERS_PASSED``
        people (None past that). ``found`` when it fits, or when the description
        names no office."""
        return self._passing_over(
            subject,
            gender,
            found,
            lambda person: self._holds_other_office(subject, person),
            most=_MOST_OFFICE_HOLDERS_PASSED,
        )

    def _passing_over(
        self,
        subject: Token,
        gender: str | None,
        found: Attribution | None,
        passed: Callable[[Attribution], bool],
        most: int | None = None,
    ) -> Attribution | None:
        """``found``, or while ``passed`` holds for the named person found, the next one
        ``_antecedent`` finds before ``subject`` without those passed over; None once
        more than ``most`` are passed over (no limit without ``most``)."""
        excluded: set[str] = set()
        while found is not None and found.speaker_key is not None and passed(found):
            if most is not None and len(excluded) == most:
                return None
            excluded.add(found.speaker_key)
            found = self._antecedent(
                subject.idx, True, gender, paragraphs=_DESCRIPTOR_PARAGRAPHS, excluded=excluded
            )
        return found

    def _holds_other_office(self, subject: Token, person: Attribution) -> bool:
        """Whether the text gives ``person`` only other offices or posts
        (tasks/data/offices.toml) than the one the description ``subject`` names. A head
        office ("the prime minister", "the mayor", ``described_office``) is no one
        described with another head office or a post before ``subject`` ("Chancellor
        Gordon Brown", "Tory MP Boris Johnson", "shadow chancellor Oliver Letwin"). An
        office named by its words ("the foreign secretary") is no one whose name the
        text writes only after other offices: an office of the same noun holding each
        word written before ``subject``'s noun ("foreign") is the same. A bare office
        that is no head office ("the minister") may be any of its kind ("Education
        Secretary Ruth Kelly"), never another."""
        if person.speaker_key is None:
            return False
        office = described_office(subject)
        if office is not None:
            theirs = self.mentions.offices(person.speaker_key, subject.idx)
            if theirs and office not in theirs:
                return True
        lemma = subject.lemma_.lower()
        wanted = {
            t.lower_
            for t in subject.lefts
            if t.dep_ in ("compound", "amod") and t.lower_ not in _OFFICE_TIMES
        }
        if lemma not in OFFICES or not wanted:
            return False
        held = self.mentions.offices_held(person.speaker_key)
        return bool(held) and not any(
            office[-1] in (lemma, subject.lower_) and wanted <= set(office) for office in held
        )

    def _role_holder_next(self, subject: Token) -> Attribution | None:
        """ "Spain's trade minister has said …. Carlos Ribera said he …": a person's
        role that refers back to no one is the person the next sentence introduces
        speaking (``Mentions.introduced_next``); None for other subjects, for "a
        spokesman" (one of many) and for a role news leaves unnamed by convention."""
        lemma = subject.lemma_.lower()
        if (
            lemma not in lexicon().person_nouns
            or lemma in lexicon().unnamed_roles
            or subject.tag_ in PLURAL_TAGS
            or _is_indefinite(subject)
        ):
            return None
        holder = self.mentions.introduced_next(subject)
        return self._entity_attribution(holder) if holder is not None else None

    def _owned_role_holder(self, subject: Token) -> Attribution | None:
        """ "the Acme Party's parliamentary leader said" where the text writes "Acme's
        Jo Bloggs": a person's role owned by an organisation is the one person the
        document writes after that organisation's possessive (by its key, so a short
        form counts), outside quotations. None for other subjects, or for none or
        several such people."""
        lemma = subject.lemma_.lower()
        if lemma not in lexicon().person_nouns or subject.tag_ in PLURAL_TAGS:
            return None
        owners = [self.mentions.at(c) for c in subject.children if c.dep_ == "poss"]
        owner = owners[0] if len(owners) == 1 else None
        if owner is None or owner.label != "ORG":
            return None
        text = doc_text(self.doc)
        found: dict[str, EntityMention] = {}
        for entity in self.context.entities:
            if entity.entity_key != owner.entity_key or self.context.quoted(entity.start_char):
                continue
            if text[entity.end_char : entity.end_char + 2] not in ("'s", "’s"):
                continue
            person = self.mentions.at_start(entity.end_char + 3)
            if person is not None and person.label == "PERSON":
                full = self.mentions.fullest(person)
                found.setdefault(full.entity_key, full)
        return self._entity_attribution(next(iter(found.values()))) if len(found) == 1 else None

    def _led_group(self, subject: Token) -> Attribution | None:
        """Who a group speaks as (``tasks.speaker_led_groups``): for "a group led by X"
        or "headed by X", the person or organisation X the model names; for "the Acme
        Capital group", the one organisation whose longer name opens with those words
        ("Acme Capital Management L.P."); for a bare "the group", the same of the group
        it refers back to. None otherwise."""
        if not is_group(subject):
            return None
        group = subject if leader_words(subject) or name_before(subject) else None
        if group is None:
            group = named_group_before(subject, self.context.quoted)
        if group is None:
            return None
        for word in leader_words(group):
            entity = self.mentions.at(word)
            if entity is not None and entity.label in ("PERSON", "ORG"):
                if any(c.dep_ == "conj" for c in word.children):
                    # "led by investors Jane Roe and John Poe": both, never one of them.
                    return self._parties(self._leaders(word))
                return self._entity_attribution(entity)
        words = name_before(group)
        if not words:
            return None
        # Not "the Bass group": a group named for a family has no other name.
        opening = self._organisation_opening([w.text for w in words], subject.idx)
        return self._entity_attribution(opening) if opening is not None else None

    def _leaders(self, word: Token) -> list[EntityMention] | None:
        """The people or organisations named by ``word`` and the words coordinated with
        it ("Jane Roe and John Poe"), in text order; None unless each is one."""
        heads = [word]
        for head in heads:
            heads += [c for c in head.children if c.dep_ == "conj"]
        found: dict[str, EntityMention] = {}
        for head in sorted(heads, key=lambda t: t.i):
            entity = self.mentions.at(head)
            if entity is None or entity.label not in ("PERSON", "ORG"):
                return None
            found.setdefault(entity.entity_key, entity)
        return list(found.values()) if len(found) > 1 else None

    def _organisation_opening(self, words: list[str], position: int) -> EntityMention | None:
        """The one organisation named before ``position``, outside quotations, whose
        name opens with ``words`` and goes on ("Acme Capital Management L.P." for the
        "Acme Capital group"); None for none or several."""
        folded = [w.casefold() for w in words]
        found: dict[str, EntityMention] = {}
        for entity in self.mentions.entities:
            name = entity.canonical_name.casefold().split()
            if (
                entity.start_char < position
                and entity.label == "ORG"
                and len(name) > len(folded)
                and name[: len(folded)] == folded
                and not self.context.quoted(entity.start_char)
            ):
                found.setdefault(entity.entity_key, entity)
        return next(iter(found.values())) if len(found) == 1 else None

    def _initialled_name(self, subject: Token) -> Attribution | None:
        """ "A and P said" (wire copy's "A&P"): two capital initials joined by "and" or
        "&" are one company's name, never one of them ("A"). It is the name the text
        writes in full with words of those initials joined by "and" (the capitalised
        words around "Atlantic and Pacific": "Great Atlantic and Pacific Tea Co",
        "Standard and Poor's Corp"), when the text writes one (or only shorter forms
        of it); else the initials as written. None for other subjects."""
        conj = subject.doc[subject.i + 2] if subject.i + 2 < len(subject.doc) else None
        if (
            conj is None
            or not _initial(subject)
            or not _initial(conj)
            or conj.head != subject
            or conj.dep_ != "conj"
            or subject.doc[subject.i + 1].lower_ not in ("and", "&")
            or self.mentions.at(subject) is not None
        ):
            # A name the model or the curated names already give ("S and P") stands.
            return None
        text = doc_text(self.doc)
        # Capitalised words on one line (a headline's capitals are no name), no
        # possessive before the name ("Britain's Cable and Wireless Plc").
        words = r"(?:[A-Z][a-z][\w.-]*[ \t]+)*"
        pattern = re.compile(
            rf"\b{words}{subject.text}[a-z]+[ \t]+(?:and|&)[ \t]+{conj.text}[a-z][\w'’]*"
            rf"(?:[ \t]+[A-Z][a-z][\w'’.-]*)*"
        )
        names = {_without_article(m.group()) for m in pattern.finditer(text)}
        fullest = max(names, key=len, default=None)
        span = subject.doc[subject.i : conj.i + 1]
        if fullest is None or not all(name in fullest for name in names):
            return Attribution(
                speaker=span.text,
                speaker_start=span.start_char,
                speaker_end=span.end_char,
                speaker_is_person=False,
            )
        entity = next(
            (e for e in self.context.entities if e.label == "ORG" and e.canonical_name == fullest),
            None,
        )
        return Attribution(
            speaker=fullest,
            speaker_key=entity.entity_key if entity is not None else None,
            speaker_start=span.start_char,
            speaker_end=span.end_char,
            speaker_is_person=False,
        )

    def _nation_government(self, subject: Token) -> Attribution | None:
        """ "the government said" after "The Yugoslav government has decided …": the
        one nation's government the text named before, outside quotations, with the
        nation's name or adjective on the noun ("Yugoslav government", "Japan's
        government"), as the text wrote it. None for a government with words of its
        own ("the federal government"), a plural, or none or several nations."""
        if subject.tag_ in PLURAL_TAGS or any(c.dep_ != "det" for c in subject.children):
            # Not "the government in Beijing": a government with words of its own.
            return None
        found: dict[str, str] = {}
        for token in self.doc[: subject.i]:
            if token.lemma_.lower() != "government" or self.context.quoted(token.idx):
                continue
            for child in token.lefts:
                nation = self.mentions.at(child)
                if (
                    child.dep_ in ("amod", "compound", "poss")
                    and nation is not None
                    and _nation(nation)
                ):
                    # "Japan's government": the possessive's "'s" with the name.
                    name = self.doc[child.left_edge.i : child.right_edge.i + 1].text
                    found.setdefault(nation.canonical_name, f"{name} {token.text}")
        if len(found) != 1:
            return None
        return Attribution(speaker=next(iter(found.values())), speaker_is_person=False)

    def _untagged_organisation_called(self, subject: Token) -> Attribution | None:
        """ "The firm said" where the text wrote "copy protection firm Acmevision" before:
        the one name written right after the bare organisation noun (``subject``, "the
        firm", "the club") before it, as the organisation the model tagged there or,
        untagged, as written. None for another subject, or where the text writes no
        such name, several, a person's or a place's."""
        words = lexicon()
        lemma = subject.lemma_.lower()
        if (
            subject.tag_ in PLURAL_TAGS
            or [c.lower_ for c in subject.lefts] != ["the"]
            or list(subject.rights)
            or not (
                lemma in _COMPANY_NOUNS
                or lemma in words.organisation_nouns
                or lemma in words.company_nouns
            )
        ):
            return None
        text = doc_text(self.doc)[: subject.idx]
        pattern = rf"\b{re.escape(lemma)}[ \t]+([A-Z][\w&'.-]*(?:[ \t]+[A-Z][\w&'-]*)*)"
        matches = list(re.finditer(pattern, text))
        names = {match.group(1).rstrip(".") for match in matches}
        if len(names) != 1:
            return None
        name = names.pop()
        # "the company chief executive Jo Bloggs": a role and a person, no company.
        titles = titles_before_name()
        if any(is_first_name(word) or word.casefold() in titles for word in name.split()):
            return None
        tagged = [
            entity
            for match in matches
            for entity in self.context.entities
            if entity.start_char < match.end(1) and match.start(1) < entity.end_char
        ]
        if not tagged:
            return Attribution(speaker=name, speaker_is_person=False)
        # "firm Acmevision" the model tagged: that organisation, never a person or a place.
        if any(entity.label != "ORG" for entity in tagged):
            return None
        return self._entity_attribution(self.mentions.fullest_organisation(tagged[0]))

    def _fuller_description(self, subject: Token) -> Attribution | None:
        """ "The committee said" after "the environment select committee said" (a
        body the model did not tag): the one earlier speaker of no entity whose
        subject is the same noun with words of its own before it, which name the body.
        None for none, for several, or for a noun with words of its own."""
        if subject.tag_ in PLURAL_TAGS or any(c.dep_ in _NAMING_DEPS for c in subject.lefts):
            return None
        found: dict[str, Attribution] = {}
        for cue in self.cues:
            earlier = cue.subject
            if earlier is None or earlier.idx >= subject.idx or cue.start not in self.named:
                continue
            attribution, key = self.named[cue.start]
            if (
                key is None
                and attribution.speaker is not None
                and earlier.lemma_.lower() == subject.lemma_.lower()
                and earlier.tag_ not in PLURAL_TAGS
                and any(c.dep_ in _NAMING_DEPS for c in earlier.lefts)
            ):
                found.setdefault(_without_article(attribution.speaker).casefold(), attribution)
        return next(iter(found.values())) if len(found) == 1 else None

    def _members_committee(self, subject: Token) -> Attribution | None:
        """ "Divorced parents are disadvantaged, MPs have said. The Constitutional Affairs
        Select Committee said …": a select committee's report is news of what "MPs"
        say, so "MPs" or "the MPs" alone (``_COMMITTEE_MEMBERS``, no other word) speak
        as the one committee the text makes a speaker: an organisation whose name ends
        with "Committee" that is the subject of a cue, else the one earlier speaker the
        model left untagged whose words end so ("the environment select committee").
        None otherwise, and for several: "a Commons vote in which MPs backed the war"
        is no committee's, though the text names one a member sits on."""
        if subject.lower_ not in _COMMITTEE_MEMBERS or any(
            c.dep_ != "det" or c.lower_ != "the" for c in subject.children
        ):
            return None
        found: dict[str, Attribution] = {}
        for cue in self.cues:
            entity = self.mentions.at(cue.subject) if cue.subject is not None else None
            if (
                entity is not None
                and entity.label == "ORG"
                and entity.canonical_name.casefold().split()[-1] == "committee"
            ):
                found.setdefault(entity.entity_key, self._entity_attribution(entity))
        if not found:
            for attribution, key in self.named.values():
                speaker = (attribution.speaker or "").casefold().split()
                if key is None and len(speaker) > 2 and speaker[-1] == "committee":
                    found.setdefault(" ".join(speaker), attribution)
        return next(iter(found.values())) if len(found) == 1 else None

    def _described_organisation(self, subject: Token) -> Attribution | None:
        """ "The exchange said" after "The New York Stock Exchange said it would extend
        its trading hours …": for a definite singular noun no list holds,
        the one organisation named before that the noun fits (its name is headed by
        the noun, or the text calls it so: :meth:`Mentions.organisations_called`); of
        several, the one of them that spoke before. None for none, or several with no
        one of them the speaker before: no guess."""
        if subject.tag_ in PLURAL_TAGS or not _is_definite(subject):
            return None
        found = self.mentions.organisations_called(subject.lemma_.lower(), subject.idx)
        found = {
            key: entity for key, entity in found.items() if self._description_fits(subject, entity)
        }
        if len(found) > 1:
            spoke = self._organisations_spoken(subject.idx)
            found = {key: entity for key, entity in found.items() if key in spoke}
        return self._entity_attribution(next(iter(found.values()))) if len(found) == 1 else None

    def _description_fits(self, subject: Token, entity: EntityMention) -> bool:
        """Whether the words a description puts before its noun ("the provincial daily",
        "the software giant") fit ``entity``: each is a word of its name, or the text
        wrote the description right before a mention of it ("software giant
        Microsoft"). "The provincial daily" is no "Farmers Daily"."""
        own = [c for c in subject.lefts if c.dep_ in ("amod", "compound", "nmod")]
        name = set(re.findall(r"\w+", entity.canonical_name.casefold()))
        if all(c.lower_ in name for c in own):
            return True
        text = doc_text(self.doc)
        words = self.doc[own[0].i : subject.i + 1].text.casefold()
        return any(
            other.entity_key == entity.entity_key
            and text[: other.start_char].rstrip().casefold().endswith(words)
            for other in self.context.entities
        )

    def _organisations_spoken(self, position: int) -> set[str]:
        """The keys of the organisations named as speakers of cues before ``position``."""
        index = bisect_right(self.named_positions, (position, -1))
        keys = (self.named[cue_start][1] for _, cue_start in self.named_positions[:index])
        return {key for key in keys if key is not None and key.startswith("ORG:")}

    def _of_trade(self, subject: Token, found: Attribution | None) -> Attribution | None:
        """Whom a company noun of trade ("the airline") stands for, given the story's
        company ``found`` (:meth:`_organisation_before`, :meth:`_story_company`): that
        company when it is of the trade (the text calls it by the noun, or its name
        holds a word of the trade: ``company_trades``) or when no organisation named
        before is ("Chrysler Corp …. the automaker"); else the one organisation named
        before that is ("The airline" in a story naming Gelco Corp more often than Air
        Canada is Air Canada); None when several are: no guess."""
        lemma = subject.lemma_.lower()
        trade = lexicon().company_trades.get(lemma, frozenset())
        fitting = self.mentions.organisations_called(lemma, subject.idx, trade)
        if not fitting or (found is not None and found.speaker_key in fitting):
            return found
        if len(fitting) > 1:
            return None
        return self._entity_attribution(next(iter(fitting.values())))

    def _aged_person(self, subject: Token) -> Attribution | None:
        """Whom a description by age ("the 34-year-old", "the 41-year-old
        chart-topper") stands for: the one person the text gave that age before
        ("Graham Stuart, 34,", "34-year-old Graham Stuart"). Else, for an age alone
        (no noun: news uses it as it uses "he"), the person it refers back to, as a
        pronoun would, else the one person named before; with a noun that is no role,
        the person the story is about when that person is also the one the description
        refers back to. None when none fits or two do: no guess."""
        match = AGE.search(self.doc[subject.left_edge.i : subject.i + 1].text)
        if match is None:
            return None
        aged = self.mentions.person_of_age(int(match.group().split("-")[0]), subject.idx)
        if aged is not None:
            return self._entity_attribution(aged)
        if age_description(subject):
            # Only a speaker or a main clause's subject: of two people named as
            # objects ("released Ashdown and Linley") neither is more likely.
            back = self._antecedent(
                subject.idx, True, None, paragraphs=_DESCRIPTOR_PARAGRAPHS, anywhere=False
            )
            if back is not None:
                return back
            only = self.mentions.only_person_before(subject.idx)
            return self._entity_attribution(only) if only is not None else None
        near = self._antecedent(subject.idx, True, None, paragraphs=_DESCRIPTOR_PARAGRAPHS)
        about = self.mentions.most_named_person(subject.idx)
        if about is not None and near is not None and near.speaker_key == about.entity_key:
            return near
        return None

    def _compatriot(self, subject: Token) -> Attribution | None:
        """ "The Syrian envoy said" after "Syrian charge d'affaires Omar Haddad": a
        definite, singular description with a nationality is the last speaker titled
        with that nationality, else the one person the text described with it before;
        news names an envoy or minister once, then calls them by country and role. None
        without a nationality, for a plural, or when none or several people fit."""
        if subject.tag_ in PLURAL_TAGS or not _is_definite(subject):
            return None
        nationalities = {
            t.lower_ for t in subject.lefts if t.dep_ in ("amod", "compound")
        } & demonyms()
        if not nationalities or _introduced_unnamed(subject):
            return None
        index = bisect_right(self.named_positions, (subject.idx, -1)) - 1
        for _, cue_start in reversed(self.named_positions[: index + 1]):
            # A speaker whose title gave the nationality speaks again under it.
            attribution, key = self.named[cue_start]
            title = self._title(attribution, key) or ""
            if key and nationalities & set(title.casefold().split()):
                return attribution
        person = self.mentions.compatriot(nationalities, subject)
        return self._entity_attribution(person) if person is not None else None

    def _titled_before(self, subject: Token) -> Attribution | None:
        """ "Archbishop Desmond Tutu has called for …. The South African archbishop
        said": a description headed by a noun no list makes a role is the one person
        the text wrote that noun before (or after) as a title earlier; news names a
        person once with the office, then calls them by it. None for none or several."""
        if subject.tag_ in PLURAL_TAGS:
            return None
        noun = subject.lemma_.lower()
        titled = self.mentions.titled_person(noun, before=subject.idx)
        if titled is not None:
            return self._entity_attribution(titled)
        # "Cardinal Cormac Murphy-O'Connor has said …. The cardinal said": the surname
        # an organisation to the model, the first name untagged; the person by the
        # name the text writes after the title.
        written = self.mentions.titled_name(noun, subject.idx)
        if written is None:
            return None
        name, entity = written
        return self._entity_attribution(_as_person(entity, name))

    def _parties(self, parties: list[EntityMention] | None) -> Attribution | None:
        """One speaker for the parties of a joint statement, each at its fullest name;
        never an antecedent of "he" or "it" (no key, no person). None for no parties,
        or two that are one name at their fullest."""
        if parties is None:
            return None
        text = doc_text(self.doc)
        if one_company(parties, text):
            first, last = parties
            return Attribution(
                speaker=text[first.start_char : last.end_char],
                speaker_key=first.entity_key,
                speaker_start=first.start_char,
                speaker_end=last.end_char,
                speaker_is_person=False,
            )
        names = [self.mentions.fullest_named(p).canonical_name for p in parties]
        if len(set(names)) < len(names):
            return None
        self.joint_names.add(joint_name(names))
        return Attribution(
            speaker=joint_name(names),
            speaker_start=parties[0].start_char,
            speaker_end=parties[-1].end_char,
            speaker_is_person=False,
        )

    def _named_together(self, subject: Token) -> Attribution | None:
        """ "Technology firms Sony, Philips, Matsushita and Samsung …. The firms said":
        the parties of the last coordination of names before a plural description, in
        its paragraph or the two before, as many as it counts ("the four firms"), and
        of its kind (people for "the artists"; not people only for "the companies";
        any for "the two sides"). None when no coordination fits."""
        lemma = subject.lemma_.lower()
        size = group_size(subject)
        # "the judges" after "the judges, who included X and Y": a group of people
        # with no count is only people who spoke together before ("said X and Y").
        spoke = False
        if lemma in ANY_PARTIES:
            people: bool | None = None
        elif lemma in BODIES:
            people = False
        elif lemma in lexicon().person_nouns:
            people, spoke = True, size is None
        else:
            return None
        if any(c.dep_ in ("compound", "poss") for c in subject.children):
            # "the Bell operating companies" name their own members.
            return None
        paragraph = self.context.paragraph_of
        first = paragraph(subject.idx) - _DESCRIPTOR_PARAGRAPHS
        for token in reversed(self.doc[: subject.i]):
            if paragraph(token.idx) < first:
                break
            if token.dep_ == "conj" or self.context.quoted(token.idx):
                continue
            parties = coordination(token, self.mentions.at)
            if parties is None:
                continue
            persons = [p.label == "PERSON" for p in parties]
            if (size is not None and size != len(parties)) or (
                people is not None and (all(persons) if not people else not all(persons))
            ):
                continue
            if lemma in _COUNTRY_NOUNS and any(p.label != "GPE" for p in parties):
                continue
            names = [self.mentions.fullest_named(p).canonical_name for p in parties]
            if spoke and joint_name(names) not in self.joint_names:
                continue
            return self._parties(parties)
        return None

    def _titled_group(self, subject: Token) -> Attribution | None:
        """The one name the text writes right after the plural role ``subject`` is
        ("Bafta-winning artists Langlands & Bell" for "the artists"), before it;
        None when there is none or several."""
        text = doc_text(self.doc)
        found = {
            entity.entity_key: entity
            for entity in self.context.entities
            if entity.end_char <= subject.idx
            and entity.label in ("PERSON", "ORG")
            and text[: entity.start_char].rstrip().lower().endswith(subject.lower_)
        }
        if len(found) != 1:
            return None
        return self._entity_attribution(next(iter(found.values())))

    def _joint_document(self, subject: Token) -> Attribution | None:
        """ "Nigeria and Barclays said in a joint statement …. The statement said": the
        joint speaker of the cue the same kind of document was said "in" before."""
        lemma = _document_noun(subject.lemma_.lower())
        if lemma is None or not _is_definite(subject) or subject.tag_ in PLURAL_TAGS:
            return None
        for token in reversed(self.doc[: subject.i]):
            if token.lemma_.lower() != lemma or self.context.quoted(token.idx):
                continue
            if token.dep_ != "pobj" and _is_definite(token):
                # "The statement was issued after talks": the same one again.
                continue
            if token.dep_ != "pobj" or token.head.lower_ != "in":
                return None
            verb = token.head.head
            said = [c for c in self.cues if c.verb == verb and self._is_joint(c.start)]
            return self.named[said[0].start][0] if said else None
        return None

    def _reporting_body_document(self, subject: Token) -> Attribution | None:
        """ "The National Audit Office said …. The report said: “…”": a definite document
        (a listed document noun, no name of its own) the text mentions here first and
        gives no author, said in the paragraph where an organisation was the last one
        named speaking, is that organisation's: the body reporting its findings. None
        when the last named speaker before it is a person, in another paragraph, or
        when the text mentioned any listed document before (of its kind,
        ``_earlier_author`` decides; of another, it may be the same by other authors)."""
        lemma = _document_noun(subject.lemma_.lower())
        if lemma is None or not _is_definite(subject) or subject.tag_ in PLURAL_TAGS:
            return None
        if any(c.dep_ in ("compound", "poss") for c in subject.children):
            return None
        if any(
            t.pos_ == "NOUN"
            and t.dep_ != "compound"
            and t.lemma_.lower() in lexicon().document_nouns
            for t in self.doc[: subject.i]
        ):
            # "The study of Acme's drug, conducted at Duke …. the article noted": a
            # document the text spoke of before may be this one, by other authors
            # (not a noun qualifying another: "research institute Ifo").
            return None
        index = bisect_right(self.named_positions, (subject.idx, -1)) - 1
        if index < 0:
            return None
        subject_at, cue_start = self.named_positions[index]
        attribution, key = self.named[cue_start]
        paragraph = self.context.paragraph_of
        if (
            key is None
            or not key.startswith("ORG:")
            or paragraph(subject_at) != paragraph(subject.idx)
        ):
            return None
        return attribution

    def _company_document(self, subject: Token) -> Attribution | None:
        """ "according to a company statement": a listed document that the noun
        "company" (or "firm") qualifies is the company's the noun refers back to
        (:meth:`_organisation_before`); None for other subjects or no such company."""
        if _document_noun(subject.lemma_.lower()) is None or subject.tag_ in PLURAL_TAGS:
            return None
        if not any(
            c.dep_ == "compound" and c.lemma_.lower() in _COMPANY_NOUNS for c in subject.lefts
        ):
            return None
        return self._organisation_before(subject.idx)

    def _named_body_document(self, subject: Token) -> Attribution | None:
        """ "An FA statement said", "a Foreign Office report says": a listed document
        (in the singular) that the name of one organisation qualifies is that
        organisation's. None for other subjects, or a name of anything else ("a
        Tuesday statement", "the Blair memo")."""
        if _document_noun(subject.lemma_.lower()) is None or subject.tag_ in PLURAL_TAGS:
            return None
        bodies = {
            entity.entity_key: entity
            for child in subject.lefts
            if child.dep_ == "compound" and (entity := self._organisation_at(child)) is not None
        }
        if len(bodies) != 1:
            return None
        return self._entity_attribution(self.mentions.fullest_named(next(iter(bodies.values()))))

    def _organisation_at(self, word: Token) -> EntityMention | None:
        """The organisation ``word`` names: the model's tag there, or, for a proper noun
        or acronym it left untagged, the one organisation the text tags as written so
        elsewhere (news tags a short form at one mention and not at the next)."""
        entity = self.mentions.at(word)
        if entity is not None:
            return entity if entity.label == "ORG" else None
        # The tagger reads many an acronym ("An FA statement") as a common noun.
        if word.pos_ != "PROPN" and not (len(word.text) > 1 and word.text.isupper()):
            return None
        return self.mentions.organisation_written_as(word.text)

    def _same_document(self, subject: Token) -> Attribution | None:
        """ "An FA statement said: “…” The statement continued: “…”": a definite
        listed document (no owner or name of its own) whose noun last stood, outside
        quotations, as the subject of a cue resolved to a named speaker is the same
        document, that speaker's. None when the noun last stood anywhere else (it may
        be another document) or that cue named no body or person."""
        lemma = _document_noun(subject.lemma_.lower())
        if lemma is None or not _is_definite(subject) or subject.tag_ in PLURAL_TAGS:
            return None
        if any(c.dep_ in ("compound", "poss") for c in subject.children):
            return None
        earlier = next(
            (
                token
                for token in reversed(self.doc[: subject.i])
                if token.lemma_.lower() == lemma and not self.context.quoted(token.idx)
            ),
            None,
        )
        if earlier is None:
            return None
        cue = next((c for c in self.cues if c.subject == earlier and c.start in self.named), None)
        key = self.named[cue.start][1] if cue is not None else None
        if cue is None or key is None or not key.startswith(("ORG:", "PERSON:")):
            # A place is no author: "The book, Brown's Britain, said" names none.
            return None
        return self.named[cue.start][0]

    def _compound_outlet(self, subject: Token) -> Token | None:
        """ "the official Tanjug news agency reported": the name among the compounds of
        a news outlet's noun (``_OUTLET_NOUNS``) that speaks for it: an organisation's
        name, or a capitalised word the model left untagged that the text also writes
        alone as a cue's subject ("Tanjug said"); not a body's name holding an
        organisation noun ("the Communist Party newspaper" is no party's words). None
        otherwise."""
        if subject.lemma_.lower() not in _OUTLET_NOUNS:
            return None
        for child in subject.lefts:
            if child.dep_ != "compound" or child.pos_ != "PROPN":
                continue
            entity = self.mentions.at(child)
            if entity is None and self._speaks_alone(child):
                return child
            if (
                entity is not None
                and entity.label == "ORG"
                and not lexicon().organisation_nouns & set(entity.canonical_name.casefold().split())
            ):
                return child
        return None

    def _speaks_alone(self, word: Token) -> bool:
        """Whether another cue's subject is ``word`` written alone, untagged."""
        return any(
            cue.subject is not None
            and cue.subject.i != word.i
            and cue.subject.text == word.text
            and not cue.subject.ent_type_
            and not any(c.dep_ in ("compound", "amod", "det") for c in cue.subject.children)
            for cue in self.cues
        )

    def _is_joint(self, cue_start: int) -> bool:
        """Whether a named cue's speaker is several parties together."""
        if cue_start not in self.named:
            return False
        attribution, key = self.named[cue_start]
        return key is None and attribution.speaker in self.joint_names

    def _joint_before(self, pronoun: Token) -> Attribution | None:
        """ "…, said chairman William Schreyer and president Daniel Tully. “…,” they
        said": a "they" after a joint speaker, with no other named speaker between, in
        its paragraph or the next, is that joint speaker."""
        index = bisect_right(self.named_positions, (pronoun.idx, -1)) - 1
        if index < 0:
            return None
        at, cue_start = self.named_positions[index]
        paragraph = self.context.paragraph_of
        if not self._is_joint(cue_start) or paragraph(pronoun.idx) - paragraph(at) > 1:
            return None
        return self.named[cue_start][0]

    def _organisation_before(self, position: int) -> Attribution | None:
        """ "Acme Corp said …. The company said": the nearer of the last organisation that
        spoke before ``position`` and the last one that is a main clause's subject; None
        when there is neither."""
        at, found = -1, None
        index = bisect_right(self.named_positions, (position, -1)) - 1
        for subject_at, cue_start in reversed(self.named_positions[: index + 1]):
            attribution, key = self.named[cue_start]
            if key is not None and key.startswith("ORG:"):
                at, found = subject_at, attribution
                break
        entity = self.mentions.before(position, "ORG", subjects_only=True)
        if entity is not None and entity.start_char > at:
            found = self._entity_attribution(entity)
        # Only the organisation the story is about: of several ("the company said AOL's
        # profit …" in a story about Time Warner), one named no less often than any other.
        most_named = self.mentions.most_named_organisations(position)
        if found is not None and self._sole_speaking_lead(found, position):
            return found
        return found if found is not None and found.speaker_key in most_named else None

    def _story_company(self, subject: Token) -> Attribution | None:
        """ "Shares in Cairn Energy jumped after the firm said": the company a story's
        first paragraph names first, when no organisation has been named more often before the bare
        noun ``subject`` ("the company", not "the German firm", which may be
        another): news names the company it is about first, often inside a phrase
        ("Revenues at media group Reuters"), then says "the company". Not a public
        body (a name holding "Commission", "Ministry", …), a person's name the model
        typed an organisation, nor a parent named before its unit ("Jaguar PLC's
        Jaguar Cars Inc said")."""
        if any(c.dep_ != "det" for c in subject.lefts):
            return None
        position = subject.idx
        public = lexicon().organisation_nouns - _COMPANY_NOUNS
        first = next(
            (
                entity
                for entity in self.context.entities
                if entity.label == "ORG"
                and entity.start_char < position
                and not self.context.quoted(entity.start_char)
            ),
            None,
        )
        if (
            first is None
            or public & set(first.canonical_name.casefold().split())
            or not self._leads(first)
            or given_name_led(first.canonical_name)
            or self._owns_unit(first)
        ):
            return None
        first = self.mentions.fullest_organisation(first)
        if first.entity_key not in self.mentions.most_named_organisations(position):
            return None
        return self._entity_attribution(first)

    def _company_board(self, subject: Token) -> Attribution | None:
        """ "The directors said in the annual report": the bare plural of a board's
        members speaks for the company the story is about (``_story_company``); None
        for other subjects or where the story is about no one company."""
        if (
            subject.lemma_.lower() not in _BOARD_MEMBERS
            or subject.tag_ not in PLURAL_TAGS
            or [c.lower_ for c in subject.lefts] != ["the"]
            or any(c.dep_ == "prep" for c in subject.rights)
            # Two companies named as often: whose board it is, is no guess.
            or len(self.mentions.most_named_organisations(subject.idx)) != 1
        ):
            return None
        return self._story_company(subject)

    def _board_owner(self, subject: Token) -> Attribution | None:
        """ "Now the board has confirmed that the bidder is back": a board no name holds
        is the board of the company the story is about (``_story_company``), else of
        the one organisation named most often before it (the club a bid is for).
        None for a board with words of its own ("the appeals board") or where several
        are named as often."""
        if any(c.dep_ != "det" for c in subject.lefts):
            return None
        found = self._story_company(subject)
        if found is not None:
            return found
        most = self.mentions.most_named_organisations(subject.idx)
        if len(most) != 1:
            return None
        key = next(iter(most))
        entity = next((e for e in self.context.entities if e.entity_key == key), None)
        return self._entity_attribution(entity) if entity is not None else None

    def _leads(self, entity: EntityMention) -> bool:
        """Whether ``entity`` stands in the subject (or the agent) of the document's
        first sentence: "Shares in Cairn Energy jumped", "… developed by Toyota"; not
        "Aero Services said its stock stays in the NASD's system"."""
        span = self.doc.char_span(entity.start_char, entity.end_char, alignment_mode="expand")
        if span is None or span.sent.start != next(self.doc.sents).start:
            return False
        root = span.sent.root
        return any(
            token.head == root and token.dep_ in ("nsubj", "nsubjpass", "agent")
            for token in (span.root, *span.root.ancestors)
        )

    def _rarer(self, word: str, person: EntityMention) -> bool:
        """Whether the text writes ``word`` less often than the surname of ``person``
        in all its other spellings (one edit from it: "Hassell" and "Hassel" against
        "Hassall")."""
        written = Counter(re.findall(r"[^\W\d_]+", doc_text(self.doc)))
        surname = person.canonical_name.split()[-1]
        spellings = sum(n for w, n in written.items() if w != word and one_edit(w, surname))
        return written[word] < written[surname] + spellings

    def _spelt_in_full(self, entity: EntityMention) -> EntityMention:
        """ "Hassall" where the text names "Brian Hassell" and spells him "Hassel" too: a
        person by a surname alone that no full name holds, written less often than the
        surname of the one person named in full it misspells (``misspelt_person``)
        with that surname's other spellings; else ``entity``. A name written as often
        as the full one's ("Reagan" beside "Donald Regan") is someone else."""
        words = entity.canonical_name.split()
        if entity.label != "PERSON" or len(words) != 1:
            return entity
        named = self.mentions.misspelt_person(words[0])
        return named if named is not None and self._rarer(words[0], named) else entity

    def _owns_unit(self, owner: EntityMention) -> bool:
        """ "Jaguar PLC's Jaguar Cars Inc": a possessive name right before another
        organisation's."""
        text = doc_text(self.doc)
        if text[owner.end_char : owner.end_char + 2] not in ("'s", "’s"):
            return False
        after = len(text) - len(text[owner.end_char + 2 :].lstrip())
        return any(e.start_char == after and e.label == "ORG" for e in self.context.entities)

    def _earlier_author(self, subject: Token) -> EntityMention | None:
        """ "The U.S. Embassy said in its annual report …. “…,” the report said": the
        organisation the document gave as the author of the same kind of document before
        ``subject`` (a definite one, "the report"), the nearest such mention that names
        one; a wire story names a report's author once, then says "the report". None
        when none does."""
        lemma = _document_noun(subject.lemma_.lower())
        plural = subject.tag_ in PLURAL_TAGS
        if lemma is None or not _is_definite(subject) or plural:
            return None
        if any(c.dep_ in ("compound", "poss") for c in subject.children):
            # "The Auction Drop website": a document named by its own words is no
            # earlier one.
            return None
        for token in reversed(self.doc[: subject.i]):
            if token.lemma_.lower() != lemma or self.context.quoted(token.idx):
                continue
            author = self._author_of(token) or self._writer_of(token)
            # An organisation or a country ("Mexico said in a statement"): a "person"
            # here is more often a body the model mistyped ("the Hefce report"), and
            # would stand for a later "he".
            if author is not None and author.label in ("ORG", "GPE"):
                return author
        return self._study_author(subject) if lemma in _STUDY_NOUNS else None

    def _plaintiff(self, subject: Token) -> EntityMention | None:
        """ "Jo Bloggs is suing Acme …. The lawsuit said": who brought the court action a
        definite filing noun (``_FILING_NOUNS``) speaks for: the one person or
        organisation the text makes the subject of "sue", or of filing such a noun
        ("Acme filed a suit"), before ``subject``, outside quotations. None for other
        words or when several sue: no guess."""
        if subject.lemma_.lower() not in _FILING_NOUNS or subject.tag_ in PLURAL_TAGS:
            return None
        if not _is_definite(subject):
            return None
        found: dict[str, EntityMention] = {}
        for token in self.doc[: subject.i]:
            if self.context.quoted(token.idx) or not _brings_action(token):
                continue
            for plaintiff in token.children:
                entity = self.mentions.at(plaintiff) if plaintiff.dep_ == "nsubj" else None
                if entity is not None and entity.label in ("PERSON", "ORG"):
                    full = self.mentions.fullest_named(entity)
                    found.setdefault(full.entity_key, entity)
        return next(iter(found.values())) if len(found) == 1 else None

    def _study_author(self, subject: Token) -> EntityMention | None:
        """ "the OECD said in its semi-annual survey …. the report said": the one
        organisation or country the text gave as the author of a study of another name
        before ``subject`` (news calls one study a survey, a report and a review in
        turn). None for none or several authors: no guess."""
        found: dict[str, EntityMention] = {}
        for token in self.doc[: subject.i]:
            if token.lemma_.lower() not in _STUDY_NOUNS or self.context.quoted(token.idx):
                continue
            if self.mentions.at(token) is not None:
                # "Agri Analysis": a word of a name, no study.
                continue
            author = self._author_of(token) or self._writer_of(token)
            if author is not None and author.label in ("ORG", "GPE"):
                full = self.mentions.fullest_named(author)
                found.setdefault(full.entity_key, author)
        return next(iter(found.values())) if len(found) == 1 else None

    def _writer_of(self, document: Token) -> EntityMention | None:
        """Who the text says made ``document``: the subject of the verb it is said "in"
        ("the Embassy said in its annual report") or of a verb of making it ("Pew
        conducted a survey"), or the name after "of", "by" or "from" ("the latest
        report of the Board of Navigation", "a report by the OECD", "a statement from
        Acme", "a survey carried out by ICM")."""
        named = [c for c in document.children if c.dep_ in ("prep", "agent")]
        named = [p for p in named if p.lower_ in ("of", "by", "from")]
        for participle in document.children:
            # "a survey carried out by ICM", not "the letter, backed by Anita Rani".
            if participle.dep_ == "acl" and participle.lemma_.lower() in _MAKING_VERBS:
                named += [c for c in participle.children if c.dep_ == "agent"]
        head = document.head
        subjects: list[Token] = []
        if (document.dep_ == "pobj" and head.lower_ == "in") or (
            document.dep_ == "dobj" and head.lemma_.lower() in _MAKING_VERBS
        ):
            verb = head.head if document.dep_ == "pobj" else head
            if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
                # "An IMF mission made the comments in a report": the parse hangs the
                # document on the verb's object; the verb's subject made both.
                verb = verb.head
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        for token in named + subjects:
            token = next((c for c in token.children if c.dep_ == "pobj"), token)
            if any(c.dep_ == "conj" for c in token.children):
                # "Nigeria and Barclays said in a joint statement": two issuers, no
                # one of them alone.
                return None
            entity = self.mentions.at(token)
            if entity is None:
                # "the report by telecoms giant BT": the name the parse hung on the
                # description of the author; "An IMF mission made the comments in a
                # report": the body whose name heads the author's noun.
                entity = (
                    next((self.mentions.at(c) for c in token.children if c.dep_ == "appos"), None)
                    or self._body_of(token)
                    or self._described_body(token)
                )
            # A country speaks as the subject of what it said ("Mexico said in a
            # statement"), not after "of" ("a survey of Britain" is about it).
            labels = ("ORG", "PERSON", "GPE") if token in subjects else ("ORG", "PERSON")
            if entity is not None and entity.label in labels:
                return entity
        return None

    def _described_body(self, noun: Token) -> EntityMention | None:
        """ "In its rice outlook, the department said": the organisation a definite
        body's noun as a document's maker stands for, named before with the noun in its
        name ("the U.S. Agriculture Department"), as :meth:`_descriptor` reads "the
        department said"; None for other words or none named so."""
        lemma = noun.lemma_.lower()
        if lemma not in lexicon().organisation_nouns or not _is_definite(noun):
            return None
        if lemma in lexicon().document_nouns or noun.tag_ in PLURAL_TAGS:
            return None
        return self.mentions.organisation_named(noun.idx, lemma)

    def _author_of(self, subject: Token) -> EntityMention | None:
        """The organisation or person whose document speaks: "The IPCC report states",
        "Amazon's statement said", "Its statement claimed", "A letter from the council
        said". None when the text gives no author with the document."""
        if subject.lemma_.lower() not in lexicon().document_nouns:
            return None
        for child in subject.children:
            # "A brief IRNA report said": the parse makes a name an adjective too.
            named_modifier = child.dep_ == "amod" and child.pos_ == "PROPN"
            if (child.dep_ in ("compound", "poss") or named_modifier) and child.i < subject.i:
                entity = self.mentions.at(child)
                if entity is not None and entity.label in ("ORG", "PERSON"):
                    return entity
                if entity is None and (members := self._members_of(child)) is not None:
                    # "a Stevenage Labour Party members' newsletter": the party's.
                    return members
                if entity is None and subject.tag_ not in PLURAL_TAGS:
                    # Not "the court documents": filed in a court, not its words.
                    body = self._body_noun(child)
                    if body is not None:
                        return body
            if child.dep_ == "poss" and child.lower_ in ("its", "their"):
                # "Its statement claimed": the organisation named in this paragraph or
                # the one before (one the model took for a person too: "its" is no
                # person's).
                entity = self.mentions.organisation_before(child.idx)
                paragraph = self.context.paragraph_of
                if entity is not None and paragraph(child.idx) - paragraph(entity.start_char) <= 1:
                    return entity
        return self._writer_of(subject)

    def _members_of(self, noun: Token) -> EntityMention | None:
        """The organisation named before a noun of its members (``_MEMBER_NOUNS``) as its
        compound ("Labour Party members'"); None for other nouns."""
        if noun.lemma_.lower() not in _MEMBER_NOUNS:
            return None
        for child in noun.children:
            entity = self.mentions.at(child) if child.dep_ == "compound" else None
            if entity is not None and entity.label == "ORG":
                return entity
        return None

    def _body_of(self, noun: Token) -> EntityMention | None:
        """The organisation whose name stands before ``noun`` as its compound or
        possessor ("an IMF mission", "the OECD's economists"); None for none."""
        for child in noun.children:
            if child.dep_ in ("compound", "poss") and child.i < noun.i:
                entity = self.mentions.at(child)
                if entity is not None and entity.label == "ORG":
                    return entity
        return None

    def _body_noun(self, noun: Token) -> EntityMention | None:
        """The organisation a body's noun owning a document stands for ("the
        Ministry statement", "the team's report"): the nearest organisation before
        whose name holds the noun ("the Finance Ministry"), else the one whose name the
        text wrote right before it ("an International Monetary Fund team"), else the one
        of the noun's kind (``organisation_kinds``: "A Union statement" where the text
        names one union, the "… Workers"). None for other words, a plural, or an
        indefinite body ("a union's statement")."""
        lemma = noun.lemma_.lower()
        if lemma not in lexicon().organisation_nouns or lemma in lexicon().document_nouns:
            return None
        if noun.tag_ in PLURAL_TAGS or any(c.lower_ in ("a", "an") for c in noun.children):
            return None
        # "A Union statement" where the text names the United Food and Commercial
        # Workers: the one organisation of the noun's kind.
        return self._organisation_by_noun(noun, lemma, by_kind=True)

    def _organisation_by_noun(self, noun: Token, lemma: str, by_kind: bool) -> EntityMention | None:
        """The organisation a body's noun (``noun``, lemma ``lemma``) stands for: the
        nearest before whose name holds the noun ("the court" after "the Appellate
        Court"); else, for a noun in the singular, the one whose name the text wrote
        right before it ("the team" after "an International Monetary Fund team"); else,
        ``by_kind``, the one organisation of the noun's kind (``organisation_kinds``:
        "the institution" where the text names one university); None for none."""
        found = self.mentions.organisation_named(noun.idx, lemma)
        if found is None and noun.tag_ not in PLURAL_TAGS:
            found = self.mentions.organisation_unit(lemma, noun.idx)
        kind = lexicon().organisation_kinds.get(lemma)
        if found is None and by_kind and kind is not None:
            found = self.mentions.organisation_of_kind(kind, noun.idx)
        return found

    def _described_owner(self, subject: Token) -> Attribution | None:
        """ "The company's release continued", "the minister's letter said": who a
        definite description owning the document refers back to (see
        :meth:`_descriptor`); "his report said": the person "his" refers back to. None
        for other subjects."""
        if subject.lemma_.lower() not in lexicon().document_nouns:
            return None
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        if owner is not None and (gender := pronoun_gender(owner.lower_)) is not None:
            # "His report said", "his sales pitch adds": the person "his" or "her"
            # stands for wrote it, as a "he" there would have said it.
            return self._antecedent(owner.idx, True, gender, paragraphs=_DESCRIPTOR_PARAGRAPHS)
        if owner is None or not _is_definite(owner):
            return None
        return self._descriptor(owner)

    def _gender(self, attribution: Attribution) -> str | None:
        """The gender of a speaker found so far: from a title, else a first name."""
        title = self._title(attribution, attribution.speaker_key) or ""
        if attribution.speaker_key is None:
            # Words, not a name ("the chairwoman"): their nouns tell.
            return gender_of_title(f"{title} {attribution.speaker or ''}")
        guessed = gender_of_person(title, attribution.speaker)
        return self.mentions.as_the_text_says(attribution.speaker_key, guessed, title)

    def _relative(self, cue: Cue) -> Attribution:
        """ "Trump, who said …": the speaker of the noun the pronoun stands for."""
        subject = cue.subject
        assert subject is not None
        antecedent = relative_antecedent(subject)
        entity = self.mentions.at(antecedent) if antecedent is not None else None
        before = self.mentions.before(subject.idx, "PERSON") or self.mentions.before(
            subject.idx, "ORG"
        )
        # "Mayor Ana Costa, who …": the name just before the pronoun, whatever the parse.
        if before is not None and not doc_text(self.doc)[before.end_char : subject.idx].strip(" ,"):
            entity = before
        if entity is None and antecedent is not None and antecedent.pos_ == "PROPN":
            # "Labour's Mr Livingstone, who says …": a surname the model did not tag is
            # the person named in full elsewhere.
            entity = self.mentions.person_named(antecedent.text)
        found = Attribution()
        if entity is not None:
            found = self._entity_attribution(entity)
        elif antecedent is not None and antecedent.pos_ == "PROPN":
            # A name the model did not tag ("Mayor Ana Costa, who said …"): its words.
            words = self._mention_span(antecedent, None).text
            found = Attribution(speaker=clean_name(words, "PERSON") or None)
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

    def _speaker_before(
        self,
        position: int,
        person: bool,
        gender: str | None,
        described: bool = False,
        excluded: frozenset[str] | set[str] = frozenset(),
    ) -> tuple[int, Attribution | None]:
        """The nearest speaker of the wanted kind and gender before ``position``, named
        or not ("a spokesperson"), and where its subject stands; an earlier "he" or
        "she" of the gender (of any, for a description: ``described``) counts too."""
        found_at, found = -1, None
        index = bisect_right(self.named_positions, (position, -1)) - 1
        while index >= 0:
            at, cue_start = self.named_positions[index]
            attribution, _ = self.named[cue_start]
            named_or_role = (
                attribution.speaker_key is not None
                or attribution.speaker_is_person
                or (not person and cue_start in self.untagged_bodies)
            )
            if (
                named_or_role
                and attribution.speaker_key not in excluded
                and cue_start not in self.plural
                and cue_start not in self.relaying_staff
                and not self._reported_away(cue_start, position, gender)
                and self._speaks_as_person(attribution, gender) == person
                and agrees(gender, self._gender(attribution))
            ):
                found_at, found = at, attribution
                break
            index -= 1
        relative = self._relative_speaker_between(found_at, position, person, gender, excluded)
        if relative is not None:
            found_at, found = relative
        if gender is None and not (described and person):
            return found_at, found
        # An earlier "she" said it, nearer than any name: the same person ("“…,” she
        # told People. … the singer spoke to Woman's Weekly").
        index = bisect_right([item[:2] for item in self.pronoun_cues], (position, -1)) - 1
        while index >= 0:
            at, _, cue = self.pronoun_cues[index]
            if at <= found_at:
                break
            if gender is None or pronoun_gender(cue.subject.lower_) == gender:
                self._pronoun(cue)
                earlier = self.resolved.get(cue.start)
                if earlier is not None and earlier.speaker_key in excluded:
                    index -= 1
                    continue
                return (at, earlier) if earlier is not None else (found_at, found)
            index -= 1
        return found_at, found

    def _speaks_as_person(self, attribution: Attribution, gender: str | None) -> bool:
        """Whether a named speaker counts as a person for a pronoun of ``gender``: its
        own flag, or, for a he or she, a name of a person's shape that speaks as an
        organisation (``Mentions.person_shaped``): "Costa attacked the club, saying
        “…”. He told a paper: “…”" is Costa's, not a person's named before him."""
        key = attribution.speaker_key
        if attribution.speaker_is_person or gender is None or key is None:
            return attribution.speaker_is_person
        typed_person = key.startswith("PERSON:")
        if not (typed_person or key.startswith("ORG:")):
            # A place ("Broward County says") is no one's name.
            return False
        return self.mentions.person_shaped(attribution.speaker or "", typed_person)

    def _relative_speaker_between(
        self,
        start: int,
        end: int,
        person: bool,
        gender: str | None,
        excluded: frozenset[str] | set[str],
    ) -> tuple[int, Attribution] | None:
        """ "Ruddock said …. None more so than Henson, who can now expect …. “…,” he
        said": the named speaker of the last cue between ``start`` and ``end`` whose
        subject is a relative pronoun, of the wanted kind and known to be of the
        pronoun's ``gender``, and where that pronoun stands: a speaker the narration
        brings in after the one before, as a name at a cue of its own would be. None
        when there is none, or no gender is wanted (a description, "the coach", is left
        to the speakers named at cues of their own)."""
        if gender is None:
            return None
        index = bisect_right(self.relative_positions, end - 1) - 1
        while index >= 0:
            at, cue = self.relative_cues[index]
            if at <= start:
                return None
            index -= 1
            if _one_of_several(relative_antecedent(cue.subject)):
                # "… Rank Group and Stanley Leisure, who had hoped …": all of them.
                continue
            found = self._relative(cue)
            if (
                found.speaker_key is not None
                and found.speaker_key not in excluded
                and found.speaker_is_person == person
                and self._gender(found) == gender
            ):
                return at, found
        return None

    def _going_on(
        self, position: int, gender: str | None, antecedent: Attribution | None
    ) -> Attribution | None:
        """Who goes on speaking ("added", "continued") at ``position``: the
        ``antecedent`` found for the subject when that person has spoken before it;
        else the nearest person speaking before it (``_speaker_before``, within
        ``_DESCRIPTOR_PARAGRAPHS``), not someone a sentence between is only about;
        else the ``antecedent``."""
        key = antecedent.speaker_key if antecedent is not None else None
        index = bisect_right(self.named_positions, (position, -1))
        if key is not None and any(
            self.named[cue_start][1] == key for _, cue_start in self.named_positions[:index]
        ):
            return antecedent
        at, found = self._speaker_before(position, True, gender, described=True)
        paragraph = self.context.paragraph_of
        if found is None or paragraph(position) - paragraph(at) > _DESCRIPTOR_PARAGRAPHS:
            return antecedent
        return found

    def _reported_away(self, cue_start: int, position: int, gender: str | None) -> bool:
        """Whether the speaker of a named cue is one a person of ``gender`` reports on,
        in a sentence before ``position``: that person, not the one reported, is the
        "he" or "she" after it (in the same sentence, "Grassley said Lyng had indicated
        he would", the "he" is the one reported)."""
        if gender is None or cue_start not in self.reported:
            return False
        subject, reporter = self.reported[cue_start]
        if position < subject.sent.end_char:
            return False
        entity = self.mentions.at(reporter)
        return (
            entity is not None
            and entity.label == "PERSON"
            and self.mentions.gender(entity) == gender
        )

    def _titled_person(
        self, cue: Cue, person: Token, role_words: str
    ) -> tuple[Attribution, str | None]:
        """The attribution of ``cue`` to the person named at ``person`` (fullest name),
        with ``role_words`` as the title."""
        entity = self.mentions.at(person)
        assert entity is not None
        entity = self.mentions.fullest_named(entity)
        self.titles.setdefault(entity.entity_key, role_words)
        mention = self._mention_span(person, entity)
        attribution = Attribution(
            speaker=entity.canonical_name,
            speaker_key=entity.entity_key,
            speaker_start=mention.start_char,
            speaker_end=mention.end_char,
            speaker_title=role_words,
            cue=cue.text,
            cue_start=cue.start,
            cue_end=cue.end,
        )
        return attribution, entity.entity_key

    def _firm_role_name(self, subject: Token) -> tuple[str, Token] | None:
        """ "Gulf and Western chairman Martin Davis": a subject the parse coordinated
        with a person's name that a role noun ("chairman") precedes, where the words
        from the subject to the role open the name of an organisation the text names
        ("Gulf and Western Inc"): the role and the person's last word; else None."""
        # The person's name, the last of the words joined ("star" may be joined too).
        person = next(
            (c for c in reversed(list(subject.children)) if c.dep_ == "conj" and c.i > subject.i),
            None,
        )
        if person is None or person.ent_type_ != "PERSON" or self.mentions.at(person) is None:
            return None
        span = self._mention_span(person, self.mentions.at(person))
        first = self.doc[span.start - 1]
        if first.i <= subject.i or first.lemma_.lower() not in lexicon().person_nouns:
            return None
        words = self.doc[subject.left_edge.i : first.i]
        legal_form = rf"\b{re.escape(words.text)}\s+(\w+)"
        if (
            self._organisation_opening(words.text.split(), subject.idx) is None
            and not any(
                match.group(1).casefold() in COMPANY_SUFFIXES
                for match in re.finditer(legal_form, doc_text(self.doc))
            )
            and not self._work_title(words, subject)
        ):
            # "Gulf and Western Inc" the model tagged "Western Inc": the text writes the
            # words before a legal form all the same.
            return None
        return self.doc[words.start : first.i + 1].text, person

    def _work_title(self, words: Span, subject: Token) -> bool:
        """ "Only Fools and Horses" before "star David Jason": title-case words joined
        by "and" that open with no given name and hold no person the text names
        elsewhere, a show's or a band's title, not a second speaker ("Jo Bloggs and
        United star Tim Lee")."""
        if not any(t.lower_ in ("and", "&") for t in words) or is_first_name(words[0].text):
            return False
        if not all(t.text[:1].isupper() or t.lower_ in _TITLE_JOINERS for t in words):
            return False
        entity = self.mentions.at(subject)
        return entity is None or not any(
            other.entity_key == entity.entity_key and other.start_char != entity.start_char
            for other in self.context.entities
        )

    def _person_before_employer(self, subject: Token) -> tuple[Token, str] | None:
        """ "Winfried Ruhl, chief economist of Acme Bank GmbH said": a subject that is
        an organisation's name right after a person's name, a comma and a lower-case
        role ending in "of", "at", "with" or "for" (its last word a person noun), the
        firm's first words perhaps left out by the model ("Kranz, Oberle, Maibach GmbH"):
        the person's last word and the role with the organisation; else None."""
        entity = self.mentions.at(subject)
        if entity is None or entity.label != "ORG" or subject.idx + len(subject) != entity.end_char:
            return None
        text = doc_text(self.doc)
        before = text[subject.sent.start_char : entity.start_char]
        shape = re.search(
            r",\s+((?:[a-z][\w-]*\s+){1,4})(?:of|at|with|for)\s+(?:the\s+)?"
            # The firm's first words, set off by commas, that the model left out.
            r"(?:[A-Z][\w&.-]*,?\s+)*$",
            before,
        )
        if shape is None:
            return None
        role_noun = shape.group(1).split()[-1]
        comma = subject.sent.start_char + shape.start()
        person = self.doc.char_span(comma - 1, comma, alignment_mode="expand")
        if (
            role_noun not in lexicon().person_nouns
            or person is None
            or (named := self.mentions.at(person[-1])) is None
            or named.label != "PERSON"
            or named.end_char != comma
            or self.context.quoted(named.start_char)
        ):
            return None
        return person[-1], text[comma + 1 : entity.end_char].strip()

    def _person_before_body(self, subject: Token) -> tuple[Token, str] | None:
        """ "Jo Bloggs, Acme Traders Association said" (or "…, of the Acme Traders
        Association said"): a subject that is an organisation's name set off by a comma
        right after the person's name that opens the sentence, the parse taking the
        body for the subject: the person speaks for the body. The person's last word
        and the body's name; else None."""
        entity = self.mentions.at(subject)
        if entity is None or entity.label != "ORG" or subject.idx + len(subject) != entity.end_char:
            return None
        text = doc_text(self.doc)
        opening = subject.sent.start_char
        shape = re.fullmatch(
            r"\s*([^,]+?),\s+(?:of\s+(?:the\s+)?)?", text[opening : entity.start_char]
        )
        if shape is None:
            return None
        person = self.doc.char_span(opening + shape.start(1), opening + shape.end(1))
        named = self.mentions.at(person[-1]) if person is not None else None
        if (
            named is None
            or named.label != "PERSON"
            or (named.start_char, named.end_char) != (person.start_char, person.end_char)
            or self.context.quoted(named.start_char)
        ):
            return None
        return person[-1], text[entity.start_char : entity.end_char]

    def _office_titled_person(self, entity: EntityMention) -> EntityMention | None:
        """The person named in full ("Jo Bloggs") for an entity the model typed other
        than a person whose name is an office and a surname ("Cardinal Bloggs"); None
        for any other entity, or no person with that surname. A form of address ("Ms
        Bloggs") is left to ``_addressed``."""
        words = entity.canonical_name.split()
        office = words[0].casefold().rstrip(".") if len(words) == 2 else ""
        if (
            entity.label == "PERSON"
            or office not in titles_before_name()
            or office in ADDRESS_TITLES
        ):
            return None
        person = self.mentions.person_named(words[1])
        return person if person is not None and person.label == "PERSON" else None

    def _untagged_titled_name(self, mention: Span) -> tuple[str, str] | None:
        """``(title, name)`` for an untagged mention of titles before a name: "Lt Col
        Jo Bloggs" gives ("Lt Col", "Jo Bloggs"); "Cardinal Bloggs" gives the fullest
        form the text writes ("Jo Bloggs", ``Mentions.written_name``). None when a
        word before the name is no title, the name is not capitalised proper nouns,
        or a lone surname has no one first name written before it."""
        words = [t for t in mention if not t.is_punct]
        titles = titles_before_name()
        lead = 0
        while lead < len(words) - 1 and words[lead].lower_.rstrip(".") in titles | PEER_TITLES:
            lead += 1
        name = words[lead:]
        if lead == 0 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in name):
            return None
        title = " ".join(t.text for t in words[:lead])
        if len(name) > 1:
            return (title, " ".join(t.text for t in name)) if is_first_name(name[0].text) else None
        written = self.mentions.written_name(name[0].text)
        if written is None and peer_surname([t.text for t in words[:lead]], name[0].text):
            # "Lord Bloggs" with no first name anywhere: a peer known by the surname.
            written = name[0].text
        return (title, written) if written is not None else None

    def _named_before(self, position: int) -> list[EntityMention]:
        """The document's entity mentions that start before ``position``."""
        return self.mentions.entities[: bisect_right(self.mentions.starts, position)]

    def _hyphenated_company(self, mention: Span) -> EntityMention | None:
        """ "Allis-Chalmers said" after "Allis-Chalmers Corp said": an untagged
        hyphenated name of one word that opens the one company named in full before
        it (:meth:`Mentions.company_opening`); None otherwise."""
        written = mention.text
        if "-" not in written or len(written.split()) != 1 or not written[:1].isupper():
            return None
        return self.mentions.company_opening(written, mention.start_char)

    def _written_person(self, entity: EntityMention) -> EntityMention | None:
        """ "Souness said" typed an organisation where the text writes "Boss Graeme
        Souness" (untagged, in the opening line): a one-word organisation's name that
        the text writes after one listed first name only (``Mentions.written_name``) is
        that person's surname, unless that first name is a common word
        (``tasks.common_words``); None otherwise."""
        if (
            entity.label != "ORG"
            or len(entity.canonical_name.split()) != 1
            or self.mentions.firm_of_surname(entity) is not None
        ):
            # "Montagu" for "Samuel Montagu and Co Ltd": the firm named for the man.
            return None
        written = self.mentions.written_name(entity.canonical_name)
        if written is None or written.split()[0].casefold() in common_words():
            # Not "Many FoodCorp shoppers": a listed first name that is a common word.
            return None
        return replace(entity, canonical_name=written, label="PERSON")

    def _surname_as_written(self, entity: EntityMention) -> EntityMention | None:
        """ "Holland said" after "David M. Holland": a place's name as the text writes
        it (the model calls it "Netherlands") that is a person's surname named in full;
        None when the text writes the place's own name or names no such person."""
        written = " ".join(entity.text.split())
        if entity.label not in ("GPE", "LOC") or written == entity.canonical_name:
            return None
        named = self.mentions.person_named(written)
        return named if named is not None and named.canonical_name != written else None

    def _sole_speaking_lead(self, found: Attribution, position: int) -> bool:
        """ "American Express Co said it and its Shearson Lehman subsidiary …. The company
        said": ``found`` (the organisation the noun refers back to) is the only
        organisation that has spoken before ``position`` and stands in the subject of
        the story's first sentence, so a unit or partner named more often is not what
        "the company" means."""
        if found.speaker_key is None or self._organisations_spoken(position) != {found.speaker_key}:
            return False
        return any(
            entity.entity_key == found.speaker_key and self._leads(entity)
            for entity in self.context.entities
        )

    def _mention_span(self, subject: Token, entity: EntityMention | None) -> Span:
        doc = self.doc
        if entity is not None:
            span = doc.char_span(entity.start_char, entity.end_char, alignment_mode="expand")
            if span is not None:
                return span
        if (aged := age_span(subject)) is not None:
            return aged
        lowercase = _lowercase_person(subject)
        if lowercase is not None:
            return lowercase
        left = subject
        for child in subject.lefts:
            # "laut Földényi", "rang Lucy": a lowercase word the parse compounds with a
            # name is no part of it.
            misparsed = subject.pos_ == "PROPN" and child.dep_ == "compound" and child.is_lower
            if child.dep_ in ("det", "compound", "amod", "poss", "nummod") and not misparsed:
                left = child
                break
        return doc[_line_start(left, subject) : subject.i + 1]


def _participle_sender(cue: Cue) -> Token | None:
    """ "Jo Bloggs e-mailed Ann Lee pointing out …": for a cue that is a present
    participle the parse hangs on its subject where that subject is the object of a
    verb of contacting (``_CONTACTING_VERBS``), the verb's own subject, who contacted
    and said; None otherwise ("heard Ann Lee saying …" is hers)."""
    verb, subject = cue.verb, cue.subject
    if verb is None or subject is None or verb.tag_ != "VBG":
        return None
    if verb.dep_ == "conj" and verb.head.tag_ == "VBG":
        # "… pointing out the error but suggesting …": the first participle's.
        verb = verb.head
    if verb.head == subject and subject.dep_ == "dobj":
        contacted = subject.head
    elif subject.head == verb and verb.dep_ in ("ccomp", "xcomp", "advcl"):
        # The parse may make the object the participle's own subject instead.
        contacted = verb.head
    else:
        return None
    if contacted.lemma_.lower() not in _CONTACTING_VERBS:
        return None
    return next((c for c in contacted.children if c.dep_ == "nsubj"), None)


def _line_start(left: Token, subject: Token) -> int:
    """Where a mention from ``left`` to ``subject`` starts once cut after a sentence's
    start or a line break inside it: "… the American Air Filter Co.\n\nAllis-Chalmers
    said" is Allis-Chalmers, not the words across the break."""
    start = max(left.i, subject.sent.start)
    for token in subject.doc[start : subject.i]:
        if "\n" in token.text:
            start = token.i + 1
    return start


def _bracketed_abbreviation(name: Token) -> bool:
    """ "the Department of Trade and Industry (DTI)": a name in brackets right after an
    organisation's name abbreviates it (the caller asks it of a role noun's apposition
    only: "the Travel Council (TC) said" keeps its acronym)."""
    doc = name.doc
    return (
        name.i > 1
        and name.i + 1 < len(doc)
        and doc[name.i - 1].text == "("
        and doc[name.i + 1].text == ")"
        and doc[name.i - 2].ent_type_ == "ORG"
    )


def _first_word(sentence: Span) -> Token:
    """The first token of ``sentence`` that is no space, quotation mark or bracket."""
    return next((t for t in sentence if not (t.is_space or t.is_punct)), sentence[0])


def _relative_host(clause: Token) -> Token | None:
    """The verb whose object (direct, or of a preposition) is the noun the relative
    clause ``clause`` describes ("deport" in "… deport the migrants, whom he calls …"),
    else None: a pronoun subject of such a clause is the one doing that verb's talking,
    whose subject (or its governor's) is the person it stands for."""
    noun = clause.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head
    elif noun.dep_ != "dobj":
        return None
    verb = noun.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _people_nouns() -> frozenset[str]:
    """The lexicon's nouns of people who speak ("officials", "aides", "teachers")."""
    return lexicon().speaker_nouns | lexicon().person_nouns


def _relaying_staff(subject: Token) -> bool:
    """Whether ``subject`` is the outlet's own staff as the source of "according to"
    ("according to our correspondent")."""
    preposition = subject.head
    return (
        any(c.dep_ == "poss" and c.lower_ in OWN_STAFF for c in subject.children)
        and preposition.lower_ == "to"
        and preposition.head.lower_ == "according"
    )


def _reporting_subject(cue: Cue) -> Token | None:
    """The subject of the reporting verb a named cue stands in the report of: its verb
    in the complement clause of a reporting verb with a subject of its own ("Smith
    said Jones refused"), or its subject opening a sentence the model split off a
    reporting verb with no complement ("Smith told the programme | Jones had
    refused", no punctuation between). None when the cue reports itself."""
    subject, verb = cue.subject, cue.verb
    if subject is None or verb is None:
        return None
    reporting = lexicon().reporting_verbs
    child = verb
    for head in verb.ancestors:
        # "Smith told the programme that Jones refused": the parse may hang the clause
        # on the reporting verb's object; the verb reports it all the same.
        reporter = head if child.dep_ == "ccomp" else _clause_told_to(child, head)
        if reporter is not None and reporter.lemma_.lower() in reporting:
            # Not across a line or a quotation ("Smith said: “…” | Jones said"): the
            # parse ran two statements together.
            between = doc_text(verb.doc)[reporter.idx : subject.idx]
            if _STATEMENT_BREAKS.intersection(between):
                return None
            children = reporter.children
            return next((c for c in children if c.dep_ == "nsubj" and c.i < subject.i), None)
        child = head
    start = subject.sent.start
    if start == 0 or subject.i - start > _MAX_SPLIT_SUBJECT:
        return None
    before = subject.doc[start - 1]
    if before.is_punct or before.is_space or "\n" in before.whitespace_:
        return None
    root = before.sent.root
    if root.lemma_.lower() not in reporting:
        return None
    return next((c for c in root.children if c.dep_ == "nsubj"), None)


def _one_of_several(noun: Token | None) -> bool:
    """Whether ``noun`` is one of a coordination ("Rank Group and Stanley Leisure")."""
    return noun is not None and (
        noun.dep_ == "conj" or any(c.dep_ == "conj" for c in noun.children)
    )


def _view_taker(cue: Cue) -> Token | None:
    """ "Ann Lee backed Jo Bloggs's view that …": for a cue whose subject owns the
    statement noun it stands on ("Bloggs's view"), when that noun is the object of a
    verb (directly or through a preposition) whose own subject stands before it, that
    subject: the one who acts on the view, of whom the story goes on. None otherwise."""
    subject, noun = cue.subject, cue.verb
    if subject is None or noun is None or subject.dep_ != "poss" or subject.head != noun:
        return None
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head
    elif noun.dep_ != "dobj":
        return None
    verb = noun.head
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.i < subject.i), None)


def _clause_told_to(clause: Token, noun: Token) -> Token | None:
    """The verb whose object ``noun`` is, when ``clause`` is a "that" clause the parse
    hung on that object ("told the programme that Jones refused", "that … refused" an
    ``acl`` of "programme"): the verb reports the clause. None otherwise."""
    if clause.dep_ != "acl" or noun.dep_ not in ("dobj", "dative"):
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    return noun.head


def _document_noun(lemma: str) -> str | None:
    """The listed document noun ``lemma`` is, or misspells by one letter ("statememt",
    a wire typo) when it is long enough that no other word is that near; None for
    other words."""
    nouns = lexicon().document_nouns
    if lemma in nouns:
        return lemma
    if len(lemma) < _MISSPELT_NOUN_LENGTH or not lemma.isalpha():
        return None
    near = [noun for noun in nouns if noun[0] == lemma[0] and one_edit(noun, lemma)]
    return near[0] if len(near) == 1 else None


def _brings_action(verb: Token) -> bool:
    """Whether ``verb`` brings a court action: "sue", or a verb of ``_FILING_VERBS`` with
    a filing noun for object ("filed a lawsuit", "issued a writ")."""
    lemma = verb.lemma_.lower()
    if lemma == "sue":
        return True
    return lemma in _FILING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _FILING_NOUNS for c in verb.children
    )


def _kind_led_name(mention: Span) -> tuple[str, str] | None:
    """ "consultancy Acme4", "the brokerage Smith Jones": a name the model did not tag
    after lowercase words ending in a noun of an organisation's kind (``[types] ORG`` of
    ``tasks/data/entity_nouns.toml``), as (those words, the name); None for a mention of
    another form. Every word of the name holds a capital letter."""
    words = [t for t in mention if t.dep_ != "det"]
    name_start = next((n for n, t in enumerate(words) if not t.is_lower), None)
    if not name_start:
        return None
    kind, name = words[:name_start], words[name_start:]
    if kind[-1].lemma_.lower() not in _organisation_kind_nouns():
        return None
    if not all(any(c.isupper() for c in t.text) for t in name):
        return None
    return " ".join(t.text for t in kind), " ".join(t.text for t in name)


@cache
def _organisation_kind_nouns() -> frozenset[str]:
    return frozenset(entity_nouns()["types"]["ORG"])


def _person_role(title: str | None) -> bool:
    """ "deputy chief economist at Nomura": a title whose head noun, before what it
    is "at", "of" or "for", is a person's role."""
    if not title:
        return False
    head = re.split(r"\s(?:at|of|for|with|in)\s", title.casefold())[0].split()
    return bool(head) and head[-1] in lexicon().person_nouns


def _one_of_many(subject: Token) -> bool:
    """Whether ``subject`` is a singular common noun picked out of a group by "one" or
    "another" ("One veteran debt rescheduler said"), of no noun the lexicon gives to
    organisations or documents: wire copy's unnamed person, whom a later "he" or "she"
    means, whether or not the role is listed."""
    words = lexicon()
    lemma = subject.lemma_.lower()
    return (
        subject.pos_ == "NOUN"
        and subject.tag_ not in PLURAL_TAGS
        and any(c.lower_ in ("one", "another") and c.i < subject.i for c in subject.lefts)
        and lemma not in words.organisation_nouns
        and lemma not in words.company_nouns
        and lemma not in words.document_nouns
        and lemma not in words.organisation_kinds
    )


def _aged(noun: Token) -> bool:
    """ "the 25-year-old Dubliner": a noun an age in years describes, a person's."""
    return AGE.search(noun.doc[noun.left_edge.i : noun.i].text) is not None


def _is_definite(subject: Token) -> bool:
    """ "the singer", "this expert", "the Conservative MP": a noun that refers back,
    not "a spokesperson" (a role the model tags as a name, "MP", counts too)."""
    words = lexicon()
    role = subject.lemma_.lower() in words.person_nouns | words.organisation_nouns
    # "the Cardinal": a title written with a capital refers back as a role does.
    role = role or subject.lower_ in titles_before_name()
    return _described_member(subject) or (
        (subject.pos_ == "NOUN" or (subject.pos_ == "PROPN" and role))
        and any(
            (c.dep_ == "det" and c.lower_ in ("the", "this", "that"))
            # "our correspondent said": the outlet's own reporter, named before.
            or (c.dep_ == "poss" and c.lower_ in OWN_STAFF)
            for c in subject.children
        )
    )


def _leading_nouns() -> frozenset[str]:
    """Role and nationality nouns that are no part of a person's name before it
    (``lexicon().person_nouns`` less royal and church titles, which a name keeps)."""
    return lexicon().person_nouns - ROYAL_TITLES


def _described_member(subject: Token) -> bool:
    """ "the 27-year-old Austrian", "the Texas Democrat": "the" or "this" before a
    nationality (the model's or a listed one) or a party member's noun, one person."""
    member = (
        subject.ent_type_ == "NORP"
        or subject.lower_ in demonyms()
        or subject.lemma_.lower() in lexicon().party_members
    )
    return (
        member
        and subject.tag_ not in PLURAL_TAGS
        and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in subject.children)
    )


def _is_indefinite(subject: Token) -> bool:
    """ "a judge", "an official": one person of a role, not yet named."""
    return (
        subject.pos_ == "NOUN"
        and subject.tag_ not in PLURAL_TAGS
        and subject.lemma_.lower() in lexicon().person_nouns
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children)
    )


def _capitalised_role(subject: Token, entity: EntityMention) -> bool:
    """Whether ``subject``, the whole of ``entity``, is one capitalised title or role
    word after "the" ("the Cardinal", "the Chancellor"), a person described."""
    word = subject.lower_
    return (
        entity.text == subject.text
        and subject.text[:1].isupper()
        and subject.tag_ not in PLURAL_TAGS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
        and len(list(subject.children)) == 1
        and (word in titles_before_name() or word in lexicon().person_nouns)
    )


def _is_bare_title(subject: Token) -> bool:
    """ "Governor says …" (a headline): a capitalised role standing alone for a person;
    not a plural ("Critics argue" are people unnamed)."""
    return (
        subject.text[:1].isupper()
        and subject.tag_ not in PLURAL_TAGS
        and subject.lemma_.lower() in lexicon().person_nouns
        and not any(c.dep_ in ("det", "compound", "poss", "amod") for c in subject.children)
    )


def _lowercase_person(subject: Token) -> Span | None:
    """The name the model read as a person's in copy written all in lowercase
    ("champlin chairman william adams said"), whose lowercase names the entity pass
    leaves out: the model's span of the subject, for the full name ("william adams")
    and the role before it as a title. None for any other subject."""
    if subject.ent_type_ != "PERSON" or subject.pos_ != "PROPN":
        return None
    doc = subject.doc
    for entity in doc.ents:
        if entity.start <= subject.i < entity.end:
            words = [t for t in entity if not t.is_punct]
            if entity.root == subject and words and all(t.is_lower for t in words):
                return entity
            return None
    return None


def _untagged_person(mention: Span) -> bool:
    """ "Lt Col Eric Schnaible": a name the model did not tag that holds a listed first
    name before a capitalised word, a person (for a later "he")."""
    words = [t for t in mention if not t.is_punct]
    return any(
        is_first_name(word.text) and after.text[:1].isupper() and after.pos_ == "PROPN"
        for word, after in pairwise(words)
    )


def _own_name(noun: Token) -> bool:
    """ "The Sunday Mail newspaper": a noun with a proper noun of its own before it
    names its organisation, whether the model tagged it or not; no other of its kind.
    Not a place ("the Tokyo bank" is a bank of Tokyo the text names)."""
    return any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in ("GPE", "LOC", "NORP")
        for c in noun.lefts
    )


def _untagged_name(mention: Span) -> bool:
    """ "General Acquisition said": a mention of two or more capitalised proper nouns
    (no article, no lowercase word) that names no person (no listed first name): a
    name the model did not tag, most often a company's or a body's."""
    words = [t for t in mention if not t.is_punct]
    return (
        len(words) > 1
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words)
        and not _untagged_person(mention)
        and not any(is_first_name(t.text) for t in words)
    )


def _bracketed_name(subject: Token) -> Span | None:
    """ "<Condor Computer Corp> said": Reuters writes the name of a company listed on no
    exchange between angle brackets, the parse makes the closing one the subject and
    the model tags no name there; the words between the brackets. None for a subject
    that is no closing bracket."""
    if subject.text != ">":
        return None
    doc = subject.doc
    for index in range(subject.i - 1, subject.sent.start - 1, -1):
        if doc[index].text == "<":
            return doc[index + 1 : subject.i] if index + 1 < subject.i else None
    return None


def _addressed(name: str) -> bool:
    """ "Ms Lomax": a form of address and one name, or a family name led by its
    lowercase particles ("Mr de Vabres", "Mrs van der Post")."""
    words = name.split()
    return (
        len(words) >= 2
        and words[0].lower().rstrip(".") in ADDRESS_TITLES
        and words[-1][:1].isupper()
        and all(word in NAME_PARTICLES for word in words[1:-1])
    )


def _after_address(mention: Span) -> bool:
    """ "Mr [Norrgard]": a form of address just before the mention."""
    before = mention.doc[mention.start - 1] if mention.start > 0 else None
    return before is not None and before.lower_.rstrip(".") in ADDRESS_TITLES


def _without_address(name: str) -> str:
    """ "Lomax" for "Ms Lomax", "de Vabres" for "Mr de Vabres"; other names as they are."""
    return name.split(maxsplit=1)[1] if _addressed(name) else name


def _field_word(token: Token) -> bool:
    """A word of a role's field ("rugby", "public credit"), not a person's noun or title."""
    lower = token.lower_
    return (
        token.is_alpha
        and token.is_lower
        and token.dep_ != "det"
        and lower not in lexicon().person_nouns
        and lower not in person_titles()[0]
    )


def _given_name_misread(subject: Token) -> Token | None:
    """The surname of "spokesman Per Paust": a role noun (``person_nouns``) followed
    right away by a capitalised word the parse read as a preposition (a given name
    spelt as one: "Per", "Van") and a proper noun that is its object; a preposition is
    not written capitalised inside a sentence. None for any other subject."""
    if subject.lemma_.lower() not in lexicon().person_nouns or subject.i + 2 >= len(subject.doc):
        return None
    given, name = subject.doc[subject.i + 1], subject.doc[subject.i + 2]
    if (
        given.dep_ == "prep"
        and given.head == subject
        and given.text[:1].isupper()
        and given.text[1:].islower()
        and name.head == given
        and name.pos_ == "PROPN"
        and name.text[:1].isupper()
    ):
        return name
    return None


def _nation(entity: EntityMention) -> bool:
    """Whether ``entity`` names a nation ("Japan", "Yugoslav", "West German"), not a
    party ("Conservative", "Labour": the model's NORP too)."""
    words = set(entity.canonical_name.casefold().split())
    parties = lexicon().party_members | _PARTY_ADJECTIVES
    return entity.label == "GPE" or (entity.label == "NORP" and not words & parties)


def _initial(token: Token) -> bool:
    """Whether ``token`` is one capital letter ("A", "P"), as initials are written."""
    return len(token.text) == 1 and token.text.isupper()


def _with_office_word(title: str | None, word: str) -> str | None:
    """``title`` closed by the office's word the model ran into the name ("Minister of
    Industry and" and "Energy"); else ``title`` as it is."""
    if title and title.split()[-1] in ("of", "and"):
        return f"{title} {word}"
    return title


def _without_given_names(title: str | None, full_name: str) -> str | None:
    """``title`` without the given names of ``full_name`` it closes with ("Trade
    Minister Ana Luisa" for "Ana Luisa Prado Lemos"); None when nothing is left."""
    if title is None:
        return None
    words, name = title.split(), full_name.split()
    for cut in range(len(name) - 1, 0, -1):
        if words[-cut:] == name[:cut]:
            return " ".join(words[:-cut]) or None
    return title


def _without_article(name: str) -> str:
    """``name`` without the "The" a capitalised run of words opens with at a sentence's
    start ("The Great Atlantic and Pacific Tea Co")."""
    return name.removeprefix("The ").strip()


def _as_person(entity: EntityMention, name: str) -> EntityMention:
    """``entity``, which the model typed other than a person, as the person ``name``
    with that person's key."""
    return replace(
        entity, label="PERSON", canonical_name=name, entity_key=entity_key("PERSON", name)
    )


def _title_word(word: str) -> bool:
    """Whether ``word``, capitalised before a name, is a title ("Professor", "Dr"): a
    listed title, or a common word that is no listed first name."""
    lower = word.casefold().rstrip(".")
    return lower in titles_before_name() or (lower in common_words() and not is_first_name(word))


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
            title = doc[child.left_edge.i : child.right_edge.i + 1].text.strip(" ,")
            # "<Equity Silver Mines Ltd> said": the wire's closing bracket is no role.
            if any(c.isalpha() for c in title):
                return title
    start = mention.start
    while start > 0 and _is_title_word(doc[start - 1], subject):
        start -= 1
    lead = doc[start : mention.start]
    if any(t.pos_ in ("NOUN", "PROPN") for t in lead):
        return lead.text
    return None


def _name_hung_on_verb(subject: Token, verb: Token) -> Token | None:
    """ "one of the so-called Guildford Four, Gerry Conlon - who was … - said": a
    person's name set off by a comma right after the subject's phrase, which the parse
    hung on the verb (as an adverbial or a loose dependent) rather than on the subject,
    is in apposition to the subject: the person named speaks. None otherwise, and for
    a subject that is a person's name itself."""
    doc = subject.doc
    comma = subject.right_edge.i + 1
    if subject.ent_type_ == "PERSON" or subject.head != verb or comma + 1 >= verb.i:
        return None
    if doc[comma].text != ",":
        return None
    for child in verb.children:
        if (
            comma < child.i < verb.i
            and child.dep_ in ("npadvmod", "appos", "dep")
            and child.ent_type_ == "PERSON"
            and child.left_edge.i == comma + 1
        ):
            return child
    return None


def _role_words(doc: Doc, noun: Token, end: int | None = None) -> str | None:
    """The words of a role noun and what stands before it, without an article (up to
    ``end``, when its field follows it: "director of rugby")."""
    start = noun.left_edge.i
    # "Su Han-min, chief economist": a name the parse hung on the noun, set off by a
    # comma, is no part of the role.
    commas = [t.i for t in doc[start : noun.i] if t.text == ","]
    start = commas[-1] + 1 if commas and doc[start].ent_type_ == "PERSON" else start
    while start < noun.i and (doc[start].dep_ == "det" or not doc[start].text.strip(" ,|")):
        start += 1
    return doc[start : end or noun.i + 1].text or None


def _both_roles(subject: Token, name: Token) -> str | None:
    """ "chairman and president" for a role noun the parse joined to a name that
    another role opens ("chairman and president Jack Reichert"): both roles, up to the
    name. None when ``name`` is not joined to ``subject``."""
    if name.dep_ != "conj" or name.head != subject:
        return None
    words = subject.doc[subject.i : name.i + 1]
    first = next((t for t in words if t.ent_type_ == "PERSON"), name)
    return subject.doc[subject.i : first.i].text


def _is_title_word(token: Token, subject: Token) -> bool:
    """A word of the role written before a name ("Defense Ministry spokesman")."""
    in_subject = subject.left_edge.i <= token.i < subject.i
    return in_subject and not token.is_punct and not token.is_space and token.dep_ != "det"


_INDEFINITE = frozenset({"a", "an", "one", "another"})


def _introduced_unnamed(subject: Token) -> bool:
    """Whether the text introduced ``subject``'s noun before with an indefinite
    determiner ("A Chinese journalist said …", later "the Chinese journalist said"):
    the description then refers back to that unnamed person, not to a named one."""
    noun = subject.lemma_.lower()
    for token in subject.doc[: subject.i]:
        if token.lemma_.lower() == noun and any(
            child.dep_ == "det" and child.lower_ in _INDEFINITE for child in token.lefts
        ):
            return True
    return False


def _capitalised_qualifiers(noun: Token) -> set[str]:
    """The capitalised words (lowercase) that qualify a description before its noun,
    the sentence's first word left out: "Metropolitan" of "the Metropolitan police
    chief", a name that tells whose chief it is. Not a party or a nationality ("the
    Democrat senator"), which tells what the person is, and which the text need not
    have written with the person's role."""
    memberships = demonyms() | lexicon().party_members | _PARTY_ADJECTIVES
    return {
        t.lower_
        for t in noun.lefts
        if t.dep_ in _NAMING_DEPS
        and t.is_title
        and not t.is_sent_start
        and t.lemma_.lower() not in memberships
        and t.lower_ not in memberships
    }


def _goods_trader(noun: Token) -> bool:
    """Whether ``noun`` is "the computer maker", "the news and financial data seller":
    a definite singular trader noun (``_TRADER_NOUNS``) after a common noun of goods,
    not of a work ("the film maker", "the record producer" are people)."""
    if noun.lemma_.lower() not in _TRADER_NOUNS or noun.tag_ in PLURAL_TAGS:
        return False
    goods = [c for c in noun.lefts if c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN"]
    works = lexicon().work_nouns
    return (
        _is_definite(noun)
        and bool(goods)
        and not any(t.lemma_.lower() in works for g in goods for t in g.subtree)
    )
