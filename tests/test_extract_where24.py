"""Round 24 (where): a city told as someone's post, home or origin places nothing; a sideline
meeting in a third country whose clause names both sides only by their words is placed at the
gathering's city and dated by its clause.

A city right after 'posted to', 'back home in', 'a native of' or right before '-born' or a
reporting verb ('agents in Karachi said') is where someone serves, lives or speaks from, not the
venue (places.yaml `residence`; frames.residence_at). Made-up reports in our own words (no corpus
text), three or more per class, with near misses."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.report import read_report
from places11_table import lexicon


def _events(text: str, day: str) -> list:
    return cluster([read_report("where24-own", text, day, lexicon())])


def _meetings(text: str, day: str) -> list[tuple[str, str, str]]:
    return sorted((str(e.date_start), str(e.date_end), e.place_id or "-") for e in _events(text, day) if e.kind == "meeting")


# -- 1. a city told as the post, home or origin of someone is no venue ------------------------------

RESIDENCE = [
    (  # the envoy's posting, in a later sentence about him, under a provincial capital's dateline
        "LAHORE, June 13: Iranian Ambassador Reza Amiri Moghadam called on Punjab Chief Minister Maryam Nawaz at "
        "her office on Wednesday and discussed trade and pilgrims. The ambassador, who has been posted to "
        "Islamabad since last year, has met the chief ministers of the other provinces in recent months.",
        "2024-06-13", "lahore"),
    (  # a consul's station told in an aside of the meeting's own report
        "KARACHI, March 5: Iranian Ambassador Reza Amiri Moghadam met Sindh Chief Minister Murad Ali Shah at the "
        "Chief Minister House on Tuesday. The envoy, stationed in Islamabad for the past year, said the two "
        "provinces could trade more.",
        "2025-03-05", "karachi"),
    (  # a minister's birthplace told with a hyphen, and 'back home in'
        "QUETTA, Feb 12: Iranian Ambassador Reza Amiri Moghadam called on Balochistan Chief Minister Sarfraz Bugti "
        "at his office on Tuesday. The Lahore-born diplomat later said the border markets would open soon. "
        "Back home in Tehran, officials welcomed the talks.",
        "2025-02-12", "quetta"),
]


def test_a_city_told_as_someones_post_or_home_does_not_place_the_meeting():
    for text, day, city in RESIDENCE:
        places = {place for _, _, place in _meetings(text, day)}
        assert places == {city}, text[:70]


def test_near_miss_a_city_told_as_where_they_met_still_places_it():
    # 'in Lahore' after the meeting verb is its venue, whatever the report says of postings elsewhere
    text = ("ISLAMABAD, June 13: Iranian Ambassador Reza Amiri Moghadam met Punjab Chief Minister Maryam Nawaz in "
            "Lahore on Wednesday. The ambassador is posted to Islamabad.")
    assert {place for _, _, place in _meetings(text, "2024-06-13")} == {"lahore"}


def test_residence_reads_the_words_around_the_city_only():
    lex = lexicon()
    before, after = lex.patterns["residence_before"], lex.patterns["residence_after"]
    assert before.search("the envoy, who has been posted to ")
    assert before.search("a native of ")
    assert not before.search("the minister flew to ")
    assert not before.search("talks were held in ")
    assert after.match("-born minister") and lex.patterns["residence_speaking"].match(" said the meeting")
    assert not after.match(" on Wednesday") and not after.match(", officials said")
    assert not lex.patterns["residence_speaking"].match(", officials said")


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=120))
def test_residence_patterns_never_fail_on_any_text(text):
    lex = lexicon()
    lex.patterns["residence_before"].search(text)
    lex.patterns["residence_after"].match(text)
    lex.patterns["residence_speaking"].match(text)
    lex.patterns["residence_speakers"].search(text)


# -- 2. a sideline meeting in a third country, both sides told only by their words ------------------

SIDELINES = [
    (  # a shipping weekly: a forum in a territory of a state of the table
        "The chiefs of the Pakistani and Iranian navies met on the sidelines of a maritime security forum in "
        "Gibraltar on Wednesday. Admiral Zafar Mahmood Abbasi, Pakistan's Chief of the Naval Staff, and Rear "
        "Admiral Hossein Khanzadi, commander of the Iranian navy, discussed shipping lanes. Shipping agents in "
        "Karachi said the meeting was useful.",
        "2019-05-27", ("2019-05-22", "2019-05-22", "gibraltar")),
    (  # a summit city of a third country, the leaders named in the next sentence
        "The Pakistani and Iranian foreign ministers held talks on the sidelines of the forum in Antalya on "
        "Saturday. Ishaq Dar and Abbas Araghchi discussed border trade and the situation in the region.",
        "2025-04-14", ("2025-04-12", "2025-04-12", "antalya")),
    (  # army chiefs at a conference abroad, the city after 'in'
        "The army chiefs of Pakistan and Iran met on the margins of a defence conference in Doha on Monday, "
        "officials said. General Asim Munir and Major General Mohammad Bagheri spoke about the border.",
        "2024-11-13", ("2024-11-11", "2024-11-11", "doha")),
]


def test_a_sideline_meeting_told_by_both_sides_words_is_at_the_gatherings_city_and_day():
    for text, day, expected in SIDELINES:
        assert _meetings(text, day) == [expected], text[:70]


def test_near_miss_a_third_country_meeting_telling_one_side_only_is_not_written():
    # only Pakistan's side is told: no meeting of the dyad is made up from the report's people
    text = ("The chief of the Pakistani navy met naval leaders on the sidelines of a maritime security forum in "
            "Gibraltar on Wednesday. Admiral Zafar Mahmood Abbasi spoke about piracy.")
    assert _meetings(text, "2019-05-27") == []


def test_the_speakers_city_does_not_move_a_sideline_meeting_home():
    text, day, (start, _, _) = SIDELINES[0]
    assert all(e.place_id != "karachi" for e in _events(text, day))
    assert dt.date.fromisoformat(start).weekday() == 2  # 'on Wednesday' of the report's week


def test_near_miss_a_sentence_naming_a_person_gets_no_stand_ins():
    # the sentence names Dar: whoever 'their' meeting was with is told by the pronoun, not the sides' words
    texts = [
        ("During their talks on the sidelines of the forum in Doha on Monday, Ishaq Dar said Pakistan wanted "
         "Iran and the Gulf states to settle their disputes."),
        ("On the margins of the conference in Geneva on Tuesday, Foreign Minister Ishaq Dar told reporters that "
         "Pakistani and Iranian officials would meet soon."),
    ]
    for text in texts:
        assert [place for _, _, place in _meetings(text, "2025-03-12") if place in ("doha", "geneva")] == [], text[:60]


# -- 3. a provincial office-holder's office is in the province's capital ----------------------------

PROVINCIAL = [
    ("Iranian Consul General Hassan Nourian called on Sindh Governor Kamran Tessori at the Governor House on "
     "Monday and discussed trade and the facilitation of pilgrims, according to a statement.", "karachi"),
    ("Iran's Ambassador Reza Amiri Moghadam called on Chief Minister of Balochistan Sarfraz Bugti at the Chief "
     "Minister's Secretariat on Tuesday. The two discussed the opening of border markets.", "quetta"),
    ("Iranian Ambassador Reza Amiri Moghadam met Khyber Pakhtunkhwa Chief Minister Ali Amin Gandapur at his "
     "office on Thursday, where they talked about trade through the Torkham route and pilgrims.", "peshawar"),
    ("Pakistan's Consul General in Zahedan, Muhammad Ali, called on the Governor-General of Sistan and "
     "Baluchestan, Mansour Bijar, at his office on Sunday and discussed the reopening of border markets.", "zahedan"),
]


def test_a_meeting_at_a_provincial_office_is_in_the_provinces_capital():
    for text, city in PROVINCIAL:
        assert {place for _, _, place in _meetings(text, "2025-03-07")} == {city}, text[:60]


def test_near_miss_a_city_the_clause_names_outranks_the_province():
    text = ("Iranian Ambassador Reza Amiri Moghadam met Punjab Chief Minister Maryam Nawaz in Islamabad on Monday "
            "at her office in the federal capital to discuss pilgrims.")
    assert {place for _, _, place in _meetings(text, "2025-03-07")} == {"islamabad"}


def test_near_miss_two_provinces_in_the_sentence_place_nothing_by_province():
    text = ("Iranian Ambassador Reza Amiri Moghadam called on Sindh Governor Kamran Tessori at the Governor House "
            "on Monday, a day after the Punjab Chief Minister Maryam Nawaz had asked for more trade.")
    assert not {place for _, _, place in _meetings(text, "2025-03-07")} & {"karachi", "lahore"}


def test_every_province_row_names_a_gazetteer_city_of_its_country_and_why():
    lex = lexicon()
    rows = lex.dictionaries["places"]["provinces"]["capitals"]
    assert rows
    for row in rows:
        assert row["why"].strip() and row["place"] in lex.places, row
        assert lex.places[row["place"]]["country_iso3"] == row["country"], row
        assert lex.places[row["place"]].get("coordinate_precision") != "country", row


# -- 4. a summit's city told by the leaders arriving there for it -----------------------------------

ARRIVING = [
    ("Leaders began arriving in Astana on Wednesday for the two-day meeting, the annual summit of the "
     "Shanghai Cooperation Organisation. Prime Minister Shehbaz Sharif and President Masoud Pezeshkian met "
     "on the sidelines of the summit on Thursday and discussed trade.", "2024-07-05", "astana"),
    ("Heads of state arrived in Baku on Monday for the climate conference. Prime Minister Shehbaz Sharif met "
     "President Masoud Pezeshkian on the sidelines of the conference on Tuesday, his office said.",
     "2024-11-13", "baku"),
    ("Foreign ministers were arriving in Tashkent for a two-day meeting, the first ministerial of the group in "
     "years. Ishaq Dar and Abbas Araghchi held talks on the margins of the ministerial on Friday.",
     "2025-03-08", "tashkent"),
]


def test_a_sideline_meeting_is_at_the_city_its_leaders_arrived_in_for_the_gathering():
    for text, day, city in ARRIVING:
        assert {place for _, _, place in _meetings(text, day)} == {city}, text[:60]


def test_near_miss_arriving_for_another_gathering_places_nothing():
    # the arrival is for a meeting on another matter, the sideline meeting at the UN General Assembly
    text = ("Ministers were arriving in Doha for a meeting on Gaza. Ishaq Dar and Abbas Araghchi met on the "
            "sidelines of the UN General Assembly on Friday, officials said.")
    assert "doha" not in {place for _, _, place in _meetings(text, "2025-09-27")}
