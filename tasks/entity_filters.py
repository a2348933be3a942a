"""Mentions the model takes for names that are no entity at all.

``is_non_entity(span, name, words)`` takes a model entity span, its cleaned name and
the document's :class:`WordCase` counts, and says whether it is one of: a
contraction or other all-lowercase text ("n’t", "masala", "nonstick pan"); an email
address, URL or handle; a code identifier ("ValueError", a name in a line of code);
markup or symbols ("|  |", "♥…"); a word mixing Latin letters with Cyrillic or Greek
look-alikes ("Аdvеrtіѕе"); a file name in a path ("misc/CA.pl"); a common word in
capitals ("ACCIDENT"); a heading, menu or table line, or a capitalised word opening a
sentence or a list item, whose words the document otherwise writes in lowercase
("Grooming & Maintenance", "Chick to chick.", "• Register with …"); a capitalised
common phrase that the document also writes with its last word in
lowercase ("Sunny Weather" beside "Sunny weather", "Potted Bougainvillea" beside
"potted bougainvillea"); the portfolio of a minister's title ("Finance Minister",
"Home Secretary"); a sentence-initial participle ("Dubbed the …"); a numbered part
of the page that the model takes for a law ("Chapter 31", "Variation 1") where the
document numbers that word more than once or writes it in lowercase; a grade of a
credit rating ("AAA", "D/P-8") in a text about ratings.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from tasks.common_words import common_words
from tasks.entity_labels import org_head
from tasks.entity_references import is_reference_line
from tasks.entity_wire import TICKER, ministry_portfolios
from tasks.nlp import doc_text, span_text, token_values
from tasks.person_gender import is_first_name

_WEB = re.compile(r"@|://|\bwww\.|\.(?:com|org|net|co|uk|io|gov|edu|de)\b", re.IGNORECASE)
_CODE_NAME = re.compile(
    r"_|\(\)|[{}<>=;]|^[A-Z]\w*[a-z](?:Error|Exception|Warning)$|^\w+\.\w*[a-z]\w*\.\w+"
)
# A line of code: a mark anywhere in it, or an opening. Each alternative of the marks
# starts with a literal character, so the regex engine skips to those characters
# instead of trying every alternative at every position of a long paragraph.
_CODE_MARK = re.compile(r"\{|\}|=|;\s*$|\"\s*:|</?\w+>")
# Wire copy gives a listed company's ticker in angle brackets after its name
# ("Acme Widgets Inc <ACW>"), one per exchange for a company listed on two ("Acme
# Group <ACG> <ACM>"): capitals after a capitalised word are no markup tag.
_WIRE_TICKER = re.compile(r"\b[A-Z][\w.&'-]*(?: " + TICKER + r")+(?=[\s,.;:)]|$)")
_CODE_OPENING = re.compile(
    r" {2,}\S|\s*(?:def|class|import|from|return|const|var|let|except|raise)\s|\s*#include"
    # A Dockerfile instruction in capitals, then a lowercase word, a path or a variable,
    # or a path later on ("RUN pip install", "COPY Gemfile Gemfile.lock /app/"), as the Docker
    # reference writes them: a heading in capitals ("FROM THE ARCHIVE") has neither.
    r"|\s*(?:FROM|RUN|COPY|ADD|WORKDIR|CMD|ENTRYPOINT|ENV|EXPOSE|ARG)\s+"
    r"(?:[a-z./$\[~-]|.*\s[./$~])"
)
# A file named in a path ("misc/CA.pl", "/etc/Config.txt"): a stem and a short lowercase
# extension, just after a slash.
_FILE_NAME = re.compile(r"[\w-]+\.[a-z]{1,4}")
# A word of a name: letters first, then letters, digits, apostrophes or hyphens.
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Two ASCII letters anywhere: a name has at least two letters.
_TWO_LETTERS = re.compile(r"[A-Za-z][^A-Za-z]*[A-Za-z]")
_FUNCTION_WORDS = frozenset("and & of the for in on a an to with or at by".split())
_PARTICIPLE_FOLLOWERS = frozenset("the a an by as in with to after from at on ' ‘ “ \"".split())
_HEADING_LABELS = frozenset({"ORG", "WORK_OF_ART", "EVENT", "PRODUCT", "PERSON", "FAC", "LAW"})
# A place or group of one word opening its sentence is a capitalised common word when
# the document otherwise writes it in lowercase ("Chick to chick.").
_ONE_WORD_LABELS = frozenset({"GPE", "LOC", "NORP"})
_SHOUTED_LENGTH = 5
# Regular endings of English nouns and verbs, longest first; a stem keeps 4 letters.
_INFLECTIONS = ("ing", "es", "ed", "s", "")
_STEM_LENGTH = 4
_SEPARATORS = "\n|\t"
_BREAK = re.compile(r"[\n|\t]")
# The letter before the look-behind (as in ``_INNER_CAPITAL``): the engine skips to a
# lowercase letter instead of trying the look-behind at every position of the text. The
# word's letters are taken possessively (``*+``): a shorter word would be followed by a
# letter, which the look-ahead refuses, so giving letters back never finds a match.
_LOWER_WORD = re.compile(r"[a-z](?<![\w'’.@/-][a-z])[a-z'’-]*+(?![\w'’@/-]|\.\w)")
# The most frequent English function words: in English prose they make a third of
# the words written in lowercase, in German or French prose a few in a hundred (the
# words some languages share, "in", "an", "so", are left out).
_ENGLISH_WORDS = frozenset(
    """the and of to is that for it with was on as are be this by from have has not but
    or they you he she we his her their which were will would""".split()
)
_ENGLISH_SHARE = 0.08
_LANGUAGE_MIN_WORDS = 50
# A portfolio in a job title: the words before these titles name a brief, not an
# organisation ("Finance Minister"), under the labels the model gives organisations.
_PORTFOLIO_TITLES = frozenset({"Minister", "Secretary"})
# Wire copy also writes the title in lowercase after a capitalised portfolio ("Energy
# minister"), where a country may stand too ("a Cameroon minister"): before the
# lowercase title only a ministry's word, the curated portfolios of entity_wire.toml and
# the further ministries of the cabinets Reuters-21578's tuning lines name; "Labour" and
# "Labor" (also parties) and the adjective "economic" are left out.
_LOWERCASE_TITLE = "minister"
_NOT_PORTFOLIOS_BEFORE_MINISTER = frozenset({"labour", "labor", "economic"})
_MORE_PORTFOLIOS = frozenset(
    "budget culture environment home housing information mining tourism works".split()
)
_PORTFOLIO_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT", "LAW"})
_PORTFOLIO_WORDS = 3
# A newspaper's page in a lettered section: the section's letter and the page's number.
_SECTION_PAGE = re.compile(r"Pages? [A-Z]\d{1,3}")
# A numbered part: a capitalised word and a number, the whole mention ("Chapter 31").
_NUMBERED = re.compile(r"([A-Z][a-z]{2,}) (\d{1,3})")
# How statutes and treaties are divided: "Article 50", "Section 8" (of a housing act)
# name a law however often the text numbers them, so these words are never a part.
_LAW_DIVISIONS = frozenset(
    "Article Section Title Amendment Proposition Clause Schedule Act".split()
)
# The grades of the rating agencies (S&P and Fitch "AAA" to "D" with "+"/"-", Moody's
# "Aaa" to "C" with 1 to 3, short-term "A-1" and "P-1", Duff and Phelps "D&P-1" to
# "D&P-14"), of two characters at least, and the words of a text about ratings.
_RATING_GRADE = re.compile(
    r"(?:AAA|AA|BBB|BB|CCC|CC|Aaa|Aa|Baa|Ba|Caa|Ca)[123+-]?|[AP]-[123]\+?|D(?:&|/)?P-\d{1,2}"
)
# The letters a grade opens with (``_RATING_GRADE``'s alternatives).
_RATING_INITIALS = frozenset("ABCDP")
_RATING_WORDS = ("rating", "ratings", "rated", "downgraded", "upgraded", "downgrade", "upgrade")
# Bullets and item numbers that open a list item ("•", "*", "3."), at most two tokens.
_LIST_MARKER = re.compile(r"^(?:[•·▪◦*‣–-]|\d{1,2}[.)]?)$")
_MARKER_TOKENS = 2
# The look-behind follows the capital, so that the regex engine skips to capitals
# instead of trying the look-behind at every position of the text.
_INNER_CAPITAL = re.compile(r"[A-Z](?<=[a-z,;&] [A-Z])[a-z'’-]*+(?![\w'’-])")

# A headline quoted in prose holds four words in capitals at least.
_HEADLINE_WORD = re.compile(r"\b[A-Z][A-Z'.]*[A-Z]\b")
_HEADLINE_WORDS = 4


@dataclass(frozen=True, slots=True)
class WordCase:
    """How often each word (folded) is written in lowercase, and capitalised away
    from the start of a sentence, in one document."""

    lower: Counter[str]
    capitalised: Counter[str]
    breaks: list[int]
    text: str

    @classmethod
    def of(cls, doc: Doc) -> WordCase:
        """Count the words of ``doc``'s text (capitalised ones after a lowercase word
        or a comma, so not opening a sentence or a line) and find where its lines and
        table cells break."""
        text = doc_text(doc)
        lower = Counter(_LOWER_WORD.findall(text))
        capitalised = Counter(word.lower() for word in _INNER_CAPITAL.findall(text))
        breaks = [match.start() for match in _BREAK.finditer(text)]
        return cls(lower, capitalised, breaks, text)

    def is_english(self) -> bool:
        """False when the document is plainly in another language: at least 50 words in
        lowercase, and fewer than 8 in 100 of them English function words."""
        total = sum(self.lower.values())
        if total < _LANGUAGE_MIN_WORDS:
            return True
        return sum(self.lower[word] for word in _ENGLISH_WORDS) >= _ENGLISH_SHARE * total

    def line_of(self, span: Span) -> str:
        """The line (or table cell) of the document that holds ``span``."""
        start, end = self.line_bounds(span)
        return self.text[start:end]

    def headline_of(self, span: Span) -> str:
        """The line that holds ``span``, or where the line is prose, the headline in
        capitals the span stands in ("In WASHINGTON story headlined "SENIOR U.S.
        OFFICIAL TO VISIT JAPAN AS TRADE ROW GROWS" please read …"): the run of the line
        around the span without a lowercase letter, when it holds four words at least
        (fewer are a few acronyms in prose: "NATO AND EU")."""
        start, end = self.line_bounds(span)
        line = self.text[start:end]
        if not any(char.islower() for char in line) or any(
            char.islower() for char in self.text[span.start_char : span.end_char]
        ):
            return line
        before = self.text[start : span.start_char]
        after = self.text[span.end_char : end]
        opening = len(before) - next(
            (i for i, char in enumerate(reversed(before)) if char.islower()), len(before)
        )
        closing = next((i for i, char in enumerate(after) if char.islower()), len(after))
        run = self.text[start + opening : span.end_char + closing]
        return run if len(_HEADLINE_WORD.findall(run)) >= _HEADLINE_WORDS else line

    def line_bounds(self, span: Span) -> tuple[int, int]:
        """Start and end offsets of the line (or table cell) that holds ``span``."""
        after = bisect_left(self.breaks, span.end_char)
        before = bisect_left(self.breaks, span.start_char) - 1
        start = self.breaks[before] + 1 if before >= 0 else 0
        end = self.breaks[after] if after < len(self.breaks) else len(self.text)
        return start, end

    def is_common(self, word: str) -> bool:
        """True when the document writes ``word`` in lowercase at least as often as
        capitalised in the middle of a sentence: a common word, not a name."""
        folded = word.lower()
        # ``get``: a Counter's missing word is a call of ``__missing__`` in Python.
        lowered = self.lower.get(folded, 0)
        return lowered > 0 and lowered >= self.capitalised.get(folded, 0)


def is_non_entity(
    span: Span,
    name: str,
    words: WordCase,
    elsewhere: bool = False,
    curated: bool = False,
    line: str | None = None,
) -> bool:
    """True when the mention ``span`` (cleaned name ``name``; ``elsewhere``: the
    document names it again; ``curated``: the curated files know it; ``line``: its
    line, ``words.line_of(span)``, where the caller has it) is no entity."""
    text = span_text(span)
    if name.isascii():
        # The same test without a call per character, for the common ASCII name.
        if name.lower() == name or _TWO_LETTERS.search(name) is None:
            return True
    elif not any(ch.isupper() for ch in name) or sum(ch.isalpha() for ch in name) < 2:
        return True
    # ``_WEB`` needs an "@", a ":" or a full stop: most names have none.
    web = ("@" in text or "." in text or ":" in text) and _WEB.search(text) is not None
    if web or _CODE_NAME.search(name) or _has_symbols(text):
        return True
    if _in_path(span, name):
        return True
    if _mixed_script(name):
        return True
    if not curated and shouted_common_word(name, words):
        return True
    if line is None:
        line = words.line_of(span)
    if _is_code_line(line):
        return True
    heading_label = span.label_ in _HEADING_LABELS or (
        span.label_ in _ONE_WORD_LABELS and " " not in name
    )
    if heading_label and _is_heading(span, name, line, words, elsewhere):
        return True
    if not curated and _person_of_common_words(span, name, words):
        return True
    # A named event or law stays, though the text also speaks of one in lowercase ("the
    # Civil War" beside "a civil war").
    if (
        not curated
        and span.label_ not in ("EVENT", "LAW")
        and _written_as_common_phrase(name, words)
    ):
        return True
    if not curated and _portfolio_of_title(span, name):
        return True
    if not curated and _numbered_part(span, name, words):
        return True
    if _rating_grade(name, words):
        return True
    if _section_page(name):
        return True
    return _is_initial_participle(span)


def _section_page(name: str) -> bool:
    """A newspaper's page in a lettered section ("Page B1", "Pages A12"), as a letter to
    the editor cites the article it answers: a place in a paper, no entity."""
    return name.startswith("Page") and _SECTION_PAGE.fullmatch(name) is not None


# A few lines only: the mentions of one paragraph ask about its line in turn; a
# document's lines are not asked about again once it is done.
@lru_cache(maxsize=8)
def _is_code_line(line: str) -> bool:
    """A line of code or markup: braces, an assignment, a closing semicolon, a JSON key,
    a tag, or an indented or keyword opening ("def", "import", "#include", a Dockerfile's
    "COPY" or "RUN")."""
    if "<" in line:
        line = _WIRE_TICKER.sub("Name", line)
    return _CODE_MARK.search(line) is not None or _CODE_OPENING.match(line) is not None


def _in_path(span: Span, name: str) -> bool:
    """A file name in a path ("edit misc/CA.pl"): no name, though its stem is in
    capitals."""
    # A file name holds a full stop: most names hold none.
    if span.start == 0 or "." not in name or _FILE_NAME.fullmatch(name) is None:
        return False
    before = span.doc[span.start - 1]
    return before.text.endswith("/") and not before.whitespace_


@lru_cache(maxsize=1)
def _lowercase_title_portfolios() -> frozenset[str]:
    """The ministries' words that may stand before a lowercase "minister"."""
    return (ministry_portfolios() - _NOT_PORTFOLIOS_BEFORE_MINISTER) | _MORE_PORTFOLIOS


def _portfolio_of_title(span: Span, name: str) -> bool:
    """The portfolio of a minister's or secretary's title ("Finance Minister", "Home
    Secretary", "International Development Secretary", "Energy minister"), which the
    model takes for an organisation: a name of at most three words, no acronym and no
    institution ("Home Office Minister", "Church of Scotland Minister" stay), just
    before "Minister" or "Secretary", or of ministries' words (``_PORTFOLIOS``) before
    "minister". People, places and groups are left to their own rules ("Scottish
    Secretary" names Scotland's office; "UN Secretary-General" is curated)."""
    doc = span.doc
    if span.label_ not in _PORTFOLIO_LABELS or span.end >= len(doc):
        return False
    # The word after from the document's array: most names stand before no title.
    title = doc.vocab.strings[token_values(doc, "ORTH")[span.end]]
    if title == _LOWERCASE_TITLE:
        portfolios = _lowercase_title_portfolios()
        return all(part.lower() in portfolios for part in name.split())
    if title not in _PORTFOLIO_TITLES:
        return False
    parts = name.split()
    return (
        len(parts) <= _PORTFOLIO_WORDS
        and "of" not in parts
        and not name.isupper()
        and not org_head(parts)
    )


def _written_as_common_phrase(name: str, words: WordCase) -> bool:
    """A name of several capitalised words, each of which the document also writes in
    lowercase somewhere, that it also writes with its last word in lowercase ("Sunny
    Weather" and "Sunny weather", "Chocolate Buttercream Frosting" and "chocolate
    buttercream frosting"): a common phrase set in capitals in a heading or for
    emphasis, not a name, which keeps its capitals everywhere. An institution's name
    stays ("Public Health Agency" beside "a public health agency")."""
    parts = name.split()
    head = parts[-1]
    if len(parts) < 2 or not all(part.isalpha() for part in parts) or not head.istitle():
        return False
    # Every word is a common word of the document: "Macworld Expo" beside "Macworld
    # expo" is a name ("Macworld" is never written in lowercase).
    # The counts first: most names hold a word the document never writes in lowercase
    # (``get``: a Counter's missing word is a call of ``__missing__`` in Python).
    lower = words.lower
    if not all(lower.get(part.lower()) for part in parts) or org_head(parts):
        return False
    # The first words in any case, the last one in lowercase. The look-behind (no word
    # character before the first word) comes after the first letter, as in
    # ``_INNER_CAPITAL``: the engine tries it only where that letter stands, not at every
    # position of the text. ``.`` is that letter (any letter, never a line break).
    lead = r"\s+".join(re.escape(part) for part in parts[:-1])
    first, rest = lead[0], lead[1:]
    pattern = rf"(?i:{first})(?<![\w-].)(?i:{rest})\s+{re.escape(head.lower())}(?![\w-])"
    return re.search(pattern, words.text) is not None


def _numbered_part(span: Span, name: str, words: WordCase) -> bool:
    """A part of the page that the model takes for a law: a capitalised word and a
    number, nothing else ("Chapter 31 (The Battle …)", "Recipe (Variation 1)"), where the
    document numbers the same word with another number too ("Chapter 26", "Chapter 31")
    or writes it in lowercase ("the second variation"), and never writes it capitalised
    without a number (a player's name and a minute, "Kezman 74", beside "Kezman
    scored"). The divisions of statutes stay laws ("Section 8", "Article 50")."""
    # The label first: the pattern is asked of laws only.
    if span.label_ != "LAW":
        return False
    match = _NUMBERED.fullmatch(name)
    if match is None:
        return False
    word, number = match.groups()
    if word in _LAW_DIVISIONS:
        return False
    text = words.text
    if re.search(rf"(?<![\w-]){word}(?![\w-]|\s+\d)", text):
        return False
    numbers = set(re.findall(rf"(?<![\w-]){word}\s+(\d{{1,3}})(?!\d)", text))
    return bool(numbers - {number}) or words.lower[word.lower()] > 0


def _rating_grade(name: str, words: WordCase) -> bool:
    """A grade of a credit rating ("rated a top-flight AAA", "cut to AA-minus from AA",
    Duff and Phelps's "D&P-8"), in a text that speaks of ratings: no organisation,
    though it is in capitals (the AAA of athletics, the CCC of commodity credit stay
    where the text rates nothing)."""
    # Every grade opens with one of these letters: most names ask no pattern.
    if name[:1] not in _RATING_INITIALS or _RATING_GRADE.fullmatch(name) is None:
        return False
    return any(words.lower[word] for word in _RATING_WORDS) or "Moody" in words.text


def _mixed_script(name: str) -> bool:
    """A word mixing Latin letters with Cyrillic or Greek look-alikes ("Аdvеrtіѕе" with
    a Cyrillic А, е, і, ѕ): spam or page clutter disguised from filters, no name."""
    if name.isascii():
        return False
    for word in name.split():
        scripts = {_script(ch) for ch in word if ch.isalpha()}
        if "LATIN" in scripts and scripts & {"CYRILLIC", "GREEK"}:
            return True
    return False


def _script(ch: str) -> str:
    if ch.isascii():
        return "LATIN"
    return unicodedata.name(ch, "").split(" ", 1)[0]


def shouted_common_word(name: str, words: WordCase) -> bool:
    """A word of five or more letters in capitals ("ACCIDENT –", "ARRESTS –" in a police
    blotter) that the document otherwise writes in lowercase, in this form or another
    form of the same word ("arrested"): a common word set in capitals."""
    if " " in name or len(name) < _SHOUTED_LENGTH or not name.isalpha() or not name.isupper():
        return False
    return any(words.is_common(form) for form in _word_forms(name.lower()))


def _word_forms(word: str) -> set[str]:
    """``word`` and the other regular forms of its stem ("arrests": "arrest", "arrested",
    "arresting", …)."""
    stem = word
    for suffix in _INFLECTIONS:
        if suffix and word.endswith(suffix) and len(word) - len(suffix) >= _STEM_LENGTH:
            stem = word[: -len(suffix)]
            break
    return {stem + suffix for suffix in _INFLECTIONS} | {word}


def _has_symbols(text: str) -> bool:
    """Markup and decoration: a table bar, or a symbol that is not currency or math."""
    if text.isascii():
        # The only ASCII symbols of those categories ("Sk"; ASCII has no "So"): the
        # common case without a look-up per character.
        return "|" in text or "^" in text or "`" in text
    return "|" in text or any(unicodedata.category(ch) in ("So", "Sk") for ch in text)


def line_start(token: Token) -> bool:
    """True when the token opens a line or a table cell, or a list item: only a bullet
    or an item number stands before it on its line ("• Identify the message")."""
    index = token.i
    while index > max(token.i - _MARKER_TOKENS, 0) and _LIST_MARKER.match(
        token.doc[index - 1].text
    ):
        index -= 1
    if index == 0:
        return True
    before = token.doc[index - 1]
    return any(sep in before.text or sep in before.whitespace_ for sep in _SEPARATORS) or (
        "\n" in before.text_with_ws
    )


def _is_heading(span: Span, name: str, line: str, words: WordCase, elsewhere: bool) -> bool:
    """A heading, menu item or table cell: a name of several words that fills its line
    and is not named again, or a mention filling its line or opening its sentence made
    of words the document otherwise writes in lowercase."""
    fills_line = line.strip(" \t\r-–—•*#:.0123456789").strip() in (span_text(span), name)
    if fills_line and span.label_ != "PERSON" and len(name.split()) > 1 and not elsewhere:
        return True
    # Its words must be ones the document writes in lowercase: tested first, as most
    # names hold one it never does, before the tests on the tokens around it.
    content = [w for w in _WORD.findall(name) if w.lower() not in _FUNCTION_WORDS]
    if not content or not all(words.is_common(w) for w in content):
        return False
    # A "person" of one word that is no given name, opening its sentence, is a common
    # word when the document otherwise writes it in lowercase ("Buy. Sell. Exchange."),
    # but for a journal in a reference list ("Vaccine. 2013;31:5339-48.").
    person = span.label_ == "PERSON" and (
        len(span) > 1 or is_first_name(name) or is_reference_line(line)
    )
    return fills_line or (not person and opens_line_or_sentence(span[0]))


def _person_of_common_words(span: Span, name: str, words: WordCase) -> bool:
    """A "person" of several words, none of them a given name, each a word the document
    otherwise writes in lowercase, or one news prose writes in lowercase
    (``common_words``) that the document never capitalises in mid-sentence ("Size
    Change" opening a cell of a table of a game's settings): common words set in
    capitals, no one's name. A name made of common words that the text writes in
    mid-sentence ("left Ground Force to present", "bands like Talking Heads") stays,
    and so does a surname the document writes capitalised where it names its bearer
    ("Brown said")."""
    if span.label_ != "PERSON":
        return False
    parts = _WORD.findall(name)
    content = [part for part in parts if part.lower() not in _FUNCTION_WORDS]
    if len(parts) < 2 or not content:
        return False
    listed = common_words()
    # The document's counts before the list of given names: most names hold a word
    # that is neither common here nor in the list.
    common = all(
        words.is_common(part)
        or (part.lower() in listed and not words.capitalised.get(part.lower()))
        for part in content
    )
    return common and not any(is_first_name(part) for part in parts)


def opens_line_or_sentence(token: Token) -> bool:
    """True when the token opens a sentence, a line or a table cell."""
    return token.is_sent_start or line_start(token)


def _is_initial_participle(span: Span) -> bool:
    """ "Dubbed the …", "Founded by …": one capitalised past participle or gerund
    opening its sentence, followed by an article or a preposition."""
    if len(span) != 1 or span.end >= len(span.doc):
        return False
    # The word's ending first (a one-word span's text is its word's): most names are
    # no participle, and then no Token is made for them.
    if not span_text(span).lower().endswith(("ed", "ing")) or not span[0].is_sent_start:
        return False
    following = span.doc[span.end].text.lower()
    return following in _PARTICIPLE_FOLLOWERS
