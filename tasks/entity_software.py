"""Programs the model took for organisations, told by how the text uses them.

One installs, configures or exits a program and changes its settings or adds plugins
to it; nobody does that to a company. ``programs_by_use(mentions, text)`` gives PRODUCT to
every mention of a name the model called an organisation when the document writes it
after such a verb ("installing Zedit") or before such a noun ("Zedit plugins"), unless the
curated files fix the name or it ends in a legal form.

``script_libraries(mentions)`` gives PRODUCT to a name ending in ".js" ("Node.js",
"Vue.js"): JavaScript's file suffix, which its runtimes and libraries carry in their
names; the model takes them for places or companies.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tasks.entity_acronyms import LEGAL_FORMS
from tasks.entity_labels import Placed, relabel

# Verbs whose object is a program, never a company ("installing Zedit", "exiting Zedit");
# not "enable", whose object is as often whoever it lets do something ("enable Acme to
# expand"), nor "installed", which also puts a person in office.
_USED_AFTER = re.compile(
    r"\b(?:install|installs|installing|uninstall|uninstalling|exiting|configure|"
    r"configuring)\s+"
    r"([A-Z][\w+]*(?: [A-Z][\w+]*)?)\b"
)
# Nouns of a program's parts and setup, after its name ("Zedit settings", "Zedit
# plugins"); a company's "updates" and "packages" are news and parcels, so not those.
_USED_BEFORE = re.compile(
    r"\b([A-Z][\w+]*(?: [A-Z][\w+]*)?)\s+(?:settings|plugins?|plug-ins?|extensions?|"
    r"add-ons?|integration|config|configuration|preferences|installer)\b"
)
# A piece of every word either pattern matches: a text holding none is not scanned (the
# patterns try every word of it; ``in`` reads the text at memory speed).
_USE_WORDS = (
    "install",
    "exiting",
    "config",
    "settings",
    "plugin",
    "plug-in",
    "extension",
    "add-on",
    "integration",
    "preferences",
)


def programs_by_use(mentions: Sequence[Placed], text: str) -> None:
    """Relabel, in place, as PRODUCT the mentions of each organisation's name (not
    curated, no legal form at its end) that ``text`` uses as a program's."""
    used = used_as_programs(text)
    if not used:
        return
    programs = {
        m.canonical
        for m in mentions
        if m.label == "ORG"
        and not m.pinned
        and m.canonical in used
        and m.canonical.split()[-1].casefold().rstrip(".") not in LEGAL_FORMS
    }
    relabel(mentions, programs, "PRODUCT")


def used_as_programs(text: str) -> set[str]:
    """The names ``text`` writes after a program's verb or before a program part's noun
    (``_USED_AFTER``, ``_USED_BEFORE``); empty, unscanned, when it holds none of
    ``_USE_WORDS``."""
    if not any(word in text for word in _USE_WORDS):
        return set()
    return {m.group(1) for pattern in (_USED_AFTER, _USED_BEFORE) for m in pattern.finditer(text)}


# A JavaScript project's name: a word and the language's file suffix ("Node.js").
_SCRIPT_LIBRARY = re.compile(r"[A-Za-z][\w-]*\.js")


def script_libraries(mentions: Sequence[Placed]) -> None:
    """Relabel, in place, as PRODUCT every mention not curated whose canonical name is
    one word ending in ".js" (``_SCRIPT_LIBRARY``)."""
    for mention in mentions:
        if not mention.pinned and _SCRIPT_LIBRARY.fullmatch(mention.canonical):
            mention.label = "PRODUCT"
