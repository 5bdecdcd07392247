"""Round 31 (tidy31, issue 15): one source for each rule, behaviour unchanged. Each test pins what the
two places of a rule read before they became one: the lexicon's one memo of an index (`lexicon._memo`,
used by the office index and the place spellings), places.yaml `stopover` compiled with the other place
patterns (`patterns["stopover"]`), the way home's day told by the shared date grammar (core/cues,
`frames._RETURNED_FROM`) and the probe generators' weekday helper (`probe_writer.wk`). Made-up reports
in our own words."""

from __future__ import annotations

import re

import pytest

from extract_fixtures import OwnReports, lexicon
from pakiran_events.extract import frames
from pakiran_events.extract.lexicon import _memo
from places11_table import lexicon as places_lexicon
from probe_writer import wk

LEX = lexicon()


# -- 1. one memo for the lexicon's indexes ----------------------------------------------------------------------------

def test_the_memo_builds_once_per_key_and_again_when_the_key_changes():
    memo: dict = {}
    built: list[int] = []

    def build() -> list[int]:
        built.append(1)
        return [len(built)]

    first = _memo(memo, "index", (1, 2), build)
    assert _memo(memo, "index", (1, 2), build) is first and len(built) == 1
    assert _memo(memo, "index", (1, 3), build) == [2] and len(built) == 2
    assert _memo(memo, "other", (1, 3), build) == [3]  # each index under its own name


def test_the_office_index_and_the_place_spellings_share_the_memo():
    lex = lexicon()
    lex.office_rows("Foreign Minister", "PAK")
    lex.place_spellings("tehran")
    for name, tables in (("_by_office", (lex.positions,)), ("_spellings_by_place", (lex.place_names, lex.minor_place_names))):
        key, _ = lex.__dict__[name]
        assert key == tuple(x for t in tables for x in (id(t), len(t))), name


def test_place_spellings_follow_a_grown_minor_table(monkeypatch):
    lex = lexicon()
    before = lex.place_spellings("mashhad")
    monkeypatch.setitem(lex.minor_place_names, "Qwertabad", "mashhad")
    assert lex.place_spellings("mashhad") == [*before, "Qwertabad"]


# -- 2. places.yaml `stopover`: compiled in the lexicon with the other place patterns ------------------------------

@pytest.mark.parametrize("before, stop", [
    ("arrived on Monday night after a stop in ", True),
    ("arrived in Islamabad after a brief stopover in ", True),
    ("landed following a short halt at the ", True),
    ("flew in via ", True),
    ("arrived after stopping over in ", True),
    ("held talks in ", False),
    ("arrived after a visit to ", False),
    ("a stop in ", False),
])
def test_the_stopover_pattern_ends_right_before_its_place(before, stop):
    assert bool(LEX.patterns["stopover"].search(before)) is stop, before


def test_the_stopover_pattern_is_compiled_with_the_lexicon():
    pattern = lexicon().patterns["stopover"]
    assert isinstance(pattern, re.Pattern) and pattern.flags & re.IGNORECASE
    assert "_stopover" not in lexicon().patterns


OWN = OwnReports("tidy31", "2025-03-05", places_lexicon)


@pytest.mark.parametrize("text, place", [
    ("ISLAMABAD: Iranian Foreign Minister Abbas Araghchi arrived on Monday after a short halt at Doha and held talks "
     "with Deputy Prime Minister Ishaq Dar.", "islamabad"),
    # near miss: the stop's own 'where' clause tells the talks: held there
    ("Iranian Foreign Minister Abbas Araghchi arrived in Tehran on Monday after a stop in Islamabad, where he held talks "
     "with Deputy Prime Minister Ishaq Dar.", "islamabad"),
])
def test_a_stopover_read_from_the_lexicons_pattern_places_the_meeting_as_before(text, place):
    assert [e[2] for e in OWN.placed_of(text, "meeting", "abbas-araghchi", "ishaq-dar")] == [place], OWN.placed(text)


# -- 4. a way home's day: the shared date grammar ------------------------------------------------------------------

@pytest.mark.parametrize("between", [
    " from ", " home from ", " back from the ", " on Wednesday from ", " on Wednesday night from ",
    " late Wednesday night from ", " early Monday from ", " last night from ", " this morning from ",
    " on 5 March from ", " on March 5 from ", " home on Tuesday from ", " on Thursday afternoon, from ",
])
def test_a_way_home_with_a_day_told_before_its_from(between):
    assert frames._RETURNED_FROM.fullmatch(between), between


@pytest.mark.parametrize("between", [
    " to ", " on Wednesday to Islamabad from ", " after talks from ", " on Wednesday after a visit from ",
    " home. He flew from ", " From ",
])
def test_near_miss_other_words_before_from_are_no_way_home(between):
    assert not frames._RETURNED_FROM.fullmatch(between), between


# -- 6. the probe generators' weekday helper ---------------------------------------------------------------------

def test_wk_names_each_days_weekday():
    assert wk("2025-03-03", "2025-03-09") == [("2025-03-03", "Monday"), ("2025-03-09", "Sunday")]
    assert wk() == []
