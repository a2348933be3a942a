"""Output meant for shells and people: CSV lines end in LF, help texts are whole
sentences at any terminal width."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli import app

DOSSIER = str(Path(sys.executable).with_name("dossier"))
COMMANDS = [
    [],
    ["run"],
    ["serve"],
    ["ui"],
    ["status"],
    ["query"],
    ["report"],
    ["compact"],
    ["forget"],
    ["reprocess"],
    ["eval"],
    ["eval", "quotes"],
]


def test_csv_output_ends_lines_with_lf_as_the_shell_expects(seed_warehouse):
    warehouse, _ = seed_warehouse
    command = [DOSSIER, "query", "select count(*) as n from documents"]
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


def _description(command: list[str]) -> list[str]:
    """The lines of a command's help between its usage line and its first panel,
    rendered wide enough that only the text's own line breaks remain."""
    result = CliRunner().invoke(
        app, [*command, "--help"], terminal_width=400, env={"COLUMNS": "400"}
    )
    assert result.exit_code == 0, result.output
    lines = [line.strip() for line in result.output.splitlines()]
    start = next(i for i, line in enumerate(lines) if line.startswith("Usage:")) + 1
    end = next(i for i, line in enumerate(lines) if i > start and line.startswith("╭"))
    return [line for line in lines[start:end] if line]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "dossier")
def test_help_texts_do_not_break_in_mid_sentence(command):
    description = _description(command)
    assert description, "every command says what it does"
    for line in description:
        assert re.search(r"[.:)]$", line), f"help line broken mid-sentence: {line!r}"
