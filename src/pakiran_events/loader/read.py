"""Load the published tables: Parquet shipped inside the wheel (or the checkout's), offline.

Only json and polars are imported here; validation libraries stay out of `load()`.
"""

from __future__ import annotations

import difflib
import json
from functools import lru_cache
from pathlib import Path

from pakiran_events.core.paths import VIEWS_PROPERTY, published_descriptor


@lru_cache(maxsize=8)
def read_descriptor(package: str | None = None) -> tuple[Path, dict]:
    """(folder, parsed datapackage.json) of the installed package (see `published_descriptor`),
    or of `package`: another release's folder or datapackage.json (e.g. an unzipped release
    archive). Raises FileNotFoundError when `package` holds no descriptor."""
    if package is None:
        path = published_descriptor()
    else:
        given = Path(package)
        path = given / "datapackage.json" if given.is_dir() else given
        if not path.is_file():
            raise FileNotFoundError(f"{package}: no datapackage.json here (give a release folder or its descriptor)")
    return path.parent, json.loads(path.read_text(encoding="utf-8"))


def table_names() -> list[str]:
    """Names of the published tables, in package order."""
    return [r["name"] for r in read_descriptor()[1]["resources"]]


def view_names() -> list[str]:
    """Names of the published views (derived tables shipped as Parquet, e.g. 'engagements')."""
    return [v["name"] for v in read_descriptor()[1].get(VIEWS_PROPERTY, [])]


def _resource(name, *, views: bool = False, package: str | None = None) -> dict:
    if not isinstance(name, str):
        raise TypeError(f"a table name is a string such as 'events', not {type(name).__name__} {name!r}")
    _, desc = read_descriptor(package)
    for resource in desc["resources"] + (desc.get(VIEWS_PROPERTY, []) if views else []):
        if resource["name"] == name:
            return resource
    names = table_names() + (view_names() if views else [])
    close = difflib.get_close_matches(name, names, n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    listed = f"tables are: {', '.join(table_names())}" + (f"; views: {', '.join(view_names())}" if views else "")
    raise KeyError(f"no table {name!r}; {hint}{listed}")


def _data_path(root: Path, rel: str) -> Path:
    """A resource path of the descriptor, kept inside the package folder; the wheel bundles the
    files in the repo's layout."""
    from pakiran_events.core.confine import inside

    path = inside(root, rel)
    if not path.is_file():
        raise FileNotFoundError(f"{rel} is missing from the package at {root}")
    return path


class IntegrityError(ValueError):
    """A published file differs from the size or SHA-256 its descriptor records (edited,
    truncated or replaced after publishing)."""


_VERIFIED: dict[tuple, bool] = {}  # (path, size, mtime) of files whose hash matched, once per process


def _read_verified(path: Path, facts: dict, verify: bool):
    """Read a Parquet file, first checking its `bytes` and `hash` against the descriptor (once per
    file per process); raises IntegrityError or ValueError naming the file."""
    import hashlib
    import io

    import polars as pl

    stat = path.stat()
    key = (str(path), stat.st_size, stat.st_mtime_ns)
    data = path.read_bytes()
    if verify and key not in _VERIFIED:
        if "bytes" in facts and facts["bytes"] != len(data):
            raise IntegrityError(f"{path}: {len(data)} bytes, the descriptor says {facts['bytes']}: the file was changed "
                                 "after publishing (reinstall the package or rebuild it)")
        algo, _, expected = str(facts.get("hash", "")).rpartition(":")
        if expected and (algo or "sha256") == "sha256" and hashlib.sha256(data).hexdigest() != expected:
            raise IntegrityError(f"{path}: SHA-256 differs from the descriptor's: the file was changed after publishing "
                                 "(reinstall the package or rebuild it)")
        _VERIFIED[key] = True
    try:
        return pl.read_parquet(io.BytesIO(data))
    except (pl.exceptions.PolarsError, OSError, ValueError) as exc:
        raise ValueError(f"{path}: cannot be read as Parquet ({' '.join(str(exc).split())[:200]})") from exc


def as_requested(frame, to_pandas: bool):
    if not to_pandas:
        return frame
    try:
        return frame.to_pandas()
    except ModuleNotFoundError as exc:
        raise ModuleNotFoundError("to_pandas needs the extra: pip install 'pakiran-events[pandas]'") from exc


def load(name: str, *, version: str | None = None, package: str | Path | None = None, to_pandas: bool = False,
         verify: bool = True):
    """One table or published view as a polars DataFrame (pandas with to_pandas=True and the
    `pandas` extra). Tables: `table_names()`; views: `view_names()` ('engagements' is the file
    `pe.engagements()` builds). Raises KeyError naming the tables and views for an unknown name.

    Releases: `package` reads another release offline (its folder or datapackage.json: an
    unzipped release archive, or `git archive v1.0.0 datapackage.json dataset/data` unpacked);
    `version` pins the release: ValueError when the package read is another version (so an
    analysis fails loudly instead of running on different data).

    The file's size and SHA-256 are checked against the descriptor first (once per file per
    process; `verify=False` skips it): raises IntegrityError for a changed file, ValueError
    naming the file when it cannot be read.

    >>> import pakiran_events as pe
    >>> pe.load("events").select("event_id", "date_start").head(2)  # doctest: +SKIP
    """

    package = None if package is None else str(Path(package).resolve())
    root, desc = read_descriptor(package)
    if version is not None and desc.get("version") != version:
        raise ValueError(f"the package at {root} is release {desc.get('version')}, not {version}: "
                         f"pip install 'pakiran-events=={version}', or pass package= a folder of release {version}")
    resource = _resource(name, views=True, package=package)
    facts = resource["parquet"] if "parquet" in resource else resource
    return as_requested(_read_verified(_data_path(root, facts["path"]), facts, verify), to_pandas)


def load_all(*, to_pandas: bool = False) -> dict:
    """Every table, keyed by name."""
    return {name: load(name, to_pandas=to_pandas) for name in table_names()}


def data_dir() -> Path:
    """The folder holding the published CSV and Parquet files (for DuckDB, Arrow, R, ...)."""
    root, desc = read_descriptor()
    return (root / desc["resources"][0]["path"]).parent


def descriptor_path() -> Path:
    """The datapackage.json describing the published files (Frictionless Data Package)."""
    return published_descriptor()


def describe(name: str) -> dict[str, dict]:
    """Each field of a table: its type, whether it is required, its description and, for
    enumerated fields, the terms with their definitions (from the table's schema)."""
    out = {}
    for f in _resource(name)["schema"]["fields"]:
        entry = {"type": f["type"], "required": bool(f.get("constraints", {}).get("required")),
                 "description": f.get("description", "")}
        if "enum" in f.get("constraints", {}):
            vocab = f.get("vocabulary", {})
            entry["terms"] = {t: vocab.get(t, {}).get("definition", "") for t in f["constraints"]["enum"]}
        out[f["name"]] = entry
    return out
