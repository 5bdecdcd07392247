"""Round 26's review of its release candidate: a province between an office and a name's honorific is
no word of the name (mentions.People._begins_name, lexicon `province_words`), and 'received X's
letter' tells no meeting but leaves the sentence's next meeting trigger readable, without the letter's
sender as a party (frames._things_received). Made-up reports in our own words."""

from __future__ import annotations

import pytest

from extract_fixtures import OwnReports

R = OwnReports("review26", "2019-04-24")

PROVINCE_OFFICES = [
    ("QUETTA, April 24: Chief Minister Balochistan Mir Abdul Quddus Bizenjo received Iranian Ambassador Mehdi "
     "Honardoost in Quetta on Tuesday.", "abdul-quddus-bizenjo"),
    ("PESHAWAR, April 24: Governor Khyber Pakhtunkhwa Haji Ghulam Ali met Iranian Ambassador Mehdi Honardoost in "
     "Peshawar on Tuesday.", "ghulam-ali"),
    ("GILGIT, April 24: Chief Minister Gilgit-Baltistan Syed Mehdi Shah met Iranian Ambassador Mehdi Honardoost in "
     "Gilgit on Tuesday.", "mehdi-shah"),
    ("QUETTA, April 24: Iranian Ambassador Mehdi Honardoost called on Governor Balochistan Syed Zahoor Agha in "
     "Quetta on Tuesday.", "zahoor-agha"),
]


@pytest.mark.parametrize("text,actor", PROVINCE_OFFICES, ids=["cm-balochistan-mir", "governor-kp-haji",
                                                              "cm-gb-syed", "governor-balochistan-syed"])
def test_a_province_after_an_office_is_no_word_of_the_name(text, actor):
    new = R.new(text)
    assert actor in new and new[actor] == "PAK", new
    assert not any(a.startswith(("balochistan", "khyber", "gilgit")) for a in new), new


THING_THEN_MEETING = [
    "ISLAMABAD, April 24: Prime Minister Imran Khan received President Hassan Rouhani's message and held talks "
    "with Foreign Minister Mohammad Javad Zarif in Islamabad on Monday.",
    "ISLAMABAD, April 24: Prime Minister Imran Khan received the Iranian President Hassan Rouhani's letter, then "
    "met Foreign Minister Mohammad Javad Zarif in Islamabad on Monday.",
]


@pytest.mark.parametrize("text", THING_THEN_MEETING, ids=["message-then-talks", "letter-then-met"])
def test_a_thing_received_leaves_the_sentences_meeting_without_its_sender(text):
    meetings = [sorted(e.participants) for e in R.clustered(text) if e.kind == "meeting"]
    assert meetings == [["imran-khan", "mohammad-javad-zarif"]], meetings


def test_a_thing_received_alone_is_still_no_meeting():
    text = "ISLAMABAD, April 24: Prime Minister Imran Khan received President Hassan Rouhani's message on Monday."
    assert [e.kind for e in R.clustered(text)] == []
