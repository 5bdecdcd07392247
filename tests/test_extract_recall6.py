"""Recall of held meetings whose other side the report tells only by its country word and an
office ('her Iranian counterpart', 'the Iranian side', a joint commission of both countries) with
nobody of that side named or on record: the side takes part as its body (engagement.yaml
`unnamed_party`), so the meeting is kept; a plan or a meeting with no other side stays out.
Reports are made up, in our own words."""

from __future__ import annotations

from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.report import read_report
from test_extract_who_what import ORG_LEX


def _candidates(text: str, published: str = "2020-03-12"):
    return read_report("x-doc", text, published, ORG_LEX).candidates


def _meetings(text: str, published: str = "2020-03-12"):
    return [c for c in _candidates(text, published) if c.kind == "meeting"]


def test_a_counterpart_nobody_names_is_the_other_sides_government():
    # no Iranian interior minister is in the office-holder table: the counterpart is unnamed
    text = ("Interior Minister Saima Baig met her Iranian counterpart in Tehran on Tuesday. "
            "The two sides discussed pilgrims' safety on the road through Taftan.")
    meetings = [m for m in _meetings(text) if not m.planned]
    assert [(m.guest, m.host, m.country, m.place_id) for m in meetings] == [("saima-baig", "government-of-iran", "IRN", "tehran")]
    assert {"saima-baig", "government-of-iran"} <= meetings[0].participants.keys()


def test_the_meeting_with_an_unnamed_counterpart_becomes_an_event():
    text = "Interior Minister Saima Baig met her Iranian counterpart in Tehran on Tuesday to talk about border trade."
    events = cluster([read_report("x-doc", text, "2020-03-12", ORG_LEX)])
    meetings = [e for e in events if e.kind == "meeting"]
    assert len(meetings) == 1
    assert meetings[0].place_id == "tehran"


def test_an_office_after_the_side_word_tells_the_party():
    text = "On arrival in Tehran, Saima Baig held talks with the Iranian Deputy Interior Minister on Monday."
    meetings = _meetings(text)
    assert [(m.guest, m.host) for m in meetings] == [("saima-baig", "government-of-iran")]


def test_the_other_side_as_a_side_head():
    text = "Tariq Mahmood met the Iranian side in Tehran on Monday and asked for faster trade at the crossing."
    assert [(m.guest, m.host) for m in _meetings(text)] == [("tariq-mahmood", "government-of-iran")]


def test_a_joint_commission_of_both_countries_seats_the_unnamed_guest_side():
    text = ("The Pakistan-Iran Joint Border Commission opened a three-day session in Rawalpindi on Wednesday. "
            "Pakistan's delegation is led by Saima Baig.")
    meetings = _meetings(text)
    assert [(m.guest, m.host, m.country) for m in meetings] == [("government-of-iran", "saima-baig", "PAK")]


def test_a_planned_meeting_with_an_unnamed_counterpart_is_no_held_event():
    text = "Interior Minister Saima Baig will meet her Iranian counterpart in Tehran next week."
    events = cluster([read_report("x-doc", text, "2020-03-12", ORG_LEX)])
    assert events == []


def test_a_meeting_with_no_other_side_told_is_none():
    text = "Interior Minister Saima Baig met pilgrims from Karachi in Tehran on Tuesday."
    assert _meetings(text) == []


def test_an_iranian_word_elsewhere_in_the_sentence_is_no_party():
    # the side word qualifies no office or party head: nobody of Iran's side took part
    text = "Saima Baig met traders in Tehran on Tuesday about Iranian fruit imports."
    assert _meetings(text) == []


def test_a_visit_of_a_titled_person_to_the_other_country_is_a_visit_frame():
    # 'the visit of <title, name> to Iran': the mover is named between 'visit of' and 'to'
    text = ("The two navies signed a memorandum on sea patrols during the visit of Interior Minister, "
            "Saima Baig to Iran. Upon arrival in Tehran she was welcomed by the Iranian deputy minister.")
    visits = [c for c in _candidates(text) if c.kind == "visit"]
    assert [(v.guest, v.country) for v in visits] == [("saima-baig", "IRN")]
