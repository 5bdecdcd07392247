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
    # clause22: the second sentence's two meetings each keep their own part's city, so the count
    # of cities is a tie (one each) and the landing city stays
    assert _meetings(text) == ["islamabad", "lahore", "rawalpindi"]


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


# -- 3. a meeting told with no place before the talks told with a city: the landing city stays ----

def test_talks_told_with_no_city_before_a_trip_elsewhere_keep_the_visit_at_the_landing_city():
    texts = [
        ("Iran's Defence Minister Aziz Nasirzadeh arrived in Islamabad on Sunday. On Monday he held talks with "
         "Defence Minister Khawaja Asif at the Ministry of Defence. On Tuesday he drove to Rawalpindi, where he met "
         "Field Marshal Asim Munir at the General Headquarters."),
        ("Iranian Interior Minister Eskandar Momeni reached Islamabad on Monday evening. He called on Prime Minister "
         "Shehbaz Sharif on Tuesday morning. On Wednesday he met Field Marshal Asim Munir in Rawalpindi."),
        ("Foreign Minister Ishaq Dar arrived in Tehran on Saturday for a two-day visit. He held talks with Abbas "
         "Araghchi at the foreign ministry on Saturday evening. On Sunday he flew to Mashhad, where he met the "
         "Iranian Interior Minister Eskandar Momeni."),
    ]
    for text, city in zip(texts, ["islamabad", "islamabad", "tehran"]):
        assert _visits(text) == [city], (text, _events(text))


def test_near_miss_a_meeting_told_with_no_place_after_the_talks_follows_them():
    text = ("Prime Minister Shehbaz Sharif began his visit to Iran on Sunday, landing in Mashhad, where he prayed at "
            "the shrine. On Monday he held talks with President Masoud Pezeshkian in Tehran, and later on Monday he "
            "called on the Supreme Leader Ali Khamenei.")
    assert _visits(text) == ["tehran"]


# -- 4. a city one side invites the other to visit is not where the talks were --------------------

INVITED = [  # (text, the city invited to, where the meeting was: '-' when the report names none)
    ("ISLAMABAD: On Wednesday, Iranian Foreign Minister Abbas Araghchi called on Prime Minister Shehbaz Sharif at "
     "the Prime Minister's House in Islamabad, where he conveyed an invitation to visit Tehran.", "tehran", "islamabad"),
    ("Iranian Interior Minister Eskandar Momeni met Interior Minister Mohsin Naqvi on Tuesday and invited him to "
     "pay a visit to Tehran at an early date.", "tehran", "-"),
    ("Iranian Foreign Minister Abbas Araghchi, who held talks with Foreign Minister Ishaq Dar in Tehran on Monday, "
     "invited the prime minister to come to Tehran later this year, officials said.", "tehran", "tehran"),
    ("Interior Minister Mohsin Naqvi met Iranian Interior Minister Eskandar Momeni on Thursday and extended an "
     "invitation to the Iranian president to visit Islamabad next month.", "islamabad", "-"),
]


def test_a_city_named_in_an_invitation_does_not_place_the_meeting():
    for text, invited, city in INVITED:
        meetings = _meetings(text)
        assert meetings and all(m == city or (city == "-" and m not in (invited,) and m in ("-", "pakistan", "iran"))
                                for m in meetings), (text, meetings)


def test_near_miss_talks_in_the_city_named_after_an_invitation_word_stay_there():
    text = ("Foreign Minister Ishaq Dar arrived in Tehran on Monday at the invitation of Abbas Araghchi and held talks "
            "with him in Tehran on Tuesday.")
    assert _meetings(text) == ["tehran"]


# -- 5. a gathering named after its city places its sideline meetings ------------------------------

NAMED_GATHERING = [
    ("The Antalya Diplomacy Forum brought together dozens of ministers on the Mediterranean coast this weekend. On "
     "the sidelines of the forum, Foreign Minister Ishaq Dar met his Iranian counterpart Abbas Araghchi on Saturday "
     "and discussed Afghanistan.", "antalya"),
    ("Foreign Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi on the sidelines of the Doha Forum on "
     "Sunday. The two ministers discussed the border and trade.", "doha"),
    ("The Munich Security Conference opened on Friday with a debate on Europe's defence. On the margins of the "
     "conference, Field Marshal Asim Munir met Iran's Foreign Minister Abbas Araghchi on Saturday.", "munich"),
]


def test_a_sideline_meeting_is_in_the_city_its_gathering_is_named_after():
    for text, city in NAMED_GATHERING:
        assert _meetings(text) == [city], (text, _events(text))


def test_near_miss_another_gathering_named_after_a_city_does_not_place_it():
    text = ("Foreign Minister Ishaq Dar met his Iranian counterpart Abbas Araghchi on the sidelines of the UN General "
            "Assembly on Thursday. The next Doha Forum is due in December.")
    assert "doha" not in _meetings(text)


# -- 6. a visit told to the country, its clause naming a stop: the visit is at its talks' city -----

STOP_THEN_TALKS = [
    ("KARACHI: Iranian Navy commander Rear Admiral Shahram Irani, who is on a visit to Pakistan, toured the Karachi "
     "Shipyard today. Before arriving in Karachi, the admiral called on Admiral Naveed Ashraf at Naval "
     "Headquarters in Islamabad on Wednesday."),
    ("Iranian Interior Minister Eskandar Momeni, on a three-day visit to Pakistan, laid a wreath at the mausoleum in "
     "Lahore on Thursday. A day earlier he had held talks with Interior Minister Mohsin Naqvi in Islamabad."),
    ("Foreign Minister Ishaq Dar, who is on an official visit to Iran, visited the holy shrine in Mashhad on Friday. "
     "On Thursday he met Iranian Foreign Minister Abbas Araghchi in Tehran."),
]


def test_a_visit_to_the_country_told_at_a_stop_is_at_its_talks_city():
    for text, city in zip(STOP_THEN_TALKS, ["islamabad", "islamabad", "tehran"]):
        assert _visits(text) == [city], (text, _events(text))


def test_near_miss_talks_at_the_stop_city_keep_the_visit_there():
    text = ("Iranian Interior Minister Eskandar Momeni, who is on a visit to Pakistan, held talks with Interior "
            "Minister Mohsin Naqvi in Karachi on Tuesday.")
    assert _visits(text) == ["karachi"]


def test_near_miss_a_stop_with_no_talks_told_places_the_visit():
    text = "Iranian Interior Minister Eskandar Momeni, who is on a visit to Pakistan, toured the Karachi port on Tuesday."
    assert _visits(text) == ["karachi"]
