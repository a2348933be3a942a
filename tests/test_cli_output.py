"""Help texts are whole sentences at any terminal width."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from flows.cli import app

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
