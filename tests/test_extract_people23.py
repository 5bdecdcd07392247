"""Round 23 (who23): a person's later mentions resolved once per report among the people it named.

A rank or honorific and a surname ('Mr Jafari', 'General Jafari') is the one person of that surname
named in the report (or the gazetteer's owner of that spelling) whom it fits: a civilian honorific
never joins a rank-holder and a rank never joins a civilian (mentions.People._surnames,
_later_surnames). Two people of one surname in one report stay two. A general who holds a civilian
office is joined from his rank and surname when the office-holder table gives the rank in brackets
after the office (positions.office, schemas/positions.schema.json: the one place a person's rank
lives). Made-up names and reports (our own words); the office-holder table here is this file's own,
except the last tests, which read the shipped table's rank of a real interior minister."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import PLACES, OwnReports
from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.lexicon import Lexicon, Position, merge_dictionaries
from pakiran_events.extract.report import Reading, read_report

ACTORS = {
    "kazem-jafari": ("Kazem Jafari", "IRN", ["Jafari"]),            # a major general (table)
    "reza-jafari-nouri": ("Reza Jafari Nouri", "IRN", []),           # a civilian deputy foreign minister
    "tariq-durrani": ("Tariq Durrani", "PAK", ["Durrani"]),
    "saeed-arani": ("Saeed Arani", "IRN", ["Arani"]),               # an interior minister who is a brigadier general
    "bahram-kiani": ("Bahram Kiani", "IRN", ["Kiani"]),             # an interior minister, no rank known
    "nasir-lodhi": ("Nasir Lodhi", "PAK", ["Lodhi"]),
    "sadia-baloch": ("Sadia Baloch", "PAK", ["Baloch"]),
    "farhan-qureshi": ("Farhan Qureshi", "PAK", ["Qureshi"]),       # naval chief, named with his rank
    "omid-tehrani": ("Omid Tehrani", "IRN", ["Tehrani"]),           # Iranian navy commander
    "javed-akhtar": ("Javed Akhtar", "PAK", ["Akhtar"]),            # air chief
    "shahid-butt": ("Shahid Butt", "PAK", ["Butt"]),                # a brigadier heading a border delegation
}
_FROM = dt.date(2020, 1, 1)
POSITIONS = [Position("kazem-jafari", "Chief of General Staff (Major General)", "IRN", _FROM, None),
             Position("reza-jafari-nouri", "Deputy Foreign Minister", "IRN", _FROM, None),
             Position("tariq-durrani", "Foreign Secretary", "PAK", _FROM, None),
             Position("saeed-arani", "Interior Minister (Brigadier General)", "IRN", dt.date(2022, 1, 1), None),
             Position("bahram-kiani", "Interior Minister", "IRN", _FROM, dt.date(2021, 12, 31)),
             Position("nasir-lodhi", "Interior Minister", "PAK", _FROM, None),
             Position("sadia-baloch", "Foreign Minister", "PAK", _FROM, None),
             Position("farhan-qureshi", "Chief of Naval Staff", "PAK", _FROM, None),
             Position("omid-tehrani", "Commander of the Navy", "IRN", _FROM, None),
             Position("javed-akhtar", "Chief of the Air Staff", "PAK", _FROM, None)]


def _lexicon() -> Lexicon:
    actors = {a: {"actor_id": a, "name": n, "actor_type": "person", "country_iso3": c} for a, (n, c, _) in ACTORS.items()}
    return Lexicon(actors, {a: list(al) for a, (_, _, al) in ACTORS.items()}, dict(PLACES), merge_dictionaries([]),
                   list(POSITIONS))


LEX = _lexicon()


def _meetings(text: str, day: str = "2024-06-12") -> list[list[str]]:
    return [sorted(e.participants) for e in cluster([read_report("own-people23", text, day, LEX)]) if e.kind == "meeting"]


# -- two people of one surname: the honorific or rank says which -----------------------------------------------
@pytest.mark.parametrize("text, pair", [
    # both named in one sentence, then the civilian by his honorific
    ("TEHRAN: Major General Kazem Jafari and Deputy Foreign Minister Reza Jafari Nouri received Pakistan's foreign "
     "secretary Tariq Durrani on Monday. On Tuesday Mr Jafari held talks with Durrani on border trade.",
     ("reza-jafari-nouri", "tariq-durrani")),
    # the civilian named first, the general later, then the civilian again by his honorific
    ("ISLAMABAD: Iran's deputy foreign minister Reza Jafari Nouri arrived in Islamabad on Monday for two days of "
     "consultations. Separately, Iran's chief of general staff, Major General Kazem Jafari, telephoned the army chief "
     "on Monday to discuss the border. On Tuesday, Mr Jafari called on Foreign Minister Sadia Baloch at the "
     "Foreign Office.", ("reza-jafari-nouri", "sadia-baloch")),
    # the general by his rank, the civilian named between
    ("TEHRAN: Major General Kazem Jafari opened a border conference on Sunday, and deputy foreign minister Reza "
     "Jafari Nouri spoke at its second session. On Monday, General Jafari met Pakistan's interior minister Nasir "
     "Lodhi in Tehran.", ("kazem-jafari", "nasir-lodhi")),
    # 'Dr' is a civilian's honorific too
    ("TEHRAN: Major General Kazem Jafari and Reza Jafari Nouri, the deputy foreign minister, briefed parliament on "
     "Sunday. On Monday Dr Jafari met Foreign Secretary Tariq Durrani in Tehran.", ("reza-jafari-nouri", "tariq-durrani")),
])
def test_a_surname_shared_by_two_people_goes_to_the_one_its_honorific_or_rank_fits(text, pair):
    assert sorted(pair) in _meetings(text)


@pytest.mark.parametrize("text, wrong", [
    # the gazetteer's owner of the spelling is a general: a civilian's honorific is not him
    ("TEHRAN: Major General Kazem Jafari inspected border posts on Sunday. On Monday Mr Jafari met Foreign Secretary "
     "Tariq Durrani in Tehran.", "kazem-jafari"),
    ("ISLAMABAD: Iran's armed forces chief Kazem Jafari was quoted by state media on Sunday. On Monday, Mr Jafari "
     "held talks with Interior Minister Nasir Lodhi in Islamabad.", "kazem-jafari"),
    # a rank is not the civilian named before, though the spelling is his surname
    ("TEHRAN: Deputy Foreign Minister Reza Jafari Nouri addressed reporters on Sunday. On Monday, Brigadier General "
     "Nouri met Pakistan's interior minister Nasir Lodhi in Tehran.", "reza-jafari-nouri"),
])
def test_an_honorific_or_rank_that_fits_nobody_of_that_surname_joins_nobody(text, wrong):
    assert all(wrong not in m for m in _meetings(text))


@pytest.mark.parametrize("text, pair", [
    # near misses: one person of the surname, and the honorific or rank fits him
    ("TEHRAN: Major General Kazem Jafari inspected border posts on Sunday. On Monday General Jafari met Interior "
     "Minister Nasir Lodhi in Tehran.", ("kazem-jafari", "nasir-lodhi")),
    ("TEHRAN: Deputy Foreign Minister Reza Jafari Nouri addressed reporters on Sunday. On Monday, Mr Nouri met "
     "Foreign Secretary Tariq Durrani in Tehran.", ("reza-jafari-nouri", "tariq-durrani")),
    ("ISLAMABAD: Foreign Minister Sadia Baloch spoke to the Senate on Monday. On Tuesday Ms Baloch received Iran's "
     "deputy foreign minister Reza Jafari Nouri at the Foreign Office.", ("reza-jafari-nouri", "sadia-baloch")),
])
def test_near_miss_one_person_of_the_surname_whom_the_honorific_fits(text, pair):
    assert sorted(pair) in _meetings(text)


# -- a general in a civilian office: the rank from the office-holder table --------------------------------------
@pytest.mark.parametrize("text, other", [
    ("TEHRAN: Iran's Interior Minister Saeed Arani addressed a police passing-out parade on Tuesday. On Wednesday, "
     "Brigadier General Arani held talks with Pakistan's interior minister Nasir Lodhi on border security.", "nasir-lodhi"),
    ("ISLAMABAD: Saeed Arani, Iran's interior minister, arrived in Islamabad on Monday. Brig. Gen. Arani then called "
     "on Foreign Minister Sadia Baloch at the Foreign Office.", "sadia-baloch"),
    ("TEHRAN: Interior Minister Saeed Arani spoke at a police passing-out parade on Sunday. On Monday General Arani "
     "received Foreign Secretary Tariq Durrani in Tehran.", "tariq-durrani"),
])
def test_a_rank_the_table_gives_a_civilian_office_holder_joins_him(text, other):
    assert sorted(["saeed-arani", other]) in _meetings(text)


@pytest.mark.parametrize("text, wrong", [
    # near misses: the table gives this interior minister no rank; another service's rank
    ("TEHRAN: Iran's Interior Minister Bahram Kiani met Pakistan's interior minister Nasir Lodhi on Tuesday. On "
     "Wednesday, Brigadier General Kiani held talks with Foreign Secretary Tariq Durrani.", "bahram-kiani"),
    ("TEHRAN: Iran's Interior Minister Saeed Arani met Pakistan's interior minister Nasir Lodhi on Tuesday. On "
     "Wednesday, Rear Admiral Arani held talks with Foreign Secretary Tariq Durrani.", "saeed-arani"),
])
def test_near_miss_a_rank_the_table_does_not_give_joins_nobody(text, wrong):
    day = "2021-06-12" if "Kiani" in text else "2024-06-12"
    assert all(wrong not in m for m in _meetings(text, day) if "tariq-durrani" in m)


_SHIPPED = OwnReports("people23-shipped", "2023-05-10")


@pytest.mark.parametrize("text, pair", [
    ("TEHRAN: Iran's Interior Minister Ahmad Vahidi met Pakistan's interior minister Rana Sanaullah on Tuesday. On "
     "Wednesday, Brigadier General Vahidi received Foreign Secretary Asad Majeed Khan in Tehran.",
     ("ahmad-vahidi", "asad-majeed-khan")),
    ("ISLAMABAD: Iran's deputy foreign minister Ali Bagheri Kani arrived in Islamabad on Monday. Separately, Major "
     "General Mohammad Bagheri telephoned the army chief. On Tuesday Mr Bagheri called on Foreign Secretary Asad "
     "Majeed Khan at the Foreign Office.", ("ali-bagheri-kani", "asad-majeed-khan")),
])
def test_the_shipped_table_and_gazetteer_resolve_the_breakers_cases(text, pair):
    meetings = [p for k, p in _SHIPPED.events(text) if k == "meeting"]
    assert sorted(pair) in meetings
    assert not any("mohammad-bagheri" in m and "asad-majeed-khan" in m for m in meetings)


# -- 'the Admiral' as releases write it: capitalised, and of a person introduced by the rank alone -------------
@pytest.mark.parametrize("text, pair", [
    ("TEHRAN: Admiral Farhan Qureshi, Pakistan's naval chief, arrived in Tehran on Sunday on a four-day official "
     "visit. On Monday, the Admiral held talks with Major General Kazem Jafari at the general staff headquarters.",
     ("farhan-qureshi", "kazem-jafari")),
    ("BANDAR ABBAS: Admiral Farhan Qureshi toured the naval dockyard on Tuesday. The Admiral later called on "
     "Iran's navy commander Omid Tehrani at the zone's headquarters.", ("farhan-qureshi", "omid-tehrani")),
    ("TEHRAN: Air Marshal Javed Akhtar, chief of Pakistan's air force, reached Tehran on Saturday. The Air Marshal "
     "met Major General Kazem Jafari on Sunday.", ("javed-akhtar", "kazem-jafari")),
    ("ZAHEDAN: A Pakistani border delegation led by Brigadier Shahid Butt crossed into Iran on Sunday. On Monday "
     "the Brigadier held talks with Major General Kazem Jafari in Zahedan.", ("kazem-jafari", "shahid-butt")),
])
def test_the_capitalised_rank_refers_back_to_the_one_person_of_that_rank(text, pair):
    """The second sentence reads the rank as the person named with it (the events alone do not tell:
    the report's principal may stand in for a side its sentence names nobody of)."""
    people = {m.actor_id for m in Reading("own-people23", text, dt.date(2024, 6, 12), LEX).mentions[1]}
    assert set(pair) <= people
    assert sorted(pair) in _meetings(text)


@pytest.mark.parametrize("text, wrong", [
    # near misses: two admirals named before ('Admiral', 'Rear Admiral'): nobody; no admiral named: nobody
    ("KARACHI: Admiral Farhan Qureshi received Rear Admiral Omid Tehrani at the naval headquarters on Sunday. On "
     "Monday the Admiral met Foreign Secretary Tariq Durrani.", {"farhan-qureshi", "omid-tehrani"}),
    ("ISLAMABAD: Major General Kazem Jafari arrived in Islamabad on Sunday. On Monday the Admiral met Foreign "
     "Secretary Tariq Durrani.", {"kazem-jafari"}),
    # 'the admiralty' is no rank
    ("KARACHI: Admiral Farhan Qureshi spoke on Sunday. On Monday the Admiralty board met Foreign Secretary Tariq "
     "Durrani.", {"farhan-qureshi"}),
])
def test_near_miss_the_rank_of_two_people_or_of_nobody_refers_to_nobody(text, wrong):
    """At the mention level: the events may still take the report's principal as a stand-in (candidates)."""
    people = Reading("own-people23", text, dt.date(2024, 6, 12), LEX).mentions[1]
    assert not wrong & {m.actor_id for m in people}


# -- a fuller name of someone else is not the earlier person of that surname -----------------------------------
@pytest.mark.parametrize("text, pair", [
    ("ISLAMABAD: Iran's deputy interior minister Majid Rostami arrived in Islamabad on Sunday. Separately, Iran's "
     "border commander Brigadier General Hadi Rostami met Pakistan's interior minister Nasir Lodhi in Quetta on Monday.",
     ("majid-rostami", "nasir-lodhi")),
    ("TEHRAN: Pakistan's Defence Secretary Khalid Siddiqi arrived in Tehran on Sunday for border talks. On Monday, "
     "Colonel Aamir Siddiqi of the Frontier Corps held talks with Major General Kazem Jafari in Zahedan.",
     ("kazem-jafari", "khalid-siddiqi")),
    ("QUETTA: Iran's Deputy Foreign Minister Bahman Sadeghi arrived in Quetta on Sunday. On Tuesday, Dr Leila Sadeghi, a "
     "provincial health official, met Interior Minister Nasir Lodhi in Quetta.", ("bahman-sadeghi", "nasir-lodhi")),
])
def test_a_surname_after_another_given_name_is_not_the_earlier_person(text, pair):
    assert sorted(pair) not in _meetings(text)


@pytest.mark.parametrize("text, pair", [
    # near misses: the surname alone, or after a rank, an honorific or a title, is still the earlier person
    ("ISLAMABAD: Iran's deputy interior minister Majid Rostami arrived in Islamabad on Sunday. On Monday Rostami met "
     "Pakistan's interior minister Nasir Lodhi in Quetta.", ("majid-rostami", "nasir-lodhi")),
    ("ISLAMABAD: Iran's deputy interior minister Majid Rostami arrived in Islamabad on Sunday. On Monday Mr Rostami "
     "met Pakistan's interior minister Nasir Lodhi in Quetta.", ("majid-rostami", "nasir-lodhi")),
])
def test_near_miss_the_surname_alone_or_after_an_honorific_is_the_earlier_person(text, pair):
    assert sorted(pair) in _meetings(text)
