"""Round 26 (dedup26b, a re-read of round 25): days borrowed through the one table
(borrowing.RELATIONS) and 'earlier' read once by the date grammar.

1. A meeting told as one of a series the sentence before told ('Among them was a meeting with Y')
   takes that sentence's one held day: relation `series` (it was frames._same_day).
2. A call dated only by its dateline takes the day of 'the' call named again after it ('In the
   phone call on Wednesday night'): relation `told_back`, asked over a dateline's day
   (`over_dateline`; it was candidates._day_of_the_call_after).
3. 'earlier this year' is marked on the date cue (DateCue.earlier), not sliced from the text again.
4. A headline's present-tense heads ('meets', 'wraps') are compiled with the lexicon.

Made-up reports in our own words (no corpus text), in newswire styles, with near misses."""

from __future__ import annotations

import datetime as dt

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from date_coverage import _lexicon
from pakiran_events.extract.borrowing import RELATIONS, lend, relation
from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.dates import date_cues
from pakiran_events.extract.lexicon import DICTIONARY_DIR
from pakiran_events.extract.report import Reading, read_report


def _events(text: str, day: str) -> list:
    return cluster([read_report("borrowing26-own", text, day, _lexicon())])


def _dated(text: str, day: str, kind: str) -> list[tuple[str, str, frozenset[str]]]:
    return sorted((str(e.date_start), str(e.date_end), frozenset(e.participants))
                  for e in _events(text, day) if e.kind == kind)


def _lent(text: str, day: str, name: str, sentence: int, word: str) -> list[tuple[str, str]]:
    r = Reading("borrowing26-own", text, dt.date.fromisoformat(day), _lexicon())
    return [(str(c.start), c.precision) for c, _ in lend(r, relation(name), sentence, r.sentence(sentence).index(word))]


# -- 0. the table ------------------------------------------------------------------------------------------------

def test_only_frame_stage_rows_lend_over_a_dateline_and_told_back_is_one():
    assert relation("told_back").over_dateline
    assert all(rel.stage == "frame" for rel in RELATIONS if rel.over_dateline)
    assert relation("series").kinds == ("meeting",) and relation("series").source == "series_before"


def test_the_words_of_the_old_special_cases_are_stated_nowhere_else():
    sides = yaml.safe_load((DICTIONARY_DIR / "sides.yaml").read_text(encoding="utf-8"))
    engagement = yaml.safe_load((DICTIONARY_DIR / "engagement.yaml").read_text(encoding="utf-8"))
    assert "call_named_again" not in sides
    assert "earlier" not in engagement["told_past"]
    assert "call_named_again" not in _lexicon().patterns


# -- 1. a member of a series takes the series' one held day ------------------------------------------------------

def test_a_series_member_borrows_the_one_held_day_of_the_sentence_before():
    told = ("Foreign Minister Ishaq Dar held several meetings with visiting ministers on Tuesday. One of them was a "
            "meeting with Abbas Araghchi on border trade.")
    assert _lent(told, "2025-03-06", "series", 1, "meeting") == [("2025-03-04", "day")]
    these = ("President Asif Ali Zardari held talks with a number of leaders at the summit on 3 July 2025. These "
             "included talks with President Masoud Pezeshkian.")
    assert _lent(these, "2025-07-05", "series", 1, "talks") == [("2025-07-03", "day")]
    among = ("Prime Minister Shehbaz Sharif had a busy round of meetings in Baku on Thursday. Among them was a "
             "meeting with the Iranian president.")
    assert _lent(among, "2025-07-05", "series", 1, "meeting") == [("2025-07-03", "day")]


def test_a_series_with_two_days_a_plan_or_no_engagement_lends_nothing():
    two = ("Foreign Minister Ishaq Dar held meetings on Monday and on Tuesday. One of them was a meeting with "
           "Abbas Araghchi.")
    plan = ("Foreign Minister Ishaq Dar will hold meetings on Friday. One of them will be a meeting with Abbas "
            "Araghchi. Among them is a meeting with the Iranian envoy.")
    no_noun = "It rained in Islamabad on Tuesday. One of them was a meeting with Abbas Araghchi."
    assert _lent(two, "2025-03-06", "series", 1, "meeting") == []
    assert _lent(plan, "2025-03-06", "series", 2, "meeting") == []
    assert _lent(no_noun, "2025-03-06", "series", 1, "meeting") == []


# -- 2. a call dated by its dateline takes the day of 'the' call named again --------------------------------------

DAR_ARAGHCHI = frozenset({"ishaq-dar", "abbas-araghchi"})
NAQVI_MOMENI = frozenset({"mohsin-naqvi", "eskandar-momeni"})

NAMED_AGAIN = [
    (  # an agency: the dateline's day, the call's weekday in the next sentence
        "TEHRAN, June 3 (IRNA) - Foreign Minister Abbas Araghchi has spoken by telephone with Pakistan's Deputy "
        "Prime Minister Ishaq Dar. The telephone conversation on Sunday dealt with pilgrims crossing at Taftan.",
        "2025-06-03", ("2025-06-01", "2025-06-01", DAR_ARAGHCHI)),
    (  # a paper: 'that phone call', one sentence between
        "ISLAMABAD, Feb 12: Interior Minister Mohsin Naqvi held a telephone conversation with his Iranian "
        "counterpart Eskandar Momeni. Both sides spoke of the smuggling of fuel. That phone call on Monday "
        "evening was their second this year.",
        "2025-02-12", ("2025-02-10", "2025-02-10", NAQVI_MOMENI)),
    (  # a broadcaster: 'During the video call on 9 October'
        "Tehran, Oct 11 - Interior Minister Eskandar Momeni and his Pakistani counterpart Mohsin Naqvi have held "
        "talks by telephone. During the video call on 9 October, the ministers agreed to meet in Quetta.",
        "2024-10-11", ("2024-10-09", "2024-10-09", NAQVI_MOMENI)),
]


def test_a_call_dated_by_its_dateline_takes_the_day_of_the_call_named_again():
    for text, day, call in NAMED_AGAIN:
        assert _dated(text, day, "phone_call") == [call], text[:60]


def test_a_call_named_again_too_late_planned_or_without_its_words_keeps_the_dateline():
    far = ("TEHRAN, June 3 (IRNA) - Foreign Minister Abbas Araghchi has spoken by telephone with Pakistan's Deputy "
           "Prime Minister Ishaq Dar. Pilgrims were discussed. Trade was discussed. The border was discussed. The "
           "telephone conversation on Sunday was friendly.")
    ahead = ("TEHRAN, June 3 (IRNA) - Foreign Minister Abbas Araghchi has spoken by telephone with Pakistan's Deputy "
             "Prime Minister Ishaq Dar. The video call on Friday will follow up on the pilgrims.")
    appeal = ("TEHRAN, June 3 (IRNA) - Foreign Minister Abbas Araghchi has spoken by telephone with Pakistan's Deputy "
              "Prime Minister Ishaq Dar. He repeated the call on Sunday for restraint at the border.")
    for text in (far, ahead, appeal):
        assert _dated(text, "2025-06-03", "phone_call") == [("2025-06-03", "2025-06-03", DAR_ARAGHCHI)], text[-60:]


def test_a_call_named_again_with_its_own_parties_is_still_the_same_call():
    # candidates._day_of_the_call_after skipped a later call frame naming anyone; the relation reads the words
    text = ("TEHRAN, June 3 (IRNA) - Foreign Minister Abbas Araghchi has spoken by telephone with Pakistan's Deputy "
            "Prime Minister Ishaq Dar. In the phone call on Sunday, Araghchi thanked Dar for the help given to pilgrims.")
    assert _dated(text, "2025-06-03", "phone_call") == [("2025-06-01", "2025-06-01", DAR_ARAGHCHI)]


def test_the_told_back_relation_reads_the_day_right_after_the_phrase_only():
    text, day, _ = NAMED_AGAIN[0]
    assert _lent(text, day, "told_back", 0, "spoken") == [("2025-06-01", "day")]
    later = text.replace("on Sunday dealt with", "dealt with pilgrims on Sunday and with")
    assert _lent(later, day, "told_back", 0, "spoken") == []


# -- 3. 'earlier' is the date grammar's word -------------------------------------------------------------------------

@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["", "early ", "earlier ", "late ", "later "]), st.sampled_from(["this", "last", "next"]),
       st.sampled_from(["year", "month", "week"]), st.booleans())
def test_a_cue_is_earlier_only_when_its_expression_opens_with_earlier(prefix, which, period, future):
    clause = f"The two ministers met in Islamabad {prefix}{which} {period} to discuss trade."
    cues = date_cues(clause, dt.date(2025, 6, 18), future)
    for cue in cues:
        told = clause[cue.span[0]:cue.span[1]].lower()
        assert cue.earlier == told.startswith("earlier"), (clause, cue)
    if prefix == "earlier " and which == "this" and not future:  # held: cut at the report's day
        assert cues and all(c.earlier and c.end is not None and c.end <= dt.date(2025, 6, 18) for c in cues), clause


# -- 4. a headline's present tense, compiled once --------------------------------------------------------------------

def test_present_heads_are_compiled_with_the_lexicon():
    lex = _lexicon()
    heads = yaml.safe_load((DICTIONARY_DIR / "engagement.yaml").read_text(encoding="utf-8"))["told_past"]["present_heads"]
    assert heads and all(lex.patterns["present_head"].fullmatch(h.capitalize()) for h in heads)
    for noun in ("meeting", "visit", "meet", "talk", "meetings"):
        assert lex.patterns["present_head"].fullmatch(noun) is None, noun


# -- breaker of round 26: a call named again with another party is another call -----------------------------------

_TWO_CALLS = ("KARACHI, June 12: Interior Minister Mohsin Naqvi spoke by telephone with Iranian Interior Minister "
              "Eskandar Momeni. In the phone call on Tuesday {party}, Naqvi had discussed the pilgrims' convoys.")


def test_a_call_named_again_with_another_party_lends_no_day():
    """'In the phone call on Tuesday with the Saudi interior minister' tells another call: the first
    sentence's call keeps its dateline's day (it took the other call's Tuesday on int26)."""
    calls = _dated(_TWO_CALLS.format(party="with the Saudi interior minister"), "2025-06-12", "phone_call")
    assert [(a, b) for a, b, _ in calls] == [("2025-06-12", "2025-06-12")], calls


def test_a_call_named_again_with_its_own_party_still_lends_its_day():
    calls = _dated(_TWO_CALLS.format(party="with Eskandar Momeni"), "2025-06-12", "phone_call")
    assert [(a, b) for a, b, _ in calls] == [("2025-06-10", "2025-06-10")], calls
