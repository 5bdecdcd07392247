"""Whether an engagement exists, and which kind of record it makes (CURATION.md §1-2): a meeting
told without a trip, a trip told only as an invitation's result, an earlier contact told in passing,
a third country's officer named by a bare title. Reports are written for the purpose (made-up
names and wording; nothing is copied from the corpus)."""

from __future__ import annotations

from extract_fixtures import events_of, lexicon

LEX = lexicon()


def test_a_visitors_meeting_told_without_any_trip_is_a_stand_alone_meeting():
    doc = ("x-alone", "2024-05-15", "Iranian Foreign Minister Karim Rostami met Interior Minister Saima Baig in "
                                    "Islamabad on Tuesday to discuss border security.")
    events = events_of(doc)
    assert [(e.kind, e.parent) for e in events] == [("meeting", None)]


def test_the_same_meeting_becomes_part_of_a_visit_once_another_report_tells_the_trip():
    meeting = ("x-m", "2024-05-15", "Iranian Foreign Minister Karim Rostami met Interior Minister Saima Baig in "
                                    "Islamabad on Tuesday to discuss border security.")
    trip = ("x-t", "2024-05-14", "Iranian Foreign Minister Karim Rostami arrived in Islamabad on Monday on an "
                                 "official visit.")
    events = events_of(meeting, trip)
    visit = next(e for e in events if e.kind == "visit")
    assert [e.parent for e in events if e.kind == "meeting"] == [visit]


def test_arriving_at_someones_invitation_is_a_held_trip_not_a_plan():
    doc = ("x-invited", "2024-05-15", "At the invitation of Prime Minister Tariq Mahmood, Iranian Foreign Minister "
                                      "Karim Rostami arrived in Islamabad on Tuesday for an official visit.")
    assert [e.kind for e in events_of(doc)] == ["visit"]


def test_a_contact_told_in_passing_without_its_own_date_makes_no_event():
    doc = ("x-passing", "2024-05-15", "The two sides agreed to reopen the border market. Foreign Minister Karim "
                                      "Rostami had met Interior Minister Saima Baig in Islamabad, officials recalled.")
    assert events_of(doc) == []


def test_a_contact_told_in_passing_joins_the_engagement_another_report_tells():
    passing = ("x-passing", "2024-05-20", "Foreign Minister Karim Rostami had met Interior Minister Saima Baig in "
                                         "Islamabad, officials recalled.")
    held = ("x-held", "2024-05-14", "Iranian Foreign Minister Karim Rostami met Interior Minister Saima Baig in "
                                    "Islamabad on Tuesday.")
    meetings = [e for e in events_of(passing, held) if e.kind == "meeting"]
    assert len(meetings) == 1 and meetings[0].sources == {"x-passing", "x-held"}


def test_a_bare_title_at_a_third_countrys_meeting_is_not_the_other_sides_officer():
    doc = ("x-kabul", "2024-05-15", "Interior Minister Saima Baig met her Afghan counterpart and the Foreign Minister "
                                    "during a visit to Kabul on Monday.")
    assert events_of(doc) == []
