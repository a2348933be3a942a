"""Short names a document gives an organisation it names in full once.

Each pass takes a document's mentions (:class:`tasks.entity_people.Named`) and files
the short name under the full one, in place:

- ``bracketed_short_names``: a one-word name in brackets after an organisation's full
  name, not its initials in capitals ("Norsk Vindkraft Selskap (Vindkraft)", "London
  and Scottish Marine Oil Plc (Lasmo)"), and every later mention of that word;
- ``contracted_names``: a one-word name made of the opening letters of the full name's
  first words ("Intelsat" for "International Telecommunications Satellite Consortium",
  "Amex" for "American Express Co") or of its first and last ("Amex" for "American
  Stock Exchange"), written after it;
- ``partnership_short_names``: the name before "and Associates Inc" of a firm named
  in full, written alone ("Dunmore" after "Dunmore and Associates Inc");
- ``without_seat_city``: a company's name with the city of its seat glued after it
  ("Banque Dupont Lyon"), where the document also names the company alone;
- ``possessive_company_names``: a company whose own name ends in "'s" ("Pantera's
  Corp"), written again as "Pantera's" ("Pantera's stock"), is that company, not a
  possessive of "Pantera";
- ``headline_legal_names``: a company the text names without its legal form
  ("Armco said") that the headline opens with, the form written ("ARMCO INC <AS> UNIT
  FORMS …"): its full name is the name with that form ("Armco Inc").

``with_written_rest`` widens, before those passes, a name the model cut before a
lowercase or slashed part of it ("Port lumpur" a city of the gazetteer as "Port
Lumpur", "Senate Fishing committee", "Royal Acme/Zeta Group"); ``with_associates``
joins the model's spans of a firm named "<name> and Associates Inc", which it takes
apart at the "and".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.tokens import Span

from tasks.entity_acronyms import LEGAL_FORMS
from tasks.entity_people import Named
from tasks.nlp import join_adjacent, span_text, word_text

# A capitalised word with lower-case letters in brackets ("(Vindkraft)"): the short
# name a wire story gives a company it names in full; bracketed capitals are initials,
# which tasks.entity_acronyms links.
_BRACKETED_WORD = re.compile(r"\s*\(\s*([A-Z][a-z][A-Za-z]{2,14})\s*\)")
# Letters of a full name's word that the start of a short name must share with it, and
# the fewest letters each word gives a contraction ("Com" + "sat").
_SHARED_OPENING = 2
_FEWEST_PIECE = 2
# Labels a short name may have been given before it is filed under an organisation (a
# person's name is left alone: "Jackson" is no contraction of "Jack Sonn Inc").
_NOT_LINKED = frozenset({"PERSON"})
# The plural nouns a firm's name ends with after "and" and its founders' or owner's
# name ("Dunmore and Associates Inc", "Pellow and Partners", "Marlow and Sons Ltd"),
# from the names of US and British partnerships and family firms.
_PARTNERSHIP_NOUNS = frozenset({"Associates", "Partners", "Sons", "Brothers"})
# The chambers of Congress, whose committees a story may write in lower case ("the House
# Banking committee"), and that lowercase head.
_CHAMBERS = frozenset({"House", "Senate"})
# Only "committee": "the House Banking subcommittee" is one of the committee's
# subcommittees, which the story does not name.
_COMMITTEES = frozenset({"committee"})
_PLACE_LABELS = frozenset({"GPE", "LOC"})
# The last words of a company named by two names and a slash ("Royal Acme/Zeta Group").
_GROUP_ENDS = LEGAL_FORMS | frozenset({"group"})
# A partnership named by its partners' surnames, the first followed by a comma ("Dunmore,
# Pellow Capital Co"), as wire copy writes investment firms; the labels the model gives
# the first surname alone that are no person's.
_FIRST_PARTNER = re.compile(r"([A-Z][a-z]+), [A-Z][a-z]+ .*\b(?:Co|Inc|Corp|LP|L\.P|Ltd)\b")
_PARTNER_LABELS = frozenset({"ORG", "GPE", "LOC", "NORP"})
# The legal forms a headline in capitals may write after a company's name, as the text
# of wire copy writes them (Reuters-21578: "Armco Inc", "Glynwed International Plc",
# "Siemens AG"); a form not listed here gives no full name.
_FORM_CASES = {
    form.casefold(): form
    for form in "Inc Incorporated Corp Corporation Co Cos Company Ltd Limited Plc LLC AG SA NV "
    "GmbH".split()
}
_FORMS_CASED = frozenset(_FORM_CASES.values())
_PARTNERSHIP = re.compile(rf"(.+?),? (?:and|&) (?:{'|'.join(sorted(_PARTNERSHIP_NOUNS))})\b")
# A firm named for its founder and "Co" ("Ivan F. Boesky and Co., L.P."): the founder's
# surname before a noun of the firm ("the Boesky partnership") names the firm, not him.
_FOUNDER_FIRM = re.compile(r"(?:.+ )?([A-Z][a-z]+),? (?:and|&) Co\b")
_FIRM_NOUNS = frozenset({"partnership", "firm"})


def bracketed_short_names(
    text: str, mentions: Sequence[Named], is_place: Callable[[str], bool]
) -> None:
    """File a bracketed one-word short name, and every mention written as it, under
    the organisation named in full just before the brackets. Only a word that opens
    like one of the full name's words ("Stat…" of "Stats") or spells their initials
    ("Lasmo" of "London and Scottish Marine Oil Plc"), that is no place ("(Canada)"
    after a bank's name is its branch) and no legal form."""
    long_forms: dict[str, Named] = {}
    for mention in mentions:
        if mention.label != "ORG" or " " not in mention.name:
            continue
        match = _BRACKETED_WORD.match(text, mention.span.end_char)
        if match is None:
            continue
        short = match.group(1)
        if (
            _opens_a_word(short, mention.name) or _initials_of(short, mention.name)
        ) and not _is_form_or_place(short, is_place):
            long_forms.setdefault(short, mention)
    if long_forms:
        _file_under(mentions, long_forms)


def contracted_names(mentions: Sequence[Named], is_place: Callable[[str], bool]) -> None:
    """File a one-word organisation made of the opening letters (two or more each) of
    the first words of exactly one organisation's full name written before it, other
    than its first word, under that name ("Comsat" after "Communications Satellite
    Corp"), or of its first and last words ("Amex" after "American Stock Exchange", as
    markets shorten their names)."""
    # The full names by the opening letters of their first word, which a contraction's
    # first piece must share.
    by_opening: dict[str, list[tuple[Named, list[str]]]] = {}
    for m in mentions:
        if m.label == "ORG" and " " in m.name:
            words = _words(m.name)
            if len(words) > 1:
                by_opening.setdefault(words[0][:_FEWEST_PIECE], []).append((m, words))
    if not by_opening:
        return
    for mention in mentions:
        if not _may_be_short(mention):
            continue
        short = mention.name.casefold()
        candidates = by_opening.get(short[:_FEWEST_PIECE], ())
        found = {
            m.canonical: m
            for m, words in candidates
            if m.span.start_char < mention.span.start_char
            and words[0] != short
            and (_contracts(short, words) or _contracts(short, [words[0], words[-1]]))
        }
        if found and is_place(mention.name):
            continue
        if len(found) == 1:
            long_form = next(iter(found.values()))
            mention.canonical, mention.label = long_form.canonical, long_form.label


def without_seat_city(mentions: Sequence[Named], is_city: Callable[[str], bool]) -> None:
    """An organisation's name whose last word or two are a city, the rest another
    organisation the document names alone, takes that name ("Banque Dupont Lyon" →
    "Banque Dupont"): the city is where the company sits, not part of its name."""
    alone = {m.canonical for m in mentions if m.label == "ORG" and " " in m.canonical}
    if not alone:
        return
    for mention in mentions:
        if mention.label != "ORG" or mention.pinned:
            continue
        words = mention.canonical.split()
        for count in (1, 2):
            rest = " ".join(words[:-count])
            if rest in alone and is_city(" ".join(words[-count:])):
                mention.canonical = rest
                break


def possessive_company_names(mentions: Sequence[Named]) -> None:
    """A mention written "<name>'s" ("Pantera's stock", "Pantera's said") of a company
    whose full name the document writes as "<name>'s" and legal forms ("Pantera's
    Corp") takes that full name: the "'s" is the company's, not a possessive."""
    full_names: dict[str, str] = {}
    for mention in mentions:
        words = mention.canonical.split()
        if mention.label == "ORG" and len(words) > 1 and words[-1].rstrip(".") in _FORMS_CASED:
            while len(words) > 1 and words[-1].rstrip(".") in _FORMS_CASED:
                words.pop()
            if words[-1].endswith(("'s", "’s")):
                full_names.setdefault(" ".join(words).replace("’", "'"), mention.canonical)
    if not full_names:
        return
    for mention in mentions:
        written = span_text(mention.span).replace("’", "'")
        full = full_names.get(written)
        if full is not None and not mention.pinned and mention.label != "PERSON":
            mention.canonical, mention.label = full, "ORG"


def headline_legal_names(
    mentions: Sequence[Named], title: str | None, is_place: Callable[[str], bool]
) -> None:
    """A company the text only names without a legal form ("Armco said") takes the
    full name the headline opens with, that name and its legal forms: "Armco" under
    "ARMCO INC <AS> UNIT FORMS JOINT VENTURE" is "Armco Inc", an organisation, the form
    cased as wire copy writes it. The headline must open with the name, so that the
    form is that name's: not a person's name, a known place, or a name resolved to
    another already."""
    if not title:
        return
    words = title.split()
    for mention in mentions:
        if mention.pinned or mention.canonical != mention.name or mention.label == "PERSON":
            continue
        name = mention.name.split()
        if len(words) <= len(name) or [w.casefold() for w in words[: len(name)]] != [
            w.casefold() for w in name
        ]:
            continue
        forms = []
        for word in words[len(name) :]:
            form = _FORM_CASES.get(word.rstrip(".,").casefold())
            if form is None:
                break
            forms.append(form)
        if forms and not is_place(mention.name):
            mention.canonical, mention.label = " ".join([mention.name, *forms]), "ORG"


def partnership_short_names(mentions: Sequence[Named]) -> None:
    """File an organisation written as the name that opens a partnership's full name
    before "and" or "&" and its noun ("Dunmore" of "Dunmore and Associates Inc"), or the
    first of its partners' surnames written with a comma ("Dunmore" of "Dunmore, Pellow
    Capital Co"), under that full name. A surname of the comma kind the model took for
    a place or a group is the firm too; a person's name stays the person's, except the
    surname of a firm's founder ("Ivan F. Boesky and Co") before a noun of a firm ("the
    Boesky partnership"), which is the firm."""
    firms: dict[str, str] = {}
    first_partners: dict[str, str] = {}
    founders: dict[str, str] = {}
    for m in mentions:
        if m.label != "ORG":
            continue
        if match := _PARTNERSHIP.match(m.canonical):
            firms.setdefault(match.group(1), m.canonical)
        elif match := _FIRST_PARTNER.match(m.canonical):
            first_partners.setdefault(match.group(1), m.canonical)
        if match := _FOUNDER_FIRM.match(m.canonical):
            founders.setdefault(match.group(1), m.canonical)
    if not firms and not first_partners and not founders:
        return
    for mention in mentions:
        if mention.pinned:
            continue
        full = firms.get(mention.canonical) if mention.label == "ORG" else None
        if full is None and mention.label in _PARTNER_LABELS:
            full = first_partners.get(mention.canonical)
        if full is None and founders and _before_firm_noun(mention.span):
            full = founders.get(mention.name)
        if full is not None:
            mention.canonical, mention.label = full, "ORG"


def _before_firm_noun(span: Span) -> bool:
    """Whether a noun of a firm follows ``span`` ("Boesky [partnership]")."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in _FIRM_NOUNS


def _file_under(mentions: Sequence[Named], long_forms: dict[str, Named]) -> None:
    for mention in mentions:
        long_form = long_forms.get(mention.name)
        if long_form is not None and not mention.pinned and mention.label not in _NOT_LINKED:
            mention.canonical, mention.label = long_form.canonical, long_form.label


def _may_be_short(mention: Named) -> bool:
    """A one-word, capitalised organisation not resolved to another name yet (a group's
    adjective, "Thai" of "the Thai baht", is no contraction of "Thai Airways")."""
    name = mention.name
    return (
        not mention.pinned
        and mention.canonical == name
        and mention.label == "ORG"
        and name.isalpha()
        and name[:1].isupper()
        and len(name) >= 2 * _FEWEST_PIECE
    )


def _words(name: str) -> list[str]:
    """The words of a full name, lower case, split at hyphens too, without legal forms."""
    words = name.replace("-", " ").casefold().split()
    return [w for w in words if w.replace(".", "").strip(",") not in LEGAL_FORMS]


def _contracts(short: str, words: list[str], index: int = 0) -> bool:
    """True when ``short`` is the opening letters (``_FEWEST_PIECE`` or more each) of
    ``words[index]`` and of the words after it, of two words at least."""
    if index >= len(words):
        return False
    word = words[index]
    for size in range(min(len(short), len(word)), _FEWEST_PIECE - 1, -1):
        if not word.startswith(short[:size]):
            continue
        rest = short[size:]
        if (not rest and index > 0) or (rest and _contracts(rest, words, index + 1)):
            return True
    return False


def _opens_a_word(short: str, name: str) -> bool:
    opening = short[:_SHARED_OPENING].casefold()
    return any(word.casefold().startswith(opening) for word in name.replace("-", " ").split())


def _initials_of(short: str, name: str) -> bool:
    """True when ``short`` spells the initials of all the words of ``name`` but its
    legal forms, "and" too, in any case ("Lasmo" of "London and Scottish Marine Oil
    Plc")."""
    return short.casefold() == "".join(word[0] for word in _words(name))


def _is_form_or_place(word: str, is_place: Callable[[str], bool]) -> bool:
    return word.casefold() in LEGAL_FORMS or is_place(word)


def with_associates(spans: list[Span]) -> list[Span]:
    """Join a span of a partnership's noun and legal forms ("Associates Inc") to the
    capitalised name the model took apart from it just before "and" or "&" ("[John
    Dunmore] and [Associates Inc]"): one organisation. ``spans`` in text order, the
    result too."""
    if not any(word_text(span.doc, span.start) in _PARTNERSHIP_NOUNS for span in spans):
        return spans
    return join_adjacent(spans, lambda before, span: _after_its_name(span, before), "ORG")


def _after_its_name(span: Span, before: Span) -> bool:
    """True when ``span`` is a partnership's noun and legal forms only, written after
    "and" or "&" just after ``before``, a name of capitalised words."""
    if span[0].text not in _PARTNERSHIP_NOUNS or span.start != before.end + 1:
        return False
    if span.doc[before.end].text not in ("and", "&"):
        return False
    forms = all(t.text.rstrip(".").casefold() in LEGAL_FORMS for t in span[1:])
    return forms and all(t.text[:1].isupper() for t in before)


def with_written_rest(mentions: Sequence[Named], is_city: Callable[[str], bool]) -> None:
    """Widen a mention over the rest of its name that the model left out: a lowercase
    word that makes a place a city of the gazetteer once capitalised ("Port lumpur" →
    "Port Lumpur"), a lowercase "committee" after a chamber of Congress and its
    committee's word ("Senate Fishing committee" → "Senate Fishing Committee"), and a
    name after a slash written without spaces, up to its last capitalised word, when that
    is a group's or a legal form ("Royal Acme/Zeta Group"). The name and canonical name
    are the widened name, capitalised."""
    for mention in mentions:
        span = mention.span
        if mention.pinned or span.end >= len(span.doc):
            continue
        # The word after from the document's array first: ``_rest_of_name`` reads on only
        # after a lowercase word or a slash, and most names are followed by neither.
        following = word_text(span.doc, span.end)
        written_on = following.islower() or following == "/"
        rest = _rest_of_name(mention, span.doc[span.end], is_city) if written_on else 0
        if rest:
            mention.span = Span(span.doc, span.start, span.end + rest, label=mention.label)
            words = [t.text for t in span.doc[span.end : span.end + rest]]
            if words[0] == "/":
                name = mention.name + "/" + " ".join(words[1:])
            else:
                name = _capitalised(" ".join([mention.name, *words]))
            mention.name = mention.canonical = name
        elif _recased(mention, is_city):
            mention.name = mention.canonical = _capitalised(mention.name)


def _recased(mention: Named, is_city: Callable[[str], bool]) -> bool:
    """True for a city or a Congress committee the model took whole but whose name a
    story writes with a lowercase word ("Port lumpur", "Senate Fishing committee")."""
    name = mention.name
    if name.istitle() or " " not in name:
        return False
    if mention.label in _PLACE_LABELS:
        return is_city(_capitalised(name))
    words = name.split()
    return mention.label == "ORG" and words[-1] in _COMMITTEES and _committee_of(words[:-1])


def _committee_of(words: list[str]) -> bool:
    """True for a chamber of Congress and its committee's capitalised words ("Senate
    Fishing"): "a Senate committee" is any of its committees, and "House of Commons" no
    chamber of Congress."""
    return len(words) > 1 and words[0] in _CHAMBERS and all(w.istitle() for w in words)


def _capitalised(name: str) -> str:
    return " ".join(word[:1].upper() + word[1:] for word in name.split())


def _rest_of_name(mention: Named, following, is_city: Callable[[str], bool]) -> int:
    """How many tokens from ``following`` (the token after the mention) are the rest of
    its name (see ``with_written_rest``); 0 when none are."""
    text = following.text
    if text.islower():
        if mention.label in _PLACE_LABELS and is_city(f"{mention.name} {text.capitalize()}"):
            return 1
        if mention.label == "ORG" and text in _COMMITTEES and _committee_of(mention.name.split()):
            return 1
        return 0
    if text != "/" or mention.label != "ORG" or following.whitespace_:
        return 0
    doc = following.doc
    if mention.span[-1].whitespace_:
        return 0
    end = following.i + 1
    while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
        end += 1
    # A photo credit's "Name/Agency" is two names: only a company's ends with its group
    # or legal form ("Royal Acme/Zeta Group").
    if end == following.i + 1 or doc[end - 1].text.rstrip(".").casefold() not in _GROUP_ENDS:
        return 0
    return end - following.i
