"""Round 30 (frames30, issue 15): engagements told with no verb frame and the wrong kind, made-up reports in
our own words.

1. a call told in the passive or by its parties ('a video conference was held on Monday between A and B',
   'a virtual meeting between A and B took place'): a phone_call, as CURATION.md codes video links, and no
   meeting of its own from the meeting noun inside the call's noun (`frames._inside_call`);
2. a clause of its own ('while', 'whereas') with its own subject after triggerless clauses naming a person:
   the persons before it are no sources of its frame (`frame_regions._first_opens`);
3. a visit's programme told in the present ('his programme includes talks with X'): still a held meeting (strict
   xfails: the plan word tried was reverted, see docs/EXTRACTION.md round 30);
4. a session told by its length ('held a long session with X'): a meeting (engagement.yaml `meeting_object`)."""

from __future__ import annotations

import pytest

from extract_fixtures import OwnReports, has_pair, of_kind

OWN = OwnReports("frames30-own", "2025-03-07")


# -- 1. calls told in the passive or as a noun between the parties ----------------------------------------------------
PASSIVE_CALLS = [
    "ISLAMABAD, March 6: A video conference was held on Wednesday between the Federal Minister for Interior, "
    "Brigadier (retd) Ijaz Ahmad Shah, and the Interior Minister of Iran, Abdolreza Rahmani Fazli.",
    "ISLAMABAD: A virtual meeting between Ishaq Dar and Abbas Araghchi took place on Monday.",
    "ISLAMABAD: An online meeting between Ishaq Dar and Abbas Araghchi was held on Monday to review trade.",
]


@pytest.mark.parametrize("text", PASSIVE_CALLS)
def test_a_call_told_in_the_passive_is_a_call_and_no_meeting(text):
    events = OWN.clustered(text)
    assert len(of_kind(events, "phone_call")) == 1, OWN.events(text)
    assert not of_kind(events, "meeting"), OWN.events(text)


def test_a_meeting_between_the_pair_in_person_stays_a_meeting():
    """The near miss: no call word before the noun."""
    text = "ISLAMABAD: A meeting between Ishaq Dar and Abbas Araghchi took place on Monday."
    assert has_pair(OWN.clustered(text), "meeting", "ishaq-dar", "abbas-araghchi"), OWN.events(text)


def test_a_video_conference_of_other_parties_seats_nobody_of_the_pair():
    text = ("ISLAMABAD: A video conference was held on Monday between police chiefs of the provinces. Interior "
            "Minister Mohsin Naqvi met Iran's ambassador Reza Amiri Moghadam on Tuesday.")
    assert not of_kind(OWN.clustered(text), "phone_call"), OWN.events(text)


# -- 2. a 'while' clause's own subject ---------------------------------------------------------------------------------
WHILE_OTHERS = [
    # a speaker before a 'while' clause with its own subject is no party
    ("speaker-before-while", "ISLAMABAD: Ishaq Dar told reporters on Monday while Abbas Araghchi met Mohsin Naqvi in "
     "Islamabad.", ("abbas-araghchi", "mohsin-naqvi"), ("ishaq-dar", "abbas-araghchi")),
    # a host elsewhere before a 'while' clause is no party
    ("host-elsewhere-before-while", "ISLAMABAD: Prime Minister Shehbaz Sharif was in Lahore on Monday, while Abbas "
     "Araghchi met Ishaq Dar in Islamabad.", ("abbas-araghchi", "ishaq-dar"), ("shehbaz-sharif", "abbas-araghchi")),
]


@pytest.mark.parametrize("text, kept, not_pair", [r[1:] for r in WHILE_OTHERS], ids=[r[0] for r in WHILE_OTHERS])
def test_the_subject_before_a_while_clause_with_its_own_subject_is_no_party(text, kept, not_pair):
    events = OWN.clustered(text)
    assert has_pair(events, "meeting", *kept), OWN.events(text)
    assert not has_pair(events, "meeting", *not_pair), OWN.events(text)


def test_two_meetings_either_side_of_while_both_stay():
    """The near miss: the first clause has a trigger of its own; both meetings are kept."""
    text = ("ISLAMABAD: Ishaq Dar met Abbas Araghchi on Monday while Mohsin Naqvi held talks with Iran's Interior "
            "Minister Eskandar Momeni.")
    events = OWN.clustered(text)
    assert has_pair(events, "meeting", "ishaq-dar", "abbas-araghchi"), OWN.events(text)
    assert has_pair(events, "meeting", "mohsin-naqvi", "eskandar-momeni"), OWN.events(text)


# -- 3. a visit's programme ---------------------------------------------------------------------------------------------
PROGRAMMES = [
    "ISLAMABAD: Iran's Defence Minister Amir Hatami arrived in Islamabad on Sunday on a three-day visit. His "
    "programme includes talks with his Pakistani counterpart, Pervez Khattak, on Monday.",
    "ISLAMABAD: Iran's Defence Minister Amir Hatami arrived in Islamabad on Sunday on a three-day visit. The "
    "itinerary, shared by the ministry, includes talks with Defence Minister Pervez Khattak.",
]


@pytest.mark.xfail(strict=True, reason="tried this round: engagement.yaml `plan` '(programme|itinerary|...)( aside,)? "
                   "includes' mends these, but in probes8 the programme's planned meeting (before: no candidate at all) "
                   "joined another report's telling and became a spurious held meeting (F1 0.924 -> 0.917): reverted")
@pytest.mark.parametrize("text", PROGRAMMES)
def test_a_programme_told_in_the_present_is_no_held_meeting(text):
    events = OWN.clustered(text)
    assert has_pair(events, "visit", "amir-hatami"), OWN.events(text)
    assert not has_pair(events, "meeting", "amir-hatami", "pervez-khattak"), OWN.events(text)


def test_a_meeting_told_held_after_the_arrival_stays():
    text = ("ISLAMABAD: Iran's Defence Minister Amir Hatami arrived in Islamabad on Sunday on a three-day visit. "
            "He held talks with Defence Minister Pervez Khattak on Monday.")
    assert has_pair(OWN.clustered(text), "meeting", "amir-hatami", "pervez-khattak"), OWN.events(text)


# -- 4. a session told by its length or weight --------------------------------------------------------------------------
SESSIONS = [
    "ISLAMABAD: Ishaq Dar flew to Tehran on Sunday. On Monday he held a long session with Abbas Araghchi at the "
    "foreign ministry.",
    "ISLAMABAD: Ishaq Dar flew to Tehran on Sunday and had a three-hour session with his counterpart Abbas Araghchi "
    "on Monday.",
]


@pytest.mark.parametrize("text", SESSIONS)
def test_a_session_with_a_named_counterpart_is_a_meeting(text):
    assert has_pair(OWN.clustered(text), "meeting", "ishaq-dar", "abbas-araghchi"), OWN.events(text)


def test_a_session_with_the_press_is_no_meeting():
    text = "ISLAMABAD: Ishaq Dar held a session with the press on Monday before Abbas Araghchi arrived."
    assert not of_kind(OWN.clustered(text), "meeting"), OWN.events(text)
