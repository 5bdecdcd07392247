"""Round 26 (recv26, issue 15): 'X received Y' makes X the host.

A meeting told by a host's verb ('received', 'hosted', 'welcomed': engagement.yaml `host_verbs`)
in the active voice has the host as its subject; told in the passive ('Y was received by X') the
host is the agent after 'by', as after 'met' or 'called on' the host is the object. With no place,
dateline or trip told, the meeting is in the host's country (candidates._country's last resort,
frames.subject_hosts), so a ministry told by its kind is the host's (where25's venue rows). A told
city or a dateline still wins. 'Received' with a thing a person sent as its object ('received X's
letter') is no meeting; a call received is a phone call, placed by nobody. Made-up reports in our own
words (no corpus text), three or more per class, with near misses."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.report import read_report
from places11_table import lexicon

DAY = "2025-03-04"


def _events(text: str, kind: str | None = None) -> list:
    events = cluster([read_report("recv26-own", text, DAY, lexicon())])
    return [e for e in events if kind is None or e.kind == kind]


def _meeting(text: str):
    """(host, guest, country, place_id) of the report's one meeting."""
    meetings = _events(text, "meeting")
    assert len(meetings) == 1, (text, [(e.kind, e.place_id) for e in meetings])
    e = meetings[0]
    return e.host, e.guest, e.country, e.place_id


# -- 1. an active reception, by either side's official, no place told: the subject's country ----------

ACTIVE = [
    (  # Pakistan's minister receives; the ministry told by its kind is his side's, in Islamabad
        "Interior Minister Mohsin Naqvi received Iranian Ambassador Reza Amiri Moghadam at the Interior "
        "Ministry on Tuesday. Both sides went over arrangements for pilgrims travelling by road.",
        ("mohsin-naqvi", "reza-amiri-moghadam", "PAK", "islamabad")),
    (  # Iran's minister receives Pakistan's envoy: his foreign ministry, in Tehran
        "Iranian Foreign Minister Abbas Araghchi received Pakistan's Ambassador Mudassir Tipu at the Foreign "
        "Ministry on Monday, and the two looked at ways to speed up barter trade at the border.",
        ("abbas-araghchi", "mudassir-tipu", "IRN", "tehran")),
    (  # no venue at all: only the country, the receiver's
        "Speaker of the National Assembly Ayaz Sadiq received Iranian Ambassador Reza Amiri Moghadam on "
        "Thursday. The two spoke about exchanges between the two parliaments.",
        ("ayaz-sadiq", "reza-amiri-moghadam", "PAK", None)),
    (  # the Iranian speaker receives, no venue
        "Iranian Parliament Speaker Mohammad Baqer Ghalibaf received Pakistan's Ambassador Mudassir Tipu on "
        "Wednesday to talk over a visit by a group of lawmakers.",
        ("mohammad-bagher-ghalibaf", "mudassir-tipu", "IRN", None)),
]


@pytest.mark.parametrize("text,want", ACTIVE)
def test_an_active_reception_is_in_the_receivers_country(text, want):
    assert _meeting(text) == want


# -- 2. the passive: the agent after 'by' hosts ----------------------------------------------------

PASSIVE = [
    ("Pakistan's Ambassador Mudassir Tipu was received by Iranian Interior Minister Eskandar Momeni at the "
     "Interior Ministry on Sunday, when the border crossings came up.",
     ("eskandar-momeni", "mudassir-tipu", "IRN", "tehran")),
    ("Iranian Ambassador Reza Amiri Moghadam was later received by Interior Minister Mohsin Naqvi at the "
     "Ministry of Interior on Wednesday.",
     ("mohsin-naqvi", "reza-amiri-moghadam", "PAK", "islamabad")),
    ("Iran's envoy, Reza Amiri Moghadam, was received by Foreign Minister Ishaq Dar at the Foreign Ministry "
     "on Friday for a round-up of the year's contacts.",
     ("ishaq-dar", "reza-amiri-moghadam", "PAK", "islamabad")),
]


@pytest.mark.parametrize("text,want", PASSIVE)
def test_a_passive_reception_is_in_the_country_of_the_one_who_received(text, want):
    assert _meeting(text) == want


# -- 3. 'hosted', 'welcomed' and, as before, 'called on' ---------------------------------------------

HOSTED = [
    ("Iranian President Masoud Pezeshkian hosted his Pakistani counterpart Asif Ali Zardari for talks on "
     "Saturday, officials said. Energy and the border markets were on the agenda.",
     ("masoud-pezeshkian", "asif-ali-zardari", "IRN", None)),
    ("Defence Minister Khawaja Asif hosted Iranian Defence Minister Aziz Nasirzadeh on Tuesday, the "
     "ministry said in a statement.",
     ("khawaja-muhammad-asif", "aziz-nasirzadeh", "PAK", None)),
    ("Prime Minister Shehbaz Sharif hosted Iranian Foreign Minister Abbas Araghchi on Monday for a "
     "discussion of trade and the gas pipeline.",
     ("shehbaz-sharif", "abbas-araghchi", "PAK", None)),
    # a welcome 'to' a city tells the place itself; the one who welcomed hosts
    ("Foreign Minister Ishaq Dar warmly welcomed Iranian Foreign Minister Abbas Araghchi to Islamabad on "
     "Sunday, and the two went straight into talks.",
     ("ishaq-dar", "abbas-araghchi", "PAK", "islamabad")),
]


@pytest.mark.parametrize("text,want", HOSTED)
def test_the_one_who_hosted_or_welcomed_is_the_host(text, want):
    assert _meeting(text) == want


def test_near_miss_a_call_on_someone_keeps_the_object_as_host():
    # 'called on' and 'met': the object is the host, as before this round
    assert _meeting("Iranian Ambassador Reza Amiri Moghadam called on Interior Minister Mohsin Naqvi at the "
                    "Interior Ministry on Tuesday.") == ("mohsin-naqvi", "reza-amiri-moghadam", "PAK", "islamabad")
    assert _meeting("Pakistan's Ambassador Mudassir Tipu called on Iranian Interior Minister Eskandar Momeni "
                    "on Sunday.")[:3] == ("eskandar-momeni", "mudassir-tipu", "IRN")


# -- 4. a told city or a dateline wins over the host's side ------------------------------------------

def test_a_told_city_wins_over_the_receivers_side():
    # Pakistan's ambassador receives at his embassy in Tehran: the meeting is in Tehran, in Iran
    got = _meeting("Pakistan's Ambassador Mudassir Tipu received Iranian Parliament Speaker Mohammad Baqer "
                   "Ghalibaf at the embassy in Tehran on Monday, where a reception marked Pakistan Day.")
    assert got[2:] == ("IRN", "tehran")
    # a summit city abroad: neither side's country
    got = _meeting("Prime Minister Shehbaz Sharif received Iranian President Masoud Pezeshkian in Dushanbe on "
                   "the sidelines of the summit on Friday.")
    assert got[2:] == ("TJK", "dushanbe")


def test_a_dateline_wins_over_the_receivers_side():
    # an ambassador receiving a minister of the country he is posted to: the dateline's country
    got = _meeting("TEHRAN: Pakistan's Ambassador Mudassir Tipu received Iranian Defence Minister Aziz "
                   "Nasirzadeh on Sunday for a discussion on border security.")
    assert got[:3] == ("aziz-nasirzadeh", "mudassir-tipu", "IRN")
    got = _meeting("ISLAMABAD: Iranian Ambassador Reza Amiri Moghadam received Speaker of the National "
                   "Assembly Ayaz Sadiq at the embassy on Friday.")
    assert got[:3] == ("ayaz-sadiq", "reza-amiri-moghadam", "PAK")
    # a ministry told by its kind under the dateline: the dateline's city
    got = _meeting("TEHRAN: Interior Minister Mohsin Naqvi received Iranian Ambassador Reza Amiri Moghadam "
                   "at the Interior Ministry on Tuesday.")
    assert got[2:] == ("IRN", "tehran")


# -- 5. near misses: what is received is a call or a thing, not a person -----------------------------

CALLS = [
    "Interior Minister Mohsin Naqvi received a phone call from Iranian Interior Minister Eskandar Momeni on "
    "Tuesday, in which the two discussed the safety of pilgrims.",
    "Iranian President Masoud Pezeshkian received a telephone call from Prime Minister Shehbaz Sharif on "
    "Wednesday evening.",
    "Prime Minister Shehbaz Sharif received Iranian President Masoud Pezeshkian's telephone call on Thursday.",
]


@pytest.mark.parametrize("text", CALLS)
def test_a_call_received_is_a_call_placed_by_nobody(text):
    events = _events(text)
    assert [e.kind for e in events] == ["phone_call"], text
    assert events[0].place_id is None and events[0].country is None


THINGS = [
    "Interior Minister Mohsin Naqvi received a letter from Iranian Interior Minister Eskandar Momeni on Tuesday.",
    "Interior Minister Mohsin Naqvi received Iranian Interior Minister Eskandar Momeni's letter on Tuesday, "
    "his office said.",
    "Prime Minister Shehbaz Sharif received President Masoud Pezeshkian's message of condolence on Tuesday.",
    "Foreign Minister Ishaq Dar received the Iranian Foreign Minister's written reply to his proposals on Monday.",
]


@pytest.mark.parametrize("text", THINGS)
def test_a_letter_or_a_message_received_is_no_meeting(text):
    assert _events(text, "meeting") == [], text


def test_near_miss_an_envoy_received_by_his_senders_title_is_a_person():
    # a possessive before a person, not a thing: the envoy is received, a meeting in the receiver's country
    got = _meeting("Prime Minister Shehbaz Sharif received the Iranian President's special envoy Ali Larijani "
                   "on Tuesday.")
    assert got[:3] == ("shehbaz-sharif", "ali-larijani", "PAK")


# -- 6. a property: whoever receives, in either voice, hosts in their own country --------------------

PAKISTANIS = [("Interior Minister Mohsin Naqvi", "mohsin-naqvi"), ("Foreign Minister Ishaq Dar", "ishaq-dar"),
              ("Speaker of the National Assembly Ayaz Sadiq", "ayaz-sadiq")]
IRANIANS = [("Iranian Interior Minister Eskandar Momeni", "eskandar-momeni"),
            ("Iranian Foreign Minister Abbas Araghchi", "abbas-araghchi"),
            ("Iranian Parliament Speaker Mohammad Baqer Ghalibaf", "mohammad-bagher-ghalibaf")]


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(PAKISTANIS), st.sampled_from(IRANIANS), st.booleans(), st.sampled_from(["received", "hosted"]),
       st.sampled_from(["on Monday", "on 3 March", "for talks on Sunday"]))
def test_the_receiver_hosts_in_their_own_country_whichever_side_and_voice(pak, irn, pak_hosts, verb, when):
    host, guest = (pak, irn) if pak_hosts else (irn, pak)
    text = f"{host[0]} {verb} {guest[0]} {when}. The two reviewed the border and trade."
    assert _meeting(text)[:3] == (host[1], guest[1], "PAK" if pak_hosts else "IRN"), text
    if verb == "received":  # the passive, the guest first: the agent after 'by' hosts
        text = f"{guest[0]} was received by {host[0]} at the Interior Ministry {when}."
        assert _meeting(text)[:3] == (host[1], guest[1], "PAK" if pak_hosts else "IRN"), text
