"""Review of release candidate 2.6.0 (round 27): three wrong readings the round's new rules made on
ordinary newswire, mended. A present 'meet' in a clause that asks or wishes ('unclear when A and B meet
again', 'hope that A and B meet') is no meeting; 'reviewed a guard of honour' after an airport welcome is
no talks; 'between the two sides' is no pair of persons (sides.yaml `pair_sides`, not `pair_persons`; round 28). Made-up
reports in our own words, each with a near miss that keeps its reading."""

from __future__ import annotations

import pytest

from extract_fixtures import OwnReports
from places11_table import lexicon

_OWN = OwnReports("review27", "2025-08-05", lexicon)
_events = _OWN.placed


@pytest.mark.parametrize("text", [
    "ISLAMABAD, Aug 5 -- It remains unclear when Ishaq Dar and Abbas Araghchi meet again, officials said.",
    "ISLAMABAD, Aug 5 -- Officials voiced the hope that Shehbaz Sharif and Masoud Pezeshkian meet before the end "
    "of the year.",
    "ISLAMABAD, Aug 5 -- Diplomats asked whether Ishaq Dar and Abbas Araghchi meet often enough.",
])
def test_a_present_meet_that_a_clause_asks_or_wishes_is_no_meeting(text):
    assert not any(kind == "meeting" for kind, *_ in _events(text)), _events(text)


def test_a_live_pages_present_meet_is_still_a_meeting():
    text = "ISLAMABAD, Aug 5 -- Ishaq Dar and Abbas Araghchi meet on the sidelines of the SCO summit in Tianjin."
    assert any(kind == "meeting" and "abbas-araghchi" in parties and "ishaq-dar" in parties
               for kind, _, _, parties in _events(text))


def test_a_guard_of_honour_reviewed_after_a_welcome_is_no_talks():
    text = ("ISLAMABAD, Aug 5 -- Iranian Foreign Minister Abbas Araghchi arrived in Islamabad on Monday, was "
            "received at the airbase by Foreign Minister Ishaq Dar, and reviewed a guard of honour.")
    assert not any(kind == "meeting" for kind, *_ in _events(text)), _events(text)


def test_a_welcome_whose_pair_reviewed_ties_is_still_a_meeting():
    text = ("ISLAMABAD, Aug 5 -- Iranian Foreign Minister Abbas Araghchi arrived in Islamabad on Monday and was "
            "received by Foreign Minister Ishaq Dar. The two ministers reviewed bilateral ties.")
    assert any(kind == "meeting" and "ishaq-dar" in parties for kind, _, _, parties in _events(text)), _events(text)


def test_talks_between_the_two_sides_are_no_pair_of_persons():
    text = ("QUETTA, Aug 5 -- Interior Minister Mohsin Naqvi met Iranian Ambassador Reza Amiri Moghadam in Quetta on "
            "Monday to discuss border markets.\n\nThe last round of talks between the two sides, in Tehran in March "
            "2023, ended without agreement.")
    found = _events(text)
    assert not any(place == "tehran" for _, _, place, _ in found), found
    assert any(kind == "meeting" and place == "quetta" for kind, _, place, _ in found), found
