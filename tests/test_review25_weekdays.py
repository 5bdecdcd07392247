"""Review 25, M3: a bare weekday counted back from its report's day that lands after the visit's held
way home is moved back into the visit (reconcile.move, for the visit's claims and cluster._meeting_date) only
onto a day of the visit (not before its held arrival or first day: reconcile.WayHome.floor) and only when
its own sentence tells no other trip (engagement.yaml `another_trip`: Candidate.apart). Every text is
our own, in the style of a news report; the first two are the review's, failing on int25."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from date_coverage import _lexicon
from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.reconcile import Claim, before_home, move, way_home
from pakiran_events.extract.report import read_report


def _events(doc: str, published: str, text: str) -> list:
    return cluster([read_report(doc, text, published, _lexicon())])


def _days(events: list, kind: str) -> list[tuple[str, str]]:
    return sorted((str(e.date_start), str(e.date_end)) for e in events if e.kind == kind)


# --- the review's cases: a second, later trip told after the return home ---------------------------

def test_review_a_friday_at_the_border_stays_after_the_return():
    """Published Monday 21 October 2024: the Friday meeting (18th) is no day before the arrival (12th)."""
    text = ("Interior Minister Mohsin Naqvi arrived in Tehran on October 12 and returned home on October 14. On "
            "Friday he met Iranian Interior Minister Eskandar Momeni in Zahedan, at the border, to open a new crossing.")
    events = _events("rv25-wk1", "2024-10-21", text)
    assert _days(events, "meeting") == [("2024-10-18", "2024-10-18")]
    assert all(e.date_start >= dt.date(2024, 10, 12) for e in events)


def test_review_then_travelled_on_friday_is_not_moved_before_the_visit():
    text = ("Interior Minister Mohsin Naqvi visited Tehran from October 12 and returned to Islamabad on October 14. "
            "He then travelled to Mashhad on Friday, where he met the governor of Razavi Khorasan.")
    visits = _days(_events("rv25-home2", "2024-10-21", text), "visit")
    assert [first for first, _ in visits] == ["2024-10-12"]


# --- near misses of our own -------------------------------------------------------------------------

def test_no_arrival_told_then_travelled_keeps_its_friday():
    """No held arrival bounds it: the sentence's own words ('then travelled to') tell the later trip."""
    text = ("Interior Minister Mohsin Naqvi flew to Tehran for talks with Iranian Interior Minister Eskandar Momeni "
            "and returned home on Wednesday, October 16. He then travelled to Zahedan on Friday to inspect the crossing.")
    visits = _days(_events("own-then-friday", "2024-10-21", text), "visit")
    assert visits and all(first >= "2024-10-16" for first, _ in visits)


def test_a_sunday_inside_the_visit_is_still_moved():
    """The intended case stands: a Sunday counted back from the Monday report lands after the return
    (the 20th) and is the visit's own Sunday (the 13th), on or after its arrival."""
    text = ("Interior Minister Mohsin Naqvi arrived in Tehran on October 12 for a three-day visit and returned home "
            "on October 14. He met Iranian Interior Minister Eskandar Momeni on Sunday.")
    assert _days(_events("own-sunday-inside", "2024-10-21", text), "meeting") == [("2024-10-13", "2024-10-13")]


def test_weekly_column_arrival_weekday_is_moved_without_an_earlier_arrival():
    """A bare arrival weekday with no other arrival told has no lower bound but the return."""
    text = ("Foreign Minister Shah Mahmood Qureshi flew to Tehran on Sunday for talks with Mohammad Javad Zarif. "
            "He was back in Islamabad last Tuesday, carrying a draft on border markets.")
    assert _days(_events("own-weekly-sunday", "2020-11-16", text), "visit") == [("2020-11-08", "2020-11-10")]


def _weekdays_before_home(claims: list[Claim]) -> list[Claim]:
    """The claims with each bare weekday moved against the visit's way home (round 25's helper)."""
    home = way_home(claims)
    return [move(k, home) for k in claims]


def _claim(kind: str, day: dt.date, bare: bool = False, apart: bool = False) -> Claim:
    return Claim(kind, day, day, "doc", None, bare=bare, apart=apart)


def test_claims_a_weekday_told_apart_is_never_moved():
    home, friday = dt.date(2024, 10, 16), dt.date(2024, 10, 18)
    claims = [_claim("departure", home), _claim("day", friday, bare=True, apart=True)]
    assert [k.first for k in _weekdays_before_home(claims)] == [home, friday]
    claims[1] = _claim("day", friday, bare=True)
    assert [k.first for k in _weekdays_before_home(claims)] == [home, dt.date(2024, 10, 11)]


def test_claims_a_moved_arrival_weekday_is_not_bounded_by_the_talks_days():
    """A bare arrival moved back may come before a held day of talks: it is the first day itself."""
    home = dt.date(2020, 11, 10)
    claims = [_claim("departure", home), _claim("day", dt.date(2020, 11, 9)),
              _claim("arrival", dt.date(2020, 11, 15), bare=True)]
    assert _weekdays_before_home(claims)[2].first == dt.date(2020, 11, 8)


@given(st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)), st.integers(1, 30), st.integers(0, 20))
def test_before_home_never_leaves_the_weekday_nor_goes_before_first(home, after, lead):
    day, first = home + dt.timedelta(days=after), home - dt.timedelta(days=lead)
    moved = before_home(day, home, first)
    assert moved.weekday() == day.weekday()
    assert moved == day or first <= moved <= home
    assert moved == day or (home - moved).days < 7
