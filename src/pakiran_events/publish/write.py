"""Build step 3: typed tables -> CSV + Parquet files and the datapackage.json that lists them.

Output is deterministic: rows are sorted upstream, CSV uses '\n' line endings and ISO dates,
and the descriptor holds no wall-clock time (its `created` is the release date from
dataset/package.yaml).
"""

from __future__ import annotations

import errno as errno_
import json
import os
import platform
import re
from pathlib import Path

import polars as pl
import yaml

from pakiran_events._version import __version__
from pakiran_events.core.corpus import file_sha256
from pakiran_events.core.paths import DATA_DIR, PACKAGE_META, VIEWS_PROPERTY
from pakiran_events.core.schema import TableSchema
from pakiran_events.core.tables import PARQUET_ROW_GROUP_ROWS
from pakiran_events.loader.views import engagements_frame

CSV_OPTIONS = {"line_terminator": "\n", "date_format": "%Y-%m-%d", "null_value": "", "quote_style": "necessary"}
# The row-group size is given (polars' own default, 512² rows): left to polars, a table held in
# several chunks (a cached rebuild's tables, a streamed sink) is cut at its chunks' bounds, so the
# same rows could give other Parquet bytes than a clean build's (tests/test_publish_streamed.py).
PARQUET_OPTIONS = {"compression": "zstd", "statistics": True, "row_group_size": PARQUET_ROW_GROUP_ROWS}


def write_tables(tables: dict, out_root: Path, schemas: dict[str, TableSchema], data_dir: Path = DATA_DIR) -> None:
    """Each table as `out_root/data_dir/NAME.csv` (a list field joined by its schema's delimiter)
    and `.parquet` (lists kept). A table is a polars DataFrame, or a LazyFrame (a streamed table,
    e.g. an extraction's evidence, already in key order) which is sunk to both files by polars'
    streaming engine without being held whole: the bytes are those `write_csv`/`write_parquet`
    give for the same rows (tests/test_publish_streamed.py)."""
    from pakiran_events.core.tables import csv_ready

    data = out_root / data_dir
    data.mkdir(parents=True, exist_ok=True)
    for name, frame in tables.items():
        if isinstance(frame, pl.LazyFrame):
            # the plan (e.g. evidence joined with its span hashes) runs once, into the Parquet file;
            # the CSV is then written from that file, not by running the plan again
            frame.sink_parquet(data / f"{name}.parquet", **PARQUET_OPTIONS)
            csv_ready(pl.scan_parquet(data / f"{name}.parquet"), schemas[name]).sink_csv(data / f"{name}.csv",
                                                                                      **CSV_OPTIONS)
            continue
        csv_ready(frame, schemas[name]).write_csv(data / f"{name}.csv", **CSV_OPTIONS)
        frame.write_parquet(data / f"{name}.parquet", **PARQUET_OPTIONS)


def write_table_files(name: str, frame, schema: TableSchema, folder: Path) -> tuple[Path, Path]:
    """One table's CSV and Parquet, as `write_tables` writes them, into `folder`: (CSV, Parquet).
    For `extract`, which has a worker process write its biggest table (the evidence) file to file,
    so that polars' buffers of it never enter the parent; the files then go into the package by
    `publish_validated(reuse=)`, the bytes those of writing the table there."""
    write_tables({name: frame}, Path(folder), {name: schema}, data_dir=Path("."))
    return Path(folder) / f"{name}.csv", Path(folder) / f"{name}.parquet"


def table_rows(frame) -> int:
    """The rows of a table: a DataFrame's height, or a LazyFrame's count (streamed, not held)."""
    if isinstance(frame, pl.LazyFrame):
        return int(frame.select(pl.len()).collect(engine="streaming").item())
    return frame.height


def _written_rows(frame, parquet: Path) -> int:
    """A table's rows; a LazyFrame's from the Parquet file it was sunk to (its footer), so the
    plan (evidence joined with its span hashes) is not run again to count them."""
    if isinstance(frame, pl.LazyFrame):
        return int(pl.scan_parquet(parquet).select(pl.len()).collect().item())
    return frame.height


def write_views(tables: dict[str, pl.DataFrame], out_root: Path, data_dir: Path = DATA_DIR) -> list[dict]:
    """Analysis-ready views (Parquet only: they hold lists), built by the same code as
    pe.engagements(); returned as descriptor entries."""

    views_dir = Path(data_dir) / "views"
    (out_root / views_dir).mkdir(parents=True, exist_ok=True)
    rel = views_dir / "engagements.parquet"
    engagements_frame(tables).write_parquet(out_root / rel, **PARQUET_OPTIONS)
    return [{"name": "engagements", **_file_facts(out_root, rel), "mediatype": "application/vnd.apache.parquet",
             "description": "One row per event with its host and guest actors (ids, names, titles, sides) and its "
                            "commitments (type, modality, parties) as lists, its number of sources and review "
                            "status: pe.engagements() as a file, for DuckDB, Arrow or R."}]


def _file_facts(out_root: Path, rel: Path) -> dict:
    path = out_root / rel
    return {"path": rel.as_posix(), "hash": f"sha256:{file_sha256(path)}", "bytes": path.stat().st_size}


def descriptor(meta: dict, schemas: dict[str, TableSchema], tables: dict, out_root: Path,
               views: list[dict] | None = None, data_dir: Path = DATA_DIR) -> dict:
    """The Frictionless Data Package descriptor for files already written under out_root."""
    order = meta["resources"]
    if sorted(order) != sorted(schemas):
        raise ValueError(f"dataset/package.yaml resources {order} do not match schemas/ {sorted(schemas)}")
    resources = []
    for name in order:
        schema = dict(schemas[name].descriptor)
        description = schema.pop("description", "")
        csv_facts = _file_facts(out_root, Path(data_dir) / f"{name}.csv")
        parquet_facts = _file_facts(out_root, Path(data_dir) / f"{name}.parquet")
        resources.append({
            "name": name,
            "type": "table",
            "description": description,
            "path": csv_facts["path"],
            "scheme": "file",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "hash": csv_facts["hash"],
            "bytes": csv_facts["bytes"],
            "rows": _written_rows(tables[name], out_root / parquet_facts["path"]),
            "schema": schema,
            "parquet": {**parquet_facts, "mediatype": "application/vnd.apache.parquet"},
        })
    return {
        "name": meta["name"],
        "title": meta["title"],
        "description": " ".join(meta["description"].split()),
        "version": __version__,
        "created": meta["created"],
        "homepage": meta.get("homepage"),
        "keywords": meta.get("keywords", []),
        "licenses": meta["licenses"],
        "contributors": meta["contributors"],
        "sources": meta["sources"],
        "resources": resources,
        # not "views": the Data Package spec's `views` are charts; these are derived tables
        VIEWS_PROPERTY: views or [],
        "builtWith": {
            "pakiran-events": __version__,
            "polars": pl.__version__,
            "python": ".".join(platform.python_version_tuple()[:2]),
        },
    }


def read_meta(root: Path) -> dict:
    return yaml.safe_load((root / PACKAGE_META).read_text(encoding="utf-8"))


def write_descriptor(desc: dict, out_root: Path) -> Path:
    path = out_root / "datapackage.json"
    path.write_text(json.dumps(desc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def as_os_error(exc: Exception, where: Path) -> Exception:
    """An input/output failure polars reports as its own error (e.g. a full disk while writing
    Parquet: "underlying IO error: No space left on device (os error 28)") as the OSError it is, so
    callers report it like any other write failure; any other error is returned unchanged."""

    found = re.search(r"os error (\d+)", str(exc))
    if not found:
        return exc
    code = int(found.group(1))
    return OSError(code, os.strerror(code) if code in errno_.errorcode else str(exc), str(where))
