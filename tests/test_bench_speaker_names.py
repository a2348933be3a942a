"""The judged-speaker scorer (bench/quotes_judged.py) compares names the pipeline's way
on both sides: a United States institution written after the country ("U.S.
Treasury") is the full name the pipeline's wire table gives it, and a curated body
after its country ("U.S. Department of Transportation") is its curated name."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import quotes_judged  # noqa: E402

from tasks.entity_wire import united_states_name  # noqa: E402


def _predicted(speaker: str) -> SimpleNamespace:
    return SimpleNamespace(speaker=speaker, speaker_key=speaker.casefold())


def test_the_country_before_an_institution_gives_its_full_name():
    assert united_states_name("U.S. Treasury") == "United States Department of the Treasury"
    assert united_states_name("US Congress") == "United States Congress"
    assert united_states_name("Treasury") is None
    assert united_states_name("U.S. Steel") is None


def test_a_judged_us_treasury_matches_the_pipelines_full_name():
    predicted = _predicted("United States Department of the Treasury")
    assert quotes_judged.speaker_right("U.S. Treasury", predicted)
    assert quotes_judged.speaker_right("United States Department of the Treasury", predicted)


def test_a_curated_department_after_its_country_matches_its_canonical_name():
    predicted = _predicted("United States Department of Transportation")
    assert quotes_judged.speaker_right("U.S. Department of Transportation", predicted)


def test_other_bodies_still_differ():
    assert not quotes_judged.speaker_right("U.S. Treasury", _predicted("United States Congress"))
    assert not quotes_judged.speaker_right("U.S. Treasury", _predicted("Federal Reserve Board"))
