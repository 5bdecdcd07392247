"""Adversarial reports for the unnamed side (engagement.yaml `unnamed_party`) and for plan words
after a reporting verb (frames.py, `called_off`): a third country's counterpart or side never
becomes a party, an announcement, plan, postponement, cancellation or denial never becomes a held
event, and no mix of these makes the extractor raise. Reports are made up, in our own words."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.report import read_report
from test_extract_who_what import ORG_LEX

BODIES = {"government-of-iran", "government-of-pakistan"}


def _read(text: str, published: str = "2020-03-12"):
    report = read_report("x-doc", text, published, ORG_LEX)
    return report, cluster([report])


def _parties(report) -> set[str]:
    return {a for c in report.candidates for a in (c.guest, c.host, *c.participants) if a}


@pytest.mark.parametrize("text", [
    "Interior Minister Saima Baig met her Afghan counterpart in Kabul on Tuesday.",
    "Interior Minister Saima Baig met her Iraqi counterpart in Tehran on Tuesday.",
    "Saima Baig met the Afghan side in Tehran on Monday and asked for faster trade.",
    "Saima Baig met the Indian side in Tehran on Monday.",
    "The Pakistan-Afghanistan Joint Border Commission opened a session in Rawalpindi on Wednesday.",
])
def test_a_third_countrys_unnamed_side_is_no_party(text):
    report, events = _read(text)
    assert events == []
    assert _parties(report) <= {"saima-baig"}


def test_a_third_countrys_counterpart_beside_an_iranian_one_seats_only_iran():
    report, events = _read("Saima Baig met her Iranian counterpart and her Afghan counterpart in Tehran on Tuesday.")
    assert [sorted(e.participants) for e in events if e.kind == "meeting"] == [["government-of-iran", "saima-baig"]]


@pytest.mark.parametrize("text", [
    "Officials said the meeting with the Iranian side would be held next week in Tehran.",
    "Saima Baig announced she would visit Iran next month to meet her Iranian counterpart.",
    "Saima Baig said talks with her Iranian counterpart were postponed.",
    "Saima Baig said talks with the Iranian side in Tehran were called off on Monday.",
    "Saima Baig said on Monday that she would meet her Iranian counterpart in Tehran.",
    "Saima Baig was scheduled to meet her Iranian counterpart in Tehran on Tuesday, but the meeting was cancelled.",
    "Saima Baig told reporters she is expected to hold talks with the Iranian side in Tehran soon.",
    "Saima Baig said she hoped to meet her Iranian counterpart in Tehran.",
    "Saima Baig did not meet her Iranian counterpart in Tehran on Tuesday.",
    "Saima Baig said she had not met the Iranian side in Tehran.",
])
def test_an_announcement_plan_or_denial_makes_no_held_event(text):
    _, events = _read(text)
    assert events == []


SUBJECTS = ["Saima Baig", "Interior Minister Saima Baig", "Officials", "The minister", ""]
VERBS_HELD = ["met", "held talks with", "called on"]
VERBS_NOT_HELD = ["will meet", "would meet", "is expected to meet", "did not meet", "plans to meet",
                  "said she would meet", "announced she would meet", "said talks were postponed with",
                  "had been due to meet", "never met"]
SIDES = ["her Iranian counterpart", "the Iranian side", "her Afghan counterpart", "the Afghan side",
         "the Indian delegation", "the Iraqi side", "her counterpart", "the side", "Iranian", ""]
TAILS = ["in Tehran on Tuesday.", "in Kabul.", "next week.", ", officials said.", "", "in Tehran, but it was cancelled.",
         "in Quetta on Monday; the meeting was later called off."]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(SUBJECTS), st.booleans(), st.integers(0, 20), st.sampled_from(SIDES),
                          st.sampled_from(TAILS)), min_size=1, max_size=4),
       st.sampled_from(["2020-03-12", "", "0001-01-01", "9999-12-31"]))
@example([("Saima Baig", False, 0, "her Iranian counterpart", "in Tehran on Tuesday."),
          ("Saima Baig", False, 0, "her Iranian counterpart", "in Tehran on Tuesday."),
          ("Saima Baig", True, 0, "her Iranian counterpart", "in Tehran on Tuesday.")], "0001-01-01")
def test_unnamed_sides_and_plans_never_raise_or_seat_a_third_country(parts, published):
    sentences, held_verb = [], False
    for subject, held, k, side, tail in parts:
        verb = VERBS_HELD[k % len(VERBS_HELD)] if held else VERBS_NOT_HELD[k % len(VERBS_NOT_HELD)]
        held_verb |= held
        sentences.append(" ".join(w for w in (subject, verb, side, tail) if w))
    report, events = _read(" ".join(sentences), published or None)  # never raises
    assert _parties(report) <= BODIES | {"saima-baig"}  # no third country's body, no made-up party
    if not held_verb:  # only plans, announcements, postponements and denials: no held event
        assert events == [], sentences


@pytest.mark.parametrize("text", [
    "Saima Baig proposed talks with the Iranian side in Tehran next month.",
    "Saima Baig suggested a meeting with the Iranian side in Tehran next month.",
    "Saima Baig offered to hold talks with the Iranian side in Tehran next month.",
    "Saima Baig requested a meeting with the Iranian side in Tehran next week.",
])
def test_a_proposed_meeting_is_no_held_event(text):
    _, events = _read(text)
    assert events == []


def test_a_meeting_in_a_report_dated_at_the_calendars_end_does_not_end_extract():
    """An undated meeting takes its report's month: December 9999's end was counted from a day
    after it (OverflowError out of cluster(), the whole `extract` an internal error)."""
    from extract_fixtures import whole_calendar

    report = read_report("x-doc", "Interior Minister Saima Baig met her Iranian counterpart in Tehran.", "9999-12-31",
                         whole_calendar(ORG_LEX))
    events = cluster([report])
    assert [(e.date_start, e.date_end) for e in events if e.kind == "meeting"] == [
        (dt.date(9999, 12, 1), dt.date(9999, 12, 31))]


def test_a_commission_of_iran_and_a_third_country_is_no_pakistan_iran_meeting():
    _, events = _read("The Iran-Afghanistan joint commission met in Tehran on Wednesday. "
                      "Pakistan's delegation is led by Saima Baig.")
    assert events == []
