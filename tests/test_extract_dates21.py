"""Exact dates, round 21 (xwhen21): a call dated by the sentence that tells it again ('The call took
place on December 30, the statement said'), a weekday moved into a trip's week only onto a day of
the trip when the report tells its span, and a decomposed accent closing a date's word. Every
sentence is our own; near misses beside each class."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from date_coverage import _lexicon, cases
from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.dates import _without_word_final_marks, date_cues
from pakiran_events.extract.report import read_report


def _dated(text: str, kind: str, published: str) -> list[tuple[str, str]]:
    events = cluster([read_report("x-dates21", text, published, _lexicon())])
    return sorted((str(e.date_start), str(e.date_end)) for e in events if e.kind == kind)


# --- 1. a call told again by its noun, with its day --------------------------------------------

@pytest.mark.parametrize("text,published,day", [
    # a year-end call told in a report of 2 January: the yearless day is last year's
    ("ISLAMABAD: Prime Minister Shehbaz Sharif and Iranian President Masoud Pezeshkian discussed border security in "
     "a telephone conversation, the Prime Minister's Office said in a statement released on Thursday. The call took "
     "place on December 30, the statement said, and was initiated by the Iranian side.", "2025-01-02", "2024-12-30"),
    ("TEHRAN (IRNA) - Iranian Foreign Minister Abbas Araghchi and his Pakistani counterpart Ishaq Dar exchanged views "
     "on the regional situation by phone, the foreign ministry said in a statement issued on Sunday. The "
     "conversation was held on Saturday evening at the request of the Pakistani side.", "2025-06-15", "2025-06-14"),
    ("Interior Minister Mohsin Naqvi spoke on the phone with Iranian Interior Minister Eskandar Momeni about the "
     "security of pilgrims, according to a ministry handout. Officials said the call was made "
     "on 11 June, a day after the attack in Zahedan.", "2025-06-15", "2025-06-11"),
    ("QUETTA: Pakistani Prime Minister Shehbaz Sharif received a telephone call from Iranian President Masoud "
     "Pezeshkian, his office said on Friday. Both leaders exchanged greetings for the new year. That call took place "
     "on 31 December.", "2025-01-03", "2024-12-31"),
])
def test_a_call_told_again_with_its_day_is_dated_by_it(text, published, day):
    assert _dated(text, "phone_call", published) == [(day, day)]


def test_near_miss_a_call_told_again_without_a_day_takes_no_day_from_it():
    text = ("ISLAMABAD: Prime Minister Shehbaz Sharif and Iranian President Masoud Pezeshkian discussed border security "
            "in a telephone conversation, the Prime Minister's Office said. The call came after the strikes of 16 "
            "January and lasted forty minutes.")
    assert ("2025-01-16", "2025-01-16") not in _dated(text, "phone_call", "2025-02-10")


def test_near_miss_a_call_with_its_own_day_keeps_it():
    text = ("Foreign Minister Ishaq Dar and Iranian Foreign Minister Abbas Araghchi spoke by telephone on Wednesday. "
            "The call took place on 2 June, the ministry said in an earlier statement.")
    assert _dated(text, "phone_call", "2025-06-15") == [("2025-06-11", "2025-06-11")]


def test_near_miss_a_call_told_again_further_on_is_not_its_day():
    # three sentences later: another matter may be told in between; the report's reading stays
    text = ("Foreign Minister Ishaq Dar and Iranian Foreign Minister Abbas Araghchi spoke by telephone, the ministry "
            "said. Dar briefed Araghchi on the floods. Trade was also discussed. The call took place on 2 June.")
    assert ("2025-06-02", "2025-06-02") not in _dated(text, "phone_call", "2025-06-15")


# --- 2. a weekday moved into a trip's week only onto a day of the trip ---------------------------

@pytest.mark.parametrize("text,published,meeting", [
    # the trip's end told by a date: moved however long before the report it was
    ("Iranian Foreign Minister Abbas Araghchi arrived in Islamabad on 3 March on an official visit and left on 9 "
     "March. On Friday he called on Prime Minister Shehbaz Sharif.", "2025-03-24", ("2025-03-07", "2025-03-07")),
    ("Interior Minister Mohsin Naqvi reached Tehran on 3 March at the head of a delegation and flew back to Islamabad "
     "on 8 March. On Wednesday he met Iranian Interior "
     "Minister Eskandar Momeni.", "2025-03-21", ("2025-03-05", "2025-03-05")),
    # the end told by the trip's length, within the count: moved as before
    ("Foreign Minister Ishaq Dar arrived in Tehran on 3 March for a three-day visit. On Tuesday he held talks with "
     "Foreign Minister Abbas Araghchi.", "2025-03-11", ("2025-03-04", "2025-03-04")),
])
def test_a_weekday_is_moved_onto_a_day_of_the_told_trip(text, published, meeting):
    assert meeting in _dated(text, "meeting", published)


def test_near_miss_a_weekday_after_the_trips_told_end_keeps_the_reports_week():
    # a three-day trip from Monday 3 March ended on the 5th: Thursday is not of it, but the report's week's
    text = ("Foreign Minister Ishaq Dar arrived in Tehran on 3 March for a three-day visit. On Thursday he met "
            "President Masoud Pezeshkian.")
    got = _dated(text, "meeting", "2025-03-14")
    assert ("2025-03-06", "2025-03-06") not in got
    assert ("2025-03-13", "2025-03-13") in got


@settings(max_examples=150, deadline=None)
@given(st.dates(dt.date(2000, 1, 1), dt.date(2080, 12, 31)), st.integers(0, 60), st.integers(0, 20))
def test_a_weekday_moved_with_a_told_end_lands_on_a_day_of_the_trip(began, gap, length):
    from pakiran_events.extract.candidates import TRIP_WEEK, _in_the_trips_week
    from pakiran_events.extract.dates import DateCue

    told = began + dt.timedelta(days=gap)
    last = began + dt.timedelta(days=length)
    cue = DateCue(told, told, "day", weekday_only=True)
    got = _in_the_trips_week(cue, began, last)
    assert got.start == got.end and got.start.weekday() == told.weekday()
    if got != cue:
        assert began < got.start <= last and got.start <= began + dt.timedelta(days=TRIP_WEEK) and gap >= TRIP_WEEK
    calendar = DateCue(told, told, "day")
    assert _in_the_trips_week(calendar, began, last) == calendar


# --- 3. a decomposed accent closing a date's word ----------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("They met on 5th\u0301 March.", ("2025-03-05", "2025-03-05", "day")),
    ("They met in March\u0301 2024.", ("2024-03-01", "2024-03-31", "month")),
    ("They met on Monday\u0300 in Tehran.", ("2025-06-09", "2025-06-09", "day")),
])
def test_a_combining_mark_after_a_dates_word_does_not_stop_the_date(text, want):
    got = [(str(c.start), str(c.end), c.precision) for c in date_cues(text, dt.date(2025, 6, 15), False)]
    assert got == [want]


def test_near_miss_a_mark_inside_a_word_is_kept():
    assert _without_word_final_marks("Te\u0301hran, March\u0301 2024") == "Te\u0301hran, March  2024"


_TEXTS = [(c["text"], c["published"]) for c in cases() if c.get("published")]


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(_TEXTS), st.integers(0x300, 0x36F), st.integers(1, 2), st.data())
def test_a_mark_after_any_told_date_reads_the_same(case, mark, count, data):
    text, published = case
    anchor = dt.date.fromisoformat(published)
    before = date_cues(text, anchor, False)
    if not before:
        return
    at = data.draw(st.sampled_from([c.span[1] for c in before]))
    marked = text[:at] + chr(mark) * count + text[at:]
    after = date_cues(marked, anchor, False)
    assert [(c.start, c.end, c.precision) for c in after] == [(c.start, c.end, c.precision) for c in before]


@given(st.text(alphabet=st.sampled_from(list("aZ5 .,") + ["\u0301", "\u0327"]), max_size=40))
def test_blanking_marks_keeps_every_offset_and_every_other_character(text):
    out = _without_word_final_marks(text)
    assert len(out) == len(text)
    assert all(a == b or (b == " " and "\u0300" <= a <= "\u036f") for a, b in zip(text, out))


# --- 4. a trigger coordinated by 'and' with a dated one: the same date -------------------------

@pytest.mark.parametrize("text,published,month", [
    ("Diplomats recall the strikes of January 2024. Relations were at a high point in April 2019, when Prime Minister "
     "Imran Khan visited Tehran and met President Hassan Rouhani.", "2025-04-10", ("2019-04-01", "2019-04-30")),
    ("Trade fell sharply in January 2024. Interior Minister Mohsin Naqvi travelled to Tehran in February and held "
     "talks with Interior Minister Eskandar Momeni.", "2025-04-10", ("2025-02-01", "2025-02-28")),
    ("Border trade was suspended in October. Army chief General Asim Munir visited Tehran in March 2024 and then "
     "called on President Ebrahim Raisi.", "2025-04-10", ("2024-03-01", "2024-03-31")),
])
def test_a_meeting_coordinated_with_a_dated_trip_takes_its_month(text, published, month):
    assert month in _dated(text, "meeting", published)


def test_near_miss_a_comma_between_the_triggers_keeps_the_trips_date_from_the_meeting():
    # told apart by a clause of its own: the meeting does not take the trip's month by coordination
    from pakiran_events.extract.borrowing import lend, relation
    from pakiran_events.extract.report import Reading

    text = ("Interior Minister Mohsin Naqvi travelled to Tehran in February, where the weather was cold, and held talks "
            "with Interior Minister Eskandar Momeni.")
    r = Reading("x-dates21", text, dt.date(2025, 4, 10), _lexicon())
    assert lend(r, relation("coordinated"), 0, text.index("held")) == []
    near = text.replace(", where the weather was cold,", "")
    r = Reading("x-dates21", near, dt.date(2025, 4, 10), _lexicon())
    assert [(str(c.start), c.precision) for c, _ in lend(r, relation("coordinated"), 0, near.index("held"))] == [("2025-02-01", "month")]


def test_near_miss_a_year_alone_is_not_lent_by_coordination():
    from pakiran_events.extract.borrowing import lend, relation
    from pakiran_events.extract.report import Reading

    text = "Prime Minister Imran Khan visited Tehran in 2019 and met President Hassan Rouhani."
    r = Reading("x-dates21", text, dt.date(2025, 4, 10), _lexicon())
    assert lend(r, relation("coordinated"), 0, text.index("met")) == []


# --- 5. an engagement told 'on that occasion' after a sentence dating it ------------------------

@pytest.mark.parametrize("text,published,kind,when", [
    ("TEHRAN - Ambassador Mudassir Tipu said the summit on the sidelines of the UN General Assembly in New York last "
     "month had opened a new chapter. President Masoud Pezeshkian and Prime Minister Shehbaz Sharif met in New York "
     "on that occasion.", "2024-10-10", "meeting", ("2024-09-01", "2024-09-30")),
    ("ISLAMABAD: The Foreign Office said the ECO summit in Khankendi on 4 July had been the first since the war. "
     "Prime Minister Shehbaz Sharif held talks with President Masoud Pezeshkian on the same occasion.",
     "2025-07-20", "meeting", ("2025-07-04", "2025-07-04")),
    ("A spokesman said the border markets were discussed at the trade fair in Quetta on 12 March. Balochistan Chief "
     "Minister Sarfraz Bugti met Iranian Ambassador Reza Amiri Moghadam at that meeting.",
     "2025-03-20", "meeting", ("2025-03-12", "2025-03-12")),
])
def test_an_engagement_on_that_occasion_takes_the_sentence_befores_date(text, published, kind, when):
    assert when in _dated(text, kind, published)


def test_near_miss_two_dates_before_leave_the_occasion_untold():
    text = ("TEHRAN - Ambassador Mudassir Tipu said the summit in New York last month and the forum in Doha on 2 October "
            "had opened a new chapter. President Masoud Pezeshkian and Prime Minister Shehbaz Sharif met in New York "
            "on that occasion.")
    got = _dated(text, "meeting", "2024-10-10")
    assert ("2024-09-01", "2024-09-30") not in got and ("2024-10-02", "2024-10-02") not in got


# --- 6. the day of a frame naming the meeting's host outranks a day joined by stand-ins --------

@pytest.mark.parametrize("text,published,day", [
    ("ISLAMABAD: Iranian Foreign Minister Abbas Araghchi, who arrived in the capital on Sunday night on a two-day "
     "visit, held talks at the Foreign Office. On Monday he called on Prime Minister Shehbaz Sharif at the PM House.",
     "2025-10-15", "2025-10-13"),
    ("TEHRAN: The Pakistan-Iran joint working group on security met in Tehran on Sunday. The Pakistani side was led by "
     "Interior Secretary Tariq Mehmood Khattak. On Monday, the interior secretary called on Iran's police chief, "
     "Brigadier General Ahmad-Reza Radan.", "2025-10-15", "2025-10-13"),
    ("MASHHAD: Interior Minister Mohsin Naqvi, whose plane landed late on Tuesday, held talks at the governorate. On "
     "Wednesday he met Iranian Interior Minister Eskandar Momeni.", "2025-10-16", "2025-10-15"),
])
def test_a_meeting_named_with_its_day_is_not_dated_by_a_hostless_frame(text, published, day):
    assert _dated(text, "meeting", published) == [(day, day)]


def test_near_miss_a_named_frame_without_a_day_keeps_the_joined_day():
    text = ("ISLAMABAD: Iranian Foreign Minister Abbas Araghchi, who arrived in the capital on Sunday night on a two-day "
            "visit, held talks at the Foreign Office. He later called on Prime Minister Shehbaz Sharif at the PM House.")
    assert _dated(text, "meeting", "2025-10-15") == [("2025-10-12", "2025-10-12")]
