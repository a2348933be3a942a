"""Wire copy's words that are no names, and names whose thing only the context says.

``wire_non_entity(span, name, line)`` is true for a row label of an earnings table
("Revs 20.0 mln vs 23 mln", "Avg shrs") opening its line, for a code in capitals in a
row of a futures price table ("UNTRD" after "JUL8"), for the delivery month or the
currency's code opening a row of a volume or rate table ("AUG   213   1421", "DMK
332.490/840", also with its qualifier: "BFR FIN 37.85/88"), for a row of column heads in
capitals ("MTH  BYR   SLR  HIGH"), for a report's period of figures and abbreviations only ("4th Qtr
1986"), for a company's legal
form alone ("Co", cut from "Parke, Davis and Co"), for a nationality adjective in a
fixed compound ("Dutch auction") and for a place inside a company's name ("SHV
(United Kingdom) Holding Co Ltd", "Hongkong and Shanghai Hotels Ltd"): that place
is part of the company mention, not a place mention.

``national_institutions(mentions)`` gives an institution named without its country
("the Finance Ministry", "the Treasury", "Congress") the country the document says
it is of: the country just before it ("Japan's Finance Ministry", "the French
Treasury"), else the one such a mention of the same institution has in the
document, else the country the document names most (at least twice, more than any
other); not for the names wire copy gives the United States' institutions without
the country in stories about others (Congress, Treasury), which take a country the
text states, else the United States unless the story names another country most. Its canonical name
becomes the name the country gives it where the lists have one ("Bank of Japan" for
Japan's "Central Bank", "HM Treasury"), else "of" and the country after a name whose
full name ends so ("Export-Import Bank of Japan", "Central Bank of Brazil"), else a
ministry's title ("Ministry of Finance (Japan)") or the name with the country in
brackets ("Cabinet (Japan)"); a ministry never takes the United States. The United
States' Treasury, Congress, Senate, Supreme Court and Export-Import Bank, also written
after the country ("U.S. Treasury"), take their full names ("United States Department
of the Treasury"); with no country it stays generic. The lists are in
``tasks/data/entity_wire.toml``.

``paragraph_datelines(mentions, text, is_place)`` makes a place of a known place's name
opening a paragraph before a spaced dash and a sentence ("Abidjan - The bank said …"),
the datelines of the wire's highlights, written in the case of prose.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from importlib import resources

import pycountry
from spacy.tokens import Span

from tasks.common_words import common_words
from tasks.entity_labels import org_head
from tasks.entity_people import Named
from tasks.nlp import doc_text, span_text, token_values, word_text

_PLACE_LABELS = frozenset({"GPE", "LOC"})
# What the model makes of a fixed term's first word: a nationality ("Dutch auction"),
# an institution ("Fed funds").
_TERM_LABELS = frozenset({"NORP", "ORG"})
# The words a company's name is made of between a place and its legal form.
_NAME_JOINERS = frozenset({"and", "&", "of", "(", ")", "-"})
_COMPANY_WORDS = 6
_FIGURE_START = frozenset("0123456789(-")
_TABLE_NEXT = frozenset({"vs", "shrs", "shr", "loss", "profit", "div", "net"})
# A figure or an ordinal of a period ("1986", "4th", "1st").
_ORDINAL_OR_FIGURE = re.compile(r"\d+(?:st|nd|rd|th)?|\d[\d,.]*")
# What each of them opens with.
_DIGIT = re.compile(r"\d")
# "Shr profit six cts", "Shr nil": a figure the wire spells out.
_FIGURE_WORDS = frozenset(
    "nil one two three four five six seven eight nine ten eleven twelve".split()
)
_LEAST_MENTIONS = 2
# A word of a text, for the currency words it holds.
_WORD = re.compile(r"[a-z]+")
# Before a compass word, the adverbs that make it a region ("up North", "back East")
# and the most words (lowercase, or a hyphen) between "the" and it ("the
# white-supremacist South").
_DIRECTION_ADVERBS = frozenset({"up", "down", "out", "back"})
_REGION_QUALIFIERS = 4
_UNITED_STATES = "United States"
# Country names written with "the" after "of" ("Export-Import Bank of the Philippines").
_WITH_ARTICLE = frozenset(
    {"United States", "United Kingdom", "Netherlands", "Philippines", "Soviet Union"}
)
# Amounts in dollars and in pounds, as news and wire copy write them ("$5bn", "10
# mln dlrs", "£2bn", "50 mln stg").
_AMERICAN_TREASURY = re.compile(r"\bTreasury Secretary\b|\bSecretary of the Treasury\b")
_DOLLARS = re.compile(r"\$\s?\d|\bdlrs?\b")
_POUNDS = re.compile(
    r"£\s?\d|\bstg\b|\bpounds? sterling\b|\d (?:m|mln|bn|billion|million) pounds\b"
)
# How news writes the country before one of its institutions.
_UNITED_STATES_FORMS = ("U.S.", "US", "United States")
# A row of a futures price table opens with its delivery month and year ("MAY7 284 3/4
# UP 1 1/4", "JUL8 UNTRD"): the capitals after it are the table's codes (up, off,
# untraded, unchanged, settled), no names.
_DELIVERY_ROW = re.compile(r"\s*(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\d{1,2}\s")
# The change column of a wire price table, in capitals between a price and the change
# ("HEMLO GOLD  27 1/4  UP  7/8", "JUN7  48205  UP  2158"), wherever the row opens.
_CHANGE_WORDS = frozenset({"UP", "OFF", "DOWN", "DN", "UNCH"})
# The dollar as the wire writes it after its country ("H.K. Dlrs", "N.Z. Dlr", "U.S.
# Dollars"), and a country's initials with their stops ("H.K.", "N.Z.").
# A row of column heads: cells apart by two spaces or more, at least three of them;
# places and nationalities heading columns ("LONDON  PARIS  ZURICH") stay names.
_COLUMN_GAP = re.compile(r"\s{2,}")
_HEAD_CELLS = 3
_HEAD_ROW_KEEPS = frozenset({"GPE", "LOC", "NORP"})
# The longest qualifier a row code takes before its figure ("BFR FIN 37.85/88").
_CODE_QUALIFIER = 3
# A figure of a table's cell: digits, a fraction, a decimal ("27", "1/4", "0.15").
_TABLE_FIGURE = re.compile(r"[\d][\d,./]*")
# What the model runs on into after a change word: its figure, the next row's
# delivery month and year ("OFF 0.17 AUG7").
_CHANGE_RUN = re.compile(r"[\d][\d,./]*|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\d")
# Legal forms too ambiguous alone (South Australia, an attorney general) but a
# company's end before "of Canada".
_FORMS_BEFORE_OF = frozenset({"SA", "AG"})
# A company's name as it is written once in full: capitalised words (or "&", "and",
# "de" between them) on one line, then its legal form or its ticker in angle brackets
# ("Safeguard Scientifics Inc <SFE>", "Taft Broadcasting <TFB>").
# A listed company's ticker in angle brackets, an exchange's suffix after its stop
# ("<ACW>", "<BKFG.F>").
TICKER = r"<[A-Z][A-Z0-9]*(?:\.[A-Z]{1,3})?>"
_NAME_WORD = re.compile(r"[A-Z][\w&'.-]*|&|and|de|" + TICKER)
_TICKER_END = re.compile(r"[A-Z0-9.]*>")
_INNER_JOINERS = frozenset({"&", "and", "de"})
_NAME_GAP = frozenset({" "})
# Besides the institutions' heads of entity_labels.org_head, a market's exchange and an
# international organisation end a headline's name ("LONDON METAL EXCHANGE",
# "INTERNATIONAL COFFEE ORGANISATION").
_HEADLINE_HEADS = frozenset({"exchange", "organisation", "organization"})
# The date that ends the headline of a wire table or market report ("… CLOSING - APR
# 7", "… NOON - APRIL 7", "… VOL/OPEN INTEREST-APRIL 6").
_DATED_HEADLINE = re.compile(
    r"[-\s](?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\.?\s+\d{1,2}\s*$"
)


def wire_non_entity(span: Span, name: str, line: str, line_start: int) -> bool:
    """True when the model's ``span`` (cleaned ``name``; ``line``, starting at
    ``line_start``, is its line) names nothing (see the module docstring)."""
    data = _wire_data()
    if name in data.legal_forms or _ticker(span, line, line_start):
        return True
    # The label once: each read of ``Span.label_`` looks its string up.
    label = span.label_
    if name.isupper() and label not in _PLACE_LABELS and _DELIVERY_ROW.match(line):
        return True
    if label in _TERM_LABELS and _in_fixed_term(span, data.fixed_terms):
        return True
    if label in _PLACE_LABELS and _in_company_name(span, data.legal_forms):
        return True
    if _code_row(span, name, line, line_start, data.table_codes):
        return True
    if _change_cell(name, line, span.start_char - line_start, span.end_char - line_start):
        return True
    if label not in _HEAD_ROW_KEEPS and _column_heads(name, line):
        return True
    if _figures_and_labels(name, data.table_labels):
        return True
    first = name.split(" ", 1)[0].casefold()
    return first in data.table_labels and _table_row(span, line, line_start, data.table_labels)


def _code_row(span: Span, name: str, line: str, line_start: int, codes: frozenset[str]) -> bool:
    """A table's row code opening its line before a figure: a delivery month in
    capitals, with a year's digit or not ("AUG   213   1421", "JAN8  7000 UP  124"), or
    a currency's code of an exchange-rate table ("DMK 332.490/840"); ``codes`` lists
    them (``[table_codes]``)."""
    if not name.isupper() or name.rstrip("0123456789") not in codes:
        return False
    if line[: span.start_char - line_start].strip():
        return False
    after = line[span.end_char - line_start :].split(None, 2)
    if after and after[0].isupper() and after[0].isalpha() and len(after[0]) <= _CODE_QUALIFIER:
        # "BFR FIN 37.85/88": the code's qualifier (the financial franc) before the figure.
        after = after[1:]
    return bool(after) and after[0][0] in _FIGURE_START


def _column_heads(name: str, line: str) -> bool:
    """A table's row of column heads in capitals, the cells apart by two spaces or more
    and none holding a figure ("MTH  BYR   SLR  HIGH   LOW  SALES"): ``name``, in
    capitals and within one cell, is an abbreviation of the table's, no name."""
    if not name.isupper() or not _COLUMN_GAP.search(line):
        return False
    cells = _COLUMN_GAP.split(line.strip())
    if len(cells) < _HEAD_CELLS or any(ch.islower() or ch.isdigit() for ch in line):
        return False
    return any(name in cell for cell in cells)


def _change_cell(name: str, line: str, start: int, end: int) -> bool:
    """A price table's change column: ``name`` (at ``start:end`` of its ``line``) is a
    change word in capitals ("UP", "OFF", ``_CHANGE_WORDS``) after a figure, and either
    before a figure or the line's end ("27 1/4  UP  7/8") or holding the figure and the
    next row's code the model ran it into ("UP  2158", "OFF 0.17 AUG7"): a table's
    cell, no name."""
    words = name.split()
    if not words or words[0] not in _CHANGE_WORDS:
        return False
    if not all(_CHANGE_RUN.fullmatch(word) for word in words[1:]):
        return False
    before = line[:start].split()
    if not before or not _TABLE_FIGURE.fullmatch(before[-1]):
        return False
    if len(words) > 1:
        # The change's figure is in the name: the next cell may be the next row's code.
        return True
    after = line[end:].split(None, 1)
    return not after or _TABLE_FIGURE.match(after[0]) is not None


def _ticker(span: Span, line: str, line_start: int) -> bool:
    """A listed company's ticker in wire copy's angle brackets ("<ACW>", "<ACW.N>"):
    a code after the company's name, not a mention of its own."""
    start, end = span.start_char - line_start, span.end_char - line_start
    return (
        start > 0
        and line[start - 1] == "<"
        and _TICKER_END.match(line, end) is not None
        and span_text(span).isupper()
    )


def _table_row(span: Span, line: str, line_start: int, labels: frozenset[str]) -> bool:
    """The span opens its line with the labels of a row followed by a figure."""
    if line[: span.start_char - line_start].strip():
        return False
    words = line[span.start_char - line_start :].split()
    row_words = labels | _TABLE_NEXT
    index = 0
    while index < len(words) and words[index].casefold() in row_words:
        index += 1
    if not 0 < index < len(words):
        return False
    return words[index][0] in _FIGURE_START or words[index].casefold() in _FIGURE_WORDS


def _figures_and_labels(name: str, labels: frozenset[str]) -> bool:
    """A name made of a table's abbreviations and figures only ("4th Qtr 1986", "1st
    Qtr"): at least one of each, every word a figure, an ordinal or a row label of the
    earnings tables (``labels``, lowercase): a period of a report, no name."""
    # A figure holds a digit: most names hold none, and then no word is looked up.
    if _DIGIT.search(name) is None:
        return False
    words = name.split()
    # The set look-ups first: most names hold no label, and then no word is matched.
    labelled = sum(word.rstrip(".").casefold() in labels for word in words)
    if not labelled:
        return False
    figures = sum(bool(_ORDINAL_OR_FIGURE.fullmatch(word)) for word in words)
    return figures > 0 and figures + labelled == len(words)


def _in_fixed_term(span: Span, terms: frozenset[tuple[str, str]]) -> bool:
    doc = span.doc
    if span.end >= len(doc):
        return False
    # The word after first: it rules out nearly every span without joining the span's.
    following = word_text(doc, span.end)
    return following in _second_words(terms) and (span_text(span), following) in terms


@cache
def _second_words(terms: frozenset[tuple[str, str]]) -> frozenset[str]:
    """The words that end a fixed term (the curated list, read once)."""
    return frozenset(term[-1] for term in terms)


def _in_company_name(span: Span, legal_forms: frozenset[str]) -> bool:
    """A place followed, on its line, by capitalised words (joined by "and", "of",
    brackets) ending in a legal form: "Hongkong and Shanghai Hotels Ltd"; inside
    brackets after a capitalised word: "SHV (United Kingdom) Holding Co"."""
    doc = span.doc
    index = span.end
    # The model's place that ends in a legal form itself is the company's whole name
    # ("[Hudson Bay Gold Inc] and Farley Gold Inc"), no place inside one.
    if len(span) > 1 and span[-1].text in legal_forms:
        return False
    # "Husky Oil Ltd <HYO.TO> of Canada and Pearson Plc": after a company's legal form
    # or ticker and "of", the company's country, then the next company of a list.
    if span.start > 1 and doc[span.start - 1].text == "of" and index < len(doc):
        before = doc[span.start - 2].text
        company_before = before in legal_forms or before in _FORMS_BEFORE_OF
        if doc[index].text == "and" and (company_before or before.endswith(">")):
            return False
    stop = min(len(doc), span.end + _COMPANY_WORDS)
    # The words from the document's array, no Token made for them (a token's trailing
    # whitespace is one space or none: a line break is a token of its own).
    orth, strings = token_values(doc, "ORTH"), doc.vocab.strings
    while index < stop:
        word = strings[orth[index]]
        if word in legal_forms:
            return index > span.end
        if "\n" in word or not (word[:1].isupper() or word in _NAME_JOINERS):
            return False
        index += 1
    return False


def companies_by_legal_name(mentions: Sequence[Named], text: str) -> None:
    """A "person" named by the first words of a company's name that the document
    writes in full with a legal form or a ticker ("Safeguard Scientifics Inc <SFE>"
    … "Safeguard said", "Williams Cos" … "Williams had a net loss") is that company;
    a name the document completed to a person's full name is left alone."""
    if not any(m.label == "PERSON" and not m.pinned for m in mentions):
        return
    # A document that writes no legal form and no ticker has no company's name to open.
    if "<" not in text and _legal_form_written().search(text) is None:
        return
    openings = _company_openings(text)
    for mention in mentions:
        if mention.label == "PERSON" and not mention.pinned and mention.canonical in openings:
            mention.label = "ORG"


@cache
def _legal_form_written() -> re.Pattern[str]:
    """Any legal form ``_company_openings`` ends a run of name words with, where a name
    word may end (not before a letter, digit, "&", "'", "." or "-"): a document without
    one gives no opening at all, and the search is one pass of the regex engine."""
    forms = sorted(_wire_data().legal_forms | _FORMS_BEFORE_OF, key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, forms)) + r")(?![\w&'.-])")


def _company_openings(text: str) -> frozenset[str]:
    """The names every run of capitalised words before a legal form or a ticker opens
    with, from each of its words: "Williams Natural Gas Co" gives "Williams",
    "Williams Natural", … and "Natural", … (a sentence's first word may stand before
    the name)."""
    forms = _wire_data().legal_forms | _FORMS_BEFORE_OF
    found: set[str] = set()
    for line in text.splitlines():
        run: list[str] = []
        end = -1
        for match in _NAME_WORD.finditer(line):
            if run and line[end : match.start()] not in _NAME_GAP:
                run = []
            word = match.group()
            if word in forms or word.startswith("<"):
                run = run[-_COMPANY_WORDS:]
                found.update(
                    " ".join(run[i:j])
                    for i in range(len(run))
                    for j in range(i + 1, len(run) + 1)
                    if run[i] not in _INNER_JOINERS and run[j - 1] not in _INNER_JOINERS
                )
                run = []
            else:
                run.append(word)
            end = match.end()
    return frozenset(found)


def national_institutions(mentions: Sequence[Named], title: str | None = None) -> None:
    """Give the generic institutions their country (see the module docstring);
    ``title``: the document's headline, which may name the country again."""
    data = _wire_data()
    for mention in mentions:
        if mention.label == "ORG" and (full := _united_states_name(mention.canonical, data)):
            mention.canonical = full
    generic = [m for m in mentions if m.label == "ORG" and _is_institution(m.canonical, data)]
    if not generic:
        return
    named = _countries_named(mentions, data)
    ranked = named.most_common(2)
    dominant = None
    if (
        ranked
        and ranked[0][1] >= _LEAST_MENTIONS
        and (len(ranked) == 1 or ranked[1][1] < ranked[0][1])
    ):
        dominant = ranked[0][0]
    elif title and (again := _named_once_and_in_headline(ranked, title, data)):
        dominant = again
    else:
        dominant = _named_once_with_currency(ranked, mentions, title, data)
    explicit = {id(m): _country_before(m.span, mentions, data) for m in generic}
    by_institution: dict[str, set[str]] = {}
    for mention in generic:
        if (country := explicit[id(mention)]) is not None:
            by_institution.setdefault(mention.canonical, set()).add(country)
    for mention in generic:
        country = explicit[id(mention)]
        if country is None:
            stated = by_institution.get(mention.canonical, set())
            # Wire copy names the United States' Congress and Treasury without the
            # country: theirs where the story names no other country as often, and
            # names the United States or, naming no country, counts in dollars only
            # (the judged stories' unattributed Treasury, Congress and Senate were all
            # the United States'; a British story's "the Treasury" counts in pounds).
            if mention.canonical.casefold() in data.stated_only:
                american = (
                    dominant == _UNITED_STATES
                    or (
                        dominant is None
                        and _of_the_united_states(named, mentions, mention.canonical)
                    )
                    or (
                        mention.canonical == "Congress"
                        and _united_states_institution_named(named, mentions)
                    )
                )
                fallback = _UNITED_STATES if american else None
                if fallback is None and mention.canonical.casefold() in data.by_adjective:
                    fallback = _only_country(named, mentions)
            else:
                fallback = dominant
            country = next(iter(stated)) if len(stated) == 1 else fallback
        if country == _UNITED_STATES and mention.canonical.casefold() in data.united_states:
            mention.canonical = data.united_states[mention.canonical.casefold()]
        elif country is not None and not (country == _UNITED_STATES and _is_ministry(mention)):
            # The United States has departments, no ministries (entity_aliases.toml
            # names them): a ministry the story's most-named country left it is
            # another country's, which the story does not say.
            mention.canonical = _of_country(mention.canonical, country, data)


def _only_country(named: Counter, mentions: Sequence[Named]) -> str | None:
    """The one country a story names, at least twice, when it is not the United States
    and the story counts in no dollars: "the Treasury" of a story on the Netherlands'
    debt that names no other country is the Netherlands' (a story on another country's
    debt that names the United States or counts in dollars may mean the United States'
    Treasury, and keeps it as written). Else ``None``."""
    if len(named) != 1:
        return None
    country, times = next(iter(named.items()))
    if country == _UNITED_STATES or times < _LEAST_MENTIONS:
        return None
    text = doc_text(mentions[0].span.doc)
    # The United States' title for its head ("Treasury Secretary James Baker" on
    # Brazil's debt): the story's treasury is the United States'.
    return None if _DOLLARS.search(text) or _AMERICAN_TREASURY.search(text) else country


def _named_once_and_in_headline(
    ranked: list[tuple[str, int]], title: str, data: _WireData
) -> str | None:
    """The one country the text names, once, when the headline names it too ("SRI
    LANKAN DEBT ROSE" over "Sri Lanka's debts rose …, the Central Bank said"): named
    twice in the document, it is the story's country. Not a country the headline
    names alone: judged stories whose text names no country keep their institutions
    as written."""
    if len(ranked) != 1 or ranked[0][1] != 1:
        return None
    country = ranked[0][0]
    return country if _headline_country(title, data) == country else None


def _named_once_with_currency(
    ranked: list[tuple[str, int]], mentions: Sequence[Named], title: str | None, data: _WireData
) -> str | None:
    """The one country the text names, once, when the text or the headline counts in
    its currency (``[country_currencies]``: "800 mln francs" in a story naming France):
    the story's country. ``None`` otherwise."""
    if len(ranked) != 1 or ranked[0][1] != 1:
        return None
    country = ranked[0][0]
    words = data.country_currencies.get(country)
    if not words:
        return None
    text = f"{title or ''}\n{doc_text(mentions[0].span.doc)}".casefold()
    return country if any(word in words for word in _WORD.findall(text)) else None


# The most words of a country's name or adjective in a headline ("NEW ZEALAND", "WEST
# GERMAN", "SRI LANKAN").
_COUNTRY_WORDS = 3
_HEADLINE_PUNCT = " \t\"'“”‘’,;:!?()[]{}—–|-"


def _headline_country(title: str, data: _WireData) -> str | None:
    """The one country a headline names, by its name or its nationality adjective in
    any case ("JAPAN STILL WANTS ...", "Japanese banks ..."), else ``None`` (none, or
    several). Whole words only; the ISO codes are not read (a headline in capitals
    writes "CAN" and "ARE")."""
    words = [w.strip(_HEADLINE_PUNCT).removesuffix("'S").removesuffix("'s") for w in title.split()]
    found = set()
    for start in range(len(words)):
        for count in range(1, _COUNTRY_WORDS + 1):
            window = " ".join(words[start : start + count]).casefold()
            if country := _headline_names(data).get(window):
                found.add(country)
    return found.pop() if len(found) == 1 else None


@cache
def _headline_names(data: _WireData) -> dict[str, str]:
    """Folded country names and nationality adjectives, to the country: the listed
    adjectives, and the regular "-n" adjective of a name ending in "a" ("Sri Lankan",
    "Kenyan"), as English forms them."""
    names = {name.casefold(): name for name in _countries()}
    names.update((adjective.casefold(), name) for adjective, name in _regular_adjectives().items())
    names.update((adjective.casefold(), country) for adjective, country in data.adjectives.items())
    return names


# The United Nations' initials opening a body's name ("U.N. Conference on Trade and
# Development", "UN Development Programme"): the bodies' own names spell them out
# (un.org, "United Nations Conference on Trade and Development"), as the curated
# "United Nations" entry does for the initials alone (entity_aliases.toml).
_UNITED_NATIONS_INITIALS = re.compile(r"(?:U\.N\.|UN) (?=[A-Z])")


def united_nations_bodies(mentions: Sequence[Named]) -> None:
    """An organisation whose name opens with the United Nations' initials ("U.N.
    Conference on Trade and Development") under its name with them spelled out
    ("United Nations Conference on Trade and Development"), so the two ways of writing
    it are one entity; its acronym, linked to the long form, follows it."""
    for mention in mentions:
        if mention.label == "ORG" and (spelled := united_nations_name(mention.canonical)):
            mention.canonical = spelled


def united_nations_name(name: str) -> str | None:
    """``name`` with the United Nations' opening initials spelled out ("U.N. Conference
    on Trade and Development" -> "United Nations Conference on Trade and
    Development"), else ``None``: for ``united_nations_bodies`` and for callers outside
    a document (the judged-speaker scorer compares names the pipeline's way)."""
    match = _UNITED_NATIONS_INITIALS.match(name)
    return "United Nations " + name[match.end() :] if match else None


# A country's initials closing an organisation's name after "of" ("Reserve Bank of
# NZ", "Bank of N.Z."): capitals, with or without stops.
_OF_INITIALS = re.compile(r" of ((?:[A-Z]\.?){2,3})$")


def countries_spelled_out(
    mentions: Sequence[Named], country_of: Callable[[str], str | None]
) -> None:
    """An organisation whose name ends in "of" and a country's initials ("Reserve Bank
    of NZ") under its name with the country spelled out ("Reserve Bank of New
    Zealand"), as its own name is written; ``country_of``: the country initials stand
    for (the curated aliases: "NZ", "U.K."), else ``None``."""
    for mention in mentions:
        if mention.label != "ORG" or not (found := _OF_INITIALS.search(mention.canonical)):
            continue
        if (country := country_of(found.group(1))) is None:
            continue
        article = "the " if country in _WITH_ARTICLE else ""
        mention.canonical = f"{mention.canonical[: found.start()]} of {article}{country}"


def state_commissions(mentions: Sequence[Named]) -> None:
    """A state's commission named without its state (``[institutions]
    state_commissions``: "the Public Service Commission") takes the one US state the
    document names, as a place or as the first words of an organisation's name
    ("Michigan Bell Telephone Co", "the Michigan Attorney General"), before its name
    ("Michigan Public Service Commission"); naming none or several, it stays."""
    commissions = _wire_data().state_commissions
    found = [m for m in mentions if m.label == "ORG" and m.canonical.casefold() in commissions]
    if not found:
        return
    states = _states_named(mentions)
    if len(states) != 1:
        return
    state = next(iter(states))
    for mention in found:
        mention.canonical = f"{state} {mention.canonical}"


def _states_named(mentions: Sequence[Named]) -> set[str]:
    """The US states a document names: as places, or opening an organisation's name."""
    states = {name.casefold(): name for name in state_names("US")}
    found: set[str] = set()
    for mention in mentions:
        if mention.label == "GPE" and mention.canonical.casefold() in states:
            found.add(states[mention.canonical.casefold()])
        elif mention.label == "ORG":
            words = mention.canonical.split()
            for count in (1, 2):
                opening = " ".join(words[:count]).casefold()
                if len(words) > count and opening in states:
                    found.add(states[opening])
    return found


def generic_institution(name: str) -> str | None:
    """The generic institution and its country behind a name ``national_institutions``
    gives a country's institution ("Ministry of Foreign Affairs (China)" -> "Foreign
    Ministry (China)", "Central Bank of Brazil" -> "Central Bank (Brazil)", "Danmarks
    Nationalbank" -> "Central Bank (Denmark)"), else ``None``: for a caller comparing
    with a name written as the text writes it (the judged speakers)."""
    data = _wire_data()
    base, bracket, country = name.partition(" (")
    country = country.removesuffix(")") if bracket else ""
    for place, names in data.full_names.items():
        for generic, full in names.items():
            if full.casefold() == base.casefold():
                return f"{_written_generic(generic, data)} ({place})"
    for generic in data.of_country:
        head = f"{generic} of "
        if base.casefold().startswith(head):
            place = base[len(head) :].removeprefix("the ")
            return f"{base[: len(generic)]} ({place})"
    folded = base.casefold()
    if bracket and folded.startswith("ministry of "):
        titles = {title.casefold(): p for p, title in data.ministry_titles.items()}
        rest = folded[len("ministry of ") :]
        portfolio = titles.get(rest, rest)
        if portfolio in data.portfolios:
            return f"{portfolio.title()} Ministry ({country})"
    return None


def _written_generic(folded: str, data: _WireData) -> str:
    """A generic institution's name as the lists write it ("central bank" -> "Central
    Bank")."""
    return next((n for n in data.written_institutions if n.casefold() == folded), folded.title())


def _is_ministry(mention: Named) -> bool:
    """Whether the mention's name is a ministry ("Finance Ministry", "Ministry of Trade")."""
    folded = mention.canonical.casefold()
    return folded.endswith(" ministry") or folded.startswith("ministry of ")


def _of_country(name: str, country: str, data: _WireData) -> str:
    """A generic institution's name with its country: the country's own name for it
    (``[institutions.full_names]``: "Bank of Japan" for Japan's "Central Bank", "HM
    Treasury" for the United Kingdom's "Treasury"), else "of" and the country after the
    names of ``[institutions] of_country`` ("Export-Import Bank of Japan"), else the
    country's adjective before those of ``by_adjective`` ("Italian Treasury"), else the
    country in brackets after its name or a ministry's title ("Ministry of Finance
    (Japan)")."""
    folded = name.casefold()
    if folded in data.full_names.get(country, {}):
        return data.full_names[country][folded]
    if folded in data.within_full_names:
        return _full_name_holding(name, data.full_names.get(country, {}).values())
    if folded in data.of_country:
        article = "the " if country in _WITH_ARTICLE else ""
        return f"{name} of {article}{country}"
    if folded in data.by_adjective and (adjective := _adjective_of(country, data)):
        return f"{adjective} {name}"
    return f"{ministry_title(name, data)} ({country})"


def _full_name_holding(name: str, full_names: Iterable[str]) -> str:
    """The one of a country's ``full_names`` that holds ``name`` ("Reserve Bank of New
    Zealand" for "Reserve Bank"), else ``name`` as written (none, or two to choose from)."""
    holding = {full for full in full_names if name.casefold() in full.casefold()}
    return holding.pop() if len(holding) == 1 else name


def _adjective_of(country: str, data: _WireData) -> str | None:
    """The first nationality adjective ``[adjectives]`` lists for ``country`` ("Dutch"
    for the Netherlands), a word ("U.S." is initials), else ``None``."""
    return next(
        (
            adjective
            for adjective, named in data.adjectives.items()
            if named == country and adjective[:1].isupper() and "." not in adjective
        ),
        None,
    )


def ministry_portfolios() -> frozenset[str]:
    """The curated one-word portfolios that name a ministry ("finance", "energy"), in
    lowercase."""
    return frozenset(p for p in _wire_data().portfolios if " " not in p)


def ministry_title(name: str, data: _WireData | None = None) -> str:
    """A ministry named by its portfolio before "Ministry" ("Finance Ministry", "the
    foreign ministry") under the title encyclopaedias give a country's ministry, to which
    the country is added ("Ministry of Finance (Japan)"): "Ministry of" and the
    portfolio, capitalised, or its title in ``[institutions.ministry_titles]``
    ("Ministry of Foreign Affairs"). Any other institution's name as it is."""
    data = data or _wire_data()
    folded = name.casefold()
    if not folded.endswith(" ministry"):
        return name
    portfolio = folded[: -len(" ministry")]
    if portfolio not in data.portfolios:
        return name
    return "Ministry of " + data.ministry_titles.get(portfolio, portfolio.title())


def _countries_named(mentions: Sequence[Named], data: _WireData) -> Counter:
    """How often the document names each country: as a place, or by its nationality
    ("the Mexican government"), which counts twice where it qualifies the state:
    "British banks" in a story on Mexico's debt says whose banks, less surely whose
    ministry."""
    countries = _countries()
    named: Counter = Counter()
    for mention in mentions:
        if mention.label == "GPE" and mention.canonical in countries:
            named[mention.canonical] += 1
        elif mention.label == "NORP" and span_text(mention.span) in data.adjectives:
            weight = 2 if _of_the_state(mention.span, data) else 1
            named[data.adjectives[span_text(mention.span)]] += weight
    return named


def united_states_regions(mentions: Sequence[Named]) -> None:
    """A compass region written alone after "the" ("across the West", "in the South")
    is the United States' region ("Western United States", curated
    ``[united_states_regions]``) in a story that names a US state and no other country
    than the United States; elsewhere it stays as written: "the West" of a story on
    Soviet trade is the Western world, "the South" of a story on Korea is South Korea."""
    regions = _wire_data().united_states_regions
    found = [
        m
        for m in mentions
        if m.label == "LOC"
        and m.canonical == m.name
        and m.name in regions
        and _region_before(m.span)
    ]
    if not found or not _american_story(mentions):
        return
    for mention in found:
        mention.canonical = regions[mention.name]


def _region_before(span: Span) -> bool:
    """Whether the words before a compass word make it a region: "the" ("the South"),
    also across lowercase words ("the white-supremacist South"), a verb of motion or
    an adverb of direction ("migrated North", "up North", "out West")."""
    doc = span.doc
    at = span.start - 1
    if at < 0:
        return False
    if doc[at].pos_ == "VERB" or doc[at].lower_ in _DIRECTION_ADVERBS:
        return True
    while at >= 0 and span.start - at <= _REGION_QUALIFIERS:
        word = doc[at]
        if word.lower_ == "the":
            return True
        if not (word.is_lower or word.text == "-"):
            return False
        at -= 1
    return False


def _american_story(mentions: Sequence[Named]) -> bool:
    """Whether the story is set in the United States: it names one of its states and no
    country but the United States ("known in the West as …" of a story on Iran that
    names the United States most is the Western world)."""
    named = _countries_named(mentions, _wire_data())
    if any(country != _UNITED_STATES for country in named):
        return False
    states = _united_states_states()
    return any(m.label == "GPE" and m.canonical.casefold() in states for m in mentions)


def _of_the_united_states(named: Counter, mentions: Sequence[Named], institution: str) -> bool:
    """Whether a story that names no country most is the United States': it names the
    United States as often as any other country, or names none, never counts in pounds
    and counts in dollars or names an institution the passes before gave the United
    States' full name ("the Senate" by its cue words); for "Congress" also where it
    names one of the states (a story on Congress naming a state and no country is
    American, and no state has a congress, while each has a senate, a treasury and a
    supreme court of its own: "Senate Bill 10" of a Texas story is Texas'); for an
    executive department ("Department of Energy") the story need not count in dollars."""
    if named:
        return named[_UNITED_STATES] >= max(named.values())
    text = doc_text(mentions[0].span.doc)
    if _POUNDS.search(text):
        return False
    if _is_department(institution):
        # The United States has departments where most governments have ministries: a
        # story naming no country and no pounds needs no more evidence for one.
        return True
    states = _united_states_states() if institution == "Congress" else frozenset()
    return (
        bool(_DOLLARS.search(text))
        or any(m.label == "GPE" and m.canonical.casefold() in states for m in mentions)
        or _names_united_states_body(mentions)
    )


def _united_states_institution_named(named: Counter, mentions: Sequence[Named]) -> bool:
    """Whether a story names the United States and one of its institutions by the full
    name the passes before gave it ("State Department spokeswoman" of a story on aid
    to Egypt that names Egypt most): the bare "Congress" that voted the aid is then the
    United States', which the story sets beside another country's affairs. Another
    country's congress is written after its name ("Peru's Congress") and takes it."""
    return named[_UNITED_STATES] > 0 and _names_united_states_body(mentions)


def _names_united_states_body(mentions: Sequence[Named]) -> bool:
    """Whether an organisation among ``mentions`` has the United States' full name
    the passes before gave it ("United States Department of State")."""
    return any(m.label == "ORG" and m.canonical.startswith(_UNITED_STATES + " ") for m in mentions)


def _is_department(name: str) -> bool:
    """Whether ``name`` is an executive department's ("Department of Energy")."""
    return name.casefold().startswith("department of ")


@cache
def _united_states_states() -> frozenset[str]:
    """Folded names of the states of the United States and its district."""
    return frozenset(name.casefold() for name in state_names("US"))


@cache
def state_names(country_code: str) -> tuple[str, ...]:
    """The names of a country's states or provinces, its first-level ISO 3166-2
    subdivisions (``pycountry``), as the standard writes them. Read here, where
    tasks.entity_places (which imports this module through tasks.entity_filters) can
    call it."""
    return tuple(
        subdivision.name
        for subdivision in pycountry.subdivisions.get(country_code=country_code)
        if subdivision.parent_code is None
    )


def united_states_name(name: str) -> str | None:
    """The full name the pipeline gives a United States institution written after the
    country ("U.S. Treasury" -> "United States Department of the Treasury"), else
    ``None``: the same table ``national_institutions`` reads, for callers outside a
    document (the judged-speaker scorer compares names the pipeline's way)."""
    return _united_states_name(name, _wire_data())


def _united_states_name(name: str, data: _WireData) -> str | None:
    """The full name of a United States institution written after the country ("U.S.
    Treasury", "US Congress"), else ``None``."""
    for form in _UNITED_STATES_FORMS:
        if name.startswith(form + " "):
            return data.united_states.get(name[len(form) + 1 :].casefold())
    return None


def _of_the_state(span: Span, data: _WireData) -> bool:
    """Whether the nationality before this point qualifies the state ("the French
    government", "Japanese officials"), not a people or a trade ("French banks")."""
    following = span.doc[span.end : span.end + 1]
    return bool(following) and following[0].lower_ in data.state_nouns


def _is_institution(canonical: str, data: _WireData) -> bool:
    folded = canonical.casefold()
    if folded in data.institutions:
        return True
    if folded.endswith(" ministry"):
        return folded[: -len(" ministry")] in data.portfolios
    return folded.startswith("ministry of ") and folded[len("ministry of ") :] in data.portfolios


def _country_before(span: Span, mentions: Sequence[Named], data: _WireData) -> str | None:
    """The country named just before the institution: a place ("Japan's", "U.S."),
    or a nationality adjective ("the French Treasury"), tagged or not."""
    doc = span.doc
    index = span.start
    while index > 0 and doc[index - 1].text in ("'s", "’s", ")"):
        index -= 1
    for mention in mentions:
        if mention.span.end == index and mention.span.end > mention.span.start:
            if mention.label == "GPE" and mention.canonical in _countries():
                return mention.canonical
            if mention.label == "NORP":
                return _nationality_country(span_text(mention.span), data)
    # The model may tag no nationality before an institution ("the Bolivian Congress"):
    # the word itself, or the two words of a compound one ("West German").
    for size in (2, 1):
        words = doc[max(index - size, 0) : index]
        if len(words) == size and words.text[:1].isupper():
            country = _nationality_country(words.text, data)
            if country is not None:
                return country
    return None


def _nationality_country(adjective: str, data: _WireData) -> str | None:
    """The country of a nationality adjective written just before an institution: a
    listed one (``[adjectives]``), else the regular "-n" adjective of a country's name
    ending in "a" ("the Bolivian Congress", "the Kenyan Parliament"), as
    ``_headline_names`` reads them; ``None`` for another word."""
    return data.adjectives.get(adjective) or _regular_adjectives().get(adjective)


@cache
def _regular_adjectives() -> dict[str, str]:
    """The regular "-n" nationality adjective of each country whose name ends in "a"
    ("Bolivian", "Kenyan"), to the country; not one that opens another country's name
    ("Dominican" is the Dominican Republic's as much as Dominica's)."""
    countries = _countries()
    adjectives = {f"{name}n": name for name in countries if name.endswith("a")}
    return {
        adjective: name
        for adjective, name in adjectives.items()
        if not any(other.startswith(adjective + " ") for other in countries)
    }


class _WireData:
    __slots__ = (
        "adjectives",
        "by_adjective",
        "country_currencies",
        "currency_units",
        "fixed_terms",
        "full_names",
        "institutions",
        "legal_forms",
        "ministry_titles",
        "of_country",
        "portfolios",
        "state_commissions",
        "state_nouns",
        "stated_only",
        "table_codes",
        "table_labels",
        "united_states",
        "united_states_regions",
        "within_full_names",
        "written_institutions",
    )

    def __init__(self, data: dict) -> None:
        self.table_labels = frozenset(data["table_labels"]["words"])
        codes = data["table_codes"]
        self.table_codes = frozenset(codes["months"]) | frozenset(codes["currencies"])
        self.legal_forms = frozenset(data["legal_forms"]["names"])
        self.currency_units = frozenset(data["currency_units"]["words"])
        self.country_currencies = {
            country: frozenset(words) for country, words in data["country_currencies"].items()
        }
        self.fixed_terms = frozenset(
            tuple(term.split(" ", 1)) for term in data["fixed_terms"]["terms"]
        )
        self.institutions = frozenset(n.casefold() for n in data["institutions"]["names"])
        self.written_institutions = tuple(data["institutions"]["names"])
        self.portfolios = frozenset(data["institutions"]["portfolios"])
        self.ministry_titles = dict(data["institutions"]["ministry_titles"])
        self.full_names = {
            country: {name.casefold(): full for name, full in names.items()}
            for country, names in data["institutions"]["full_names"].items()
        }
        self.of_country = frozenset(n.casefold() for n in data["institutions"]["of_country"])
        self.within_full_names = frozenset(
            n.casefold() for n in data["institutions"]["within_full_names"]
        )
        self.by_adjective = frozenset(n.casefold() for n in data["institutions"]["by_adjective"])
        self.stated_only = frozenset(n.casefold() for n in data["institutions"]["stated_only"])
        self.state_nouns = frozenset(data["institutions"]["state_nouns"])
        self.state_commissions = frozenset(
            n.casefold() for n in data["institutions"]["state_commissions"]
        )
        self.united_states = {
            name.casefold(): full for name, full in data["institutions"]["united_states"].items()
        }
        self.adjectives = dict(data["adjectives"])
        self.united_states_regions = dict(data["united_states_regions"])


def country_of_currency(span: Span, country: Callable[[str], str | None]) -> Span | None:
    """The country of a currency named by its country's abbreviation and a currency
    word (``[currency_units]``: "[H.K.] Dlrs", "[N.Z.] Dollar", "[U.K.] Stg"): the
    words before the currency word, a GPE, when ``country`` (name -> label or None)
    calls them a GPE; else ``None``. Only a title-cased or capitalised currency word
    after one or two words that name a country, so a surname after a given name that
    is also a country's ("Jordan Marks") is no currency and stays."""
    # The last word from the document's array first: most names end in no currency word.
    units, strings = _wire_data().currency_units, span.doc.vocab.strings
    if strings[token_values(span.doc, "LOWER")[span.end - 1]] not in units:
        return None
    # "The N.Z. Dollar" opening a sentence: the model keeps the article in the span.
    start = span.start + 1 if span[0].lower_ == "the" else span.start
    if not 2 <= span.end - start <= 3:
        return None
    unit = span[-1]
    if not unit.text[:1].isupper() or unit.lower_ not in _wire_data().currency_units:
        return None
    place = span.doc[start : span.end - 1]
    if country(span_text(place)) != "GPE":
        return None
    return Span(span.doc, place.start, place.end, label="GPE")


def currency_units() -> frozenset[str]:
    """The currency words that end a currency named by its country ("dlrs", "stg":
    ``[currency_units]`` of entity_wire.toml, lowercase)."""
    return _wire_data().currency_units


@cache
def _wire_data() -> _WireData:
    source = resources.files("tasks") / "data" / "entity_wire.toml"
    return _WireData(tomllib.loads(source.read_text(encoding="utf-8")))


def table_label_words() -> frozenset[str]:
    """The first words of the row labels of wire copy's earnings tables, lowercase
    ("shr", "revs": ``[table_labels]`` of entity_wire.toml)."""
    return _wire_data().table_labels


def is_country(name: str) -> bool:
    """Whether ``name`` is a country's name as canonical names write it."""
    return name in _countries()


@cache
def _countries() -> frozenset[str]:
    """Country names as the canonical names write them: the ISO names and common
    names, and the countries of the adjective table (West Germany, Soviet Union)."""
    names = set(_wire_data().adjectives.values())
    for country in pycountry.countries:
        names.add(country.name)
        if common := getattr(country, "common_name", None):
            names.add(common)
    return frozenset(names)


def headline_place(
    span: Span,
    line_of: Callable[[Span], str],
    is_place: Callable[[str], bool],
    is_group: Callable[[str], bool],
    is_curated_org: Callable[[str], bool] = lambda name: False,
) -> Span | None:
    """The place, nationality or curated organisation opening a span the model ran on
    over the common words of a line written wholly in capitals: the headline of a wire
    table or market report ("MONTREAL INDICES CLOSING - APR 7", "CANADIAN EXCHANGE NOON",
    "LONDON COFFEE ROBUSTA OPENING", "MOODY'S YIELD FIGURES"), where the case no longer
    says where a name ends. ``line_of`` gives that line (or the headline in capitals
    quoted in it). ``is_place``, ``is_group`` and ``is_curated_org`` ask of a name in the
    case of prose ("Montreal", "Canadian", "Moody's"). The span's first words, as a GPE
    (a place), a NORP (a nationality) or an ORG, when the words after them end in no
    institution's head ("LONDON METAL EXCHANGE" stays) and hold a listed common word or
    the line ends in the report's date ("- APR 7"); else ``None``."""
    if len(span) < 2 or not span_text(span).isupper() or any(ch.islower() for ch in line_of(span)):
        return None
    # "KANSAS CITY", "MOODY'S INVESTORS SERVICE": the whole span is a name.
    whole = span_text(span).title()
    if is_place(whole) or is_curated_org(whole):
        return None
    for cut in range(len(span) - 1, 0, -1):
        # "MOODY" "'S": a possessive ending stays with its name.
        if span[cut].text[:1] in "'’":
            continue
        head = " ".join(token.text for token in span[:cut]).title().replace(" '", "'")
        # A one-word place that is also a common word ("CENTRAL U.S.") opens no name.
        place = is_place(head) and not (cut == 1 and head.casefold() in common_words())
        label = "GPE" if place else "NORP" if cut == 1 and is_group(head) else None
        if label is None and is_curated_org(head):
            label = "ORG"
        if label is None:
            continue
        rest = [part for token in span[cut:] for part in re.findall(r"[A-Za-z]+", token.text)]
        folded = [part.casefold() for part in rest]
        # "CENTRAL U.S. CARLOT BEEF": a word before a place qualifies it.
        if not rest:
            return None
        if names_institution(rest) or any(is_place(t.text.title()) for t in span[cut:]):
            return None
        dated = _DATED_HEADLINE.search(line_of(span)) is not None
        if not dated and not any(part in common_words() for part in folded):
            return None
        return Span(span.doc, span.start, span.start + cut, label=label)
    return None


def names_institution(words: list[str]) -> bool:
    """Whether the words of a headline end in an institution's head ("… EXCHANGE",
    "… ORGANISATION", "… BOARD"), in any case."""
    folded = [word.casefold() for word in words]
    return bool(folded) and (org_head(folded) or folded[-1] in _HEADLINE_HEADS)


# A dateline in the case of prose opening a paragraph of a story of several filed from
# different places ("Abidjan - The bank said …", the wire's highlights): the dash between
# spaces and the capital after it.
_PARAGRAPH_DATELINE = re.compile(r" [-—–]{1,2} [A-Z\"“]")
# The fewest lowercase words of a story's line after its dateline.
_LOWER_RUN = re.compile(r"\b[a-z]+\b")
_STORY_WORDS = 3
_DATELINE_LABELS = frozenset({"ORG", "PERSON", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"})


def paragraph_datelines(
    mentions: Sequence[Named], text: str, is_place: Callable[[str], bool]
) -> None:
    """Make a place of a name ``is_place`` knows (a curated place, a first-level
    subdivision, a gazetteer city) that the model took for something else where it opens
    a line of ``text`` just before a spaced dash and a capital ("Abidjan - The African
    bank said …"): the place a paragraph of the wire's highlights was filed from. Only the
    mention's line opening and the characters after it are read."""
    for mention in mentions:
        if mention.label not in _DATELINE_LABELS or mention.pinned:
            continue
        start, end = mention.span.start_char, mention.span.end_char
        if start > 0 and text[start - 1] != "\n":
            continue
        if _PARAGRAPH_DATELINE.match(text, end) is None or not _story_after(text, end):
            continue
        if is_place(mention.name):
            mention.label, mention.canonical = "GPE", mention.name


def _story_after(text: str, end: int) -> bool:
    """Whether the line of ``text`` going on at ``end`` is a story's sentence, with
    lowercase words ("- Federal Reserve Board chairman … said debtor nations …"), not a
    fixture or a heading ("Chelsea - Arsenal 2-1")."""
    newline = text.find("\n", end)
    rest = text[end : newline if newline >= 0 else len(text)]
    return len(_LOWER_RUN.findall(rest)) >= _STORY_WORDS
