"""Exact dates, twelfth round (issue 15, "when"): years, clause-anchored dates and a recalled
meeting's month. Every sentence here is our own. The schema's date_precision has no `year` value
(day, range, month), so an engagement dated only by its year is that year's days as a range; the
cue itself says `year`, which clustering treats like a week: a vague span, never a day."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from date_coverage import _lexicon
from pakiran_events.core.cues import ORDINALS, has_date_cue
from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.dates import date_cues
from pakiran_events.extract.report import read_report

JUNE = dt.date(2025, 6, 18)  # a Wednesday


def _read(text: str, anchor: dt.date | None = JUNE, future: bool = False):
    return [(c.start, c.end, c.precision) for c in date_cues(text, anchor, future)]


def _events(text: str, published: str | None = "2025-06-18"):
    return cluster([read_report("x-dates12", text, published, _lexicon())])


def _dated(text: str, kind: str = "meeting", published: str | None = "2025-06-18"):
    return [(str(e.date_start), str(e.date_end), e.precision) for e in _events(text, published) if e.kind == kind]


# --- 1. years ----------------------------------------------------------------------------------

def test_a_year_told_relative_to_the_report_is_that_years_days():
    assert _read("The two sides met last year.") == [(dt.date(2024, 1, 1), dt.date(2024, 12, 31), "year")]
    assert _read("The two sides met late last year.") == [(dt.date(2024, 1, 1), dt.date(2024, 12, 31), "year")]
    # held this year: from its first day to the report's, never after it
    assert _read("The two sides met earlier this year.") == [(dt.date(2025, 1, 1), JUNE, "year")]
    assert _read("The two sides have met twice this year.") == [(dt.date(2025, 1, 1), JUNE, "year")]
    # read forward: from the report's day to the year's last
    assert _read("The two sides will meet later this year.", future=True) == [(JUNE, dt.date(2025, 12, 31), "year")]
    assert _read("The commission will meet next year.", future=True) == [(dt.date(2026, 1, 1), dt.date(2026, 12, 31), "year")]


def test_a_year_by_its_number_after_a_preposition():
    assert _read("The ministers met in Quetta in 2023.") == [(dt.date(2023, 1, 1), dt.date(2023, 12, 31), "year")]
    assert _read("The ministers met during 2022.") == [(dt.date(2022, 1, 1), dt.date(2022, 12, 31), "year")]
    assert _read("The ministers met in 2023.", None) == [(dt.date(2023, 1, 1), dt.date(2023, 12, 31), "year")]
    # a number that is not a year after 'in', a year naming another noun, a month's year: not a year cue
    assert _read("Trade grew in 1500 shops.") == []
    assert _read("They recalled the 2023 accord.") == []
    assert _read("They discussed the results in 2024 polls.") == []
    assert [p for *_, p in _read("The ministers met in March 2023.")] == ["month"]
    assert [p for *_, p in _read("The ministers met in March last year.")] == ["month"]
    # without a publication date a relative year places nothing
    assert _read("The two sides met last year.", None) == []


def test_years_are_date_cues_for_verify_evidence():
    for text in ("last year", "earlier this year", "in 2024", "late last year"):
        assert has_date_cue(text), text


@settings(max_examples=150, deadline=None)
@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)),
       st.sampled_from(["last", "this", "next"]), st.booleans())
def test_a_relative_year_lies_in_its_year_and_a_held_one_never_after_the_report(published, word, future):
    (cue,) = date_cues(f"The ministers met {word} year.", published, future)
    year = published.year + {"last": -1, "this": 0, "next": 1}[word]
    assert cue.precision == "year" and cue.start.year == cue.end.year == year and cue.start <= cue.end
    if word == "this":
        assert (cue.start >= published) if future else (cue.end <= published)


def test_a_meeting_dated_only_by_its_year_is_that_years_range():
    text = "Interior Minister Mohsin Naqvi held talks with Iranian Interior Minister Eskandar Momeni in Quetta last year."
    assert _dated(text) == [("2024-01-01", "2024-12-31", "range")]
    call = "Interior Minister Mohsin Naqvi spoke by telephone with Iranian Interior Minister Eskandar Momeni earlier this year."
    assert _dated(call, "phone_call") == [("2025-01-01", "2025-06-18", "range")]


def test_a_recalled_meeting_dated_only_by_a_year_makes_no_event_of_its_own():
    text = ("Interior Minister Mohsin Naqvi met Iranian Interior Minister Eskandar Momeni in Quetta on Monday. "
            "The two ministers had last met in Tehran last year.")
    assert _dated(text) == [("2025-06-16", "2025-06-16", "day")]


def test_a_year_in_a_sentence_of_no_engagement_does_not_date_the_next_ones_meeting():
    text = ("Trade between the neighbours rose sharply last year, officials say. "
            "Interior Minister Mohsin Naqvi met Iranian Interior Minister Eskandar Momeni in Quetta.")
    got = _dated(text)
    assert got and all(start != "2024-01-01" for start, _, _ in got), got


# --- 2. ordinals and bare days ----------------------------------------------------------------

def test_a_day_told_by_an_ordinal_word_without_its_month_is_read_as_a_bare_day_of_the_month():
    # a report of Wednesday 18 June: held, the last such day on or before it; read forward, the next
    assert _read("The ministers met on the fifth.") == [(dt.date(2025, 6, 5), dt.date(2025, 6, 5), "day")]
    assert _read("The ministers met on the twenty-second.") == [(dt.date(2025, 5, 22), dt.date(2025, 5, 22), "day")]
    assert _read("The ministers will meet on the second.", future=True) == [(dt.date(2025, 7, 2), dt.date(2025, 7, 2), "day")]
    # a weekday in apposition yields to it: 4 June 2025 is a Wednesday, not the report's Wednesday
    assert _read("They met on Wednesday the fourth.") == [(dt.date(2025, 6, 4), dt.date(2025, 6, 4), "day")]
    # an ordinal of something else is no day
    for text in ("They met on the second round of talks.", "They met on the first day of the fair.",
                 "It was agreed on the third attempt."):
        assert _read(text) == [], text


def test_a_day_of_this_or_last_month_is_that_month_s_day():
    assert _read("They met on the 5th of this month.") == [(dt.date(2025, 6, 5), dt.date(2025, 6, 5), "day")]
    assert _read("They met on the 25th of last month.") == [(dt.date(2025, 5, 25), dt.date(2025, 5, 25), "day")]
    assert _read("They met on the twenty-first of last month.") == [(dt.date(2025, 5, 21), dt.date(2025, 5, 21), "day")]
    assert _read("They will meet on the 3rd of next month.", future=True) == [(dt.date(2025, 7, 3), dt.date(2025, 7, 3), "day")]
    # a day the month has not: nothing, never the next month's
    assert _read("They met on the 31st of last month.", dt.date(2025, 7, 10)) == []


def test_a_month_then_an_ordinal_word():
    assert _read("They met on March fifth.") == [(dt.date(2025, 3, 5), dt.date(2025, 3, 5), "day")]
    assert _read("They met on June the first.") == [(dt.date(2025, 6, 1), dt.date(2025, 6, 1), "day")]
    assert _read("They met on April third, 2024.") == [(dt.date(2024, 4, 3), dt.date(2024, 4, 3), "day")]
    # 'may' as a verb before an ordinal is no month
    assert _read("The envoys may first consult their capitals.") == []


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(sorted(ORDINALS.items())),
       st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)), st.booleans())
def test_an_ordinal_word_day_lies_within_a_month_of_its_report_on_the_tenses_side(ordinal, published, future):
    word, day = ordinal
    cues = date_cues(f"The ministers met on the {word}.", published, future)
    assert cues or day > 28  # every month has a 28th
    for c in cues:
        assert c.start.day == day and c.precision == "day"
        assert (0 <= (c.start - published).days <= 31) if future else (0 <= (published - c.start).days <= 31)


# --- 3. anchored to another clause -------------------------------------------------------------

def test_the_nth_day_of_a_visit_counts_from_the_day_it_began():
    text = ("Iranian Interior Minister Eskandar Momeni arrived in Lahore on Sunday for an official visit. "
            "On the third day of his visit, he held talks with Interior Minister Mohsin Naqvi.")
    assert _dated(text) == [("2025-06-17", "2025-06-17", "day")]
    # counted from the day the visit began, not from the last day told before it
    between = text.replace("official visit. ", "official visit. On Monday he called on Prime Minister Shehbaz Sharif. ")
    assert ("2025-06-17", "2025-06-17", "day") in _dated(between), _dated(between)
    # no day the visit began: the day is not counted from anything
    undated = text.replace(" on Sunday", "")
    assert all(p != "day" for *_, p in _dated(undated)), _dated(undated)


def test_a_visits_nth_day_is_a_date_cue_with_its_offset():
    (cue,) = date_cues("On the second day of her trip she met the minister.", JUNE, False)
    assert (cue.start, cue.offset, cue.of_visit) == (None, 1, True)
    (cue,) = date_cues("on the 3rd day of the official visit", JUNE, False)
    assert (cue.offset, cue.of_visit) == (2, True)
    assert has_date_cue("on the fourth day of his tour")
    assert date_cues("the second day of talks", JUNE, False) == []


def test_a_meeting_during_a_visit_of_stated_length_that_began_on_a_day_lies_in_its_days():
    text = ("During his three-day visit that began on Sunday, Iranian Interior Minister Eskandar Momeni held talks "
            "with Interior Minister Mohsin Naqvi in Lahore.")
    assert _dated(text) == [("2025-06-15", "2025-06-17", "range")]
    # a visit of no stated length that began on a day: from that day to the report's
    open_ended = text.replace("three-day visit", "visit")
    assert _dated(open_ended) == [("2025-06-15", "2025-06-18", "range")]


def test_a_sideline_meeting_with_no_day_of_its_own_is_bounded_by_the_summits_opening_day():
    text = ("On the sidelines of the conference that opened in Baku on Monday, Interior Minister Mohsin Naqvi "
            "held talks with Iranian Interior Minister Eskandar Momeni.")
    assert _dated(text) == [("2025-06-16", "2025-06-18", "range")]
    # its own day says more than the opening day
    own = text.replace("Momeni.", "Momeni on Tuesday.")
    assert _dated(own) == [("2025-06-17", "2025-06-17", "day")]


def test_a_meeting_told_beside_a_trip_that_began_on_a_day_lies_in_the_trips_days():
    text = ("Iranian Interior Minister Eskandar Momeni, on a two-day visit that began on Sunday, held talks with "
            "Interior Minister Mohsin Naqvi in Lahore.")
    assert _dated(text) == [("2025-06-15", "2025-06-16", "range")]
    # the meeting's own day is kept
    own = text.replace("in Lahore.", "in Lahore on Monday.")
    assert _dated(own) == [("2025-06-16", "2025-06-16", "day")]


# --- 4. a recalled meeting's month -------------------------------------------------------------

def test_a_recalled_meetings_month_in_a_who_clause_does_not_date_the_reports_own_meeting():
    text = ("Interior Minister Mohsin Naqvi and Iranian Interior Minister Eskandar Momeni, who had last met in "
            "Mashhad in February, held talks in Quetta on Monday.")
    assert _dated(text) == [("2025-06-16", "2025-06-16", "day")]
    # without a later trigger in the sentence, the 'who' clause's meeting is the sentence's own
    pronoun = ("Iranian Interior Minister Eskandar Momeni arrived in Quetta on Monday. Interior Minister Mohsin Naqvi, "
               "who met him at the airport, discussed border security.")
    assert ("2025-06-16", "2025-06-16", "day") in _dated(pronoun)


def test_a_participle_after_the_meetings_own_day_does_not_take_that_day():
    # 'signed' owns the date after it (the accord's), not the meeting's day before it
    text = ("Interior Minister Mohsin Naqvi held talks with Iranian Interior Minister Eskandar Momeni in Quetta on Monday "
            "to assess the security pact signed on 9 May 2022.")
    assert _dated(text) == [("2025-06-16", "2025-06-16", "day")]
    # the accord's own day still dates nothing of the meeting
    alone = text.replace(" on Monday", "")
    assert all(start != "2022-05-09" for start, _, _ in _dated(alone)), _dated(alone)


def test_a_plan_told_in_a_who_clause_is_not_the_main_clauses_modality():
    text = ("Interior Minister Mohsin Naqvi, who will fly to Mashhad on 25 June, held talks with Iranian Interior "
            "Minister Eskandar Momeni in Quetta on Monday.")
    assert _dated(text) == [("2025-06-16", "2025-06-16", "day")]
    # a plan word of the main clause still makes the meeting a plan
    planned = text.replace("held talks", "will hold talks").replace("on Monday", "on Friday")
    assert _dated(planned) == []


def test_a_commission_told_as_what_was_agreed_does_not_take_the_held_meetings_frame():
    text = ("Interior Minister Mohsin Naqvi held talks with Iranian Interior Minister Eskandar Momeni in Quetta on Monday "
            "and decided that the joint border commission will convene in July.")
    assert _dated(text) == [("2025-06-16", "2025-06-16", "day")]
    # a commission session that is itself the sentence's engagement keeps its frame
    session = ("Interior Minister Mohsin Naqvi and Iranian Interior Minister Eskandar Momeni co-chaired the joint border "
               "commission in Quetta on Monday.")
    assert _dated(session) == [("2025-06-16", "2025-06-16", "day")]


def test_talks_told_as_begun_on_a_day_with_their_length_are_a_meeting_over_those_days():
    text = ("Interior Minister Mohsin Naqvi and Iranian Interior Minister Eskandar Momeni started three days of talks "
            "in Quetta on Monday.")
    assert _dated(text) == [("2025-06-16", "2025-06-18", "range")]
    begun = "Interior Minister Mohsin Naqvi began talks with Iranian Interior Minister Eskandar Momeni in Quetta on Tuesday."
    assert _dated(begun) == [("2025-06-17", "2025-06-17", "day")]
