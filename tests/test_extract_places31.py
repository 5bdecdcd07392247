"""Round 31 (places31, issue 15): where an engagement was. A border crossing the guest passed on the
way is no venue (the talks are in the trip's city); a meeting told with no city after the visit's talks
of the same day, in a later sentence of the report that tells those talks, was held on in their city.
Made-up reports in our own words, with near misses that keep their reading."""

from __future__ import annotations

import pytest

from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.report import read_report
from places11_table import lexicon


def _events(text: str, day: str = "2025-03-05") -> set[tuple[str, str, str | None, tuple[str, ...]]]:
    return {(e.kind, e.date_start.isoformat(), e.place_id, tuple(sorted(e.participants)))
            for e in cluster([read_report("places31", text, day, lexicon())])}


def _of(text: str, kind: str, *actors: str) -> list[tuple[str, str, str | None, tuple[str, ...]]]:
    return [e for e in _events(text) if e[0] == kind and set(actors) <= set(e[3])]


# -- a crossing passed on the way is no venue ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "QUETTA: Interior Minister Mohsin Naqvi began a two-day visit to Zahedan on Monday. He crossed at Taftan and "
    "held talks with Iranian Interior Minister Eskandar Momeni on border trade.",
    "QUETTA: Interior Minister Mohsin Naqvi began a two-day visit to Zahedan on Monday. He crossed the border at "
    "Taftan and held talks with Iranian Interior Minister Eskandar Momeni on border trade.",
    "QUETTA: Interior Minister Mohsin Naqvi began a two-day visit to Zahedan on Monday. After crossing at Taftan he "
    "held talks with Iranian Interior Minister Eskandar Momeni on border trade.",
    "QUETTA: Interior Minister Mohsin Naqvi began a two-day visit to Zahedan on Monday. He entered Iran through "
    "Taftan and held talks with Iranian Interior Minister Eskandar Momeni on border trade.",
])
def test_a_crossing_passed_on_the_way_is_no_venue(text):
    assert [e[2] for e in _of(text, "meeting", "mohsin-naqvi", "eskandar-momeni")] == ["zahedan"], _events(text)


def test_talks_held_at_the_crossing_stay_there():
    text = ("QUETTA: Interior Minister Mohsin Naqvi began a two-day visit to Zahedan on Monday. He held talks at "
            "Taftan with Iranian Interior Minister Eskandar Momeni on border trade.")
    assert [e[2] for e in _of(text, "meeting", "mohsin-naqvi", "eskandar-momeni")] == ["taftan"], _events(text)


# -- held on from the talks' city -----------------------------------------------------------------------------------
def test_a_later_meeting_of_the_talks_day_is_in_their_city():
    text = ("Prime Minister Shehbaz Sharif began a visit to Iran on Sunday, landing in Mashhad. A day after his "
            "arrival in Mashhad, Sharif held talks with President Masoud Pezeshkian in Tehran. Later on Monday the "
            "prime minister called on Supreme Leader Ali Khamenei.")
    assert [e[2] for e in _of(text, "meeting", "shehbaz-sharif", "ali-khamenei")] == ["tehran"], _events(text)
    assert [e[2] for e in _of(text, "visit", "shehbaz-sharif")] == ["tehran"], _events(text)


def test_a_meeting_told_before_the_talks_stays_unplaced():
    text = ("Prime Minister Shehbaz Sharif began a visit to Iran on Sunday, landing in Mashhad. On Monday the prime "
            "minister called on Supreme Leader Ali Khamenei. Later on Monday Sharif held talks with President "
            "Masoud Pezeshkian in Tehran.")
    assert [e[2] for e in _of(text, "meeting", "shehbaz-sharif", "ali-khamenei")] != ["tehran"], _events(text)


def test_a_meeting_of_another_day_stays_unplaced():
    text = ("Prime Minister Shehbaz Sharif began a visit to Iran on Sunday, landing in Mashhad. A day after his "
            "arrival in Mashhad, Sharif held talks with President Masoud Pezeshkian in Tehran. On Tuesday the "
            "prime minister called on Supreme Leader Ali Khamenei.")
    assert [e[2] for e in _of(text, "meeting", "shehbaz-sharif", "ali-khamenei")] != ["tehran"], _events(text)


# -- a provincial host's meeting is in the province, not the trip's city ------------------------------------------------
def test_a_provincial_hosts_meeting_takes_not_the_trips_city():
    text = ("Iranian Deputy Interior Minister Hossein Zolfaghari began a visit to Pakistan on Monday. He held talks with "
            "the Balochistan Home Minister, Mir Ziaullah Langove, on Monday. On Tuesday he flew to Islamabad, where he "
            "met Interior Minister Mohsin Naqvi.")
    assert [e[2] for e in _of(text, "meeting", "hossein-zolfaghari", "ziaullah-langove")] == [None], _events(text)
    assert [e[2] for e in _of(text, "meeting", "hossein-zolfaghari", "mohsin-naqvi")] == ["islamabad"], _events(text)


def test_a_provincial_hosts_meeting_is_in_the_provinces_city_named():
    text = ("Iranian Deputy Interior Minister Hossein Zolfaghari began a three-day visit to Pakistan on Monday that took "
            "him to Quetta and Islamabad. He held talks with the Balochistan Home Minister, Mir Ziaullah Langove, on "
            "Monday. On Tuesday he flew to Islamabad, where he met Interior Minister Mohsin Naqvi.")
    assert [e[2] for e in _of(text, "meeting", "hossein-zolfaghari", "ziaullah-langove")] == ["quetta"], _events(text)


def test_a_provincial_host_met_in_the_capital_named_stays_there():
    text = ("Iranian Deputy Interior Minister Hossein Zolfaghari began a visit to Pakistan on Monday. He held talks with "
            "Interior Minister Mohsin Naqvi and the Balochistan Home Minister, Mir Ziaullah Langove, in Islamabad on "
            "Monday.")
    assert [e[2] for e in _of(text, "meeting", "hossein-zolfaghari", "ziaullah-langove")] == ["islamabad"], _events(text)
