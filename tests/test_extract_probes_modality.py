"""Modality, tenth round: a clause that ends in a held passive after all its plan words was held
('originally scheduled for last week, was held on Monday'); one whose last word is a plan or a
cancellation was not ('that was to be held on Monday has been rescheduled'). Made-up people of
tests/extract_fixtures.py; sentences in our own words, built by Hypothesis from their parts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extract_fixtures import lexicon
from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.report import read_report

LEX = lexicon()
PARTIES = "Prime Minister Tariq Mahmood and Iranian Foreign Minister Karim Rostami"
PLANS = ["originally scheduled for", "first planned for", "postponed from", "put off from", "deferred from",
         "rescheduled from", "due to take place"]
WHEN = ["last week", "May 3", "the previous Monday"]
HELD = ["was held", "was finally held", "was eventually held", "took place", "went ahead"]
OFF = ["has been postponed", "has been rescheduled", "was called off", "has been pushed back", "was put on hold"]


def _events(text: str):
    return cluster([read_report("modality-doc", text, "2024-05-15", LEX)])


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(PLANS), st.sampled_from(WHEN), st.sampled_from(HELD))
def test_a_plan_told_before_the_held_verb_leaves_the_meeting_held(plan, when, held):
    text = f"The meeting between {PARTIES}, {plan} {when}, {held} in Islamabad on Monday."
    events = _events(text)
    assert [e.kind for e in events if e.kind == "meeting"] == ["meeting"], text


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(OFF), st.sampled_from(["was to be held", "was due to be held", "was scheduled to take place"]))
def test_a_cancellation_after_the_plan_makes_no_event(off, planned):
    text = f"The meeting between {PARTIES} that {planned} in Islamabad on Monday {off}."
    assert _events(text) == [], text


def test_a_plan_after_the_held_verb_is_what_was_decided():
    text = (f"The meeting between {PARTIES} was held in Islamabad on Monday, "
            "and the two sides decided that the next session will be held in Tehran.")
    assert [e.kind for e in _events(text)] == ["meeting"]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["denied that", "denied reports that", "ruled out a meeting in which"]),
       st.sampled_from(["met", "held talks with", "called on"]))
def test_a_denied_engagement_makes_no_event(denial, verb):
    text = f"The ministry {denial} Prime Minister Tariq Mahmood {verb} Iranian Foreign Minister Karim Rostami in Islamabad on Monday."
    assert _events(text) == [], text


def test_a_denial_of_something_else_before_the_trigger_keeps_the_meeting():
    text = ("Prime Minister Tariq Mahmood, who denied that militants used the border, met Iranian Foreign Minister "
            "Karim Rostami in Islamabad on Monday.")
    assert [e.kind for e in _events(text)] == ["meeting"]
