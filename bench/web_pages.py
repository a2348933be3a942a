"""Real web pages in, clean articles out: every figure of issue 19, before and after.

    .venv/bin/python bench/web_pages.py [--pages DIR] [--no-timing] [--show-misses] [--recall]

Reads the saved pages of ``../shared/corpora/web_pages`` and their ``gold.jsonl``
(per page, snippets that must be in the extracted body, ``with``, and snippets
that must not, ``without``). It ingests every page twice: *before*, trafilatura
with its default settings on the UTF-8 text, as dossier did up to issue 19; and
*after*, ``tasks.ingest`` as ``dossier run`` ingests it now. For each it prints

- the share of ``with`` snippets found and of ``without`` snippets absent
  (white space normalised on both sides);
- titles that still carry the site's name as a prefix or suffix;
- documents whose text starts with the headline;
- ``published_at``, ``url`` and ``source`` coverage over the pages that declare
  them (checked here with plain XPath, independently of the code under test);
- pages per second of HTML ingest, and its share of ingest + extraction (spaCy
  parse and every extractor, ``tasks.extract``) on the same documents.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import lxml.html

from core.records import Document, Payload
from tasks.ingest import decode, ingest_payload, parse_published

PAGES = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "web_pages"
_SEPARATOR = re.compile(r"\s+[|–—·•»:/~-]\s+|\s*\|\s*")
_DATE_META = re.compile(r"publish|date|created|issued", re.IGNORECASE)


@dataclass
class Page:
    name: str
    data: bytes
    gold: dict[str, Any]
    tree: Any
    site_names: set[str] = field(default_factory=set)
    headlines: set[str] = field(default_factory=set)
    declares_date: bool = False
    declares_url: bool = False
    domain_label: str = ""


@dataclass
class Result:
    """What one way of ingesting made of the pages."""

    documents: dict[str, Document]
    rejects: dict[str, str]
    seconds: float
    extract_seconds: float = 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, default=PAGES)
    parser.add_argument("--no-timing", action="store_true", help="skip the extraction timing")
    parser.add_argument("--show-misses", action="store_true", help="list every snippet missed")
    parser.add_argument(
        "--recall", action="store_true", help="after: with trafilatura's favor_recall setting"
    )
    args = parser.parse_args()
    if args.recall:
        import tasks.webpage

        tasks.webpage.EXTRACTION = {**tasks.webpage.EXTRACTION, "favor_recall": True}
    pages = load_pages(args.pages)
    before = ingest(pages, _before)
    after = ingest(pages, _after)
    rows = [("pages", len(pages), len(pages))]
    rows.append(("documents", len(before.documents), len(after.documents)))
    rows.append(("rejects", len(before.rejects), len(after.rejects)))
    for label, fn in FIGURES:
        rows.append((label, fn(pages, before), fn(pages, after)))
    rows.append(("HTML ingest, s", f"{before.seconds:.1f}", f"{after.seconds:.1f}"))
    rows.append(
        (
            "HTML ingest, pages/s",
            f"{len(pages) / before.seconds:.1f}",
            f"{len(pages) / after.seconds:.1f}",
        )
    )
    if not args.no_timing:
        for result in (before, after):
            result.extract_seconds = extraction_seconds(list(result.documents.values()))
        rows.append(
            (
                "extraction (parse + extractors), s",
                *(f"{r.extract_seconds:.1f}" for r in (before, after)),
            )
        )
        rows.append(
            (
                "ingest share of ingest + extraction",
                *(f"{r.seconds / (r.seconds + r.extract_seconds):.0%}" for r in (before, after)),
            )
        )
    width = max(len(r[0]) for r in rows)
    print(f"{'':{width}}  {'before':>10}  {'after':>10}")
    for label, first, second in rows:
        print(f"{label:{width}}  {first!s:>10}  {second!s:>10}")
    for name, reason in sorted(after.rejects.items()):
        print(f"after: {name} rejected: {reason}")
    if args.show_misses:
        for kind, name, snippet in misses(pages, after):
            print(f"after misses {kind}: {name}: {snippet[:100]!r}")


def load_pages(folder: Path) -> list[Page]:
    gold = {}
    with open(folder / "gold.jsonl", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                item = json.loads(line)
                gold[item["file"]] = item
    pages = []
    for name in sorted(gold):
        data = (folder / "pages" / name).read_bytes()
        tree = lxml.html.fromstring(data)
        page = Page(name, data, gold[name], tree)
        _declared(page)
        pages.append(page)
    return pages


def _declared(page: Page) -> None:
    """What the page declares, by plain XPath over its markup."""
    tree = page.tree
    ld = " ".join(tree.xpath('//script[@type="application/ld+json"]/text()'))
    meta = {
        (m.get("property") or m.get("name") or m.get("itemprop") or "").lower(): m.get("content")
        for m in tree.iter("meta")
        if m.get("content")
    }
    page.declares_date = (
        '"datePublished"' in ld
        or any(_DATE_META.search(key) and value for key, value in meta.items())
        or bool(tree.xpath("//time[@datetime] | //*[@itemprop='datePublished']"))
    )
    canonical = tree.xpath("//link[@rel='canonical']/@href")
    page.declares_url = bool(
        (meta.get("og:url") or "").startswith("http")
        or any(h.startswith("http") for h in canonical)
        or re.search(r'"(?:url|mainEntityOfPage)"\s*:\s*"https?:', ld)
    )
    names = [meta.get("og:site_name")]
    for found in re.finditer(r'"publisher"\s*:\s*\{[^{}]*?"name"\s*:\s*"([^"]+)"', ld):
        names.append(found.group(1))
    page.site_names = {" ".join(n.split()) for n in names if n and n.strip()}
    page.headlines = {_key(h.text_content()) for h in tree.iter("h1") if _key(h.text_content())} | {
        _key(meta.get("og:title") or "")
    } - {""}
    host = meta.get("og:url") or next(iter(canonical), "") or page.gold.get("url") or ""
    found = re.match(r"https?://(?:www\.)?([^/.]+)", host)
    page.domain_label = found.group(1).lower() if found else ""


def _before(page: Page) -> Document | str:
    """dossier's ingest up to issue 19: trafilatura's defaults on the UTF-8 text."""
    import trafilatura

    try:
        html = decode(page.data)
    except Exception as error:  # the old decode rejected the page
        return f"encoding: {error}"
    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if extracted is None or not (extracted.text or "").strip():
        return "no_text"
    return Document(
        doc_id=page.name,
        source_id=page.name,
        source_path=page.name,
        fmt="html",
        text=extracted.text,
        content_sha256="",
        title=extracted.title,
        published_at=parse_published(extracted.date),
        source=extracted.sitename,
        url=extracted.url,
    )


def _after(page: Page) -> Document | str:
    """dossier's ingest now."""
    payload = Payload(page.name, page.name, "html", page.data, len(page.data))
    (item,) = ingest_payload(payload)
    return item if isinstance(item, Document) else f"{item.reason}: {item.detail}"


def ingest(pages: list[Page], how: Callable[[Page], Document | str]) -> Result:
    documents, rejects = {}, {}
    started = time.perf_counter()
    for page in pages:
        item = how(page)
        if isinstance(item, Document):
            documents[page.name] = item
        else:
            rejects[page.name] = item
    return Result(documents, rejects, time.perf_counter() - started)


def _norm(text: str) -> str:
    return " ".join(text.split())


def _key(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


def misses(pages: list[Page], result: Result) -> list[tuple[str, str, str]]:
    found = []
    for page in pages:
        document = result.documents.get(page.name)
        text = _norm(document.text) if document else ""
        found += [("with", page.name, s) for s in page.gold["with"] if _norm(s) not in text]
        found += [("without", page.name, s) for s in page.gold["without"] if _norm(s) in text]
    return found


def with_rate(pages: list[Page], result: Result) -> str:
    total = sum(len(p.gold["with"]) for p in pages)
    missed = sum(1 for kind, _, _ in misses(pages, result) if kind == "with")
    return f"{(total - missed) / total:.3f}"


def without_rate(pages: list[Page], result: Result) -> str:
    total = sum(len(p.gold["without"]) for p in pages)
    present = sum(1 for kind, _, _ in misses(pages, result) if kind == "without")
    return f"{(total - present) / total:.3f}"


def site_in_title(pages: list[Page], result: Result) -> int:
    """Titles with a leading or trailing segment naming the site."""
    count = 0
    for page in pages:
        document = result.documents.get(page.name)
        if document is None or not document.title:
            continue
        names = {_key(n) for n in page.site_names} | {page.domain_label} - {""}
        separators = list(_SEPARATOR.finditer(document.title))
        if not separators:
            continue
        ends = (document.title[separators[-1].end() :], document.title[: separators[0].start()])
        if any(_key(e) and any(_key(e).startswith(n) for n in names if n) for e in ends):
            count += 1
    return count


def headline_repeated(pages: list[Page], result: Result) -> int:
    """Documents whose first line is the title, the page's <h1> or its og:title."""
    count = 0
    for page in pages:
        document = result.documents.get(page.name)
        if document is None:
            continue
        first = next((line for line in document.text.split("\n") if line.strip()), "")
        keys = page.headlines | {_key(document.title or "")} - {""}
        count += _key(first) in keys
    return count


def _coverage(pages: list[Page], result: Result, declared, present) -> str:
    chosen = [p for p in pages if declared(p)]
    have = sum(1 for p in chosen if (d := result.documents.get(p.name)) and present(p, d))
    return f"{have}/{len(chosen)}"


def date_coverage(pages: list[Page], result: Result) -> str:
    return _coverage(pages, result, lambda p: p.declares_date, lambda p, d: d.published_at)


def url_coverage(pages: list[Page], result: Result) -> str:
    return _coverage(pages, result, lambda p: p.declares_url, lambda p, d: d.url)


def source_coverage(pages: list[Page], result: Result) -> str:
    """Pages declaring a publisher name whose ``source`` is that name."""
    return _coverage(
        pages, result, lambda p: p.site_names, lambda p, d: (d.source or "") in p.site_names
    )


def source_missing(pages: list[Page], result: Result) -> int:
    return sum(1 for d in result.documents.values() if not d.source)


FIGURES: list[tuple[str, Callable[[list[Page], Result], Any]]] = [
    ("`with` snippets present", with_rate),
    ("`without` snippets absent", without_rate),
    ("titles with the site name", site_in_title),
    ("texts starting with the headline", headline_repeated),
    ("published_at where declared", date_coverage),
    ("url where declared", url_coverage),
    ("source = declared publisher", source_coverage),
    ("documents without source", source_missing),
]


def extraction_seconds(documents: list[Document]) -> float:
    """Seconds to parse and run every extractor on ``documents`` (model loaded first)."""
    from tasks.configuration import resolve_settings
    from tasks.extract import extract_documents, prepare_extractors

    settings = resolve_settings()
    prepare_extractors(settings)
    started = time.perf_counter()
    extract_documents(documents, settings)
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
