"""A date inside a clause that modifies a noun other than the engagement's trigger belongs to that
noun: "met Y and reviewed the accord signed on 1 March 2020" tells of a meeting on the report's
day, not of one in 2020 (ninth round, xdates9). Reports written in our own words; names, places
and wording made up, nothing copied from the corpus."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from extract_fixtures import lexicon
from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.report import read_report

LEX = lexicon()


def _meetings(doc: str, published: str, text: str):
    events = cluster([read_report(doc, text, published, LEX)])
    return [e for e in events if e.kind == "meeting"]


def _years(events) -> set[int]:
    return {e.date_start.year for e in events if e.date_start is not None}


def test_a_recalled_accords_signing_day_does_not_date_the_meeting_with_a_dateline():
    text = ("ISLAMABAD, March 3 (APP) - Pakistan's Interior Minister Saleem Qadri met Iranian Ambassador "
            "Karim Rostami and reviewed the border accord signed on 1 March 2020.")
    found = _meetings("x-accord-dateline", "2025-03-04", text)
    assert found and 2020 not in _years(found), [(e.date_start, e.precision) for e in found]
    assert {e.date_start for e in found} == {dt.date(2025, 3, 3)}  # the dateline's day stays


def test_a_recalled_accords_signing_day_does_not_date_the_meeting_without_a_dateline():
    text = ("Pakistan's Interior Minister Saleem Qadri met Iranian Ambassador Karim Rostami and reviewed "
            "the border accord signed on 1 March 2020.")
    found = _meetings("x-accord-undated", "2025-03-04", text)
    # no date of its own: never the accord's year, and never a guessed day
    assert found and 2020 not in _years(found), [(e.date_start, e.precision) for e in found]


def test_a_relative_clause_which_was_agreed_owns_its_date():
    text = ("Iranian Foreign Minister Karim Rostami held talks with Pakistan's Foreign Minister Saleem Qadri "
            "in Tehran on the trade plan, which was agreed on 12 May 2019.")
    found = _meetings("x-which-agreed", "2025-03-04", text)
    assert found and 2019 not in _years(found), [(e.date_start, e.precision) for e in found]


def test_a_meeting_held_earlier_keeps_its_own_date_as_the_recalled_meeting():
    # the participle of an engagement noun ('talks held on 2 March 2025') is that engagement's own day
    text = ("Pakistan's Interior Minister Saleem Qadri and Iranian Interior Minister Karim Rostami "
            "held talks in Tehran on 2 March 2025 and discussed border security.")
    found = _meetings("x-talks-held", "2025-03-04", text)
    assert found and {e.date_start for e in found} == {dt.date(2025, 3, 2)}


def test_the_main_verb_signed_still_dates_nothing_away_from_the_meeting():
    # 'the two ministers signed on Monday ...' is the main clause, not a modifier: its Monday is the meeting's
    text = ("Pakistan's Interior Minister Saleem Qadri met Iranian Interior Minister Karim Rostami in "
            "Islamabad, and the two ministers signed on Monday an accord on border security.")
    found = _meetings("x-main-signed", "2025-03-04", text)
    assert found and {e.date_start for e in found} == {dt.date(2025, 3, 3)}


_NOUNS = ["accord", "agreement", "memorandum", "border protocol", "trade plan"]
_VERBS = ["signed", "agreed", "reached", "concluded", "inked"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


@settings(max_examples=40, deadline=None)
@given(noun=st.sampled_from(_NOUNS), verb=st.sampled_from(_VERBS), relative=st.booleans(),
       day=st.integers(1, 28), month=st.sampled_from(_MONTHS), year=st.integers(1995, 2024))
def test_a_recalled_things_date_never_dates_the_meeting(noun, verb, relative, day, month, year):
    modifier = f", which was {verb}" if relative else f" {verb}"
    text = ("ISLAMABAD, March 3 (APP) - Pakistan's Interior Minister Saleem Qadri met Iranian Ambassador "
            f"Karim Rostami and reviewed the {noun}{modifier} on {day} {month} {year}.")
    found = _meetings("x-recalled", "2025-03-04", text)
    assert found and {e.date_start for e in found} == {dt.date(2025, 3, 3)}, [(e.date_start, e.precision) for e in found]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abc the signed which was held on in 2020 ,.'’")), max_size=300))
def test_the_modifier_finder_is_total_and_returns_spans_inside_the_sentence(sentence):
    from pakiran_events.extract.frames import _modifiers

    for a, b, engaged in _modifiers(lexicon().patterns, sentence):
        assert 0 <= a < b <= len(sentence) and engaged is False
