"""Exact dates, fifteenth round (issue 15, "dates on real reports"): which date expression an
engagement takes. A date inside a relative clause about a person (', whose plane landed ... on
Tuesday night,') dates that clause's verb, not the main clause's engagement; a dateline whose day
stands in brackets after another calendar's date ('Mashhad, 27 Ordibehesht 1403 (16 May 2024) -')
is the newsroom's day, not the engagement's. Every sentence is our own; near misses beside each."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from date_coverage import _lexicon
from pakiran_events.extract.clauses import relative_clause_at
from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.report import read_report

THU = "2024-05-16"  # a Thursday: Tuesday is the 14th, Wednesday the 15th


def _dated(text: str, published: str | None = THU, kind: str = "meeting"):
    events = cluster([read_report("x-dates19", text, published, _lexicon())])
    return [(str(e.date_start), str(e.date_end)) for e in events if e.kind == kind]


GUEST = "Iran's interior minister Eskandar Momeni"
HOST = "Interior Minister Mohsin Naqvi"


@pytest.mark.parametrize("text,meeting", [
    # the landing is told in a relative clause about the guest: its night is the landing's
    (f"{GUEST}, whose plane touched down at the Allama Iqbal airport in Lahore late on Tuesday night, held talks "
     f"with {HOST} in Islamabad on Wednesday.", ("2024-05-15", "2024-05-15")),
    (f"{GUEST}, who reached the Allama Iqbal airport in Lahore by a special flight late on Tuesday night, held talks "
     f"with {HOST} in Islamabad on Wednesday.", ("2024-05-15", "2024-05-15")),
    # near miss: the talks told inside the relative clause keep their own day
    (f"{GUEST}, who held talks with {HOST} in Islamabad on Wednesday, had landed at the Allama Iqbal airport in "
     f"Lahore late on Tuesday night.", ("2024-05-15", "2024-05-15")),
    # near miss: no relative clause, the talks' day is still the one after them
    (f"{GUEST} landed in Lahore late on Tuesday night and held talks with {HOST} in Islamabad on Wednesday.",
     ("2024-05-15", "2024-05-15")),
    # near miss: only the landing is dated, so the talks of that sentence take its day (unchanged)
    (f"{GUEST}, whose plane touched down in Islamabad on Tuesday, held talks with {HOST}.",
     ("2024-05-14", "2024-05-14")),
])
def test_a_date_in_a_relative_clause_about_a_person_is_that_clauses(text, meeting):
    assert _dated(text) == [meeting]


def test_the_landing_keeps_the_relative_clauses_night_for_the_visit():
    text = (f"{GUEST}, whose plane touched down at the Allama Iqbal airport in Lahore late on Tuesday night, held "
            f"talks with {HOST} in Islamabad on Wednesday.")
    assert _dated(text, kind="visit") == [("2024-05-14", "2024-05-15")]


@pytest.mark.parametrize("sentence,span", [
    ("Momeni, whose plane landed on Tuesday, met Naqvi.", (6, 37)),
    ("Momeni, who landed on Tuesday, met Naqvi.", (6, 29)),
    ("Momeni, who landed on Tuesday and met Naqvi on Wednesday.", (6, 57)),
    ("Momeni met Naqvi, who had landed on Tuesday.", (16, 44)),
])
def test_relative_clause_bounds(sentence, span):
    assert relative_clause_at(sentence, sentence.index("Tuesday")) == span


@pytest.mark.parametrize("sentence", [
    "Momeni landed on Tuesday and met Naqvi.",
    "The talks, which were held on Tuesday, went well.",   # 'which': the clause tells of its antecedent
    "Momeni asked who landed on Tuesday.",                  # no comma before: not an aside
])
def test_no_relative_clause_about_a_person(sentence):
    assert relative_clause_at(sentence, sentence.index("Tuesday")) is None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("ab, whoseW.;()") + [" who ", " whose ", ", ", "WHOM"]), max_size=40).map("".join),
       st.integers(min_value=0, max_value=200))
def test_relative_clause_at_never_raises_and_holds_the_position(sentence, pos):
    found = relative_clause_at(sentence, pos)
    if found is not None:
        assert 0 <= found[0] <= pos < found[1] <= len(sentence)


@pytest.mark.parametrize("head,meeting", [
    # the newsroom's day in brackets after the Persian calendar's: the weekday dates the talks
    ("Mashhad, 27 Ordibehesht 1403 (16 May 2024) - ", ("2024-05-15", "2024-05-15")),
    ("Mashhad (16 May 2024) - ", ("2024-05-15", "2024-05-15")),
    ("MASHHAD, May 16 (XYZ) - ", ("2024-05-15", "2024-05-15")),  # near miss: the plain dateline (unchanged)
])
def test_a_bracketed_dateline_day_is_the_newsrooms(head, meeting):
    text = head + f"Pakistan's {HOST} arrived in Tehran on Wednesday morning and held talks with {GUEST}."
    assert _dated(text) == [meeting]


def test_a_bracketed_day_inside_a_sentence_still_dates_it():
    # near miss: not at the head between a place and a dash, the bracketed day is the talks' own
    text = f"Pakistan's {HOST} held talks with {GUEST} in Tehran (13 May 2024) on border trade."
    assert _dated(text) == [("2024-05-13", "2024-05-13")]


RECALLED = ("QUETTA, May 16: Interior Minister Mohsin Naqvi and Iran's interior minister Eskandar Momeni met in Baku "
            "on Tuesday and agreed to set up a border task force, an idea first raised during the Pakistani minister's "
            "trip to Tehran{when}.")


def test_a_trip_to_a_place_owns_the_month_told_after_it():
    # 'trip to <place>' is a visit trigger of its own (engagement.yaml `trip_to_place`): the month
    # right after it is the trip's, not the meeting's, and not the report's month
    text = RECALLED.format(when=" in March")
    assert _dated(text, kind="visit") == [("2024-03-01", "2024-03-31")]
    assert _dated(text) == [("2024-05-14", "2024-05-14")]


def test_a_trip_told_without_a_date_keeps_the_meetings_day_off_the_trip():
    # near miss: no month after the trip; the meeting keeps its Tuesday (the trip is not dated by March)
    text = RECALLED.format(when="")
    assert _dated(text) == [("2024-05-14", "2024-05-14")]
    assert all(start != "2024-03-01" for start, _ in _dated(text, kind="visit"))


OFFICE = (f"{HOST} received {GUEST} at the Interior Ministry in Islamabad today. The Iranian minister is on a "
          "two-day official visit to Pakistan, his first since {tail}.")


def test_a_date_after_since_and_a_gerund_is_the_gerunds():
    # 'his first since taking charge in February': February dates the taking charge, not the visit
    for tail in ("taking charge in February", "assuming office in February"):
        visits = _dated(OFFICE.format(tail=tail), kind="visit")
        assert visits and all(start >= "2024-05-01" for start, _ in visits), (tail, visits)


def test_a_gerund_without_a_date_after_it_leaves_the_engagements_day():
    # near miss: the gerund phrase holds no date; the talks' own day is the one the main clause gives
    text = f"{GUEST}, on his first visit since taking charge, held talks with {HOST} in Islamabad on Tuesday."
    assert _dated(text) == [("2024-05-14", "2024-05-14")]


def test_a_year_after_a_trip_noun_counts_trips_and_dates_none():
    # near miss of the trip's month: 'his second trip to Iran this year' counts trips; the meeting
    # keeps the arrival's Sunday and no engagement is dated by the whole year
    text = (f"{HOST} arrived in Tehran on Sunday and met {GUEST} at the interior ministry. "
            "It was his second trip to Iran this year.")
    assert _dated(text, "2024-05-14") == [("2024-05-12", "2024-05-12")]
    assert all(start != "2024-01-01" for start, _ in _dated(text, "2024-05-14", kind="visit"))


def test_a_visit_told_in_an_aside_takes_the_main_clauses_day_not_the_datelines():
    # 'X, who is on an official visit to Pakistan, called on Y on Wednesday': the visit was under
    # way on the Wednesday, so it starts then, not on the dateline's day (the report's); told in the
    # present tense, it runs to the report's day (CURATION.md §4, "who is on an N-day visit"; round 23
    # restored that rule, which this test had contradicted by ending the visit on the Wednesday)
    text = (f"ISLAMABAD, May 16: Eskandar Momeni, interior minister of Iran, who is on an official visit to Pakistan, "
            f"called on {HOST} at the Interior Ministry on Wednesday.")
    assert _dated(text, kind="visit") == [("2024-05-15", "2024-05-16")]
    # near miss without the dateline: the same range (the publication day is the report's day)
    assert _dated(text.split(": ", 1)[1], kind="visit") == [("2024-05-15", "2024-05-16")]


ENDED = ("Interior Minister Mohsin Naqvi concluded an official visit to Iran on Wednesday. On Tuesday the minister "
         f"called on {GUEST} in Tehran.")


@pytest.mark.parametrize("head", ["LAHORE, May 16: ", "LAHORE, May 16 (XYZ) - ", ""])
def test_a_visit_concluded_on_a_weekday_ends_then_not_on_the_datelines_day(head):
    # the dateline is nearer 'concluded' than the weekday is, but it is the newsroom's day; the
    # near miss without a dateline gives the same range
    assert _dated(head + ENDED, kind="visit") == [("2024-05-14", "2024-05-15")]


def test_a_frame_dated_only_by_the_dateline_keeps_it_when_the_sentence_has_no_other_day():
    # near miss: nothing else in the sentence dates an engagement: the dateline's day stays
    text = f"LAHORE, May 16: {HOST} concluded an official visit to Iran, the ministry said."
    assert _dated(text, kind="visit") == [("2024-05-16", "2024-05-16")]


def test_a_far_day_of_another_trigger_does_not_replace_the_dateline():
    # near miss of rule 5: 'reached' here is an accord's, and its day is years before the dateline's;
    # the meeting keeps the dateline's day
    text = (f"LAHORE, May 16: {HOST} met {GUEST} and reviewed the accord reached on 3 January 1999.")
    assert _dated(text) == [("2024-05-16", "2024-05-16")]
