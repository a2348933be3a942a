"""Draw reproducible samples for hand judging, and show a document to a judge.

    .venv/bin/python bench/judge.py sample KIND --warehouse DIR --corpus NAME
                                    [--salt S] [--n N] [--parts K]
    .venv/bin/python bench/judge.py show CORPUS DOC
    .venv/bin/python bench/judge.py taxonomy

KIND is ``quotes`` (direct and mixed quotations), ``entities`` (mentions),
``top_keys`` (the 60 entity keys named in the most documents), ``themes``
(assigned document themes) or ``theme_docs`` (documents, to list the themes they
plainly have). The warehouse is one ``dossier run`` made of the corpus. Items are
ordered by a hash of ``salt`` and their key (``tune`` for the tuning sample,
another salt for a fresh one); items already judged in ``bench/data`` are left
out. Worksheets, which quote the corpus, go to ``bench/results/judging/`` (not
committed); each judge writes verdicts for one part, and ``bench/judge.py merge``
gathers them into ``bench/data/KIND_judged.jsonl``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import duckdb
from judging import (
    CORPORA,
    DATA,
    RESULTS,
    corpus_documents,
    digest,
    document_name,
    paragraph_at,
    paragraphs,
    quote_digest,
    ranked,
    read_jsonl,
    write_jsonl,
)

TOP_KEYS = 60


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    sample = commands.add_parser("sample")
    sample.add_argument("kind", choices=sorted(SAMPLERS))
    sample.add_argument("--warehouse", type=Path, required=True)
    sample.add_argument("--corpus", choices=sorted(CORPORA), required=True)
    sample.add_argument("--salt", default="tune")
    sample.add_argument("--n", type=int, default=100)
    sample.add_argument("--parts", type=int, default=1)
    show = commands.add_parser("show")
    show.add_argument("corpus", choices=sorted(CORPORA))
    show.add_argument("doc")
    merge = commands.add_parser("merge")
    merge.add_argument("kind", choices=sorted(SAMPLERS))
    merge.add_argument("verdicts", type=Path, nargs="+")
    commands.add_parser("taxonomy")
    args = parser.parse_args()
    if args.command == "sample":
        write_sample(args)
    elif args.command == "show":
        show_document(args.corpus, args.doc)
    elif args.command == "merge":
        merge_verdicts(args.kind, args.verdicts)
    else:
        show_taxonomy()


def write_sample(args: argparse.Namespace) -> None:
    with duckdb.connect(str(args.warehouse / "dossier.duckdb"), read_only=True) as con:
        items = SAMPLERS[args.kind](con, args.corpus)
    judged = {_key(args.kind, v) for v in read_jsonl(DATA / f"{args.kind}_judged.jsonl")}
    fresh = [item for item in items if _key(args.kind, item) not in judged]
    chosen = ranked(fresh, lambda item: json.dumps(_key(args.kind, item)), args.salt)
    chosen = chosen[: args.n]
    for part in range(args.parts):
        records = [dict(item, sample=args.salt) for item in chosen[part :: args.parts]]
        path = RESULTS / f"{args.kind}-{args.corpus}-{args.salt}-part{part + 1}.jsonl"
        write_jsonl(path, records)
        print(f"{len(records):4d} items -> {path}")


def _key(kind: str, item: dict) -> tuple:
    fields = KEY_FIELDS[kind]
    return tuple(item.get(field) for field in fields)


KEY_FIELDS = {
    "quotes": ("corpus", "doc", "quote_sha"),
    "entities": ("corpus", "doc", "paragraph_sha", "mention", "occurrence"),
    "top_keys": ("corpus", "entity_key"),
    "themes": ("corpus", "doc", "theme"),
    "theme_docs": ("corpus", "doc"),
}


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[dict]:
    cursor = con.execute(sql)
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def sample_quotes(con: duckdb.DuckDBPyConnection, corpus: str) -> list[dict]:
    rows = _rows(
        con,
        "select d.source_id, d.text as body, q.* from quotes q join documents d using (doc_id) "
        "where q.kind in ('direct', 'mixed')",
    )
    items = []
    for row in rows:
        body = row["body"]
        start, _ = paragraph_at(body, row["start_char"])
        previous = [p for p in paragraphs(body) if p[1] <= start][-2:]
        context_start = previous[0][0] if previous else start
        _, end = paragraph_at(body, row["end_char"] - 1)
        items.append(
            {
                "corpus": corpus,
                "doc": document_name(corpus, row["source_id"]),
                "quote_sha": quote_digest(row["text"]),
                "kind": row["kind"],
                "quote": row["text"],
                "predicted_speaker": row["speaker"],
                "speaker_mention": _slice(body, row["speaker_start"], row["speaker_end"]),
                "cue": row["cue"],
                "context": body[context_start : end + 300],
            }
        )
    return items


def sample_entities(con: duckdb.DuckDBPyConnection, corpus: str) -> list[dict]:
    rows = _rows(
        con,
        "select d.source_id, d.text as body, e.* from entities e join documents d using (doc_id) "
        "order by e.doc_id, e.start_char",
    )
    items = []
    for row in rows:
        body = row["body"]
        start, end = paragraph_at(body, row["start_char"])
        paragraph = body[start:end]
        mention = row["text"]
        occurrence = paragraph.count(mention, 0, row["start_char"] - start)
        items.append(
            {
                "corpus": corpus,
                "doc": document_name(corpus, row["source_id"]),
                "paragraph_sha": digest(paragraph),
                "mention": mention,
                "occurrence": occurrence,
                "predicted_label": row["label"],
                "predicted_canonical": row["canonical_name"],
                "entity_key": row["entity_key"],
                "context": paragraph,
            }
        )
    return items


def sample_top_keys(con: duckdb.DuckDBPyConnection, corpus: str) -> list[dict]:
    keys = _rows(
        con,
        "select entity_key, any_value(canonical_name) as canonical, any_value(label) as label, "
        "count(distinct doc_id) as documents from entities group by 1 "
        f"order by documents desc, entity_key limit {TOP_KEYS}",
    )
    items = []
    for key in keys:
        examples = _rows(
            con,
            "select d.source_id, e.text, substr(d.text, greatest(e.start_char - 120, 0) + 1, "
            "e.end_char - greatest(e.start_char - 120, 0) + 120) as context "
            "from entities e join documents d using (doc_id) "
            f"where e.entity_key = '{key['entity_key'].replace(chr(39), chr(39) * 2)}' "
            "qualify row_number() over (partition by e.text order by hash(e.doc_id)) <= 2 "
            "limit 8",
        )
        items.append(
            {
                "corpus": corpus,
                "entity_key": key["entity_key"],
                "canonical": key["canonical"],
                "predicted_label": key["label"],
                "documents": key["documents"],
                "examples": [
                    {
                        "doc": document_name(corpus, e["source_id"]),
                        "text": e["text"],
                        "context": e["context"],
                    }
                    for e in examples
                ],
            }
        )
    return items


def sample_themes(con: duckdb.DuckDBPyConnection, corpus: str) -> list[dict]:
    rows = _rows(
        con,
        "select d.source_id, d.title, d.text as body, t.theme, t.label, t.parent, t.score, "
        "t.evidence from themes t join documents d using (doc_id)",
    )
    return [
        {
            "corpus": corpus,
            "doc": document_name(corpus, row["source_id"]),
            "theme": row["theme"],
            "label": row["label"],
            "score": row["score"],
            "evidence": sorted({e["text"] for e in row["evidence"]}),
            "title": row["title"],
            "lead": row["body"][:1200],
        }
        for row in rows
    ]


def sample_theme_docs(con: duckdb.DuckDBPyConnection, corpus: str) -> list[dict]:
    rows = _rows(
        con,
        "select d.source_id, d.title, d.text as body, "
        "list(t.theme order by t.score desc) filter (where t.theme is not null) as themes "
        "from documents d left join themes t using (doc_id) group by all",
    )
    return [
        {
            "corpus": corpus,
            "doc": document_name(corpus, row["source_id"]),
            "assigned": row["themes"] or [],
            "title": row["title"],
            "lead": row["body"][:1500],
        }
        for row in rows
    ]


SAMPLERS = {
    "quotes": sample_quotes,
    "entities": sample_entities,
    "top_keys": sample_top_keys,
    "themes": sample_themes,
    "theme_docs": sample_theme_docs,
}


VERDICT_FIELDS = {
    "quotes": ("kind", "is_quotation", "speaker", "speaker_type"),
    "entities": ("is_entity", "span", "label", "canonical"),
    "top_keys": ("canonical", "label", "one_thing"),
    "themes": ("verdict",),
    "theme_docs": ("obvious",),
}


def merge_verdicts(kind: str, paths: list[Path]) -> None:
    """Add verdicts to ``bench/data/KIND_judged.jsonl``, keeping only keys and verdict
    fields (no corpus text); a later verdict on the same item replaces an earlier one."""
    target = DATA / f"{kind}_judged.jsonl"
    merged = {_key(kind, v): v for v in read_jsonl(target)}
    added = 0
    fields = (*KEY_FIELDS[kind], *VERDICT_FIELDS[kind], "sample", "note")
    for path in paths:
        for judged in read_jsonl(path):
            verdict = {field: judged.get(field) for field in fields}
            added += _key(kind, verdict) not in merged
            merged[_key(kind, verdict)] = verdict
    write_jsonl(target, merged.values())
    print(f"{target}: {len(merged)} verdicts ({added} new)")


def show_document(corpus: str, name: str) -> None:
    for _, document in corpus_documents(corpus, {name}):
        print(f"# {document.title}\n# source: {document.source}  url: {document.url}")
        print(f"# published: {document.published_at}\n")
        print(document.text)
        return
    sys.exit(f"no document {name!r} in {corpus}")


def show_taxonomy() -> None:
    from tasks.themes import load_taxonomy

    taxonomy = load_taxonomy()
    for theme in taxonomy.themes:
        print(f"{theme.id:32} {theme.parent:20} {theme.label}")


def _slice(text: str, start: int | None, end: int | None) -> str | None:
    return text[start:end] if start is not None and end is not None else None


if __name__ == "__main__":
    main()
