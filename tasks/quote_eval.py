"""Score extracted quotes against attribution gold in the PolNeAR format.

Gold: one JSON object per article with ``id``, ``text`` and ``attributions``, each
attribution holding ``source``, ``cue`` and ``content`` span lists and
``has_quote_marks``. By default only attributions with quotation marks are
scored; with ``every_attribution`` all of them are (reported speech too), and the
predictions then include the ``indirect`` quotes.

Predictions are statements: the ``direct`` and ``mixed`` quotes that share a cue
(“A,” he said, “B.” is one statement), with the quotes that continue them; a
mixed quote's statement also covers the reported clause it sits in. The gold's
quote-marked set is chosen by the marks in its content, scare quotes and titles
included ("preludes to the “Brexit” vote"); so an ``indirect`` statement with
quotation marks in it (whose marks the extractor judged no quotation) is a
quote-marked prediction too. This follows
PolNeAR's convention of one attribution per statement. A quote's statement span
(``statement_start``/``statement_end``) is what is compared.

A prediction matches a gold statement when it covers at least ``threshold`` of
the gold content's characters; pairs are matched one to one, largest overlap
first. A matched pair's speaker is right when the predicted speaker mention
overlaps the gold source span, or the resolved name shares its last word with
the gold source. Speaker accuracy counts the matched pairs whose gold names a
source: an attribution the annotators gave no source ("Asked about the vote, …",
the question's unnamed asker) has no speaker to compare with, so it is left out
(``Score.speaker_accuracy_every_match`` keeps the figure over every pair). A gold
source that opens with a reporting word ("said", "according to") is the cue,
written in the source field, and the cue field holds the source: the two are
read swapped back.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from core.records import Quote

THRESHOLDS = (0.3, 0.8)
_QUOTATION_MARKS = ("“", "”", '"', "''")
# A gold source opening with one of these is a cue the annotators wrote in the
# source field (the source then stands in the cue field): '"…," said Ana Silva'
# annotated with the source "said" and the cue "Ana Silva"; 9 of the 9,937
# attributions of PolNeAR's even half, none a source in its own right.
_CUE_AS_SOURCE = re.compile(r"(?:said|says|according\s+to)\b", re.IGNORECASE)


@dataclass(slots=True)
class Statement:
    doc_id: str
    spans: list[tuple[int, int]]
    speaker: str | None = None
    speaker_spans: list[tuple[int, int]] = field(default_factory=list)
    source_text: str = ""

    def chars(self) -> set[int]:
        return {i for start, end in self.spans for i in range(start, end)}


@dataclass(frozen=True, slots=True)
class Score:
    threshold: float
    n_gold: int
    n_predicted: int
    n_matched: int
    speaker_correct: int
    n_sourced: int  # matched pairs whose gold names a source: the speaker's denominator

    @property
    def precision(self) -> float:
        return self.n_matched / self.n_predicted if self.n_predicted else 0.0

    @property
    def recall(self) -> float:
        return self.n_matched / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        """Right speakers among the matched pairs whose gold names a source."""
        return self.speaker_correct / self.n_sourced if self.n_sourced else 0.0

    @property
    def speaker_accuracy_every_match(self) -> float:
        """Right speakers among every matched pair (a gold without a source counts
        wrong): the figure before sourceless gold was left out."""
        return self.speaker_correct / self.n_matched if self.n_matched else 0.0


def gold_statements(record: dict[str, Any], every_attribution: bool = False) -> list[Statement]:
    """The attributions with quotation marks of one gold article (all of its
    attributions with ``every_attribution``)."""
    return [statement for statement, _ in gold_attributions(record, every_attribution)]


def gold_attributions(
    record: dict[str, Any], every_attribution: bool = False
) -> list[tuple[Statement, dict[str, Any]]]:
    """Each scored gold statement of one article beside the gold attribution it comes
    from (its cue, source and content spans), as :func:`gold_statements` chooses them."""
    return [
        (
            Statement(
                doc_id=str(record["id"]),
                spans=[(c["start"], c["end"]) for c in a["content"]],
                speaker_spans=[(s["start"], s["end"]) for s in source],
                source_text=" ".join(s["text"] for s in source),
            ),
            a,
        )
        for a in record["attributions"]
        if (every_attribution or has_quote_marks(a)) and a["content"]
        for source in (gold_source(a),)
    ]


def gold_source(attribution: dict[str, Any]) -> list[dict[str, Any]]:
    """The source spans of a gold attribution: its ``source``, or its ``cue`` when the
    source opens with a reporting word (the annotators swapped the two fields)."""
    source = attribution["source"]
    text = " ".join(s["text"] for s in source).strip()
    if attribution["cue"] and _CUE_AS_SOURCE.match(text):
        return attribution["cue"]
    return source


def has_quote_marks(attribution: dict[str, Any]) -> bool:
    """The gold's own flag, or two apostrophes standing for quotation marks in the
    content (''Like this,'' in the New York Times archive), which the flag misses."""
    return bool(attribution.get("has_quote_marks")) or any(
        "''" in c["text"] for c in attribution["content"]
    )


def predicted_statements(
    doc_id: str, quotes: Sequence[Quote], every_attribution: bool = False
) -> list[Statement]:
    """Group a document's direct and mixed quotes, and indirect ones holding quotation
    marks, into statements (see module doc); with ``every_attribution``, every
    indirect quote too, each joining the statement of its cue."""
    statements: list[Statement] = []
    by_cue: dict[int, Statement] = {}
    last_in_paragraph: dict[int, Statement] = {}
    for quote in sorted(quotes, key=lambda q: q.start_char):
        if quote.kind == "indirect" and not every_attribution and not _has_marks(quote.text):
            continue
        paragraph = quote.paragraph_index
        if quote.cue_start is not None:
            statement = by_cue.get(quote.cue_start)
        else:
            statement = last_in_paragraph.get(paragraph) or last_in_paragraph.get(paragraph - 1)
        if statement is None:
            statement = _new_statement(doc_id, quote)
            statements.append(statement)
            if quote.cue_start is not None:
                by_cue[quote.cue_start] = statement
        statement.spans.append((quote.statement_start, quote.statement_end))
        if quote.speaker_start is not None and quote.speaker_end is not None:
            statement.speaker_spans.append((quote.speaker_start, quote.speaker_end))
        last_in_paragraph[paragraph] = statement
    return statements


def _has_marks(text: str) -> bool:
    """Whether ``text`` holds a quotation mark (two apostrophes count, as in the gold)."""
    return any(mark in text for mark in _QUOTATION_MARKS)


def _new_statement(doc_id: str, quote: Quote) -> Statement:
    return Statement(doc_id, [], quote.speaker)


def score(gold: Iterable[Statement], predicted: Iterable[Statement], threshold: float) -> Score:
    """Precision, recall and speaker accuracy at one coverage threshold."""
    gold_by_doc: dict[str, list[Statement]] = defaultdict(list)
    predicted_by_doc: dict[str, list[Statement]] = defaultdict(list)
    for statement in gold:
        gold_by_doc[statement.doc_id].append(statement)
    for statement in predicted:
        predicted_by_doc[statement.doc_id].append(statement)
    matched = correct = sourced = 0
    for doc_id, golds in gold_by_doc.items():
        for g, p in match_one_to_one(golds, predicted_by_doc.get(doc_id, []), threshold):
            matched += 1
            if has_source(g):
                sourced += 1
                correct += speaker_is_right(g, p)
    n_gold = sum(len(v) for v in gold_by_doc.values())
    n_predicted = sum(len(v) for v in predicted_by_doc.values())
    return Score(threshold, n_gold, n_predicted, matched, correct, sourced)


def has_source(gold: Statement) -> bool:
    """Whether a gold statement names its source (a speaker to compare with)."""
    return bool(gold.speaker_spans and gold.source_text.strip())


def match_one_to_one(
    golds: Sequence[Statement], predictions: Sequence[Statement], threshold: float
) -> list[tuple[Statement, Statement]]:
    """Pairs whose overlap covers ``threshold`` of the gold, largest overlap first."""
    gold_chars = [g.chars() for g in golds]
    predicted_chars = [p.chars() for p in predictions]
    candidates = []
    for gi, g_chars in enumerate(gold_chars):
        if not g_chars:
            continue
        for pi, p_chars in enumerate(predicted_chars):
            overlap = len(g_chars & p_chars)
            if overlap and overlap / len(g_chars) >= threshold:
                candidates.append((overlap, gi, pi))
    pairs, used_gold, used_predicted = [], set(), set()
    for _, gi, pi in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if gi not in used_gold and pi not in used_predicted:
            used_gold.add(gi)
            used_predicted.add(pi)
            pairs.append((golds[gi], predictions[pi]))
    return pairs


def speaker_is_right(gold: Statement, predicted: Statement) -> bool:
    for p_start, p_end in predicted.speaker_spans:
        if any(p_start < g_end and g_start < p_end for g_start, g_end in gold.speaker_spans):
            return True
    if predicted.speaker and gold.source_text:
        last = predicted.speaker.split()[-1].strip(".,’'").casefold()
        words = {w.strip(".,’'\"“”").casefold() for w in gold.source_text.split()}
        words |= {w.removesuffix("’s").removesuffix("'s") for w in words}
        return last in words
    return False
