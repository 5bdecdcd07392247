"""The Pandera layer: every resource's CSV typed by its schema, checked by the derived Pandera
schema, then the cross-table rules. Returns every failure as a Problem."""

from __future__ import annotations

from pathlib import Path

import pandera.polars as pa
import polars as pl

from pakiran_events.core.errors import PANDERA_CODES
from pakiran_events.core.problems import Problem
from pakiran_events.core.schema import TableSchema
from pakiran_events.core.tables import FIRST_DATA_LINE, read_csv_typed, record_ids
from pakiran_events.validate.pandera_schemas import CHECK_FIELDS, pandera_schema
from pakiran_events.validate.rules import all_rules, rule_schema

LAYER = "pandera"


def _failures(frame: pl.DataFrame, dfs: pa.DataFrameSchema, resource: str, ids: pl.Series,
              skip: set[tuple[int, str]], field_of=None) -> list[Problem]:
    try:
        dfs.validate(frame, lazy=True)
        return []
    except pa.errors.SchemaErrors as exc:
        cases = exc.failure_cases
    except pa.errors.SchemaError as exc:  # raised for frame-level problems even when lazy
        return [Problem(LAYER, resource, None, None, None, "schema-error", str(exc))]
    # pandera reports a frame-level check by its error text; map it back to the check's name
    frame_checks = {c.error: c.name for c in dfs.checks if c.error}
    problems = []
    for case in cases.iter_rows(named=True):
        check, idx = str(case["check"]), case["index"]
        if check in frame_checks:
            code = frame_checks[check]
            field, message = (field_of(code) if field_of else None), check
        else:
            code = PANDERA_CODES.get(check.split("(", 1)[0], check.split("(", 1)[0])
            field, message = case["column"], f"{check} failed for value {case['failure_case']!r}"
        if idx is not None and (idx, field) in skip:
            continue  # already reported as a type-error for this cell
        problems.append(Problem(LAYER, resource, None if idx is None else idx + FIRST_DATA_LINE,
                                None if idx is None else ids[idx], field, code, message))
    return problems


def validate_tables(csv_paths: dict[str, Path], schemas: dict[str, TableSchema],
                    read: dict[str, pl.DataFrame] | None = None) -> tuple[list[Problem], dict[str, pl.DataFrame]]:
    """Run per-resource schemas and cross-table rules over the given CSV files. `read` may hold
    frames already read by `read_csv_typed` semantics with no cell failing to type (the
    frictionless layer's), so a file is parsed once per run."""
    problems: list[Problem] = []
    typed: dict[str, pl.DataFrame] = {}
    read = read or {}
    for name, path in csv_paths.items():
        schema = schemas[name]
        frame, cast_problems = (read[name], []) if name in read else read_csv_typed(path, schema, name)
        problems += cast_problems
        # a cell that failed to parse is null now: do not report it a second time
        skip = {(p.row - FIRST_DATA_LINE, p.field) for p in cast_problems if p.row is not None}
        ids = record_ids(frame, schema)
        problems += _failures(frame, pandera_schema(schema), name, ids, skip, CHECK_FIELDS.get)
        typed[name] = frame
    if set(schemas) <= set(typed):
        ids_of: dict[str, pl.Series] = {}
        for rule in all_rules(schemas):
            widened = rule.widen(typed)
            if rule.resource not in ids_of:  # once per resource, not once per rule
                ids_of[rule.resource] = record_ids(typed[rule.resource], schemas[rule.resource])
            ids = ids_of[rule.resource]
            problems += _failures(widened, rule_schema(rule), rule.resource, ids, set(),
                                  lambda code, f=rule.field: f)
    return problems, typed
