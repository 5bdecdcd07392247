"""Round 21 (where): a summit's city told anywhere in the report places its sideline meetings; a
recalled engagement sets neither the report's trip country nor its city; a host's naval office
under the dateline; a later leg's talks are not at the city the trip began in; an ambassador
'in' a city that is no capital is met there. Made-up reports in our own words (no corpus text),
three or more per class, each with near misses.

Places come from the gazetteer: Khankendi (GeoNames 146970, 2,100 people by GeoNames' stale count)
is a row of dataset/curated/places.yaml, not a code list."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.report import read_report
from places11_table import lexicon

DAY = "2025-03-04"


def _events(text: str, day: str = DAY) -> list[tuple[str, str]]:
    return sorted((e.kind, e.place_id or "-") for e in cluster([read_report("places21-own", text, day, lexicon())]))


def _meetings(text: str, day: str = DAY) -> list[str]:
    return [place for kind, place in _events(text, day) if kind == "meeting"]


# -- a summit's city, told anywhere in the report, places its sideline meetings -------------------

SIDELINE = ("ISLAMABAD: Prime Minister Shehbaz Sharif met Iranian President Masoud Pezeshkian on the sidelines of "
            "the ECO summit on Monday and discussed border trade.\n\n")


def test_a_summit_hosted_in_a_town_places_its_sideline_meeting():
    text = SIDELINE + ("The summit was hosted by Azerbaijan's President Ilham Aliyev in Khankendi, and leaders of "
                       "Turkey and the Central Asian states also attended.")
    assert _meetings(text) == ["khankendi"]


def test_leaders_gathered_in_a_city_for_a_meeting_place_its_sideline_talks():
    text = ("Foreign Minister Ishaq Dar met his Iranian counterpart Abbas Araghchi on the sidelines of the Shanghai "
            "Cooperation Organisation meeting on Tuesday and discussed the security of the border.\n\n"
            "The ministers of the member states gathered in Tianjin for the two-day meeting, which China chaired.")
    assert _meetings(text) == ["tianjin"]


def test_a_summit_in_a_city_named_after_the_meeting_under_a_dyad_dateline():
    text = ("TEHRAN: Iranian Foreign Minister Abbas Araghchi held talks with Deputy Prime Minister Ishaq Dar on the "
            "margins of the D-8 summit on Thursday.\n\n"
            "Leaders of the eight member states attended the summit in Cairo, which the Egyptian president opened.")
    assert _meetings(text) == ["cairo"]


def test_the_summit_town_named_in_the_meeting_sentence():
    text = ("ISLAMABAD: Prime Minister Shehbaz Sharif met Iranian President Masoud Pezeshkian in the Azerbaijani town "
            "of Khankendi on Friday, on the sidelines of the ECO summit.")
    assert _meetings(text, "2025-07-05") == ["khankendi"]


def test_near_misses_a_city_of_another_gathering_or_of_background_places_nothing():
    for tail in ("The prime minister had visited Baku last year, and Azerbaijan has promised to invest in Pakistan.",
                 "The previous summit was held in Tashkent in November 2023, when the two leaders did not meet.",
                 "The next summit will be held in Tehran, the two leaders were told."):
        got = _meetings(SIDELINE + tail)
        assert not {"baku", "tashkent", "tehran"} & set(got), (tail, got)


# -- a sideline meeting's gathering sets the report's country ---------------------------------------

def test_a_sideline_meeting_under_a_third_country_dateline_is_one_meeting_there():
    for dateline, city in (("RIYADH, Nov 12", "riyadh"), ("DOHA", "doha"), ("CAIRO", "cairo")):
        text = (f"{dateline}: Prime Minister Shehbaz Sharif met Iranian First Vice President Mohammad-Reza Aref on "
                "the sidelines of the emergency summit of Muslim states on Monday and discussed Gaza.\n\n"
                "Islamabad, which shares a long border with Tehran, has welcomed the thaw between the Gulf rivals. "
                "Shehbaz Sharif also met the emir of Qatar and the Turkish president.")
        assert _meetings(text, "2024-11-12") == [city], dateline


def test_near_miss_a_sideline_meeting_under_a_dyad_dateline_with_no_place_stays_unplaced():
    text = ("ISLAMABAD: Prime Minister Shehbaz Sharif met Iranian First Vice President Mohammad-Reza Aref on the "
            "sidelines of the emergency summit on Monday. Islamabad has welcomed the thaw with Tehran.")
    assert "tehran" not in _meetings(text, "2024-11-12") and "islamabad" not in _meetings(text, "2024-11-12")


# -- a recalled engagement sets neither the trip's country nor its city ----------------------------

def test_a_recalled_visit_does_not_move_the_reports_talks():
    texts = [
        ("ISLAMABAD: The fifth round of bilateral political consultations between Pakistan and Iran was held at the "
         "Foreign Office on Tuesday, with Foreign Secretary Amna Baloch and Iranian Deputy Foreign Minister Kazem "
         "Gharibabadi leading the two sides.\n\nTies were warmer in May 2019, when Prime Minister Imran Khan visited "
         "Tehran and met President Hassan Rouhani.", "islamabad"),
        ("ISLAMABAD: Interior Minister Mohsin Naqvi received Iranian Interior Minister Eskandar Momeni at the Interior "
         "Ministry on Monday and discussed border security.\n\nMomeni's predecessor had visited Mashhad with a "
         "Pakistani delegation in August 2021, officials recalled.", "islamabad"),
        ("TEHRAN: Iranian Foreign Minister Abbas Araghchi held talks with Pakistan's Deputy Prime Minister Ishaq Dar "
         "at the foreign ministry here on Sunday.\n\nThe two had last met in Karachi in October 2024.", "tehran"),
    ]
    for text, city in texts:
        first = _meetings(text.split("\n\n")[0])
        assert city in _meetings(text) and city in first, (text[:40], _meetings(text))


def test_near_miss_an_undated_arrival_told_in_the_past_perfect_still_places_the_trip():
    text = ("RAWALPINDI, April 24: General Sahir Shamshad Mirza wrapped up his visit to Iran on Wednesday, hours "
            "after a meeting in Tehran with Major General Mohammad Bagheri. The statement did not say when the "
            "general had arrived in Tehran.")
    assert ("visit", "tehran") in _events(text, "2025-04-24")


# -- a host's naval office under the dateline of the meeting's country -----------------------------

def test_a_call_at_a_naval_office_is_in_the_dateline_city():
    for text, city in (
            ("KARACHI: Iranian navy commander Rear Admiral Shahram Irani called on Chief of the Naval Staff Admiral "
             "Naveed Ashraf at the Pakistan Navy Dockyard on Saturday and discussed maritime security.", "karachi"),
            ("BANDAR ABBAS: Pakistan's naval chief Admiral Naveed Ashraf called on Iranian navy commander Rear "
             "Admiral Shahram Irani at the naval base on Monday and discussed joint patrols.", "bandar-abbas"),
            ("KARACHI: Rear Admiral Shahram Irani called on Admiral Naveed Ashraf at the Naval Academy on Sunday, "
             "where the two chiefs discussed the training of cadets.", "karachi")):
        assert _meetings(text) == [city], text[:30]


def test_near_miss_a_naval_office_whose_city_is_named_is_in_that_city_not_the_datelines():
    text = ("ISLAMABAD: Pakistan's naval chief Admiral Naveed Ashraf called on Iranian navy commander Rear Admiral "
            "Shahram Irani at the naval base in Bandar Abbas on Monday and discussed joint patrols.")
    assert _meetings(text) == ["bandar-abbas"]


# -- a later leg's talks are not at the city the trip began in -------------------------------------

def test_a_later_legs_talks_are_not_where_the_trip_began():
    text = ("LAHORE: Iranian Foreign Minister Abbas Araghchi called on Punjab Chief Minister Maryam Nawaz Sharif at "
            "her office on Wednesday, ending a three-day visit to Pakistan that had begun in Islamabad on Monday.")
    assert _meetings(text) == ["lahore"]
    assert ("visit", "islamabad") in _events(text)  # the visit at its first city (its talks' there)
    for text in ("KARACHI: Iranian Foreign Minister Abbas Araghchi met Sindh Chief Minister Murad Ali Shah on "
                 "Thursday, at the close of a trip that began in Islamabad two days earlier.",
                 "QUETTA: Iranian Interior Minister Eskandar Momeni met Balochistan Chief Minister Sarfraz Bugti on "
                 "Tuesday, on the last day of a tour which started in Islamabad on Sunday."):
        assert "islamabad" not in _meetings(text), text[:30]


def test_near_miss_talks_in_the_city_the_guest_arrived_in_keep_it():
    text = ("Iranian Foreign Minister Abbas Araghchi arrived in Lahore on Monday, where he met Punjab Chief Minister "
            "Maryam Nawaz Sharif.")
    assert _meetings(text) == ["lahore"]


# -- an ambassador 'in' a city that is no capital is met there -------------------------------------

def test_an_ambassador_met_in_a_city_that_is_no_capital_is_met_there():
    for text, city in (
            ("Punjab Chief Minister Maryam Nawaz Sharif met the Iranian ambassador in Lahore on Monday and discussed "
             "trade.", "lahore"),
            ("Sindh Chief Minister Murad Ali Shah received the Iranian ambassador in Karachi on Tuesday and discussed "
             "the port.", "karachi"),
            ("Balochistan Chief Minister Sarfraz Bugti met the Iranian ambassador in Quetta on Sunday and discussed "
             "the border.", "quetta")):
        assert _meetings(text) == [city], text[:30]


def test_near_misses_an_ambassador_in_the_capital_and_a_consul_general_are_posted_there():
    assert "islamabad" not in _meetings("Interior Minister Mohsin Naqvi met the Iranian ambassador in Islamabad Reza "
                                        "Amiri Moghadam on Monday.")
    assert "lahore" not in _meetings("Punjab Chief Minister Maryam Nawaz Sharif met the Iranian Consul General in "
                                     "Lahore on Monday and discussed pilgrims.")


# -- any text: the rules never raise and every place is the gazetteer's ----------------------------

@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from([
    "Prime Minister Shehbaz Sharif met Iranian President Masoud Pezeshkian on the sidelines of the summit",
    "The summit was hosted by", "in Khankendi", "in Tashkent in November 2023", "will be held in Tehran",
    "a visit that had begun in Islamabad", "at the naval base", "the Iranian ambassador in Lahore",
    "KARACHI:", "RIYADH:", "on Monday", ".", ",", "\n\n", "when he visited Mashhad in May 2019"]), max_size=12))
def test_any_mix_of_the_phrases_reads_without_error(parts):
    text = " ".join(parts)
    for kind, place in _events(text):
        assert place == "-" or place in lexicon().places, (text, place)
        assert re.fullmatch(r"[a-z0-9\-]+", place)
