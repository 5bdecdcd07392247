"""Dates the reports of one engagement support together (CURATION.md §4), on reports written for
the purpose (names, places and wording made up; nothing copied from the corpus): a month or day
told relative to the report's year, a present-tense scheduled step read forward, a planned day
giving way to the day the reports tell as held, the end of a visit from a stated length, and an
engagement named "ahead of" another time dated only by its own clause."""

from __future__ import annotations

import datetime as dt

from extract_fixtures import events_of, lexicon
from pakiran_events.core import cues
from pakiran_events.extract import dates
from pakiran_events.extract.report import read_report

LEX = lexicon()


def _visit(events):
    found = [e for e in events if e.kind == "visit"]
    assert len(found) == 1, found
    return found[0]


# -- a year told relative to the report's ------------------------------------------------------
def test_a_month_of_last_year_is_in_the_year_before_the_report():
    found = dates.date_cues("the commission last sat in November last year", dt.date(2019, 4, 8), False)
    assert [(c.start, c.end, c.precision) for c in found] == [(dt.date(2018, 11, 1), dt.date(2018, 11, 30), "month")]
    assert cues.has_date_cue("in November last year")


def test_a_day_of_this_year_is_in_the_reports_year_and_unresolved_without_one():
    found = dates.date_cues("they met on 26 April, this year", dt.date(2017, 5, 10), False)
    assert [(c.start, c.precision) for c in found] == [(dt.date(2017, 4, 26), "day")]
    assert [(c.start, c.month_day) for c in dates.date_cues("they met on 26 April, this year", None, False)] == [(None, (4, 26, 26))]


def test_a_month_named_without_a_year_word_keeps_the_tense_rule():
    found = dates.date_cues("talks held in December", dt.date(2019, 4, 8), False)
    assert [c.start for c in found] == [dt.date(2018, 12, 1)]


# -- a scheduled step in the present tense ----------------------------------------------------
def test_a_headline_weekday_in_the_present_tense_is_the_coming_one():
    text = ("Iranian Foreign Minister Karim Rostami arrives Friday on two-day visit\n\n"
            "Iranian Foreign Minister Karim Rostami will visit Pakistan on a two-day visit, the Foreign Office said.")
    report = read_report("x-arrives-friday", text, "2024-05-15", LEX)  # a Wednesday
    told = [cue for c in report.candidates for cue, _ in c.dates + c.arrival if cue.weekday is None and cue.resolved]
    assert told and {cue.start for cue in told} == {dt.date(2024, 5, 17)}
    assert all(cue.ahead for cue in told)


def test_a_past_tense_weekday_stays_in_the_past():
    text = "Iranian Foreign Minister Karim Rostami arrived in Islamabad on Friday on a two-day visit."
    report = read_report("x-arrived-friday", text, "2024-05-15", LEX)
    told = [cue for c in report.candidates for cue, _ in c.dates + c.arrival if cue.resolved]
    assert told and {cue.start for cue in told} == {dt.date(2024, 5, 10)}
    assert not any(cue.ahead for cue in told)


# -- a planned day gives way to the held one ---------------------------------------------------
def test_a_day_told_only_as_planned_gives_way_to_the_day_another_report_tells_as_held():
    planned = ("x-due-today", "2024-05-13", "Iranian Foreign Minister Karim Rostami is arriving in Islamabad today "
                                            "on an official visit to Pakistan.")
    held = ("x-landed", "2024-05-14", "Iranian Foreign Minister Karim Rostami arrived in Islamabad on Tuesday on an "
                                      "official visit to Pakistan.")
    visit = _visit(events_of(planned, held))
    assert visit.date_start == dt.date(2024, 5, 14)


# -- the end of a visit from a stated length --------------------------------------------------
ARRIVED = ("x-arrived", "2024-05-14", "Iranian Foreign Minister Karim Rostami arrived in Islamabad on Tuesday on a "
                                      "three-day visit to Pakistan.")


def test_a_length_told_on_the_arrival_day_sets_the_end_when_no_later_report_places_the_guest():
    visit = _visit(events_of(ARRIVED))
    assert (visit.date_start, visit.date_end, visit.precision) == (dt.date(2024, 5, 14), dt.date(2024, 5, 16), "range")


def test_a_length_told_on_the_arrival_day_gives_way_to_the_days_later_reports_place_the_guest_on():
    later = ("x-met", "2024-05-16", "Iranian Foreign Minister Karim Rostami met Prime Minister Tariq Mahmood in "
                                    "Islamabad on Wednesday.")
    visit = _visit(events_of(ARRIVED, later))
    assert (visit.date_start, visit.date_end) == (dt.date(2024, 5, 14), dt.date(2024, 5, 15))


def test_a_length_a_later_report_states_sets_the_end():
    later = ("x-met-later", "2024-05-16", "Iranian Foreign Minister Karim Rostami, on a three-day visit to Pakistan, "
                                          "met Prime Minister Tariq Mahmood in Islamabad on Wednesday.")
    visit = _visit(events_of(ARRIVED, later))
    assert (visit.date_start, visit.date_end) == (dt.date(2024, 5, 14), dt.date(2024, 5, 16))


# -- an engagement named as later than what the sentence tells of -----------------------------
def test_a_visit_named_ahead_of_takes_only_the_dates_of_its_own_clause():
    text = ("Pakistan on Tuesday denied the claim, days ahead of Prime Minister Tariq Mahmood's two-day visit to "
            "Tehran, which begins on Sunday.")
    report = read_report("x-ahead-of", text, "2024-05-14", LEX)  # a Tuesday
    visit = next(c for c in report.candidates if c.kind == "visit")
    assert [cue.start for cue, _ in visit.dates + visit.arrival] == [dt.date(2024, 5, 19)]


def test_a_visit_not_named_ahead_of_keeps_the_sentences_date():
    text = "Prime Minister Tariq Mahmood on Tuesday began a two-day visit to Tehran."
    visit = next(c for c in read_report("x-began", text, "2024-05-14", LEX).candidates if c.kind == "visit")
    assert [cue.start for cue, _ in visit.dates + visit.arrival] == [dt.date(2024, 5, 14)]
