"""The block-by-block join that locates evidence rows (validate.rules) finds exactly what one
hash join over the whole table finds: the first row of each known record id, for sorted inputs
with ids given twice, ids before, between and after the known ones, and tiny blocks."""

from __future__ import annotations

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from pakiran_events.validate import rules

ids = st.lists(st.sampled_from([f"E{n:03d}" for n in range(40)]), max_size=60)


def _whole_table(rows: pl.DataFrame, known: pl.DataFrame) -> pl.DataFrame:
    return rows.join(known.unique("record_id", keep="first"), on="record_id", how="inner").select("_i", "_row")


@settings(max_examples=200, deadline=None)
@given(wanted=ids, held=ids, block=st.integers(1, 8))
def test_block_join_finds_what_one_hash_join_finds(wanted, held, block):
    rows = pl.DataFrame({"record_id": sorted(wanted)}, schema={"record_id": pl.String}).with_row_index("_i")
    known = pl.DataFrame({"record_id": sorted(held)}, schema={"record_id": pl.String}).with_columns(
        pl.int_range(pl.len(), dtype=pl.UInt32).alias("_row"))
    saved = rules._BLOCK
    rules._BLOCK = block
    try:
        found = rules._sorted_lookup(rows, known)
    finally:
        rules._BLOCK = saved
    assert found is not None
    assert found.sort("_i").equals(_whole_table(rows, known).sort("_i"))


def test_unsorted_or_null_ids_fall_back_to_the_hash_join():
    known = pl.DataFrame({"record_id": ["E2", "E1"], "_row": pl.Series([0, 1], dtype=pl.UInt32)})
    rows = pl.DataFrame({"record_id": ["E1"]}).with_row_index("_i")
    assert rules._sorted_lookup(rows, known) is None
    with_null = pl.DataFrame({"record_id": [None, "E1"]}, schema={"record_id": pl.String}).with_row_index("_i")
    assert rules._sorted_lookup(with_null, known.sort("record_id")) is None
