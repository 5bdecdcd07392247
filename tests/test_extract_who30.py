"""Round 30 (who30, issue 15): the right participants on found events.

1. A visit whose guest is a person is that person's: a body of the guest's own side on it (the
   delegation the guest brings, told as 'a high-level delegation', 'the visiting delegation', 'senior
   officials of the embassy', or a service only named) is not coded (CURATION.md §12); the guest
   side's embassy (the resident ambassador) and an unnamed office-holder told as the body with the
   office as title are (§6, §12 test 2); a body that is itself the visitor stays
   (candidates._no_guests_delegation).
2. A service ('the Iranian Air Force', 'the Pakistan Navy') is no new person (titles.yaml `not_person_nouns`).
3. A group told only as the source of a statement ('officials from both delegations said') is no party
   (CURATION.md §12; mentions.People._speaks over places.yaml `told_at`); one present still is.
Reports are made up, in our own words; the people are the shipped gazetteer's."""

from __future__ import annotations

import pytest

from extract_fixtures import OwnReports

R = OwnReports("who30", "2024-06-12")


def _visit(text: str) -> list[str]:
    visits = R.parties(text, "visit")
    assert visits, R.events(text)
    return visits[0]


# 1. the guest's own delegation is no participant of the guest's visit
DELEGATION = [
    ("accompanied-spouse-and-delegation",
     "ISLAMABAD: Iranian President Masoud Pezeshkian arrived in Islamabad on Monday for a two-day visit. "
     "The president is accompanied by his wife and a high-level delegation made up of ministers and senior officials.",
     "masoud-pezeshkian", "government-of-iran"),
    ("visiting-delegation-welcomed",
     "ISLAMABAD: Iranian Foreign Minister Abbas Araghchi arrived in Islamabad on Monday on a two-day visit. "
     "The visiting Iranian delegation was received at the airport by Pakistani officials.",
     "abbas-araghchi", "government-of-iran"),
    ("military-delegation-brought",
     "TEHRAN: Pakistan's army chief, General Asim Munir, arrived in Tehran on Sunday on a three-day visit, "
     "bringing with him a Pakistani military delegation of six officers.",
     "asim-munir", "pakistan-army"),
]


@pytest.mark.parametrize("text,guest,body", [r[1:] for r in DELEGATION], ids=[r[0] for r in DELEGATION])
def test_the_guests_delegation_is_no_participant_of_the_visit(text, guest, body):
    visit = _visit(text)
    assert guest in visit
    assert body not in visit


def test_the_guest_sides_ambassador_stays_on_the_visit():
    # near miss: the guest side's envoy, resident in the host country, welcomed the guest (§12 test 2)
    text = ("ISLAMABAD: Iranian Foreign Minister Abbas Araghchi arrived in Islamabad on Monday on a two-day visit. "
            "Iran's ambassador to Pakistan was also present at the airport.")
    visit = _visit(text)
    assert "abbas-araghchi" in visit and "iran-embassy-pakistan" in visit


# 2. a service is no person (titles.yaml `not_person_nouns`): 'commanders of the Iranian Air Force, the
#    Ambassador of Pakistan, X' made 'Iranian Air Force' a new person of Pakistan and seated it on the visit
SERVICE = ("TEHRAN: Pakistan's air chief, Air Chief Marshal Zaheer Ahmed Babar Sidhu, arrived in Tehran on Monday "
           "on a two-day visit. He was received by commanders of the Iranian Air Force, the Ambassador of Pakistan, "
           "Mudassir Tipu, and the air attache.")


def test_a_service_is_no_new_person():
    assert R.new(SERVICE) == {}
    visit = _visit(SERVICE)
    assert "zaheer-ahmad-babar-sidhu" in visit
    assert not any("air-force" in a for a in visit)


def test_a_commander_of_a_service_named_by_name_is_still_a_person():
    # near miss: the service's officer is named after it, rank and name
    text = ("TEHRAN: Pakistan's air chief, Air Chief Marshal Zaheer Ahmed Babar Sidhu, arrived in Tehran on Monday. "
            "He was received by the deputy commander of the Iranian Air Force, Brigadier General Farzad Esmaili Rad.")
    assert R.new(text) == {"farzad-esmaili-rad": "IRN"}


# 3. a group told only as the source of a statement is no party (CURATION.md §12; mentions.People._speaks)
SPOKEN = [
    ("both-delegations-said", "ISLAMABAD: Iranian Interior Minister Eskandar Momeni met Interior Minister Mohsin Naqvi "
     "in Islamabad on Monday, officials from both delegations said."),
    ("senior-officials-told", "ISLAMABAD: Iranian Interior Minister Eskandar Momeni met Interior Minister Mohsin Naqvi "
     "in Islamabad on Monday, senior officials told reporters."),
]


@pytest.mark.parametrize("text", [r[1] for r in SPOKEN], ids=[r[0] for r in SPOKEN])
def test_a_group_that_only_speaks_is_no_party(text):
    meetings = R.parties(text, "meeting")
    assert meetings and {"eskandar-momeni", "mohsin-naqvi"} <= set(meetings[0])
    assert not {"government-of-iran", "government-of-pakistan"} & set(meetings[0])


def test_a_group_present_is_still_a_party():
    # near miss: a word of presence, not of speech (§12 test 2)
    text = ("ISLAMABAD: Iranian Interior Minister Eskandar Momeni met Interior Minister Mohsin Naqvi in Islamabad on "
            "Monday. Senior officials of both sides were also present.")
    meetings = R.parties(text, "meeting")
    assert meetings and {"government-of-iran", "government-of-pakistan"} <= set(meetings[0])
