"""The integrity layer: the descriptor's hashes and sizes match the files, and every Parquet
file holds exactly the rows of its CSV (what users load is what was validated)."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from pakiran_events.core.problems import Problem
from pakiran_events.core.tables import PARQUET_ROW_GROUP_ROWS
from pakiran_events.validate import digests

LAYER = "integrity"


def check_file(root: Path, resource: str, facts: dict) -> list[Problem]:
    path = root / facts["path"]
    if not path.is_file():
        return [Problem(LAYER, resource, None, None, None, "missing-file", f"{facts['path']} does not exist")]
    problems = []
    size = path.stat().st_size
    if "bytes" in facts and facts["bytes"] != size:
        problems.append(Problem(LAYER, resource, None, None, None, "byte-count-error",
                                f"{facts['path']}: descriptor says {facts['bytes']} bytes, file has {size}"))
    if "hash" in facts:
        algo, _, expected = facts["hash"].rpartition(":")
        actual = digests.file_digest(path)  # hashed once per run, shared with the frictionless layer
        if (algo or "sha256") == "sha256" and expected != actual:
            problems.append(Problem(LAYER, resource, None, None, None, "hash-mismatch",
                                    f"{facts['path']}: descriptor hash {expected[:12]}..., file {actual[:12]}..."))
    return problems


# Parquet rows read at a time to compare with the CSV's frame: the build's row groups, whole (a slice
# straddling two row groups decodes both: at 250,000 rows the comparison cost ~1.4x as much)
COMPARE_ROWS = PARQUET_ROW_GROUP_ROWS


def parquet_matches_csv(root: Path, resource: str, facts: dict, csv_frame: pl.DataFrame) -> list[Problem]:
    """The Parquet file holds the CSV frame's columns, types and rows (nulls equal), compared
    COMPARE_ROWS rows at a time: the Parquet copy of a big table (evidence) is never read whole
    beside the CSV's."""
    path = root / facts["path"]
    if not path.is_file():
        return []
    scan = pl.scan_parquet(path)
    schema = scan.collect_schema()
    same = list(schema.names()) == csv_frame.columns and list(schema.dtypes()) == csv_frame.dtypes
    same = same and int(scan.select(pl.len()).collect().item()) == csv_frame.height
    for start in range(0, csv_frame.height, COMPARE_ROWS) if same else ():
        if not same_rows(scan.slice(start, COMPARE_ROWS).collect(), csv_frame.slice(start, COMPARE_ROWS)):
            same = False
            break
    if not same:
        return [Problem(LAYER, resource, None, None, None, "parquet-differs-from-csv",
                        f"{facts['path']} does not hold the same rows, columns and types as the CSV")]
    return []


def same_rows(a: pl.DataFrame, b: pl.DataFrame) -> bool:
    """`a.equals(b)` for two frames of the same columns and types, with each list column compared as
    its lengths (null for a null list) and its items laid end to end: polars' `equals` on a list
    column cost ~3.5x as much (commitments.parties at 1M events: 0.45 against 0.13 CPU s). Equal
    lengths row by row make the two runs of items line up list by list, so the verdict is the same."""
    lists = [name for name, dtype in a.schema.items() if dtype.base_type() == pl.List]
    if not a.drop(lists).equals(b.drop(lists)):
        return False
    for name in lists:
        if not a[name].list.len().equals(b[name].list.len()):
            return False
        items = [s[name].explode(empty_as_null=False, keep_nulls=False).to_frame() for s in (a, b)]
        if not same_rows(*items):
            return False
    return True
