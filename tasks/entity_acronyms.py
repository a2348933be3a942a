"""Short forms of organisations within one document.

``resolve_acronyms(text, mentions)`` links an acronym defined in parentheses ("the
Shanghai Cooperation Organization (SCO)") to its long form. ``resolve_short_forms``
links an acronym whose letters are exactly the initials of a longer name in the
document, without parentheses ("UKIP" and "UK Independence Party", "GM" and
"General Motors"), and a one-word organisation that opens exactly one longer
organisation name given before it ("Amnesty" after "Amnesty International").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache

from tasks.entity_labels import COMPANY_SUFFIXES, org_head
from tasks.entity_people import Named
from tasks.nlp import span_text
from tasks.person_gender import is_first_name
from tasks.word_search import parenthesised_at

# A wire service's angle brackets may close the long form before its acronym
# ("<Acme Pump Works Co> (APW)") or hold its ticker there ("Acme Pump Works Co <APW.F>
# (APW)"); wire copy also gives the acronym between commas ("..., APW, said").
_ACRONYM_AFTER = re.compile(
    r"(?:\s*<[^<>\n]{1,24}>)?>?\s*"
    r"(?:\(\s*([A-Z][A-Za-z0-9&.\-]{1,11})\s*\)|,\s*([A-Z][a-z]?[A-Z][A-Za-z&]{0,5}),)"
)
_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,5}$")
# Countries' initials written without stops before an agency's name ("US Food and Drug
# Administration"), as English-language news writes them.
_COUNTRY_INITIALS = frozenset({"US", "UK"})
# A word of initials ("E.F.", "J.").
INITIALS = re.compile(r"(?:[A-Z]\.)+")
# Legal forms written before the name, in capitals, by Swedish, Dutch and Indonesian
# companies ("AB Volvo", "NV Philips", "PT Tambang Timah"), as Reuters-21578 writes them:
# the story goes on by the name after the form ("Volvo").
_LEADING_FORMS = frozenset({"AB", "NV", "PT"})
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_FUNCTION_WORDS = frozenset("of and the for de du des la le in on at to".split())
# Last words of companies' names: legal suffixes and trades ("Cairn Energy",
# "Forrester Research"), compiled by hand from common last words of company names;
# wire copy's partnerships end in "Associates" or "Partners" ("Acme Cable Associates"),
# bank holding companies in "Bancorp" or "Bancshares" (as the FDIC's lists name them).
_COMPANY_HEADS = (
    frozenset(
        """inc corp corporation co cos ltd llc plc limited company group holdings energy airways
    airlines research technology technologies systems software motors foods industries
    pharmaceuticals telecom communications networks petroleum oil gas mining insurance
    hotels resorts electronics semiconductor computers associates partners bancorp
    bancorporation bancshares bankshares""".split()
    )
    | COMPANY_SUFFIXES
)
# Legal forms, lowercase and without their stops: the company suffixes, "company",
# and those of wire copy's legal_forms list (tasks/data/entity_wire.toml) and its
# European companies' ("KK", "SpA"). One list for what a short name leaves out here and
# for what an organisation's key leaves out (tasks.entities.org_key_name).
LEGAL_FORMS = COMPANY_SUFFIXES | frozenset("company cos pty bhd spa kk".split())
# Legal forms that are also English nouns, forms only where written with a capital: the
# Italian "SpA", which Reuters-21578 writes "SpA", "Spa", "SPA" or "S.p.A" after a
# name (counted over its free stories: never in lower case), where "the hotel's spa"
# is the noun.
_CAPITALISED_FORMS = frozenset({"spa"})
# The legal forms a conjunction joins to a partnership's names ("Parke, Davis and Co",
# "Smith & Cos"); after "and" or "&" any other form is a noun of the name ("Salon and
# Spa"): the Italian form follows the name directly.
_JOINED_FORMS = frozenset({"co", "cos", "company"})


def is_legal_form(word: str, before: str = "") -> bool:
    """True when ``word`` (as written, with or without its stops) is a company's legal
    form where the word ``before`` it comes before it (``LEGAL_FORMS``, with the cases
    and the conjunctions above)."""
    return word.casefold().replace(".", "").strip(",") in LEGAL_FORMS and form_in_place(
        word, before
    )


def form_in_place(word: str, before: str) -> bool:
    """False for a legal form written where it is a noun instead: one of
    ``_CAPITALISED_FORMS`` in lower case, or a form other than ``_JOINED_FORMS`` after
    "and" or "&"; True for any other word (the caller asks whether it is a form)."""
    folded = word.casefold().replace(".", "").strip(",")
    if folded in _CAPITALISED_FORMS and not word[:1].isupper():
        return False
    return before.casefold() not in ("and", "&") or folded in _JOINED_FORMS


# Nouns for a company's shops or brand after its name (from the `[after]` ORG nouns of
# tasks/data/entity_nouns.toml that name an outlet, not the company's trade).
_OUTLET_NOUNS = frozenset("store stores supermarket shop shops restaurant outlet brand".split())
_LONG_FORM_LABELS = frozenset({"ORG", "GPE", "FAC", "EVENT", "LAW", "NORP", "PRODUCT"})
# The head nouns after which a long form is the organisation a name's first words stand
# for: the companies' (_COMPANY_HEADS), a hand-picked part of the institutions' heads of
# entity_labels' org_head (those an organisation's full name ends in, not an office's or
# a unit's), and an insurer's "Assurance" (as "Insurance").
_ORG_HEAD_AFTER = _COMPANY_HEADS | frozenset(
    """bank banks trust trustees association committee commission council board bureau
    agency authority institute foundation society fund union federation league
    assurance""".split()
)
# The word after a place's name that makes the name its local government's ("Kilbrack
# County Council", "Kilbrack City Council", "Kilbrack Borough Council"): the kinds of
# local government in English-speaking countries (UK and Irish councils, US counties
# and cities). "State" is left out: a state university is no government.
_LOCAL_GOVERNMENT = frozenset({"county", "city", "borough", "council", "municipal", "parish"})
# Legal forms a holding company glues to the last word of its name ("Royal Trustco",
# "Toledo Trustcorp"; the glued forms of the Reuters-21578 companies' names), which the
# story leaves off when it names the company again ("Royal Trust").
_GLUED_FORMS = ("co", "corp")
# The fewest letters of a company's short name read as a misspelling of its full name.
_MISSPELT_LEAST = 5
# Function words a spelled-out name may hold beyond one word per letter ("of", "and").
_SPELLED_EXTRA_WORDS = 3
# Labels whose names are not short forms of longer names ending with them.
_NOT_FULLER = frozenset({"PERSON", "GPE", "LOC", "NORP"})
# Marks that no spelled-out name runs across (a sentence's end, a clause, a quotation).
_BREAKS_NAME = re.compile(r"[.,;:!?()\"“”]")


def resolve_acronyms(text: str, mentions: Sequence[Named]) -> None:
    """Link acronyms defined as ``Long Name (LN)`` to the long name, across the document."""
    long_forms: dict[str, Named] = {}
    places = {
        "".join(word[0] for word in m.canonical.split()): m.canonical
        for m in mentions
        if m.label == "GPE" and len(m.canonical.split()) > 1 and m.canonical.istitle()
    }
    for mention in mentions:
        written = span_text(mention.span)
        name_end = mention.span.start_char + written.find("(")
        after = name_end if "(" in written else mention.span.end_char
        match = _ACRONYM_AFTER.match(text, after)
        if match is None:
            continue
        acronym = match.group(1) or match.group(2)
        if match.group(2) and mention.label != "ORG":
            # "New York City, NY,": between commas a place's initials are its state's.
            continue
        if _initials_match(acronym, mention.name) or _initials_match(acronym, _written(mention)):
            # "Korea Electric Power Corp (Kepco)" is "KEPCO" too.
            long_forms[acronym.replace(".", "").upper()] = mention
            if owned := _after_possessor(acronym, mention.canonical):
                # The model's span took the owner's possessive ("Sato's Ministry of
                # Fisheries (MOF)"): the acronym's letters say where the name opens.
                mention.canonical = owned
        elif mention.label == "ORG" and (place := _place_opening(acronym, mention, places)):
            # "the Institute of Economic Research (NZIER)" in a story on New Zealand:
            # the acronym's first letters are the country's, left out of the long form.
            mention.canonical = f"{place} {mention.name}"
            long_forms[acronym.upper()] = mention
    spelled: dict[str, str | None] = {}
    for mention in mentions:
        long_form = long_forms.get(mention.name.replace(".", "").upper())
        if long_form is not None and long_form is not mention:
            mention.canonical = long_form.canonical
            mention.label = long_form.label
        elif (
            mention.canonical == mention.name
            and not mention.pinned
            and _ACRONYM.match(mention.name)
        ):
            if mention.name not in spelled:
                spelled[mention.name] = _spelled_out(text, mention.name)
            mention.canonical = spelled[mention.name] or mention.canonical
    # The model's name cut before the legal form the spelled-out one ends with ("Acme
    # Pumps" of "Acme Pumps SA (AP)") is that company too, under one name.
    cut = {" ".join(_without_legal_form(name)): name for name in spelled.values() if name}
    for mention in mentions:
        if not mention.pinned and mention.label == "ORG" and mention.canonical in cut:
            mention.canonical = cut[mention.canonical]


def _after_possessor(acronym: str, name: str) -> str | None:
    """``name`` without its first word when that word is a possessive ("Sato's") the
    acronym's letters leave out, and the rest's initials are exactly the acronym's."""
    first, _, rest = name.partition(" ")
    if not first.endswith(("'s", "’s")) or _initials_are(acronym, name):
        return None
    return rest if rest and _initials_are(acronym.replace(".", ""), rest) else None


def _place_opening(acronym: str, mention: Named, places: dict[str, str]) -> str | None:
    """The place of the document (by the initials of its name of several words) whose
    initials open ``acronym`` when the rest of its letters are the initials of the
    mention's name."""
    for initials, place in places.items():
        rest = acronym[len(initials) :]
        if acronym.startswith(initials) and rest and _initials_are(rest, mention.name):
            return place
    return None


def _spelled_out(text: str, acronym: str) -> str | None:
    """The words just before the first ``(ACRONYM)`` of ``text`` (on its line) whose
    initials are exactly the acronym's letters, when the model took no entity there
    ("the Universities and Colleges Employers' Association (UCEA)"), else ``None``."""
    # The acronym is letters and "&" (``_ACRONYM``): no white space at its ends.
    bracket = parenthesised_at(text, acronym)
    if bracket is None:
        return None
    line_start = text.rfind("\n", 0, bracket) + 1
    before = list(_WORD.finditer(text, line_start, bracket))
    if not before or text[before[-1].end() : bracket].strip():
        return None
    # "Diamant Boart Stratabit SA (DBS)": a legal form gives no initial, and stays in
    # the name.
    legal = 0
    while legal < len(before) - 1 and before[-1 - legal].group().casefold() in LEGAL_FORMS:
        legal += 1
    most = len(acronym) + _SPELLED_EXTRA_WORDS
    for count in range(1, min(most, len(before) - legal) + 1):
        words = before[-count - legal :]
        if not words[0].group()[:1].isupper():
            continue
        name = _without_heads_possessive(text[words[0].start() : words[-1].end()].rstrip("'’"))
        if _BREAKS_NAME.search(name):
            return None
        without_legal = text[words[0].start() : words[-1 - legal].end()]
        if (_initials_are(acronym, name) or _initials_are(acronym, without_legal)) and all(
            w.group()[:1].isupper() or w.group().casefold() in _FUNCTION_WORDS | LEGAL_FORMS
            for w in words
        ):
            return name
    return None


def _without_heads_possessive(name: str) -> str:
    """``name`` without the "'s" after its last word when that word is a party's, an
    institution's or a legal form's head noun ("Green Party's (GP) plan" spells out the
    Green Party): such a name owns the "'s", it is no part of it ("Moody's" keeps it)."""
    head, _, last = name.rpartition(" ")
    for possessive in ("'s", "’s"):
        if head and last.endswith(possessive):
            bare = last.removesuffix(possessive)
            if bare.casefold() == "party" or org_head([bare]):
                return f"{head} {bare}"
    return name


# A chamber's committee ("House Ways and Means Committee"): "the House" alone is the
# chamber, never a short form of one of its committees.
_CHAMBER_COMMITTEE = re.compile(r"(?:House|Senate) .+ (?:Committee|Subcommittee)")


def _chamber_committee(name: str) -> bool:
    return _CHAMBER_COMMITTEE.fullmatch(name) is not None


def resolve_short_forms(
    mentions: Sequence[Named],
    is_place: Callable[[str], bool],
    labels: frozenset[str] | None = None,
) -> None:
    """Link undefined acronyms, organisations named by the first words of their long
    form, and one-word products (its last word: "Wallet", "Coinbase Wallet") to the one
    long form they stand for in the document; leave them when there is none, or more
    than one. A company's first words take its name whatever the model took them for
    ("U.S. Video" after "U.S. Video Vending Corp", "Nestle" called a place after
    "Nestle SA"), but a given name, a person's surname or a place ``is_place`` knows;
    a one-word organisation takes any organisation's name it opens ("Amnesty"), but a
    known place opening its local government's name ("Cork County Council") is the place,
    wherever the document names it alone.
    ``labels``: link only mentions of these labels (all serve as long forms)."""
    _initials.cache_clear()
    # Each long form's names without legal forms, made once per name: every acronym the
    # document leaves undefined tries every long form's (quadratic on a long page).
    legal_cuts = cache(_legal_cuts)
    longer = [m for m in mentions if m.label in _LONG_FORM_LABELS and len(m.canonical.split()) > 1]
    # The organisations by their first word, looked up by each short form's.
    openers: dict[str, list[Named]] = {}
    for m in longer:
        if m.label == "ORG" and not _chamber_committee(m.canonical):
            for name in _forms(m):
                for first in {
                    name[0],
                    _after_initials(name)[0],
                    _after_leading_form(name)[0],
                    _after_founder(name)[0],
                }:
                    openers.setdefault(first, []).append(m)
    # Where the document first names each long form (``found`` keeps one mention a name).
    first_named: dict[str, int] = {}
    for m in longer:
        first_named.setdefault(m.canonical, m.span.start_char)
    first_full: dict[str, int] = {}
    for m in mentions:
        if m.label == "PERSON" and " " in m.name:
            first_full.setdefault(m.name, m.span.start_char)
    surnames = {name.split()[-1] for name in first_full}
    # The last words of the document's names, for the pass after the labels settle.
    name_ends = {m.name.split()[-1] for m in mentions if " " in m.name} if labels else set()
    groups: list[Named] = []
    # The long forms written out, asked for once, and each acronym's among them, until
    # a mention takes another name or type (a long form may).
    spelled: list[Named] | None = None
    by_initials: dict[str, dict[str, Named]] = {}
    council_places: set[str] = set()
    linked: dict[str, int] = {}
    companies: dict[str, Named] = {}
    for mention in mentions:
        if labels is not None and (mention.label not in labels or mention.name in name_ends):
            # "Walter said" beside "J.C. Walter of Walter Oil and Gas Corp" (the person
            # typed an organisation): the word ends another name too; no guessing.
            continue
        if _before_its_person(mention, first_full):
            # "Taft common stock" after "Taft Broadcasting Co", before the document
            # names Dudley Taft: the word is the company's short name until then.
            found = _opening(mention, [mention.name], openers, company=True)
            if len(found) == 1:
                long_form = next(iter(found.values()))
                mention.canonical, mention.label = long_form.canonical, long_form.label
                by_initials.clear()
            continue
        if mention.pinned or mention.canonical != mention.name:
            continue
        words = mention.name.split()
        if len(words) > 1:
            # "U.S. Video" after "U.S. Video Vending Corp": a company's first words,
            # whatever the model took them for but a person's or a known place's name.
            if mention.label == "NORP":
                continue
            found = _opening(mention, words, openers, company=True)
            if is_first_name(words[0]):
                # "Gordon Textiles" after "Gordon Textiles Inc": a given name opens it, so only
                # an organisation named by all of a company's words but its legal form.
                found = {
                    name: m
                    for name, m in found.items()
                    if mention.label == "ORG" and _legal_form_of(name.split(), words)
                }
            if found and mention.label != "ORG" and is_place(mention.name):
                continue
            if not found:
                found = _organisation_opening(mention, words, openers, is_place)
            if not found and mention.label == "ORG":
                found = _glued_form_opening(mention, words, openers)
            if not found and _ACRONYM.match(words[0]):
                found = _initials_then_words(mention, words, longer)
        elif _ACRONYM.match(mention.name):
            # Only a long form the document writes out: "EC" is not the European
            # Commission a curated "the Commission" stands for in a story on the EC.
            if spelled is None:
                spelled = [m for m in longer if not m.pinned or " " in _written(m)]
            if mention.name not in by_initials:
                by_initials[mention.name] = _long_forms_of(mention.name, spelled)
            found = dict(by_initials[mention.name])
            if not found:
                # "BAT" after "BAT Industries Plc": the acronym is a company's first word
                # (not "IPTV" of a product's "IPTV Edition").
                found = _opening(mention, words, openers, company=True)
            if not found:
                # Legal forms give no initial but those before one that does ("KMP"
                # after "Kallista Mining Pty Co Ltd").
                found = {
                    m.canonical: m
                    for m in spelled
                    if m.label == "ORG"
                    and any(_initials_are(mention.name, cut) for cut in legal_cuts(m.canonical))
                }
        elif mention.label == "ORG":
            found = _opening(mention, words, openers, company=False)
            if found and _place_of_its_council(mention.name, found, is_place):
                mention.label = "GPE"
                council_places.add(mention.name)
                by_initials.clear()
                continue
            if not found:
                found = _misspelt_opening(mention.name, longer)
        elif mention.label == "PERSON":
            # "Investors piled into Cairn" after "Cairn Energy": the model's person is the
            # company's short name, unless the word is a given name or a person's
            # surname, or the long form no company's ("Redonda Restoration Programme").
            if is_first_name(mention.name) or mention.name in surnames:
                continue
            found = _opening(mention, words, openers, company=True)
        elif mention.label == "NORP":
            groups.append(mention)
            continue
        else:
            found = _opening(mention, words, openers, company=True)
            if found and is_place(mention.name):
                continue
            if not found:
                # A product named without its maker ("Wallet" and "Coinbase Wallet").
                found = {
                    m.canonical: m
                    for m in longer
                    if m.label == "PRODUCT" and m.canonical.split()[-1] == mention.name
                }
        long_form = _the_long_form(_one_per_thing(found), words, first_named)
        if long_form is not None:
            mention.canonical, mention.label = long_form.canonical, long_form.label
            by_initials.clear()
            if long_form.canonical.split()[: len(words)] == words:
                linked[mention.name] = linked.get(mention.name, 0) + 1
                companies[mention.name] = long_form
    _places_throughout(mentions, council_places)
    # The model's group among the company's mentions ("TransAmerican" after
    # "TransAmerican Natural Gas Corp"), where most of them are the company's.
    outvoted = Counter(m.name for m in groups)
    for mention in groups:
        if linked.get(mention.name, 0) > outvoted[mention.name]:
            company = companies[mention.name]
            mention.canonical, mention.label = company.canonical, company.label


def _long_forms_of(acronym: str, spelled: list[Named]) -> dict[str, Named]:
    """The long forms of ``spelled`` (those the document writes out) whose initials
    are ``acronym``: of the name, else of a form without its country, else of a
    company's name without its legal forms ("BP" of "British Petroleum Co Plc": a legal
    form gives no initial), by canonical name. A maker's product named by the acronym
    and a model's number ("IBM 4361") spells out no acronym: it is the maker's."""
    spelled = [m for m in spelled if not _makers_model(acronym, m)]
    found = {m.canonical: m for m in spelled if _initials_are(acronym, m.canonical)}
    if not found:
        found = {
            m.canonical: m
            for m in spelled
            if any(_initials_are(acronym, _without_country(" ".join(form))) for form in _forms(m))
        }
    if not found:
        found = {
            m.canonical: m
            for m in spelled
            if m.label == "ORG"
            and _initials_are(acronym, " ".join(_without_legal_form(m.canonical)))
        }
    return found


def _makers_model(acronym: str, mention: Named) -> bool:
    """Whether ``mention`` is a product named by the maker's ``acronym`` first."""
    return mention.label == "PRODUCT" and mention.canonical.split()[0] == acronym


def _place_of_its_council(
    name: str, found: dict[str, Named], is_place: Callable[[str], bool]
) -> bool:
    """Whether the one-word ``name`` the model took for an organisation is a place
    ``is_place`` knows whose local government the document names (``found``: the
    organisations it opens, one of them the place and a word of local government:
    "Kilbrack County Council", "Kilbrack City Council"): the document goes on by the
    place's name for the place ("One of Kilbrack's oldest pubs"), not for its council,
    which it names in full."""
    if not is_place(name):
        return False
    return any(
        len(words := long_name.split()) > 1 and words[1].casefold() in _LOCAL_GOVERNMENT
        for long_name in found
    )


def _places_throughout(mentions: Sequence[Named], places: set[str]) -> None:
    """The place of a council named in full (``places``, see ``_place_of_its_council``)
    is the place wherever else the model took its name alone for an organisation, before
    the council's name too ("Tonight Kilbrack will move into level 3", then "Kilbrack
    County Council")."""
    if not places:
        return
    for mention in mentions:
        if (
            mention.name in places
            and mention.label == "ORG"
            and mention.canonical == mention.name
            and not mention.pinned
        ):
            mention.label = "GPE"


def _organisation_opening(
    mention: Named,
    words: list[str],
    openers: dict[str, list[Named]],
    is_place: Callable[[str], bool],
) -> dict[str, Named]:
    """The organisations a name of several words the model took for one opens, where no
    company's does ("Harbour Mutual" after "Harbour Mutual Assurance", "Pinecrest
    National" after "Pinecrest National Bank of Elmwood"): the document named it in full
    first and goes on by its first words, as it does with a company's. Only where the
    long form goes on with an organisation's head noun (a bank, a trust, a committee:
    ``_ORG_HEAD_AFTER``), so a unit, a programme or an office of the organisation ("Acme
    News Special", "Transport Board Customer Team", "Acme Securities Co International")
    is no long form of it; not a name with a preposition, which is an institution's whole
    name ("Department of Agriculture", not its undersecretary's office), nor one opening
    with a given name ("Gordon Textiles")."""
    if mention.label != "ORG" or is_first_name(words[0]) or any(w.islower() for w in words):
        return {}
    found = _opening(mention, words, openers, company=False)
    return {
        name: m
        for name, m in found.items()
        if m.label == "ORG" and not m.pinned and _head_after(name.split(), len(words), is_place)
    }


def _head_after(name: list[str], opening: int, is_place: Callable[[str], bool]) -> bool:
    """Whether the word of ``name`` after its ``opening`` words is an organisation's head
    noun (no place: "Acme Europe" is a unit), and no word but "of" or another legal form
    follows a legal form ("Acme Co International" is a unit of Acme Co)."""
    if len(name) <= opening or is_place(name[opening]):
        return False
    rest = [word.casefold().rstrip(".,") for word in name[opening:]]
    if rest[0] not in _ORG_HEAD_AFTER:
        return False
    after_form = [rest[i + 1] for i in range(len(rest) - 1) if rest[i] in LEGAL_FORMS]
    return all(word == "of" or word in LEGAL_FORMS for word in after_form)


def _glued_form_opening(
    mention: Named, words: list[str], openers: dict[str, list[Named]]
) -> dict[str, Named]:
    """The companies named before ``mention`` whose name is its ``words`` with a legal
    form glued to the last word, and any legal forms after ("Acme Trust" of "Acme
    Trustco Ltd", "Acme Bank" of "Acme Bankcorp Inc"), the short name a story gives a
    holding company named so (``_GLUED_FORMS``), by name."""
    start, *_, last = words
    glued = {last + form for form in _GLUED_FORMS}
    return {
        m.canonical: m
        for m in openers.get(start, ())
        if m.label == "ORG"
        and m.span.start_char < mention.span.start_char
        and len(name := m.canonical.split()) > len(words)
        and name[len(words) - 1] in glued
        and _legal_form_of(name, name[: len(words)])
        and name[: len(words) - 1] == words[:-1]
    }


def _misspelt_opening(name: str, longer: Sequence[Named]) -> dict[str, Named]:
    """The companies named in full in the document (with a legal form) whose first
    word is ``name`` written otherwise: with or without a final "s" ("Medtronics" for
    Medtronic Inc, "Cleveland-Cliff's" for Cleveland-Cliffs Inc) or with two letters
    swapped ("Ogelbay" for Oglebay Norton Co), as wire copy misspells a company it
    names in full. A word of fewer than five letters is too often another name."""
    if len(name) < _MISSPELT_LEAST or not name[:1].isupper():
        return {}
    # The spelling first: it rules out nearly every company, and costs least.
    return {
        m.canonical: m
        for m in longer
        if m.label == "ORG"
        and _spelled_otherwise(name, m.canonical.split()[0])
        and _legal_form_of(m.canonical.split(), _without_legal_form(m.canonical))
    }


def _spelled_otherwise(word: str, other: str) -> bool:
    """Whether ``word`` is ``other`` with a final "s" more or less, or with two
    adjacent letters swapped (not the first: "Sarget" and "Asrget" are no one name)."""
    # Both ways of writing it otherwise keep the first letter (the swapped two are
    # not the first): a word of another first letter is none, tested cheaply.
    if word == other or word[:1] != other[:1]:
        return False
    if word in (other + "s", other + "'s", other + "’s") or other == word + "s":
        return True
    if len(word) != len(other):
        return False
    differ = [index for index, (a, b) in enumerate(zip(word, other, strict=True)) if a != b]
    return (
        len(differ) == 2
        and differ[0] > 0
        and differ[1] == differ[0] + 1
        and word[differ[0]] == other[differ[1]]
        and word[differ[1]] == other[differ[0]]
    )


def _the_long_form(
    found: dict[str, Named], words: list[str], first_named: dict[str, int]
) -> Named | None:
    """The one long form of ``found``; of several, the one that is the short form and
    a legal form only ("Chevron" is Chevron Corp beside its unit Chevron U.S.A. Inc,
    "Volvo" is AB Volvo beside its unit Volvo Flygmotor), the name a company's own
    filings give it; else the parent the others lengthen, else the company the lead
    names (``first_named``: where the document first names each long form)."""
    if len(found) == 1:
        return next(iter(found.values()))
    if not found:
        return None
    legal = [
        m
        for m in found.values()
        if _legal_form_of(m.canonical.split(), words) or _form_then(m.canonical.split(), words)
    ]
    if len(legal) == 1:
        return legal[0]
    # "Deutsche" beside "Deutsche Bank AG" and its unit "Deutsche Bank (Asia) AG": the
    # company whose name the others only lengthen is the one the short name stands for.
    cores = {name: _without_legal_form(name) for name in found}
    parents = [
        found[name]
        for name, core in cores.items()
        if all(
            other[: len(core)] == core and len(other) > len(core)
            for other in cores.values()
            if other is not core
        )
    ]
    if len(parents) == 1:
        return parents[0]
    return _named_in_lead(list(found.values()), first_named)


def _named_in_lead(found: list[Named], first_named: dict[str, int]) -> Named | None:
    """Of several long forms, the only one the document's first paragraph names, when
    it is a company's ("Acme" is Acme Motor Co of the lead, not Acme Mexicana, the unit
    a later paragraph names): a wire story's lead names in full the company it is about,
    and the story goes on by its short name. ``None`` when the lead names none or
    several of them, or an institution ("United" is no Department of Transportation)."""
    lead_end = found[0].span.doc.text.find("\n")
    in_lead = [m for m in found if first_named.get(m.canonical, lead_end) < lead_end]
    if len(in_lead) != 1 or not _company(in_lead[0].canonical):
        return None
    return in_lead[0]


def _legal_form_of(name: list[str], words: list[str]) -> bool:
    """Whether ``name`` is ``words`` and a legal form ("Acme Corp", "Acme & Co Inc")."""
    rest = [word.casefold().replace(".", "") for word in name[len(words) :]]
    return (
        name[: len(words)] == words
        and bool(rest)
        and rest[-1] in LEGAL_FORMS
        and all(word in LEGAL_FORMS or word in ("&", "and") for word in rest)
    )


def _without_country(name: str) -> str:
    """``name`` without the country's initials it opens with, which its acronym leaves
    out ("EPA" of "U.S. Environmental Protection Agency"); else ``name``. Only initials:
    a curated company's name opens names of its units ("IPTV" is no "Microsoft IPTV")."""
    first, _, rest = name.partition(" ")
    return rest if rest and (INITIALS.fullmatch(first) or first in _COUNTRY_INITIALS) else name


def _before_its_person(mention: Named, first_full: dict[str, int]) -> bool:
    """Whether ``mention`` is a one-word name taken for the surname of a person whose
    full name the document gives only after it."""
    full = first_full.get(mention.canonical)
    return (
        mention.label == "PERSON"
        and not mention.pinned
        and " " not in mention.name
        and full is not None
        and mention.span.start_char < full
    )


def _opening(
    mention: Named, words: list[str], openers: dict[str, list[Named]], company: bool
) -> dict[str, Named]:
    """The organisations named before ``mention`` whose name opens with its ``words``
    (and ends like a company's when ``company``), not a shop of one, by name; a
    founder's initials before the name open nothing ("Hutton" of "E.F. Hutton LBO
    Inc")."""
    start = mention.span.start_char
    # The cheap tests first: the words of each name are split only for those before.
    return {
        m.canonical: m
        for m in openers.get(words[0], ())
        if m.span.start_char < start
        and any(
            (name[: len(words)] == words and len(name) > len(words))
            or _opens_after_form(form, words)
            for form in _forms(m)
            for name in (form, _after_initials(form), _after_founder(form))
        )
        and (not company or _company(m.canonical))
        and not _outlet(m.canonical)
    }


def _forms(mention: Named) -> list[list[str]]:
    """The words of a long form's name, and of its name as written where a curated
    name replaced it ("Commerce" opens "the Commerce Department", filed under "United
    States Department of Commerce")."""
    forms = [mention.canonical.split()]
    written = _written(mention).split()
    if len(written) > 1 and written != forms[0]:
        forms.append(written)
    return forms


def _one_per_thing(found: dict[str, Named]) -> dict[str, Named]:
    """``found`` without a name that another found mention's curated name replaced,
    with or without the country's initials ("U.S. Department of Transportation" beside
    "the Department of Transportation", filed under "United States Department of
    Transportation")."""
    if not any(m.pinned for m in found.values()):
        # Only a curated name replaces one (``_written``): all stay.
        return found
    replaced = {_written(m) for m in found.values()} - {""}
    return {
        name: m
        for name, m in found.items()
        if m.pinned or (name not in replaced and _without_country(name) not in replaced)
    }


def _written(mention: Named) -> str:
    """The name as the text writes it where a curated name replaced it, else ``""``."""
    if not mention.pinned:
        return ""
    words = span_text(mention.span).split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    return " ".join(words)


def _after_initials(words: list[str]) -> list[str]:
    """The words of a name after the initials it opens with ("E.F.", "J.")."""
    first = 0
    while first < len(words) - 1 and INITIALS.fullmatch(words[first]):
        first += 1
    return words[first:]


def _after_founder(words: list[str]) -> list[str]:
    """The words of a company's name after its founder's given name and initials
    ("Hall and Co Inc" of "Frank B. Hall and Co Inc": wire copy goes on with the
    surname), else all of them."""
    if (
        len(words) > 3
        and INITIALS.fullmatch(words[1])
        and words[2][:1].isupper()
        and is_first_name(words[0])
    ):
        return words[2:]
    return words


def _after_leading_form(words: list[str]) -> list[str]:
    """The words of a name after the legal form it opens with ("Volvo" of "AB Volvo"),
    else all of them."""
    if len(words) > 1 and words[0] in _LEADING_FORMS and words[1][:1].isupper():
        return words[1:]
    return words


def _opens_after_form(name: list[str], words: list[str]) -> bool:
    """Whether ``words`` open ``name`` after the legal form it opens with ("Volvo" of
    "AB Volvo")."""
    rest = _after_leading_form(name)
    return len(rest) < len(name) and rest[: len(words)] == words


def _form_then(name: list[str], words: list[str]) -> bool:
    """Whether ``name`` is a leading legal form and ``words`` ("AB Volvo")."""
    rest = _after_leading_form(name)
    return len(rest) < len(name) and rest == words


def _outlet(name: str) -> bool:
    """Whether ``name`` is a name and one noun for a shop or brand of it ("FoodCorp
    Supermarket", "Acme Store"): there the name alone is the company itself, not that
    outlet."""
    words = name.split()
    return len(words) == 2 and words[1].casefold() in _OUTLET_NOUNS


def _company(name: str) -> bool:
    """Whether ``name`` ends like a company's ("Cairn Energy", "Jet Airways", "Acme
    Corp"), opens with a legal form ("AB Acme"), or is a company's name and legal form
    before "of" and its place ("Acme Clinics Corp of America"); an institution's head
    ("Cork County Council") is no company's."""
    words = name.split()
    if words[-1].casefold().rstrip(".") in _COMPANY_HEADS or _after_leading_form(words) != words:
        return True
    before, of, _ = name.partition(" of ")
    return bool(of) and " " in before and before.split()[-1].casefold().rstrip(".") in LEGAL_FORMS


def _initials_then_words(
    mention: Named, words: list[str], longer: Sequence[Named]
) -> dict[str, Named]:
    """The companies named before ``mention`` whose first words the acronym opening
    ``words`` stands for and whose next words are the rest of ``words`` ("AW Credit"
    after "Acme Widget Credit Corp"): wire copy shortens a unit's parent to its
    initials. Only a company's name that goes on after them."""
    acronym, rest = words[0], words[1:]
    start = mention.span.start_char
    found = {}
    for m in longer:
        if m.label != "ORG" or m.span.start_char >= start or not _company(m.canonical):
            continue
        name = m.canonical.split()
        for count in range(2, len(name) - len(rest)):
            if name[count : count + len(rest)] == rest and _initials_are(
                acronym, " ".join(name[:count])
            ):
                found[m.canonical] = m
                break
    return found


def resolve_fuller_names(mentions: Sequence[Named], is_common: Callable[[str], bool]) -> None:
    """Link a name to the one longer name given before its first mention in the
    document that ends with all its words ("the Evening Chronicle" after "the Newcastle
    Evening Chronicle", "United" after "Manchester United"), or whose words before "of"
    do ("the Bank" after "the Reserve Bank of Australia"); leave it when there is none
    or more than one.
    People, places and groups are left alone ("Africa" is not "South Africa"); a
    one-word name only takes a longer name of its own type, and not when the document
    also writes it in lowercase (``is_common``: "the House" is not the "White House")."""
    longer = [m for m in mentions if m.label not in _NOT_FULLER and len(m.canonical.split()) > 1]
    forms = {id(m): _forms(m) for m in longer}
    ends = _LongFormsByEnd(longer, forms)
    first_named: dict[str, int] = {}
    for mention in mentions:
        first_named.setdefault(mention.name, mention.span.start_char)
    # The long form found for each name and type: a document names the same thing
    # again and again. Forgotten when a longer name itself takes another's name or type.
    fuller: dict[tuple[str, str], Named | None] = {}
    for mention in mentions:
        if mention.pinned or mention.canonical != mention.name or mention.label in _NOT_FULLER:
            continue
        words = mention.name.split()
        if not all(word[:1].isupper() for word in words):
            continue
        if len(words) == 1 and is_common(words[0]):
            continue
        key = (mention.name, mention.label)
        if key not in fuller:
            candidates = ends.candidates(words)
            fuller[key] = _fuller_name(mention, words, candidates, forms, first_named[mention.name])
        long_form = fuller[key]
        if long_form is not None:
            mention.canonical, mention.label = long_form.canonical, long_form.label
            if id(mention) in forms:
                fuller.clear()
                ends = _LongFormsByEnd(longer, forms)


class _LongFormsByEnd:
    """The long forms of ``resolve_fuller_names`` by the words a shorter name of them
    can end with: the last word of each of its ``forms``, of a company's name before
    its legal form, and the word before an "of". A name asks for the long forms its
    last word can end, not for every long form of the document; a one-word name also
    for the companies whose last word it may misspell (``_misspelt_end``). Built
    again when a long form takes another name or type."""

    def __init__(self, longer: list[Named], forms: dict[int, list[list[str]]]) -> None:
        self.longer = longer
        self.by_end: dict[str, list[int]] = {}
        self.misspellable: list[int] = []
        for index, m in enumerate(longer):
            ends = {form[-1] for form in forms[id(m)]}
            ends.update(form[at - 1] for form in forms[id(m)] for at in _of_indexes(form))
            if m.label == "ORG":
                core = _without_legal_form(m.canonical)
                ends.update(core[-1:])
                if 1 < len(core) < len(m.canonical.split()):
                    self.misspellable.append(index)
            for end in ends:
                self.by_end.setdefault(end, []).append(index)

    def candidates(self, words: list[str]) -> list[Named]:
        """The long forms, in document order, that a name of ``words`` may be a
        short name of (all of them for a name of no words)."""
        if not words:
            return self.longer
        found = set(self.by_end.get(words[-1], ()))
        if len(words) == 1:
            found.update(self.misspellable)
        return [self.longer[index] for index in sorted(found)]


def _of_indexes(form: list[str]) -> list[int]:
    """The places of "of" in the words ``form`` but the first."""
    return [at for at in range(1, len(form)) if form[at] == "of"]


def _fuller_name(
    mention: Named,
    words: list[str],
    longer: list[Named],
    forms: dict[int, list[list[str]]],
    first_named: int,
) -> Named | None:
    """The one name of ``longer`` (with its ``forms``, by id) named before offset
    ``first_named`` that ``mention`` (of ``words``) is a fuller name of (see
    ``resolve_fuller_names``), else ``None``. ``longer``: the long forms
    ``_LongFormsByEnd`` finds for ``words``; the others are none."""
    found = {
        m.canonical: m
        for m in longer
        if m.span.start_char < first_named
        and (len(words) > 1 or m.label == mention.label)
        and (
            any(_ends_with_name(form, words) for form in forms[id(m)])
            or (m.label == "ORG" and _ends_with_name(_without_legal_form(m.canonical), words))
            or (len(words) == 1 and _misspelt_end(words[0], m))
            or (m.label == "ORG" and any(_heads(" ".join(f), words) for f in forms[id(m)]))
        )
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _misspelt_end(word: str, long_form: Named) -> bool:
    """Whether ``word`` is the last word of a company's name before its legal form,
    written otherwise ("Dynamo" or "Dynamoss" for Acme Dynamos Corp; see
    ``_spelled_otherwise``), as wire copy misspells a company it names in full; a word of
    fewer than five letters is too often another name."""
    if len(word) < _MISSPELT_LEAST or long_form.label != "ORG":
        return False
    core = _without_legal_form(long_form.canonical)
    return (
        1 < len(core) < len(long_form.canonical.split())
        and _spelled_otherwise(word, core[-1])
        and _ends_with_name([*core[:-1], word], [word])
    )


def _without_legal_form(name: str) -> list[str]:
    """The words of a company's name before its legal forms ("Laboratoires Sarget" of
    "Laboratoires Sarget SA"), which a short name leaves out."""
    cuts = _legal_cuts(name)
    return cuts[-1].split() if cuts else name.split()


def _legal_cuts(name: str) -> list[str]:
    """``name`` without its last legal form, without its last two, … down to none
    ("Acme Hill Pty Co", "Acme Hill Pty", "Acme Hill" of "Acme Hill Pty Co Ltd")."""
    words = name.split()
    cuts = []
    end = len(words)
    while end > 1 and is_legal_form(words[end - 1], words[end - 2]):
        end -= 1
        cuts.append(" ".join(words[:end]))
    return cuts


def _heads(name: str, words: list[str]) -> bool:
    """Whether an institution's name ends with ``words`` before its "of", all its
    words capitalised ("Reserve Bank" and "Bank" of "Reserve Bank of Australia")."""
    parts = name.split()
    if "of" not in parts[1:]:
        return False
    head = parts[: parts.index("of")]
    # "LG Electronics of South Korea" is a company and its country, not an institution.
    if _company(" ".join(head)):
        return False
    return head[-len(words) :] == words and all(word[:1].isupper() for word in head)


def _ends_with_name(longer: list[str], words: list[str]) -> bool:
    """True when the words of a longer name, all capitalised but its function words,
    end with ``words`` after a word that is not a function word ("Société des Amis du
    Louvre" is not the Louvre; "doi:10.1016 Scholar" is no name)."""
    if len(longer) <= len(words) or longer[-len(words) :] != words:
        return False
    before = longer[-len(words) - 1]
    return before.casefold() not in _FUNCTION_WORDS and all(
        w[:1].isupper() or w.casefold() in _FUNCTION_WORDS for w in longer
    )


def _initials_are(acronym: str, name: str) -> bool:
    """True when the acronym is exactly the initials of ``name``, with or without its
    function words; a word in capitals gives all its letters ("UK Independence Party")."""
    return acronym.replace("&", "") in _initials(name)


# One document's long forms: each acronym of the document is tried against each of
# them (a long page names hundreds, which a cache of a few dozen would evict in turn
# and find again). ``resolve_short_forms`` empties it for each document: the next
# document has its own, and a warm benchmark finds none of the last one's.
@cache
def _initials(name: str) -> tuple[str, str]:
    """The initials of ``name`` without its function words, and with them (a word in
    capitals gives all its letters)."""
    words = _WORD.findall(name)
    every = "".join(word if word.isupper() else word[0].upper() for word in words)
    content = "".join(
        word if word.isupper() else word[0].upper()
        for word in words
        if word.casefold() not in _FUNCTION_WORDS
    )
    return content, every


def _initials_match(acronym: str, name: str) -> bool:
    """True when the acronym's letters are, in order, the initials of some of the
    name's words, each initial possibly followed by later letters of its own word
    ("ICCO": International, Co*c*oa, Organization)."""
    words = [word.upper() for word in _WORD.findall(name)]
    letters = "".join(ch for ch in acronym.upper() if ch.isalpha())
    # "Indosuez Asia (Singapore) Ltd": a word of the name in brackets is no acronym.
    if len(letters) < 2 or letters in words:
        return False
    return _letters_from(letters, words, 2)


def _letters_from(letters: str, words: list[str], runs: int) -> bool:
    """Whether ``letters`` split into at least ``runs`` runs, each taken from one of
    ``words`` in order (words may be skipped): its initial, then letters of the word
    after it in order."""
    if not letters:
        return runs <= 0
    for index, word in enumerate(words):
        if word[0] != letters[0]:
            continue
        taken, position = 1, 1
        # Each longer run this word can give, then the rest from the words after it.
        while True:
            if _letters_from(letters[taken:], words[index + 1 :], runs - 1):
                return True
            if taken == len(letters):
                break
            found = word.find(letters[taken], position)
            if found < 0:
                break
            taken, position = taken + 1, found + 1
    return False
