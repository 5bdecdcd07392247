"""Round 22 (where): a visit is at the city of its official talks, not the city the guest landed
in, also when its talks were held in more than one city; a leg of the trip that was planned, put
off or called off does not place the trip held elsewhere (review21 S2). Made-up reports in our
own words (no corpus text), three or more per class, each with near misses."""

from __future__ import annotations

from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.report import read_report
from places11_table import lexicon

DAY = "2025-03-07"


def _events(*texts: str, day: str = DAY) -> list[tuple[str, str]]:
    reports = [read_report(f"places22-own-{i}", text, day, lexicon()) for i, text in enumerate(texts)]
    return sorted((e.kind, e.place_id or "-") for e in cluster(reports))


def _visits(*texts: str, day: str = DAY) -> list[str]:
    return [place for kind, place in _events(*texts, day=day) if kind == "visit"]


def _meetings(*texts: str, day: str = DAY) -> list[str]:
    return [place for kind, place in _events(*texts, day=day) if kind == "meeting"]


# -- 1. landed in one city, talks in the capital and at GHQ: the visit is at its talks' city ---------

LANDED_THEN_TALKS = [
    # landed in Lahore, talks in Islamabad twice, then GHQ in Rawalpindi
    ("Iranian Foreign Minister Abbas Araghchi ended a three-day visit to Pakistan on Thursday. He had landed in "
     "Lahore on Monday night and drove to the capital the next morning. On Tuesday he held delegation-level talks "
     "with Foreign Minister Ishaq Dar at the Foreign Office in Islamabad, and in the evening he called on Prime "
     "Minister Shehbaz Sharif in Islamabad. On Wednesday he met Field Marshal Asim Munir at the General "
     "Headquarters in Rawalpindi before flying home."),
    # landed in Karachi, talks in Islamabad, a call at GHQ
    ("Iranian Interior Minister Eskandar Momeni, who touched down in Karachi late on Sunday, held talks with "
     "Interior Minister Mohsin Naqvi in Islamabad on Monday. The two ministers agreed to set up a hotline between "
     "their border forces. Momeni met Prime Minister Shehbaz Sharif in Islamabad on Tuesday and later called on "
     "Field Marshal Asim Munir at the General Headquarters in Rawalpindi."),
    # landed in Lahore, met the chief minister's people at the airport only; talks in Islamabad and Rawalpindi
    ("Iran's Foreign Minister Abbas Araghchi arrived in Lahore on Sunday on his way to the federal capital, where "
     "he is due to spend two days. On Monday Araghchi held talks with Ishaq Dar in Islamabad on trade and the "
     "border, and on Tuesday he met Prime Minister Shehbaz Sharif in Islamabad. He also met Field Marshal Asim "
     "Munir in Rawalpindi on Tuesday."),
]


def test_a_visit_landed_in_one_city_is_at_the_city_most_of_its_talks_were_held_in():
    for text in LANDED_THEN_TALKS:
        assert _visits(text) == ["islamabad"], text


def test_a_visit_told_by_several_reports_is_at_its_talks_city_not_the_landing_city():
    landed = ("LAHORE: Iranian Foreign Minister Abbas Araghchi arrived in Lahore on Monday night on a three-day "
              "visit to Pakistan, the Foreign Office said.")
    talks = ("ISLAMABAD: Iranian Foreign Minister Abbas Araghchi held talks with Foreign Minister Ishaq Dar at the "
             "Foreign Office in Islamabad on Tuesday and met Prime Minister Shehbaz Sharif in Islamabad in the evening.")
    ghq = ("RAWALPINDI: Field Marshal Asim Munir received Iranian Foreign Minister Abbas Araghchi at the General "
           "Headquarters in Rawalpindi on Wednesday and discussed border security with him.")
    assert _visits(landed, talks, ghq) == ["islamabad"]


def test_near_miss_talks_held_in_the_landing_city_keep_the_visit_there():
    text = ("Iranian Interior Minister Eskandar Momeni arrived in Lahore on Monday and held talks with Interior "
            "Minister Mohsin Naqvi in Lahore the same day. On Tuesday he met Prime Minister Shehbaz Sharif in "
            "Islamabad and later called on Field Marshal Asim Munir in Rawalpindi.")
    assert _visits(text) == ["lahore"]


def test_near_miss_each_meeting_keeps_its_own_city():
    assert _meetings(LANDED_THEN_TALKS[0]) == ["islamabad", "islamabad", "rawalpindi"]


# -- 2. a leg planned, put off or called off does not place the trip held elsewhere (review21 S2) ----

CALLED_OFF_LEG = [
    ("Interior Minister Mohsin Naqvi held talks with Iranian Interior Minister Eskandar Momeni in Tehran on "
     "Wednesday and agreed to open two more crossings. Naqvi's visit to Zahedan, where he was to meet the "
     "provincial governor, was called off on Thursday after a dust storm closed the airport."),
    ("Foreign Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi in Tehran on Monday. Dar's trip to "
     "Isfahan, during which he was expected to see the governor, was scrapped at the last minute on Tuesday."),
    ("Dar's trip to Isfahan, planned for Tuesday, was called off because of the weather, officials said. Foreign "
     "Minister Ishaq Dar arrived in Tehran on Monday and met Iranian Foreign Minister Abbas Araghchi."),
    ("TEHRAN: Interior Minister Mohsin Naqvi met Iranian Interior Minister Eskandar Momeni at the Interior Ministry "
     "in Tehran on Wednesday and discussed the security of pilgrims. Naqvi's visit to Mashhad, planned for "
     "Thursday, has been postponed because of the snow, the ministry said."),
]


def test_a_called_off_leg_does_not_place_the_trip_held_elsewhere():
    for text in CALLED_OFF_LEG:
        events = _events(text)
        assert ("visit", "tehran") in events and all(place == "tehran" for _, place in events), (text, events)


def test_near_miss_a_second_leg_held_places_its_meeting_not_the_trip():
    text = ("Foreign Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi in Tehran on Monday. On Tuesday, "
            "Dar travelled to Isfahan, where he held talks with the provincial governor and Araghchi.")
    assert _visits(text) == ["tehran"]


def test_near_miss_a_trip_told_only_as_a_plan_keeps_the_plans_city():
    text = ("Interior Minister Mohsin Naqvi will visit Zahedan on Thursday, where he is to meet Iranian Interior "
            "Minister Eskandar Momeni, officials said.")
    assert all(place == "zahedan" for _, place in _events(text)), _events(text)
