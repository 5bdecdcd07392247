"""Round 29 review (review29, issue 15): near neighbours of the round's new rules, made-up reports in our
own words, and a property over the new code paths (no input may raise).

Fixed here:
1. a traveller of a third country told without a name the gazetteer knows ('Separately, an Afghan
   minister arrived on Tuesday', 'A Chinese delegation arrived') made a stand-in trip of the pair
   (`candidates._Built._third_party_subject`); the placeless arrival of losses29 widened it;
2. a confirmation of another engagement ('later confirmed the call with Saudi officials') made the
   asked call held (`plan_reference._confirmed_at`);
3. a pronoun subject after a sentence whose own subject is an unread 'he' ('On the last day of the
   visit he met X. Later, he left for Tehran') was given X, the object: a spurious trip of the host;
   now the subject of the sentence before that (`People._subject_sentence`);
4. dates29's month-only meeting took the days of a visit of its side when it was a resident embassy's
   ('Separately, Z held talks with Iran's ambassador'): `cluster._residents`.

Found, not fixed (strict xfails with the reason)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract_fixtures import OwnReports, has_pair, of_kind

OWN = OwnReports("review29-own", "2025-03-07")
MON, TUE, WED = dt.date(2025, 3, 3), dt.date(2025, 3, 4), dt.date(2025, 3, 5)
MET = "ISLAMABAD: Prime Minister Shehbaz Sharif met Iran's Foreign Minister Abbas Araghchi on Monday. "


# -- 1. a third country's traveller ------------------------------------------------------------------------------------
THIRD_ARRIVALS = [
    MET + "Separately, Afghanistan's foreign minister arrived on Tuesday.",
    MET + "Separately, Afghan Foreign Minister Amir Khan Muttaqi arrived on Tuesday.",
    MET + "A Chinese delegation arrived on Tuesday.",
    MET + "Separately, Afghanistan's foreign minister arrived in Islamabad on Tuesday.",
]


@pytest.mark.parametrize("text", THIRD_ARRIVALS)
def test_a_third_countrys_traveller_makes_no_trip_of_the_pair(text):
    assert not of_kind(OWN.clustered(text), "visit"), OWN.events(text)


GUESTS_AFTER_A_COMMA = [
    MET + "After the Saudi talks ended, the delegation arrived on Tuesday.",
    "ISLAMABAD: After the Saudi talks ended, Iran's Foreign Minister Abbas Araghchi arrived on Tuesday and met Prime "
    "Minister Shehbaz Sharif.",
]


@pytest.mark.parametrize("text", GUESTS_AFTER_A_COMMA)
def test_a_guest_of_the_pair_arriving_after_a_comma_still_travels(text):
    """The near misses: the comma-fronted clause names a third country, the subject after it is the pair's guest."""
    assert has_pair(OWN.clustered(text), "visit", "abbas-araghchi"), OWN.events(text)


# -- 2. a confirmation of another engagement --------------------------------------------------------------------------
ASKED = "ISLAMABAD: Reporters asked whether Ishaq Dar and Abbas Araghchi had spoken by telephone on Thursday. "


def test_a_confirmed_call_with_a_third_party_confirms_nothing_asked():
    text = ASKED + "The ministry later confirmed the call with Saudi officials."
    assert not of_kind(OWN.clustered(text), "phone_call"), OWN.events(text)


def test_a_confirmed_call_still_confirms_the_asked_one():
    text = ASKED + "The ministry later confirmed the call."
    assert of_kind(OWN.clustered(text), "phone_call"), OWN.events(text)


# -- 3. a pronoun after a sentence with an unread pronoun subject ------------------------------------------------------
ARRIVED = "ISLAMABAD: Iranian Interior Minister Eskandar Momeni arrived in Islamabad on Monday for a three-day visit. "
HOST_NO_TRIP = [
    ARRIVED + "On the last day of the visit he met Prime Minister Shehbaz Sharif. He returned to Tehran on Wednesday.",
    ARRIVED + "On the last day of the visit he met Prime Minister Shehbaz Sharif. In Doha on Friday, he left for Tehran.",
]


@pytest.mark.parametrize("text", HOST_NO_TRIP)
def test_the_object_of_a_pronoun_sentence_is_no_later_he(text):
    events = OWN.clustered(text)
    assert not has_pair(events, "visit", "shehbaz-sharif"), OWN.events(text)
    assert has_pair(events, "meeting", "eskandar-momeni", "shehbaz-sharif"), OWN.events(text)


def test_a_he_after_a_named_subject_is_still_that_subject():
    text = ARRIVED + "Eskandar Momeni met Prime Minister Shehbaz Sharif on Tuesday. He returned to Tehran on Wednesday."
    visits = of_kind(OWN.clustered(text), "visit")
    assert [(sorted(v.participants), v.date_end) for v in visits] == [(["eskandar-momeni"], WED)], visits


def test_a_he_after_a_surname_subject_is_that_subject():
    # mended in round 30 (people30): a surname opening a sentence is the person named in full before
    text = ARRIVED + "Momeni met Prime Minister Shehbaz Sharif on Tuesday. He returned to Tehran on Wednesday."
    assert not has_pair(OWN.clustered(text), "visit", "shehbaz-sharif"), OWN.events(text)


# -- found, not fixed -------------------------------------------------------------------------------------------------
# was a strict xfail (review29); round 30 (dates30): a bare weekday beside another year is that year's
# (dates._another_year), and a coordinated meeting borrows the year (borrowing 'coordinated' lends years)
def test_an_arrival_in_another_years_background_is_not_this_week():
    text = ("ISLAMABAD: In 2019, Iran's Defence Minister Amir Hatami arrived on Monday and held talks with Defence "
            "Minister Pervez Khattak.")
    assert all(e.date_start.year == 2019 for e in OWN.clustered(text)), OWN.events(text)


def test_the_speaker_before_while_is_no_party_of_its_meeting():
    text = ("ISLAMABAD: Ishaq Dar wondered whether Iran would attend the conference while Abbas Araghchi held talks "
            "with Mohsin Naqvi on Monday.")
    assert not has_pair(OWN.clustered(text), "meeting", "ishaq-dar", "abbas-araghchi"), OWN.events(text)


@pytest.mark.xfail(strict=True, reason="dates29's 'confirmed' dates the statement: the confirmed visit noun loses its "
                   "only day and the visit is gone, though its relative clause tells the meeting on that day (main "
                   "kept the visit)")
def test_a_confirmed_visit_with_its_meeting_that_day_stays():
    text = ("ISLAMABAD: The Foreign Office on Monday confirmed the visit of Iranian Foreign Minister Abbas Araghchi, "
            "who met Ishaq Dar on Monday.")
    assert has_pair(OWN.clustered(text), "visit", "abbas-araghchi"), OWN.events(text)


def test_an_embassys_separate_meeting_is_no_meeting_of_the_ministers_visit():
    text = ("ISLAMABAD: Iranian Foreign Minister Abbas Araghchi visited Islamabad on March 3 and 4. Separately, "
            "Pakistan's Interior Minister Mohsin Naqvi held talks with Iran's ambassador.")
    meeting = [e for e in of_kind(OWN.clustered(text), "meeting") if "iran-embassy-pakistan" in e.participants]
    assert meeting and meeting[0].date_start != MON, OWN.events(text)


# -- no input raises over the round's new paths -----------------------------------------------------------------------
_PIECES = [
    "Iran's Defence Minister Amir Hatami", "The Iranian minister", "the visiting Pakistani admiral", "Senator Ali Khan",
    "MNA Sara Baloch", "Interior Minister Mohsin Naqvi and his deputy, Talal Chaudhry,", "Federal Secretary Omar Rana",
    "Chief Minister Sarfraz Bugti", "Afghan Foreign Minister", "A Chinese delegation", "arrived on Monday",
    "arrived on Tuesday from Doha", "was back in Islamabad", "returned to Tehran on Wednesday", "Later, he left for Tehran.",
    "On the last day of the visit he met", "left for Tehran at the end of a three-day visit", "confirmed on Sunday",
    "held talks with", "met twice a year", "the Joint Border Commission", "a meeting in Tehran with",
    "talks at delegation level with", "Pakistan's ambassador in Tehran", "at the Aiwan-e-Sadr", "in Baharestan",
    "the commander of the border regiment in Chabahar", "Reporters asked whether", "The ministry later confirmed the call.",
    "It is unclear whether", "while", "; ", ", but", " -- ", "(", ")", ". ", "\n\n", "He", "she", "In 2019,", "in March",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=18), st.sampled_from(["ISLAMABAD: ", "TEHRAN: ", ""]))
def test_no_report_of_the_rounds_phrases_raises(pieces, dateline):
    OWN.clustered(dateline + " ".join(pieces))
