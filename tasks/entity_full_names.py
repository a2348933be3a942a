"""A person named in full decides the label of the mentions by surname.

Name resolution files "Gabelli" under "Mario Gabelli" where the document names the
person in full; the model may still type the bare surname an organisation ("Gabelli
said", "Moran told"), and where the surname comes more often than the full name the
label vote (:func:`tasks.entity_labels.vote`) would make the person an organisation.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from tasks.entity_labels import Placed, relabel
from tasks.entity_people import given_name_led
from tasks.nlp import span_text


def people_named_in_full(mentions: Sequence[Placed]) -> None:
    """Label PERSON every mention of a canonical name that has the shape of a person's
    full name (opening with a known given name: "Mario Gabelli") where most mentions
    writing it out in full are typed PERSON: the surname resolved to that person is the
    person. Where the full name is mostly typed otherwise ("Sun Interbrew" a company
    four times, a person once) nothing changes. Curated (pinned) mentions keep their
    label."""
    written: dict[str, list[str]] = defaultdict(list)
    for mention in mentions:
        if " ".join(span_text(mention.span).split()) == mention.canonical:
            written[mention.canonical].append(mention.label)
    people = {
        name
        for name, labels in written.items()
        if 2 * labels.count("PERSON") > len(labels) and given_name_led(name)
    }
    relabel(mentions, people, "PERSON")
