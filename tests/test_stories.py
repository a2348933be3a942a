"""Near-duplicate documents counted once: signatures, story assignment, the
`stories` view and the story counts beside the document counts, across runs,
forget, compaction and reprocess."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pyarrow as pa
import pytest
from typer.testing import CliRunner

from core.errors import DossierError
from core.records import Document, StoryRepresentative
from core.settings import DEFAULT_STORY_THRESHOLD, Settings
from flows.cli import app
from flows.lifecycle import compact_warehouse, forget_documents, reprocess_corpus
from flows.process_corpus import process_corpus
from tasks import minhash
from tasks.configuration import resolve_settings
from tasks.stories import assign_stories, fingerprint, fingerprints
from warehouse.store import Warehouse
from warehouse.stories import stored_stories
from warehouse.views import aggregate_views, render_views

from .conftest import FIXTURES, SEED
from .faults import problems

SAME_TOPIC = FIXTURES / "stories" / "naval_drill.txt"
FURNITURE_TOP = "Skip to content\nHome | World | Asia | Video\nShare on Facebook Twitter Email\n\n"
FURNITURE_END = (
    "\n\nRelated stories\nMost read\n"
    "Sign up for our newsletter to get the day's top stories in your inbox every morning.\n"
    "© 2026 The Daily Example. All rights reserved. Terms | Privacy"
)
LOCAL = (
    "In Harbin, the provincial government said local factories would supply food and fuel "
    "to the troops, and that 40 trains had been set aside for the exercise."
)


def seed_variants(text: str) -> dict[str, str]:
    """The seed the way other outlets would carry it."""
    lines = text.strip().split("\n")
    return {
        "headline": "China and Russia open joint drills in Ningxia\n\n" + text,
        "cut": "\n".join(lines[:-3]),
        "local": "\n".join([*lines[:2], LOCAL, *lines[2:]]),
        "furniture": FURNITURE_TOP + text + FURNITURE_END,
        "quotes": text.replace("“", '"').replace("”", '"').replace("’", "'"),
        "spacing": text.replace(" ", "\u00a0", 40).replace("\n", "\r\n\r\n"),
    }


def doc(doc_id: str, text: str) -> Document:
    return Document(doc_id, doc_id, "test", "txt", text, doc_id)


def test_normalised_words_ignore_case_punctuation_spacing_and_furniture():
    prose = "and the crowd cheered loudly at the stadium as the team came out for the final."
    text = f"“We will win,” she said — {prose}\n"
    copy = f'Skip to content\nShare this\n"WE  WILL win," she said - {prose.upper()}\n'
    copy = copy.replace(" ", "\u00a0", 3)
    assert minhash.words(copy) == minhash.words(text)
    assert minhash.words("Shr 10 cts vs 12 cts\nNet 4.5 mln") == minhash.words(
        "shr 10 cts vs 12 cts net 4 5 mln"
    ), "short lines with figures are data, not furniture"


def test_signatures_are_deterministic_and_estimate_jaccard(seed_text):
    first, again = minhash.signature(seed_text), minhash.signature(seed_text)
    assert first.dtype == "uint32" and len(first) == minhash.NUM_PERM
    assert (first == again).all()
    assert minhash.band_keys(first) == minhash.band_keys(again)
    assert len(minhash.band_keys(first)) == minhash.BANDS
    shingles = set(minhash.shingles(seed_text))
    cut = seed_variants(seed_text)["cut"]
    others = set(minhash.shingles(cut))
    exact = len(shingles & others) / len(shingles | others)
    estimate = minhash.similarity(first, minhash.signature(cut))
    assert abs(estimate - exact) < 0.15, (estimate, exact)


def test_variants_score_above_the_threshold_and_a_same_topic_story_below(seed_text):
    original = minhash.signature(seed_text)
    for kind, text in seed_variants(seed_text).items():
        score = minhash.similarity(original, minhash.signature(text))
        assert score >= DEFAULT_STORY_THRESHOLD + 0.1, (kind, score)
    other = minhash.similarity(original, minhash.signature(SAME_TOPIC.read_text()))
    assert other < DEFAULT_STORY_THRESHOLD / 2, other


def test_assignment_joins_the_first_document_and_never_renames_a_story(seed_text):
    variants = seed_variants(seed_text)
    prints = fingerprints(
        [doc("cut", variants["cut"]), doc("seed", seed_text), doc("other", SAME_TOPIC.read_text())]
    )
    links = assign_stories(prints, {}, {}, DEFAULT_STORY_THRESHOLD)
    assert [(link.doc_id, link.cluster_id) for link in links] == [
        ("cut", "cut"),
        ("seed", "cut"),
        ("other", "other"),
    ]
    assert links[0].jaccard == 1.0 and DEFAULT_STORY_THRESHOLD <= links[1].jaccard < 1.0
    # a later batch: stored clusters come from the warehouse, with their representatives
    stored = {key: ["cut"] for key in prints[0].band_keys}
    reps = {"cut": StoryRepresentative("cut", "cut", prints[0].signature)}
    later = assign_stories([fingerprint(doc("local", variants["local"]))], stored, reps, 0.35)
    assert later[0].cluster_id == "cut" and later[0].compared_to == "cut"


def test_a_text_without_words_starts_its_own_story_and_has_no_band_keys():
    printed = fingerprint(doc("dots", "… — !!"))
    assert printed.band_keys == ()
    links = assign_stories([printed, fingerprint(doc("more", "?? ..."))], {}, {}, 0.35)
    assert [link.cluster_id for link in links] == ["dots", "more"]


@pytest.mark.parametrize("threshold", [0, 1.5, "high"])
def test_the_threshold_is_checked(threshold):
    with pytest.raises(DossierError, match="story_threshold must be"):
        Settings(story_threshold=threshold)


def test_views_that_read_stories_are_created_after_it(tmp_path):
    from warehouse.store import Warehouse

    order = list(aggregate_views())
    for reader in ("entity_counts", "top_speakers", "theme_trends"):
        assert "stories" in aggregate_views()[reader]
        assert order.index("stories") < order.index(reader)
    statements = render_views(Warehouse(tmp_path))
    with duckdb.connect() as con:  # every view binds on an empty warehouse
        for statement in statements:
            con.execute(statement)
        assert con.execute("select * from stories").fetchall() == []
        columns = [c[0] for c in con.execute("describe entity_counts").fetchall()]
    assert columns[3:5] == ["n_documents", "n_stories"]


def _story_batch(members: list[tuple[str, str, str]], bands: list[tuple[int, str]]):
    """A batch's story tables: members as (doc_id, cluster_id, arrival), each with a
    signature of its own, and band rows as (band_key, doc_id)."""
    doc_ids, clusters, arrivals = zip(*members, strict=True)
    keys, owners = zip(*bands, strict=True)
    return {
        "story_members": pa.table(
            {
                "doc_id": doc_ids,
                "cluster_id": clusters,
                "compared_to": clusters,
                "jaccard": [1.0] * len(members),
                "arrival": arrivals,
                "signature": [[ord(d)] * minhash.NUM_PERM for d in doc_ids],
            }
        ),
        "story_bands": pa.table({"band_key": keys, "doc_id": owners}),
    }


@pytest.mark.parametrize("indexed", [True, False], ids=["story index", "older batches"])
def test_stored_stories_finds_clusters_and_their_first_surviving_document(tmp_path, indexed):
    warehouse = Warehouse(tmp_path)
    warehouse.prepare()
    # "a" started story a and was forgotten: its member row is gone (a band row left
    # behind names no story); "b" is now the story's first document.
    first = _story_batch(
        [("b", "a", "r1-00001/000001"), ("c", "c", "r1-00001/000002")],
        [(1, "a"), (2, "a"), (2, "b"), (3, "c")],
    )
    later = _story_batch(
        [("d", "a", "r2-00001/000000"), ("e", "e", "r2-00001/000001")],
        [(2, "d"), (5, "d"), (2, "e"), (-(2**63), "e")],
    )
    warehouse.commit_batch("r1-00001", first)
    warehouse.commit_batch("r2-00001", later)
    if not indexed:  # batches written before the index existed are read from Parquet
        for path in warehouse.batches_dir.glob("*/story_*_index.arrow"):
            path.unlink()
    clusters, representatives = stored_stories(warehouse, {1, 2, 3, 5, 9, -(2**63)})
    assert clusters == {2: ["a", "e"], 3: ["c"], 5: ["a"], -(2**63): ["e"]}
    assert {c: (r.doc_id, r.signature[0]) for c, r in representatives.items()} == {
        "a": ("b", ord("b")),
        "c": ("c", ord("c")),
        "e": ("e", ord("e")),
    }
    assert stored_stories(warehouse, {4, 9}) == ({}, {})


# -- end to end ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory, seed_text) -> Path:
    """Run 1: the seed and a different story on the same topic; run 2: the seed as
    six other outlets carried it."""
    base = tmp_path_factory.mktemp("stories")
    first, second = base / "first", base / "second"
    first.mkdir()
    second.mkdir()
    shutil.copy(SEED, first / "seed.txt")
    shutil.copy(SAME_TOPIC, first / "naval_drill.txt")
    for kind, text in seed_variants(seed_text).items():
        (second / f"{kind}.txt").write_text(text, encoding="utf-8")
    root = base / "warehouse"
    settings = resolve_settings(batch_size=2)
    for folder in (first, second):
        process_corpus(paths=[str(folder)], warehouse_dir=str(root), settings=settings)
    return root


def query(root: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(root / "dossier.duckdb"), read_only=True) as con:
        return con.execute(sql).fetchall()


STORIES_SQL = (
    "select d.source_id, s.story_id = (select doc_id from documents where source_id = "
    "'seed.txt') as seed_story, s.jaccard, s.is_first "
    "from stories s join documents d using (doc_id) order by d.source_id"
)


@pytest.mark.usefixtures("prefect_harness")
def test_variants_join_the_seed_story_across_runs_and_a_same_topic_story_does_not(two_runs):
    found = {row[0]: row[1:] for row in query(two_runs, STORIES_SQL)}
    assert found.pop("naval_drill.txt")[0] is False
    assert found.pop("seed.txt") == (True, 1.0, True)
    assert set(found) == {
        "headline.txt",
        "cut.txt",
        "local.txt",
        "furniture.txt",
        "quotes.txt",
        "spacing.txt",
    }
    for name, (in_seed_story, jaccard, is_first) in found.items():
        assert in_seed_story and not is_first, name
        assert DEFAULT_STORY_THRESHOLD <= jaccard <= 1.0, (name, jaccard)
    zhang = query(
        two_runs,
        "select n_documents, n_stories from entity_counts where canonical_name = 'Zhang Xin'",
    )
    assert zhang == [(7, 1)]
    speakers = query(
        two_runs, "select n_documents, n_stories from top_speakers where speaker = 'Zhang Xin'"
    )
    assert speakers == [(7, 1)]
    trends = query(
        two_runs, "select sum(n_documents), sum(n_stories) from theme_trends where period = 'month'"
    )
    assert trends[0][0] > trends[0][1] > 0
    runs = query(two_runs, "select counts['documents_duplicate'] from runs order by started_at")
    assert runs == [(0,), (6,)]
    assert problems(two_runs) == []


@pytest.mark.usefixtures("prefect_harness")
def test_status_reports_stories_and_duplicates(two_runs):
    result = CliRunner().invoke(app, ["status", "-w", str(two_runs)], terminal_width=200)
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.split())
    assert "6 of 8 documents are near-duplicates of an earlier one: 2 stories" in text


@pytest.fixture
def copy_of(two_runs, tmp_path) -> Path:
    root = tmp_path / "warehouse"
    shutil.copytree(two_runs, root, symlinks=True)
    return root


@pytest.mark.usefixtures("prefect_harness")
def test_forgetting_the_first_document_leaves_a_valid_representative(copy_of, seed_text):
    before = dict(
        query(
            copy_of, "select d.source_id, s.story_id from stories s join documents d using (doc_id)"
        )
    )
    forget_documents(str(copy_of), "source_id = 'seed.txt'", "test")
    assert problems(copy_of) == []
    after = {
        row[0]: row[1:]
        for row in query(
            copy_of,
            "select d.source_id, s.story_id, s.jaccard, s.is_first, r.source_id "
            "from stories s join documents d using (doc_id) "
            "join documents r on r.doc_id = s.story_id",
        )
    }
    variants = {name: row for name, row in after.items() if name != "naval_drill.txt"}
    firsts = {row[3] for row in variants.values()}
    assert len(firsts) == 1, "the variants stay one story"
    first = firsts.pop()
    assert variants[first][2] is True and variants[first][1] == 1.0
    # the new representative is the earliest remaining copy, and the others' Jaccard
    # estimates are against it now
    text_of = {**seed_variants(seed_text)}
    for name, (_, jaccard, is_first, _) in variants.items():
        if name == first:
            continue
        expected = minhash.similarity(
            minhash.signature(text_of[first.removesuffix(".txt")]),
            minhash.signature(text_of[name.removesuffix(".txt")]),
        )
        assert not is_first and abs(jaccard - expected) < 1e-6, name
    assert after["naval_drill.txt"][0] == before["naval_drill.txt"], "other stories keep their id"


@pytest.mark.usefixtures("prefect_harness")
def test_a_new_copy_after_the_first_document_is_forgotten_joins_the_story(copy_of, tmp_path):
    forget_documents(str(copy_of), "source_id = 'seed.txt'", "test")
    folder = tmp_path / "third"
    folder.mkdir()
    text = (SEED.read_text(encoding="utf-8") + "\n" + LOCAL).replace("Chinese", "Chinese ")
    (folder / "late.txt").write_text("Late edition\n\n" + text, encoding="utf-8")
    process_corpus(
        paths=[str(folder)], warehouse_dir=str(copy_of), settings=resolve_settings(batch_size=2)
    )
    rows = query(
        copy_of,
        "select count(distinct story_id) from stories s join documents d "
        "using (doc_id) where d.source_id <> 'naval_drill.txt'",
    )
    assert rows == [(1,)]
    assert problems(copy_of) == []


@pytest.mark.usefixtures("prefect_harness")
def test_compaction_and_reprocess_keep_the_stories(copy_of, tmp_path):
    sql = "select doc_id, story_id, jaccard, is_first from stories order by doc_id"
    before = query(copy_of, sql)
    compact_warehouse(str(copy_of))
    assert query(copy_of, sql) == before
    assert problems(copy_of) == []
    aliases = tmp_path / "aliases.toml"  # another pipeline version: every document is stale
    aliases.write_text('[[entities]]\ncanonical = "Peking"\nlabel = "GPE"\naliases = ["Beijing"]\n')
    summary = reprocess_corpus(str(copy_of), resolve_settings(batch_size=3, aliases=aliases))
    assert summary.counts["documents_reprocessed"] == 8
    assert query(copy_of, sql) == before
    assert problems(copy_of) == []
