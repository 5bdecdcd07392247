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
