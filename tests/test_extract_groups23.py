"""Round 23 (groups23): organisation participants follow dataset/CURATION.md §12.

A group phrase a named participant leads, heads or brings ('X, leading a delegation', 'a delegation
led by X paid a visit', 'accompanied by a high-level delegation', 'along with a delegation') adds no
body: the head is coded, the body tells a researcher nothing. Unnamed people told taking part beside
the named ones, or talks held at delegation level, add the body of their side (titles.yaml `groups`,
`group_named_by`, `group_brought_by`, `group_both_sides`; mentions.People._groups). Made-up names and
reports in our own words; the gazetteer is the fixture lexicon with the two governments and armed
services added."""

from __future__ import annotations

import pytest

from extract_fixtures import lexicon
from pakiran_events.extract.lexicon import Lexicon
from pakiran_events.extract.report import Reading

_BODIES = {"government-of-iran": ("Government of Iran", "IRN"), "government-of-pakistan": ("Government of Pakistan", "PAK"),
           "iran-armed-forces": ("Armed Forces of Iran", "IRN"), "pakistan-army": ("Pakistan Army", "PAK"),
           "iran-parliament": ("Parliament of Iran", "IRN")}


def _lexicon() -> Lexicon:
    base = lexicon()
    actors = {**base.actors, **{a: {"actor_id": a, "name": n, "actor_type": "organisation", "country_iso3": c}
                                for a, (n, c) in _BODIES.items()}}
    return Lexicon(actors, dict(base.aliases), dict(base.places), base.dictionaries, list(base.positions))


LEX = _lexicon()


def _bodies(text: str) -> set[str]:
    """The organisations the report's sentences code as taking part."""
    reading = Reading("own-groups23", text, None, LEX)
    return {m.actor_id for ms in reading.mentions for m in ms if m.actor_id in _BODIES}


# -- not coded: a delegation a named participant leads or brings ----------------------------------------------
@pytest.mark.parametrize("text", [
    "Foreign Minister Karim Rostami, leading a high-level delegation, arrived in Islamabad on Monday.",
    "Karim Rostami, heading an Iranian delegation, reached Islamabad on Monday for two days of talks.",
    "Rostami arrived in Islamabad at the head of a top-ranking delegation on Monday.",
    "A high-level Iranian delegation led by Foreign Minister Karim Rostami paid an official visit to Pakistan.",
    "An Iranian delegation headed by Karim Rostami held a meeting with Prime Minister Tariq Mahmood in Islamabad.",
    "Karim Rostami, along with a delegation, called on Prime Minister Tariq Mahmood in Islamabad on Monday.",
    "Rostami is accompanied by his spouse and a high-level delegation of ministers and businessmen.",
    "Rostami, accompanied by a high-level delegation, landed in Islamabad on Monday.",
    "General Nadeem Anjum is leading a high-ranking military delegation to Tehran.",
    "Heading a high-level military delegation, General Nadeem Anjum reached Tehran on Sunday.",
    "The Iranian delegation was led by Foreign Minister Karim Rostami.",
    "The delegation from Iran was headed by Karim Rostami, who met Tariq Mahmood in Islamabad.",
    "A Rostami-led Iranian delegation arrived in Islamabad on Monday for talks on border trade.",
    # a head the gazetteer lacks, a provincial title before his name
    "The Iranian delegation was led by Kerman Deputy Governor Hamid Yazdani at the border talks.",
    "The Pakistani delegation, headed by Makran Commissioner Asif Jamali, reached Zahedan on Sunday.",
])
def test_a_delegation_a_named_participant_leads_or_brings_adds_no_body(text):
    assert _bodies(text) == set()


# -- coded: unnamed people beside the named, talks at delegation level --------------------------------------
@pytest.mark.parametrize("text, bodies", [
    ("Prime Minister Tariq Mahmood and Foreign Minister Karim Rostami held delegation-level talks in Islamabad on Monday.",
     {"government-of-iran", "government-of-pakistan"}),
    ("Tariq Mahmood received Karim Rostami in Islamabad, and the talks were followed by delegation level talks.",
     {"government-of-iran", "government-of-pakistan"}),
    ("Tariq Mahmood and Karim Rostami held discussions at both individual and delegation levels in Islamabad.",
     {"government-of-iran", "government-of-pakistan"}),
    ("Senior Pakistani officials were also present when Tariq Mahmood met Karim Rostami in Islamabad.",
     {"government-of-pakistan"}),
    ("The Pakistani delegation held talks with Iran's foreign minister Karim Rostami in Tehran on Monday.",
     {"government-of-pakistan"}),
    ("Members of the Iranian delegation and senior Pakistani officials attended the meeting of Tariq Mahmood and "
     "Karim Rostami in Islamabad.", {"government-of-iran", "government-of-pakistan"}),
])
def test_unnamed_people_taking_part_or_delegation_level_talks_add_the_body(text, bodies):
    assert _bodies(text) == bodies


# -- near misses ------------------------------------------------------------------------------------------
def test_talks_only_announced_at_delegation_level_add_nothing_yet():
    assert _bodies("Tariq Mahmood and Karim Rostami will hold delegation-level talks in Islamabad on Tuesday.") == set()


def test_a_delegation_that_met_someone_is_not_brought_by_that_person():
    # 'met with a delegation' is the counterpart, not an entourage: the body of the side told stays
    assert _bodies("Karim Rostami met with a Pakistani military delegation in Tehran on Monday.") == {"pakistan-army"}


def _with_delegation_alias() -> Lexicon:
    """The test lexicon with the gazetteer's way of spelling a body as its delegation (the shipped
    actors.yaml gives Iran's government the alias 'Iranian delegation')."""
    aliases = {**LEX.aliases, "government-of-iran": ["Iranian delegation"]}
    return Lexicon(dict(LEX.actors), aliases, dict(LEX.places), LEX.dictionaries, list(LEX.positions))


@pytest.mark.parametrize("text, bodies", [
    ("The Iranian delegation was led by Foreign Minister Karim Rostami at the talks in Islamabad.", set()),
    ("Karim Rostami, heading the Iranian delegation, held talks with Tariq Mahmood in Islamabad.", set()),
    ("The Iranian delegation held talks with Prime Minister Tariq Mahmood in Islamabad.", {"government-of-iran"}),
])
def test_a_body_the_gazetteer_spells_as_a_delegation_follows_the_same_rule(text, bodies):
    reading = Reading("own-groups23", text, None, _with_delegation_alias())
    assert {m.actor_id for ms in reading.mentions for m in ms if m.actor_id in _BODIES} == bodies


def test_a_delegation_led_by_an_office_nobody_names_keeps_the_body():
    assert _bodies("The Iranian delegation was led by the deputy interior minister at the border talks.") == \
        {"government-of-iran"}


def test_a_head_who_led_talks_with_a_delegation_did_not_bring_it():
    assert _bodies("Tariq Mahmood led the talks with the Iranian delegation in Islamabad on Monday.") == {"government-of-iran"}


@pytest.mark.parametrize("text", [
    "Tariq Mahmood met the Afghan delegation in Tehran on Monday.",
    "The talks between Karim Rostami and the Turkish delegation, which was led by its deputy minister, ended on Monday.",
    "Tariq Mahmood later received an Afghan delegation at the embassy in Tehran.",
])
def test_a_third_countrys_delegation_is_no_body_of_the_pair(text):
    assert _bodies(text) == set()


def test_an_exchange_of_delegations_is_no_party():
    assert _bodies("Karim Rostami and Tariq Mahmood agreed on the exchange of educational delegations.") == set()


def test_a_level_word_of_another_kind_is_no_delegation_level():
    # 'high-level delegation' leading no one in the sentence: the Iranian body arrives alone (test 1)
    assert _bodies("A high-level Iranian delegation arrived in Islamabad on Monday for border talks.") == {"government-of-iran"}
