"""Event recall, ninth round: a meeting whose object is a pronoun ('X, who met him on the
sidelines ...') is with the person the sentence before is about, when that person is of the other
side (frames.py `_object_pronoun`). Reports are made up, in our own words."""

from __future__ import annotations

from extract_fixtures import lexicon
from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.report import read_report

LEX = lexicon()


def _meetings(text: str, published: str = "2024-07-05"):
    return [c for c in read_report("x-doc", text, published, LEX).candidates if c.kind == "meeting"]


def test_who_met_him_at_a_summit_abroad_is_a_meeting_of_both_sides_there():
    text = ("Prime Minister Tariq Mahmood said on Thursday that ties with Iran were close. "
            "Speaking from Dushanbe, he shared these views with Iranian Foreign Minister Karim Rostami, "
            "who met him on the sidelines of the regional summit in Dushanbe.")
    meetings = [m for m in _meetings(text) if not m.planned]
    assert len(meetings) == 1
    m = meetings[0]
    assert {m.guest, m.host} == {"karim-rostami", "tariq-mahmood"}
    assert m.place_id == "dushanbe" and m.country == "TJK"
    events = cluster([read_report("x-doc", text, "2024-07-05", LEX)])
    assert [e.kind for e in events] == ["meeting"]


def test_a_pronoun_for_someone_of_the_same_side_adds_nobody():
    # the sentence before is about a Pakistani; the subject is Pakistani too: no meeting of two sides
    text = ("Interior Minister Saima Baig spoke about border trade on Thursday. "
            "Prime Minister Tariq Mahmood, who met her in Dushanbe, agreed with her.")
    assert _meetings(text) == []


def test_a_pronoun_in_a_plan_makes_no_held_meeting():
    text = ("Prime Minister Tariq Mahmood said on Thursday that ties with Iran were close. "
            "Iranian Foreign Minister Karim Rostami will meet him on the sidelines of the summit in Dushanbe next week.")
    events = cluster([read_report("x-doc", text, "2024-07-05", LEX)])
    assert events == []


def test_without_a_sentence_before_the_pronoun_stands_for_nobody():
    text = "Iranian Foreign Minister Karim Rostami met him on the sidelines of the summit in Dushanbe on Thursday."
    assert _meetings(text) == []


def test_a_tour_of_several_countries_ending_in_iran_is_a_visit_to_iran():
    text = ("On Friday, Interior Minister Saima Baig completed her visit to Tajikistan, Turkey, and Iran, "
            "the ministry said.")
    visits = [c for c in read_report("x-tour", text, "2024-07-05", LEX).candidates if c.kind == "visit"]
    # (the made-up gazetteer has no country places: the stop is the country, no city)
    assert [(v.guest, v.country, v.planned) for v in visits] == [("saima-baig", "IRN", False)]


def test_a_tour_of_third_countries_only_is_no_visit_of_the_dyad():
    text = "On Friday, Interior Minister Saima Baig completed her visit to Tajikistan, Turkey and Qatar."
    assert [c for c in read_report("x-tour", text, "2024-07-05", LEX).candidates if c.kind == "visit"] == []


def test_a_planned_tour_ending_in_iran_makes_no_held_visit():
    text = "Interior Minister Saima Baig will begin a visit to Tajikistan, Turkey and Iran next week."
    assert cluster([read_report("x-tour", text, "2024-07-05", LEX)]) == []


# The kinds issue 15 lists that the sixth to eighth rounds handle, held to here in other words.
def _held(text: str, published: str = "2024-05-16"):
    from test_extract_who_what import ORG_LEX

    return cluster([read_report("x-kind", text, published, ORG_LEX)])


def test_an_ambassador_calling_on_the_army_chief_is_a_meeting_at_home_without_a_visit():
    events = _held("Iranian Ambassador Farid Karimzadeh called on Army chief General Nadeem Anjum in Rawalpindi on Thursday.")
    assert [(e.kind, e.place_id, e.parent) for e in events] == [("meeting", "rawalpindi", None)]


def test_a_navy_commanders_port_call_meeting_is_a_held_meeting():
    events = _held("A flotilla of the Iranian Navy called at Karachi on Monday, and its commander Farid Karimzadeh met "
                   "Pakistan Navy officials to discuss joint patrols.")
    assert [e.kind for e in events] == ["meeting"]


def test_a_commission_led_below_minister_level_is_a_meeting_of_both_governments():
    events = _held("The tenth session of the Pakistan-Iran Joint Border Commission was held in Islamabad on Wednesday, "
                   "led by additional secretaries of both interior ministries.")
    meetings = [e for e in events if e.kind == "meeting"]
    assert len(meetings) == 1 and meetings[0].place_id == "islamabad"


def test_military_officials_of_both_sides_meeting_is_a_meeting_of_the_two_forces():
    events = _held("Pakistani military officials held talks with Iranian military officials in Tehran on Monday on border security.")
    assert [e.kind for e in events] == ["meeting"]
