"""Round 30 (people30, issue 15): officials the gazetteer lacks.

1. Bodies of one side named by their own name give a new official their side (sides.yaml `institutions`:
   the IRGC as 'Islamic Revolution Guards Corps', Iran's Drug Control Headquarters and intelligence ministry,
   Pakistan's NACTA and the ANF by its abbreviation), as a country word would.
2. Offices the apposed-office grammar lacked (titles.yaml `apposed_offices`: a friendship group's convener, a
   national coordinator).
3. A surname alone as a sentence's subject after the person's full naming is that person
   (mentions.People._later_surnames, `_opens_sentence`).
4. A named office holder's deputy or deputies right after the holder's name ('Interior Minister X and his
   deputy, Y'; 'and his deputies, A and B') are new people of the office's side
   (mentions.People._deputy_strangers, titles.yaml `office_deputy`).
Reports are made up, in our own words; the new people are invented."""

from __future__ import annotations

import pytest

from extract_fixtures import OwnReports, has_pair, of_kind, shipped_lexicon

R = OwnReports("people30", "2024-06-12")


_titles = R.titles


# 1. a body of one side gives the side
BODIES = [
    ("irgc-long-form", "TEHRAN: Pakistan's Interior Minister Mohsin Naqvi held talks on Monday with the head of the "
     "Intelligence Organization of the Islamic Revolution Guards Corps, Kamran Dehghani, in Tehran.",
     "kamran-dehghani", "IRN"),
    ("dchq-no-country-word", "TEHRAN: Pakistan's Interior Minister Mohsin Naqvi met Farzad Ahmadvand, secretary general "
     "of the Drug Control Headquarters, in Tehran on Monday.", "farzad-ahmadvand", "IRN"),
    ("nacta", "ISLAMABAD: Iran's Deputy Interior Minister Majid Mirahmadi met Khurram Shahzad Abbasi, National "
     "Coordinator of NACTA, in Islamabad on Monday.", "khurram-shahzad-abbasi", "PAK"),
    ("anf-abbreviation", "TEHRAN: Iran's Interior Minister Eskandar Momeni received Naveed Akhtar Cheema, Director "
     "General of the ANF, in Tehran on Monday.", "naveed-akhtar-cheema", "PAK"),
]


@pytest.mark.parametrize("text,actor,side", [r[1:] for r in BODIES], ids=[r[0] for r in BODIES])
def test_a_body_of_one_side_gives_its_official_that_side(text, actor, side):
    assert R.new(text).get(actor) == side, R.new(text)
    assert of_kind(R.clustered(text), "meeting") and any(actor in p for k, p in R.events(text) if k == "meeting"), R.events(text)


def test_the_bodies_are_data_of_their_side():
    inst = shipped_lexicon().dictionaries["sides"]["institutions"]
    assert {"NACTA", "ANF"} <= set(inst["PAK"])
    assert {"Islamic Revolution Guards Corps", "Drug Control Headquarters", "MOIS"} <= set(inst["IRN"])


def test_a_third_countrys_coordinator_is_nobody():
    # near miss: the office is known now, the body is Afghanistan's
    text = ("ISLAMABAD: Iran's Deputy Interior Minister Majid Mirahmadi met Afghanistan's national coordinator, "
            "Wali Jan Sabri, in Islamabad on Monday.")
    assert "wali-jan-sabri" not in R.new(text)


# 2. offices the grammar lacked
def test_a_friendship_groups_convener_is_of_the_group_owners_side():
    text = ("ISLAMABAD: Iran's Deputy Interior Minister Majid Mirahmadi met Tariq Hussain Lund, Convener of the "
            "Pakistan-Iran Parliamentary Friendship Group, on Monday.")
    assert R.new(text).get("tariq-hussain-lund") == "PAK"
    assert R.meets(text, "majid-mirahmadi", "tariq-hussain-lund")
    assert _titles(text, "tariq-hussain-lund") == {"Convener"}


# 3. a surname alone as the subject after the full name
ARRIVED = "ISLAMABAD: Iranian Interior Minister Eskandar Momeni arrived in Islamabad on Monday. "


def test_a_surname_subject_is_the_person_named_in_full_before():
    text = ARRIVED + "Momeni met Prime Minister Shehbaz Sharif on Tuesday. He returned to Tehran on Wednesday."
    events = R.clustered(text)
    assert not has_pair(events, "visit", "shehbaz-sharif"), R.events(text)
    assert has_pair(events, "meeting", "eskandar-momeni", "shehbaz-sharif"), R.events(text)


def test_a_surname_subject_of_a_new_person_still_reads():
    # the rule for people outside the gazetteer is unchanged
    text = ("ISLAMABAD: Iran's Deputy Interior Minister Kamran Dehghani arrived in Islamabad on Monday. "
            "Dehghani met Interior Minister Mohsin Naqvi on Tuesday.")
    assert R.meets(text, "kamran-dehghani", "mohsin-naqvi")


# 4. a named holder's deputy or deputies
def test_a_named_ministers_deputy_is_read():
    text = ("ISLAMABAD: Pakistani Interior Minister Mohsin Naqvi and his deputy, Arsalan Khan Tareen, met Iran's "
            "Interior Minister Eskandar Momeni on Monday.")
    assert R.new(text).get("arsalan-khan-tareen") == "PAK"
    assert R.meets(text, "arsalan-khan-tareen", "eskandar-momeni")
    assert _titles(text, "arsalan-khan-tareen") == {"Deputy Interior Minister"}


def test_a_named_ministers_two_deputies_are_both_read():
    text = ("ISLAMABAD: Iran's Interior Minister Eskandar Momeni and his deputies, Kamran Dehghani and Farzad "
            "Ahmadvand, met Pakistani Interior Minister Mohsin Naqvi on Monday.")
    assert {a: s for a, s in R.new(text).items()} == {"kamran-dehghani": "IRN", "farzad-ahmadvand": "IRN"}
    assert _titles(text, "farzad-ahmadvand") == {"Deputy Interior Minister"}
    assert R.meets(text, "farzad-ahmadvand", "mohsin-naqvi")  # the subject list's last; the list as one subject is frames' (left)


# 5. a body between the office and the name, 'of' left out
BODY_BETWEEN = [
    ("anf", "RAWALPINDI: Director General Anti-Narcotics Force Major General Javed Iqbal Mirza arrived in Tehran today "
     "on a three-day visit.", "javed-iqbal-mirza"),
    ("isi", "ISLAMABAD: Director General Inter-Services Intelligence Lt Gen Asad Karim Durrani arrived in Tehran on "
     "Sunday.", "asad-karim-durrani"),
]


@pytest.mark.parametrize("text,actor", [r[1:] for r in BODY_BETWEEN], ids=[r[0] for r in BODY_BETWEEN])
def test_the_body_between_an_office_and_the_name_gives_the_side(text, actor):
    assert R.new(text) == {actor: "PAK"}
    assert has_pair(R.clustered(text), "visit", actor), R.events(text)


def test_a_third_countrys_body_between_office_and_name_is_nobody():
    text = ("ISLAMABAD: Director General Afghan Intelligence Lt Gen Wahid Rahimi Khan met Pakistani Interior Minister "
            "Mohsin Naqvi on Sunday.")
    assert "wahid-rahimi-khan" not in R.new(text)


# 6. a hyphen-joined name around a particle is a full name
def test_a_hyphen_joined_particle_name_is_a_new_person():
    text = ("ISLAMABAD: Iran's Intelligence Minister Esmaeil Khatib held a meeting with the head of Pakistan's "
            "Inter-Services Intelligence, Lieutenant General Naveed-ul-Hassan, at the agency's headquarters on Monday.")
    assert R.new(text).get("naveed-ul-hassan") == "PAK"
    assert R.meets(text, "esmaeil-khatib", "naveed-ul-hassan")


def test_a_hyphenated_single_word_is_still_no_name():
    # near miss: a hyphen without a particle ('Rahmani-Fazli' alone) stays one word, a surname, no new person
    text = "ISLAMABAD: Iran's Intelligence Minister Esmaeil Khatib met Lieutenant General Karimi-Nasab on Monday."
    assert "karimi-nasab" not in R.new(text)


# 7. the Maritime Security Agency by its abbreviation
def test_the_msa_by_its_abbreviation_gives_its_director_general_the_side():
    text = "KARACHI: The Director General of the MSA, Rear Admiral Faisal Amin Qureshi, left for Tehran on Monday."
    assert R.new(text).get("faisal-amin-qureshi") == "PAK"


def test_a_service_set_off_by_commas_after_an_office_is_no_person():
    # near miss of 5: the body across a comma is the office's service, 'Air Force' is no name
    text = ("ISLAMABAD: Brigadier General Kamran Dehghani, Commander Islamic Republic of Iran Air Force, called on Air "
            "Chief Marshal Zaheer Ahmed Babar Sidhu, Chief of the Air Staff, Pakistan Air Force, at Air Headquarters "
            "today.")
    assert "air-force" not in R.new(text)
    assert R.meets(text, "kamran-dehghani", "zaheer-ahmad-babar-sidhu")
