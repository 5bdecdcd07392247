"""Round 28 (wrongread28, issue 15): wrong participants a reviewer of release 2.6.1 found.

1. A ship, a unit or a base is no new person (titles.yaml `not_person_nouns`; mentions.People._vessel_or_unit).
2. A legislator's or a cleric's honorific ('Senator', 'Hojatoleslam') is out of a new person's id
   (titles.yaml `honorifics`; CURATION.md §6).
3. 'between the two presidents' is that office's two holders, one of each side (People.plural_office).
4. A third country's head phrase ('the Turkish side was led by Foreign Minister X') gives nobody of the
   dyad (mentions.People._third_party_head).
5. Heads of delegations told in two sentences that each tell their own doing are no pair
   (noun_frames._own_engagements, engagement.yaml `head_statement_before`).
6. A possessive's owner ('met with Foreign Minister X's deputy') is no party (engagement.yaml
   `proxy_nouns`; noun_frames.attachments, candidates._acted_for).
Reports are made up, in our own words; the people are invented or the shipped gazetteer's."""

from __future__ import annotations

import pytest

from extract_fixtures import OwnReports

R = OwnReports("wrongread28", "2024-06-12")

# 1. vessels, units, bases: no new person (and no event of one)
NOT_PEOPLE = [
    ("ship-class", "BANDAR ABBAS: A Pakistani flotilla led by Zulfiquar Class Frigate arrived at Bandar Abbas on Sunday."),
    ("regiment", "QUETTA: The Iranian team was led by Brigadier General Mirjaveh Border Regiment and met Pakistani officials."),
    ("command", "QUETTA: A Pakistani delegation led by Major General Southern Command Quetta met Iranian border commanders."),
    ("naval-base", "KARACHI: The Iranian flotilla led by Rear Admiral Jask Naval Base docked at Karachi on Monday."),
    ("vessel-noun-before", "KARACHI: The Pakistani side was led by the frigate Tabuk Saif on its visit to Bandar Abbas."),
]


@pytest.mark.parametrize("text", [r[1] for r in NOT_PEOPLE], ids=[r[0] for r in NOT_PEOPLE])
def test_a_ship_a_unit_or_a_base_is_no_person(text):
    new = R.new(text)
    assert new == {}
    assert not any(a in p for _, p in R.events(text) for a in ("zulfiquar-class-frigate", "mirjaveh-border-regiment",
                                                                 "southern-command-quetta", "jask-naval-base"))


def test_a_commander_beside_a_ship_is_still_a_person():
    # near miss: the ship is named, its commander by rank and name after it
    text = "BANDAR ABBAS: Pakistani ship Zulfiquar docked at Bandar Abbas on Sunday, led by Commodore Tariq Mehmood Abbasi."
    assert R.new(text) == {"tariq-mehmood-abbasi": "PAK"}


# 2. honorifics out of the id
HONORIFIC = [
    ("senator", "TEHRAN: A Pakistani delegation led by Senator Mushahid Hussain Rizvi met Iranian Foreign Minister "
     "Abbas Araghchi on Monday.", {"mushahid-hussain-rizvi": "PAK"}),
    ("hojatoleslam", "ISLAMABAD: An Iranian delegation led by Hojatoleslam Mohsen Qomi Rad met Pakistani Interior "
     "Minister Mohsin Naqvi on Monday.", {"mohsen-qomi-rad": "IRN"}),
    ("descriptor-then-cleric", "ISLAMABAD: Iranian lawmaker Hojatoleslam Ali Reza Salimi met Pakistani Interior "
     "Minister Mohsin Naqvi on Monday.", {"ali-reza-salimi": "IRN"}),
    ("retired-rank", "TEHRAN: A Pakistani delegation led by Brigadier (retd) Asad Munir Khattak met Iranian Foreign "
     "Minister Abbas Araghchi on Monday.", {"asad-munir-khattak": "PAK"}),
]


@pytest.mark.parametrize("text,new", [r[1:] for r in HONORIFIC], ids=[r[0] for r in HONORIFIC])
def test_an_honorific_is_no_word_of_a_new_persons_id(text, new):
    assert R.new(text) == new


def test_a_senator_with_no_side_is_nobody():
    # near miss: an honorific alone tells no side
    assert R.new("ISLAMABAD: Speaking to reporters, Senator Kamran Aslam Bhatti praised the talks on Monday.") == {}


# 3. 'between the two presidents': the office's holders
def test_the_two_presidents_are_the_two_holders_of_the_office():
    text = ("ISLAMABAD: Iranian President Masoud Pezeshkian arrived in Islamabad on Monday. Talks between the two "
            "presidents were held at the Aiwan-e-Sadr.")
    assert R.meets(text, "masoud-pezeshkian", "asif-ali-zardari")


def test_the_two_presidents_are_not_the_ministers_named_before():
    text = ("ISLAMABAD: Foreign Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi on Monday. Later, "
            "talks between the two presidents were held at the Aiwan-e-Sadr.")
    meetings = R.parties(text, "meeting")
    assert ["abbas-araghchi", "ishaq-dar"] in meetings  # the ministers' own meeting stays
    assert sum("ishaq-dar" in p for p in meetings) == 1  # the presidents' talks are not the ministers'


def test_the_two_ministers_still_refers_back():
    # near miss: 'the two ministers' is no office's plural: the pair named last
    text = ("TEHRAN: Foreign Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi on Monday. Later, talks "
            "between the two ministers were held at the ministry.")
    assert R.meets(text, "abbas-araghchi", "ishaq-dar")


# 4. a third country's side
THIRD = [
    ("turkish-side", "ANTALYA: Pakistani and Iranian officials held trilateral talks with Turkey in Antalya on Monday. "
     "The Turkish side was led by Foreign Minister Hakan Fidan, the Pakistani side by Interior Minister Mohsin Naqvi."),
    ("turkish-defence", "ISLAMABAD: The trilateral meeting was held in Islamabad on Monday. The Turkish side was led "
     "by Defence Minister Yasar Guler while Iranian Defence Minister Aziz Nasirzadeh headed his country's team."),
]


@pytest.mark.parametrize("text", [r[1] for r in THIRD], ids=[r[0] for r in THIRD])
def test_a_third_countrys_head_is_nobody_of_the_dyad(text):
    assert not ({"hakan-fidan", "yasar-guler"} & set(R.new(text)))
    assert not any({"hakan-fidan", "yasar-guler"} & set(p) for _, p in R.events(text))


def test_a_dyad_sides_head_after_a_third_country_is_still_read():
    # near miss: the Iranian side's head in the same report is read
    text = ("BEIJING: Trilateral talks were held in Beijing on Monday. The Chinese side was led by Vice Foreign "
            "Minister Sun Weidong, the Iranian side by Deputy Foreign Minister Kazem Gharibabadi, and the Pakistani "
            "side by Additional Secretary Imtiaz Ahmad Shah.")
    assert R.new(text) == {"kazem-gharibabadi": "IRN", "imtiaz-ahmad-shah": "PAK"}


# 5. heads seated only with their own delegation
def test_heads_of_two_delegations_doing_their_own_things_are_no_pair():
    text = ("TEHRAN: Pakistani Interior Minister Mohsin Naqvi met Iranian Foreign Minister Abbas Araghchi on Monday. "
            "A Pakistani navy delegation led by Commodore Tariq Mehmood Abbasi toured Bandar Abbas port on Tuesday. "
            "In Karachi, an Iranian police delegation led by Brigadier General Hamid Reza Ashtiani held talks with "
            "customs officials.")
    assert not R.meets(text, "tariq-mehmood-abbasi", "hamid-reza-ashtiani")


def test_heads_stated_after_the_talks_are_still_a_pair():
    # near miss: each sentence states its heads ('was led by'): one engagement's two sides
    text = ("BEIJING: The two sides held their first consultations in Beijing on Wednesday. The Pakistani delegation "
            "was led by Commodore Tariq Mehmood Abbasi. The Iranian delegation was led by Rear Admiral Shahram Irani.")
    assert R.meets(text, "tariq-mehmood-abbasi", "shahram-irani")


# 6. a possessive's owner is no party
OWNER = [
    ("deputy-with-office", "TEHRAN: Pakistani Foreign Secretary Amna Baloch met with Foreign Minister Abbas "
     "Araghchi's deputy in Tehran on Monday.", "abbas-araghchi"),
    ("deputy-named-after", "TEHRAN: Pakistani Foreign Secretary Amna Baloch met with Abbas Araghchi's deputy, Kazem "
     "Gharibabadi, in Tehran on Monday.", "abbas-araghchi"),
    ("chief-of-staff", "RAWALPINDI: Iranian Major General Mohammad Bagheri held talks with General Asim Munir's chief "
     "of staff in Rawalpindi on Monday.", "asim-munir"),
]


@pytest.mark.parametrize("text,owner", [r[1:] for r in OWNER], ids=[r[0] for r in OWNER])
def test_the_owner_of_a_possessive_is_no_party(text, owner):
    assert not any(owner in p for _, p in R.events(text))


def test_the_possessed_person_named_is_the_party():
    # near miss: the deputy named with a side is seated
    text = "TEHRAN: Pakistani Interior Minister Mohsin Naqvi met with Iran's foreign minister's deputy, Kazem Gharibabadi, on Monday."
    assert R.meets(text, "mohsin-naqvi", "kazem-gharibabadi")
