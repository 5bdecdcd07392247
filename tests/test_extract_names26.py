"""Round 26 (names26, issue 15): a one-word name after another side's honorific.

'Haji', 'Mir', 'Nawab', 'Makhdoom', 'Hazrat', 'Pir' are titles on Pakistan's side only (titles.yaml
`honorific_sides`); before an Iranian's name they are part of the name, id included (CURATION.md §6).
When the rest of the name was one word ('Iranian Deputy Speaker Haji Babaei') the run was refused as
too short before the side was known, so the meeting was lost. Now such an honorific counts as the
name's first word in every check of the name's length (mentions.People._name_in_run, _sided_before),
and `_stranger` decides once the side is known: another side's person keeps it as the first word
(`haji-babaei`); of Pakistan's side it is a title, the name left is one word, and a name has two words
at least, so nobody new is read ('Home Minister Haji Lango' is no actor `lango`, nor `haji-lango`).
Reports are made up, in our own words; the people are invented or the shipped gazetteer's."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from slugify import slugify

from extract_fixtures import OwnReports, shipped_lexicon

R = OwnReports("names26", "2025-05-15")

# --- an Iranian's one-word surname after a side-limited honorific: the honorific is the first word --

IRANIAN = [
    # (text, new person's id, their name, the person they meet)
    ("ISLAMABAD: Iranian Deputy Speaker Haji Rezvani met National Assembly Speaker Ayaz Sadiq at "
     "Parliament House on Wednesday, and the two agreed to set up a joint parliamentary friendship group.",
     "haji-rezvani", "Haji Rezvani", "ayaz-sadiq"),
    ("TEHRAN: Pakistan's Ambassador to Iran Mudassir Tipu called on Iranian Deputy Interior Minister Mir "
     "Tabatabai at the interior ministry on Sunday to ask about Pakistani prisoners held in Iran.",
     "mir-tabatabai", "Mir Tabatabai", "mudassir-tipu"),
    ("ISLAMABAD: Iranian Deputy Foreign Minister Nawab Kiani held talks with Foreign Secretary Amna Baloch "
     "at the Foreign Office on Tuesday on the border markets and pilgrims' travel.",
     "nawab-kiani", "Nawab Kiani", "amna-baloch"),
    ("TEHRAN: Interior Minister Mohsin Naqvi met Iranian Deputy Interior Minister Makhdoom Safavi in "
     "Tehran on Monday; the two sides reviewed joint patrols along the frontier.",
     "makhdoom-safavi", "Makhdoom Safavi", "mohsin-naqvi"),
    ("ISLAMABAD: Iranian Deputy Defence Minister Hazrat Nouri called on Defence Minister Khawaja Asif in "
     "Islamabad on Thursday to talk about training exchanges.",
     "hazrat-nouri", "Hazrat Nouri", "khawaja-muhammad-asif"),
    ("ISLAMABAD: Iran's Deputy Foreign Minister Pir Moradkhani met Foreign Secretary Amna Baloch on "
     "Friday at the Foreign Office, where the two went over the agenda of the joint border commission.",
     "pir-moradkhani", "Pir Moradkhani", "amna-baloch"),
]


@pytest.mark.parametrize("text,actor,name,other", IRANIAN,
                         ids=["haji", "mir", "nawab", "makhdoom", "hazrat", "pir"])
def test_another_sides_honorific_begins_a_one_word_name(text, actor, name, other):
    rep = R.report(text)
    assert {a: row["name"] for a, row in rep.new_actors.items()} == {actor: name}
    assert rep.new_actors[actor]["country_iso3"] == "IRN"
    assert R.meets(text, actor, other), R.events(text)


def test_every_side_limited_honorific_is_covered():
    """The table above holds each side-limited honorific of the data before a one-word surname."""
    sided = set(shipped_lexicon().patterns["honorific_sides"])
    assert sided <= {name.split()[0] for _, _, name, _ in IRANIAN}, sorted(sided)


def test_an_honorific_of_no_side_before_the_side_limited_one_stays_out():
    """'Seyed Mir Tabatabai': 'Seyed' is an honorific on every side (kept in the name, not the id),
    'Mir' right before the surname is the Iranian's first name word."""
    text = ("TEHRAN: Pakistan's Ambassador to Iran Mudassir Tipu called on Iranian Deputy Interior Minister "
            "Seyed Mir Tabatabai on Sunday to ask about prisoners.")
    assert {a: row["name"] for a, row in R.report(text).new_actors.items()} == {"mir-tabatabai": "Seyed Mir Tabatabai"}


# --- near misses: the same shape of Pakistan's side, and an honorific of every side ---------------

NOBODY = [
    # Pakistan's 'Haji', 'Mir', 'Nawab' before one word: a title; the one word left is no name
    ("QUETTA: Balochistan Home Minister Haji Lango met Iran's Ambassador Reza Amiri Moghadam in Quetta on "
     "Monday to discuss the fuel trade across the border."),
    ("ISLAMABAD: Iran's Ambassador Reza Amiri Moghadam called on Federal Minister for Maritime Affairs Mir "
     "Changezi on Tuesday about fishing boats held at sea."),
    ("PESHAWAR: Pakistani Provincial Minister Nawab Mohmand received Iran's Ambassador Reza Amiri Moghadam in "
     "Peshawar on Friday."),
    # an Iranian's one word after an honorific that is a title on every side ('Seyed'): no name either
    ("ISLAMABAD: Iranian Deputy Interior Minister Seyed Rezvani met Interior Minister Mohsin Naqvi in "
     "Islamabad on Wednesday."),
]


@pytest.mark.parametrize("text", NOBODY, ids=["haji-pak", "mir-pak", "nawab-pak", "seyed-irn"])
def test_a_title_before_one_word_names_nobody(text):
    new = R.report(text).new_actors
    assert new == {}, "a one-word name after a title of its own side is no person (CURATION.md §6)"


def test_a_pakistani_one_word_after_haji_never_keeps_haji_in_an_id():
    """The Pakistani near miss with a second word is the person, 'Haji' kept out of the id."""
    one = ("QUETTA: Balochistan Home Minister Haji Lango met Iran's Ambassador Reza Amiri Moghadam on Monday.")
    two = ("QUETTA: Balochistan Home Minister Haji Zahoor Lango met Iran's Ambassador Reza Amiri Moghadam on "
           "Monday.")
    assert not any("haji" in a or a == "lango" for a in R.report(one).new_actors)
    assert {a: row["name"] for a, row in R.report(two).new_actors.items()} == {"zahoor-lango": "Haji Zahoor Lango"}
    assert R.meets(two, "zahoor-lango", "reza-amiri-moghadam"), R.events(two)


# --- property: a one-word surname after each side-limited honorific follows the side -------------

_SIDED = st.sampled_from(sorted(shipped_lexicon().patterns["honorific_sides"]))
_SURNAME = st.sampled_from(["Rezvani", "Tabatabai", "Kiani", "Safavi", "Nouri", "Zarghami", "Mengal", "Jatoi"])
_LEAD = st.sampled_from([
    ("Iranian Deputy Foreign Minister", "met Foreign Secretary Amna Baloch in Islamabad on Tuesday.", "IRN"),
    ("Iran's Deputy Interior Minister", "called on Interior Minister Mohsin Naqvi in Islamabad on Tuesday.", "IRN"),
    ("Pakistan's Ambassador to Iran", "called on Iranian Foreign Minister Abbas Araghchi in Tehran on Tuesday.", "PAK"),
    ("Pakistani Deputy Interior Minister", "met Iran's Ambassador Reza Amiri Moghadam on Tuesday.", "PAK"),
])


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_LEAD, _SIDED, _SURNAME)
def test_a_one_word_surname_after_a_sided_honorific_follows_its_side(lead, honorific, surname):
    words, rest, side = lead
    title_here = side in shipped_lexicon().patterns["honorific_sides"][honorific]
    new = R.new(f"{words} {honorific} {surname} {rest}")
    assert new == ({} if title_here else {slugify(f"{honorific} {surname}"): side})


# --- issue 16: the indexed office check gives what the full scan of earlier sentences gave --------

def _scanned_fits(people, i: int, title: str, start: int, end: int, low: str) -> set[str]:
    """int26's reading of the report's own people for `_office_fits`: every mention of sentences 0..i."""
    from pakiran_events.core.cues import office_of

    side = people.side_near(i, start, end)
    return {x.actor_id for j in range(i + 1) for x in people.mentions[j]
            if x.title and people.is_person(x.actor_id) and low in people._spelling_words(x.actor_id)
            and (side is None or x.side == side)
            and people._office_words(title) <= people._office_words(office_of(x.title))}


LONG = " ".join([
    "ISLAMABAD, May 12: Interior Minister Mohsin Naqvi met Iranian Interior Minister Eskandar Momeni on Monday.",
    *["Interior Minister Momeni said both sides would watch the frontier. Foreign Minister Ishaq Dar then "
      "received Iranian Foreign Minister Abbas Araghchi. Later Foreign Minister Araghchi spoke to Interior "
      "Minister Naqvi; the interior minister of Iran, Momeni, left."] * 12,
])


def test_the_office_index_reads_the_people_the_full_scan_read():
    """Each office followed by one word in a long made-up report: the people the index offers are those
    the scan of every earlier sentence's mentions offered (the read report's mentions, final by then)."""
    from pakiran_events.extract.mentions import _SURNAME_WORD, People, sentences

    lex = shipped_lexicon()
    text = LONG
    people = People(text, sentences(text), None, lex).find()
    built, done = people._cache.pop("_titled_earlier")  # as `find` built it, a sentence at a time
    assert done > 20 and people._titled_earlier(done) == built, "an earlier sentence changed after it was indexed"
    asked = 0
    for i in range(len(people.spans)):
        own = {w: Counter(e) for w, e in people._titled_by_word(people.mentions[i]).items()}
        for title, start, end, _ in people.titles_in(i):
            word = _SURNAME_WORD.match(text, end + 1) if text[end:end + 1] == " " else None
            if word is None:
                continue
            low = word.group(0).lower()
            indexed = people._titled_earlier(i).get(low, set()) | {e for e, n in own.get(low, Counter()).items() if n}
            side = people.side_near(i, start, end)
            words = people._office_words(title)
            assert {a for a, s, w in indexed if (side is None or s == side) and words <= w} \
                == _scanned_fits(people, i, title, start, end, low), (i, title, low)
            asked += 1
    assert asked >= 24
    assert people._titled_earlier(1)  # asked of an earlier sentence again: rebuilt up to it
