"""Validating a package whose biggest table (evidence) is read in row batches, never whole.

Why: `extract` validates the package it writes, and the whole-frame path (`validate_package`)
reads the evidence CSV typed in one frame (1.9 M rows, +420 MB, at 50,000 replicated reports),
so the parent's memory grew with the corpus. Here the named resources are read BATCH_BYTES of
lines at a time and each batch goes through the same checks as the whole path:

- the polars Table Schema engine (`table_schema.check_text_cells`: types, constraints, foreign
  keys into the other resources, blank rows, rows polars would read differently);
- the Pandera schema of the resource (`pandera_layer.check_frame`) and its cross-table rules
  (`pandera_layer.rule_problems`: foreign keys, evidence-record-unknown and
  span-past-end-of-source are row by row);
- the Parquet copy, the same rows sliced from the file (integrity).

What spans rows is settled without the frame: the uniqueness of the primary key and of `unique`
fields by a 64-bit hash of each row's key (8 bytes a row; every hash distinct means every key
distinct), the row count by adding the batches up, and the other resources' rules that read this
one (missing-evidence) on its distinct (record_table, record_id, field) rows (`STANDINS`).

The batched path only ever answers "the package is clean": at the first problem, or anything it
does not settle (quotes or carriage returns in the file, a repeated key hash, a null key cell, a
self-referencing foreign key, an unreadable file), it gives up and `validate_package` runs the
whole-frame path, which reports every problem with its line, in its order. A clean verdict here
is therefore the only thing that must agree with the whole path (tests/test_validate_streamed.py
compares both on corrupted packages).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from pakiran_events.core.packages import read_descriptor
from pakiran_events.core.paths import VIEWS_PROPERTY

if TYPE_CHECKING:
    import polars as pl

    from pakiran_events.core.schema import TableSchema

BATCH_BYTES = 16 << 20  # about 95,000 evidence rows a batch
# the columns of a streamed resource that other resources' rules read (rules._located_evidence)
STANDINS = {"evidence": ("record_table", "record_id", "field")}


class NotSettled(Exception):
    """The batched path cannot vouch for the package: the whole-frame path must decide."""


def csv_batches(path: Path, batch_bytes: int | None = None) -> Iterator[bytes]:
    """The CSV's header line followed by whole lines, about `batch_bytes` (default BATCH_BYTES)
    of them at a time; the last line may lack its line break. Raises NotSettled for a file with a
    quote or a carriage return (a line break could sit inside a cell)."""
    size = batch_bytes or BATCH_BYTES
    with Path(path).open("rb") as fh:
        header = fh.readline()
        rest = b""
        while True:
            block = fh.read(size)
            if not block:
                if rest.strip():
                    yield _plain(header + rest)
                return
            block = rest + block
            cut = block.rfind(b"\n") + 1
            if not cut:
                rest = block
                continue
            rest = block[cut:]
            yield _plain(header + block[:cut])


def _plain(chunk: bytes) -> bytes:
    if b'"' in chunk or b"\r" in chunk:
        raise NotSettled("quotes or carriage returns: read whole")
    return chunk


def _key_columns(schema: TableSchema) -> list[list[str]]:
    keys = [[f["name"]] for f in schema.fields if f.get("constraints", {}).get("unique")]
    return keys + ([schema.primary_key] if schema.primary_key else [])


def check_resource_batched(root: Path, r: dict, schemas: dict[str, TableSchema], others: dict[str, pl.DataFrame],
                           layers: tuple[str, ...], batch_bytes: int | None = None) -> pl.DataFrame:
    """One resource, batch by batch, under every check of `layers`; `others` holds every other
    resource's typed frame. Returns its stand-in frame (STANDINS) for the other resources' rules.
    Raises NotSettled at the first problem or at anything the batches cannot settle."""
    import polars as pl

    from pakiran_events.validate import pandera_layer, table_schema

    name, schema = r["name"], schemas[r["name"]]
    if name not in STANDINS:
        raise NotSettled(f"{name}: no stand-in for the other resources' rules")
    for fk in schema.foreign_keys:
        if (fk["reference"].get("resource") or name) == name:
            raise NotSettled(f"{name}: a foreign key into itself")
    path = root / r["path"]
    parquet = root / r["parquet"]["path"] if "parquet" in r and "integrity" in layers else None
    if parquet is not None and not parquet.is_file():
        raise NotSettled("no Parquet copy")
    names = frozenset(schema.field_names)
    keys = _key_columns(schema)
    hashes: list[list[pl.Series]] = [[] for _ in keys]
    standin: list[pl.DataFrame] = []
    rows = 0
    for chunk in csv_batches(path, batch_bytes):
        try:
            raw = table_schema.read_text_cells(chunk, schema)
        except table_schema.NeedsFrictionless as exc:
            raise NotSettled(str(exc)) from exc
        result = table_schema.check_text_cells(name, schema, raw, others)
        del raw
        if result.problems or result.settled != names or result.typed is None:
            raise NotSettled(f"{name}: a problem in rows {rows + 1}-")
        frame = result.typed
        for k, key in enumerate(keys):
            if frame.select(pl.any_horizontal(pl.col(key).is_null()).any()).item():
                raise NotSettled(f"{name}: an empty key cell")
            hashes[k].append(frame.select(key).hash_rows())
        if "pandera" in layers:
            if pandera_layer.check_frame(frame, schema, names, names):
                raise NotSettled(f"{name}: a Pandera failure")
            if pandera_layer.rule_problems({**others, name: frame}, schemas, frozenset({name})):
                raise NotSettled(f"{name}: a cross-table rule fails")
        if parquet is not None:
            copy = pl.scan_parquet(parquet).slice(rows, frame.height).collect()
            if not copy.equals(frame) or copy.columns != frame.columns or copy.dtypes != frame.dtypes:
                raise NotSettled(f"{name}: the Parquet copy differs")
        standin.append(frame.select(STANDINS[name]).unique())
        rows += frame.height
    if not rows:
        raise NotSettled(f"{name}: no rows")
    for parts in hashes:
        every = pl.concat(parts)
        if every.n_unique() != every.len():
            raise NotSettled(f"{name}: a key hash repeats")
    if table_schema.file_problems(name, r, path, rows):
        raise NotSettled(f"{name}: hash, bytes or rows differ")
    if parquet is not None and int(pl.scan_parquet(parquet).select(pl.len()).collect().item()) != rows:
        raise NotSettled(f"{name}: the Parquet copy has other rows")
    return pl.concat(standin).unique(maintain_order=True)


def _here(fn: Callable, *args):
    return fn(*args)


def package_is_clean(descriptor_path: Path, layers: tuple[str, ...], streamed: frozenset[str],
                     batch_bytes: int | None = None, run: Callable | None = None) -> bool:
    """True when every layer of `layers` passes on the package with the `streamed` resources read
    in batches; False when something fails or is not settled this way (then nothing is known:
    the caller runs the whole-frame path, which names every problem). `run(fn, *args)`, if given,
    calls each resource's `check_resource_batched` (extract passes a worker process of its pool,
    so that the batches' working set never enters the parent); by default it is called here."""
    import frictionless
    import polars as pl

    from pakiran_events.core.schema import TableSchema
    from pakiran_events.validate import integrity, pandera_layer, table_schema
    from pakiran_events.validate.descriptor_check import check_descriptor

    if "frictionless" not in layers or "frictionless-py" in layers:
        return False
    root = descriptor_path.parent
    try:
        desc = read_descriptor(descriptor_path, shape=False)
        if check_descriptor(desc, root):
            return False
        resources = {r["name"]: r for r in desc["resources"]}
        if not streamed <= set(resources):
            return False
        schemas = {n: TableSchema(n, r["schema"]) for n, r in resources.items()}
        if any((fk["reference"].get("resource") or n) in streamed
               for n, schema in schemas.items() if n not in streamed for fk in schema.foreign_keys):
            return False  # a foreign key into a streamed table needs its keys whole
        found, frames, settled = table_schema.check_package_settled(descriptor_path, skip=streamed)
        if found or set(frames) != set(resources) - streamed:
            return False
        standins = {n: (run or _here)(check_resource_batched, root, resources[n], schemas, frames, layers, batch_bytes)
                    for n in streamed}
        if "pandera" in layers:
            paths = {n: root / r["path"] for n, r in resources.items()}
            found, _ = pandera_layer.validate_tables(paths, schemas, frames, settled, standins)
            if found:
                return False
        if "integrity" in layers:
            for n, r in resources.items():
                if integrity.check_file(root, n, r):
                    return False
                if "parquet" in r:
                    if integrity.check_file(root, n, r["parquet"]):
                        return False
                    if n not in streamed and integrity.parquet_matches_csv(root, n, r["parquet"], frames[n]):
                        return False
            for view in desc.get(VIEWS_PROPERTY, []):
                if integrity.check_file(root, f"view {view['name']}", view):
                    return False
    except (NotSettled, KeyError, TypeError, OSError, ValueError, UnicodeDecodeError, pl.exceptions.PolarsError,
            frictionless.FrictionlessException):
        return False
    return True
