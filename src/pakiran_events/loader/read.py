"""Load the published tables: Parquet shipped inside the wheel (or the checkout's), offline.

Only json and polars are imported here; validation libraries stay out of `load()`.
"""

from __future__ import annotations

import difflib
import hashlib
import io
import os
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, overload

from pakiran_events.core.confine import inside
from pakiran_events.core.packages import DescriptorError, descriptor_of
from pakiran_events.core.packages import read_descriptor as read_package_descriptor
from pakiran_events.core.paths import PUBLISH_JOURNAL, VIEWS_PROPERTY, published_descriptor

if TYPE_CHECKING:  # polars is imported by the functions: `import pakiran_events` stays light
    from typing import TypeAlias

    import pandas as pd
    import polars as pl

    Frame: TypeAlias = "pl.DataFrame | pd.DataFrame"  # pandas only when to_pandas=True


def read_descriptor(package: str | None = None) -> tuple[Path, dict[str, Any]]:
    """(folder, parsed datapackage.json) of the installed package (see `published_descriptor`),
    or of `package`: another release's folder or datapackage.json (e.g. an unzipped release
    archive); read by core.packages, cached while the file's stat signature stays (a package
    rebuilt during a session is read again, never checked against its old descriptor). Raises
    FileNotFoundError when `package` holds no descriptor, DescriptorError (a ValueError) when it
    is not one."""
    path = descriptor_of(published_descriptor() if package is None else package)
    try:
        st = path.stat()
    except OSError as exc:
        raise FileNotFoundError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    return _descriptor_at(str(path), st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


@lru_cache(maxsize=8)
def _descriptor_at(path: str, size: int, mtime_ns: int, ctime_ns: int, inode: int) -> tuple[Path, dict[str, Any]]:
    """The descriptor at `path` as it was with this stat signature (the cache's key)."""
    return Path(path).parent, read_package_descriptor(Path(path))


read_descriptor.cache_clear = _descriptor_at.cache_clear  # type: ignore[attr-defined]


def table_names() -> list[str]:
    """Names of the published tables, in package order (from datapackage.json). Raises
    FileNotFoundError when no package is installed or checked out."""
    return [r["name"] for r in read_descriptor()[1]["resources"]]


def view_names() -> list[str]:
    """Names of the published views (derived tables shipped as Parquet only, e.g.
    'engagements'), from datapackage.json's `derivedViews`; `load(name)` reads them. Raises
    FileNotFoundError when no package is installed or checked out."""
    return [v["name"] for v in read_descriptor()[1].get(VIEWS_PROPERTY, [])]


def _resource(name: object, *, views: bool = False, package: str | None = None) -> dict[str, Any]:
    if not isinstance(name, str):
        raise TypeError(f"a table name is a string such as 'events', not {type(name).__name__} {name!r}")
    _, desc = read_descriptor(package)
    listed = [("resources", desc["resources"])] + ([(VIEWS_PROPERTY, desc.get(VIEWS_PROPERTY, []))] if views else [])
    for where, items in listed:
        if not isinstance(items, list):
            raise _malformed(package, f"{where!r} must be a list, not {type(items).__name__}")
        for n, resource in enumerate(items, 1):
            if not isinstance(resource, dict) or not isinstance(resource.get("name"), str):
                raise _malformed(package, f"{where!r} item {n} must be an object with a text 'name', not "
                                          f"{str(resource)[:60]}")
            if resource["name"] == name:
                return resource
    # the names of the release asked for (an older one may lack a table the installed one has)
    tables = [r["name"] for r in desc["resources"]]
    shown = [v["name"] for v in desc.get(VIEWS_PROPERTY, [])] if views else []
    close = difflib.get_close_matches(name, tables + shown, n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    names = f"tables are: {', '.join(tables)}" + (f"; views: {', '.join(shown) or 'none in this release'}" if views else "")
    where = "" if package is None else f" in release {desc.get('version', '?')} at {package}"
    raise KeyError(f"no table {name!r}{where}; {hint}{names}")


def _malformed(package: str | None, what: str) -> DescriptorError:
    """A descriptor that reads as JSON but does not say where a table is: the file and the fault."""
    return DescriptorError(f"{descriptor_of(published_descriptor() if package is None else package)}: {what}")


def _file_facts(resource: dict[str, Any], package: str | None) -> dict[str, Any]:
    """Where a resource's file is and what it holds (`path`, and `bytes`, `hash` when given): its
    `parquet` object, else the resource itself; DescriptorError naming the resource and field
    when one of them has another type (never a KeyError or a 'file changed' verdict)."""
    name, facts = resource["name"], resource.get("parquet", resource)
    if not isinstance(facts, dict):
        raise _malformed(package, f"resource {name!r}: 'parquet' must be an object with 'path', 'bytes' and "
                                  f"'hash', not {type(facts).__name__}")
    checks = (("path", str, "a file path inside the package"), ("bytes", int, "a whole number"),
              ("hash", str, "'sha256:' and 64 hex digits"))
    for field, kind, meant in checks:
        value = facts.get(field)
        if (field == "path" or field in facts) and (type(value) is not kind):
            raise _malformed(package, f"resource {name!r}: {field!r} must be {meant}, not {value!r}")
    return facts


def _data_path(root: Path, rel: str) -> Path:
    """A resource path of the descriptor, kept inside the package folder; the wheel bundles the
    files in the repo's layout."""

    path = inside(root, rel)
    if not path.is_file():
        if (root / PUBLISH_JOURNAL).is_file():  # a build killed while it put its files in place
            raise FileNotFoundError(f"{rel} is missing from the package at {root}: a build was interrupted while "
                                    f"it put the new files in place ({PUBLISH_JOURNAL} is there); run "
                                    "`pakiran-events build` (or `pakiran-events validate`) there to complete it")
        raise FileNotFoundError(f"{rel} is missing from the package at {root}")
    return path


class IntegrityError(ValueError):
    """A published file differs from the size or SHA-256 its descriptor records (edited,
    truncated or replaced after publishing)."""


# (path, size, mtime, ctime, inode) of files whose hash matched, once per process: a file replaced by
# another of the same size with its time kept (`cp -p`) has another inode and ctime, so it is hashed again
_VERIFIED: dict[tuple[str, int, int, int, int], bool] = {}


def _read_verified(path: Path, facts: dict[str, Any], verify: bool) -> pl.DataFrame:
    """Read a Parquet file, first checking its `bytes` and `hash` against the descriptor (once per
    file per process); raises IntegrityError or ValueError naming the file."""

    import polars as pl

    stat = path.stat()
    key = (str(path), stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino)
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


def flag(name: str, value: object) -> bool:
    """`value` if it is a bool (True/False, or numpy's bool as pandas' `.any()` gives it); raises
    TypeError naming the argument otherwise: a truthy string ('no', 'false') read as True would
    silently give the other table. numpy is never imported here."""
    kind = type(value)
    if kind.__module__ == "numpy" and kind.__name__ in ("bool", "bool_"):
        return bool(value)
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be True or False, not {value!r} ({kind.__module__ + '.' if kind.__module__ != 'builtins' else ''}{kind.__name__})")
    return value


def choice(name: str, value: object, allowed: tuple[str, ...], why: str = "") -> str:
    """`value` if it is one of the strings `allowed`; raises ValueError naming the argument, the
    allowed values and `why` otherwise (TypeError for a value that is not a string)."""
    said = f"{name} must be one of {', '.join(allowed)}" + (f" ({why})" if why else "")
    if not isinstance(value, str):
        raise TypeError(f"{said}, not {value!r} ({type(value).__name__})")
    if value not in allowed:
        raise ValueError(f"{said}, not {value!r}")
    return value


def as_requested(frame: pl.DataFrame, to_pandas: bool) -> Frame:
    """The frame itself, or its pandas copy (needs the `pandas` extra: ModuleNotFoundError names it).
    Raises TypeError for a `to_pandas` that is not a bool."""
    if not flag("to_pandas", to_pandas):
        return frame
    try:
        return frame.to_pandas()
    except ModuleNotFoundError as exc:
        raise ModuleNotFoundError("to_pandas needs the extra: pip install 'pakiran-events[pandas]'") from exc


@overload
def load(name: str, *, version: str | None = None, package: str | Path | None = None,
         to_pandas: Literal[False] = False, verify: bool = True) -> pl.DataFrame: ...
@overload
def load(name: str, *, version: str | None = None, package: str | Path | None = None,
         to_pandas: Literal[True], verify: bool = True) -> pd.DataFrame: ...
@overload
def load(name: str, *, version: str | None = None, package: str | Path | None = None,
         to_pandas: bool, verify: bool = True) -> Frame: ...
def load(name: str, *, version: str | None = None, package: str | Path | None = None, to_pandas: bool = False,
         verify: bool = True) -> Frame:
    """One published table or view as a polars DataFrame, one row per record of the table (per
    event for the view 'engagements', the frame `pe.engagements()` builds). Names: `table_names()`
    and `view_names()`.

    Columns and dtypes are the table's Table Schema (`pe.describe(name)`; schemas/ in the repo), in
    its field order: string -> String, integer -> Int64, number -> Float64 (latitude and longitude
    in decimal degrees, WGS84), date -> Date, list -> List(String) (commitments' parties);
    codes such as CAMEO '057' stay strings. Rows in the published order (by primary key). Read
    offline from the Parquet file shipped in the wheel (or the checkout's dataset/data/), whose
    facts come from the hand-checked curated records (dataset/curated/) and the script-extracted
    candidates merged by `build`. `to_pandas=True` returns a pandas DataFrame instead.

    Releases: `package` reads another release offline (its folder or datapackage.json: an
    unzipped release archive, or `git archive v1.0.0 datapackage.json dataset/data` unpacked);
    `version` pins the release (so an analysis fails loudly instead of running on other data).
    The file's size and SHA-256 are checked against the descriptor first (once per file per
    process; `verify=False` skips it).

    Raises TypeError for a name that is not a string, a `to_pandas` or `verify` that is not a
    bool; KeyError for an unknown name (naming the
    closest, the tables and the views); ValueError when the package read is not release
    `version`, or naming the file when it cannot be read as Parquet; IntegrityError (a
    ValueError) for a file changed after publishing; FileNotFoundError when `package` holds no
    datapackage.json or a listed file is missing; ModuleNotFoundError for to_pandas without the
    `pandas` extra.

    >>> import pakiran_events as pe
    >>> pe.load("events").select("event_id", "date_start").head(2)  # doctest: +SKIP
    """
    flag("to_pandas", to_pandas)
    flag("verify", verify)
    if version is not None and not isinstance(version, str):
        raise TypeError(f"version must be a release such as '2.0.4', not {version!r} ({type(version).__name__})")
    if package is not None and not isinstance(package, (str, os.PathLike)):  # a Path, or any path object
        raise TypeError(f"package must be a folder or a datapackage.json path, not {type(package).__name__}")
    package = None if package is None else str(Path(package).resolve())
    root, desc = read_descriptor(package)
    if version is not None and desc.get("version") != version:
        raise ValueError(f"the package at {root} is release {desc.get('version')}, not {version}: "
                         f"pip install 'pakiran-events=={version}', or pass package= a folder of release {version}")
    resource = _resource(name, views=True, package=package)
    facts = _file_facts(resource, package)
    return as_requested(_read_verified(_data_path(root, facts["path"]), facts, verify), to_pandas)


def load_tables(names: tuple[str, ...], *, version: str | None = None,
                package: str | Path | None = None) -> dict[str, pl.DataFrame]:
    """The tables `names` as polars DataFrames keyed by name, each as `load(name, version=,
    package=)` reads it: what every view is computed from, so a view of a pinned or older
    release (`package=`, `version=`) reads every one of its tables from that release. Raises
    what `load()` raises."""
    return {n: load(n, version=version, package=package) for n in names}


def load_all(*, to_pandas: bool = False) -> dict[str, Frame]:
    """Every published table (not the views), keyed by name in package order, each as
    `load(name)` returns it. Raises what `load()` raises."""
    flag("to_pandas", to_pandas)
    return {name: load(name, to_pandas=to_pandas) for name in table_names()}


def data_dir() -> Path:
    """The folder holding the published CSV and Parquet files (for DuckDB, Arrow, R, ...): the
    wheel's bundled copy, else the checkout's dataset/data. Raises FileNotFoundError when there
    is no package (see `descriptor_path`)."""
    root, desc = read_descriptor()
    return (root / desc["resources"][0]["path"]).parent


def descriptor_path() -> Path:
    """The datapackage.json describing the published files (a Frictionless Data Package): the
    wheel's bundled copy, else the checkout's. Raises FileNotFoundError when there is neither."""
    return published_descriptor()


def describe(name: str) -> dict[str, dict[str, Any]]:
    """Each field of a published table, keyed by field name in column order: `type` (the Table
    Schema type, e.g. 'string', 'date'), `required` (bool), `description` (str, with the unit
    where there is one) and, for enumerated fields, `terms` (term -> its codebook definition).
    Source: the table's schema in datapackage.json (schemas/ in the repo). Views are not
    described here (their columns: `pe.engagements()`). Raises TypeError for a name that is not
    a string, KeyError for a name that is not a table."""
    out: dict[str, dict[str, Any]] = {}
    for f in _resource(name)["schema"]["fields"]:
        entry: dict[str, Any] = {"type": f["type"], "required": bool(f.get("constraints", {}).get("required")),
                 "description": f.get("description", "")}
        if "enum" in f.get("constraints", {}):
            vocab = f.get("vocabulary", {})
            entry["terms"] = {t: vocab.get(t, {}).get("definition", "") for t in f["constraints"]["enum"]}
        out[f["name"]] = entry
    return out
