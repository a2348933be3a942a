"""Imports go one way: core <- tasks, warehouse <- flows (the README's map)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
OURS = {"core", "tasks", "warehouse", "flows"}
MAY_IMPORT = {
    "core": set(),
    "tasks": {"core"},
    "warehouse": {"core"},
    "flows": {"core", "tasks", "warehouse"},
}
THIRD_PARTY_BANNED = {"tasks": {"prefect", "prefect_dask", "duckdb", "pyarrow"}}


def imported_packages(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("package", sorted(MAY_IMPORT))
def test_a_package_imports_only_the_layers_below_it(package):
    for module in sorted((ROOT / package).rglob("*.py")):
        used = imported_packages(module)
        wrong = (used & OURS) - MAY_IMPORT[package] - {package}
        wrong |= used & THIRD_PARTY_BANNED.get(package, set())
        assert not wrong, f"{module.relative_to(ROOT)} imports {sorted(wrong)}"
