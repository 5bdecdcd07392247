"""Validate a published package with both layers (Frictionless and Pandera) plus integrity.

The Frictionless layer is the polars Table Schema engine (`table_schema.py`: frictionless-py
checks the descriptor, polars the data, under frictionless's error types); `frictionless-py`
runs frictionless-py itself row by row (the reference; slow, not run by default). Every layer
reports all of its failures; `validate_package` returns them together. A CSV is read once: the
Pandera and integrity layers reuse the frames the Frictionless layer typed where no cell failed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from pakiran_events.core.packages import read_descriptor
from pakiran_events.core.paths import DESCRIPTOR_NAME, VIEWS_PROPERTY
from pakiran_events.core.problems import Problem

LAYERS = ("frictionless", "pandera", "integrity")
ALL_LAYERS = LAYERS + ("frictionless-py",)


def validate_package(descriptor_path: Path, layers: tuple[str, ...] = LAYERS,
                     streamed: tuple[str, ...] = (), run=None) -> list[Problem]:
    """Every problem of the package under `layers` (list of Problem, in layer and resource order).

    `streamed` names big resources (`extract` passes "evidence") to read in row batches rather
    than whole (validate.streamed: memory bounded by a batch); if that path finds anything, or
    anything it cannot settle, the package is validated again whole, so the problems reported,
    their lines and their order are the same either way. `run(fn, *args)`, if given, runs that
    whole batched verdict (validate.streamed.package_is_clean: extract passes a worker of its
    pool, which reads every table from the written files, so no table's frame, batch or
    foreign-key lookup enters this process; only a bool comes back)."""
    descriptor_path = Path(descriptor_path)
    if descriptor_path.is_dir():
        descriptor_path = descriptor_path / DESCRIPTOR_NAME
    if streamed:
        from pakiran_events.validate.streamed import package_is_clean

        if (run or _here)(package_is_clean, descriptor_path, tuple(layers), frozenset(streamed)):
            return []
    return _validate_whole(descriptor_path, layers)


def _here(fn, *args):
    return fn(*args)


def _validate_whole(descriptor_path: Path, layers: tuple[str, ...]) -> list[Problem]:
    from pakiran_events.core.schema import TableSchema
    from pakiran_events.validate import digests, frictionless_layer, integrity, pandera_layer, table_schema
    from pakiran_events.validate.descriptor_check import check_descriptor

    descriptor_path = Path(descriptor_path)
    if descriptor_path.is_dir():
        descriptor_path = descriptor_path / DESCRIPTOR_NAME
    root = descriptor_path.parent
    try:
        desc = read_descriptor(descriptor_path, shape=False)  # its shape: check_descriptor, every fault
    except (OSError, ValueError) as exc:
        return [Problem("integrity", str(descriptor_path), None, None, None, "unreadable-descriptor", str(exc))]
    problems: list[Problem] = check_descriptor(desc, root)
    if problems:  # nothing is opened (nor fetched) on the word of a descriptor that is not sound
        return problems
    resources = {r["name"]: r for r in desc["resources"]}
    schemas = {name: TableSchema(name, r["schema"]) for name, r in resources.items()}
    digests.prefetch(_hashed_files(desc, root, layers))  # hashed in a thread while the tables are read
    clean: dict = {}  # typed frames of files in which every cell typed
    settled: dict = {}  # their columns the engine found clean: Pandera does not check them again
    memo: dict = {}  # foreign keys the engine located as row numbers: the cross-table rules reuse them
    if "frictionless" in layers:
        try:
            found, frames, settled = table_schema.check_package_settled(descriptor_path, memo=memo)
        except _frictionless_error() as exc:  # a descriptor frictionless refuses to open: its own code (imported only where it ran)
            found, frames = [Problem("frictionless", descriptor_path.name, None, None, None,
                                     exc.error.type, " ".join(str(exc.error.message).split()))], {}
            settled = {}
        except _read_errors() as exc:
            found, frames, settled = [_unreadable("frictionless", "tables", exc)], {}, {}
        problems += found
        mistyped = {p.resource for p in found if p.code == "type-error"}
        clean = {n: f for n, f in frames.items() if n not in mistyped}
    if "frictionless-py" in layers:
        from frictionless import FrictionlessException

        try:
            problems += _guarded("frictionless-py", descriptor_path.name, frictionless_layer.validate_descriptor,
                                 descriptor_path)
        except FrictionlessException as exc:
            problems.append(Problem("frictionless-py", descriptor_path.name, None, None, None,
                                    exc.error.type, " ".join(str(exc.error.message).split())))
    typed = {}
    if "pandera" in layers:
        from pakiran_events.core.tables import read_csv_typed

        csv_paths = {name: root / r["path"] for name, r in resources.items() if (root / r["path"]).is_file()}
        try:
            found, typed = pandera_layer.validate_tables(csv_paths, schemas, clean, settled, memo=memo)
        except KeyError as exc:  # a resource the cross-table rules join on is absent or renamed
            found, typed = [Problem("pandera", descriptor_path.name, None, None, None, "bad-descriptor",
                                    f"no resource {exc}, which the cross-table rules need")], {}
        except _read_errors():  # find the tables that cannot be read, name them, and check the rest
            readable = {}
            for name, path in csv_paths.items():
                bad = _guarded("pandera", name, lambda p=path, n=name: read_csv_typed(p, schemas[n], n)[1] and [])
                problems += bad
                if not bad:
                    readable[name] = path
            try:
                found, typed = pandera_layer.validate_tables(readable, schemas)
            except _read_errors() as exc:
                found, typed = [_unreadable("pandera", "tables", exc)], {}
        problems += found
    if "integrity" in layers:
        from pakiran_events.core.tables import read_csv_typed

        for name, r in resources.items():
            if name not in typed and name in clean:
                typed[name] = clean[name]
            if name not in typed and "parquet" in r and (root / r["path"]).is_file():
                try:
                    typed[name], _ = read_csv_typed(root / r["path"], schemas[name], name, "integrity")
                except _read_errors() as exc:
                    problems.append(_unreadable("integrity", name, exc))
            problems += integrity.check_file(root, name, r)
            if "parquet" in r:
                problems += integrity.check_file(root, name, r["parquet"])
                if name in typed:
                    problems += _guarded("integrity", name, integrity.parquet_matches_csv, root, name, r["parquet"],
                                         typed[name])
        for view in desc.get(VIEWS_PROPERTY, []):
            problems += integrity.check_file(root, f"view {view['name']}", view)
    return problems


def _hashed_files(desc: dict, root: Path, layers: tuple[str, ...]) -> list[tuple[Path, str]]:
    """(path, algorithm) of each digest this run will ask for: the frictionless layer's of a
    resource's `hash` (md5 when it has no prefix, as frictionless reads it), the integrity layer's
    sha256 of every file with a `hash` (resources, their Parquet copies, the views)."""
    files = []
    for r in desc.get("resources", []):
        algo = str(r.get("hash") or "").rpartition(":")[0] or "md5"
        if "frictionless" in layers and r.get("hash") and algo in ("sha256", "md5") and isinstance(r.get("path"), str):
            files.append((root / r["path"], algo))
        if "integrity" in layers:
            facts = [r, r.get("parquet") or {}]
            files += [(root / f["path"], "sha256") for f in facts if "hash" in f and isinstance(f.get("path"), str)]
    if "integrity" in layers:
        files += [(root / v["path"], "sha256") for v in desc.get(VIEWS_PROPERTY, [])
                  if "hash" in v and isinstance(v.get("path"), str)]
    return list(dict.fromkeys(files))


def _frictionless_error() -> type[BaseException]:
    """frictionless-py's exception class when frictionless has been imported (only code that
    imported it can raise it), else a class nothing raises: a run whose descriptor verdict was
    remembered (descriptor_cache.py) need not import frictionless at all."""
    module = sys.modules.get("frictionless")
    return module.FrictionlessException if module is not None else _NeverRaised


class _NeverRaised(Exception):
    pass


def _read_errors() -> tuple:
    import polars as pl

    return (OSError, ValueError, UnicodeDecodeError, pl.exceptions.PolarsError)


def _unreadable(layer: str, resource: str, exc: BaseException) -> Problem:
    message = " ".join(str(exc).split())[:300] or type(exc).__name__
    return Problem(layer, resource, None, None, None, "unreadable-table", f"{type(exc).__name__}: {message}")


def _guarded(layer: str, resource: str, check, *args) -> list[Problem]:
    """Run one layer's check of one resource; a file it cannot read (truncated, not UTF-8,
    ragged, corrupt Parquet) becomes an `unreadable-table` problem naming it, and the run goes on."""
    try:
        return check(*args)
    except _read_errors() as exc:
        return [_unreadable(layer, resource, exc)]
