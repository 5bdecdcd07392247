"""Round 26's breaker on round 25's readings: two principals travelling together who 'met' a host in
the same sentence both sit in the meeting, whichever of them is named nearest the trigger
(candidates._plural_guests). Made-up reports in our own words."""

from __future__ import annotations

import pytest

from extract_fixtures import OwnReports

R = OwnReports("breaker26", "2025-06-10")

TOGETHER = [
    ("TEHRAN, June 10: Prime Minister Shehbaz Sharif and Chief of Army Staff General Asim Munir arrived in Tehran "
     "on Monday, where they met President Masoud Pezeshkian.", ("asim-munir", "masoud-pezeshkian", "shehbaz-sharif")),
    ("ISLAMABAD, June 10: Army chief General Asim Munir and Prime Minister Shehbaz Sharif reached Tehran on "
     "Monday, where the two called on President Masoud Pezeshkian at the Saadabad Palace.",
     ("asim-munir", "masoud-pezeshkian", "shehbaz-sharif")),
    ("TEHRAN, June 10: Deputy Prime Minister Ishaq Dar and Interior Minister Mohsin Naqvi landed in Tehran on "
     "Monday, where they both met Foreign Minister Abbas Araghchi.", ("abbas-araghchi", "ishaq-dar", "mohsin-naqvi")),
]


@pytest.mark.parametrize("text,people", TOGETHER, ids=["they-met", "the-two-called-on", "they-both-met"])
def test_travellers_together_who_met_a_host_in_the_same_sentence_both_sit_in(text, people):
    assert R.meets(text, *people), R.events(text)


def test_one_traveller_who_met_a_host_seats_no_other():
    text = ("TEHRAN, June 10: Prime Minister Shehbaz Sharif and Chief of Army Staff General Asim Munir arrived in "
            "Tehran on Monday. The army chief later met Major General Mohammad Bagheri.")
    assert not R.meets(text, "shehbaz-sharif", "mohammad-bagheri"), R.events(text)
