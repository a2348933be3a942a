"""Which spans in quotation marks are quotations: words someone said or wrote.

Titles of songs, films and shows, nicknames, names of plans and products, terms in
scare quotes and slogans are in quotation marks too. ``is_quotation`` keeps a
span when there is evidence of speech: sentence-like content, or a reporting
verb's cue for a phrase that is neither a name nor a term.
"""

from __future__ import annotations

import re

from tasks.quote_context import QuoteContext
from tasks.quote_cues import Cue, is_reporting_cue
from tasks.quote_marks import QuoteSpan

# Words after which a short quoted phrase names something rather than quotes it:
# "a song called “Black Water”", "known as “Suresh”", "buttons reading “…”"; a
# stock's "symbol" or "ticker" and a "code name" (wire copy's listings).
_NAMING = re.compile(
    r"(?:\b(?:called|titled|entitled|named|dubbed|nicknamed|labell?ed|known as|so-called|reading|"
    r"symbol|ticker|code[- ]?name[ds]?|"
    r"read|the words?|the terms?|the phrase|term|phrase|word|song|single|album|film|movie|"
    r"show|series|book|novel|chapter|podcast|headline|slogan|hashtag|label|mode|plan|"
    r"program|programme|campaign|project|brand|motto|(?:rubric|guise|banner|heading) of|"
    r"(?:the|an?) (?:idea|concept|notion) of|"
    r"(?:Latin|Greek|Hebrew|Arabic|Gaelic|Welsh|Irish|French|German|Dutch|Spanish|Italian|"
    r"Portuguese|Russian|Chinese|Japanese|Korean|Hindi|Urdu|Persian|Turkish|Swahili|Maori|"
    r"Sanskrit) for))[\s,]*$",
    re.IGNORECASE,
)
# "Lux - Latin for “light”" (above), "Lux, meaning “light”": a gloss the
# writer gives a word, a translation, not words quoted. Short spans only.
_GLOSSED = re.compile(r"\b(?:meaning|translated as|translates as|literally)[\s,:]*$", re.IGNORECASE)
# "under the headline “is it time for a change?”": a headline, slogan
# or caption is printed words, however long and whatever their case, not speech.
_CAPTIONED = re.compile(
    r"\b(?:headline|slogan|motto|strapline|tagline|caption|banner)[\s,:]*$", re.IGNORECASE
)
# "what we might call the “technocratic turn”", "what economists call a “soft
# landing”": a coinage or a term of art, not words quoted; not "what she would call
# “…”" nor "what Lee calls “…”", one speaker's words.
_COINING = re.compile(
    r"\bwhat\s+(?!(?:he|she)\s)(?:\w+\s+){1,3}call(?:\s+(?:the|a|an))?[\s,]*$",
    re.IGNORECASE,
)
# "dubbed “pioneers” and “materialists”": a phrase listed after a named one.
_LISTED = re.compile(r"[\"”’]\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$")
# "call it “feather duvet lung”": naming with an object between.
_NAMING_OBJECT = re.compile(
    r"\b(?:call|calls|called|calling|dub|dubs|dubbed|name|names|named)\s+"
    r"(?:it|them|this|that|him|her)\s*$",
    re.IGNORECASE,
)
# "the candidate he calls “Mini Mike.”": a title-cased name right after "call".
_NAMING_VERB = re.compile(r"\b(?:call|calls|calling)[\s,]*$", re.IGNORECASE)
# "an item headlined “Regulator Fines Bank, Clears Chief”": after these words a
# title-cased span is a headline or a title, however long.
_TITLING = re.compile(r"\b(?:headlined|titled|entitled)[\s,]*$", re.IGNORECASE)
_MAX_TITLE_WORDS = 16
# "its rights plan, or “poison pill.”": a phrase after a noun and ", or" is another
# name for the noun, not words quoted.
_ALSO_NAMED = re.compile(r"[^\W\d_],\s+or\s*$")
# "is “openness,” meaning that …": the writer explains the term just quoted.
_EXPLAINED = re.compile(r"\s*,?\s*(?:meaning|which means|that is to say|i\.e\.)\s", re.IGNORECASE)
_MAX_SYMBOL_CHARS = 1
# Small words a title leaves in lower case ("The Lord of the Rings").
_TITLE_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into of on or the to with vs via".split()
)
_MAX_NAME_WORDS = 6
# A title-cased question this long is a title ("What About Love?"); shorter, a name
# asked ("Grizzly Adams?").
_MIN_TITLE_WORDS = 3
# A phrase this short, without a verb, that is not someone's statement, is a term.
_MAX_TERM_WORDS = 4
_SENTENCE_END = ".!?…"
_MIN_CLAUSE_WORDS = 5


def is_quotation(context: QuoteContext, span: QuoteSpan, cue: Cue | None) -> bool:
    """Whether the marked ``span`` (with its ``cue``, if any) is words someone said.

    Not a quotation: a short title-cased name ("“CBS This Morning”"); a short
    phrase right after a naming word ("titled", "known as", "song") or used as a
    modifier of the noun after it ("“gig economy” workers"); a short phrase
    without a verb or an end of sentence whose cue is no reporting verb ("present
    the “ghosts of colonialism”", "so-called “cuties”"). A fragment inside
    reported speech ("says Obama is “obsessed”") is a quotation.
    """
    text = context.text
    inner = span.inner(text).strip()
    words = inner.split()
    if not words:
        return False
    # A lone word's full stop (“nudges.”) is its host sentence's, in the American style.
    ends = _ends_sentence(inner) and (len(words) > 1 or _opens_sentence(context, span))
    sentence_like = ends or _has_clause(context, span, len(words))
    # “Yes,” she said: a statement of its own, set off by a comma before its cue.
    own_statement = inner.endswith(",") and cue is not None and cue.on_right
    before = text[max(0, span.start - 30) : span.start]
    # "a test called “Reading the Mind in the Eyes”": a title, though it has a verb.
    named = len(words) <= _MAX_NAME_WORDS and (
        _NAMING.search(before) or _NAMING_VERB.search(before)
    )
    if named and _title_cased(words) and not own_statement:
        return False
    if len(words) <= _MAX_TITLE_WORDS and _TITLING.search(before) and _title_cased(words):
        return False
    if len(words) <= _MAX_TITLE_WORDS and _CAPTIONED.search(before):
        return False
    # "songs such as “What About Love?”", "Team “Where's My Hairspray?”": a question
    # of a few words in title case, with no verb of speech to say it, is a title
    # (not a cry, "“USA! USA!”" chanted, nor a name asked, "“Mr. D'Souza?”").
    asked = inner.rstrip("\"'”’ ,").endswith("?") and _title_cased(words)
    unspoken = cue is None or not is_reporting_cue(cue)
    if _MIN_TITLE_WORDS <= len(words) <= _MAX_NAME_WORDS and asked and unspoken:
        return False
    # “c”, “A”: a letter or a grade, not words ("No!" is one).
    if len(inner.strip(".,!?;:")) <= _MAX_SYMBOL_CHARS:
        return False
    if sentence_like and len(words) > _MAX_TERM_WORDS:
        return True
    if len(words) <= _MAX_NAME_WORDS:
        if _NAMING.search(before) or _COINING.search(before) or _listed_name(context, span):
            return False
        if _GLOSSED.search(before) and not sentence_like:
            return False
        if _NAMING_OBJECT.search(before) and not _ends_sentence(inner):
            return False
        unended = not _ends_sentence(inner) or _hosts_full_stop(context, span, inner)
        if _title_cased(words) and unended and not own_statement:
            return False
    # "wanted to offer Britain “Thatcherism with a human face,”": a phrase inside a
    # sentence, with no verb and no cue of its own, is a term, not a statement.
    phrase = len(words) <= _MAX_NAME_WORDS and not sentence_like
    if phrase and cue is None and not _opens_sentence(context, span):
        return False
    short = len(words) <= _MAX_TERM_WORDS
    if short and not _has_clause(context, span, len(words)) and _named_again(context, span, before):
        return False
    if len(words) <= _MAX_TERM_WORDS and not sentence_like:
        if _modifies_next_noun(context, span):
            return False
        if cue is None or not is_reporting_cue(cue):
            return False
    return True


def _listed_name(context: QuoteContext, span: QuoteSpan) -> bool:
    """ "groups dubbed “pioneers” and “materialists”": a short phrase listed right after
    another that a naming word introduces names something too."""
    text = context.text
    listed = _LISTED.search(text[max(0, span.start - 10) : span.start])
    if listed is None:
        return False
    end = span.start - len(listed.group()) + 1
    previous = next((s for s in context.spans if s.end == end), None)
    if previous is None or len(previous.inner(text).split()) > _MAX_NAME_WORDS:
        return False
    before = text[max(0, previous.start - 30) : previous.start]
    return bool(_NAMING.search(before)) or _listed_name(context, previous)


def _named_again(context: QuoteContext, span: QuoteSpan, before: str) -> bool:
    """ "the rights plan, or “poison pill.”", "is “openness,” meaning …": a short phrase
    given as another name for the noun before it, or explained by the writer after it,
    is a term."""
    if _EXPLAINED.match(context.text, span.end):
        return True
    if _ALSO_NAMED.search(before) is None:
        return False
    tokens = context.doc.char_span(max(0, span.start - 30), span.start, alignment_mode="contract")
    words = [t for t in tokens or () if t.is_alpha]
    return len(words) >= 2 and words[-2].pos_ == "NOUN"


def _opens_sentence(context: QuoteContext, span: QuoteSpan) -> bool:
    """Whether nothing but a sentence's end stands before ``span`` in its paragraph."""
    start = context.paragraphs[span.paragraph][0]
    before = context.text[start : span.start].rstrip()
    return not before or before[-1] in '.!?:”"’'


def _ends_sentence(inner: str) -> bool:
    return inner.rstrip("\"'”’ ,").endswith(tuple(_SENTENCE_END))


def _title_cased(words: list[str]) -> bool:
    """Every word capitalised but the small ones, and at least one capital."""
    letters = [w.strip("\"'“”‘’.,:;!?()-") for w in words]
    letters = [w for w in letters if w and w[0].isalpha()]
    if not letters or not letters[0][0].isupper():
        return False
    return all(w[0].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in letters)


def _hosts_full_stop(context: QuoteContext, span: QuoteSpan, inner: str) -> bool:
    """ "its new travel service, “Sunny Days.”", "rename the fund to “Green Harbour.”":
    the full stop inside the marks is the host sentence's, in the American style, when
    a preposition or a noun and its comma stand right before the phrase; a statement
    is introduced by its cue or opens its sentence."""
    if not inner.rstrip("\"'”’ ").endswith(".") or _opens_sentence(context, span):
        return False
    before = context.doc.char_span(max(0, span.start - 40), span.start, alignment_mode="contract")
    tokens = [t for t in before or () if not t.is_space]
    if not tokens:
        return False
    if tokens[-1].pos_ == "ADP":
        return True
    return len(tokens) > 1 and tokens[-1].text == "," and tokens[-2].pos_ == "NOUN"


def _has_clause(context: QuoteContext, span: QuoteSpan, n_words: int) -> bool:
    """A verb with its subject inside the span ("we will win"), or a verb in five
    words or more; "left the nest" is a phrase, not a clause."""
    inner = context.doc.char_span(span.start, span.end, alignment_mode="contract")
    if inner is None:
        return False
    verbs = [t for t in inner if t.pos_ in ("VERB", "AUX")]
    if n_words >= _MIN_CLAUSE_WORDS:
        return bool(verbs)
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.head in verbs for t in inner)


def _modifies_next_noun(context: QuoteContext, span: QuoteSpan) -> bool:
    """ "“gig economy” workers", "the “Enhanced protection” mode": the phrase stands
    before a lower-case noun that it describes."""
    end = min(len(context.text), span.end + 40)
    after = context.doc.char_span(span.end, end, alignment_mode="expand")
    if after is None:
        return False
    following = next((t for t in after if not t.is_space), None)
    if following is not None and following.lower_ in ("or", "and"):
        # "the “prime” or “choice” grades": the noun comes after the listed phrases.
        listed = next((s for s in context.spans if s.start > span.end), None)
        between = context.text[span.end : listed.start] if listed else ""
        if listed and between.strip() in ("or", "and", ", or", ", and"):
            return _modifies_next_noun(context, listed)
    return following is not None and following.pos_ == "NOUN" and following.text.islower()
