"""Thirteenth round, word lists part 3 (xleft15): the last vocabulary of mentions.py is dictionary
entries, compiled by the lexicon: titles.yaml `meeting_between` (a meeting verb between a
delegation's phrase and an office), `inverted_speech` (', said the minister X') and places.yaml
`venue_lead` (what puts something at a venue). Each test adds a word of our own to the entry (a
user dictionary file) and shows the rule follow it; without the word the rule does not fire.
Texts and names are our own, made up."""

from __future__ import annotations

import yaml

from pakiran_events.extract.lexicon import load_lexicon
from pakiran_events.extract.mentions import Mention, People, Span
from places11_table import lexicon


def _extended(tmp_path, section: str, **entries):
    """The shipped lexicon with the given entries added to a section (a `--dictionary` file)."""
    path = tmp_path / "extra.yaml"
    path.write_text(yaml.safe_dump({section: entries}), encoding="utf-8")
    return load_lexicon(dictionary_files=[path])


def _people(text: str, lex) -> People:
    return People(text, [Span(0, len(text))], None, lex)


def test_meeting_between_makes_the_office_after_a_list_the_hosts(tmp_path):
    text = "The Iranian delegation, led by Deputy Minister Karim Nouri, greeted Secretary Omid Tavana in Karachi."
    pos = text.index("Secretary")
    assert _people(text, lexicon())._listed_side(0, pos) == "IRN"
    assert _people(text, _extended(tmp_path, "titles", meeting_between=["greeted"]))._listed_side(0, pos) is None


def test_inverted_speech_makes_the_name_after_it_the_speaker(tmp_path):
    text = "\u201cThe border will stay open,\u201d observed Interior Secretary Omid Tavana on Sunday."
    start = text.index("Omid")
    mention = Mention("omid-tavana", None, 0, Span(start, start + len("Omid Tavana")))
    assert not _people(text, lexicon())._speaker(0, mention)
    assert _people(text, _extended(tmp_path, "titles", inverted_speech=["observed"]))._speaker(0, mention)


def test_venue_lead_puts_a_meeting_at_the_venue_after_it(tmp_path):
    text = "The two ministers conferred within the grand Prime Minister House on Monday."
    assert _people(text, lexicon()).venue_at(0, len(text)) is None
    lex = _extended(tmp_path, "places", venue_lead={"prepositions": ["within"], "adjectives": ["grand"]})
    assert _people(text, lex).venue_at(0, len(text)) == ("Prime Minister House", "islamabad")
    only_within = _extended(tmp_path, "places", venue_lead={"prepositions": ["within"]})
    assert _people(text, only_within).venue_at(0, len(text)) is None  # 'grand' is no venue adjective yet


def test_the_shipped_entries_hold_the_words_the_code_had():
    p = lexicon().patterns
    assert p["meeting_between"].search("X called on Y") and p["meeting_between_longest"] == len("called on")
    assert p["said_before"].search(", remarked the ") and not p["said_before"].search(" said the ")
    assert p["at_venue"].search("received him inside the presidential ") and not p["at_venue"].search("near the ")
