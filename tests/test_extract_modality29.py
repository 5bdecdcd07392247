"""Round 29 (modality29, issue 15): held or not, by structure. A clause governed by a word of asking
or not knowing ends where the clause segmentation or a claim's scope ends it (no list of ends); the
review's leftovers: an uncertain meeting with a pronoun subject, a held clause coordinated after a
denial, an asked engagement a later sentence confirms, being back home, an envoy's recall or return,
planned departures. Made-up reports in our own words, each with neighbours (tense, voice, negation)."""

from __future__ import annotations

import pytest

from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.report import read_report
from places11_table import lexicon


def _events(text: str, day: str = "2024-08-09") -> list[tuple[str, str, str, str | None, tuple[str, ...]]]:
    return sorted((e.kind, e.date_start.isoformat(), e.date_end.isoformat(), e.place_id, tuple(sorted(e.participants)))
                  for e in cluster([read_report("modality29", text, day, lexicon())]))


def _with(events: list, kind: str, person: str) -> list:
    return [e for e in events if e[0] == kind and person in e[4]]


# -- a governed clause ends where the clauses end -------------------------------------------------

@pytest.mark.parametrize("held", [
    "; Interior Minister Mohsin Naqvi met Iranian Interior Minister Eskandar Momeni in Tehran on Thursday.",
    ", but Interior Minister Mohsin Naqvi met Iranian Interior Minister Eskandar Momeni in Tehran on Thursday.",
    " while Interior Minister Mohsin Naqvi met Iranian Interior Minister Eskandar Momeni in Tehran on Thursday.",
    " — Interior Minister Mohsin Naqvi met Iranian Interior Minister Eskandar Momeni in Tehran on Thursday.",
])
def test_a_clause_after_the_governed_one_is_held(held):
    text = "ISLAMABAD, Aug 9 -- Reporters asked whether Ishaq Dar had spoken to Abbas Araghchi" + held
    assert _with(_events(text), "meeting", "mohsin-naqvi"), _events(text)


@pytest.mark.parametrize("opening", [
    "Asked whether the two leaders were in contact, the spokeswoman said",
    "Asked if the two leaders had been in touch, a spokesman said",
    "Questioned whether the two leaders were in contact, the presidency confirmed",
])
def test_a_fronted_question_governs_only_itself(opening):
    text = (f"ISLAMABAD, Aug 9 -- {opening} Prime Minister Shehbaz Sharif and President Masoud Pezeshkian held a "
            "telephone conversation on Thursday evening.")
    assert _with(_events(text), "phone_call", "shehbaz-sharif"), _events(text)


def test_a_comma_before_the_governed_verb_ends_nothing():
    text = ("ISLAMABAD, Aug 9 -- Reporters asked whether, in Tehran, Interior Minister Mohsin Naqvi met Iranian "
            "Interior Minister Eskandar Momeni on Thursday.")
    assert not _with(_events(text), "meeting", "mohsin-naqvi"), _events(text)


@pytest.mark.parametrize("text", [
    "ISLAMABAD, Aug 7 -- It is unclear whether Foreign Minister Ishaq Dar will meet Abbas Araghchi when he visits "
    "Tehran next week.",
    "ISLAMABAD, Aug 7 -- Officials wondered whether Foreign Minister Ishaq Dar met Abbas Araghchi after he arrived in "
    "Tehran on Monday.",
    "ISLAMABAD, Aug 7 -- It is unclear whether Foreign Minister Ishaq Dar (now in Tehran) met Abbas Araghchi on Monday.",
])
def test_a_clause_of_time_or_an_aside_inside_the_governed_one_stays_governed(text):
    """The segmentation cuts before 'when' and 'after' and at brackets; such a clause hangs on the governed
    clause's verb (clause_governors.attached), so neither it nor the rest is told as held."""
    events = _events(text, "2024-08-07")
    assert not _with(events, "meeting", "ishaq-dar") and not _with(events, "visit", "ishaq-dar"), events


# -- an uncertainty governor with a pronoun subject -------------------------------------------------

_TALKS = "ISLAMABAD, Aug 9 -- Iranian Foreign Minister Abbas Araghchi held talks with Foreign Minister Ishaq Dar on Thursday. "


@pytest.mark.parametrize("asked", [
    "It is unclear whether he met Field Marshal Asim Munir.",
    "It was not clear whether he also met Army Chief Asim Munir.",
    "Diplomats wondered whether he had held talks with Field Marshal Asim Munir.",
    "It is not known if he met Field Marshal Asim Munir on Thursday.",
    "Officials doubted that he met Field Marshal Asim Munir.",
])
def test_an_uncertain_meeting_with_a_pronoun_subject_is_no_meeting(asked):
    events = _events(_TALKS + asked)
    assert not _with(events, "meeting", "asim-munir"), events
    assert _with(events, "meeting", "ishaq-dar"), events


@pytest.mark.parametrize("told", [
    "Officials said that he met Field Marshal Asim Munir on Thursday.",
    "He also met Field Marshal Asim Munir on Thursday.",
])
def test_a_meeting_told_as_held_with_a_pronoun_subject_stays(told):
    events = _events(_TALKS + told)
    assert _with(events, "meeting", "asim-munir"), events


# -- a denial, then a clause of saying of its own ---------------------------------------------------

_DENIED = ("ISLAMABAD, Aug 9 -- The Foreign Office denied that Interior Minister Mohsin Naqvi had met Iranian Interior "
           "Minister Eskandar Momeni in Tehran ")


@pytest.mark.parametrize("saying", ["and said that", "and later said that", "and confirmed that", "and added that"])
def test_a_clause_of_saying_after_a_denial_is_held(saying):
    text = _DENIED + f"{saying} Foreign Minister Ishaq Dar had met his counterpart Abbas Araghchi on Tuesday."
    events = _events(text)
    assert _with(events, "meeting", "ishaq-dar"), events
    assert not _with(events, "meeting", "mohsin-naqvi"), events


def test_a_second_complement_of_the_denial_is_still_denied():
    text = _DENIED + "and that Foreign Minister Ishaq Dar had met his counterpart Abbas Araghchi on Tuesday."
    events = _events(text)
    assert not _with(events, "meeting", "ishaq-dar") and not _with(events, "meeting", "mohsin-naqvi"), events


# -- an asked engagement a later sentence confirms ----------------------------------------------------

_ASKED_CALL = ("ISLAMABAD, Aug 9 -- Reporters asked whether Prime Minister Shehbaz Sharif and President Masoud "
               "Pezeshkian had spoken by telephone on Thursday. ")


@pytest.mark.parametrize("confirmed", [
    "The presidency later confirmed the call.",
    "The presidency confirmed the conversation on Friday.",
    "A spokesman said the call took place.",
    "The presidency later acknowledged the call.",
])
def test_an_asked_call_a_later_sentence_confirms_is_held(confirmed):
    events = _events(_ASKED_CALL + confirmed)
    assert [e[:2] for e in events if e[0] == "phone_call"] == [("phone_call", "2024-08-08")], events


@pytest.mark.parametrize("not_confirmed", [
    "The presidency did not confirm the call.",
    "The presidency declined to comment.",
    "It is unclear whether the call took place.",
])
def test_an_asked_call_left_unconfirmed_is_no_call(not_confirmed):
    events = _events(_ASKED_CALL + not_confirmed)
    assert not [e for e in events if e[0] == "phone_call"], events


def test_an_asked_meeting_a_later_sentence_confirms_is_held():
    text = ("ISLAMABAD, Aug 9 -- Reporters asked whether Foreign Minister Ishaq Dar met Iranian Foreign Minister Abbas "
            "Araghchi in Tehran on Thursday. The Foreign Office later confirmed the meeting.")
    assert _with(_events(text), "meeting", "ishaq-dar"), _events(text)


def test_a_confirmed_plan_is_still_a_plan():
    text = ("ISLAMABAD, Aug 9 -- Reporters asked whether Prime Minister Shehbaz Sharif would speak to President "
            "Masoud Pezeshkian by telephone next week. The presidency later confirmed the call.")
    assert not [e for e in _events(text) if e[0] == "phone_call"], _events(text)


# -- being back home -----------------------------------------------------------------------------------

@pytest.mark.parametrize("back", [
    "Iranian Foreign Minister Abbas Araghchi was back in Islamabad on Wednesday morning.",
    "Iranian Foreign Minister Abbas Araghchi got back to Islamabad on Wednesday.",
    "Iranian Ambassador Reza Amiri Moghadam was back in Islamabad on Wednesday morning.",
    "Foreign Minister Ishaq Dar was back in Islamabad on Wednesday morning.",
])
def test_being_back_opens_no_trip(back):
    assert _events("ISLAMABAD, Aug 9 -- " + back) == [], _events("ISLAMABAD, Aug 9 -- " + back)


def test_being_back_home_still_ends_the_visit():
    text = ("ISLAMABAD, Aug 9 -- Foreign Minister Ishaq Dar arrived in Tehran on Monday and met Abbas Araghchi on "
            "Tuesday. Dar was back in Islamabad on Wednesday morning.")
    visits = [e for e in _events(text) if e[0] == "visit"]
    assert [(v[1], v[2]) for v in visits] == [("2024-08-05", "2024-08-06")], _events(text)


# -- an envoy's recall or return ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ISLAMABAD, Aug 9 -- Iran's Ambassador Reza Amiri Moghadam, who returned to Islamabad on Friday after being "
    "recalled for consultations, said ties would grow.",
    "ISLAMABAD, Aug 9 -- Iran's Ambassador Reza Amiri Moghadam returned to Islamabad on Thursday.",
    "TEHRAN, Aug 9 -- Pakistan's Ambassador Mudassir Tipu, who returned to Tehran on Thursday after being recalled "
    "for consultations, said ties would grow.",
    "ISLAMABAD, Aug 9 -- Iran's Ambassador Reza Amiri Moghadam, who returned to Tehran on Friday after being "
    "recalled for consultations, said ties would grow.",
])
def test_an_envoy_back_at_his_post_or_recalled_makes_no_visit(text):
    assert not [e for e in _events(text) if e[0] in ("visit", "meeting")], _events(text)


def test_a_minister_returning_for_a_second_visit_still_visits():
    text = "ISLAMABAD, Aug 9 -- Iranian Foreign Minister Abbas Araghchi returned to Islamabad on Thursday."
    assert _with(_events(text), "visit", "abbas-araghchi"), _events(text)


# -- planned departures: never a held end ---------------------------------------------------------------

_ARRIVED = "TEHRAN, Aug 7 -- Foreign Minister Ishaq Dar arrived in Tehran on Tuesday and met President Masoud Pezeshkian. "


@pytest.mark.parametrize("plan", [
    "He is scheduled to leave tomorrow.",
    "He is expected to wrap up the visit on Thursday.",
    "Dar is scheduled to leave for Islamabad on Thursday.",
    "He will fly back to Islamabad on Thursday.",
    "He is due to conclude his visit on Thursday.",
])
def test_a_planned_departure_is_no_held_end(plan):
    visits = [e for e in _events(_ARRIVED + plan, "2024-08-07") if e[0] == "visit"]
    assert visits and all(v[2] <= "2024-08-07" for v in visits), visits


@pytest.mark.parametrize("held", ["He left on Thursday.", "He wrapped up the visit on Thursday."])
def test_a_held_departure_ends_the_visit(held):
    visits = [e for e in _events(_ARRIVED + held) if e[0] == "visit"]
    assert [v[2] for v in visits] == ["2024-08-08"], visits


_MET = "TEHRAN, Aug 7 -- Foreign Minister Ishaq Dar met President Masoud Pezeshkian in Tehran on Wednesday. "


@pytest.mark.parametrize("plan", [
    "He is set to conclude his three-day visit on Saturday.",
    "He is expected to wrap up his three-day visit on Saturday.",
    "The minister is scheduled to end his three-day visit on Saturday.",
])
def test_a_planned_end_told_after_a_held_meeting_ends_nothing(plan):
    """The plan's visit frame opened the trip, told so far as planned; the held meeting makes the trip held,
    but the plan's day stays the plan's (as for a held visit or arrival frame after a plan): the trip does
    not run to the Saturday still to come (its length told, three days, is the dates' business)."""
    visits = [e for e in _events(_MET + plan, "2024-08-07") if e[0] == "visit"]
    assert visits and all(v[1] == "2024-08-07" and v[2] < "2024-08-10" for v in visits), visits
