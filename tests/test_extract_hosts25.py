"""Round 25 (hosts25, issue 15): who took part when a visitor meets several hosts.

- An honorific before a new person's name ('Nawab', 'Mir', 'Makhdoom', 'Haji', 'Hazrat', 'Pir':
  titles.yaml `honorific_sides`, read by lexicon.honorific_words and kept_in_name_words) stays in the name curators write, never in the id.
- 'Later that day' / 'later in the day' counts from the engagement told before it, not from an
  arrival told in a person's relative clause of a sentence in between ('X, who arrived on Sunday,
  said ...'): candidates._resolve_offsets.
- A travel frame whose subject lists two people of one side ('Prime Minister X and army chief Y
  arrived in Tehran') is one visit of both, the one told first its guest (candidates._travelling_together).
Near misses: a traveller told with an aside about someone else stays alone; a meeting of three
told in one clause stays one meeting. Reports are made up, in our own words; the people are the
shipped gazetteer's (real office-holders) or new names we invent."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import OwnReports

R = OwnReports("hosts25", "2016-08-11")


def _meetings(events) -> list[tuple[tuple[str, ...], dt.date | None]]:
    return sorted((tuple(sorted(e.participants)), e.date_start) for e in events if e.kind == "meeting")


# --- honorifics before a new name --------------------------------------------------------------

HONORIFIC_TEXTS = [
    ("QUETTA: Iran's Ambassador to Pakistan Mehdi Honardoost called on Balochistan Chief Minister Nawab "
     "Akbar Rindani at his office on Wednesday and discussed electricity supply to the coastal belt.",
     "akbar-rindani", "Nawab Akbar Rindani"),
    ("QUETTA: Balochistan Chief Minister Mir Jalal Khan Marwat received Iran's Ambassador to Pakistan "
     "Mehdi Honardoost on Wednesday; the two discussed new border crossings.",
     "jalal-khan-marwat", "Mir Jalal Khan Marwat"),
    ("QUETTA: Iranian Ambassador Mehdi Honardoost met Balochistan Chief Minister Haji Gul Dawar Zarakzai on Wednesday "
     "to discuss pilgrims' security on the highway to Taftan.",
     "gul-dawar-zarakzai", "Haji Gul Dawar Zarakzai"),
]


@pytest.mark.parametrize("text,actor,name", HONORIFIC_TEXTS, ids=["nawab", "mir", "haji"])
def test_an_honorific_is_kept_in_the_new_name_but_never_in_its_id(text, actor, name):
    rep = R.report(text)
    assert actor in rep.new_actors, rep.new_actors
    assert rep.new_actors[actor]["name"] == name
    assert not any(a.split("-")[0] in ("nawab", "mir", "haji") for a in rep.new_actors)
    assert R.meets(text, "mehdi-honardoost", actor)


# --- 'later that day' after an arrival told as an aside ------------------------------------------

LATER_THAT_DAY = [
    # (text, report day, the later meeting's people, its day)
    ("Tehran, June 14 -- Iran's armed forces chief of staff Major General Mohammad Bagheri and Chairman of "
     "the Joint Chiefs of Staff Committee General Nadeem Raza held talks in Tehran today on border security. "
     "General Raza, who arrived in Tehran on Sunday at the head of a military delegation, said the fence "
     "would help stop illegal crossings. In a separate meeting later in the day, the Pakistani commander "
     "met Iranian Defence Minister Brigadier General Amir Hatami.",
     "2021-06-14", ("amir-hatami", "nadeem-raza"), dt.date(2021, 6, 14)),
    ("ISLAMABAD: Iranian Foreign Minister Hossein Amir-Abdollahian held talks with Foreign Minister "
     "Bilawal Bhutto Zardari at the Foreign Office on Wednesday. Amir-Abdollahian, who arrived in "
     "Islamabad on Tuesday night, told reporters that trade at the border markets would double. Later "
     "that day he called on Prime Minister Shehbaz Sharif at the PM House.",
     "2022-11-24", ("hossein-amir-abdollahian", "shehbaz-sharif"), dt.date(2022, 11, 23)),
    ("TEHRAN: Interior Minister Mohsin Naqvi met his Iranian counterpart Eskandar Momeni in Tehran on "
     "Monday. Naqvi, who landed in the Iranian capital on Sunday evening, said the two countries would "
     "set up a joint task force on smuggling. Later in the day the minister met Iranian President "
     "Masoud Pezeshkian.",
     "2024-11-26", ("masoud-pezeshkian", "mohsin-naqvi"), dt.date(2024, 11, 25)),
]


@pytest.mark.parametrize("text,day,people,when", LATER_THAT_DAY, ids=["separate-meeting", "later-that-day", "later-in-the-day"])
def test_later_that_day_counts_from_the_talks_not_from_an_asides_arrival(text, day, people, when):
    found = [d for p, d in _meetings(R.clustered(text, day)) if p == people]
    assert found == [when], _meetings(R.clustered(text, day))


def test_later_that_day_in_the_asides_own_sentence_counts_from_the_aside():
    # near miss: 'X, who arrived on Tuesday, met Y later that day' -- the arrival's day is the meeting's
    text = ("ISLAMABAD: Interior Minister Rana Sanaullah met Iran's Ambassador to Pakistan Mehdi Honardoost on "
            "Wednesday. Iranian Foreign Minister Hossein Amir-Abdollahian, who arrived in Islamabad on Tuesday, "
            "met Prime Minister Shehbaz Sharif later that day.")
    found = [d for p, d in _meetings(R.clustered(text, "2022-11-24")) if p == ("hossein-amir-abdollahian", "shehbaz-sharif")]
    assert found == [dt.date(2022, 11, 22)], _meetings(R.clustered(text, "2022-11-24"))


# --- two principals travelling together ---------------------------------------------------------

TOGETHER = [
    ("TEHRAN: Prime Minister Nawaz Sharif and Chief of Army Staff General Raheel Sharif arrived in Tehran "
     "today on a one-day visit aimed at easing tension in the Gulf.",
     "2016-01-19", {"nawaz-sharif", "raheel-sharif"}),
    ("TEHRAN: Prime Minister Imran Khan and Foreign Minister Shah Mahmood Qureshi arrived in Tehran today "
     "on a two-day official visit, their first since the new government took office.",
     "2019-04-21", {"imran-khan", "shah-mahmood-qureshi"}),
    ("ISLAMABAD: President Hassan Rouhani, Foreign Minister Mohammad Javad Zarif and Oil Minister Bijan "
     "Namdar Zangeneh landed in Islamabad on Friday for a two-day state visit.",
     "2016-03-26", {"hassan-rouhani", "mohammad-javad-zarif", "bijan-namdar-zangeneh"}),
]


@pytest.mark.parametrize("text,day,people", TOGETHER, ids=["pm-and-army-chief", "pm-and-fm", "three-ministers"])
def test_a_visit_by_principals_together_keeps_them_all(text, day, people):
    visits = [e for e in R.clustered(text, day) if e.kind == "visit"]
    assert len(visits) == 1, visits
    assert people <= set(visits[0].participants), visits[0].participants


def test_the_visit_of_two_together_is_the_first_told_and_their_talks_join_it():
    text = ("TEHRAN: Prime Minister Imran Khan and Foreign Minister Shah Mahmood Qureshi arrived in Tehran today "
            "on a two-day visit. They met President Hassan Rouhani at the presidential palace.")
    events = R.clustered(text, "2019-04-22")
    visit = next(e for e in events if e.kind == "visit")
    assert visit.guest == "imran-khan"
    # the talks take the trip's day (a guest of no trip of his own, the meeting had only the month)
    assert [d for p, d in _meetings(events) if "hassan-rouhani" in p] == [dt.date(2019, 4, 22)]


def test_a_traveller_with_an_aside_about_another_person_travels_alone():
    text = ("TEHRAN: Foreign Minister Bilawal Bhutto Zardari, who met Prime Minister Shehbaz Sharif and "
            "Interior Minister Rana Sanaullah before leaving, arrived in Tehran today.")
    visits = [e for e in R.clustered(text, "2023-05-16") if e.kind == "visit"]
    assert [v.guest for v in visits] == ["bilawal-bhutto-zardari"]
    assert not {"shehbaz-sharif", "rana-sanaullah"} & set(visits[0].participants)


def test_a_meeting_of_three_told_in_one_clause_stays_one_meeting():
    text = ("TEHRAN: Prime Minister Nawaz Sharif and Chief of Army Staff General Raheel Sharif met President "
            "Hassan Rouhani in Tehran today.")
    meetings = [e for e in R.clustered(text, "2016-01-19") if e.kind == "meeting"]
    assert len(meetings) == 1, [(e.participants) for e in meetings]
    assert "hassan-rouhani" in meetings[0].participants


THEY_MET = [
    ("TEHRAN: Prime Minister Nawaz Sharif and Chief of Army Staff General Raheel Sharif arrived in Tehran today. "
     "They were driven to the presidential palace, where they met President Hassan Rouhani.",
     "2016-01-19", {"nawaz-sharif", "raheel-sharif", "hassan-rouhani"}),
    ("TEHRAN: Prime Minister Imran Khan and Foreign Minister Shah Mahmood Qureshi arrived in Tehran today on a "
     "two-day visit. The two later met President Hassan Rouhani at the Saadabad Palace.",
     "2019-04-22", {"imran-khan", "shah-mahmood-qureshi", "hassan-rouhani"}),
    ("ISLAMABAD: President Hassan Rouhani and Foreign Minister Mohammad Javad Zarif landed in Islamabad on Friday. "
     "They also met Prime Minister Nawaz Sharif at the PM House on Saturday.",
     "2016-03-27", {"hassan-rouhani", "mohammad-javad-zarif", "nawaz-sharif"}),
]


@pytest.mark.parametrize("text,day,people", THEY_MET, ids=["where-they-met", "the-two-later-met", "they-also-met"])
def test_they_who_travelled_together_sit_in_the_meeting_they_are_told_to_hold(text, day, people):
    meetings = [e for e in R.clustered(text, day) if e.kind == "meeting"]
    assert any(people <= set(e.participants) for e in meetings), [e.participants for e in meetings]


def test_he_met_is_the_guest_alone():
    # near miss: a singular subject is the guest only, not who travelled with him
    text = ("TEHRAN: Prime Minister Imran Khan and Foreign Minister Shah Mahmood Qureshi arrived in Tehran today on a "
            "two-day visit. He met President Hassan Rouhani at the Saadabad Palace.")
    meetings = [e for e in R.clustered(text, "2019-04-22") if e.kind == "meeting" and "hassan-rouhani" in e.participants]
    assert meetings and not any("shah-mahmood-qureshi" in e.participants for e in meetings), [e.participants for e in meetings]
