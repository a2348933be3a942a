"""The entity stage's cheap document-level gates (round 36) skip only texts the rules'
patterns could find nothing in."""

from __future__ import annotations

import pytest

from tasks.entity_software import _USED_AFTER, _USED_BEFORE, used_as_programs

# Every verb of ``_USED_AFTER`` and noun of ``_USED_BEFORE``, in an article's sentence.
_USES = [
    *(
        f"The team spent the morning {verb} Quillmark on every desk."
        for verb in (
            "install",
            "installs",
            "installing",
            "uninstall",
            "uninstalling",
            "exiting",
            "configure",
            "configuring",
        )
    ),
    *(
        f"Staff were told to check the Quillmark {noun} before Friday."
        for noun in (
            "settings",
            "plugin",
            "plugins",
            "plug-in",
            "plug-ins",
            "extension",
            "extensions",
            "add-on",
            "add-ons",
            "integration",
            "config",
            "configuration",
            "preferences",
            "installer",
        )
    ),
]


@pytest.mark.parametrize("text", _USES)
def test_the_word_gate_lets_every_use_through(text):
    scanned = {m.group(1) for p in (_USED_AFTER, _USED_BEFORE) for m in p.finditer(text)}
    assert scanned == {"Quillmark"}
    assert used_as_programs(text) == scanned


def test_a_text_without_a_use_word_is_not_scanned():
    text = "Quillmark Ltd said profits rose, and its chief executive Ann Roe was pleased."
    assert used_as_programs(text) == set()
