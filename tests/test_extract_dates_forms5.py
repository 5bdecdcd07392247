"""Date forms of news prose the extractor read wrongly or not at all (round xdates5), in reports
written for these tests: a weekday in apposition to a calendar date, an attribution with its own
date after the engagement's, an inverted attribution, weeks counted from another engagement,
'the day before yesterday' and weekends."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract_fixtures import lexicon
from pakiran_events.extract.dates import date_cues
from pakiran_events.extract.report import read_report

LEX = lexicon()
TALKS = "Interior Minister Tariq Mahmood held talks with Iranian Foreign Minister Karim Rostami in Islamabad"
WED = dt.date(2024, 1, 24)  # a Wednesday


def _meeting_dates(text: str, published: str = "2024-01-24") -> list[tuple[dt.date | None, dt.date | None, str]]:
    report = read_report("t-forms", text, published, LEX)
    return [(d[0].start, d[0].end, d[0].precision) for c in report.candidates if c.kind == "meeting" for d in c.dates]


@pytest.mark.parametrize("tail", [" on Sunday, January 14.", " on Sunday (14 January).", " on January 14, Sunday."])
def test_a_weekday_beside_a_calendar_date_is_that_date_not_the_last_such_weekday(tail):
    # the Sunday before the report is the 21st; the report says the 14th
    assert _meeting_dates(TALKS + tail) == [(dt.date(2024, 1, 14),) * 2 + ("day",)]


def test_a_lone_weekday_is_still_read_against_the_publication_date():
    assert [c.start for c in date_cues("They met on Sunday in the capital.", WED, False)] == [dt.date(2024, 1, 21)]


@pytest.mark.parametrize("tail", [" on Sunday, the foreign office said on Monday.",
                                  " on Sunday, the ministry said in a statement.",
                                  " on Sunday, said a statement from the ministry."])
def test_an_attribution_after_the_engagement_does_not_take_its_date(tail):
    assert _meeting_dates(TALKS + tail) == [(dt.date(2024, 1, 21),) * 2 + ("day",)]


def test_a_date_after_the_reporting_verb_is_still_the_reports():
    # 'the ministry said on Monday that ... met': the Monday is the statement's, the talks get no day from it
    text = f"The ministry said on Monday that {TALKS} and agreed to meet again."
    assert all(d != (dt.date(2024, 1, 22),) * 2 + ("day",) for d in _meeting_dates(text))


def test_a_week_later_is_counted_from_the_engagement_before_it_not_from_the_report():
    text = ("Iranian Foreign Minister Karim Rostami arrived in Islamabad on Monday, January 8. "
            f"A week later, {TALKS}.")
    assert _meeting_dates(text, "2024-01-24") == [(dt.date(2024, 1, 15),) * 2 + ("day",)]


def test_weeks_before_or_after_are_offsets_of_seven_days():
    [later] = date_cues("two weeks after the talks", WED, False)
    [before] = date_cues("a week before the summit", WED, False)
    assert (later.offset, before.offset) == (14, -7) and not later.resolved


def test_the_day_before_yesterday_is_two_days_before_the_report():
    [cue] = date_cues("They met the day before yesterday.", WED, False)
    assert (cue.start, cue.precision) == (dt.date(2024, 1, 22), "day")


@pytest.mark.parametrize(("phrase", "published", "first"), [
    ("over the weekend", dt.date(2024, 1, 22), dt.date(2024, 1, 20)),   # a Monday's report: the Saturday before
    ("last weekend", WED, dt.date(2024, 1, 20)),
    ("over the weekend", dt.date(2024, 1, 21), dt.date(2024, 1, 20)),   # a Sunday's report: this weekend
])
def test_a_weekend_is_its_saturday_and_sunday_never_one_guessed_day(phrase, published, first):
    [cue] = date_cues(f"They met {phrase}.", published, False)
    assert (cue.start, cue.end, cue.precision) == (first, first + dt.timedelta(days=1), "range")


def test_a_weekend_to_come_is_the_next_one():
    [cue] = date_cues("They will meet next weekend.", WED, True)
    assert cue.start == dt.date(2024, 1, 27)


_WORDS = ["on", "Sunday", ",", "January", "14", "(", ")", "a", "week", "later", "the", "day", "before", "yesterday",
          "over", "weekend", "last", "next", "said", "officials", "two", "weeks", "after", "met", "."]


@given(st.lists(st.sampled_from(_WORDS), max_size=14), st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)), st.booleans())
def test_date_cues_of_any_mix_of_these_forms_never_raise_and_are_ordered(words, anchor, future):
    for cue in date_cues(" ".join(words), anchor, future):
        assert (cue.start is None) == (cue.end is None)
        assert cue.start is None or cue.start <= cue.end
        assert cue.offset is None or cue.start is None
