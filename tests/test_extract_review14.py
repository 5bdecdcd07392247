"""Review 14 (hostile inputs, release 2.1.0): reports whose dates reach the ends of the calendar
must give events or none, never an internal error, and `extract` must then write a valid package.
Texts and names are our own, made up."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from date_coverage import _lexicon
from extract_fixtures import events_of, extract_valid, shipped_lexicon, whole_calendar
from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.report import read_report

VISIT_AT_YEAR_END = ("Iranian Foreign Minister Abbas Araghchi began a three-day visit to Islamabad on 31 December "
                     "and met Prime Minister Shehbaz Sharif.")
VISIT_TOLD_BY_DAY = ("Iranian Foreign Minister Abbas Araghchi arrived in Islamabad on a three-day visit today. "
                     "On the third day of his visit he met Prime Minister Shehbaz Sharif.")


@pytest.mark.parametrize("text", [VISIT_AT_YEAR_END, VISIT_TOLD_BY_DAY])
def test_a_visit_whose_stated_length_runs_past_the_last_representable_day_ends_there(text):
    events = cluster([read_report("wire-last-day", text, "9999-12-31", whole_calendar(shipped_lexicon()))])
    for e in events:
        assert e.date_start <= e.date_end <= dt.date.max
    assert any(e.kind == "visit" and e.date_end == dt.date.max for e in events)


def test_extract_writes_a_valid_package_for_a_report_of_the_last_representable_day(tmp_path):
    extract_valid(tmp_path, [("wire-last-day", "9999-12-31", VISIT_AT_YEAR_END)])


DRILL_CLOSED = ("The closing ceremony of the first joint rescue drill of the navies of Iran and Pakistan was held in the "
                "port of Chabahar {day} in the presence of Rear Admiral Karim Sadeghi-Far, commander of the Iranian "
                "navy's second naval zone, and Commodore Amir Raza Qureshi, commander of the Pakistani flotilla.\n\n"
                "During the four-day drill, ships of the two navies practised putting out fires at sea.")


@pytest.mark.parametrize("day, published", [("on 2 January", "0001-01-05"), ("yesterday", "0001-01-02")])
def test_a_drill_counted_back_from_its_closing_day_past_the_first_representable_day_is_not_an_error(day, published):
    # the four-day drill counted back from a closing day in the calendar's first days
    events = cluster([read_report("wire-first-days", DRILL_CLOSED.format(day=day), published, _lexicon())])
    for e in events:
        assert e.date_start <= e.date_end


def test_a_drill_counted_back_from_its_closing_day_spans_its_length():
    # the rule the edge case above guards: a closing on Thursday 14 March 2019 and four days of drill
    events = cluster([read_report("wire-drill", DRILL_CLOSED.format(day="on Thursday"), "2019-03-15", _lexicon())])
    assert [(e.date_start, e.date_end) for e in events] == [(dt.date(2019, 3, 11), dt.date(2019, 3, 14))]


def test_a_tour_that_began_on_the_last_representable_day_is_not_an_error():
    text = ("Iranian Foreign Minister Abbas Araghchi began a three-day visit to Islamabad tomorrow "
            "and met Prime Minister Shehbaz Sharif.")
    for e in cluster([read_report("wire-tour-end", text, "9999-12-30", _lexicon())]):
        assert e.date_start <= e.date_end


# Reports dated in the calendar's first or last days, told with the phrasings that count days
# forward or back (stated lengths, days of a visit, tours, drills, relative days): events or none.
_WHO = "Iranian Foreign Minister Abbas Araghchi"
_HOST = "Prime Minister Shehbaz Sharif"
_TOLD = ["today", "tomorrow", "yesterday", "the day after tomorrow", "next week", "last week", "next weekend",
         "next month", "last month", "next year", "on Monday", "next Monday", "on 31 December", "on 1 January",
         "in the last week of December", "in early January", "on the thirty-first", "on the first"]
_FRAMES = ["{who} met {host} in Islamabad {day}.",
           "{who} began a three-day visit to Islamabad {day} and met {host}.",
           "{who} began two days of talks with {host} in Islamabad {day}.",
           "{who} left Islamabad {day} after a five-day visit during which he met {host}.",
           "{who} arrived in Islamabad {day} on a four-day visit. On the fourth day of his visit he met {host}.",
           "{who} met {host} in Kabul {day}. Kabul was the first stop on his three-day tour that began {day}.",
           DRILL_CLOSED.replace("{day}", "{day}")]
_EDGE_DAYS = st.one_of(st.integers(0, 12).map(lambda n: dt.date.min + dt.timedelta(days=n)),
                       st.integers(0, 12).map(lambda n: dt.date.max - dt.timedelta(days=n)))


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_FRAMES), st.sampled_from(_TOLD), _EDGE_DAYS)
def test_reports_of_the_calendars_first_and_last_days_never_end_in_an_error(frame, day, published):
    text = frame.format(who=_WHO, host=_HOST, day=day)
    for e in cluster([read_report("wire-edge", text, published.isoformat(), _lexicon())]):
        assert e.date_start is None or e.date_end is None or e.date_start <= e.date_end


def test_a_dyad_citys_alternate_name_does_not_take_another_countrys_city():
    # GeoNames lists 'Alexandria' among Mashhad's alternate names; Egypt's Alexandria is a city of
    # the gazetteer by its own name: a meeting 'in Alexandria' was placed in Iran
    lex = _lexicon()
    assert lex.place_names["Mashhad"] == "mashhad"
    alexandria = lex.place_names.get("Alexandria")
    assert alexandria is not None and lex.places[alexandria]["country_iso3"] == "EGY"


@pytest.mark.parametrize("name", ["Monrovia", "Kingston", "Macau", "Santo Domingo", "Panama City"])
def test_a_minor_town_does_not_take_the_name_of_a_larger_city_of_a_country_the_table_lacks(name):
    # the table bounds the gazetteer (Liberia, Jamaica, Macao, the Dominican Republic, Panama are not in
    # it): 'in Monrovia' was Monrovia, California; such a name is now not read, as the larger city's is not
    assert name not in _lexicon().minor_place_names


def test_minor_towns_of_the_tables_countries_are_still_read():
    minor = _lexicon().minor_place_names
    assert minor, "the minor gazetteer is not empty"
    assert all(_lexicon().places[pid]["country_iso3"] for pid in minor.values())


@pytest.mark.parametrize("text", [
    "Iranian Foreign Minister Abbas Araghchi wound up his remarks on Monday.",
    "Iranian Foreign Minister Abbas Araghchi wound up the debate on Monday, thanking Prime Minister Shehbaz Sharif.",
])
def test_winding_up_something_other_than_a_stay_is_no_departure(text):
    # 'wound up' (twelfth round) was a departure trigger on its own: any wound-up thing made a visit
    assert [e.kind for e in cluster([read_report("wire-wound-up", text, "2025-06-18", _lexicon())])] == []


def test_winding_up_a_stay_is_still_its_last_day():
    text = ("Iranian Foreign Minister Abbas Araghchi wound up a three-day visit to Islamabad on Monday "
            "after meeting Prime Minister Shehbaz Sharif.")
    events = cluster([read_report("wire-wound-up-visit", text, "2025-06-18", _lexicon())])
    visit = [e for e in events if e.kind == "visit"]
    assert [(v.date_start, v.date_end) for v in visit] == [(dt.date(2025, 6, 14), dt.date(2025, 6, 16))]


@pytest.mark.parametrize("text", [
    "Iranian Foreign Minister Abbas Araghchi and Prime Minister Shehbaz Sharif opened the way for talks on Monday.",
    "Iranian Foreign Minister Abbas Araghchi and Prime Minister Shehbaz Sharif began preparing for talks on Monday.",
    "Iranian Foreign Minister Abbas Araghchi and Prime Minister Shehbaz Sharif started moving towards talks on Monday.",
])
def test_a_way_opened_to_talks_is_no_meeting(text):
    # 'began/started/opened ... talks' (twelfth round) let any three words between: a preposition
    # there means the talks are what the act leads to, not what began
    assert [e.kind for e in cluster([read_report("wire-way-to-talks", text, "2025-06-18", _lexicon())])] == []


@pytest.mark.parametrize("text", [
    "Iranian Foreign Minister Abbas Araghchi began two days of talks with Prime Minister Shehbaz Sharif on Monday.",
    "Iranian Foreign Minister Abbas Araghchi and Prime Minister Shehbaz Sharif opened formal talks on Monday.",
    "Iranian Foreign Minister Abbas Araghchi and Prime Minister Shehbaz Sharif kicked off their talks on Monday.",
])
def test_talks_told_as_begun_are_still_a_meeting(text):
    assert "meeting" in [e.kind for e in cluster([read_report("wire-talks-begun", text, "2025-06-18", _lexicon())])]


# --- frames._owner's 'that' test: one bisection per date and trigger (review14 found it cubic) ---

_WORDS = st.sampled_from(["that", "That", "thatch", "hat", "met", "on", "Monday", ",", ".", "who", "and", "x"])


@given(st.lists(_WORDS, max_size=30), st.data())
@settings(max_examples=300, deadline=None)
def test_that_between_agrees_with_a_search_of_the_span(words, data):
    from pakiran_events.extract.frames import _THAT_WORD, _that_between

    sentence = " ".join(words)
    # the spans _owner asks about run from a date's end to a trigger's start: word boundaries
    cuts = [k for k in range(len(sentence) + 1)
            if k in (0, len(sentence)) or sentence[k - 1].isalnum() != sentence[k].isalnum()]
    a = data.draw(st.sampled_from(cuts))
    b = data.draw(st.sampled_from([k for k in cuts if k >= a]))
    assert _that_between(sentence, a, b) == (_THAT_WORD.search(sentence, a, b) is not None)


def test_many_dates_and_triggers_in_one_sentence_are_each_owned_as_before():
    # one report, 60 recalled 'who met ... on Monday' clauses before the meeting's own day: the
    # meeting keeps its own Tuesday (the bisection gives the regex search's answer)
    body = " ".join("Mr Dar, who met Mr Araghchi in Tehran on Monday and who" for _ in range(60))
    text = ("Pakistan's Foreign Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi on Tuesday. "
            + body + " held talks on Tuesday.")
    events = events_of(("wire-20240510-many-clauses", "2024-05-10", text))
    assert [(e.kind, e.date_start.isoformat()) for e in events] == [("meeting", "2024-05-07")]
