"""The Table Schema engine tests a key's repeats once per key (r12): a field that is both
`unique` and the whole primary key is hashed once for both checks, and both still report every
repeat after its first row (unique-error on the field, primary-key on the row)."""

from __future__ import annotations

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from pakiran_events.core.schema import TableSchema
from pakiran_events.core.tables import FIRST_DATA_LINE
from pakiran_events.validate import table_schema

SCHEMA = TableSchema("things", {"fields": [{"name": "id", "type": "string", "constraints": {"unique": True}},
                                           {"name": "n", "type": "integer"}], "primaryKey": ["id"]})


def _check(ids: list) -> list:
    raw = pl.DataFrame({"id": ids, "n": list(range(len(ids)))}, schema={"id": pl.String, "n": pl.Int64})
    return table_schema.check_text_cells("things", SCHEMA, raw, {}).problems


def test_a_unique_primary_key_is_hashed_once(monkeypatch):
    calls = []
    real = pl.DataFrame.hash_rows
    monkeypatch.setattr(pl.DataFrame, "hash_rows", lambda self, *a, **k: calls.append(self.columns) or real(self, *a, **k))
    assert _check(["a", "b", "c"]) == []
    assert calls == [["id"]]


@settings(max_examples=100, deadline=None)
@given(ids=st.lists(st.sampled_from(["a", "b", "c", "d"]), max_size=12))
def test_every_repeat_is_reported_by_both_checks(ids):
    repeats = [i for i, x in enumerate(ids) if x in ids[:i]]
    found = {(p.code, p.row) for p in _check(ids)}
    assert found == {(code, i + FIRST_DATA_LINE) for i in repeats for code in ("unique-error", "primary-key")}
