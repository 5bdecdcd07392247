"""Thirteenth round, word lists: the words of a trip's first and last days and of a ceremony's kind
are engagement.yaml entries (one list per fact, read by every rule that needs it), a completion
verb counts only with the trip as its object, and the appositive-title search is bounded per title.
Texts and names are our own, made up."""

from __future__ import annotations

import datetime as dt

import pytest

from date_coverage import _lexicon
from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.lexicon import load_lexicon
from pakiran_events.extract.report import read_report

PUBLISHED = "2025-06-18"  # a Wednesday: 'on Monday' is 16 June


def _events(text: str, lex=None) -> list[tuple[str, dt.date, dt.date]]:
    return [(e.kind, e.date_start, e.date_end) for e in cluster([read_report("wire-left13", text, PUBLISHED, lex or _lexicon())])]


# --- 2. 'wrapped up' and 'concluded the' count only with a trip as their object ----------------

@pytest.mark.parametrize("text", [
    "Iranian Foreign Minister Abbas Araghchi wrapped up trade talks with Prime Minister Shehbaz Sharif in Islamabad on Monday.",
    "Iranian Foreign Minister Abbas Araghchi concluded the report on Monday, thanking Prime Minister Shehbaz Sharif.",
    "Iranian Foreign Minister Abbas Araghchi wrapped up the debate in Islamabad on Monday, praising Prime Minister Shehbaz Sharif.",
])
def test_wrapping_up_or_concluding_something_other_than_a_trip_is_no_visit(text):
    # before this round either verb alone was a departure trigger: each of these was a visit
    assert not [k for k, _, _ in _events(text) if k == "visit"]


@pytest.mark.parametrize("verb", ["wrapped up", "concluded", "wound up"])
def test_a_trip_wrapped_up_or_concluded_still_ends_on_its_day(verb):
    text = f"Iranian Foreign Minister Abbas Araghchi {verb} his three-day visit to Islamabad on Monday."
    assert ("visit", dt.date(2025, 6, 14), dt.date(2025, 6, 16)) in _events(text)


def test_a_completion_verb_with_another_object_does_not_end_a_visit_told_after_it():
    # 'completed the talks' governs no trip: the visit told later in the sentence keeps its own day
    text = ("Iranian Foreign Minister Abbas Araghchi completed the talks and began a three-day visit to "
            "Islamabad on Monday.")
    visits = [(a, b) for k, a, b in _events(text) if k == "visit"]
    assert visits and all(a == dt.date(2025, 6, 16) for a, _ in visits)


# --- 1. one list per fact, read from the dictionaries ----------------------------------------

def _extended(tmp_path, **engagement) -> object:
    path = tmp_path / "extra.yaml"
    lines = ["engagement:"] + [f"  {key}: {value!r}" for key, value in engagement.items()]
    path.write_text("\n".join(lines).replace("'", '"') + "\n", encoding="utf-8")
    return load_lexicon(dictionary_files=[path])


def test_a_verb_added_to_opened_verbs_is_read_by_both_first_day_rules(tmp_path):
    lex = _extended(tmp_path, opened_verbs=["got going"])
    # the visit's own first day (candidates: the visit that began on a day) ...
    visit = ("Iranian Foreign Minister Abbas Araghchi met Prime Minister Shehbaz Sharif on Tuesday during a three-day "
             "visit to Islamabad that got going on Monday.")
    assert ("visit", dt.date(2025, 6, 16), dt.date(2025, 6, 18)) in _events(visit, lex)
    assert ("visit", dt.date(2025, 6, 16), dt.date(2025, 6, 18)) not in _events(visit)
    # ... and a meeting within what began then (frames._within_opened)
    meeting = ("Iranian Foreign Minister Abbas Araghchi met Prime Minister Shehbaz Sharif in Islamabad on the "
               "sidelines of the summit that got going on Monday.")
    assert ("meeting", dt.date(2025, 6, 16), dt.date(2025, 6, 18)) in _events(meeting, lex)
    assert ("meeting", dt.date(2025, 6, 16), dt.date(2025, 6, 18)) not in _events(meeting)


def test_the_trip_nouns_are_data(tmp_path):
    text = "Iranian Foreign Minister Abbas Araghchi wrapped up his three-day sojourn in Islamabad on Monday."
    assert not [k for k, _, _ in _events(text) if k == "visit"]
    assert ("visit", dt.date(2025, 6, 14), dt.date(2025, 6, 16)) in _events(text, _extended(tmp_path, trip_nouns=["sojourn"]))


DRILL = ("The closing ceremony of the joint rescue drill of the navies of Iran and Pakistan was held in Chabahar "
         "on Monday in the presence of Rear Admiral Karim Sadeghi-Far, head of the Iranian navy's first naval zone, "
         "and Commodore Amir Raza Qureshi, head of the Pakistani task group.\n\n"
         "During the four-day {noun}, ships of the two navies practised towing disabled vessels.")


def test_the_drill_nouns_and_the_closing_word_are_data(tmp_path):
    counted_back = ("other", dt.date(2025, 6, 13), dt.date(2025, 6, 16))
    assert counted_back in _events(DRILL.format(noun="drill"))
    assert counted_back not in _events(DRILL.format(noun="sea rehearsal"))
    assert counted_back in _events(DRILL.format(noun="sea rehearsal"), _extended(tmp_path, drill=["rehearsals?"]))


def test_the_new_entries_compile_to_the_patterns_the_rules_read():
    p = _lexicon().patterns
    assert p["began_before"].search("a visit that commenced on ")
    assert p["ceremony_signing"].search("the signing ceremony") and not p["ceremony_signing"].search("the design")
    assert p["ceremony_closing"].search("closing ceremony")
    assert p["drill_length"].search("the three-day joint naval exercise").group(1) == "three-day"
    assert p["completed"].search("rounded off its four-day official tour")
    assert not p["completed"].search("rounded off its remarks on the tour")
