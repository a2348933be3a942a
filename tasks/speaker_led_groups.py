"""Speakers that are a group named for who leads it: "a shareholder group led by
investor Jane Roe said …", "an investor group headed by Acme Capital Corp", "the Acme
Capital group said …", and later "the group said".

Business wire copy introduces an investor group once by its leader ("a group led by
X") or by its leading firm's name before "group", and then calls it "the group". The
group has no name of its own: its leader, the person or firm it is named for, is the
speaker (bench/data/JUDGING.md: the full name of who said it; the judged "group led
by" statements of every sample name the leader or the leading firm). These helpers
read the parse; ``tasks.speakers`` looks the names up among the document's entities.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

# The nouns of such a group, in the singular ("the group"; "the groups" are several).
GROUP_NOUNS = frozenset({"group"})
# Participles that name a group's leader with "by" ("led by", "headed by").
_LEADING_VERBS = frozenset({"lead", "head"})
# The most words after "by" read for the leader's name when the parse gives "by" no
# object ("led by Far Hills, N.J., investor Jane Roe").
_LEADER_REACH = 10
# Tags of the words of a name written before "group" ("the Acme Capital group").
_NAME_TAGS = frozenset({"NNP", "NNPS"})
# Articles that introduce a new group ("a group of analysts"): an earlier group a bare
# "the group" may refer to lies no further back.
_NEW_GROUP = frozenset({"a", "an", "another"})


def is_group(token: Token) -> bool:
    """Whether ``token`` is a group's noun in the singular ("group", not "groups")."""
    return token.lemma_.lower() in GROUP_NOUNS and token.tag_ == "NN"


def leader_words(group: Token) -> list[Token]:
    """The words that may name the leader of ``group`` ("a group led by investor Jane
    Roe": the object of "by", then what stands beside it, "its president, Owen
    Raske"), or, when the parse gives "by" no object, the words after it: in order of
    preference; empty when no participle "led"/"headed" hangs on
    the group with an agent."""
    found: list[Token] = []
    for verb in group.children:
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in _LEADING_VERBS:
            continue
        for agent in verb.children:
            if agent.dep_ != "agent":
                continue
            for leader in agent.children:
                if leader.dep_ == "pobj":
                    found.append(leader)
                    found += [c for c in leader.children if c.dep_ == "appos"]
            if not any(c.dep_ == "pobj" for c in agent.children):
                # "led by Far Hills, N.J., investor Jane Roe said": the parse hung the
                # name elsewhere; the words after "by", up to the group's own verb.
                end = group.head.i if group.head.i > agent.i else agent.sent.end
                found += list(group.doc[agent.i + 1 : min(end, agent.i + 1 + _LEADER_REACH)])
    return found


def name_before(group: Token) -> list[Token]:
    """The proper nouns written right before ``group`` as its name ("the Acme Capital
    group": Acme, Capital), in text order; empty for none."""
    words: list[Token] = []
    index = group.i - 1
    while index >= 0 and group.doc[index].tag_ in _NAME_TAGS:
        words.insert(0, group.doc[index])
        index -= 1
    return words


def named_group_before(subject: Token, quoted: Callable[[int], bool]) -> Token | None:
    """The group a bare "the group" (``subject``) refers back to: the nearest group
    noun before it, outside quotations (``quoted(position)``), named by a leader or by
    a name before it; None when a new group ("a group of …") with neither comes
    first, or there is none."""
    if [c.lower_ for c in subject.lefts] != ["the"]:
        return None
    for token in reversed(subject.doc[: subject.i]):
        if not is_group(token) or quoted(token.idx):
            continue
        if leader_words(token) or name_before(token):
            return token
        if any(c.lower_ in _NEW_GROUP for c in token.lefts):
            return None
    return None
