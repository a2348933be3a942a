"""Labels by head (issue 17, round 37): a historic event dated by its year after "of"
("the Great Crash of 2008", "the War of 1812") is an EVENT, as its head alone says
(tasks/entity_labels.py label_by_head)."""

import pytest

from tasks.entity_labels import label_by_head


@pytest.mark.parametrize(
    ("name", "label"), [("Great Crash of 2008", "FAC"), ("War of 1812", "ORG")]
)
def test_a_historic_event_dated_by_its_year_is_an_event(name, label):
    assert label_by_head(name, label) == "EVENT"


def test_a_name_of_a_year_without_an_event_head_keeps_its_label():
    assert label_by_head("Class of 2008", "ORG") == "ORG"


def test_a_title_dated_by_a_year_stays_a_title():
    assert label_by_head("Great Depression of 1990", "WORK_OF_ART") == "WORK_OF_ART"
