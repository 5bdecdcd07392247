"""Pandera (polars) schemas derived from the Table Schemas, plus single-table checks that a
Table Schema cannot express. Nothing about a field is restated here: types, nullability,
uniqueness, enums, patterns and bounds all come from schemas/.
"""

from __future__ import annotations

import pandera.polars as pa
import polars as pl

from pakiran_events.core.schema import TableSchema


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
            pl.col(data.key).list.eval(pl.element().str.contains(p)).list.all()),
            name="str_matches", error=f"an item does not match {items['pattern']}"))
    return checks


def _field_checks(field: dict) -> list[pa.Check]:
    if field["type"] == "list":
        return _list_checks(field)
    c = field.get("constraints", {})
    checks = []
    if "enum" in c:
        checks.append(pa.Check.isin(c["enum"]))
    if "pattern" in c:
        pattern = c["pattern"]
        anchored = pattern if pattern.startswith("^") and pattern.endswith("$") else f"^(?:{pattern})$"
        checks.append(pa.Check.str_matches(anchored))
    if "minimum" in c:
        checks.append(pa.Check.ge(c["minimum"]))
    if "maximum" in c:
        checks.append(pa.Check.le(c["maximum"]))
    if "minLength" in c or "maxLength" in c:
        checks.append(pa.Check.str_length(c.get("minLength"), c.get("maxLength")))
    return checks


CHECK_FIELDS: dict[str, str] = {}  # table-level check name -> the field a failure is reported on


def row_check(name: str, error: str, expr: pl.Expr, field: str) -> pa.Check:
    """A DataFrame-level check; rows where `expr` is null (missing inputs) pass."""
    CHECK_FIELDS[name] = field
    return pa.Check(lambda data: data.lazyframe.select(expr.fill_null(True)), name=name, error=error)


_month_start = pl.col("date_start").dt.month_start()
_month_end = pl.col("date_start").dt.month_end()

TABLE_CHECKS: dict[str, list[pa.Check]] = {
    "events": [
        row_check("date-order", "date_start is after date_end", pl.col("date_start") <= pl.col("date_end"), "date_end"),
        row_check("day-precision", "date_precision is day but date_start differs from date_end",
                   (pl.col("date_precision") != "day") | (pl.col("date_start") == pl.col("date_end")), "date_precision"),
        row_check("range-precision", "date_precision is range but date_start equals date_end",
                   (pl.col("date_precision") != "range") | (pl.col("date_start") < pl.col("date_end")), "date_precision"),
        row_check("month-precision", "date_precision is month but the dates are not the first and last day of one month",
                   (pl.col("date_precision") != "month")
                   | ((pl.col("date_start") == _month_start) & (pl.col("date_end") == _month_end)), "date_precision"),
        row_check("parent-not-self", "an event cannot be its own parent",
                   pl.col("parent_event_id") != pl.col("event_id"), "parent_event_id"),
        row_check("place-missing", "place_id is empty on an event that is not a phone call",
                   pl.col("place_id").is_not_null() | (pl.col("event_type") == "phone_call"), "place_id"),
        row_check("null-venue-explained", "venue is empty on a hand-checked event with no notes saying why",
                   pl.col("venue").is_not_null() | (pl.col("review_status") != "hand-checked")
                   | pl.col("notes").is_not_null(), "venue"),
    ],
    "positions": [
        row_check("term-order", "a term of office ends before it starts",
                  pl.col("end").is_null() | (pl.col("start") <= pl.col("end")), "end"),
    ],
    "evidence": [
        row_check("span-order", "char_start is not before char_end", pl.col("char_start") < pl.col("char_end"), "char_end"),
    ],
}


def pandera_schema(schema: TableSchema) -> pa.DataFrameSchema:
    """The Pandera schema of one resource, derived field by field from its Table Schema."""
    pk = schema.primary_key
    columns = {}
    for field in schema.fields:
        constraints = field.get("constraints", {})
        columns[field["name"]] = pa.Column(
            schema.polars_schema[field["name"]],
            nullable=not constraints.get("required", False),
            unique=constraints.get("unique", False) or pk == [field["name"]],
            checks=_field_checks(field),
            description=field.get("description"),
            title=field.get("title"),
        )
    return pa.DataFrameSchema(
        columns,
        checks=TABLE_CHECKS.get(schema.name, []),
        unique=pk if len(pk) > 1 else None,
        strict=True,
        ordered=True,
        name=schema.name,
        description=schema.descriptor.get("description"),
    )
