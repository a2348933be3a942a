"""Score direct and mixed quotes against the hand-judged verdicts (bench/data/quotes_judged.jsonl).

    .venv/bin/python bench/quotes_judged.py [--sample tune|fresh] [--errors N]

The judged documents are extracted again with the current code; a judged quote is
found again by the hash of its text (``quote_digest``) among the document's direct
and mixed quotes. Per sample it prints:

- how many judged quotes are still extracted as direct or mixed;
- precision: the real quotations among them (target ≥ 0.95), and how many judged
  non-quotations are now dropped;
- speaker accuracy among the real quotations still extracted (target ≥ 0.90), and
  the right speaker among all judged real quotations (a dropped one counts wrong).

A speaker is right when its name matches the judged name ignoring case, accents,
white space, a leading "the" and a possessive; a judged name that is a title
before the predicted name ("Prince Harry" for "Harry", "Dr. Jane Ng" for
"Jane Ng") also matches, since the title is kept apart (``speaker_title``), and so
does the part of a judged name before a comma ("Meghan" for "Meghan, Duchess of
Sussex"). "&" and "and" are the same word, and a parenthesised qualifier
("Central Bank (Denmark)") or a closing legal form ("Standard and Poor's Corp")
is left out on both sides: the document names the same body both ways. A name
the curated name files (``tasks.aliases``) give an organisation's canonical name for
is compared by that name too, on both sides alike ("U.S. Agriculture Department" and
"United States Department of Agriculture"): the pipeline's own naming, applied to the
judged name and the prediction the same way; so is a United States institution
written after the country ("U.S. Treasury"), by the full name the pipeline's wire
table gives it ("United States Department of the Treasury"), and a curated body
after its country ("U.S. Department of Transportation"), by its curated name. A
surname alone for a judged full name is wrong: the issue asks for full names.
When the judged speaker is ``null`` (unnamed: "a spokesperson"), the prediction is
right when it names no one: no speaker, or words with no entity behind them
(``speaker_key`` is None for a descriptor such as "the star").
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from collections import Counter, defaultdict

from judging import DATA, judged_extractions, quote_digest, read_jsonl, share

from tasks.entity_wire import generic_institution

# Words that may stand before a name as a title, not as part of it.
TITLES = frozenset(
    "mr mrs ms miss dr prof professor sir dame lord lady prince princess king queen duke "
    "duchess pope president senator sen rep gov governor mayor judge justice chef "
    "coach captain capt gen general rev father sister brother saint st".split()
)
# Legal forms a company's name may close with or not in the same story.
LEGAL_FORMS = frozenset("corp corporation inc co ltd plc llc ag sa".split())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", default=None, help="only verdicts of this sample")
    parser.add_argument("--errors", type=int, default=50, help="errors to list")
    args = parser.parse_args()
    verdicts = read_jsonl(DATA / "quotes_judged.jsonl")
    samples = sorted({v["sample"] for v in verdicts}) if args.sample is None else [args.sample]
    extractions = _extractions([v for v in verdicts if v["sample"] in samples])
    for sample in samples:
        chosen = [v for v in verdicts if v["sample"] == sample]
        score_sample(sample, chosen, extractions, args.errors)


def _extractions(verdicts: list[dict]) -> dict[tuple[str, str], dict[str, object]]:
    """``{(corpus, doc): {quote_sha: Quote}}`` of the direct and mixed quotes now extracted."""
    names: dict[str, set[str]] = defaultdict(set)
    for verdict in verdicts:
        names[verdict["corpus"]].add(verdict["doc"])
    found: dict[tuple[str, str], dict[str, object]] = {}
    for corpus, docs in sorted(names.items()):
        for name, (_, extracted) in judged_extractions(corpus, docs).items():
            found[(corpus, name)] = {
                quote_digest(q.text): q for q in extracted.quotes if q.kind in ("direct", "mixed")
            }
    return found


def normal(name: str | None) -> str:
    """A name for comparison: no accents, case, possessive, leading "the" or stray marks."""
    text = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode()
    text = re.sub(r"\s*\([^)]*\)", "", text)
    text = text.casefold().replace("’", "'").replace("'s ", " ").replace("&", " and ")
    words = [w.strip(".,;:'\"") for w in text.removesuffix("'s").split()]
    words = [w for w in words if w]
    if words and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in LEGAL_FORMS:
        words = words[:-1]
    return " ".join(words)


def speaker_right(gold: str | None, quote) -> bool:
    """Whether the predicted speaker of ``quote`` is the judged one (see module doc)."""
    named = quote.speaker if quote.speaker is not None and quote.speaker_key is not None else None
    if gold is None:
        return named is None
    got = normal(quote.speaker).split()
    if not got:
        return False
    if any(_same_name(normal(name).split(), got) for name in {gold, gold.split(",")[0]}):
        return True
    # A country's institution under the name the pipeline gives it with its country
    # ("Ministry of Foreign Affairs (France)", "Central Bank of Brazil") is the generic
    # name the text writes ("Foreign Ministry"), as it was when the pipeline only
    # added the country in brackets (which ``normal`` leaves out).
    generic = generic_institution(quote.speaker)
    if generic is not None and _same_name(normal(gold).split(), normal(generic).split()):
        return True
    # The same body under another name form: both sides named as the pipeline names it.
    canonical = normal(organisation_name(quote.speaker)).split()
    return _same_name(normal(organisation_name(gold)).split(), canonical)


def organisation_name(name: str) -> str:
    """The canonical name the curated name files give ``name`` as an organisation (in
    any context), else ``name`` itself."""
    from tasks.aliases import load_aliases
    from tasks.entities import without_country
    from tasks.entity_wire import united_nations_name, united_states_name

    # A United States institution after the country ("U.S. Treasury") takes the full
    # name the pipeline gives it (tasks/entity_wire.py), on both sides alike.
    if (full := united_states_name(name.strip())) is not None:
        return full
    # So does a body after the United Nations' initials ("U.N. Food and Agriculture
    # Organisation" -> "United Nations Food and Agriculture Organisation").
    if (spelled := united_nations_name(name.strip())) is not None:
        return spelled
    aliases = load_aliases()
    # A curated organisation after its country ("U.S. Department of Transportation"):
    # the country is no part of its name, as tasks/entities.py reads it.
    found = aliases.resolve(name, "ORG") or without_country(name.strip(), aliases)
    return found[0] if found is not None and found[1] == "ORG" else name


def _same_name(want: list[str], got: list[str]) -> bool:
    """``got`` is ``want``, or ``want`` is titles followed by ``got``."""
    if want == got:
        return True
    extra = want[: len(want) - len(got)]
    return want[len(extra) :] == got and all(word in TITLES for word in extra)


def score_sample(
    sample: str,
    verdicts: list[dict],
    extractions: dict[tuple[str, str], dict[str, object]],
    errors: int,
) -> None:
    tally: Counter = Counter()
    wrong: list[str] = []
    for verdict in verdicts:
        quote = extractions.get((verdict["corpus"], verdict["doc"]), {}).get(verdict["quote_sha"])
        real = bool(verdict["is_quotation"])
        tally["judged"] += 1
        tally["real"] += real
        if quote is None:
            tally["dropped real" if real else "dropped non-quotation"] += 1
            if real:
                wrong.append(f"[dropped] {_where(verdict)}: a real quotation is no longer found")
            continue
        tally["kept"] += 1
        if not real:
            wrong.append(f"[not a quotation] {_where(verdict)}: kept as {quote.kind}")
            continue
        tally["kept real"] += 1
        if speaker_right(verdict["speaker"], quote):
            tally["speaker right"] += 1
        else:
            got = f"{quote.speaker!r}" + ("" if quote.speaker_key else " (no entity)")
            wrong.append(f"[speaker] {_where(verdict)}: got {got}; want {verdict['speaker']!r}")
    print(f"sample {sample}: {tally['judged']} judged quotes ({tally['real']} real quotations)")
    print(f"  still extracted as direct/mixed  {share(tally['kept'], tally['judged'])}")
    print(f"  precision (real quotations)      {share(tally['kept real'], tally['kept'])}")
    print(
        f"  non-quotations dropped           "
        f"{share(tally['dropped non-quotation'], tally['judged'] - tally['real'])}"
    )
    print(f"  real quotations dropped          {tally['dropped real']}")
    print(f"  speaker accuracy                 {share(tally['speaker right'], tally['kept real'])}")
    # A real quotation no longer extracted has no speaker at all: counted wrong here.
    print(f"  right speaker, of all real       {share(tally['speaker right'], tally['real'])}")
    print(f"  remaining errors (first {errors} of {len(wrong)}):")
    for line in wrong[:errors]:
        print("    " + line)


def _where(verdict: dict) -> str:
    note = f" ({verdict['note']})" if verdict.get("note") else ""
    return f"{verdict['corpus']}/{verdict['doc']} {verdict['quote_sha']}{note}"


if __name__ == "__main__":
    main()
