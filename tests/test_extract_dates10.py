"""Exact dates, tenth round (issue 15): dates reconciled across the reports of one engagement.
Every sentence is written for the purpose (names and wording made up; nothing from the corpus)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from extract_fixtures import VISIT_DAY_ONE, lexicon
from pakiran_events.extract.cluster import cluster, incident_day
from pakiran_events.extract.report import read_report

LEX = lexicon()


def _events_with(doc: str, *reports: tuple[str, str | None, str]):
    events = cluster([read_report(d, t, p, LEX) for d, p, t in reports])
    return [e for e in events if doc in {d for d, _, _ in e.members}]


def test_an_undated_report_of_an_arrival_on_another_weekday_tells_of_another_visit():
    # the dated report has the minister arrive on Monday 13 May 2024; an undated report that has him
    # arrive on a Thursday cannot be of that visit (one visit, one arrival): it is a visit of its own
    other = ("x-undated-thursday", None,
             "Iranian Foreign Minister Karim Rostami arrived in Islamabad on Thursday afternoon at the invitation "
             "of Prime Minister Tariq Mahmood.")
    joined = [e for e in _events_with("x-undated-thursday", VISIT_DAY_ONE, other) if e.kind == "visit"]
    assert joined and all("wire-20240515-rostami-arrives" not in {d for d, _, _ in e.members} for e in joined)
    # told on the arrival's own weekday, it joins that visit, as before
    same = ("x-undated-monday", None, other[2].replace("Thursday", "Monday"))
    joined = [e for e in _events_with("x-undated-monday", VISIT_DAY_ONE, same) if e.kind == "visit"]
    assert [sorted(d for d, _, _ in e.members) for e in joined] == [["wire-20240515-rostami-arrives", "x-undated-monday"]]


_LEGS = ("Iranian Foreign Minister Karim Rostami completed his visit to {stops} on 12 March 2025. "
         "Rostami began the trip in Ankara on 9 March 2025. "
         "On 10 March 2025, Rostami held talks with officials of the emir in Doha.")


def _visits(text: str, published: str = "2025-03-13"):
    return [e for e in cluster([read_report("x-legs", text, published, LEX)]) if e.kind == "visit"]


def test_the_last_stop_of_a_tour_lies_between_the_last_day_told_elsewhere_and_the_tours_end():
    visits = _visits(_LEGS.format(stops="Turkey, Qatar and Pakistan"))
    assert [(v.country, v.date_start, v.date_end, v.precision) for v in visits] == \
        [("PAK", dt.date(2025, 3, 10), dt.date(2025, 3, 12), "range")]


def test_a_tour_whose_dyad_stop_is_not_the_last_or_whose_other_days_are_not_told_keeps_its_day():
    first = _visits(_LEGS.format(stops="Pakistan, Turkey and Qatar"))  # Pakistan may have come first: no bound from the others
    assert all(v.date_start != dt.date(2025, 3, 10) for v in first)
    alone = _visits("Iranian Foreign Minister Karim Rostami completed his visit to Turkey, Qatar and Pakistan on 12 March 2025.")
    assert [(v.date_start, v.date_end, v.precision) for v in alone] == [(dt.date(2025, 3, 12), dt.date(2025, 3, 12), "day")]


_AGREED = ("x-undated-agreed", None,
           "Islamabad: Pakistan and Iran agreed on Wednesday to reopen the Taftan crossing. The agreement came one week "
           "after six customs officers were killed in an ambush near the frontier. Iranian Foreign Minister Farid "
           "Karimzadeh, who arrived in Islamabad on Wednesday, held talks with Interior Minister Saima Baig.")
_CONDOLED = ("x-undated-condoled", None,
             "Iranian Foreign Minister Farid Karimzadeh called on Interior Minister Saima Baig in Islamabad. On the "
             "ambush in which six customs officers were killed on 4 June, this year, Baig offered condolences.")


def _visit_of(*reports):
    visits = [e for e in cluster([read_report(d, t, p, LEX) for d, p, t in reports]) if e.kind == "visit"]
    assert len(visits) == 1, visits
    return visits[0]


def test_an_offset_from_a_happening_is_counted_from_the_day_another_report_gives_that_happening():
    # Karimzadeh's term (from 20 May 2024) holds 4 June 2024 and 2025; a week later, only 11 June 2025
    # is a Wednesday: the day both undated reports give together
    visit = _visit_of(_AGREED, _CONDOLED)
    assert (visit.date_start, visit.date_end, visit.precision) == (dt.date(2025, 6, 11), dt.date(2025, 6, 11), "day")
    cited = {doc for doc, _ in visit.evidence["date"]}
    assert cited == {"x-undated-agreed", "x-undated-condoled"}


def test_no_day_from_another_happening_or_a_weekday_that_does_not_fit():
    other = (_CONDOLED[0], None, _CONDOLED[2].replace("six customs officers were killed", "a dam was opened"))
    assert _visit_of(_AGREED, other).precision == "range"  # another happening: no common words
    thursday = (_AGREED[0], None, _AGREED[2].replace("Wednesday", "Thursday"))
    assert _visit_of(thursday, _CONDOLED).precision == "range"  # neither year's day is a Thursday


@settings(max_examples=150, deadline=None)
@given(shift=st.integers(-21, 21), month=st.integers(1, 12), first=st.integers(1, 28), weekday=st.integers(0, 6),
       start=st.dates(dt.date(1995, 1, 1), dt.date(2025, 1, 1)), days=st.integers(0, 2000),
       words=st.sets(st.sampled_from(["kill", "bord", "guar", "ambu", "dams", "trad", "flig"]), max_size=5))
def test_an_incident_day_is_in_the_range_on_the_told_weekday_or_none(shift, month, first, weekday, start, days, words):
    from pakiran_events.extract.dates import DateCue
    from pakiran_events.extract.report import Candidate, Span

    end = start + dt.timedelta(days=days)
    told = Candidate("visit", "a", "b", "PAK", False, 0, dates=[(DateCue(None, None, "day", weekday=weekday), Span(0, 1))])
    told.incidents = (("offset", shift, frozenset(words), Span(0, 1)),)
    other = Candidate("meeting", "a", "b", "PAK", False, 0)
    other.incidents = (("day", (month, first, first), frozenset(["kill", "bord", "guar"]), Span(2, 3)),)
    found = incident_day([("x", None, told), ("y", None, other)], start, end)
    if found is not None:
        assert start <= found[0] <= end and found[0].weekday() == weekday
        assert len(words & {"kill", "bord", "guar"}) >= 3
