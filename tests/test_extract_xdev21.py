"""Round 21, the corpus dev part's participant misses by class (docs/EXTRACTION.md, 'Round 21 — dev
part's misses'): who a report says attended an engagement, told in the passive ('The meeting was
attended by X'). Reports are our own words; the people are the shipped gazetteer's or invented."""

from __future__ import annotations

import pytest

from extract_fixtures import OwnReports

R = OwnReports("wire-20250512-xdev21", "2025-05-12")

GHQ = ("Iranian Foreign Minister Abbas Araghchi called on Chief of Army Staff Field Marshal Asim Munir at the "
       "General Headquarters in Rawalpindi on Monday. ")
FO = "Deputy Prime Minister Ishaq Dar received Iranian Foreign Minister Abbas Araghchi at the Foreign Office on Tuesday. "
INTERIOR = "Interior Minister Mohsin Naqvi held talks with Iranian Foreign Minister Abbas Araghchi in Islamabad on Sunday. "


@pytest.mark.parametrize("text, joined", [
    # unnamed officials of one side, told as present in the passive, are that side's organisation
    (GHQ + "The gathering was attended by senior Pakistani military officials and members of the Iranian delegation.",
     {"pakistan-army", "government-of-iran"}),
    (FO + "The talks, which lasted two hours, were attended by Pakistani military officials.", {"pakistan-army"}),
    # a named official told as present joins the meeting told before (a new actor of that side)
    (INTERIOR + "The meeting was also attended by Iran's ambassador in Islamabad, Hamid Tavakoli.", {"hamid-tavakoli"}),
])
def test_people_said_to_have_attended_join_the_engagement_told_before(text, joined):
    events = R.events(text)
    meetings = [p for k, p in events if k == "meeting"]
    assert len(meetings) == 1, events
    assert joined <= set(meetings[0])


def test_the_attended_meeting_is_the_one_told_before_not_a_new_one():
    # 'The meeting was attended by X': the subject refers back; it tells no second meeting of X
    events = R.events(INTERIOR + "The meeting was also attended by Iran's ambassador in Islamabad, Hamid Tavakoli.")
    assert [k for k, _ in events] == ["meeting"]
    assert {"mohsin-naqvi", "abbas-araghchi", "hamid-tavakoli"} <= set(events[0][1])


def test_a_meeting_told_as_the_subject_of_attended_by_is_still_told_there():
    # near miss: the subject names who met ('The meeting between X and Y ... was attended by'): it is
    # the first telling, so the meeting stays, with both sides' officials
    events = R.events("The meeting between Deputy Prime Minister Ishaq Dar and Iranian Foreign Minister Abbas Araghchi "
                      "in Islamabad on Tuesday was attended by senior officials of both sides.")
    assert [k for k, _ in events] == ["meeting"]
    assert {"ishaq-dar", "abbas-araghchi"} <= set(events[0][1])


@pytest.mark.parametrize("tail", [
    # a plan: not yet present
    "The next round will be attended by Pakistani military officials.",
    # a ceremony of its own the report does not make an event: those at it were not at the talks
    "A separate signing ceremony for a trade memorandum was attended by Interior Minister Mohsin Naqvi.",
    # people of no side at something else
    "The seminar on regional trade in Karachi was attended by students and traders.",
])
def test_near_misses_add_nobody_to_the_talks(tail):
    events = R.events(FO + tail)
    assert events == [("meeting", ["abbas-araghchi", "ishaq-dar"])]
