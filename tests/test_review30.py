"""Round 30 review (review30, issue 15): near neighbours of the round's new rules, made-up reports in our
own words, and a property over the new code paths (no input may raise).

Fixed here:
1. places30's stopover that is the venue: 'arrived in Tehran after a stop in Islamabad, where he held talks
   with Y' put the talks in Tehran (the stop's city was refused for every trigger of the sentence); a trigger
   told in the stop's own 'where' clause was held there (`frames.stopover_at`);
2. people30's named holder's deputy: 'Iranian Interior Minister X and his deputy, Y, met Z' read Y and then
   seated only Y (the subject nearest the verb), dropping X; the guest's side's persons a meeting's subject
   lists together all sit in (`candidates._Built._co_subjects`, `_title_only` reads the `office_deputy`
   phrase as a join);
3. people30's third country's body between office and name without a rank: 'Director General Afghan
   Intelligence A B met Y' read 'Afghan Intelligence A B' as the name of a new Pakistani person (the body
   was inside the name run, so the phrase between office and name was empty): a name opening with a third
   country's word is nobody of the dyad (`mentions.People._titled_strangers`); one side's body there
   ('Director General Anti-Narcotics Force A B') is cut off the name (`People._body_opening_name`);
4. places30's way home: 'He returned to Tehran on Tuesday' (a departure whose trigger ends in 'to') was read
   as leaving Tehran, so the report's trip moved to Iran and the Iranian guest's visit to Islamabad was
   lost (`frames.goes_to`, read by `candidates._way_home_country`).

Found, not fixed (strict xfails with the reason)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract_fixtures import OwnReports
from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.report import read_report
from places11_table import lexicon

OWN = OwnReports("review30", "2025-03-05", lexicon)
_events, _of = OWN.placed, OWN.placed_of


# -- 1. a stopover that is the venue ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, place", [
    ("ISLAMABAD: Iranian Foreign Minister Abbas Araghchi arrived in Tehran on Monday after a stop in Islamabad, where "
     "he held talks with Deputy Prime Minister Ishaq Dar.", "islamabad"),
    ("Iranian Foreign Minister Abbas Araghchi flew home on Tuesday after a brief halt in Karachi, where he had held "
     "talks with Deputy Prime Minister Ishaq Dar on Monday.", "karachi"),
])
def test_talks_told_in_the_stops_own_where_clause_were_held_there(text, place):
    assert [e[2] for e in _of(text, "meeting", "abbas-araghchi", "ishaq-dar")] == [place], _events(text)


def test_a_stop_before_talks_told_outside_its_where_clause_still_places_nothing():
    """The near miss: places30's own reading, kept."""
    text = ("ISLAMABAD: Iranian Foreign Minister Abbas Araghchi arrived on Monday night after a stop in Kabul and held "
            "talks with Deputy Prime Minister Ishaq Dar.")
    assert [e[2] for e in _of(text, "meeting", "abbas-araghchi", "ishaq-dar")] == ["islamabad"], _events(text)


# -- 2. a holder and his deputy told together as the subject ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "ISLAMABAD: Iranian Interior Minister Eskandar Momeni and his deputy, Ali Akbar Pourjamshidian, met Interior "
    "Minister Mohsin Naqvi on Monday.",
    "ISLAMABAD: Iranian Interior Minister Eskandar Momeni and Iranian Deputy Interior Minister Ali Akbar "
    "Pourjamshidian met Interior Minister Mohsin Naqvi on Monday.",
])
def test_every_guest_the_meetings_subject_lists_sits_in(text):
    assert _of(text, "meeting", "eskandar-momeni", "ali-akbar-pourjamshidian", "mohsin-naqvi"), _events(text)


def test_a_holder_and_deputy_told_as_objects_still_sit_in():
    """The near miss that was already right: the listed objects."""
    text = ("ISLAMABAD: Interior Minister Mohsin Naqvi met Iranian Interior Minister Eskandar Momeni and his deputy, "
            "Ali Akbar Pourjamshidian, on Monday.")
    assert _of(text, "meeting", "eskandar-momeni", "ali-akbar-pourjamshidian", "mohsin-naqvi"), _events(text)


def test_a_subject_told_after_a_clause_is_no_co_subject():
    """'X met Y, and Z held talks with W': Z is no companion of X's meeting."""
    text = ("ISLAMABAD: Iranian Interior Minister Eskandar Momeni met Interior Minister Mohsin Naqvi on Monday, and "
            "Iranian Foreign Minister Abbas Araghchi held talks with Deputy Prime Minister Ishaq Dar.")
    assert not _of(text, "meeting", "eskandar-momeni", "abbas-araghchi"), _events(text)


# -- 3. a third country's body inside the name run ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "ISLAMABAD: Director General Afghan Intelligence Abdul Haq Wasiq met Iranian Interior Minister Eskandar Momeni on "
    "Monday.",
    "ISLAMABAD: Director General Afghan Intelligence Mullah Wasiq met Iranian Interior Minister Eskandar Momeni on "
    "Monday.",
])
def test_a_third_countrys_body_before_the_name_makes_nobody_of_the_pair(text):
    assert not _of(text, "meeting", "eskandar-momeni"), _events(text)


def test_a_body_of_ones_side_before_the_name_still_reads_the_person():
    """The near miss: people30's 'Director General Anti-Narcotics Force X' without a rank."""
    text = ("ISLAMABAD: Director General Anti-Narcotics Force Abdul Moeed Khan met Iranian Interior Minister Eskandar "
            "Momeni on Monday.")
    assert _of(text, "meeting", "abdul-moeed-khan", "eskandar-momeni"), _events(text)


# -- found, not fixed ----------------------------------------------------------------------------------------------------
@pytest.mark.xfail(strict=True, reason=(
    "dates30's fronted other year reaches the whole sentence: '..., and on Tuesday he met Y' after 'In 2019, the two "
    "sides agreed ...' loses its weekday, the meeting is dated 2019 and dropped as background (on c1365d11 it was a "
    "2019 meeting). Keeping the weekday of a new clause alone dates it 2019 still (the year is taken over the "
    "weekday elsewhere in the date choice): not mended in the review's time."))
def test_a_weekday_in_a_new_clause_after_a_fronted_year_is_this_weeks():
    text = ("ISLAMABAD: Iranian Foreign Minister Abbas Araghchi arrived on Monday. In 2019, the two sides agreed on a "
            "border market, and on Tuesday he met Deputy Prime Minister Ishaq Dar.")
    assert [e[1] for e in _of(text, "meeting", "abbas-araghchi", "ishaq-dar")] == ["2025-03-04"], _events(text)


def test_not_being_back_for_talks_holds_no_talks():
    text = ("ISLAMABAD: Iranian Foreign Minister Abbas Araghchi was not back in Islamabad on Wednesday for talks with "
            "Deputy Prime Minister Ishaq Dar.")
    assert not _of(text, "meeting", "abbas-araghchi", "ishaq-dar"), _events(text)


@pytest.mark.xfail(strict=True, reason=(
    "places30's way home reads 'returned from <City>' only as a departure frame; 'returned from Tehran on Wednesday "
    "after a three-day visit, during which he met Y' makes a visit frame (the trip noun) and no departure, the "
    "origin 'from Tehran' places nothing, so the visit and its meeting are unplaced and the visit is dropped (the "
    "same on c1365d11): the trip noun's frame would need the way home's city (frames)."))
def test_a_way_home_from_a_city_after_a_visit_noun_places_that_visit():
    text = ("ISLAMABAD: Deputy Prime Minister Ishaq Dar returned from Tehran on Wednesday after a three-day visit, during "
            "which he met Iranian Foreign Minister Abbas Araghchi.")
    assert [e[2] for e in _of(text, "visit", "ishaq-dar")] == ["tehran"], _events(text)


def test_a_nominal_call_told_as_expected_is_no_held_call():
    text = ("ISLAMABAD: A virtual meeting between Deputy Prime Minister Ishaq Dar and Iranian Foreign Minister Abbas "
            "Araghchi is expected on Monday.")
    assert not [e for e in _events(text) if e[0] in ("phone_call", "meeting")], _events(text)


# -- no input may raise over the round's new paths ---------------------------------------------------------------------
_PIECES = [
    "ISLAMABAD: ", "TEHRAN -- ", "11:40 PKT: ", "10:40 — ", "In 2019, ", "In March 2018, ", "at 10:30 am ",
    "Iranian Interior Minister Eskandar Momeni", "Interior Minister Mohsin Naqvi", " and his deputy, ", " and his deputies, ",
    "Ali Akbar Pourjamshidian", " and ", ", ", "Director General Afghan Intelligence ", "Director General Anti-Narcotics Force ",
    "Major General ", "Abdul-ul-Haq", " arrived ", " arrived from Doha ", " flew in from Tehran ", " returned on Wednesday from Tehran",
    " after a stop in Kabul", " via a stopover in ", ", where he ", " held talks with ", " met ", " was back in Islamabad ",
    " for a second round of talks with ", " at the Iranian embassy", " on Monday", " before flying back to Tehran",
    " after a three-day visit", " A video conference was held between ", " while ", " held a long session with ",
    " officials from both delegations said", " the Pakistan Air Force", " DCHQ", " NACTA", ".", " ", "\n\n", "(", ")", ";",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30), st.sampled_from(["2025-03-05", None]))
def test_no_input_raises_over_the_rounds_new_paths(pieces, day):
    text = "".join(pieces)
    cluster([read_report("review30-prop", text, day, lexicon())])


# -- 4. a way home 'to' a city is no city left ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "ISLAMABAD: Iranian Interior Minister Eskandar Momeni arrived on Monday. Interior Minister Mohsin Naqvi met him at "
    "the ministry. He returned to Tehran on Tuesday.",
    "ISLAMABAD: Iranian Interior Minister Eskandar Momeni arrived on Monday. Naqvi met him at the ministry. He returned "
    "to Tehran on Tuesday.",
])
def test_a_way_home_to_a_city_does_not_move_the_reports_trip_there(text):
    """places30's way home read the city 'returned to' as the city left: the report's trip moved to Tehran and the
    guest's visit to Islamabad was lost (the pronoun's reading, Naqvi, is the old one and not asked here; 'He left
    for Tehran' moves the trip by that reading, as on c1365d11: left)."""
    assert [e[2] for e in _of(text, "visit", "eskandar-momeni")] == ["islamabad"], _events(text)
    assert [e[2] for e in _of(text, "meeting", "eskandar-momeni", "mohsin-naqvi")] == ["islamabad"], _events(text)
