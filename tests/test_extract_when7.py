"""When and where, seventh round, on reports written for the purpose (made-up people and wording,
nothing from the corpus): a trip told with a finite travel verb and a purpose ('visits Tehran to
meet ...') is a held visit whose meetings are placed there; 'upon arrival in <city>' places a
visit; an office named at talks abroad is not the talks' venue; a report that names no date is
dated from its participants' terms up to its own day (CURATION.md §4), never by a guessed day."""

from __future__ import annotations

import datetime as dt

from extract_fixtures import events_of, lexicon

LEX = lexicon()


def _kinds(events, kind):
    return [e for e in events if e.kind == kind]


# -- a trip told in the present tense with its purpose ----------------------------------------------
def test_visits_a_city_to_meet_a_counterpart_is_a_held_visit_there():
    doc = ("x-visits-to-meet", "2024-05-10",
           "Interior Minister Saima Baig visits Tehran to meet Iranian Foreign Minister Karim Rostami.")
    events = events_of(doc)
    visits = _kinds(events, "visit")
    assert len(visits) == 1 and visits[0].place_id == "tehran" and visits[0].country == "IRN"
    assert visits[0].guest == "saima-baig"


def test_the_meeting_of_such_a_trip_is_placed_in_the_city_visited():
    doc = ("x-visits-meeting", "2024-05-10",
           "Interior Minister Saima Baig met Iranian Foreign Minister Karim Rostami. "
           "Saima Baig visits Tehran to meet her counterpart.")
    meetings = _kinds(events_of(doc), "meeting")
    assert meetings and all(m.place_id == "tehran" and m.country == "IRN" for m in meetings)


def test_a_trip_still_to_come_with_a_purpose_stays_a_plan():
    doc = ("x-is-to-visit", "2024-05-10",
           "Interior Minister Saima Baig is expected to travel next week; she visits Tehran to meet Karim Rostami "
           "once the dates are scheduled.")
    assert not _kinds(events_of(doc), "visit")


def test_upon_arrival_in_a_city_places_the_visit_in_that_city():
    doc = ("x-upon-arrival", "2024-05-10",
           "Interior Minister Saima Baig paid a visit to Iran. "
           "Upon arrival in Tehran, Baig was received by Foreign Minister Karim Rostami.")
    visits = _kinds(events_of(doc), "visit")
    assert len(visits) == 1 and visits[0].place_id == "tehran"


# -- an office of the guest's side is not the venue of talks abroad ---------------------------------------
def test_an_office_named_at_talks_abroad_is_not_their_venue():
    doc = ("x-office-abroad", "2024-05-10",
           "Interior Minister Saima Baig arrived in Tehran on Thursday. "
           "Baig held talks with Foreign Minister Karim Rostami, joined by officials of the Foreign Office.")
    meetings = _kinds(events_of(doc), "meeting")
    assert meetings and all(m.place_id in (None, "tehran") and m.venue is None for m in meetings)


# -- a report with no date ------------------------------------------------------------------------
def test_a_report_naming_no_date_runs_from_the_term_to_its_day():
    doc = ("x-no-date", "2024-05-18",
           "Iranian Foreign Minister Karim Rostami held talks with Interior Minister Saima Baig in Islamabad.")
    meeting = _kinds(events_of(doc), "meeting")[0]
    assert (meeting.date_start, meeting.date_end, meeting.precision) == (dt.date(2021, 8, 25), dt.date(2024, 5, 18), "range")


def test_a_report_naming_a_date_of_its_statement_keeps_the_month():
    # a date is named (the statement's Saturday), but not the meeting's: the month of the report
    doc = ("x-statement-day", "2024-05-18",
           "Iranian Foreign Minister Karim Rostami held talks with Interior Minister Saima Baig in Islamabad, "
           "a statement issued on Saturday said.")
    meeting = _kinds(events_of(doc), "meeting")[0]
    assert (meeting.date_start, meeting.date_end, meeting.precision) == (dt.date(2024, 5, 1), dt.date(2024, 5, 31), "month")


def test_a_report_naming_no_date_without_a_known_term_keeps_the_month():
    doc = ("x-no-date-no-term", "2024-05-18",
           "Interior Minister Saima Baig held talks with Tariq Mahmood in Tehran.")
    for e in events_of(doc):
        assert e.precision == "month" and e.date_start == dt.date(2024, 5, 1)
