"""The integrity layer: the descriptor's hashes and sizes match the files, and every Parquet
file holds exactly the rows of its CSV (what users load is what was validated)."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from pakiran_events.core.problems import Problem

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
        from pakiran_events.validate.table_schema import file_digest

        actual = file_digest(path)  # hashed once per run, shared with the frictionless layer
        if (algo or "sha256") == "sha256" and expected != actual:
            problems.append(Problem(LAYER, resource, None, None, None, "hash-mismatch",
                                    f"{facts['path']}: descriptor hash {expected[:12]}..., file {actual[:12]}..."))
    return problems


def parquet_matches_csv(root: Path, resource: str, facts: dict, csv_frame: pl.DataFrame) -> list[Problem]:
    path = root / facts["path"]
    if not path.is_file():
        return []
    parquet = pl.read_parquet(path)
    if parquet.columns != csv_frame.columns or parquet.dtypes != csv_frame.dtypes or not parquet.equals(csv_frame):
        return [Problem(LAYER, resource, None, None, None, "parquet-differs-from-csv",
                        f"{facts['path']} does not hold the same rows, columns and types as the CSV")]
    return []
