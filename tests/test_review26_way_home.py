"""Re-read of round 25 (dedup26a): a visit's bare weekdays and its own meetings' bare weekdays are moved
back against ONE way home (reconcile.WayHome, worked out once per visit by reconcile.way_home) by ONE
mover (reconcile.move). On int26 the meetings were moved against `home_day` (single calendar days
resolved by their own report only) and the visit's claims against every held departure claim (a range's
first day, a day without a year placed near the engagement's days): the visit moved, its meeting did not,
and the visit was stretched to the meeting's day a week after the return. Every text is our own, in the
style of a news report."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from date_coverage import _lexicon
from pakiran_events.extract import reconcile
from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.reconcile import Claim, WayHome, move, way_home
from pakiran_events.extract.report import read_report

# a weekly of Tuesday 17 November 2020: its 'Sunday' and 'Monday' count back to the 15th and 16th,
# a week after the visit (8 to 10 November) that another report closes with the return home
WEEKLY = ("week-20201117-column", "2020-11-17",
          "Foreign Minister Shah Mahmood Qureshi arrived in Tehran on Sunday for a two-day visit. He held talks "
          "with Foreign Minister Mohammad Javad Zarif on Monday on border markets.")

RETURNS = [
    # an undated release: 'November 10' has no year of its own, placed on the engagement's
    ("fo-undated-return", None,
     "Foreign Minister Shah Mahmood Qureshi returned home on November 10 after a two-day visit to Tehran, "
     "the Foreign Office said."),
    # dated reports telling the return as a span of two days: the way home began on its first
    ("paper-20201112-return", "2020-11-12",
     "Foreign Minister Shah Mahmood Qureshi returned home between November 10 and 11 after a two-day visit "
     "to Tehran."),
    ("wire-20201113-return", "2020-11-13",
     "Foreign Minister Shah Mahmood Qureshi returned to Islamabad between 10 and 11 November after his visit "
     "to Tehran, the ministry said."),
]


def _events(*reports: tuple[str, str | None, str]) -> list:
    return cluster([read_report(doc, text, published, _lexicon()) for doc, published, text in reports])


def _days(events: list, kind: str) -> list[tuple[str, str]]:
    return sorted((str(e.date_start), str(e.date_end)) for e in events if e.kind == kind)


@pytest.mark.parametrize("doc,published,text", RETURNS)
def test_a_visit_and_its_meeting_move_to_the_same_week(doc, published, text):
    """The weekly's Sunday arrival and Monday talks both land after the told return and both move
    back to the visit's week: the visit is 8-10 November and its talks the Monday inside it (on int26
    the talks stayed on the 16th and the visit ran 8-16 November)."""
    events = _events(WEEKLY, (doc, published, text))
    assert _days(events, "visit") == [("2020-11-08", "2020-11-10")]
    assert _days(events, "meeting") == [("2020-11-09", "2020-11-09")]


def test_near_miss_the_weekly_alone_keeps_its_own_week():
    """No report tells the return: nothing is moved, the visit and its talks stay in the weekly's week."""
    events = _events(WEEKLY)
    assert _days(events, "visit") == [("2020-11-15", "2020-11-16")]
    assert _days(events, "meeting") == [("2020-11-16", "2020-11-16")]


# --- the way home and the mover on claims ----------------------------------------------------------

def _claim(kind: str, first: dt.date, last: dt.date | None = None, *, bare: bool = False, ahead: bool = False,
           apart: bool = False) -> Claim:
    return Claim(kind, first, last or first, "doc", None, ahead, bare, apart)


def test_the_way_home_is_the_latest_held_departure_home():
    home = dt.date(2020, 11, 10)
    claims = [_claim("arrival", dt.date(2020, 11, 8)), _claim("departure", dt.date(2020, 11, 9)),
              _claim("departure", home), _claim("departure", dt.date(2020, 11, 20), ahead=True),
              _claim("outbound", dt.date(2020, 11, 7)), _claim("day", dt.date(2020, 11, 16), bare=True)]
    assert way_home(claims) == WayHome(home, dt.date(2020, 11, 7), dt.date(2020, 11, 7))
    assert way_home([k for k in claims if k.kind != "departure" or k.ahead]) == WayHome()


def test_the_floor_of_an_arrival_weekday_is_only_a_held_arrival():
    home = WayHome(dt.date(2020, 11, 10), None, dt.date(2020, 11, 9))
    assert home.floor(arriving=True) is None
    assert home.floor(arriving=False) == dt.date(2020, 11, 9)
    assert WayHome(home.day, dt.date(2020, 11, 8), dt.date(2020, 11, 7)).floor(arriving=False) == dt.date(2020, 11, 8)


DAYS = st.dates(dt.date(2020, 1, 1), dt.date(2020, 12, 31))
CLAIMS = st.lists(st.builds(lambda kind, day, span, bare, ahead, apart: _claim(
    kind, day, day + dt.timedelta(days=span), bare=bare, ahead=ahead, apart=apart),
    st.sampled_from(sorted(reconcile.BOUNDS)), DAYS, st.sampled_from([0, 0, 0, 2]), st.booleans(),
    st.booleans(), st.booleans()), max_size=8)


@given(CLAIMS, DAYS)
def test_a_meeting_day_and_a_visit_day_move_alike_and_only_into_the_visit(claims, day):
    """Whatever the claims: a meeting's bare weekday and a visit's bare day of the same weekday move
    to the same day; a moved day keeps its weekday, lies on or before the way home, within a week of
    it, and not before the floor; a claim not bare, told apart, a departure or a span never moves."""
    home = way_home(claims)
    meeting, visit_day = move(_claim("meeting", day, bare=True), home), move(_claim("day", day, bare=True), home)
    assert meeting.first == visit_day.first
    for k in [*claims, _claim("meeting", day, bare=True)]:
        moved = move(k, home)
        if moved.first == k.first:
            continue
        assert home.day is not None and k.bare and not k.apart and k.kind != "departure" and k.first == k.last
        assert moved.first.weekday() == k.first.weekday() and moved.first == moved.last
        assert 0 <= (home.day - moved.first).days < 7
        floor = home.floor(k.kind in reconcile.ARRIVING)
        assert floor is None or moved.first >= floor
