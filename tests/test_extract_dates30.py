"""Round 30 (dates30, issue 15): exact dates, round two.

- a told length counts back from the way home when no report tells the arrival ('left for Islamabad on
  Wednesday at the end of a three-day visit'): reconcile._counted_back_from_home;
- a bare weekday after a fronted year of another time ('In 2019, X arrived on Monday') is that year's, not
  the report's week: dates._another_year; a coordinated meeting borrows the year (borrowing 'coordinated');
- a planned departure ends no visit told as held: candidates (`told_held`).
Reports are made up, in our own words; the people are the shipped gazetteer's."""

from __future__ import annotations

import datetime as dt

from extract_fixtures import OwnReports, of_kind

OWN = OwnReports("dates30", "2025-08-06")  # a Wednesday
DAR, ARAGHCHI, HATAMI = "ishaq-dar", "abbas-araghchi", "amir-hatami"
TEHRAN = "TEHRAN, Aug 6 -- "
HOME = "Foreign Minister Ishaq Dar left for Islamabad on Wednesday at the end of a three-day visit."


def _visits(text: str, who: str) -> list[tuple[str, str]]:
    return [(str(e.date_start), str(e.date_end)) for e in of_kind(OWN.clustered(text), "visit") if who in e.participants]


# -- 1. a length counted back from the way home -------------------------------------------------
def test_a_length_counts_back_from_the_way_home_told_alone():
    assert _visits(TEHRAN + HOME, DAR) == [("2025-08-04", "2025-08-06")], OWN.events(TEHRAN + HOME)


def test_a_length_counts_back_from_the_way_home_past_a_meetings_day():
    """A meeting on Tuesday is a day of the visit, not its first: no arrival is told."""
    text = TEHRAN + "Foreign Minister Ishaq Dar met Abbas Araghchi on Tuesday. He left for Islamabad on Wednesday at " \
                    "the end of a three-day visit."
    assert _visits(text, DAR) == [("2025-08-04", "2025-08-06")], OWN.events(text)


def test_a_told_arrival_still_outranks_the_length():
    """Near miss: the arrival is told, so the range runs from it (the length is the conflict the notes keep)."""
    text = TEHRAN + "Foreign Minister Ishaq Dar arrived on Tuesday. He left for Islamabad on Wednesday at the end of " \
                    "a three-day visit."
    assert _visits(text, DAR) == [("2025-08-05", "2025-08-06")], OWN.events(text)


def test_no_length_no_count_back():
    """Near miss: without a length the meeting's day stays the first."""
    text = TEHRAN + "Foreign Minister Ishaq Dar met Abbas Araghchi on Tuesday. He left for Islamabad on Wednesday."
    assert _visits(text, DAR) == [("2025-08-05", "2025-08-06")], OWN.events(text)


# -- 2. a weekday under a fronted year of another time ------------------------------------------
def test_a_fronted_month_and_year_dates_the_arrival_and_its_meeting():
    text = "ISLAMABAD: In March 2018, Iran's Defence Minister Amir Hatami arrived on Tuesday and held talks with " \
           "Defence Minister Khurram Dastgir Khan."
    events = OWN.clustered(text)
    assert events and all((e.date_start, e.date_end) == (dt.date(2018, 3, 1), dt.date(2018, 3, 31)) for e in events), \
        OWN.events(text)


def test_a_year_in_an_aside_leaves_the_weekday_of_the_reports_week():
    """Near miss: 'who last came in 2019' is about the person; the arrival is this Monday."""
    text = "ISLAMABAD, Aug 6 -- Iran's Defence Minister Amir Hatami, who last came in 2019, arrived on Monday and " \
           "held talks with Defence Minister Khawaja Asif."
    assert _visits(text, HATAMI) == [("2025-08-04", "2025-08-04")], OWN.events(text)


def test_a_year_after_the_weekday_leaves_it_alone():
    text = "ISLAMABAD, Aug 6 -- Iran's Defence Minister Amir Hatami arrived on Monday, his first trip since 2019, " \
           "and held talks with Defence Minister Khawaja Asif."
    assert _visits(text, HATAMI) == [("2025-08-04", "2025-08-04")], OWN.events(text)


# -- 3. a planned departure ends no held visit ---------------------------------------------------
def test_a_doubted_way_home_ends_no_held_visit():
    text = "ISLAMABAD, Aug 6 -- Abbas Araghchi arrived in Islamabad on Monday. Officials would not say whether he " \
           "met Ishaq Dar before flying back to Tehran on Tuesday."
    assert _visits(text, ARAGHCHI) == [("2025-08-04", "2025-08-04")], OWN.events(text)


def test_a_held_way_home_still_ends_it():
    """Near miss: told as held, the way home ends the visit on its day."""
    text = "ISLAMABAD, Aug 6 -- Abbas Araghchi arrived in Islamabad on Monday. He met Ishaq Dar before flying " \
           "back to Tehran on Tuesday."
    assert _visits(text, ARAGHCHI) == [("2025-08-04", "2025-08-05")], OWN.events(text)


# -- 4. a live blog's entry stamp is the page's day ---------------------------------------------
BLOG = ("Live updates from Cairo, where leaders of the D-8 are gathered. All times are local.\n\n"
        "09:10 — The summit opens with a speech by the host.\n\n"
        "{stamp} Deputy Prime Minister Ishaq Dar meets Iranian Foreign Minister Abbas Araghchi on the sidelines "
        "of the summit. The two discuss the border.\n\n12:00 — Lunch.")


def test_a_live_blog_entry_is_of_the_pages_day():
    for stamp in ("10:40 —", "11:40 PKT:"):
        events = [e for e in OWN.clustered(BLOG.format(stamp=stamp)) if e.kind == "meeting"]
        assert [(str(e.date_start), str(e.date_end)) for e in events] == [("2025-08-06", "2025-08-06")], (stamp, events)


def test_a_clock_time_is_a_cue_only_as_an_entry_stamp():
    from pakiran_events.core.cues import has_date_cue

    assert has_date_cue("10:40 — The minister meets his counterpart.")
    assert has_date_cue("11:40 PKT: The two ministers met.")
    assert not has_date_cue("The ministers met at 10:30 am - officials said.")
    assert not has_date_cue("The vote was 12:3 in favour.")


def test_a_live_blog_without_a_page_day_guesses_none():
    from pakiran_events.extract.dates import date_cues

    assert date_cues("10:40 — X meets Y.", None, False) == []


# -- 5. a way-home participle with no day takes its predicate's ---------------------------------
TOUR = "ISLAMABAD, Aug 6 -- Abbas Araghchi arrived in Islamabad on Sunday and met Ishaq Dar on Monday. "


def test_a_dayless_way_home_participle_takes_its_predicates_day():
    text = TOUR + "He toured a museum in Lahore on Tuesday before flying back to Tehran."
    assert _visits(text, ARAGHCHI) == [("2025-08-03", "2025-08-05")], OWN.events(text)


def test_a_planned_predicates_participle_ends_no_visit():
    """Near miss: the predicate is a plan, so its day is no held way home."""
    text = TOUR + "He will tour a museum in Lahore on Tuesday before flying back to Tehran."
    assert _visits(text, ARAGHCHI) == [("2025-08-03", "2025-08-04")], OWN.events(text)
