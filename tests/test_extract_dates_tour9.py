"""A visit told without a day of its own in a report of an N-day tour that began on a day the
report gives falls within the tour (that day to N-1 days after it, precision range); a trip still
to come ('ahead of his three-day trip') dates nothing. Reports in our own words (ninth round)."""

from __future__ import annotations

import datetime as dt

from extract_fixtures import lexicon
from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.report import read_report

LEX = lexicon()


def _visits(text: str, published: str):
    return [e for e in cluster([read_report("x-tour", text, published, LEX)]) if e.kind == "visit"]


_TOUR = ("Pakistan's Foreign Minister Saleem Qadri met Turkish Foreign Minister Ali Demir in Ankara on Monday. "
         "Ankara was the first stop of Qadri's {n} tour of three countries, which also takes in Iran and Qatar. "
         "Qadri visits Tehran to meet his Iranian counterpart Karim Rostami.")


def test_a_dyad_stop_of_a_tour_falls_within_the_tours_days():
    visits = _visits(_TOUR.format(n="three-day"), "2025-03-04")  # Monday = 3 March 2025
    assert visits, "no visit"
    assert {(v.date_start, v.date_end, v.precision) for v in visits} == {(dt.date(2025, 3, 3), dt.date(2025, 3, 5), "range")}


def test_a_tour_without_a_stated_length_is_not_given_days():
    visits = _visits(_TOUR.format(n="regional"), "2025-03-04")
    assert visits and all(v.date_end != dt.date(2025, 3, 5) for v in visits)


def test_a_trip_still_to_come_dates_no_visit_by_its_length():
    from pakiran_events.extract.frames import frames_of
    from pakiran_events.extract.report import Reading

    text = ("Iran's Interior Minister Karim Rostami arrived in Islamabad on Sunday ahead of Qadri's two-day trip to "
            "Tehran, which began after talks. Qadri visits Tehran to meet Iranian President Ali Rahimi.")
    visits = [f for f in frames_of(Reading("x-ahead", text, dt.date(2025, 3, 4), LEX)) if f.kind == "visit"]
    assert visits and not [c for f in visits for c, _ in f.dates if c.precision == "range"]
