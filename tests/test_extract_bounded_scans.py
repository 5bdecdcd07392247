"""xleft15: the delegation-list and companion rules ask, for each office of a sentence, for the last
`member_list` phrase before it and whether a meeting verb comes between; one cached scan of the
sentence and a bounded window answer exactly what a search from the sentence's start answered (the
rule before, quadratic in the sentence's offices), on random texts of those phrases' words."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pakiran_events.extract.mentions import _MEMBER_LIST_REACH, People, Span
from places11_table import lexicon

try:
    from re import _parser as parser  # type: ignore[attr-defined]  # Python 3.11+
except ImportError:  # Python 3.10
    import sre_parse as parser  # type: ignore[no-redef]

LEX = lexicon()
MET = LEX.patterns["meeting_between"]  # titles.yaml `meeting_between`
WORDS = ["delegation", "Delegation", "side", "led", "headed", "by", "was", "is", "were", "also", "comprising",
         "included", "consisting", "made", "up", "met", "meets", "meeting", "with", "called", "calls", "on",
         "received", "hosted", "Minister", "Ali", "the", "Iranian", "-", ",", ", ", "  ", "sidewith", "bywith"]
texts = st.lists(st.sampled_from(WORDS), max_size=60).map(lambda ws: " ".join(ws).replace(" ,", ","))


def _people(text: str) -> People:
    return People(text, [Span(0, len(text))], None, LEX)


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(min_value=0, max_value=600))
def test_last_member_list_is_the_whole_scans_last(text: str, cut: int) -> None:
    pos = min(cut, len(text))
    whole = list(LEX.patterns["member_list"].finditer(text, 0, pos))
    got = _people(text)._last_member_list(0, pos)
    assert (got and got.span()) == (whole[-1].span() if whole else None), text[:pos]


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(min_value=0, max_value=600), st.integers(min_value=0, max_value=600))
def test_met_between_is_the_whole_search(text: str, a: int, cut: int) -> None:
    pos = min(cut, len(text))
    a = min(a, pos)
    assert _people(text)._met_between(0, a, pos) == (MET.search(text, a, pos) is not None), (text[a:pos], a, pos)


def _widest(pattern: re.Pattern) -> int:
    return parser.parse(pattern.pattern, pattern.flags).getwidth()[1]


def test_the_windows_cover_the_longest_phrases() -> None:
    """The bounds hold for the dictionaries as they are: a longer `member_list` phrase needs a wider window."""
    assert _widest(LEX.patterns["member_list"]) + 2 <= _MEMBER_LIST_REACH
    assert _widest(MET) <= LEX.patterns["meeting_between_longest"]
