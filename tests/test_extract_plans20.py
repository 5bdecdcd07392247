"""Round 20, plans (issue 15: no held event from an announcement alone). Made-up reports in our own
words, each class in three or more phrasings, with mixed reports and near misses: a plan, a
postponement or a cancellation told first, then the engagement named again ('the talks', 'his trip',
'the joint commission') with no day or held verb of its own, is still the plan; 'was to have held
talks' tells what did not happen; 'denied reports of' a meeting is a denial. A held engagement of
the same report (its own day, a held verb) stays. probes6/probes7 only showed which shapes to take."""

from __future__ import annotations

import pytest

from extract_fixtures import OwnReports, lexicon
from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.report import read_report

LEX = lexicon()   # made-up people: Tariq Mahmood (PAK), Karim Rostami (IRN), Saima Baig (PAK)
_OWN = OwnReports("plans20-own", "2024-12-05")   # shipped lexicon, a Thursday


def _kinds(text: str, day: str = "2024-05-15") -> list[str]:
    return sorted(e.kind for e in cluster([read_report("plans20-doc", text, day, LEX)]))


# -- 1. the plan told on by a later sentence that names the engagement again ------------------------
PLAN_LEADS = [
    "Iranian Foreign Minister Karim Rostami has called off his visit to Pakistan, the Foreign Office said on Tuesday.",
    "Iranian Foreign Minister Karim Rostami postponed his trip to Islamabad, officials said on Monday.",
    "Iranian Foreign Minister Karim Rostami is expected to pay a visit to Pakistan next month, diplomatic sources said.",
    "Iranian Foreign Minister Karim Rostami has shelved his planned trip to Islamabad because of the floods.",
    "The visit of Iranian Foreign Minister Karim Rostami to Pakistan has been put off, the ministry said on Monday.",
]
TOLD_ON = [
    "Traders asked the government to include them in the delegation-level talks with Prime Minister Tariq Mahmood.",
    "His talks with Prime Minister Tariq Mahmood were to cover border trade and the gas pipeline.",
    "The joint border commission of the two countries, chaired by Prime Minister Tariq Mahmood, has not met for years.",
    "The trip would have included a meeting with Prime Minister Tariq Mahmood.",
]


@pytest.mark.parametrize("lead", PLAN_LEADS)
@pytest.mark.parametrize("later", TOLD_ON)
def test_the_engagement_named_again_after_a_plan_is_still_the_plan(lead, later):
    assert _kinds(f"{lead} {later}") == [], (lead, later)


@pytest.mark.parametrize("lead", PLAN_LEADS[:3])
def test_near_miss_talks_with_their_own_day_and_held_verb_stay_held(lead):
    text = f"{lead} The talks between Rostami and Prime Minister Tariq Mahmood on Monday were held in Islamabad."
    assert "meeting" in _kinds(text)


def test_near_miss_after_a_held_engagement_the_named_again_talks_stay_held():
    text = ("Iranian Foreign Minister Karim Rostami arrived in Islamabad on Monday, and is expected to meet Interior "
            "Minister Saima Baig on Wednesday. His talks with Prime Minister Tariq Mahmood focused on border trade.")
    assert "meeting" in _kinds(text)


def test_near_miss_a_call_after_a_cancelled_trip_is_held():
    text = ("Iranian Foreign Minister Karim Rostami has called off his visit to Pakistan. Rostami and Prime Minister "
            "Tariq Mahmood spoke by telephone on Monday.")
    assert _kinds(text) == ["phone_call"]


# -- 2. what should have been: 'was to have held talks' ---------------------------------------------
@pytest.mark.parametrize("text", [
    "Iranian Foreign Minister Karim Rostami has called off his visit to Pakistan. Rostami was to have held talks "
    "with Prime Minister Tariq Mahmood on border trade, and to have called on Interior Minister Saima Baig.",
    "Iranian Foreign Minister Karim Rostami postponed his trip to Islamabad, officials said on Monday. He was "
    "supposed to have met Prime Minister Tariq Mahmood on Tuesday.",
    "Rostami's trip has been put off. Iranian Foreign Minister Karim Rostami and Prime Minister Tariq Mahmood were "
    "to have met in Islamabad on Sunday.",
])
def test_what_was_to_have_happened_is_no_held_event(text):
    assert _kinds(text) == []


# -- 3. denials: 'denied reports of' ----------------------------------------------------------------
@pytest.mark.parametrize("denial", ["denied reports of", "denied press reports of", "denied media reports of"])
@pytest.mark.parametrize("what", ["a meeting between", "talks between"])
def test_a_denied_report_of_a_meeting_makes_no_event(denial, what):
    text = (f"The ministry {denial} {what} Prime Minister Tariq Mahmood and Iranian Foreign Minister Karim Rostami "
            "in Islamabad on Monday.")
    assert _kinds(text) == [], text


# -- 4. mixed reports: a held engagement and a planned one ------------------------------------------
@pytest.mark.parametrize("return_visit", [
    "Mahmood accepted an invitation to visit Tehran next month. The visit would be his first to Iran.",
    "Rostami invited Mahmood to visit Tehran, and the invitation was accepted. The trip is expected in the summer.",
    "Mahmood is scheduled to travel to Tehran later this month. His visit will include talks on the pipeline.",
])
def test_a_held_meeting_with_a_planned_return_visit_gives_the_meeting_only(return_visit):
    text = f"Iranian Foreign Minister Karim Rostami met Prime Minister Tariq Mahmood in Islamabad on Monday. {return_visit}"
    assert _kinds(text) == ["meeting"]


@pytest.mark.parametrize("postponed", [
    "The session of the joint border commission, first postponed in March, is expected next month.",
    "A meeting of the joint border commission was put off in April.",
    "The joint border commission's session was deferred twice this year.",
])
def test_a_postponed_commission_and_a_held_meeting_in_one_report_give_the_held_one(postponed):
    text = f"{postponed} Iranian Foreign Minister Karim Rostami met Prime Minister Tariq Mahmood in Islamabad on Monday."
    assert _kinds(text) == ["meeting"]


def test_a_postponed_meeting_held_in_the_end_is_held():
    text = ("A meeting between Prime Minister Tariq Mahmood and Iranian Foreign Minister Karim Rostami, postponed last "
            "month, is expected to take place soon. The meeting was finally held in Islamabad on Monday, officials said.")
    assert _kinds(text) == ["meeting"]


# -- 5. where a thing is, not a trip: 'its secretariat is in Tehran' --------------------------------
@pytest.mark.parametrize("thing", ["Its secretariat is in Tehran.", "The bank's main office is in Islamabad.",
                                   "The headquarters of the regional body is in Tehran."])
def test_where_a_thing_is_makes_no_visit(thing):
    text = f"Deputy Prime Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi in Islamabad on Tuesday. {thing}"
    assert [k for k, _ in _OWN.events(text)] == ["meeting"]


def test_near_miss_a_person_named_by_a_short_name_in_tehran_is_a_visit():
    text = ("Deputy Prime Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi in Islamabad on Tuesday. "
            "Dar is in Tehran on Thursday for the next round.")
    assert ("visit", ["ishaq-dar"]) in _OWN.events(text)


# -- 6. a delegation going home to its own capital ---------------------------------------------------
@pytest.mark.parametrize("home", ["The Iranian delegation left for Tehran from Islamabad in the evening.",
                                  "The Iranian side left for Tehran after the talks.",
                                  "The Iranian delegation left for Tehran the same night."])
def test_a_delegation_going_home_makes_no_stand_ins_visit(home):
    text = ("Iranian Foreign Minister Abbas Araghchi ended his visit to Pakistan on Monday after meeting Deputy Prime "
            f"Minister Ishaq Dar. {home}")
    assert [k for k, _ in _OWN.events(text)] == ["visit"]


def test_near_miss_the_other_sides_delegation_leaving_for_tehran_still_travels():
    text = ("Iranian Foreign Minister Abbas Araghchi ended his visit to Pakistan on Monday after meeting Deputy Prime "
            "Minister Ishaq Dar. The Pakistani delegation left for Tehran on Thursday for the next round of talks.")
    assert sum(k == "visit" for k, _ in _OWN.events(text)) == 2
