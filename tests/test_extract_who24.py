"""Round 24 (who24): offices decide among namesakes, and a rank word inside an office is no rank.

- An office and a surname alone ('Prime Minister Mansoor', 'PM Mansoor', 'Chief Minister Mansoor') is
  the one person holding that office with that surname: one the report gave the office, or the
  office-holder table's holder on the sentence's days (mentions.People._office_surnames), never the
  namesake named last or first.
- 'Consul General', 'Inspector General', 'Attorney General' ... (titles.yaml `titles_ending_in_rank`)
  are offices: their last word is not the rank General before a name.
- 'commandant' after a new name is an office (titles.yaml `after_name`): an unlisted officer named
  with rank, name and command is a new actor of the side the sentence gives.
Made-up names and reports (our own words), with this file's own actors and office-holder table."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import PLACES
from pakiran_events.extract.lexicon import Lexicon, Position, merge_dictionaries
from pakiran_events.extract.report import Reading

ACTORS = {
    "tariq-mansoor": ("Tariq Mansoor", "PAK", ["Tariq Mansoor"]),     # prime minister 2020-2022
    "asad-mansoor": ("Asad Mansoor", "PAK", ["Asad Mansoor"]),        # prime minister from 2023
    "khalid-mansoor": ("Khalid Mansoor", "PAK", ["Khalid Mansoor"]),  # army chief, a general
    "bilal-mansoor": ("Bilal Mansoor", "PAK", ["Bilal Mansoor"]),     # no office in the table
    "reza-karimi": ("Reza Karimi", "IRN", ["Reza Karimi"]),           # defence minister
    "hadi-karimi": ("Hadi Karimi", "IRN", ["Hadi Karimi"]),           # no office in the table
    "omid-sadri": ("Omid Sadri", "IRN", ["Omid Sadri"]),
}
POSITIONS = [Position("tariq-mansoor", "Prime Minister", "PAK", dt.date(2020, 1, 1), dt.date(2022, 12, 31)),
             Position("asad-mansoor", "Prime Minister", "PAK", dt.date(2023, 1, 1), None),
             Position("khalid-mansoor", "Chief of Army Staff", "PAK", dt.date(2020, 1, 1), None),
             Position("reza-karimi", "Defence Minister", "IRN", dt.date(2020, 1, 1), None)]
LEX = Lexicon({a: {"actor_id": a, "name": n, "actor_type": "person", "country_iso3": c} for a, (n, c, _) in ACTORS.items()},
              {a: list(al) for a, (_, _, al) in ACTORS.items()}, dict(PLACES), merge_dictionaries([]), list(POSITIONS))


def _read(text: str, day: str) -> Reading:
    return Reading("own-who24", text, dt.date.fromisoformat(day), LEX)


def _at(text: str, day: str, written: str) -> list[tuple[str, str | None]]:
    """(actor, title) of every mention whose span ends with `written` (its last occurrence)."""
    r = _read(text, day)
    end = text.rindex(written) + len(written)
    return [(m.actor_id, m.title) for ms in r.mentions for m in ms if m.span.end == end]


# -- M7: the office decides among namesakes ------------------------------------------------------------------
@pytest.mark.parametrize("text, day, written, actor", [
    # the general named first and last: the table's prime minister of the day, not the nearer namesake
    ("RAWALPINDI: Iran's defence minister Reza Karimi was received at General Headquarters on Monday by the army "
     "chief, General Khalid Mansoor. On Tuesday Prime Minister Mansoor met Karimi at his office in Islamabad.",
     "2021-03-09", "Prime Minister Mansoor", "tariq-mansoor"),
    ("ISLAMABAD, March 9: PM Mansoor received Iran's defence minister Reza Karimi at the Prime Minister's House "
     "on Tuesday, a day after General Khalid Mansoor hosted the visitor in Rawalpindi.",
     "2021-03-09", "PM Mansoor", "tariq-mansoor"),
    # the day decides between two prime ministers of one surname, both named before
    ("ISLAMABAD: Asad Mansoor and Tariq Mansoor both spoke at the party's convention on Sunday. On Monday, Prime "
     "Minister Mansoor received Iran's defence minister Reza Karimi.", "2024-05-06", "Prime Minister Mansoor", "asad-mansoor"),
    ("ISLAMABAD: Asad Mansoor and Tariq Mansoor both spoke at the party's convention on Sunday. On Monday, Prime "
     "Minister Mansoor received Iran's defence minister Reza Karimi.", "2021-05-03", "Prime Minister Mansoor", "tariq-mansoor"),
    # the report's own title (no table row): the chief minister it named, not the prime minister
    ("LAHORE: Prime Minister Tariq Mansoor and Punjab Chief Minister Bilal Mansoor opened a trade fair on Sunday. "
     "On Monday Chief Minister Mansoor met Iran's consul general in Lahore, Omid Sadri.",
     "2021-05-03", "Chief Minister Mansoor", "bilal-mansoor"),
    # an Iranian office among Iranian namesakes
    ("TEHRAN: Hadi Karimi, a member of parliament, and Reza Karimi both addressed a seminar on Sunday. On Monday "
     "Defence Minister Karimi received Pakistan's army chief General Khalid Mansoor.",
     "2021-05-03", "Defence Minister Karimi", "reza-karimi"),
])
def test_an_office_and_a_surname_is_the_holder_of_that_office(text, day, written, actor):
    assert [a for a, _ in _at(text, day, written)] == [actor]


@pytest.mark.parametrize("text, day, written", [
    # near misses: nobody of that surname holds the office (the table has no such holder that day, the report
    # gave it to nobody): the namesake is not taken
    ("RAWALPINDI: General Khalid Mansoor received Iran's defence minister Reza Karimi on Monday. On Tuesday "
     "Interior Minister Mansoor met Karimi in Islamabad.", "2021-03-09", "Interior Minister Mansoor"),
    ("TEHRAN: Hadi Karimi, a member of parliament, spoke on Sunday. On Monday Foreign Minister Karimi received "
     "Pakistan's army chief General Khalid Mansoor.", "2021-05-03", "Foreign Minister Karimi"),
])
def test_near_miss_an_office_nobody_of_that_surname_holds_takes_no_namesake(text, day, written):
    assert not [a for a, _ in _at(text, day, written) if a in ACTORS]


def test_near_miss_a_full_name_after_the_office_stays_that_person():
    text = ("ISLAMABAD: Prime Minister Tariq Mansoor met Iran's defence minister Reza Karimi on Monday. General "
            "Khalid Mansoor also called on the visitor.")
    assert [a for a, _ in _at(text, "2021-03-09", "Tariq Mansoor")] == ["tariq-mansoor"]
    assert [a for a, _ in _at(text, "2021-03-09", "Khalid Mansoor")] == ["khalid-mansoor"]


# -- S5: a rank word ending an office is not a rank ------------------------------------------------------------
@pytest.mark.parametrize("text, written, office", [
    ("KARACHI: Iran's Consul General Farid Tavakoli called on the Sindh governor on Saturday to discuss trade.",
     "Farid Tavakoli", "Consul General"),
    ("QUETTA: Inspector General Faisal Qadri of the Balochistan police received an Iranian police delegation on "
     "Monday.", "Faisal Qadri", "Inspector General"),
    ("TEHRAN: Iran's Attorney General Mehdi Saberi met Pakistan's interior minister on Sunday to discuss the "
     "transfer of prisoners.", "Mehdi Saberi", "Attorney General"),
    ("ISLAMABAD: The Secretary General Naveed Alvi of the Economic Cooperation Organization met Iran's defence "
     "minister Reza Karimi on Monday.", "Naveed Alvi", "Secretary General"),
])
def test_an_office_ending_in_general_is_not_the_rank_general(text, written, office):
    r = _read(text, "2021-03-09")
    start = text.index(written)
    assert r.people._rank_before(0, start) is None and r.people._ranked_before(0, start) is None
    # the office where titles.yaml has it ('Consul General'), else none; never the rank General
    assert "General" not in (r.people.title_before(0, start) or "").replace(office, "", 1)


@pytest.mark.parametrize("text, written, rank", [
    # near misses: a real rank still reads, also right after an office ending in a rank word and a comma
    ("RAWALPINDI: Lieutenant General Fahad Rana, the corps commander, received Iran's defence minister Reza Karimi "
     "on Monday.", "Fahad Rana", "Lieutenant General"),
    ("QUETTA: The Inspector General of the Frontier Corps, Major General Fahad Rana, met Iran's defence minister "
     "Reza Karimi on Monday.", "Fahad Rana", "Major General"),
    ("ISLAMABAD: General Khalid Mansoor received Iran's defence minister Reza Karimi on Monday.", "Khalid Mansoor", "General"),
])
def test_near_miss_a_rank_before_a_name_still_reads(text, written, rank):
    r = _read(text, "2021-03-09")
    start = text.index(written)
    assert r.people._rank_before(0, start) == rank


# -- an unlisted officer by rank, name and command ---------------------------------------------------------------
@pytest.mark.parametrize("text, name, side", [
    ("QUETTA: Officers of the two sides met at the border crossing on Tuesday. The meeting was attended on the "
     "Pakistani side by Colonel Saad Karim Gill, commandant of the Frontier Corps wing at the crossing.", "Saad Karim Gill", "PAK"),
    ("ZAHEDAN: A flag meeting was held at the zero line on Sunday. Colonel Nasser Bameri, commandant of the Iranian "
     "border regiment at the crossing, led his side.", "Nasser Bameri", "IRN"),
    ("TAFTAN: Pakistani and Iranian border officers met on Monday. Lieutenant Colonel Imran Haider Khattak, "
     "commandant of the Pakistani wing, said the two sides had agreed to a hotline.", "Imran Haider Khattak", "PAK"),
])
def test_a_commandant_named_after_his_rank_is_a_new_actor(text, name, side):
    r = _read(text, "2014-07-08")
    found = [(m.actor_id, m.side, m.title) for ms in r.mentions for m in ms if r.text[m.span.start:m.span.end] == name]
    assert found and found[0][1] == side and found[0][2] and found[0][2].startswith("Commandant")
    assert r.people.new_actors[found[0][0]]["name"] == name
