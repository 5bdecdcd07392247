"""Round 31 (frames31, issue 15): engagements that are not there. Made-up reports in our own words.

1. a standing body's habit told in the present ('a joint economic commission ... meets when relations allow',
   'the border commanders met repeatedly'): how often, not one session (engagement.yaml `habit_frequency`);
2. an engagement noun under a quantifier ('every meeting between ... officials ends with ...'): no one meeting
   (engagement.yaml `generic_quantifiers`, frames._generic_noun);
3. a visit told as the condition of something still to come ('refused to bury them until the prime minister
   visits Quetta', 'unless the minister travels to Tehran'): no held visit (engagement.yaml `plan`);
4. review30's two modality xfails: 'was not back ... for talks with Y' (negated) and 'A virtual meeting between
   A and B is expected on Monday' (planned).
Each with a near miss that must keep its held reading."""

from __future__ import annotations

import pytest

from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.report import read_report
from places11_table import lexicon


def _events(text: str, day: str = "2021-11-09") -> set[tuple[str, str, str | None, tuple[str, ...]]]:
    return {(e.kind, e.date_start.isoformat(), e.place_id, tuple(sorted(e.participants)))
            for e in cluster([read_report("frames31", text, day, lexicon())])}


def _kinds(text: str, day: str = "2021-11-09") -> list[str]:
    return sorted(e[0] for e in _events(text, day))


_CALL = ("ISLAMABAD: Iranian Foreign Minister Hossein Amir-Abdollahian telephoned Foreign Minister Shah Mahmood "
         "Qureshi on Monday and the two discussed the border. ")


# -- 1. a standing body's habit --------------------------------------------------------------------------------------
@pytest.mark.parametrize("habit", [
    "The two governments keep standing channels: a joint economic commission, chaired on the Iranian side by a "
    "senior minister, meets when relations allow.",
    "A joint border commission, led on the Iranian side by the governor, meets whenever conditions permit.",
    "Since then the foreign secretaries and the border commanders of the two sides met repeatedly.",
    "Yet the border commission, the one body that brings officials of both sides together, is short of staff and "
    "meets only when a crisis forces it to.",
])
def test_a_standing_bodys_habit_is_no_meeting(habit):
    assert _kinds(_CALL + habit) == ["phone_call"], _events(_CALL + habit)


def test_a_commission_that_met_on_a_day_is_still_a_meeting():
    """Near miss: a session of a day, no word of how often."""
    text = ("ISLAMABAD: The joint border commission of Pakistan and Iran met in Quetta on Monday. Iranian Interior "
            "Minister Abdolreza Rahmani Fazli met Interior Minister Chaudhry Nisar Ali Khan at the session.")
    assert "meeting" in _kinds(text, "2015-09-09"), _events(text, "2015-09-09")


# -- 2. a quantified engagement noun ---------------------------------------------------------------------------------
@pytest.mark.parametrize("opening", [
    "LAHORE -- For years, every meeting between Pakistani and Iranian officials has ended with the same phrase about "
    "a border of peace.",
    "LAHORE -- Each meeting between Pakistani and Iranian officials ends with the same promise.",
])
def test_a_quantified_meeting_noun_is_no_meeting(opening):
    text = opening + " Prime Minister Imran Khan has said the phrase is not enough."
    assert not [e for e in _events(text) if e[0] == "meeting"], _events(text)


def test_the_meeting_between_named_ministers_is_still_one():
    """Near miss: a definite noun with its parties named."""
    text = ("ISLAMABAD: The meeting between Foreign Minister Shah Mahmood Qureshi and Iranian Foreign Minister "
            "Hossein Amir-Abdollahian took place at the Foreign Office on Monday.")
    assert "meeting" in _kinds(text), _events(text)


# -- 3. a visit told as a condition still to come -------------------------------------------------------------------
@pytest.mark.parametrize("condition", [
    "The families have refused to bury the victims until the prime minister visits Quetta.",
    "Families said they would not end the sit-in unless Prime Minister Imran Khan comes to Quetta.",
])
def test_a_visit_told_as_a_condition_is_no_visit(condition):
    text = _CALL + condition
    assert _kinds(text) == ["phone_call"], _events(text)


def test_a_visit_until_a_day_held_is_still_a_visit():
    """Near miss: 'until' of a held stay's end, a past verb."""
    text = ("QUETTA: Iranian Interior Minister Abdolreza Rahmani Fazli arrived in Quetta on Monday and stayed until "
            "Wednesday, when he met Chief Minister Sanaullah Khan Zehri.")
    assert "visit" in _kinds(text, "2016-03-10"), _events(text, "2016-03-10")


# -- 4. review30's modality xfails (flipped in tests/test_review30.py): the near misses ----------------------------
def test_being_back_for_talks_holds_the_talks():
    """Near miss: the same sentence without the negation."""
    text = ("ISLAMABAD: Iranian Foreign Minister Abbas Araghchi was back in Islamabad on Wednesday for talks with "
            "Deputy Prime Minister Ishaq Dar.")
    assert "meeting" in [e[0] for e in _events(text, "2025-03-05")], _events(text, "2025-03-05")


def test_a_nominal_call_told_held_is_a_call():
    """Near miss: frames30's held reading."""
    text = ("ISLAMABAD: A virtual meeting between Deputy Prime Minister Ishaq Dar and Iranian Foreign Minister Abbas "
            "Araghchi took place on Monday.")
    assert "phone_call" in [e[0] for e in _events(text, "2025-03-05")], _events(text, "2025-03-05")
