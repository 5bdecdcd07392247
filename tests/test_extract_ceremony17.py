"""Fourteenth round, ceremonies and plans (issue 15): a joint opening, a drill's closing or a
memorandum's signing whose two sides are named in the sentence after the one telling the ceremony
('... was opened at a ceremony on Tuesday. X and Y cut the ribbon'), the verbal triggers of a
ceremony ('cut the ribbon', 'signed on behalf of'), and meetings or ceremonies announced for later
('is expected to meet ... next month', 'will be inaugurated'): no event. Made-up reports in our own
words; near misses must give nothing."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from extract_fixtures import OwnReports, has_pair, of_kind

_OWN = OwnReports("ceremony17-own", "2024-10-11")   # a Friday


ASIF, NASIR = "khawaja-muhammad-asif", "aziz-nasirzadeh"
BILAWAL, ABDOLLAHIAN = "bilawal-bhutto-zardari", "hossein-amir-abdollahian"


# -- 1. a ceremony whose two sides are named in the next sentence -----------------------------------
def test_opening_told_then_both_ministers_cut_the_ribbon():
    text = ("TAFTAN: A second trade gate on the frontier with Iran was opened at a ceremony at Taftan on "
            "Tuesday. Defence Minister Khawaja Muhammad Asif and Iranian Defence Minister Aziz Nasirzadeh "
            "cut the ribbon in front of a crowd of traders.")
    events = _OWN.clustered(text)
    assert has_pair(events, "other", ASIF, NASIR)
    (other,) = of_kind(events, "other")
    assert (other.date_start, other.date_end) == (dt.date(2024, 10, 8), dt.date(2024, 10, 8))


def test_a_ribbon_cut_in_one_sentence_with_both_sides():
    text = ("TAFTAN: Defence Minister Khawaja Muhammad Asif and Iranian Defence Minister Aziz Nasirzadeh "
            "jointly cut the ribbon of a new power line across the border on Wednesday.")
    events = _OWN.clustered(text)
    assert has_pair(events, "other", ASIF, NASIR)


def test_closing_ceremony_then_both_commanders_attended_it():
    text = ("KARACHI: A week-long drill of the coast guards of the two neighbours ended with a closing "
            "ceremony in Karachi on Thursday. Defence Minister Khawaja Muhammad Asif attended the ceremony "
            "together with Iranian Defence Minister Aziz Nasirzadeh.")
    events = _OWN.clustered(text)
    assert has_pair(events, "other", ASIF, NASIR)


def test_memorandum_signed_for_each_side_by_its_official():
    text = ("ISLAMABAD: An accord on the trade of farm produce across the frontier was signed at the "
            "foreign ministry on Monday. Bilawal Bhutto Zardari signed for Pakistan, and Hossein "
            "Amir-Abdollahian signed on behalf of Iran.")
    events = _OWN.clustered(text, "2023-06-09")
    assert has_pair(events, "other", BILAWAL, ABDOLLAHIAN)


# -- near misses: one side, a ribbon of another report's kind, a ceremony still to come ---------------
def test_one_side_alone_cut_the_ribbon():
    text = ("TAFTAN: A new customs shed was opened at a ceremony at Taftan on Tuesday. Defence Minister "
            "Khawaja Muhammad Asif cut the ribbon and toured the building.")
    assert of_kind(_OWN.clustered(text), "other") == []


def test_next_sentence_of_another_kind_does_not_join_the_ceremony():
    text = ("TAFTAN: A second trade gate on the frontier was opened at a ceremony at Taftan on Tuesday. "
            "Separately, Khawaja Muhammad Asif said in Karachi that Aziz Nasirzadeh had been invited.")
    assert of_kind(_OWN.clustered(text), "other") == []


def test_a_ceremony_that_will_be_held_is_no_event():
    text = ("TAFTAN: A second trade gate on the frontier will be opened at a ceremony at Taftan next month. "
            "Defence Minister Khawaja Muhammad Asif and Iranian Defence Minister Aziz Nasirzadeh will cut "
            "the ribbon.")
    assert of_kind(_OWN.clustered(text), "other") == []


def test_an_inauguration_that_is_scheduled_is_no_event():
    text = ("QUETTA: Defence Minister Khawaja Muhammad Asif and Iranian Defence Minister Aziz Nasirzadeh are "
            "scheduled to jointly inaugurate the new power line later this week.")
    assert _OWN.clustered(text) == []


def test_a_ribbon_they_are_expected_to_cut_is_no_event():
    text = ("QUETTA: Defence Minister Khawaja Muhammad Asif and Iranian Defence Minister Aziz Nasirzadeh are "
            "expected to cut the ribbon of the new crossing on Sunday.")
    assert _OWN.clustered(text) == []


# -- 2. plans read as held ------------------------------------------------------------------------
def test_expected_to_meet_next_month_is_no_event():
    text = ("ISLAMABAD: Defence Minister Khawaja Muhammad Asif is expected to meet Iranian Defence Minister "
            "Aziz Nasirzadeh in Tehran next month, officials said on Friday.")
    assert _OWN.clustered(text) == []


def test_will_travel_later_this_week_is_no_event():
    text = ("ISLAMABAD: Khawaja Muhammad Asif will travel to Tehran later this week for talks with his Iranian "
            "counterpart Aziz Nasirzadeh on border security.")
    assert _OWN.clustered(text) == []


def test_is_due_to_hold_talks_is_no_event():
    text = ("TEHRAN: Aziz Nasirzadeh is due to hold talks with Khawaja Muhammad Asif in Islamabad on "
            "Monday, the ministry said.")
    assert _OWN.clustered(text) == []


def test_plans_to_visit_next_month_is_no_event():
    text = ("ISLAMABAD: Khawaja Muhammad Asif plans to visit Tehran next month, where he is to meet Aziz "
            "Nasirzadeh.")
    assert _OWN.clustered(text) == []


def test_held_meeting_and_planned_one_give_only_the_held():
    text = ("ISLAMABAD: Defence Minister Khawaja Muhammad Asif met Iranian Defence Minister Aziz Nasirzadeh "
            "in Islamabad on Wednesday. The two ministers are expected to meet again in Tehran next month.")
    events = _OWN.clustered(text)
    meetings = of_kind(events, "meeting")
    assert len(meetings) == 1 and has_pair(events, "meeting", ASIF, NASIR)
    assert (meetings[0].date_start, meetings[0].date_end) == (dt.date(2024, 10, 9), dt.date(2024, 10, 9))


def test_plan_word_in_a_clause_of_its_own_keeps_the_held_meeting():
    text = ("ISLAMABAD: Defence Minister Khawaja Muhammad Asif met Iranian Defence Minister Aziz Nasirzadeh "
            "on Wednesday, and a second round is expected next month.")
    assert has_pair(_OWN.clustered(text), "meeting", ASIF, NASIR)


# -- 3. a ceremony told by a noun phrase, its sides unnamed in the next sentence ----------------------
def test_ceremony_marking_an_opening_then_unnamed_officials_of_both_sides():
    text = ("MIRJAVEH: A ceremony to mark the launch of a new cross-border power line was held near Mirjaveh on "
            "Tuesday. Pakistani customs officials and Iranian border officials cut the ribbon side by side.")
    events = _OWN.clustered(text)
    assert has_pair(events, "other", "government-of-pakistan", "government-of-iran")


def test_ceremony_marking_an_opening_with_one_sides_officials_only():
    text = ("MIRJAVEH: A ceremony to mark the launch of a new school was held near Mirjaveh on Tuesday. "
            "Iranian provincial officials cut the ribbon.")
    assert of_kind(_OWN.clustered(text), "other") == []


def test_ceremony_marking_an_opening_still_to_come():
    text = ("MIRJAVEH: A ceremony to mark the launch of a new cross-border power line will be held near "
            "Mirjaveh next week. Pakistani customs officials and Iranian border officials are to cut the "
            "ribbon.")
    assert _OWN.clustered(text) == []


def test_signatories_signing_the_text_on_behalf_of_their_governments():
    text = ("ISLAMABAD: A memorandum on the exchange of weather data was signed at a ceremony in Islamabad on "
            "Monday. Bilawal Bhutto Zardari and Hossein Amir-Abdollahian signed the document on behalf of "
            "their governments.")
    events = _OWN.clustered(text, "2023-06-09")
    assert has_pair(events, "other", BILAWAL, ABDOLLAHIAN)


# -- 4. the day of a ceremony told 'was held in <city> on <day>' --------------------------------------
def test_ceremony_held_in_a_city_on_a_weekday_takes_that_day():
    text = ("QUETTA: A ceremony to mark the launch of a new power line across the frontier was held in Quetta on "
            "Tuesday. Pakistani customs officials and Iranian border officials cut the ribbon side by side.")
    (other,) = of_kind(_OWN.clustered(text), "other")
    assert (other.date_start, other.date_end) == (dt.date(2024, 10, 8), dt.date(2024, 10, 8))


def test_a_participle_after_its_noun_still_owns_its_day():
    # 'the power line built in 2019' is the line's year, not the ceremony's; the ceremony's day is told
    text = ("QUETTA: Defence Minister Khawaja Muhammad Asif and Iranian Defence Minister Aziz Nasirzadeh jointly "
            "inaugurated on Tuesday an extension of the power line adopted in March 2019.")
    (other,) = of_kind(_OWN.clustered(text), "other")
    assert (other.date_start, other.date_end) == (dt.date(2024, 10, 8), dt.date(2024, 10, 8))


# -- 5. plans told by their time alone, no modal verb ----------------------------------------------
def test_present_tense_meeting_later_this_week_is_no_event():
    text = ("ISLAMABAD: Khawaja Muhammad Asif and Aziz Nasirzadeh meet in Tehran later this week to review "
            "border security, the ministry said on Friday.")
    assert _OWN.clustered(text) == []


def test_talks_next_month_told_as_a_noun_is_no_event():
    text = ("ISLAMABAD: Talks between Khawaja Muhammad Asif and Aziz Nasirzadeh in Tehran next month are meant "
            "to settle the border fencing dispute.")
    assert _OWN.clustered(text) == []


def test_a_ribbon_cut_last_month_is_held():
    text = ("QUETTA: Khawaja Muhammad Asif and Aziz Nasirzadeh jointly cut the ribbon of the new power line "
            "last month, officials recalled on Friday.")
    assert has_pair(_OWN.clustered(text), "other", ASIF, NASIR)


def test_talks_held_with_a_target_by_next_month_are_held():
    text = ("ISLAMABAD: Talks between Khawaja Muhammad Asif and Aziz Nasirzadeh in Islamabad on Wednesday set "
            "the fencing of the crossing as a goal by next month.")
    assert has_pair(_OWN.clustered(text), "meeting", ASIF, NASIR)


# -- 6. property: the next sentence seats a ceremony's people only through a presence phrase --------
_FILLER = ["spoke", "about", "trade", "the", "river", "in", "their", "hopes", "and", "traders", "waited", "near",
           "gate", "later", "of", "prices", "quietly"]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(_FILLER), min_size=1, max_size=12), st.booleans())
def test_next_sentence_seats_people_only_with_a_presence_phrase(words, ribbon):
    tail = " ".join(words) + (" and cut the ribbon" if ribbon else "")
    text = ("TAFTAN: A second trade gate on the frontier was opened at a ceremony at Taftan on Tuesday. "
            f"Khawaja Muhammad Asif and Aziz Nasirzadeh {tail}.")
    assert has_pair(_OWN.clustered(text), "other", ASIF, NASIR) == ribbon


def test_a_commission_to_be_held_next_month_is_no_event():
    # 'to be held' is no held verb: the time after it is the session's own, still to come
    text = ("ISLAMABAD: The next session of the Pakistan-Iran joint border commission is to be held in Quetta "
            "next month, the interior ministry said on Friday.")
    assert _OWN.clustered(text) == []


def test_a_session_held_that_set_another_for_next_month_is_held():
    text = ("ISLAMABAD: Khawaja Muhammad Asif and Aziz Nasirzadeh held talks in Islamabad on Wednesday and set "
            "up a working group to report next month.")
    assert has_pair(_OWN.clustered(text), "meeting", ASIF, NASIR)


def test_a_text_recalled_as_signed_earlier_is_no_ceremony():
    text = ("QUETTA: Khawaja Muhammad Asif met Aziz Nasirzadeh in Quetta on Wednesday and reviewed the fencing "
            "memorandum that was signed in June 2019.")
    events = _OWN.clustered(text)
    assert of_kind(events, "other") == []
    assert [(e.date_start.year) for e in of_kind(events, "meeting")] == [2024]
