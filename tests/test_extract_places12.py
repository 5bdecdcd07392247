"""Twelfth round (where): smaller summit towns read only where a clause calls for a place, the
landing city against the city of a visit's talks, a summit's city told beside the summit, and
venues at a city. Made-up sentences in our own words; the table rows of these classes are in
tests/fixtures/place_phrasings.yaml (classes 'minor city', 'landing city', 'summit city',
'venue at city'), scored by tests/test_extract_places11.py."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.frames import dateline_places
from pakiran_events.extract.mentions import People
from pakiran_events.extract.report import Reading, publication_date, read_report, sentences
from places11_table import lexicon, place_got

DAY = "2025-03-04"


def _people(text: str) -> People:
    lex = lexicon()
    return People(text, sentences(text, lex.patterns["no_break_after"]), dt.date(2025, 3, 4), lex).find()


def _events(text: str):
    return [(e.kind, e.place_id) for e in cluster([read_report("places12-own", text, DAY, lexicon())])]


# -- the minor gazetteer ---------------------------------------------------------------------------
def test_a_summit_town_is_a_minor_place_and_not_read_everywhere():
    lex = lexicon()
    assert lex.minor_place_names["Geneva"] == "geneva"
    assert lex.places["geneva"]["country_iso3"] == "CHE"
    assert "Geneva" not in lex.place_names  # read everywhere, it would be one more common word read as a place
    assert not set(lex.minor_place_names) & set(lex.place_names)
    assert not set(lex.minor_place_names) & set(lex.dictionaries["places"]["not_places"])


def test_a_minor_town_is_read_only_right_after_a_word_calling_for_a_place():
    assert [pid for _, pid in _people("The two ministers met in Geneva on Tuesday.").minor_places(0, 44)] == ["geneva"]
    text = "The two ministers met in Sharm el-Sheikh on Tuesday."
    assert [pid for _, pid in _people(text).minor_places(0, len(text))] == ["sharm-el-sheikh"]
    for text in ("The two ministers had visited Geneva before.", "The envoy Geneva Hall spoke in Geneva Hall.",
                 "She spoke in Lausanne's favour.", "They met in geneva."):
        assert _people(text).minor_places(0, len(text)) == [], text


def test_a_phrase_already_calling_for_a_place_reads_the_town_right_after_it():
    text = "The summit, held in Shusha, ended."
    at = text.index(" Shusha")
    assert [pid for _, pid in _people(text).minor_places(at, len(text), True)] == ["shusha"]
    assert _people(text).minor_places(at, len(text)) == []  # no 'in' inside the chunk: nothing calls for it


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("inGenva SLsuhz'’-.,AaBb")), max_size=60))
def test_minor_places_never_fails_and_finds_only_called_names(text):
    people = _people(text)
    for pos, pid in people.minor_places(0, len(text)):
        assert 0 <= pos < len(text)
        assert text[:pos].rstrip().endswith("in")
        assert pid in lexicon().places


def test_a_minor_town_places_a_meeting_and_a_dyad_city_still_wins():
    assert place_got({"id": "m1", "text": "Foreign Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi "
                                          "in Geneva on Tuesday."}) == "geneva"
    # a town only named as somewhere the two once were is no place of the meeting
    assert place_got({"id": "m2", "text": "Iranian Foreign Minister Abbas Araghchi met Foreign Minister Ishaq Dar "
                                          "in Islamabad on Tuesday; the two first met as students in Lausanne."}) == "islamabad"


# -- landing city versus talks city ----------------------------------------------------------------
def test_a_visit_is_placed_where_its_talks_were_not_where_the_guest_landed():
    text = ("Iranian President Masoud Pezeshkian landed in Lahore on Saturday. On Sunday he held talks with "
            "Prime Minister Shehbaz Sharif in Islamabad.")
    events = _events(text)
    assert ("visit", "islamabad") in events and ("meeting", "islamabad") in events
    assert not any(place == "lahore" for _, place in events)


def test_the_landing_city_stays_when_the_talks_were_there_or_the_trip_names_its_city():
    text = "Iranian Foreign Minister Abbas Araghchi arrived in Karachi on Sunday, where he held talks with Foreign Minister Ishaq Dar."
    assert {p for _, p in _events(text)} == {"karachi"}
    # the trip is told as a visit to Tehran: its own city, although a later meeting was elsewhere
    text = ("Prime Minister Shehbaz Sharif arrived in Tehran on Sunday on a visit to Tehran. On Monday he held talks "
            "with Iranian President Masoud Pezeshkian in Mashhad.")
    assert ("visit", "tehran") in _events(text)


def test_talks_in_two_cities_leave_the_visit_where_the_guest_landed():
    text = ("Iranian President Masoud Pezeshkian landed in Lahore on Saturday. On Sunday he held talks with "
            "Prime Minister Shehbaz Sharif in Islamabad. On Monday he met army chief General Asim Munir in "
            "Rawalpindi.")
    assert ("visit", "lahore") in _events(text)  # which city is the trip's is not told: no guess


# -- a summit's city ---------------------------------------------------------------------------
def test_a_summit_held_in_a_city_places_its_sideline_meeting():
    text = ("The ECO summit, held in Baku, opened on Thursday. On its sidelines Prime Minister Shehbaz Sharif met "
            "Iranian President Masoud Pezeshkian.")
    assert place_got({"id": "s1", "text": text}) == "baku"
    text = ("Leaders of the region gathered in Ashgabat for a summit on Thursday. On the sidelines of the summit, "
            "Prime Minister Shehbaz Sharif met Iranian President Masoud Pezeshkian.")
    assert place_got({"id": "s2", "text": text}) == "ashgabat"


def test_a_crowd_gathered_in_a_city_places_no_meeting():
    text = ("Traders gathered in Quetta on Thursday to ask for more border markets. Prime Minister Shehbaz Sharif "
            "met Iranian President Masoud Pezeshkian on Thursday.")
    assert place_got({"id": "s3", "text": text}) is None


def test_a_summit_gathered_in_this_city_is_in_the_datelines_city_and_without_one_nowhere():
    text = ("ASTANA, Kazakhstan: Leaders of the region gathered in this city for a summit on trade. On the sidelines "
            "of the summit on Monday, Prime Minister Shehbaz Sharif met Iranian President Masoud Pezeshkian.")
    assert place_got({"id": "s4", "text": text}) == "astana"
    # without a dateline the summit's city is not told: no city, and no country guessed for a sideline
    # meeting either (candidates._country), so no event (only a call may lack a place)
    assert place_got({"id": "s5", "text": text.removeprefix("ASTANA, Kazakhstan: ")}) == "-"


# -- 'the capital' told without whose ------------------------------------------------------------
def test_talks_in_the_capital_of_the_trips_country_place_the_visit_there_too():
    text = ("Iranian President Masoud Pezeshkian landed in Karachi on Saturday. On Sunday he went on to the capital, "
            "where he held talks with Prime Minister Shehbaz Sharif.")
    events = _events(text)
    assert ("meeting", "islamabad") in events and ("visit", "islamabad") in events


def test_the_capital_with_its_country_or_as_a_market_is_no_bare_capital():
    text = ("Iranian President Masoud Pezeshkian landed in Karachi on Saturday and held talks with Prime Minister "
            "Shehbaz Sharif there on Sunday about the capital market.")
    assert {p for _, p in _events(text)} == {"karachi"}
    text = ("Prime Minister Shehbaz Sharif arrived in Mashhad on Sunday. On Monday he held talks with Iranian "
            "President Masoud Pezeshkian in the capital of Azerbaijan.")
    assert ("meeting", "tehran") not in _events(text)


def test_a_meeting_told_without_a_city_does_not_keep_the_visit_at_the_landing_city():
    text = ("Prime Minister Shehbaz Sharif began a two-day trip to Iran on Sunday, landing in Zahedan. A day after his "
            "arrival in Zahedan, he met President Masoud Pezeshkian at the Saadabad Palace in Tehran. Later on Monday "
            "he called on Supreme Leader Ayatollah Ali Khamenei.")
    events = _events(text)
    assert ("visit", "tehran") in events and ("meeting", "tehran") in events
    assert not any(place == "zahedan" for _, place in events)


def test_a_country_or_side_word_is_never_a_minor_town():
    # 'Palestine' is also a small town in Texas; 'in Palestine' names the territory, a third party
    lex = lexicon()
    assert "Palestine" not in lex.minor_place_names
    text = "The two ministers voiced support for the people in Palestine on Tuesday."
    assert _people(text).minor_places(0, len(text)) == []


def test_a_four_letter_dateline_is_read_only_at_the_head_of_a_sentence():
    def heads(text):
        r = Reading("places12-own", text, publication_date(text, DAY), lexicon())
        return [pid for i in range(len(r.spans)) for _, pid in dateline_places(r, i)]

    assert heads("DOHA, March 3: The two ministers met here.") == ["doha"]
    assert heads("BAKU: The two ministers met here.") == ["baku"]
    assert heads("The two ministers met, BAKU said.") == []
    assert heads("DOHA is where the two ministers met.") == []


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("BAKUDOHbakuoh ,:()-.\n0123")), max_size=40))
def test_dateline_places_never_fails_on_any_text(text):
    r = Reading("places12-own", text, dt.date(2025, 3, 4), lexicon())
    for i, span in enumerate(r.spans):
        for pos, pid in dateline_places(r, i):
            assert span.start <= pos < span.end and pid in lexicon().places
