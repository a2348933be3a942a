"""The corpus report: built by every run, self-contained, and rendered for real in
headless Chromium (skipped with a message where Chromium is not installed)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path

import pytest

from flows.artifacts import summary_markdown
from flows.process_corpus import RunSummary, process_corpus
from warehouse.report import build_report
from warehouse.store import Warehouse

from .conftest import FIXTURES, ROOT, SEED

pytestmark = pytest.mark.usefixtures("prefect_harness")
CHARTS = [
    "documents",
    "people",
    "organisations",
    "places",
    "speakers",
    "themes",
    "network",
    "rejects",
    "versions",
    "runs",
]
SCREENSHOTS = ROOT / "tests" / "screenshots"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--enable-logging=stderr",
    "--v=0",
    "--virtual-time-budget=20000",
]


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory) -> Path:
    """A warehouse of the seed and the format fixtures (plus one reject), as a run leaves it."""
    folder = tmp_path_factory.mktemp("report")
    shutil.copytree(FIXTURES / "formats", folder / "in")
    shutil.copy(SEED, folder / "in")
    (folder / "in" / "empty.txt").write_text("")
    process_corpus(paths=[str(folder / "in")], warehouse_dir=str(folder / "warehouse"))
    return folder / "warehouse"


def test_every_run_refreshes_the_report_and_links_it(seed_report):
    report = seed_report / "report.html"
    assert report.is_file() and report.stat().st_size > 1_000_000
    markdown = summary_markdown(RunSummary("r", "v"), {}, report)
    assert f"[{report}]({report.as_uri()})" in markdown


def test_the_report_is_self_contained_and_shows_every_section(seed_report):
    html = (seed_report / "report.html").read_text(encoding="utf-8")
    assert not re.search(r"<(script|img|iframe)[^>]+src=", html), "everything inline"
    assert not re.search(r"<link[^>]+href=", html)
    for chart in CHARTS:
        assert f'id="chart-{chart}"' in html, chart
    assert "Anton Barbashin" in html and "Zhang Xin" in html
    assert "Shanghai Cooperation Organization" in html
    anchors = re.findall(r'href="#doc-([0-9a-f]+)"', html)
    assert anchors and all(f'id="doc-{doc_id}"' in html for doc_id in anchors)
    assert "8 documents" in html


def test_speakers_come_with_title_and_two_linked_samples(seed_report):
    from warehouse.report.data import gather

    speakers = gather(Warehouse(seed_report), None, None).sections["top_speakers"]
    barbashin = next(s for s in speakers if s["speaker"] == "Anton Barbashin")
    assert barbashin["title"] and "Riddle Russia" in barbashin["title"]
    assert len(barbashin["samples"]) == 2
    assert all(sample["doc_title"] and sample["text"] for sample in barbashin["samples"])


def test_a_period_filters_every_section(seed_report, tmp_path):
    future = datetime(2100, 1, 1, tzinfo=UTC)
    path, _ = build_report(Warehouse(seed_report), tmp_path / "empty.html", since=future)
    html = path.read_text(encoding="utf-8")
    assert "0 documents" in html and "nothing in this period" in html
    assert "Anton Barbashin" not in html


def rendered(report: Path, screenshot: Path) -> tuple[str, list[str]]:
    """The DOM after scripts ran, and the console messages, from headless Chromium;
    also saves a full-page screenshot."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        pytest.skip("Chromium is not installed (Debian package `chromium`; .ci/run installs it)")
    profile = screenshot.with_suffix(".profile")
    base = [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}"]
    dom = subprocess.run(
        [*base, "--dump-dom", report.as_uri()], capture_output=True, text=True, timeout=180
    )
    console = [line for line in dom.stderr.splitlines() if ":CONSOLE" in line]
    screenshot.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [*base, "--window-size=1400,5600", f"--screenshot={screenshot}", report.as_uri()],
        capture_output=True,
        timeout=180,
    )
    shutil.rmtree(profile, ignore_errors=True)
    return dom.stdout, console


def assert_every_chart_drawn(dom: str) -> None:
    for chart in CHARTS:
        start = dom.index(f'id="chart-{chart}"')
        following = dom[start : start + 200_000]
        assert re.search(r'<svg class="main-svg"', following), f"chart {chart} has no SVG"
        assert "<path" in following or "<rect" in following, f"chart {chart} is empty"


def test_the_seed_report_renders_in_chromium(seed_report):
    screenshot = SCREENSHOTS / "report-seed.png"
    dom, console = rendered(seed_report / "report.html", screenshot)
    assert console == []
    assert_every_chart_drawn(dom)
    assert screenshot.stat().st_size > 50_000


def test_a_bbc_report_renders_in_chromium(shared_corpora, tmp_path):
    lines = list(islice((shared_corpora / "bbc_news.jsonl").open(encoding="utf-8"), 200))
    corpus = tmp_path / "bbc.jsonl"
    corpus.write_text("".join(lines), encoding="utf-8")
    process_corpus(paths=[str(corpus)], warehouse_dir=str(tmp_path / "warehouse"))
    report = tmp_path / "warehouse" / "report.html"
    html = report.read_text(encoding="utf-8")
    stored = len({json.loads(line)["text"] for line in lines})  # the corpus repeats a few
    assert f"{stored} documents" in html
    top = json.loads(lines[0]).get("source") or "unknown"
    assert top in html
    screenshot = SCREENSHOTS / "report-bbc.png"
    dom, console = rendered(report, screenshot)
    assert console == []
    assert_every_chart_drawn(dom)


def test_a_run_with_nothing_new_leaves_the_report_as_it_is(tmp_path):
    (tmp_path / "in").mkdir()
    shutil.copy(SEED, tmp_path / "in")
    warehouse = tmp_path / "warehouse"
    process_corpus(paths=[str(tmp_path / "in")], warehouse_dir=str(warehouse))
    built = (warehouse / "report.html").stat().st_mtime_ns
    process_corpus(paths=[str(tmp_path / "in")], warehouse_dir=str(warehouse))
    assert (warehouse / "report.html").stat().st_mtime_ns == built
    (tmp_path / "in" / "new.txt").write_text('"It is new," said Ann Kerr, the mayor.')
    process_corpus(paths=[str(tmp_path / "in")], warehouse_dir=str(warehouse))
    assert (warehouse / "report.html").stat().st_mtime_ns > built
