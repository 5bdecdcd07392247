"""Round 31 (people31, issue 15): officials the gazetteer lacks, by office grammar.

1. The judiciary and the law offices are titles (titles.yaml: Chief Justice, Head of the Judiciary, Attorney
   General, Prosecutor General, Law Minister), capitalised or lowercase after a country word; Pakistan's
   attorney general is of one side (`one_side_offices`).
2. Offices written office-first with the body after ('Chairman Senate', 'Secretary Commerce'), and Pakistan's
   junior and advisory ministers (Minister of State, Special Assistant / Adviser to the Prime Minister), of
   Pakistan's side when no country word tells it.
3. A province between an office and the name ('Governor Balochistan Nawab X') gives the side and is no part
   of the name; a country word before 'Consul General in <city>, X' still marks X, so the sentence's other
   titled name is of the other side.
4. A name's particle ('e', 'al', 'de') only inside the name: 'Khan ended' is no 'Khan e' (lexicon name runs).
Reports are made up, in our own words; the officials are invented."""

from __future__ import annotations

import pytest

from extract_fixtures import OwnReports, shipped_lexicon

R = OwnReports("people31", "2022-11-15")

SHAPES = [
    ("chief-justices-and-hojatoleslam",
     "ISLAMABAD: Iran's Chief Justice Hojatoleslam Farhad Karimi-Nasab met Pakistan's Chief Justice Tariq Aziz Khan "
     "at the Supreme Court on Monday.", {"farhad-karimi-nasab": "IRN", "tariq-aziz-khan": "PAK"}),
    ("law-minister-and-lowercase-head-of-judiciary",
     "ISLAMABAD: Federal Law Minister Tariq Aziz Khan met Iran's head of judiciary Farhad Karimi Nasab on Monday.",
     {"farhad-karimi-nasab": "IRN", "tariq-aziz-khan": "PAK"}),
    ("judiciary-chief-and-chief-justice-of-pakistan",
     "ISLAMABAD: Iran's judiciary chief Farhad Karimi met Chief Justice of Pakistan Tariq Aziz Khan on Monday.",
     {"farhad-karimi": "IRN", "tariq-aziz-khan": "PAK"}),
    ("attorney-general-and-prosecutor-general-unmarked",
     "TEHRAN: Pakistan's Attorney General Tariq Aziz Khan met Prosecutor General Farhad Karimi in Tehran on Sunday.",
     {"farhad-karimi": "IRN", "tariq-aziz-khan": "PAK"}),
    ("chairman-senate",
     "ISLAMABAD: Iran's Foreign Minister Hossein Amir-Abdollahian met Chairman Senate Tariq Aziz Khan on Monday.",
     {"tariq-aziz-khan": "PAK"}),
    ("secretary-commerce",
     "ISLAMABAD: Iran's Foreign Minister Hossein Amir-Abdollahian met Secretary Commerce Tariq Aziz Khan on Monday.",
     {"tariq-aziz-khan": "PAK"}),
    ("minister-of-state",
     "ISLAMABAD: Iran's Foreign Minister Hossein Amir-Abdollahian met Minister of State for Interior Tariq Aziz Khan "
     "on Monday.", {"tariq-aziz-khan": "PAK"}),
    ("governor-province-honorific",
     "QUETTA: Iran's Consul General Farhad Karimi called on Governor Balochistan Nawab Tariq Aziz Khan at the "
     "Governor House on Sunday.", {"farhad-karimi": "IRN", "tariq-aziz-khan": "PAK"}),
    ("governor-province-no-honorific",
     "QUETTA: Iran's Consul General Farhad Karimi called on Governor Balochistan Tariq Aziz Khan at the "
     "Governor House on Sunday.", {"farhad-karimi": "IRN", "tariq-aziz-khan": "PAK"}),
    ("consul-general-in-a-city-set-off-by-commas",
     "QUETTA: Iran's Consul General in Quetta, Farhad Karimi, called on Governor Nawab Tariq Aziz Khan at the "
     "Governor House on Sunday.", {"farhad-karimi": "IRN", "tariq-aziz-khan": "PAK"}),
    ("special-assistant-remit-joined-by-and",
     "ISLAMABAD: Iran's Vice President Eshaq Jahangiri met Special Assistant to the Prime Minister on Petroleum "
     "Resources and Maritime Trade Development, Syed Tariq Aziz Khan, on Monday.", {"tariq-aziz-khan": "PAK"}),
    ("special-assistant-to-the-pm",
     "ISLAMABAD: Iran's Foreign Minister Hossein Amir-Abdollahian met Special Assistant to the Prime Minister on "
     "Ocean Fisheries Tariq Aziz Khan on Monday.", {"tariq-aziz-khan": "PAK"}),
]


@pytest.mark.parametrize("text,people", [s[1:] for s in SHAPES], ids=[s[0] for s in SHAPES])
def test_an_office_the_grammar_lacked_makes_a_new_person_seated_on_the_meeting(text, people):
    new = R.new(text)
    for actor, side in people.items():
        assert new.get(actor) == side, new
    meetings = [set(p) for k, p in R.events(text) if k == "meeting"]
    assert any(set(people) <= p for p in meetings), R.events(text)


def test_a_name_ends_before_a_lowercase_word_that_opens_with_a_particle():
    text = ("TEHRAN: Pakistan's Attorney General Tariq Aziz Khan ended a three-day visit to Tehran on Monday "
            "after talks with Iranian officials.")
    assert "tariq-aziz-khan" in R.new(text) and "tariq-aziz-khan-e" not in R.new(text), R.new(text)


def test_a_particle_inside_a_name_is_still_read():
    text = ("ISLAMABAD: Iran's Interior Minister Abbas e Tavana Nouri met Pakistan's Interior Minister Mohsin Naqvi "
            "in Islamabad on Monday.")
    assert "abbas-e-tavana-nouri" in R.new(text), R.new(text)


def test_a_third_countrys_chief_justice_is_nobody():
    text = ("ISLAMABAD: Iran's Chief Justice Farhad Karimi met Afghanistan's Chief Justice Wali Jan Sabri in "
            "Islamabad on Monday.")
    assert "wali-jan-sabri" not in R.new(text), R.new(text)


def test_the_offices_are_data():
    t = shipped_lexicon().dictionaries["titles"]
    assert {"Chief Justice", "Head of the Judiciary", "Attorney General", "Prosecutor General", "Law Minister",
            "Commerce Secretary", "Minister of State"} <= set(t["titles"])
    assert any("Minister of State" in p for p in t["one_side_offices"]["PAK"])


def test_a_remit_joined_by_and_is_no_name():
    text = ("ISLAMABAD: Iran's Vice President Eshaq Jahangiri met Special Assistant to the Prime Minister on Petroleum "
            "Resources and Maritime Trade Development, Syed Tariq Aziz Khan, on Monday.")
    assert "trade-development" not in R.new(text), R.new(text)
