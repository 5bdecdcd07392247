"""Fifteenth round, visits, calls, ceremonies and background over-reading (issue 15): made-up
reports in our own words, each rule with its near misses. probes5's failing classes 5-8 guided
which shapes to take; no probe sentence or name is used here."""

from __future__ import annotations

from extract_fixtures import OwnReports
from pakiran_events.extract.cluster import cluster

_OWN = OwnReports("xprobes19-own", "2025-10-30")   # a Thursday

NAQVI, MOMENI = "mohsin-naqvi", "eskandar-momeni"


def _events(text: str, day: str | None = None):
    return cluster([_OWN.report(text, day)])


# -- 1. talks with a third party name the pair's people nowhere: no stand-ins ----------------------
def test_talks_with_a_third_party_borrow_no_stand_ins():
    text = ("ISLAMABAD: Interior Minister Mohsin Naqvi will travel to Tehran next month to meet Iranian "
            "Interior Minister Eskandar Momeni, the ministry said on Thursday.\n\n"
            "The ministry also said that talks with the Afghan Taliban hosted by Qatar had not yet "
            "produced a written accord on militant groups.")
    assert _events(text) == []


def test_near_miss_talks_with_the_iranian_side_still_take_the_principals():
    text = ("ISLAMABAD: Interior Minister Mohsin Naqvi arrived in Tehran on Tuesday on a two-day visit, "
            "the ministry said.\n\n"
            "Iranian Interior Minister Eskandar Momeni received him at the ministry.\n\n"
            "Talks with the Iranian side on Wednesday covered the security of pilgrims and Afghan "
            "refugees.")
    events = _events(text)
    assert any(e.kind == "meeting" and {NAQVI, MOMENI} <= set(e.participants) for e in events)
