"""The cross-table rules build their per-row columns in polars, never as a Python list with one
object per row (r14: `[None] * evidence.height` cost 0.42 CPU s and a 160 MB list at 1M events,
20 M evidence rows). tracemalloc sees Python's allocations only, so a list per row shows up
and polars' own buffers do not; the answers are the row-by-row oracle's of
tests/test_rules_shared_steps.py."""

from __future__ import annotations

import tracemalloc

import polars as pl

from pakiran_events.validate import rules
from test_rules_shared_steps import SCHEMAS, _located_by_row

N = 200_000  # evidence rows: a list of one pointer per row is 1.6 MB


def _tables() -> dict:
    ids = [f"E{n:06d}" for n in range(N // 4)]
    evidence = pl.DataFrame({"record_table": ["a", "c"] * (N // 2),
                             "record_id": [ids[(n // 2) % len(ids)] if n % 3 else "X" for n in range(N)],
                             "field": ["f"] * N})
    return {"evidence": evidence, "a": pl.DataFrame({"id": ids}),
            "b": pl.DataFrame({"x": ["E1"], "n": [1]}, schema={"x": pl.String, "n": pl.Int64})}


def _python_peak(fn) -> int:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_located_evidence_builds_no_python_object_per_row():
    t = _tables()
    assert _python_peak(lambda: rules._located_evidence(t, SCHEMAS)) < N  # well under 8 bytes a row


def test_located_evidence_still_answers_as_the_row_by_row_oracle():
    t = _tables()
    t["evidence"] = t["evidence"].head(3000)
    got = rules._located_evidence(t, SCHEMAS)
    assert list(got.iter_rows()) == _located_by_row(t, SCHEMAS)
