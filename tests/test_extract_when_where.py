"""When and where an engagement was, on reports written for the purpose (names, places and wording
made up; nothing copied from the corpus): which date expression belongs to which engagement of a
sentence, what an undated report is dated by, and which place is the meeting's rather than the
newsroom's. Also: extraction and `verify-evidence` read dates with one grammar (issue 12)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract_fixtures import events_of, lexicon
from pakiran_events.core import cues
from pakiran_events.extract import dates
from pakiran_events.extract.report import read_report

LEX = lexicon()


def _only(events, kind):
    found = [e for e in events if e.kind == kind]
    assert len(found) == 1, found
    return found[0]


# -- one date grammar -------------------------------------------------------------------------
EXPRESSIONS = ["met on Sunday", "on 26 November 2025", "from April 22 to 24", "two days ago", "a day after the talks",
               "in May 2019", "Jan. 29", "last week", "earlier this month", "the following day", "in January",
               "2024-01-30", "the 3rd of June", "next Monday", "three weeks earlier"]
NOT_DATES = ["they may meet again", "the Mayor of Tehran", "Marching orders", "a two-day visit", "Resolution 2231",
             "ties of 75 years", "Mar-a-Lago"]


def test_extraction_finds_dates_with_the_grammar_verify_evidence_checks():
    assert dates.FINDER is cues.DATE_EXPRESSION is cues.DATE_CUE


@pytest.mark.parametrize("text", EXPRESSIONS + NOT_DATES)
def test_a_span_is_a_date_cue_exactly_when_extraction_finds_an_expression_in_it(text):
    assert cues.has_date_cue(text) == bool(list(dates.FINDER.finditer(text))) == (text in EXPRESSIONS)


@given(st.text(alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyz ADFJMNOSTW0123456789-.,")), max_size=60))
def test_every_expression_extraction_resolves_is_a_cue_verify_evidence_accepts(text):
    for cue in dates.date_cues(text, dt.date(2024, 5, 15), False):
        assert cues.has_date_cue(text[cue.span[0]:cue.span[1]])


# -- which date is whose ----------------------------------------------------------------------
def test_two_dates_in_one_sentence_each_date_their_own_engagement():
    doc = ("x-two-dates", "2024-05-16", "Iranian Foreign Minister Karim Rostami, who arrived in Islamabad on Tuesday, "
                                        "met Prime Minister Tariq Mahmood on Wednesday.")
    events = events_of(doc)
    meeting, visit = _only(events, "meeting"), _only(events, "visit")
    assert (meeting.date_start, meeting.precision) == (dt.date(2024, 5, 15), "day")
    assert (visit.date_start, visit.date_end) == (dt.date(2024, 5, 14), dt.date(2024, 5, 15))


def test_the_day_a_statement_was_issued_does_not_date_the_meeting():
    doc = ("x-statement", "2024-05-18", "Interior Minister Saima Baig met Iranian Foreign Minister Karim Rostami in "
                                        "Tehran, a statement issued in Islamabad on Saturday said.")
    meeting = _only(events_of(doc), "meeting")
    # no day of the meeting is given: the month it was reported in, never the statement's day
    assert (meeting.date_start, meeting.date_end, meeting.precision) == (dt.date(2024, 5, 1), dt.date(2024, 5, 31), "month")


def test_a_report_with_no_date_expression_is_dated_by_terms_up_to_its_day_never_a_guessed_day():
    # CURATION.md §4 (as curators coded E000313): no day, weekday or month anywhere in the report, so
    # the range runs from the start of Rostami's term to the report's day; never a day, never a month
    # the report does not name
    doc = ("x-no-cue", "2024-05-18", "Prime Minister Tariq Mahmood held talks with Iranian Foreign Minister Karim Rostami "
                                     "in Islamabad and both sides agreed to reopen a crossing.")
    meeting = _only(events_of(doc), "meeting")
    assert (meeting.date_start, meeting.date_end, meeting.precision) == (dt.date(2021, 8, 25), dt.date(2024, 5, 18), "range")


def test_a_date_after_the_report_does_not_date_a_held_meeting():
    doc = ("x-header", "2024-05-15", "Archive copy | August 3, 2026\n\nPrime Minister Tariq Mahmood met Iranian Foreign "
                                     "Minister Karim Rostami in Islamabad on Monday.")
    assert _only(events_of(doc), "meeting").date_start == dt.date(2024, 5, 13)


def test_a_date_that_bounds_another_time_dates_nothing():
    doc = ("x-since", "2024-05-15", "It is the first visit by an Iranian minister since the March 3 elections: Foreign "
                                    "Minister Karim Rostami met Prime Minister Tariq Mahmood in Islamabad on Monday.")
    assert {e.date_start for e in events_of(doc)} == {dt.date(2024, 5, 13)}


def test_a_date_in_the_sentence_before_that_tells_of_no_engagement_dates_the_meeting():
    doc = ("x-lead", "2024-05-16", "Pakistan and Iran on Tuesday agreed to open two border markets. The matter came up in "
                                   "a meeting between Prime Minister Tariq Mahmood and Iranian Foreign Minister Karim "
                                   "Rostami in Islamabad.")
    assert _only(events_of(doc), "meeting").date_start == dt.date(2024, 5, 14)


# -- reports without any date -----------------------------------------------------------------
def test_an_undated_report_is_dated_by_the_overlap_of_its_participants_terms_of_office():
    doc = ("x-undated", None, "Iranian Foreign Minister Karim Rostami met army chief General Nadeem Anjum in Tehran.")
    meeting = _only(events_of(doc), "meeting")
    # Rostami was foreign minister 2021-08-25..2024-05-19, Anjum army chief from 2022-11-29
    assert (meeting.date_start, meeting.date_end, meeting.precision) == (dt.date(2022, 11, 29), dt.date(2024, 5, 19), "range")
    assert meeting.evidence["date"]  # the sentence naming them with their offices


def test_an_undated_report_joins_the_one_engagement_its_terms_allow():
    dated = ("x-dated", "2023-03-08", "Army chief General Nadeem Anjum met Iranian Foreign Minister Karim Rostami in "
                                      "Tehran on Monday.")
    later = ("x-later", "2025-02-12", "Army chief General Nadeem Anjum met Iranian Foreign Minister Farid Karimzadeh "
                                      "in Tehran on Monday.")
    undated = ("x-undated2", None, "General Nadeem Anjum held talks with Foreign Minister Karim Rostami in Tehran.")
    meetings = [e for e in events_of(dated, later, undated) if e.kind == "meeting"]
    with_rostami = [m for m in meetings if m.host == "karim-rostami"]
    assert len(with_rostami) == 1 and with_rostami[0].sources == {"x-dated", "x-undated2"}


def test_an_undated_report_of_people_with_no_known_term_makes_no_event():
    doc = ("x-nothing", None, "Prime Minister Tariq Mahmood met Iranian Interior Minister Ahmad Vahidi in Tehran.")
    assert events_of(doc) == []  # nobody's term is known: no range to place it in, and no day is guessed


# -- where --------------------------------------------------------------------------------
def test_a_dateline_is_the_newsrooms_place_not_the_meetings():
    doc = ("x-dateline", "2024-05-15", "ISLAMABAD: Interior Minister Saima Baig met Iranian Foreign Minister Karim Rostami "
                                       "in Zahedan on Monday.")
    meeting = _only(events_of(doc), "meeting")
    assert meeting.place_id != "islamabad" and meeting.country == "IRN"


def test_a_dateline_still_tells_the_country_of_a_meeting_told_without_a_place():
    doc = ("x-dateline2", "2024-05-15", "QUETTA: Iranian Foreign Minister Karim Rostami held talks with Interior "
                                        "Minister Saima Baig on Monday.")
    assert _only(events_of(doc), "meeting").country == "PAK"


def test_a_meeting_in_a_third_country_named_by_its_country_borrows_no_host_of_the_trip():
    text = ("Army chief General Nadeem Anjum arrived in Tehran on Monday and met Foreign Minister Karim Rostami. "
            "In January, the army chief met the crown prince in Saudi Arabia.")
    candidates = read_report("x-elsewhere", text, "2024-05-15", LEX).candidates
    meetings = [c for c in candidates if c.kind == "meeting"]
    assert [(m.host, m.country) for m in meetings] == [("karim-rostami", "IRN")]
    assert all(cue.precision == "day" for m in meetings for cue, _ in m.dates)  # January is not the Tehran meeting's


def test_an_undated_report_that_fits_several_engagements_joins_the_one_most_reports_tell_of():
    told = [(f"x-main{n}", "2023-03-08", "Army chief General Nadeem Anjum met Iranian Foreign Minister Karim Rostami "
                                         "in Tehran on Monday.") for n in range(2)]
    other = ("x-other", "2023-09-20", "Army chief General Nadeem Anjum met Iranian Foreign Minister Karim Rostami in "
                                      "Tehran on Tuesday.")
    undated = ("x-undated3", None, "General Nadeem Anjum held talks with Foreign Minister Karim Rostami in Tehran.")
    meetings = [e for e in events_of(*told, other, undated) if e.kind == "meeting"]
    assert sorted(len(m.sources) for m in meetings) == [1, 3]
    assert next(m for m in meetings if len(m.sources) == 3).date_start == dt.date(2023, 3, 6)


def test_a_guest_who_is_arriving_on_a_weekday_comes_that_weekday_ahead_and_is_only_announced():
    text = ("Iranian Foreign Minister Karim Rostami is arriving in Islamabad on Friday on a two-day visit, "
            "the Foreign Office announced on Wednesday.")
    visit = next(c for c in read_report("x-arriving", text, "2024-05-15", LEX).candidates if c.kind == "visit")
    assert visit.planned
    assert [cue.start for cue, _ in visit.arrival + visit.dates] == [dt.date(2024, 5, 17)]
    assert events_of(("x-arriving", "2024-05-15", text)) == []  # an announcement alone makes no event


# -- round four (issue 15): datelines, weeks, 'since', years from the engagement, metonyms ----------
def test_a_datelines_day_gives_way_to_the_clauses_own_and_last_week_bounds_the_visit():
    arrival = ("x-arrives", "2023-03-07", "Army chief General Nadeem Anjum arrived in Tehran on Monday on an official "
                                          "visit and met Foreign Minister Karim Rostami.")
    looking_back = ("x-looking-back", "2023-03-16", "TEHRAN, Mar 15, XNA – Last week's official visit of army chief General "
                                                    "Nadeem Anjum to Tehran was a turning point, an analyst said.")
    visit = _only(events_of(arrival, looking_back), "visit")
    # arrived Monday 6 March; told of as last week's (6..12 March) with no departure: the honest range
    assert (visit.date_start, visit.date_end, visit.precision) == (dt.date(2023, 3, 6), dt.date(2023, 3, 12), "range")
    assert visit.sources == {"x-arrives", "x-looking-back"}


def test_since_a_weekday_is_the_first_day_of_a_visit():
    doc = ("x-since-sunday", "2023-03-07", "Since Sunday, army chief General Nadeem Anjum has been on an official visit "
                                           "to Tehran.")
    visit = next(c for c in read_report(*doc[:1], doc[2], doc[1], LEX).candidates if c.kind == "visit")
    assert [cue.start for cue, _ in visit.arrival] == [dt.date(2023, 3, 5)]


def test_a_plan_word_after_a_past_verb_belongs_to_another_clause():
    doc = ("x-set-to", "2023-03-07", "Army chief General Nadeem Anjum arrived in Tehran on Monday for talks set to "
                                     "focus on border security.")
    assert _only(events_of(doc), "visit").date_start == dt.date(2023, 3, 6)  # held, not announced


def test_two_capitals_joined_stand_for_their_governments_not_for_a_place():
    from pakiran_events.extract.frames import frames_of
    from pakiran_events.extract.report import Reading

    text = ("Tehran and Islamabad have agreed to open a border market, Foreign Minister Karim Rostami said after "
            "talks with Prime Minister Tariq Mahmood.")
    frames = [f for f in frames_of(Reading("x-metonym", text, dt.date(2023, 3, 7), LEX)) if f.kind == "meeting"]
    assert frames and all(f.place_id is None for f in frames)


def test_a_day_without_a_year_in_an_undated_report_takes_the_year_of_the_engagement_it_falls_near():
    march = ("x-march", "2023-03-08", "Army chief General Nadeem Anjum arrived in Tehran on Monday on an official visit.")
    september = ("x-september", "2023-09-20", "Army chief General Nadeem Anjum arrived in Tehran on Tuesday on an "
                                              "official visit.")
    undated = ("x-no-year", None, "General Nadeem Anjum arrived in Tehran on March 6 on an official visit and held "
                                  "talks with Foreign Minister Karim Rostami on March 7.")
    events = events_of(march, september, undated)
    visit = next(e for e in events if e.kind == "visit" and "x-no-year" in e.sources)
    assert visit.sources == {"x-march", "x-no-year"}
    assert (visit.date_start, visit.date_end) == (dt.date(2023, 3, 6), dt.date(2023, 3, 7))
    assert _only(events, "meeting").date_start == dt.date(2023, 3, 7)


def test_a_day_without_a_year_and_nothing_near_it_is_never_given_a_year():
    undated = ("x-no-year-alone", None, "General Nadeem Anjum met Foreign Minister Karim Rostami in Tehran on March 6.")
    meeting = _only(events_of(undated), "meeting")
    assert meeting.precision == "range"  # the terms of office only; March 6 of no year is not guessed


def test_a_meeting_in_the_clause_of_a_dated_arrival_was_held_that_day():
    doc = ("x-where-he-met", "2024-05-15", "Foreign Minister Karim Rostami arrived in Pakistan on Monday, landing in "
                                           "Islamabad, where he met Prime Minister Tariq Mahmood.")
    assert _only(events_of(doc), "meeting").date_start == dt.date(2024, 5, 13)


def test_a_byline_does_not_date_the_meeting_of_the_next_sentence():
    doc = ("x-byline", "2024-05-16", "Staff Reporter May 16, 2024\nPrime Minister Tariq Mahmood held talks with Iranian "
                                     "Foreign Minister Karim Rostami in Islamabad.")
    meeting = _only(events_of(doc), "meeting")
    assert meeting.precision == "month"  # the report's day is not the meeting's


def test_a_term_of_office_is_cited_only_by_a_span_naming_the_person_with_that_office():
    doc = ("x-term-no-office", None, "Karim Rostami met Nadeem Anjum in Tehran. Foreign Minister Karim Rostami "
                                     "said the talks went well.")
    report = read_report(doc[0], doc[2], doc[1], LEX)
    for c in report.candidates:
        for span in c.evidence.get("term", []):
            text = doc[2][span.start:span.end].lower()
            assert any(office in text for office in ("foreign minister", "chief of army staff"))


def test_evaluate_pairs_the_gold_event_whose_dates_overlap_before_the_one_sharing_more_people():
    from pakiran_events.core.matching import align

    def event(kind, start, end):
        return {"event_type": kind, "date_start": start, "date_end": end}

    gold = {"events": {"G17": event("meeting", "2017-05-03", "2017-05-03"), "G20": event("meeting", "2020-11-10", "2020-11-10")},
            "sources": {"G17": {"s1"}, "G20": {"s1"}}, "actors": {"G17": {"a", "b"}, "G20": {"a"}}}
    pred = {"events": {"P": event("meeting", "2020-11-10", "2020-11-11")}, "sources": {"P": {"s1"}}, "actors": {"P": {"a", "b"}}}
    assert align(gold, pred) == {"P": "G20"}


def test_a_host_who_welcomed_a_guest_to_a_capital_met_them_there():
    doc = ("x-welcomed", "2023-03-07", "Foreign Minister Karim Rostami warmly welcomed army chief General Nadeem Anjum "
                                       "to Tehran on Monday.")
    events = events_of(doc)
    meeting = _only(events, "meeting")
    assert (meeting.guest, meeting.host, meeting.country) == ("nadeem-anjum", "karim-rostami", "IRN")
    assert meeting.date_start == dt.date(2023, 3, 6) and _only(events, "visit").guest == "nadeem-anjum"


def test_welcoming_a_decision_is_no_engagement():
    doc = ("x-welcomed-decision", "2023-03-07", "Foreign Minister Karim Rostami welcomed the decision to open a market.")
    assert events_of(doc) == []


@pytest.mark.parametrize("phrase", ["phoned", "spoke over the phone with", "held telephone talks with"])
def test_calls_told_in_other_words_are_calls_without_a_place(phrase):
    doc = ("x-call", "2023-03-07", f"Prime Minister Tariq Mahmood {phrase} Iranian Foreign Minister Karim Rostami on Monday.")
    call = _only(events_of(doc), "phone_call")
    assert call.place_id is None and call.date_start == dt.date(2023, 3, 6)


def test_returning_to_posts_is_no_departure_of_the_guest():
    doc = ("x-posts", "2024-01-30", "Foreign Minister Karim Rostami arrived in Islamabad on Monday. The visit came a "
                                    "day after the two ambassadors returned to their posts.")
    visit = _only(events_of(doc), "visit")
    assert (visit.date_start, visit.date_end) == (dt.date(2024, 1, 29), dt.date(2024, 1, 29))


def test_an_arrival_told_with_its_visit_in_one_sentence_takes_that_sentences_day():
    text = "Foreign Minister Karim Rostami arrived in Islamabad late Tuesday on an official visit."
    visit = next(c for c in read_report("x-late", text, "2024-05-16", LEX).candidates if c.kind == "visit")
    assert {cue.start for cue, _ in visit.arrival} == {dt.date(2024, 5, 14)}


def test_discussing_matters_with_a_counterpart_is_a_meeting():
    doc = ("x-discussed", "2024-05-16", "Foreign Minister Karim Rostami discussed border security with army chief "
                                        "General Nadeem Anjum in Rawalpindi on Wednesday.")
    meeting = _only(events_of(doc), "meeting")
    assert (meeting.host, meeting.place_id, meeting.date_start) == ("nadeem-anjum", "rawalpindi", dt.date(2024, 5, 15))


@pytest.mark.parametrize("phrase", ["the same day", "later in the day"])
def test_the_same_day_is_the_day_of_the_engagement_before(phrase):
    assert [c.offset for c in dates.date_cues(f"they met {phrase}", dt.date(2024, 5, 16), False)] == [0]
    assert cues.has_date_cue(phrase)


def test_a_visit_told_only_by_its_month_is_that_months_not_the_one_it_was_reported_in():
    doc = ("x-back-then", "2024-08-20", "Talks resumed this week. In March 2023, army chief General Nadeem Anjum paid "
                                        "a three-day official visit to Tehran.")
    visit = _only(events_of(doc), "visit")
    assert (visit.date_start, visit.date_end, visit.precision) == (dt.date(2023, 3, 1), dt.date(2023, 3, 31), "month")


def test_a_visit_told_by_its_month_joins_the_engagement_of_that_month():
    dated = ("x-in-march", "2023-03-08", "Army chief General Nadeem Anjum arrived in Tehran on Monday on an official visit.")
    recalled = ("x-recalled", None, "In March 2023, army chief General Nadeem Anjum paid an official visit to Tehran.")
    visit = _only(events_of(dated, recalled), "visit")
    assert visit.sources == {"x-in-march", "x-recalled"} and visit.date_start == dt.date(2023, 3, 6)


def test_a_dateline_after_the_corpus_collection_line_is_still_the_newsrooms_place():
    doc = ("x-collected", "2024-05-15", " date 2024-05-15 TEHRAN – Interior Minister Saima Baig met Foreign Minister "
                                        "Karim Rostami on Monday.")
    meeting = _only(events_of(doc), "meeting")
    assert meeting.place_id != "tehran"


def test_a_trip_to_a_third_country_is_no_visit_of_the_pair():
    doc = ("x-tour", "2024-05-15", "Foreign Minister Karim Rostami began his tour on Monday and arrived in Saudi Arabia "
                                   "on an official visit.")
    assert [e for e in events_of(doc) if e.kind == "visit"] == []


# -- a city says more than its country, across reports ------------------------------------------
def test_a_report_naming_only_the_country_does_not_outvote_one_naming_its_city():
    vague = ("x-vague", "2024-05-14", "Prime Minister Tariq Mahmood met Foreign Minister Karim Rostami in Pakistan "
                                      "on Monday.")
    exact = ("x-exact", "2024-05-14", "Prime Minister Tariq Mahmood met Karim Rostami in Islamabad on Monday.")
    for docs in ((vague, exact), (exact, vague)):
        meeting = _only(events_of(*docs), "meeting")
        assert meeting.place_id == "islamabad", docs


def test_a_city_of_another_country_still_counts_against_a_country():
    # the country is a place of its own where no report names a city in it
    only_country = ("x-country", "2024-05-14", "Prime Minister Tariq Mahmood met Foreign Minister Karim Rostami "
                                               "in Pakistan on Monday.")
    meeting = _only(events_of(only_country), "meeting")
    assert meeting.place_id == "pakistan"


# -- places written as a compound -----------------------------------------------------------------
@pytest.mark.parametrize("crossing", ["Pishin-Mand", "Mand-Pishin"])
def test_a_crossing_named_by_its_two_towns_is_placed_at_the_town_in_the_gazetteer(crossing):
    doc = ("x-market", "2021-04-22", "Interior Minister Saima Baig and Foreign Minister Karim Rostami jointly "
                                     f"inaugurated a border market at the {crossing} crossing on Wednesday.")
    ceremony = _only(events_of(doc), "other")
    assert ceremony.place_id == "pishin"


def test_two_capitals_joined_by_a_hyphen_stand_for_their_governments_not_a_place():
    doc = ("x-ties", "2024-05-15", "Interior Minister Saima Baig met Foreign Minister Karim Rostami on Monday "
                                   "to discuss Islamabad-Tehran ties.")
    meeting = _only(events_of(doc), "meeting")
    assert meeting.place_id not in ("islamabad", "tehran")


# -- a third country's office-holder is nobody of the pair -----------------------------------------
@pytest.mark.parametrize("sentence", [
    "Interior Minister Saima Baig met the Tajik Foreign Minister at the palace in Dushanbe on Monday.",
    "Foreign Minister Karim Rostami met the Afghan army chief in Kabul on Monday.",
])
def test_a_title_qualified_by_a_third_country_makes_no_meeting_of_the_pair(sentence):
    doc = ("x-third", "2024-05-15", sentence)
    assert [e for e in events_of(doc) if e.kind == "meeting"] == []


def test_a_title_of_the_pair_after_a_third_countrys_name_is_still_the_pairs():
    # the army chief is the table's holder because the report names him (round 20, CURATION.md §6)
    doc = ("x-pair", "2024-05-15", "After talks in Kabul, Foreign Minister Karim Rostami met Pakistan's army chief "
                                   "in Islamabad on Wednesday. Nadeem Anjum took command in 2022.")
    meeting = _only(events_of(doc), "meeting")
    assert meeting.host == "nadeem-anjum" and meeting.place_id == "islamabad"
