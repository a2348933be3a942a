"""Themes from a taxonomy file, matched on the lemmas of a parsed ``Doc``.

A theme's score adds 1 for each match of one of its patterns (2 in the lead, the
first two sentences, and 3 in a title kept apart from the text); repeats of the
same pattern count at most three times.

Single words are the patterns most often read in another sense ("fired" for
fires, "try" for rugby, "booked" for books), so a one-word match counts only
where the word is used as a noun, proper noun or adjective, and a theme resting
on a single match needs it to be a phrase or a name ("NFL"), not a common noun.
A theme is assigned when:
- its score reaches ``min_score`` and ``RELATIVE_FLOOR`` of the document's best
  theme (a long page touches many topics in passing);
- its evidence is a phrase, a name, or more than one match;
- at least one of its ``required`` terms occurs, and none of its ``excluded`` terms does.
"""

from __future__ import annotations

import re
import tomllib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from core.errors import DossierError, Errors
from core.records import Evidence, ThemeMatch

DEFAULT_MIN_SCORE = 2.0
LEAD_SENTENCES = 2
LEAD_WEIGHT = 2.0
TITLE_WEIGHT = 3.0
MAX_REPEATS = 3
MAX_EVIDENCE = 10
# A theme scoring under this share of the document's best theme is only touched.
RELATIVE_FLOOR = 0.2
# Parts of speech a one-word pattern may match: "fire" the noun, not "fired".
_CONTENT_POS = frozenset({"NOUN", "PROPN", "ADJ"})
# A word inside these entities names something else: "March" in a date is not a
# protest, "Ford" in "John M. Ford" is not a carmaker.
_NOT_EVIDENCE_ENTITIES = frozenset(
    {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "PERSON"}
)
_THEME_FIELDS = {"id", "label", "parent", "patterns", "required", "excluded", "min_score"}


@dataclass(frozen=True, slots=True)
class Theme:
    id: str
    label: str
    parent: str
    patterns: tuple[str, ...]
    required: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()
    min_score: float = DEFAULT_MIN_SCORE


@dataclass(frozen=True, slots=True)
class Taxonomy:
    version: str
    subjects: dict[str, str]
    themes: tuple[Theme, ...]
    source: str


def default_taxonomy_path() -> Path:
    """The taxonomy shipped with dossier."""
    return Path(str(resources.files("tasks") / "data" / "taxonomy.toml"))


def load_taxonomy(path: str | Path | None = None) -> Taxonomy:
    """Read and validate a taxonomy file; a bad one raises :class:`DossierError`
    naming the file, the line and the reason."""
    path = Path(path) if path else default_taxonomy_path()
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as error:
        raise DossierError(Errors.E018.format(path=path, reason=error.strerror)) from None
    return parse_taxonomy(raw, str(path))


def parse_taxonomy(raw: str, source: str) -> Taxonomy:
    """Validate the TOML text of a taxonomy; ``source`` names it in errors."""
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as error:
        raise DossierError(Errors.E018.format(path=source, reason=str(error))) from None

    def fail(reason: str, theme_id: str | None = None) -> DossierError:
        line = _line_of(raw, theme_id)
        where = f"line {line}: " if line else ""
        return DossierError(Errors.E018.format(path=source, reason=where + reason))

    subjects = data.get("subjects")
    if not isinstance(subjects, dict) or not subjects:
        raise fail("a [subjects] table mapping subject ids to names is required")
    entries = data.get("themes")
    if not isinstance(entries, list) or not entries:
        raise fail("at least one [[themes]] entry is required")
    themes, seen = [], set()
    for entry in entries:
        theme_id = entry.get("id") if isinstance(entry, dict) else None
        if not isinstance(theme_id, str) or not theme_id:
            raise fail("every [[themes]] entry needs a string id")
        if theme_id in seen:
            raise fail(f"theme '{theme_id}' is defined twice", theme_id)
        seen.add(theme_id)
        themes.append(_theme_from(entry, subjects, lambda reason, t=theme_id: fail(reason, t)))
    return Taxonomy(str(data.get("version", "unversioned")), dict(subjects), tuple(themes), source)


def _theme_from(entry: dict, subjects: dict, fail) -> Theme:
    theme_id = entry["id"]
    unknown = set(entry) - _THEME_FIELDS
    if unknown:
        raise fail(f"theme '{theme_id}' has unknown fields: {', '.join(sorted(unknown))}")
    if entry.get("parent") not in subjects:
        raise fail(f"theme '{theme_id}' has parent {entry.get('parent')!r}, not a known subject")
    lists = {}
    for field in ("patterns", "required", "excluded"):
        value = entry.get(field, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise fail(f"theme '{theme_id}': {field} must be a list of non-empty strings")
        lists[field] = tuple(value)
    if not lists["patterns"]:
        raise fail(f"theme '{theme_id}' has no patterns")
    min_score = entry.get("min_score", DEFAULT_MIN_SCORE)
    if not isinstance(min_score, int | float) or min_score <= 0:
        raise fail(f"theme '{theme_id}': min_score must be a positive number")
    return Theme(
        id=theme_id,
        label=str(entry.get("label", theme_id)),
        parent=entry["parent"],
        min_score=float(min_score),
        **lists,
    )


def _line_of(raw: str, theme_id: str | None) -> int | None:
    if theme_id is None:
        return None
    match = re.search(rf'^\s*id\s*=\s*["\']{re.escape(theme_id)}["\']', raw, re.MULTILINE)
    return raw.count("\n", 0, match.start()) + 1 if match else None


class ThemeMatcher:
    """Matches a taxonomy's patterns, required and excluded terms on lemmas."""

    def __init__(self, nlp: Language, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self.themes = {theme.id: theme for theme in taxonomy.themes}
        self.matcher = PhraseMatcher(nlp.vocab, attr="LEMMA")
        keyed = [
            (f"{role}\x1f{theme.id}", _variants(getattr(theme, role)))
            for theme in taxonomy.themes
            for role in ("patterns", "required", "excluded")
            if getattr(theme, role)
        ]
        # Lemmas need the tagger, not the parser or the entity recognizer; one pass
        # over every term keeps a worker's start-up short.
        disabled = [name for name in ("parser", "ner") if name in nlp.pipe_names]
        texts = [text for _, variants in keyed for text in variants]
        parsed = iter(nlp.pipe(texts, disable=disabled))
        for key, variants in keyed:
            self.matcher.add(key, [next(parsed) for _ in variants])

    def match(self, doc: Doc, doc_id: str, title: Doc | None = None) -> list[ThemeMatch]:
        """Themes of ``doc`` with their scores and evidence, best first.

        ``title``, when the title is not part of the text, adds ``TITLE_WEIGHT`` per
        match to the score; evidence always points into the text.
        """
        hits, present = self._hits(doc)
        title_hits, title_present = self._hits(title) if title is not None else ({}, {})
        lead_end = _lead_end(doc)
        results: list[ThemeMatch] = []
        for theme_id in hits.keys() | title_hits.keys():
            theme = self.themes[theme_id]
            spans = hits.get(theme_id, [])
            required = present["required"] | title_present.get("required", set())
            excluded = present["excluded"] | title_present.get("excluded", set())
            if (theme.required and theme_id not in required) or theme_id in excluded:
                continue
            in_title = _dedupe(title_hits.get(theme_id, []))
            score = _score(doc, spans, lead_end) + TITLE_WEIGHT * len(in_title)
            matched = [doc[a:b] for a, b in _dedupe(spans)]
            if title is not None:
                matched += [title[a:b] for a, b in in_title]
            if score < theme.min_score:
                continue
            evidence = [_evidence(doc, start, end) for start, end in _dedupe(spans)]
            found = ThemeMatch(
                doc_id, theme.id, theme.label, theme.parent, score, evidence[:MAX_EVIDENCE]
            )
            if _specific_enough(matched):
                results.append(found)
        best = max((m.score for m in results), default=0.0)
        results = [m for m in results if m.score >= RELATIVE_FLOOR * best]
        results.sort(key=lambda m: (-m.score, m.theme))
        return results

    def _hits(self, doc: Doc) -> tuple[dict[str, list[tuple[int, int]]], dict[str, set[str]]]:
        """Pattern matches per theme, and the themes whose required/excluded terms occur."""
        hits: dict[str, list[tuple[int, int]]] = defaultdict(list)
        present: dict[str, set[str]] = {"required": set(), "excluded": set()}
        for match_id, start, end in self.matcher(doc):
            role, theme_id = doc.vocab.strings[match_id].split("\x1f")
            if role == "patterns":
                if end - start == 1 and not _may_be_evidence(doc[start]):
                    continue
                hits[theme_id].append((start, end))
            else:
                present[role].add(theme_id)
        return hits, present


@cache
def theme_matcher(nlp: Language, taxonomy_path: str | None = None) -> ThemeMatcher:
    """One matcher per model and taxonomy file, built once per process."""
    return ThemeMatcher(nlp, load_taxonomy(taxonomy_path))


def extract_themes(
    doc: Doc, doc_id: str, matcher: ThemeMatcher, title: Doc | None = None
) -> list[ThemeMatch]:
    """Themes of one parsed document (and of its title, when given)."""
    return matcher.match(doc, doc_id, title)


def tag_titles(
    nlp: Language, titles: Sequence[str | None], texts: Sequence[str]
) -> list[Doc | None]:
    """Lemmatised titles for theme matching, or ``None`` where there is no title or the
    text already starts with it. Only the tagger and lemmatizer run: titles are short
    and need no parse."""
    wanted = [
        index
        for index, (title, text) in enumerate(zip(titles, texts, strict=True))
        if title and not text.lstrip().startswith(title.strip())
    ]
    tagged: list[Doc | None] = [None] * len(titles)
    disabled = [name for name in ("parser", "ner") if name in nlp.pipe_names]
    # Wire headlines come in capitals, which the lemmatizer leaves as they are.
    texts = (titles[i].capitalize() if titles[i].isupper() else titles[i] for i in wanted)
    for index, doc in zip(wanted, nlp.pipe(texts, disable=disabled), strict=True):
        tagged[index] = doc
    return tagged


def _variants(terms: tuple[str, ...]) -> list[str]:
    """A lower-case term also capitalised (lemmas keep the case of the text, so
    "congress" is also looked for as "Congress"); a term written with capitals is
    a name and matches only as written ("Apple", not "apple"; "Lions", not "lions")."""
    variants = set()
    for term in terms:
        variants.add(term)
        if term == term.lower():
            variants.add(term[:1].upper() + term[1:])
    return sorted(variants)


def _lead_end(doc: Doc) -> int:
    for index, sentence in enumerate(doc.sents):
        if index + 1 == LEAD_SENTENCES:
            return sentence.end
    return len(doc)


def _score(doc: Doc, spans: list[tuple[int, int]], lead_end: int) -> float:
    repeats: dict[str, int] = defaultdict(int)
    score = 0.0
    for start, end in _dedupe(spans):
        key = doc[start:end].lemma_.lower()
        repeats[key] += 1
        if repeats[key] <= MAX_REPEATS:
            score += LEAD_WEIGHT if start < lead_end else 1.0
    return score


def _may_be_evidence(token) -> bool:
    """Whether one word may count for a theme: a noun, proper noun or adjective that
    is not part of a date, an amount or a person's name."""
    return token.pos_ in _CONTENT_POS and token.ent_type_ not in _NOT_EVIDENCE_ENTITIES


def _specific_enough(matched: list) -> bool:
    """A phrase, a name, two different words, or one word used twice: a common noun
    met once ("seeds", "ransom") is too often another sense or a passing mention."""
    if any(len(span) > 1 or _is_name(span[0]) for span in matched):
        return True
    return len(matched) >= 2


def _is_name(token) -> bool:
    """A capitalised word inside a sentence, or an acronym ("NFL", "Taliban")."""
    text = token.text
    if len(text) > 1 and text.isupper():
        return True
    return text[:1].isupper() and not token.is_sent_start and token.pos_ == "PROPN"


def _dedupe(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop matches inside a longer match ("exercise" within "military exercise")."""
    kept: list[tuple[int, int]] = []
    for start, end in sorted(set(spans), key=lambda s: (s[0], -s[1])):
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end))
    return kept


def _evidence(doc: Doc, start: int, end: int) -> Evidence:
    span = doc[start:end]
    return Evidence(span.start_char, span.end_char, span.text)
