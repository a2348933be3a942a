"""Named-entity mentions from a parsed ``Doc``, each resolved to a canonical name.

Within a document a surname ("Zhang") resolves to the full name introduced
elsewhere in it ("Zhang Xin"), and an acronym defined in parentheses ("the
Shanghai Cooperation Organization (SCO)") resolves to its long form. Across
documents, alias names ("U.S.", "America") resolve to one canonical name through
:mod:`tasks.aliases`. A dateline ("KABUL, Aug 9 (Reuters) -") names a place.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from core.records import EntityMention
from tasks.aliases import AliasTable, load_aliases

NAMED_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"}
)
PERSON_TITLES = frozenset(
    """mr mrs ms miss dr prof sir dame lord lady president vice prime minister gen general
    col colonel lt sgt capt captain adm admiral gov governor sen senator rep
    representative judge justice rev father pope king queen prince princess chancellor
    secretary mayor chairman chairwoman ceo spokesman spokeswoman cinematographer
    director actor actress singer producer writer author coach manager striker defender
    midfielder goalkeeper captain skipper analyst economist frenchman englishman
    scotsman welshman irishman dutchman briton""".split()
)
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_EDGE_PUNCT = " \t\r\n\"'“”‘’,;:!?()[]{}—–-"
_UNCLOSED_PAREN = re.compile(r"\s*\([^)]*$")
_INITIALISM = re.compile(r"(?:\b[A-Z]\.)+$")
_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3})"
    r"(?:, (?P<region>[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?))?"
    r"(?:,? (?:[A-Z][a-z]{2,8}\.? \d{1,2}))?"
    r" ?(?:\((?P<agency>[A-Za-z .&\-]{2,24})\) ?)?[-—–]{1,2} "
)
_DATELINE_PARAGRAPHS = 3
_SURNAME_MISLABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "NORP", "FAC"})
_ACRONYM_AFTER = re.compile(r"\s*\(\s*([A-Z][A-Za-z0-9&.\-]{1,11})\s*\)")


@dataclass(slots=True)
class _Mention:
    span: Span
    name: str
    label: str
    canonical: str = ""


def extract_entities(
    doc: Doc, doc_id: str, aliases: AliasTable | None = None
) -> list[EntityMention]:
    """Return one :class:`EntityMention` per named entity in ``doc``, in text order."""
    mentions = [
        _Mention(span=ent, name=clean_name(_without_role(ent).text, ent.label_), label=ent.label_)
        for ent in doc.ents
        if ent.label_ in NAMED_LABELS and not ent.text.startswith("#")
    ]
    mentions = _with_dateline([m for m in mentions if m.name], doc)
    _resolve_people(mentions)
    _resolve_acronyms(doc.text, mentions)
    _resolve_aliases(mentions, aliases or load_aliases())
    sentence_starts = [sent.start_char for sent in doc.sents]
    return [
        EntityMention(
            doc_id=doc_id,
            mention_id=f"{doc_id}-e{index}",
            start_char=m.span.start_char,
            end_char=m.span.end_char,
            text=m.span.text,
            label=m.label,
            sentence_index=max(bisect_right(sentence_starts, m.span.start_char) - 1, 0),
            entity_key=entity_key(m.label, m.canonical),
            canonical_name=m.canonical,
        )
        for index, m in enumerate(mentions)
    ]


def dateline_place(text: str) -> tuple[int, int, str] | None:
    """``(start, end, name)`` of the place in a dateline opening one of the first
    paragraphs ("WASHINGTON (AP) —", "KABUL, Aug 9 (Reuters) -"), else ``None``."""
    position = 0
    for _ in range(_DATELINE_PARAGRAPHS):
        while position < len(text) and text[position].isspace():
            position += 1
        match = _DATELINE.match(text, position)
        if match and len(match.group("place")) >= 3:
            place = match.group("place")
            return match.start("place"), match.end("place"), place.title().replace("’S", "’s")
        newline = text.find("\n", position)
        if newline < 0:
            return None
        position = newline + 1
    return None


def _without_role(ent: Span) -> Span:
    """A person's name without a role word the model took into it ("Cinematographer
    John Mathieson"); the mention's offsets stay those of the model's span."""
    start = ent.start
    while ent.label_ == "PERSON" and start < ent.end - 1 and ent.doc[start].pos_ == "NOUN":
        start += 1
    return ent.doc[start : ent.end]


def _with_dateline(mentions: list[_Mention], doc: Doc) -> list[_Mention]:
    """Replace whatever the model made of the dateline's place with a place mention."""
    found = dateline_place(doc.text)
    if found is None:
        return mentions
    start, end, name = found
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return mentions
    kept = [m for m in mentions if m.span.end_char <= start or m.span.start_char >= end]
    kept.append(_Mention(span=span, name=name, label="GPE"))
    kept.sort(key=lambda m: m.span.start_char)
    return kept


def _resolve_aliases(mentions: list[_Mention], aliases: AliasTable) -> None:
    for mention in mentions:
        found = aliases.resolve(mention.canonical, mention.label)
        if found is not None:
            mention.canonical, mention.label = found


def clean_name(text: str, label: str) -> str:
    """Mention text without line breaks, leading article, possessive or edge punctuation."""
    name = " ".join(text.split())
    name = _LEADING_ARTICLE.sub("", name)
    name = _UNCLOSED_PAREN.sub("", name)
    name = _POSSESSIVE.sub("", name).strip(_EDGE_PUNCT)
    if name.endswith(".") and not _INITIALISM.search(name):
        name = name.rstrip(".").strip(_EDGE_PUNCT)
    if label == "PERSON":
        words = name.split()
        while len(words) > 1 and words[0].lower().rstrip(".") in PERSON_TITLES:
            words = words[1:]
        name = " ".join(words)
    return name


def entity_key(label: str, canonical_name: str) -> str:
    """A stable key for a canonical name of a type, the same in every run: ``PERSON:zhang-xin``."""
    folded = unicodedata.normalize("NFKD", canonical_name.casefold())
    ascii_only = "".join(ch for ch in folded if not unicodedata.combining(ch))
    slug = re.sub(r"[^\w]+", "-", ascii_only).strip("-")
    return f"{label}:{slug or 'unnamed'}"


def _resolve_people(mentions: list[_Mention]) -> None:
    """Give each partial person name the full name it most plausibly stands for."""
    full_names = [m for m in mentions if m.label == "PERSON" and len(m.name.split()) > 1]
    for mention in mentions:
        mention.canonical = mention.name
    for mention in mentions:
        if mention.label == "PERSON":
            _complete_name(mention, full_names)
        elif mention.label in _SURNAME_MISLABELS:
            _relabel_surname(mention, full_names)


def _complete_name(mention: _Mention, full_names: list[_Mention]) -> None:
    words = mention.name.split()
    longer = [f for f in full_names if len(f.name.split()) > len(words)]
    # Surnames come last in most names, first in Chinese, Korean or Hungarian ones.
    candidates = [f for f in longer if f.name.split()[-len(words) :] == words] or [
        f for f in longer if f.name.split()[: len(words)] == words
    ]
    if candidates:
        mention.canonical = _nearest(mention, candidates).name


def _relabel_surname(mention: _Mention, full_names: list[_Mention]) -> None:
    """The model may call a surname it has just seen as a person an organisation."""
    if len(mention.name.split()) != 1:
        return
    matches = [f for f in full_names if f.name.split()[-1] == mention.name]
    if matches:
        mention.canonical, mention.label = _nearest(mention, matches).name, "PERSON"


def _nearest(mention: _Mention, candidates: list[_Mention]) -> _Mention:
    """The candidate closest before the mention, else the first one after it."""
    before = [c for c in candidates if c.span.start_char < mention.span.start_char]
    return before[-1] if before else candidates[0]


def _resolve_acronyms(text: str, mentions: list[_Mention]) -> None:
    """Link acronyms defined as ``Long Name (LN)`` to the long name, across the document."""
    long_forms: dict[str, _Mention] = {}
    for mention in mentions:
        name_end = mention.span.start_char + mention.span.text.find("(")
        after = name_end if "(" in mention.span.text else mention.span.end_char
        match = _ACRONYM_AFTER.match(text, after)
        if match and _initials_match(match.group(1), mention.name):
            long_forms[match.group(1).replace(".", "")] = mention
    for mention in mentions:
        long_form = long_forms.get(mention.name.replace(".", ""))
        if long_form is not None and long_form is not mention:
            mention.canonical = long_form.canonical
            mention.label = long_form.label


def _initials_match(acronym: str, name: str) -> bool:
    """True when the acronym's letters appear, in order, among the name's initials."""
    initials = [word[0].upper() for word in re.findall(r"[A-Za-z][\w'’-]*", name)]
    letters = [ch for ch in acronym.upper() if ch.isalpha()]
    position = 0
    for initial in initials:
        if position < len(letters) and initial == letters[position]:
            position += 1
    return position == len(letters) and len(letters) >= 2
