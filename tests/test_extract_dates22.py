"""Exact dates, round 22 (when22): one relative day shared by two engagements of a sentence, 'later
that day', a day counted from a happening told before ('a day after the clash'), a sentence that
borrows the day of the engagement it names ('After the ceremony, ...'), a postponement's day that
dates no held trip (review21 S5), a trip's last day, a ranked noun's infinitive that is no plan, and
an undated range bounded by the army commander's term. Every sentence is our own; near misses beside
each class."""

from __future__ import annotations

import datetime as dt

import pytest

from date_coverage import _lexicon
from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.dates import date_cues
from pakiran_events.extract.report import read_report


def _dated(text: str, kind: str, published: str, actor: str | None = None) -> list[tuple[str, str]]:
    events = cluster([read_report("x-dates22", text, published, _lexicon())])
    return sorted((str(e.date_start), str(e.date_end)) for e in events
                  if e.kind == kind and (actor is None or actor in e.participants))


# --- 1. one relative day told for two engagements of a sentence -----------------------------------

@pytest.mark.parametrize("text,published,actor,day", [
    # 'had arrived ... the day before, when he met': the arrival and the talks are on the same day
    ("ISLAMABAD: Iranian Foreign Minister Abbas Araghchi called on Prime Minister Shehbaz Sharif at the PM House on "
     "Tuesday. Araghchi had arrived in Islamabad the day before, when he held talks with Foreign Minister Ishaq Dar "
     "at the Foreign Office.", "2025-03-13", "ishaq-dar", "2025-03-10"),
    ("TEHRAN: Interior Minister Mohsin Naqvi met Iranian President Masoud Pezeshkian on Wednesday. Naqvi had reached "
     "Tehran the previous day, when he held talks with Interior Minister Eskandar Momeni on border security.",
     "2025-01-10", "eskandar-momeni", "2025-01-07"),
    ("Iranian Interior Minister Eskandar Momeni called on Prime Minister Shehbaz Sharif in Islamabad on Thursday, "
     "officials said. The minister had landed in Islamabad two days earlier, when he met Interior Minister Mohsin "
     "Naqvi at the Ministry of Interior.", "2025-01-10", "mohsin-naqvi", "2025-01-07"),
])
def test_one_relative_day_of_a_sentence_is_one_day_for_each_engagement(text, published, actor, day):
    assert _dated(text, "meeting", published, actor) == [(day, day)]


def test_near_miss_two_relative_days_of_a_sentence_stay_two_days():
    # each engagement owns its own count: the arrival the day before, the talks the day after it
    text = ("ISLAMABAD: Iranian Foreign Minister Abbas Araghchi called on Prime Minister Shehbaz Sharif on Tuesday. "
            "Araghchi had arrived in Islamabad on Sunday and the next day he held talks with Foreign Minister Ishaq "
            "Dar.")
    assert _dated(text, "meeting", "2025-03-13", "ishaq-dar") == [("2025-03-10", "2025-03-10")]


# --- 2. 'later that day', 'earlier that day' --------------------------------------------------

@pytest.mark.parametrize("phrase", ["Later that day", "Later that day,", "Earlier that day", "later that day"])
def test_that_day_is_a_same_day_count(phrase):
    cues = date_cues(f"{phrase} he called on the prime minister.", dt.date(2025, 2, 20), False)
    assert [(c.offset, c.resolved) for c in cues] == [(0, False)]


@pytest.mark.parametrize("text,published,actor,day", [
    ("Iran's Defence Minister Aziz Nasirzadeh arrived in Islamabad on Sunday. On Monday he held talks with Defence "
     "Minister Khawaja Asif. Later that day he called on Prime Minister Shehbaz Sharif.", "2025-02-20",
     "shehbaz-sharif", "2025-02-17"),
    ("Foreign Minister Ishaq Dar reached Tehran on 4 May. On 5 May he met Foreign Minister Abbas Araghchi, and "
     "later that day he called on President Masoud Pezeshkian at the presidency.", "2025-05-08",
     "masoud-pezeshkian", "2025-05-05"),
    ("Interior Minister Mohsin Naqvi arrived in Tehran on Saturday. He held talks with President Masoud Pezeshkian "
     "on Sunday. Earlier that day he had met Interior Minister Eskandar Momeni.", "2025-01-08",
     "eskandar-momeni", "2025-01-05"),
])
def test_later_that_day_is_the_day_of_the_engagement_before(text, published, actor, day):
    assert _dated(text, "meeting", published, actor) == [(day, day)]


def test_near_miss_later_that_year_is_no_day():
    cues = date_cues("Later that year he called on the prime minister.", dt.date(2025, 2, 20), False)
    assert all(c.offset is None for c in cues)


# --- 3. a day counted from a day told just before, with no engagement before it -------------------

@pytest.mark.parametrize("text,published,kind,day", [
    ("Several soldiers were wounded in a clash with militants near Turbat. The clash took place on August 27 in a "
     "remote valley. A day after the clash, Iran's Chief of General Staff Major General Mohammad Bagheri telephoned "
     "Chief of Army Staff General Asim Munir, the military's media wing said.", "2023-08-30", "phone_call",
     "2023-08-28"),
    ("Gunmen attacked a border post near Mashkel on 3 March, killing two guards. Two days after the attack, "
     "Interior Minister Mohsin Naqvi spoke by telephone with Iranian Interior Minister Eskandar Momeni.",
     "2025-03-09", "phone_call", "2025-03-05"),
    ("A passenger bus carrying pilgrims overturned near Taftan on 10 July. The next day Foreign Minister Ishaq Dar "
     "met Iranian Ambassador Reza Amiri Moghadam in Islamabad to discuss the return of the injured.", "2025-07-14",
     "meeting", "2025-07-11"),
])
def test_a_count_with_no_engagement_before_counts_from_the_day_told_before(text, published, kind, day):
    assert _dated(text, kind, published) == [(day, day)]


def test_near_miss_a_count_after_a_dated_engagement_still_counts_from_it():
    text = ("Foreign Minister Ishaq Dar arrived in Tehran on 4 May. Floods struck Sindh on 1 May. The next day "
            "Dar met Foreign Minister Abbas Araghchi.")
    assert _dated(text, "meeting", "2025-05-09") == [("2025-05-05", "2025-05-05")]


def test_near_miss_a_day_told_three_sentences_before_is_not_counted_from():
    text = ("A clash took place near Turbat on August 27. Search operations followed. Roads were blocked. "
            "Schools were closed. A day after the clash, Major General Mohammad Bagheri telephoned General Asim Munir.")
    assert ("2023-08-28", "2023-08-28") not in _dated(text, "phone_call", "2023-08-30")


# --- 4. a clause that names the engagement whose day it borrows ---------------------------------

@pytest.mark.parametrize("text,published,kind,actor,day", [
    ("ISLAMABAD: The memorandum was signed at the Ministry of Interior by Interior Minister Mohsin Naqvi and Iranian "
     "Ambassador Reza Amiri Moghadam today. Ahead of the ceremony, the minister and the ambassador held talks on "
     "border security.", "2025-02-11", "meeting", "mohsin-naqvi", "2025-02-11"),
    ("QUETTA: Interior Minister Mohsin Naqvi and his Iranian counterpart Eskandar Momeni on Wednesday inaugurated a "
     "new gate at the Taftan crossing. After the ceremony, the two ministers held talks at the border terminal.",
     "2025-03-07", "meeting", "eskandar-momeni", "2025-03-05"),
    ("Foreign Minister Ishaq Dar and Iranian Foreign Minister Abbas Araghchi signed an agreement on pilgrims in "
     "Islamabad on Monday. Following the signing, Araghchi called on Prime Minister Shehbaz Sharif.", "2025-04-09",
     "meeting", "shehbaz-sharif", "2025-04-07"),
])
def test_a_clause_after_or_ahead_of_a_named_engagement_takes_its_day(text, published, kind, actor, day):
    assert _dated(text, kind, published, actor) == [(day, day)]


def test_near_miss_a_clause_after_an_engagement_with_its_own_day_keeps_it():
    text = ("QUETTA: Interior Minister Mohsin Naqvi and his Iranian counterpart Eskandar Momeni on Wednesday "
            "inaugurated a new gate at the Taftan crossing. After the ceremony, on Thursday, the two ministers held "
            "talks in Quetta.")
    assert _dated(text, "meeting", "2025-03-07", "eskandar-momeni") == [("2025-03-06", "2025-03-06")]


def test_near_miss_after_the_elections_names_no_engagement():
    # the sentence before tells an engagement (so no free day of it dates the call); 'the elections' is none
    text = ("Foreign Minister Ishaq Dar and Iranian Foreign Minister Abbas Araghchi held talks in Islamabad on Monday. "
            "After the elections, Araghchi called on Prime Minister Shehbaz Sharif.")
    assert ("2025-04-07", "2025-04-07") not in _dated(text, "meeting", "2025-04-09", "shehbaz-sharif")


# --- 5. the day a trip was postponed is not the day it was held (review21 S5) ---------------------

@pytest.mark.parametrize("text,published,day", [
    ("Foreign Minister Ishaq Dar's visit to Tehran, which was postponed on 12 April, took place on 28 April. Dar met "
     "President Masoud Pezeshkian.", "2025-05-02", ("2025-04-28", "2025-04-28")),
    ("Foreign Minister Ishaq Dar's visit to Tehran, postponed in April, was held in May. Dar met President Masoud "
     "Pezeshkian in Tehran.", "2025-05-20", ("2025-05-01", "2025-05-31")),
    ("Foreign Minister Ishaq Dar visited Tehran on Tuesday. The trip had been postponed on 12 April after the "
     "strikes. Dar met President Masoud Pezeshkian.", "2025-05-02", ("2025-04-29", "2025-04-29")),
])
def test_a_held_trip_is_not_dated_by_its_postponement(text, published, day):
    assert _dated(text, "visit", published) == [day]
    assert _dated(text, "meeting", published) == [day]


def test_near_miss_a_day_not_right_after_the_postponement_is_the_engagements():
    text = ("The meeting between Interior Minister Mohsin Naqvi and Iranian Interior Minister Eskandar Momeni, "
            "postponed twice, was held in Islamabad on 12 April.")
    assert _dated(text, "meeting", "2025-04-15") == [("2025-04-12", "2025-04-12")]


def test_near_miss_a_trip_called_off_on_a_day_is_no_held_trip():
    text = ("Foreign Minister Ishaq Dar's visit to Tehran, where he was to meet President Masoud Pezeshkian, was "
            "called off on 12 April.")
    assert _dated(text, "visit", "2025-04-15") == []


# --- 6. a trip's last day, and a ranked noun's infinitive that is no plan --------------------------

@pytest.mark.parametrize("text,published,actor,day", [
    ("Chief of Army Staff General Asim Munir arrived in Tehran on 14 July for a three-day visit. On the last day of "
     "the visit he met President Masoud Pezeshkian.", "2025-07-20", "masoud-pezeshkian", "2025-07-16"),
    ("Foreign Minister Ishaq Dar reached Tehran on 3 March and left on 6 March. On the last day of his trip, Dar "
     "called on President Masoud Pezeshkian at the presidency.", "2025-03-10", "masoud-pezeshkian", "2025-03-06"),
    ("Iranian Interior Minister Eskandar Momeni arrived in Islamabad on 10 February on a two-day visit. He held talks "
     "with Interior Minister Mohsin Naqvi on arrival. On the final day of his stay he called on Prime Minister "
     "Shehbaz Sharif.", "2025-02-14", "shehbaz-sharif", "2025-02-11"),
])
def test_the_last_day_of_the_visit_is_the_trips_told_last_day(text, published, actor, day):
    assert _dated(text, "meeting", published, actor) == [(day, day)]


def test_near_miss_the_last_day_of_an_untold_end_makes_no_day():
    # the trip's end is not told: its last day is no day the report gives
    text = ("Chief of Army Staff General Asim Munir arrived in Tehran on 14 July. On the last day of the visit he met "
            "President Masoud Pezeshkian.")
    got = _dated(text, "meeting", "2025-07-20", "masoud-pezeshkian")
    assert got and all(start == "2025-07-14" or start != end for start, end in got)


def test_near_miss_the_last_day_of_a_conference_is_no_trip_day():
    cues = date_cues("on the last day of the conference he met the minister", dt.date(2025, 7, 20), False)
    assert not any(c.of_visit for c in cues)


@pytest.mark.parametrize("text,published,visit", [
    ("The most senior Pakistani officer to visit Iran this year, General Sahir Shamshad Mirza, arrived in Tehran on "
     "May 10 for a three-day visit.", "2025-05-20", ("2025-05-10", "2025-05-12")),
    ("The first Iranian president to visit Pakistan in eight years, Masoud Pezeshkian, arrived in Islamabad on 3 "
     "August for a two-day visit.", "2025-08-10", ("2025-08-03", "2025-08-04")),
    ("Ishaq Dar, the only foreign minister to visit Tehran during the war, arrived in Tehran on Sunday for a "
     "two-day visit.", "2025-06-20", ("2025-06-15", "2025-06-16")),
])
def test_a_ranked_nouns_infinitive_does_not_make_the_trip_a_plan(text, published, visit):
    assert _dated(text, "visit", published) == [visit]


def test_near_miss_an_infinitive_of_a_plan_stays_a_plan():
    text = "Foreign Minister Ishaq Dar is expected to visit Tehran on 3 August for a two-day visit."
    assert _dated(text, "visit", "2025-07-20") == []


# --- 7. an undated report's range ends with the term of the office told (probes9 p9-33's class) ----

@pytest.mark.parametrize("title", [
    "Commander of the Army of the Islamic Republic of Iran",
    "Commander of the Iranian Army",
    "Commander of the Islamic Republic of Iran Army",
])
def test_an_undated_meeting_ends_with_the_told_offices_term(title):
    # Abdolrahim Mousavi commanded the army until 13 June 2025, then became chief of the general staff
    text = (f"{title}, Major General Abdolrahim Mousavi, called on Chief of the Naval Staff Admiral Naveed Ashraf at "
            "Naval Headquarters in Islamabad, a navy statement said. Maritime security was discussed.")
    assert _dated(text, "meeting", None) == [("2023-10-07", "2025-06-13")]


def test_near_miss_a_command_of_the_army_is_not_the_armys_commander():
    text = ("Commander of the Army's Southern Command, Major General Abdolrahim Mousavi, called on Chief of the Naval "
            "Staff Admiral Naveed Ashraf at Naval Headquarters in Islamabad, a navy statement said.")
    assert ("2023-10-07", "2025-06-13") not in _dated(text, "meeting", None)
