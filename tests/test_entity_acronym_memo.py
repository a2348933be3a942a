"""The initials memo of ``tasks.entity_acronyms`` holds one document's names."""

from __future__ import annotations

from tasks.entity_acronyms import _initials, _initials_are, resolve_short_forms


def test_resolving_a_documents_short_forms_forgets_the_last_documents_initials():
    for name in ("Quorvex Widget Holdings", "Brambleton Water Board", "Tarnwell Energy Corp"):
        _initials(name)
    assert _initials.cache_info().currsize >= 3
    resolve_short_forms([], lambda name: False)
    assert _initials.cache_info().currsize == 0


def test_the_memo_keeps_every_name_of_a_long_document():
    """A page naming hundreds of long forms finds each one's initials once, however
    many acronyms try them."""
    resolve_short_forms([], lambda name: False)
    names = [f"Zeta Works Number {index} Group" for index in range(300)]
    for _ in range(2):
        assert not any(_initials_are("QQ", name) for name in names)
    info = _initials.cache_info()
    assert (info.currsize, info.misses) == (300, 300)
