"""Build step 1: curated rows -> the typed, normalised, sorted tables of the package.

Derivations happen here and only here: an event's city, country and coordinates come from the
places gazetteer; event_sources are the sources its evidence cites; the codebook comes from
the vocabularies declared in schemas/.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from pakiran_events.core.derive import event_sources, place_copies, place_fields
from pakiran_events.core.paths import CURATED_DIR
from pakiran_events.core.problems import Problem
from pakiran_events.core.schema import TableSchema, codebook_rows, country_rows, load_schemas
from pakiran_events.core.tables import cast_strings, frame_from_rows, sort_by_key
from pakiran_events.curate.curated import read_curated


def assemble(root: Path, schemas: dict[str, TableSchema] | None = None,
             load_file=None, parallel: bool = False) -> tuple[dict[str, pl.DataFrame], list[Problem]]:
    """All tables of the package from the curated inputs under `root/dataset/curated`
    (`load_file`: how a YAML file is parsed, `core.yaml_input.load_file` by default; `parallel`:
    parse the engagement files in worker processes, build/parallel.py)."""
    schemas = schemas or load_schemas(root / "schemas")
    curated = _read_curated(root, schemas, load_file) if parallel else read_curated(root / CURATED_DIR, schemas, load_file)
    tables, problems = tables_from_rows(root, schemas, curated.rows)
    return tables, list(curated.problems) + problems


def _read_curated(root: Path, schemas: dict[str, TableSchema], load_file=None):
    """`read_curated`; without a `load_file` of its own (a clean build), the engagement files are
    parsed by worker processes ahead of the reader (build/parallel.py) when there are many."""
    from pakiran_events.build.parallel import ParallelLoad, workers_for
    from pakiran_events.curate.curated import engagement_files

    files = engagement_files(root / CURATED_DIR) if load_file is None else []
    workers = workers_for(len(files))
    if not workers:
        return read_curated(root / CURATED_DIR, schemas, load_file)
    with ParallelLoad(files, workers) as parallel_load:
        return read_curated(root / CURATED_DIR, schemas, parallel_load)


def tables_from_rows(root: Path, schemas: dict[str, TableSchema], rows: dict[str, list[dict]],
                     strings: dict[str, pl.DataFrame] | None = None,
                     typed: dict[str, pl.DataFrame] | None = None) -> tuple[dict[str, pl.DataFrame], list[Problem]]:
    """The typed, sorted tables from curated rows (`rows` gains the derived values: an event's
    place copies, event_sources, codebook, countries). `strings`: tables given already as frames of
    text (build/snapshot.py), with their derived values; they replace `rows` for those tables.
    `typed`: tables given already typed by `cast_strings` without a problem and sorted by
    `sort_by_key` (build/snapshot.py); taken as they are. Returns the tables and the problems of
    cells that do not type."""
    strings, typed = strings or {}, typed or {}
    place_fields(rows, place_copies(schemas))
    if "event_sources" not in strings:
        rows["event_sources"] = event_sources(rows, schemas)
    rows["codebook"] = codebook_rows(schemas)
    rows["countries"] = country_rows(root / "schemas")
    problems: list[Problem] = []
    tables = {}
    for name, schema in schemas.items():
        if name in typed:
            tables[name] = typed[name]
            continue
        frame = strings[name] if name in strings else frame_from_rows(rows.get(name, []), schema)
        cast, cast_problems = cast_strings(frame, schema, name, layer="curated", first_line=None)
        problems += cast_problems
        tables[name] = sort_by_key(cast, schema)
    return tables, problems


def curated_origins(root: Path, schemas: dict[str, TableSchema]
                    ) -> dict[tuple[str, str], list[tuple[str, int | None, dict[str, int]]]]:
    """(table, record id) -> every (curated file, line, {field: line of its key}) the record was
    written in. Derived rows point at what they derive from: an event_sources row at its event."""
    from pakiran_events.core.tables import record_id

    curated = read_curated(root / CURATED_DIR, schemas)
    out: dict[tuple[str, str], list[tuple[str, int | None, dict[str, int]]]] = {}
    for table, rows in curated.rows.items():
        if table not in schemas:
            continue
        for row, origin, lines in zip(rows, curated.origins.get(table, []), curated.field_lines.get(table, [])):
            out.setdefault((table, record_id(row, schemas[table])), []).append((*origin, lines))
    for row in event_sources(curated.rows, schemas):
        event_origin = out.get(("events", str(row["event_id"])))
        if event_origin:
            out.setdefault(("event_sources", record_id(row, schemas["event_sources"])),
                           [(f, n, {}) for f, n, _ in event_origin])
    return out


def locate_problems(root: Path, schemas: dict[str, TableSchema], tables: dict[str, pl.DataFrame],
                    problems: list[Problem]) -> list[Problem]:
    """Problems found after assembly name a table and a row of a CSV written aside (deleted when the
    build fails): point each at the curated file and line its record was written in instead.

    A problem is matched by its record id (or, without one, by the id of the row it names in
    `tables`, the order the tables were written in). A record written in two places (a duplicate
    id) names the first and lists the others; a record from no curated file (a merged candidate,
    the codebook) keeps its table name, with the built row in the message."""
    from pakiran_events.core.tables import FIRST_DATA_LINE, record_ids

    origins = curated_origins(root, schemas)
    ids_of: dict[str, list] = {}
    out = []
    for p in problems:
        if p.resource not in schemas:  # already a file (a curated-stage problem) or the descriptor
            out.append(p)
            continue
        rid = p.record_id
        if rid is None and p.row is not None and p.resource in tables:
            if p.resource not in ids_of:
                ids_of[p.resource] = record_ids(tables[p.resource], schemas[p.resource]).to_list()
            index = p.row - FIRST_DATA_LINE if p.layer != "curated" else None
            if index is not None and 0 <= index < len(ids_of[p.resource]):
                rid = ids_of[p.resource][index]
        found = origins.get((p.resource, rid)) if rid is not None else None
        if not found:
            built = f" (row {p.row} of the built {p.resource} table)" if p.row is not None and p.layer != "curated" else ""
            out.append(Problem(p.layer, p.resource, None if built else p.row, rid, p.field, p.code, p.message + built))
            continue
        (path, line, lines), others = found[0], found[1:]
        line = lines.get(p.field or "", line)  # the field's own line where the file gives it
        also = f" (also written in {', '.join(f'{f} line {n}' if n else f for f, n, _ in others)})" if others else ""
        out.append(Problem(p.layer, path, line, rid, p.field, p.code, f"{p.resource}: {p.message}{also}"))
    return out
