"""Build step 1: curated rows -> the typed, normalised, sorted tables of the package.

Derivations happen here and only here: an event's city, country and coordinates come from the
places gazetteer; event_sources are the sources its evidence cites; the codebook comes from
the vocabularies declared in schemas/.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from pakiran_events.curated import read_curated
from pakiran_events.problems import Problem
from pakiran_events.schema import TableSchema, codebook_rows, evidenced_tables, load_schemas
from pakiran_events.paths import CURATED_DIR
from pakiran_events.tables import cast_strings, frame_from_rows, record_id, sort_by_key

COUNTRY_LEVEL = "country"  # coordinate_precision of a place that is a whole country: it names no city


def place_copies(schemas: dict[str, TableSchema] | None = None) -> dict[str, str]:
    """Event field -> places column it is copied from (the events schema's `derivedFrom`)."""
    return (schemas or load_schemas())["events"].derived_from("places")


def place_copy(place: dict, column: str, copies: dict[str, str]):
    """The value an event copies into `column` from its place (a country-level place has no city)."""
    if copies[column] == "name" and place.get("coordinate_precision") == COUNTRY_LEVEL:
        return None
    return place.get(copies[column])


def _place_fields(rows: dict[str, list[dict]], copies: dict[str, str]) -> None:
    places = {p.get("place_id"): p for p in rows.get("places", [])}
    for event in rows.get("events", []):
        place = places.get(event.get("place_id"), {})
        for column in copies:
            event[column] = place_copy(place, column, copies)


def _event_sources(rows: dict[str, list[dict]], schemas: dict[str, TableSchema]) -> list[dict]:
    """Each event is linked to every source its own evidence, or its records' evidence, cites."""
    event_of = {
        (table, record_id(row, schemas[table])): row.get("event_id")
        for table in evidenced_tables(schemas) for row in rows.get(table, [])
    }
    links = {(event_of[(ev["record_table"], ev["record_id"])], ev["source_id"])
             for ev in rows.get("evidence", []) if (ev["record_table"], ev["record_id"]) in event_of}
    return [{"event_id": e, "source_id": s} for e, s in sorted(links)]


def assemble(root: Path, schemas: dict[str, TableSchema] | None = None) -> tuple[dict[str, pl.DataFrame], list[Problem]]:
    """All tables of the package from the curated inputs under `root/dataset/curated`."""
    schemas = schemas or load_schemas(root / "schemas")
    curated = read_curated(root / CURATED_DIR, schemas)
    rows = curated.rows
    _place_fields(rows, place_copies(schemas))
    rows["event_sources"] = _event_sources(rows, schemas)
    rows["codebook"] = codebook_rows(schemas)
    problems = list(curated.problems)
    tables = {}
    for name, schema in schemas.items():
        typed, cast_problems = cast_strings(frame_from_rows(rows.get(name, []), schema), schema, name,
                                           layer="curated", first_line=None)
        problems += cast_problems
        tables[name] = sort_by_key(typed, schema)
    return tables, problems
