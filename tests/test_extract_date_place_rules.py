"""Dates and places chosen across reports (CURATION.md §4, §5), on reports written for the purpose
(names, places and wording made up; nothing copied from the corpus): a plan told beside a held
meeting does not date it, a tie between reports' days goes to the report written soonest after,
a visit borrows no other guest's city, a meeting told only at the country takes the trip's city its
own report names, and a weekday narrows a range bounded by terms of office."""

from __future__ import annotations

import datetime as dt

from extract_fixtures import ACTORS, PLACES, POSITIONS, events_of, lexicon
from pakiran_events.extract.lexicon import Lexicon, merge_dictionaries
from pakiran_events.extract.report import read_report

LEX = lexicon()
# the fixture gazetteer with Iran as a place too ('during his visit to Iran' places a meeting at the country)
IRAN = {"place_id": "iran", "name": "Iran", "country_iso3": "IRN", "latitude": "32.0", "longitude": "53.0",
        "coordinate_precision": "country", "geonames_id": "130758"}
LEX_IRAN = Lexicon({a: {"actor_id": a, "name": n, "actor_type": "person", "country_iso3": c} for a, (n, c, _) in ACTORS.items()},
                   {a: list(al) for a, (_, _, al) in ACTORS.items()}, {**PLACES, "iran": IRAN}, merge_dictionaries([]),
                   list(POSITIONS))


def _kind(events, kind):
    return [e for e in events if e.kind == kind]


def test_a_plan_told_beside_a_held_meeting_does_not_date_it():
    arrived = ("x-arrived", "2024-05-13", "Iranian Foreign Minister Karim Rostami arrived in Islamabad on Monday for a "
                                         "two-day visit to Pakistan.")
    undated = ("x-plan", None, "Foreign Minister Karim Rostami held talks with Interior Minister Saima Baig in "
                               "Islamabad, and is scheduled to fly to Baku on Friday.")
    events = events_of(arrived, undated)
    visit = _kind(events, "visit")[0]
    # the Friday of the plan is another trip's day: the visit is the two days from the arrival
    assert (visit.date_start, visit.date_end) == (dt.date(2024, 5, 13), dt.date(2024, 5, 14))
    assert all(m.date_start >= visit.date_start and m.date_end <= visit.date_end for m in _kind(events, "meeting"))


def test_reports_split_on_the_day_follow_the_one_written_soonest_after_it():
    same_day = ("x-same-day", "2024-05-15", "Interior Minister Saima Baig met Iranian Foreign Minister Karim Rostami in "
                                           "Tehran on Wednesday.")
    later = ("x-two-days-on", "2024-05-17", "Saima Baig, who visited Tehran on Tuesday, held talks with Foreign Minister "
                                           "Karim Rostami.")
    meetings = [m for m in events_of(later, same_day) if m.kind == "meeting" and m.host == "karim-rostami"]
    assert len(meetings) == 1
    assert (meetings[0].date_start, meetings[0].date_end) == (dt.date(2024, 5, 15), dt.date(2024, 5, 15))


def test_a_visit_told_only_at_its_country_borrows_no_other_guests_city():
    text = ("Iranian Foreign Minister Karim Rostami, who arrived in Pakistan on Monday, met Interior Minister Saima "
            "Baig on Tuesday. Earlier this month, during Foreign Minister Farid Karimzadeh's visit to Islamabad, both "
            "sides had pledged closer ties.")
    rostami = [c for c in read_report("x-other-guest", text, "2024-05-15", LEX).candidates
               if c.kind == "visit" and c.guest == "karim-rostami"]
    assert rostami and all(c.place_id != "islamabad" for c in rostami)


def test_a_meeting_told_only_at_the_country_takes_the_city_its_report_names_for_the_trip():
    arrival = ("x-landed", "2024-05-13", "Army chief General Nadeem Anjum arrived in Tehran on Monday on a two-day visit.")
    report = ("x-wrap", "2024-05-15", "General Nadeem Anjum ended his two-day visit to Tehran on Tuesday. During his "
                                     "visit to Iran, Anjum held talks with Foreign Minister Karim Rostami.")
    events = events_of(arrival, report, lex=LEX_IRAN)
    meetings = _kind(events, "meeting")
    assert meetings and {m.place_id for m in meetings} == {"tehran"}


def test_a_weekday_narrows_a_range_bounded_by_terms_of_office_but_makes_no_day():
    doc = ("x-undated-monday", None, "Iranian Foreign Minister Karim Rostami met army chief General Nadeem Anjum in "
                                     "Tehran on Monday.")
    meeting = _kind(events_of(doc), "meeting")[0]
    # the terms overlap 2022-11-29 (a Tuesday) .. 2024-05-19 (a Sunday): Mondays 2022-12-05 .. 2024-05-13
    assert (meeting.date_start, meeting.date_end, meeting.precision) == (dt.date(2022, 12, 5), dt.date(2024, 5, 13), "range")
