"""Thirteenth round, word lists part 2: the frame rules' words (frames.py) are engagement.yaml
entries, compiled by the lexicon. Each test adds a phrase of our own to a copy of the entry (a user
dictionary file) and shows the rule follow it; without the phrase the rule does not fire. Texts and
names are our own, made up."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from date_coverage import _lexicon
from pakiran_events.extract.frames import _modifiers, frames_of
from pakiran_events.extract.lexicon import DICTIONARY_DIR, load_lexicon
from pakiran_events.extract.report import Reading

PUBLISHED = dt.date(2025, 6, 18)  # a Wednesday: 'on Monday' is 16 June
MONDAY, TUESDAY = dt.date(2025, 6, 16), dt.date(2025, 6, 17)


def _extended(tmp_path, **engagement):
    """The shipped lexicon with the given engagement.yaml entries added (a `--dictionary` file)."""
    path = tmp_path / "extra.yaml"
    path.write_text(yaml.safe_dump({"engagement": engagement}), encoding="utf-8")
    return load_lexicon(dictionary_files=[path])


def _frames(text: str, lex=None) -> list[tuple]:
    r = Reading("wire-left14", text, PUBLISHED, lex or _lexicon())
    return [(f.kind, f.background, f.planned, [(c.start, c.end) for c, _ in f.dates]) for f in frames_of(r)]


# --- rules read end to end through frames_of ------------------------------------------------

def test_leaving_verbs_make_a_visit_told_as_over_a_departure(tmp_path):
    text = ("Iranian Foreign Minister Abbas Araghchi flew out of Islamabad on Monday after a three-day visit "
            "to Pakistan, meeting Prime Minister Shehbaz Sharif.")
    assert [f[0] for f in _frames(text)] == ["visit"]
    assert [f[0] for f in _frames(text, _extended(tmp_path, leaving_verbs=["flew out"]))] == ["departure"]


def test_talks_nouns_give_a_meeting_its_length(tmp_path):
    text = ("Iranian Foreign Minister Abbas Araghchi met Prime Minister Shehbaz Sharif in Islamabad on Monday "
            "for two days of parleys.")
    assert _frames(text)[0][3] == [(MONDAY, MONDAY)]
    assert _frames(text, _extended(tmp_path, talks_nouns=["parleys"]))[0][3] == [(MONDAY, TUESDAY)]


def test_talks_ended_counts_the_length_back_from_the_last_day(tmp_path):
    text = ("Iranian Foreign Minister Abbas Araghchi met Prime Minister Shehbaz Sharif in Islamabad for two-day "
            "talks that finished on Tuesday.")
    assert _frames(text)[0][3] == [(TUESDAY, PUBLISHED)]
    assert _frames(text, _extended(tmp_path, talks_ended=["finished"]))[0][3] == [(MONDAY, TUESDAY)]


def test_background_adverbs_make_an_earlier_meeting_background(tmp_path):
    text = "Iranian Foreign Minister Abbas Araghchi and Prime Minister Shehbaz Sharif formerly met in Islamabad on Monday."
    assert _frames(text)[0][1] is False
    assert _frames(text, _extended(tmp_path, background_adverbs=["formerly"]))[0][1] is True


def test_background_verbs_earlier_in_the_sentence_make_the_meeting_background(tmp_path):
    text = ("Iranian Foreign Minister Abbas Araghchi, who last conferred with Prime Minister Shehbaz Sharif in "
            "Davos, met him in Islamabad on Monday.")
    assert _frames(text)[0][1] is False
    assert _frames(text, _extended(tmp_path, background_verbs=["conferred"]))[0][1] is True


def test_travel_present_reads_a_purpose_infinitive_as_why_not_whether(tmp_path):
    text = "Iranian Foreign Minister Abbas Araghchi tours Islamabad to meet Prime Minister Shehbaz Sharif."
    trigger = ["tours(?=\\s(?-i:[A-Z]))"]
    assert _frames(text, _extended(tmp_path, visit=trigger))[0][:3] == ("visit", False, True)
    assert _frames(text, _extended(tmp_path, visit=trigger, travel_present=["tours"]))[0][:3] == ("visit", False, False)


def test_purpose_verbs_are_blanked_after_a_present_travel_verb(tmp_path):
    text = "Iranian Foreign Minister Abbas Araghchi visits Islamabad to consult Prime Minister Shehbaz Sharif."
    assert _frames(text, _extended(tmp_path, plan=["to consult"]))[0][2] is True
    assert _frames(text, _extended(tmp_path, plan=["to consult"], purpose_verbs=["consult"]))[0][2] is False


def test_planning_verbs_cut_the_dates_of_what_the_meeting_was_for(tmp_path):
    text = ("Iranian Foreign Minister Abbas Araghchi met Prime Minister Shehbaz Sharif in Islamabad to draft the "
            "agenda of the summit on 20 July.")
    assert _frames(text)[0][3]
    assert _frames(text, _extended(tmp_path, planning_verbs=["draft"]))[0][3] == []


# --- rules read through the modifier finder (frames._modifiers) ------------------------------

def test_modifier_verbs_give_a_recalled_accord_its_own_date(tmp_path):
    sentence = "The ministers met in Islamabad on Monday and reviewed the accord ratified on 1 March 2020."
    at = sentence.index("ratified")
    assert not [t for t in _modifiers(_lexicon().patterns, sentence) if t[0] == at]
    assert (at, at + len("ratified"), False) in _modifiers(_extended(tmp_path, modifier_verbs=["ratified"]).patterns, sentence)


def test_who_clause_verbs_give_the_clause_its_own_date(tmp_path):
    sentence = "The minister, who flew to Tehran in January, met his counterpart in Islamabad on Monday."
    assert not _modifiers(_lexicon().patterns, sentence)
    assert _modifiers(_extended(tmp_path, who_clause={"verbs": ["flew"]}).patterns, sentence)
    assert not _modifiers(_extended(tmp_path, who_clause={"adverbs": ["soon"]}).patterns, sentence)


# --- the compiled patterns follow their entries -------------------------------------------------

@pytest.mark.parametrize("key, pattern, phrase, text, how", [
    ("tour_under_way", "tour_under_way", "opened its first day", "the tour opened its first day in Kabul", "search"),
    ("irregular_past", "held_verb", "sent", "he sent a letter", "search"),
    ("irregular_past", "past_verb", "sent", "sent word", "match"),
    ("attribution_verbs", "parenthetical", "stressed", "stressed, would", "match"),
    ("ahead_of", "later_than", "in advance of", "in advance of the minister's ", "search"),
    ("engagement_nouns", "engagement_noun", "parley", "the parley", "search"),
    ("leaving_verbs", "ended_before", "flew out", "flew out on Monday after a ", "search"),
    ("purpose_verbs", "purpose_infinitive", "consult", "in order to consult", "search"),
    ("planning_verbs", "planning_after", "draft", "to draft", "search"),
    ("modifier_verbs", "modifier_relative", "ratified", "which was ratified on", "search"),
])
def test_each_pattern_reads_its_entry(tmp_path, key, pattern, phrase, text, how):
    assert getattr(_lexicon().patterns[pattern], how)(text) is None
    assert getattr(_extended(tmp_path, **{key: [phrase]}).patterns[pattern], how)(text) is not None


def test_the_moved_lists_are_engagement_entries_with_their_words():
    e = yaml.safe_load((DICTIONARY_DIR / "engagement.yaml").read_text(encoding="utf-8"))
    assert e["leaving_verbs"] == ["left", "departed", "returned"]
    assert {"said", "told", "met", "held"} <= set(e["irregular_past"])
    assert {"ahead of", "prior to"} <= set(e["ahead_of"])
    assert {"adverbs", "verbs"} == set(e["who_clause"])
    for key in ("talks_nouns", "talks_ended", "tour_under_way", "background_adverbs", "background_verbs", "travel_present",
                "purpose_verbs", "planning_verbs", "attribution_verbs", "modifier_verbs", "engagement_nouns"):
        assert e[key] and all(isinstance(ph, str) and ph for ph in e[key]), key
