"""Span repairs of the model's entity spans: what a mention covers.

``trimmed(span)`` cuts what the model let into a span: a leading dash or indefinite
article ("- Ireland", "A European Union"), a person's title ("Prince [Charles]",
"Sir [Elton John]", "Mr [Blair]"), a trailing "et al." ("[Hauser] et al."), and
what follows a spaced dash or an opening quotation mark inside it ("HMS Chatham -
have"), except that a person's name after a label in capitals is what is kept
("ARRESTS – [Chad Hull]"). ``curated_extent(span,
aliases)`` widens a span to the longest curated name around it ("Mac" → "Mac mini",
"Democrat" → "Liberal Democrat"). ``name_around_place(span)`` widens a place to the
name of an organisation it starts ("Hollywood" → "Hollywood Reporter", "London" →
"London Overground"), and ``name_after(span)`` any other name but a person's over the
capitalised words the model left after it ("Hispanic" → "Hispanic Caucus"), each
returning ``None`` when there is none.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise, product

from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from tasks.aliases import AliasTable
from tasks.calendar_words import MONTHS, WEEKDAYS
from tasks.common_words import common_words
from tasks.entity_acronyms import INITIALS, LEGAL_FORMS, is_legal_form
from tasks.entity_filters import opens_line_or_sentence
from tasks.entity_heads import AMENITIES, LODGING_HEADS
from tasks.entity_labels import COMPANY_SUFFIXES, org_head
from tasks.entity_people import ADDRESS_TITLES, PERSON_TITLES, ROYAL_TITLES
from tasks.entity_places import city_names, demonyms, subdivision_names
from tasks.entity_wire import currency_units
from tasks.entity_works import GUIDE_LINKS
from tasks.nlp import (
    doc_text,
    join_adjacent,
    positions,
    span_text,
    token_values,
    word_lower,
    word_text,
)
from tasks.person_gender import is_first_name

_LEADING_JUNK = frozenset({"-", "–", "—", "a", "an", "•", "*", ":", "|", "‘", "“", '"'})
_BULLETS = frozenset({"-", "–", "—", "•", "*", "·", "▪", "►"})
_OPENING_MARKS = frozenset({'"', "“", "‘", "'", "(", "["})
_QUANTIFIERS = frozenset("all both some many most several every each any".split())
_CUT_AT = frozenset({"-", "–", "—", "‘", "“", '"', "|"})
# Lowercase words the model runs a name into that are never its last word: when it
# happens ("in the northern Gulf today", "the MTI news agency"), adverbs of time and the
# medium a news agency is named for. A lowercase head noun may end a name as the
# judges read it ("Barclays bank", "Mirabel airport"): no such noun here.
_NEVER_LAST = frozenset({"today", "yesterday", "tomorrow", "tonight", "now", "news"})
_NEVER_LAST_LABELS = frozenset({"ORG", "FAC", "GPE", "LOC", "NORP"})
# Particles that stand inside a family name and never end one ("Ursula von der Leyen",
# "Vincent van Gogh", "Osama bin Laden"): a person's span the model cut after one
# takes the capitalised word that follows.
NAME_PARTICLES = frozenset("von van der den de del della di da dos das du le la bin ibn".split())
# English prefixes written before a name with a hyphen ("anti-Biden", "non-OPEC",
# "post-Brexit"), from the prefixes English dictionaries list as combining with proper
# adjectives and nouns.
_NAME_PREFIXES = frozenset("anti pro non un ex post pre neo pan mid counter".split())
# Words that join two parts of a name and never end one ("Bank of", "Arts and").
_JOINING_WORDS = frozenset("of and for in on".split())
_POSSESSIVES = frozenset({"'s", "’s"})
_OWN_POSSESSIVE = frozenset({"ORG", "FAC"})
_EXTEND_BEFORE = 2
_EXTEND_AFTER = 3
_PLACE_LABELS = frozenset({"GPE", "LOC"})
# Head nouns of institutions whose names go on with "of" or "for" and what they deal
# with or serve ("Commission for Europe", "Department of Trade"), from the heads of
# the institution names in the curated names files.
_INSTITUTION_HEADS = frozenset(
    """committee commission council school college university institute department
    ministry academy society association federation board bureau office agency
    authority foundation centre center court tribunal museum""".split()
)
_JOINED_LABELS = frozenset({"ORG", "FAC", "NORP"})
# Abbreviations of a country that end with a full stop (``without_recased_word``).
# With the country's name written in full, as a company's full name writes it ("United
# States Lines Inc", whose short name is "U.S. Lines").
_COUNTRY_ABBREVIATIONS = {"U.S.": "United States", "U.K.": "United Kingdom"}
_NOT_NAME_WORDS = (
    frozenset(
        """mayor governor senator sen rep representative president minister premier
        police council county state city province region north south east west northern
        southern eastern western central today i commissioner chief""".split()
    )
    | WEEKDAYS
    | MONTHS
)
# Roles that, capitalised after a name, make it a title before a person's name.
_ROLES = frozenset(
    """leader deputy whip speaker spokesperson chair chairperson ambassador envoy aide
    adviser advisor candidate nominee""".split()
)
# Titles that are not part of a person's name ("Prince Charles" is Charles, the prince;
# "Mr Blair" is Blair): the judging protocol keeps titles out of spans, and so does the
# within-document gold of bench/entity_eval.py. The canonical name keeps a royal title
# (tasks.entity_people reads it before the span); a form of address still decides
# between full names there ("Mrs Howard" is not Michael Howard).
_TITLES_OUT = ROYAL_TITLES | ADDRESS_TITLES
# Joining words of companies' names in the languages of wire copy's foreign companies
# (German, Dutch, French, Spanish, Portuguese, Italian: "Bank fuer Gemeinwirtschaft",
# "Banco de Bilbao", "Cie Financiere de Paribas"), which English never writes in
# lowercase between capitalised words.
FOREIGN_JOINS = frozenset(
    "fuer für und voor van der de des du della di del y et per do da dos das".split()
)
_FOREIGN_HEAD_WORDS = 4
# Words that end a partnership's or family firm's name after its "and" ("Mitsui and
# Co", "Alex. Brown and Sons", "Salomon and Brothers"), never a name of their own: the
# company suffixes of wire copy (tasks/data/entity_wire.toml) and the family nouns.
_PARTNERS = frozenset({"Co", "Co.", "Cos", "Company", "Sons", "Brothers", "Partners"})
# Legal forms that are also a place's code after a place's name ("Reno NV" in
# Nevada, "Cape Town SA", "the New York AG" for its attorney general).
_PLACE_CODES = frozenset({"NV", "SA", "AG"})
# A figure written with thousands separators ("365,897", "1,250.5").
_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
# The most words of a person's name run into "of" and a firm's.
_PERSON_WORDS = 3
# The last words of a firm's name of partners ("Benson Ltd", "Towbin Inc").
_FIRM_ENDS = COMPANY_SUFFIXES | frozenset({"co", "cos", "company"})
_JOINABLE = frozenset({"ORG", "NORP", "PRODUCT", "FAC", "WORK_OF_ART"})
_EXTENDABLE = frozenset({"ORG", "NORP", "PRODUCT", "FAC", "WORK_OF_ART", "EVENT"})
# The nouns that end the name of a unit of a government agency or a force ("Air and
# Marine Branch", "Tactics and Training Division"), none a company's.
_UNIT_NOUNS = frozenset("branch division directorate section command".split())
_FACILITY_HEADS = frozenset(
    "airport station stadium bridge arena tower park hall street road avenue".split()
)
# Titles that only a person's name follows, for ``titled_name``: forms of address,
# military and police ranks and the offices of tasks/data/person_titles.toml. Not the
# royal titles nor "Lord"/"Lady"/"Sir"/"Dame", which open names of places and
# buildings ("Prince Edward Island", "Lady Margaret Hall"), nor "General", "Major" or
# "Captain" ("General Motors", "Major League").
_RANKS = frozenset(
    """col colonel gen lt sgt capt adm admiral maj president senator governor sheikh
    brig""".split()
)


def trimmed(span: Span) -> Span:
    """``span`` without a leading dash, bullet or "a"/"an" (nor, for a person, a royal
    title, honour or form of address before a capitalised name), cut before a spaced
    dash, an opening quotation mark or a slash between names of several words inside it
    (a person's name after a spaced dash and words in capitals starts after the dash),
    and without trailing punctuation (nor, for a person, a trailing lowercase word; for
    an organisation or a place, a trailing "today" or "news", ``_NEVER_LAST``) or
    possessive."""
    start, end = span.start, span.end
    doc = span.doc
    # The words from the document's arrays (``text``, ``lower``): every mention is
    # trimmed, and most tests read a word only, not a Token made for it.
    strings = doc.vocab.strings
    orth, low = token_values(doc, "ORTH"), token_values(doc, "LOWER")

    def text(index: int) -> str:
        return strings[orth[index]]

    def lower(index: int) -> str:
        return strings[low[index]]

    label = span.label_
    articles_too = label != "WORK_OF_ART"
    while end - start > 1 and lower(start) in _LEADING_JUNK:
        if lower(start) in ("a", "an") and not articles_too:
            break
        start += 1
    # "all Federal Reserve Banks": a quantifier in lowercase counts the things named.
    while end - start > 1 and text(start) in _QUANTIFIERS and text(start + 1)[:1].isupper():
        start += 1
    # "anti-Biden", "non-OPEC": a prefix glued to a name by a hyphen is no part of it
    # (a particle is: "al-Qaeda").
    while (
        end - start > 2
        and text(start) in _NAME_PREFIXES
        and text(start + 1) == "-"
        and not doc[start].whitespace_
        and not doc[start + 1].whitespace_
        and text(start + 2)[:1].isupper()
    ):
        start += 2
    after = person_titles()[1]
    while (
        label == "PERSON"
        and end - start > 1
        and lower(start).rstrip(".") in titles_before_name()
        and text(start + 1)[:1].isupper()
    ):
        start += 1
    # "Prosecutor Jane Roe": a capitalised word news writes in lowercase (a role the
    # office list lacks), no given name itself, before a given name and a surname.
    if label == "PERSON" and end - start > 2 and _role_before_name(doc, start):
        start += 1
    # "Charles Harris QC": an honour or a rank after the name is no part of it.
    while label == "PERSON" and end - start > 2 and text(end - 1) in after:
        end -= 1
    # "Kenyan Bernard Lagat", "Belgian Willy de Clercq": a nationality before a given
    # name and a family name describes the person and is no part of the name.
    if (
        label == "PERSON"
        and lower(start) in demonyms()
        and text(start)[:1].isupper()
        and end - start > 2
        and is_first_name(text(start + 1))
        and _surname_at(doc, start + 2, end)
    ):
        start += 1
    if label == "PERSON":
        start = _after_affiliation(doc, start, end)
    for index in range(start + 1, end):
        word = text(index)
        spaced_dash = word in "-–—" and doc[index - 1].whitespace_
        if spaced_dash and label == "PERSON" and _name_after_dash(doc, start, index, end):
            # "ARRESTS – Chad Hull": the person is the part in title case.
            start = index + 1
            continue
        # "Davies (Tottenham": a bracket the span does not close opens an aside.
        unclosed = word in ("(", "[") and not any(text(i) in ")]" for i in range(index, end))
        if spaced_dash or unclosed or (word in _CUT_AT and word not in "-–—"):
            end = index
            break
        glued = word == "/" and not doc[index - 1].whitespace_ and not doc[index].whitespace_
        if glued and _names_of_words(doc[start:index], doc[index + 1 : end]):
            # "Alberto Riva/The Points Guy": a slash glued between two names of several
            # words joins two names (a photo credit); "AC/DC", "Royal Dutch/Shell" and
            # a spaced "Pale Blue Dot / Lift Off" (a title) stay.
            end = index
            break
    start, end = _longest_line_part(doc, start, end)
    # "* Isla Carmody": the line part taken may open with the next line's bullet.
    while end - start > 1 and text(start) in _BULLETS:
        start += 1
    # "Hauser et al. argue": the authors cited with a name, and what the model ran on
    # into, are no part of it. A reference list's "Renda F et al." (initials before
    # it) is left whole: the reference lines are read apart (tasks/entity_references).
    for index in range(start + 1, end - 1):
        if lower(index) != "et" or lower(index + 1) not in ("al", "al."):
            continue
        initials = text(index - 1).isupper() and len(text(index - 1)) <= 3
        if not initials:
            end = index
            break
    punct = token_values(doc, "IS_PUNCT")
    while end - start > 1 and punct[end - 1] and text(end - 1) not in ".)":
        end -= 1
    # "apologises to [George.  ]": the tokenizer keeps an initial's stop on its word
    # ("L."); a stop of its own after a person's name ends the sentence, and the white
    # space after it is no word. Not for other names: the verdicts keep the stop of a
    # legal form the tokenizer split off ("Great Western Financial corp.").
    # Both tests read the word's text (a Token's ``is_space`` is ``isspace()``): no
    # Token made for the last word of every person's name.
    while (
        label == "PERSON"
        and end - start > 1
        and (text(end - 1).isspace() or _sentence_stop(doc, end - 1))
    ):
        end -= 1
    # "the Lions Test side": a Test match after a side's name is no part of it (a
    # longer name holds it: "Great British Spelling Test").
    if label == "ORG" and end - start == 2 and text(end - 1) in ("Test", "Tests"):
        end -= 1
    # "Kate made [Meghan cry]", "said [Carney at] Merrill Lynch": a name ends with a name
    # word, never a lowercase verb, noun or preposition (particles such as "van", "bin",
    # "da" stand inside a name, not at its end).
    # ``_lowercase_end`` holds of a lowercase word only: most names end in none.
    while (
        label == "PERSON"
        and end - start > 1
        and text(end - 1).islower()
        and _lowercase_end(doc[end - 1])
    ):
        end -= 1
    while label in _NEVER_LAST_LABELS and end - start > 1 and text(end - 1) in _NEVER_LAST:
        end -= 1
    if end - start > 1 and _possessive(doc, start, end, span):
        end -= 1
    particle = lower(end - 1) in NAME_PARTICLES and end == span.end
    particle = particle and label == "PERSON"
    if particle and end - start > 1 and end < len(doc) and text(end)[:1].isupper():
        end += 1
    if label == "ORG" and end == span.end:
        end = _through_member_count(doc, end)
    if (start, end) == (span.start, span.end):
        return span
    return Span(doc, start, end, label=label)


def _sentence_stop(doc: Doc, index: int) -> bool:
    """Whether token ``index`` is a full stop of its own after a word of two letters
    or more without a stop inside ("George" ".", not "U.S" "." nor an initial "J" ".")."""
    if index == 0 or word_text(doc, index) != ".":
        return False
    word = word_text(doc, index - 1)
    return len(word) > 1 and "." not in word and word[-1:].isalnum()


def without_figure(span: Span, is_place: Callable[[str], bool]) -> Span | None:
    """A name the model ran into the figure after it in a table's row ("Ruritania
    365,897", "the Great Hall as 3,000"): the span without the figure, written with
    thousands separators (a year's, a model's or a version's number has none), nor the
    lowercase words before it; a place when ``is_place`` knows the rest, whatever the
    model took the whole for. ``None`` when the span ends otherwise."""
    doc = span.doc
    end = span.end
    # The words from the document's array: nearly no name ends in a figure.
    while end - span.start > 1 and _FIGURE.fullmatch(word_text(doc, end - 1)):
        end -= 1
    if end == span.end:
        return None
    while end - span.start > 1 and doc[end - 1].is_lower:
        end -= 1
    rest = Span(doc, span.start, end, label=span.label_)
    if is_place(rest.text):
        rest.label_ = "GPE"
    return rest


# The word a wire table writes for a zero amount after a place's name ("CASCAVEL NIL,
# LONDRINA 0.2 MILLIMETRES": a rainfall or a stock table), in capitals as such tables are.
_NIL = frozenset({"NIL"})


def without_nil(span: Span, is_place: Callable[[str], bool]) -> Span | None:
    """A name the model ran into a table's "NIL" after it ("SANTA CLARA NIL,"): the
    span without it, a place when ``is_place`` knows the rest or the gazetteer's
    cities do (written as GeoNames writes them, "Santa Clara"); ``None`` when the
    span ends otherwise or is the word alone."""
    if len(span) < 2 or word_text(span.doc, span.end - 1) not in _NIL:
        return None
    rest = Span(span.doc, span.start, span.end - 1, label=span.label_)
    if is_place(rest.text) or rest.text.title() in city_names():
        rest.label_ = "GPE"
    return rest


def without_article(span: Span, label: str) -> Span:
    """The span a mention stores: without a leading "the" (the judging protocol's
    span: "the River Thames" is "River Thames"). Kept: a title's own "The" ("The Sea
    Inside"), and a "The" in capitals inside a sentence, which the writer made part of
    the name ("told The Times", "in The Hague"); a sentence's opening "The" is the
    sentence's. Applied to the stored offsets only: the rules before read the article
    as the model gave it."""
    # The first word from the document's array: most mentions open with no article.
    doc = span.doc
    if label == "WORK_OF_ART" or len(span) < 2:
        return span
    if doc.vocab.strings[token_values(doc, "LOWER")[span.start]] != "the":
        return span
    if span[0].text == "The" and not opens_line_or_sentence(span[0]):
        # "said: The Bank…", "“The White House has…": a colon or an opening mark glued
        # to it opens a sentence too.
        before = span.doc[span.start - 1]
        opened = before.text == ":" or (before.text in _OPENING_MARKS and not before.whitespace_)
        if not opened:
            return span
    kept = span[1:]
    kept.label_ = span.label_
    return kept


@cache
def person_title_lists() -> dict[str, frozenset[str]]:
    """Each list of ``tasks/data/person_titles.toml`` by its name: the offices written
    before a name (lowercase), the post-nominals and degrees written after one (as
    written)."""
    source = resources.files("tasks") / "data" / "person_titles.toml"
    lists = tomllib.loads(source.read_text(encoding="utf-8"))
    return {name: frozenset(words) for name, words in lists.items()}


def person_titles() -> tuple[frozenset[str], frozenset[str]]:
    """The offices written before a name and the post-nominals written after one."""
    lists = person_title_lists()
    return lists["before_name"], lists["post_nominals"]


@cache
def titles_before_name() -> frozenset[str]:
    """What a person's span loses at its start: royal titles, forms of address,
    offices and roles ("Cinematographer John Mathieson"), in lowercase."""
    return _TITLES_OUT | person_titles()[0] | PERSON_TITLES


def _surname_at(doc: Doc, index: int, end: int) -> bool:
    """Whether a family name opens at ``doc[index]`` (before ``end``): a capitalised
    word, or a lower-case particle before one ("de Clercq", "van Gaal")."""
    word = doc[index]
    if word.text[:1].isupper():
        return True
    return word.lower_ in NAME_PARTICLES and index + 1 < end and doc[index + 1].text[:1].isupper()


def _role_before_name(doc: Doc, start: int) -> bool:
    """Whether ``doc[start]`` is a common word written as a title before a listed
    given name and a capitalised surname."""
    role, given, surname = doc[start], doc[start + 1], doc[start + 2]
    return (
        role.text[:1].isupper()
        and role.lower_ in common_words()
        and not is_first_name(role.text)
        and is_first_name(given.text)
        and surname.text[:1].isupper()
    )


@cache
def _affiliations() -> dict[int, frozenset[tuple[str, ...]]]:
    """The party affiliations written before a name, as word tuples, by length."""
    phrases = [tuple(a.split()) for a in person_title_lists()["affiliations_before_name"]]
    return {n: frozenset(p for p in phrases if len(p) == n) for n in {len(p) for p in phrases}}


def _after_affiliation(doc: Doc, start: int, end: int) -> int:
    """Where a person's name starts after a party affiliation and an office written
    before it ("Lib Dem MP Lembit Opik", "MEP Jo Corry" are Lembit Opik and Jo Corry):
    they are cut only when a name of at least two capitalised words is left."""
    rest = start
    # Most names open with no affiliation's first word: no phrase is looked at then.
    if word_lower(doc, start) in _affiliation_openers():
        for size, phrases in _affiliations().items():
            words = doc[start : start + size]
            if tuple(t.lower_ for t in words) in phrases and all(
                t.text[:1].isupper() for t in words
            ):
                rest = start + size
                break
    offices = person_titles()[1]
    while rest < end and word_text(doc, rest) in offices:
        rest += 1
    if rest == start:
        return start
    name = doc[rest:end]
    if len(name) >= 2 and all(t.text[:1].isupper() for t in name[:2]):
        return rest
    return start


@cache
def _affiliation_openers() -> frozenset[str]:
    """The first words of the party affiliations (lowercase)."""
    return frozenset(phrase[0] for phrases in _affiliations().values() for phrase in phrases)


def _names_of_words(*parts: Span) -> bool:
    """True when each part holds at least two capitalised words."""
    return all(sum(t.text[:1].isupper() for t in part) > 1 for part in parts)


def _possessive(doc, start: int, end: int, span: Span) -> bool:
    """True when the "'s" closing tokens ``start:end`` marks a possessive, not a part of
    the name ("David Blunkett's tackle", "Fatboy Slim's Palookaville"). The name of a
    company or a building may end in one ("Sainsbury's", "Moody's", "St Mary's"): there
    only when the document also writes the name without it ("Tesco's profits" beside
    "Tesco"), and never after a number ("BBC Radio 4's")."""
    # The last word from the array: most names end in no "'s", and make no Token.
    if doc.vocab.strings[token_values(doc, "LOWER")[end - 1]] not in _POSSESSIVES:
        return False
    saint = end - start >= 3 and doc[end - 3].text.rstrip(".") in ("St", "Saint")
    if saint and span.label_ != "PERSON":
        # "St Andrew's", "St Mary's": a place or a church named after a saint owns it.
        return False
    if span.label_ not in _OWN_POSSESSIVE or doc[end - 2].like_num:
        # A name ending in a number ("BBC Radio 4's", "Channel 4's") owns no "'s".
        return True
    if org_head([doc[end - 2].text]) or doc[end - 2].lower_ == "party":
        # Nor one ending in a legal form or an institution's or a party's head noun
        # ("Acme Corp's", "the Green Party's").
        return True
    first = start + 1 if doc[start].lower_ == "the" and end - start > 2 else start
    bare = doc[first : end - 1].text
    text = doc_text(doc)
    if end - first > 2 and (_written_bare(text, doc[end - 2].text) or possessed_after(doc, end)):
        # A name of several words whose last the document writes alone is a person's
        # ("Jane Doe's" where "Doe" is named), not a brand's ("Trader Joe's"); one
        # before a noun owns it ("the Science Museum's collection").
        return True
    return _written_bare(text, bare)


def brand_possessive(span: Span) -> bool:
    """True when the "'s" a span kept is a brand's own ("Wendy's said"): one word
    before it, and no noun it would own after it ("Acme's profits")."""
    own = span.label_ in _OWN_POSSESSIVE and span[-1].lower_ in ("'s", "’s")
    return own and len(span) == 2 and not possessed_after(span.doc, span.end)


def possessed_after(doc: Doc, end: int) -> bool:
    """True when the words after an "'s" ending at ``end`` open what it owns (a noun,
    an adjective or a number: "Acme's new plant"), not the sentence going on ("Acme's
    said", "at Acme's.")."""
    return end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN", "ADJ", "NUM")


def _written_bare(text: str, bare: str) -> bool:
    """True when ``text`` writes ``bare`` as a word without an "'s" after it."""
    position = text.find(bare)
    while position >= 0:
        after = text[position + len(bare) : position + len(bare) + 2]
        before = text[position - 1 : position] if position else " "
        if after.replace("’", "'") != "'s" and not after[:1].isalnum() and not before.isalnum():
            return True
        position = text.find(bare, position + 1)
    return False


def completed_name(span: Span) -> Span | None:
    """A name the model ended on a word that joins two parts of a name ("Global Trade
    Resilience and", "Acme Ltd of"): widened over the capitalised words or the number
    that follow it on its line ("... and Crisis Centre", "the Great Slump of 1929"),
    but cut before the joining word when a company's legal form, a person's name or a
    product comes before it ("Acme Ltd [of Ruritania]", "Tom Brown [of Brown and Co]",
    "the Zed 9 [and Zed 9 Max]"), when only a place follows a word that heads no
    institution ("Acme Menswear [of Boston]", but "Bank of Canada"), when the span holds
    a bracket or a comma, or when nothing fit follows. ``None`` when the span ends
    otherwise, or when a role follows (the words open a title: "Texas Savings and
    Loan Commissioner Jo Bell")."""
    doc = span.doc
    if len(span) < 2 or span[-1].lower_ not in _JOINING_WORDS or not span[-1].is_lower:
        return None
    cut = Span(doc, span.start, span.end - 1, label=span.label_)
    before = span[-2]
    if span.label_ in ("PERSON", "PRODUCT") or before.lower_.rstrip(".") in COMPANY_SUFFIXES:
        return cut
    if any(token.text in "(," for token in span):
        return cut
    end = span.end
    while end < len(doc) and end - span.end <= _EXTEND_AFTER:
        token = doc[end]
        if "\n" in doc[end - 1].whitespace_ or not doc[end - 1].whitespace_:
            break
        if _role_word(token) or token.lower_.rstrip(".") in _person_only_titles():
            return None
        capitalised = token.text[:1].isupper() and token.text.rstrip(".").isalpha()
        number = token.like_num and end == span.end
        joining = token.lower_ in _JOINING_WORDS and token.is_lower and end > span.end
        if not (capitalised or number or joining):
            break
        end += 1
    while end > span.end and doc[end - 1].lower_ in _JOINING_WORDS:
        end -= 1
    added = doc[span.end : end]
    place = all(token.ent_type_ in _PLACE_LABELS for token in added)
    if not added or (place and not org_head([before.text])):
        return cut
    return Span(doc, span.start, end, label=span.label_)


def with_foreign_head(span: Span) -> Span | None:
    """A company's name in another language that the model began after its lowercase
    joining word ("Bank fuer [Gemeinwirtschaft AG]", "Banco Portugues de
    [Investimento]"): widened over that word and the (at most four) capitalised words
    before it on its line; ``None`` for any other span. A span of another type after
    the joining word is such a name when the model took the word before the joining
    word alone for a company and the span for a person or a place ("[Banco] do
    [Brasil]")."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text not in FOREIGN_JOINS:
        return None
    # "[Banco] do": the head is one word the model took alone for a company.
    head = doc[span.start - 2]
    head_ends_company = (
        head.ent_type_ == "ORG" and head.ent_iob_ == "B" and doc[span.start - 1].ent_iob_ != "I"
    )
    if span.label_ != "ORG" and not (head_ends_company and span.label_ in ("PERSON", "GPE")):
        return None
    start = span.start - 1
    while (
        start > 0
        and span.start - start <= _FOREIGN_HEAD_WORDS
        and doc[start - 1].text[:1].isupper()
        and doc[start - 1].is_alpha
        and "\n" not in doc[start - 1].whitespace_
        and doc[start - 1].lower_ not in ("the", "a", "an")
    ):
        start -= 1
    return Span(doc, start, span.end, label="ORG") if start < span.start - 1 else None


def with_campus(span: Span) -> Span | None:
    """A university followed by one of its campuses' city: a state's university, a
    comma and the city ("University of California, Santa Cruz"), or any university, a
    dash and the city ("Rutgers University – Camden", "University of Wisconsin-Madison";
    the verdicts span both whole): the span with the city, else ``None``. After a comma
    the city must end the name (no capitalised word after it); a dash between a
    university and a city names a campus wherever it stands, even in a list that runs
    on into the next name ("Rutgers University – Camden Orlando Patterson")."""
    doc = span.doc
    end = span.end
    if end + 1 >= len(doc) or doc[end].text not in _CAMPUS_MARKS:
        return None
    comma = doc[end].text == ","
    # A state's name has one word or two ("University of North Carolina, Chapel Hill").
    state = next(
        (
            span[-size:]
            for size in (1, 2)
            if len(span) >= size + 2
            and span[-size - 1].lower_ == "of"
            and span[-size - 2].lower_ == "university"
        ),
        None,
    )
    of_state = state is not None and state.text.casefold() in subdivision_names()
    if not of_state and (comma or span[-1].lower_ != "university"):
        return None
    for size in (2, 1):
        city = doc[end + 1 : end + 1 + size]
        after = end + 1 + size
        if len(city) < size or (comma and _name_word_at(doc, after)):
            continue
        # After a dash, also a city the model took for a place ("Camden"): the big
        # cities' list lacks most campus towns.
        tagged = not comma and all(token.ent_type_ == "GPE" for token in city)
        if city.text in city_names() or tagged:
            return Span(doc, span.start, after, label=span.label_)
    return None


def _name_after_dash(doc, start: int, dash: int, end: int) -> bool:
    """True when no word before the dash at ``dash`` is in title case and the word after
    it is: a heading or label in capitals before the name ("ARRESTS – Chad Hull")."""
    before = [t for t in doc[start:dash] if t.is_alpha]
    after = doc[dash + 1] if dash + 1 < end else None
    return after is not None and after.is_title and not any(t.is_title for t in before)


def _longest_line_part(doc, start: int, end: int) -> tuple[int, int]:
    """The part of tokens ``start:end`` on one line, the longest (the first on a tie):
    a name never runs from one line, heading or table cell into the next ("Dezuka
    Suisan" + "Additional Information")."""
    text = doc_text(doc)
    # The offsets from the document's array: no Token made for every name.
    offsets = token_values(doc, "IDX")
    stop = offsets[end] if end < len(doc) else len(text)
    if "\n" not in text[offsets[start] : stop]:
        return start, end
    parts: list[tuple[int, int]] = []
    first = start
    for index in range(start, end):
        token = doc[index]
        if "\n" in token.text or "\n" in token.whitespace_:
            last = index if token.is_space else index + 1
            if last > first:
                parts.append((first, last))
            first = index + 1
    if not parts:
        return start, end
    if end > first:
        parts.append((first, end))
    return max(parts, key=lambda part: part[1] - part[0])


def _lowercase_word(token: Token) -> bool:
    return token.is_lower and token.pos_ in ("NOUN", "VERB", "ADJ", "ADV", "AUX")


def _through_member_count(doc: Doc, end: int) -> int:
    """The end of a club of countries named by its number of members ("the Group of
    24", "Group of Seven") where the model stopped at "Group" or at "of"."""
    # The last word from the array first: nearly no name ends in "Group" or "of".
    strings = doc.vocab.strings
    last, last_lower = token_values(doc, "ORTH")[end - 1], token_values(doc, "LOWER")[end - 1]
    if strings[last] != "Group" and strings[last_lower] != "of":
        return end
    if doc[end - 1].text == "Group" and end < len(doc) and doc[end].lower_ == "of":
        number = end + 1
    elif end > 1 and doc[end - 1].lower_ == "of" and doc[end - 2].text == "Group":
        number = end
    else:
        return end
    counted = number < len(doc) and doc[number].like_num and not doc[number].text[:1].islower()
    return number + 1 if counted else end


def _lowercase_end(token: Token) -> bool:
    """Whether a person's name cannot end with ``token``: a lowercase content word, or
    a lowercase preposition, article or conjunction that is no name particle."""
    if _lowercase_word(token):
        return True
    return (
        token.is_lower
        and token.pos_ in ("ADP", "DET", "CCONJ", "SCONJ")
        and token.lower_ not in NAME_PARTICLES
    )


def _name_word_at(doc: Doc, index: int) -> bool:
    """Whether a capitalised word stands at ``index`` (a name of its own may follow)."""
    return index < len(doc) and doc[index].text[:1].isupper() and doc[index].is_alpha


def with_amenity(span: Span) -> Span | None:
    """A hotel's name the model ended before "and" or "&" and an amenity ("[Royal
    Palms Resort] and Spa"): the span with them, else ``None``. Not when a capitalised
    word follows the amenity (a name of its own: "Resort and Spa Group")."""
    doc = span.doc
    end = span.end
    # The word after from the document's array first: nearly no name stands before "and".
    if end + 1 >= len(doc) or word_text(doc, end) not in ("and", "&"):
        return None
    last = span[-1]
    if not last.is_title:
        return None
    if last.lower_ not in LODGING_HEADS:
        return None
    for size in (2, 1):
        after = end + 1 + size
        amenity = doc[end + 1 : after]
        if len(amenity) == size and amenity.text in AMENITIES and not _name_word_at(doc, after):
            return Span(doc, span.start, after, label=span.label_)
    return None


def with_number(span: Span) -> Span | None:
    """A name the model cut after a number that the document writes before it every
    time, at least twice ("50 [Cent]" … "50 [Cent]'s album"): the span with the
    number ("50 Cent"), else ``None``."""
    doc = span.doc
    before = span.start - 1
    if before < 0 or not doc[before].text.isdigit() or doc[before].whitespace_ != " ":
        return None
    text = doc_text(doc)
    number, written_name = doc[before].text, span_text(span)
    # Each match below is an occurrence of the number and the name, no two overlapping:
    # fewer than two occurrences, and no pattern need be compiled for this name.
    if text.count(f"{number} {written_name}") < 2:
        return None
    name = re.escape(written_name)
    written = len(re.findall(rf"(?<![\w'’-]){name}(?![\w'’-])", text))
    numbered = len(re.findall(rf"(?<![\w.,]){number} {name}(?![\w'’-])", text))
    if numbered < 2 or numbered != written:
        return None
    return Span(doc, before, span.end, label=span.label_)


def with_legal_form(span: Span) -> Span | None:
    """A company's name the model ended before the legal form written just after it
    on its line ("[Acme Pumps] Cos said", "[Zed Holdings] Inc, which"): the span widened
    over the legal forms ("Co Ltd" both), an organisation; else ``None``. Only legal
    forms in capitals that end the name: a capitalised word after one makes it no legal
    form ("Co Antrim", the Irish county), nor does a hyphen ("Co-op"); after a place
    "NV", "SA" and "AG" are a state's or a country's code or an office."""
    doc = span.doc
    place = span.label_ in ("GPE", "LOC")
    end = span.end
    while (
        end < len(doc)
        and _legal_form_word(doc[end])
        and doc[end - 1].whitespace_ == " "
        and not (place and doc[end].text in _PLACE_CODES)
    ):
        end += 1
    if end == span.end:
        return None
    if end < len(doc):
        after = doc[end]
        if after.text == "-" or (after.text[:1].isupper() and after.is_alpha):
            return None
    return Span(doc, span.start, end, label="ORG")


# Legal forms wire copy sometimes writes in lower case after a company's name ("Acme
# Pumps co said", "Zed Holding corp, a maker of"): their short forms only, which no
# English sentence writes as a word of its own ("company" or "limited" are words).
_LOWER_LEGAL_FORMS = frozenset({"co", "cos", "corp", "inc", "ltd"})


def with_lowercase_legal_form(span: Span) -> Span | None:
    """A company's name the model ended before a legal form written in lower case just
    after it ("[Acme Pumps] co said", "[Zed] co Pty Ltd"): the span widened over the
    legal forms, an organisation; else ``None``. Only after a name of capitalised
    words, a lowercase short form (``_LOWER_LEGAL_FORMS``) and the capitalised ones
    after it; not before a hyphen ("co-op") or a capitalised word that no legal form
    is ("Acme co Director"), nor after a place's code."""
    doc = span.doc
    end = span.end
    if (
        end >= len(doc)
        or doc[end].text.rstrip(".") not in _LOWER_LEGAL_FORMS
        or not span[-1].text[:1].isupper()
        or doc[end - 1].whitespace_ != " "
    ):
        return None
    end += 1
    while end < len(doc) and _capitalised_legal_form(doc[end]) and doc[end - 1].whitespace_ == " ":
        end += 1
    if end < len(doc):
        after = doc[end]
        if after.text == "-" or (after.text[:1].isupper() and after.is_alpha):
            return None
    return Span(doc, span.start, end, label="ORG")


def _capitalised_legal_form(token: Token) -> bool:
    """Whether ``token`` is a capitalised legal form of any country ("Inc", "Pty", "Bhd")."""
    return token.text[:1].isupper() and token.text.rstrip(".").casefold() in LEGAL_FORMS


def cased_legal_form(name: str) -> str:
    """``name`` with a trailing short legal form written in lower case capitalised as
    wire copy mostly writes it ("Acme Pumps co" -> "Acme Pumps Co"); other names as
    they are ("Barclays Bank plc" keeps the British form)."""
    words = name.split(" ")
    end = len(words)
    while end > 1 and words[end - 1].rstrip(".").casefold() in LEGAL_FORMS:
        end -= 1
    if end == len(words):
        return name
    forms = [w.capitalize() if w.rstrip(".") in _LOWER_LEGAL_FORMS else w for w in words[end:]]
    return " ".join(words[:end] + forms)


def with_second_field(span: Span, is_place: Callable[[str], bool]) -> Span | None:
    """An institution named for two fields joined by "and" that the model cut at the
    "and" ("[Dunmore School of Alchemy] and Astronomy", "[Glenrock College of Art] and
    Design"), or a unit of two services ("[Dunmore Air] and Marine Branch"): widened
    over the "and" and the capitalised words after it that no entity claims, or that
    the model took for an organisation of their own (``_unclaimed``). The name
    has "of" and one or two capitalised words after it, no place ("Bank of England and
    Barclays" lists two), and one capitalised word follows the "and" before a mark, the
    line's end or a lowercase word that is no noun ("Bank of England and Treasury
    officials" names two); or the words after the "and" end with a unit's noun
    (``_UNIT_NOUNS``). ``None`` otherwise."""
    doc = span.doc
    end = span.end
    if span.label_ != "ORG" or end + 1 >= len(doc) or doc[end].lower_ not in ("and", "&"):
        return None
    unit = _unit_after_and(doc, end + 1)
    if unit is not None:
        return Span(doc, span.start, unit, label="ORG")
    fields = [token for token in span[1:] if token.lower_ == "of"]
    if not fields:
        return None
    field = doc[fields[-1].i + 1 : end]
    if not 1 <= len(field) <= 2 or not all(_capitalised_word(t) for t in field):
        return None
    if is_place(field.text) or field.text in city_names():
        return None
    second = doc[end + 1]
    if not _capitalised_word(second) or not _unclaimed(doc[end + 1 : end + 2]):
        return None
    if is_place(second.text):
        return None
    after = doc[end + 2] if end + 2 < len(doc) else None
    if after is not None and not _ends_field(after, second):
        return None
    return Span(doc, span.start, end + 2, label="ORG")


def _capitalised_word(token: Token) -> bool:
    return token.is_alpha and token.text.istitle()


def _ends_field(after: Token, word: Token) -> bool:
    """Whether ``after`` closes a name ending with ``word``: a mark, a line break or a
    lowercase word that is no noun nor "of"."""
    if "\n" in word.whitespace_ or after.is_punct:
        return True
    # "of" opens a second name ("Group of Five and Group of Seven").
    return after.is_lower and after.pos_ not in ("NOUN", "PROPN") and after.lower_ != "of"


def _unclaimed(words: Span) -> bool:
    """Whether no entity claims ``words``, or one organisation of the model's is just
    those words ("[Dunmore Air] and [Marine Branch]")."""
    doc = words.doc
    if all(token.ent_iob_ == "O" for token in words):
        return True
    after = doc[words.end] if words.end < len(doc) else None
    return (
        words[0].ent_iob_ == "B"
        and words[0].ent_type_ == "ORG"
        and all(token.ent_iob_ == "I" for token in words[1:])
        and (after is None or after.ent_iob_ != "I")
    )


def _unit_after_and(doc: Doc, start: int) -> int | None:
    """The end of one or two capitalised words from ``start`` (``_unclaimed``) whose
    last is a unit's noun ("Marine Branch"), ``None`` for none."""
    for size in (2, 1):
        words = doc[start : start + size]
        if len(words) != size or not all(_capitalised_word(t) for t in words):
            continue
        if not _unclaimed(words):
            continue
        if words[-1].lower_ in _UNIT_NOUNS and "\n" not in words.text:
            return start + size
    return None


def with_partner_before(span: Span, is_place: Callable[[str], bool]) -> Span | None:
    """A company's name the model opened after "and" or "&", leaving out the partner's
    name before it ("against Everly and [Jennings Canadian Ltd]"): the span widened
    over the one capitalised word before "and" that no entity claims or the model took
    for a place alone that ``is_place`` does not know (a surname, as wire copy's rules
    read it: part of the company's name, tasks/entity_wire.py), an organisation; else
    ``None``; "Canada and [Dome Petroleum Ltd]" lists a country. Only a span that ends with a
    legal form, and a partner's word after a lowercase word (not after a ticker or a
    bracket, which end another company's name, nor the last of a run of capitalised
    words), no legal form, no common word and no sentence's first word; a
    partner the model took for a company or a person is a name of its own ("Acme and
    Zed Corp")."""
    doc = span.doc
    if span.label_ != "ORG" or len(span) < 2 or span.start < 3:
        return None
    if not _legal_form_word(span[-1]) or doc[span.start - 1].text not in ("and", "&"):
        return None
    partner, before = doc[span.start - 2], doc[span.start - 3]
    if (
        not (partner.ent_iob_ == "O" or _place_alone(partner))
        or is_place(partner.text)
        or not partner.is_alpha
        or not partner.text.istitle()
        or partner.is_sent_start
        or partner.lower_ in common_words()
        or _legal_form_word(partner)
        or not (before.is_alpha and before.is_lower)
    ):
        return None
    return Span(doc, partner.i, span.end, label="ORG")


# The words at a span's edges that the edge repairs look for (``may_repair_at_edges``):
# before it, a foreign name's joining word, a name particle or a partner's "and"; after
# it, a legal form in any case or a comma (a campus).
_EDGE_BEFORE = FOREIGN_JOINS | NAME_PARTICLES | frozenset({"and", "&"})
_EDGE_AFTER = _FIRM_ENDS | _LOWER_LEGAL_FORMS
# What parts a university from its campus's city (``with_campus``).
_CAMPUS_MARKS = frozenset({",", "-", "–", "—"})


def may_repair_at_edges(span: Span) -> bool:
    """Whether one of the edge repairs (``completed_name``, ``with_campus``,
    ``with_foreign_head``, ``with_number``, ``with_legal_form``,
    ``with_lowercase_legal_form``, ``without_place_after_form``, ``with_name_particle``,
    ``with_partner_before``) may change ``span``: each needs a word of its own just
    before or after it, a joining word ending it or three words at least. False means
    none of them can; the words are read from the document's arrays, no Token made."""
    start, end = span.start, span.end
    if end - start >= 3:
        return True
    doc = span.doc
    strings = doc.vocab.strings
    if end - start == 2 and strings[token_values(doc, "LOWER")[end - 1]] in _JOINING_WORDS:
        return True
    orth = token_values(doc, "ORTH")
    if end < len(doc):
        after = strings[orth[end]]
        if after in _CAMPUS_MARKS or after.rstrip(".").casefold() in _EDGE_AFTER:
            return True
    if start > 0:
        before = strings[orth[start - 1]]
        return before in _EDGE_BEFORE or before.isdigit()
    return False


# The words after a name that a repair after the edge repairs joins it over: "and" or
# "&" (``with_amenity``, ``with_second_field``, ``across_joins``, ``work_after_hero``),
# "of" or "for" (``across_joins``), a series' colon (``series_title``), a guide's link
# (``guide_title``).
_JOINED_AFTER = frozenset({"and", "&", "of", "for", ":"}) | GUIDE_LINKS


def may_repair_after_edges(span: Span) -> bool:
    """Whether one of the repairs run after the edge repairs (``with_amenity``,
    ``with_second_field``, ``titled_name``, ``name_around_place``, ``name_after``,
    ``with_given_name_before``, ``across_joins``, ``series_title``, ``work_after_hero``,
    ``guide_title``, ``life_story_title``, ``paired_title``, ``country_of_currency``,
    ``headline_place`` and, in ``tasks.entities``, the country alone, glued people and
    the opening verb) may change ``span``. Each needs one of: a person; an organisation
    of three words; a capitalised word or a joining word or mark after it
    (``_JOINED_AFTER``); a title two words before a one-word name; "of" or "for" before
    its last word, or an institution's head noun last; a currency word last; two words;
    a slash; or capitals throughout. False means none of them can; the words are read
    from the document's arrays, no Token made."""
    label = span.label_
    start, end = span.start, span.end
    if label == "PERSON" or (label == "ORG" and end - start >= 3):
        return True
    doc = span.doc
    strings = doc.vocab.strings
    lower = token_values(doc, "LOWER")
    if end < len(doc):
        if word_text(doc, end)[:1].isupper():
            return True
        if end + 1 < len(doc) and strings[lower[end]] in _JOINED_AFTER:
            return True
    size = end - start
    titled = size == 1 and start >= 2
    if titled and strings[lower[start - 2]].rstrip(".") in _person_only_titles():
        return True
    if size == 2 and label not in ("GPE", "EVENT"):
        return True
    if size >= 3 and strings[lower[end - 2]] in ("of", "for"):
        return True
    last = strings[lower[end - 1]]
    if last in currency_units() or (size > 1 and start >= 2 and last in _INSTITUTION_HEADS):
        return True
    text = span_text(span)
    return "/" in text or (size >= 2 and text.isupper())


def _place_alone(token: Token) -> bool:
    """Whether the model took ``token`` alone for a place."""
    return (
        token.ent_type_ in _PLACE_LABELS
        and token.ent_iob_ == "B"
        and (token.i + 1 == len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I")
    )


def _legal_form_word(token: Token) -> bool:
    """Whether ``token`` is a capitalised legal form ("Inc", "Corp.", "Cos", "Plc")."""
    return _legal_form_text(token.text)


def _legal_form_text(word: str) -> bool:
    """``_legal_form_word`` of a word's text, read where no Token is made for it."""
    return word[:1].isupper() and word.rstrip(".").casefold() in _FIRM_ENDS


def person_of_firm(
    span: Span,
    alone: frozenset[str],
    is_place: Callable[[str], bool],
    surnames: frozenset[str] = frozenset(),
) -> list[Span] | None:
    """A person's name the model ran over "of" and the name of the person's firm or
    town into one span ("[Jo Bloggs of Acme and Partners] said", typed a work or a
    company): the person, and the name after "of", an organisation or, when
    ``is_place`` knows it, a place; else ``None``. The person is two or three
    capitalised words before the first "of", the last of them a name the model typed a
    person alone elsewhere in the document (``alone``: "Bloggs said"), so an
    institution's head ("Bank of England") is never cut; or one word that is the
    surname of a person the document names in full before "of" (``surnames``:
    "[Bloggs of Acme] said" after "Jo Bloggs of Acme Corp said")."""
    doc = span.doc
    # The text first: most names hold no "of", and then no word is read.
    if "of" not in span_text(span):
        return None
    # A lowercase "of" is the word "of" as written: found in the document's array, with
    # no Token made for each word of every mention.
    orth, of_id = token_values(doc, "ORTH"), doc.vocab.strings["of"]
    ofs = [index for index in range(span.start, span.end) if orth[index] == of_id]
    if not ofs:
        return None
    of = ofs[0]
    before, after = doc[span.start : of], doc[of + 1 : span.end]
    surname = len(before) == 1 and before[0].text in surnames
    if not (surname or 2 <= len(before) <= _PERSON_WORDS) or not len(after):
        return None
    if not all(token.is_alpha and token.text[:1].isupper() for token in before):
        return None
    if not (surname or before[-1].text in alone) or not after[0].text[:1].isupper():
        return None
    person = Span(doc, span.start, of, label="PERSON")
    label = "GPE" if is_place(after.text) else "ORG"
    return [person, Span(doc, of + 1, span.end, label=label)]


def as_named_elsewhere(spans: list[Span]) -> list[Span]:
    """Each span widened over up to two words on either side, on its line, to the
    longest name that another span of the document has exactly ("[Han] [Lee]" where
    "Han Lee" is named before; "Lagat" after "Bernard Lagat"), with that span's label;
    only a name of capitalised words, and of those only capitalised words, no title
    ("Ms Lomax" stays "Lomax") and no word of a span that the widening would cut, are
    taken. A company's name without its legal form is a known name too ("[Acme]
    [Canada] site" after "Acme Canada Inc", the model's group and place). ``spans`` in
    text order, the result too (overlaps are left to the caller)."""
    if not spans:
        return spans
    doc = spans[0].doc
    named = [span for span in spans if len(span) > 1]
    named += [core for span in named if (core := _before_legal_forms(span)) is not None]
    labels: dict[str, str] = {}
    for span in named:
        labels.setdefault(span_text(span), span.label_)
    # Only a stretch that starts and ends as a known name does can be one (cheap): the
    # words compared as the ORTH array's values, no Token made for each.
    orth = token_values(doc, "ORTH")
    firsts = {orth[span.start] for span in named}
    lasts = {orth[span.end - 1] for span in named}
    owner = {index: span for span in spans for index in range(span.start, span.end)}
    widened = []
    for span in spans:
        best = span
        for start in range(max(span.start - _EXTEND_BEFORE, 0), span.start + 1):
            if orth[start] not in firsts:
                continue
            for end in range(min(span.end + _EXTEND_BEFORE, len(doc)), span.end - 1, -1):
                if end - start <= len(best) or orth[end - 1] not in lasts:
                    continue
                text = span_text(doc[start:end])
                known = text in labels and text != span_text(span) and _all_capitalised(text)
                added = [*doc[start : span.start], *doc[span.end : end]]
                if known and all(map(_widens, added)) and _takes_whole_spans(owner, start, end):
                    best = Span(doc, start, end, label=labels[text])
        widened.append(best)
    return widened


def _before_legal_forms(span: Span) -> Span | None:
    """The words of a company's name of two words or more before its legal forms, as
    an ORG span ("Acme Canada" of "Acme Canada Inc"); ``None`` for a name without one."""
    if span.label_ != "ORG":
        return None
    end = span.end
    while end - span.start > 2 and is_legal_form(span.doc[end - 1].text, span.doc[end - 2].text):
        end -= 1
        if span.doc[end - 1].text == ",":
            end -= 1
    if end == span.end or end - span.start < 2:
        return None
    return Span(span.doc, span.start, end, label="ORG")


def _widens(token: Token) -> bool:
    """True for a word a name may take on: a capitalised word, not a title ("Ms
    [Lomax]" is Lomax) nor a lowercase word or a number ("[La Traviata] and",
    "non-[US]", "714 [University Hall]")."""
    lower = token.lower_.rstrip(".")
    if lower in PERSON_TITLES or lower in _TITLES_OUT:
        return False
    # A brand's own "'s" ("Wendy's" named so elsewhere): only a span that kept it
    # names it.
    return (token.is_alpha and token.text[:1].isupper()) or lower in _POSSESSIVES


def _all_capitalised(text: str) -> bool:
    """True for a name of capitalised words only, on one line ("Nazi Germany", not
    "Python 2 and Python")."""
    return "\n" not in text and all(word[:1].isupper() for word in text.split())


def _takes_whole_spans(owner: dict[int, Span], start: int, end: int) -> bool:
    """True when every span with a token in ``start:end`` lies inside it."""
    return all(
        owner[index].start >= start and owner[index].end <= end
        for index in range(start, end)
        if index in owner
    )


def coordinated(span: Span, times_named: Callable[[str], int]) -> list[Span]:
    """Two names the model ran into one across "and" or "&" ("[Everton and Arsenal]"),
    or two one-word organisations across a comma of a list ("[Zotac, Asus]"):
    one span each when the document names both parts as names of their own and the
    whole at most once (``times_named``: how many spans of the document have the name,
    more than any count for a curated name), so "Marks and Spencer", "Johnson &
    Johnson" and "Bexhill and Battle" stay; else ``[span]``."""
    if len(span) < 3:
        # No word between the first and the last to join them.
        return [span]
    doc = span.doc
    # The inner words from the document's array: no Token, no Span for the slice.
    lower, strings = token_values(doc, "LOWER"), doc.vocab.strings
    joins = (strings["and"], strings["&"])
    joints = [index for index in range(span.start + 1, span.end - 1) if lower[index] in joins]
    if not joints and _comma_pair(span):
        joints = [span.start + 1]
    if len(joints) != 1 or times_named(span_text(span)) > 1:
        return [span]
    left, right = doc[span.start : joints[0]], doc[joints[0] + 1 : span.end]
    if left.text == right.text or not (left[0].text[:1].isupper() and right[0].text[:1].isupper()):
        return [span]
    if not (times_named(left.text) and times_named(right.text)) and not _two_firms(left, right):
        return [span]
    parts = [Span(doc, part.start, part.end, label=span.label_) for part in (left, right)]
    # A list's last pair is split at its "and" first ("[Zotac, Asus] and [Gigabyte]").
    return [
        piece
        for part in parts
        for piece in (coordinated(part, times_named) if _comma_pair(part) else [part])
    ]


def _comma_pair(span: Span) -> bool:
    """Whether ``span`` is an organisation of one word, a comma and one word: a list's
    two names, or one firm's partners ("Scott, Foresman"), which ``coordinated`` tells
    apart by whether the document names each alone."""
    return span.label_ == "ORG" and len(span) == 3 and span[1].text == ","


def _two_firms(left: Span, right: Span) -> bool:
    """Whether the parts around a span's "and" are two companies' names: the left one
    ends in a legal form after a word of its own ("Acme Corp"), the right one holds a
    legal form after a word of its own ("Zenith Corp of America"). A partnership's "and
    Co" ("Parke, Davis and Co") has no form before its "and"."""
    if len(left) < 2 or len(right) < 2 or not is_legal_form(left[-1].text, left[-2].text):
        return False
    words = [token.text for token in right]
    return any(is_legal_form(word, before) for before, word in pairwise(words))


def version_pair(span: Span) -> list[Span] | None:
    """Two versions of one product the model ran into one name across "and" ("[Zeta 2
    and Zeta] 3", "[Zeta 2 and Zeta 3]"): the name, a version number, "and", the same
    name again and its number (the model may leave that number out of the span). One
    span each, with the span's label; ``None`` for any other span."""
    doc = span.doc
    # The words from the document's array: no Token made for each word of every name.
    lower, strings = token_values(doc, "LOWER"), doc.vocab.strings
    joints = [i for i in range(span.start + 1, span.end - 1) if strings[lower[i]] in ("and", "&")]
    if len(joints) != 1:
        return None
    left, right = doc[span.start : joints[0]], doc[joints[0] + 1 : span.end]
    if len(left) < 2 or not left[-1].like_num or not left[0].text[:1].isupper():
        return None
    name = left[:-1].text
    end = span.end
    if right.text == name and end < len(doc) and doc[end].like_num:
        end += 1
    elif not (right[-1].like_num and len(right) == len(left) and right[:-1].text == name):
        return None
    return [
        Span(doc, left.start, left.end, label=span.label_),
        Span(doc, right.start, end, label=span.label_),
    ]


def maker_and_product(spans: list[Span]) -> list[Span]:
    """An organisation the model named just before a product, on one line and with
    nothing between them ("[Toyota] [Starlet]", "[Nokia] [N95]"), is one product's
    name, as makers name their models ("Toyota Starlet"); other spans pass as they
    are. ``spans`` in text order."""
    joined: list[Span] = []
    for span in spans:
        if joined:
            maker = joined[-1]
            adjacent = maker.end == span.start and maker[-1].whitespace_ == " "
            if adjacent and maker.label_ == "ORG" and span.label_ == "PRODUCT":
                joined[-1] = Span(span.doc, maker.start, span.end, label="PRODUCT")
                continue
        joined.append(span)
    return joined


def without_recased_word(spans: list[Span]) -> list[Span]:
    """A country's abbreviation run into the next word, which a recased wire text
    capitalised as if a sentence began after the abbreviation's full stop ("the
    U.S. Decision was based on …", "U.S. Chip maker Micron"): the abbreviation alone,
    a GPE, when that word is one news writes in lowercase (``common_words``) and no
    longer name of the document goes on from the pair ("U.S. Video Vending Corp") and the
    document does not write the pair with the country in full before a further word
    ("United States Lines Inc" for "U.S. Lines"). An
    institution whose head is not such a word keeps its name ("U.S. Navy")."""
    # The names' texts, made for the first pair only: most documents have none.
    texts: list[str] | None = None
    cut: list[Span] = []
    for span in spans:
        # "the U.S. Decision": the model's span may hold the article.
        first = 1 if len(span) == 3 and word_lower(span.doc, span.start) == "the" else 0
        # Most spans are no pair: tested before a Span is cut for it.
        if len(span) - first != 2:
            cut.append(span)
            continue
        pair = span[first:]
        if (
            pair[0].text in _COUNTRY_ABBREVIATIONS
            and pair[1].is_title
            and pair[1].lower_ in common_words()
        ):
            texts = [span_text(other) for other in spans] if texts is None else texts
            in_full = f"{_COUNTRY_ABBREVIATIONS[pair[0].text]} {pair[1].text} "
            if any(text.startswith(f"{pair.text} ") for text in texts) or in_full in doc_text(
                span.doc
            ):
                cut.append(span)
                continue
            span = Span(span.doc, pair.start, pair.start + 1, label="GPE")
        cut.append(span)
    return cut


def with_partners(spans: list[Span]) -> list[Span]:
    """A firm's name after "and" that the model took apart from the names before it
    ("[Mitsui] and [Co Ltd]", "[Morgan Keegan] and [Co Inc]", "[Brown] and [Sons
    Inc]"): a span opening with a word that only ends a partnership's name, just after
    "and" or "&" that follows a name, is one organisation with that name. ``spans`` in
    text order."""
    joined: list[Span] = []
    for span in spans:
        if joined and word_text(span.doc, span.start) in _PARTNERS and span.start >= 2:
            partner = joined[-1]
            doc = span.doc
            joining = doc[span.start - 1]
            if (
                partner.end == span.start - 1
                and joining.text in ("and", "&")
                and partner.label_ in ("ORG", "PERSON")
                and "\n" not in doc[partner.start : span.end].text
            ):
                joined[-1] = Span(doc, partner.start, span.end, label="ORG")
                continue
        joined.append(span)
    return joined


def with_comma_partners(spans: list[Span]) -> list[Span]:
    """A firm named by its partners' surnames with commas, which the model took apart
    ("[Kleinwort], [Benson Ltd]", "[L.F. Rothschild], Unterberg, [Towbin Inc]"): a
    company's span of one surname and its legal form takes in the surnames written
    before it, each a capitalised word before a comma that the model took for a
    person, an organisation or nothing. A place, a common word or a word opening a
    sentence that is no name breaks the chain, and a chain after another capitalised
    word is a list ("General Motors, Ford Co"). ``spans`` in text order."""
    if not any(_firm_end(word_text(span.doc, span.end - 1)) for span in spans):
        return spans
    owner = {index: span for span in spans for index in range(span.start, span.end)}
    joined: list[Span] = []
    for span in spans:
        start = _comma_partners_start(span, owner)
        if start is None:
            joined.append(span)
            continue
        while joined and joined[-1].start >= start:
            joined.pop()
        joined.append(Span(span.doc, start, span.end, label="ORG"))
    return joined


def _comma_partners_start(span: Span, owner: dict[int, Span]) -> int | None:
    doc = span.doc
    words = [t.text.rstrip(".") for t in span]
    while len(words) > 1 and (_firm_end(words[-1]) or words[-1] in ("and", "&")):
        words.pop()
    if span.label_ != "ORG" or len(words) != 1 or len(words) == len(span):
        return None
    start = span.start
    while start >= 2 and doc[start - 1].text == "," and _partner_name(doc[start - 2], owner):
        start -= 2
        named = owner.get(start)
        if named is not None and named.start < start:
            # "L.F. Rothschild": initials open the first partner's name, and the chain.
            if not all(INITIALS.fullmatch(t.text) for t in doc[named.start : start]):
                return None
            start = named.start
            break
    if start == span.start or "\n" in doc[start : span.end].text:
        return None
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.text[:1].isupper() and not before.is_stop:
        return None
    return start


def _firm_end(word: str) -> bool:
    return word.rstrip(".").casefold() in _FIRM_ENDS or word in _PARTNERS


def _partner_name(token: Token, owner: dict[int, Span]) -> bool:
    named = owner.get(token.i)
    if named is not None:
        return named.end == token.i + 1 and named.label_ in ("ORG", "PERSON")
    return (
        token.is_alpha
        and token.text.istitle()
        and not token.is_sent_start
        and token.lower_ not in common_words()
    )


def with_and_partners(spans: list[Span], is_place: Callable[[str], bool]) -> list[Span]:
    """A firm named by its founders' surnames, which the model took apart at its "and"
    ("[Pellow] and [Ardentine Holdings Plc]", "[Pellow], [Dunmore] and [Ardentine
    Securities Corp]", "[Pellow Ardentine] and [Marlow Inc]"): a company's span ending
    with a legal form, just after "and" or "&", takes in the surnames before it, each
    a capitalised word the model took for a person, a place or nothing (or for a
    company, where the document writes that word and the firm's first word with the
    "and" again: its short name), the earlier ones written with commas, or one name of
    two such words it took for a company. Wire
    copy names a company with its legal form where it first names it, so the parts are
    no companies of their own when none of them is written elsewhere in the document
    with a legal form after it, none is a known place (``is_place``), a common word, a
    legal form, an acronym or the surname of a person the document names in full, and
    the chain opens the sentence or follows a lowercase word or a mark; "between
    Chrysler Corp and Zed Motors Inc" and "Ann Pellow and Zed Corp" stay apart.
    ``spans`` in text order, the result too."""
    if not any(_legal_form_text(word_text(span.doc, span.end - 1)) for span in spans):
        return spans
    doc = spans[0].doc
    owner = {index: span for span in spans for index in range(span.start, span.end)}
    surnames = {span[-1].text for span in spans if span.label_ == "PERSON" and len(span) > 1}
    with_form = {span[0].text for span in spans if len(span) > 1 and _legal_form_word(span[-1])}
    joined: list[Span] = []
    for span in spans:
        start = _and_partners_start(span, owner, is_place)
        if start is None or not _partners_stand_alone(
            doc[start : span.start - 1], surnames, with_form, span
        ):
            joined.append(span)
            continue
        while joined and joined[-1].start >= start:
            joined.pop()
        joined.append(Span(doc, start, span.end, label="ORG"))
    return _short_partners(joined)


def with_place_partner(spans: list[Span], is_place: Callable[[str], bool]) -> list[Span]:
    """A company named by two places joined by "and" ("[Hongkong] and [Shanghai Banking
    Corp]", "[Texas] and [Pacific Railway Co]"), which the model took apart at its
    "and": a company's span ending with a legal form whose first word is a place
    (``is_place`` or a gazetteer city), just after "and" or "&" and, before it, one
    capitalised word the model took alone for a company that is a place too, is one
    name. ``with_and_partners`` leaves such a partner out (a known place or a company
    alone is no founder's surname); the model's company for a lone place is the
    evidence here. ``spans`` in text order, the result too."""
    return join_adjacent(
        spans, lambda previous, span: _place_partner(previous, span, is_place), "ORG"
    )


def _place_partner(partner: Span, firm: Span, is_place: Callable[[str], bool]) -> bool:
    """Whether ``partner`` is the first place of a company named by two places that
    goes on with ``firm`` (see ``with_place_partner``)."""
    doc = firm.doc
    return (
        firm.label_ == "ORG"
        and len(firm) > 1
        and _legal_form_word(firm[-1])
        and partner.label_ == "ORG"
        and len(partner) == 1
        and partner.end == firm.start - 1
        and doc[partner.end].text in ("and", "&")
        and partner[0].is_alpha
        and partner[0].text.istitle()
        and all(_place_word(token, is_place) for token in (partner[0], firm[0]))
        and "\n" not in doc[partner.start : firm.end].text
    )


def _place_word(token: Token, is_place: Callable[[str], bool]) -> bool:
    return is_place(token.text) or token.text in city_names()


def _short_partners(spans: list[Span]) -> list[Span]:
    """Two names joined by "and" whose words up to the second's first open a longer
    firm's name of the document ("[Pellow] and [Nanscawen] shares" after "Pellow and
    Nanscawen Holdings Plc", or its unit "[Pellow] and [Nanscawen Canada]"): one
    organisation, the firm's short name or its unit's name. The first name may be a
    capitalised word the model took for none ("Pellow and [Nanscawen]"). ``spans`` in
    text order."""
    firms = [text for text in map(span_text, spans) if " and " in text or " & " in text]
    if not firms:
        return spans
    doc = spans[0].doc
    joined: list[Span] = []
    for span in spans:
        start = None
        if span.start >= 2 and doc[span.start - 1].text in ("and", "&"):
            if joined and joined[-1].end == span.start - 1:
                start = joined[-1].start
            elif (not joined or joined[-1].end < span.start - 1) and doc[
                span.start - 2
            ].text.istitle():
                start = span.start - 2
        opening = doc[start : span.start + 1].text if start is not None else ""
        if opening and any(firm.startswith(opening + " ") for firm in firms):
            if joined and joined[-1].start == start:
                joined.pop()
            joined.append(Span(doc, start, span.end, label="ORG"))
            continue
        joined.append(span)
    return joined


def _and_partners_start(
    span: Span, owner: dict[int, Span], is_place: Callable[[str], bool]
) -> int | None:
    """The first token of the partners' names before a company's span (see
    ``with_and_partners``), ``None`` when there are none."""
    doc = span.doc
    if span.label_ != "ORG" or len(span) < 2 or span.start < 2 or not _legal_form_word(span[-1]):
        return None
    # A partnership's name has its "and" already ("Seemala and [Boesky and Co]" lists
    # two), and a name opening with an acronym is a company's own ("Acme and [ZCO Inc]").
    if any(token.lower_ in ("and", "&") for token in span) or (
        len(span[0]) > 1 and span[0].text.isupper()
    ):
        return None
    if doc[span.start - 1].text not in ("and", "&"):
        return None
    last = doc[span.start - 2]
    named = owner.get(last.i)
    if named is not None and named.end != last.i + 1:
        return None
    # The one name of two words the model took for a company ("[Pellow Ardentine] and").
    if named is not None and named.label_ == "ORG" and len(named) == 2:
        start = named.start
    elif _and_partner(last, owner, is_place, _written_again(last, doc[span.start - 1], span[0])):
        start = last.i
        while (
            start >= 2
            and doc[start - 1].text == ","
            and _and_partner(doc[start - 2], owner, is_place)
        ):
            start -= 2
    else:
        return None
    words = doc[start : span.start - 1]
    if "\n" in doc[start : span.end].text or not all(
        _and_partner_word(token, is_place) for token in words if token.text != ","
    ):
        return None
    # A chain after another capitalised word is a list ("General Motors, Pellow and"),
    # and one after a ticker's bracket or a possessive follows another company's name
    # ("Acme's <ACM> Pellow and Zed Corp").
    before = doc[start - 1] if start > 0 else None
    if before is None or doc[start].is_sent_start:
        return start
    if before.text in (">", ")") or before.lower_ in _POSSESSIVES:
        return None
    return None if before.is_alpha and not before.is_lower else start


def _and_partner(
    token: Token, owner: dict[int, Span], is_place: Callable[[str], bool], company: bool = False
) -> bool:
    """Whether ``token`` is one partner's surname: a word the model took alone for a
    person or a place, or for no name; a word it took alone for a company only where
    ``company`` (else it is one of a list: "Exxon and Zed Corp")."""
    named = owner.get(token.i)
    labels = ("PERSON", "GPE", "ORG") if company else ("PERSON", "GPE")
    if named is not None and (len(named) != 1 or named.label_ not in labels):
        return False
    return _and_partner_word(token, is_place)


def _written_again(partner: Token, joint: Token, first: Token) -> bool:
    """Whether the document writes the partner, the "and" and the firm's first word
    together more than once ("Pellow and Nanscawen shares" after "Pellow and Nanscawen
    Holdings Plc"): the short name the firm goes by, not a list of two companies."""
    return doc_text(partner.doc).count(f"{partner.text} {joint.text} {first.text}") > 1


def _may_be_partner(word: str) -> bool:
    """What ``_pair_at`` asks of each word of a pair before the lists: two letters or
    more, alphabetic, in title case (a Token's ``is_alpha`` is its text's ``isalpha()``)."""
    return len(word) >= 2 and word.isalpha() and word.istitle()


def _and_partner_word(token: Token, is_place: Callable[[str], bool]) -> bool:
    return (
        token.is_alpha
        and token.text.istitle()
        and token.lower_ not in common_words()
        and not _legal_form_word(token)
        and not is_place(token.text)
        and token.text not in city_names()
    )


def _partners_stand_alone(
    partners: Span, surnames: set[str], with_form: set[str], firm: Span
) -> bool:
    """Whether no partner's word is a person's surname the document names in full or
    opens a company's name written with a legal form other than ``firm``."""
    words = [token.text for token in partners if token.text != ","]
    return bool(words) and not any(
        word in surnames or (word in with_form and word != firm[0].text) for word in words
    )


def curated_extent(span: Span, aliases: AliasTable) -> Span:
    """The longest curated name (alias file or names file) that covers ``span`` and
    starts at most two tokens before it and ends at most three after it, on its line."""
    doc = span.doc
    best = span
    # The words' ids from the document's array: a Token only where a curated name may
    # start, and no word's text made for the others.
    orth, firsts = token_values(doc, "ORTH"), _first_word_ids(aliases.first_words)
    # The words' texts, offsets and kinds from the arrays too: no Token for the words a
    # curated name may end at.
    strings, lowers = doc.vocab.strings, token_values(doc, "LOWER")
    offsets, spaces = token_values(doc, "IDX"), token_values(doc, "IS_SPACE")
    best_length = len(span)
    for start in range(max(span.start - _EXTEND_BEFORE, 0), span.start + 1):
        if orth[start] not in firsts:
            continue
        first = strings[orth[start]]
        if start < span.start and (not first[:1].isupper() or strings[lowers[start]] == "the"):
            continue
        last = min(span.end + _EXTEND_AFTER, len(doc), start + aliases.longest)
        for end in range(last, span.end - 1, -1):
            if end - start <= best_length:
                continue
            # ``doc[start:end].text`` from the document's text: one token, not all. A
            # table's run of spaces after a name is a token of its own, no part of it.
            if spaces[end - 1]:
                continue
            final_end = offsets[end - 1] + len(strings[orth[end - 1]])
            text = doc_text(doc)[offsets[start] : final_end]
            if "\n" not in text and aliases.knows_as_written(text):
                best = Span(doc, start, end, label=span.label_)
                best_length = end - start
                break
    return best


# One entry per alias table (the shipped files, a user's file): its first words.
@lru_cache(maxsize=4)
def _first_word_ids(first_words: frozenset[str]) -> frozenset[int]:
    """The ids (ORTH hashes) of the words that are one of ``first_words`` once their
    curly apostrophes are made straight: each word, and each with any of its straight
    apostrophes written curly ("Moody’s" for "Moody's"). A listed word holding a curly
    one is never a straightened word, and is left out."""
    ids: set[int] = set()
    for word in first_words:
        if "’" in word:
            continue
        parts = word.split("'")
        for marks in product("'’", repeat=len(parts) - 1):
            pairs = zip(marks, parts[1:], strict=True)
            written = parts[0] + "".join(mark + part for mark, part in pairs)
            ids.add(hash_string(written))
    return frozenset(ids)


def name_around_place(span: Span) -> Span | None:
    """A place followed by capitalised nouns ("Hollywood Reporter", "London
    Overground"): the longer name, labelled ORG (or FAC for
    an airport, a station, a street), else ``None``."""
    if span.label_ not in _PLACE_LABELS:
        return None
    doc = span.doc
    end = span.end
    while end < len(doc) and end - span.end < _EXTEND_AFTER and _name_word(doc[end]):
        end += 1
    if end == span.end:
        return None
    label = "FAC" if doc[end - 1].lower_ in _FACILITY_HEADS else "ORG"
    return Span(doc, span.start, end, label=label)


def titled_name(span: Span) -> Span | None:
    """A one-word name the model did not call a person, after a given name that no
    entity claims and a title that only a person takes ("Brigadier Ghazi [Kanaan]",
    "Mr Oskar [Lindqvist]" where the model saw a place or a company): the person's
    full name, labelled PERSON; else ``None``. The title vouches for a person and the
    capitalised word between is the given name the model left out."""
    doc = span.doc
    if span.label_ == "PERSON" or len(span) != 1 or span.start < 2:
        return None
    # The title from the document's array first: most words follow no title.
    title_word = doc.vocab.strings[token_values(doc, "LOWER")[span.start - 2]]
    if title_word.rstrip(".") not in _person_only_titles():
        return None
    word, given, title = span[0], doc[span.start - 1], doc[span.start - 2]
    if not (word.is_alpha and word.text[:1].isupper() and not word.is_upper):
        return None
    if title.lower_.rstrip(".") not in _person_only_titles() or not title.text[:1].isupper():
        return None
    if not (
        given.is_alpha
        and given.text[:1].isupper()
        and given.text[1:].islower()
        and given.ent_iob_ == "O"
        and not given.is_sent_start
        and given.lower_ not in PERSON_TITLES
        and given.lower_ not in _NOT_NAME_WORDS
        and given.lower_ not in _ROLES
        and title.whitespace_ == " "
        and given.whitespace_ == " "
    ):
        return None
    return Span(doc, span.start - 1, span.end, label="PERSON")


@cache
def _person_only_titles() -> frozenset[str]:
    """Titles before ``titled_name``'s given name (lowercase)."""
    return (ADDRESS_TITLES - {"lord", "lady", "sir", "dame"}) | _RANKS | person_titles()[0]


def name_after(span: Span, is_place: Callable[[str], bool] = lambda name: False) -> Span | None:
    """A name the model cut before a capitalised word that no entity claims, in the same
    sentence ("the [Hispanic] Caucus", "Zola's novel [Therese] Raquin", "[Google]
    Authenticator app"): the longer span, a group's becoming an organisation ("Hispanic
    Caucus"); ``None`` when no such word follows. Not widened: a span ending in a
    number, a possessive or a lowercase word ("the March 3 Super"), or a longer span
    ending in a given name; nor over a given name, the first part of a hyphenated word
    or a role ("Harvard University Chloe Valdary" in a list names a person next;
    "American Jan-Michael Gambill"; "Police Commissioner"), nor when the capitalised
    words end at a role: they begin a person's title ("Senate Majority Leader Bob
    Dole"). People are left alone
    ("[Obama] Administration" is no longer name). A group's name widened to a place
    ``is_place`` knows is that place ("the [British] Virgin Islands")."""
    if span.label_ not in _EXTENDABLE:
        return None
    doc = span.doc
    end = span.end
    # The word after from the document's array first: ``_name_word`` needs a capital,
    # and most names are followed by a lowercase word or a mark.
    if end >= len(doc) or not word_text(doc, end)[:1].isupper():
        return None
    last = span[-1]
    if not last.is_alpha or last.is_lower:
        return None
    if len(span) > 1 and is_first_name(last.text):
        return None
    # One Token per word read, not one per test of it.
    while (
        end < len(doc)
        and end - span.end < _EXTEND_AFTER
        and (word := doc[end]).ent_iob_ == "O"
        and word.is_alpha
        and _name_word(word)
        and not _role_word(word)
        and not is_first_name(word.text)
        and not _hyphenated(word)
    ):
        end += 1
    if end == span.end or (end < len(doc) and _role_word(doc[end])):
        return None
    label = span.label_
    if label == "NORP":
        label = "GPE" if is_place(doc[span.start : end].text) else "ORG"
    return Span(doc, span.start, end, label=label)


def _role_word(token: Token) -> bool:
    """True for a capitalised role that ends a title before a person's name: the
    words between the name and it are part of the title ("Senate Majority Leader Bob
    Dole", "Radical Party Deputy Marco Pannella"), not of the name."""
    lower = token.lower_.rstrip(".")
    return token.text[:1].isupper() and (lower in PERSON_TITLES or lower in _ROLES)


def _hyphenated(token: Token) -> bool:
    """True when a hyphen glued to the token carries the word on ("Hyung-Taik")."""
    following = token.i + 1
    return not token.whitespace_ and following < len(token.doc) and token.doc[following].text == "-"


def _name_word(token: Token) -> bool:
    """A capitalised noun inside a sentence that no entity claims, or that an
    organisation, group or product name claims ("London Overground")."""
    before = token.doc[token.i - 1]
    return (
        token.text[:1].isupper()
        and token.text[1:].islower()
        and token.pos_ in ("PROPN", "NOUN")
        and (token.ent_iob_ == "O" or token.ent_type_ in _JOINABLE)
        and not token.is_sent_start
        and not before.whitespace_.count("\n")
        and token.lower_ not in _NOT_NAME_WORDS
        and token.lower_.rstrip(".") not in PERSON_TITLES
        # An office opens a person's title, no longer name: "Lebanon Brigadier Ghazi".
        and token.lower_.rstrip(".") not in _person_only_titles()
    )


def curated_initials(doc: Doc, aliases: AliasTable) -> list[Span]:
    """Curated names of initials around "and" ("S and P said", "AT and T"), which
    wire copy writes for "&" and the model leaves untagged or cuts to one letter:
    each as an ORG span."""
    found = []
    for index in positions(doc, "LOWER", ("and",)):
        if not 0 < index < len(doc) - 1:
            continue
        first, last = doc[index - 1], doc[index + 1]
        initials = all(t.is_alpha and t.is_upper and len(t) <= 3 for t in (first, last))
        if initials and aliases.knows_as_written(doc[index - 1 : index + 2].text):
            found.append(Span(doc, index - 1, index + 2, label="ORG"))
    return found


def across_joins(span: Span, is_curated: Callable[[str], bool]) -> Span | None:
    """An institution's name the model cut at a joining word: "of" or "for" and the
    capitalised words after a head noun that names an institution ("Economic
    Commission [for Europe]", "School [of Music]"), and "and" with one or two more
    topic words after a topic word of the name ("Department of Trade [and Industry]",
    "Ministry of Trade [and Rural Affairs]") or one before its first one
    ("[Standards and] Privileges Committee"). The longer span,
    which takes in the spans the model made of the words; ``None`` when nothing
    joins. A topic word is a common word in capitals, no place, given name or curated
    name, so that two names in a list stay apart ("Bank of England and Barclays",
    "Britain and France")."""
    doc = span.doc
    start, end = span.start, span.end
    # The words around from the document's array: most names are joined to nothing, and
    # then no Token is made for them.
    lower, strings = token_values(doc, "LOWER"), doc.vocab.strings
    after = strings[lower[end]] if end < len(doc) else ""
    if end + 1 < len(doc) and after in ("and", "&") and _doubled(span, doc[end + 1]):
        return Span(doc, start, end + 2, label="ORG")
    if span.label_ not in _JOINED_LABELS:
        return None
    headed = strings[lower[end - 1]] in _INSTITUTION_HEADS
    if headed and end + 1 < len(doc) and after in ("of", "for"):
        if _joined_word(doc[end + 1]):
            end += 2
        while end < len(doc) and end - span.end <= _EXTEND_AFTER and _joined_word(doc[end]):
            end += 1
    end += _topic_and_topics(doc, start, end, is_curated)
    if len(span) > 1 and strings[lower[span.end - 1]] in _INSTITUTION_HEADS and start >= 2:
        opener, joining = doc[start - 2], doc[start - 1]
        before = doc[start - 3] if start >= 3 else None
        listed = before is not None and (before.text == "," or _joined_word(before))
        first = span[0]
        topics = _topic_word(first, is_curated) and _topic_word(opener, is_curated)
        topics = topics and _common(first) and _common(opener)
        if joining.lower_ == "and" and topics and first.lower_ not in _INSTITUTION_HEADS:
            start = start if listed else start - 2
    if (start, end) == (span.start, span.end) or "\n" in doc[start:end].text:
        return None
    return Span(doc, start, end, label="ORG" if span.label_ == "NORP" else span.label_)


def _doubled(span: Span, after: Token) -> bool:
    """True when the word after "and" is the name's own last word again ("Johnson and
    Johnson", "Bang and Bang"): a firm named after a family, not two names."""
    last = span[-1]
    if len(span) != 1 or not (last.is_alpha and last.text[:1].isupper()) or after.text != last.text:
        return False
    # "Acme and Acme Pro": the second is the maker's product, a name of its own.
    following = after.i + 1
    return following == len(after.doc) or not after.doc[following].text[:1].isupper()


def _topic_and_topics(doc: Doc, start: int, end: int, is_curated: Callable[[str], bool]) -> int:
    """How many words the name ``start:end`` goes on with: when it ends with "of"/"for"
    and a topic word, "and" and one or two more topic words ("Trade and Industry",
    "Finance and National Economy"), no name going on after them, else none (0).
    Two names in a list keep apart: a head noun after "and" opens a name of its own
    ("Ministry of Finance and Central Bank"), as a place or a curated name does."""
    if end - start < 3 or end + 1 >= len(doc):
        return 0
    # The joining word from the document's array: most names hold none.
    if doc.vocab.strings[token_values(doc, "LOWER")[end - 2]] not in ("of", "for"):
        return 0
    if not _topic_word(doc[end - 1], is_curated) or doc[end].lower_ != "and":
        return 0
    after = end + 1
    while after < len(doc) and after - end <= 3 and _joined_word(doc[after]):
        after += 1
    topics = doc[end + 1 : after]
    # One or two words, the last a common one ("National [Economy]"), and no name
    # going on after them; two words are no curated name and neither heads one.
    if not 1 <= len(topics) <= 2 or not _common(topics[-1]) or "\n" in topics.text:
        return 0
    if not all(_topic_word(token, is_curated) for token in topics):
        return 0
    pair = len(topics) == 2
    if pair and (is_curated(topics.text) or any(map(_heads_a_name, topics))):
        return 0
    return len(topics) + 1


def _heads_a_name(token: Token) -> bool:
    """A word that ends an institution's or a company's name ("Bank", "Board", "Corp")."""
    return token.lower_ in _INSTITUTION_HEADS or org_head([token.text])


def _joined_word(token: Token) -> bool:
    """A capitalised word a name goes on with past its joining word (no person's)."""
    return (
        token.is_alpha
        and token.text[:1].isupper()
        and token.text[1:2].islower()
        and token.lower_ not in ("the", "a", "an")
        and token.ent_type_ != "PERSON"
        and not token.is_sent_start
        and not _role_word(token)
    )


def _common(token: Token) -> bool:
    """A word news writes in lowercase: what an institution deals with, in capitals
    ("Trade", "Privileges"), not a name ("Barclays")."""
    return token.lower_ in common_words()


def _topic_word(token: Token, is_curated: Callable[[str], bool]) -> bool:
    """A capitalised word naming what an institution deals with ("Trade", "Privileges"):
    no place, given name or curated name of its own."""
    if not _joined_word(token) or not token.text[1:].islower():
        return False
    if token.ent_type_ in _PLACE_LABELS or token.text in city_names():
        return False
    return not is_first_name(token.text) and not is_curated(token.text)


def without_owner(span: Span) -> Span | None:
    """An organisation's name the model opened with its owner's possessive ("Acme's
    Northern Pipeline Co of Canada", "Yamada's Ministry of Fisheries"): the name after
    the "'s", when that part is a name in itself (two words or more, capitalised first,
    ending with a legal form or an institution's head noun) and the document writes the
    owner elsewhere without the "'s" (a brand that is a possessive, "Joe's Diner Inc",
    is written with it). ``None`` when the span has no such owner."""
    if span.label_ != "ORG" or len(span) < 4:
        return None
    if word_lower(span.doc, span.start + 1) not in _POSSESSIVES:
        return None
    rest = span[2:]
    if not rest[0].text[:1].isupper() or not org_head([t.text for t in rest]):
        return None
    owner = span[0].text
    if not owner[:1].isupper() or not _written_bare(doc_text(span.doc), owner):
        return None
    return Span(span.doc, rest.start, rest.end, label=span.label_)


def without_owner_of_known(spans: list[Span], is_curated: Callable[[str], bool]) -> list[Span]:
    """A known name the model opened with its owner's possessive ("[Quill's Instagram]",
    "[Acme's YouTube] channel"): the known name (``is_curated``), a span of its own with
    the model's label, and the owner, one capitalised word, a person's where the
    document names a person with that surname ("Ada Quill"), else left out. Only when
    the whole is no curated name itself. ``spans`` in text order, the result too."""
    if not any(len(span) > 2 and span[1].lower_ in _POSSESSIVES for span in spans):
        return spans
    surnames = {span[-1].text for span in spans if span.label_ == "PERSON" and len(span) > 1}
    cut: list[Span] = []
    for span in spans:
        owner, rest = span[:1], span[2:]
        if (
            len(span) < 3
            or span[1].lower_ not in _POSSESSIVES
            or not (owner[0].is_alpha and owner[0].text[:1].isupper())
            or not is_curated(rest.text)
            or is_curated(span.text)
        ):
            cut.append(span)
            continue
        if owner.text in surnames:
            cut.append(Span(span.doc, owner.start, owner.end, label="PERSON"))
        cut.append(Span(span.doc, rest.start, rest.end, label=span.label_))
    return cut


def with_written_pair(spans: list[Span], is_place: Callable[[str], bool]) -> list[Span]:
    """A firm named by two surnames joined by "and", which the model took apart ("the
    dealer [Pellow] and [Ardentine] said", typing each word a person, a company or
    nothing): one organisation's name where the document writes the pair more than once
    (a story names a firm the same way each time), the model took one of its words, or
    the pair, for a company at least once (two people named by surname alone would be no company's),
    neither word is written outside the pair (two companies listed, "Sony and Honda",
    are each named alone too) nor the surname of a person the document names in full
    ("Biden and Sanders" of a story naming Joe Biden), a common word, a known place or a legal
    form, and no capitalised word or comma comes before the pair (a list). ``spans`` in
    text order, the result too."""
    if not spans:
        return spans
    doc = spans[0].doc
    owner = {index: span for span in spans for index in range(span.start, span.end)}
    surnames = {span[-1].text for span in spans if span.label_ == "PERSON" and len(span) > 1}
    # The words around each "and" from the document's array first: most joints stand
    # between words that are no partner's (lowercase, one letter), and ``_pair_at``
    # makes Tokens and looks up places.
    orth, strings = token_values(doc, "ORTH"), doc.vocab.strings
    pairs = [
        joint - 1
        for joint in positions(doc, "ORTH", ("and", "&"))
        if 1 <= joint <= len(doc) - 2
        and _may_be_partner(strings[orth[joint - 1]])
        and _may_be_partner(strings[orth[joint + 1]])
        and _pair_at(doc, joint - 1, owner, is_place)
        and doc[joint - 1].text not in surnames
        and doc[joint + 1].text not in surnames
    ]
    written: dict[str, list[int]] = {}
    for first in pairs:
        written.setdefault(doc[first : first + 3].text, []).append(first)
    starts: set[int] = set()
    for firsts in written.values():
        # The model's company for either word, or for the whole pair, somewhere.
        typed = any(
            owner[i].label_ == "ORG" for first in firsts for i in (first, first + 2) if i in owner
        )
        if len(firsts) > 1 and typed and not _written_apart(doc, firsts):
            starts.update(firsts)
    if not starts:
        return spans
    kept = [span for span in spans if not any(s <= span.start < s + 3 for s in starts)]
    kept.extend(Span(doc, first, first + 3, label="ORG") for first in starts)
    return sorted(kept, key=lambda span: span.start)


def _written_apart(doc: Doc, firsts: list[int]) -> bool:
    """Whether the document writes either word of the pair at ``firsts`` more often
    than the pair itself."""
    text = doc_text(doc)
    return any(
        len(re.findall(rf"\b{re.escape(doc[firsts[0] + k].text)}\b", text)) > len(firsts)
        for k in (0, 2)
    )


def _pair_at(doc: Doc, first: int, owner: dict[int, Span], is_place: Callable[[str], bool]) -> bool:
    """Whether tokens ``first`` to ``first + 2`` are two partners' words joined by "and"
    or "&" (see ``with_written_pair``), each alone in its span or in none."""
    if doc[first + 1].text not in ("and", "&"):
        return False
    for index in (first, first + 2):
        named = owner.get(index)
        whole = named is not None and (named.start, named.end) == (first, first + 3)
        if named is not None and len(named) != 1 and not whole:
            return False
        # A surname has two letters or more ("C and W" is a name's initials).
        if len(doc[index]) < 2 or not _and_partner_word(doc[index], is_place):
            return False
    before = doc[first - 1] if first > 0 else None
    if before is None or doc[first].is_sent_start:
        return True
    return not (before.text[:1].isupper() or before.text == ",")


def with_possessive_brand(
    spans: list[Span], is_place: Callable[[str], bool], is_curated: Callable[[str], bool]
) -> list[Span]:
    """A business named by its founder's possessive, which the model took apart at the
    "'s" ("[Quillan]'s [Fried Fish Inc]", "[Marla]'s [Salon and Spa]"): one organisation,
    "Quillan's Fried Fish Inc". Only where the word before the "'s" is one capitalised
    word the model took alone, after no capitalised word (not a name's last word), the
    document never writes it without the "'s" (an owner acting elsewhere, "Acme's
    [Zed Corp]" beside "Acme said", is ``without_owner``'s), and it is no known place
    or gazetteer city ("Ruritania's [Farm Bureau]", "Munich's [Radio Orchestra]"); the
    name after it is an organisation of two words or more opening with a capital; and
    neither is curated (``is_curated``: a known company owning a known title). A word
    the model typed a company is the brand only where the document writes its "'s" more
    than once ("Bond's [Delivery Service]" … "Bond's, which was sold"): once, it is an
    owner ("Acme's [Daily Post] said"). ``spans`` in text order, the result too."""
    if len(spans) < 2:
        return spans
    doc = spans[0].doc
    text = doc_text(doc)
    # A person named in full elsewhere ("Jo Quill" … "Quill's [Grand Opera]"): the
    # possessive is the person's, the name after it a work or a firm of its own.
    surnames = {span[-1].text for span in spans if span.label_ == "PERSON" and len(span) > 1}
    joined: list[Span] = []
    index = 0
    while index < len(spans):
        owner = spans[index]
        name = spans[index + 1] if index + 1 < len(spans) else None
        if (
            name is not None
            and _brand_owner(owner, name, text, is_place)
            and owner.text not in surnames
            and not is_curated(owner.text)
            and not is_curated(name.text)
        ):
            joined.append(Span(doc, owner.start, name.end, label="ORG"))
            index += 2
            continue
        joined.append(owner)
        index += 1
    return joined


def _brand_owner(owner: Span, name: Span, text: str, is_place: Callable[[str], bool]) -> bool:
    """Whether ``owner`` and its "'s" open the organisation ``name`` right after them."""
    doc = owner.doc
    if len(owner) != 1 or name.start != owner.end + 1 or name.label_ != "ORG" or len(name) < 2:
        return False
    if doc[owner.end].text not in _POSSESSIVES or not name[0].text[:1].isupper():
        return False
    word = owner[0]
    if not (word.is_alpha and word.text[:1].isupper() and not word.is_upper):
        return False
    if owner.label_ == "NORP" or (owner.start > 0 and doc[owner.start - 1].text[:1].isupper()):
        return False
    if word.text in city_names() or is_place(word.text):
        return False
    if owner.label_ == "ORG" and sum(text.count(word.text + s) for s in _POSSESSIVES) < 2:
        # A company the model saw, with its "'s" once: an owner ("Acme's [Daily Post]").
        return False
    return not _written_bare(text, word.text)


# The districts a US federal court sits for (28 U.S.C. ch. 5 names each district so:
# "the Western District of Kentucky", "the District of Columbia").
_DISTRICT_SIDES = frozenset({"Northern", "Southern", "Eastern", "Western", "Central", "Middle"})
_STATE_WORDS = 3


def with_court_district(span: Span) -> Span | None:
    """A court's name the model ended before the district it sits for ("[U.S. District
    Court] for the Western District of Ruritania", "[Bankruptcy Court] for the District
    of Columbia"): the span widened over "for the", a side, "District of" and the one to
    three capitalised words of the state after it, an organisation; else ``None``."""
    doc = span.doc
    at = _after_court(span, ["for", "the"])
    if at is None:
        return None
    if at < len(doc) and doc[at].text in _DISTRICT_SIDES:
        at += 1
    if [token.text for token in doc[at : at + 2]] != ["District", "of"]:
        return None
    end = _state_words_end(doc, at + 2)
    if end == at + 2:
        return None
    return Span(doc, span.start, end, label="ORG")


# The lowercase nouns of a country's administrative divisions that news writes after
# the division's name ("the Dnipropetrovsk region", "the Sichuan province", "the Kyiv
# oblast"), a court's seat in its name ("Economic Court of the Dnipropetrovsk region").
_DIVISION_NOUNS = frozenset({"region", "oblast", "province", "district", "county"})


def with_court_region(span: Span) -> Span | None:
    """A court's name the model ended before the region it sits for ("[Economic
    Court] of the Dnipropetrovsk region"): the span widened over "of the", one to three
    capitalised words and a lowercase division's noun (``_DIVISION_NOUNS``), an
    organisation; else ``None``."""
    doc = span.doc
    at = _after_court(span, ["of", "the"])
    if at is None:
        return None
    end = _state_words_end(doc, at)
    if end == at or end >= len(doc) or doc[end].text not in _DIVISION_NOUNS:
        return None
    if "\n" in doc[span.start : end + 1].text:
        return None
    return Span(doc, span.start, end + 1, label="ORG")


def _after_court(span: Span, opening: list[str]) -> int | None:
    """Where the words after a court's name (an ORG ending in "Court") go on past
    ``opening`` ("for the", "of the"); ``None`` for another span or other words."""
    doc, at = span.doc, span.end
    if span.label_ != "ORG" or span[-1].text != "Court":
        return None
    if [token.text for token in doc[at : at + len(opening)]] != opening:
        return None
    return at + len(opening)


def _state_words_end(doc: Doc, start: int) -> int:
    """The end of the one to ``_STATE_WORDS`` capitalised words from ``start`` (``start``
    itself for none): a state's or a region's name."""
    end = start
    while end < len(doc) and end - start < _STATE_WORDS and _state_word(doc[end]):
        end += 1
    return end


def _state_word(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper() and not token.is_upper


# Legal forms that end a company's name: a place after one is where the company is,
# not a word of its name ("Acme Mills Ltd of Toronto", "Zed Inc Toronto-based
# analyst"). "Co" and "Company" are left out: a name goes on after them ("Aluminum Co
# of America", "Insurance Co of North America").
_CLOSING_FORMS = frozenset({"inc", "ltd", "plc", "corp"})


def without_place_after_form(span: Span) -> Span | None:
    """A company's span the model ran on past its legal form into the town the company
    is in ("[Acme Mills Ltd] of Toronto", "[Zed Inc] Toronto-based"): the span cut after
    the first capitalised closing form (``_CLOSING_FORMS``), an organisation, when all
    that follows it is a GeoNames city or a country's subdivision, alone or after "of";
    else ``None``. A country or a continent stays: "Corrections Corp of America" is
    the company's name."""
    # The inner words from the document's array: a Token only for a legal form.
    orth, strings = token_values(span.doc, "ORTH"), span.doc.vocab.strings
    for index in range(span.start + 1, span.end - 1):
        word = strings[orth[index]]
        if not (word[:1].isupper() and word.rstrip(".").casefold() in _CLOSING_FORMS):
            continue
        form = span.doc[index]
        rest = span.doc[form.i + 1 : span.end]
        if rest[0].lower_ == "of" and len(rest) > 1:
            rest = rest[1:]
        place = span_text(rest)
        if rest[0].text[:1].isupper() and _town_or_state(place):
            return Span(span.doc, span.start, form.i + 1, label="ORG")
        return None
    return None


def _town_or_state(name: str) -> bool:
    """Whether ``name`` is a GeoNames city or a subdivision (a state, a province)."""
    return name in city_names() or name.casefold() in subdivision_names()


def with_name_particle(span: Span) -> Span | None:
    """A surname the model took without the lowercase particle written before it
    ("added [Clemente]" for "di Clemente" after "Robert di Clemente"): the span widened
    over the particle (``NAME_PARTICLES``), a person, when the document gives the full
    name (a person the model found ending with the same particle and surname) and no
    capitalised word stands before the particle (then the model cut a full name, not
    this); else ``None``."""
    doc = span.doc
    start = span.start
    if len(span) != 1 or start < 1 or not span[0].text[:1].isupper():
        return None
    particle = doc[start - 1]
    if particle.text not in NAME_PARTICLES or particle.whitespace_ != " ":
        return None
    if start >= 2 and doc[start - 2].text[:1].isupper() and doc[start - 2].is_alpha:
        return None
    written = (particle.text, span[0].text)
    for ent in doc.ents:
        if (
            ent.label_ == "PERSON"
            and len(ent) >= 3
            and ent.start != start - 2
            and (ent[-2].text, ent[-1].text) == written
        ):
            return Span(doc, start - 1, span.end, label="PERSON")
    return None


def county_and_state(span: Span) -> list[Span] | None:
    """A county's span run on into the state written after it without a comma ("[Lake
    County] Ohio", "[St. Clair County] New Mexico"): the county (cut after "County" or
    "Parish") and the state, each a place of its own as after a comma, when the one or
    two capitalised words after the head are a subdivision's name (a US state's among
    them) and end the span; else ``None``."""
    # The inner words from the document's array: a Token only for a "County".
    orth, strings = token_values(span.doc, "ORTH"), span.doc.vocab.strings
    for index in range(span.start + 1, span.end - 1):
        if strings[orth[index]] not in ("County", "Parish"):
            continue
        head = span.doc[index]
        if head.whitespace_ != " ":
            continue
        rest = span.doc[head.i + 1 : span.end]
        if (
            len(rest) <= 2
            and rest[0].text[:1].isupper()
            and span_text(rest).casefold() in subdivision_names()
        ):
            county = Span(span.doc, span.start, head.i + 1, label="GPE")
            return [county, Span(span.doc, rest.start, rest.end, label="GPE")]
        return None
    return None


# Labels of titles: a title may close on one word after a colon ("Alien: Resurrection").
_TITLE_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})


def without_word_after_colon(span: Span) -> Span | None:
    """A name the model ran on over a colon into the one word after it: a speaker's
    label opening an interview's question ("[The Economist]: You say …", "Acme: There
    is …") or a section heading naming its topic ("Acme vs. Acme Pro: Security" ending
    its line). The span cut before the colon, when one word follows the colon inside
    the span and that word is a capitalised function word (a pronoun, "There"), or,
    for no title (a work, product, event or law may close so: "Alien: Resurrection"),
    a common word (listed, or written in lowercase in the document) ending its line;
    else ``None``."""
    # The colon from the document's array first: nearly no name holds one.
    if len(span) < 3 or word_text(span.doc, span.end - 2) != ":":
        return None
    if not span[-3].text[:1].isupper():
        return None
    word = span[-1]
    if not word.text[:1].isupper() or not word.is_alpha:
        return None
    doc = span.doc
    if not word.is_stop:
        line_end = word.i + 1 == len(doc) or "\n" in word.whitespace_ + doc[word.i + 1].text
        if span.label_ in _TITLE_LABELS or not line_end or not _common_word(word):
            return None
    return Span(doc, span.start, span.end - 2, label=span.label_)


def _common_word(token: Token) -> bool:
    """Whether ``token``'s word is listed as common or written in lowercase somewhere
    in its document ("security" beside the heading "Acme: Security")."""
    lower = token.lower_
    if lower in common_words():
        return True
    return re.search(rf"(?<![\w-]){re.escape(lower)}(?![\w-])", doc_text(token.doc)) is not None


def without_owned_words(span: Span) -> Span | None:
    """A name the model ran on over its possessive into the lowercase words it owns
    ("[Acme’s days] are over", "[Smith's team] won"): the span up to and with the
    "'s" (``trimmed`` then decides whether the "'s" is the name's own, "Sotheby's"),
    when a name word stands before the "'s" and every word after it is in lowercase;
    else ``None``."""
    # The text first: most names hold no apostrophe, and then no Token is made.
    text = span_text(span)
    if "'" not in text and "’" not in text:
        return None
    for token in span[1:-1]:
        if token.lower_ not in _POSSESSIVES or not span.doc[token.i - 1].text[:1].isupper():
            continue
        rest = span.doc[token.i + 1 : span.end]
        if all(word.is_alpha and word.text.islower() for word in rest):
            return Span(span.doc, span.start, token.i + 1, label=span.label_)
        return None
    return None


def with_given_name_before(span: Span, is_common: Callable[[str], bool]) -> Span | None:
    """A person's name the model began after its given name or initial ("Tomasz
    [Wolny]" opening a sentence or a list item, "Alain [Vidal Naquet]", "J [Roe]" in a
    team sheet): widened over the listed given name (``first_names.txt``,
    ``given_names_world.txt``) or the initial written just before it on its line, that
    no entity claims, or that ends a person the model made of a title it does not know
    and the given name ("[Hojatoleslam Akbar] [Hashemi Rafsanjani]": ``_after_title``,
    a given name the lists need not know);
    ``None`` otherwise. A word news or the document writes in lowercase ("Will",
    "Mark"), a month or a weekday ("May", "Sunday") and a title are no such given name."""
    if span.label_ != "PERSON" or span.start == 0:
        return None
    doc = span.doc
    before = doc[span.start - 1]
    # A name opening with a given name of its own is whole ("[Peter Zumthor]").
    titled = _after_title(before) and not is_first_name(span[0].text)
    if before.whitespace_ != " " or not (before.ent_iob_ == "O" or titled):
        return None
    word = before.text
    if _initial_before_name(word):
        return Span(doc, span.start - 1, span.end, label="PERSON")
    # The model read a title's given name as a person's: no list need know it.
    if not (word[:1].isupper() and word[1:].islower() and (titled or is_first_name(word))):
        return None
    lower = before.lower_
    if not before.is_alpha or lower in common_words() or is_common(word):
        return None
    if lower in PERSON_TITLES:
        return None
    if lower in MONTHS or lower in WEEKDAYS:
        return None
    return Span(doc, span.start - 1, span.end, label="PERSON")


def _initial_before_name(word: str) -> bool:
    """ "J." or "J": one capital and maybe a full stop; "A" and "I" alone are words."""
    letter = word.rstrip(".")
    return (
        len(letter) == 1
        and letter.isupper()
        and letter.isalpha()
        and (word.endswith(".") or letter not in "AI")
    )


def _after_title(word: Token) -> bool:
    """Whether ``word`` is the second of a person of two words the model found, whose
    first is a capitalised word that is no given name nor a common word (an honorific
    the lists lack: "Hojatoleslam" of "[Hojatoleslam Akbar]", not "[College Lea]");
    the caller reads ``word`` itself."""
    doc = word.doc
    if word.ent_iob_ != "I" or word.ent_type_ != "PERSON" or word.i < 1:
        return False
    title = doc[word.i - 1]
    ends_here = word.i + 1 == len(doc) or doc[word.i + 1].ent_iob_ != "I"
    return (
        title.ent_iob_ == "B"
        and ends_here
        and title.is_alpha
        and title.text.istitle()
        and title.lower_ not in common_words()
        and not is_first_name(title.text)
    )
