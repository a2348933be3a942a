"""Web pages in, clean articles out: furniture, metadata, compressed pages, web
archives and the rejects of bad pages (issue 19)."""

from __future__ import annotations

import gzip
import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from core.errors import RejectReason
from core.records import Document, Payload, Reject
from flows.archives import read_warc
from flows.sources import discover, read_payloads
from tasks.ingest import ingest_payload
from tasks.page_meta import PageMeta
from tasks.webpage import clean_title

from .conftest import FIXTURES

WEB = FIXTURES / "web"
MAX_BYTES = 5_000_000


def ingest(data: bytes, name: str = "page.html", **fields) -> Document | Reject:
    (item,) = ingest_payload(Payload(f"in/{name}", name, "html", data, len(data), **fields))
    return item


def page(name: str) -> bytes:
    return (WEB / name).read_bytes()


@pytest.mark.parametrize("name", ["linked_names", "newsletter", "promo_byline_credit"])
def test_furniture_is_left_out_of_the_text(name):
    document = ingest(page(f"{name}.html"), f"{name}.html")
    assert isinstance(document, Document)
    assert document.text == (WEB / f"{name}.expected.txt").read_text(encoding="utf-8")


def test_linked_name_keeps_the_name_and_drops_its_card():
    text = ingest(page("linked_names.html")).text
    assert "after Councillor Marta Ruiz asked for a second survey" in text
    assert "Ruiz backs longer library hours" not in text


def test_declared_metadata_and_title_without_site_name():
    document = ingest(page("linked_names.html"))
    assert document.title == "Council delays vote on river bridge"
    assert document.source == "The Valley Ledger"
    assert document.url == "https://ledger.example.com/2024/05/council-delays-bridge-vote"
    assert document.published_at == datetime(2024, 5, 14, 6, 30, tzinfo=UTC)


def test_json_ld_gives_date_url_and_publisher_and_headline_is_not_repeated():
    document = ingest(page("newsletter.html"))
    assert document.title == "Night trains return to the northern line"
    assert document.published_at == datetime(2023, 11, 2, 6, tzinfo=UTC)
    assert document.url == "https://railweekly.example.org/night-trains-return"
    assert document.source == "Rail Weekly"
    assert document.text.startswith("Sleeper services are running again")


def test_source_falls_back_to_the_domain_only_without_a_declared_name():
    html = page("linked_names.html").replace(
        b'<meta property="og:site_name" content="The Valley Ledger">', b""
    )
    assert ingest(html).source == "example.com"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Robots learn to fold laundry – TechCrunch", "Robots learn to fold laundry"),
        ("TechCrunch | Robots learn to fold laundry", "Robots learn to fold laundry"),
        ("Brexit: what happens next", "Brexit: what happens next"),
    ],
)
def test_site_name_is_cut_from_either_end_of_a_title(title, expected):
    meta = PageMeta(site_names=("TechCrunch",))
    assert clean_title(title, meta, "TechCrunch", "https://techcrunch.com/x") == expected


def test_declared_headline_inside_the_title_wins():
    meta = PageMeta(headlines=("Storm hits the coast",))
    title = "Daily Paper | Home of news: Storm hits the coast"
    assert clean_title(title, meta, None, None) == "Storm hits the coast"


@pytest.mark.parametrize(
    ("name", "detail_part"),
    [
        ("index.html", "list of links"),
        ("login.html", "login form"),
        ("not_found.html", "error page"),
    ],
)
def test_pages_that_are_not_articles_are_rejected(name, detail_part):
    reject = ingest(page(name), name)
    assert isinstance(reject, Reject)
    assert reject.reason == "not_an_article"
    assert detail_part in reject.detail


def test_a_page_of_two_menu_words_is_not_an_article():
    html = b"<html><head><title>x</title></head><body><p>Home News</p></body></html>"
    reject = ingest(html)
    assert isinstance(reject, Reject) and reject.reason in ("not_an_article", "no_text")


def test_gzip_page_is_read_as_html():
    document = ingest(gzip.compress(page("newsletter.html")), "newsletter.html.gz")
    assert document.text == (WEB / "newsletter.expected.txt").read_text(encoding="utf-8")


def test_truncated_gzip_is_a_clear_reject():
    packed = gzip.compress(page("newsletter.html"))
    reject = ingest(packed[: len(packed) // 2], "cut.html.gz")
    assert reject.reason == "damaged_archive"
    assert "cut short" in reject.detail


def test_gzip_bomb_is_rejected_as_too_large():
    packed = gzip.compress(b"<p>" + b"a" * 3_000_000 + b"</p>")
    (reject,) = ingest_payload(Payload("b", "b.html.gz", "html", packed, len(packed)), 1_000_000)
    assert reject.reason == "too_large"


def test_charset_declared_in_meta_is_used():
    html = page("newsletter.html").replace(b'charset="utf-8"', b'charset="iso-8859-1"')
    html = html.replace(b"eleven years", "élevén years".encode("latin-1"))
    document = ingest(html)
    assert "élevén years" in document.text


@pytest.mark.parametrize(
    ("declaration", "body", "detail_part"),
    [
        (b"", "café".encode("latin-1"), "declares no charset"),
        (b'<meta charset="x-unheard-of">', "café".encode("latin-1"), "not a known encoding"),
        (b'<meta charset="shift_jis">', b"caf\x81\x20", "not valid shift_jis"),
    ],
)
def test_undecodable_pages_are_clear_rejects(declaration, body, detail_part):
    html = b"<html><head>" + declaration + b"</head><body><p>" + body + b"</p></body></html>"
    reject = ingest(html)
    assert reject.reason == "encoding"
    assert detail_part in reject.detail


def warc_bytes(records: list[tuple[str, str, bytes, str]], compress: bool) -> bytes:
    """A WARC written by warcio: (uri, status line, body, content type) per response."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=compress)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "tests"}))
    for uri, status, body, content_type in records:
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            uri, "response", payload=io.BytesIO(body), http_headers=headers
        )
        writer.write_record(record)
    return out.getvalue()


ARCHIVED = [
    ("https://railweekly.example.org/a", "200 OK", page("newsletter.html"), "text/html"),
    ("https://coastdaily.example.net/logo.png", "200 OK", b"\x89PNG\r\n", "image/png"),
    ("https://coastdaily.example.net/gone", "404 Not Found", b"<p>gone</p>", "text/html"),
    ("https://coastdaily.example.net/old", "301 Moved Permanently", b"<p>moved</p>", "text/html"),
    (
        "https://coastdaily.example.net/seals",
        "200 OK",
        page("promo_byline_credit.html"),
        "text/html; charset=utf-8",
    ),
]


def read_folder(folder: Path) -> tuple[list[Document], list[Reject]]:
    files, rejects = discover([folder])
    documents = []
    for item in read_payloads(files, MAX_BYTES):
        results = [item] if isinstance(item, Reject) else ingest_payload(item, MAX_BYTES)
        for result in results:
            (documents if isinstance(result, Document) else rejects).append(result)
    return documents, rejects


@pytest.mark.parametrize("suffix", [".warc", ".warc.gz"])
def test_warc_gives_one_document_per_html_response(tmp_path, suffix):
    (tmp_path / f"crawl{suffix}").write_bytes(warc_bytes(ARCHIVED, suffix.endswith(".gz")))
    documents, rejects = read_folder(tmp_path)
    assert [(d.source_id, d.url, d.fmt) for d in documents] == [
        (f"crawl{suffix}#2", "https://railweekly.example.org/a", "warc"),
        (f"crawl{suffix}#6", "https://coastdaily.example.net/seals", "warc"),
    ]
    assert documents[0].text == (WEB / "newsletter.expected.txt").read_text(encoding="utf-8")
    assert [(r.source_id, r.reason) for r in rejects] == [(f"crawl{suffix}#4", "not_an_article")]
    assert "404" in rejects[0].detail


def test_broken_warc_records_keep_what_came_before_and_the_other_files(tmp_path):
    good = warc_bytes(ARCHIVED[:1], compress=False)
    bad_length = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: lots\r\n\r\n<html>"
    (tmp_path / "bad_length.warc").write_bytes(good + bad_length)
    (tmp_path / "garbage.warc").write_bytes(good + b"this is no WARC record\r\n\r\n")
    (tmp_path / "cut.warc.gz").write_bytes(warc_bytes(ARCHIVED, compress=True)[:-200])
    (tmp_path / "page.html").write_bytes(page("linked_names.html"))
    documents, rejects = read_folder(tmp_path)
    assert [d.source_id for d in documents] == [
        "bad_length.warc#2",
        "cut.warc.gz#2",
        "garbage.warc#2",
        "page.html",
    ]
    assert [(r.source_id, r.reason) for r in rejects] == [
        ("bad_length.warc#3", "damaged_archive"),
        ("cut.warc.gz#4", "not_an_article"),
        ("cut.warc.gz#6", "damaged_archive"),
        ("garbage.warc#3", "damaged_archive"),
    ]
    details = [r.detail for r in rejects]
    assert "Content-Length 'lots'" in details[0]
    assert "cut short" in details[2]
    assert details[3].startswith("WARC record 3 at byte")
    assert "the records before it were read" in details[3]


def test_warc_without_pages_is_a_reject(tmp_path):
    (tmp_path / "images.warc").write_bytes(warc_bytes(ARCHIVED[1:2], compress=False))
    documents, rejects = read_folder(tmp_path)
    assert documents == []
    assert [(r.reason, r.detail) for r in rejects] == [
        ("no_text", "the WARC file holds no HTML response record")
    ]


@pytest.mark.corpus
def test_web_pages_corpus_snippets(shared_corpora):
    """≥ 0.97 of the gold `with` snippets in the text, ≥ 0.97 of `without` ones absent."""
    folder = shared_corpora / "web_pages"
    if not (folder / "gold.jsonl").is_file():
        pytest.skip("../shared/corpora/web_pages is not present")
    found = absent = n_with = n_without = 0
    for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        item = ingest((folder / "pages" / gold["file"]).read_bytes(), gold["file"])
        text = " ".join(item.text.split()) if isinstance(item, Document) else ""
        found += sum(" ".join(s.split()) in text for s in gold["with"])
        absent += sum(" ".join(s.split()) not in text for s in gold["without"])
        n_with += len(gold["with"])
        n_without += len(gold["without"])
    assert found / n_with >= 0.97, (found, n_with)
    assert absent / n_without >= 0.97, (absent, n_without)


@given(
    data=st.binary(max_size=600)
    | st.binary(max_size=300).map(lambda b: b"WARC/1.0\r\nWARC-Type: response\r\n" + b)
    | st.integers(min_value=0, max_value=2000).map(
        lambda n: warc_bytes(ARCHIVED[:1], compress=n % 2 == 0)[: n + 200]
    )
)
@settings(max_examples=150, deadline=None)
def test_any_bytes_in_a_warc_become_payloads_or_rejects(data):
    for item in read_warc(io.BytesIO(data), "fuzz.warc", "fuzz.warc", MAX_BYTES):
        assert isinstance(item, Payload | Reject)
        if isinstance(item, Reject):
            assert item.reason in set(RejectReason) and item.detail
