"""Cues: the words that say who is speaking.

A cue is a reporting verb ("said", "told"), "according to", a verb above a
quotation in the parse, or the colon after a name; its subject is the would-be
speaker. ``find_cue`` gives the cue of a quotation; ``reported_clauses`` gives the
reported speech without quotation marks ("she said that …", "according to X, …")
with its cue. The words a cue may be are in ``tasks/data/quote_lexicon.toml``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import takewhile

from spacy.tokens import Doc, Span, Token

from tasks.calendar_words import MONTHS, WEEKDAYS
from tasks.nlp import doc_text
from tasks.quote_context import QuoteContext
from tasks.quote_marks import QuoteSpan, sentence_around

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
ORG_PRONOUNS = frozenset({"it"})
OTHER_SPEAKER_PRONOUNS = frozenset({"they", "we", "i", "you"})
# "Trump, who said …": the relative pronoun stands for the noun it follows.
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})
# Participles used as prepositions (English grammars list them as "deverbal" or
# "participle" prepositions): "the article regarding “…”" has no speaker.
# Words for a share of a group, which may speak ("most said", "some argue").
_GROUP_WORDS = frozenset(
    "some many most both all those several few others everyone anyone another half "
    "majority minority percent % quarter quarters third thirds".split()
)
# Verbs of speech that report a clause or a topic, never an infinitive.
_SPEECH_ONLY_VERBS = frozenset({"say", "speak", "talk"})
# "one in four", "nine out of 10", "two-thirds of": a number's phrase of its group.
_SHARE_PREPOSITIONS = frozenset({"in", "out", "of"})
_PREPOSITION_PARTICIPLES = frozenset(
    "regarding concerning including following considering excluding involving featuring "
    "respecting touching barring pending".split()
)
# Verbs that address someone: "…, telling him to …" is as often an act of the clause
# the participle follows as of the one who reports it.
_ADDRESSING_VERBS = frozenset({"tell", "ask"})
# Verbs of passing on someone's words: "The paper quoted Mr Lee as saying …" (wire
# copy's frame for an interview another outlet gave); their object spoke.
_QUOTING_VERBS = frozenset({"quote", "cite"})
# Verbs of replying: what a reply answers was said by someone else.
REPLY_VERBS = frozenset({"reply", "respond", "answer", "retort"})
SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Penn tags of plural nouns: "the analysts said" is several speakers.
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# An age in years written as one description ("34-year-old").
AGE = re.compile(r"\b\d{1,3}-year-old\b")
_NUMERIC_ENTITIES = frozenset({"PERCENT", "CARDINAL", "MONEY", "QUANTITY", "DATE", "TIME"})
_TIME_ENTITIES = frozenset({"DATE", "TIME"})
_MAX_TIME_WORDS = 5
# A poll's answers ("75 percent said yes").
_ANSWERS = frozenset({"yes", "no"})
# Whom one speaks to ("denied to me").
_OBJECT_PRONOUNS = frozenset({"me", "him", "her", "us", "them", "you"})
_MAX_CLIMB = 3
_MAX_ROLE_WORDS = 4
# A label before a colon ("Sen. Bernie Sanders:") is at most this long.
_MAX_LABEL_CHARS = 40
_NAME_WINDOW = 6
# Words of a role written before a name that the tagger reads as verbs ("said Tory
# shadow home secretary Jo Bloggs", "says acting chairman Jo Bloggs"): the name after
# them is still the inverted subject.
_ROLE_WORDS_READ_AS_VERBS = frozenset({"shadow", "acting"})
# Verbs whose object is the one spoken to ("…,” one official told Reuters): English
# puts no speaker after them ("said Jon Doggett" is an inverted subject, "told
# Reuters" never is), so a name after one is the listener.
_ADDRESSING_VERBS = frozenset({"tell"})
# Words that head the phrase of a teller, and the relations of a clause inside it that
# describes the phrase's noun ("who asked not to be named", "speaking on condition …").
_PHRASE_HEADS = frozenset({"NOUN", "PROPN", "NUM", "PRON"})
_CLAUSE_OF_NOUN = frozenset({"relcl", "acl", "xcomp", "advcl", "conj", "appos"})
_QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``", "'", "‘", "’"})
# A parsed subject farther back than this, with a name right before the verb, is a
# misparse ("Asked about her book, Lady Sings the Blues, …, Billie Holliday replied").
_MAX_SUBJECT_DISTANCE = 8
# The most words a name and the aside set off after it may take between a closing
# quotation mark and its verb ("“…,” Jo Lee, head of trade policy at Acme, said").
_MAX_NAMED_ASIDE = 16
# Shorter clauses are fragments ("he said so"), not reported statements; an object
# ("she criticized the plan") may be shorter than a clause.
_MIN_REPORTED_TOKENS = 4
_MIN_REPORTED_OBJECT_TOKENS = 2
# A complement clause after its verb is a statement from three words ("said they
# supported him").
_MIN_COMPLEMENT_TOKENS = 3
# Marks that set a second verb of the same subject off from the clause before it.
_JOINING_MARKS = frozenset({",", "—", "–", ";"})
# "put" reports only in "as she put it": elsewhere it is no second statement.
_NOT_JOINED = frozenset({"put"})
# Closing quotation marks, after which a comma inside the quotation ends a clause.
_CLOSING_MARKS = frozenset({"”", '"', "’", "''"})
_ASIDE_MARKS = frozenset({",", "—", "–", "("})
# Dependents of an attribution verb that hold what it attributes.
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "dative", "attr", "oprd", "acomp", "prep"})
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "dobj"})
# Tags of a finite verb: past, present, and a modal before its verb.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# A clause they open is a question ("whether it works"), not a statement.
_QUESTION_WORDS = frozenset({"whether", "if"})
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
# Prepositions after a stance adjective that introduce its object ("skeptical of").
_STANCE_PREPOSITIONS = frozenset({"of", "about", "on", "with", "toward", "towards", "over", "to"})
# Prepositions that introduce what is attributed ("called for", "talked about").
_CONTENT_PREPOSITIONS = frozenset({"for", "about", "to", "of", "on", "against", "with", "at"})
# Verbs whose content only some prepositions introduce: a vote "for", "against" or "to"
# something states a side; "vote on the merger at a meeting" tells of a vote to come.
_OWN_CONTENT_PREPOSITIONS = {"vote": frozenset({"for", "against", "to"})}
# What an "as" phrase holds when it names what a thing is called: an adjective
# ("as too vague"), a participle or clause ("as insulting", "as the city celebrating
# itself").
_AS_COMPLEMENTS = frozenset({"amod", "acomp", "pcomp", "advcl", "pobj"})
# "call for …", "criticism of …", "attack on …": what a statement noun holds; "to" names
# whom it was made to more often ("MITI's call to chip makers"), "at" and "with" a place
# or a company.
_NOUN_PREPOSITIONS = frozenset({"for", "about", "of", "on", "against", "over"})
# What may stand before a document noun that is only named ("the following statement",
# "a formal statement", "its press release"): words that pick it out, none of its content.
_NAMING_DEPS = frozenset({"det", "amod", "compound", "nummod", "poss", "case", "advmod"})


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Lemmas from ``tasks/data/quote_lexicon.toml``."""

    reporting_verbs: frozenset[str]  # "say", "tell", "warn"
    speaker_nouns: frozenset[str]  # nouns that can speak: "spokesman", "official"
    attribution_verbs: frozenset[str]  # cues of reported speech only: "believe", "show"
    clause_only_verbs: frozenset[str]  # report a clause, never an object alone: "say"
    organisation_nouns: frozenset[str]  # "the court", "the report": an organisation speaks
    company_nouns: frozenset[str]  # "the automaker": the company the story is about
    person_nouns: frozenset[str]  # "the singer", "the spokesman": a person speaks
    party_members: frozenset[str]  # "the Texas Democrat": a party's member speaks
    stance_adjectives: frozenset[str]  # "skeptical of …", "confident that …"
    statement_nouns: frozenset[str]  # "Trump's claim that …", "her call for …"
    clause_verbs: frozenset[str]  # cues with a "that" clause only: "she feels that …"
    naming_stance_verbs: frozenset[str]  # a name alone is the stance: "endorsed Cruz"
    share_stance_verbs: frozenset[str]  # "a majority support deportation", "75% said yes"
    finding_verbs: frozenset[str]  # "the survey found X": an object alone from a source
    regarding_verbs: frozenset[str]  # "she sees the plan as a trap": object and "as"
    made_statements: frozenset[str]  # "made the case that …": "make" and the noun speak
    polling_nouns: frozenset[str]  # "Cruz leads in the latest poll": the poll's finding
    second_act_verbs: frozenset[str]  # "said X and likened it to Y": a second statement
    judging_verbs: frozenset[str]  # "X criticised the plans. “…”": X's words follow
    speaking_particle_verbs: frozenset[str]  # "pointing out …": speech with the particle
    calling_nouns: frozenset[str]  # "X's description of him as “…”": X's words
    publishing_verbs: frozenset[str]  # "issued a statement": the document, not its words
    statement_documents: frozenset[str]  # "statement", "release": the author's words only
    unnamed_roles: frozenset[str]  # "the spokesman": someone who speaks for another
    document_nouns: frozenset[str]  # "the report", "its statement": its author speaks
    work_nouns: frozenset[str]  # "the film, A Different Story": a title, no person
    outlet_words: frozenset[str]  # "the Bronx Times": a channel, not a speaker
    # "the institution": the words a name of that kind holds ("university", "college")
    organisation_kinds: Mapping[str, frozenset[str]]
    # "the airline": the words a company's name of that trade holds ("Airways")
    company_trades: Mapping[str, frozenset[str]]


@cache
def lexicon() -> Lexicon:
    """The quote lexicon, read from the package data on first use."""
    source = resources.files("tasks") / "data" / "quote_lexicon.toml"
    words = tomllib.loads(source.read_text(encoding="utf-8"))
    reporting = frozenset(words["reporting_verbs"])
    return Lexicon(
        reporting,
        frozenset(words["speaker_nouns"]),
        reporting | set(words["attribution_verbs"]),
        frozenset(words["clause_only_verbs"]),
        frozenset(words["organisation_nouns"]),
        frozenset(words["company_nouns"]),
        (frozenset(words["speaker_nouns"]) | set(words["person_nouns"]))
        - set(words["organisation_nouns"]),
        frozenset(words["party_members"]),
        frozenset(words["stance_adjectives"]),
        frozenset(words["statement_nouns"]),
        frozenset(words["clause_verbs"]),
        frozenset(words["naming_stance_verbs"]),
        frozenset(words["share_stance_verbs"]),
        frozenset(words["finding_verbs"]),
        frozenset(words["regarding_verbs"]),
        frozenset(words["statement_nouns"]) | set(words["made_statements"]),
        frozenset(words["polling_nouns"]),
        frozenset(words["second_act_verbs"]),
        frozenset(words["judging_verbs"]),
        frozenset(words["speaking_particle_verbs"]),
        frozenset(words["calling_nouns"]),
        frozenset(words["publishing_verbs"]),
        frozenset(words["statement_documents"]),
        frozenset(words["unnamed_roles"]),
        frozenset(words["document_nouns"]),
        frozenset(words["work_nouns"]),
        frozenset(words["outlet_words"]),
        {noun: frozenset(names) for noun, names in words["organisation_kinds"].items()},
        {noun: frozenset(names) for noun, names in words["company_trades"].items()},
    )


@dataclass(frozen=True, slots=True)
class Cue:
    """Where a cue stands (characters ``start`` to ``end``), its words and its subject."""

    start: int
    end: int
    text: str
    verb: Token | None  # the cue word; None for "according to" and a colon
    subject: Token | None
    on_right: bool  # after the quotation ("“…,” she said")


def find_cue(context: QuoteContext, span: QuoteSpan) -> Cue | None:
    """The cue of the quotation ``span``: the reporting verb nearest it in its sentence,
    outside any quotation; else a verb above it in the parse with a named subject;
    else the colon after a name right before it. None when there is none."""
    called = _caller_cue(context, span)
    if called is not None:
        return called
    paragraph = context.paragraphs[span.paragraph]
    sentence = sentence_around(context.text, span, context.spans, paragraph)
    candidates = [
        *_cues_between(context, sentence[0], span.start, on_right=False),
        *(
            cue
            for cue in _cues_between(context, span.end, sentence[1], on_right=True)
            # "… as “a stalking horse”, but Parry explained: “…”": a cue before a
            # colon introduces what follows it.
            if not _introduces_next(context, cue) and not _next_quotation_cued(context, span, cue)
        ),
    ]
    if not candidates:
        return (
            _governing_cue(context, span, sentence)
            or _colon_cue(context, span, sentence[0])
            or _introducing_cue(context, span)
        )
    best = min(candidates, key=lambda c: (_speaker_rank(c), _distance(c, span)))
    best = _outer_report(_governing_candidate(context, span, best, candidates), candidates)
    best = _reporter_of_foretold(best, candidates)
    best = _reporter_of_gerund(context, span, best, candidates)
    if best.verb is None and best.subject is not None and _is_outlet(best.subject):
        # "She called it “heartbreaking,” according to the Bronx Times": the person
        # whose verb the quotation hangs on said it; the paper only reported it.
        governing = _governing_cue(context, span, sentence)
        if governing is not None and _is_person_word(governing.subject):
            return governing
    return best


def _caller_cue(context: QuoteContext, span: QuoteSpan) -> Cue | None:
    """ "a rebuff to Peter Hain's description of him as an “attack mongrel”": a
    quotation after the "as" of a noun of calling (the lexicon's ``calling_nouns``)
    whose possessor is a name or a noun that can speak: that possessor called it so,
    with the noun as the cue, whoever the sentence's verbs belong to. None otherwise
    (no possessor, or a possessive pronoun: "his description of …" is left to the
    verbs)."""
    inside = context.doc.char_span(span.start, span.end, alignment_mode="contract")
    if inside is None or not len(inside):
        return None
    preposition = inside.root.head
    if inside.root.dep_ != "pobj" or preposition.lower_ != "as" or preposition.dep_ != "prep":
        return None
    noun = preposition.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon().calling_nouns:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ == "PRON" or not plausible_speaker(owner, context, True):
        return None
    return Cue(noun.idx, noun.idx + len(noun), noun.text, noun, owner, on_right=False)


def _next_quotation_cued(context: QuoteContext, span: QuoteSpan, cue: Cue) -> bool:
    """'“It could solve an old problem. How can we reach them?” “This is the day,”
    said Jo Lee': a quotation whose own words end a sentence, followed before the cue
    by another quotation its marks close after a comma: the cue is that other
    quotation's, whose speaker news names after a turn's first words; the first goes
    on with the quotation before it (``tasks.quotes``), not with this cue."""
    text = context.text
    if span.runs_on or span.inner(text).rstrip()[-1:] not in (".", "?", "!"):
        return False
    return any(
        span.end <= other.start
        and other.end <= cue.start
        and not other.runs_on
        and other.inner(text).rstrip().endswith(",")
        for other in context.spans
    )


def _governing_candidate(
    context: QuoteContext, span: QuoteSpan, best: Cue, candidates: list[Cue]
) -> Cue:
    """ "She said that if the board agreed to help fund the plant “we would …”": when
    the cue chosen before the quotation is a verb whose clause does not hold it, and
    the parse hangs the quotation under another cue before it, that cue, the nearest
    such: the quotation is part of what that verb's subject says, not of the nearer
    verb's clause ("agreed", "fund": an act told inside the report).
    Else ``best``; a cue after the quotation, or "according to", stays."""
    verb = best.verb
    if verb is None or verb.idx > span.start:
        return best
    inside = context.doc.char_span(span.start, span.end, alignment_mode="contract")
    if inside is None or not len(inside):
        return best
    governing = set(inside.root.ancestors)
    if verb in governing or any(token in inside for token in verb.subtree):
        return best
    # "Mr. Manafort said, adding of Mr. Trump, “…”": the same subject's act keeps it.
    holders = [
        cue
        for cue in candidates
        if cue.verb is not None
        and cue.verb.idx < span.start
        and cue.verb in governing
        and cue.subject != best.subject
    ]
    if not holders:
        return best
    return max(holders, key=lambda cue: cue.verb.i)


def _outer_report(best: Cue, candidates: list[Cue]) -> Cue:
    """The cue whose reported clause holds ``best`` when ``best``'s subject is a pronoun
    that agrees with that cue's subject: "The senator said he rarely asks colleagues
    to stump for him, “except …”" is the senator's statement; "he" only repeats him
    inside it. Else ``best``."""
    inner = best.subject
    if best.verb is None or inner is None or inner.lower_ not in SUBJECT_PRONOUNS:
        return best
    for cue in candidates:
        outer = cue.subject
        if (
            cue.verb is not None
            and outer is not None
            and cue.verb.i < inner.i
            and _reports(cue.verb, best.verb)
            and _agrees(inner, outer)
        ):
            return cue
    return best


def _reporter_of_foretold(best: Cue, candidates: list[Cue]) -> Cue:
    """ "Lee said that if talks failed the country would respond “with force”": a cue
    verb under a modal or an infinitive ("would respond", "to reply") inside the
    clause another cue reports tells an act foretold or wished, not one that
    happened; the words are the reporter's. That outer cue (the nearest such), else
    ``best``."""
    verb = best.verb
    if verb is None or not (_has_modal(verb) or verb.tag_ == "VB"):
        return best
    outers = [
        cue
        for cue in candidates
        if cue.verb is not None
        and cue.verb is not verb
        and cue.subject is not None
        and _reports(cue.verb, verb)
    ]
    if not outers:
        return best
    return min(outers, key=lambda cue: abs(cue.verb.i - verb.i))


def _reporter_of_gerund(
    context: QuoteContext, span: QuoteSpan, best: Cue, candidates: list[Cue]
) -> Cue:
    """ "He added that Volcker has also “been very outspoken” in suggesting partners
    grow": a cue after the quotation that is a gerund ("suggesting") whose clause does
    not hold the quotation, inside the clause a cue before the quotation reports, and
    that clause holds the quotation too: the quotation is part of what the earlier
    cue's subject said about the gerund's subject, who is talked about. That earlier
    cue; else ``best``. A finite verb ("Volcker has said “…”") keeps its speaker."""
    verb = best.verb
    if verb is None or verb.tag_ != "VBG" or verb.idx < span.end:
        return best
    inside = context.doc.char_span(span.start, span.end, alignment_mode="contract")
    if inside is None or any(token in inside for token in verb.subtree):
        return best
    for cue in candidates:
        outer = cue.verb
        if outer is None or outer.idx >= span.start or cue.subject is None:
            continue
        # The clause the earlier cue reports: its complement on the way up from the
        # quotation's first word.
        clause = next((t for t in (inside[0], *inside[0].ancestors) if t.head == outer), None)
        if clause is not None and clause.dep_ == "ccomp" and clause in verb.ancestors:
            return cue
    return best


def _reports(outer: Token, verb: Token) -> bool:
    """Whether ``verb`` stands in the clause ``outer`` reports, through complements and
    coordination inside it only: a relative or adverbial clause ("…, which he called “…”",
    "although he tweeted …") is an act of its own."""
    current = verb
    for _ in range(_MAX_CLIMB):
        if current.dep_ not in ("ccomp", "xcomp", "conj") or current.head.i == current.i:
            return False
        if current.head.i == outer.i:
            # "Boyd said the raid was a coup but he added: “…”": a verb joined to the
            # cue itself is a report of its own, not a part of what the cue reports.
            return current.dep_ != "conj"
        current = current.head
    return False


def _agrees(pronoun: Token, subject: Token) -> bool:
    """Whether ``pronoun`` may stand for ``subject``: the same pronoun, or a noun of its
    number (a singular one for "he", "she", "I" and "it"; a plural one or an
    organisation for "they" and "we")."""
    if subject.pos_ == "PRON":
        return subject.lower_ == pronoun.lower_
    plural = subject.tag_ in PLURAL_TAGS
    if pronoun.lower_ in ("they", "we"):
        return plural or subject.ent_type_ == "ORG"
    return not plural


def _is_person_word(subject: Token | None) -> bool:
    return subject is not None and (
        subject.ent_type_ == "PERSON" or subject.lower_ in PERSON_PRONOUNS
    )


def _is_outlet(name: Token) -> bool:
    """Whether ``name`` ends the name of a news outlet ("the Bronx Times")."""
    return name.ent_type_ == "ORG" and name.lower_ in lexicon().outlet_words


def _introduces_next(context: QuoteContext, cue: Cue) -> bool:
    """Whether a verb cue is followed by a colon (a subject after it aside:
    "explained:", "said Mr Parry:")."""
    if cue.verb is None:
        return False
    after = max(cue.end, cue.subject.idx + len(cue.subject) if cue.subject else 0)
    return context.text[after : after + 3].lstrip(" ").startswith(":")


def reported_clauses(context: QuoteContext) -> list[tuple[Span, Cue]]:
    """Reported speech outside quotation marks, with its cue: the clause of "said that
    ..." and the sentence of "according to X"; clauses that are mostly a quotation
    are left to the quotation."""
    found: list[tuple[Span, Cue]] = []
    for token in context.doc:
        if context.quoted(token.idx):
            continue
        reported = _reported_at(token, context)
        if reported is None:
            continue
        content, cue = reported
        content = _within_paragraph(context, _without_attributed_relative(content), cue.start)
        if content is not None and context.mostly_quoted(content.start_char, content.end_char):
            content = _before_as_phrase(content, cue)
        if content is not None and not context.mostly_quoted(content.start_char, content.end_char):
            found.append((content, cue))
    for content, cue in _labelled_statements(context):
        if not context.mostly_quoted(content.start_char, content.end_char):
            found.append((content, cue))
    return sorted(found, key=lambda item: item[0].start_char)


def _before_as_phrase(content: Span, cue: Cue) -> Span | None:
    """``content`` cut before the "as" phrase its verb ends it with, when the phrase is
    what made it mostly a quotation ("referred to him as “the kindest man …”"): the
    quotation stays a row of its own, found with its neighbour's speaker, and the
    object before it is the verb's content as it was. None when there is no such
    phrase or nothing is left before it."""
    verb = cue.verb
    if verb is None:
        return None
    phrases = [
        c
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "as" and content.start < c.i < content.end
    ]
    if not phrases:
        return None
    doc = verb.doc
    end = content_end(doc, content.start, min(t.i for t in phrases))
    return doc[content.start : end] if end > content.start else None


def _without_attributed_relative(content: Span) -> Span:
    """``content`` without a relative clause that ends it and attributes words of its own
    ("he supported a bill …, which he called “a cartel”", "the marchers, whom she
    described as “peaceful”"): the relative clause is a statement with its own cue and
    speaker, not part of the one it hangs from."""
    doc = content.doc
    for token in content:
        if (
            token.dep_ == "relcl"
            and token.head.i >= content.start
            # Set off by a comma: an aside. A restrictive clause ("the town halls which he
            # said could not be corrupted") picks out the noun, part of the statement.
            and doc[token.left_edge.i - 1].text in _ASIDE_MARKS
            and token.right_edge.i >= content.end - 1
            and _is_attribution_verb(token)
            and any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in token.children)
        ):
            end = token.left_edge.i
            while end > content.start and (doc[end - 1].is_punct or doc[end - 1].is_space):
                end -= 1
            if end - content.start >= _MIN_COMPLEMENT_TOKENS:
                return doc[content.start : end]
    return content


def _within_paragraph(context: QuoteContext, content: Span, cue_start: int) -> Span | None:
    """The part of ``content`` in its cue's paragraph: the parse of a sentence may run
    over a paragraph break ("Ms. Khan said she had not spoken …" / "''All the
    world …''"), a statement does not. None when too little is left."""
    start, end = context.paragraphs[context.paragraph_of(cue_start)]
    if start <= content.start_char and content.end_char <= end:
        return content
    words = [t for t in content if start <= t.idx and t.idx + len(t) <= end]
    while words and (words[0].is_punct or words[0].is_space):
        words.pop(0)
    while words and (words[-1].is_punct or words[-1].is_space) and words[-1].text not in '”"’':
        words.pop()
    if len(words) < _MIN_COMPLEMENT_TOKENS:
        return None
    return content.doc[words[0].i : words[-1].i + 1]


def _labelled_statements(context: QuoteContext) -> list[tuple[Span, Cue]]:
    """ "Sanders: Brexit's message could draw Trump support" (a headline) or "KING: Why
    not debate?" (a transcript): a paragraph opening with a speaker's name or role and
    a colon, then a clause."""
    doc, found = context.doc, []
    for start, end in context.paragraphs:
        colon = context.text.find(":", start, min(end, start + _MAX_LABEL_CHARS))
        label = doc.char_span(start, colon, alignment_mode="contract") if colon > 0 else None
        content = doc.char_span(colon + 1, end, alignment_mode="contract") if label else None
        if (
            label is None
            or content is None
            or not 0 < len(label) <= _MAX_ROLE_WORDS
            or not (_names_speaker(label) or _surname_of_named_person(label, context))
            or len(content) < _MIN_REPORTED_TOKENS
            or not any(t.pos_ in ("VERB", "AUX") for t in content)
        ):
            continue
        content = content[1:] if content[0].is_space else content
        found.append((content, Cue(colon, colon + 1, ":", None, label[-1], on_right=False)))
    return found


def _names_speaker(label: Span) -> bool:
    """A label that names who speaks: a person, organisation or group, or a role."""
    if any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in label):
        return False
    last = label[-1]
    return last.ent_type_ in SPEAKER_LABELS or last.lemma_.lower() in lexicon().speaker_nouns


def _surname_of_named_person(label: Span, context: QuoteContext) -> bool:
    """A label the model left untagged ("Trump: My plans aren't set in stone", a
    headline's first word often parsed as a noun) whose capitalised last word ends
    the name of a person the document tags elsewhere."""
    last = label[-1]
    if last.ent_type_ or not last.is_title or any(t.pos_ in ("VERB", "AUX") for t in label):
        return False
    return any(
        e.label == "PERSON" and e.text.split()[-1] == last.text and len(e.text.split()) > 1
        for e in context.entities
    )


def according_to(token: Token, on_right: bool = False) -> Cue | None:
    """The cue "according to X" when ``token`` is its "according", else None; the
    cue's subject is X, or None when the parse gives "to" no object."""
    doc = token.doc
    if token.lower_ != "according" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
        return None
    to = doc[token.i + 1]
    objects = [c for c in to.children if c.dep_ == "pobj"]
    source = objects[0] if objects else None
    return Cue(token.idx, to.idx + len(to), f"{token.text} {to.text}", None, source, on_right)


def according_to_statement(cue: Cue) -> Span | None:
    """What an :func:`according_to` cue reports: the rest of the sentence after X
    when the cue opens it ("According to X, <statement>"), else the sentence before
    the cue ("<statement>, according to X"). None without an X or a statement."""
    if cue.subject is None:
        return None
    doc = cue.subject.doc
    words = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if words is None:
        return None
    according = words[0]
    sentence = according.sent
    if according.i - sentence.start <= 2:
        start, end = cue.subject.right_edge.i + 1, sentence.end
    else:
        start, end = sentence.start, according.i
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].text in ",;—–-"):
        end -= 1
    return doc[start:end] if end - start >= _MIN_REPORTED_TOKENS else None


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, looking through coordination and participle clauses; a name
    or a pronoun standing right before the verb ("…, Billie Holliday replied") is its
    subject when the parsed one is far off, on another line (the small model's parse
    of a long sentence, or of a heading run into the next line) or after the verb."""
    quoted = _quoted_object(verb)
    if quoted is not None:
        return quoted
    agent = _passive_agent(verb)
    if agent is not None:
        return agent
    parsed = _parsed_subject(verb)
    if parsed is not None and _is_date_word(parsed):
        parsed = _name_within(parsed, verb)
    if (
        parsed is not None
        and parsed.i > verb.i
        and "\n" in doc_text(verb.doc)[verb.idx : parsed.idx]
    ):
        # "…,” says Spaventa.\n\nREUTER": the parse ran the name into the next
        # paragraph's word; the name right after the verb speaks.
        parsed = _proper_noun_after(verb)
    before = _word_before(verb)
    if before is None or parsed is None or parsed.i == before.i:
        return parsed or before or _name_set_off_before(verb)
    describer = _describer_of(before, parsed)
    if describer is not None:
        return describer
    if age_description(parsed) and parsed.head != verb:
        # "The 28-year-old has been training and Ferguson said": an age is the subject
        # of its own verb only, not of one the parse coordinated with it.
        return before
    far = (
        verb.i - parsed.i > _MAX_SUBJECT_DISTANCE
        or "\n" in doc_text(verb.doc)[parsed.idx : verb.idx]
    )
    if far and _within_named_subject(before, parsed):
        return parsed
    # "In March, Trump blasted Disney for …" (the verb parsed as an adjective of the
    # name after it): the name before the verb is its subject, the one after its object.
    return before if (far or parsed.i > verb.i) and not _modifies(before, parsed) else parsed


def _name_set_off_before(verb: Token) -> Token | None:
    """ "“… Laos, Peru and Chad,” Jo Lee, Acme Aid's head of trade policy,
    said": the name right after a closing quotation mark, set off from its
    verb by an aside between commas (a role, no verb), when the parse found the verb
    no subject (it hung the name on a word of the quotation). Its last word; None for
    any other words before the verb."""
    doc = verb.doc
    if verb.i < 1 or doc[verb.i - 1].text != ",":
        return None
    start = verb.i - 2
    while start >= 0 and doc[start].text not in _QUOTE_MARKS:
        if verb.i - start > _MAX_NAMED_ASIDE or doc[start].pos_ in ("VERB", "AUX"):
            return None
        start -= 1
    if start < 0:
        return None
    words = doc[start + 1 : verb.i - 1]
    name = list(takewhile(lambda t: t.text != ",", words))
    if not name or len(name) == len(words):
        return None
    if any(t.pos_ != "PROPN" or not t.text[:1].isupper() for t in name):
        return None
    return name[-1]


def _describer_of(name: Token, parsed: Token) -> Token | None:
    """ "“…,” a dealer at a Paris bank said": the common noun whose prepositional
    phrase ``name`` (the word right before the cue) closes, when the parse took a word
    of the quotation (``parsed``) for the subject. The firm is where the dealer works;
    the dealer speaks. None when ``name`` is no such object or no quotation mark stands
    between the parsed subject and the noun."""
    preposition = name.head
    if name.dep_ != "pobj" or preposition.dep_ != "prep":
        return None
    noun = preposition.head
    if noun.pos_ != "NOUN" or not parsed.i < noun.i < name.i:
        return None
    return noun if any(t.text in _QUOTE_MARKS for t in name.doc[parsed.i : noun.i]) else None


def _within_named_subject(name: Token, subject: Token) -> bool:
    """Whether ``name`` lies in the apposition of a named ``subject``: "Laura Penhall,
    oil analyst with Dean Witter, Reynolds and Co said" (the firm is where the person
    works), "Rep. Ann Lowe, D-Ohio, the chairman of the Commerce and Finance said"."""
    return subject.ent_type_ == "PERSON" and subject.i < name.i and subject.is_ancestor(name)


def _proper_noun_after(verb: Token) -> Token | None:
    """The last word of the proper nouns right after ``verb`` on its line, if any."""
    found = None
    for token in verb.doc[verb.i + 1 :]:
        if token.pos_ != "PROPN" or not any(c.isalpha() for c in token.text):
            break
        found = token
    return found


def _passive_agent(verb: Token) -> Token | None:
    """The agent of a cue in the passive: "Asked by Mara Tilden to respond, Wexley
    said", "the plan was denounced by the union". The one asking, warning or
    denouncing speaks, not the one spoken to (the parse's subject, or the subject of
    the clause the participle hangs on). None for a cue without a "by" agent, or a
    verb of quoting."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() in _QUOTING_VERBS:
        # "the minister was quoted by the Daily Clarion as saying": the paper passes
        # the minister's words on.
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is None:
        return None
    return next((c for c in agent.children if c.dep_ == "pobj"), None)


def _quoted_object(verb: Token) -> Token | None:
    """ "The Daily Clarion quoted Energy Minister Halvard Brekke as saying": the object
    of a verb of quoting whose "as" phrase ``verb`` heads, whose words they are (the
    subject passes them on). None for any other verb."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "as" and head.dep_ == "prep":
        head = head.head
    elif not (
        verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    ):
        return None
    if head.lemma_.lower() not in _QUOTING_VERBS or not _is_reporting_verb(verb):
        return None
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children):
        # "Miyazawa was quoted as saying": the subject spoke; an object is a misparse.
        return None
    return next((c for c in head.children if c.dep_ == "dobj"), None)


def _modifies(name: Token, subject: Token) -> bool:
    """Whether ``name`` is a place, the object of a preposition within the subject's
    phrase ("A senior executive of a firm operating in Singapore told"): where the
    subject is, not a speaker of its own. Places only: a name after an organisation
    the model ran into it ("the secretary general of the OECD Jean-Claude Paye
    said") is the subject's own."""
    return name.dep_ == "pobj" and name.ent_type_ in ("GPE", "LOC") and subject.is_ancestor(name)


def _word_before(verb: Token) -> Token | None:
    """A name or a subject pronoun just before ``verb`` (an adverb may stand between)."""
    index = verb.i - 1
    while index >= 0 and verb.doc[index].pos_ == "ADV" and verb.i - index <= 2:
        index -= 1
    if index < 0:
        return None
    token = verb.doc[index]
    if age_description(token):
        # "…," the 31-year-old said: the parse may make the age the verb's modifier.
        return token
    if token.pos_ == "PROPN" and token.text[:1].isupper():
        return None if _is_date_word(token) else token
    return token if token.lower_ in SUBJECT_PRONOUNS else None


def _name_within(date: Token, verb: Token) -> Token | None:
    """The name nearest ``verb`` in a date subject's phrase ("Saturday at the convention
    Sen. Elizabeth Warren said"): the parse hung the speaker on the date."""
    names = [
        t
        for t in date.subtree
        if t.i < verb.i and t.ent_type_ in ("PERSON", "ORG") and t.dep_ not in ("compound", "poss")
    ]
    return names[-1] if names else None


def _is_date_word(token: Token) -> bool:
    """A weekday, or a month the model tagged as a date ("May" may be Theresa May)."""
    lower = token.lower_
    return lower in WEEKDAYS or (lower in MONTHS and token.ent_type_ == "DATE")


def _parsed_subject(verb: Token) -> Token | None:
    current: Token | None = verb
    step = ""  # the relation climbed last, from a verb to its head
    for _ in range(4):
        if current is None:
            return None
        subjects = [
            c for c in current.children if c.dep_ in ("nsubj", "nsubjpass") and c.dep_ != "expl"
        ]
        if subjects:
            if step == "xcomp" and _extraposed(current, subjects):
                # "saying it is wrong to deny …": the "it" of an infinitive after an
                # adjective stands for the infinitive, no one says it.
                return None
            # "“Watch its heart beating …,” said Carly Fiorina": of two parsed
            # subjects, a name or a pronoun, and the one nearer the verb.
            chosen = min(subjects, key=lambda c: (not _names_someone(c), abs(c.i - verb.i)))
            if step == "conj" and (
                _place_in_report(chosen, current)
                or _thing_in_report(chosen, current, verb)
                or _joined_to_report(current, verb)
            ):
                # "Mulroney said Canada was a “fair trader” and denied …": the verb the
                # parse joined to the reported clause is the reporter's.
                step, current = "ccomp", current.head
                continue
            return chosen
        if current.dep_ in ("conj", "advcl", "xcomp", "pcomp") and current.head is not current:
            step = current.dep_
            current = current.head
            # "Cruz said Trump represents “New York values,” stating …": a reporting
            # participle the parse hangs on the reported clause goes with the report.
            if _reporting_participle(verb, step):
                current = _reporter_of(current, verb) or current
            # "She attacked him by saying …", "after criticising the referee, Ames
            # …": a gerund after a preposition with a clause, or a gerund of speech
            # with none, has the subject of the verb the preposition hangs from.
            if (
                current.pos_ == "ADP"
                and current.dep_ == "prep"
                and current.head.pos_ in ("VERB", "AUX")
                and (
                    any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)
                    or (step == "pcomp" and spoken_gerund(verb))
                )
            ):
                current = current.head
        else:
            break
    if verb.tag_ == "VBG":
        # "a new poll showing Dorman's lead", "groups backing Senator Ana Costa": the
        # name after a present participle is its object, never its speaker (only a
        # finite verb stands before its subject: "…,” said Jon Doggett); a participle
        # that modifies a noun says what the noun says ("the poll").
        return verb.head if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" else None
    if verb.lemma_.lower() in _ADDRESSING_VERBS:
        return _teller_before(verb)
    return _name_after(verb)


# Prepositions before a gerund that tell of no act of the main verb's subject: the
# grounds someone else judges it for ("praised her for backing the plan"), an act not
# taken ("left without mentioning the budget", "rather than attacking him"). Compiled
# by hand, after the gerunds of PolNeAR train's even half these prepositions introduce.
_UNTAKEN_ACT_PREPOSITIONS = frozenset({"for", "without", "than"})


def spoken_gerund(verb: Token) -> bool:
    """Whether ``verb`` is the gerund of a verb of speech or of judging out loud (the
    lexicon's ``reporting_verbs`` and ``judging_verbs``) with no clause of its own,
    after a preposition (itself or the first gerund it is joined to: "after criticising
    the referee", "by denouncing the plan and attacking …"): an act of the subject of
    the verb the preposition hangs from. Not after a preposition of an act not taken or
    judged by another (``_UNTAKEN_ACT_PREPOSITIONS``), nor any other verb's gerund
    ("after buying the mill": an act, no statement)."""
    words = lexicon()
    if (
        verb.tag_ != "VBG"
        or verb.lemma_.lower() not in words.reporting_verbs | words.judging_verbs
        # "by maintaining the safeguards", "after adding salt": a verb that reports a
        # clause only (``clause_only_verbs``) tells of an act without one.
        or verb.lemma_.lower() in words.clause_only_verbs
        or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)
    ):
        return False
    first = verb
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    preposition = first.head
    return (
        first.dep_ == "pcomp"
        and preposition.pos_ == "ADP"
        and preposition.dep_ == "prep"
        and preposition.lower_ not in _UNTAKEN_ACT_PREPOSITIONS
    )


def _teller_before(verb: Token) -> Token | None:
    """ "“…,” one of the officials, who asked not to be named, told Reuters": the head
    of the phrase standing right before a verb of telling the parse left without a
    subject (it hung the phrase on the quotation's verb), found by climbing from the
    word before the verb through a relative or participle clause to the noun it
    describes, up to the phrase's head, short of a verb no clause of a noun. None when
    no noun, number or pronoun stands there."""
    doc = verb.doc
    index = verb.i - 1
    while index >= 0 and (doc[index].is_punct or doc[index].is_space):
        index -= 1
    if index < 0:
        return None
    # The phrase starts after the quotation it follows: the parse may hang it on a
    # word inside ("“I support Cruz,” Jo Ames, founder of …, tells": on "Cruz").
    start = next(
        (t.i for t in reversed(doc[verb.sent.start : index]) if t.text in _QUOTE_MARKS), -1
    )
    found = None
    current = doc[index]
    for _ in range(_MAX_CLIMB * 2):
        if current.pos_ in _PHRASE_HEADS:
            found = current
        head = current.head
        if head is current or head.i >= verb.i or head.i <= start:
            break
        if head.pos_ in ("VERB", "AUX") and head.dep_ not in _CLAUSE_OF_NOUN:
            # The verb the phrase hangs on (the quotation's): no part of the phrase.
            break
        current = head
    # "Priebus, in the wake of a new poll …, told": a phrase after a preposition is
    # the verb's circumstance, no teller.
    return found if found is not None and found.dep_ != "pobj" else None


def _place_in_report(subject: Token, verb: Token) -> bool:
    """Whether ``subject`` is a place the model named, subject of a clause that a
    reporting verb with a subject of its own reports: what is said of it, not its
    words."""
    head = verb.head
    return (
        subject.ent_type_ in ("GPE", "LOC")
        and verb.dep_ == "ccomp"
        and _is_reporting_verb(head)
        and any(c.dep_ == "nsubj" for c in head.children)
    )


def _thing_in_report(subject: Token, clause: Token, verb: Token) -> bool:
    """Whether ``subject``, of the reported ``clause`` a verb of speech ``verb`` is
    joined to, is a thing that cannot speak ("Green said his attacks had given him
    momentum and said that …", "Ruiz said the plan was sound and added …"): a common
    noun no list calls a speaker, not a share of a group; the verb is then the
    reporter's, whose clause it is."""
    return (
        _is_reporting_verb(verb)
        and subject.pos_ == "NOUN"
        and subject.ent_type_ not in SPEAKER_LABELS
        and subject.lemma_.lower() not in lexicon().speaker_nouns
        and subject.lower_ not in _GROUP_WORDS
        and _reported_clause(clause)
    )


def _joined_to_report(clause: Token, verb: Token) -> bool:
    """Whether ``verb`` is a second act of the speaker of the report whose ``clause``
    the parse joined it to ("Opik said ministers had invented a new category and
    asked how …", "He said some people were in denial but predicted …"): a verb of
    speech of the form at which ``_before_joined_report`` ends the first content, so
    the two statements have one speaker."""
    # The report must come first: across a paragraph the parse can make a later
    # "X said" the head of an earlier, separate statement.
    return (
        _reported_clause(clause)
        and clause.head.i < clause.i
        and _is_second_act(verb, clause.head)
        and _joined_form(verb)
        and _same_tense(clause.head, verb)
    )


def _reported_clause(clause: Token) -> bool:
    """Whether ``clause`` is what a verb of speech with a subject of its own reports
    ("Ruiz said [the plan was sound]")."""
    return (
        clause.dep_ == "ccomp"
        and _is_reporting_verb(clause.head)
        and any(c.dep_ == "nsubj" for c in clause.head.children)
    )


def _reporting_participle(verb: Token, step: str) -> bool:
    """Whether ``verb`` is a reporting verb's participle, or a second act's
    (``_is_second_act``: "…, citing …"), set after a clause as its adverbial ("…, adding
    …", "…, saying …"); not one addressing someone ("telling him to …", "asking whether
    …"), as often an act of the clause's own subject."""
    return (
        step == "advcl"
        and verb.tag_ == "VBG"
        and _is_second_act(verb)
        and verb.lemma_.lower() not in _ADDRESSING_VERBS
    )


def _reporter_of(clause: Token, participle: Token) -> Token | None:
    """The attribution verb whose reported clause ``clause`` is (through infinitives
    and coordination: "said Clinton will have to choose"), standing before
    ``participle`` in its sentence; else None ("They mocked it, calling it …, she
    said": the participle is theirs)."""
    for _ in range(_MAX_CLIMB):
        if clause.dep_ == "ccomp" and _is_attribution_verb(clause.head):
            return clause.head if _one_sentence(clause.head, participle) else None
        if clause.dep_ not in ("xcomp", "conj") or clause.head is clause:
            return None
        clause = clause.head
    return None


def _purpose(verb: Token, part: Token) -> bool:
    """Whether ``part`` is an infinitive of purpose after a verb of speech that says
    nothing itself ("he said, on condition of anonymity, to speak freely", "spoke
    to reporters to explain"): "say", "speak" and "talk" report a clause or a topic,
    never an infinitive; a verb that urges or asks ("told him to leave") has an
    object before its infinitive and is not one of them. Beside a clause the verb
    reports, the infinitive is the clause's, hung on the verb by the parse ("said it
    signed an agreement with X PLC <X.L> to make …")."""
    return (
        part.dep_ == "xcomp"
        and verb.lemma_.lower() in _SPEECH_ONLY_VERBS
        and any(c.tag_ == "TO" for c in part.children)
        and not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
    )


def _circumstance(verb: Token, part: Token) -> bool:
    """Whether the phrase ``part`` of ``verb`` tells when it spoke or to whom, not what
    it said: a time ("reported on Tuesday", "declined at first", "pushed for nearly a
    decade") or, after a verb of speech, the one spoken to ("complained to party
    officials", "denied to me", "acknowledged to the Herald"). A verb with such a
    phrase alone reports the clause around it, if any ("…, the Herald reported on
    Tuesday"); "pointed to Obama", "admitted to the intrusions" keep their object."""
    if part.dep_ != "prep":
        return False
    objects = [c for c in part.children if c.dep_ == "pobj"]
    if len(objects) != 1:
        return False
    target = objects[0]
    phrase = target.doc[target.left_edge.i : target.right_edge.i + 1]
    # "on Tuesday", "for nearly a decade", "at first"; not "on his years serving on the
    # committee" (a time the model tagged inside a longer object).
    timed = target.ent_type_ in _TIME_ENTITIES or _is_date_word(target) or target.lower_ == "first"
    if timed and len(phrase) <= _MAX_TIME_WORDS and not any(t.pos_ == "VERB" for t in phrase):
        return True
    return (
        part.lower_ == "to"
        and verb.lemma_.lower() in lexicon().reporting_verbs
        and (
            target.lower_ in _OBJECT_PRONOUNS
            or (target.ent_type_ in SPEAKER_LABELS and target.pos_ == "PROPN")
            or target.lemma_.lower() in _addressees()
        )
    )


@cache
def _addressees() -> frozenset[str]:
    """Nouns of people one speaks to: the lexicon's nouns of people, and reporters."""
    return lexicon().person_nouns | {"reporter", "journalist"}


def _sentence_end_between(verb: Token, part: Token) -> bool:
    """Whether a full stop, a question or exclamation mark followed by a space, or a
    paragraph break stands between ``verb`` and ``part`` after it (an abbreviation's
    stop stays on its word, "Mr.", "U.S.", or has no space after it: "S.C.,",
    "<BTY.L>")."""
    doc = verb.doc
    return any(
        (t.text in (".", "?", "!") and (t.whitespace_ or doc[t.i + 1].is_space))
        or (t.is_space and "\n" in t.text)
        for t in doc[verb.i + 1 : part.i]
    )


def _one_sentence(first: Token, last: Token) -> bool:
    """Whether ``first`` stands before ``last`` with no sentence's end between (the
    small model's parse may run over one)."""
    return first.i < last.i and not any(
        t.text in (".", "?", "!") for t in first.doc[first.i : last.i]
    )


def _extraposed(verb: Token, subjects: list[Token]) -> bool:
    """Whether ``verb`` is "be" (or "seem" …) with an adjective or noun and "it" for
    its subject: "it is wrong to deny", "it was a mistake to say"."""
    return all(s.lower_ == "it" for s in subjects) and any(
        c.dep_ in ("acomp", "attr") for c in verb.children
    )


def _names_someone(token: Token) -> bool:
    return token.pos_ in ("PROPN", "PRON") or token.ent_type_ in SPEAKER_LABELS


def plausible_speaker(subject: Token, context: QuoteContext, strict: bool = False) -> bool:
    """A name, a pronoun or a noun that can speak, not itself part of a quotation.

    "The so-called “smart” fridges were recalled" has a subject, but not a speaker.
    ``strict`` (for cues that are not reporting verbs) admits only names, personal
    pronouns and the lexicon's speaker nouns; otherwise any active subject noun
    ("the narrator says") will do.
    """
    # For a name or a pronoun only the words up to it count: a quotation in its
    # relative clause or apposition ("Leslie Feldman, who waited in an
    # “extraordinarily long line”,") does not make it part of one. A noun's whole
    # phrase counts ("the rejection of “the end” …" is what is quoted).
    first = subject.left_edge.idx
    last = subject.idx if _names_someone(subject) else subject.right_edge.idx
    if any(first <= s.start <= last for s in context.spans) or context.quoted(subject.idx):
        return False
    lower = subject.lower_
    # "let's discuss": the clitic "'s" (us) is parsed as the subject; it names no one.
    if lower in ("'s", "’s"):
        return False
    # "Most said …", "30 percent of voters say …", "some of them argue …": a share
    # of a group speaks through a reporting verb.
    if not strict and (lower in _GROUP_WORDS or subject.ent_type_ == "PERCENT"):
        return subject.pos_ != "NUM" or any(c.dep_ == "prep" for c in subject.children)
    if not strict and _share_by_number(subject):
        return True
    if age_description(subject):
        # "the 34-year-old told …": a person described by age (the model calls it a date).
        return True
    # A capitalised name the model called a date ("Billie Holliday") may still speak.
    numeric = subject.ent_type_ in _NUMERIC_ENTITIES and subject.pos_ != "PROPN"
    if numeric or subject.pos_ == "NUM":
        return False
    if lower in PERSON_PRONOUNS or lower in ORG_PRONOUNS or lower in OTHER_SPEAKER_PRONOUNS:
        return True
    if lower in RELATIVE_PRONOUNS:
        antecedent = relative_antecedent(subject)
        if antecedent is None:
            return False
        # "voters who said …": "who" stands for people, whatever their noun.
        if lower == "who" and not strict and antecedent.pos_ in ("NOUN", "PROPN", "PRON"):
            return True
        return plausible_speaker(antecedent, context, strict)
    if subject.ent_type_ in SPEAKER_LABELS or subject.lemma_.lower() in lexicon().speaker_nouns:
        return True
    if strict:
        return False
    # An apposition to a word of a quotation speaks ("“…,” a dealer at a Paris bank
    # said": the parse hung the noun on the quotation's last noun).
    described = subject.dep_ == "appos" and context.quoted(subject.head.idx)
    return subject.pos_ == "PROPN" or (
        subject.pos_ == "NOUN" and (subject.dep_ == "nsubj" or described)
    )


def _share_by_number(subject: Token) -> bool:
    """ "Two in three said …", "nine out of 10 say …", "two-thirds of voters said …",
    "one of the prosecutors said …": a number with a phrase of the group it counts
    ("in", "out of", "of", on the number or on its fraction) is a share of a group,
    which speaks through a reporting verb as "most" or "30 percent" does."""
    if subject.pos_ != "NUM":
        return False
    heads = [subject] + [c for c in subject.children if c.dep_ == "quantmod"]
    return any(
        c.dep_ == "prep" and c.lower_ in _SHARE_PREPOSITIONS for h in heads for c in h.children
    )


def age_description(subject: Token) -> bool:
    """ "the 34-year-old", "this 29-year-old": an age in years standing alone after "the"
    or "this" for a person, its last word ("old") the subject. Not "a 34-year-old"
    (someone not yet named)."""
    return age_span(subject) is not None


def age_span(subject: Token) -> Span | None:
    """The words of the age description ``subject`` ends ("the 34-year-old"), found by
    the words, not the parse, which may hang "the" elsewhere; None for other words."""
    if subject.lower_ != "old":
        return None
    doc = subject.doc
    for start in range(max(subject.i - 4, 1), subject.i):
        if AGE.fullmatch(doc[start : subject.i + 1].text):
            definite = doc[start - 1].lower_ in ("the", "this")
            return doc[start - 1 : subject.i + 1] if definite else None
    return None


def is_reporting_cue(cue: Cue) -> bool:
    """Whether ``cue`` is a reporting verb, "according to" or a colon, not just a
    verb above the quotation in the parse; a verb putting out a document ("issued the
    following statement:") introduces its words, and a noun of calling ("Hain's
    description of him as “…”", ``_caller_cue``) the name it gives."""
    return (
        cue.verb is None
        or _is_reporting_verb(cue.verb)
        or published_document(cue.verb) is not None
        or (cue.verb.pos_ == "NOUN" and cue.verb.lemma_.lower() in lexicon().calling_nouns)
    )


def relative_antecedent(token: Token) -> Token | None:
    """The noun a relative pronoun stands for ("Trump" in "Trump, who said …")."""
    verb = token.head
    if token.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" and verb.head is not verb:
        return verb.head
    return None


def _is_attribution_verb(token: Token) -> bool:
    return token.pos_ == "VERB" and token.lemma_.lower() in lexicon().attribution_verbs


def _is_reporting_verb(token: Token) -> bool:
    return token.pos_ == "VERB" and token.lemma_.lower() in lexicon().reporting_verbs


def _cues_between(context: QuoteContext, start: int, end: int, on_right: bool) -> Iterable[Cue]:
    """Every cue from character ``start`` to ``end``, outside quotations."""
    if end <= start:
        return
    region = context.doc.char_span(start, end, alignment_mode="contract")
    if region is None:
        return
    for token in region:
        if context.quoted(token.idx):
            continue
        cue = according_to(token, on_right)
        if cue is not None:
            yield cue
        elif _is_reporting_verb(token):
            subject = subject_of(token)
            # "Priebus was said to be “furious”": the subject of a passive is not the speaker.
            if (
                subject is not None
                and subject.dep_ != "nsubjpass"
                and plausible_speaker(subject, context)
            ):
                yield _verb_cue(token, subject, on_right)


def _governing_cue(context: QuoteContext, span: QuoteSpan, sentence: tuple[int, int]) -> Cue | None:
    """For quotes without a reporting verb ("she called for more “flexibility”"): the
    nearest verb above the quote in the parse, in the same sentence, whose subject is a
    named speaker."""
    inner = context.doc.char_span(span.start, span.end, alignment_mode="contract")
    if inner is None:
        return None
    for token in inner:
        if span.start <= token.head.idx < span.end:
            continue
        current = token.head
        for _ in range(_MAX_CLIMB):
            in_sentence = sentence[0] <= current.idx < sentence[1]
            if (
                current.pos_ == "VERB"
                and in_sentence
                and not context.quoted(current.idx)
                and current.lower_ not in _PREPOSITION_PARTICIPLES
            ):
                subject = subject_of(current)
                if subject is not None and plausible_speaker(subject, context, strict=True):
                    return _verb_cue(current, subject, on_right=current.idx >= span.end)
            if current.head is current:
                break
            current = current.head
    return None


def _colon_cue(context: QuoteContext, span: QuoteSpan, sentence_start: int) -> Cue | None:
    """ "Southampton boss Harry Redknapp: “We know …”": a name, then a colon, then the quote."""
    doc = context.doc
    before = context.text[sentence_start : span.start].rstrip()
    if not before.endswith(":"):
        return None
    colon = sentence_start + len(before) - 1
    published = _publishing_cue(context, sentence_start, colon)
    if published is not None:
        return published
    label = doc.char_span(sentence_start, colon, alignment_mode="contract")
    # "The Nurse Manager: “…”": a role standing alone before the colon speaks.
    if label is not None and 0 < len(label) <= _MAX_ROLE_WORDS and _is_role(label):
        return Cue(colon, colon + 1, ":", None, label[-1], on_right=False)
    for entity in doc.ents:
        inside = sentence_start <= entity.start_char and entity.end_char <= colon
        right_before = inside and not doc_text(doc)[entity.end_char : colon].strip()
        if entity.label_ == "PERSON" and right_before:
            return Cue(colon, colon + 1, ":", None, entity.root, on_right=False)
    # "Jo Bloggs was less sure: “…”": the person the sentence before the colon is about.
    subject = _framing_subject(context, label) if label is not None and len(label) else None
    return Cue(colon, colon + 1, ":", None, subject, on_right=False) if subject else None


# Labels of the names the model gives a party that could speak or be spoken about:
# a second one before the colon leaves whose words follow in doubt.
_FRAMING_PARTY_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _framing_subject(context: QuoteContext, sentence: Span) -> Token | None:
    """The speaker of a quotation right after ``sentence`` (the words from the
    sentence's start to the colon before the quotation): the subject of its main
    verb, when that subject is a person the model names and the sentence names no
    other party ("Jo Bloggs was less sure:"; not "Jo Bloggs read a letter from Ann
    Lee:", whose quotation may be either's, nor "The club said of Jo Bloggs:", whose
    subject is no person). None otherwise."""
    root = sentence.root
    if root.pos_ not in ("VERB", "AUX"):
        return None
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    if subject.ent_type_ != "PERSON" or context.quoted(subject.idx):
        return None
    named = {
        (entity.start, entity.end)
        for entity in sentence.ents
        if entity.label_ in _FRAMING_PARTY_LABELS and not context.quoted(entity.start_char)
    }
    if len(named) != 1:
        return None
    return subject


def _publishing_cue(context: QuoteContext, start: int, colon: int) -> Cue | None:
    """ "The senator issued the following statement: “…”": the verb putting out a
    document named by its object alone (``published_document``) in the characters
    ``start`` to the ``colon``, outside quotations, its subject a speaker; the words
    after the colon are the document's. None when there is none."""
    region = context.doc.char_span(start, colon, alignment_mode="contract")
    if region is None:
        return None
    for token in reversed(region):
        if context.quoted(token.idx) or published_document(token) is None:
            continue
        subject = subject_of(token)
        if (
            subject is not None
            and subject.dep_ != "nsubjpass"
            and plausible_speaker(subject, context)
        ):
            return _verb_cue(token, subject, on_right=False)
    return None


def published_document(verb: Token) -> Token | None:
    """The statement ``verb`` puts out when its object names nothing else ("issued a
    statement", "released the following statement"): after a verb of the lexicon's
    ``publishing_verbs``, a noun of its ``statement_documents`` with an article,
    adjectives or a possessor before it only. None otherwise ("a statement saying …",
    "released the emails", "a report on the economy": content, or a thing put out
    whose release is news)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon().publishing_verbs:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if len(objects) != 1 or objects[0].lemma_.lower() not in lexicon().statement_documents:
        return None
    noun = objects[0]
    words = [c for c in noun.children if not (c.is_punct or c.is_space)]
    if any(c.i > noun.i or c.dep_ not in _NAMING_DEPS for c in words):
        return None
    return noun


def _asked(verb: Token) -> bool:
    """Whether ``verb`` heads a question of its object alone, its auxiliary before its
    subject and its sentence closed by a question mark ("Do you support the mayor?",
    "Why did the board issue the permits?"): a question states nothing of its
    subject's. A question holding a clause ("Do you think the plan will work?",
    "Does he know what that entails?", "Did they refuse to testify?") stays: an
    interviewer's question is itself a statement, and PolNeAR holds it as one."""
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not any(
        c.dep_ in ("aux", "auxpass") and c.i < subject.i for c in verb.children
    ):
        return False
    closing = [t for t in verb.sent if t.i > verb.i and not (t.is_space or t.is_quote)]
    return bool(closing) and closing[-1].text == "?"


def _is_role(words: Span) -> bool:
    """A short label naming who speaks: title-cased, or ending with a speaker noun."""
    if any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in words):
        return False
    # "USAGE:", "EDITOR'S NOTE:": a label in capitals is a heading, not a speaker.
    if all(t.text.isupper() for t in words) and words[-1].lemma_.lower() not in (
        lexicon().speaker_nouns
    ):
        return False
    last = words[-1]
    return last.lemma_.lower() in lexicon().speaker_nouns or all(
        t.text[:1].isupper() or t.lower_ in ("the", "of", "a") for t in words
    )


def _introducing_cue(context: QuoteContext, span: QuoteSpan) -> Cue | None:
    """A quotation that opens its paragraph after a paragraph ending in a colon
    ("Reporter Jane Roe says:" / "“Well, …”"): the cue of that colon's sentence."""
    start, _ = context.paragraphs[span.paragraph]
    if span.start != start or span.paragraph == 0:
        return None
    previous_start, previous_end = context.paragraphs[span.paragraph - 1]
    before = context.text[previous_start:previous_end].rstrip()
    if not before.endswith(":"):
        return None
    colon = previous_start + len(before) - 1
    sentence_start = _sentence_start(context, previous_start, colon)
    cues = list(_cues_between(context, sentence_start, colon, on_right=False))
    if cues:
        return max(cues, key=lambda c: c.start)
    return _colon_cue(context, QuoteSpan(colon + 1, colon + 1, span.paragraph), sentence_start)


def _sentence_start(context: QuoteContext, paragraph_start: int, position: int) -> int:
    token = context.doc.char_span(position, position + 1, alignment_mode="expand")
    if token is None:
        return paragraph_start
    return max(paragraph_start, token[0].sent.start_char)


def _reported_at(token: Token, context: QuoteContext) -> tuple[Span, Cue] | None:
    """The reported statement and its cue when ``token`` is "according (to)" or a
    reporting verb with a clause ("said that …") and a speaker for a subject."""
    cue = according_to(token)
    if cue is not None:
        statement = according_to_statement(cue)
        return (statement, cue) if statement is not None else None
    polled = _polled_statement(token)
    if polled is not None:
        return polled
    if token.pos_ == "VERB" and _asked(token):
        return None
    if token.pos_ == "ADJ" and token.lemma_.lower() in lexicon().stance_adjectives:
        return _stance_statement(token, context)
    if token.pos_ == "NOUN" and token.lemma_.lower() in lexicon().statement_nouns:
        return _possessed_statement(token, context)
    if token.pos_ == "VERB" and token.lemma_.lower() in lexicon().regarding_verbs:
        regarded = _regarded_as(token, context)
        if regarded is not None:
            return regarded
    if token.pos_ == "VERB" and token.lemma_.lower() in lexicon().clause_verbs:
        return _clause_statement(token, context)
    if token.pos_ == "VERB" and token.lemma_.lower() == "make":
        return _made_statement(token, context)
    if not _is_attribution_verb(token) or _purpose(token.head, token):
        # "said, on condition of anonymity, to speak freely about …": why the speaker
        # spoke, no statement of its own.
        return None
    if _hedged_wish(token) or _act_with_particle(token):
        return None
    content = _attributed_content(token)
    named = False
    if content is None and token.lemma_.lower() in lexicon().naming_stance_verbs:
        content = _named_object(token)
        named = content is not None
    if content is None and token.lemma_.lower() in lexicon().share_stance_verbs:
        content = _share_stance(token)
    if content is None and (
        _is_reporting_verb(token)
        or _as_clause(token)
        or any(c.dep_ == "ccomp" and c.i < token.i for c in token.children)
    ):
        # "Young voters favour Sanders, a new poll indicates": any cue after its clause.
        content = _content_before(token)
    if content is None:
        return None
    subject = subject_of(token)
    # "…, the messages promise riches by promising …", "changes include … before
    # announcing the winner": the subject of the verb a gerund hangs from took the act,
    # and speaks only when it can (a name, a personal pronoun or a speaker noun).
    strict = spoken_gerund(token)
    if (
        subject is None
        or subject.dep_ == "nsubjpass"
        or not plausible_speaker(subject, context, strict=strict)
    ):
        return None
    # A name alone is a stance of someone who can speak ("Palin endorsed Trump"),
    # not of a thing ("the vote backed Labour"); a share of a polled group's stance
    # ("those who oppose the plan") is no such name.
    if named and len(content) == 1 and not plausible_speaker(subject, context, strict=True):
        return None
    if _found_thing(token, subject):
        return None
    if token.i < subject.i < content.end and content.start <= subject.i:
        # "“…,” confirmed a Rovers spokesman": the parse took the speaker after an
        # inverted verb for its object, no statement ("which critics said were …",
        # its subject before the verb, holds a statement after it).
        return None
    return content, _verb_cue(token, subject, on_right=False)


# Wishes a modal can hedge, and the modals that hedge them: PolNeAR's annotators leave
# "may want to reconsider" unattributed (the writer's advice), but attribute "would want
# a judge who ..." (a stance the speaker holds on a condition), so only "may" and
# "might" hedge: of PolNeAR's statements under "may/might want", 1 of 5 was gold,
# under "would/could want" 2 of 3.
_WISH_VERBS = frozenset({"want", "wish"})
_HEDGING_MODALS = frozenset({"may", "might"})
# Particles that turn a cue verb into an act: "called off the deal" (cancelled),
# "showed up at the hall" (arrived).
_ACT_PARTICLES = {"call": frozenset({"off"}), "show": frozenset({"up"})}


def _hedged_wish(verb: Token) -> bool:
    """True when ``verb`` is a wish under a hedging modal ("they may want to
    reconsider", "she might want to check"): the writer's advice or guess, not a wish
    anyone stated."""
    return verb.lemma_.lower() in _WISH_VERBS and any(
        c.dep_ == "aux" and c.lower_ in _HEDGING_MODALS for c in verb.children
    )


def _act_with_particle(verb: Token) -> bool:
    """True when a particle right after ``verb`` makes it an act with no content
    ("called off the merger", "showed up at the station"). A particle further on is
    often the parser's reading of an adverb ("showed profits up by 5 pct" reports the
    figures), so only the next word counts."""
    particles = _ACT_PARTICLES.get(verb.lemma_.lower(), frozenset())
    return any(
        c.dep_ == "prt" and c.lower_ in particles and c.i == verb.i + 1 for c in verb.children
    )


def polling_phrase(token: Token) -> Token | None:
    """The poll when ``token`` is the "in" of "in a poll" (the lexicon's
    ``polling_nouns``) hung on the verb of a clause with a subject, no cue of its own
    ("Cruz leads in the latest poll", "In a CNN poll, 50 percent chose Clinton"), else
    None."""
    verb = token.head
    if token.lower_ != "in" or token.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX"):
        return None
    if (
        _is_attribution_verb(verb)
        or _in_report(verb)
        or any(
            c.dep_ == "auxpass" or (c.dep_ == "dobj" and c.lower_ == "part") for c in verb.children
        )
    ):
        # "said in a poll" is the verb's cue, "she said she leads in the poll" its
        # report's; "were questioned in the survey", "took part in the survey" tell of
        # the polled, not of what the poll found.
        return None
    if not any(c.dep_ in ("nsubj", "expl") for c in verb.children):
        # "to oust the party in the July poll", "forecast to drop in the March survey":
        # a clause with no subject of its own tells of the vote or a plan, no finding.
        return None
    poll = next((c for c in token.children if c.dep_ == "pobj"), None)
    if poll is None or poll.lemma_.lower() not in lexicon().polling_nouns:
        return None
    return poll


def _polled_statement(token: Token) -> tuple[Span, Cue] | None:
    """ "Clinton stays well ahead in the latest poll", "In a CNN poll, 50 percent chose
    Clinton": the clause an "in a poll" phrase (:func:`polling_phrase`) hangs on is the
    poll's finding, the poll its source: the rest of the sentence when the phrase opens
    it, else the clause up to the phrase. None when there is no such phrase or the
    finding is too short for a statement."""
    poll = polling_phrase(token)
    if poll is None:
        return None
    doc = token.doc
    sentence = token.sent
    if token.i - sentence.start <= 1:
        start, end = poll.right_edge.i + 1, sentence.end
    else:
        start, end = max(token.head.left_edge.i, sentence.start), token.i
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end - start < _MIN_REPORTED_TOKENS:
        return None
    return doc[start:end], Cue(token.idx, token.idx + len(token), token.text, None, poll, False)


def _found_thing(verb: Token, subject: Token) -> bool:
    """Whether ``verb``, a verb of finding (the lexicon's ``finding_verbs``), finds a
    thing rather than reports a finding: it has no clause after it (an object alone,
    "found a job", "found himself at the centre of …") and its ``subject`` is no source
    of findings, a document noun ("the survey found widespread support") or an
    organisation the model names ("Gallup finds states shifting"). A relative pronoun
    stands for its antecedent. False for any other verb."""
    if verb.lemma_.lower() not in lexicon().finding_verbs:
        return False
    # "Voters are drifting away, Lena Park found": a clause before the verb is a finding.
    if not any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children):
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "oprd") and c.i > verb.i for c in verb.children):
        return False
    # "finding agreement that the tax encourages savings": an object holding a "that"
    # clause is a finding whoever finds it.
    if any(_holds_that_clause(c) for c in verb.children if c.dep_ == "dobj"):
        return False
    # "It found that one in five post something …", parsed with "something" for object
    # and "that" hung on it: the conjunction after the verb opens a clause all the same.
    following = verb.nbor() if verb.i + 1 < len(verb.doc) else None
    if following is not None and following.dep_ == "mark" and following.lower_ == "that":
        return False
    if subject.lower_ in RELATIVE_PRONOUNS:
        subject = relative_antecedent(subject) or subject
    reports = subject.lemma_.lower() in lexicon().document_nouns or subject.ent_type_ == "ORG"
    # "found itself at the centre of …": an organisation finds itself somewhere, it
    # reports nothing.
    reflexive = any(
        c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in verb.children
    )
    return reflexive or not reports


def _holds_that_clause(noun: Token) -> bool:
    """Whether ``noun`` has a clause opened by the conjunction "that" ("agreement that
    the tax works"), not a relative clause whose "that" is its subject or object ("a
    cure that cannot be found")."""
    return any(
        c.dep_ in ("acl", "relcl", "ccomp")
        and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        for c in noun.children
    )


def _stance_statement(adjective: Token, context: QuoteContext) -> tuple[Span, Cue] | None:
    """ "Voters are skeptical of free trade", "she was confident that she would win":
    a stance adjective after "be" (or "remain", "seem" …), its subject the speaker and
    its clause or prepositional object what is attributed."""
    verb = adjective.head
    if adjective.dep_ != "acomp" or verb.pos_ not in ("AUX", "VERB"):
        return None
    parts = [
        c
        for c in adjective.children
        if c.i > adjective.i
        and (
            c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "prep" and c.lower_ in _STANCE_PREPOSITIONS)
        )
    ]
    if not parts:
        return None
    doc = adjective.doc
    part = parts[0]
    start = part.left_edge.i
    if part.dep_ == "prep":
        objects = [c for c in part.children if c.dep_ in ("pobj", "pcomp")]
        if not objects:
            return None
        start = objects[0].left_edge.i
    elif doc[start].dep_ == "mark":
        start += 1
    end = part.right_edge.i + 1
    end = content_end(doc, start, end)
    if end - start < _MIN_REPORTED_OBJECT_TOKENS - 1:
        return None
    subject = subject_of(verb)
    if subject is None or subject.dep_ == "nsubjpass" or not plausible_speaker(subject, context):
        return None
    return doc[start:end], _verb_cue(adjective, subject, on_right=False)


def _clause_statement(verb: Token, context: QuoteContext) -> tuple[Span, Cue] | None:
    """ "She feels that the deal is dead", "voters realised the plan had failed": a verb
    of perception or judgement (the lexicon's ``clause_verbs``) attributes a finite
    clause after it to its subject, when that subject is a name, a personal pronoun or
    a speaker noun. With an object alone ("saw the film"), a bare infinitive ("heard
    him speak") or a question ("to determine whether …") the verb reports nothing."""
    clause = next(
        (c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and _is_finite(c)),
        None,
    )
    if clause is None:
        return None
    doc = verb.doc
    # "to determine whether …", "discover exactly what …": a question, not a statement.
    opening = doc[clause.left_edge.i : clause.i]
    if any(t.lower_ in _QUESTION_WORDS or t.tag_ in _WH_TAGS for t in opening):
        return None
    start = clause.left_edge.i
    if doc[start].dep_ == "mark" and doc[start].lower_ == "that":
        start += 1
    end = content_end(doc, start, clause.right_edge.i + 1)
    if end - start < _MIN_COMPLEMENT_TOKENS:
        return None
    return _held_by_subject(verb, doc[start:end], context)


def _regarded_as(verb: Token, context: QuoteContext) -> tuple[Span, Cue] | None:
    """ "She sees the plan as a trap", "investors view the deal as a bargain": a verb of
    regarding (the lexicon's ``regarding_verbs``) with an object and an "as" phrase after
    it (a noun or a gerund: "portrayed the board as failing the town") attributes the
    object with the phrase, the subject's judgement of it, to that subject, when it is
    a name, a personal pronoun or a speaker noun. None without the
    "as" phrase ("saw the film"), in the passive ("is seen as …": no one is named), or
    when the content is shorter than a reported object may be."""
    thing = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if thing is None:
        return None
    role = next(
        (
            c
            for c in (*verb.children, *thing.children)
            if c.dep_ == "prep"
            and c.lower_ == "as"
            and c.i > thing.i
            and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
        ),
        None,
    )
    if role is None:
        return None
    doc = verb.doc
    start = thing.left_edge.i
    end = content_end(doc, start, role.right_edge.i + 1)
    if end - start < _MIN_REPORTED_OBJECT_TOKENS:
        return None
    return _held_by_subject(verb, doc[start:end], context)


def _held_by_subject(verb: Token, content: Span, context: QuoteContext) -> tuple[Span, Cue] | None:
    """``content`` with ``verb``'s cue when the verb's active subject is a plausible
    speaker in the strict sense (a name, a personal pronoun or a speaker noun): the
    view is that subject's; None with no such subject ("is seen as …")."""
    subject = subject_of(verb)
    if (
        subject is None
        or subject.dep_ == "nsubjpass"
        or not plausible_speaker(subject, context, strict=True)
    ):
        return None
    return content, _verb_cue(verb, subject, on_right=False)


# Prepositions after a noun of speech that "make" takes ("made the case for X", "made
# comments about X", "made no mention of X", "made an appeal for calm"): what the
# statement is of, for or about; not "to", the one spoken to ("made calls to
# customers"). Compiled by hand.
_MADE_STATEMENT_PREPOSITIONS = frozenset({"for", "about", "on", "of", "against"})


def _made_statement(verb: Token, context: QuoteContext) -> tuple[Span, Cue] | None:
    """ "She made the case that the plan works", "he made comments about the airport",
    "the mayor made clear that she would stay": "make" with a noun of speech for object
    (the lexicon's ``made_statements``), or with "clear", is a verb of speech; what the
    noun's "that" clause or phrase holds (or the clause after "clear") is attributed to
    the subject of "make", when that subject can speak. None otherwise."""
    content = _made_clear(verb) or _made_noun_content(verb)
    if content is None or len(content) < _MIN_REPORTED_OBJECT_TOKENS:
        return None
    subject = subject_of(verb)
    if subject is None or subject.dep_ == "nsubjpass" or not plausible_speaker(subject, context):
        return None
    return content, _verb_cue(verb, subject, on_right=False)


def _made_noun_content(verb: Token) -> Span | None:
    """The content of "make" + a noun of speech: the "that" clause the parse hangs on the
    noun or on the verb after it ("made the case to voters that …"), else the noun's
    phrase of topic ("made comments about …"); None for any other object."""
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if noun is None or noun.lemma_.lower() not in lexicon().made_statements:
        return None
    doc = verb.doc
    clauses = [
        c
        for c in (*noun.children, *verb.children)
        if c.i > noun.i and c.dep_ in ("acl", "ccomp", "relcl") and _opened_by_that(c)
    ]
    if clauses:
        return _after_that(clauses[0])
    phrase = next(
        (
            c
            for c in noun.children
            if c.i > noun.i and c.dep_ == "prep" and c.lower_ in _MADE_STATEMENT_PREPOSITIONS
        ),
        None,
    )
    objects = [c for c in phrase.children if c.dep_ in ("pobj", "pcomp")] if phrase else []
    if not objects:
        return None
    return doc[objects[0].left_edge.i : content_end(doc, objects[0].i, phrase.right_edge.i + 1)]


def _after_that(clause: Token) -> Span:
    """What a clause headed by ``clause`` and opened by "that" (``_opened_by_that``)
    states: its words after "that", to the end of its content (``content_end``)."""
    doc = clause.doc
    return doc[clause.left_edge.i + 1 : content_end(doc, clause.i, clause.right_edge.i + 1)]


def _made_clear(verb: Token) -> Span | None:
    """What "make clear" states: the "that" clause after "clear" (hung on "make" or on
    "clear": "made clear that …", "made it clear that …"), or the object the parse made
    the subject of "clear" ("makes clear the risks ahead"); None without "clear"."""
    clear = next((c for c in verb.children if c.lower_ == "clear" and c.i > verb.i), None)
    if clear is None:
        return None
    doc = verb.doc
    clause = next(
        (
            c
            for c in (*verb.children, *clear.children)
            if c.i > clear.i and c.dep_ in ("ccomp", "advcl") and _opened_by_that(c)
        ),
        None,
    )
    if clause is not None:
        return _after_that(clause)
    thing = next((c for c in clear.children if c.dep_ == "nsubj" and c.i > clear.i), None)
    if thing is None:
        return None
    return doc[thing.left_edge.i : content_end(doc, thing.i, clear.right_edge.i + 1)]


def _is_finite(verb: Token) -> bool:
    """Whether ``verb`` heads a finite clause with a subject of its own ("the plan
    failed", "he would win"), not a small clause ("saw the pier torn down", "heard the
    choir sing"). Without "that" or an auxiliary only a verb in "-s" or a form of "be"
    or "have" counts: the model tags a past participle as a past tense ("found the
    keeper slumped") and a bare infinitive after a plural as a present."""
    children = list(verb.children)
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children):
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS | {"MD"} for c in children):
        return True
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in children) or verb.pos_ == "AUX":
        return verb.tag_ in _FINITE_TAGS
    return verb.tag_ == "VBZ"


def content_end(doc: Doc, start: int, end: int) -> int:
    """``end`` of the content ``doc[start:end]`` without the punctuation that closes it
    (a comma, a full stop), a closing quotation mark kept."""
    while end > start and doc[end - 1].is_punct and doc[end - 1].text not in '”"’':
        end -= 1
    return end


def _possessed_statement(noun: Token, context: QuoteContext) -> tuple[Span, Cue] | None:
    """ "Trump's claim that Mexico would pay", "the senator's call for a ban", "his
    criticism of the deal": a noun of saying or of a stance whose possessor is a name
    or a speaker noun attributes its clause or prepositional object to that possessor.
    Without a possessor the noun names no one who spoke ("the claim that …"); a
    possessive pronoun ("his claim") is left alone: the speakers' pronoun resolution
    is for subjects, and gave "his" itself as the speaker."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ == "PRON" or not plausible_speaker(owner, context, True):
        return None
    if _in_report(noun):
        return None
    doc = noun.doc
    for part in (c for c in noun.children if c.i > noun.i):
        if part.dep_ in ("acl", "ccomp", "relcl") and part.pos_ in ("VERB", "AUX"):
            # "claim that …", "call to …"; not a participle ("proposals for the year
            # starting in October") nor a relative clause ("the claim which he made").
            if not any(
                (c.dep_ == "mark" and c.lower_ == "that") or c.tag_ == "TO" for c in part.children
            ):
                continue
            start, needed = part.left_edge.i, _MIN_COMPLEMENT_TOKENS
            if doc[start].dep_ == "mark" and doc[start].lower_ == "that":
                start += 1
        elif part.dep_ == "prep" and part.lower_ in _NOUN_PREPOSITIONS:
            objects = [c for c in part.children if c.dep_ in ("pobj", "pcomp")]
            # "Reagan's budget proposals for the fiscal year": a time, not a content.
            if not objects or objects[0].ent_type_ in _NUMERIC_ENTITIES:
                continue
            start, needed = objects[0].left_edge.i, _MIN_REPORTED_OBJECT_TOKENS
        else:
            continue
        end = part.right_edge.i + 1
        end = content_end(doc, start, end)
        if end - start < needed:
            return None
        # The noun stands as the cue's word: a cue with no word ("according to", a
        # colon) counts as speech and is continued by the quotation after it.
        cue = Cue(noun.idx, noun.idx + len(noun), noun.text, noun, owner, on_right=False)
        return doc[start:end], cue
    return None


def _in_report(token: Token) -> bool:
    """Whether ``token`` stands in the clause another cue reports ("Cook said Goldsmith's
    admission that … suggested …"): the owner of a noun there is talked about, and as a
    speaker of its own took the pronouns and quotations that go on with the reporter."""
    child = token
    for head in token.ancestors:
        if child.dep_ == "ccomp" and _is_attribution_verb(head):
            return True
        child = head
    return False


def _content_preposition(verb: Token, prep: Token) -> bool:
    """Whether the preposition ``prep`` after ``verb`` introduces what it attributes."""
    return prep.lower_ in _OWN_CONTENT_PREPOSITIONS.get(verb.lemma_.lower(), _CONTENT_PREPOSITIONS)


def _attributed_content(verb: Token) -> Span | None:
    """What ``verb`` attributes: from its first complement after it (a clause, an
    object, "for …", "about …") to the end of its last; None when it has none, or
    it is too short to be a statement, or only names the document it puts out ("issued a
    statement"). When the parse gives it none, a "that" clause the model hung on the
    noun of a phrase after it (:func:`_complement_read_as_relative`)."""
    content = _parsed_content(verb)
    if content is not None:
        return content
    complement = _complement_read_as_relative(verb)
    return _complement_content(verb, complement) if complement is not None else None


def _parsed_content(verb: Token) -> Span | None:
    """:func:`_attributed_content` as the parse gives it: the complements of ``verb``."""
    if published_document(verb) is not None:
        return None
    parts = [
        c
        for c in verb.children
        if c.i > verb.i
        and c.dep_ in _CONTENT_DEPS
        and (c.dep_ != "prep" or _content_preposition(verb, c))
        and not _purpose(verb, c)
    ]
    # A time or the one spoken to, as the verb's only phrase, is no content ("reported
    # on Tuesday"); after an object it stays, said of the object ("blamed Clinton for
    # the past decade").
    if not any(p.dep_ == "dobj" for p in parts):
        parts = [p for p in parts if not _circumstance(verb, p)]
    # "…, he said. / ''Find your polling place …''": the parse ran over the end of the
    # sentence (or the paragraph), and the verb's only complements lie past it: they
    # are no complement of the verb (the clause before it is what it reports). Beside
    # one in its own sentence they stay, cut at the paragraph's end as before.
    if all(_sentence_end_between(verb, p.left_edge) for p in parts):
        parts = []
    # "said on Monday that …": the clause, without the time before it.
    clauses = [p for p in parts if p.dep_ in ("ccomp", "xcomp")]
    # "urged the council to act", "asked voters to wait": the object before an
    # infinitive is who is urged, part of what is said (PolNeAR's content spans
    # hold it); a "that" clause leaves it out ("told reporters that …").
    objects = [
        p
        for p in parts
        if p.dep_ == "dobj" and any(c.dep_ == "xcomp" and c.i > p.i for c in clauses)
    ]
    parts = objects + clauses + _second_that_clauses(verb) if clauses else parts
    if not parts:
        return None
    doc = verb.doc
    start = min(p.left_edge.i for p in parts)
    end = max(p.right_edge.i for p in parts) + 1
    end = content_end(doc, start, end)
    clause = any(p.dep_ in ("ccomp", "xcomp") for p in parts)
    # "spoke about the need for …", "talked about CNN": a topic is what is reported.
    topic = any(p.dep_ == "prep" and p.lower_ == "about" for p in parts)
    if not clause and not topic and verb.lemma_.lower() in lexicon().clause_only_verbs:
        return None
    needed = _MIN_COMPLEMENT_TOKENS if clause else _MIN_REPORTED_OBJECT_TOKENS
    if any(p.dep_ == "xcomp" for p in parts):
        # "declined to comment", "refused to answer": an infinitive of two words.
        needed = 2
    if end - start < needed or not any(p.dep_ in _CLAUSE_DEPS or p.dep_ == "prep" for p in parts):
        return None
    if not clause:
        end = max(end, _phrases_after_object(verb, parts))
        end = _clause_after_object(verb, parts, end)
    end = max(end, _grounds_after(verb, end))
    end = _before_joined_report(verb, start, end)
    end = _before_other_report(start, end, doc)
    return doc[start:end] if end > start else None


# Marks that may stand between an object and the clause after it: the close of a
# bracket or a quotation the object ends with ("a donor to Sen. X (R-FL) to attack …").
_CLOSING_BRACKETS = frozenset({")", "]"}) | _CLOSING_MARKS


def _second_that_clauses(verb: Token) -> list[Token]:
    """The "that" clauses the parse joins to ``verb`` itself after its first clause
    ("said there are no good options, but that sometimes …", "argued X and that Y"):
    a second clause of the same report, which PolNeAR's content spans hold; before, the
    content stopped at the first. Not one past the end of the sentence."""
    return [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.i > verb.i
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        and not _sentence_end_between(verb, c.left_edge)
    ]


def _clause_after_object(verb: Token, parts: list[Token], end: int) -> int:
    """The end of ``verb``'s object content ``doc[start:end]`` over a clause right after
    it that the parse hangs on the verb and that completes the object: a "to"
    infinitive ("defended his call to raise the wage", "proposed $1 billion in funds to
    help states …") or an "as" clause without a finite verb of its own, what the object
    is said to be ("described the dinner as Washington celebrating itself", "portrays
    the country as beset by …"); PolNeAR's content spans hold both, and before, the
    content stopped at the object. Not a clause after a comma or a dash (a purpose of
    the narration, set off), nor a time ("as he spoke"), nor past the sentence's end,
    nor one of speech or stance (a statement of its own); the clause stops at its first
    comma or dash (what follows is often the parse's attachment of an aside). ``end``
    when there is none."""
    if not any(p.dep_ == "dobj" for p in parts):
        return end
    doc = verb.doc
    for child in verb.children:
        first = child.left_edge
        if (
            child.dep_ == "advcl"
            and first.i >= end
            and _completes_object(child, first)
            and all(t.text in _CLOSING_BRACKETS for t in doc[end : first.i])
            and not _sentence_end_between(verb, first)
            and not any(_is_attribution_verb(t) for t in child.subtree)
        ):
            stop = next(
                (t.i for t in doc[first.i : child.right_edge.i + 1] if t.text in _JOINING_MARKS),
                child.right_edge.i + 1,
            )
            return max(end, content_end(doc, first.i, stop))
    return end


def _completes_object(clause: Token, first: Token) -> bool:
    """Whether the adverbial ``clause`` opened by ``first`` says more of the object
    before it: an infinitive ("to raise the wage") or an "as" with no finite verb."""
    if first.tag_ == "TO":
        # A verb after "to", not a noun ("pushed the song from number one to number three").
        return clause.tag_ == "VB"
    finite = clause.tag_ in _FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS | {"MD"} for c in clause.children
    )
    return first.lower_ == "as" and first.dep_ == "mark" and not finite


# Conjunctions of a clause that gives the grounds or the condition of a claim or a
# stance ("charged that X hid the files because they …", "opposed it because it …",
# "would call him a coward if he …"): what the speaker holds depends on it, and
# PolNeAR's content spans hold it (on the even half of PolNeAR train, such a clause
# after a predicted content lay inside the gold content 9 times in 20, and turned 5
# partial matches into matches). Not "when", "after", "as", "while": a time or a
# contrast of the narration as often. Compiled by hand.
_GROUNDS_MARKS = frozenset({"because", "if", "unless"})


def _grounds_after(verb: Token, end: int) -> int:
    """The end of the last clause of grounds or condition (``_GROUNDS_MARKS``) that the
    parse hangs on ``verb`` after its content, which ends at token ``end``; ``end`` when
    there is none. A clause past the end of the sentence is left out, and so is one
    holding a report or stance of its own ("warned X, because he thought …"), which is
    a statement of its own speaker."""
    doc = verb.doc
    grounds = [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and c.left_edge.i >= end
        and doc[c.left_edge.i].lower_ in _GROUNDS_MARKS
        and not _sentence_end_between(verb, c.left_edge)
        and not any(_is_attribution_verb(t) for t in c.subtree)
    ]
    if not grounds:
        return end
    last = max(grounds, key=lambda c: c.right_edge.i)
    return content_end(doc, last.left_edge.i, last.right_edge.i + 1)


# Prepositions of the time, place, medium or occasion of speech ("said on Friday",
# "told reporters in a letter", "said at a news conference", "said for the first
# time"), after which a "that" clause the model hangs on their noun is what was said.
# Not the prepositions of a topic or a cause ("asked about claims that …", "called for
# X following news that …"), whose noun's "that" clause tells that noun's content.
# Compiled by hand.
_OCCASION_PREPOSITIONS = frozenset(
    {"in", "at", "during", "on", "for", "with", "through", "via", "by"}
)


def _complement_read_as_relative(verb: Token) -> Token | None:
    """The "that" clause a verb of speech reports when the small model hangs it on the
    noun of a phrase between them ("said in a letter that the strike would go ahead",
    "said for the first time that the plan had failed", parsed as a relative clause on
    "letter" or "time"): a finite clause with a subject of its own, opened by "that" as
    a conjunction (not the relative pronoun that is its subject or object). None when
    ``verb`` is no verb of speech, or no such clause follows it, or ``verb`` itself stands
    in a "that" clause ("a claim that he told donors at a dinner that …": someone else's
    report of what was said, or a report nested in another's)."""
    if not _is_reporting_verb(verb) or any(
        c.lower_ == "that" and c.dep_ == "mark" for c in verb.children
    ):
        return None
    nouns = [
        noun
        for phrase in verb.children
        if phrase.i > verb.i and phrase.dep_ == "prep" and phrase.lower_ in _OCCASION_PREPOSITIONS
        for noun in phrase.children
        if noun.dep_ == "pobj"
    ]
    return next(
        (
            clause
            for noun in nouns
            for clause in noun.children
            if clause.i > noun.i and clause.dep_ in ("relcl", "acl") and _opened_by_that(clause)
        ),
        None,
    )


def _opened_by_that(clause: Token) -> bool:
    """Whether ``clause`` is a finite clause whose first word is "that" standing as a
    conjunction (a mark or an adverb in the parse) before a subject of its own."""
    opener = clause.doc[clause.left_edge.i]
    return (
        opener.lower_ == "that"
        and opener.head == clause
        and opener.dep_ in ("mark", "advmod")
        and _is_finite(clause)
    )


def _complement_content(verb: Token, clause: Token) -> Span | None:
    """The content of ``verb`` that ``clause`` (found by
    :func:`_complement_read_as_relative`) holds, "that" included as for a complement
    parsed right; None when it is shorter than a complement clause may be."""
    doc = verb.doc
    start = clause.left_edge.i
    end = content_end(doc, start, clause.right_edge.i + 1)
    if end - start < _MIN_COMPLEMENT_TOKENS:
        return None
    end = _before_joined_report(verb, start, end)
    end = _before_other_report(start, end, doc)
    return doc[start:end] if end > start else None


# Conjunctions that set a second clause beside a reported one rather than inside it
# ("said A, while critics argued B"; not "said that if B, A", where the mark opens it).
_CONTRAST_MARKS = frozenset({"while", "whereas", "though", "although"})


def _before_other_report(start: int, end: int, doc: Doc) -> int:
    """The end of a content ``doc[start:end]`` before a report with a subject of its
    own that the parse hung inside it: a verb of speech or stance joined by "and"/"but"
    or set beside it by "while", "though" ("said the plan would pass, and three of the
    members said the opposite", "argued A, while his critics accused him of B"). That
    report is a statement of its own, of its own subject (PolNeAR annotates two); the
    first content ran over it. ``end`` when there is no such report, or when cutting
    would leave too little of the first."""
    for token in doc[start + 1 : end]:
        if not _is_attribution_verb(token) or not _set_beside(token):
            continue
        subject = _subject_child(token)
        # A plural noun ("rivals", "members") is people as often as things.
        if (
            subject is None
            or subject.dep_ != "nsubj"
            or (_cannot_act(subject) and subject.tag_ not in PLURAL_TAGS)
        ):
            continue
        cut = token.left_edge.i
        while cut > start and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].text in _JOINING_MARKS):
            cut -= 1
        cut = content_end(doc, start, cut)
        if cut - start >= _MIN_COMPLEMENT_TOKENS:
            return cut
    return end


def _set_beside(verb: Token) -> bool:
    """Whether ``verb`` heads a clause set beside the one before it: joined by a comma
    and "and"/"but" (", and the members said …"), as two sentences are, or by a
    conjunction of contrast ("while …"). Without the comma ("40 percent blame X and 20
    percent say Y") the two are often one list the first cue reports, and a "that"
    ("argued that A and that she doubts B") makes the second the first cue's too."""
    doc = verb.doc
    if verb.dep_ == "conj":
        if any(c.dep_ == "mark" for c in verb.children):
            return False
        joiner = verb.left_edge.i - 1
        return (
            joiner > 0
            and doc[joiner].dep_ == "cc"
            and doc[joiner].lower_ in ("and", "but")
            and doc[joiner - 1].text == ","
        )
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in verb.children
    )


def _before_joined_report(verb: Token, start: int, end: int) -> int:
    """The end of ``verb``'s content ``doc[start:end]`` before a second report of the
    same speaker that the parse hung inside it: a verb of speech with no subject of its
    own, joined by "and"/"but" or set off by a comma or a dash ("said his attacks have
    given him momentum and said that X did not …", "said he saw no need to change,
    telling reporters that …", "said that she … and predicted that …"). That verb is a
    cue of its own with its own content (PolNeAR annotates two statements); before,
    the first one ran over the second. ``end`` when there is no such verb."""
    doc = verb.doc
    for token in doc[start + 1 : end]:
        if (
            not _joined_form(token)
            or not _same_tense(verb, token)
            or not _is_second_act(token, verb)
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children)
        ):
            continue
        cut = token.left_edge.i
        joined = False
        while cut > start and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].text in _JOINING_MARKS):
            joined = True
            cut -= 1
        if not joined and _after_closed_quotation(doc, start, cut):
            # 'that he has “expanded the party,” claiming that …': the comma stands
            # inside the closing mark, which ends the first content with it.
            return cut
        if joined and cut > start:
            return content_end(doc, start, cut)
    return end


def _is_second_act(token: Token, cue: Token | None = None) -> bool:
    """Whether ``token`` is a verb that, joined to a verb of speech's content, makes a
    second statement of the same speaker: a verb of speech ("and added …") or a stance
    taken out loud (the lexicon's ``second_act_verbs``: "and likened it to …", ", citing
    …", "but declined to …") joined to the verb ``cue`` itself or to a clause whose
    subject cannot take it ("said the line would open in spring, citing …"; not "said
    the members were angry and attacked the mayor", where the members attack). A
    participle with no auxiliary joined to a word of its own form or an adjective is
    one of a list ("including registering voters … and advocating for …", "unanswered
    and dismissed") unless the cue has its form ("stating X and chiding Y")."""
    if _is_reporting_verb(token):
        return True
    if token.pos_ != "VERB" or token.lemma_.lower() not in lexicon().second_act_verbs:
        return False
    participle = token.tag_ in ("VBG", "VBN") and not any(
        c.dep_ in ("aux", "auxpass") for c in token.children
    )
    partner = token.head.tag_ == token.tag_ or token.head.pos_ == "ADJ"
    if token.dep_ == "conj" and participle and partner and (cue is None or cue.tag_ != token.tag_):
        return False
    head = token.head
    while head.dep_ == "conj" and head.head is not head and _subject_child(head) is None:
        head = head.head
    # "called X “a mistake” and likened it to …": joined to a cue, the cue's subject's.
    if head is token or head is cue:
        return True
    if _is_attribution_verb(head) and head.dep_ not in ("ccomp", "xcomp"):
        return True
    subject = _subject_child(head)
    # A plural noun ("rivals", "members") is people as often as things.
    return subject is None or (_cannot_act(subject) and subject.tag_ not in PLURAL_TAGS)


def _subject_child(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)


def _cannot_act(subject: Token) -> bool:
    """Whether ``subject`` is a thing that takes no stance: a common noun no list calls
    a speaker or a person, not a name, or "it", "this", "there"."""
    if subject.pos_ == "PRON" or subject.dep_ == "expl":
        return subject.lower_ in ("it", "this", "that", "there")
    lemma = subject.lemma_.lower()
    return (
        subject.pos_ == "NOUN"
        and subject.ent_type_ not in SPEAKER_LABELS
        and lemma not in lexicon().speaker_nouns
        and lemma not in lexicon().person_nouns
        and subject.lower_ not in _GROUP_WORDS
    )


def _after_closed_quotation(doc: Doc, start: int, cut: int) -> bool:
    """Whether ``doc[start:cut]`` ends with a closing quotation mark right after a comma
    or a dash (',” claiming …'): the mark and the comma set the next verb off as a
    joining mark alone does."""
    return (
        cut - 2 > start
        and doc[cut - 1].text in _CLOSING_MARKS
        and doc[cut - 2].text in _JOINING_MARKS
    )


def _joined_form(token: Token) -> bool:
    """Whether ``token`` has the form of a second act of the same subject: a finite
    verb joined by coordination ("and said", "but added") or a participle set after
    the clause ("…, telling reporters"; "acknowledging X but warning Y"). A bare verb
    joined to an infinitive ("had her staff field them and tell X") is part of the
    clause it stands in."""
    if token.lemma_.lower() in _NOT_JOINED:
        return False
    if token.dep_ == "conj":
        if token.head.pos_ not in ("VERB", "AUX") or _has_modal(token):
            # "was being loopy and stressed" (an adjective's partner); "they would not
            # protest and would not insist" (a modal: the reported clause's own verb).
            return False
        auxiliary = any(c.dep_ in ("aux", "auxpass") for c in token.children)
        return auxiliary or token.tag_ != "VB" or not _infinitive(token.head)
    return token.dep_ == "advcl" and token.tag_ == "VBG"


def _has_modal(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _same_tense(first: Token, second: Token) -> bool:
    """Whether two verbs are both past or both present: "said … and added" are one
    speaker's two acts, "contend that executives met and agreed" is the executives'."""
    past = ("VBD", "VBN")
    return second.tag_ == "VBG" or (first.tag_ in past) == (_tense_tag(second) in past)


def _tense_tag(verb: Token) -> str:
    """The tag that carries ``verb``'s tense: its "do" auxiliary's ("did not suggest" is
    past, "does not say" present), else its own."""
    auxiliary = next((c for c in verb.children if c.dep_ == "aux" and c.lemma_ == "do"), None)
    return auxiliary.tag_ if auxiliary is not None else verb.tag_


def _infinitive(verb: Token) -> bool:
    """Whether ``verb`` is a bare or "to" infinitive, no modal before it ("had her
    staff field them", "to interpret the milestone"; not "would offer")."""
    return verb.tag_ == "VB" and not _has_modal(verb)


# The objects that stand for a name of a person, a group or a thing taking a side's
# stance ("endorsed her", "backed them", "most oppose it"); not "himself" or "this".
_STANCE_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it"})


def _named_object(verb: Token) -> Span | None:
    """The name or personal pronoun ``verb`` takes for its only object ("endorsed
    Cruz", "praised Merkel", "backs the Teamsters", "endorsed her", "oppose it"), too
    short for a statement of other verbs; None when the object is no pronoun of
    ``_STANCE_OBJECT_PRONOUNS`` and no person, organisation or group the model names,
    when a particle makes the verb another one ("backing them up"), and when the verb
    is an infinitive on a noun ("his refusal to endorse her", "a reason to oppose
    Trump"), which has no subject: the one who takes the side is seldom the subject the
    parse gives it."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].i < verb.i or any(c.dep_ == "prt" for c in verb.children):
        return None
    if verb.dep_ in ("acl", "relcl") and _infinitive(verb):
        return None
    name = objects[0]
    pronoun = name.lower_ in _STANCE_OBJECT_PRONOUNS
    if not pronoun and (name.ent_type_ not in ("PERSON", "ORG", "NORP") or name.pos_ != "PROPN"):
        return None
    end = content_end(verb.doc, name.i, name.right_edge.i + 1)
    # "praised Brown as a hard worker": what the name is called is said of it too.
    for phrase in _as_phrases(verb, [name], name.i):
        end = max(end, content_end(verb.doc, phrase.i, phrase.right_edge.i + 1))
    return verb.doc[name.left_edge.i : end]


def _share_stance(verb: Token) -> Span | None:
    """What a share of a polled group holds ("a majority of Republicans support
    deportation", "75 percent of Democrats said yes", "a third of voters want a
    switch to …", "most independents said no"): the one object of a stance verb
    (the lexicon's ``share_stance_verbs``) or a yes or no, however short, when the
    verb's subject is such a share. None for any other subject: "supports Windows",
    "said something" report nothing."""
    subject = subject_of(verb)
    if subject is None or not _is_share(subject):
        return None
    objects = [
        c
        for c in verb.children
        if c.i > verb.i and (c.dep_ == "dobj" or (c.dep_ == "intj" and c.lower_ in _ANSWERS))
    ]
    if len(objects) != 1 or objects[0].pos_ == "PRON":
        return None
    doc = verb.doc
    start = objects[0].left_edge.i
    end = content_end(doc, start, objects[0].right_edge.i + 1)
    return doc[start:end] if end > start else None


def _is_share(subject: Token) -> bool:
    """A share of a group: "most", "75 percent", "a majority of …", "two in three",
    "most independents", "those who …"; a relative "who" standing for one."""
    if subject.lower_ == "who":
        antecedent = relative_antecedent(subject)
        return antecedent is not None and antecedent.lower_ != "who" and _is_share(antecedent)
    if subject.lower_ in _GROUP_WORDS or subject.ent_type_ == "PERCENT":
        return True
    if _share_by_number(subject):
        return True
    return subject.pos_ == "NOUN" and any(
        c.dep_ in ("amod", "det") and c.lower_ in _GROUP_WORDS for c in subject.children
    )


def _phrases_after_object(verb: Token, parts: list[Token]) -> int:
    """Where the prepositional phrases of ``verb`` after its object end ("dismissed the
    Tories as a fading force", "attacked the government over Iraq", "accused the
    union of intransigence …"): what is said of the object, and PolNeAR's content spans
    hold them, whatever the preposition. A phrase around a clause ("answered her
    critics by saying …") is an act of its own, with its own cue. 0 without an object."""
    first = min((p.i for p in parts if p.dep_ == "dobj"), default=len(verb.doc))
    phrases = [
        c
        for c in verb.children
        if c.dep_ == "prep" and c.i > first and any(g.dep_ == "pobj" for g in c.children)
    ]
    phrases += _as_phrases(verb, parts, first)
    if not phrases:
        return 0
    doc = verb.doc
    end = max(c.right_edge.i for c in phrases) + 1
    while doc[end - 1].is_punct and doc[end - 1].text not in '”"’':
        end -= 1
    return end


def _as_phrases(verb: Token, parts: list[Token], first: int) -> list[Token]:
    """The "as" phrases of ``verb`` that say what its object is called ("slammed the
    plan as too vague", "rejected the offer as insulting", "referred to Smith as a
    leader"): an "as" the parse hangs on the verb after the object at ``first`` or,
    with no object, after its "to"/"of" phrase, holding a noun, an adjective or a
    participle (``_phrases_after_object`` takes only a noun after a preposition).
    In: the verb, its content parts and the object's index (the doc's length for
    none); out: the "as" tokens, [] for none."""
    after = first
    if after == len(verb.doc):
        after = min(
            (p.i for p in parts if p.dep_ == "prep" and p.lower_ in ("to", "of")),
            default=len(verb.doc),
        )
    return [
        c
        for c in verb.children
        if c.dep_ == "prep"
        and c.lower_ == "as"
        and c.i > after
        and any(g.dep_ in _AS_COMPLEMENTS for g in c.children)
    ]


def _content_before(verb: Token) -> Span | None:
    """What a reporting verb set after or inside its statement reports: "The plan is
    dead, she said" (a clause before the verb) or "The plan, she said, is dead" (the
    verb inserted in the clause it reports); None when there is no such clause, or
    when the verb is a passive with a subject of its own ("The film was ruled too
    American, as it was backed by a US studio"): the subject is what the verb acts
    on, and the clause around it no one's words."""
    doc = verb.doc
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    needed = _MIN_REPORTED_TOKENS
    if clauses:
        start, end = clauses[0].left_edge.i, clauses[0].right_edge.i + 1
        # "Sales were great, he said": a clause with a subject of its own is a
        # statement from three words, as a complement after its verb is.
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clauses[0].children):
            needed = _MIN_COMPLEMENT_TOKENS
    elif _as_clause(verb):
        # "As the Atlantic noted, trust is collapsing" or "…, as Pew found": the
        # clause the "as" phrase hangs from, without the phrase.
        head = verb.head
        before = (head.left_edge.i, verb.left_edge.i)
        after = (verb.right_edge.i + 1, head.right_edge.i + 1)
        start, end = max(before, after, key=lambda part: part[1] - part[0])
    elif verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX"):
        head = verb.head
        before = (head.left_edge.i, verb.left_edge.i)
        after = (verb.right_edge.i + 1, head.right_edge.i + 1)
        start, end = max(before, after, key=lambda part: part[1] - part[0])
    else:
        return None
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        if doc[end - 1].text in '”"’':
            break
        end -= 1
    return doc[start:end] if end - start >= needed else None


def statement_extent(content: Span, cue: Cue) -> tuple[int, int]:
    """The characters a reported statement covers: its content, or, for a verb set
    inside the clause it reports ("The plan, she said, is dead"), both sides of the
    verb, of which ``content`` holds only the longer (the row's text keeps out the
    cue's words; PolNeAR's content is the two sides)."""
    verb = cue.verb
    if verb is None or verb.dep_ != "parataxis" or verb.head.pos_ not in ("VERB", "AUX"):
        return content.start_char, content.end_char
    doc = verb.doc
    head = verb.head
    sides = [
        [t for t in doc[start:end] if not (t.is_punct or t.is_space)]
        for start, end in (
            (head.left_edge.i, verb.left_edge.i),
            (verb.right_edge.i + 1, head.right_edge.i + 1),
        )
    ]
    inside = verb.left_edge.i <= content.start < verb.right_edge.i + 1
    if inside or not all(sides):
        return content.start_char, content.end_char
    last = sides[1][-1]
    if last.i + 1 < len(doc) and doc[last.i + 1].text in '”"’':
        last = doc[last.i + 1]
    return min(content.start_char, sides[0][0].idx), max(content.end_char, last.idx + len(last))


def _as_clause(verb: Token) -> bool:
    """Whether ``verb`` heads an "as X noted" phrase inside the clause it reports."""
    return (
        verb.dep_ == "advcl"
        and verb.head.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)
    )


def _verb_cue(verb: Token, subject: Token, on_right: bool) -> Cue:
    return Cue(verb.idx, verb.idx + len(verb), verb.text, verb, subject, on_right)


def _distance(cue: Cue, span: QuoteSpan) -> int:
    return cue.start - span.end if cue.on_right else span.start - cue.end


def _speaker_rank(cue: Cue) -> int:
    """0 for names, personal pronouns and "according to"; 1 for speaker nouns ("the
    spokesman"); 2 for any other subject ("the data show")."""
    subject = cue.subject
    if cue.verb is None or subject is None:
        return 0 if cue.verb is None else 2
    if (
        subject.ent_type_ in SPEAKER_LABELS
        or subject.pos_ == "PROPN"
        or subject.lower_ in PERSON_PRONOUNS | ORG_PRONOUNS
        or named_apposition(subject) is not None
    ):
        return 0
    return 1 if subject.lemma_.lower() in lexicon().speaker_nouns else 2


def named_apposition(subject: Token) -> Token | None:
    """The name in apposition to a subject noun: "Joseph Stiglitz" in "the economist
    Joseph Stiglitz", "Padraig Cribben" in "VFI Chief Executive, Padraig Cribben,", "Su
    Han-min" in "Su Han-min, chief economist"."""
    if subject.ent_type_ == "PERSON":
        return None
    for child in subject.children:
        if _name_before_role(child, subject):
            return child
        if child.pos_ != "PROPN" or child.i <= subject.i or _described_name(child, subject):
            continue
        # "Former Chelsea captain Desailly, who …": a name right after the noun is in
        # apposition to it, whatever relation the parse gives it.
        right_after = child.left_edge.i == subject.i + 1 and child.ent_type_ == "PERSON"
        if child.dep_ == "appos" or right_after or _second_role_of(child, subject):
            return child
    return None


def _described_name(child: Token, subject: Token) -> bool:
    """Whether ``child``, a proper noun after the name ``subject``, is a description
    an article opens ("Mr Ames, an MEP for the region,", "Ames, the MP for Bolton"): a
    role of the one named, never a name to replace it; a person's name stays one ("The
    Bishop of Leeds, the Rt Rev Ann Lowe,")."""
    return (
        subject.pos_ == "PROPN"
        and child.ent_type_ != "PERSON"
        and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in child.children)
    )


def _second_role_of(name: Token, subject: Token) -> bool:
    """ "chairman and chief executive Dana Whitcombe said": a bare role noun the parse
    made the subject, joined by "and" to a name that lowercase role words open; one
    person holds both roles (not "the chairman and Dana Whitcombe", two people)."""
    doc = subject.doc
    if (
        name.dep_ != "conj"
        or name.ent_type_ != "PERSON"
        or subject.lemma_.lower() not in lexicon().speaker_nouns
        or any(c.dep_ in ("det", "poss") for c in subject.children)
        or subject.i + 2 >= name.i
        or doc[subject.i + 1].lower_ != "and"
    ):
        return False
    roles = [t for t in doc[subject.i + 2 : name.i] if t.ent_type_ != "PERSON"]
    return bool(roles) and all(t.is_lower and t.pos_ in ("NOUN", "ADJ") for t in roles)


def _name_before_role(child: Token, subject: Token) -> bool:
    """ "…,” said Su Han-min, chief economist with …": a person's name the parse hung
    before the role noun it is set off from by a comma, as a modifier of the noun."""
    return (
        child.i < subject.i
        and child.pos_ == "PROPN"
        and child.ent_type_ == "PERSON"
        and child.dep_ in ("nmod", "compound")
        and child.i + 1 < subject.i
        and child.doc[child.i + 1].text == ","
    )


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
            return _noun_named_by(doc[end])
        if (
            token.pos_ not in ("DET", "ADJ", "NOUN", "PROPN")
            and not token.is_space
            and token.lower_ not in _ROLE_WORDS_READ_AS_VERBS
        ):
            break
    return None


def _noun_named_by(name: Token) -> Token:
    """ "…,” confirmed a Saints spokesman": the noun of one who speaks (the lexicon's
    ``speaker_nouns``) that a name after the verb qualifies (as a compound or a
    possessor, before it): the club's spokesman, not the club. ``name`` itself when
    it qualifies no such noun after it."""
    head = name
    while head.dep_ in ("compound", "poss") and head.head.i > head.i:
        head = head.head
    if head.pos_ == "PROPN" or head.lemma_.lower() in lexicon().speaker_nouns:
        return head
    return name
