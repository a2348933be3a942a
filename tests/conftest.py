"""Shared fixtures: the real model, the seed and its gold, one Prefect harness."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from flows.prefect_env import apply_prefect_defaults

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED = ROOT / "seeds" / "000_5cda8d1a246dbead.txt"
SHARED = ROOT.parent / "shared"

apply_prefect_defaults(ROOT)
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")


@pytest.fixture(scope="session")
def nlp():
    from core.settings import DEFAULT_MODEL
    from tasks.nlp import load_model

    return load_model(DEFAULT_MODEL)


@pytest.fixture(scope="session")
def extract(nlp):
    """``text -> entity mentions`` of one document, as a run extracts them."""
    from tasks.entities import extract_entities

    def run(text: str) -> list:
        return extract_entities(nlp(text), "t")

    return run


@pytest.fixture(scope="session")
def quotes_of(nlp):
    """``text -> quotes`` extracted the way a run does: entities first, then quotes."""
    from tasks.entities import extract_entities
    from tasks.quotes import extract_quotes

    def run(text: str):
        doc = nlp(text)
        return extract_quotes(doc, "t", extract_entities(doc, "t"))

    return run


@pytest.fixture(scope="session")
def quote_with():
    """``(quotes, words) -> quote``: the first direct or mixed quote whose text holds
    ``words`` (any quote, indirect too, with ``indirect=True``); the test fails when
    there is none."""

    def find(quotes, words: str, indirect: bool = False):
        found = [q for q in quotes if words in q.text and (indirect or q.kind != "indirect")]
        assert found, f"no quotation holding {words!r}"
        return found[0]

    return find


@pytest.fixture(scope="session")
def shipped(nlp):
    """The theme matcher of the shipped taxonomy."""
    from tasks.themes import theme_matcher

    return theme_matcher(nlp)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return json.loads((FIXTURES / "seed_quotes.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_doc(nlp, seed_text):
    return nlp(seed_text)


@pytest.fixture(scope="session")
def prefect_harness():
    """One temporary Prefect API for every flow test in the session."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        yield


@pytest.fixture(scope="session")
def shared_corpora() -> Path:
    """``../shared/corpora``; tests that need it skip when it is absent."""
    corpora = SHARED / "corpora"
    if not corpora.is_dir():
        pytest.skip("../shared/corpora is not present")
    return corpora
