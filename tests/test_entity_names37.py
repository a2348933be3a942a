"""Names (issue 17, round 37): magazines by their masthead, cryptocurrency exchanges,
two more train operators and the Django framework the model takes for a person or a
place take their type from the curated files (tasks/data/entity_names.toml)."""

import pytest

from tasks.entities import extract_entities


@pytest.fixture(scope="module")
def extract_of(nlp):
    def run(text: str) -> list:
        return extract_entities(nlp(text), "t")

    return run


def _labels(mentions: list, written: str) -> set[str]:
    return {m.label for m in mentions if m.text == written}


def test_a_magazine_by_its_masthead_is_an_organisation(extract_of):
    text = "Her gowns were featured in Vogue last spring, and Anna Perrin wore one to the gala."
    assert _labels(extract_of(text), "Vogue") == {"ORG"}


def test_a_crypto_exchange_named_by_a_star_sign_is_an_organisation(extract_of):
    text = (
        "Buying bitcoin is easy. You can open an account with Gemini or with Kraken, "
        "then move your crypto to a wallet."
    )
    found = extract_of(text)
    assert _labels(found, "Gemini") == {"ORG"}
    assert _labels(found, "Kraken") == {"ORG"}


def test_train_operators_are_organisations(extract_of):
    with_rail = extract_of("Customers travelling with TfL Rail can use their tickets on buses.")
    island = extract_of("Island Line trains between Ryde Pier Head and Shanklin are cancelled.")
    assert _labels(with_rail, "TfL Rail") == {"ORG"}
    assert _labels(island, "Island Line") == {"ORG"}


def test_the_framework_in_a_text_on_programming_is_a_program(extract_of):
    text = (
        "When I find a bug in Django my first instinct is to blame my own code. "
        "The framework runs each test in a transaction, so Django rarely leaks state."
    )
    assert _labels(extract_of(text), "Django") == {"PRODUCT"}
