"""The integrity layer compares a Parquet file with its CSV's frame by whole row groups (r12):
a slice that straddles two row groups decodes both, so slices cut elsewhere read most of the
file twice. The verdict is unchanged: any differing cell, in any row group, is found."""

from __future__ import annotations

import polars as pl
import pyarrow.parquet as pq
import pytest

from pakiran_events.core.tables import PARQUET_ROW_GROUP_ROWS
from pakiran_events.publish.write import PARQUET_OPTIONS
from pakiran_events.validate import integrity

N = PARQUET_ROW_GROUP_ROWS * 2 + 7  # three row groups, the last one short


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    root = tmp_path_factory.mktemp("pq")
    frame = pl.DataFrame({"n": pl.int_range(N, eager=True), "s": pl.int_range(N, eager=True).cast(pl.String)})
    frame.write_parquet(root / "t.parquet", **PARQUET_OPTIONS)
    return root, frame


def test_the_build_writes_row_groups_of_the_size_integrity_compares(written):
    root, _ = written
    meta = pq.ParquetFile(root / "t.parquet").metadata
    assert [meta.row_group(i).num_rows for i in range(meta.num_row_groups)] == [
        PARQUET_ROW_GROUP_ROWS, PARQUET_ROW_GROUP_ROWS, 7]


def test_parquet_is_compared_by_whole_row_groups(written, monkeypatch):
    root, frame = written
    seen = []
    real = pl.LazyFrame.slice
    monkeypatch.setattr(pl.LazyFrame, "slice", lambda self, offset, length=None: seen.append(offset)
                        or real(self, offset, length))
    assert integrity.parquet_matches_csv(root, "t", {"path": "t.parquet"}, frame) == []
    assert seen == [0, PARQUET_ROW_GROUP_ROWS, 2 * PARQUET_ROW_GROUP_ROWS]


@pytest.mark.parametrize("row", [0, PARQUET_ROW_GROUP_ROWS - 1, PARQUET_ROW_GROUP_ROWS, N - 1])
def test_a_cell_differing_in_any_row_group_is_found(written, row):
    root, frame = written
    changed = frame.with_columns(pl.when(pl.int_range(pl.len()) == row).then(pl.lit("x")).otherwise(pl.col("s"))
                                 .alias("s"))
    problems = integrity.parquet_matches_csv(root, "t", {"path": "t.parquet"}, changed)
    assert [p.code for p in problems] == ["parquet-differs-from-csv"]
