"""Names (issue 17, round 27): a curated name that is also a non-entity is a load-time
error; the Italian legal form "SpA" is told from the noun "spa"; institutions named by
their short forms take their full names."""

from __future__ import annotations

import pytest

from core.errors import DossierError
from tasks.aliases import load_aliases
from tasks.entities import org_key_name
from tasks.entity_acronyms import is_legal_form


def test_a_name_both_curated_and_a_non_entity_is_an_error(tmp_path):
    extra = tmp_path / "aliases.toml"
    extra.write_text(
        '[[entities]]\ncanonical = "Quorbit"\nlabel = "ORG"\naliases = ["QBT"]\n\n'
        '[non_entities]\nnames = ["QBT", "Widget"]\n'
    )
    with pytest.raises(DossierError, match=r"'qbt' listed both as a curated name"):
        load_aliases(str(extra))


def test_a_users_non_entity_may_not_hide_a_shipped_name(tmp_path):
    extra = tmp_path / "aliases.toml"
    extra.write_text('[non_entities]\nnames = ["Twitter"]\n')
    with pytest.raises(DossierError, match=r"'twitter'"):
        load_aliases(str(extra))


def test_the_shipped_files_list_no_name_twice():
    table = load_aliases()
    assert not [name for name in table.non_entities if table.knows(name)]
    assert table.is_non_entity("USB")


def test_spa_is_a_legal_form_only_capitalised_and_straight_after_the_name():
    assert is_legal_form("SpA", "Group")
    assert is_legal_form("Spa", "Group")
    assert is_legal_form("S.p.A", "Foods")
    assert not is_legal_form("spa", "Resort")
    assert not is_legal_form("Spa", "and")
    assert not is_legal_form("Spa", "&")
    # A partnership's "and Co" stays a legal form.
    assert is_legal_form("Co", "and")
    assert is_legal_form("Inc", "Foods")


def test_an_organisations_key_keeps_its_spa():
    assert org_key_name("Tavi's Salon and Spa") == "Tavi's Salon and Spa"
    assert org_key_name("Brenta Hotel & Spa") == "Brenta Hotel & Spa"
    assert org_key_name("Ortalia Foods SpA") == "Ortalia Foods"
    assert org_key_name("Ortalia Foods Spa") == "Ortalia Foods"
    assert org_key_name("Parke, Davis and Co") == "Parke, Davis"


def test_a_salon_and_spa_is_one_key_across_its_mentions(extract):
    mentions = extract(
        "Mara Quint opened Quint's Salon and Spa in Dayton last May. Quint's Salon and Spa "
        "now employs nine stylists."
    )
    keys = {m.entity_key for m in mentions if "Spa" in m.text}
    assert keys == {"ORG:quint-s-salon-and-spa"}


def test_a_ministry_of_a_country_takes_its_encyclopaedia_title(extract):
    text = (
        "Peru's Foreign Ministry said on Monday the talks would go on. Exports will grow, "
        "and Peru's Trade Ministry will publish figures."
    )
    names = {m.canonical_name for m in extract(text) if m.label == "ORG"}
    assert "Ministry of Foreign Affairs (Peru)" in names
    assert "Ministry of Trade (Peru)" in names
    assert not [name for name in names if name.endswith("Ministry (Peru)")]


def test_an_export_import_bank_takes_a_stated_country_after_of(extract):
    japan = (
        "Manila received a 300 mln dlr loan from the Japanese Export-Import Bank, the "
        "Philippine finance minister said."
    )
    names = {m.canonical_name for m in extract(japan) if "Bank" in m.text}
    assert names == {"Export-Import Bank of Japan"}
    american = (
        "The U.S. government set the Export-Import Bank's loan ceiling at 800 mln dlrs, "
        "and U.S. exporters said it was too low."
    )
    names = {m.canonical_name for m in extract(american) if "Bank" in m.text}
    assert names == {"Export-Import Bank of the United States"}
    # A story on another country leaves a bank it states no country for as written.
    brazil = (
        "Brazil will present a debt plan soon, the World Bank chief told a meeting of the "
        "Export-Import Bank. Brazil suspended interest payments, and Brazil wants time."
    )
    names = {m.canonical_name for m in extract(brazil) if m.text == "Export-Import Bank"}
    assert names <= {"Export-Import Bank"}


def test_a_regional_reserve_bank_takes_its_full_name(extract):
    text = (
        "The Federal Reserve added reserves, a spokesman for the New York Fed said. "
        "The Dallas Federal Reserve Bank said loan demand fell."
    )
    names = {m.text: m.canonical_name for m in extract(text) if m.label == "ORG"}
    assert names["New York Fed"] == "Federal Reserve Bank of New York"
    assert names["Dallas Federal Reserve Bank"] == "Federal Reserve Bank of Dallas"
    assert names["Federal Reserve"] == "Federal Reserve"


def test_a_countrys_central_bank_takes_the_name_the_country_gives_it(extract):
    def banks(text: str) -> set[str]:
        return {m.canonical_name for m in extract(text) if m.text == "Central Bank"}

    assert banks("Japan's Central Bank held rates, and Japan's banks lent less.") == {
        "Bank of Japan"
    }
    assert banks("Brazil's Central Bank raised rates. Brazil expects inflation to fall.") == {
        "Central Bank of Brazil"
    }
    # No country: as written.
    assert banks("The Central Bank raised rates on Tuesday, dealers said.") == {"Central Bank"}


def test_an_economic_ministry_is_the_ministry_of_economic_affairs():
    from tasks.entity_wire import ministry_title

    assert ministry_title("Economic Ministry") == "Ministry of Economic Affairs"
    assert ministry_title("Finance Ministry") == "Ministry of Finance"
    assert ministry_title("Ministry of Trade") == "Ministry of Trade"
    assert ministry_title("Central Bank") == "Central Bank"


def test_the_united_states_armed_services_take_their_full_names(extract):
    text = (
        "The U.S. Navy ordered two ships from Calder Yards Inc. The U.S. Army Missile "
        "Command awarded a contract to the same firm, the U.S. Air Force said."
    )
    found = {m.text: (m.canonical_name, m.label) for m in extract(text)}
    assert found["U.S. Navy"] == ("United States Navy", "ORG")
    assert found["U.S. Air Force"] == ("United States Air Force", "ORG")
    command = [v for k, v in found.items() if k.startswith("U.S. Army")]
    assert command
    assert all(label == "ORG" for _, label in command)


def test_a_ministry_never_takes_the_united_states(extract):
    text = (
        "Taipei will cut tariffs before talks with the United States, a Finance Ministry "
        "official said. The United States wants wider access, and U.S. officials agreed."
    )
    names = {m.canonical_name for m in extract(text) if "Ministry" in m.text}
    assert names == {"Finance Ministry"}


def test_an_institutions_name_with_its_country_gives_back_the_generic_name():
    from tasks.entity_wire import generic_institution

    assert generic_institution("Ministry of Foreign Affairs (Peru)") == "Foreign Ministry (Peru)"
    assert generic_institution("Ministry of Finance (Peru)") == "Finance Ministry (Peru)"
    assert generic_institution("Central Bank of Brazil") == "Central Bank (Brazil)"
    assert generic_institution("Central Bank of the Philippines") == "Central Bank (Philippines)"
    assert generic_institution("Bank of Japan") == "Central Bank (Japan)"
    assert generic_institution("Quorbit Holdings") is None
    assert generic_institution("Ministry of Finance") is None
