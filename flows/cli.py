"""The ``dossier`` command line."""

from __future__ import annotations

import atexit
import csv
import json
import logging
import os
import sys
from contextlib import nullcontext, suppress
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from core.errors import DossierError, Errors
from core.settings import (
    COMPACT_ADVICE_BATCH_FOLDERS,
    COMPACT_ADVICE_RUN_RECORDS,
    COMPACT_TARGET_DOCUMENTS,
    DEFAULT_BATCH_SIZE,
    DEFAULT_MAX_BYTES,
    DEFAULT_MODEL,
    DEFAULT_STORY_THRESHOLD,
    PARALLEL_MIN_BYTES,
    REPORT_MIN_PERIOD_DOCUMENTS,
)
from flows.prefect_env import apply_prefect_defaults

if TYPE_CHECKING:
    from warehouse.store import Warehouse

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Turn news articles into a queryable record of who is mentioned, who said what, "
    "and what it is about.",
)
err_console = Console(stderr=True)

WarehouseOption = Annotated[
    Path | None,
    typer.Option(
        "--warehouse", "-w", help="Warehouse folder [default: $DOSSIER_WAREHOUSE or ./data]"
    ),
]


class Runner(StrEnum):
    auto = "auto"
    local = "local"
    process = "process"
    dask = "dask"


BatchSizeOption = Annotated[
    int, typer.Option(min=1, help="Documents per batch (one commit, one extraction task)")
]
ModelOption = Annotated[
    str | None,
    typer.Option(help=f"spaCy model [default: $DOSSIER_MODEL or {DEFAULT_MODEL}]"),
]
TaxonomyOption = Annotated[Path | None, typer.Option(help="Theme taxonomy TOML file")]
AliasesOption = Annotated[
    Path | None, typer.Option(help="Entity alias TOML file extending the shipped one")
]


class OutputFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"


@app.command()
def run(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (searched recursively)")],
    warehouse: WarehouseOption = None,
    batch_size: BatchSizeOption = DEFAULT_BATCH_SIZE,
    model: ModelOption = None,
    max_bytes: Annotated[
        int, typer.Option(min=1, help="Largest document accepted, in bytes")
    ] = DEFAULT_MAX_BYTES,
    taxonomy: TaxonomyOption = None,
    aliases: AliasesOption = None,
    runner: Annotated[
        Runner,
        typer.Option(
            help="local: this process; process: a pool of --workers processes; dask: Dask "
            "workers; auto: process for inputs over 1 MB when there is more than one core"
        ),
    ] = Runner.auto,
    workers: Annotated[
        int | None,
        typer.Option(
            min=1, help="Worker processes (process runner, local Dask cluster) [default: cores]"
        ),
    ] = None,
    dask_address: Annotated[
        str | None,
        typer.Option(
            help="Scheduler of an existing Dask cluster, tcp://HOST:PORT "
            "[default: start a local cluster]"
        ),
    ] = None,
    story_threshold: Annotated[
        float,
        typer.Option(
            min=0.01,
            max=1.0,
            help="Least estimated Jaccard similarity to a story's first document for a "
            "new document to join that story (near-duplicates)",
        ),
    ] = DEFAULT_STORY_THRESHOLD,
) -> None:
    """Process new documents under PATHS into the warehouse."""
    from flows.server import start_temporary_server, wait_for_api

    start_temporary_server()  # comes up while the model loads
    from flows import progress
    from flows.process_corpus import process_corpus
    from flows.workers import worker_pool
    from tasks.configuration import resolve_settings

    workers = workers or usable_cores()
    if runner is Runner.auto:
        big = workers > 1 and _input_bytes(paths) >= PARALLEL_MIN_BYTES
        runner = Runner.process if big else Runner.local
    settings = resolve_settings(
        model=model,
        taxonomy=taxonomy,
        aliases=aliases,
        batch_size=batch_size,
        max_bytes=max_bytes,
        runner=runner.value,
        workers=workers,
        story_threshold=story_threshold,
    )
    root = _prepared_warehouse(paths, warehouse)
    flow = process_corpus
    pool = nullcontext()
    if runner is Runner.dask:
        flow = process_corpus.with_options(task_runner=dask_task_runner(dask_address, workers))
    elif runner is Runner.process:
        # Before the flow and the progress bar start threads: the workers are forked.
        pool = worker_pool(settings)
    with pool, progress.showing(err_console):
        wait_for_api()
        summary = flow(paths=[str(p) for p in paths], warehouse_dir=str(root), settings=settings)
    _print_summary(summary, root)


@app.command()
def query(
    sql: Annotated[
        str,
        typer.Argument(
            help="SQL over the views: documents, entities, quotes, themes, rejects, runs, ..."
        ),
    ],
    warehouse: WarehouseOption = None,
    output: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="Output format")
    ] = OutputFormat.table,
) -> None:
    """Run SQL against the warehouse through a read-only DuckDB connection."""
    from warehouse.queries import run_sql
    from warehouse.store import Warehouse

    columns, rows = run_sql(Warehouse(_warehouse_root(warehouse)).db_path, sql)
    _write_rows(columns, rows, output)


@app.command()
def ui(
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1")] = 4200,
) -> None:
    """Start a local Prefect server and UI; dossier commands run meanwhile report to it.

    The server keeps its SQLite database in ./.prefect and listens on 127.0.0.1 only.
    """
    from flows.server import serve_ui

    raise typer.Exit(serve_ui(Path(os.environ["PREFECT_HOME"]), port))


@app.command()
def serve(
    paths: Annotated[list[Path], typer.Argument(help="Folders (or files) to watch")],
    cron: Annotated[str, typer.Option(help='Schedule, e.g. "0 * * * *" for every hour')],
    warehouse: WarehouseOption = None,
    name: Annotated[str | None, typer.Option(help="Deployment name")] = None,
    batch_size: BatchSizeOption = DEFAULT_BATCH_SIZE,
    model: ModelOption = None,
    taxonomy: TaxonomyOption = None,
    aliases: AliasesOption = None,
) -> None:
    """Serve a scheduled deployment that processes whatever is new under PATHS."""
    from flows.process_corpus import label_for, process_corpus
    from tasks.configuration import resolve_settings

    if not os.environ.get("PREFECT_API_URL"):
        raise DossierError(Errors.E021)
    settings = resolve_settings(
        model=model,
        taxonomy=taxonomy.resolve() if taxonomy else None,
        aliases=aliases.resolve() if aliases else None,
        batch_size=batch_size,
    )
    root = _prepared_warehouse(paths, warehouse).resolve()
    inputs = [str(p.resolve()) for p in paths]
    process_corpus.serve(
        name=name or f"dossier-{label_for(inputs)}",
        cron=cron,
        parameters={"paths": inputs, "warehouse_dir": str(root), "settings": settings},
        description=f"Process new documents under {', '.join(inputs)} into {root}",
    )


@app.command()
def status(
    warehouse: WarehouseOption = None,
    model: ModelOption = None,
    taxonomy: TaxonomyOption = None,
    aliases: AliasesOption = None,
) -> None:
    """What the warehouse holds, how many documents each pipeline version processed,
    and the latest run of each command."""
    from tasks.configuration import resolve_settings
    from warehouse.queries import run_file
    from warehouse.store import Warehouse

    store = Warehouse(_warehouse_root(warehouse))
    if not store.db_path.is_file():
        raise DossierError(Errors.E016.format(path=store.root))
    current = resolve_settings(model=model, taxonomy=taxonomy, aliases=aliases).pipeline_version
    console = Console()
    totals = run_file(store.db_path, "status/totals")[0]
    overview = Table(title=f"warehouse {store.root}", show_header=False, title_justify="left")
    for name, value in totals.items():
        overview.add_row(name.replace("_", " "), f"{value:,}")
    overview.add_row("batches", f"{len(store.batch_ids()):,}")
    overview.add_row("snapshot", str(store.current_generation()))
    console.print(overview)
    if totals["duplicate_documents"]:
        console.print(
            f"{totals['duplicate_documents']:,} of {totals['documents']:,} documents are "
            f"near-duplicates of an earlier one: {totals['stories']:,} stories "
            "(`n_stories` in the views counts each once)"
        )
    versions = Table("pipeline version", "documents", "current", title="documents per version")
    stale = 0
    for row in run_file(store.db_path, "status/versions"):
        is_current = row["pipeline_version"] == current
        stale += 0 if is_current else row["documents"]
        versions.add_row(
            row["pipeline_version"], f"{row['documents']:,}", "yes" if is_current else ""
        )
    console.print(versions)
    runs = Table("command", "run", "status", "started", "seconds", title="latest runs")
    for row in run_file(store.db_path, "status/last_runs"):
        seconds = "" if row["seconds"] is None else f"{row['seconds']:.1f}"
        started = f"{row['started_at']:%Y-%m-%d %H:%M}"
        runs.add_row(row["command"], row["run_id"], row["status"], started, seconds)
    console.print(runs)
    if stale:
        console.print(f"{stale:,} documents on older versions; `dossier reprocess` updates them")
    _advise_compaction(console, store)


def _advise_compaction(console: Console, store: Warehouse) -> None:
    from warehouse.lifecycle import compaction_backlog

    folders, records = compaction_backlog(store, COMPACT_TARGET_DOCUMENTS)
    if folders >= COMPACT_ADVICE_BATCH_FOLDERS or records >= COMPACT_ADVICE_RUN_RECORDS:
        console.print(
            f"{folders:,} batch folders and {records:,} run records could be merged; "
            "`dossier compact` merges them and makes the views quicker to publish and query"
        )


@app.command()
def reprocess(
    warehouse: WarehouseOption = None,
    batch_size: BatchSizeOption = DEFAULT_BATCH_SIZE,
    model: ModelOption = None,
    taxonomy: TaxonomyOption = None,
    aliases: AliasesOption = None,
) -> None:
    """Re-extract documents processed by an older pipeline version from their stored
    text (the original files are not needed), replacing their rows atomically."""
    _start_prefect_server()
    from flows.lifecycle import reprocess_corpus
    from tasks.configuration import resolve_settings

    root = _existing_warehouse(warehouse)
    settings = resolve_settings(
        model=model, taxonomy=taxonomy, aliases=aliases, batch_size=batch_size
    )
    _print_operation(reprocess_corpus(warehouse_dir=str(root), settings=settings), root)


@app.command()
def compact(
    warehouse: WarehouseOption = None,
    target_documents: Annotated[
        int, typer.Option(min=1, help="Most documents in one merged batch")
    ] = COMPACT_TARGET_DOCUMENTS,
) -> None:
    """Merge small batches into larger ones, atomically; queries answer the same after."""
    _start_prefect_server()
    from flows.lifecycle import compact_warehouse

    root = _existing_warehouse(warehouse)
    _print_operation(compact_warehouse(str(root), target_documents), root)


@app.command()
def forget(
    source_id: Annotated[
        list[str] | None, typer.Option("--source-id", help="A document's source_id (repeatable)")
    ] = None,
    where: Annotated[
        str | None,
        typer.Option(help="SQL predicate over the documents columns, e.g. \"source = 'x'\""),
    ] = None,
    warehouse: WarehouseOption = None,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation")] = False,
) -> None:
    """Delete documents and every row extracted from them, atomically. Their content
    hashes are kept, so later runs skip them even if the files are still in the inputs."""
    from flows.lifecycle import forget_documents, sql_literal
    from warehouse.lifecycle import documents_where
    from warehouse.store import Warehouse

    if bool(source_id) == bool(where):
        raise typer.BadParameter("give --source-id or --where (one of them)")
    predicate = where or "source_id in (" + ", ".join(map(sql_literal, source_id or [])) + ")"
    root = _existing_warehouse(warehouse)
    matches = sum(map(len, documents_where(Warehouse(root), predicate).values()))
    if not matches:
        err_console.print("no document matches; nothing to forget")
        return
    if not yes:
        typer.confirm(f"Forget {matches:,} document(s) and all their rows?", abort=True)
    _print_operation(forget_documents(str(root), predicate, predicate), root)


@app.command()
def report(
    warehouse: WarehouseOption = None,
    out: Annotated[
        Path | None, typer.Option(help="HTML file to write [default: WAREHOUSE/report.html]")
    ] = None,
    since: Annotated[
        datetime | None, typer.Option(formats=["%Y-%m-%d"], help="First day, YYYY-MM-DD")
    ] = None,
    until: Annotated[
        datetime | None,
        typer.Option(formats=["%Y-%m-%d"], help="Day after the last, YYYY-MM-DD"),
    ] = None,
    min_documents: Annotated[
        int,
        typer.Option(min=1, help="Fewest documents of a period whose theme shares are plotted"),
    ] = REPORT_MIN_PERIOD_DOCUMENTS,
) -> None:
    """Write the corpus report: one HTML file with charts that opens offline in any browser."""
    from warehouse.report import build_report
    from warehouse.store import Warehouse

    root = _existing_warehouse(warehouse)
    period = [d.replace(tzinfo=UTC) if d else None for d in (since, until)]
    path, seconds = build_report(Warehouse(root), out, *period, min_documents=min_documents)
    err_console.print(f"report written to {path} in {seconds:.1f} s")


def _warehouse_root(warehouse: Path | None) -> Path:
    """The warehouse folder given, else the default one; a warehouse still at the
    old default place (``./warehouse``, the package's folder) moves there first."""
    from warehouse.legacy import LEGACY_ROOT, migrate_legacy_warehouse
    from warehouse.store import WAREHOUSE_ENV, default_root

    if warehouse is not None:
        return warehouse
    root = default_root()
    if not os.environ.get(WAREHOUSE_ENV) and migrate_legacy_warehouse(LEGACY_ROOT, root):
        err_console.print(f"dossier: moved the warehouse from ./{LEGACY_ROOT} to ./{root}")
    return root


def _existing_warehouse(warehouse: Path | None) -> Path:
    """The warehouse folder given (or the default), which must hold a warehouse."""
    from warehouse.store import Warehouse

    root = _warehouse_root(warehouse)
    if not Warehouse(root).db_path.is_file():
        raise DossierError(Errors.E016.format(path=Path(root).resolve()))
    return root


def _print_operation(summary: Any, root: Path) -> None:
    table = Table(
        title=f"dossier {summary.command} {summary.run_id}", show_header=False, title_justify="left"
    )
    for name, count in sorted(summary.counts.items()):
        table.add_row(name.replace("_", " "), f"{count:,}")
    table.add_row("time", f"{summary.seconds:.1f} s")
    table.add_row("warehouse", str(root))
    Console().print(table)


eval_app = typer.Typer(help="Measure extraction quality against gold annotations.")
app.add_typer(eval_app, name="eval")


@eval_app.command("quotes")
def eval_quotes(
    gold: Annotated[Path, typer.Argument(help="Gold JSON Lines (PolNeAR format)", exists=True)],
    limit: Annotated[int | None, typer.Option(min=1, help="Only the first N articles")] = None,
    warehouse: Annotated[
        Path | None, typer.Option(help="Keep the warehouse here [default: a temporary one]")
    ] = None,
    step: Annotated[
        int, typer.Option(min=1, help="Only every Nth article (with --offset: --step 2 halves)")
    ] = 1,
    offset: Annotated[
        int, typer.Option(min=0, help="Start at this 0-based article, for --step")
    ] = 0,
    every: Annotated[
        bool,
        typer.Option(
            "--all", help="Score every attribution (reported speech too), not only quotations"
        ),
    ] = False,
) -> None:
    """Score quote extraction: precision, recall and F1 of quotes with quotation marks
    (of every attribution with --all) at 30% and 80% coverage, and speaker accuracy
    over the matches whose gold names a source, and over every match (see README,
    "Evaluating quotes")."""
    _start_prefect_server()
    from flows.evaluate import evaluate_quotes

    scores = evaluate_quotes(gold, limit, warehouse, every, step, offset)
    table = Table(
        "coverage",
        "gold",
        "predicted",
        "matched",
        "precision",
        "recall",
        "F1",
        "speaker accuracy",
        "speaker, every match",
        title=f"{'every attribution' if every else 'quotes with quotation marks'}: {gold.name}",
    )
    for s in scores:
        table.add_row(
            f"≥{s.threshold:.0%}",
            str(s.n_gold),
            str(s.n_predicted),
            str(s.n_matched),
            f"{s.precision:.3f}",
            f"{s.recall:.3f}",
            f"{s.f1:.3f}",
            f"{s.speaker_accuracy:.3f}",
            f"{s.speaker_accuracy_every_match:.3f}",
        )
    Console().print(table)


def _start_prefect_server() -> None:
    """Start this command's Prefect server and wait for it, before Prefect is imported
    (a first start is serialised with other commands'; see ``flows.server``)."""
    from flows.server import start_temporary_server, wait_for_api

    start_temporary_server()
    wait_for_api()


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity, not the machine's count)."""
    return len(os.sched_getaffinity(0))


def _input_bytes(paths: list[Path]) -> int:
    """Total size of the files under ``paths``: enough to tell a big input from a small one."""
    total = 0
    for given in paths:
        files = [given] if given.is_file() else (p for p in given.rglob("*") if p.is_file())
        total += sum(f.stat().st_size for f in files)
    return total


def dask_task_runner(address: str | None, workers: int):
    """Prefect's Dask runner on an existing cluster, or on a local one of ``workers``
    single-threaded processes (each loads the model once and keeps it)."""
    import logging

    from prefect_dask import DaskTaskRunner

    from flows.server import share_api_with_workers

    logging.getLogger("distributed").setLevel(logging.WARNING)
    if address:
        return DaskTaskRunner(address=address)
    share_api_with_workers()
    cluster = {"n_workers": workers, "threads_per_worker": 1, "silence_logs": logging.WARNING}
    return DaskTaskRunner(cluster_kwargs=cluster)


def _prepared_warehouse(paths: list[Path], warehouse: Path | None) -> Path:
    """The warehouse folder, created and checked writable, once every input exists:
    bad arguments fail with one line before Prefect starts a flow run."""
    from warehouse.store import Warehouse

    for given in paths:
        if not given.exists():
            raise DossierError(Errors.E017.format(path=given))
    root = _warehouse_root(warehouse)
    store = Warehouse(root)
    with store.writer_lock():
        store.prepare()
    return root


def _print_summary(summary: Any, root: Path) -> None:
    counts, written = summary.counts, summary.rows
    table = Table(title=f"dossier run {summary.run_id}", show_header=False, title_justify="left")
    table.add_row("documents new", f"{counts['documents_new']:,}")
    table.add_row("documents already present", f"{counts['documents_present']:,}")
    if counts["documents_forgotten"]:
        table.add_row("documents forgotten, skipped", f"{counts['documents_forgotten']:,}")
    table.add_row(
        "inputs rejected",
        f"{counts['rejected']:,}"
        + (
            f" (+{counts['rejects_present']:,} recorded before)"
            if counts["rejects_present"]
            else ""
        ),
    )
    for name in ("documents", "entities", "quotes", "themes", "rejects"):
        table.add_row(f"rows written: {name}", f"{written[name]:,}")
    table.add_row("time", f"{summary.seconds:.1f} s")
    table.add_row("warehouse", str(root))
    Console().print(table)
    if counts["rejected"]:
        sql = f"select source_path, reason, detail from rejects where run_id = '{summary.run_id}'"
        err_console.print(
            f'[yellow]{counts["rejected"]} input(s) rejected; see: dossier query "{sql}"'
        )


def _write_rows(columns: list[str], rows: list[tuple], output: OutputFormat) -> None:
    if output is OutputFormat.table:
        table = Table(*columns)
        for row in rows:
            table.add_row(*("" if v is None else str(v) for v in row))
        Console().print(table)
    elif output is OutputFormat.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
    elif output is OutputFormat.json:
        json.dump(
            [dict(zip(columns, row, strict=True)) for row in rows],
            sys.stdout,
            default=_json_value,
            ensure_ascii=False,
            indent=2,
        )
        sys.stdout.write("\n")
    else:
        for row in rows:
            sys.stdout.write(
                json.dumps(
                    dict(zip(columns, row, strict=True)), default=_json_value, ensure_ascii=False
                )
                + "\n"
            )


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def console() -> None:
    """The ``dossier`` executable: ``main``, ending the process without the
    interpreter's teardown.

    Freeing, one object at a time, every module Prefect and spaCy loaded is most
    of what the interpreter does after the last exit handler: half a second of
    each command. The handler registered here, before any of Prefect's, runs
    after them (Prefect's flushes, the temporary server's stop) and ends the
    process with its status. An unexpected exception ends it the ordinary way,
    with its traceback.
    """
    atexit.register(_end_process)
    try:
        main()
    except SystemExit as done:
        _exit_status.append(_status_of(done.code))
        raise
    _exit_status.append(0)


_exit_status: list[int] = []


def _status_of(code: object) -> int:
    if isinstance(code, int):
        return code
    return 0 if code is None else 1


def _end_process() -> None:
    if not _exit_status:
        return
    logging.shutdown()  # registered before this handler, so it would run after it
    for stream in (sys.stdout, sys.stderr):
        with suppress(OSError):  # a closed pipe (`dossier query ... | head`)
            stream.flush()
    os._exit(_exit_status[0])


def main() -> None:
    """Console entry point: one-line errors, never a traceback, for operational failures."""
    apply_prefect_defaults()
    try:
        app(standalone_mode=False)
    except DossierError as error:
        err_console.print(f"[red]dossier: error:[/red] {error}", soft_wrap=True)
        sys.exit(2)
    except OSError as error:
        err_console.print(
            f"[red]dossier: error:[/red] {error.strerror or error}: {error.filename or ''}"
        )
        sys.exit(2)
    except (typer.Abort, KeyboardInterrupt):
        err_console.print("dossier: interrupted")
        sys.exit(130)
    except typer.Exit as done:
        sys.exit(done.exit_code)
    except typer.TyperException as error:  # usage errors carry their own exit code
        if hasattr(error, "show"):
            error.show()
        else:
            err_console.print(f"[red]dossier: error:[/red] {error.format_message()}")
        sys.exit(error.exit_code)
