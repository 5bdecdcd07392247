"""Review of round 23 (int23), three date defects (fixdate23). Every report is made up, in our own words.

M2: a visit told in the present tense ('who is on a visit') runs to the report's day (CURATION.md §4)
only when the report's day is within a week of the day it places the guest there, and never for
longer than a length the phrase tells ('who is on a three-day visit').
M3: an undated report's weekday is measured against the told length of the trip it may join, not
wrapped at half a week (a five-day visit from Tuesday may end on Saturday).
S2: 'later that day' counts from the day of the report's own engagement told before it, however
long after it the report is published; a day told as background ('had met') still lends nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from date_coverage import _lexicon
from pakiran_events.extract.borrowing import relation, told_end
from pakiran_events.extract.cluster import cluster, weekday_within
from pakiran_events.extract.report import read_report


def _events(*reports: tuple[str, str | None, str]) -> list:
    return cluster([read_report(doc, text, day, _lexicon()) for doc, day, text in reports])


def _spans(kind: str, *reports: tuple[str, str | None, str], actor: str | None = None) -> list[tuple[str, str]]:
    return sorted((str(e.date_start), str(e.date_end)) for e in _events(*reports)
                  if e.kind == kind and (actor is None or actor in e.participants))


# --- M2: the present-tense visit rule has a bound ------------------------------------------------

UNDER_WAY = ("ISLAMABAD: Eskandar Momeni, Iran's interior minister, who is on a {length}visit to Pakistan, held talks "
             "with Interior Minister Mohsin Naqvi on October 16.")


def _visit(length: str, published: str) -> list[tuple[str, str]]:
    return _spans("visit", ("rv23-m2", published, UNDER_WAY.format(length=length)))


def test_reviewer_m2_a_present_tense_weeks_later_is_no_visit_under_way_that_long():
    assert _visit("", "2024-11-20") == [("2024-10-16", "2024-10-16")]


def test_reviewer_m2_a_told_length_wins_over_a_report_weeks_later():
    assert _visit("three-day ", "2024-11-20") == [("2024-10-16", "2024-10-18")]


@pytest.mark.parametrize("length,published,span", [
    # within the week and no length told: to the report's day, as CURATION.md §4 says
    ("", "2024-10-20", ("2024-10-16", "2024-10-20")),
    ("", "2024-10-23", ("2024-10-16", "2024-10-23")),
    # the day after the week: the last day told
    ("", "2024-10-24", ("2024-10-16", "2024-10-16")),
    # within the week but past the told length: the length bounds it
    ("three-day ", "2024-10-20", ("2024-10-16", "2024-10-18")),
    ("five-day ", "2024-10-19", ("2024-10-16", "2024-10-19")),
])
def test_near_miss_present_tense_within_the_week_or_length(length, published, span):
    assert _visit(length, published) == [span]


def test_near_miss_past_tense_weeks_later_keeps_the_told_day():
    text = UNDER_WAY.format(length="").replace("who is on", "who was on")
    assert _spans("visit", ("rv23-m2", "2024-11-20", text)) == [("2024-10-16", "2024-10-16")]


@given(first=st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)), gap=st.integers(0, 40),
       length=st.one_of(st.none(), st.integers(1, 9)))
def test_told_end_is_never_after_the_report_nor_past_the_length(first, gap, length):
    published = first + dt.timedelta(days=gap)
    last = told_end(first, published, length)
    assert first <= last <= published
    if length:
        assert (last - first).days <= length - 1
        assert last == published or (last - first).days == length - 1
    else:
        assert last == published


def test_the_under_way_relation_has_a_week():
    assert relation("under_way").week == 7


# --- M3: a weekday against the told length ---------------------------------------------------------

ARRIVED = ("rv23-m3a", "2024-10-16", "ISLAMABAD: Eskandar Momeni, Iran's interior minister, arrived in Islamabad on "
           "Tuesday 15 October on a {length} visit for talks on the border.")
RETURNED = ("rv23-m3b", None, "Eskandar Momeni, Iran's interior minister, returned to Tehran on {day} after a {length} "
            "visit to Pakistan.")


def _trip(arrived_length: str, returned_length: str, day: str) -> list[tuple[str, str]]:
    a = (ARRIVED[0], ARRIVED[1], ARRIVED[2].format(length=arrived_length))
    b = (RETURNED[0], RETURNED[1], RETURNED[2].format(day=day, length=returned_length))
    return _spans("visit", a, b)


def test_reviewer_m3_a_five_day_visit_from_tuesday_returned_from_on_saturday_is_one_visit():
    assert _trip("five-day", "five-day", "Saturday") == [("2024-10-15", "2024-10-19")]


def test_near_miss_m3_a_four_day_visit_returned_from_a_day_late_is_one_visit():
    assert _trip("four-day", "four-day", "Saturday") == [("2024-10-15", "2024-10-18")]


def test_near_miss_m3_a_two_day_visit_returned_from_on_saturday_is_another_trip():
    assert len(_trip("two-day", "two-day", "Saturday")) == 2


def test_near_miss_m3_a_day_long_visit_returned_from_on_saturday_is_another_trip():
    visits = _trip("five-day", "day-long", "Saturday")
    assert len(visits) == 2 and ("2024-10-15", "2024-10-19") in visits


@pytest.mark.parametrize("length,weekday,within", [
    (5, 6, True),    # Tuesday + 5 days: Sunday, a late return
    (5, 5, True),    # Saturday, the fifth day
    (5, 0, True),    # Monday: the day before, another time zone
    (1, 5, False),   # a day-long visit does not reach Saturday
    (2, 5, False),   # nor a two-day one
    (3, 5, False),   # a three-day one ends Thursday, Friday a day late: not Saturday
    (4, 5, True),    # a four-day one ends Friday, Saturday a day late
])
def test_weekday_within_a_told_length_from_tuesday(length, weekday, within):
    tuesday = dt.date(2024, 10, 15)
    assert weekday_within(weekday, tuesday, length) is within


@given(first=st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)), length=st.integers(1, 9), offset=st.integers(-1, 13))
def test_weekday_within_is_one_day_either_side_of_the_told_length(first, length, offset):
    day = first + dt.timedelta(days=offset)
    if offset <= length:
        assert weekday_within(day.weekday(), first, length)
    elif offset <= 5 and length < offset:  # a day further on, within the week, that no earlier day shares
        assert not weekday_within(day.weekday(), first, length)


# --- S2: 'later that day' in a report published weeks later ------------------------------------------

LATER = ("ISLAMABAD: Eskandar Momeni, Iran's interior minister, held talks with Interior Minister Mohsin Naqvi on "
         "October 16. {middle}Later that day, Momeni called on Prime Minister Shehbaz Sharif.")


def _sharif(published: str, middle: str = "") -> list[tuple[str, str]]:
    return _spans("meeting", ("rv23-s2", published, LATER.format(middle=middle)), actor="shehbaz-sharif")


def test_reviewer_s2_later_that_day_counts_from_the_engagement_whatever_the_publication_day():
    assert _sharif("2024-11-20") == [("2024-10-16", "2024-10-16")]


@pytest.mark.parametrize("published", ["2024-10-17", "2024-10-23", "2025-02-01"])
def test_near_miss_later_that_day_within_or_long_after_the_week(published):
    assert _sharif(published) == [("2024-10-16", "2024-10-16")]


def test_near_miss_later_that_day_after_a_background_meeting_borrows_nothing():
    # the only day told before is a meeting told in the pluperfect: background, no day to count from
    text = ("ISLAMABAD: Eskandar Momeni, Iran's interior minister, had met Interior Minister Mohsin Naqvi on "
            "October 16. Later that day, Momeni called on Prime Minister Shehbaz Sharif.")
    spans = _spans("meeting", ("rv23-s2", "2024-11-20", text), actor="shehbaz-sharif")
    assert spans and ("2024-10-16", "2024-10-16") not in spans


def test_near_miss_later_that_day_counts_from_the_later_of_two_engagements_told_weeks_before():
    text = ("ISLAMABAD: Eskandar Momeni, Iran's interior minister, held talks with Interior Minister Mohsin Naqvi on "
            "October 16. On October 17 Momeni met Foreign Minister Ishaq Dar. Later that day, Momeni called on "
            "Prime Minister Shehbaz Sharif.")
    assert _spans("meeting", ("rv23-s2", "2024-11-20", text), actor="shehbaz-sharif") == [("2024-10-17", "2024-10-17")]


# --- M2, its class: a told length counts forward past the report's day only from a reported arrival --

@pytest.mark.parametrize("published,span", [("2024-10-16", ("2024-10-16", "2024-10-16")),
                                            ("2024-10-17", ("2024-10-16", "2024-10-17"))])
def test_a_told_length_with_no_arrival_never_ends_after_the_report(published, span):
    assert _visit("three-day ", published) == [span]


def test_near_miss_a_told_length_from_a_reported_arrival_runs_its_days():
    text = ("ISLAMABAD: Eskandar Momeni, Iran's interior minister, arrived in Islamabad on October 16 on a three-day "
            "visit for talks on the border.")
    assert _spans("visit", ("rv23-m2", "2024-10-17", text)) == [("2024-10-16", "2024-10-18")]
