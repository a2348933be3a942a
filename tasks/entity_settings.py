"""The labels of a program's or a game's settings, which the model takes for names.

A settings page lays its options out as a table: each row names a setting in title case
and tells what it does in the imperative ("| Quick Substitutes Toggle the display of …",
"| User Radar Color  Select the indicator's colour", "| Radar Toggles the pitch radar
HUD on & off"). The model reads the setting's name, often with the verb after it, as an
organisation or a person. ``without_setting_labels(mentions, text)`` drops a mention on
a table row (a line that opens with "|") that

- ends with a settings verb, or stands just before one written capitalised: the name
  of a setting, run into or followed by what it does;
- ends with, or stands just before, the values "on & off", "on/off" or "on and off":
  a switch's name.

A setting named by two words or more is the same setting everywhere on the page
("Toggle the display of Quick Substitutes"): its other mentions go too. A curated
(pinned) name stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tasks.entity_labels import PlacedT

# The verbs a settings table opens a row's description with, in the imperative or the
# third person ("Toggle …", "Toggles …", "Adjust the volume", "Choose whether"): what
# a setting does; no name ends with one of these.
_SETTING_VERBS = frozenset(
    """toggle toggles enable enables disable disables adjust adjusts choose chooses select
    selects determine determines set sets change changes modify modifies""".split()
)
# A switch's values after its name ("HUD on & off", "Subtitles on/off"), within the
# mention or just after it.
_SWITCH = r"on[ \t]*(?:&|/|and)[ \t]*off\b"
_SWITCH_ENDS = re.compile(r"\b" + _SWITCH + "$", re.IGNORECASE)
_SWITCH_AFTER = re.compile(r"[ \t]+" + _SWITCH, re.IGNORECASE)
_FIRST_WORD = re.compile(r"[ \t]*([A-Z][a-z]+)\b")
_ROW = "|"


def without_setting_labels(mentions: Sequence[PlacedT], text: str) -> list[PlacedT]:
    """``mentions`` but the settings' labels of a settings table and the other mentions of
    the settings named in two words or more (see the module's docstring)."""
    if "\n" + _ROW not in text and not text.startswith(_ROW):
        return list(mentions)
    labels = [m for m in mentions if not m.pinned and _setting_label(m, text)]
    if not labels:
        return list(mentions)
    named = {_setting_name(m.canonical) for m in labels}
    named = {name for name in named if len(name.split()) > 1}
    dropped = {id(m) for m in labels}
    return [m for m in mentions if id(m) not in dropped and (m.pinned or m.canonical not in named)]


def _setting_label(mention: PlacedT, text: str) -> bool:
    """Whether the mention stands on a table row and names a setting: its last word a
    settings verb, a capitalised settings verb just after it, or a switch's values at
    its end."""
    start, end = mention.span.start_char, mention.span.end_char
    line_start = text.rfind("\n", 0, start) + 1
    if not text.startswith(_ROW, line_start):
        return False
    written = text[start:end]
    if _SWITCH_ENDS.search(written) or _SWITCH_AFTER.match(text, end):
        return True
    words = written.split()
    if len(words) > 1 and words[-1].casefold() in _SETTING_VERBS:
        return True
    after = _FIRST_WORD.match(text, end)
    return after is not None and after.group(1).casefold() in _SETTING_VERBS


def _setting_name(canonical: str) -> str:
    """The setting's name of a label: without the settings verb the model ran into it."""
    words = canonical.split()
    if len(words) > 1 and words[-1].casefold() in _SETTING_VERBS:
        words = words[:-1]
    return " ".join(words)
