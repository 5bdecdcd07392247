"""A streamed table (a polars LazyFrame, e.g. an extraction's evidence scanned from a sorted
Parquet file) is written by `publish.write.write_tables` without being collected, and its CSV and
Parquet files must be byte for byte those an in-memory DataFrame of the same rows gives: the
published package may not depend on which path wrote it. Rows are made up here."""

from __future__ import annotations

import polars as pl
import pytest

from pakiran_events.core.paths import schemas_dir
from pakiran_events.core.schema import load_schemas
from pakiran_events.publish.write import table_rows, write_tables


def _evidence(n: int) -> pl.DataFrame:
    return pl.DataFrame({
        "record_table": ["events", "participants", "commitments"] * (n // 3) + ["events"] * (n % 3),
        "record_id": [f"E{900000 + i // 4:06d}" + ("/ACTOR_X" if i % 3 == 1 else "") for i in range(n)],
        "field": ["event_type", "title", "modality"] * (n // 3) + ["venue"] * (n % 3),
        "source_id": [f"doc-{i % 17:03d}" for i in range(n)],
        "char_start": list(range(n)),
        "char_end": [i + 5 for i in range(n)],
        "span_sha256": [f"{i:064x}" for i in range(n)],
    }).sort(["record_table", "record_id", "field", "source_id", "char_start", "char_end"])


@pytest.mark.parametrize("n", [0, 1, 7, 250_001])
def test_a_lazy_table_is_written_byte_identical_to_the_collected_one(tmp_path, n):
    schemas = load_schemas(schemas_dir())
    frame = _evidence(n)
    frame.write_parquet(tmp_path / "sorted.parquet")
    write_tables({"evidence": frame}, tmp_path / "memory", schemas)
    write_tables({"evidence": pl.scan_parquet(tmp_path / "sorted.parquet")}, tmp_path / "streamed", schemas)
    for suffix in ("csv", "parquet"):
        memory = (tmp_path / "memory" / "dataset" / "data" / f"evidence.{suffix}")
        if not memory.exists():
            memory = next((tmp_path / "memory").rglob(f"evidence.{suffix}"))
        streamed = next((tmp_path / "streamed").rglob(f"evidence.{suffix}"))
        assert streamed.read_bytes() == memory.read_bytes(), suffix
    assert table_rows(pl.scan_parquet(tmp_path / "sorted.parquet")) == n == table_rows(frame)


@pytest.mark.parametrize("cut", [50_000, 123_457])
def test_a_table_held_in_several_chunks_is_written_as_one_held_whole(tmp_path, cut):
    """The same rows give the same files whether the frame is one chunk (a clean build) or several
    (a cached rebuild's tables concatenated without a copy), in memory or streamed: polars left to
    itself cuts row groups at chunk bounds above its row-group size."""
    schemas = load_schemas(schemas_dir())
    whole = _evidence(600_000)
    pieces = pl.concat([whole.slice(i, cut) for i in range(0, whole.height, cut)], rechunk=False)
    assert pieces.n_chunks() > 1
    write_tables({"evidence": whole}, tmp_path / "whole", schemas)
    write_tables({"evidence": pieces}, tmp_path / "pieces", schemas)
    write_tables({"evidence": pieces.lazy()}, tmp_path / "streamed", schemas)
    for suffix in ("csv", "parquet"):
        expected = next((tmp_path / "whole").rglob(f"evidence.{suffix}")).read_bytes()
        for other in ("pieces", "streamed"):
            assert next((tmp_path / other).rglob(f"evidence.{suffix}")).read_bytes() == expected, (other, suffix)
