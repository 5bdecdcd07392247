"""People of the twentieth round ('who'): an office named without a person is the office-holder
table's holder on the event's day only when the report also names that holder by a spelling of
their name (the table confirms a name, never supplies one: CURATION.md §6, issue 15's
date-restricted roles); an office whose holder is named nowhere stays unnamed (the body it
represents where titles.yaml gives one); a person named in the report who is not the table's
holder on that day is not made the office. Made-up reports in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import OwnReports, shipped_lexicon
from pakiran_events.extract.mentions import People, sentences

_OWN = OwnReports("people20-own", "2024-11-20")


def _people(text: str, day: str | None = None) -> set[str]:
    return {a for _, p in _OWN.events(text, day) for a in p}


def _mentioned(text: str, day: str) -> set[str]:
    """Every actor the report's sentences give (by name, office or body), events or not."""
    lex = shipped_lexicon()
    found = People(text, sentences(text, lex.patterns["no_break_after"]), dt.date.fromisoformat(day), lex).find()
    return {m.actor_id for ms in found.mentions for m in ms}


# -- 1. the office and its holder's name elsewhere in the report: the holder --------------------------
@pytest.mark.parametrize("text, day, holder", [
    # the holder named in a later sentence, by full name
    ("ISLAMABAD: Iran's interior minister met Interior Minister Mohsin Naqvi in Islamabad on Monday. "
     "Eskandar Momeni told reporters afterwards that the border crossings would stay open.", "2024-11-20",
     "eskandar-momeni"),
    # the holder named first, the office told in a later sentence
    ("RAWALPINDI: Syed Asim Munir has commanded the army since 2022. On Tuesday the army chief received "
     "Iranian Foreign Minister Abbas Araghchi at GHQ.", "2025-01-15", "asim-munir"),
    # the holder named by a surname the gazetteer lists, after a possessive office
    ("TEHRAN: Pakistan's interior minister held talks with Iranian Interior Minister Eskandar Momeni in "
     "Tehran on Wednesday. Naqvi also visited a shrine in Mashhad.", "2024-11-20", "mohsin-naqvi"),
])
def test_an_office_is_its_table_holder_when_the_report_names_them(text, day, holder):
    assert holder in _people(text, day)


# -- 2. the office and no name anywhere: nobody from the table (the body where titles.yaml has one) ----
@pytest.mark.parametrize("text, day, holder", [
    ("ISLAMABAD: Iran's interior minister met Interior Minister Mohsin Naqvi in Islamabad on Monday.",
     "2024-11-20", "eskandar-momeni"),
    ("RAWALPINDI: The army chief received Iranian Foreign Minister Abbas Araghchi at GHQ on Tuesday.",
     "2025-01-15", "asim-munir"),
    ("TEHRAN: Pakistan's interior minister held talks with Iranian Interior Minister Eskandar Momeni in "
     "Tehran on Wednesday.", "2024-11-20", "mohsin-naqvi"),
])
def test_an_office_whose_holder_is_named_nowhere_is_not_given_the_tables_name(text, day, holder):
    people = _mentioned(text, day)
    assert people, "the named participant is still read"
    assert holder not in people


def test_an_unnamed_office_with_a_body_is_still_that_body():
    text = ("TEHRAN: Interior Minister Mohsin Naqvi was received by the Iranian Deputy Defence Minister in "
            "Tehran on Monday.")
    people = _mentioned(text, "2024-11-20")
    assert "mohsin-naqvi" in people and "government-of-iran" in people


# -- 3. the table's holder is not the person the report names: not the holder, nor the named one -------
@pytest.mark.parametrize("text, day, absent", [
    # a former army chief named: the table's holder of the day (Munir) is not named, Bajwa did not hold
    # it, and the report's most-named Pakistani does not stand in for an office told and left unheld
    ("RAWALPINDI: Pakistan's army chief received Iranian Foreign Minister Abbas Araghchi at GHQ on Tuesday. "
     "Qamar Javed Bajwa, a former army chief, was not present.", "2025-01-15", {"asim-munir", "qamar-javed-bajwa"}),
    # the previous interior minister of Iran named in a retrospective sentence
    ("ISLAMABAD: Iran's interior minister met Interior Minister Mohsin Naqvi in Islamabad on Monday. "
     "Ahmad Vahidi had signed the last border accord in 2023.", "2024-11-20", {"eskandar-momeni", "ahmad-vahidi"}),
    # a Pakistani interior minister of earlier years named as the author of a policy
    ("TEHRAN: Pakistan's interior minister held talks with Iranian Interior Minister Eskandar Momeni in "
     "Tehran on Wednesday. The pilgrim policy dates from the time of Sheikh Rasheed Ahmed.", "2024-11-20",
     {"mohsin-naqvi", "sheikh-rashid-ahmad"}),
])
def test_a_named_person_who_does_not_hold_the_office_that_day_is_not_the_office(text, day, absent):
    people = _people(text, day)
    assert not absent & people
    # the retrospective name is read as a mention, but it does not stand for the office
    assert absent & _mentioned(text, day)


# -- 4. officials below minister level new to the gazetteer (issue 15 kinds) --------------------------
# a province of sides.yaml as the owner of a lowercase office ('deputy governor of Sistan and
# Baluchestan', 'inspector general of police Balochistan'): the new name is of that province's side
@pytest.mark.parametrize("text, person, side", [
    ("QUETTA: Interior Minister Mohsin Naqvi met Reza Karimi, the deputy governor of Sistan and Baluchestan, "
     "in Quetta on Monday.", "reza-karimi", "IRN"),
    ("QUETTA: Talks were held on Monday between the chief secretary and Farhad Nouri, deputy governor of Kerman "
     "for security affairs, who had arrived a day earlier.", "farhad-nouri", "IRN"),
    ("ZAHEDAN: Asad Khan, inspector general of police Balochistan, returned home on Tuesday after a visit "
     "to Zahedan.", "asad-khan", "PAK"),
    ("TAFTAN: Bashir Ahmed Lehri, deputy governor of Balochistan province, received the Iranian consul "
     "general at the crossing on Monday.", "bashir-ahmed-lehri", "PAK"),
])
def test_a_province_owning_a_lowercase_office_gives_the_new_officials_side(text, person, side):
    assert _OWN.new(text).get(person) == side


# lowercase words, then 'of <country>' ('commander of the border guards of the Islamic Republic of Iran')
@pytest.mark.parametrize("text, person, side", [
    ("MIRJAVEH: Brigadier General Qasem Rezaei, commander of the border guards of the Islamic Republic of "
     "Iran, met Frontier Corps officers at the crossing on Monday.", "qasem-rezaei", "IRN"),
    ("TAFTAN: Colonel Hamid Akbari, head of the border police of Iran, received a Pakistani team at the "
     "gate on Sunday.", "hamid-akbari", "IRN"),
    ("MASHKEL: Brigadier Tariq Mehmood, commander of the southern sector of Pakistan's Frontier Corps, met "
     "Iranian border officials on Monday.", "tariq-mehmood", "PAK"),
])
def test_lowercase_words_then_a_country_give_the_new_officials_side(text, person, side):
    assert _OWN.new(text).get(person) == side


# a police chief or police commander after the name ('X, police chief of Sistan and Baluchestan,')
@pytest.mark.parametrize("text, person, side", [
    ("ZAHEDAN: Balochistan's police chief held talks with Brigadier General Ahmad Taheri, police chief of "
     "Sistan and Baluchestan, on Tuesday.", "ahmad-taheri", "IRN"),
    ("QUETTA: Colonel Saeed Amini, police commander of Iran's Kerman province, called on officials in "
     "Quetta on Monday.", "saeed-amini", "IRN"),
    ("ZAHEDAN: Abdul Khaliq Shah, police chief of Balochistan, met Iranian police officers in Zahedan "
     "on Monday.", "abdul-khaliq-shah", "PAK"),
])
def test_a_police_chief_after_the_name_is_of_the_owners_side(text, person, side):
    assert _OWN.new(text).get(person) == side


@pytest.mark.parametrize("text, person", [
    # a posting, not an owner: a consul general 'in' a province is the other country's
    ("QUETTA: Ali Reza Nouri, consul general in Balochistan, met traders on Monday.", "ali-reza-nouri"),
    # a third country's border police
    ("TORKHAM: Ahmad Rahimi, head of the border police of Afghanistan, met traders on Monday.", "ahmad-rahimi"),
    # a province named later in the phrase, after a comma: not the office's owner
    ("QUETTA: Karim Baksh, the deputy governor, said on Monday that Balochistan would open two markets.",
     "karim-baksh"),
])
def test_near_miss_no_owner_of_the_dyad_gives_no_side(text, person):
    assert _OWN.new(text).get(person) is None
