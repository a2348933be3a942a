"""A he or she in a clause under a verb whose subject is one person of its gender
("He said Martin Sayle could lose because he claimed …") is that person, not the
last speaker."""


def quoted_by(quotes, words: str) -> list[str | None]:
    """The speakers of the quotations (direct or mixed) holding ``words``."""
    return [q.speaker for q in quotes if q.kind in ("direct", "mixed") and words in q.text]


def test_a_he_in_a_because_clause_is_the_subject_of_its_verb(quotes_of):
    quotes = quotes_of(
        "Senator Paul Wexford spoke to reporters on Monday. He said Governor Martin Sayle "
        'could lose the race because he claimed "the toll is a fair price for a safer road."'
    )
    assert quoted_by(quotes, "fair price") == ["Martin Sayle"]


def test_a_he_under_a_called_clause_is_the_subject_of_its_verb(quotes_of):
    quotes = quotes_of(
        "Senator Paul Wexford spoke to reporters on Monday. He said Governor Martin Sayle "
        'could lose the race because he had called the new toll "a fair price for a safer '
        'road."'
    )
    assert quoted_by(quotes, "fair price") == ["Martin Sayle"]


def test_a_subject_of_the_other_gender_is_passed_over(quotes_of):
    quotes = quotes_of(
        "Senator Paul Wexford spoke to reporters on Monday. He said Governor Helen Sayle "
        'could lose the race because he had called the new toll "a fair price for a safer '
        'road."'
    )
    assert quoted_by(quotes, "fair price") == ["Paul Wexford"]


def test_the_subject_of_an_absolute_participle_is_a_bystander(quotes_of):
    quotes = quotes_of(
        "Senator Paul Wexford took questions at the depot, with Governor Martin Sayle "
        'standing behind him as he called the new toll "a fair price for a safer road."'
    )
    assert quoted_by(quotes, "fair price") == ["Paul Wexford"]


def test_a_name_inside_a_relative_clause_governs_no_pronoun(quotes_of):
    quotes = quotes_of(
        "Senator Paul Wexford spoke on Monday. He said voters who heard Governor Martin "
        'Sayle could not forget that he called the toll "a fair price for a safer road."'
    )
    assert quoted_by(quotes, "fair price") == ["Paul Wexford"]


def test_the_subject_given_to_an_infinitive_governs_no_pronoun(quotes_of):
    quotes = quotes_of(
        "Finance minister Paul Wexford said he expected bank governor Martin Sayle to "
        "present new rules within a month and made clear he shared "
        '"the view that savers need more protection."'
    )
    assert quoted_by(quotes, "savers need") == ["Paul Wexford"]
