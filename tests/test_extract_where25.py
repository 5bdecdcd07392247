"""Round 25 (where25): places and names left by round 24's review.

A ministry told by its kind ('at the Interior Ministry', 'at the Ministry of Interior') stands in
the capital of its host's side (places.yaml venues with a `side`); an invitation 'for a visit to X'
names where a later trip would go, not the meeting's place (places.yaml `topic_before`); a visit
placed only by a service chief's headquarters its first sentence names (a `stop` venue) takes the
city the guest arrived in (candidates._at_stop_venue); an office right after 'ex-' is read as after
'former' (titles.yaml `office_joined`); a near spelling never crosses the side the text gives the
person (mentions._across_sides). Made-up reports in our own words (no corpus text), three or more per
class, with near misses."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.report import Reading, read_report
from places11_table import lexicon


def _events(text: str, day: str) -> list:
    return cluster([read_report("where25-own", text, day, lexicon())])


def _places(text: str, day: str, kind: str) -> set[str]:
    return {e.place_id or "-" for e in _events(text, day) if e.kind == kind}


def _mentions(text: str, day: str) -> list[tuple[str, str | None, str | None, str]]:
    r = Reading("where25-own", text, dt.date.fromisoformat(day), lexicon())
    return [(m.actor_id, m.side, m.title, r.text[m.span.start:m.span.end]) for ms in r.mentions for m in ms]


# -- 1. a ministry told by its kind is in its host side's capital -------------------------------------

MINISTRIES = [
    (  # no dateline, the host's ministry named only 'the Interior Ministry'
        "Interior Minister Sheikh Rashid Ahmad has said the border must become a source of trade. He said this "
        "while talking to Iran's Ambassador Syed Mohammad Ali Hosseini, who called on him at the Interior "
        "Ministry. Pilgrims and prisoners came under discussion.",
        "2021-03-04", "islamabad"),
    (  # a written answer: 'the Ministry of Interior' and a date, no dateline
        "Answer given in the House: The Ambassador of Iran, Mr Mehdi Honardoost, called on the Minister for "
        "Interior, Brigadier (retd) Ijaz Ahmad Shah, at the Ministry of Interior on 12 November, when border "
        "crossings were reviewed.",
        "2019-12-06", "islamabad"),
    (  # the guest's trip to Iran, the host's foreign ministry named by its kind
        "Foreign Minister Shah Mahmood Qureshi, on a visit to Iran, held talks with Foreign Minister Mohammad "
        "Javad Zarif at the foreign ministry on Monday. The two discussed the border and trade.",
        "2020-11-10", "tehran"),
]


def test_a_ministry_told_by_its_kind_is_in_its_hosts_capital():
    for text, day, city in MINISTRIES:
        assert _places(text, day, "meeting") == {city}, text[:70]


def test_near_miss_a_ministry_that_speaks_places_nothing():
    # the ministry tells of the meeting ('the Interior Ministry said'): no venue, the country stays
    text = ("Iran's Ambassador Syed Mohammad Ali Hosseini met Interior Minister Sheikh Rashid Ahmad during a tour "
            "of Pakistan, the Interior Ministry said. Pilgrims came under discussion.")
    assert "islamabad" not in _places(text, "2021-03-04", "meeting")


def test_near_miss_a_city_named_for_the_meeting_wins_over_the_ministry():
    text = ("Iran's Ambassador Syed Mohammad Ali Hosseini met Interior Minister Sheikh Rashid Ahmad in Lahore at "
            "the Interior Ministry's regional office on Monday.")
    assert _places(text, "2021-03-04", "meeting") <= {"lahore"}


# -- 2. an invitation for a visit names where a later trip would go -----------------------------------

INVITATIONS = [
    ("ISLAMABAD: Iran's Interior Minister Abdolreza Rahmani Fazli called on Prime Minister Nawaz Sharif on "
     "Wednesday and conveyed President Rouhani's invitation for a visit to Tehran.", "2014-05-22"),
    ("ISLAMABAD: At his meeting with Prime Minister Nawaz Sharif on Wednesday, the visiting Iranian interior "
     "minister Abdolreza Rahmani Fazli handed over an invitation for an official visit to Tehran.", "2014-05-22"),
    ("ISLAMABAD: Abdolreza Rahmani Fazli, Iran's interior minister, met Prime Minister Nawaz Sharif on Wednesday, "
     "who accepted an invitation for a state visit to Tehran later in the year.", "2014-05-22"),
]


def test_an_invitation_for_a_visit_does_not_place_the_meeting():
    for text, day in INVITATIONS:
        assert "tehran" not in _places(text, day, "meeting"), text[:70]


def test_near_miss_a_meeting_held_in_the_city_still_placed():
    text = ("TEHRAN: Prime Minister Nawaz Sharif met President Hassan Rouhani in Tehran on Wednesday during his visit "
            "to Iran.")
    assert _places(text, "2014-05-22", "meeting") == {"tehran"}


# -- 3. a visit placed only by a stop at a headquarters takes the city the guest arrived in -----------

STOPS = [
    ("KARACHI: Iran's navy commander, Rear Admiral Hossein Khanzadi, flew home yesterday at the end of a four-day "
     "visit that took him from the capital to General Headquarters in Rawalpindi and on to Karachi. The admiral "
     "arrived in Islamabad on Sunday. On Tuesday he called on General Qamar Javed Bajwa at General Headquarters "
     "in Rawalpindi.", "2017-05-11"),
    ("LAHORE: Major General Mohammad Bagheri ended a three-day visit that included a call at General Headquarters "
     "in Rawalpindi. He had arrived in Islamabad on Monday and met General Qamar Javed Bajwa at General "
     "Headquarters on Tuesday.", "2017-05-11"),
    ("QUETTA: Rear Admiral Hossein Khanzadi's visit, which took him to General Headquarters in Rawalpindi, ended on "
     "Wednesday. He landed in Islamabad on Sunday and later drove to Rawalpindi, where he called on General "
     "Qamar Javed Bajwa at General Headquarters.", "2017-05-11"),
]


def test_a_visit_placed_only_by_a_stop_takes_the_arrival_city():
    for text, day in STOPS:
        assert _places(text, day, "visit") == {"islamabad"}, text[:70]


def test_near_miss_a_visit_told_to_rawalpindi_alone_keeps_it():
    # no other city told for the trip: the stop's city is the only one (a GHQ release keeps its city)
    text = ("RAWALPINDI: Iran's navy commander, Rear Admiral Hossein Khanzadi, called on General Qamar Javed Bajwa "
            "at General Headquarters on Tuesday during his visit to Pakistan.")
    assert _places(text, "2017-05-10", "meeting") == {"rawalpindi"}


# -- 4. an office right after 'ex-' is read as after 'former' -----------------------------------------

EX_OFFICES = [
    ("ISLAMABAD: Ex-Prime Minister Nawaz Sharif met Iranian Ambassador Reza Amiri Moghadam on Tuesday.",
     "nawaz-sharif", "Prime Minister"),
    ("ISLAMABAD: The ex-Prime Minister Nawaz Sharif received Iranian Ambassador Reza Amiri Moghadam at his home.",
     "nawaz-sharif", "Prime Minister"),
    ("ISLAMABAD: Ex-Foreign Minister Shah Mahmood Qureshi met Iranian Ambassador Reza Amiri Moghadam on Tuesday.",
     "shah-mahmood-qureshi", "Foreign Minister"),
]


def test_an_office_after_ex_is_read_whole():
    for text, actor, office in EX_OFFICES:
        titles = {title for a, _, title, _ in _mentions(text, "2024-03-05") if a == actor}
        assert titles == {office}, text[:60]


def test_ex_prime_minister_and_a_surname_is_a_former_holder_not_the_days():
    # March 2024: the day's prime minister is Shehbaz Sharif; 'ex-Prime Minister Sharif' is the one before
    people = {a for a, _, _, told in _mentions("ISLAMABAD: Ex-Prime Minister Sharif met Iranian Ambassador Reza "
                                               "Amiri Moghadam on Tuesday.", "2024-03-05") if told.endswith("Sharif")}
    assert "shehbaz-sharif" not in people


def test_near_miss_a_word_ending_in_ex_joins_no_office():
    # 'Sex-' or 'Index-' is no 'ex-': the office after it is not read from inside the word
    from pakiran_events.extract.lexicon import joined_words

    pattern = joined_words(["Prime Minister"], ["ex"], 0)
    assert [m.start() for m in pattern.finditer("Index-Prime Minister; ex-Prime Minister; Prime Minister")] == [25, 41]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("exEX- Prime Minstr")), max_size=40))
def test_joined_words_matches_at_most_what_it_is_given(text):
    from pakiran_events.extract.lexicon import joined_words, words

    plain = {m.span() for m in words(["Prime Minister"], 0).finditer(text)}
    joined = {m.span() for m in joined_words(["Prime Minister"], ["ex"], 0).finditer(text)}
    assert plain <= joined
    assert all(text[a:b] == "Prime Minister" for a, b in joined)


# -- 5. a near spelling never crosses the side the text gives the person ------------------------------

ACROSS = [
    "KARACHI: Iran's Consul General Mohammad Rafiei called on Sindh Governor Kamran Tessori on Tuesday.",
    "KARACHI: Iranian Consul General Mohammad Rafiei met Sindh Governor Kamran Tessori on Tuesday.",
    "KARACHI: Sindh Governor Kamran Tessori received Iran's Consul General Mohammad Rafiei on Tuesday.",
]


def test_a_near_spelling_does_not_cross_the_side_the_text_gives():
    for text in ACROSS:
        people = {(a, side) for a, side, _, told in _mentions(text, "2024-03-05") if "Rafi" in told}
        assert people and all(side == "IRN" for _, side in people) and ("mohammad-rafi", "PAK") not in people, text


def test_near_miss_the_pakistani_spelling_still_reads_its_owner():
    text = "ZAHEDAN: Pakistan's Consul General Mohammad Rafi met the governor of Sistan and Baluchestan on Tuesday."
    assert ("mohammad-rafi", "PAK") in {(a, side) for a, side, _, _ in _mentions(text, "2020-06-05")}


# -- 6. the partners of talks told before 'in <city> told reporters' are no speakers -----------------

PARTNERS = [
    ("ISLAMABAD: Interior Minister Ijaz Ahmad Shah said after talks with senior Iranian officials in Tehran told "
     "reporters on Monday that pilgrims would be given security.", "2020-06-09", "tehran"),
    ("ISLAMABAD: Interior Minister Ijaz Ahmad Shah, back from talks with Iranian officials in Mashhad told "
     "reporters on Monday that the crossing would reopen.", "2020-06-09", "mashhad"),
    ("ISLAMABAD: Interior Minister Ijaz Ahmad Shah after his meeting with Iranian border officials in Zahedan said "
     "on Monday that the two sides would share information.", "2020-06-09", "zahedan"),
]


def test_talks_with_officials_in_a_city_are_placed_there():
    for text, day, city in PARTNERS:
        assert _places(text, day, "meeting") == {city}, text[:70]


def test_near_miss_officials_in_a_city_who_speak_place_nothing():
    # 'Officials in Tehran told reporters': the speakers' city, not the meeting's (CURATION.md §5)
    text = ("ISLAMABAD: Foreign Minister Shah Mahmood Qureshi met Iran's Foreign Minister Mohammad Javad Zarif on "
            "Monday. Officials in Tehran told reporters the talks had gone well.")
    assert "tehran" not in _places(text, "2020-06-09", "meeting")


# -- 7. a country told as an office's side opens no trip ----------------------------------------------

def test_a_country_after_an_office_and_of_is_its_side_not_the_place():
    # 'The Ambassador of Iran' opening a written answer: Iran is the office's, the call is in Pakistan
    for office in ("The Ambassador of Iran", "The Ambassador of the Islamic Republic of Iran", "Iran's Ambassador"):
        text = (f"Answer given in the House: {office}, Mr Mehdi Honardoost, called on the Minister for Interior, "
                "Brigadier (retd) Ijaz Ahmad Shah, at the Ministry of Interior on 12 November.")
        assert _places(text, "2019-12-06", "meeting") == {"islamabad"}, office
