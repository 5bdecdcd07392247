"""Round r15 (vspeed17): two cheaper spellings of the same verdicts.

- The Table Schema engine asks whether a key's 64-bit row hashes are all distinct by sorting them
  on one thread and comparing neighbours (`table_schema.hashes_distinct`), not by `n_unique`'s hash
  table; the answer is `n_unique() == len` for every series of hashes.
- The integrity layer compares a list column of a Parquet file with its CSV's frame by the lists'
  lengths and their items end to end (`integrity.same_rows`), not by polars' `equals` on the list
  column; the answer is `DataFrame.equals` for every pair of frames of the same columns and types.
"""

from __future__ import annotations

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from pakiran_events.core.schema import TableSchema
from pakiran_events.core.tables import FIRST_DATA_LINE
from pakiran_events.validate import integrity, table_schema

HASHES = st.lists(st.integers(min_value=0, max_value=2 ** 64 - 1) | st.sampled_from([0, 1, 7, 2 ** 64 - 1]),
                  max_size=40)


@settings(max_examples=300, deadline=None)
@given(values=HASHES)
def test_hashes_distinct_is_n_unique_equal_to_the_length(values):
    hashes = pl.Series("h", values, dtype=pl.UInt64)
    assert table_schema.hashes_distinct(hashes) == (hashes.n_unique() == hashes.len())


def test_the_engine_builds_no_hash_table_of_a_key(monkeypatch):
    schema = TableSchema("things", {"fields": [{"name": "id", "type": "string"}, {"name": "n", "type": "integer"}],
                                    "primaryKey": ["id", "n"]})
    raw = pl.DataFrame({"id": ["a", "a", "b"], "n": [1, 1, 2]}, schema={"id": pl.String, "n": pl.Int64})

    def refuse(self, *args, **kwargs):
        raise AssertionError("n_unique on the row hashes")

    monkeypatch.setattr(pl.Series, "n_unique", refuse)
    problems = table_schema.check_text_cells("things", schema, raw, {}).problems
    assert [(p.code, p.row) for p in problems] == [("primary-key", 1 + FIRST_DATA_LINE)]


ITEM = st.none() | st.sampled_from(["", "IRN", "PAK", "a;b", "x"])
LIST = st.none() | st.lists(ITEM, max_size=4)


def _frame(rows: list) -> pl.DataFrame:
    return pl.DataFrame({"id": [str(k) for k in range(len(rows))], "parties": rows},
                        schema={"id": pl.String, "parties": pl.List(pl.String)})


@settings(max_examples=400, deadline=None)
@given(pairs=st.lists(st.tuples(LIST, LIST), max_size=12), offset=st.integers(0, 3))
def test_same_rows_is_frame_equality(pairs, offset):
    a, b = _frame([x for x, _ in pairs]), _frame([y for _, y in pairs])
    a, b = a.slice(offset), b.slice(offset)  # a slice of a frame, as the row groups are compared
    assert integrity.same_rows(a, b) == a.equals(b)
    assert integrity.same_rows(a, a.clone())


@settings(max_examples=200, deadline=None)
@given(rows=st.lists(LIST, max_size=8), other=st.lists(ITEM, max_size=8))
def test_a_changed_plain_column_is_found_beside_a_list(rows, other):
    a = _frame(rows).with_columns(pl.Series("s", (other + [None] * len(rows))[:len(rows)], dtype=pl.String))
    b = a.with_columns(pl.lit("changed").alias("s"))
    assert integrity.same_rows(a, b) == a.equals(b)


def test_nested_lists_are_compared_item_by_item():
    a = pl.DataFrame({"x": [[["a"], []], None, [None]]}, schema={"x": pl.List(pl.List(pl.String))})
    b = pl.DataFrame({"x": [[["a"], None], None, [None]]}, schema={"x": pl.List(pl.List(pl.String))})
    assert integrity.same_rows(a, a.clone()) and not integrity.same_rows(a, b) and not a.equals(b)


def test_a_list_column_is_not_compared_by_polars_list_equality(monkeypatch, tmp_path):
    frame = _frame([["IRN", "PAK"], [], None, ["x", None]])
    frame.write_parquet(tmp_path / "t.parquet")
    real = pl.Series.equals

    def guarded(self, other, *args, **kwargs):
        if self.dtype.base_type() == pl.List:
            raise AssertionError("equals on a list column")
        return real(self, other, *args, **kwargs)

    monkeypatch.setattr(pl.Series, "equals", guarded)
    monkeypatch.setattr(pl.DataFrame, "equals", lambda self, other, *a, **k: all(
        guarded(self[c], other[c]) for c in self.columns) if self.columns == other.columns else False)
    assert integrity.parquet_matches_csv(tmp_path, "t", {"path": "t.parquet"}, frame) == []
    changed = frame.with_columns(pl.Series("parties", [["IRN", "PAK"], [], None, ["x", "y"]]))
    assert [p.code for p in integrity.parquet_matches_csv(tmp_path, "t", {"path": "t.parquet"}, changed)] == [
        "parquet-differs-from-csv"]

