"""Exact dates, twentieth round (xdate20): a weekday with a part of the day before a trailing
attribution ('on Saturday evening, the president's office said'), a day counted 'the same day' /
'the next day' from the engagement told before it in the text (not the frame made before it), and
'On the first day' told alone after a trip or a stay. Every sentence is our own; near misses beside
each class."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from date_coverage import _lexicon
from pakiran_events.core.cues import PARTS_OF_DAY, WEEKDAYS
from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.dates import date_cues
from pakiran_events.extract.report import read_report

SUN = "2025-06-15"  # a Sunday: Saturday is the 14th, Friday the 13th


def _events(text: str, published: str | None = SUN) -> list[tuple[str, str, str]]:
    events = cluster([read_report("x-dates20", text, published, _lexicon())])
    return sorted((e.kind, str(e.date_start), str(e.date_end)) for e in events)


def _dated(text: str, kind: str, published: str | None = SUN) -> list[tuple[str, str]]:
    return [(a, b) for k, a, b in _events(text, published) if k == kind]


# --- 1. a part of the day after a weekday, before a trailing attribution ----------------------

@pytest.mark.parametrize("text,day", [
    ("President Masoud Pezeshkian received a telephone call from Prime Minister Shehbaz Sharif on Saturday evening, "
     "the president's office said.", "2025-06-14"),
    ("Foreign Minister Ishaq Dar spoke by telephone with his Iranian counterpart Abbas Araghchi on Friday night, "
     "a spokesman said.", "2025-06-13"),
    ("Interior Minister Mohsin Naqvi held a telephone conversation with Iranian Interior Minister Eskandar Momeni "
     "on Saturday morning, officials said.", "2025-06-14"),
    # near miss: no part of the day, the attribution already let the weekday go to the call
    ("President Masoud Pezeshkian received a telephone call from Prime Minister Shehbaz Sharif on Saturday, "
     "the president's office said.", "2025-06-14"),
])
def test_a_weekday_with_a_part_of_the_day_before_an_attribution_dates_the_call(text, day):
    assert _dated(text, "phone_call") == [(day, day)]
    # after a lead on another matter with a day of its own, the call still takes its own day
    # (the lead's day was taken when the attribution kept the weekday from the call)
    lead = "TEHRAN, June 15 - Strikes hit several sites overnight as the fighting that began on Thursday went on. "
    assert _dated(lead + text, "phone_call") == [(day, day)]


def test_a_part_of_the_day_does_not_make_the_weekday_another_day():
    for part in PARTS_OF_DAY:
        cues = date_cues(f"They met on Saturday {part}.", dt.date.fromisoformat(SUN), False)
        assert [(c.start, c.precision) for c in cues] == [(dt.date(2025, 6, 14), "day")], part


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(WEEKDAYS), st.sampled_from(PARTS_OF_DAY), st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31)),
       st.booleans())
def test_a_weekday_reads_the_same_with_or_without_its_part_of_the_day(weekday, part, anchor, future):
    bare = date_cues(f"They met on {weekday.title()}.", anchor, future)
    timed = date_cues(f"They met on {weekday.title()} {part}.", anchor, future)
    assert [(c.start, c.end, c.precision) for c in bare] == [(c.start, c.end, c.precision) for c in timed]
    assert len(timed) == 1 and timed[0].start is not None and timed[0].start.weekday() == WEEKDAYS.index(weekday)
    assert timed[0].span[1] - timed[0].span[0] == len(f"{weekday} {part}")


# --- 2. 'the same day' / 'the next day' counted from the engagement told before it -------------

MON = "2025-03-11"  # a Tuesday: Monday is the 10th


@pytest.mark.parametrize("text,talks", [
    ("TEHRAN, March 11: Foreign Minister Ishaq Dar called on President Masoud Pezeshkian today. "
     "Dar, who arrived in Tehran on Monday, held talks with Foreign Minister Abbas Araghchi the same day.",
     ("2025-03-10", "2025-03-10")),
    ("TEHRAN, March 11: Foreign Minister Ishaq Dar called on President Masoud Pezeshkian today. "
     "Dar, who reached Tehran on Sunday, held talks with Foreign Minister Abbas Araghchi the next day.",
     ("2025-03-10", "2025-03-10")),
    ("TEHRAN, March 11: Foreign Minister Ishaq Dar called on President Masoud Pezeshkian today. "
     "Dar, who landed in Tehran on Sunday, met Foreign Minister Abbas Araghchi a day later.",
     ("2025-03-10", "2025-03-10")),
])
def test_a_day_counted_from_an_arrival_told_before_the_talks_in_their_sentence(text, talks):
    meetings = _dated(text, "meeting", MON)
    assert talks in meetings
    assert ("2025-03-11", "2025-03-11") in meetings  # the call on the president keeps today


def test_near_miss_a_day_counted_with_nothing_dated_before_it_in_its_sentence_counts_from_the_frame_before():
    text = ("TEHRAN, March 11: Foreign Minister Ishaq Dar called on President Masoud Pezeshkian on Monday. "
            "Dar held talks with Foreign Minister Abbas Araghchi the next day.")
    assert ("2025-03-11", "2025-03-11") in _dated(text, "meeting", MON)


# --- 3. 'On the first day' told alone --------------------------------------------------------

@pytest.mark.parametrize("text,published,meeting", [
    ("Army chief General Qamar Javed Bajwa was in Tehran on a visit from November 5 to 7. On the first day he met "
     "Major General Mohammad Bagheri at his headquarters.", "2017-11-13", ("2017-11-05", "2017-11-05")),
    ("Iran's deputy interior minister Majid Mirahmadi spent two days in Quetta on 4 and 5 December at the head of a "
     "border delegation. On the first day he met Chief Minister Sarfraz Bugti at his secretariat.", "2024-12-07",
     ("2024-12-04", "2024-12-04")),
    ("Naval chief Admiral Naveed Ashraf arrived in Tehran on 4 November for a four-day visit. On the second day, "
     "he called on Rear Admiral Shahram Irani at the navy's headquarters.", "2024-11-12", ("2024-11-05", "2024-11-05")),
])
def test_on_the_first_day_alone_counts_from_the_trip_or_stay_told_before(text, published, meeting):
    assert meeting in _dated(text, "meeting", published)


@pytest.mark.parametrize("text", [
    "They met on the first day of the fair.",
    "They met on the second day of talks.",
    "The first day he met them was a Monday.",
    "It rained for the second day running.",
])
def test_near_miss_a_day_of_something_else_or_without_on_is_no_trip_day(text):
    assert [c for c in date_cues(text, dt.date(2025, 6, 15), False) if c.of_visit] == []


def _nth(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


@settings(max_examples=150, deadline=None)
@given(st.integers(1, 31), st.text(alphabet="abcdefghijklmnopqrstuvwxyz ,.", max_size=30))
def test_on_the_nth_day_is_a_trip_day_count_and_never_a_calendar_day(n, tail):
    cues = [c for c in date_cues(f"On the {_nth(n)} day{tail}", dt.date(2025, 6, 15), False) if c.span[0] == 0]
    for c in cues:
        assert c.of_visit and c.offset == n - 1 and c.start is None


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 31), st.from_regex(r"[a-z]{3,12}", fullmatch=True))
def test_on_the_nth_day_of_something_not_a_trip_is_no_date(n, noun):
    cues = [c for c in date_cues(f"They met on the {_nth(n)} day of the {noun}.", dt.date(2025, 6, 15), False)]
    assert bool(cues) == (noun in ("visit", "trip", "tour", "stay"))


# --- 4. a day inside a relative clause told after the meeting's trigger ----------------------

TUE = "2019-12-03"  # a Tuesday: Sunday is the 1st, Monday the 2nd


@pytest.mark.parametrize("text,meeting", [
    ("ISLAMABAD, Dec 3: Pakistan and Iran agreed to post liaison officers, officials said on Tuesday. "
     "The decision was taken at a meeting between Interior Minister Ijaz Ahmad Shah and Iranian "
     "Deputy Interior Minister Hossein Zolfaghari, who arrived in Islamabad on Sunday at the head of a delegation. "
     "The meeting was held at the Ministry of Interior on Monday.", ("2019-12-02", "2019-12-02")),
    ("ISLAMABAD, Dec 3: Pakistan and Iran agreed to post liaison officers, officials said on Tuesday. "
     "The accord came out of talks between Interior Minister Ijaz Ahmad Shah and Iranian Deputy "
     "Interior Minister Hossein Zolfaghari, who landed in Islamabad on Sunday with security officials. The talks "
     "were held at the ministry on Monday.", ("2019-12-02", "2019-12-02")),
    ("ISLAMABAD, Dec 3: Pakistan and Iran agreed to post liaison officers, officials said on Tuesday. "
     "Both sides agreed at a meeting between Interior Minister Ijaz Ahmad Shah and Iranian Deputy "
     "Interior Minister Hossein Zolfaghari, who reached the capital on Sunday night. The meeting took place at the "
     "ministry on Monday.", ("2019-12-02", "2019-12-02")),
])
def test_an_arrival_day_in_a_relative_clause_after_the_meeting_is_not_the_meetings(text, meeting):
    meetings = _dated(text, "meeting", TUE)
    assert meeting in meetings
    assert ("2019-12-01", "2019-12-01") not in meetings


def test_near_miss_a_relative_clause_before_the_trigger_still_lends_its_day():
    # only the landing is dated, and it is told before the talks: the talks take its day (round 15)
    text = ("Iranian Deputy Interior Minister Hossein Zolfaghari, whose plane touched down in Islamabad on Sunday, "
            "held talks with Interior Minister Ijaz Ahmad Shah.")
    assert _dated(text, "meeting", TUE) == [("2019-12-01", "2019-12-01")]


# --- 5. a visit told by its closing day, with the way home in its clause ---------------------

WED = "2025-02-12"  # a Wednesday


def _placed(text: str, published: str = WED) -> list[tuple[str, str, str, str | None]]:
    events = cluster([read_report("x-dates20", text, published, _lexicon())])
    return sorted((e.kind, str(e.date_start), str(e.date_end), e.place_id) for e in events)


@pytest.mark.parametrize("text", [
    "ISLAMABAD: Iran's interior minister Eskandar Momeni concluded his three-day visit to Pakistan on Wednesday, "
    "leaving for Tehran after a call on Prime Minister Shehbaz Sharif at the PM House.",
    "ISLAMABAD: Iranian Interior Minister Eskandar Momeni wrapped up a three-day visit to Pakistan on Wednesday and "
    "flew back to Tehran after calling on Prime Minister Shehbaz Sharif.",
    "ISLAMABAD: Interior Minister Eskandar Momeni of Iran concluded his three-day visit to Pakistan on Wednesday, "
    "departing for Tehran in the evening.",
])
def test_the_city_gone_home_to_is_not_the_place_of_a_visit_told_as_over(text):
    visits = [e for e in _placed(text) if e[0] == "visit"]
    assert visits and all(place != "tehran" for *_, place in visits)
    assert ("visit", "2025-02-10", "2025-02-12") in [e[:3] for e in visits]


def test_near_miss_a_trip_begun_by_leaving_for_a_city_is_a_visit_there():
    text = ("ISLAMABAD: Interior Minister Mohsin Naqvi left for Tehran on Wednesday on a three-day visit, "
            "officials said.")
    visits = [e for e in _placed(text) if e[0] == "visit"]
    assert visits and visits[0][3] == "tehran"


# --- 6. a bare weekday told after a trip's first day, in a report of a later week ------------

@pytest.mark.parametrize("text,published,meetings", [
    ("Naval chief Admiral Naveed Ashraf returned home last week from a four-day official visit to Iran. "
     "The admiral arrived in Tehran on Monday 4 November. On Tuesday he called on Rear Admiral Shahram Irani at the "
     "navy's headquarters. On Wednesday the admiral met Major General Mohammad Bagheri.",
     "2024-11-12", [("2024-11-05", "2024-11-05"), ("2024-11-06", "2024-11-06")]),
    ("Foreign Minister Ishaq Dar arrived in Tehran on 3 March for a three-day visit. On Tuesday he held talks with "
     "Foreign Minister Abbas Araghchi. On Wednesday he called on President Masoud Pezeshkian.",
     "2025-03-11", [("2025-03-04", "2025-03-04"), ("2025-03-05", "2025-03-05")]),
    ("Interior Minister Mohsin Naqvi reached Tehran on 14 April at the head of a delegation. On Tuesday Naqvi met "
     "Iranian Interior Minister Eskandar Momeni at the interior ministry.",
     "2025-04-24", [("2025-04-15", "2025-04-15")]),
])
def test_a_weekday_after_a_dated_arrival_is_in_the_trips_week(text, published, meetings):
    got = _dated(text, "meeting", published)
    for meeting in meetings:
        assert meeting in got


def test_near_miss_a_weekday_in_the_week_of_the_trip_keeps_its_day():
    # the report is of the trip's own week: Tuesday counted back from Thursday 6 March is the 4th either way
    text = ("Foreign Minister Ishaq Dar arrived in Tehran on 3 March for a three-day visit. On Tuesday he held talks "
            "with Foreign Minister Abbas Araghchi.")
    assert _dated(text, "meeting", "2025-03-06") == [("2025-03-04", "2025-03-04")]


def test_near_miss_a_trip_told_as_background_does_not_move_the_reports_weekday():
    # the earlier trip is recalled ('last visited ... in 2019'): Tuesday is the report's week's
    text = ("Foreign Minister Ishaq Dar held talks with Foreign Minister Abbas Araghchi in Islamabad on Tuesday. "
            "The two ministers last met in Tehran on 3 March.")
    assert ("2025-04-22", "2025-04-22") in _dated(text, "meeting", "2025-04-24")


@settings(max_examples=100, deadline=None)
@given(st.dates(dt.date(2000, 1, 1), dt.date(2080, 12, 31)), st.integers(0, 60), st.integers(0, 6))
def test_a_weekday_moved_into_the_trips_week_is_that_weekday_after_the_trip_began_and_before_the_report(began, gap, wd):
    from pakiran_events.extract.candidates import TRIP_WEEK, TRIP_WEEK_LAST, _in_the_trips_week
    from pakiran_events.extract.dates import DateCue

    told = began + dt.timedelta(days=gap)
    cue = DateCue(told, told, "day", weekday_only=True)
    got = _in_the_trips_week(cue, began)
    assert got.start == got.end and got.start.weekday() == told.weekday()
    assert got.start <= told
    if TRIP_WEEK <= gap <= TRIP_WEEK_LAST:
        assert began < got.start <= began + dt.timedelta(days=TRIP_WEEK)
    else:  # within the trip's week, or too long after it began to be told of it (review20: a month-old trip)
        assert got == cue
    calendar = DateCue(told, told, "day")  # a day told by its date is never moved
    assert _in_the_trips_week(calendar, began) == calendar


# --- 7. a visit told by 'had come to' and 'ended his visit' ----------------------------------

TUE19 = "2024-11-19"  # a Tuesday: Sunday is the 17th, Monday the 18th


@pytest.mark.parametrize("text", [
    "TEHRAN -- The commander of Pakistan's navy, Admiral Naveed Ashraf, who had come to Tehran on Sunday at the head "
    "of a delegation, ended his visit on Monday.",
    "TEHRAN -- Pakistan's naval chief Admiral Naveed Ashraf came to Tehran on Sunday with a military delegation and "
    "ended his visit on Monday after talks at the general staff.",
    "TEHRAN -- Admiral Naveed Ashraf, the Pakistani navy's commander, who has come to Tehran on Sunday, ended his "
    "visit to Iran on Monday.",
])
def test_a_visit_told_by_its_coming_and_its_end(text):
    assert _dated(text, "visit", TUE19) == [("2024-11-17", "2024-11-18")]


@pytest.mark.parametrize("text", [
    # near misses: no capitalised place after 'come to', and a verb of ending whose object is no trip
    "TEHRAN -- Admiral Naveed Ashraf said the two navies had come to an understanding on Sunday.",
    "TEHRAN -- Admiral Naveed Ashraf ended the exercise on Monday.",
])
def test_near_miss_coming_to_terms_and_ending_something_else_tell_no_visit(text):
    assert _dated(text, "visit", TUE19) == []


@pytest.mark.parametrize("text", [
    # review20: another city's meeting after a trip that ended, and a trip a month before the report
    "ISLAMABAD: Iranian Foreign Minister Hossein Amir-Abdollahian arrived in Islamabad on 16 September and left "
    "two days later. Foreign Minister Bilawal Bhutto Zardari met Hossein Amir-Abdollahian on Wednesday in Tehran.",
    "TEHRAN: Defence Minister Khawaja Muhammad Asif arrived in Tehran on 2 September for talks. On Wednesday he "
    "met Iranian Defence Minister Aziz Nasirzadeh in Tehran again.",
])
def test_near_miss_a_weekday_is_not_moved_into_an_unrelated_or_month_old_trips_week(text):
    assert ("2024-10-09", "2024-10-09") in _dated(text, "meeting", "2024-10-11")
