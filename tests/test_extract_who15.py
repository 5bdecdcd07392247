"""People and sides of the thirteenth round, part 2 ('who'): an office owned by 'its' (the province
or country named before it: "a team from Iran's Khorasan province, led by its deputy governor, X,"),
and an office owned by a province's possessive ("Khorasan Razavi's Governor-General X"): the
province's side comes from places.yaml `provinces`, never a side word elsewhere. Made-up reports in
our own words; near misses must give nobody."""

from __future__ import annotations

import datetime as dt

from extract_fixtures import OwnReports, shipped_lexicon
from pakiran_events.extract.report import Reading

_OWN = OwnReports("who15-own", "2024-03-08")
_lexicon, _report, _events, _new, _meets = shipped_lexicon, _OWN.report, _OWN.events, _OWN.new, _OWN.meets


# -- 1. 'its' office: the antecedent named before it in the sentence gives the side ------------------
def test_its_office_after_a_country_and_province():
    text = ("PESHAWAR: A team from Iran's Khorasan Razavi province, led by its deputy governor for border "
            "affairs, Nader Bahrami, reached Peshawar on Sunday for a three-day stay.")
    assert _new(text) == {"nader-bahrami": "IRN"}


def test_its_office_after_a_province_alone():
    text = ("ISLAMABAD: A group of officials from Sistan and Baluchestan, led by its deputy governor, Kourosh "
            "Salehi, met Interior Minister Mohsin Naqvi at the ministry on Monday.")
    assert _new(text) == {"kourosh-salehi": "IRN"}
    assert _meets(text, "mohsin-naqvi", "kourosh-salehi")


def test_its_office_near_misses_give_nobody():
    third = ("DUSHANBE: A team from Tajikistan's Sughd province, led by its deputy governor, Rustam Nabiev, "
             "arrived on Sunday.")
    both = ("QUETTA: A joint panel of Iran and Pakistan, led by its chief secretary, Hamid Baloch, sat on "
            "Sunday.")
    none = "QUETTA: The panel, led by its deputy governor, Sami Rehman, sat on Sunday."
    lowercase_its = ("ZAHEDAN: Officials from Iran came, and the bank, led by its director-general, Arash Nouri, "
                     "signed on Sunday.")
    assert _new(third) == {}
    assert _new(both) == {}
    assert _new(none) == {}
    assert _new(lowercase_its) == {}  # the bank's own phrase, cut off from the country by a comma and 'and'


# -- 2. a province's possessive before an office ----------------------------------------------------
def test_province_possessive_gives_the_office_its_side():
    text = ("MASHHAD: Pakistan's consul general in Mashhad, Tariq Jameel, called on Khorasan Razavi's "
            "Governor-General Yaqub Hashemi on Tuesday.")
    assert _new(text) == {"tariq-jameel": "PAK", "yaqub-hashemi": "IRN"}
    assert _meets(text, "tariq-jameel", "yaqub-hashemi")


def test_province_possessive_without_a_named_counterpart():
    text = ("ZAHEDAN: On Thursday the visiting traders from Quetta called on Sistan and Baluchestan's "
            "Governor-General Farhad Ranjbar at his office.")
    assert _new(text) == {"farhad-ranjbar": "IRN"}


def test_province_possessive_near_misses():
    third = "HERAT: Herat's Governor Abdul Qayyum Rahimi opened the road on Tuesday."
    spaced = "MASHHAD: On Tuesday in Khorasan Razavi's capital, Governor-General Yaqub Hashemi spoke."
    assert _new(third) == {}
    assert _new(spaced) == {}  # the possessive owns 'capital', not the office after the comma


def test_province_is_no_side_word_elsewhere():
    text = ("QUETTA: Talks on Balochistan trade were held on Tuesday, and Deputy Minister Omid Farzaneh "
            "spoke at the end.")
    assert _new(text) == {}


# -- 3. a body named by the pair ('Pakistan–Iran friendship group') is of the first-named country ----
def test_friendship_group_chair_is_of_the_first_named_country():
    text = ("ISLAMABAD: The chairman of the Iran–Pakistan parliamentary friendship group, Mr. Reza Tavana, "
            "called on Interior Minister Mohsin Naqvi in Islamabad on Monday.")
    assert _new(text) == {"reza-tavana": "IRN"}
    assert _meets(text, "mohsin-naqvi", "reza-tavana")


def test_friendship_group_of_the_other_order():
    text = ("TEHRAN: Saima Qadir, chairperson of the Pakistan-Iran Parliamentary Friendship Group, met "
            "Iran's deputy foreign minister for consular affairs, Behrouz Kamali, on Sunday.")
    assert _new(text) == {"saima-qadir": "PAK", "behrouz-kamali": "IRN"}


def test_paired_body_near_misses():
    third = ("BEIJING: The chairman of the China–Pakistan friendship group, Mr. Wang Lin, met the press "
             "on Monday.")
    both_no_pair = ("TEHRAN: The chairman of the friendship group of Iran and Pakistan, Mr. Reza Tavana, spoke "
                    "on Monday.")
    assert _new(third) == {}
    assert _new(both_no_pair) == {}  # no pair written as one name: whose group it is stays unknown


# -- 4. 'the admiral': a rank noun with 'the' refers back to the one person of that rank named before --
def _people_in_sentence(text: str, k: int) -> list[str]:
    reading = Reading("who15-own", text, dt.date(2024, 5, 14), _lexicon())
    return [m.actor_id for m in reading.people.mentions[k]]


def test_the_admiral_refers_back_to_the_ranked_visitor():
    text = ("RAWALPINDI: Chief of the Naval Staff Admiral Naveed Ashraf, on a visit to Iran, called on Major "
            "General Mohammad Bagheri in Tehran today. On Monday the admiral was received at the naval "
            "headquarters by Commander of the Iranian Navy Rear Admiral Kamran Sadri. The two officers "
            "discussed maritime security.")
    # the reception's guest is a mention of its own sentence, before its host; a meeting from the talks
    # told after a welcome (frames) is left: the mention is what it needs
    assert _people_in_sentence(text, 1) == ["naveed-ashraf", "kamran-sadri"]


def test_the_admiral_refers_back_across_two_sentences():
    text = ("TEHRAN: Chief of the Naval Staff Admiral Naveed Ashraf, on a visit to Iran, called on Major General "
            "Mohammad Bagheri today. The visitors toured a shipyard. On Tuesday the admiral laid a wreath at a "
            "memorial to the sailors.")
    assert _people_in_sentence(text, 2) == ["naveed-ashraf"]


def test_rank_reference_near_misses():
    no_admiral = ("RAWALPINDI: Major General Mohammad Bagheri arrived in Islamabad today. On Monday the admiral "
                  "was received at the naval headquarters by Commander of the Iranian Navy Rear Admiral "
                  "Kamran Sadri.")
    two = ("KARACHI: Chief of the Naval Staff Admiral Naveed Ashraf met Commander of the Iranian Navy Rear "
           "Admiral Kamran Sadri today. Later the admiral inspected a guard of honour.")
    general = ("RAWALPINDI: Major General Mohammad Bagheri met army chief General Asim Munir today. The general "
               "public was told nothing.")
    assert _people_in_sentence(no_admiral, 1) == ["kamran-sadri"]  # no admiral named before: nobody
    assert "naveed-ashraf" not in _people_in_sentence(two, 1) and "kamran-sadri" not in _people_in_sentence(two, 1)
    assert _people_in_sentence(general, 1) == []  # 'the general public': 'general' is no rank reference
