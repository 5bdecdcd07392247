"""Round 22, which events exist (probes9's missed and spurious events): a ceremony told with a
leading adverb and a 'which ... will' aside about the thing opened (held, not a plan); a signing
with a day and a city of its own beside talks of its signatories (its own `other`); a ceremony at a
crossing does not say where the report's trip went; and a commission named as a session still
wanted or as a standing mechanism next to a call (no meeting). Made-up reports in our own words;
each class has near misses that must keep what they gave."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import OwnReports, has_pair, of_kind

_OWN = OwnReports("events22-own", "2025-03-14")   # a Friday

DAR, ARAGHCHI = "ishaq-dar", "abbas-araghchi"
NAQVI, MOMENI = "mohsin-naqvi", "eskandar-momeni"
ASIF, NASIR = "khawaja-muhammad-asif", "aziz-nasirzadeh"


# -- 1. a ceremony with a leading adverb and an aside about what it opened: held -------------------------
@pytest.mark.parametrize("text", [
    "QUETTA: Interior Minister Mohsin Naqvi and his Iranian counterpart Eskandar Momeni on Tuesday jointly "
    "opened a new trade gate at Taftan, which officials say will double the number of trucks cleared each day.",
    "GWADAR: Defence Minister Khawaja Muhammad Asif and Iranian Defence Minister Aziz Nasirzadeh on Wednesday "
    "jointly inaugurated the power line at Gwadar, which engineers expect will end the town's load-shedding.",
    "TAFTAN: Mohsin Naqvi and Eskandar Momeni jointly opened the new passenger terminal at Taftan on Monday, "
    "which will be open round the clock for pilgrims, the interior ministry said.",
])
def test_a_ceremony_with_an_adverb_and_a_will_aside_is_held(text):
    assert any(len(e.participants) >= 2 for e in of_kind(_OWN.clustered(text), "other"))


@pytest.mark.parametrize("text", [
    "QUETTA: Interior Minister Mohsin Naqvi and his Iranian counterpart Eskandar Momeni will jointly open a new "
    "trade gate at Taftan next week, which officials say will double the number of trucks cleared each day.",
    "GWADAR: Khawaja Muhammad Asif and Aziz Nasirzadeh are expected to jointly inaugurate the power line at "
    "Gwadar, which engineers say will end the town's load-shedding.",
])
def test_near_miss_a_ceremony_still_to_come_stays_a_plan(text):
    assert of_kind(_OWN.clustered(text), "other") == []


# -- 2. a signing with a day and a city of its own beside talks: its own event --------------------------
@pytest.mark.parametrize("text", [
    "ISLAMABAD: Interior Minister Mohsin Naqvi and Iranian Interior Minister Eskandar Momeni held talks on "
    "border security on Thursday. The memorandum of understanding on the return of prisoners was signed at a "
    "ceremony at the Ministry of Interior by Mohsin Naqvi and Eskandar Momeni today.",
    "TEHRAN: Foreign Minister Ishaq Dar held talks with Iranian Foreign Minister Abbas Araghchi on transit trade "
    "on Wednesday. After the talks, Ishaq Dar and Abbas Araghchi signed an agreement on border markets at a ceremony at "
    "the Foreign Ministry on Wednesday.",
    "ISLAMABAD: Ahead of the ceremony, Defence Minister Khawaja Muhammad Asif and Iranian Defence Minister Aziz "
    "Nasirzadeh held talks on joint patrols. The memorandum on training was signed at a ceremony at the Ministry of "
    "Defence by Khawaja Muhammad Asif and Aziz Nasirzadeh on Tuesday.",
])
def test_a_signing_with_its_own_day_and_place_beside_talks_is_its_own_event(text):
    events = _OWN.clustered(text)
    assert of_kind(events, "other"), [(e.kind, e.participants) for e in events]
    assert of_kind(events, "meeting")


@pytest.mark.parametrize("text", [
    "ISLAMABAD: Interior Minister Mohsin Naqvi and Iranian Interior Minister Eskandar Momeni held talks in "
    "Islamabad on Thursday. During the talks, the two ministers signed a memorandum on the return of prisoners.",
    "TEHRAN: Ishaq Dar held talks with Abbas Araghchi in Tehran on Wednesday. An agreement on border markets was "
    "signed by Dar and Araghchi.",
])
def test_near_miss_a_signing_without_its_own_day_or_place_stays_part_of_the_talks(text):
    events = _OWN.clustered(text)
    assert of_kind(events, "other") == []
    assert of_kind(events, "meeting")


# -- 3. a ceremony at a crossing does not place the report's trip ----------------------------------------
@pytest.mark.parametrize("text", [
    "QUETTA: Interior Minister Mohsin Naqvi and Iranian Interior Minister Eskandar Momeni on Tuesday jointly "
    "inaugurated a new gate at Taftan. After the ceremony, Naqvi crossed into Iran, where the two ministers held "
    "talks at the border terminal.",
    "QUETTA: Mohsin Naqvi and Eskandar Momeni jointly opened a market at Taftan on Monday, which traders say will "
    "cut smuggling. Naqvi then drove into Iran and held talks with Momeni on the security of pilgrims.",
    "QUETTA: Defence Minister Khawaja Muhammad Asif and Iranian Defence Minister Aziz Nasirzadeh jointly "
    "inaugurated a border post at Taftan on Wednesday. Asif later crossed into Iran and held talks with "
    "Nasirzadeh on joint patrols.",
])
def test_talks_across_the_border_after_a_ceremony_are_in_the_other_country(text):
    events = _OWN.clustered(text)
    assert [e.country for e in of_kind(events, "meeting")] == ["IRN"], [(e.kind, e.country) for e in events]
    assert not any(e.guest in (MOMENI, NASIR) for e in of_kind(events, "visit"))


# -- 4. a commission named as a session still wanted, or as a mechanism, beside a call -------------------
@pytest.mark.parametrize("text", [
    "ISLAMABAD: Foreign Minister Ishaq Dar received a telephone call today from Iranian Foreign Minister Abbas "
    "Araghchi. Dar underlined the importance of the early convening of the next session of the Joint Economic "
    "Commission.",
    "TEHRAN: Abbas Araghchi held a phone conversation on Thursday with Ishaq Dar. Officials of the two foreign "
    "ministries are preparing for a round of political consultations, the date of which has not been set.",
    "ISLAMABAD: The two countries have stepped up contacts at all levels, including the meetings of the joint "
    "border commission and visits of officials. Ishaq Dar and Abbas Araghchi spoke on the telephone on Thursday.",
    "TEHRAN: Abbas Araghchi spoke by telephone with Ishaq Dar on Thursday. The call came as the two neighbours "
    "prepare for a new round of talks of their joint economic commission.",
])
def test_a_commission_wanted_or_standing_next_to_a_call_is_no_meeting(text):
    events = _OWN.clustered(text)
    assert of_kind(events, "meeting") == [], [(e.kind, e.date_start, e.participants) for e in events]
    assert has_pair(events, "phone_call", DAR, ARAGHCHI)


def test_an_agreement_to_hold_committee_meetings_is_no_meeting():
    text = ("QUETTA: Mohsin Naqvi telephoned Eskandar Momeni on Thursday. The two ministers agreed that their "
            "ministries should hold a joint committee meeting every six months.")
    events = _OWN.clustered(text)
    assert of_kind(events, "meeting") == []
    assert has_pair(events, "phone_call", NAQVI, MOMENI)


@pytest.mark.parametrize("text", [
    "TEHRAN: The next session of the joint economic commission was held in Tehran, co-chaired by Ishaq Dar and "
    "Abbas Araghchi.",
    "TEHRAN: A new round of talks of the joint economic commission opened in Tehran on Wednesday, with Ishaq Dar "
    "and Abbas Araghchi leading their delegations.",
    "QUETTA: The meetings of the joint border commission took place in Quetta, with Mohsin Naqvi and Eskandar "
    "Momeni in the chair.",
])
def test_near_miss_a_session_told_as_held_stays_a_meeting(text):
    events = _OWN.clustered(text)
    assert of_kind(events, "meeting"), [(e.kind, e.participants) for e in events]


def test_near_miss_a_commission_session_with_its_day_is_held():
    text = ("TEHRAN: The 22nd session of the joint economic commission, co-chaired by Ishaq Dar and Abbas "
            "Araghchi, ended in Tehran on Wednesday.")
    (meeting,) = of_kind(_OWN.clustered(text), "meeting")
    assert meeting.date_start == dt.date(2025, 3, 12)


# -- 5. an ambassador named with the state that sends him: posted, so his trips at his post are no visits -
@pytest.mark.parametrize("text", [
    "QUETTA: The Ambassador of Iran to Pakistan, Reza Amiri Moghadam, called on Interior Minister Mohsin Naqvi in "
    "Quetta on Tuesday. The ambassador had arrived in Quetta the day before.",
    "KARACHI: The Ambassador of the Islamic Republic of Iran to Pakistan, Reza Amiri Moghadam, arrived in Karachi "
    "on Monday and met Interior Minister Mohsin Naqvi on Tuesday.",
    "LAHORE: Reza Amiri Moghadam, the Ambassador of Iran to Pakistan, reached Lahore on Wednesday and called on "
    "Mohsin Naqvi at his office.",
])
def test_an_ambassador_of_the_sending_state_at_his_post_makes_no_visit(text):
    events = _OWN.clustered(text)
    assert of_kind(events, "visit") == [], [(e.kind, e.guest) for e in events]
    assert has_pair(events, "meeting", "reza-amiri-moghadam", NAQVI)


def test_near_miss_a_minister_of_the_sending_state_still_visits():
    text = ("KARACHI: The Interior Minister of Iran, Eskandar Momeni, arrived in Karachi on Monday and met Interior "
            "Minister Mohsin Naqvi on Tuesday.")
    assert any(e.guest == MOMENI for e in of_kind(_OWN.clustered(text), "visit"))


# -- 6. an arrival at a host's office is the venue of a call, not a trip ---------------------------------
@pytest.mark.parametrize("text", [
    "Iran's Defence Minister Aziz Nasirzadeh called on Defence Minister Khawaja Muhammad Asif at the Ministry of "
    "Defence on Tuesday. He was presented a guard of honour on arrival at the Ministry of Defence.",
    "Defence Minister Khawaja Muhammad Asif met Iranian Defence Minister Aziz Nasirzadeh on Wednesday. On arrival "
    "at the headquarters, Nasirzadeh laid a wreath at the martyrs' monument.",
    "Interior Minister Mohsin Naqvi received Iranian Interior Minister Eskandar Momeni on Monday. Momeni arrived "
    "at the Interior Ministry in the morning and was received by senior officials.",
])
def test_an_arrival_at_a_host_office_makes_no_visit(text):
    events = _OWN.clustered(text)
    assert of_kind(events, "visit") == [], [(e.kind, e.guest) for e in events]
    assert of_kind(events, "meeting")


def test_near_miss_an_arrival_in_a_city_is_still_a_trip():
    text = ("Iran's Defence Minister Aziz Nasirzadeh arrived in Islamabad on Tuesday and called on Defence Minister "
            "Khawaja Muhammad Asif at the Ministry of Defence.")
    assert any(e.guest == NASIR for e in of_kind(_OWN.clustered(text), "visit"))


# -- 7. a commission the pair agreed to revive, beside a call: no meeting ---------------------------------
@pytest.mark.parametrize("text", [
    "Interior Minister Mohsin Naqvi and Iranian Interior Minister Eskandar Momeni spoke by telephone in "
    "February; they agreed to revive the joint border commission.",
    "Ishaq Dar spoke by telephone with Abbas Araghchi on Monday. The two ministers agreed to reactivate the "
    "joint working group on trade.",
    "Abbas Araghchi telephoned Ishaq Dar on Tuesday. Both sides decided to resume the bilateral political "
    "consultations after a gap of three years.",
])
def test_a_commission_to_be_revived_is_no_meeting(text):
    events = _OWN.clustered(text)
    assert of_kind(events, "meeting") == [], [(e.kind, e.participants) for e in events]
    assert of_kind(events, "phone_call")


def test_near_miss_an_arrival_at_an_office_still_dates_a_trip_told():
    text = ("TEHRAN: Defence Minister Khawaja Muhammad Asif, who is on an official visit to Iran, met Iranian Defence "
            "Minister Aziz Nasirzadeh today. Earlier, on arrival at the Ministry of Defence in Tehran on Wednesday, "
            "Asif was received by senior officers.")
    (visit,) = of_kind(_OWN.clustered(text), "visit")
    assert visit.date_start == dt.date(2025, 3, 12)


# -- 8. a trip told by its stay ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, guest, first, last", [
    ("Iran's Interior Minister Eskandar Momeni spent three days in Islamabad, from Monday to Wednesday. On "
     "Tuesday he held talks with Interior Minister Mohsin Naqvi at the ministry.", MOMENI, 10, 12),
    ("Defence Minister Khawaja Muhammad Asif was in Tehran, where he stayed from Tuesday to Thursday "
     "and held talks with Aziz Nasirzadeh.", ASIF, 11, 13),
    ("Foreign Minister Ishaq Dar spent two days in Tehran, on Monday and Tuesday, and held talks with Abbas "
     "Araghchi on the border markets.", DAR, 10, 11),
])
def test_a_trip_told_by_its_stay_is_a_visit(text, guest, first, last):
    visits = [e for e in of_kind(_OWN.clustered(text), "visit") if e.guest == guest]
    assert [(v.date_start, v.date_end) for v in visits] == [(dt.date(2025, 3, first), dt.date(2025, 3, last))]


@pytest.mark.parametrize("text", [
    "Interior Minister Mohsin Naqvi spent two days in talks with Eskandar Momeni in Islamabad on Monday and Tuesday.",
    "Iranian Interior Minister Eskandar Momeni, who spent his student days in Lahore, met Mohsin Naqvi in "
    "Islamabad on Tuesday.",
])
def test_near_miss_a_stay_that_is_no_trip_makes_no_visit(text):
    events = _OWN.clustered(text)
    assert of_kind(events, "visit") == [], [(e.kind, e.guest, e.place_id) for e in events]
    assert of_kind(events, "meeting")
