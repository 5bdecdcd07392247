"""'The admiral' referring back: the titled people of the sentences read so far, kept by actor
and title as the report is read, so finding the one person whose rank has a noun costs the
number of distinct (person, title) pairs seen, not a scan of every earlier sentence per
reference (review16: quadratic in the report's length)."""

from __future__ import annotations

import re
from typing import Generic, Protocol, TypeVar


class Titled(Protocol):
    actor_id: str
    title: str | None


M = TypeVar("M", bound=Titled)


def rank_pattern(noun: str) -> re.Pattern:
    """A title holding the rank noun inside its parenthesised rank ('Navy chief (Rear Admiral)'), or a
    title that is only a rank ending in the noun ('Admiral', 'Rear Admiral': a person introduced by
    the rank alone, round 23)."""
    noun = re.escape(noun)
    return re.compile(r"\(.*\b" + noun + r"\b.*\)$|^(?:[A-Za-z]+[ \-]){0,2}" + noun + r"$", re.IGNORECASE)


class TitledSoFar(Generic[M]):
    """Each (actor, title) pair's last mention among the sentences added, with its reading order."""

    def __init__(self) -> None:
        self._last: dict[tuple[str, str], tuple[int, M]] = {}
        self._order = 0
        self.sentences = 0  # how many sentences have been added

    def add(self, mentions: list[M]) -> None:
        """The next sentence's mentions, in their order."""
        for x in mentions:
            if x.title:
                self._last[(x.actor_id, x.title)] = (self._order, x)
            self._order += 1
        self.sentences += 1

    def one_with(self, noun: str, here: set[str]) -> M | None:
        """The last mention of the only person not in `here` whose title's rank has `noun`;
        None with nobody or two such people."""
        rank = rank_pattern(noun)
        latest: dict[str, tuple[int, M]] = {}
        for (actor, title), (order, x) in self._last.items():
            if actor not in here and rank.search(title) and order >= latest.get(actor, (-1, x))[0]:
                latest[actor] = (order, x)
        return next(iter(latest.values()))[1] if len(latest) == 1 else None


class Sided(Titled, Protocol):
    side: str | None


S = TypeVar("S", bound=Sided)


class SidedSoFar(Generic[S]):
    """Each person's last mention, by side, among the sentences added: 'the Iranian minister'
    refers back to a person of that side (mentions._side_reference), found in the number of
    people seen, not by a scan of every earlier sentence per reference (as `TitledSoFar`)."""

    def __init__(self) -> None:
        self._last: dict[str, dict[str, S]] = {}
        self.sentences = 0  # how many sentences have been added

    def add(self, mentions: list[S], is_person) -> None:
        """The next sentence's mentions; only persons with a side are kept."""
        for x in mentions:
            if x.side and is_person(x.actor_id):
                self._last.setdefault(x.side, {})[x.actor_id] = x
        self.sentences += 1

    def of_side(self, side: str, here: set[str]) -> list[S]:
        """The last mention of each person of `side` seen so far who is not in `here`."""
        return [x for actor, x in self._last.get(side, {}).items() if actor not in here]
