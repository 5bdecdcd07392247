"""Property tests for the parsers fed by untrusted input: spans, typed casting, curated evidence."""

from __future__ import annotations

import datetime as dt

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from pakiran_events.core.corpus import find_spans, span_sha256
from pakiran_events.core.schema import TableSchema
from pakiran_events.core.tables import cast_strings
from pakiran_events.curate.curated import is_resolved_span

TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=200)


@given(TEXT, st.text(min_size=1, max_size=5))
def test_find_spans_returns_exactly_the_occurrences(text, phrase):
    spans = find_spans(text, phrase)
    assert all(text[s:e] == phrase for s, e in spans)
    expected = [i for i in range(len(text)) if text.startswith(phrase, i)]
    assert [s for s, _ in spans] == expected


@given(TEXT, st.data())
def test_span_hash_depends_only_on_the_span_text(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    padded = "x" + text + "y"
    assert span_sha256(text, start, end) == span_sha256(padded, start + 1, end + 1)


SCHEMA = TableSchema("t", {"fields": [
    {"name": "d", "type": "date"}, {"name": "n", "type": "integer"}, {"name": "x", "type": "number"},
    {"name": "s", "type": "string"}]})


@settings(max_examples=200, deadline=None)  # polars casts: time varies on a shared machine
@given(st.lists(st.tuples(*(st.one_of(st.none(), st.text(max_size=12)) for _ in range(4))), max_size=20))
def test_cast_strings_never_raises_and_reports_each_unparsed_cell(rows):
    frame = pl.DataFrame(rows, schema={"d": pl.String, "n": pl.String, "x": pl.String, "s": pl.String}, orient="row")
    typed, problems = cast_strings(frame, SCHEMA, "t", "test")
    reported = {(p.row - 2, p.field) for p in problems}
    for i, row in enumerate(rows):
        for name, raw in zip("dnxs", row):
            lost = raw is not None and typed[name][i] is None
            assert lost == ((i, name) in reported)


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_iso_dates_round_trip(day):
    frame = pl.DataFrame({"d": [day.isoformat()], "n": ["1"], "x": ["1.5"], "s": ["a"]})
    typed, problems = cast_strings(frame, SCHEMA, "t", "test")
    assert problems == [] and typed["d"][0] == day


@given(st.one_of(st.none(), st.integers(), st.text(), st.lists(st.integers()),
                 st.fixed_dictionaries({"src": st.text(), "at": st.lists(st.integers(), max_size=3),
                                        "sha256": st.text()})))
def test_span_spec_validation_accepts_only_the_exact_shape(spec):
    ok = (isinstance(spec, dict) and len(spec["at"]) == 2)
    assert is_resolved_span(spec) == ok
