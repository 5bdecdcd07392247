"""Round 27 (newperson27, issue 15): people unknown to the gazetteer read from one anchor table.

A name not in the gazetteer becomes a new actor only after an anchor that tells whose it is
(mentions.People._anchored_strangers, _complement_anchored): a rank of titles.yaml `ranks`
('Commodore X'), a group head's phrase of `anchor_heads` ('a delegation led by X', 'the Iranian side
by Y'), or an office whose complement names its owner with no rank between ('Inspector General of
Police Balochistan X'). One side resolver (`_anchor_side`): a country word right before a rank, else
the phrase the anchor leans on (the group before a head phrase, the office before a rank's comma)
naming one side by a country word, an institution or a province; no side, nobody. Ids by the slug of
the name as written, ranks and honorifics out (CURATION.md §6). Reports are made up, in our own
words; the people are invented, or the shipped gazetteer's."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from slugify import slugify

from extract_fixtures import OwnReports, shipped_lexicon
from pakiran_events.extract.report import Reading

R = OwnReports("newperson27", "2025-05-15")

# (row id, text, {new actor id: side}): each anchor kind, each side source
READ = [
    # a rank, a country word right before it
    ("rank-demonym", "TEHRAN: Iranian Commodore Karim Sadeghpour Nia received the visiting Pakistani naval officers "
     "at Bandar Abbas on Sunday.", {"karim-sadeghpour-nia": "IRN"}),
    ("rank-possessive", "KARACHI: Pakistan's Rear Admiral Shahid Latif Qureshi welcomed the Iranian flotilla at the "
     "naval dockyard on Monday.", {"shahid-latif-qureshi": "PAK"}),
    # a describing noun between (the one rule replaces round 17's own path for it); a rank of three words
    ("rank-descriptor", "ISLAMABAD: Iranian official Brig-Gen Hadi Rostami Zand met Interior Minister Mohsin Naqvi "
     "on Tuesday.", {"hadi-rostami-zand": "IRN"}),
    ("honorific-descriptor", "TEHRAN: A Pakistani diplomat, Dr. Salman Javed Awan, attended the talks at the foreign "
     "ministry on Sunday.", {"salman-javed-awan": "PAK"}),
    ("rank-three-words", "KARACHI: Iranian Air Chief Marshal Farzad Karovandi inspected the joint patrol boats on "
     "Monday.", {"farzad-karovandi": "IRN"}),
    # a rank after an office phrase set off by a comma: the phrase's country word, institution, province
    ("rank-apposed-country", "TEHRAN: The army chief then called on the chief of staff of Iran's armed forces, Major "
     "General Davood Amini Rad, at the General Staff.", {"davood-amini-rad": "IRN"}),
    ("rank-apposed-institution", "QUETTA: He held talks with the deputy commander of the Frontier Corps, Brigadier "
     "Naveed Anjum Cheema, at the FC headquarters on Tuesday.", {"naveed-anjum-cheema": "PAK"}),
    ("rank-apposed-province", "ZAHEDAN: The visitors met the police chief of Sistan and Baluchestan, Brigadier General "
     "Reza Ghasemi Far, on Wednesday.", {"reza-ghasemi-far": "IRN"}),
    # a group's head: the group's country word, institution or province; an office or rank between
    ("head-led-demonym", "ZAHEDAN: A Pakistani delegation led by Dr. Irfan Saleem Bhatti arrived in Zahedan on Monday "
     "for talks on the border markets.", {"irfan-saleem-bhatti": "PAK"}),
    ("head-headed-side", "ISLAMABAD: The Iranian side was headed by Mr Hamid Karimi Nasab, who heads the trade "
     "promotion organisation.", {"hamid-karimi-nasab": "IRN"}),
    ("head-ellipsis", "BEIJING: The Pakistani delegation was led by Ms Samina Aslam Khattak, the Iranian delegation by "
     "Dr. Farhad Moradi Kia.", {"samina-aslam-khattak": "PAK", "farhad-moradi-kia": "IRN"}),
    ("head-province-office", "QUETTA: A Balochistan government delegation led by Chief Secretary Naveed Akram Kakar "
     "returned from Zahedan on Thursday.", {"naveed-akram-kakar": "PAK"}),
    ("head-institution-comma", "QUETTA: A team of Iran's customs administration, headed by Mohammad Reza Nasiri Fard, "
     "visited the Taftan crossing on Sunday.", {"mohammad-reza-nasiri-fard": "IRN"}),
    ("head-then-rank", "BANDAR ABBAS: The Pakistani task group, led by Commodore Adnan Rafiq Malik, took part in four "
     "days of drills.", {"adnan-rafiq-malik": "PAK"}),
    ("head-after-verb", "ISLAMABAD: The director general received a delegation of Iran's police intelligence led by "
     "Brigadier General Hossein Safari Rad at the agency's headquarters.", {"hossein-safari-rad": "IRN"}),
    ("head-leadership", "TAFTAN: Talks were held with an Iranian border team under the leadership of Colonel Mehdi "
     "Asadi Nejad at the zero point.", {"mehdi-asadi-nejad": "IRN"}),
    ("head-remit-in-brackets", "KABUL: The Pakistani delegation was led by Additional Secretary (Afghanistan and West "
     "Asia) Syed Faraz Haider Naqshbandi at the talks.", {"faraz-haider-naqshbandi": "PAK"}),
    # an office, its complement naming the owner, the name with no rank between
    ("office-complement-province", "QUETTA: Inspector General of Police Balochistan Kamran Aziz Memon returned to "
     "Quetta on Wednesday after talks in Zahedan.", {"kamran-aziz-memon": "PAK"}),
    ("office-complement-iran-province", "QUETTA: Governor General of Sistan and Baluchestan Ahmad Reza Bazmandegan "
     "met Chief Minister Sarfraz Bugti on Monday.", {"ahmad-reza-bazmandegan": "IRN"}),
]


@pytest.mark.parametrize("text,new", [r[1:] for r in READ], ids=[r[0] for r in READ])
def test_a_name_after_an_anchor_is_a_person_of_the_anchors_side(text, new):
    assert R.new(text) == new


# near misses: no side, a third country's, a destination, a list of people, a place, a ship, a month
NOBODY = [
    ("rank-no-side", "QUETTA: He later met Brigadier Sajid Mahmood Awan at the crossing to discuss the fence."),
    ("rank-sentence-start", "TAFTAN: Brigadier Sajid Mahmood Awan, sector commander, led the talks at the zero "
     "point on Thursday."),
    ("rank-list-of-people", "ISLAMABAD: Interior Minister Mohsin Naqvi, Brigadier Sajid Mahmood Awan and others "
     "attended the ceremony."),
    ("head-third-country", "BEIJING: The Chinese delegation was led by Mr Wang Jianguo Li, who chaired the session."),
    ("head-destination", "ISLAMABAD: A delegation to Iran led by Dr. Irfan Saleem Bhatti will leave on Monday."),
    ("head-both-sides", "TAFTAN: A joint Pakistan-Iran team led by Colonel Sajid Mahmood Awan inspected the gate."),
    ("rank-alone", "KARACHI: The Pakistani flotilla, led by Commodore, sailed from Karachi to Chabahar on Monday."),
    ("rank-ship", "KARACHI: The Pakistani task group, led by PNS Tippu Sultan, sailed for Bandar Abbas on Monday."),
    ("rank-month", "RAWALPINDI: The Pakistani team, led by Brigadier, returned in March April this year."),
    ("head-place", "QUETTA: A Pakistani delegation led by Quetta Gwadar officials crossed into Iran on Monday."),
    ("honorific-after-phrase", "ISLAMABAD: Speaking to Iranian media, Dr. Sajid Mahmood Awan said the border "
     "would stay open."),
    ("complement-posting", "TEHRAN: Ambassador to Pakistan Karim Nouri Fard returned to Tehran on Monday."),
]


@pytest.mark.parametrize("text", [r[1] for r in NOBODY], ids=[r[0] for r in NOBODY])
def test_an_anchor_without_a_side_or_a_name_reads_nobody(text):
    assert R.new(text) == {}


def test_a_gazetteer_person_after_an_anchor_is_not_shadowed_and_heads_the_side():
    """'led by Interior Minister Mohsin Naqvi': the gazetteer's person, no new actor; the one
    head finder (noun_frames.delegation_heads, round 28) gives each side's head, new or known."""
    from pakiran_events.extract.noun_frames import delegation_heads

    text = ("TEHRAN: The Pakistani delegation was led by Interior Minister Mohsin Naqvi, the Iranian delegation by "
            "Brigadier General Ali Reza Kamali Pour.")
    r = Reading("newperson27-heads", text, None, shipped_lexicon())
    assert {a: row["country_iso3"] for a, row in r.people.new_actors.items()} == {"ali-reza-kamali-pour": "IRN"}
    assert {m.side: m.actor_id for _, m in delegation_heads(r)} == {"PAK": "mohsin-naqvi", "IRN": "ali-reza-kamali-pour"}


def test_a_head_read_by_the_anchor_takes_part_in_the_meeting():
    text = ("ZAHEDAN: A Pakistani delegation led by Dr. Irfan Saleem Bhatti held talks with Iran's Ambassador Reza "
            "Amiri Moghadam in Zahedan on Monday on the border markets.")
    assert R.meets(text, "irfan-saleem-bhatti", "reza-amiri-moghadam"), R.events(text)


def test_the_anchor_tables_are_data():
    """The anchors are titles.yaml's (`ranks`, `anchor_heads`, `ship_prefixes`), not words in code."""
    t = shipped_lexicon().dictionaries["titles"]
    assert {"led by", "headed by"} <= set(t["anchor_heads"]) and "PNS" in t["ship_prefixes"]
    assert {"Commodore", "Rear Admiral", "Brigadier", "Major General"} <= set(t["ranks"])


# --- property: any rank, a made-up two-word name and a side word give that slug; no anchor nothing ---

_RANK = st.sampled_from(sorted(shipped_lexicon().dictionaries["titles"]["ranks"]))
_GIVEN = st.sampled_from(["Farzad", "Kamil", "Navid", "Shahzeb", "Arman", "Zubair", "Behrad", "Tanvir"])
_SURNAME = st.builds(lambda a, b: a + b, st.sampled_from(["Kar", "Zan", "Tor", "Bah", "Mel"]),
                     st.sampled_from(["ovandi", "ezai", "ullah", "avani", "oudi"]))
_SIDE = st.sampled_from([("Iranian", "IRN"), ("Iran's", "IRN"), ("Pakistani", "PAK"), ("Pakistan's", "PAK")])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_RANK, _GIVEN, _SURNAME, _SIDE)
def test_a_side_word_a_rank_and_a_new_name_give_the_names_slug(rank, given_name, surname, side):
    word, iso = side
    rest = "inspected the joint patrol boats at the harbour on Monday."
    assert R.new(f"KARACHI: {word} {rank} {given_name} {surname} {rest}") == {slugify(f"{given_name} {surname}"): iso}
    assert R.new(f"KARACHI: {given_name} {surname} {rest}") == {}
    assert R.new(f"KARACHI: {rank} {given_name} {surname} {rest}") == {}  # a rank alone tells no side
