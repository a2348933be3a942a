"""PolNeAR recall: the gold attributions the extractor misses, classed by mechanism.

    .venv/bin/python bench/polnear_speakers.py --half even --all --save F
    .venv/bin/python bench/polnear_recall.py --load F --half even [--examples CLASS] [--n N]

Scores saved predictions (``polnear_speakers.py --save``) as ``dossier eval quotes --all
--step 2`` does (30% coverage, one to one), then gives each missed gold attribution
one class per axis and counts them:

- overlap: no prediction touches the content, one covers under 30% of it (a partial
  match, a miss and often a false positive too), or 30% or more is held by a
  prediction matched to another gold statement;
- cue: the part of speech of the gold cue's head as the model parses the sentence
  (verb, noun, adposition such as "according to" or "in a statement", punctuation such
  as a colon, or none);
- content: a clause (a verb in it), a noun phrase, or several sentences;
- source: a pronoun, a noun phrase, or none.

Only the half tuned on (``even``) is to be read; ``--examples`` prints misses of one
class (e.g. ``cue=NOUN``) with the gold cue marked.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from judging import CORPORA
from polnear_speakers import COVERAGE, HALVES, load_predictions

from flows.evaluate import read_gold
from tasks.configuration import resolve_settings
from tasks.nlp import load_model
from tasks.quote_context import QuoteContext
from tasks.quote_cues import (
    _attributed_content,
    _content_before,
    lexicon,
    plausible_speaker,
    subject_of,
)
from tasks.quote_eval import gold_attributions, match_one_to_one, predicted_statements

_PRONOUNS = frozenset("i we you he she it they who which that one".split())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=CORPORA["polnear"])
    parser.add_argument("--load", type=Path, required=True)
    parser.add_argument("--half", choices=("even", "odd", "all"), default="even")
    parser.add_argument("--examples", default=None, help="axis=class, e.g. cue=NOUN")
    parser.add_argument("--n", type=int, default=20)
    parser.add_argument("--counts", action="store_true", help="figures only, no classes")
    args = parser.parse_args()
    records = read_gold(args.gold, None, *HALVES[args.half])
    quotes = load_predictions(args.load)
    n_gold = n_predicted = n_matched = 0
    misses = []
    for record in records:
        doc = str(record["id"])
        pairs = gold_attributions(record, True)
        predicted = predicted_statements(doc, quotes.get(doc, []), True)
        matched = {id(g) for g, _ in match_one_to_one([g for g, _ in pairs], predicted, COVERAGE)}
        n_gold += len(pairs)
        n_predicted += len(predicted)
        n_matched += len(matched)
        chars = set().union(*(p.chars() for p in predicted))
        misses += [(record, g, a, chars) for g, a in pairs if id(g) not in matched]
    p, r = n_matched / max(n_predicted, 1), n_matched / max(n_gold, 1)
    print(
        f"{args.half} half: gold {n_gold}, predicted {n_predicted}, matched {n_matched}: "
        f"P {p:.4f} R {r:.4f} F1 {2 * p * r / max(p + r, 1e-9):.4f}"
    )
    if args.counts:
        return
    nlp = load_model(resolve_settings().model)
    windows = [_window(record["text"], a) for record, _, a, _ in misses]
    axes: dict[str, Counter[str]] = {
        k: Counter() for k in ("overlap", "cue", "content", "source", "verb")
    }
    outside: Counter[str] = Counter()
    combined: Counter[str] = Counter()
    cue_words: dict[str, Counter[str]] = {}
    examples = []
    for (record, gold, attribution, chars), (start, _text), doc in zip(
        misses, windows, nlp.pipe(t for _, t in windows), strict=True
    ):
        classes = {
            "overlap": _overlap(gold.chars(), chars),
            "cue": _cue_class(doc, start, attribution),
            "content": _content_class(doc, start, attribution),
            "source": _source_class(attribution),
        }
        classes["verb"] = _verb_reason(doc, start, attribution) if classes["cue"] == "VERB" else "-"
        for axis, kind in classes.items():
            axes[axis][kind] += 1
        combined[f"{classes['overlap']} | cue {classes['cue']} | {classes['content']}"] += 1
        if classes["verb"] == "outside lexicon":
            outside[_cue_head(doc, start, attribution).lemma_.lower()] += 1
        cue = " ".join(c["text"] for c in attribution["cue"]).lower() or "(none)"
        cue_words.setdefault(classes["cue"], Counter())[cue] += 1
        if True:
            axis, kind = "overlap", classes["overlap"]
            if classes.get(axis) == kind:
                examples.append(f"@{record['id']} cue={cue!r} " + _show(record["text"], attribution, classes))
    print(f"missed {len(misses)}")
    for axis, counts in axes.items():
        print(f"by {axis}: " + ", ".join(f"{k} {v}" for k, v in counts.most_common()))
    print("by overlap | cue | content (top 15):")
    for kind, count in combined.most_common(15):
        print(f"  {count:5d}  {kind}")
    for kind, counts in sorted(cue_words.items(), key=lambda kv: -sum(kv[1].values())):
        top = ", ".join(f"{w} {c}" for w, c in counts.most_common(15))
        print(f"cue {kind} ({sum(counts.values())}): {top}")
    print(
        "verb cues outside the lexicon, by lemma: "
        + ", ".join(f"{w} {c}" for w, c in outside.most_common(40))
    )
    for line in examples:
        print(line)


def _window(text: str, attribution: dict) -> tuple[int, str]:
    """The paragraph(s) around the cue and content, for a parse of their own."""
    spans = [(s["start"], s["end"]) for k in ("cue", "content") for s in attribution[k]]
    lo, hi = min(s for s, _ in spans), max(e for _, e in spans)
    start = text.rfind("\n", 0, lo) + 1
    end = text.find("\n", hi)
    return start, text[start : end if end != -1 else len(text)]


def _overlap(gold: set[int], predicted: set[int]) -> str:
    share = len(gold & predicted) / len(gold)
    return "none" if share == 0 else "under30" if share < COVERAGE else "taken"


def _tokens(doc, start: int, spans: list[dict]):
    return [
        t
        for t in doc
        if any(s["start"] <= start + t.idx < s["end"] for s in spans) and not t.is_space
    ]


def _cue_head(doc, start: int, attribution: dict):
    tokens = _tokens(doc, start, attribution["cue"])
    if not tokens:
        return None
    inside = set(tokens)
    return ([t for t in tokens if t.head not in inside or t.head == t] or tokens)[0]


def _verb_reason(doc, start: int, attribution: dict) -> str:
    """Why the extractor's rule for a verb cue did not give this statement."""
    verb = _cue_head(doc, start, attribution)
    if verb.lemma_.lower() not in lexicon().attribution_verbs:
        return "be" if verb.lemma_ == "be" else "outside lexicon"
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return "passive"
    if _attributed_content(verb) is None and _content_before(verb) is None:
        return "no content"
    subject = subject_of(verb)
    if subject is None:
        return "no subject"
    if not plausible_speaker(subject, QuoteContext.of(doc, [])):
        return "subject not a speaker"
    return "lexicon, found elsewhere"


def _cue_class(doc, start: int, attribution: dict) -> str:
    head = _cue_head(doc, start, attribution)
    if head is None:
        return "none"
    tokens = _tokens(doc, start, attribution["cue"])
    pos = head.pos_
    if pos in ("VERB", "AUX"):
        return "VERB"
    if pos in ("NOUN", "PROPN", "PRON"):
        return "NOUN"
    if pos == "ADP" or tokens[0].pos_ == "ADP":
        return "ADP"
    return pos


def _content_class(doc, start: int, attribution: dict) -> str:
    tokens = _tokens(doc, start, attribution["content"])
    if not tokens:
        return "empty"
    if len({t.sent.start for t in tokens}) > 1:
        return "sentences"
    if any(t.pos_ in ("VERB", "AUX") for t in tokens):
        return "clause"
    return "phrase"


def _source_class(attribution: dict) -> str:
    words = " ".join(s["text"] for s in attribution["source"]).lower().split()
    if not words:
        return "none"
    return "pronoun" if len(words) == 1 and words[0] in _PRONOUNS else "phrase"


def _show(text: str, attribution: dict, classes: dict[str, str]) -> str:
    marks = sorted(
        [(c["start"], "⟦") for c in attribution["cue"]]
        + [(c["end"], "⟧") for c in attribution["cue"]]
        + [(c["start"], "«") for c in attribution["content"]]
        + [(c["end"], "»") for c in attribution["content"]],
        reverse=True,
    )
    lo = max(0, min(m for m, _ in marks) - 100)
    hi = min(len(text), max(m for m, _ in marks) + 60)
    snippet = text[lo:hi]
    for at, mark in marks:
        snippet = snippet[: at - lo] + mark + snippet[at - lo :]
    return f"{' '.join(f'{k}={v}' for k, v in classes.items())}\n    {' '.join(snippet.split())}"


if __name__ == "__main__":
    main()
