"""The cross-table rules that now share row numbers (validate.rules, r10) answer exactly what
their earlier string joins answered, row for row, on Hypothesis-generated tables: ids repeated,
missing, null, in order or not. Each oracle below is the rule's code before the change.

- evidence located (the block join of sorted ids, or the hash join) against a row-by-row oracle;
- span-past-end-of-source by an Enum code of source_id and a gather of the source's length;
- visit-does-not-span-meeting by the parent's row number (shared with the engagement numbers);
- event-without-source by the rows event_sources' event_ids locate.
"""

from __future__ import annotations

import datetime as dt

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from pakiran_events.core.schema import TableSchema
from pakiran_events.validate import rules

POOL = [f"E{n}" for n in range(8)]
maybe_id = st.one_of(st.none(), st.sampled_from(POOL + ["X1", "X2"]))  # X*: no such row
day = st.one_of(st.none(), st.dates(dt.date(2024, 1, 1), dt.date(2024, 1, 20)))


def _ok(frame: pl.DataFrame) -> list:
    return frame["ok"].fill_null(True).to_list()


# -- evidence located ------------------------------------------------------------------------------
SCHEMAS = {
    "evidence": TableSchema("evidence", {"fields": [
        {"name": "record_table", "type": "string", "constraints": {"enum": ["a", "b"]}},
        {"name": "record_id", "type": "string"}, {"name": "field", "type": "string"}]}),
    "a": TableSchema("a", {"fields": [{"name": "id", "type": "string"}], "primaryKey": ["id"]}),
    "b": TableSchema("b", {"fields": [{"name": "x", "type": "string"}, {"name": "n", "type": "integer"}],
                           "primaryKey": ["x", "n"]}),
}


def _located_by_row(t: dict, schemas: dict) -> list[tuple]:
    """The oracle: each evidence row's (table index, first row of its record there)."""
    names = ["a", "b"]
    ids = {name: rules_ids(t[name], schemas[name]) for name in names}
    out = []
    for table, rid, field in t["evidence"].iter_rows():
        k = names.index(table) if table in names else None
        row = None
        if k is not None and rid is not None and rid in ids[names[k]]:
            row = ids[names[k]].index(rid)
        out.append((k, row, field))
    return out


def rules_ids(frame: pl.DataFrame, schema: TableSchema) -> list:
    return frame.select(rules._record_id_expr(schema)).to_series().to_list()


evidence_rows = st.lists(st.tuples(st.sampled_from(["a", "b", "c", None]),
                                   st.one_of(st.none(), st.sampled_from(["E1", "E2", "E3", "X", "E1/1", "E2/2"])),
                                   st.sampled_from(["f", "g", None])), max_size=30)


@settings(max_examples=150, deadline=None)
@given(ev=evidence_rows, a=st.lists(st.one_of(st.none(), st.sampled_from(["E1", "E2", "E3", "E4"])), max_size=6),
       b=st.lists(st.tuples(st.sampled_from(["E1", "E2"]), st.one_of(st.none(), st.integers(1, 2))), max_size=6),
       sort=st.booleans())
def test_evidence_located_is_located_row_by_row(ev, a, b, sort):
    evidence = pl.DataFrame(ev, schema={"record_table": pl.String, "record_id": pl.String, "field": pl.String},
                            orient="row")
    if sort:  # as the build writes it: each table's rows in record-id order (the block join's case)
        evidence = evidence.sort("record_table", "record_id", nulls_last=True)
        a = sorted(x for x in a if x is not None)
        b = sorted(b, key=lambda r: (r[0], -1 if r[1] is None else r[1]))
    t = {"evidence": evidence, "a": pl.DataFrame({"id": a}, schema={"id": pl.String}),
         "b": pl.DataFrame(b, schema={"x": pl.String, "n": pl.Int64}, orient="row")}
    located = rules._located_evidence(rules.RuleTables(t), SCHEMAS)
    assert list(located.iter_rows()) == _located_by_row(t, SCHEMAS)


CITED_SCHEMAS = {**SCHEMAS,
                 "a": TableSchema("a", {"fields": [{"name": "id", "type": "string"},
                                                   {"name": "f", "type": "string", "evidence": "required"}],
                                        "primaryKey": ["id"]}),
                 "b": TableSchema("b", {"fields": [{"name": "x", "type": "string"}, {"name": "n", "type": "integer"},
                                                   {"name": "f", "type": "string", "evidence": "required"},
                                                   {"name": "g", "type": "string", "evidence": "required"}],
                                        "primaryKey": ["x", "n"]})}


@settings(max_examples=150, deadline=None)
@given(ev=evidence_rows, a=st.lists(st.one_of(st.none(), st.sampled_from(["E1", "E2", "E3", "E4"])), max_size=6),
       b=st.lists(st.tuples(st.sampled_from(["E1", "E2", "E1/1"]), st.one_of(st.none(), st.integers(1, 2))),
                  max_size=6))
def test_cited_fields_are_the_located_rows_of_each_needed_field(ev, a, b):
    """r12: the cited rows grouped by one integer (table, field code) are those the located rows
    name for each (table, field needing evidence); a field no schema asks evidence for is not kept."""
    t = {"evidence": pl.DataFrame(ev, schema={"record_table": pl.String, "record_id": pl.String, "field": pl.String},
                                  orient="row"),
         "a": pl.DataFrame({"id": a, "f": ["v"] * len(a)}, schema={"id": pl.String, "f": pl.String}),
         "b": pl.DataFrame([(x, n, "v", "w") for x, n in b], schema={"x": pl.String, "n": pl.Int64, "f": pl.String,
                                                                    "g": pl.String}, orient="row")}
    oracle: dict = {}
    for k, row, field in _located_by_row(t, CITED_SCHEMAS):
        if k is not None and row is not None and field in {0: ("f",), 1: ("f", "g")}[k]:
            oracle.setdefault((k, field), []).append(row)
    cited = rules._cited_fields(rules.RuleTables(t), CITED_SCHEMAS)
    assert {key: sorted(rows.to_list()) for key, rows in cited.items()} == {k: sorted(v) for k, v in oracle.items()}


# -- span-past-end-of-source -----------------------------------------------------------------------
def _span_by_join(t: dict) -> pl.Series:
    lengths = t["sources"].select("source_id", "char_length").unique("source_id", keep="first")
    joined = t["evidence"].select("source_id", "char_end").join(lengths, on="source_id", how="left",
                                                                 maintain_order="left")
    return joined.select(pl.col("char_length").is_null() | (pl.col("char_end") <= pl.col("char_length"))).to_series()


@settings(max_examples=150, deadline=None)
@given(sources=st.lists(st.tuples(st.one_of(st.none(), st.sampled_from(["s1", "s2", "s3"])),
                                  st.one_of(st.none(), st.integers(0, 20))), max_size=5),
       spans=st.lists(st.tuples(st.one_of(st.none(), st.sampled_from(["s1", "s2", "s3", "s9"])),
                                st.one_of(st.none(), st.integers(0, 25))), max_size=20))
def test_span_by_source_code_is_span_by_join(sources, spans):
    t = {"sources": pl.DataFrame(sources, schema={"source_id": pl.String, "char_length": pl.Int64}, orient="row"),
         "evidence": pl.DataFrame(spans, schema={"source_id": pl.String, "char_end": pl.Int64}, orient="row")}
    assert _ok(rules._span_inside_source(rules.RuleTables(t))) == _span_by_join(t).fill_null(True).to_list()


@settings(max_examples=60, deadline=None)
@given(sources=st.lists(st.tuples(st.one_of(st.none(), st.integers(1, 3)), st.one_of(st.none(), st.integers(0, 20))),
                        max_size=5),
       spans=st.lists(st.tuples(st.one_of(st.none(), st.integers(1, 4)), st.one_of(st.none(), st.integers(0, 25))),
                      max_size=20))
def test_span_rule_answers_as_the_join_when_the_descriptor_types_source_id_as_integer(sources, spans):
    """A package's own descriptor may type source_id as an integer in both tables: the join the
    rule replaced answered there; an Enum's categories must be text, so the rule must not stop
    with a TypeError (an internal error) on such a package."""
    t = {"sources": pl.DataFrame(sources, schema={"source_id": pl.Int64, "char_length": pl.Int64}, orient="row"),
         "evidence": pl.DataFrame(spans, schema={"source_id": pl.Int64, "char_end": pl.Int64}, orient="row")}
    assert _ok(rules._span_inside_source(rules.RuleTables(t))) == _span_by_join(t).fill_null(True).to_list()


# -- the events rules --------------------------------------------------------------------------------
def _visit_by_join(t: dict) -> pl.Series:
    parents = t["events"].select(
        pl.col("event_id").alias("parent_event_id"), pl.col("event_type").alias("_ptype"),
        pl.col("date_start").alias("_pstart"), pl.col("date_end").alias("_pend")).unique("parent_event_id", keep="first")
    joined = t["events"].select("parent_event_id", "date_start", "date_end").join(
        parents, on="parent_event_id", how="left", maintain_order="left")
    inside = ((pl.col("_ptype") == "visit") & (pl.col("date_start") >= pl.col("_pstart"))
              & (pl.col("date_end") <= pl.col("_pend")))
    return joined.select(pl.col("_ptype").is_null() | inside).to_series()


def _has_source_by_set(t: dict) -> pl.Series:
    return t["events"].select(pl.col("event_id").is_in(t["event_sources"]["event_id"].drop_nulls().implode())
                              .fill_null(False)).to_series()


event_rows = st.lists(st.tuples(maybe_id, maybe_id, st.sampled_from(["visit", "meeting", None]), day, day),
                      max_size=12)


@settings(max_examples=200, deadline=None)
@given(rows=event_rows, cited=st.lists(maybe_id, max_size=10), sort=st.booleans())
def test_events_rules_by_row_number_are_the_joins(rows, cited, sort):
    events = pl.DataFrame(rows, orient="row", schema={
        "event_id": pl.String, "parent_event_id": pl.String, "event_type": pl.String,
        "date_start": pl.Date, "date_end": pl.Date})
    sources = pl.DataFrame({"event_id": cited}, schema={"event_id": pl.String})
    if sort:  # as the build writes them: in event_id order (the sorted lookups' case)
        events = events.sort("event_id", nulls_last=True)
        sources = sources.sort("event_id", nulls_last=True)
    t = {"events": events, "event_sources": sources}
    assert _ok(rules._visit_spans_meeting(rules.RuleTables(t))) == _visit_by_join(t).fill_null(True).to_list()
    assert _ok(rules._event_has_source(rules.RuleTables(t))) == _has_source_by_set(t).fill_null(True).to_list()
