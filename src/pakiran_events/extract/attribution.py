"""Who tells of an engagement is no part of it (issue 15, round 26): the words of a sentence saying
who reports the engagement and where they spoke, its attribution ('..., a senior official at the
Interior Ministry told reporters', 'X, speaking to reporters at the Foreign Office, said he had met
Y', 'according to an official at the ministry, ...'), are not the engagement's own clause. A venue
named there is where the news was told, not where the meeting was (CURATION.md §5).

A reporting word (the lexicon's `told_at`: engagement.yaml `reporting` and `attribution_verbs`,
titles.yaml `attribution`, places.yaml `told_at`) tells from the cut before it (a comma, a clause
boundary of `clauses.clause_bounds`, or 'and') to the cut after it (a comma, a boundary mark, or
'that'): its telling, with the subordinate clauses that say when it was told."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence

from pakiran_events.extract.clauses import BOUNDARY_PUNCT, clause_bounds

# grammar: a comma cuts a telling on both sides; a coordinator opens the telling of a verb after it
# ('met Y at the ministry and told reporters'); a complementiser closes it ('told reporters at the
# Foreign Office that he had met Y': what follows is what was told)
_COMMA = re.compile(",")
_OPENS = re.compile(r"(?<![\w\-])and(?![\w\-])", re.IGNORECASE)
_CLOSES = re.compile(r"(?<![\w\-])that(?![\w\-])", re.IGNORECASE)


def in_attribution(patterns: Mapping[str, re.Pattern], sentence: str, trigger: int, start: int, end: int,
                   persons: Sequence[int] = ()) -> bool:
    """Whether the phrase at `sentence[start:end]` (a venue's) belongs to an attribution of the
    engagement whose trigger starts at sentence offset `trigger`, not to the trigger's own clause:

    - the phrase lies in the telling of a reporting word (`patterns['told_at']`) that does not
      hold the trigger ('X met Y in Tehran, an official at the Interior Ministry told reporters';
      'Speaking to reporters at the Foreign Office, X said ...'); or
    - a reporting word stands between the phrase and the trigger after it ('An official at the
      Foreign Office said X met Y': the phrase is the speaker's), unless that word's telling is an
      aside wholly between them (', officials said,').

    A word `patterns['told_addressed']` matches whole ('told') is a reporting word only when no one
    is told right after it: no person named there (`persons`: sentence offsets where persons are
    named) and no `patterns['told_addressee']` ('him', 'his counterpart'): 'told Dawn' tells the
    news, 'told the Iranian minister' is said at the engagement. `patterns` is the lexicon's.
    Offsets are characters of `sentence`; all ints. 'X received Y at the Foreign Office, officials
    said' keeps its venue: the telling (', officials said') does not hold it. Never raises."""
    told_at, addressed, addressee = patterns["told_at"], patterns.get("told_addressed"), patterns.get("told_addressee")
    cuts = _cuts(sentence)
    for word in told_at.finditer(sentence):
        a, b = _telling(sentence, cuts, word.start(), word.end())
        if addressed is not None and addressed.fullmatch(word.group(0)) \
                and (_to_a_person(word.end(), b, persons) or (addressee is not None and addressee.match(sentence, word.end()))):
            continue
        if a <= start and end <= b and not a <= trigger < b:
            return True
        if end <= word.start() and word.end() <= trigger and not (start < a and b <= trigger):
            return True
    return False


ADDRESSEE_REACH = 40  # characters after 'told' within which a person named is whom it was told to


def _to_a_person(after: int, end: int, persons: Sequence[int]) -> bool:
    """Whether a person is named within ADDRESSEE_REACH characters after sentence offset `after`,
    before `end` (the telling's end): 'told visiting Foreign Minister X', 'told his Iranian counterpart'."""
    k = bisect_left(persons, after)
    return k < len(persons) and persons[k] < min(end, after + ADDRESSEE_REACH)


def _cuts(sentence: str) -> tuple[list[int], list[int]]:
    """The sorted offsets where a telling may begin (commas and clause starts) and end (commas and
    clause starts at a boundary mark): a subordinate clause after the reporting word is its own
    adjunct ('speaking to reporters in Tehran after his talks with Y': where and when he spoke)."""
    commas = {m.start() for m in _COMMA.finditer(sentence)}
    clauses = [a for a, _ in clause_bounds(sentence)]
    return sorted(commas.union(clauses)), sorted(commas.union(a for a in clauses if sentence[a] in BOUNDARY_PUNCT))


def _telling(sentence: str, cuts: tuple[list[int], list[int]], start: int, end: int) -> tuple[int, int]:
    """(start, end) sentence offsets of the telling of the reporting word at [start, end): back to the
    last cut or 'and' before it, on to the first cut or 'that' after it (the sentence's bounds else)."""
    opens, closes_at = cuts
    k = bisect_right(opens, start) - 1
    a = opens[k] if k >= 0 else 0
    for m in _OPENS.finditer(sentence, a, start):
        a = m.start()
    k = bisect_left(closes_at, end)
    b = closes_at[k] if k < len(closes_at) else len(sentence)
    closes = _CLOSES.search(sentence, end, b)
    return a, closes.start() if closes else b
