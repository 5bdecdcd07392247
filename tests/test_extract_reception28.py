"""Round 28 (reception28, issue 15): receptions, dinners, credentials and envoys. A welcome of a guest
to a building is a meeting there (as 'received X at' is); a meal a host gives in a guest's honour is a
meeting of host and guest (the host's verb, the guest its object, as in 'hosted X'); an envoy who
presents credentials meets the one who receives them; an unnamed envoy whose counterpart's name follows
a verb is still the mission's body, never the report's most-named person of that side. Made-up reports
in our own words, each with near misses that keep their reading."""

from __future__ import annotations

import pytest

from extract_fixtures import OwnReports
from places11_table import lexicon

_OWN = OwnReports("reception28", "2025-08-05", lexicon)
_events = _OWN.placed
_meetings = _OWN.placed_meetings


@pytest.mark.parametrize("text", [
    "ISLAMABAD, Aug 5 -- Prime Minister Shehbaz Sharif welcomed Iran's Foreign Minister Abbas Araghchi to the PM "
    "Office on Monday.",
    "ISLAMABAD, Aug 5 -- On Monday Prime Minister Shehbaz Sharif warmly welcomed the Iranian Foreign Minister, Abbas "
    "Araghchi, to the Prime Minister's House.",
])
def test_a_welcome_to_a_venue_is_a_meeting_placed_by_the_venue(text):
    found = _events(text)
    assert ("meeting", "2025-08-04", "islamabad", ("abbas-araghchi", "shehbaz-sharif")) in found, found
    assert not any(kind == "visit" for kind, *_ in found), found  # an audience at a building, not the trip told


def test_a_welcome_to_a_city_still_tells_the_trip():
    found = _events("ISLAMABAD, Aug 5 -- Prime Minister Shehbaz Sharif welcomed Iranian Foreign Minister Abbas "
                    "Araghchi to Islamabad on Monday.")
    assert any(kind == "visit" for kind, *_ in found), found


@pytest.mark.parametrize("text", [
    "ISLAMABAD, Aug 5 -- Foreign Minister Ishaq Dar welcomed Iran's offer to the United Nations on Monday.",
    "ISLAMABAD, Aug 5 -- Foreign Minister Ishaq Dar welcomed Iran's decision to the Pakistan Embassy in Tehran.",
])
def test_a_welcome_of_a_thing_is_no_meeting(text):
    assert not _events(text)


@pytest.mark.parametrize("text, pair", [
    ("ISLAMABAD, Aug 5 -- Prime Minister Shehbaz Sharif hosted a dinner in honour of Iranian Foreign Minister Abbas "
     "Araghchi on Monday.", ("abbas-araghchi", "shehbaz-sharif")),
    ("ISLAMABAD, Aug 5 -- Foreign Minister Ishaq Dar hosted a luncheon in honour of his Iranian counterpart Abbas "
     "Araghchi on Monday.", ("abbas-araghchi", "ishaq-dar")),
    ("ISLAMABAD, Aug 5 -- President Asif Ali Zardari hosted a state banquet in honour of Iranian President Masoud "
     "Pezeshkian on Monday.", ("asif-ali-zardari", "masoud-pezeshkian")),
    ("ISLAMABAD, Aug 5 -- Iranian Foreign Minister Abbas Araghchi arrived in Islamabad on Monday. Prime Minister "
     "Shehbaz Sharif hosted a dinner in his honour.", ("abbas-araghchi", "shehbaz-sharif")),
    ("ISLAMABAD, Aug 5 -- Iranian Foreign Minister Abbas Araghchi arrived in Islamabad on Monday. In the evening "
     "Prime Minister Shehbaz Sharif hosted a banquet for him at the PM House.", ("abbas-araghchi", "shehbaz-sharif")),
])
def test_a_meal_hosted_in_a_guests_honour_is_a_meeting_of_host_and_guest(text, pair):
    assert pair in _meetings(text), _events(text)


@pytest.mark.parametrize("text", [
    "ISLAMABAD, Aug 5 -- The Iranian embassy hosted a reception in honour of Pakistan's Independence Day on Monday.",
    "ISLAMABAD, Aug 5 -- Prime Minister Shehbaz Sharif hosted a dinner for Iranian businessmen on Monday.",
    "ISLAMABAD, Aug 5 -- Iranian Ambassador Reza Amiri Moghadam hosted a reception for Iran's National Day on "
    "Monday, attended by Senator Mushahid Hussain.",
])
def test_a_meal_in_honour_of_a_day_or_for_a_crowd_is_no_meeting(text):
    assert not _meetings(text), _events(text)


@pytest.mark.parametrize("text, pair", [
    ("ISLAMABAD, Aug 5 -- Iran's new ambassador Reza Amiri Moghadam presented his credentials to President Asif Ali "
     "Zardari on Monday.", ("asif-ali-zardari", "reza-amiri-moghadam")),
    ("ISLAMABAD, Aug 5 -- Iran's ambassador-designate Reza Amiri Moghadam presented a copy of his credentials to "
     "Foreign Secretary Amna Baloch on Monday.", ("amna-baloch", "reza-amiri-moghadam")),
])
def test_credentials_presented_are_a_meeting_of_envoy_and_receiver(text, pair):
    assert pair in _meetings(text), _events(text)


def test_credentials_still_to_be_presented_are_no_meeting():
    assert not _events("ISLAMABAD, Aug 5 -- Iran's new ambassador Reza Amiri Moghadam is expected to present his "
                       "credentials to President Asif Ali Zardari next week.")


@pytest.mark.parametrize("text", [
    "RAWALPINDI, Aug 5 -- The Iranian envoy called on Field Marshal Asim Munir at GHQ on Monday. They discussed the "
    "coming visit of President Masoud Pezeshkian.",
    "RAWALPINDI, Aug 5 -- Iran's ambassador to Pakistan called on Field Marshal Asim Munir at GHQ on Monday. They "
    "discussed the coming visit of President Masoud Pezeshkian.",
])
def test_an_unnamed_envoy_is_the_mission_not_the_reports_principal(text):
    found = _events(text)
    assert ("meeting", "2025-08-04", "rawalpindi", ("asim-munir", "iran-embassy-pakistan")) in found, found
    assert not any("masoud-pezeshkian" in parties for kind, _, _, parties in found if kind == "meeting"), found


def test_an_unnamed_envoy_beside_another_official_of_the_side_is_still_the_mission():
    text = ("ISLAMABAD, Aug 5 -- Iran's envoy to Pakistan met Interior Minister Mohsin Naqvi on Monday. Naqvi later "
            "spoke to Iranian Interior Minister Eskandar Momeni by phone.")
    assert ("iran-embassy-pakistan", "mohsin-naqvi") in _meetings(text), _events(text)


def test_a_named_envoy_after_the_posting_is_that_person():
    text = ("RAWALPINDI, Aug 5 -- Iran's ambassador to Pakistan Mohammad Taghi Hosseini called on Field Marshal Asim "
            "Munir at GHQ on Monday.")
    assert ("asim-munir", "mohammad-taghi-hosseini") in _meetings(text), _events(text)


@pytest.mark.parametrize("text", [
    "Foreign Secretary Amna Baloch and the Ambassador of Iran to Pakistan, Reza Amiri Moghadam, met at the Foreign "
    "Office in Islamabad on Monday.",
    "ISLAMABAD, Aug 5 -- The Iranian envoy in Islamabad, Reza Amiri Moghadam, called on Foreign Secretary Amna Baloch "
    "on Monday.",
])
def test_an_envoy_named_after_country_and_posting_adds_no_mission(text):
    assert _meetings(text) == {("amna-baloch", "reza-amiri-moghadam")}, _events(text)
