"""Round 30 (places30, issue 15): where an engagement was. The traveller's side, not the word 'from',
decides an arrival told with its origin; a way home 'from' a city tells where the report's trip was;
a stopover's city places nothing; the other side's minister back in the host's capital is on a visit;
an embassy told without its city is in the capital of the meeting's country. Made-up reports in our
own words, with near misses that keep their reading."""

from __future__ import annotations

import pytest

from extract_fixtures import OwnReports
from places11_table import lexicon

OWN = OwnReports("places30", "2025-03-05", lexicon)
_events, _of = OWN.placed, OWN.placed_of


# -- an arrival told with its origin: the traveller's side decides -------------------------------------------------
@pytest.mark.parametrize("text", [
    "ISLAMABAD: Iranian Foreign Minister Abbas Araghchi flew in from Tehran on Monday and held talks with Deputy "
    "Prime Minister Ishaq Dar.",
    "ISLAMABAD: Iranian Foreign Minister Abbas Araghchi arrived on Monday from Doha. He held talks with Deputy Prime "
    "Minister Ishaq Dar.",
    "ISLAMABAD: Iranian Foreign Minister Abbas Araghchi, who arrived from Doha, held talks with Deputy Prime Minister "
    "Ishaq Dar on Monday.",
])
def test_the_other_sides_arrival_from_a_city_is_a_visit_to_the_host(text):
    assert [e[2] for e in _of(text, "visit", "abbas-araghchi")] == ["islamabad"], _events(text)
    assert [e[2] for e in _of(text, "meeting", "abbas-araghchi", "ishaq-dar")] == ["islamabad"], _events(text)


def test_a_hosts_arrival_from_abroad_is_a_homecoming():
    text = ("ISLAMABAD: Deputy Prime Minister Ishaq Dar arrived on Monday from Doha. Iranian Foreign Minister Abbas "
            "Araghchi met Prime Minister Shehbaz Sharif on Tuesday.")
    assert not _of(text, "visit", "ishaq-dar"), _events(text)


# -- a way home from a city: the report's trip was there --------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "ISLAMABAD: Interior Minister Mohsin Naqvi returned on Wednesday from Tehran. He held talks on Tuesday at the "
    "interior ministry with his Iranian counterpart Eskandar Momeni.",
    "ISLAMABAD: Interior Minister Mohsin Naqvi returned home from Tehran on Wednesday. On Tuesday he held talks with "
    "Iranian Interior Minister Eskandar Momeni.",
])
def test_a_way_home_from_the_other_sides_city_places_the_trip_there(text):
    assert [e[2] for e in _of(text, "meeting", "mohsin-naqvi", "eskandar-momeni")] == ["tehran"], _events(text)
    assert [e[2] for e in _of(text, "visit", "mohsin-naqvi")] == ["tehran"], _events(text)


def test_a_way_home_from_a_city_of_ones_own_side_opens_no_trip():
    text = ("ISLAMABAD: Interior Minister Mohsin Naqvi returned on Wednesday from Karachi. Iranian Interior Minister "
            "Eskandar Momeni held talks with Prime Minister Shehbaz Sharif on Tuesday.")
    assert not _of(text, "visit", "mohsin-naqvi"), _events(text)


# -- a stopover's city -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "ISLAMABAD: Iranian Foreign Minister Abbas Araghchi arrived on Monday night after a stop in Kabul and held talks "
    "with Deputy Prime Minister Ishaq Dar.",
    "Iranian Foreign Minister Abbas Araghchi arrived in Islamabad on Monday after a brief stopover in Doha and held "
    "talks with Deputy Prime Minister Ishaq Dar.",
])
def test_a_stopovers_city_places_no_meeting_of_the_sentence(text):
    assert [e[2] for e in _of(text, "meeting", "abbas-araghchi", "ishaq-dar")] == ["islamabad"], _events(text)


def test_talks_in_the_city_named_are_still_there():
    text = "Iranian Foreign Minister Abbas Araghchi held talks with Deputy Prime Minister Ishaq Dar in Kabul on Monday."
    assert [e[2] for e in _of(text, "meeting", "abbas-araghchi", "ishaq-dar")] == ["kabul"], _events(text)


# -- back in the host's capital: one table for the rule's three tests (candidates `_back_as_guest`, `_Built._posted_envoy`,
# `_Built._talks_told_with`); the visits each report gives the person, by place
BACK = [
    # the other side's minister back for talks: a guest (`_back_as_guest`) with talks told (`_talks_told_with`)
    ("guest-back-for-talks", "ISLAMABAD: Iranian Foreign Minister Abbas Araghchi was back in Islamabad on Wednesday "
     "for a second round of talks with Deputy Prime Minister Ishaq Dar.", "abbas-araghchi", ["islamabad"]),
    # an envoy back at his post (the office-holder table gives him the embassy: `_posted_envoy`)
    ("envoy-back-at-post", "ISLAMABAD: Iran's ambassador Reza Amiri Moghadam was back in Islamabad on Wednesday and "
     "called on Interior Minister Mohsin Naqvi.", "reza-amiri-moghadam", []),
    # being back home ends a trip, opens none
    ("host-back-home", "ISLAMABAD: Deputy Prime Minister Ishaq Dar was back in Islamabad on Wednesday after talks with "
     "Iranian Foreign Minister Abbas Araghchi in Tehran.", "ishaq-dar", []),
    # the guest back with no talks told in the sentence (`_talks_told_with`): no trip told
    ("guest-back-alone", "ISLAMABAD: Iranian Foreign Minister Abbas Araghchi was back in Islamabad on Wednesday "
     "morning.", "abbas-araghchi", []),
]


@pytest.mark.parametrize("text, actor, visits", [r[1:] for r in BACK], ids=[r[0] for r in BACK])
def test_being_back_in_the_hosts_capital_is_a_visit_only_for_a_guest_come_for_talks(text, actor, visits):
    assert [e[2] for e in _of(text, "visit", actor)] == visits, _events(text)


# -- an embassy told without its city ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, place", [
    ("ISLAMABAD: Interior Minister Mohsin Naqvi met Iranian Foreign Minister Abbas Araghchi at the Iranian embassy on "
     "Monday.", "islamabad"),
    ("TEHRAN: Iranian Foreign Minister Abbas Araghchi met Deputy Prime Minister Ishaq Dar at the Pakistani embassy on "
     "Monday.", "tehran"),
])
def test_an_embassy_without_its_city_is_in_the_meeting_countrys_capital(text, place):
    assert {e[2] for e in _events(text) if e[0] == "meeting"} == {place}, _events(text)


def test_an_embassy_with_its_city_is_there():
    text = ("Interior Minister Mohsin Naqvi met Iranian Foreign Minister Abbas Araghchi at the Iranian embassy in Kabul "
            "on Monday.")
    assert {e[2] for e in _events(text) if e[0] == "meeting"} == {"kabul"}, _events(text)
