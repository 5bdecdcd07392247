"""The Pandera layer: every resource's CSV typed by its schema, checked by the derived Pandera
schema, then the cross-table rules (rules.py). Returns every failure as a Problem.

Record ids (the text a problem names a row by) are built only for the rows that fail. The
cross-table rules of one resource are evaluated together: one pass asks which rules fail
anywhere, and only their failing rows are materialised.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from pakiran_events.core.errors import PANDERA_CODES
from pakiran_events.core.problems import Problem
from pakiran_events.core.schema import TableSchema
from pakiran_events.core.tables import FIRST_DATA_LINE, read_csv_typed, record_ids
from pakiran_events.validate.pandera_import import pa
from pakiran_events.validate.pandera_schemas import CHECK_FIELDS, pandera_schema
from pakiran_events.validate.rules import Rule, RuleTables, all_rules
from pakiran_events.validate.table_schema import FOREIGN_KEYS_HOLD

LAYER = "pandera"


def _ids_of(frame: pl.DataFrame, schema: TableSchema, rows: list[int]) -> dict[int, str | None]:
    """The record id of each of `rows` (and of no other row)."""
    if not rows:
        return {}
    wanted = sorted(set(rows))
    return dict(zip(wanted, record_ids(frame[wanted], schema).to_list()))


def _failures(frame: pl.DataFrame, dfs: pa.DataFrameSchema, resource: str, schema: TableSchema,
              skip: set[tuple[int, str]]) -> list[Problem]:
    try:
        dfs.validate(frame, lazy=True)
        return []
    except pa.errors.SchemaErrors as exc:
        cases = exc.failure_cases
    except pa.errors.SchemaError as exc:  # raised for frame-level problems even when lazy
        return [Problem(LAYER, resource, None, None, None, "schema-error", str(exc))]
    # pandera reports a frame-level check by its error text; map it back to the check's name
    frame_checks = {c.error: c.name for c in dfs.checks if c.error}
    # ... and a column check given an error text (a list field's length and item pattern) too
    column_checks = {c.error: c.name for col in dfs.columns.values() for c in col.checks if c.error}
    found = []
    for case in cases.iter_rows(named=True):
        check, idx = str(case["check"]), case["index"]
        if check in frame_checks:
            code = frame_checks[check]
            field, message = CHECK_FIELDS.get(code), check
        else:
            name = column_checks.get(check, check.split("(", 1)[0])
            code = PANDERA_CODES.get(name, name)
            field, message = case["column"], f"{check} failed for value {case['failure_case']!r}"
        if idx is not None and (idx, field) in skip:
            continue  # already reported as a type-error for this cell
        found.append((idx, field, code, message))
    ids = _ids_of(frame, schema, [idx for idx, *_ in found if idx is not None])
    return [Problem(LAYER, resource, None if idx is None else idx + FIRST_DATA_LINE,
                    None if idx is None else ids[idx], field, code, message) for idx, field, code, message in found]


def _rule_failures(frame: pl.DataFrame, schema: TableSchema, rules: list[Rule], oks: list[pl.Series]) -> list[Problem]:
    """The failing rows of a resource's rules (`ok` false; null passes), as Problems in rule order."""
    checks = pl.DataFrame({str(k): ok.fill_null(True) for k, ok in enumerate(oks)})
    failing = [k for k, bad in enumerate(checks.select((~pl.all()).any()).row(0)) if bad]
    if not failing:
        return []
    rows = {k: checks[str(k)].not_().arg_true().to_list() for k in failing}
    ids = _ids_of(frame, schema, [i for k in failing for i in rows[k]])
    return [Problem(LAYER, rules[k].resource, i + FIRST_DATA_LINE, ids[i], rules[k].field, rules[k].code,
                    rules[k].message) for k in failing for i in rows[k]]


def check_frame(frame: pl.DataFrame, schema: TableSchema, settled: frozenset[str] = frozenset(),
                null_free: frozenset[str] = frozenset()) -> list[Problem]:
    """One resource's frame (typed as `read_csv_typed` types it; the whole table or a batch of
    its rows, whose row numbers then count from the batch's first row) against its Pandera
    schema (`pandera_schema(schema, settled, null_free)`)."""
    return _failures(frame, pandera_schema(schema, settled, null_free), schema.name, schema, set())


def rule_problems(tables: dict[str, pl.DataFrame], schemas: dict[str, TableSchema],
                  resources: frozenset[str]) -> list[Problem]:
    """The cross-table rules of the named resources, on `tables` (every resource's typed frame;
    the named ones may be a batch of their rows when their rules are row by row)."""
    rules_of = [rule for rule in all_rules(schemas) if rule.resource in resources]
    t = RuleTables(tables)
    problems: list[Problem] = []
    for name in dict.fromkeys(rule.resource for rule in rules_of):
        rules = [rule for rule in rules_of if rule.resource == name]
        problems += _rule_failures(tables[name], schemas[name], rules, [rule.widen(t)["ok"] for rule in rules])
    return problems


def _engine_held(rule: Rule, read: dict[str, pl.DataFrame], settled: dict[str, frozenset[str]]) -> bool:
    """Whether `rule` is a foreign key the Table Schema engine already found holding on the very
    frames this layer checks (table_schema.FOREIGN_KEYS_HOLD): the same membership test on the
    same values (the engine's fails wherever this rule's does), so its rows all pass and it is
    not computed again."""
    return (rule.code == "foreign-key" and rule.resource in read and rule.target in read
            and FOREIGN_KEYS_HOLD in settled.get(rule.resource, frozenset()))


def validate_tables(csv_paths: dict[str, Path], schemas: dict[str, TableSchema],
                    read: dict[str, pl.DataFrame] | None = None,
                    settled: dict[str, frozenset[str]] | None = None,
                    standins: dict[str, pl.DataFrame] | None = None,
                    memo: dict[str, tuple] | None = None) -> tuple[list[Problem], dict[str, pl.DataFrame]]:
    """Run per-resource schemas and cross-table rules over the given CSV files. `read` may hold
    frames already read by `read_csv_typed` semantics with no cell failing to type (the
    frictionless layer's), so a file is parsed once per run; `settled` the columns of those
    frames the frictionless layer found clean (table_schema.ResourceCheck.settled), whose
    constraint checks are not run twice (pandera_schemas.pandera_schema). `standins`: resources
    already checked with their own rules elsewhere (validate.streamed, in row batches), by a
    frame of the columns other resources' rules read (evidence: its distinct record_table,
    record_id, field); they are not read, and their own schema and rules are not run here.
    `memo`: the engine's located foreign keys (table_schema.check_package_settled), used where both
    resources are frames of `read` (the very frames the engine checked)."""
    problems: list[Problem] = []
    typed: dict[str, pl.DataFrame] = {}
    read = read or {}
    settled = settled or {}
    standins = standins or {}
    for name, path in csv_paths.items():
        if name in standins:
            continue
        schema = schemas[name]
        frame, cast_problems = (read[name], []) if name in read else read_csv_typed(path, schema, name)
        problems += cast_problems
        # a cell that failed to parse is null now: do not report it a second time
        skip = {(p.row - FIRST_DATA_LINE, p.field) for p in cast_problems if p.row is not None and p.field}
        known = settled.get(name, frozenset()) if name in read else frozenset()
        null_free = frozenset(c for c in known if c in frame.columns and not frame[c].null_count())
        problems += _failures(frame, pandera_schema(schema, known, null_free), name, schema, skip)
        typed[name] = frame
    if set(schemas) <= set(typed) | set(standins):
        seed = {key: rows for key, (source, target, rows) in (memo or {}).items() if source in read and target in read}
        tables = RuleTables({**typed, **standins}, seed)
        by_resource: dict[str, list[Rule]] = {}
        for rule in all_rules(schemas):
            if rule.resource not in standins and not _engine_held(rule, read, settled):
                by_resource.setdefault(rule.resource, []).append(rule)
        for name, rules in by_resource.items():
            oks = [rule.widen(tables)["ok"] for rule in rules]
            problems += _rule_failures(typed[name], schemas[name], rules, oks)
    return problems, typed
