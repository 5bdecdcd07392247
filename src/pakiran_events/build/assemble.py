"""Build step 1: curated rows -> the typed, normalised, sorted tables of the package.

Derivations happen here and only here: an event's city, country and coordinates come from the
places gazetteer; event_sources are the sources its evidence cites; the codebook comes from
the vocabularies declared in schemas/.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from pakiran_events.curate.curated import read_curated
from pakiran_events.core.problems import Problem
from pakiran_events.core.schema import TableSchema, codebook_rows, country_rows, load_schemas
from pakiran_events.core.paths import CURATED_DIR
from pakiran_events.core.derive import event_sources, place_copies, place_fields
from pakiran_events.core.tables import cast_strings, frame_from_rows, sort_by_key

def assemble(root: Path, schemas: dict[str, TableSchema] | None = None,
             load_file=None) -> tuple[dict[str, pl.DataFrame], list[Problem]]:
    """All tables of the package from the curated inputs under `root/dataset/curated`
    (`load_file`: how a YAML file is parsed, `core.yaml_input.load_file` by default)."""
    schemas = schemas or load_schemas(root / "schemas")
    curated = read_curated(root / CURATED_DIR, schemas, load_file)
    rows = curated.rows
    place_fields(rows, place_copies(schemas))
    rows["event_sources"] = event_sources(rows, schemas)
    rows["codebook"] = codebook_rows(schemas)
    rows["countries"] = country_rows(root / "schemas")
    problems = list(curated.problems)
    tables = {}
    for name, schema in schemas.items():
        typed, cast_problems = cast_strings(frame_from_rows(rows.get(name, []), schema), schema, name,
                                           layer="curated", first_line=None)
        problems += cast_problems
        tables[name] = sort_by_key(typed, schema)
    return tables, problems
