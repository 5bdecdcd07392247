"""Round 25, second wave (orgs25b): an engagement resting on the governments alone, with no day of
its own, is none. The stand-in bodies (engagement.yaml `unnamed_party`: Government of Pakistan,
Government of Iran) of a mention like 'regular meetings of border officials' or 'the commission
met in 2010 and in 2012' are a body only mentioned (CURATION.md §12), not a party: no meeting is made of them when no clause
telling it dates it to a month or finer (a day borrowed from the report's other sentence is not
its own; candidates.Candidates._bodies_only).

Made-up reports in our own words (no corpus text), three or more per class, in newswire style,
with near misses that keep their meeting: the bodies met on a told day in a told city, a visitor's
talks with Iranian officials (on a day of their own, or dated by the trip), a named counterpart."""

from __future__ import annotations

from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.report import read_report
from places11_table import lexicon

GOVERNMENTS = {"government-of-pakistan", "government-of-iran"}


def _events(text: str, day: str) -> list:
    return cluster([read_report("orgs25b-own", text, day, lexicon())])


def _meetings(text: str, day: str) -> list[tuple[str, str, frozenset[str]]]:
    return sorted((str(e.date_start), e.place_id or "-", frozenset(e.participants))
                  for e in _events(text, day) if e.kind == "meeting")


# -- 1. only the two governments, no day where it is told ----------------------------------------

BODIES_ONLY = [
    (  # a denial: the 'regular meetings' a spokesman names are a mechanism, dated only by the report's Monday
        "ISLAMABAD: The Foreign Office on Monday rejected a newspaper story that intelligence officials of "
        "Pakistan and Iran had held a secret meeting in Doha last week. The spokesman said Pakistan and Iran "
        "had set up channels for border cooperation, including the joint border commission and regular "
        "meetings of border officials.", "2022-03-08"),
    (  # a written answer: a commission's sessions told by year only
        "The Pakistan-Iran border commission met in 2010 and in 2012, a written answer of the interior "
        "ministry said.", "2014-02-12"),
    (  # the same, three years listed
        "A written reply of the ministry said the Iran-Pakistan joint border commission met in 2019, in 2020 "
        "and in 2022.", "2023-02-12"),
]


def test_the_two_governments_alone_with_no_day_of_their_own_make_no_meeting():
    for text, day in BODIES_ONLY:
        assert _meetings(text, day) == [], text


def test_the_two_sides_meeting_on_a_told_day_in_a_told_city_stay_a_meeting():
    text = ("The Pakistan-Iran joint border commission met in Quetta on Tuesday, the provincial home "
            "department said.")
    assert _meetings(text, "2021-05-05") == [("2021-05-04", "quetta", frozenset(GOVERNMENTS))]


# -- near misses: a visitor's talks with a host side told as its officials keep their meeting -------
# (the corpus codes delegation-level talks so; a rule dropping them undated lost four dev events)


def test_talks_with_iranian_officials_on_a_day_of_their_own_stay_a_meeting():
    text = ("Defence Minister Khawaja Asif arrived in Tehran on Sunday and held talks with Iranian officials "
            "on Monday on border security.")
    assert _meetings(text, "2023-06-06") == [("2023-06-05", "tehran", frozenset({"government-of-iran", "khawaja-muhammad-asif"}))]


def test_a_named_counterpart_undated_in_its_own_clause_is_untouched():
    # the rule reads only engagements whose side is a body: a named host keeps the trip's day
    text = ("Interior Minister Mohsin Naqvi arrived in Tehran on Monday on a two-day visit. He held talks with "
            "Interior Minister Eskandar Momeni on border security.")
    kinds = sorted(e.kind for e in _events(text, "2024-11-26"))
    assert kinds == ["meeting", "visit"]


def test_talks_with_iranian_officials_dated_only_by_the_trip_stay_a_meeting():
    text = ("Air Chief Marshal Zaheer Ahmed Babar Sidhu left for Tehran today on a three-day official visit. The "
            "two air forces have held regular talks with Iranian officials on training in recent years.")
    assert sorted(e.kind for e in _events(text, "2022-05-10")) == ["meeting", "visit"]
