"""Round 29 (dates29, issue 15): exact dates of visits and their meetings. Made-up reports in our own
words: 'on the last day of the visit' is the day the report tells the way home (not a day counted
from an arrival and a length), and a guest told in the present tense as due to leave later ('is
scheduled to leave for Tehran tomorrow') is in the country on the report's day, which ends the
range (CURATION.md §4: a planned return never sets the end by itself; the present tense places the
guest there on the report's own day, never later)."""

from __future__ import annotations

import datetime as dt

from extract_fixtures import OwnReports, of_kind

OWN = OwnReports("dates29-own", "2025-03-06")  # a Thursday
SUN, MON, TUE, WED, THU, FRI = (dt.date(2025, 3, d) for d in (2, 3, 4, 5, 6, 7))


def _dates(events, kind: str, *people: str) -> list[tuple[dt.date | None, dt.date | None]]:
    return [(e.date_start, e.date_end) for e in of_kind(events, kind) if set(people) <= set(e.participants)]


# ---- the last day of the visit is the way home told -------------------------------------------------

WAY_HOME_LAST_DAY = (
    "TEHRAN -- Interior Minister Eskandar Momeni came back home on Wednesday evening after a three-day trip to "
    "Pakistan, telling reporters on arrival at the airport that the talks had gone well. On the last day of the "
    "visit he met Ishaq Dar, the Pakistani foreign minister, at the Foreign Office in Islamabad. Momeni had met "
    "Interior Minister Mohsin Naqvi on Tuesday.")


def test_the_last_day_of_the_visit_is_the_day_home():
    events = OWN.clustered(WAY_HOME_LAST_DAY)
    assert _dates(events, "meeting", "eskandar-momeni", "ishaq-dar") == [(WED, WED)], events
    assert _dates(events, "visit", "eskandar-momeni") == [(TUE, WED)], events


def test_the_last_day_of_the_visit_without_a_way_home_still_counts_from_the_arrival():
    """No way home told: the arrival and the length give the last day, as before."""
    text = ("Interior Minister Eskandar Momeni arrived in Islamabad on Monday on a three-day visit. On the last day "
            "of the visit he met Ishaq Dar, the Pakistani foreign minister, at the Foreign Office.")
    events = OWN.clustered(text)
    assert _dates(events, "meeting", "eskandar-momeni", "ishaq-dar") == [(WED, WED)], events


def test_a_way_out_is_no_last_day():
    """'left Islamabad for Tehran' is the trip's way out: the last day stays the arrival plus the length."""
    text = ("Interior Minister Mohsin Naqvi left Islamabad for Tehran on Sunday and arrived there the same evening "
            "on a three-day visit. On the last day of the visit he met Iranian Interior Minister Eskandar Momeni.")
    events = OWN.clustered(text)
    assert _dates(events, "meeting", "mohsin-naqvi", "eskandar-momeni") == [(TUE, TUE)], events


# ---- 'left for <home city> at the end of a visit': the way home, the visit not placed at home -------

def test_leaving_for_home_at_the_end_of_a_visit_ends_it():
    text = ("ISLAMABAD: Iran's Interior Minister Eskandar Momeni left for Tehran on Wednesday night at the end of a "
            "two-day visit that both sides called useful. Before his departure he called on Foreign Minister Ishaq "
            "Dar at the Foreign Office on Wednesday.")
    events = OWN.clustered(text)
    assert [e.date_end for e in of_kind(events, "visit") if "eskandar-momeni" in e.participants] == [WED], events
    assert _dates(events, "meeting", "eskandar-momeni", "ishaq-dar") == [(WED, WED)], events
    assert not any(e.country == "IRN" for e in of_kind(events, "visit")), events


def test_leaving_for_the_other_sides_city_is_still_the_way_out():
    """A guest leaving home for the other side's capital: a trip there, not a way home."""
    text = ("ISLAMABAD: Interior Minister Mohsin Naqvi left for Tehran on Monday on a two-day visit. He met Iranian "
            "Interior Minister Eskandar Momeni on Tuesday.")
    events = OWN.clustered(text)
    assert [(e.country, e.date_start) for e in of_kind(events, "visit") if "mohsin-naqvi" in e.participants] == [("IRN", MON)], events


# ---- the day a visit was confirmed is the statement's, not the visit's --------------------------------

def test_the_day_a_plan_was_confirmed_is_no_day_of_the_visit():
    """An announcement of Sunday ('confirmed on Sunday that X would be in Islamabad this week, the first
    visit at that level') and a report of the arrival on Monday: the visit begins on Monday."""
    from pakiran_events.extract.cluster import cluster

    told = OwnReports("dates29-announce", "2025-03-02").report(
        "ISLAMABAD: The Foreign Office on Sunday confirmed that Iran's Interior Minister Eskandar Momeni would be "
        "in the capital for two days this week, the first visit at that level in a year.")
    held = OwnReports("dates29-arrived", "2025-03-04").report(
        "ISLAMABAD: Iran's Interior Minister Eskandar Momeni arrived in Islamabad on Monday and met Interior "
        "Minister Mohsin Naqvi on Tuesday.")
    events = cluster([told, held])
    assert _dates(events, "visit", "eskandar-momeni") == [(MON, TUE)], events


def test_the_last_day_of_the_visit_with_only_the_way_home_told():
    """No arrival told at all: the way home alone gives the last day (and reading it never fails)."""
    text = ("KARACHI: Navy chief Admiral Naveed Ashraf has returned from a visit to Iran. He flew back to Karachi on "
            "Wednesday evening. On the last day of the visit he met Rear Admiral Shahram Irani at Bandar Abbas.")
    events = OWN.clustered(text)
    assert all(e.date_end is None or e.date_end <= THU for e in events), events
    assert any(e.kind == "meeting" and (e.date_start, e.date_end) == (WED, WED) for e in events), events


# ---- a meeting its report gives no time of its own lies within the visit that report tells -----------

def _event(kind, guest, host, start, end, precision, sources, side="IRN"):
    from pakiran_events.extract.cluster import Event

    e = Event(kind, guest, host, "PAK", set(sources), start, end, precision)
    e.participants = {guest: {"side": side, "titles": [], "spans": [], "names": []}}
    return e


def test_a_meeting_dated_only_by_its_reports_month_takes_the_visit_it_belongs_to():
    from pakiran_events.extract.cluster import attach_to_visits

    visit = _event("visit", "eskandar-momeni", None, MON, TUE, "range", {"a", "b"})
    meeting = _event("meeting", "majid-mirahmadi", "government-of-pakistan", dt.date(2025, 3, 1),
                     dt.date(2025, 3, 31), "month", {"b"})
    attach_to_visits([visit, meeting])
    assert (meeting.parent, meeting.date_start, meeting.date_end, meeting.precision) == (visit, MON, TUE, "range")


def test_a_meeting_told_in_a_month_of_its_own_keeps_it():
    """'in March' told by the report (a date span cited) is the report's word: no visit narrows it."""
    from pakiran_events.extract.cluster import attach_to_visits

    visit = _event("visit", "eskandar-momeni", None, MON, TUE, "range", {"a", "b"})
    meeting = _event("meeting", "majid-mirahmadi", "government-of-pakistan", dt.date(2025, 3, 1),
                     dt.date(2025, 3, 31), "month", {"b"})
    meeting.evidence["date"][("b", (0, 10))] = None
    attach_to_visits([visit, meeting])
    assert (meeting.parent, meeting.precision) == (None, "month")


def test_a_month_only_meeting_of_the_other_side_is_no_part_of_the_visit():
    from pakiran_events.extract.cluster import attach_to_visits

    visit = _event("visit", "eskandar-momeni", None, MON, TUE, "range", {"a", "b"})
    meeting = _event("meeting", "ishaq-dar", "government-of-iran", dt.date(2025, 3, 1), dt.date(2025, 3, 31),
                     "month", {"b"}, side="PAK")
    attach_to_visits([visit, meeting])
    assert (meeting.parent, meeting.precision) == (None, "month")
