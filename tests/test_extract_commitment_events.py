"""Which event of a visit a commitment is filed under (issue 15, commitment types): the meeting
where it was made when the report tells so, else the visit. A plan or negation inside what was
said at a meeting ('they said they would not allow ...') is the statement's, not the meeting's;
each case on sentences written for the purpose (names and wording made up; nothing from the corpus)."""

from __future__ import annotations

import datetime as dt

from extract_fixtures import lexicon
from pakiran_events.extract.frames import frames_of
from pakiran_events.extract.report import Reading, read_report

LEX = lexicon()
VISIT = "Iranian Foreign Minister Karim Rostami arrived in Islamabad on Monday on a two-day official visit. "


def _frames(text: str, published: dt.date = dt.date(2024, 5, 15)):
    return frames_of(Reading("x-doc", text, published, LEX))


def _filed(text: str) -> dict[tuple[str, str | None, str | None], set[str]]:
    return {(c.kind, c.guest, c.host): {x["commitment_type"] for x in c.commitments}
            for c in read_report("x-doc", text, "2024-05-15", LEX).candidates}


def test_a_pledge_said_at_a_press_conference_leaves_the_press_conference_held():
    text = (VISIT + "Addressing a joint press conference with Prime Minister Tariq Mahmood on Tuesday, Rostami said "
            "the two countries would not allow militants to use the border and would step up border security.")
    meetings = [f for f in _frames(text) if f.kind == "meeting"]
    assert meetings and not meetings[0].planned
    filed = _filed(text)
    assert filed[("meeting", "karim-rostami", "tariq-mahmood")] == {"border_security"}
    assert filed[("visit", "karim-rostami", None)] == set()


def test_a_decision_about_a_later_round_neither_plans_nor_dates_the_talks_it_was_taken_at():
    text = ("In the meeting in Tehran on Monday, Rostami and Prime Minister Tariq Mahmood reviewed trade and decided "
            "that the next round would be held in Islamabad next month.")
    frame = next(f for f in _frames(text) if f.kind == "meeting")
    assert not frame.planned
    assert all(cue.start <= dt.date(2024, 5, 15) for cue, _ in frame.dates)


def test_a_sub_body_set_up_at_a_held_meeting_does_not_make_the_meeting_a_plan():
    text = ("The joint border commission of the two countries formed two working groups which would monitor "
            "smuggling and report back to both governments.")
    assert [f.planned for f in _frames(text) if f.kind == "meeting"] == [False]


def test_an_engagement_still_told_as_a_plan_or_called_off_stays_planned():
    said = _frames("Prime Minister Tariq Mahmood said that a joint commission meeting would convene in Tehran soon.")
    assert [f.planned for f in said if f.kind == "meeting"] == [True]
    upcoming = _frames("During the delegation-level talks, the two sides will review trade and border markets.")
    assert [f.planned for f in upcoming if f.kind == "meeting"] == [True]
    called_off = _frames("The meeting between Rostami and Prime Minister Tariq Mahmood, which officials described, was postponed.")
    assert [f.planned for f in called_off if f.kind == "meeting"] == [True]


def test_talks_after_a_second_telling_of_one_of_two_meetings_go_to_that_meeting():
    text = ("Iranian Foreign Minister Karim Rostami, who is on an official visit to Pakistan, called on Prime Minister "
            "Tariq Mahmood and Army chief General Nadeem Anjum in Islamabad on Monday. "
            "During the meeting with Mahmood, the guest was briefed on the economy. "
            "Besides, trade and border markets were discussed.")
    filed = _filed(text)
    assert filed[("meeting", "karim-rostami", "tariq-mahmood")] == {"trade_expansion", "border_markets"}
    assert filed[("meeting", "karim-rostami", "nadeem-anjum")] == set()
