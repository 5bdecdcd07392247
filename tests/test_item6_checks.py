"""Item-6 corrections to 1.0.0: links follow content, and evidence carries its value."""

from __future__ import annotations

from pakiran_events.core.derive import event_sources
from pakiran_events.core.schema import load_schemas


def _span(table, rid, field, src):
    return {"record_table": table, "record_id": rid, "field": field, "source_id": src,
            "char_start": 0, "char_end": 5, "span_sha256": "0" * 64}


def test_a_report_cited_only_for_a_date_or_a_title_is_not_a_source():
    rows = {
        "events": [{"event_id": "E1"}],
        "participants": [{"event_id": "E1", "actor_id": "someone"}],
        "commitments": [{"commitment_id": "C1", "event_id": "E1"}],
        "evidence": [
            _span("events", "E1", "event_type", "reports-it"),
            _span("events", "E1", "date_start", "date-line-only"),
            _span("events", "E1", "date_end", "date-line-only"),
            _span("events", "E1", "date_precision", "length-only"),
            _span("participants", "E1/someone", "title", "title-only"),
            _span("participants", "E1/someone", "actor_id", "names-guest"),
            _span("commitments", "C1", "modality", "reports-pledge"),
        ],
    }
    linked = {r["source_id"] for r in event_sources(rows, load_schemas())}
    assert linked == {"reports-it", "names-guest", "reports-pledge"}


import pytest

from pakiran_events.core.cues import has_calendar_date, has_modality_form, has_relative_cue, is_date_line


@pytest.mark.parametrize("text,modality", [("the ministers agreed to open crossings", "agreed"),
                                           ("the commanders vowed to act", "pledged"),
                                           ("he repeated the invitation", "reaffirmed"),
                                           ("she called for closer ties", "proposed"),
                                           ("ports were on the agenda", "discussed"),
                                           ("Islamabad, Tehran to open a market", "pledged")])
def test_a_modality_span_with_its_verb_passes(text, modality):
    assert has_modality_form(text, modality)


@pytest.mark.parametrize("text,modality", [("opening two border markets soon", "agreed"),
                                           ("a joint fight against smuggling", "pledged"),
                                           ("plans to open a market", "agreed")])
def test_a_modality_span_without_its_verb_fails(text, modality):
    assert not has_modality_form(text, modality)


@pytest.mark.parametrize("text", ["KARACHI, MAR 3 /APP/", "Published June 2, 2021", " date 2020-05-06 ",
                                  "Staff Reporter March 4, 2019"])
def test_date_lines_are_recognised(text):
    assert is_date_line(text) and not has_relative_cue(text)


@pytest.mark.parametrize("text", ["the envoy met him on Tuesday", "talks held at GHQ on Nov 3, 2021",
                                  "a two-day trip"])
def test_sentences_are_not_date_lines(text):
    assert not is_date_line(text)


def test_a_weekday_is_not_a_calendar_date():
    assert not has_calendar_date("the minister left on Friday")
    assert has_calendar_date("Friday, May 3, 2019")


from pakiran_events.curate.spans import _unanchored_relative_problems


def _date_row(event, src):
    return {"record_table": "events", "record_id": event, "field": "date_start", "source_id": src,
            "char_start": 0, "char_end": 9}


@pytest.mark.parametrize("basis,precision,cited_date_line,flagged", [
    ("date-line", "day", False, True),     # a dated report's weekday without its date line
    ("date-line", "day", True, False),     # ... with it
    ("url", "day", False, False),          # dated by its address only: no date line in the text to cite
    (None, "day", False, True),            # undated, and no other report's calendar date
    (None, "range", False, False),         # undated weekday narrowing a range bounded otherwise (a term)
])
def test_a_weekday_needs_its_anchor(basis, precision, cited_date_line, flagged):
    published = "2024-01-30" if basis else None
    sources = {"rep": {"source_id": "rep", "published_date": published, "published_basis": basis}}
    matched = [(2, _date_row("E1", "rep"), "the envoy arrived on Monday")]
    if cited_date_line:
        matched.append((3, _date_row("E1", "rep"), "Published January 30, 2024"))
    problems = _unanchored_relative_problems(matched, sources, {"E1": precision})
    assert bool(problems) == flagged
