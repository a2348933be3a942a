"""Corpus-level entity decisions (issue 17): a name's type by the vote of its
documents, a surname alone resolved to the full name that dominates around it; the
pure decisions on counts, then over small warehouses built from texts written here."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from flows.lifecycle import forget_documents
from flows.process_corpus import process_corpus
from tasks.aliases import load_aliases
from tasks.entity_corpus import (
    FullName,
    LabelVotes,
    Window,
    context_label,
    corpus_labels,
    curated,
    full_name_for,
    surname_of,
    title_sex,
)

from .top_people import not_people, top_people


def test_a_person_most_documents_outvote_gives_way():
    """A name the model calls a person in one document, a company in six and a place in
    two: the person gives way; the place too is the model's guess, and stays."""
    votes = [LabelVotes("ORG", 6, 1), LabelVotes("PERSON", 1, 0), LabelVotes("GPE", 2, 0)]
    assert corpus_labels(votes) == {"PERSON": "ORG"}


def test_a_label_its_context_vouches_for_stays():
    """ "Mr Jordan" in one document keeps that document's person."""
    assert corpus_labels([LabelVotes("GPE", 9, 0), LabelVotes("PERSON", 1, 1)]) == {}
    assert corpus_labels([LabelVotes("GPE", 9, 0), LabelVotes("PERSON", 1, 0)]) == {"PERSON": "GPE"}


def test_close_or_small_votes_change_nothing():
    assert corpus_labels([LabelVotes("ORG", 4, 0), LabelVotes("PERSON", 2, 0)]) == {}
    assert corpus_labels([LabelVotes("ORG", 3, 0), LabelVotes("PERSON", 3, 0)]) == {}
    assert corpus_labels([LabelVotes("ORG", 2, 0), LabelVotes("PERSON", 0, 0)]) == {}
    assert corpus_labels([LabelVotes("ORG", 5, 0)]) == {}


def test_the_vote_makes_no_one_a_person_and_keeps_full_names_of_people():
    """ "Premiership" a PERSON in most documents stays as each document has it; "Bernie
    Ebbers" an ORG in a few documents stays a PERSON in the others."""
    assert corpus_labels([LabelVotes("PERSON", 9, 0), LabelVotes("ORG", 2, 0)]) == {}
    votes = [LabelVotes("ORG", 9, 0), LabelVotes("PERSON", 2, 0)]
    assert corpus_labels(votes, one_word=False) == {}
    assert corpus_labels(votes, one_word=True) == {"PERSON": "ORG"}


def test_curated_names_are_left_to_the_curated_files():
    aliases = load_aliases()
    assert curated("Twitter", aliases) and curated("Jordan", aliases)
    assert not curated("Quorvex", aliases)


def test_context_cues_and_titles():
    assert context_label("said Mr ", " told") == "PERSON"
    assert context_label("bought shares in ", " last week") == "ORG"
    assert context_label("the film ", "'s shares rose") == "ORG"
    assert context_label("the city of ", " is") is None
    assert title_sex("Mrs ") == "f" and title_sex("Sir ") == "m" and title_sex("the ") is None


TONY = FullName("PERSON:tony-blair", "Tony Blair", 30, "m")
CHERIE = FullName("PERSON:cherie-blair", "Cherie Blair", 4, "f")
EUAN = FullName("PERSON:euan-blair", "Euan Blair", 9, "m")


def test_a_surname_takes_the_full_name_that_dominates():
    assert surname_of("Tony Blair") == "blair" == surname_of("Blair")
    assert full_name_for(None, [Window([TONY, CHERIE])]) == TONY
    assert full_name_for("m", [Window([TONY, CHERIE])]) == TONY


def test_a_title_of_the_other_sex_rules_a_full_name_out():
    """ "Mrs Blair" is not Tony Blair: Cherie, the one woman, when she has enough."""
    assert full_name_for("f", [Window([TONY, CHERIE])]) == CHERIE
    assert full_name_for("f", [Window([TONY])]) is None
    assert full_name_for("f", [Window([TONY]), Window([TONY, CHERIE])]) == CHERIE


def test_never_a_guess_between_two_full_names():
    """Two full names with the surname, neither four times the other: it stays."""
    assert full_name_for(None, [Window([TONY, EUAN])]) is None
    john = FullName("PERSON:john-hartley", "John Hartley", 3, "m")
    peter = FullName("PERSON:peter-hartley", "Peter Hartley", 5, "m")
    assert full_name_for("m", [Window([john, peter])]) is None
    # the rival stops the search: a wider window where one dominates is not asked
    assert full_name_for("m", [Window([john, peter]), Window([peter])]) is None
    # a given name: "John" opens more full names than it ends
    assert full_name_for("m", [Window([TONY], given_documents=10)]) is None


def test_the_same_source_decides_before_the_whole_corpus():
    local = [FullName("PERSON:leo-blair", "Leo Blair", 3, "m")]
    assert full_name_for(None, [Window(local), Window([TONY, *local])]) == local[0]
    assert full_name_for(None, [Window([]), Window([TONY])]) == TONY


def test_a_window_with_too_little_evidence_passes_to_a_wider_one():
    """Two documents of Donald Trump and one of a stray "Never Trump" this month; five
    against one over the year."""
    stray = FullName("PERSON:never-trump", "Never Trump", 1, None)
    month = Window([FullName("PERSON:donald-trump", "Donald Trump", 2, None), stray])
    year = Window([FullName("PERSON:donald-trump", "Donald Trump", 5, None), stray])
    assert full_name_for(None, [month, year]).key == "PERSON:donald-trump"


def test_a_full_name_in_one_document_does_not_decide():
    once = FullName("PERSON:samuel-okafor", "Samuel Okafor", 1, "m")
    assert full_name_for(None, [Window([once])]) is None


# Small texts, each a document; the model's own labels are what the corpus votes on
# ("Quorvex" is an ORG to it in three documents, a PERSON in one; "Trump" alone is an
# ORG to it).
ARTICLES = {
    "a1.txt": "President Donald Trump told farmers in Iowa and Ohio that the new trade deal "
    "would help them. Donald Trump spoke to reporters later.",
    "a2.txt": "Donald Trump met the Japanese prime minister in Tokyo. Donald Trump later "
    "flew to Iowa and Ohio to speak about the talks.",
    "a3.txt": "The campaign of Donald Trump raised more money in March than in any month "
    "before. Donald Trump thanked his donors.",
    "a4.txt": "Trump said in Iowa and Ohio that the tariffs would stay in place until the "
    "end of the year.",
    "b1.txt": "Tony Blair told the Labour conference in Brighton that the party must keep "
    "its nerve. Tony Blair was cheered by delegates.",
    "b2.txt": "Tony Blair visited a school in Brighton on Friday with Labour candidates. "
    "Tony Blair spoke about reading standards.",
    "b3.txt": "Mr Blair told Labour members in Brighton that the government would not "
    "change course on schools. Mr Blair added that more teachers would be hired.",
    "c1.txt": "John Hartley opened a bakery in York. John Hartley trained in Leeds.",
    "c2.txt": "Peter Hartley won the race in Leeds on Sunday. Peter Hartley lives in York.",
    "c3.txt": "John Hartley opened a second bakery in York. John Hartley said customers "
    "in Leeds wanted fresh bread.",
    "c4.txt": "Peter Hartley will run in Leeds next month. Peter Hartley trains in York.",
    "c5.txt": "Mr Hartley said he was pleased with the result in Leeds. Mr Hartley will "
    "speak in York next week.",
    "q1.txt": "The shares of Quorvex fell 5% after Quorvex warned on profits.",
    "q2.txt": "Quorvex said sales in Europe were weak. Quorvex employs 4,000 people.",
    "q3.txt": "Quorvex said sales in Asia were strong. Quorvex employs 9,000 people.",
    "q4.txt": "Investors sold Quorvex after the results.",
}
# A later batch: another Blair, named with Labour in Brighton as often as Tony Blair,
# so "Mr Blair" no longer says who.
LATER = {
    "l1.txt": "James Blair, a Labour councillor, opened a library in Brighton on Tuesday. "
    "James Blair cut the ribbon.",
    "l2.txt": "James Blair, the Labour candidate in Brighton, said the new library used "
    "local stone. James Blair has designed three schools.",
    "l3.txt": "James Blair won an award in Brighton for the library. James Blair thanked "
    "Labour volunteers.",
}


def _write(folder: Path, articles: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _keys(warehouse: Path, name: str) -> dict[str, str]:
    """File name to the keys of its document's entities (``entity_documents``)."""
    with duckdb.connect(str(warehouse / "dossier.duckdb"), read_only=True) as con:
        rows = con.sql(
            "select d.source_id, string_agg(e.entity_key, ' ' order by e.entity_key) "
            "from entity_documents e join documents d using (doc_id) group by all"
        ).fetchall()
    return {Path(source).name: keys for source, keys in rows}[name].split()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, prefect_harness) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    process_corpus(paths=[str(_write(root / "in", ARTICLES))], warehouse_dir=str(root / "wh"))
    return root


def test_a_surname_alone_takes_the_full_name_of_the_corpus(corpus):
    """ "Mr Blair" (Tony Blair in two other documents naming Labour and Brighton too)
    and "Trump" (an ORG to the model; Donald Trump in two documents naming Iowa and
    Ohio too) become the full names."""
    assert "PERSON:tony-blair" in _keys(corpus / "wh", "b3.txt")
    assert "PERSON:donald-trump" in _keys(corpus / "wh", "a4.txt")
    assert not {"PERSON:blair", "ORG:trump"} & set(_keys(corpus / "wh", "a4.txt"))


def test_an_ambiguous_surname_stays(corpus):
    """ "Mr Hartley": John Hartley and Peter Hartley, two documents each, all naming
    Leeds and York."""
    assert "PERSON:hartley" in _keys(corpus / "wh", "c5.txt")


def test_a_label_outvoted_in_the_corpus_takes_the_corpus_label(corpus):
    """Quorvex: an ORG in three documents, a PERSON in one; every mention an ORG."""
    assert _keys(corpus / "wh", "q4.txt") == ["ORG:quorvex"]
    assert "Quorvex" not in top_people(corpus / "wh")
    assert not_people(top_people(corpus / "wh")) == []


def test_mentions_quotes_and_derived_tables_agree(corpus):
    """Every view shows the decided keys: mentions, per-document rows, months, counts
    and quotes' speakers."""
    with duckdb.connect(str(corpus / "wh" / "dossier.duckdb"), read_only=True) as con:

        def keys(sql: str) -> set[str]:
            return {key for (key,) in con.sql(sql).fetchall()}

        mentioned = keys("select distinct entity_key from entities")
        assert mentioned == keys("select distinct entity_key from entity_documents")
        assert mentioned == keys("select distinct entity_key from entity_months")
        assert mentioned == keys("select entity_key from entity_counts")
        assert keys("select speaker_key from quotes where speaker_key is not null") <= mentioned
        assert not {"ORG:trump", "PERSON:blair", "PERSON:quorvex"} & mentioned
        documents = con.execute(
            "select sum(n_documents) from entity_months where entity_key = 'PERSON:tony-blair'"
        ).fetchone()[0]
        assert documents == 3
        changed = con.execute("select count(*) from entity_key_map").fetchone()[0]
        assert changed == 3


def test_a_later_batch_changes_earlier_rows_and_forgetting_changes_them_back(corpus):
    """James Blair in three new documents: "Mr Blair" no longer says who, and shows as
    itself; a run of the same files again changes nothing; forgetting James Blair's
    documents gives "Mr Blair" back to Tony Blair."""
    warehouse = corpus / "wh"
    later = _write(corpus / "later", LATER)
    process_corpus(paths=[str(later)], warehouse_dir=str(warehouse))
    assert "PERSON:blair" in _keys(warehouse, "b3.txt")
    process_corpus(paths=[str(corpus / "in"), str(later)], warehouse_dir=str(warehouse))
    assert "PERSON:blair" in _keys(warehouse, "b3.txt")
    forget_documents(str(warehouse), "source_id like '%l_.txt'", "test")
    assert "PERSON:tony-blair" in _keys(warehouse, "b3.txt")
    assert "PERSON:quorvex" not in _keys(warehouse, "q4.txt")
