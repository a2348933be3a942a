"""Antecedents the resolver used to miss: a statement's agent, a speaker's words about
someone in a gerund's sentence, a name headed by a noun before "of", and a bank, a
union or a newspaper called by the noun for its kind."""

from .quote_helpers import speaker_of


def test_the_agent_of_a_statement_made_is_the_he_after_it(quotes_of):
    quotes = quotes_of(
        "Trade minister Harold Benning says the tariff cuts have already worked.\n\n"
        "Farm groups in the north want the tariffs kept for another year.\n\n"
        "A similar warning was made in Ottawa on Tuesday by central bank governor Peter "
        'Ashcombe. A further cut "would put thousands of jobs at risk," he said.'
    )
    assert speaker_of(quotes, "thousands of jobs") == "Peter Ashcombe"


def test_the_agent_of_another_passive_is_no_speaker(quotes_of):
    quotes = quotes_of(
        "Trade minister Harold Benning said on Monday the tariff cuts had worked.\n\n"
        "The new plant was opened in Ottawa on Tuesday by businessman Peter Ashcombe. "
        '"The cuts are doing their job," he said.'
    )
    assert speaker_of(quotes, "doing their job") != "Peter Ashcombe"


def test_a_quote_about_someone_before_a_gerund_is_the_reporters(quotes_of):
    # The quotation's own row (the reported clause around it is Laura Brenton's too).
    quotes = quotes_of(
        "Finance minister Laura Brenton said the budget would be balanced by 2030.\n\n"
        "She added that central bank governor Peter Ashcombe has also "
        '"been very helpful" in urging lenders to cut their rates.'
    )
    quoted = [q for q in quotes if q.kind in ("direct", "mixed") and "very helpful" in q.text]
    assert [q.speaker for q in quoted] == ["Laura Brenton"]


def test_the_noun_before_of_heads_an_organisations_name(quotes_of):
    quotes = quotes_of(
        "The Northfield Chamber of Commerce said on Monday that the sales slump had ended.\n\n"
        'The chamber said "there is no reason for such gloom in the shops."'
    )
    assert speaker_of(quotes, "no reason for such gloom") == "Northfield Chamber of Commerce"


def test_a_union_statement_is_the_union_whose_name_holds_its_members(quotes_of):
    quotes = quotes_of(
        "The United Brick And Tile Workers said that its members will strike at the "
        "Kelbury plant on Monday.\n\n"
        "The union said it opposed the closure.\n\n"
        'A union statement said: "We will not let our members pay for this."'
    )
    assert speaker_of(quotes, "pay for this") == "United Brick And Tile Workers"


def test_the_newspaper_is_the_one_paper_named_before_in_its_paragraph(quotes_of):
    quotes = quotes_of(
        "Earlier this week, the local Valley News said the mayor had angered traders. "
        'The newspaper said many traders found his plan "a poor excuse for higher fees".'
    )
    assert speaker_of(quotes, "poor excuse") == "Valley News"


def test_it_is_the_untagged_company_that_spoke_last(quotes_of):
    quotes = quotes_of(
        "An investor group trying to acquire Kelbury Mills Inc said it would raise its "
        "offer.\n\n"
        "Kelbury Mills officials declined to comment. Kelbury Mills has said a statement "
        "would be made before its annual meeting.\n\n"
        "General Acquisition said the board could not decide until it had talked to the "
        "group.\n\n"
        "General Acquisition added it was aware the board may be reviewing other deals, "
        "which might give Kelbury Mills shareholders less cash.\n\n"
        '"If that is the case, you should know that we can offer more cash," it said.'
    )
    assert speaker_of(quotes, "offer more cash") == "General Acquisition"


def test_a_newspaper_with_a_name_of_its_own_is_no_other_paper(quotes_of):
    quotes = quotes_of(
        "Few politicians criticised the rise in defence spending. The Daily Courier, the "
        'biggest selling paper, said: "The army has never been richer."\n\n'
        'The Sunday Wren newspaper branded the budget "shamelessly political."'
    )
    assert speaker_of(quotes, "shamelessly political") != "Daily Courier"


def test_they_in_a_clause_is_the_group_that_governs_it(quotes_of):
    quotes = quotes_of(
        "In the new survey of the county, six in 10 said they want the next mayor to keep "
        "the budget plan."
    )
    assert [q.speaker for q in quotes if "budget plan" in q.text] == ["six in 10"]


def test_they_after_it_clear_is_the_subject_that_made_it_clear(quotes_of):
    quotes = quotes_of(
        "Many dairy farmers in the valley made it clear they did not agree with the board's choice."
    )
    assert [q.speaker for q in quotes if "choice" in q.text] == ["Many dairy farmers"]


def test_they_of_an_adverbial_clause_is_no_thing_that_governs_it(quotes_of):
    # "they" are the opponents (the object), not the remarks (the subject, no speaker).
    quotes = quotes_of(
        "Her blunt remarks drove her opponents to distraction, though they suspected that "
        "her language was calculated to provoke them."
    )
    assert all(q.speaker != "Her blunt remarks" for q in quotes)
