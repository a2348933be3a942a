"""United States public laws written by their number ("PL 480", "PL-480", "P.L. 99-198").

The model takes a law's short form for a person or a company ("PL480" said nothing);
the letters P and L with a number are the United States' way to cite a public law, so
``public_laws`` makes each such mention a LAW named "Public Law" and its number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tasks.entity_labels import Placed

# "PL480", "PL 480", "PL-480", "P.L. 480", "P.L. 99-198": a congress's number and the
# law's, or the law's alone.
_PUBLIC_LAW = re.compile(r"P\.?\s?L\.?[\s-]?(\d{2,3}(?:-\d{1,3})?)")


def public_laws(mentions: Sequence[Placed]) -> None:
    """Type LAW, under the name "Public Law" and its number, every unpinned mention
    whose canonical name cites a public law by number."""
    for mention in mentions:
        # The first letter before the pattern: most names do not open with "P".
        if mention.pinned or not mention.canonical.startswith("P"):
            continue
        cited = _PUBLIC_LAW.fullmatch(mention.canonical)
        if cited is not None:
            mention.label = "LAW"
            mention.canonical = f"Public Law {cited.group(1)}"
