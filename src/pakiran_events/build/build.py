"""`build`: curated inputs -> validated data package, moved into place only if it is clean.

The package is written to a temporary folder beside the repo's own, validated there with both
layers, and only then swapped in; a failed build leaves the previous package untouched.
"""

from __future__ import annotations

import re
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

from pakiran_events.core.lock import LockTimeout, folder_lock
from pakiran_events.core.paths import DATA_DIR, EXTRACTED_DIR
from pakiran_events.core.problems import Problem, ProblemsFound
from pakiran_events.curate.id_stability import check_id_stability
from pakiran_events.publish.package import complete_pending, publish_validated
from pakiran_events.publish.write import read_meta


@dataclass(frozen=True)
class BuildResult:
    descriptor_path: Path
    row_counts: dict[str, int]


def build(root: Path, validate: bool = True, cache: bool = True, parse_workers: bool = False) -> BuildResult:
    """Build the package of the repo at `root`; raise ProblemsFound listing every problem.

    Holds the checkout's lock (core/lock.py) from reading the curated files to the swap, so two
    builds run one after the other; raises LockTimeout if another run keeps it too long.
    `cache`: parse a curated file only when its content changed (build/cache.py); False parses
    every file (`--no-cache`), and write only the tables whose rows changed since the last cached
    build published (build/published.py). Both give the same package, byte for byte.
    `parse_workers`: a clean build, or a cached one that reads every file (no usable snapshot),
    parses its engagement files in worker processes (build/parallel.py; same package); a clean
    build's workers also walk and type them (build/cold.py; same package, same problems). Spawned workers import the caller's main module again, so
    only a program whose main module does nothing on import (the command; a script guarded by
    `if __name__ == "__main__"`) may ask for them."""
    with folder_lock(root):
        return _build(root, validate, cache, parse_workers)


def _build(root: Path, validate: bool, cache: bool = True, parse_workers: bool = False) -> BuildResult:
    from pakiran_events.build.assemble import assemble
    from pakiran_events.build.cache import ParseCache
    from pakiran_events.build.cold import assemble_in_parts
    from pakiran_events.build.snapshot import assemble_cached
    from pakiran_events.core.schema import load_schemas
    from pakiran_events.core.tables import sort_by_key

    schemas = load_schemas(root / "schemas")
    if cache:
        tables, problems = assemble_cached(root, schemas, ParseCache(root), parallel=parse_workers)
    elif parse_workers:  # workers read the engagement files into typed frames (build/cold.py)
        tables, problems = assemble_in_parts(root, schemas)
    else:
        tables, problems = assemble(root, schemas)
    if not problems:
        assembled = tables  # sorted by key already (assemble.tables_from_rows)
        tables, problems = _merged(root, tables, schemas)
        # only what the merge changed or added is sorted again (an evidence table of millions of
        # rows the merge left as it was is not sorted twice: same rows, same order)
        tables = {name: t if assembled.get(name) is t else sort_by_key(t, schemas[name]) for name, t in tables.items()}
    problems += check_id_stability(root, tables, schemas) if not problems else []
    if problems:
        if validate:
            problems += _validation_problems(root, tables, schemas, problems)
        raise ProblemsFound(_located(root, schemas, tables, problems), "curated inputs have problems; nothing was written")
    reuse: dict = {}
    if cache:  # a table whose rows are those last published is linked, not written (build/published.py)
        from pakiran_events.build import published

        reuse, digests = published.reusable(root, schemas, tables, DATA_DIR)
    try:
        publish_validated(tables, schemas, read_meta(root), root, validate, lock=False, reuse=reuse)
    except ProblemsFound as exc:
        raise ProblemsFound(_located(root, schemas, tables, exc.problems),
                            "the built package failed validation; the previous package is untouched") from None
    if cache:
        published.record(root, schemas, digests, DATA_DIR)
    return BuildResult(root / "datapackage.json", {n: t.height for n, t in tables.items()})


def _merged(root: Path, tables: dict, schemas: dict) -> tuple[dict, list[Problem]]:
    """The curated tables with the extracted candidates merged in; a package in dataset/extracted
    that cannot be read is one problem naming it (rebuild it with `extract`), not an internal error.
    Holds dataset/extracted's lock while reading it (a build holds the checkout's first; extract
    takes only its output folder's, so the two never wait on each other in a circle)."""
    import polars as pl

    from pakiran_events.build.merge import merge_extracted

    try:
        extracted = root / EXTRACTED_DIR
        if not extracted.is_dir():
            return merge_extracted(root, tables), []
        # read under the lock `extract --out` publishes under, an extraction killed while it was put
        # in place completed first: the merge sees one extraction's tables, never half of two
        with ExitStack() as held:
            try:
                held.enter_context(folder_lock(extracted))
            except LockTimeout:
                raise
            except OSError:  # a folder this user cannot write (no lock file, no journal to complete): as it lies
                return merge_extracted(root, tables), []
            complete_pending(extracted)
            return merge_extracted(root, tables), []
    except LockTimeout:
        raise  # an extraction still writing there: the command's `folder-locked`, not an unreadable package
    except (OSError, ValueError, KeyError, TypeError, AttributeError, pl.exceptions.PolarsError) as exc:
        message = " ".join(str(exc).split())[:300] or type(exc).__name__
        return tables, [Problem("curated", str(EXTRACTED_DIR / "datapackage.json"), None, None, None, "unreadable",
                                f"the extracted package cannot be merged ({type(exc).__name__}: {message}); "
                                f"run `pakiran-events extract ... --out {EXTRACTED_DIR.as_posix()}` again")]


def _file_lost(p: Problem) -> bool:
    """A curated problem that loses a whole file (unreadable, missing, a header or top level of the
    wrong shape: no record and no field named). What validation would find next follows from the
    missing records (every reference to them), so it is not listed on top."""
    return p.code in ("unreadable", "missing-file") or (p.code == "bad-structure" and p.record_id is None
                                                          and p.field is None)


def _validation_problems(root: Path, tables: dict, schemas: dict, found: list[Problem]) -> list[Problem]:
    """All errors of a run: the built tables are validated aside even when the curated stage found
    problems, so a mistake in another file shows now, not on the next run. Nothing is published.
    A cell the curated stage already reported (same table, record and field) is not repeated."""
    lost = [p.resource for p in found if _file_lost(p)]
    follows = [_what_follows(resource, schemas) for resource in lost]
    if any(f is None for f in follows):
        return []  # a file whose loss cannot be bounded: what validation finds would mostly follow from it
    from pakiran_events.publish.package import validate_aside

    fields = set().union(*follows) if follows else set()
    reported = {(p.resource, p.record_id, p.field) for p in found}
    return [p for p in validate_aside(tables, schemas, read_meta(root), root)
            if (p.resource, p.record_id, p.field) not in reported
            and not (p.code in _REFERENCE_CODES and _referring_field(p) in fields)
            and not (p.code == "title-not-held" and "title" in fields)]


# What references a lost file's records: a problem of one of these codes on one of these fields
# follows from the loss (not from a second mistake), so it is not listed on top of it.
_REFERENCE_CODES = frozenset({"foreign-key", "evidence-record-unknown"})


def _referring_field(p: Problem) -> str | None:
    """The field a reference problem is about (the Frictionless layer names it only in its
    message: 'for "source_id": values not found ...')."""
    found = re.search(r'for "([^"]+)"', p.message or "")
    return p.field or (found.group(1) if found else None)


def _what_follows(resource: str | None, schemas: dict) -> set[str] | None:
    """The fields whose reference problems follow from losing the curated file `resource`: every
    field whose foreignKey (schemas/) points at the table the file makes (an engagement file:
    events; actors.yaml: actors; ...), and `title` for positions.yaml (the `title-not-held` rule
    reads it); None when the file's table is not known, so the loss cannot be bounded."""
    path = Path(resource or "")
    table = "events" if "events" in path.parts[:-1] else path.stem
    if table not in schemas:
        return None
    fields = {f for schema in schemas.values() for fk in schema.foreign_keys
              if fk["reference"]["resource"] == table for f in fk["fields"]}
    return fields | ({"title"} if table == "positions" else set())


def _located(root: Path, schemas: dict, tables: dict, problems: list[Problem]) -> list[Problem]:
    from pakiran_events.build.assemble import locate_problems
    from pakiran_events.core.derive import place_copies

    # an event's copy of its place's value (latitude, city, ...) is reported once, at the place
    copies = place_copies(schemas)
    at_places = {p.field for p in problems if p.resource == "places"}
    problems = [p for p in problems if not (p.resource == "events" and p.field in copies and copies[p.field] in at_places)]
    located = locate_problems(root, schemas, tables, problems)
    curated = {(p.resource, p.record_id, p.field) for p in located if p.layer == "curated"}
    return [p for p in located if p.layer == "curated" or (p.resource, p.record_id, p.field) not in curated]
