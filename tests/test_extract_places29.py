"""Round 29 (places29, issue 15): the place of an event. Pakistan's unnamed envoy in Tehran is his
embassy (`pakistan-embassy-iran`, as Iran's envoy in Islamabad is `iran-embassy-pakistan`); Iran's
parliament at Baharestan is a venue of Tehran, and a town's name inside a venue's phrase ('the
parliament building in Baharestan') is the venue's, not GeoNames' town of that name. Made-up reports in
our own words, with near misses that keep their reading."""

from __future__ import annotations

import pytest

from extract_fixtures import OwnReports
from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.report import read_report
from places11_table import lexicon

_OWN = OwnReports("places29", "2024-03-06", lexicon)
_events = _OWN.placed
_meetings = _OWN.placed_meetings


@pytest.mark.parametrize("text, host", [
    ("TEHRAN, March 6 -- Pakistan's ambassador in Tehran called on Iranian Interior Minister Eskandar Momeni on "
     "Monday. They went over the reopening of two border markets.", "eskandar-momeni"),
    ("TEHRAN, March 6 -- The Pakistani envoy called on Iranian Foreign Minister Abbas Araghchi on Monday to hand "
     "over a letter on fishermen held at sea.", "abbas-araghchi"),
])
def test_an_unnamed_pakistani_envoy_is_his_embassy(text, host):
    assert tuple(sorted(("pakistan-embassy-iran", host))) in _meetings(text), _events(text)


def test_the_pakistani_embassy_keeps_its_office_as_title():
    report = read_report("places29", "TEHRAN, March 6 -- Pakistan's ambassador in Tehran called on Iranian Interior "
                         "Minister Eskandar Momeni on Monday.", "2024-03-06", lexicon())
    seated = [e.participants["pakistan-embassy-iran"] for e in cluster([report]) if "pakistan-embassy-iran" in e.participants]
    assert [(p["side"], p["titles"]) for p in seated] == [("PAK", ["Ambassador to Iran"])], seated


def test_the_iranian_envoy_is_still_his_embassy():
    text = "ISLAMABAD, March 6 -- Iran's envoy to Pakistan called on Interior Minister Mohsin Naqvi on Monday."
    assert ("iran-embassy-pakistan", "mohsin-naqvi") in _meetings(text), _events(text)


@pytest.mark.parametrize("text", [
    # a named envoy is that person, not the embassy
    "TEHRAN, March 6 -- Pakistan's ambassador in Tehran, Muhammad Mudassir Tipu, called on Iranian Interior "
    "Minister Eskandar Momeni on Monday.",
    # a third country's envoy is no side's embassy
    "TEHRAN, March 6 -- The Afghan ambassador called on Iranian Interior Minister Eskandar Momeni on Monday.",
])
def test_other_envoys_are_not_pakistans_embassy(text):
    assert not any("pakistan-embassy-iran" in parties for _, _, _, parties in _events(text)), _events(text)


@pytest.mark.parametrize("text", [
    "TEHRAN, March 6 -- Parliament Speaker Mohammad Bagher Ghalibaf met Senate Chairman Sadiq Sanjrani on Monday. "
    "The meeting took place at the parliament building in Baharestan.",
    "TEHRAN, March 6 -- Speaker Mohammad Bagher Ghalibaf received Senate Chairman Sadiq Sanjrani at Baharestan "
    "Square on Monday.",
    "TEHRAN, March 6 -- Speaker Mohammad Bagher Ghalibaf received Senate Chairman Sadiq Sanjrani at the Majlis on "
    "Monday and discussed border trade.",
])
def test_irans_parliament_is_in_tehran(text):
    places = {place for kind, _, place, parties in _events(text)
              if kind == "meeting" and {"mohammad-bagher-ghalibaf", "sadiq-sanjrani"} <= set(parties)}
    assert places == {"tehran"}, _events(text)


def test_a_town_told_apart_from_a_venue_is_still_that_town():
    # Baharestan named as a town, not inside the parliament's phrase: GeoNames' town, as before
    text = ("TEHRAN, March 6 -- Speaker Mohammad Bagher Ghalibaf met Senate Chairman Sadiq Sanjrani in Baharestan on "
            "Monday and discussed border trade.")
    assert {place for kind, _, place, _ in _events(text) if kind == "meeting"} == {"baharestan"}, _events(text)


def test_a_venue_of_one_country_places_the_meeting_over_the_guests_way_home():
    # the report tells the guest's way home to Tehran; the call at the Aiwan-e-Sadr was in Islamabad
    text = ("ISLAMABAD, March 7 -- Iranian Foreign Minister Abbas Araghchi left for Tehran on Wednesday at the end of "
            "a two-day visit. Before his departure, he called on President Asif Ali Zardari at the Aiwan-e-Sadr, "
            "where the two discussed trade.")
    places = {place for kind, _, place, parties in _events(text) if kind == "meeting" and "asif-ali-zardari" in parties}
    assert places == {"islamabad"}, _events(text)


def test_a_venue_told_with_the_trip_still_places_it():
    text = ("RAWALPINDI, March 7 -- Iranian Foreign Minister Abbas Araghchi, who is on a visit to Pakistan, called on "
            "President Asif Ali Zardari at the Aiwan-e-Sadr on Tuesday before leaving for Tehran.")
    places = {place for kind, _, place, parties in _events(text) if kind == "meeting" and "asif-ali-zardari" in parties}
    assert places == {"islamabad"}, _events(text)


def test_a_units_base_after_its_commander_is_no_venue():
    text = ("KARACHI, March 7 -- Admiral Naveed Ashraf and Rear Admiral Shahram Irani, the commander of the first naval "
            "zone of Iran's navy in Chabahar, met at the Karachi dockyard on Tuesday and agreed on joint patrols.")
    assert {place for kind, _, place, _ in _events(text) if kind == "meeting"} == {"karachi"}, _events(text)


def test_a_city_after_a_comma_ending_the_office_is_the_meetings():
    text = ("KARACHI, March 7 -- Admiral Naveed Ashraf and Rear Admiral Shahram Irani, the commander of Iran's navy, "
            "met in Chabahar on Tuesday and agreed on joint patrols.")
    assert {place for kind, _, place, _ in _events(text) if kind == "meeting"} == {"chabahar"}, _events(text)


@pytest.mark.parametrize("text", [
    # a person's name after the office: the city is where they met
    "RAWALPINDI, March 7 -- Iranian Defence Minister Aziz Nasirzadeh held talks with Chief of Army Staff Field "
    "Marshal Asim Munir in Rawalpindi on Tuesday.",
    # an office, not a unit, before the city
    "RAWALPINDI, March 7 -- Iran's defence minister, Aziz Nasirzadeh, said he had discussed joint exercises with "
    "Field Marshal Asim Munir. Nasirzadeh met the chief of army staff in Rawalpindi on Tuesday.",
])
def test_an_office_or_a_name_before_the_city_is_no_units_base(text):
    places = {place for kind, _, place, parties in _events(text) if kind == "meeting" and "asim-munir" in parties}
    assert places == {"rawalpindi"}, _events(text)
