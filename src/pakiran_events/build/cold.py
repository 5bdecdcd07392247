"""A clean build's curated stage in parts: worker processes read the engagement files (parse,
walk, check, type) and send back small typed frames, so the build's own process no longer
walks every document.

Measured at HEAD before this (cProfile of a clean build's process): the parse workers parsed the
files, but the build's process unpickled every document and walked it into one Python dict per
row (events, participants, commitments, ~20 evidence rows per event), checked every cell, and
turned the rows into frames: most of its time, on one core, while the workers waited. Here each
worker does all of that for its part of the files (`curate.curated.read_engagement_rows`, the
reader's own code) and types the rows as the assembly snapshot does (`build.snapshot`'s
`frames_of`); the build's process reads the registries, joins the parts and derives what crosses
files (an event's place copies, event_sources) over the whole tables with polars, as a cached
rebuild does (`build.snapshot.derived_tables`). A worker parses a file in curated YAML's plain
subset with `curate.yaml_subset` (no lines: they only locate problems, and a part with a problem
is never used) and any other file with the line-numbered reader (r12: 0.54-0.69x of the workers'
CPU, docs/BENCHMARKS.md).

Same package, same problems: the parts are used only when no part and no registry has a
problem, every cell types, and no record id is missing or given twice across parts; anything
else (and anything wrong with the pool) means the whole folder is read as before
(`build.assemble.assemble`), which reports every problem with its file and line. A cached rebuild
already relies on the same equivalence (rows of files read apart, joined and derived with polars,
are the rows of a full read): tests/test_build_snapshot.py and tests/test_build_cold.py.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Iterator

import polars as pl

from pakiran_events.build import parallel
from pakiran_events.core.paths import CURATED_DIR
from pakiran_events.core.problems import Problem
from pakiran_events.core.schema import TableSchema
from pakiran_events.core.tables import sort_by_key

CHUNK = 64  # engagement files per task (a task's frames are a few hundred kB)
AHEAD = 3  # tasks in flight per worker


class _NotClean(Exception):
    """The parts cannot give what a full read gives: read the whole folder instead."""


_schemas: dict[str, dict[str, TableSchema]] = {}  # a worker's schemas per checkout, loaded once


def _read_part(root: str, paths: list[str], start: int) -> dict[str, pl.DataFrame] | None:
    """The engagement tables of these files (snapshot frames: events as text, the others typed
    and sorted by key, each row with the index of its file counted from `start`), or None when
    the files have a problem, a cell does not type, or a file gave no row. Read with the cycle
    collector paused: the documents and rows are trees, and its passes over the part's hundreds
    of thousands of new objects cost ~6% of a worker's time (it runs again after the part)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _read_part_paused(root, paths, start)
    finally:
        if enabled:
            gc.enable()


def _read_part_paused(root: str, paths: list[str], start: int) -> dict[str, pl.DataFrame] | None:
    from pakiran_events.build import snapshot
    from pakiran_events.core.schema import load_schemas
    from pakiran_events.curate import yaml_subset
    from pakiran_events.curate.curated import read_engagement_rows

    if root not in _schemas:
        _schemas[root] = load_schemas(Path(root) / "schemas")
    schemas = _schemas[root]
    # files in curated YAML's plain subset parsed by its fast reader: no lines, needed only to
    # report a problem, and a part with a problem is read again whole, with them
    curated = read_engagement_rows(Path(root) / CURATED_DIR, schemas, [Path(p) for p in paths],
                                   load_file=yaml_subset.load_file)
    if curated.problems:
        return None
    names: list[str] = []
    try:
        frames = snapshot.frames_of(curated.rows, curated.origins, schemas, names)
    except (snapshot.FullRead, pl.exceptions.PolarsError):
        return None
    if len(names) != len(paths):  # a file that gave no row: the full read says why
        return None
    return {name: frame.with_columns(pl.col(snapshot.FILE) + start) for name, frame in frames.items()}


def _parts(root: Path, files: list[Path], workers: int) -> Iterator[dict[str, pl.DataFrame] | None]:
    """Each part's frames in the files' order, with at most `workers * AHEAD` tasks in flight;
    raises whatever the pool raises (the caller then reads the whole folder)."""
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=parallel.die_with_parent, initargs=(os.getpid(),))
    try:
        tasks = iter(range(0, len(files), CHUNK))
        pending: deque[Future] = deque()

        def submit() -> bool:
            start = next(tasks, None)
            if start is None:
                return False
            pending.append(pool.submit(_read_part, str(root), [str(p) for p in files[start:start + CHUNK]], start))
            return True

        with parallel.sigint_blocked():  # the first tasks start the workers
            while len(pending) < workers * AHEAD and submit():
                pass
        while pending:
            part = pending.popleft().result()
            submit()
            yield part
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def assemble_in_parts(root: Path, schemas: dict[str, TableSchema]
                      ) -> tuple[dict[str, pl.DataFrame], list[Problem]]:
    """`build.assemble.assemble(root, schemas, parallel=True)`'s result (the same tables, the same
    problems): from parts read by worker processes when every part is clean, else (or with too
    few files for a pool, or a root that is not absolute) by reading the whole folder."""
    from pakiran_events.build.assemble import assemble

    tables = _in_parts(Path(root), schemas)
    if tables is None:
        return assemble(root, schemas, parallel=True)
    return tables, []


def _in_parts(root: Path, schemas: dict[str, TableSchema]) -> dict[str, pl.DataFrame] | None:
    from pakiran_events.build import snapshot
    from pakiran_events.build.assemble import tables_from_rows
    from pakiran_events.curate.curated import events_listing, read_curated

    if not root.is_absolute():  # problems and file names are the reader's from an absolute root
        return None
    listing = events_listing(root / CURATED_DIR)
    files = listing.files
    workers = parallel.workers_for(len(files))
    if not files or not workers:
        return None
    # the registries, and the folder's own checks (misplaced files, links out of it), read here
    registries = read_curated(root / CURATED_DIR, schemas, engagements=[], listing=listing)
    if registries.problems:
        return None
    parts: dict[str, list[pl.DataFrame]] = {name: [] for name in snapshot.ENGAGEMENT_TABLES}
    try:
        for part in _parts(root, files, workers):
            if part is None:
                raise _NotClean("a part has a problem")
            for name in parts:
                parts[name].append(part[name])
        frames = {name: pl.concat(frames, how="vertical") for name, frames in parts.items()}
        del parts
        typed = {name: sort_by_key(frames[name], schemas[name]) for name in snapshot.TYPED_TABLES}
        derived = snapshot.derived_tables({**frames, **typed}, registries.rows.get("places", []), schemas)
        tables, problems = tables_from_rows(
            root, schemas, registries.rows, {n: derived[n] for n in ("events", "event_sources")},
            typed={name: typed[name].select(schemas[name].field_names) for name in snapshot.TYPED_TABLES})
    except (_NotClean, snapshot.FullRead, pl.exceptions.PolarsError):
        return None
    except Exception:  # noqa: BLE001 - a broken pool or a result that cannot be sent: the full read decides
        return None
    return None if problems else tables
