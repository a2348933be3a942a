"""The check that a report's top people are people: no organisation, product, place,
law or non-entity among them (issue 17), shared by the report tests."""

from __future__ import annotations

from pathlib import Path

from tasks.aliases import load_aliases
from tasks.entity_labels import label_by_head
from warehouse.report.data import gather
from warehouse.store import Warehouse

# Seen in the top people of the web pages and BBC before issue 17: platforms,
# companies, products, teams, a bill, a disease and clutter the model called people.
NOT_PEOPLE = frozenset(
    """twitter netflix moon meth yukos rams stadia iphone usb covid covid-19 subscribe
    macbook-pro hosting-cook agriculture-bill email-newsletters""".split()
)


def top_people(warehouse: Path) -> list[str]:
    """The names of the report's top people chart."""
    rows = gather(Warehouse(warehouse), None, None).sections["top_entities"]
    return [row["name"] for row in rows if row["kind"] == "people"]


def not_people(names: list[str]) -> list[str]:
    """The names that are not a person's: listed above, curated as another type or as
    no entity, typed otherwise by their head word ("… Bill", "… Group"), or not written
    as a full name of capitalised words."""
    aliases = load_aliases()
    wrong = []
    for name in names:
        found = aliases.resolve(name, "PERSON")
        words = name.split()
        if (
            "-".join(name.casefold().split()) in NOT_PEOPLE
            or (found is not None and found[1] != "PERSON")
            or aliases.is_non_entity(name)
            or label_by_head(name, "PERSON") != "PERSON"
            or len(words) < 2
            or not all(word[:1].isupper() for word in words if word.isalpha() and len(word) > 3)
            or any(ch.isdigit() or ch in "@/:#" for ch in name)
        ):
            wrong.append(name)
    return wrong
