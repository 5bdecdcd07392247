"""Round 23 (background detection): an engagement a report recalls around the one it tells ('X had
met Y several times', 'he recalled an earlier visit of the minister to Iran', 'the speaker's visit
had been announced for the spring') is dated only by its own words, lends the report's engagement
nothing and borrows nothing from it, never joins it, and is an event of its own only with a month or
a day of its own (CURATION.md §3, 'told past engagements'). Made-up reports in our own words; each
class has three or more varied texts and near misses (a past engagement in the report's own week,
'last week' in a Monday's report, a 'had' of another clause)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import OwnReports, of_kind, shipped_lexicon
from pakiran_events.extract.background import before_report_week, pluperfect_before
from pakiran_events.extract.dates import DateCue
from pakiran_events.extract.report import Reading

_OWN = OwnReports("back23-own", "2024-10-17")   # a Thursday

NAQVI, MOMENI, DAR, ARAGHCHI = "mohsin-naqvi", "eskandar-momeni", "ishaq-dar", "abbas-araghchi"
SHEHBAZ, PEZESHKIAN = "shehbaz-sharif", "masoud-pezeshkian"

# the report's own engagement, told first in every text below
_NAQVI_MOMENI = ("ISLAMABAD: Interior Minister Mohsin Naqvi met Iranian Interior Minister Eskandar Momeni at the "
                 "Interior Ministry on Wednesday to discuss the movement of pilgrims and the security of the border.")
_DAR_ARAGHCHI = ("TEHRAN: Foreign Minister Ishaq Dar held talks with his Iranian counterpart Abbas Araghchi in Tehran on "
                 "Tuesday, the Foreign Office said.")


def _events(text: str, day: str | None = None):
    return _OWN.clustered(text, day)


def _of(events, kind: str, *people: str):
    return [e for e in of_kind(events, kind) if set(people) <= set(e.participants)]


# -- 1. a recollection in the pluperfect with no time of its own: no event, however it is worded -------------------
@pytest.mark.parametrize("recall, other", [
    ("Momeni had met Naqvi's predecessor, Sarfraz Bugti, several times during the year, most recently to discuss "
     "prisoners.", "sarfraz-bugti"),
    ("Naqvi had earlier held talks with Momeni's predecessor, Ahmad Vahidi, on the same subject.", "ahmad-vahidi"),
    ("Momeni had also called on Sarfraz Bugti, then in charge of the ministry, to raise the fate of prisoners.",
     "sarfraz-bugti"),
])
def test_a_pluperfect_recollection_without_a_time_of_its_own_is_no_second_meeting(recall, other):
    events = _events(f"{_NAQVI_MOMENI}\n\nThe talks lasted two hours. {recall}")
    meetings = of_kind(events, "meeting")
    assert [e for e in meetings if other in e.participants] == []
    assert [e.date_start for e in _of(events, "meeting", NAQVI, MOMENI)] == [dt.date(2024, 10, 16)]


# -- 2. a trip recalled with no time of its own: no visit, and it lends no day or city --------------------------------
@pytest.mark.parametrize("recall", [
    "The ambassador recalled an earlier visit of Foreign Minister Ishaq Dar to Iran as a private citizen.",
    "Dar had been to Tehran as a young banker, he told his hosts.",
    "Foreign Minister Ishaq Dar had visited Mashhad before taking office, the ministry noted.",
])
def test_a_trip_recalled_without_a_time_of_its_own_is_no_visit(recall):
    text = ("ISLAMABAD: Iranian Ambassador Reza Amiri Moghadam called on Foreign Minister Ishaq Dar at the Foreign "
            f"Office on Wednesday and discussed trade and the border.\n\nBoth sides welcomed the progress. {recall}")
    events = _events(text)
    assert _of(events, "visit", DAR) == []
    meetings = of_kind(events, "meeting")
    assert [e.date_start for e in meetings] == [dt.date(2024, 10, 16)]
    assert meetings[0].place_id not in ("iran", "tehran", "mashhad")   # the recalled trip lends no city


# -- 3. an engagement noun whose predicate is pluperfect ('had been announced', 'had been in September') ------------
@pytest.mark.parametrize("recall", [
    "The Iranian interior minister's visit to Pakistan had been announced for the spring but did not take place.",
    "A visit to Pakistan by President Masoud Pezeshkian had been planned for the summer and was later put off.",
    "A trip to Islamabad by Araghchi had been discussed for months without a date being fixed.",
])
def test_an_engagement_noun_told_in_the_pluperfect_without_a_time_is_no_visit(recall):
    events = _events(f"{_DAR_ARAGHCHI}\n\nThe ministers discussed trade. {recall}")
    assert [e for e in of_kind(events, "visit") if e.country == "PAK"] == []
    assert [e.date_start for e in _of(events, "meeting", DAR, ARAGHCHI)] == [dt.date(2024, 10, 15)]


# -- 4. a recalled trip that names no traveller tells no trip (no guest of the report stands in) --------------------
@pytest.mark.parametrize("recall", [
    "Both sides discussed the arrest of a smuggler who had entered Pakistan from Iran.",
    "They discussed the case of a fishing boat that had arrived in Gwadar from Chabahar without papers.",
    "The minister raised the case of pilgrims who had travelled to Iran without visas.",
])
def test_a_recalled_trip_naming_no_traveller_is_no_visit(recall):
    text = ("RAWALPINDI: Iranian Ambassador Reza Amiri Moghadam called on Chief of Army Staff General Asim Munir at "
            f"General Headquarters on Wednesday.\n\n{recall}")
    events = _events(text)
    assert of_kind(events, "visit") == []
    assert [(e.date_start, e.place_id) for e in of_kind(events, "meeting")] == [(dt.date(2024, 10, 16), "rawalpindi")]


# -- 5. a told past engagement with a month of its own keeps it; the report's engagement keeps its own day ---------
@pytest.mark.parametrize("recall, month", [
    ("Naqvi had met Momeni in Tehran in May, when the two agreed on a hotline.", (2024, 5)),
    ("The two ministers had last met in Tehran in July, on the sidelines of a conference.", (2024, 7)),
    ("Momeni had held talks with Naqvi in Tehran in March, shortly after taking office.", (2024, 3)),
])
def test_a_recollection_with_its_month_is_its_own_event_never_the_reports(recall, month):
    events = _events(f"{_NAQVI_MOMENI}\n\nBoth sides welcomed the progress. {recall}")
    days = sorted((e.date_start, e.date_end, e.place_id) for e in _of(events, "meeting", NAQVI, MOMENI))
    first = dt.date(*month, 1)
    last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    assert (dt.date(2024, 10, 16), dt.date(2024, 10, 16), "islamabad") in days
    assert (first, last, "tehran") in days
    assert len(days) == 2


# -- 6. the perfect over a span of the past: earlier or habitual engagements, no event of the report's day ----------
@pytest.mark.parametrize("recall", [
    "The two armed forces have since then held several rounds of staff talks.",
    "Naqvi has previously met Momeni on the sidelines of regional conferences.",
    "Officials of the two ministries have regularly held consultations on the movement of pilgrims.",
])
def test_the_perfect_over_a_past_span_is_no_engagement_of_the_reports_month(recall):
    text = ("RAWALPINDI: Chief of Army Staff General Asim Munir received a telephone call from Iran's Interior Minister "
            f"Eskandar Momeni on Wednesday, officials said.\n\nThe two discussed border security. {recall}")
    events = _events(text)
    assert [e for e in of_kind(events, "meeting") if e.precision == "month"] == []
    assert [e.date_start for e in of_kind(events, "phone_call")] == [dt.date(2024, 10, 16)]


@pytest.mark.parametrize("text", [
    # 'has already arrived' is the report's own trip
    "ISLAMABAD: Iranian Foreign Minister Abbas Araghchi has arrived in Islamabad and met Foreign Minister Ishaq Dar "
    "on Wednesday.",
    # a perfect with no adverb of a past span, the day its own
    "ISLAMABAD: Foreign Minister Ishaq Dar has met Iranian Foreign Minister Abbas Araghchi in Islamabad on Wednesday.",
    # the adverb in another clause
    "ISLAMABAD: Foreign Minister Ishaq Dar, who has often praised the ties, met Iranian Foreign Minister Abbas Araghchi in Islamabad on "
    "Wednesday.",
])
def test_near_miss_the_reports_perfect_is_its_own_engagement(text):
    meetings = _of(_events(text), "meeting", DAR, ARAGHCHI)
    assert [e.date_start for e in meetings] == [dt.date(2024, 10, 16)]


# -- near misses: the report's own week ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, day, want", [
    # a pluperfect arrival in the report's week is the report's trip, dated by its own clause
    ("ISLAMABAD: Iranian Foreign Minister Abbas Araghchi, who had arrived in Islamabad on Monday, met Foreign "
     "Minister Ishaq Dar on Tuesday.", "2024-10-16", dt.date(2024, 10, 15)),
    # 'last week' in a Monday's report is this engagement
    ("ISLAMABAD: Foreign Minister Ishaq Dar and Iranian Foreign Minister Abbas Araghchi met in Islamabad last week "
     "to discuss the border, the Foreign Office said.", "2024-10-21", None),
    # a 'had' of another clause does not make the report's meeting a recollection
    ("TEHRAN: Foreign Minister Ishaq Dar, who had served as finance minister, held talks with Abbas Araghchi in "
     "Tehran on Tuesday.", "2024-10-16", dt.date(2024, 10, 15)),
])
def test_near_miss_the_reports_own_engagement_is_no_recollection(text, day, want):
    meetings = _of(_events(text, day), "meeting", DAR, ARAGHCHI)
    assert len(meetings) == 1
    if want is not None:
        assert meetings[0].date_start == want
    else:
        assert dt.date(2024, 10, 14) <= meetings[0].date_start <= dt.date(2024, 10, 20)


# -- the two readings, one by one ----------------------------------------------------------------------------------
@pytest.mark.parametrize("start, end, published, past", [
    (dt.date(2024, 5, 1), dt.date(2024, 5, 31), dt.date(2024, 6, 20), True),     # 'in May', a June report
    (dt.date(2017, 1, 1), dt.date(2017, 12, 31), dt.date(2024, 6, 20), True),    # 'in 2017'
    (dt.date(2022, 6, 20), dt.date(2022, 6, 20), dt.date(2024, 6, 20), True),    # 'two years ago'
    (dt.date(2024, 6, 10), dt.date(2024, 6, 16), dt.date(2024, 6, 17), False),   # 'last week' in a Monday's report
    (dt.date(2024, 5, 30), dt.date(2024, 5, 30), dt.date(2024, 6, 3), False),    # last Thursday, across the month
    (dt.date(2024, 6, 2), dt.date(2024, 6, 2), dt.date(2024, 6, 20), False),     # earlier this month
])
def test_before_report_week(start, end, published, past):
    assert before_report_week(DateCue(start, end, "day"), published) is past


def test_before_report_week_needs_a_resolved_cue_and_a_report_day():
    assert before_report_week(DateCue(None, None, "day", weekday=2), dt.date(2024, 6, 20)) is False
    assert before_report_week(DateCue(dt.date(2017, 1, 1), dt.date(2017, 1, 1), "day"), None) is False


@pytest.mark.parametrize("sentence, trigger, told", [
    ("Momeni had met Naqvi several times.", "met", True),
    ("The two had last met in Davos.", "met", True),
    ("Dar had also earlier called on the president.", "called on", True),
    ("The visit to Pakistan had been announced for the spring.", "visit to Pakistan", True),
    ("Dar, who had served as finance minister, met Araghchi.", "met", False),
    ("Dar met Araghchi, who had arrived on Monday.", "met", False),
    ("The visit to Pakistan, which had been announced, began on Monday.", "visit to Pakistan", False),
    ("The two have since then held several rounds of staff talks.", "staff talks", True),
    ("Dar has previously met Araghchi.", "met", True),
    ("Dar has met Araghchi.", "met", False),
])
def test_pluperfect_before(sentence, trigger, told):
    r = Reading("back23-own", sentence, dt.date(2024, 10, 17), shipped_lexicon())
    start = sentence.index(trigger)
    assert pluperfect_before(r, 0, start, start + len(trigger)) is told
