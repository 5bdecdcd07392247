"""Pandera (polars) schemas derived from the Table Schemas, plus single-table checks that a
Table Schema cannot express. Nothing about a field is restated here: types, nullability,
uniqueness, enums, patterns and bounds all come from schemas/.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

import polars as pl

from pakiran_events.core.errors import CATALOGUE
from pakiran_events.core.schema import TableSchema
from pakiran_events.validate.pandera_import import pa
from pakiran_events.validate.patterns import anchored, pattern_ok


def _list_checks(field: dict) -> list[pa.Check]:
    """A list field: its length bounds, and each item's pattern (`itemConstraints`)."""
    c, items = field.get("constraints", {}), field.get("itemConstraints", {})
    checks = []
    if "minLength" in c:
        checks.append(pa.Check(lambda data, n=c["minLength"]: data.lazyframe.select(
            pl.col(data.key).list.len() >= n), name="str_length", error=f"a list of fewer than {c['minLength']} items"))
    if "maxLength" in c:
        checks.append(pa.Check(lambda data, n=c["maxLength"]: data.lazyframe.select(
            pl.col(data.key).list.len() <= n), name="str_length", error=f"a list of more than {c['maxLength']} items"))
    if "pattern" in items:
        checks.append(pa.Check(lambda data, p=items["pattern"]: data.lazyframe.select(
            pl.col(data.key).list.eval(pattern_ok(pl.element(), p).fill_null(True)).list.all()),
            name="str_matches", error=f"an item does not match {items['pattern']}"))
    return checks


def _typed(value, type_: str):
    """A constraint value as the column's own type: Table Schema writes a date's bounds (and may
    write a number's) as text, which polars will not compare with a date or number column (the
    check then fails on every run, whatever the data). Left as written when it does not parse."""
    if not isinstance(value, str):
        return value
    try:
        if type_ == "date":
            return dt.datetime.strptime(value, "%Y-%m-%d").date()
        if type_ == "integer":
            return int(value.strip())
        if type_ == "number":
            return float(Decimal(value.strip()))
        if type_ == "boolean":  # frictionless's default trueValues and falseValues
            return {"true": True, "True": True, "TRUE": True, "1": True,
                    "false": False, "False": False, "FALSE": False, "0": False}.get(value, value)
    except (ValueError, InvalidOperation):
        return value
    return value


def _typed_enum(values: list, type_: str) -> list:
    """An enum's values in the column's type; a value that does not parse as that type can match
    no cell (frictionless: it never equals a typed cell), so it is left out rather than mixed in."""
    typed = [_typed(v, type_) for v in values]
    return typed if type_ in ("string", "any") else [v for v in typed if not isinstance(v, str)]


def _field_checks(field: dict) -> list[pa.Check]:
    if field["type"] == "list":
        return _list_checks(field)
    c, type_ = field.get("constraints", {}), field["type"]
    checks = []
    if "enum" in c:
        checks.append(pa.Check.isin(_typed_enum(c["enum"], type_)))
    if "pattern" in c:
        checks.append(pattern_check(c["pattern"]))
    if "minimum" in c:
        checks.append(pa.Check.ge(_typed(c["minimum"], type_)))
    if "maximum" in c:
        checks.append(pa.Check.le(_typed(c["maximum"], type_)))
    low, high = c.get("minLength"), c.get("maxLength")
    if low is not None and high is not None and low > high:  # pandera refuses an empty interval: each bound alone
        checks += [pa.Check.str_length(low, None), pa.Check.str_length(None, high)]
    elif low is not None or high is not None:
        checks.append(pa.Check.str_length(low, high))
    return checks


def pattern_check(pattern: str) -> pa.Check:
    """Pandera's `str_matches` for a Table Schema pattern, read as the engine reads it
    (`patterns.pattern_ok`: the whole cell, `$` before one final line break, Python's `re` for a
    pattern polars' regex refuses), not pandera's own check (polars' regex only, anchored at the
    start alone): so the layer gives the engine's verdict on any pattern. Null cells pass."""
    return pa.Check(lambda data: data.lazyframe.select(pattern_ok(pl.col(data.key), pattern).fill_null(True)),
                    name="str_matches", error=f"str_matches('{anchored(pattern)}')")


CHECK_FIELDS: dict[str, str] = {}  # table-level check name -> the field a failure is reported on


def row_check(code: str, expr: pl.Expr, field: str) -> pa.Check:
    """A DataFrame-level check named by its catalogue code (core/errors.py, whose description is
    its message); rows where `expr` is null (missing inputs) pass."""
    CHECK_FIELDS[code] = field
    return pa.Check(lambda data: data.lazyframe.select(expr.fill_null(True)), name=code,
                    error=CATALOGUE[code].description)


def unique_key_check(key: list[str]) -> pa.Check:
    """Pandera's composite-key uniqueness (`duplicate-key`), settled by a 64-bit hash of the key in
    one pass when every hash differs (the usual case); only when hashes repeat are the rows compared
    (pandera's own check compares every row's key: most of this layer's time on evidence)."""
    def check(data):
        frame = data.lazyframe.select(key)
        keys = frame.collect()
        if keys.hash_rows().n_unique() == keys.height:
            return True
        return frame.select(~(pl.struct(key).is_duplicated() & ~_any_nan(keys.schema)))
    return pa.Check(check, name="duplicate-key", error=CATALOGUE["duplicate-key"].description)


def _any_nan(schema: pl.Schema) -> pl.Expr:
    """Rows with a NaN in a float column of `schema`: such a row repeats no other, as in
    frictionless-py (its NaN is `Decimal('NaN')`, equal to nothing) and the engine; polars'
    `is_duplicated` counts NaNs as equal."""
    floats = [name for name, dtype in schema.items() if dtype.is_float()]
    return pl.any_horizontal([pl.col(c).is_nan() for c in floats]).fill_null(False) if floats else pl.lit(False)


def distinct_number_check() -> pa.Check:
    """Pandera's `unique` of a number column (every row of a repeat fails, nulls repeat), except
    that a NaN repeats nothing (`_any_nan`); reported under pandera's own name."""
    return pa.Check(lambda data: data.lazyframe.select(
        ~(pl.col(data.key).is_duplicated() & ~pl.col(data.key).is_nan().fill_null(False))),
        name="field_uniqueness", error="field_uniqueness")


_month_start = pl.col("date_start").dt.month_start()
_month_end = pl.col("date_start").dt.month_end()

TABLE_CHECKS: dict[str, list[pa.Check]] = {
    "events": [
        row_check("date-order", pl.col("date_start") <= pl.col("date_end"), "date_end"),
        row_check("day-precision", (pl.col("date_precision") != "day") | (pl.col("date_start") == pl.col("date_end")),
                  "date_precision"),
        row_check("range-precision", (pl.col("date_precision") != "range") | (pl.col("date_start") < pl.col("date_end")),
                  "date_precision"),
        row_check("month-precision", (pl.col("date_precision") != "month")
                  | ((pl.col("date_start") == _month_start) & (pl.col("date_end") == _month_end)), "date_precision"),
        row_check("parent-not-self", pl.col("parent_event_id") != pl.col("event_id"), "parent_event_id"),
        row_check("place-missing", pl.col("place_id").is_not_null() | (pl.col("event_type") == "phone_call"), "place_id"),
        row_check("null-venue-explained", pl.col("venue").is_not_null() | (pl.col("review_status") != "hand-checked")
                  | pl.col("notes").is_not_null(), "venue"),
    ],
    "positions": [
        row_check("term-order", pl.col("end").is_null() | (pl.col("start") <= pl.col("end")), "end"),
    ],
    "evidence": [
        row_check("span-order", pl.col("char_start") < pl.col("char_end"), "char_end"),
    ],
}


def pandera_schema(schema: TableSchema, settled: frozenset[str] = frozenset(),
                   null_free: frozenset[str] = frozenset()) -> pa.DataFrameSchema:
    """The Pandera schema of one resource, derived field by field from its Table Schema.

    `settled` names columns the polars Table Schema engine found clean (table_schema.ResourceCheck
    .settled): the checks restating their Table Schema constraints (enum, pattern, bounds, lengths;
    not a list's item pattern, which the engine does not check) are left out, and so is the
    uniqueness of a settled column, or the key, whose cells are all in `null_free` (Pandera counts
    repeated nulls as duplicates; the engine does not). Type and nullability checks stay."""
    pk = schema.primary_key
    columns = {}
    for field in schema.fields:
        constraints = field.get("constraints", {})
        name = field["name"]
        known = name in settled and field["type"] != "list"
        unique = (constraints.get("unique", False) or pk == [name]) and not (known and name in null_free)
        nan_aware = unique and field["type"] == "number"  # pandera's own `unique` counts NaNs as equal
        columns[name] = pa.Column(
            schema.polars_schema[name],
            nullable=not constraints.get("required", False),
            unique=unique and not nan_aware,
            checks=([] if known else _field_checks(field)) + ([distinct_number_check()] if nan_aware else []),
            description=field.get("description"),
            title=field.get("title"),
        )
    return pa.DataFrameSchema(
        columns,
        checks=TABLE_CHECKS.get(schema.name, []) + ([unique_key_check(pk)] if len(pk) > 1
                                                     and not set(pk) <= settled & null_free else []),
        strict=True,
        ordered=True,
        name=schema.name,
        description=schema.descriptor.get("description"),
    )
