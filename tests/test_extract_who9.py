"""Participants, ninth round (issue 15): a delegation's members when no visit record is made.
Every sentence is written for the purpose (names and wording made up; nothing from the corpus)."""

from __future__ import annotations

from extract_fixtures import lexicon
from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.lexicon import Lexicon
from pakiran_events.extract.report import read_report

_BASE = lexicon()
_BODIES = {a: {"actor_id": a, "name": n, "actor_type": "organisation", "country_iso3": c}
           for a, n, c in (("government-of-iran", "Government of Iran", "IRN"),
                           ("government-of-pakistan", "Government of Pakistan", "PAK"))}
# the fixture lexicon with the two governments, the bodies an unnamed side stands for
LEX = Lexicon({**_BASE.actors, **_BODIES}, dict(_BASE.aliases), dict(_BASE.places), _BASE.dictionaries,
              list(_BASE.positions))

HOME_AGAIN = ("The Pakistani delegation, led by Interior Secretary Nadeem Anjum, came back to Islamabad on Monday "
              "after a two-day Pakistan-Iran Joint Security meeting held in Tehran. "
              "He said the bilateral talks with his Iranian counterparts were productive. "
              "The Pakistani delegation comprised Director General Asad Malik and Deputy Secretary Nasir Jamal.")


def test_with_no_visit_record_the_delegation_members_sit_in_the_meeting_the_report_tells():
    events = cluster([read_report("x-home-again", HOME_AGAIN, "2024-05-15", LEX)])
    assert [e.kind for e in events] == ["meeting"]  # the report tells no trip of its own: no visit record
    seated = set(events[0].participants)
    assert {"asad-malik", "nasir-jamal", "nadeem-anjum", "government-of-iran"} <= seated


def test_with_a_report_of_the_trip_the_members_stay_with_the_visit():
    trip = ("x-trip", "2024-05-12", "Interior Secretary Nadeem Anjum arrived in Tehran on Saturday on a two-day visit.")
    reports = [read_report(d, t, p, LEX) for d, p, t in (("x-home-again", "2024-05-15", HOME_AGAIN), trip)]
    events = cluster(reports)
    visit = next(e for e in events if e.kind == "visit")
    assert "asad-malik" in visit.participants
    assert all("asad-malik" not in e.participants for e in events if e.kind == "meeting")


# -- commitment types ---------------------------------------------------------------------------------

MEETING = "Iranian Foreign Minister Karim Rostami met Prime Minister Tariq Mahmood in Islamabad on Monday. "


def _types(text: str) -> dict[str, str]:
    return {c["commitment_type"]: c["modality"] for cand in read_report("x-doc", text, "2024-05-15", LEX).candidates
            for c in cand.commitments}


def test_the_next_meeting_of_a_joint_committee_is_a_consultative_mechanism():
    assert _types(MEETING + "They decided that the next session of the joint transport committee would be held in Tehran.") == \
        {"consultative_mechanism": "agreed"}


def test_a_hoped_for_gain_whose_verb_opens_a_quotation_is_still_a_proposal():
    text = MEETING + 'Mahmood said the early convening of a joint commission would further "strengthen the ties" of the two.'
    assert _types(text) == {"consultative_mechanism": "proposed"}
