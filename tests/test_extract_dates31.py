"""Round 31 (dates31, issue 15): exact dates, round three.

- a length of talks told after the day that closed them ('left Tehran on Tuesday after two days of
  talks'): the talks ended by that day, the length counts back from it (frames._closed_by_day,
  engagement.yaml `talks_closed_by`); told before its day or after 'for', it still runs on from it.
Reports are made up, in our own words; the people are the shipped gazetteer's."""

from __future__ import annotations

from extract_fixtures import OwnReports, of_kind
from pakiran_events.extract.cluster import cluster

OWN = OwnReports("dates31", "2025-08-06")  # a Wednesday: Monday is 4 August, Tuesday 5 August
DAR, ARAGHCHI = "ishaq-dar", "abbas-araghchi"
TEHRAN = "TEHRAN, Aug 6 -- "


def _days(text: str, kind: str, report: OwnReports = OWN) -> list[tuple[str, str]]:
    return [(str(e.date_start), str(e.date_end)) for e in of_kind(report.clustered(text), kind)]


# -- 1. a length of talks closed by the day told before it ----------------------------------------
def test_talks_after_which_the_guest_left_end_on_the_day_he_left():
    text = TEHRAN + "Foreign Minister Ishaq Dar left Tehran on Tuesday after two days of talks with Iranian " \
                    "Foreign Minister Abbas Araghchi."
    assert _days(text, "meeting") == [("2025-08-04", "2025-08-05")], OWN.events(text)
    assert _days(text, "visit") == [("2025-08-04", "2025-08-05")], OWN.events(text)


def test_at_the_end_of_three_days_of_talks_counts_back_too():
    text = TEHRAN + "Foreign Minister Ishaq Dar flew home on Tuesday at the end of three days of talks with " \
                    "Iranian Foreign Minister Abbas Araghchi."
    assert _days(text, "meeting") == [("2025-08-03", "2025-08-05")], OWN.events(text)


def test_talks_for_two_days_from_a_day_still_run_on():
    """Near miss: 'on Monday for two days of talks' begins on its day."""
    text = TEHRAN + "Foreign Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi in Tehran on Monday " \
                    "for two days of talks."
    assert _days(text, "meeting") == [("2025-08-04", "2025-08-05")], OWN.events(text)


def test_a_length_told_before_its_day_still_runs_on():
    """Near miss: the length comes first ('Two days of talks ... began on Monday'): no count back."""
    text = TEHRAN + "Two days of talks between Foreign Minister Ishaq Dar and Iranian Foreign Minister Abbas " \
                    "Araghchi began on Monday."
    assert _days(text, "meeting") == [("2025-08-04", "2025-08-05")], OWN.events(text)


def test_a_visit_told_by_two_outlets_ends_on_the_day_the_guest_left():
    """The arrival's report and the departure's report of one visit: the departure report's talks do not
    carry the visit a day past the way home."""
    arrived = OwnReports("dates31a", "2025-08-04").report(
        "TEHRAN, Aug 4 -- Foreign Minister Ishaq Dar arrived in Tehran on Monday on a visit and met Iranian "
        "Foreign Minister Abbas Araghchi.")
    left = OwnReports("dates31b", "2025-08-06").report(
        "TEHRAN, Aug 6 -- Foreign Minister Ishaq Dar left Tehran on Tuesday after two days of talks with Iranian "
        "officials.")
    events = cluster([arrived, left])
    assert [(str(e.date_start), str(e.date_end)) for e in of_kind(events, "visit")] == [("2025-08-04", "2025-08-05")]
    assert all(str(e.date_end) <= "2025-08-05" for e in events), [(e.kind, e.date_start, e.date_end) for e in events]
