"""Officials below or beside minister level who are new to the gazetteer (the thirteenth round,
'who'): a lowercase office set off by commas beside a new name, in either order ('X, Iran's
deputy foreign minister for consular affairs,', "Pakistan's consul general in Mashhad, Y,"), its
side from the country word before the office, a country word or institution of its own phrase, or
the delegation the sentence lists; a titled name after the office's institution ('Inspector General
of Police Sindh Dr Z'). A new person keeps the known counterpart. Made-up reports in our own words;
near misses must give nobody (or no meeting)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract_fixtures import OwnReports, shipped_lexicon
from pakiran_events.extract.cluster import cluster

_OWN = OwnReports("who14-own", "2024-03-08")
_lexicon, _report, _events, _new, _meets = shipped_lexicon, _OWN.report, _OWN.events, _OWN.new, _OWN.meets


# -- 1. a new name, a comma, then a lowercase office of a side (country word before it) ----------
def test_name_then_possessive_lowercase_office_both_sides():
    text = ("ISLAMABAD: Kamran Aslam, Pakistan's additional secretary for the Middle East, met Behrouz Kamali, "
            "Iran's deputy foreign minister for consular affairs, at the Foreign Office on Monday.")
    assert _new(text) == {"kamran-aslam": "PAK", "behrouz-kamali": "IRN"}
    assert _meets(text, "kamran-aslam", "behrouz-kamali")


def test_known_host_receives_a_new_name_with_a_lowercase_office_after_it():
    text = ("LAHORE: Punjab Chief Minister Maryam Nawaz received Javad Karimi, Iran's consul general in Lahore, "
            "at her office on Monday.")
    assert _new(text) == {"javad-karimi": "IRN"}
    assert _meets(text, "maryam-nawaz", "javad-karimi")


def test_minister_of_a_portfolio_after_a_name():
    text = ("TEHRAN: Pakistan's ambassador to Iran, Muhammad Mudassir Tipu, called on Leila Shirazi, Iran's "
            "minister of labour and welfare, at her office on Monday.")
    assert _new(text) == {"leila-shirazi": "IRN"}
    assert _meets(text, "mudassir-tipu", "leila-shirazi")


# -- 2. the office first, then the new name between commas ---------------------------------------
def test_possessive_lowercase_office_then_name_between_commas():
    text = ("PESHAWAR: Iran's consul general in Peshawar, Nasser Rafiei, called on Governor Faisal Karim Kundi "
            "at the Governor House on Monday.")
    assert _new(text).get("nasser-rafiei") == "IRN"


# -- 3. the side from the office's own phrase or from the delegation the sentence lists -----------
def test_side_from_the_offices_institution_and_from_the_listed_delegation():
    text = ("ISLAMABAD: Talks between the foreign ministries of Pakistan and Iran were held at the Foreign "
            "Office on Monday. The Pakistani side was led by Salman Qureshi, additional secretary (Middle East), "
            "and the Iranian side by Reza Nabavi, director-general for South Asia at the Iranian foreign ministry.")
    assert _new(text) == {"salman-qureshi": "PAK", "reza-nabavi": "IRN"}


# -- 4. a title, its institution, an honorific, then the new name -----------------------------------
def test_title_of_an_institution_then_honorific_and_name():
    text = ("KARACHI: Iran's consul general in Karachi, Hassan Nouri, called on Inspector General of Police "
            "Sindh Dr Kamal Ahmed at the Central Police Office on Monday.")
    new = _new(text)
    assert new.get("hassan-nouri") == "IRN" and new.get("kamal-ahmed") == "PAK"
    assert _meets(text, "hassan-nouri", "kamal-ahmed")


# -- near misses ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # an office of no side
    "Farid Nouri, a former minister, said on Monday that the border had been quiet all winter.",
    # an office of a third country
    "Liu Wei, China's director-general for Asian affairs, met traders in Islamabad on Monday.",
    # an office of a private body
    "Tariq Jamil, director-general of a private bank, said on Monday that trade with Iran had grown.",
    # a lowercase office word that is not an office beside the name
    "Karim Sadri, friend of Iran's consul general, said on Monday that he had not been told of the talks.",
    # no comma: a name in running text
    "The minister thanked Hamid Sadri consul general of Iran and others on Monday.",
])
def test_near_misses_make_nobody(text):
    assert _new(text) == {}


def test_a_third_countrys_listed_side_is_nobodys():
    text = ("BEIJING: China, Iran and Pakistan held security talks in Beijing on Monday. The Pakistani delegation "
            "was led by Salman Qureshi, additional secretary at the foreign ministry. The Chinese side was "
            "headed by Liu Jianguo, director-general of the department of external security.")
    new = _new(text)
    assert new.get("salman-qureshi") == "PAK"
    assert "liu-jianguo" not in new


def test_institution_run_without_a_mark_gives_no_name():
    # 'of Police Sindh' and no honorific or rank before the words: where the office ends is unknown
    text = "KARACHI: The Inspector General of Police Sindh Office said on Monday that the roads were open."
    assert _new(text) == {}


# -- 2 of the brief: an unnamed official is no participant ---------------------------------------
def test_known_side_and_an_unnamed_official_write_no_meeting():
    text = "ISLAMABAD: Foreign Minister Ishaq Dar met a senior Iranian official in Islamabad on Monday."
    assert not any(k == "meeting" for k, _ in _events(text, "2025-03-04"))


def test_an_office_whose_phrase_runs_on_without_a_stop_is_read_without_error():
    # the office's phrase runs past the reach of an apposition: nobody, and no internal error
    text = ("QUETTA: Iran's consul general " + "and the traders of the old bazaar " * 6 + "met on Monday.")
    assert _new(text) == {}


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["Iran's", "Pakistani", "consul general", "minister", "director-general", "of",
                                 "Police", "Sindh", "Dr", "Kamal", "Ahmed", ",", ".", "(West Asia)", "the", "and",
                                 "Inspector General", "met", "Chinese", "side was led by", "at the", "x" * 30]),
                min_size=1, max_size=40))
def test_any_run_of_office_words_reads_without_error(words):
    text = " ".join(words)
    report = _report(text)
    assert report.problem is None
    assert all(row["country_iso3"] in ("IRN", "PAK") for row in report.new_actors.values())


# -- 5. air force offices, a comma between the office and a ranked name ---------------------------
def test_air_force_commanders_with_commas_and_ranks():
    text = ("ISLAMABAD: Commander of the Islamic Republic of Iran Air Force, Brigadier General Karim Rostami, "
            "called on Chief of the Air Staff, Air Chief Marshal Tahir Mehmood, at Air Headquarters on Monday.")
    assert _new(text) == {"karim-rostami": "IRN", "tahir-mehmood": "PAK"}
    assert _meets(text, "karim-rostami", "tahir-mehmood")


@pytest.mark.parametrize("text", [
    # another country's air force: no office of the dyad
    "ANKARA: Commander of the Royal Air Force, Air Chief Marshal John Pike, met Turkish officers on Monday.",
    # the air staff's chief with nobody of the other side: the side stays unknown
    "ISLAMABAD: Chief of the Air Staff, Air Chief Marshal Tahir Mehmood, met Turkey's air force commander on Monday.",
])
def test_air_force_near_misses(text):
    assert _new(text) == {}


# -- 6. a capitalised office after a new name and a comma: its side from its institution, or the sentence's contrast
def test_appositive_office_of_an_institution_of_one_side():
    text = ("TEHRAN -- Pakistan's Interior Minister Mohsin Naqvi met and conversed on Tuesday with Dr. Hamid "
            "Sorouri, Secretary of the Supreme National Security Council, in Tehran.")
    assert _new(text, "2024-11-20") == {"hamid-sorouri": "IRN"}
    assert _meets(text, "mohsin-naqvi", "hamid-sorouri", day="2024-11-20")


def test_appositive_office_of_our_country_against_a_marked_guest():
    text = ("TEHRAN -- Pakistan's Interior Minister Mohsin Naqvi arrived in Tehran on Monday. The Pakistani "
            "minister of interior held negotiations on Monday with Kaveh Jalali, Minister of Interior of our "
            "country, on the subject of pilgrims.")
    assert _new(text, "2024-11-20") == {"kaveh-jalali": "IRN"}
    assert _meets(text, "mohsin-naqvi", "kaveh-jalali", day="2024-11-20")


@pytest.mark.parametrize("text", [
    # nobody else in the sentence: the office's side is unknown
    "TEHRAN -- Kaveh Jalali, Minister of Interior of our country, said on Monday that the border was calm.",
    # the other person is unmarked: no contrast drawn
    "TEHRAN -- Interior Minister Mohsin Naqvi held talks on Monday with Kaveh Jalali, Minister of Interior.",
    # an office both governments have, and an unmarked other person: no side (the eighth round's rule)
    "Kaveh Jalali, the Deputy Interior Minister, met Interior Minister Mohsin Naqvi on Monday.",
    # a third country's office
    "Pakistan's Interior Minister Mohsin Naqvi met Kaveh Jalali, Tajik Minister of Interior, on Monday.",
    # a third country named after the office
    "Pakistan's Interior Minister Mohsin Naqvi was received by Rustam Nazarov, the Deputy Foreign Minister "
    "of Tajikistan, in Dushanbe on Monday.",
    "Pakistan's Interior Minister Mohsin Naqvi was received by Rustam Nazarov, the Deputy Foreign Minister "
    "of Uzbekistan, in Tashkent on Monday.",
])
def test_appositive_office_near_misses(text):
    assert _new(text, "2024-11-20") == {}


# -- 7. translated phrasing: 'met and conversed on <day> with' dates the meeting, not the arrival -----
def test_met_and_conversed_takes_its_own_day():
    text = ("TEHRAN -- Pakistan's Foreign Minister Ishaq Dar, who arrived in Tehran on Monday on an official visit, met and "
            "conversed on Tuesday with Iranian Foreign Minister Abbas Araghchi.")
    days = [(e.kind, str(e.date_start)) for e in cluster([_report(text, "2025-03-06")]) if e.kind == "meeting"]
    assert days == [("meeting", "2025-03-04")]


def test_met_and_a_day_of_another_clause_is_not_the_meetings():
    # near miss: 'met and' followed by another verb of its own clause keeps the old reading
    text = ("TEHRAN -- Pakistan's Foreign Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi on "
            "Tuesday and left for Islamabad on Wednesday.")
    days = [(e.kind, str(e.date_start)) for e in cluster([_report(text, "2025-03-06")]) if e.kind == "meeting"]
    assert days == [("meeting", "2025-03-04")]


# -- 3 of the brief: a title alone is its holder on the report's day (the office-holder table) -------
@pytest.mark.parametrize("day, holder", [("2024-03-08", "hossein-amir-abdollahian"), ("2025-03-04", "abbas-araghchi")])
def test_a_title_alone_is_the_holder_of_that_day(day, holder):
    # both foreign ministers are named, so the report's day decides which one the office is: the
    # office is the table's holder on that day because the report names that holder (round 20: the
    # table confirms a name, never supplies one, CURATION.md §6)
    text = ("ISLAMABAD: Foreign Minister Ishaq Dar met the Iranian foreign minister in Islamabad on Monday. "
            "Hossein Amir-Abdollahian and Abbas Araghchi have both served in the post.")
    people = {a for k, p in _events(text, day) for a in p}
    assert holder in people
    assert not {"hossein-amir-abdollahian", "abbas-araghchi"} - {holder} & people
    # named nowhere: the office gives nobody (not the table's holder)
    alone = {a for k, p in _events(text.split(" Hossein")[0], day) for a in p}
    assert not {"hossein-amir-abdollahian", "abbas-araghchi"} & alone


def test_a_new_names_own_office_is_no_other_holder():
    # the office after the new name is theirs: not the report's (or the table's) interior minister
    text = ("TEHRAN -- Pakistan's Interior Minister Mohsin Naqvi arrived in Tehran on Monday. The Pakistani "
            "minister of interior held negotiations on Monday with Kaveh Jalali, Minister of Interior of our "
            "country, on the subject of pilgrims.")
    meetings = [p for k, p in _events(text, "2024-11-20") if k == "meeting"]
    assert meetings and all("eskandar-momeni" not in p for p in meetings)
