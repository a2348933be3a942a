"""Releases of curated programs: "Python 2", "Python 3.x", "Windows XP", "Java 8".

The model types a program's name with its release after it as an organisation or a
place ("Python 2" a company, "Windows XP" a region); the curated files
(``tasks/data/entity_names.toml``) know the program by its bare name, so a name that is
a curated program followed by a release (a version number, or a short capitalised
release code such as "XP" or "NT") is that release, a PRODUCT, under its own name.

``dotted_releases`` needs no curated program: a name the model took for a law that
ends in a dotted release number ("Zorbex 4.12") after a word written in mixed case is
a program's release too; a law's numbered part ("Section 2.1") or a standard in
capitals ("IEEE 802.11") is not.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from tasks.entity_labels import Placed, relabel

# A release after a program's name: a version number ("2", "3.10", "3.x", "v2", "8u1")
# or a code of two or three capitals (Microsoft's "XP", "NT", "ME").
_RELEASE = re.compile(r"v?\d{1,4}(?:\.(?:\d{1,4}|x))*[a-z]?\d*|[A-Z]{2,3}")
# Labels the model gives a program's release; a person's name ending in a number does
# not open with a curated program.
_RELEASE_FROM = frozenset({"ORG", "GPE", "LOC", "PERSON", "NORP", "FAC", "WORK_OF_ART"})
# A dotted release: "4.12", "2.6.1".
_DOTTED_RELEASE = re.compile(r"v?\d{1,4}(?:\.\d{1,4}){1,3}")
# Words that number the parts of a law or a document, not a program's releases.
_NUMBERED_PARTS = frozenset(
    """section sections article articles rule rules chapter chapters clause clauses
    paragraph part title schedule regulation regulations annex appendix figure table
    version step item""".split()
)


def program_releases(mentions: Sequence[Placed], is_program: Callable[[str, str], bool]) -> None:
    """Label PRODUCT each mention whose canonical name is a program's name and a release
    after it, where ``is_program(name, label)`` says the curated files make ``name``
    typed ``label`` (in this document's context) a program; its other mentions, which
    share that canonical name, follow. Curated (pinned) mentions keep their label."""
    releases: set[str] = set()
    for mention in mentions:
        if mention.pinned or mention.label not in _RELEASE_FROM:
            continue
        head, _, release = mention.canonical.rpartition(" ")
        if head and _RELEASE.fullmatch(release) and is_program(head, mention.label):
            releases.add(mention.canonical)
    relabel(mentions, releases, "PRODUCT")


def dotted_releases(mentions: Sequence[Placed]) -> None:
    """Label PRODUCT each unpinned mention typed LAW whose canonical name is a word in
    mixed case, not a law's part, then a dotted release ("Zorbex 4.12"); its other
    mentions follow."""
    releases = {
        m.canonical for m in mentions if m.label == "LAW" and not m.pinned and _dotted(m.canonical)
    }
    relabel(mentions, releases, "PRODUCT")


def _dotted(name: str) -> bool:
    """Whether ``name`` is a program's name in mixed case and a dotted release."""
    head, _, release = name.rpartition(" ")
    if not head or not _DOTTED_RELEASE.fullmatch(release):
        return False
    last = head.split()[-1]
    mixed = last[:1].isupper() and any(ch.islower() for ch in last)
    return mixed and last.casefold() not in _NUMBERED_PARTS
