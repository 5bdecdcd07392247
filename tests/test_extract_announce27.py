"""Round 27 (announce27, issue 15): an announcement is a source of the held meeting of the same trip.

A report telling a meeting still to come ('will hold talks with', 'is scheduled to meet', 'is due
to call on') whose host has a meeting another report tells held during the same visit is a source of
that meeting (`cluster._announced_meetings`), cited for its 'will meet' span as the event's
`event_type` and for nothing else: the held reports alone date and place the meeting (CURATION.md
§1, §3). No event is made from an announcement alone; a meeting put off or called off joins
nothing; an announcement with another host than the held meeting's, one for a day outside the held
trip's, and one written after the held meeting are no source of it. Made-up reports in our own
words, 2-3 per corpus."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from extract_fixtures import extract_valid, shipped_lexicon
from pakiran_events.extract.cluster import Event, cluster
from pakiran_events.extract.report import read_report

ARAGHCHI, DAR, SHEHBAZ = "abbas-araghchi", "ishaq-dar", "shehbaz-sharif"
NAQVI, MOMENI, PEZESHKIAN = "mohsin-naqvi", "eskandar-momeni", "masoud-pezeshkian"
MUNIR, BAGHERI, ASIF, NASIRZADEH = "asim-munir", "mohammad-bagheri", "khawaja-muhammad-asif", "aziz-nasirzadeh"
ZARDARI = "asif-ali-zardari"


def _events(*reports: tuple[str, str | None, str]) -> list[Event]:
    return cluster([read_report(doc, text, day, shipped_lexicon()) for doc, day, text in reports])


def _meetings(events: list[Event], guest: str, host: str) -> list[Event]:
    return [e for e in events if e.kind == "meeting" and {guest, host} <= set(e.participants)]


def _cited(event: Event, name: str) -> set[str]:
    """The reports a field of the event is cited from."""
    return {doc for doc, _ in event.evidence.get(name, {})}


def _only_the_link(meeting: Event, announcement: str) -> None:
    """The announcing report is a source of the meeting, cited for its type and for nothing else."""
    assert announcement in meeting.sources
    assert announcement in _cited(meeting, "event_type")
    for name in set(meeting.evidence) - {"event_type"}:
        assert announcement not in _cited(meeting, name), name
    for actor, info in meeting.participants.items():
        assert announcement not in {doc for doc, _ in info["spans"]}, actor
    assert announcement not in {c["doc"] for c in meeting.commitments}


# -- 1. an announcement and the report of the meeting held: one meeting, both its sources ------------------------
# (guest, host, announcement, held report, the held meeting's day, its place)
HELD = {
    "will-hold-talks": (
        ARAGHCHI, DAR,
        ("a-ann", "2025-04-26", "ISLAMABAD: Iranian Foreign Minister Abbas Araghchi will arrive in Islamabad on Monday "
                                "on a two-day visit and will hold talks with Deputy Prime Minister Ishaq Dar, the "
                                "Foreign Office said on Saturday."),
        ("a-held", "2025-04-28", "ISLAMABAD: Iranian Foreign Minister Abbas Araghchi arrived in Islamabad on Monday "
                                 "and held talks with Deputy Prime Minister Ishaq Dar at the Foreign Office on border "
                                 "security and trade."),
        "2025-04-28", "islamabad"),
    "scheduled-to-hold-talks": (
        NAQVI, MOMENI,
        ("n-ann", "2025-07-12", "ISLAMABAD: Interior Minister Mohsin Naqvi will leave for Tehran tomorrow on a "
                                "three-day visit. He is scheduled to hold talks with Iranian Interior Minister "
                                "Eskandar Momeni on arrangements for pilgrims, a ministry spokesman said."),
        ("n-held", "2025-07-15", "TEHRAN: Interior Minister Mohsin Naqvi, who arrived in Tehran on Sunday, met "
                                 "Iranian Interior Minister Eskandar Momeni on Monday. The two ministers agreed to "
                                 "set up a joint working group on the movement of pilgrims."),
        "2025-07-14", "tehran"),
    "expected-during-which": (
        PEZESHKIAN, SHEHBAZ,
        ("p-ann", "2025-08-01", "ISLAMABAD: Iranian President Masoud Pezeshkian is expected to arrive in Islamabad "
                                "on Saturday on a two-day state visit, during which he will hold talks with Prime "
                                "Minister Shehbaz Sharif, officials said on Friday."),
        ("p-held", "2025-08-03", "ISLAMABAD: Prime Minister Shehbaz Sharif held talks with Iranian President Masoud "
                                 "Pezeshkian at the Prime Minister's House on Sunday. Pezeshkian arrived in "
                                 "Islamabad on Saturday on a two-day visit."),
        "2025-08-03", "islamabad"),
    "due-to-call-on-three-reports": (
        MUNIR, BAGHERI,
        ("m-ann", "2023-07-15", "RAWALPINDI: Chief of Army Staff General Asim Munir will arrive in Tehran on Sunday "
                                "on an official visit, during which he is due to call on Major General Mohammad "
                                "Bagheri, the chief of staff of Iran's armed forces, the ISPR said on Saturday."),
        ("m-arr", "2023-07-16", "TEHRAN: Chief of Army Staff General Asim Munir arrived in Tehran on Sunday on a "
                                "two-day official visit, the ISPR said."),
        ("m-held", "2023-07-17", "TEHRAN: Chief of Army Staff General Asim Munir met Major General Mohammad Bagheri "
                                 "in Tehran on Monday and discussed border security, the ISPR said."),
        "2023-07-17", "tehran"),
}


@pytest.mark.parametrize("case", HELD, ids=list(HELD))
def test_an_announcement_is_a_source_of_the_meeting_held(case: str) -> None:
    guest, host, announcement, *held, day, place = HELD[case]
    events = _events(announcement, *held)
    meetings = _meetings(events, guest, host)
    assert len(meetings) == 1, [(e.kind, e.date_start, sorted(e.participants)) for e in events]
    meeting = meetings[0]
    assert (meeting.date_start, meeting.date_end, meeting.place_id) == (dt.date.fromisoformat(day),) * 2 + (place,)
    _only_the_link(meeting, announcement[0])
    assert held[-1][0] in meeting.sources
    # the held report alone dates and places the meeting
    assert _cited(meeting, "date") and announcement[0] not in _cited(meeting, "date")
    visit = meeting.parent
    assert visit is not None and announcement[0] in visit.sources  # as before: a source of the visit


@pytest.mark.parametrize("case", HELD, ids=list(HELD))
def test_the_held_meeting_is_the_same_without_its_announcement(case: str) -> None:
    """The announcement adds a source and nothing else: dates, place, participants and commitments
    of the meeting are those its held reports give."""
    guest, host, announcement, *held, _, _ = HELD[case]
    alone = _meetings(_events(*held), guest, host)
    joined = _meetings(_events(announcement, *held), guest, host)
    assert len(alone) == len(joined) == 1
    a, j = alone[0], joined[0]
    assert (a.date_start, a.date_end, a.precision, a.place_id, a.venue) == \
        (j.date_start, j.date_end, j.precision, j.place_id, j.venue)
    assert sorted(a.participants) == sorted(j.participants)
    assert j.sources - a.sources == {announcement[0]}


# -- 2. an announcement alone: no event ------------------------------------------------------------------------------
ALONE = [
    ("o-1", "2025-04-26", "ISLAMABAD: Iranian Foreign Minister Abbas Araghchi will arrive in Islamabad on Monday on a "
                          "two-day visit and will hold talks with Deputy Prime Minister Ishaq Dar, the Foreign Office "
                          "said on Saturday."),
    ("o-2", "2025-07-12", "ISLAMABAD: Interior Minister Mohsin Naqvi will leave for Tehran tomorrow. He is scheduled "
                          "to hold talks with Iranian Interior Minister Eskandar Momeni on arrangements for pilgrims."),
    ("o-3", "2024-03-02", "TEHRAN: Defence Minister Khawaja Muhammad Asif is due to travel to Tehran next week for "
                          "talks with Iranian Defence Minister Aziz Nasirzadeh on border security, officials said."),
]


@pytest.mark.parametrize("report", ALONE, ids=[r[0] for r in ALONE])
def test_an_announcement_alone_makes_no_event(report: tuple[str, str, str]) -> None:
    assert _events(report) == []


def test_two_announcements_of_one_meeting_make_no_event() -> None:
    assert _events(ALONE[0], ("o-1b", "2025-04-27", "ISLAMABAD: Iranian Foreign Minister Abbas Araghchi is scheduled "
                                                    "to call on Deputy Prime Minister Ishaq Dar in Islamabad on "
                                                    "Monday, the Foreign Office said.")) == []


# -- 3. a meeting put off or called off joins nothing ----------------------------------------------------------------
CALLED_OFF = {
    "postponed": (
        ("c-arr", "2025-04-28", "ISLAMABAD: Iranian Foreign Minister Abbas Araghchi arrived in Islamabad on Monday on "
                                "a two-day visit and held talks with Deputy Prime Minister Ishaq Dar at the Foreign "
                                "Office."),
        ("c-off", "2025-04-29", "ISLAMABAD: Iranian Foreign Minister Abbas Araghchi's meeting with Prime Minister "
                                "Shehbaz Sharif has been postponed because of the budget session, officials said."),
        ("c-held", "2025-04-30", "ISLAMABAD: Prime Minister Shehbaz Sharif received Iranian Foreign Minister Abbas "
                                 "Araghchi at the Prime Minister's House on Wednesday and held talks on trade.")),
    "called-off": (
        ("k-arr", "2023-07-16", "TEHRAN: Chief of Army Staff General Asim Munir arrived in Tehran on Sunday on a "
                                "two-day official visit and met Major General Mohammad Bagheri on Sunday."),
        ("k-off", "2023-07-17", "TEHRAN: General Asim Munir's scheduled meeting with Iranian Defence Minister Aziz "
                                "Nasirzadeh was called off on Monday, the ISPR said."),
        ("k-held", "2023-07-18", "TEHRAN: General Asim Munir held talks with Iranian Defence Minister Aziz Nasirzadeh "
                                 "in Tehran on Monday before flying home, the ISPR said.")),
    "cancelled": (
        ("x-arr", "2025-07-13", "TEHRAN: Interior Minister Mohsin Naqvi arrived in Tehran on Sunday on a three-day "
                                "visit and met Iranian Interior Minister Eskandar Momeni on Sunday."),
        ("x-off", "2025-07-14", "TEHRAN: Mohsin Naqvi's talks with Iranian President Masoud Pezeshkian, which were "
                                "to be held on Monday, were cancelled, a spokesman said."),
        ("x-held", "2025-07-15", "TEHRAN: Iranian President Masoud Pezeshkian received Pakistan's Interior Minister "
                                 "Mohsin Naqvi in Tehran on Tuesday and held talks on border security.")),
}
CALLED_OFF_PAIRS = {"postponed": (ARAGHCHI, SHEHBAZ), "called-off": (MUNIR, NASIRZADEH),
                    "cancelled": (NAQVI, PEZESHKIAN)}


@pytest.mark.parametrize("case", CALLED_OFF, ids=list(CALLED_OFF))
def test_a_meeting_put_off_or_called_off_is_no_source_of_the_meeting_held(case: str) -> None:
    arrival, called_off, held = CALLED_OFF[case]
    events = _events(arrival, called_off, held)
    meetings = _meetings(events, *CALLED_OFF_PAIRS[case])
    assert len(meetings) == 1, [(e.kind, e.date_start, sorted(e.participants)) for e in events]
    assert held[0] in meetings[0].sources
    assert called_off[0] not in meetings[0].sources
    assert called_off[0] not in _cited(meetings[0], "event_type")


# -- 4. an announcement of a meeting with another host than the held one ---------------------------------------------
OTHER_HOST = {
    "president-announced-pm-held": (
        PEZESHKIAN, SHEHBAZ, ZARDARI,
        ("h-ann", "2025-08-01", "ISLAMABAD: Iranian President Masoud Pezeshkian will arrive in Islamabad on Saturday "
                                "on a two-day state visit and will call on President Asif Ali Zardari, officials "
                                "said on Friday."),
        ("h-held", "2025-08-03", "ISLAMABAD: Iranian President Masoud Pezeshkian, who arrived in Islamabad on "
                                 "Saturday, held talks with Prime Minister Shehbaz Sharif at the Prime Minister's "
                                 "House on Sunday.")),
    "minister-announced-army-chief-held": (
        ARAGHCHI, MUNIR, DAR,
        ("g-ann", "2025-04-26", "ISLAMABAD: Iranian Foreign Minister Abbas Araghchi will arrive in Islamabad on "
                                "Monday and is scheduled to hold talks with Deputy Prime Minister Ishaq Dar, the "
                                "Foreign Office said on Saturday."),
        ("g-held", "2025-04-29", "RAWALPINDI: Iranian Foreign Minister Abbas Araghchi, who arrived in Islamabad on "
                                 "Monday, called on Chief of Army Staff General Asim Munir at the General Headquarters "
                                 "on Tuesday, the ISPR said.")),
}


@pytest.mark.parametrize("case", OTHER_HOST, ids=list(OTHER_HOST))
def test_an_announcement_with_another_host_is_no_source_of_the_meeting_held(case: str) -> None:
    guest, held_host, announced_host, announcement, held = OTHER_HOST[case]
    events = _events(announcement, held)
    held_meetings = _meetings(events, guest, held_host)
    assert len(held_meetings) == 1
    assert announcement[0] not in held_meetings[0].sources
    assert announcement[0] not in _cited(held_meetings[0], "event_type")
    assert _meetings(events, guest, announced_host) == []  # never an event from the announcement alone
    visit = held_meetings[0].parent
    assert visit is not None and announcement[0] in visit.sources


# -- 5. two trips of the same pair within a month --------------------------------------------------------------------
FIRST_TRIP = ("t-first", "2025-03-03", "TEHRAN: Interior Minister Mohsin Naqvi arrived in Tehran on Sunday on a "
                                       "two-day visit and met Iranian Interior Minister Eskandar Momeni on Monday "
                                       "to discuss the border.")


def test_the_announcement_of_a_second_trip_joins_the_second_meeting_only() -> None:
    announcement = ("t-ann", "2025-03-20", "ISLAMABAD: Interior Minister Mohsin Naqvi will again leave for Tehran on "
                                           "Sunday and will hold talks with Iranian Interior Minister Eskandar Momeni "
                                           "on pilgrims, the ministry said on Thursday.")
    second = ("t-second", "2025-03-24", "TEHRAN: Interior Minister Mohsin Naqvi, who arrived in Tehran on Sunday, "
                                        "held talks with Iranian Interior Minister Eskandar Momeni on Monday on the "
                                        "movement of pilgrims.")
    meetings = sorted(_meetings(_events(FIRST_TRIP, announcement, second), NAQVI, MOMENI), key=lambda m: m.date_start)
    assert [(m.date_start, sorted(m.sources)) for m in meetings] == [
        (dt.date(2025, 3, 3), ["t-first"]), (dt.date(2025, 3, 24), ["t-ann", "t-second"])]
    _only_the_link(meetings[1], "t-ann")


def test_an_announcement_written_after_the_held_meeting_is_no_source_of_it() -> None:
    """'Will visit again' a few days after the first trip, with no day of its own: the next trip,
    which no report tells held; not a source of the meeting already held."""
    later = ("t-later", "2025-03-06", "ISLAMABAD: Interior Minister Mohsin Naqvi will travel to Tehran again for "
                                      "talks with Iranian Interior Minister Eskandar Momeni on the border "
                                      "arrangements, the ministry said on Thursday.")
    meetings = _meetings(_events(FIRST_TRIP, later), NAQVI, MOMENI)
    assert len(meetings) == 1 and meetings[0].sources == {"t-first"}


def test_an_announcement_for_a_day_outside_the_trip_is_no_source_of_its_meeting() -> None:
    """Talks announced for a day a week after the trip others tell held (the next round, published
    before the first trip, so one time group): another trip's meeting, which no report tells held."""
    announcement = ("d-ann", "2025-02-28", "ISLAMABAD: Interior Minister Mohsin Naqvi will hold talks with Iranian "
                                           "Interior Minister Eskandar Momeni in Tehran on 10 March, the ministry "
                                           "said on Friday.")
    meetings = _meetings(_events(FIRST_TRIP, announcement), NAQVI, MOMENI)
    assert len(meetings) == 1 and meetings[0].date_start == dt.date(2025, 3, 3)
    assert "d-ann" not in meetings[0].sources


def test_an_announced_day_of_the_trip_other_than_the_meetings_still_links() -> None:
    """'Leaves for Tehran tomorrow ... will hold talks with X': the announced day is the trip's
    first, the talks were held two days later; the same trip, the same host: one meeting."""
    announcement = ("e-ann", "2025-03-01", "ISLAMABAD: Interior Minister Mohsin Naqvi will leave for Tehran tomorrow on "
                                           "a three-day visit and will hold talks with Iranian Interior Minister "
                                           "Eskandar Momeni, the ministry said on Saturday.")
    held = ("e-held", "2025-03-04", "TEHRAN: Interior Minister Mohsin Naqvi, who arrived in Tehran on Sunday, held "
                                    "talks with Iranian Interior Minister Eskandar Momeni on Tuesday on the border.")
    meetings = _meetings(_events(announcement, held), NAQVI, MOMENI)
    assert len(meetings) == 1 and meetings[0].date_start == dt.date(2025, 3, 4)
    _only_the_link(meetings[0], "e-ann")


# -- 6. the written package: event_sources and the evidence -----------------------------------------------------------
def test_the_written_package_links_the_announcement_to_the_held_meeting(tmp_path) -> None:
    guest, host, announcement, held, _, _ = HELD["will-hold-talks"]
    out = extract_valid(tmp_path, [announcement, held])

    def rows(name: str) -> list[dict]:
        with (out / "data" / f"{name}.csv").open(encoding="utf-8") as fh:
            return list(csv.DictReader(fh))

    events = {r["event_id"]: r for r in rows("events")}
    meeting = [e for e, r in events.items() if r["event_type"] == "meeting"]
    assert len(meeting) == 1
    linked = {(r["event_id"], r["source_id"]) for r in rows("event_sources")}
    assert (meeting[0], announcement[0]) in linked and (meeting[0], held[0]) in linked
    cited = {(r["field"], r["source_id"]) for r in rows("evidence") if r["record_id"] == meeting[0]}
    assert ("event_type", announcement[0]) in cited
    # its 'will hold talks' span supports the meeting's type and its link to the visit (the writer cites
    # a meeting's parent from its type's spans), never its dates, place or venue
    assert {f for f, s in cited if s == announcement[0]} == {"event_type", "parent_event_id"}
    assert not [r for r in rows("evidence") if r["record_table"] == "participants"
                and r["record_id"].startswith(meeting[0] + "/") and r["source_id"] == announcement[0]]
