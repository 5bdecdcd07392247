"""Dates found by hostile testing of `extract` (round 3), in reports written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import lexicon
from pakiran_events.extract.report import read_report

LEX = lexicon()
TALKS = ("Interior Minister Tariq Mahmood held talks with Iranian Foreign Minister Karim Rostami "
         "in Tehran on December 30")


def _meeting_days(text: str, published: str) -> list:
    report = read_report("t-talks", text, published, LEX)
    return [d[0].start for c in report.candidates if c.kind == "meeting" for d in c.dates]


def test_a_year_less_december_day_in_a_january_report_is_last_years():
    assert _meeting_days(TALKS + ".", "2024-01-02") == [dt.date(2023, 12, 30)]


@pytest.mark.parametrize("tail", [", officials said.", ", officials said, agreeing to share intelligence."])
def test_a_date_before_a_trailing_said_dates_the_meeting(tail):
    assert _meeting_days(TALKS + tail, "2024-01-02") == [dt.date(2023, 12, 30)]


def test_a_passing_mention_of_another_meeting_does_not_date_the_named_peoples_talks():
    text = ("Islamabad: Two interior ministers last met in Rawalpindi on Sunday to review the frontier. "
            "A delegation led by Iranian Foreign Minister Karim Rostami arrived in Islamabad on Wednesday. "
            "Interior Minister Tariq Mahmood was also present at the talks.")
    report = read_report("t-passing", text, "2024-01-02", LEX)  # a Tuesday: Sunday is 31 December
    named = [c for c in report.candidates if c.kind == "meeting"
             and {"karim-rostami", "tariq-mahmood"} <= {getattr(p, "actor_id", p) for p in c.participants}]
    assert named
    assert all(d[0].start != dt.date(2023, 12, 31) for c in named for d in c.dates)
