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
from pakiran_events.schema import TableSchema, codebook_rows, load_schemas
from pakiran_events.tables import cast_strings, frame_from_rows, sort_by_key

PLACE_COPIES = {"city": "name", "country_iso3": "country_iso3", "latitude": "latitude", "longitude": "longitude"}


def _place_fields(rows: dict[str, list[dict]]) -> None:
    places = {p.get("place_id"): p for p in rows.get("places", [])}
    for event in rows.get("events", []):
        place = places.get(event.get("place_id"), {})
        for column, source in PLACE_COPIES.items():
            event[column] = place.get(source)


def _event_sources(rows: dict[str, list[dict]]) -> list[dict]:
    """Each event is linked to every source its own evidence, or its records' evidence, cites."""
    event_of = {}
    for c in rows.get("commitments", []):
        event_of[("commitments", str(c.get("commitment_id")))] = c.get("event_id")
    links = set()
    for ev in rows.get("evidence", []):
        table, record = ev["record_table"], ev["record_id"]
        if table == "events":
            event_id = record
        elif table == "participants":
            event_id = record.split("/", 1)[0]
        else:
            event_id = event_of.get((table, record))
        if event_id is not None:
            links.add((event_id, ev["source_id"]))
    return [{"event_id": e, "source_id": s} for e, s in sorted(links)]


def assemble(root: Path, schemas: dict[str, TableSchema] | None = None) -> tuple[dict[str, pl.DataFrame], list[Problem]]:
    """All tables of the package from the curated inputs under `root/dataset/curated`."""
    schemas = schemas or load_schemas(root / "schemas")
    curated = read_curated(root / "dataset" / "curated", schemas)
    rows = curated.rows
    _place_fields(rows)
    rows["event_sources"] = _event_sources(rows)
    rows["codebook"] = codebook_rows(schemas)
    problems = list(curated.problems)
    tables = {}
    for name, schema in schemas.items():
        typed, cast_problems = cast_strings(frame_from_rows(rows.get(name, []), schema), schema, name,
                                           layer="curated", first_line=None)
        problems += cast_problems
        tables[name] = sort_by_key(typed, schema)
    return tables, problems
