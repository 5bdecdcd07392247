"""Dates, round 25 (dates25): the ends of a visit told across reports, period words, impossible
publication dates (issue 15). Every text is our own, in the style of a news report; near misses
beside each class. Each class failed on reread24 (release 2.5.3 and its re-read)."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from date_coverage import _lexicon
from pakiran_events.extract.cluster import HELD_DAY_SLACK, cluster
from pakiran_events.extract.report import read_report


def _events(*reports: tuple[str, str, str]) -> list:
    """Events of (doc_id, published, text) reports clustered together."""
    return cluster([read_report(doc, text, published, _lexicon()) for doc, published, text in reports])


def _days(events: list, kind: str, actor: str | None = None) -> list[tuple[str, str]]:
    return sorted((str(e.date_start), str(e.date_end)) for e in events
                  if e.kind == kind and (actor is None or actor in e.participants or actor in (e.guest, e.host)))


# --- 1. a bare weekday counted back from its report's day lands after the held way home --------
# ('flew to Tehran on Sunday' in a weekly of the Monday after, 'back by Tuesday night'): it is the
# visit's Sunday, counted back from the departure (reconcile.move)

WEEKLY = [
    # a weekly column of Monday 16 November 2020: the trip ran Sunday 8 to Tuesday 10
    ("week-20201116-column", "2020-11-16",
     "Foreign Minister Shah Mahmood Qureshi flew to Tehran on Sunday for talks with Mohammad Javad Zarif. "
     "He was back in Islamabad last Tuesday, carrying a memorandum on border markets.",
     ("2020-11-08", "2020-11-10")),
    # a Monday magazine of 15 April 2024: arrived Saturday 6 April ... flew home Monday 8 April
    ("mag-20240415-diary", "2024-04-15",
     "Iran's Foreign Minister Hossein Amir-Abdollahian arrived in Islamabad on Saturday on what officials called a "
     "working visit, and held talks with Foreign Minister Ishaq Dar. He flew home last Monday.",
     ("2024-04-06", "2024-04-08")),
    # a Friday paper of 12 January 2024 telling a visit of the week before last ('on the 2nd' dates the return)
    ("paper-20240112-review", "2024-01-12",
     "Interior Minister Sarfraz Bugti reached Tehran on Sunday and met Ahmad Vahidi. Bugti returned to Islamabad "
     "on 2 January after the talks.",
     ("2023-12-31", "2024-01-02")),
]


@pytest.mark.parametrize("doc,published,text,expected", WEEKLY)
def test_a_bare_weekday_after_the_told_return_is_the_visits_own(doc, published, text, expected):
    assert _days(_events((doc, published, text)), "visit") == [expected]


def test_the_last_held_day_of_any_report_closes_a_visit_told_by_several():
    """A release of the day before (the departure 'tomorrow'), the arrival report, and the weekly
    column of the Monday after: one visit, 8 to 10 November, not to the column's Sunday."""
    events = _events(
        ("fo-20201107-release", "2020-11-07",
         "Foreign Minister Shah Mahmood Qureshi will leave for Tehran tomorrow on a three-day visit at the invitation "
         "of Foreign Minister Mohammad Javad Zarif."),
        ("wire-20201108-arrival", "2020-11-08",
         "Pakistani Foreign Minister Shah Mahmood Qureshi arrived in Tehran on Sunday evening."),
        WEEKLY[0][:3])
    assert _days(events, "visit") == [("2020-11-08", "2020-11-10")]


def test_near_miss_a_bare_weekday_before_the_return_stands():
    text = ("Iran's Foreign Minister Hossein Amir-Abdollahian arrived in Islamabad on Monday and held talks with "
            "Foreign Minister Ishaq Dar. He flew home on Wednesday.")
    assert _days(_events(("paper-20240405", "2024-04-05", text)), "visit") == [("2024-04-01", "2024-04-03")]


def test_near_miss_no_return_told_leaves_the_weekday_counted_from_the_report():
    text = ("Foreign Minister Shah Mahmood Qureshi flew to Tehran on Sunday for talks with Mohammad Javad Zarif, "
            "officials said.")
    assert [d[0] for d in _days(_events(("week-20201116", "2020-11-16", text)), "visit")] == ["2020-11-15"]


# --- 2. 'that evening', 'later that night': the day told before, as 'later that day' ----------------

THAT_EVENING = [  # the lead tells the return first, then the arrival, then the talks 'that evening'
    ("National Assembly Speaker Ayaz Sadiq returned home on Wednesday night after three days in Tehran. The speaker "
     "arrived in Tehran on Monday at the head of a parliamentary delegation. That evening, he held talks with "
     "Mohammad Bagher Ghalibaf at the parliament building.", "2024-08-02", "mohammad-bagher-ghalibaf", "2024-07-29"),
    ("Interior Minister Mohsin Naqvi flew back home on 17 April from a three-day visit to Tehran. He reached Tehran "
     "on 15 April. Later that evening he called on Eskandar Momeni at the interior ministry.", "2024-04-20",
     "eskandar-momeni", "2024-04-15"),
    ("Iran's Foreign Minister Abbas Araghchi left Islamabad on Thursday after a two-day visit. He landed in Islamabad "
     "on Wednesday. That night he met Ishaq Dar over dinner at the Foreign Office.", "2025-08-08", "ishaq-dar",
     "2025-08-06"),
]


@pytest.mark.parametrize("text,published,host,day", THAT_EVENING)
def test_a_meeting_told_that_evening_keeps_the_day_told_before(text, published, host, day):
    assert _days(_events(("x-that-evening", published, text)), "meeting", host) == [(day, day)]


def test_near_miss_this_evening_is_the_reports_own_day():
    text = ("Iran's Foreign Minister Abbas Araghchi landed in Islamabad on Tuesday. This evening he meets Ishaq Dar "
            "at the Foreign Office.")
    assert ("2025-08-05", "2025-08-05") not in _days(_events(("x-this-evening", "2025-08-07", text)), "meeting", "ishaq-dar")


# --- 3. 'He left on Friday': a departure with no place after 'left' (breaker of round 24) -----------

LEFT_ON = [
    ("Iranian Foreign Minister Hossein Amir-Abdollahian arrived in Islamabad on Wednesday for talks with Foreign "
     "Minister Jalil Abbas Jilani. He left on Friday.", "2024-02-03", ("2024-01-31", "2024-02-02")),
    ("Foreign Minister Ishaq Dar arrived in Tehran on 4 August and met Abbas Araghchi. Dar departed on 6 August, "
     "officials said.", "2025-08-09", ("2025-08-04", "2025-08-06")),
    ("Interior Minister Mohsin Naqvi reached Tehran on Sunday and held talks with Eskandar Momeni. "
     "The minister left on Tuesday evening with an agreement on border markets.", "2024-04-19", ("2024-04-14", "2024-04-16")),
]


@pytest.mark.parametrize("text,published,expected", LEFT_ON)
def test_left_on_a_day_ends_the_visit(text, published, expected):
    assert _days(_events(("x-left-on", published, text)), "visit") == [expected]


def test_near_miss_left_on_a_tour_is_no_day_of_leaving():
    text = ("Iranian Foreign Minister Hossein Amir-Abdollahian arrived in Islamabad on Wednesday for talks with Foreign "
            "Minister Jalil Abbas Jilani. He left on a tour of the region afterwards.")
    assert _days(_events(("x-left-tour", "2024-02-03", text)), "visit") == [("2024-01-31", "2024-01-31")]


# --- 4. departure_kind reads an article between 'left' and the city by word --------------------------

def test_the_article_gap_is_a_word_not_a_set_of_letters():
    from pakiran_events.extract.candidates import _ARTICLE_GAP

    for gap in (" ", " the ", "  The  "):
        assert _ARTICLE_GAP.fullmatch(gap), gap
    for gap in (" eh ", " het ", " tet ", " then "):  # each letter of 't', 'h', 'e': strip(" the") took them all
        assert _ARTICLE_GAP.fullmatch(gap) is None, gap


# --- 5. impossible publication dates: a warning naming the manifest row and field --------------------

def _extract(tmp_path, published: str):
    from click.testing import CliRunner

    from extract_fixtures import SAME_MEETING, write_corpus, write_gazetteer
    from pakiran_events.cli import main

    doc = (SAME_MEETING[0], published, SAME_MEETING[2])
    root = write_corpus(tmp_path / "c", [doc])
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["extract", "--corpus", str(root), "--out", str(out), "--scheduler", "synchronous",
                                       "--no-progress", "--gazetteer", str(write_gazetteer(tmp_path / "gazetteer"))])
    return root, out, result


@pytest.mark.parametrize("published,bound", [("0001-01-01", "before 1947-01-01"), ("9999-12-31", "after "),
                                             ("1900-06-30", "before 1947-01-01")])
def test_a_publication_day_no_report_can_have_is_a_warning_and_not_used(tmp_path, published, bound):
    from extract_fixtures import SAME_MEETING

    root, out, result = _extract(tmp_path, published)
    assert result.exit_code == 0, result.output
    assert (f"warning: corpus: {root / 'manifest.csv'} row 2 [{SAME_MEETING[0]}] field published: "
            f"published-out-of-range: '{published}' is {bound}") in result.output
    with (out / "data/sources.csv").open(encoding="utf-8") as fh:
        (source,) = list(csv.DictReader(fh))
    assert source["published_date"] == "" and source["published_basis"] == ""
    with (out / "data/events.csv").open(encoding="utf-8") as fh:
        years = {row["date_start"][:4] for row in csv.DictReader(fh)}
    assert not years & {"0001", "9999"}  # 'on Monday' is counted from no impossible day


def test_near_miss_a_publication_day_of_today_is_kept(tmp_path):
    today = dt.datetime.now(dt.timezone.utc).date().isoformat()
    _, out, result = _extract(tmp_path, today)
    assert result.exit_code == 0, result.output
    assert "published-out-of-range" not in result.output
    with (out / "data/sources.csv").open(encoding="utf-8") as fh:
        (source,) = list(csv.DictReader(fh))
    assert source["published_date"] == today


def test_publication_days_run_from_the_floor_to_the_end_of_the_latest_year():
    """Round 25 review M4 (fixpub25): the range is fixed in data, no longer the run's day plus one;
    the run's day plus one (`run_day`) only decides the `published-in-future` warning."""
    from pakiran_events.extract.adapter import publication_days, run_day

    assert publication_days() == (dt.date(1947, 1, 1), dt.date(2099, 12, 31))
    assert run_day(dt.date(2026, 12, 1)) == dt.date(2026, 12, 2)


# --- 6. one meeting told on different days by two outlets (review S6, HELD_DAY_SLACK) ---------------

def test_one_call_on_told_a_day_apart_by_two_outlets_is_one_meeting():
    """A Tehran outlet tells the ambassador's call on the minister on the evening it took place;
    an Islamabad paper of the next day tells it as yesterday's: one meeting."""
    events = _events(
        ("irna-20240610", "2024-06-10",
         "Iran's Ambassador Reza Amiri Moghadam called on Interior Minister Mohsin Naqvi in Islamabad today."),
        ("dawn-20240612", "2024-06-12",
         "Iran's Ambassador Reza Amiri Moghadam called on Interior Minister Mohsin Naqvi in Islamabad yesterday."))
    assert HELD_DAY_SLACK == 1
    assert len([e for e in events if e.kind == "meeting"]) == 1


# --- 7. 'arrived this month ... earlier this year': a meeting told only in a period widens no visit ----

PERIOD_MEETING = [
    ("Iranian Foreign Minister Hossein Amir-Abdollahian arrived in Islamabad this month. Earlier this year he met "
     "Foreign Minister Bilawal Bhutto Zardari in Karachi.", "2023-06-20", ("2023-06-01", "2023-06-20")),
    ("Interior Minister Mohsin Naqvi arrived in Tehran this month for talks on border security. Earlier this year, "
     "he held talks with Ahmad Vahidi on the same subject.", "2024-05-22", ("2024-05-01", "2024-05-22")),
    ("Foreign Minister Ishaq Dar arrived in Tehran this month, officials said. Earlier this year he met Abbas "
     "Araghchi to discuss the border.", "2025-03-18", ("2025-03-01", "2025-03-18")),
]


@pytest.mark.parametrize("text,published,expected", PERIOD_MEETING)
def test_a_meeting_told_earlier_this_year_does_not_widen_the_visit_of_this_month(text, published, expected):
    assert _days(_events(("x-period", published, text)), "visit") == [expected]


def test_near_miss_a_meeting_on_a_day_still_dates_the_visit():
    text = ("Foreign Minister Ishaq Dar arrived in Tehran this month, officials said. He met Abbas Araghchi on "
            "10 March to discuss the border.")
    visit = _days(_events(("x-period-day", "2025-03-18", text)), "visit")
    assert len(visit) == 1 and visit[0][0] <= "2025-03-10" <= visit[0][1]
