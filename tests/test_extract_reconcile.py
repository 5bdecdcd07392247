"""Round 24 (recon24): a visit's dates reconciled across its reports as one stage (`extract/reconcile.py`,
issue 15). Each report contributes typed claims (arrival, departure or the way home, a day, a meeting's day,
its own dateline day); one table (`BOUNDS`) turns them into one range (CURATION.md §4): an arrival and a
return bound a visit, and a report's dateline, days after the return, does not stretch it. Made-up reports in
our own words, three engagements per class, each told by three outlets on different days, with near misses."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from extract_fixtures import shipped_lexicon
from pakiran_events.extract import reconcile
from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.reconcile import Claim
from pakiran_events.extract.report import read_report


def _visits(reports: list[tuple[str, str, str]]) -> list[tuple[dt.date | None, dt.date | None, str]]:
    """(first day, last day, precision) of each visit the reports tell together."""
    events = cluster([read_report(doc, text, day, shipped_lexicon()) for doc, day, text in reports])
    return [(e.date_start, e.date_end, e.precision) for e in events if e.kind == "visit"]


# -- 1. arrival, talks, and a later report telling the way home: the visit ends on the way home ----------------
# (each later report is datelined days after the return: its dateline is no day of the visit)
RETURNED = [
    ([("r1-arr", "2025-03-03", "ISLAMABAD, March 3: Interior Minister Mohsin Naqvi arrived in Tehran on Monday on an "
       "official visit to Iran, the interior ministry said."),
      ("r1-talks", "2025-03-04", "TEHRAN, March 4: Iranian Interior Minister Eskandar Momeni held talks with Interior "
       "Minister Mohsin Naqvi in Tehran on Tuesday on the security of the border."),
      ("r1-home", "2025-03-08", "QUETTA, March 8: Traders in Chagai say they are still waiting to hear what the "
       "interior minister's visit to Iran will bring them. Mohsin Naqvi, who was back in Islamabad on Wednesday, had "
       "raised the border markets in his talks in Tehran.")],
     (dt.date(2025, 3, 3), dt.date(2025, 3, 5))),
    ([("r2-arr", "2025-05-12", "ISLAMABAD, May 12: Iranian Foreign Minister Abbas Araghchi arrived in Islamabad on "
       "Monday on an official visit to Pakistan."),
      ("r2-talks", "2025-05-13", "ISLAMABAD, May 13: Deputy Prime Minister Ishaq Dar held talks with Iranian Foreign "
       "Minister Abbas Araghchi in Islamabad on Tuesday."),
      ("r2-home", "2025-05-17", "KARACHI, May 17: Business leaders in the port city hope that the Iranian foreign "
       "minister's visit to Pakistan will revive the barter trade. Abbas Araghchi flew home on Wednesday evening "
       "after his talks in Islamabad.")],
     (dt.date(2025, 5, 12), dt.date(2025, 5, 14))),
    ([("r3-arr", "2025-06-02", "TEHRAN, June 2: Defence Minister Khawaja Muhammad Asif arrived in Tehran on Monday on "
       "an official visit to Iran."),
      ("r3-talks", "2025-06-03", "TEHRAN, June 3: Iranian Defence Minister Aziz Nasirzadeh met Defence Minister "
       "Khawaja Muhammad Asif in Tehran on Tuesday."),
      ("r3-home", "2025-06-07", "LAHORE, June 7: Back home on Thursday, Defence Minister Khawaja Muhammad Asif told "
       "reporters that his visit to Iran had been useful.")],
     (dt.date(2025, 6, 2), dt.date(2025, 6, 5))),
]


def test_an_arrival_and_a_later_reports_way_home_bound_the_visit():
    for reports, (first, last) in RETURNED:
        assert _visits(reports) == [(first, last, "range")], reports[-1][0]


def test_near_miss_without_the_way_home_the_dateline_of_a_report_that_tells_the_visit_still_bounds_it():
    # no report tells the return: the later report's day is the last a report places the visit on (§4)
    for reports, (first, last) in RETURNED:
        visits = _visits(reports[:2])
        assert visits and visits[0][0] == first and visits[0][1] < last, reports[0][0]


def test_each_report_of_the_engagement_is_a_source_of_one_visit():
    for reports, _ in RETURNED:
        events = cluster([read_report(doc, text, day, shipped_lexicon()) for doc, day, text in reports])
        visits = [e for e in events if e.kind == "visit"]
        assert len(visits) == 1 and visits[0].sources == {doc for doc, _, _ in reports}, reports[0][0]


# -- 2. the rule table itself -----------------------------------------------------------------------------------
D = dt.date(2025, 3, 3)


def _claim(kind: str, day: int, last: int | None = None) -> Claim:
    return Claim(kind, D + dt.timedelta(days=day), D + dt.timedelta(days=day if last is None else last), "r", None)


def _decide(claims: list[Claim], meetings=(), length=None, departure_told=None):
    return reconcile.reconcile(
        claims, [(D + dt.timedelta(days=a), D + dt.timedelta(days=b)) for a, b in meetings],
        length=lambda start: length, cap=lambda start: dt.date.max, week_end=lambda start, end: end,
        departure_told=any(k.kind == "departure" for k in claims) if departure_told is None else departure_told)


def test_a_held_departure_closes_a_dateline_day_after_it_but_not_a_meeting_after_it():
    decided = _decide([_claim("arrival", 0), _claim("departure", 2), _claim("dateline", 6)])
    assert (decided.start, decided.end) == (D, D + dt.timedelta(days=2))
    assert [k.kind for k in decided.used] == ["arrival", "departure"]
    # a meeting after a departure: the departure may be one leg's ('left Tehran for Mashhad'): union kept
    decided = _decide([_claim("arrival", 0), _claim("departure", 2)], meetings=[(3, 3)])
    assert decided.end == D + dt.timedelta(days=3)


def test_without_a_departure_a_dateline_day_bounds_the_range():
    decided = _decide([_claim("arrival", 0), _claim("dateline", 4)])
    assert (decided.start, decided.end, decided.precision) == (D, D + dt.timedelta(days=4), "range")


def test_a_told_length_fills_the_missing_end_from_the_arrival_and_counts_back_from_a_lone_departure():
    decided = _decide([_claim("arrival", 0)], length=4)
    assert decided.end == D + dt.timedelta(days=3)
    decided = _decide([_claim("departure", 5)], length=3)
    assert (decided.start, decided.end) == (D + dt.timedelta(days=3), D + dt.timedelta(days=5))


def test_no_claim_and_no_meeting_decides_nothing():
    assert _decide([]) is None


@given(st.lists(st.tuples(st.sampled_from(sorted(reconcile.BOUNDS)), st.integers(0, 20), st.integers(0, 3)),
                max_size=8),
       st.lists(st.tuples(st.integers(0, 20), st.integers(0, 2)), max_size=3),
       st.one_of(st.none(), st.integers(1, 6)))
def test_the_range_holds_every_claim_it_used_and_every_meeting(raw, meetings, length):
    claims = [_claim(kind, day, day + (extra if kind in ("day", "dateline") else 0)) for kind, day, extra in raw]
    spans = [(a, a + b) for a, b in meetings]
    decided = _decide(claims, meetings=spans, length=length)
    if not claims and not meetings:
        assert decided is None
        return
    assert decided.start <= decided.end
    assert decided.precision == ("day" if decided.start == decided.end else "range")
    for k in decided.used:
        assert decided.start <= k.first and k.last <= decided.end
    for a, b in spans:
        assert decided.start <= D + dt.timedelta(days=a) and D + dt.timedelta(days=b) <= decided.end
    closing = max((k.first for k in claims if k.kind == "departure"), default=None)
    if closing is not None:
        assert all(k.first <= closing for k in decided.used if k.kind == "dateline")


# -- 3. review S6: one pair's meetings on distinct days, chained by reports a week apart, stay distinct --------
def _meetings(reports: list[tuple[str, str, str]]) -> list[tuple[dt.date | None, tuple[str, ...]]]:
    events = cluster([read_report(doc, text, day, shipped_lexicon()) for doc, day, text in reports])
    return sorted((e.date_start, tuple(sorted(e.sources))) for e in events if e.kind == "meeting")


WEEKLY = [  # (text with {day}, publication days): an envoy's calls, each told once, a week apart
    ("ISLAMABAD: Iranian Ambassador Reza Amiri Moghadam called on Interior Minister Mohsin Naqvi on {day} to "
     "discuss the security of pilgrims travelling by road.", ["2025-03-04", "2025-03-11", "2025-03-18"]),
    ("ISLAMABAD: Interior Minister Mohsin Naqvi met Iranian Ambassador Reza Amiri Moghadam at the interior ministry "
     "on {day} and discussed the border markets.", ["2025-04-08", "2025-04-15", "2025-04-22"]),
    ("TEHRAN: Pakistan's Ambassador Mudassir Tipu called on Iranian Interior Minister Eskandar Momeni on {day}, "
     "the embassy said, to follow up on the return of fishermen.", ["2025-05-06", "2025-05-13", "2025-05-20"]),
]


def test_one_pairs_meetings_a_week_apart_are_one_meeting_each():
    for text, days in WEEKLY:
        reports = [(f"s6-{n}", day, text.format(day="Monday")) for n, day in enumerate(days)]
        got = _meetings(reports)
        assert [first for first, _ in got] == [dt.date.fromisoformat(d) - dt.timedelta(days=1) for d in days], text
        assert [sources for _, sources in got] == [(doc,) for doc, _, _ in reports], text


def test_near_miss_two_outlets_a_day_apart_on_one_meeting_stay_one_meeting():
    # a page's lag: one outlet dates the call Monday, the next day's another 'yesterday' (within HELD_DAY_SLACK)
    for text, days in WEEKLY:
        first = dt.date.fromisoformat(days[0])
        reports = [("lag-a", days[0], text.format(day="Monday")),
                   ("lag-b", (first + dt.timedelta(days=1)).isoformat(), text.format(day="Tuesday"))]
        got = _meetings(reports)
        assert [sources for _, sources in got] == [("lag-a", "lag-b")], text
