"""The eleventh round's event-finding classes from the blind probe set (tests/fixtures/probes2),
each told here in our own words (made-up reports, not the probe texts): triggers the
dictionaries did not read, a departure home read as a trip, and the classes left for other parts
(strict xfails naming the class). Each report is read and clustered on its own."""

from __future__ import annotations

from functools import lru_cache

import pytest

from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.report import read_report


@lru_cache(maxsize=1)
def _lexicon():
    from pakiran_events.extract.lexicon import load_lexicon

    return load_lexicon()


def _events(text: str, published: str = "2024-03-08"):
    return [(e.kind, sorted(e.participants), str(e.date_start), e.place_id)
            for e in cluster([read_report("probe2-own", text, published, _lexicon())])]


def _has(events, kind: str, *actors: str) -> bool:
    return any(k == kind and set(actors) <= set(people) for k, people, _, _ in events)


# -- trigger not read -----------------------------------------------------------------------------
def test_separate_meetings_held_with_two_hosts_are_two_meetings():
    text = ("TEHRAN: General Asim Munir, Chief of Army Staff, who arrived in Tehran on Monday on a two-day "
            "official visit, held separate meetings on Tuesday with President Masoud Pezeshkian and "
            "Foreign Minister Abbas Araghchi.")
    events = _events(text)
    assert _has(events, "meeting", "asim-munir", "masoud-pezeshkian")
    assert _has(events, "meeting", "asim-munir", "abbas-araghchi")


def test_a_separate_meeting_held_with_a_host():
    text = ("ISLAMABAD: Iranian Foreign Minister Abbas Araghchi arrived in Islamabad on Monday. "
            "On Tuesday he held a separate meeting with Prime Minister Shehbaz Sharif.")
    assert _has(_events(text), "meeting", "abbas-araghchi", "shehbaz-sharif")


def test_a_video_link_is_a_call_without_a_place():
    text = ("Foreign Minister Ishaq Dar and Iranian Foreign Minister Abbas Araghchi talked over a video link "
            "on Thursday about pilgrims and border trade.")
    events = _events(text)
    assert [(k, p) for k, _, _, p in events] == [("phone_call", None)]
    assert _has(events, "phone_call", "ishaq-dar", "abbas-araghchi")


def test_a_call_told_in_the_past_perfect_by_a_later_statement():
    text = ("RAWALPINDI: The army said in a statement on Friday that General Asim Munir and Iranian Foreign "
            "Minister Abbas Araghchi had spoken on the telephone on Thursday.")
    events = _events(text)
    assert _has(events, "phone_call", "asim-munir", "abbas-araghchi")
    assert [d for k, _, d, _ in events if k == "phone_call"] == ["2024-03-07"]


def test_discussions_held_between_named_sides_are_a_meeting():
    text = ("In Rawalpindi on Wednesday, discussions on training and border fencing were held between "
            "General Asim Munir, Chief of Army Staff, and Iranian Foreign Minister Abbas Araghchi.")
    assert _has(_events(text), "meeting", "asim-munir", "abbas-araghchi")


def test_talks_told_as_a_relative_clause_object():
    text = ("TEHRAN: A ministry spokesman told reporters on Wednesday that the talks Foreign Minister "
            "Abbas Araghchi held with Foreign Minister Ishaq Dar in Islamabad had gone well.")
    assert _has(_events(text), "meeting", "abbas-araghchi", "ishaq-dar")


@pytest.mark.xfail(strict=True, reason="trigger not read: 'arrived here' is also a homecoming ('arrived here after "
                                       "taking part in talks in Tehran', dev: a spurious visit, participants fell), left")
def test_arrived_here_is_the_datelines_city():
    text = ("ISLAMABAD, March 6: Iranian Foreign Minister Abbas Araghchi, who arrived here on Tuesday for a "
            "conference of the region's foreign ministers, called on Prime Minister Shehbaz Sharif on Wednesday.")
    events = _events(text)
    assert _has(events, "visit", "abbas-araghchi")
    assert [p for k, _, _, p in events if k == "visit"] == ["islamabad"]


def test_two_subjects_who_met_at_a_third_countrys_summit():
    text = ("The two leaders last spoke in spring. In Cairo on Thursday, Prime Minister Shehbaz Sharif and "
            "President Masoud Pezeshkian met on the sidelines of the summit.")
    events = _events(text, "2024-12-20")
    assert _has(events, "meeting", "shehbaz-sharif", "masoud-pezeshkian")
    assert [p for k, _, _, p in events if k == "meeting"] == ["cairo"]


# -- a guest going home read as a trip -------------------------------------------------------------
def test_leaving_for_home_with_nobody_named_is_no_trip():
    text = ("ISLAMABAD, March 6: Iranian Foreign Minister Abbas Araghchi called on Prime Minister Shehbaz "
            "Sharif on Tuesday. The visitor left for Tehran on Wednesday morning.")
    events = _events(text)
    assert not any(k == "visit" and p == "tehran" for k, _, _, p in events)
    assert not _has(events, "visit", "shehbaz-sharif")


def test_a_visit_concluded_before_flying_back_home_is_no_visit_to_home():
    text = ("Prime Minister Shehbaz Sharif began a visit to Iran on Saturday, landing in Tehran. "
            "On Sunday the prime minister held talks with President Masoud Pezeshkian. "
            "Sharif concluded his two-day visit on Sunday night and flew back to Lahore.")
    events = _events(text)
    assert not any(k == "visit" and p in ("lahore", "islamabad", "pakistan") for k, _, _, p in events), events
    assert not _has(events, "visit", "masoud-pezeshkian")


# -- sides told only as institutions (candidates.py) -----------------------------------------------
def test_the_two_countries_commission_seats_both_governments():
    text = ("Pakistan's customs and Iran's border guards will share a hotline from next week, officials said. "
            "The hotline was agreed when the two countries' joint border commission met in Quetta on Tuesday.")
    events = _events(text)
    assert _has(events, "meeting", "government-of-iran", "government-of-pakistan")


def test_a_commission_of_one_side_and_a_third_country_stays_empty():
    text = ("Iran's border guards and Afghanistan's police met on Tuesday. The two countries' joint border "
            "commission met in Zahedan on Tuesday.")
    assert _events(text) == []


def test_a_ceremony_of_officials_of_both_countries_is_other_of_both_governments():
    text = ("MIRJAVEH: Officials of Iran and Pakistan on Monday opened a second border market at a ceremony in "
            "Taftan. Traders from both sides attended.")
    events = _events(text)
    assert [k for k, _, _, _ in events] == ["other"]
    assert _has(events, "other", "government-of-iran", "government-of-pakistan")


def test_a_ceremony_of_one_sides_officials_is_no_joint_event():
    text = "Officials of Pakistan on Monday opened a new customs shed at a ceremony in Taftan."
    assert _events(text) == []


# -- near misses: no event ------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "A football match was held between teams of Quetta and Zahedan on Sunday.",
    "The ministry said a video link would be set up between Taftan and Mirjaveh next month.",
    "Foreign Minister Ishaq Dar and Iranian Foreign Minister Abbas Araghchi will hold separate meetings with traders next week.",
])
def test_near_misses_give_no_event(text):
    assert _events(text) == []


# -- classes left (other parts' files) ------------------------------------------------------------
def test_commission_heads_named_in_the_next_sentence():
    text = ("QUETTA: The joint border commission of Pakistan and Iran met in Quetta on Tuesday. The Pakistani "
            "side was led by Farid Kasi, Additional Chief Secretary of Balochistan, and the Iranian side by "
            "Nader Tavassoli, deputy governor of Sistan and Baluchestan.")
    events = _events(text)
    assert _has(events, "meeting", "farid-kasi", "nader-tavassoli")


def test_received_by_the_prime_minister_at_his_office_is_a_meeting():
    text = ("ISLAMABAD: Iranian Foreign Minister Abbas Araghchi arrived in Islamabad on Monday. He was later "
            "received by Prime Minister Shehbaz Sharif at the PM House.")
    assert _has(_events(text), "meeting", "abbas-araghchi", "shehbaz-sharif")
