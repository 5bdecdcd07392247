"""Round 24 (past24): a told past MEETING of the report's two people is its own engagement, dated and
placed only by its own words, never merged into the meeting the report tells (CURATION.md §3, 'Told
past engagements'); one with no month or day of its own is no event. And a report published days
after its engagement (a weekly, a column) keeps its own lead engagement: the date of the engagement
its lead tells is the report's time, not a recollection. Made-up reports in our own words; each class
has three or more varied texts."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import OwnReports, of_kind

_OWN = OwnReports("past24-own", "2024-10-17")   # a Thursday

NAQVI, MOMENI, DAR, ARAGHCHI = "mohsin-naqvi", "eskandar-momeni", "ishaq-dar", "abbas-araghchi"

_NAQVI_MOMENI = ("ISLAMABAD: Interior Minister Mohsin Naqvi met Iranian Interior Minister Eskandar Momeni at the "
                 "Interior Ministry on Wednesday to discuss the movement of pilgrims and the security of the border.")
# the report's meeting told with no city of its own (no dateline, no venue)
_NAQVI_MOMENI_NO_CITY = ("Interior Minister Mohsin Naqvi met Iranian Interior Minister Eskandar Momeni on Wednesday "
                         "to discuss the movement of pilgrims and the security of the border.")


def _meetings(text: str, day: str | None = None):
    return sorted((e.date_start, e.date_end, e.place_id) for e in of_kind(_OWN.clustered(text, day), "meeting")
                  if {NAQVI, MOMENI} <= set(e.participants))


def _month(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    return first, (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


# -- M1a: a recalled meeting with a month of its own is its own event, with its own city or none -------------------
@pytest.mark.parametrize("recall, month, city", [
    ("The two ministers had met in March to discuss the release of fishermen held by both sides.", 3, None),
    ("When Naqvi and Momeni last met, in Mashhad in August, they agreed to open two more crossings.", 8, "mashhad"),
    ("Naqvi's previous meeting with Momeni, in Tehran in June, had produced a plan for pilgrims travelling by road.", 6,
     "tehran"),
])
def test_a_recalled_meeting_with_its_month_is_its_own_meeting(recall, month, city):
    got = _meetings(f"{_NAQVI_MOMENI}\n\nBoth sides welcomed the progress. {recall}")
    assert (dt.date(2024, 10, 16), dt.date(2024, 10, 16), "islamabad") in got
    first, last = _month(2024, month)
    assert [(a, b) for a, b, _ in got if (a, b) != (dt.date(2024, 10, 16),) * 2] == [(first, last)]
    if city is not None:
        assert (first, last, city) in got


# -- M1b: a recalled meeting with only a year, or no time, is no event and lends nothing -------------------------------
@pytest.mark.parametrize("recall", [
    "The two men last met in Tehran in 2019, when both served in other posts.",
    "Their previous meeting in Mashhad had focused on smuggling across the border.",
    "It was their second meeting; the two had first met in Tehran some years ago.",
])
def test_a_recalled_meeting_without_a_month_lends_the_reports_meeting_nothing(recall):
    got = _meetings(f"{_NAQVI_MOMENI_NO_CITY}\n\nBoth sides welcomed the progress. {recall}")
    assert [(a, b) for a, b, _ in got] == [(dt.date(2024, 10, 16), dt.date(2024, 10, 16))]
    assert got[0][2] not in ("tehran", "mashhad")


@pytest.mark.parametrize("recall", [
    "The two ministers had met in Tehran in March to discuss the release of fishermen.",
    "When the two last met, in Mashhad in August, they agreed to open two more crossings.",
    "Their previous meeting, in Tehran in June, had produced a plan for pilgrims.",
])
def test_a_recalled_meeting_with_a_month_lends_the_reports_meeting_no_city(recall):
    got = _meetings(f"{_NAQVI_MOMENI_NO_CITY}\n\nBoth sides welcomed the progress. {recall}")
    own = [p for a, b, p in got if a == b == dt.date(2024, 10, 16)]
    assert len(own) == 1 and own[0] not in ("tehran", "mashhad")


# -- S1: a report published days after its lead engagement keeps that engagement its own ----------------------------
@pytest.mark.parametrize("text, day, want, city, pair", [
    # a weekly, twelve days later, in the next month; a second engagement told after the lead
    ("ISLAMABAD: Interior Minister Mohsin Naqvi met Iranian Interior Minister Eskandar Momeni in Islamabad on 28 "
     "September to discuss the border. Later, Momeni called on Prime Minister Shehbaz Sharif.\n\nThe two ministers "
     "agreed to meet again in Tehran.", "2024-10-10", dt.date(2024, 9, 28), "islamabad", (NAQVI, MOMENI)),
    # a column, a fortnight on
    ("TEHRAN: When Foreign Minister Ishaq Dar held talks with Iranian Foreign Minister Abbas Araghchi in Tehran on 25 "
     "September, the two men spoke of trade. Dar also met President Masoud Pezeshkian during the visit.",
     "2024-10-09", dt.date(2024, 9, 25), "tehran", (DAR, ARAGHCHI)),
    # a monthly round-up: the lead's day, then a later engagement of the same trip
    ("Interior Minister Mohsin Naqvi held talks with Iranian Interior Minister Eskandar Momeni in Tehran on 26 "
     "September. The next day Naqvi visited the shrine in Mashhad.\n\nOfficials said the talks went well.",
     "2024-10-08", dt.date(2024, 9, 26), "tehran", (NAQVI, MOMENI)),
])
def test_a_late_reports_lead_engagement_is_its_own(text, day, want, city, pair):
    events = _OWN.clustered(text, day)
    lead = [e for e in of_kind(events, "meeting") if set(pair) <= set(e.participants)]
    assert [(e.date_start, e.date_end, e.place_id) for e in lead] == [(want, want, city)]


# -- S1, by frame: the lead engagement of a late report is not told past; one weeks before it still is --------------
def _frames(text: str, day: str):
    from extract_fixtures import shipped_lexicon
    from pakiran_events.extract.frames import frames_of
    from pakiran_events.extract.report import Reading

    return frames_of(Reading("past24-own", text, dt.date.fromisoformat(day), shipped_lexicon()))


@pytest.mark.parametrize("text, day", [
    ("ISLAMABAD: Iranian Interior Minister Eskandar Momeni arrived in Islamabad on 27 September for talks. Momeni "
     "met Interior Minister Mohsin Naqvi at the Interior Ministry, officials said.", "2024-10-09"),
    ("Foreign Minister Ishaq Dar landed in Tehran on 29 September for a two-day visit. He held talks with Iranian "
     "Foreign Minister Abbas Araghchi and discussed trade.", "2024-10-11"),
    ("In our weekly round-up: Interior Minister Mohsin Naqvi travelled to Mashhad on 24 September. There he met "
     "Iranian Interior Minister Eskandar Momeni to discuss pilgrims.", "2024-10-05"),
])
def test_a_late_reports_lead_is_not_told_past(text, day):
    lead = [f for f in _frames(text, day) if f.sentence == 0]
    assert lead and not any(f.background for f in lead)


@pytest.mark.parametrize("text, day", [
    ("ISLAMABAD: Iranian Interior Minister Eskandar Momeni arrived in Islamabad on 27 September for talks. He had "
     "visited Karachi in July, officials said.", "2024-10-09"),
    ("Foreign Minister Ishaq Dar landed in Tehran on 29 September for a two-day visit. Dar met Iranian Foreign "
     "Minister Abbas Araghchi in Islamabad in June, a spokesman recalled.", "2024-10-11"),
    ("Interior Minister Mohsin Naqvi travelled to Mashhad on 24 September. The two ministers held talks in "
     "Islamabad in May.", "2024-10-05"),
])
def test_near_miss_in_a_late_report_an_engagement_weeks_before_its_lead_is_told_past(text, day):
    later = [f for f in _frames(text, day) if f.sentence == 1]
    assert later and all(f.background for f in later)


# -- M1c: a recalled meeting with no time of its own takes no day of the trip the report tells ---------------------
@pytest.mark.parametrize("recall", [
    "Dar had met Araghchi several times before in other capitals.",
    "Araghchi had earlier held talks with Dar on the sidelines of a regional forum.",
    "Dar had also met Araghchi once before, as a senator.",
])
def test_an_undated_recalled_meeting_takes_no_day_of_the_reports_trip(recall):
    text = ("TEHRAN: Foreign Minister Ishaq Dar arrived in Tehran on Tuesday for a two-day visit. Dar held talks with "
            f"Iranian Foreign Minister Abbas Araghchi at the Foreign Ministry. {recall}")
    told = [c for c in _OWN.report(text).candidates if c.kind == "meeting" and {DAR, ARAGHCHI} <= set(c.participants)]
    recalled = [c for c in told if c.background]
    assert recalled and all(c.dates == [] and c.place_id is None for c in recalled)
    assert [c.dates[0][0].start for c in told if not c.background] == [dt.date(2024, 10, 15)]


# -- a habit told by an engagement noun ('regular high-level discussions') is no meeting of the report's day ----------
@pytest.mark.parametrize("habit", [
    "The minister's trip is part of regular high-level discussions between Pakistan and Iran.",
    "Dar and Araghchi have agreed to hold periodic consultations on the border, officials said.",
    "The visit comes amid frequent contacts between Ishaq Dar and Abbas Araghchi on regional matters.",
])
def test_a_habit_told_by_a_plural_noun_is_no_meeting(habit):
    text = ("TEHRAN: Foreign Minister Ishaq Dar arrived in Tehran on Tuesday for a two-day visit to discuss trade "
            f"and the border. {habit}")
    meetings = [e for e in of_kind(_OWN.clustered(text), "meeting") if {DAR, ARAGHCHI} <= set(e.participants)]
    assert meetings == []


@pytest.mark.parametrize("text", [
    "ISLAMABAD: Foreign Minister Ishaq Dar held talks with Iranian Foreign Minister Abbas Araghchi in Islamabad on "
    "Wednesday, the first of the regular meetings the two agreed on last year.",
    "ISLAMABAD: Foreign Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi in Islamabad on Wednesday "
    "for the regular session of their consultations.",
    "ISLAMABAD: In their regular meeting on Wednesday, Foreign Minister Ishaq Dar and Iranian Foreign Minister "
    "Abbas Araghchi met in Islamabad to review trade.",
])
def test_near_miss_the_reports_meeting_next_to_a_habit_keeps_its_day(text):
    got = [e.date_start for e in of_kind(_OWN.clustered(text), "meeting") if {DAR, ARAGHCHI} <= set(e.participants)]
    assert got == [dt.date(2024, 10, 16)]
