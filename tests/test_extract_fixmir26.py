"""Round 26 (fixmir26, issue 15): an honorific counts only before a name's first word.

Round 25 made 'Nawab', 'Mir', 'Makhdoom', 'Haji', 'Hazrat', 'Pir' honorifics (titles.yaml
`honorific_sides`), and a name holding one of them inside was cut there ('Ms. Sana Mir Jatoi'
lost her call). Now an honorific that is also a name's word (lexicon.kept_in_name_words) ends a
run only where it stands before the name's first word, alone, in a row ('Syed Mir X') or after a
rank or title; once a name word has come it is part of the name (mentions.People._marks,
_begins_name; CURATION.md §6). Near misses: an office's or place's word before it is no name
word, so the honorific still opens the name there. Reports are made up, in our own words; the
people are invented or the shipped gazetteer's."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from slugify import slugify

from extract_fixtures import OwnReports, shipped_lexicon
from pakiran_events.extract.lexicon import kept_in_name_words

R = OwnReports("fixmir26", "2024-05-10")

# --- a name that holds an honorific word inside: the whole name, in the id too ------------------

INSIDE = [
    # (text, new person's id, their name, their side, the person they meet)
    ("QUETTA: Iran's Ambassador Reza Amiri Moghadam called on Balochistan Home Minister Shah Nawab Lashari "
     "at the Civil Secretariat on Monday to go over the opening of two more border markets.",
     "shah-nawab-lashari", "Shah Nawab Lashari", "PAK", "reza-amiri-moghadam"),
    ("TEHRAN: Pakistan's Ambassador to Iran Mudassir Tipu met Iranian Deputy Foreign Minister Hamid Mir "
     "Tavakkoli at the foreign ministry on Sunday; consular access for prisoners was on the agenda.",
     "hamid-mir-tavakkoli", "Hamid Mir Tavakkoli", "IRN", "mudassir-tipu"),
    ("Pakistan's new envoy to Tehran, Mr. Ali Haji Marri, called on Iranian Foreign Minister Abbas Araghchi "
     "on Tuesday and handed over a letter from the prime minister.",
     "ali-haji-marri", "Ali Haji Marri", "PAK", "abbas-araghchi"),
    ("ISLAMABAD: Iranian Deputy Interior Minister Majid Pir Hosseini held talks with Interior Minister "
     "Mohsin Naqvi in Islamabad on Wednesday about pilgrims crossing at Taftan.",
     "majid-pir-hosseini", "Majid Pir Hosseini", "IRN", "mohsin-naqvi"),
    ("ISLAMABAD: Iran's Ambassador Reza Amiri Moghadam called on Federal Minister for Religious Affairs "
     "Ahmed Makhdoom Soomro at his office on Thursday to plan this year's Arbaeen travel.",
     "ahmed-makhdoom-soomro", "Ahmed Makhdoom Soomro", "PAK", "reza-amiri-moghadam"),
    ("PESHAWAR: Provincial Minister Gul Hazrat Mohmand received Iran's Ambassador Reza Amiri Moghadam in "
     "Peshawar on Friday, and the two spoke about trade through the province.",
     "gul-hazrat-mohmand", "Gul Hazrat Mohmand", "PAK", "reza-amiri-moghadam"),
    ("MASHHAD: Pakistan's Ambassador to Iran Mudassir Tipu met the Iranian Governor of Khorasan Razavi, "
     "Reza Haji Karimi, in Mashhad on Saturday.",
     "reza-haji-karimi", "Reza Haji Karimi", "IRN", "mudassir-tipu"),
    ("ISLAMABAD: Iranian Deputy Interior Minister Ali Nawab Rostampour met Interior Minister Mohsin Naqvi "
     "on Wednesday and both promised a joint patrol plan.",
     "ali-nawab-rostampour", "Ali Nawab Rostampour", "IRN", "mohsin-naqvi"),
]


@pytest.mark.parametrize("text,actor,name,side,other", INSIDE,
                         ids=["nawab-pak", "mir-irn", "haji-pak-after-mr", "pir-irn", "makhdoom-pak", "hazrat-pak",
                              "haji-irn-apposed", "nawab-irn"])
def test_a_name_holding_an_honorific_word_is_kept_whole(text, actor, name, side, other):
    rep = R.report(text)
    assert rep.new_actors.get(actor, {}).get("name") == name, rep.new_actors
    assert rep.new_actors[actor]["country_iso3"] == side
    assert set(rep.new_actors) == {actor}, "a name cut at its inner honorific gives a shorter person"
    assert R.meets(text, actor, other), R.events(text)


def test_every_honorific_word_of_the_data_is_covered_inside_a_name():
    """The table above holds each side-limited honorific (titles.yaml `honorific_sides`) inside a name."""
    sided = set(shipped_lexicon().patterns["honorific_sides"])
    covered = {w for _, _, name, _, _ in INSIDE for w in name.split()[1:-1]}
    assert sided <= covered, sorted(sided - covered)
    assert {side for *_, side, _ in INSIDE} == {"PAK", "IRN"}


# --- before the first word: still an honorific, kept out of a Pakistani id ----------------------

BEFORE = [
    # one before the first word, another inside
    ("QUETTA: Balochistan Home Minister Mir Ahmad Haji Zehri met Iran's Ambassador Reza Amiri Moghadam on "
     "Monday to talk about the fuel trade.", "ahmad-haji-zehri", "Mir Ahmad Haji Zehri"),
    # two in a row before the first word: both kept in the name, neither in the id
    ("QUETTA: Balochistan Home Minister Syed Mir Kamal Rind met Iran's Ambassador Reza Amiri Moghadam on "
     "Monday.", "kamal-rind", "Syed Mir Kamal Rind"),
    ("ISLAMABAD: Iran's Ambassador Reza Amiri Moghadam called on Federal Minister Sardar Haji Pir Bakhsh "
     "Jamali on Monday; power imports were discussed.", "bakhsh-jamali", "Sardar Haji Pir Bakhsh Jamali"),
    # of two in a row the last begins a name that would otherwise have one word
    ("Iran's Ambassador Syed Pir Ahmad called on Prime Minister Shehbaz Sharif in Islamabad on Tuesday.",
     "pir-ahmad", "Syed Pir Ahmad"),
    # after a rank, and after an abbreviated honorific
    ("RAWALPINDI: Iranian Ambassador Reza Amiri Moghadam met Chief of General Staff Lieutenant General "
     "Nawab Aslam Dashti at the General Headquarters on Monday.", "aslam-dashti", "Nawab Aslam Dashti"),
    ("ISLAMABAD: Iran's Ambassador Reza Amiri Moghadam called on Federal Minister Dr. Haji Akbar Rind on "
     "Monday.", "akbar-rind", "Haji Akbar Rind"),
    # an Iranian's 'Mir' after an honorific of no side: part of the name, 'Seyed' not in the id
    ("ISLAMABAD: Iranian Deputy Interior Minister Seyed Mir Hossein Tavakkoli met Interior Minister Mohsin "
     "Naqvi on Wednesday.", "mir-hossein-tavakkoli", "Seyed Mir Hossein Tavakkoli"),
]


@pytest.mark.parametrize("text,actor,name", BEFORE,
                         ids=["one-before-one-inside", "two-in-a-row", "three-in-a-row", "last-begins-name",
                              "after-a-rank", "after-dr", "seyed-mir-iranian"])
def test_an_honorific_before_the_first_word_stays_out_of_the_id(text, actor, name):
    new = R.report(text).new_actors
    assert {a: row["name"] for a, row in new.items()} == {actor: name}


# --- near misses: an office's or place's word before the honorific is no name word --------------

NEAR = [
    ("KARACHI: Iran's Ambassador Reza Amiri Moghadam called on Inspector General of Police Sindh Syed "
     "Ghulam Nabi Memon on Monday.", "ghulam-nabi-memon", "Syed Ghulam Nabi Memon"),
    ("ISLAMABAD: Iran's Ambassador Reza Amiri Moghadam called on Federal Minister for Maritime Affairs Haji "
     "Rauf Khattak on Monday about fishing boats held at sea.", "rauf-khattak", "Haji Rauf Khattak"),
    ("ISLAMABAD: Iran's Ambassador Reza Amiri Moghadam called on Minister for Overseas Pakistanis Pir Faisal "
     "Chandio on Monday to discuss workers in Iran.", "faisal-chandio", "Pir Faisal Chandio"),
]


@pytest.mark.parametrize("text,actor,name", NEAR, ids=["place-before", "remit-before", "country-word-before"])
def test_an_honorific_after_an_office_or_place_word_still_opens_the_name(text, actor, name):
    new = R.report(text).new_actors
    assert {a: row["name"] for a, row in new.items()} == {actor: name}


# --- a gazetteer person whose alias holds such a word -------------------------------------------

def test_a_known_alias_holding_an_honorific_word_is_that_person():
    """'Ali Ashgar Mir Shikari' is an alias of ali-asghar-mirshekari (actor_aliases.csv): read as
    him, no new person from its words after 'Mir'."""
    assert "Ali Ashgar Mir Shikari" in shipped_lexicon().aliases["ali-asghar-mirshekari"]
    text = ("ZAHEDAN: Pakistan's Ambassador to Iran Mudassir Tipu called on Sistan and Baluchestan Governor "
            "Ali Ashgar Mir Shikari in Zahedan on Monday to review the opening of a new crossing.")
    assert R.report(text).new_actors == {}
    assert R.meets(text, "ali-asghar-mirshekari", "mudassir-tipu"), R.events(text)


# --- property: any name with an honorific word not first is one person, all three words kept -----

_HONORIFIC = st.sampled_from(kept_in_name_words(shipped_lexicon().dictionaries["titles"]))
_GIVEN = st.sampled_from(["Sana", "Ali", "Kamran", "Farhad", "Gul", "Zahid", "Behrouz", "Nasreen"])
_SURNAME = st.sampled_from(["Jatoi", "Lashari", "Tavakkoli", "Rostampour", "Mengal", "Zarghami"])
_LEAD = st.sampled_from([
    ("Iran's Ambassador", "called on Prime Minister Shehbaz Sharif in Islamabad on Tuesday.", "IRN"),
    ("Pakistan's Ambassador to Iran", "called on Iranian Foreign Minister Abbas Araghchi in Tehran on Tuesday.", "PAK"),
    ("The Iranian Ambassador", "met Prime Minister Shehbaz Sharif in Islamabad on Tuesday.", "IRN"),
])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_LEAD, _GIVEN, _HONORIFIC, _SURNAME)
def test_an_honorific_word_not_first_stays_in_the_id(lead, given_name, honorific, surname):
    words, rest, side = lead
    new = R.new(f"{words} {given_name} {honorific} {surname} {rest}")
    assert new == {slugify(f"{given_name} {honorific} {surname}"): side}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_LEAD, _GIVEN, _HONORIFIC, _SURNAME)
def test_an_honorific_word_first_follows_its_sides(lead, given_name, honorific, surname):
    """The same words with the honorific first: out of the id, unless it is a title of the other
    side only (`honorific_sides`: an Iranian's 'Mir' begins the name, review 25)."""
    words, rest, side = lead
    sides = shipped_lexicon().patterns["honorific_sides"].get(honorific)
    kept = sides is not None and side not in sides
    new = R.new(f"{words} {honorific} {given_name} {surname} {rest}")
    assert new == {slugify(f"{honorific} {given_name} {surname}" if kept else f"{given_name} {surname}"): side}
