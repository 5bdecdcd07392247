"""Review 25 (fixname25): an honorific that is a title on one side only, and a posting's country.

S1. 'Mir', 'Haji', 'Nawab', 'Makhdoom', 'Hazrat', 'Pir' (round 25, hosts25) are titles before a
Pakistani name, dropped from the new actor's id (CURATION.md §6); before an Iranian name the same
words begin a given name or a surname ('Mir Hossein ...', 'Haji Babaei'), so they are part of the
name as written, id included (titles.yaml `honorific_sides`; mentions.People._given_honorific).
S2. A country told as an office's posting ('Pakistani Ambassador to Iran X') is where the office is
held, not where the meeting was: it no longer sets the meeting's country, so an unqualified
ministry ('at the Foreign Ministry') is the ministry of the country the dateline puts the meeting
in, not the host side's of a country the report never puts it in (frames._posted_at).
The review's reports come first; near misses (our own made-up reports, invented names) after."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from slugify import slugify

from extract_fixtures import OwnReports, shipped_lexicon
from pakiran_events.extract.lexicon import honorific_words, kept_in_name_words

R = OwnReports("review25-names", "2024-10-17")


def _new(text: str) -> dict[str, str]:
    """New actor id -> the name curators would write, of one report."""
    return {a: row["name"] for a, row in R.report(text).new_actors.items()}


# --- S1: the review's reports --------------------------------------------------------------------

REVIEW_NAMES = [
    ("ISLAMABAD: Iranian Deputy Foreign Minister Mir Hossein Mousavi met Federal Minister Mir Hasil Khan Bizenjo "
     "in Islamabad on Wednesday.",
     {"mir-hossein-mousavi": "Mir Hossein Mousavi", "hasil-khan-bizenjo": "Mir Hasil Khan Bizenjo"}),
    ("ISLAMABAD: Federal Minister Pir Noorul Haq Qadri met Iranian Deputy Foreign Minister Haji Hossein Jaberi "
     "in Islamabad on Wednesday.",
     {"haji-hossein-jaberi": "Haji Hossein Jaberi", "noorul-haq-qadri": "Pir Noorul Haq Qadri"}),
]


@pytest.mark.parametrize("text,expected", REVIEW_NAMES, ids=["mir", "haji"])
def test_an_iranian_name_keeps_the_word_a_pakistani_name_drops(text, expected):
    new = _new(text)
    for actor, name in expected.items():
        assert new.get(actor) == name, new
    assert "hossein-mousavi" not in new and "hossein-jaberi" not in new
    assert R.meets(text, *expected)


# --- S1: near misses ---------------------------------------------------------------------------

NEAR_NAMES = [
    # the side told by a possessive, not a demonym: still Iranian, 'Mir' still the name's
    ("TEHRAN: Iran's Deputy Interior Minister Mir Davood Karimpour received Pakistani Ambassador Mudassir Tipu "
     "on Wednesday to discuss the border crossings.", "mir-davood-karimpour", "Mir Davood Karimpour"),
    # a Pakistani 'Makhdoom' is a title: kept in the name, never in the id
    ("ISLAMABAD: Iranian Ambassador Reza Amiri Moghadam called on Federal Minister Makhdoom Tariq Hashmani "
     "on Wednesday.", "tariq-hashmani", "Makhdoom Tariq Hashmani"),
    # an honorific declared for no side ('Seyed') stays dropped from an Iranian id, as before
    ("ISLAMABAD: Iranian Deputy Foreign Minister Seyed Karim Dehghanpour met Interior Minister Mohsin Naqvi "
     "in Islamabad on Wednesday.", "karim-dehghanpour", "Seyed Karim Dehghanpour"),
]


@pytest.mark.parametrize("text,actor,name", NEAR_NAMES, ids=["iran-possessive", "makhdoom", "seyed"])
def test_the_rule_is_per_honorific_and_side(text, actor, name):
    new = _new(text)
    assert new.get(actor) == name, new


def test_side_limited_honorifics_are_kept_honorifics_of_a_dyad_side():
    """Data: each word of `honorific_sides` is stated there only (not again in `honorifics` or
    `kept_in_name`), is read as an honorific and kept in a name, for a side of the dyad."""
    lex = shipped_lexicon()
    titles = lex.dictionaries["titles"]
    sides = lex.patterns["honorific_sides"]
    assert sides, "titles.yaml honorific_sides is empty"
    assert not set(sides) & (set(titles["kept_in_name"]) | set(titles["honorifics"]))
    assert set(sides) <= set(kept_in_name_words(titles)) and set(sides) <= set(honorific_words(titles))
    assert all(lex.patterns["honorific"].fullmatch(word) and lex.patterns["kept_in_name"].search(word + " ")
               for word in sides)
    assert all(s <= set(lex.dyad) for s in sides.values())
    assert sides["Mir"] == {"PAK"}


_GIVEN = st.sampled_from(["Davood", "Karim", "Farhad", "Behrouz", "Kamran", "Nasser"])
_SURNAME = st.sampled_from(["Tavakkoli", "Rostampour", "Zarghami", "Kazemipour", "Sadeghloo"])
_HONORIFIC = st.sampled_from(["Mir", "Haji", "Nawab", "Pir"])


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_HONORIFIC, _GIVEN, _SURNAME)
def test_any_side_limited_honorific_follows_the_side(honorific, given_name, surname):
    """Property: the same honorific and invented name keep the word in an Iranian id, drop it from
    a Pakistani one, and curators' name keeps it either way."""
    name = f"{given_name} {surname}"
    iranian = _new(f"ISLAMABAD: Iranian Deputy Interior Minister {honorific} {name} met Interior Minister "
                   f"Mohsin Naqvi in Islamabad on Wednesday.")
    assert iranian.get(slugify(f"{honorific} {name}")) == f"{honorific} {name}", iranian
    pakistani = _new(f"TEHRAN: Iranian Interior Minister Eskandar Momeni received Federal Minister {honorific} "
                     f"{name} in Tehran on Wednesday.")
    assert pakistani.get(slugify(name)) == f"{honorific} {name}", pakistani


# --- S2: the review's report -------------------------------------------------------------------

AMB3 = ("ISLAMABAD: Pakistani Ambassador to Iran Mudassir Tipu, home for consultations, called on Iranian "
        "Ambassador Reza Amiri Moghadam at the Foreign Ministry on Wednesday.")


def _meeting(text: str):
    found = [e for e in R.clustered(text) if e.kind == "meeting"]
    assert len(found) == 1, found
    return found[0]


def test_a_posting_country_does_not_move_the_ministry_abroad():
    e = _meeting(AMB3)
    assert e.venue != "Ministry of Foreign Affairs (Iran)"
    assert e.place_id == "islamabad" and e.venue == "Ministry of Foreign Affairs (Pakistan)"
    assert set(e.participants) == {"mudassir-tipu", "reza-amiri-moghadam"}


# --- S2: near misses ---------------------------------------------------------------------------

NEAR_PLACES = [
    # a trip told to Iran under an Islamabad dateline: the ministry is Iran's (a posting is no trip)
    ("ISLAMABAD: Foreign Minister Ishaq Dar, on a visit to Iran, met Iranian Foreign Minister Abbas Araghchi "
     "at the Foreign Ministry on Wednesday.", "tehran", "Ministry of Foreign Affairs (Iran)"),
    # the posting's country is the other one; the city told puts the meeting in Tehran
    ("TEHRAN: Iran's Ambassador to Pakistan Reza Amiri Moghadam, in Tehran for consultations, met Pakistani "
     "Ambassador Mudassir Tipu at the Foreign Ministry on Wednesday.", "tehran", "Ministry of Foreign Affairs (Iran)"),
    # an envoy posted to the dateline's own country: the ministry is that country's
    ("ISLAMABAD: Iran's envoy to Pakistan Reza Amiri Moghadam called on Interior Minister Mohsin Naqvi at the "
     "Interior Ministry on Wednesday.", "islamabad", "Ministry of Interior (Pakistan)"),
    # a posting's country and a city told for the meeting: the city
    ("ISLAMABAD: Pakistan's Ambassador to Iran Mudassir Tipu met Iranian Interior Minister Eskandar Momeni in "
     "Tehran on Wednesday.", "tehran", None),
]


@pytest.mark.parametrize("text,place,venue", NEAR_PLACES, ids=["trip", "posted-home", "posted-here", "city"])
def test_a_told_place_still_places_the_ministry(text, place, venue):
    e = _meeting(text)
    assert (e.place_id, e.venue) == (place, venue)
