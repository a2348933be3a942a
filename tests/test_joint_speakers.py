"""Issue 16: speakers that are several parties named together (a joint statement, "the
companies said", "said the artists"), and a surname misspelt at its cue. Each a small
article written for the class."""

from __future__ import annotations

from core.records import EntityMention
from tasks.speaker_groups import joint_name, one_company


def test_names_coordinated_as_the_subject_speak_together(quotes_of, quote_with):
    text = (
        "Shares of the Ohio toolmaker rose on Monday.\n"
        "“Our factories will keep running through the winter,” said chairman Tobias "
        "Wrenfield and president Marcy Oduya in a statement.\n"
        "“Nobody on the night shift will lose hours,” they said."
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "through the winter").speaker == "Tobias Wrenfield and Marcy Oduya"
    assert quote_with(quotes, "night shift").speaker == "Tobias Wrenfield and Marcy Oduya"


def test_the_companies_are_the_parties_named_together_before(quotes_of, quote_with):
    text = (
        "Microsoft and Samsung are building a shared way to charge laptops from phones.\n"
        "In a joint statement the companies said they wanted “one cable for every "
        "device in a family's kitchen drawer”."
    )
    quote = quote_with(quotes_of(text), "kitchen drawer")
    assert quote.speaker == "Microsoft and Samsung"


def test_a_counted_description_needs_as_many_parties(quotes_of, quote_with):
    text = (
        "Microsoft and Samsung are building a shared way to charge laptops from phones.\n"
        "“The plan leaves smaller makers out in the cold,” the three companies said."
    )
    quote = quote_with(quotes_of(text), "out in the cold")
    assert quote.speaker != "Microsoft and Samsung"
    assert quote.speaker_key is None


def test_a_plural_role_is_no_single_person_named_before(quotes_of, quote_with):
    text = (
        "The mural was unveiled by curator Ilse Marquardt on Friday.\n"
        "“We painted the old canal back onto the wall of the market,” said the artists."
    )
    quote = quote_with(quotes_of(text), "old canal")
    assert quote.speaker != "Ilse Marquardt"


def test_a_surname_misspelt_at_its_cue_is_the_full_name_spelt_right(quotes_of, quote_with):
    text = (
        "Sonia Kettleborough founded the lamp workshop in Leeds in 2019.\n"
        "“We test every lamp by hand before it leaves,” Ms Kettleborugh says."
    )
    quote = quote_with(quotes_of(text), "every lamp by hand")
    assert quote.speaker == "Sonia Kettleborough"


def _named(name: str, label: str, start: int) -> EntityMention:
    key = f"{label}:{name.lower().replace(' ', '-')}"
    return EntityMention("t", key, start, start + len(name), name, label, 0, key, name)


def test_a_company_name_cut_at_its_and_is_one_company():
    text = "Pellham Tool and Die Corp said"
    first = _named("Pellham Tool", "ORG", 0)
    last = _named("Die Corp", "ORG", text.index("Die"))
    assert one_company([first, last], text)
    text = "Corvane Ltd and Ostrava Inc said"
    first = _named("Corvane Ltd", "ORG", 0)
    last = _named("Ostrava Inc", "ORG", text.index("Ostrava"))
    assert not one_company([first, last], text)


def test_a_joint_name_lists_every_party():
    assert joint_name(["A", "B"]) == "A and B"
    assert joint_name(["A", "B", "C"]) == "A, B and C"


def test_both_countries_are_no_two_companies(quotes_of, quote_with):
    text = (
        "Corvane Oil and the Ostrava Gas Company agreed to share a pipeline to the coast.\n"
        "“The line will carry gas by the spring of next year,” both countries said."
    )
    quote = quote_with(quotes_of(text), "spring of next year")
    assert quote.speaker != "Corvane Oil and Ostrava Gas Company"


def test_the_firm_is_the_company_the_story_opens_with(quotes_of, quote_with):
    text = (
        "Shares in Brellis Energy rose sharply on Monday in London.\n"
        "“The new field is twice the size we had hoped for,” the firm said."
    )
    quote = quote_with(quotes_of(text), "twice the size")
    assert quote.speaker == "Brellis Energy"


def test_a_surname_said_often_is_no_misspelling_of_another_person(quotes_of, quote_with):
    text = (
        "Hollister said on Friday that the tariff would stay. Hollister spoke in Ohio.\n"
        "His aide Marcus Holister was not at the event.\n"
        "“We will not budge on steel,” Hollister said."
    )
    quote = quote_with(quotes_of(text), "budge on steel")
    assert quote.speaker != "Marcus Holister"
