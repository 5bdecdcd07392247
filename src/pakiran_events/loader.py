"""Load the published tables: Parquet shipped inside the wheel (or the checkout's), offline.

Only json and polars are imported here; validation libraries stay out of `load()`.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from pakiran_events.paths import published_descriptor


@lru_cache(maxsize=1)
def _descriptor() -> tuple[Path, dict]:
    path = published_descriptor()
    return path.parent, json.loads(path.read_text(encoding="utf-8"))


def _resource(name: str) -> dict:
    _, desc = _descriptor()
    for resource in desc["resources"]:
        if resource["name"] == name:
            return resource
    raise KeyError(f"no table {name!r}; tables are: {', '.join(table_names())}")


def table_names() -> list[str]:
    """Names of the published tables, in package order."""
    return [r["name"] for r in _descriptor()[1]["resources"]]


def _data_path(root: Path, rel: str) -> Path:
    """A resource path of the descriptor; the wheel bundles the files in the repo's layout."""
    path = root / rel
    if not path.is_file():
        raise FileNotFoundError(f"{rel} is missing from the package at {root}")
    return path


def load(name: str, to_pandas: bool = False):
    """One table as a polars DataFrame (or pandas with to_pandas=True and the `pandas` extra).

    >>> import pakiran_events as pe
    >>> pe.load("events").select("event_id", "date_start").head(2)  # doctest: +SKIP
    """
    import polars as pl

    root, _ = _descriptor()
    frame = pl.read_parquet(_data_path(root, _resource(name)["parquet"]["path"]))
    if to_pandas:
        try:
            return frame.to_pandas()
        except ModuleNotFoundError as exc:
            raise ModuleNotFoundError("to_pandas needs the extra: pip install 'pakiran-events[pandas]'") from exc
    return frame


def load_all(to_pandas: bool = False) -> dict:
    """Every table, keyed by name."""
    return {name: load(name, to_pandas=to_pandas) for name in table_names()}


def describe(name: str) -> dict[str, str]:
    """Field name -> description, from the table's schema."""
    return {f["name"]: f.get("description", "") for f in _resource(name)["schema"]["fields"]}
