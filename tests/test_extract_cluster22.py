"""Round 22 (clustering, cluster22): an undated report of a held trip joins the trip a dated report
announced for that weekday, not another, earlier trip of the same guest to the same country
(`cluster._announced_visit`, issue 15: "the report stays a source of the real one if it happens").
The announcement is a source of the held visit and gives its day (and, since round 27, is a source of
the meeting held with the host it announced, cited for its type only); it never makes an event alone.
Made-up reports in our own words, three phrasings of the undated held trip (a return home, a visit
wrapped up, a departure), each with an earlier held visit of the guest months before, and near
misses: a weekday that does not fit the announced day, an undated report telling no weekday, two
announcements that fit alike, an announcement with no held report. The other classes the round
checked (one visit told on different days with other arrival days and first cities; one person's
visits a year apart; opposite delegations in one week with meetings of the same pair) are pinned on
small multi-report corpora as they stand."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import shipped_lexicon
from pakiran_events.extract.cluster import Event, cluster
from pakiran_events.extract.report import read_report

NAQVI, MOMENI, DAR, ARAGHCHI = "mohsin-naqvi", "eskandar-momeni", "ishaq-dar", "abbas-araghchi"
ASIF = "khawaja-muhammad-asif"


def _cluster(*reports: tuple[str, str | None, str]) -> list[Event]:
    return cluster([read_report(doc, text, day, shipped_lexicon()) for doc, day, text in reports])


def _visits(events: list[Event]) -> list[tuple[dt.date | None, dt.date | None, list[str]]]:
    return sorted((v.date_start, v.date_end, sorted(v.sources)) for v in events if v.kind == "visit")


def _d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


# -- 1. an undated held trip, an announcement of it, and an earlier trip of the guest ------------------------------
CASES = {
    "return-home": (
        NAQVI,
        ("n-old", "2025-03-10", "TEHRAN: Interior Minister Mohsin Naqvi arrived in Tehran on Sunday on a two-day visit "
                                "and met Iranian Interior Minister Eskandar Momeni on Monday to discuss the safety of "
                                "pilgrims."),
        ("n-ann", "2025-07-11", "ISLAMABAD: Interior Minister Mohsin Naqvi will visit Tehran on Sunday for talks with "
                                "Iranian Interior Minister Eskandar Momeni on border management, officials said on "
                                "Friday."),
        ("n-und", None, "Interior Minister Mohsin Naqvi returned home on Sunday night after a day-long visit to Tehran, "
                        "where he met Iranian Interior Minister Eskandar Momeni and discussed border management."),
        ("2025-07-13", "2025-07-13")),
    "wrapped-up": (
        DAR,
        ("d-old", "2025-01-20", "TEHRAN: Deputy Prime Minister and Foreign Minister Ishaq Dar arrived in Tehran on "
                                "Sunday and held talks with Iranian Foreign Minister Abbas Araghchi on Monday on trade "
                                "and border security."),
        ("d-ann", "2025-05-15", "ISLAMABAD: Deputy Prime Minister Ishaq Dar will travel to Tehran on Sunday for talks "
                                "with Iranian Foreign Minister Abbas Araghchi, the Foreign Office said on Thursday."),
        ("d-und", None, "Foreign Minister Ishaq Dar wrapped up his visit to Tehran on Monday after talks with his "
                        "Iranian counterpart Abbas Araghchi on trade and the border, the Foreign Office said."),
        ("2025-05-18", "2025-05-19")),
    "left-capital": (
        ARAGHCHI,
        ("a-old", "2024-11-05", "ISLAMABAD: Iranian Foreign Minister Abbas Araghchi arrived in Islamabad on Monday on a "
                                "two-day visit and met Foreign Minister Ishaq Dar on Tuesday."),
        ("a-ann", "2025-04-26", "ISLAMABAD: Iran's Foreign Minister Abbas Araghchi is scheduled to arrive in Islamabad "
                                "on Monday for talks with Deputy Prime Minister Ishaq Dar, the Foreign Office said on "
                                "Saturday."),
        ("a-und", None, "Iranian Foreign Minister Abbas Araghchi left Islamabad on Tuesday evening at the end of a "
                        "visit during which he held talks with Deputy Prime Minister Ishaq Dar on the border and "
                        "trade."),
        ("2025-04-28", "2025-04-29")),
    "back-home": (
        ASIF,
        ("k-old", "2024-12-16", "TEHRAN: Defence Minister Khawaja Muhammad Asif arrived in Tehran on Sunday on a "
                                "three-day visit and met Iranian Defence Minister Aziz Nasirzadeh on Monday."),
        ("k-ann", "2025-06-05", "RAWALPINDI: Defence Minister Khawaja Asif will fly to Tehran on Saturday for talks "
                                "with Iranian Defence Minister Aziz Nasirzadeh on border security, officials said on "
                                "Thursday."),
        ("k-und", None, "Defence Minister Khawaja Asif was back in Islamabad on Saturday night after a brief trip to "
                        "Tehran, where he and Iranian Defence Minister Aziz Nasirzadeh discussed joint patrols on the "
                        "border."),
        ("2025-06-07", "2025-06-07")),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_an_undated_held_trip_joins_the_trip_announced_for_its_weekday(case):
    guest, old, announced, undated, (first, last) = CASES[case]
    events = _cluster(old, announced, undated)
    visits = [v for v in events if v.kind == "visit"]
    assert all(v.guest == guest for v in visits)
    by_source = {tuple(sorted(v.sources)): v for v in visits}
    assert set(by_source) == {(old[0],), (announced[0], undated[0])}   # the earlier trip keeps only its own report
    held = by_source[(announced[0], undated[0])]
    assert (held.date_start, held.date_end) == (_d(first), _d(last))
    assert any(doc == announced[0] for doc, _ in held.evidence["date"])  # the announcement gives the day
    # round 27 (CURATION.md §3): the announcement is a source of the meeting held with the host it
    # announced, cited for its type only, never for the meeting's dates; of no meeting the held report lacks
    for m in (e for e in events if e.kind == "meeting" and announced[0] in e.sources):
        assert undated[0] in m.sources
        assert announced[0] in {doc for doc, _ in m.evidence["event_type"]}
        assert all(doc != announced[0] for name, cited in m.evidence.items() if name != "event_type" for doc, _ in cited)


@pytest.mark.parametrize("case", sorted(CASES))
def test_without_the_announcement_the_undated_trip_joins_the_guests_one_held_trip(case):
    _, old, _, undated, _ = CASES[case]
    assert [s for *_, s in _visits(_cluster(old, undated))] == [sorted([old[0], undated[0]])]


@pytest.mark.parametrize("case", sorted(CASES))
def test_an_announcement_with_no_report_of_the_trip_makes_no_event(case):
    _, old, announced, _, _ = CASES[case]
    events = _cluster(old, announced)
    assert all(e.sources == {old[0]} for e in events)


def _no_event_from(events: list[Event], announcement: str, old: str) -> None:
    """The announcement is a source of no event, and the earlier trip is still its own visit (the
    undated report goes where the other rules put it: with the earlier trip, or alone when the
    announcement ties it for the most reports)."""
    assert all(announcement not in e.sources for e in events)
    assert any(old in s for *_, s in _visits(events))


# -- 2. near misses ---------------------------------------------------------------------------------------------------
def test_a_weekday_two_days_from_the_announced_one_leaves_the_undated_trip_where_it_was():
    _, old, announced, undated, _ = CASES["return-home"]
    other_day = (undated[0], None, undated[2].replace("on Sunday night", "on Tuesday night"))
    _no_event_from(_cluster(old, announced, other_day), announced[0], old[0])


def test_an_undated_trip_telling_no_weekday_is_left_to_the_other_rules():
    _, old, announced, undated, _ = CASES["wrapped-up"]
    no_day = (undated[0], None, undated[2].replace(" on Monday", ""))
    _no_event_from(_cluster(old, announced, no_day), announced[0], old[0])


def test_two_announcements_that_fit_alike_are_not_chosen_between():
    _, old, announced, undated, _ = CASES["return-home"]
    second = ("n-ann2", "2025-09-12", announced[2].replace("said on Friday", "said on Friday, a week after Ashura"))
    events = _cluster(old, announced, second, undated)
    _no_event_from(events, announced[0], old[0])
    _no_event_from(events, second[0], old[0])


def test_an_announced_trip_that_dated_reports_tell_as_held_is_one_visit_with_its_undated_report():
    _, _, announced, undated, _ = CASES["return-home"]
    held = ("n-held", "2025-07-14", "TEHRAN: Interior Minister Mohsin Naqvi arrived in Tehran on Sunday and met Iranian "
                                    "Interior Minister Eskandar Momeni the same day on border management.")
    visits = _visits(_cluster(announced, held, undated))
    assert [s for *_, s in visits] == [sorted([announced[0], held[0], undated[0]])]


@pytest.mark.parametrize("weekday", ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
def test_the_undated_trip_joins_the_announcement_only_within_a_day_of_its_weekday(weekday):
    _, old, announced, undated, _ = CASES["return-home"]     # announced for Sunday 13 July 2025
    told = (undated[0], None, undated[2].replace("on Sunday night", f"on {weekday} night"))
    visits = _visits(_cluster(old, announced, told))
    joined = [sorted([announced[0], undated[0]])] == [s for *_, s in visits if announced[0] in s]
    assert joined == (weekday in ("Saturday", "Sunday", "Monday"))
    assert all(s != [announced[0]] for *_, s in visits)      # never an event from the announcement alone


# -- 3. the other classes, as they stand ---------------------------------------------------------------------------
def test_one_visit_told_on_three_days_with_other_arrival_days_and_first_cities_is_one_visit():
    events = _cluster(
        ("e1", "2025-10-13", "LAHORE: Iranian Foreign Minister Abbas Araghchi arrived in Lahore late on Sunday night on "
                             "a three-day visit, officials said. He is to hold talks with Ishaq Dar in Islamabad."),
        ("e2", "2025-10-14", "ISLAMABAD: Iranian Foreign Minister Abbas Araghchi, who reached Islamabad on Monday "
                             "morning, held talks with Deputy Prime Minister Ishaq Dar at the Foreign Office on "
                             "Monday."),
        ("e3", "2025-10-16", "Iran's foreign minister Abbas Araghchi ended his visit to Pakistan on Tuesday. In "
                             "Islamabad he had met Ishaq Dar and then called on Prime Minister Shehbaz Sharif."))
    assert [s for *_, s in _visits(events)] == [["e1", "e2", "e3"]]
    with_dar = [m for m in events if m.kind == "meeting" and m.host == DAR]
    assert [sorted(m.sources) for m in with_dar] == [["e1", "e2", "e3"]] or \
        [sorted(m.sources) for m in with_dar] == [["e2", "e3"]]   # e1's talks are only announced


def test_one_persons_visits_a_year_apart_stay_two():
    events = _cluster(
        ("y1", "2024-07-09", "TEHRAN: Interior Minister Mohsin Naqvi arrived in Tehran on Monday and met Iranian "
                             "Interior Minister Eskandar Momeni on Tuesday on pilgrims' travel."),
        ("y2", "2025-07-08", "TEHRAN: Interior Minister Mohsin Naqvi arrived in Tehran on Monday and met Iranian "
                             "Interior Minister Eskandar Momeni on Tuesday on pilgrims' travel."))
    assert [s for *_, s in _visits(events)] == [["y1"], ["y2"]]
    assert len([m for m in events if m.kind == "meeting"]) == 2


def test_opposite_delegations_in_one_week_with_an_undated_report_stay_two():
    events = _cluster(
        ("o1", "2025-04-22", "TEHRAN: Interior Minister Mohsin Naqvi arrived in Tehran on Monday and met Iranian "
                             "Interior Minister Eskandar Momeni on Tuesday."),
        ("o2", "2025-04-25", "ISLAMABAD: Iranian Interior Minister Eskandar Momeni arrived in Islamabad on Thursday and "
                             "held talks with Interior Minister Mohsin Naqvi on Friday."),
        ("o3", None, "Iranian Interior Minister Eskandar Momeni left Islamabad on Friday evening after talks with "
                     "Interior Minister Mohsin Naqvi."))
    visits = {(v.guest, v.country): sorted(v.sources) for v in events if v.kind == "visit"}
    assert visits == {(NAQVI, "IRN"): ["o1"], (MOMENI, "PAK"): ["o2", "o3"]}
    meetings = sorted((m.country, sorted(m.sources)) for m in events if m.kind == "meeting")
    assert meetings == [("IRN", ["o1"]), ("PAK", ["o2", "o3"])]


# -- 4. one visit, outlets landing the guest in different cities: placed at the city of most of its talks -----------
LANDED = {
    "lahore-then-islamabad": ("islamabad", [
        ("l1", "2025-10-13", "LAHORE: Iranian Foreign Minister Abbas Araghchi landed in Lahore late on Sunday night. On "
                             "Monday he held talks with Deputy Prime Minister Ishaq Dar in Islamabad on border trade."),
        ("l2", "2025-10-14", "Iran's foreign minister Abbas Araghchi, who landed in Lahore on Sunday, called on Prime "
                             "Minister Shehbaz Sharif in Islamabad on Monday evening. On Tuesday he met Chief of Army Staff "
                             "General Asim Munir in Rawalpindi."),
        ("l3", "2025-10-16", "ISLAMABAD: Iranian Foreign Minister Abbas Araghchi, who reached Islamabad on Monday "
                             "morning, met Ishaq Dar in Islamabad that day, the Foreign Office said.")]),
    "mashhad-then-tehran": ("tehran", [
        ("m1", "2025-05-20", "Pakistan's Interior Minister Mohsin Naqvi, who landed in Mashhad on Sunday, held talks "
                             "with Iranian Foreign Minister Abbas Araghchi in Tehran on Monday. On Tuesday he met "
                             "Iranian police chief Ahmad-Reza Radan in Mashhad."),
        ("m2", "2025-05-21", "MASHHAD: Interior Minister Mohsin Naqvi landed in Mashhad on Sunday and met Iranian "
                             "Interior Minister Eskandar Momeni in Tehran on Tuesday, his ministry said.")]),
    "quetta-then-islamabad": ("islamabad", [
        ("q1", "2025-02-18", "QUETTA: Iranian Interior Minister Eskandar Momeni landed in Quetta on Sunday and drove on "
                             "to Islamabad, where he held talks with Interior Minister Mohsin Naqvi on Monday and "
                             "called on President Asif Ali Zardari on Tuesday. He met Balochistan Chief Minister "
                             "Sarfraz Bugti in Quetta before he left.")]),
}


# Decided at the round's merge, reversed by clause22: a meeting held in the landing city kept the visit there
# while several meetings told in one sentence shared that sentence's one place (a count of cities could then
# outvote the counterpart's talks at the landing city: tests/test_extract_places22's near miss). Each meeting
# now takes its own coordinated part's city (`meeting_parts`), so the visit goes to the city of most of its
# talks, a tie keeping the landing city (that near miss: Lahore, Islamabad, Rawalpindi once each).
@pytest.mark.parametrize("case", sorted(LANDED))
def test_a_visit_landed_in_one_city_is_placed_where_most_of_its_talks_were(case):
    city, reports = LANDED[case]
    events = _cluster(*reports)
    visits = [v for v in events if v.kind == "visit"]
    assert [(v.place_id, sorted(v.sources)) for v in visits] == [(city, sorted(doc for doc, _, _ in reports))]
    assert {doc for doc, _ in visits[0].evidence["place_id"]} <= {doc for doc, _, _ in reports}


def test_the_meetings_of_one_sentence_keep_their_own_cities_and_outvote_the_landing_city():
    events = _cluster(*LANDED["quetta-then-islamabad"][1])
    meetings = sorted((m.host, m.place_id) for m in events if m.kind == "meeting")
    assert meetings == [("asif-ali-zardari", "islamabad"), ("mohsin-naqvi", "islamabad"), ("sarfraz-bugti", "quetta")]


def test_talks_split_evenly_between_two_cities_leave_the_visit_where_it_landed():
    events = _cluster(("t1", "2025-02-18", "KARACHI: Iranian Defence Minister Aziz Nasirzadeh landed in Karachi on "
                                           "Sunday. On Monday he met Defence Minister Khawaja Asif in Islamabad. On "
                                           "Tuesday he called on Sindh Chief Minister Murad Ali Shah in Karachi."))
    meetings = sorted(m.place_id for m in events if m.kind == "meeting")
    assert meetings == ["islamabad", "karachi"]
    assert [v.place_id for v in events if v.kind == "visit"] == ["karachi"]


def test_a_visit_its_reports_place_by_its_talks_keeps_that_city():
    events = _cluster(("h1", "2025-10-13", "ISLAMABAD: Iranian Foreign Minister Abbas Araghchi held talks in Lahore "
                                           "on Monday with Punjab Chief Minister Maryam Nawaz after arriving in "
                                           "Pakistan on a three-day visit."))
    assert [v.place_id for v in events if v.kind == "visit"] in (["lahore"], [])
