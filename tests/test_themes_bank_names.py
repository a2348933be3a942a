"""Theme precision (issue 18): the words of a bank's name are the bank's, not their
theme ("University" in a savings bank's name), and a central bank's name in a wire
headline read in lower case is still a central bank's, on small articles written for
the tests, each beside a case where the word tells its theme."""

from __future__ import annotations

from .theme_helpers import themes

SAVINGS_BANK = (
    "Lakeshore University Savings Bank said its directors approved a plan to convert "
    "to a state charter and to widen its lending to small businesses.\n\n"
    "The savings bank said deposits at its nine branches rose to 410 mln dlrs. "
    "Lakeshore University Savings Bank will ask regulators to approve the change, "
    "the bank said.\n\n"
    "The bank expects the new charter to let it offer more mortgage loans."
)
UNIVERSITY = (
    "Lakeshore University said its trustees approved a plan to open a new campus for "
    "engineering students next autumn.\n\n"
    "The university said enrolment rose to 9,400 students this year. Lakeshore "
    "University will hire forty more lecturers, the university said.\n\n"
    "Its students will pay the same tuition fees at the new campus."
)


def test_a_word_before_a_banks_own_word_names_the_bank(nlp, shipped):
    found = themes(nlp, shipped, SAVINGS_BANK)
    assert "banking" in found
    assert "higher_education" not in found


def test_a_university_named_alone_is_higher_education(nlp, shipped):
    assert "higher_education" in themes(nlp, shipped, UNIVERSITY)


CENTRAL_BANK_TITLE = "BANK OF CANADA TO OFFER TREASURY BILLS"
CENTRAL_BANK_TENDER = (
    "The Bank of Canada said it will offer 500 mln dlrs of treasury bills at its "
    "weekly tender, and dealers expect the bills to sell at lower yields.\n\n"
    "Money market dealers said the banks were short of cash after the tax date, and "
    "the central bank wanted to ease rates before the holiday."
)
COMMERCIAL_BANK_TITLE = "NORTHGATE BANK OPENS TEN BRANCHES"
COMMERCIAL_BANK_NEWS = (
    "Northgate Bank said it will open ten branches in the west and offer loans to "
    "small firms, as deposits grew.\n\n"
    "The banks in the region said lending to farmers rose, and the central bank "
    "wanted to ease rates before the holiday."
)


def test_a_central_banks_name_in_a_capitals_headline_is_no_bank(nlp, shipped):
    assert "banking" not in themes(nlp, shipped, CENTRAL_BANK_TENDER, CENTRAL_BANK_TITLE)


def test_a_banks_name_in_a_capitals_headline_is_banking(nlp, shipped):
    assert "banking" in themes(nlp, shipped, COMMERCIAL_BANK_NEWS, COMMERCIAL_BANK_TITLE)
