"""Round 23 (where): places from venues and from the frame, not from a sentence's first city.

A venue places the meeting held there through the venue table (places.yaml `venues`); a visit is
at the city of its landing or main talks (CURATION.md §5), not at the city of one meeting held at a
venue such as GHQ nor at a newsroom's dateline; a place named in another sentence places an
engagement only through an explicit relation, never by being near it (breaker of 2.5.1); an unplaced
meeting told before a same-day meeting elsewhere keeps the visit at its landing city (review22 S4);
a resident ambassador's trip inside his host country is no visit (CURATION.md §2). Made-up reports
in our own words (no corpus text), three or more per class, with near misses."""

from __future__ import annotations

from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.report import read_report
from places11_table import lexicon

DAY = "2025-03-07"


def _events(*texts: str, day: str = DAY) -> list[tuple[str, str]]:
    reports = [read_report(f"places23-own-{i}", text, day, lexicon()) for i, text in enumerate(texts)]
    return sorted((e.kind, e.place_id or "-") for e in cluster(reports))


def _kinds(text: str, day: str = DAY) -> list[str]:
    return [kind for kind, _ in _events(text, day=day)]


def _visits(*texts: str, day: str = DAY) -> list[str]:
    return [place for kind, place in _events(*texts, day=day) if kind == "visit"]


def _meetings(*texts: str, day: str = DAY) -> list[str]:
    return [place for kind, place in _events(*texts, day=day) if kind == "meeting"]


def _candidates(text: str, day: str = DAY) -> list[tuple[str, str | None, str | None, str | None]]:
    report = read_report("places23-own", text, day, lexicon())
    return sorted((c.kind, c.country, c.guest, c.host) for c in report.candidates)


# -- 1. one trip told by several reports: the visit is at its landing or talks city, not GHQ's -------

TRIPS = [
    (  # a wire on the arrival, an army release from Rawalpindi on the call at GHQ
        ("ISLAMABAD, March 3: Iranian Defence Minister Aziz Nasirzadeh arrived in Islamabad today on a three-day "
         "official visit to Pakistan at the head of a military delegation."),
        ("RAWALPINDI, March 4: Iranian Defence Minister Aziz Nasirzadeh called on Field Marshal Asim Munir at "
         "General Headquarters today. Border security was discussed during the meeting. On arrival at GHQ the "
         "visiting minister laid a wreath at the martyrs' monument. The minister is on an official visit to Pakistan."),
    ),
    (  # a newspaper's account of the talks in the capital, a release on the GHQ call
        ("Iranian Interior Minister Eskandar Momeni, who is in Islamabad on a two-day visit, held talks with "
         "Interior Minister Mohsin Naqvi on Monday on border management and the movement of pilgrims."),
        ("RAWALPINDI: Iranian Interior Minister Eskandar Momeni met Field Marshal Asim Munir at the General "
         "Headquarters on Tuesday. The two discussed border security. Momeni is on a visit to Pakistan."),
    ),
    (  # a wrap-up whose itinerary names army headquarters in Rawalpindi, and the arrival story
        ("LAHORE, March 6: Iran's Defence Minister Aziz Nasirzadeh left Lahore for Tehran on Thursday, having "
         "concluded a four-day visit to Pakistan that took him from the capital to army headquarters in "
         "Rawalpindi and then to the Punjab capital."),
        ("Iranian Defence Minister Aziz Nasirzadeh arrived in Islamabad on Monday on a four-day visit, the "
         "Foreign Office said. He was received at the airport by the defence secretary."),
    ),
]


def test_a_visit_told_by_several_reports_is_not_placed_at_the_city_of_one_meeting_at_ghq():
    for texts in TRIPS:
        assert _visits(*texts, day="2025-03-07") == ["islamabad"], texts[0][:60]


def test_near_miss_the_army_release_alone_keeps_its_only_talks_city():
    # the report tells no other city: its one meeting's city is the visit's (CURATION.md §5)
    assert _visits(TRIPS[0][1]) == ["rawalpindi"]
    assert _meetings(TRIPS[0][1]) == ["rawalpindi"]


def test_near_miss_a_visit_told_to_rawalpindi_stays_there():
    told = ("RAWALPINDI: Iranian Interior Minister Eskandar Momeni arrived in Rawalpindi on Tuesday on a one-day "
            "visit and met Field Marshal Asim Munir at the General Headquarters.")
    assert _visits(TRIPS[1][0], told) != [] and _meetings(told) == ["rawalpindi"]


# -- 2. a venue places the meeting held at it, through the venue table ------------------------------

AT_A_VENUE = [
    ("Iranian Ambassador Reza Amiri Moghadam, during a call on Field Marshal Asim Munir at GHQ on Tuesday, "
     "discussed the security of the border, the army's media wing said.", "rawalpindi"),
    ("ISLAMABAD: Iranian Foreign Minister Abbas Araghchi, on a visit to Pakistan, met Field Marshal Asim Munir "
     "at the General Headquarters on Wednesday and discussed regional security.", "rawalpindi"),
    ("Iranian Foreign Minister Abbas Araghchi, who is on a visit to Pakistan, held talks with Foreign Minister "
     "Ishaq Dar at the Foreign Office on Monday.", "islamabad"),
    ("Prime Minister Shehbaz Sharif received Iran's Interior Minister Eskandar Momeni at the PM House on "
     "Thursday during his visit to Pakistan.", "islamabad"),
]


def test_a_meeting_at_a_known_venue_is_at_the_venues_city_also_when_the_clause_names_the_country():
    for text, city in AT_A_VENUE:
        assert _meetings(text) == [city], text


def test_near_miss_an_office_that_speaks_places_nothing():
    text = ("Foreign Minister Ishaq Dar held talks with Iranian Foreign Minister Abbas Araghchi on Monday, the "
            "Foreign Office said.")
    assert _meetings(text) != ["islamabad"]


# -- 3. a later sentence naming Tehran does not move the meeting nor swap its sides (breaker) -------

LATER_TEHRAN = [
    ("ISLAMABAD: Field Marshal Asim Munir met Iranian Chief of General Staff Major General Mohammad Bagheri on "
     "Sunday. The talks covered border security. A spokesman in Tehran welcomed the outcome of the talks."),
    ("ISLAMABAD: Interior Minister Mohsin Naqvi met Iranian Interior Minister Eskandar Momeni on Tuesday and "
     "discussed the movement of pilgrims. Officials in Tehran welcomed the decision to keep the crossings open."),
    ("ISLAMABAD: Foreign Minister Ishaq Dar held talks with Iranian Foreign Minister Abbas Araghchi on Monday on "
     "trade. In Tehran, the foreign ministry's spokesman welcomed the talks as useful."),
]


def test_a_place_of_another_sentence_does_not_move_an_unplaced_meeting_nor_swap_host_and_guest():
    for text in LATER_TEHRAN:
        meetings = [c for c in _candidates(text) if c[0] == "meeting"]
        assert meetings and all(country == "PAK" for _, country, _, _ in meetings), (text, meetings)
        assert "tehran" not in _meetings(text), text


def test_a_later_sentence_telling_the_same_talks_there_still_places_them():
    text = ("Field Marshal Asim Munir met Iranian Chief of General Staff Major General Mohammad Bagheri on Sunday. "
            "The talks were held in Tehran and covered border security.")
    assert _meetings(text) == ["tehran"]


def test_a_later_sentence_about_the_host_in_his_own_city_does_not_place_the_meeting():
    for text in (
        "Field Marshal Asim Munir met Iranian Chief of General Staff Major General Mohammad Bagheri on Sunday. "
        "The talks covered border security. Bagheri has been the chief of staff in Tehran since 2016.",
        "Foreign Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi on Monday. The two discussed "
        "trade. Araghchi, a career diplomat, served for years at the ministry in Tehran.",
        "Interior Minister Mohsin Naqvi met Iranian Interior Minister Eskandar Momeni on Tuesday. The ministers "
        "discussed pilgrims. Momeni was earlier the police chief in Tehran.",
    ):
        assert "tehran" not in _meetings(text), text


# -- 4. review22 S4: an unplaced meeting of the landing day, then talks elsewhere the same day ------

SAME_DAY = [
    ("Iranian Foreign Minister Abbas Araghchi arrived in Lahore on Monday on a two-day visit to Pakistan. On "
     "Monday he met Chief Minister Maryam Nawaz. Later on Monday he flew on and called on Field Marshal Asim "
     "Munir at the General Headquarters in Rawalpindi."),
    ("Iranian Interior Minister Eskandar Momeni landed in Karachi on Sunday. He met Sindh Governor Kamran "
     "Tessori on Sunday. In the evening he held talks with Interior Minister Mohsin Naqvi in Islamabad."),
    ("Iranian Defence Minister Aziz Nasirzadeh arrived in Lahore on Tuesday on a visit to Pakistan and on "
     "Tuesday held talks with Punjab Governor Sardar Saleem Haider Khan. He then called on Field Marshal Asim "
     "Munir in Rawalpindi on Tuesday evening."),
]


def test_an_unplaced_meeting_of_the_landing_day_keeps_the_visit_at_the_landing_city():
    landing = ["lahore", "karachi", "lahore"]
    for text, city in zip(SAME_DAY, landing):
        assert _visits(text) == [city], text


def test_near_miss_talks_elsewhere_with_no_unplaced_meeting_move_the_visit():
    text = ("Iranian Interior Minister Eskandar Momeni landed in Karachi on Sunday. On Monday he held talks with "
            "Interior Minister Mohsin Naqvi in Islamabad and met Prime Minister Shehbaz Sharif in Islamabad.")
    assert _visits(text) == ["islamabad"]


# -- 5. a resident ambassador's trip inside his host country is no visit ----------------------------

RESIDENT_TRIPS = [
    ("Chabahar, 24 September 2024: Ambassador of Pakistan to the Islamic Republic of Iran, Mr Mudassir Tipu, "
     "visited Chabahar today and met the Governor of Sistan and Baluchestan, Mr Mansour Bijar, at his office."),
    ("MASHHAD: The Ambassador of the Islamic Republic of Pakistan to Iran, Mudassir Tipu, paid a two-day visit "
     "to Mashhad this week and met Governor General Gholamhossein Mozaffari."),
    ("Zahedan, 10 June 2024: Pakistan's Ambassador to the Islamic Republic of Iran Mudassir Tipu visited "
     "Zahedan on Monday and called on the provincial governor Mansour Bijar."),
]


def test_a_resident_ambassadors_trip_inside_the_host_country_is_no_visit():
    for text in RESIDENT_TRIPS:
        assert "visit" not in _kinds(text, day="2024-09-24"), text


def test_near_miss_a_former_ambassador_or_a_minister_coming_from_home_is_a_visit():
    for text in (
        "Chabahar, 24 September 2024: Former Ambassador of Pakistan to the Islamic Republic of Iran, Mr Mudassir "
        "Tipu, visited Chabahar today and met the Governor of Sistan and Baluchestan, Mr Mansour Bijar.",
        "Chabahar, 24 September 2024: Pakistan's Minister for Maritime Affairs Qaiser Ahmed Sheikh visited "
        "Chabahar today and met the Governor of Sistan and Baluchestan, Mr Mansour Bijar.",
    ):
        assert "visit" in _kinds(text, day="2024-09-24"), text


def test_other_sentences_naming_tehran_leave_the_meeting_in_the_datelines_country():
    # a departure home, a ceremony of its own, a ministry speaking from its city: none tells these talks there
    for later in ("Momeni later left for Tehran.",
                  "A ceremony was held in Tehran on Wednesday to open a new pilgrims' office.",
                  "The Iranian foreign ministry in Tehran said the talks had been constructive."):
        text = ("ISLAMABAD: Interior Minister Mohsin Naqvi met Iranian Interior Minister Eskandar Momeni on Tuesday "
                "and discussed the movement of pilgrims. " + later)
        assert [c for c in _candidates(text) if c[0] == "meeting"] == \
            [("meeting", "PAK", "eskandar-momeni", "mohsin-naqvi")], text


# -- the venue table: each row's city is in the gazetteer and says why -----------------------------

def test_every_venue_is_placed_in_a_gazetteer_city_with_its_reason():
    lex = lexicon()
    for row in lex.dictionaries["places"]["venues"]:
        assert row["place"] in lex.places and not lex.is_country(row["place"]), row["name"]
        assert str(row.get("why", "")).strip(), f"venue {row['name']!r} gives no reason for its city"
    assert lex.stop_venues <= {row["name"] for row in lex.dictionaries["places"]["venues"]}
    assert "General Headquarters (GHQ)" in lex.stop_venues and "Foreign Office" not in lex.stop_venues
