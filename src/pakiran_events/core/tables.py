"""Typed polars frames for the published resources, in schema order.

`cast_strings` is the one path from text (curated values or CSV cells) to typed columns; every
cell that does not parse becomes a Problem naming its row, record and field. An integer or number
cell polars does not parse is read by frictionless-py's own Python call (`core.frictionless_cells`:
`int("1_000")`, a Unicode digit), so this reading and the Table Schema engine type it alike.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from pakiran_events.core.frictionless_cells import parse_integer, parse_number
from pakiran_events.core.problems import Problem
from pakiran_events.core.schema import TableSchema

FIRST_DATA_LINE = 2  # a CSV's first row is on line 2 (line 1 is the header): how problems number rows
# rows per Parquet row group, as the build writes them (publish.write.PARQUET_OPTIONS) and as the
# integrity layer compares them (a slice across two row groups decodes both)
PARQUET_ROW_GROUP_ROWS = 512 ** 2


def _parse(column: str, type_: str, delimiter: str = ",") -> pl.Expr:
    col = pl.col(column)
    if type_ == "list":
        return col.str.split(delimiter)
    if type_ == "date":
        return col.str.strptime(pl.Date, "%Y-%m-%d", strict=False)
    if type_ == "integer":
        return col.str.strip_chars().cast(pl.Int64, strict=False)
    if type_ == "number":
        return col.str.strip_chars().cast(pl.Float64, strict=False)
    if type_ == "boolean":
        return col.str.to_lowercase().replace_strict({"true": True, "false": False}, default=None,
                                                     return_dtype=pl.Boolean)
    return col


# the types whose cells polars leaves null are read again by frictionless-py's Python call
PYTHON_FALLBACK = {"integer": (parse_integer, pl.Int64), "number": (parse_number, pl.Float64)}


def _python_typed(typed: pl.DataFrame, text: pl.Series, rows: pl.Series, type_: str) -> tuple[pl.DataFrame, pl.Series]:
    """`typed` with the cells at `rows` (UInt32 row numbers polars did not parse) set to
    frictionless-py's reading of their `text`; returns it and the rows still untyped."""
    parse, dtype = PYTHON_FALLBACK[type_]
    values = [parse(text[i]) for i in rows.to_list()]
    kept = pl.Series([v is not None for v in values], dtype=pl.Boolean)
    column = typed[text.name].scatter(rows.filter(kept), pl.Series([v for v in values if v is not None], dtype=dtype))
    return typed.with_columns(column), rows.filter(~kept)


RECORD_ID_SEPARATOR = "/"


def record_id(row: dict, schema: TableSchema) -> str:
    """A row's primary key as text: how evidence.record_id names a record."""
    return RECORD_ID_SEPARATOR.join(str(row.get(c)) for c in schema.primary_key)


def record_ids(frame: pl.DataFrame, schema: TableSchema) -> pl.Series:
    """The primary key of each row as text ('/'-joined for composite keys)."""
    pk = schema.primary_key
    if not pk or not set(pk) <= set(frame.columns):
        return pl.Series([None] * frame.height, dtype=pl.String)
    return frame.select(pl.concat_str([pl.col(c).cast(pl.String) for c in pk],
                                      separator=RECORD_ID_SEPARATOR)).to_series()


def cast_strings(
    frame: pl.DataFrame, schema: TableSchema, resource: str, layer: str, first_line: int | None = FIRST_DATA_LINE
) -> tuple[pl.DataFrame, list[Problem]]:
    """String columns -> schema types. Unparseable cells become nulls plus Problems.

    `first_line` is the line number of the first row (2 for a CSV with a header); None when rows
    do not come from a file (then problems name the record only).
    """
    problems: list[Problem] = []
    missing = [n for n in schema.field_names if n not in frame.columns]
    extra = [c for c in frame.columns if c not in schema.field_names]
    for name in missing:
        problems.append(Problem(layer, resource, None, None, name, "missing-field", "column is absent"))
    for name in extra:
        problems.append(Problem(layer, resource, None, None, name, "extra-field", "column is not in the schema"))
    frame = frame.with_columns([pl.lit(None, pl.String).alias(n) for n in missing])
    strings = frame.select([pl.col(n).list.join(schema.list_delimiters[n])
                            if n in schema.list_delimiters and isinstance(frame.schema[n], pl.List)
                            else pl.col(n).cast(pl.String) for n in schema.field_names])
    typed = strings.select([_parse(f["name"], f["type"], f.get("delimiter", ",")).alias(f["name"])
                            for f in schema.fields])
    ids = record_ids(strings, schema)
    for f in schema.fields:
        name = f["name"]
        bad = (strings[name].is_not_null() & typed[name].is_null()).arg_true()
        if f["type"] in PYTHON_FALLBACK and bad.len():
            typed, bad = _python_typed(typed, strings[name], bad, f["type"])
        for idx in bad.to_list():
            problems.append(Problem(
                layer, resource, None if first_line is None else idx + first_line, ids[idx], name,
                "type-error", f"{strings[name][idx]!r} is not a valid {f['type']}",
            ))
    return typed, problems


def csv_ready(frame: pl.DataFrame, schema: TableSchema) -> pl.DataFrame:
    """A typed table with each list field joined by its schema's delimiter (how the CSV holds it)."""
    return frame.with_columns(pl.col(n).list.join(d) for n, d in schema.list_delimiters.items() if n in frame.columns)


def frame_from_rows(rows: list[dict], schema: TableSchema) -> pl.DataFrame:
    """Python rows (curated values) -> a frame of strings in schema order (a list value joined
    by its field's delimiter)."""
    def text(v, name=None):
        if isinstance(v, (list, tuple)) and name in schema.list_delimiters:
            return schema.list_delimiters[name].join(str(x) for x in v)
        return None if v is None else (v if isinstance(v, str) else repr(v) if isinstance(v, float) else str(v))
    data = {}
    for n in schema.field_names:
        values = [r.get(n) for r in rows]
        # most columns hold only text and nulls already: converted cell by cell only when not
        data[n] = values if {type(v) for v in values} <= {str, type(None)} else [text(v, n) for v in values]
    return pl.DataFrame(data, schema={n: pl.String for n in schema.field_names})


def sort_by_key(frame: pl.DataFrame, schema: TableSchema) -> pl.DataFrame:
    """Deterministic row order: by primary key, then by every column."""
    keys = schema.primary_key + [c for c in schema.field_names if c not in schema.primary_key]
    return frame.sort(keys, nulls_last=True, maintain_order=True)


def read_csv_typed(path: Path, schema: TableSchema, resource: str, layer: str = "pandera") -> tuple[pl.DataFrame, list[Problem]]:
    """The CSV typed by its schema. A clean file is parsed typed in one pass; a file that does
    not parse is re-read as text so every bad cell can be reported with its line."""
    try:
        frame = pl.read_csv(path, schema=schema.csv_schema)
    except (pl.exceptions.PolarsError, ValueError):
        pass
    else:
        with path.open(encoding="utf-8") as fh:
            header = fh.readline().rstrip("\r\n").split(",")
        if header == schema.field_names:
            return frame.with_columns(pl.col(n).str.split(d) for n, d in schema.list_delimiters.items()), []
    strings = pl.read_csv(path, infer_schema=False)
    return cast_strings(strings, schema, resource, layer)
