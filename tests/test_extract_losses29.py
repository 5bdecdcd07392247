"""Round 29 (losses29, issue 15): where probes15 and probes16 lost events, mended by structure. Made-up
reports in our own words, several phrasings each, with near misses:

1. 'the', a side's adjective and a descriptor noun no title reads ('The Iranian minister returned to
   Tehran', 'the Pakistani admiral') is the one earlier person of that side the noun fits; nobody with two
   such people, for a plural, or for a civilian noun over a rank-only title;
2. 'Y arrived on Monday and held talks' under a dateline: an arrival with no place is the trip to the
   report's country; not a homecoming ('arrived on Monday from Tehran', 'arrived back');
3. a meeting told with how often it is held ('supposed to meet twice a year', 'have met irregularly') is a
   habit, no meeting; a held meeting followed by 'and agreed to meet every year' stays;
4. a commission named with no day, nobody and no held passive ('a secretariat for the joint border
   commission') is the body, no session; a session told held or dated stays."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import OwnReports, has_pair, of_kind, shipped_lexicon
from pakiran_events.extract.report import Reading

DAY = dt.date(2025, 3, 7)  # a Friday
SUN, MON, TUE = dt.date(2025, 3, 2), dt.date(2025, 3, 3), dt.date(2025, 3, 4)
OWN = OwnReports("losses29-own", "2025-03-07")


def _referents(text: str, sentence: int) -> list[str]:
    """The actor ids read in one sentence of a made-up report."""
    r = Reading("losses29-own", text, DAY, shipped_lexicon())
    return [m.actor_id for m in r.mentions[sentence]]


# -- 1. side references -----------------------------------------------------------------------------------------------
SIDE_REFERENCES = [
    ("Iran's Defence Minister Amir Hatami held talks with Defence Minister Pervez Khattak in Islamabad on Monday. "
     "The Iranian minister returned to Tehran on Tuesday.", "amir-hatami"),
    ("Iran's police chief, Brigadier General Ahmad Reza Radan, met Interior Minister Mohsin Naqvi in Islamabad on Monday. "
     "The Iranian police chief flew back to Tehran on Tuesday night.", "ahmad-reza-radan"),
    ("Pakistan's navy chief Admiral Zafar Mahmood Abbasi held talks with Rear Admiral Hossein Khanzadi in Tehran on Monday. "
     "In the afternoon the Pakistani admiral called on the chief of staff.", "zafar-mahmood-abbasi"),
    ("Pakistan's navy chief Admiral Zafar Mahmood Abbasi held talks with Rear Admiral Hossein Khanzadi in Tehran on Monday. "
     "The Iranian commander said the two navies could hold joint drills.", "hossein-khanzadi"),
    ("Interior Minister Mohsin Naqvi received Iran's police chief Ahmad Reza Radan in Islamabad on Monday. "
     "The visiting Iranian guest laid a wreath.", "ahmad-reza-radan"),
]


@pytest.mark.parametrize("text,actor", SIDE_REFERENCES)
def test_a_side_reference_is_the_one_earlier_person_of_that_side(text, actor):
    assert actor in _referents(text, 1), (text, _referents(text, 1))


SIDE_REFERENCE_NEAR_MISSES = [
    # two Iranian ministers named before: which one is not told
    "Iran's Foreign Minister Abbas Araghchi and Interior Minister Eskandar Momeni met Prime Minister Shehbaz Sharif in "
    "Islamabad on Monday. The Iranian minister returned to Tehran on Tuesday.",
    # a civilian noun is not a person told only by a military rank
    "Pakistan's navy chief Admiral Zafar Mahmood Abbasi held talks with Rear Admiral Hossein Khanzadi in Tehran on Monday. "
    "The Iranian minister was not present.",
    # a plural is not one person
    "Iran's Defence Minister Amir Hatami held talks with Defence Minister Pervez Khattak in Islamabad on Monday. "
    "The Iranian ministers of both departments were not present.",
]


@pytest.mark.parametrize("text", SIDE_REFERENCE_NEAR_MISSES)
def test_a_side_reference_with_no_single_fitting_person_is_nobody(text):
    r = Reading("losses29-own", text, DAY, shipped_lexicon())
    second = r.spans[1].start
    assert not [m for m in r.mentions[1] if m.span.start >= second and not m.named], text


def test_the_iranian_guest_going_home_ends_his_visit_not_a_stand_ins_trip():
    """probes16-like: the police chief's way home named only by 'the Iranian police chief' ended nobody's trip,
    and a stand-in of the other side was sent to Tehran; now it ends the guest's visit on its day."""
    text = ("ISLAMABAD: Iran's police chief, Brigadier General Ahmad Reza Radan, arrived on Monday and held talks with "
            "Interior Minister Mohsin Naqvi at the Interior Ministry.\n\n"
            "The Iranian police chief returned to Tehran on Tuesday night.")
    events = OWN.clustered(text)
    visits = of_kind(events, "visit")
    assert [(sorted(v.participants), v.date_start, v.date_end, v.place_id) for v in visits] == \
        [(["ahmad-reza-radan"], MON, TUE, "islamabad")], visits
    assert not has_pair(events, "visit", "mohsin-naqvi")


# -- 2. an arrival told by its day alone ------------------------------------------------------------------------------
ARRIVED_ON = [
    "ISLAMABAD: Iran's police chief Ahmad Reza Radan arrived on Monday and held talks with Interior Minister Mohsin Naqvi.",
    "ISLAMABAD: Iran's police chief Ahmad Reza Radan, who arrived on Monday, held talks with Interior Minister Mohsin Naqvi.",
    "TEHRAN: Interior Minister Mohsin Naqvi arrived on Sunday and met Iran's police chief Ahmad Reza Radan on Monday.",
]


@pytest.mark.parametrize("text", ARRIVED_ON)
def test_an_arrival_told_by_its_day_is_the_trip_to_the_datelines_country(text):
    visits = of_kind(OWN.clustered(text), "visit")
    assert len(visits) == 1 and visits[0].date_start in (SUN, MON), visits


ARRIVED_HOME = [
    "ISLAMABAD: Interior Minister Mohsin Naqvi arrived on Monday from Tehran and briefed the cabinet.",
    "ISLAMABAD: Interior Minister Mohsin Naqvi arrived back on Monday and briefed the cabinet.",
]


@pytest.mark.parametrize("text", ARRIVED_HOME)
def test_a_homecoming_told_by_its_day_is_no_trip(text):
    assert not of_kind(OWN.clustered(text), "visit"), text


# -- 3. a habit told by its frequency ---------------------------------------------------------------------------------
RECALLED = ("LAHORE: In the spring of 2016 President Hassan Rouhani came to Islamabad, and in 2019 Prime Minister Imran Khan "
            "went to Tehran.\n\n")  # a column's recollections: its most-named people stood in for an actorless frame
HABITS = [
    RECALLED + "The border commissions, which should meet every few months at the crossings, have met irregularly since then.",
    RECALLED + "Since then the two leaders have met irregularly.",
    "Interior Minister Mohsin Naqvi met Iran's police chief Ahmad Reza Radan regularly in 2024 to review the border.",
]


@pytest.mark.parametrize("text", HABITS)
def test_a_meeting_told_with_its_frequency_is_a_habit(text):
    assert not of_kind(OWN.clustered(text, "2025-05-01"), "meeting"), (text, OWN.events(text))


def test_a_held_meeting_that_agrees_on_a_frequency_stays():
    text = ("ISLAMABAD: Interior Minister Mohsin Naqvi met Iran's police chief Ahmad Reza Radan on Monday and agreed to "
            "meet every year.")
    assert OWN.meets(text, "mohsin-naqvi", "ahmad-reza-radan"), OWN.events(text)


# -- 4. a commission named as a body ----------------------------------------------------------------------------------
BODIES = [
    RECALLED + "What is missing is an institution: a standing secretariat of the joint border commission with officers "
    "from both sides.",
    RECALLED + "The two countries cooperate through several mechanisms, including the Joint Border Commission.",
]


@pytest.mark.parametrize("text", BODIES)
def test_a_commission_named_as_a_body_is_no_session(text):
    assert not of_kind(OWN.clustered(text, "2025-05-01"), "meeting"), (text, OWN.events(text))


SESSIONS = [
    "QUETTA: Interior Minister Mohsin Naqvi has often praised Iran's police chief Ahmad Reza Radan.\n\n"
    "The tenth session of the joint border commission was held in Quetta on Monday.",
    "QUETTA: The joint border commission met in Quetta on Monday under Interior Minister Mohsin Naqvi and Iran's "
    "police chief Ahmad Reza Radan.",
]


@pytest.mark.parametrize("text", SESSIONS)
def test_a_commission_session_told_held_stays(text):
    assert of_kind(OWN.clustered(text), "meeting"), (text, OWN.events(text))


# -- 5. a meeting noun with its place before its counterpart -----------------------------------------------------------
PLACED_NOUNS = [
    "RAWALPINDI: General Sahir Shamshad Mirza returned home on Wednesday, hours after a meeting in Tehran with Major "
    "General Mohammad Bagheri.",
    "RAWALPINDI: General Sahir Shamshad Mirza returned home on Wednesday after talks at the General Staff Headquarters "
    "with Major General Mohammad Bagheri.",
    "RAWALPINDI: General Sahir Shamshad Mirza returned home on Wednesday after talks at delegation level with Major "
    "General Mohammad Bagheri in Tehran.",
]


@pytest.mark.parametrize("text", PLACED_NOUNS)
def test_a_meeting_noun_with_its_place_before_the_counterpart_is_a_meeting(text):
    assert OWN.meets(text, "sahir-shamshad-mirza", "mohammad-bagheri"), OWN.events(text)


def test_a_place_noun_without_a_counterpart_after_with_is_no_meeting():
    text = "RAWALPINDI: General Sahir Shamshad Mirza said a meeting in Tehran would be useful."
    assert not of_kind(OWN.clustered(text), "meeting"), OWN.events(text)


def test_an_unread_arrivals_counterpart_is_no_traveller():
    """p16-41-like: the arrival's subject is a surname no rule reads; the person it talked with, named after
    'with', is not the one who arrived (no stand-in visit of the host)."""
    text = "ISLAMABAD: Karimzadeh arrived on Monday and held talks with Interior Minister Mohsin Naqvi."
    assert not has_pair(OWN.clustered(text), "visit", "mohsin-naqvi"), OWN.events(text)
