"""'The admiral' referring back (xleft15): the titled people kept as a report is read answer
exactly what a scan of every earlier sentence answered (the rule before, quadratic in the
report's length), on random mention lists."""

from __future__ import annotations

import re
from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from pakiran_events.extract.rank_refs import TitledSoFar


@dataclass
class Said:
    actor_id: str
    title: str | None


def scan(sentences: list[list[Said]], noun: str, here: set[str]) -> Said | None:
    """The rule as it was: every earlier sentence's mentions, each person's last matching one."""
    rank = re.compile(r"\(.*\b" + re.escape(noun) + r"\b.*\)$|^(?:[A-Za-z]+[ \-]){0,2}" + re.escape(noun) + "$",
                      re.IGNORECASE)  # bracketed, or a title that is only the rank (round 23)
    earlier = {x.actor_id: x for ms in sentences for x in ms if x.title and rank.search(x.title) and x.actor_id not in here}
    return next(iter(earlier.values())) if len(earlier) == 1 else None


NOUNS = ["admiral", "general", "commander"]
TITLES = [None, "Navy chief (Rear Admiral)", "Army chief (General)", "Chief (Lieutenant General)",
          "Minister", "commander (Vice Admiral)", "Admiral", "chief (Brigadier General) (Admiral)"]
ACTORS = ["a", "b", "c", "d"]
mention = st.builds(Said, st.sampled_from(ACTORS), st.sampled_from(TITLES))
report = st.lists(st.lists(mention, max_size=4), max_size=8)


@settings(max_examples=300, deadline=None)
@given(report, st.sampled_from(NOUNS), st.sets(st.sampled_from(ACTORS)))
def test_kept_equals_scan(sentences: list[list[Said]], noun: str, here: set[str]) -> None:
    kept: TitledSoFar[Said] = TitledSoFar()
    for i, ms in enumerate(sentences):
        assert kept.one_with(noun, here) is scan(sentences[:i], noun, here)
        kept.add(ms)
    assert kept.one_with(noun, here) is scan(sentences, noun, here)


def test_one_admiral_of_two_titles_then_a_second_admiral() -> None:
    kept: TitledSoFar[Said] = TitledSoFar()
    first, again = Said("a", "Navy chief (Rear Admiral)"), Said("a", "commander (Vice Admiral)")
    kept.add([first, Said("b", "Army chief (General)")])
    kept.add([again])
    assert kept.one_with("admiral", set()) is again  # the person's last titled mention
    assert kept.one_with("admiral", {"a"}) is None   # named in the sentence: not referred to
    kept.add([Said("c", "Navy commander (Admiral)")])
    assert kept.one_with("admiral", set()) is None   # two admirals: nobody
    assert kept.one_with("admiral", {"c"}) is again


def test_a_title_that_is_only_a_rank_is_that_rank() -> None:
    """Round 23: 'Admiral X' read with the rank alone as title is an admiral; an office is not."""
    kept: TitledSoFar[Said] = TitledSoFar()
    kept.add([Said("a", "Rear Admiral"), Said("b", "Admiral of the Fleet Board"), Said("c", "Minister")])
    assert kept.one_with("admiral", set()) is not None and kept.one_with("admiral", set()).actor_id == "a"
    assert kept.one_with("brigadier", set()) is None
