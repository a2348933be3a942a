"""A person named in full decides the label of the mentions by surname.

Name resolution files "Gabelli" under "Mario Gabelli" where the document names the
person in full; the model may still type the bare surname an organisation ("Gabelli
said", "Moran told"), and where the surname comes more often than the full name the
label vote (:func:`tasks.entity_labels.vote`) would make the person an organisation.
"""

from __future__ import annotations

from collections.abc import Sequence

from tasks.entity_labels import Placed
from tasks.entity_people import given_name_led
from tasks.nlp import span_text


def people_named_in_full(mentions: Sequence[Placed]) -> None:
    """Label PERSON every mention whose canonical name another mention writes out in
    full typed PERSON, a person's full name opening with a known given name ("Mario
    Gabelli", not a company the model took for a person): the surname resolved to that
    person is the person. Curated (pinned) mentions keep their label."""
    people = {
        mention.canonical
        for mention in mentions
        if mention.label == "PERSON"
        and given_name_led(mention.canonical)
        and " ".join(span_text(mention.span).split()) == mention.canonical
    }
    if not people:
        return
    for mention in mentions:
        if mention.canonical in people and not mention.pinned:
            mention.label = "PERSON"
