"""Round 28 (newperson28, issue 15): a new person whose side is told after the name.

Nothing before the name tells whose it is, so round 27's anchors read nobody; the words after it do:
'of Iran', 'from Pakistan', '(Iran)' (titles.yaml `side_after_name`), or, after a rank or an
honorific, the office set off by a comma right after it naming one owner by an institution, a
province or a country word ('Brigadier X, Sector Commander of the Frontier Corps,'). A name with no
rank or honorific needs the country's own name ('X of Iran', never 'X of Tehran'). Near misses (an
organisation, a place, an institution, a third country, a posting, no office after the comma) read
nobody. Reports are made up, in our own words; the people are invented."""

from __future__ import annotations

import pytest

from extract_fixtures import OwnReports, shipped_lexicon

R = OwnReports("newperson28", "2025-05-15")

READ = [
    ("bare-of-country-subject", "TEHRAN: Farhad Zolfaghari Nia of Iran met Interior Minister Mohsin Naqvi on Monday.",
     {"farhad-zolfaghari-nia": "IRN"}),
    ("bare-of-country-object", "TEHRAN: Interior Minister Mohsin Naqvi met Farhad Zolfaghari Nia of Iran on Monday.",
     {"farhad-zolfaghari-nia": "IRN"}),
    ("bare-bracket", "TEHRAN: Interior Minister Mohsin Naqvi met Farhad Zolfaghari Nia (Iran) on Monday.",
     {"farhad-zolfaghari-nia": "IRN"}),
    ("bare-both-sides", "ISTANBUL: Talks between Sajid Karim Awan of Pakistan and Farhad Zolfaghari Nia of the "
     "Islamic Republic of Iran were held on Monday.", {"sajid-karim-awan": "PAK", "farhad-zolfaghari-nia": "IRN"}),
    ("rank-from-country", "TEHRAN: Interior Minister Mohsin Naqvi met Commodore Farhad Zolfaghari Nia from Iran "
     "on Monday.", {"farhad-zolfaghari-nia": "IRN"}),
    ("rank-apposed-institution", "QUETTA: Brigadier Ali Raza Khanzada, Sector Commander of the Frontier Corps "
     "(South), received the Iranian border officials on Monday.", {"ali-raza-khanzada": "PAK"}),
    ("rank-apposed-lowercase", "QUETTA: Brig. Ali Raza Khanzada, deputy inspector general of the Frontier Corps, "
     "received the Iranian border officials on Monday.", {"ali-raza-khanzada": "PAK"}),
]


@pytest.mark.parametrize("text,new", [r[1:] for r in READ], ids=[r[0] for r in READ])
def test_a_side_told_after_the_name_makes_a_new_person(text, new):
    assert R.new(text) == new


NOBODY = [
    ("rank-office-no-side", "TAFTAN: Brigadier Sajid Mahmood Awan, sector commander, led the talks at the zero "
     "point on Thursday."),
    ("rank-no-office-after", "TAFTAN: Brigadier Sajid Mahmood Awan, Pakistan and Iran agreed, will lead the talks."),
    ("bare-city", "TEHRAN: Interior Minister Mohsin Naqvi met Farhad Zolfaghari Nia of Tehran on Monday."),
    ("bare-third-country", "MOSCOW: Interior Minister Mohsin Naqvi met Sergei Ivanovich Petrov of Russia on Monday."),
    ("institution", "TAFTAN: The Frontier Corps of Pakistan met the border guards on Monday."),
    ("organisation-word", "TEHRAN: The Allameh Tabatabai University of Iran hosted the guests on Monday."),
    ("place-words", "ZAHEDAN: Officials praised Sistan Baluchestan of Iran on Monday."),
    ("after-article", "CHABAHAR: They toured the Shahid Beheshti Port of Iran on Monday."),
    ("ship", "KARACHI: The crew of PNS Tippu Sultan of Pakistan sailed on Monday."),
]


@pytest.mark.parametrize("text", [r[1] for r in NOBODY], ids=[r[0] for r in NOBODY])
def test_near_misses_read_nobody(text):
    assert R.new(text) == {}


def test_a_person_named_of_a_side_meets_the_other_side():
    text = ("ISLAMABAD: Interior Minister Mohsin Naqvi met Farhad Zolfaghari Nia of Iran in Islamabad on Monday to "
            "discuss border security.")
    assert R.meets(text, "mohsin-naqvi", "farhad-zolfaghari-nia"), R.events(text)


def test_the_words_after_a_name_are_data():
    t = shipped_lexicon().dictionaries["titles"]
    assert {"of", "from"} <= set(t["side_after_name"]) and "the" in t["bare_name_not_after"]
