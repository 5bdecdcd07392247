"""Reading the tables of any data package (the published one, an extracted one, a fixture) from
its descriptor: the Parquet copy when the descriptor lists one, else the CSV as text."""

from __future__ import annotations

import json
from pathlib import Path


def descriptor_of(path: Path) -> Path:
    """A package folder or its datapackage.json -> the descriptor; FileNotFoundError if none."""
    path = Path(path)
    descriptor = path / "datapackage.json" if path.is_dir() else path
    if not descriptor.is_file():
        raise FileNotFoundError(f"{path}: no datapackage.json (give a data package folder or descriptor)")
    return descriptor


def read_tables(path: Path, names: tuple[str, ...] | None = None) -> dict:
    """Resources of a package as polars frames (all of them, or `names`)."""
    import polars as pl

    descriptor = descriptor_of(path)
    desc = json.loads(descriptor.read_text(encoding="utf-8"))
    out = {}
    for resource in desc.get("resources", []):
        if names is None or resource["name"] in names:
            rel = resource.get("parquet", {}).get("path")
            out[resource["name"]] = (pl.read_parquet(descriptor.parent / rel) if rel
                                     else pl.read_csv(descriptor.parent / resource["path"], infer_schema=False))
    return out
