"""Each rule of the extractor on reports written for the purpose (tests/extract_fixtures.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import (
    ANNOUNCEMENT,
    DISTRACTOR,
    SAME_MEETING,
    STRANGERS,
    VARIANT,
    VISIT_DAY_ONE,
    VISIT_DAY_TWO,
    VISIT_GHQ,
    events_of,
    lexicon,
)
from pakiran_events.extract.cluster import nearest_weekday
from pakiran_events.extract.dates import date_cues, publication_date
from pakiran_events.extract.report import read_report

LEX = lexicon()
WED = dt.date(2024, 5, 15)  # a Wednesday


def _day(text, future=False, anchor=WED):
    cues = date_cues(text, anchor, future)
    assert cues, text
    return cues[0]


@pytest.mark.parametrize("text,future,start,end,precision", [
    ("met on Monday", False, "2024-05-13", "2024-05-13", "day"),
    ("will meet on Monday", True, "2024-05-20", "2024-05-20", "day"),
    ("met on Wednesday", False, "2024-05-15", "2024-05-15", "day"),
    ("arrived yesterday", False, "2024-05-14", "2024-05-14", "day"),
    ("met today", False, "2024-05-15", "2024-05-15", "day"),
    ("arrives tomorrow", True, "2024-05-16", "2024-05-16", "day"),
    ("talks this week", False, "2024-05-13", "2024-05-15", "week"),
    ("strikes last week", False, "2024-05-06", "2024-05-12", "week"),
    ("talks next week", True, "2024-05-20", "2024-05-26", "week"),
    # a month-precise date is the whole month (CURATION.md, checked rule V: month => first and last
    # day of one month); told as held, 'this month' and 'earlier this month' end on the report's day
    # (a report is on or after what it reports): from the 1st to it, precision range (fourteenth round)
    ("this month", False, "2024-05-01", "2024-05-15", "range"),
    ("earlier this month", False, "2024-05-01", "2024-05-15", "range"),
    ("in April", False, "2024-04-01", "2024-04-30", "month"),
    ("on May 10", False, "2024-05-10", "2024-05-10", "day"),
    ("on 10 May 2023", False, "2023-05-10", "2023-05-10", "day"),
    ("ISLAMABAD, MAY 9 /wire/", False, "2024-05-09", "2024-05-09", "day"),
    ("from May 20 to 22", True, "2024-05-20", "2024-05-22", "range"),
])
def test_every_relative_and_absolute_date_form(text, future, start, end, precision):
    cue = _day(text, future)
    assert (cue.start.isoformat(), cue.end.isoformat(), cue.precision) == (start, end, precision)


def test_a_weekday_without_an_anchor_stays_unresolved_until_the_visit_dates_it():
    cue = _day("met on Sunday", anchor=None)
    assert cue.start is None and cue.weekday == 6
    # inside a visit known to run 14-15 July 2023, 'Sunday' is the 16th, not the 9th
    assert nearest_weekday([dt.date(2023, 7, 14), dt.date(2023, 7, 15)], 6) == dt.date(2023, 7, 16)


def test_publication_date_from_manifest_collection_line_or_byline():
    assert publication_date("text", "2024-01-02") == dt.date(2024, 1, 2)
    assert publication_date(" date 2024-03-04 Body", "") == dt.date(2024, 3, 4)
    assert publication_date("Headline\nStaff Published July 15, 2023 Updated", None) == dt.date(2023, 7, 15)
    assert publication_date("no date at all", None) is None


def test_alias_and_transliteration_variants_find_the_same_actor():
    report = read_report(VARIANT[0], VARIANT[2], VARIANT[1], LEX)
    people = {actor for c in report.candidates for actor in c.participants}
    assert "farid-karimzadeh" in people  # 'Karimzadah' is a variant of the alias 'Karimzadeh'
    one = read_report(SAME_MEETING[0], SAME_MEETING[2], SAME_MEETING[1], LEX)
    assert any("karim-rostami" in c.participants for c in one.candidates)  # alias 'Karim Rostamy'


def test_an_unknown_titled_person_becomes_an_actor_with_the_title_kept():
    report = read_report(STRANGERS[0], STRANGERS[2], STRANGERS[1], LEX)
    assert {a: (v["name"], v["country_iso3"]) for a, v in report.new_actors.items()} == {
        "ahmad-vahidi": ("Ahmad Vahidi", "IRN"), "mohsin-naqvi": ("Mohsin Naqvi", "PAK")}
    meeting = next(c for c in report.candidates if c.kind == "meeting")
    assert meeting.participants["ahmad-vahidi"]["title"] == "Interior Minister"
    assert meeting.participants["mohsin-naqvi"]["title"] == "Interior Minister"
    assert meeting.dates[0][0].start == dt.date(2024, 7, 9)  # 'yesterday'


def test_two_reports_of_one_meeting_make_one_event_with_both_sources():
    events = events_of(VISIT_DAY_ONE, SAME_MEETING)
    meetings = [e for e in events if e.kind == "meeting"]
    assert len(meetings) == 1
    assert meetings[0].sources == {VISIT_DAY_ONE[0], SAME_MEETING[0]}
    assert meetings[0].date_start == dt.date(2024, 5, 13)


def test_a_visit_with_three_meetings():
    events = events_of(VISIT_DAY_ONE, VISIT_DAY_TWO, VISIT_GHQ)
    visits = [e for e in events if e.kind == "visit"]
    meetings = sorted((e for e in events if e.kind == "meeting"), key=lambda e: e.date_start)
    assert len(visits) == 1 and len(meetings) == 3
    visit = visits[0]
    assert (visit.date_start, visit.date_end, visit.precision) == (dt.date(2024, 5, 13), dt.date(2024, 5, 15), "range")
    assert [(m.host, m.date_start.day, m.place_id) for m in meetings] == [
        ("tariq-mahmood", 13, "islamabad"), ("saima-baig", 14, "islamabad"), ("nadeem-anjum", 15, "rawalpindi")]
    assert all(m.parent is visit for m in meetings)
    assert meetings[2].venue == "General Headquarters (GHQ)"
    types = {(m.host, c["commitment_type"], c["modality"]) for m in meetings for c in m.commitments}
    assert {("tariq-mahmood", "intelligence_sharing", "agreed"), ("saima-baig", "border_markets", "pledged"),
            ("nadeem-anjum", "border_security", "proposed")} <= types


def test_a_distractor_report_creates_no_event():
    assert events_of(DISTRACTOR) == []


def test_an_announcement_alone_creates_no_event_but_is_a_source_once_confirmed():
    assert events_of(ANNOUNCEMENT) == []
    confirming = ("wire-20240603-karimzadeh", "2024-06-03",
                  "Iran's Foreign Minister Farid Karimzadeh met Prime Minister Tariq Mahmood in Islamabad on Sunday.")
    events = events_of(ANNOUNCEMENT, confirming)
    visit = next(e for e in events if e.kind == "visit")
    assert ANNOUNCEMENT[0] in visit.sources and confirming[0] in visit.sources
    assert not any(c for e in events for c in e.commitments if c["doc"] == ANNOUNCEMENT[0])


def test_a_report_that_cannot_be_read_is_reported_not_fatal():
    assert read_report("x", "", None, LEX).problem == "empty document"
    assert read_report("x", "   \n ", None, LEX).problem == "empty document"
    assert "too long" in read_report("x", "a" * 2_000_001, None, LEX).problem


def test_a_call_between_offices_named_in_the_plural_finds_each_sides_holder():
    doc = ("herald-20240520-call", "2024-05-20",
           "Iran's Foreign Minister Karim Rostami is expected in Islamabad soon. "
           "Tensions eased after a telephonic conversation between their foreign ministers last week. "
           "Pakistan's Foreign Minister Saima Baig welcomed the step.")
    calls = [e for e in events_of(doc) if e.kind == "phone_call"]
    assert len(calls) == 1
    call = calls[0]
    assert set(call.participants) == {"karim-rostami", "saima-baig"}
    # "last week" in a report of Monday 20 May is the week before, Monday 13 to Sunday 19 May (a call dated
    # by a span of days takes it since the eleventh round; it took the report's month before)
    assert (call.date_start, call.date_end, call.precision) == (dt.date(2024, 5, 13), dt.date(2024, 5, 19), "range")
