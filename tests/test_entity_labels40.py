"""Entity labels of round 40 (issue 17): roads and housing estates are facilities
(tasks/entity_heads.py streets), and so are hotels placed in their town and a resort's
area (lodgings); a given name, a middle initial and a surname is a person, and so is a
name of two words whose surname the document writes alone as a person
(tasks/entity_person_forms.py); a region's adjective before "and" and a phrase of its
own stays the region (tasks/entity_places.py); a movement of people is an event
(tasks/entity_labels.py); a JavaScript library is a program (tasks/entity_software.py);
curated programs, services and a weekly (tasks/data/entity_names.toml); a file
format listed beside formats is no entity (tasks/entity_nonnames.py)."""

from __future__ import annotations


def _labels(extract, text: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for mention in extract(text):
        found.setdefault(mention.text, set()).add(mention.label)
    return found


def test_a_road_named_beside_other_roads_is_a_facility(extract):
    text = (
        "Morrow Drive is closed between Quarry Hill Road and Bellweather Road due to a "
        "water main break, the police department reported on Tuesday."
    )
    assert _labels(extract, text)["Quarry Hill Road"] == {"FAC"}


def test_a_road_that_speaks_is_no_facility(extract):
    text = "Downing Street said on Monday that the minister would not resign."
    assert "FAC" not in _labels(extract, text).get("Downing Street", set())


def test_a_surname_before_lane_stays_a_person(extract):
    text = "The actor Nathan Lane won a Tony award for the role in 1996."
    assert _labels(extract, text)["Nathan Lane"] == {"PERSON"}


def test_a_housing_estate_and_its_short_name_are_a_facility(extract):
    text = (
        "It is a big day for the Housing Authority and residents at the Marlboro Houses "
        "in Gravesend, Brooklyn. Tenants will vote on the future of Marlboro Houses. "
        "Marlboro residents can cast ballots either online or by mail."
    )
    labels = _labels(extract, text)
    assert labels["Marlboro Houses"] == {"FAC"}
    assert labels["Marlboro"] == {"FAC"}


def test_a_hotel_placed_in_its_town_is_a_facility(extract):
    text = (
        "The collection includes Hôtel Mirabeau in Lyon, which reopens next spring "
        "after a long renovation."
    )
    assert _labels(extract, text)["Hôtel Mirabeau"] == {"FAC"}


def test_a_resorts_area_is_the_resort(extract):
    text = (
        "The land on the lake that would be developed is the Cedar Gulch Resort area. It "
        "lies on the southwest side of the county."
    )
    assert _labels(extract, text)["Cedar Gulch Resort"] == {"FAC"}


def test_a_name_with_a_middle_initial_is_a_person(extract):
    text = (
        "Robert K. Dunmore, who controls 25 pct of the stock, has been buying more. "
        "Analysts said the Dunmore group wants a change of strategy. They said Dunmore "
        "pushed for the sale of the stations."
    )
    assert _labels(extract, text)["Robert K. Dunmore"] == {"PERSON"}


def test_a_name_with_a_middle_initial_that_goes_on_as_a_firm_is_no_person(extract):
    text = (
        "Shares were bought by Ivan T. Morrell and Co, the arbitrage firm, which said it "
        "holds 9.8 pct of the company."
    )
    assert "PERSON" not in _labels(extract, text).get("Ivan T. Morrell", set())


def test_a_full_name_whose_surname_alone_is_a_person_is_a_person(extract):
    text = (
        "Harry used the charm to fill Albus Dumbledore's crystal goblet in the cave, but "
        "the potion inside Dumbledore caused it to dry up before he drank."
    )
    assert _labels(extract, text)["Albus Dumbledore"] == {"PERSON"}


def test_a_region_before_and_a_phrase_of_its_own_stays_the_region(extract):
    text = (
        "Largely unreported by the media in the Caribbean and making no headlines, a "
        "serious blow was delivered to the government last week."
    )
    assert _labels(extract, text)["Caribbean"] == {"LOC"}


def test_a_movement_of_people_is_an_event(extract):
    text = (
        "Northern cities brought immigrants, labor unions and, after the onset of the "
        "Great Migration, African-Americans into the party."
    )
    assert _labels(extract, text)["Great Migration"] == {"EVENT"}


def test_an_institution_for_migration_stays_an_organisation(extract):
    text = "The International Organization for Migration said 300 people had arrived."
    labels = _labels(extract, text)
    assert labels["International Organization for Migration"] == {"ORG"}


def test_a_javascript_library_is_a_program(extract):
    text = (
        "I learned Java, Python, Node.js, as well as MySQL and distributed systems "
        "architecture while working there."
    )
    assert _labels(extract, text)["Node.js"] == {"PRODUCT"}


def test_curated_programs_services_and_a_weekly(extract):
    interview = (
        "Below the interview is an excerpt from the book.\n\nThe Economist: You argue "
        "that groups of people connected by technology are smarter than ever. Why?"
    )
    assert _labels(extract, interview)["Economist"] == {"ORG"}
    text = (
        "Anyone eager to learn more can attend our Zoom panel discussion on Nov. 9, a "
        "webinar for tenants. And then I decided to make Emacs speak to me."
    )
    labels = _labels(extract, text)
    assert labels["Zoom"] == {"ORG"}
    assert labels["Emacs"] == {"PRODUCT"}


def test_a_file_format_listed_beside_formats_is_no_entity(extract):
    text = (
        "The ransomware encrypts various filetypes, including DOC, PPT, JPEG and others. "
        "The DOC said the inmate was moved."
    )
    starts = {m.start_char for m in extract(text) if m.text == "DOC"}
    assert starts == {text.rindex("DOC")}
