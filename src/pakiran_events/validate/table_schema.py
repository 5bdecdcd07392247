"""A Frictionless Table Schema engine on polars: frictionless-py's verdict, column at a time.

frictionless-py validates a CSV row by row in Python (about 35,000 rows/s); this module checks
the same rules as polars expressions over whole columns and reports them under frictionless's
own error types, row numbers and field names, so the `frictionless` layer keeps its codes:

- file: `hash-count` (sha256 or md5 of the bytes), `byte-count`, `row-count` (the `rows` property);
- cells: `type-error` (string, integer, number, date, boolean with their default formats), then
  on the cells that typed, `constraint-error` for each of required, enum, pattern, minLength,
  maxLength, minimum and maximum that fails;
- rows: `unique-error` (every repeat of a `unique` field's value after its first row),
  `primary-key` (repeats of the key tuple; a key whose cells are all empty), `foreign-key`
  (a tuple, not all empty, absent from the referenced resource's typed key tuples, the resource
  itself for a self-reference), `blank-row`.

The semantics are frictionless-py 5's (`schema/field.py`, `table/row.py`, `resources/table.py`):
a cell equal to a missing value ("") is empty; integers are Python `int()` of the stripped text,
numbers `Decimal()`, dates `strptime("%Y-%m-%d")`; patterns are Python regexes matched against the whole
cell, `^(?:pattern)$` (`patterns.py`; frictionless-py's `^pattern$` differs only on a top-level
alternation); one repeated character class, such as `^[0-9a-f]{64}$`, is proven for a whole
column by lengths and bytes, `class_pattern.py`, the regex run only when that fails). The common
spellings are parsed by polars; a cell polars would read differently
(`1_000`, `2024-1-5`, `NaN`, a Unicode digit) is parsed by the same Python call frictionless
uses, so the verdict is the same, cell for cell. Differences, by design: every error is reported
(frictionless-py stops a resource at 1,000), and an integer beyond 64 bits is held as the largest
64-bit value. What polars cannot read exactly as Python's csv module does (a header that differs
from the schema, rows with missing or extra cells, blank lines, line breaks inside cells, bytes
that are not UTF-8, a missing file) is validated by frictionless-py itself, resource by resource.
frictionless-py also checks the descriptor against the Data Package profile
(`check_descriptor`). tests/test_table_schema_oracle.py compares both engines on corrupted
packages.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field
from pathlib import Path

import polars as pl

from pakiran_events.core.cells import ISO_DAY_FORM
from pakiran_events.core.frictionless_cells import parse_boolean, parse_date, parse_integer, parse_number
from pakiran_events.core.packages import read_descriptor
from pakiran_events.core.problems import Problem
from pakiran_events.core.schema import POLARS_TYPES, TableSchema
from pakiran_events.core.tables import FIRST_DATA_LINE, record_ids
from pakiran_events.validate import digests
from pakiran_events.validate.class_pattern import class_shape, column_matches
from pakiran_events.validate.descriptor_cache import remembered
from pakiran_events.validate.patterns import pattern_ok

LAYER = "frictionless"
MISSING_VALUES = ("",)  # frictionless's default missingValues
# spellings whose polars parse equals frictionless-py's; every other non-empty cell goes to Python
FAST = {
    "integer": r"^-?[0-9]{1,18}$",
    "number": r"^-?[0-9]{1,15}(\.[0-9]{1,15})?$",
    "date": f"^{ISO_DAY_FORM}$",
}


@dataclass
class ResourceCheck:
    """One resource's problems and its typed frame, as `core.tables.read_csv_typed` would read
    it (strings as written, an empty string kept), with nulls where a cell did not type."""

    problems: list[Problem] = dc_field(default_factory=list)
    typed: pl.DataFrame | None = None
    # columns whose every cell passed this engine, with no quoted-empty cell and, for a pattern
    # field, no cell ending in a line break: the Pandera layer's checks of the same Table Schema
    # constraints (enum, pattern, bounds, lengths, uniqueness) cannot fail there
    settled: frozenset[str] = frozenset()
    # every foreign key of the resource was checked on these frames and held, with no quoted-empty
    # cell in its columns (the frame keeps "" where this engine saw an empty cell): the Pandera
    # layer's foreign-key rules, on the same frames, cannot fail (FOREIGN_KEYS_HOLD)
    foreign_keys_hold: bool = False
    # `typed` is what read_csv_typed returns: false when a cell typed only through Python's parser
    # (frictionless-py's `int("1_000")`, `2024-1-5`); read_csv_typed reads integers and numbers by
    # the same Python call since round 21 (core.frictionless_cells), dates and booleans not: such a
    # frame is not handed to the Pandera layer (it reads the file itself)
    as_read: bool = True


# in `check_package_settled`'s settled columns of a resource: its foreign keys hold (not a field name)
FOREIGN_KEYS_HOLD = "<foreignKeys>"


# -- descriptor (frictionless-py) ---------------------------------------------------------------
def check_descriptor(descriptor_path: Path) -> list[Problem]:
    """The descriptor against the Data Package and Table Schema profiles, by frictionless-py
    (no data is read): its error types, on the descriptor's file name."""
    import frictionless

    name = Path(descriptor_path).name
    try:
        package = frictionless.Package(str(descriptor_path))
        package.to_descriptor(validate=True)
        for resource in package.resources:
            resource.to_descriptor(validate=True)
    except frictionless.FrictionlessException as exc:
        return [Problem(LAYER, name, None, None, None, e.type, e.message) for e in exc.to_errors()]
    except (AttributeError, TypeError, ValueError, RecursionError) as exc:
        # frictionless-py itself fails on some shapes ('$schema': 5 reaches urlparse): a fault of the
        # descriptor, reported as one, never an internal error (breaker 7)
        return [Problem(LAYER, name, None, None, None, "package-error",
                        f"frictionless-py could not read the descriptor ({type(exc).__name__}: {str(exc)[:200]})")]
    return []


# -- cells -----------------------------------------------------------------------------------
PYTHON_PARSERS = {"integer": (parse_integer, pl.Int64), "number": (parse_number, pl.Float64),
                  "date": (parse_date, pl.Date), "boolean": (parse_boolean, pl.Boolean)}


def _typed_column(text: pl.Series, type_: str, delimiter: str = ",") -> tuple[pl.Series, bool]:
    """Text cells (empty already null) -> (typed values, whether some cell typed only through
    Python's parser); null where frictionless-py would report a type error. Polars parses the
    common spellings, Python the rest (as frictionless does: `1_000`, `2024-1-5`, a Unicode
    digit), which `core.tables.read_csv_typed` reports as type errors. A `list` of strings is the
    cell split on its delimiter (every text is a valid list)."""
    if type_ == "list":
        return text.cast(pl.String).str.split(delimiter), False
    if type_ == "string" or text.dtype == POLARS_TYPES.get(type_):
        return text, False
    if type_ not in PYTHON_PARSERS:
        raise ValueError(f"field type {type_!r} is not supported by the polars engine")
    parse, dtype = PYTHON_PARSERS[type_]
    frame = text.to_frame("s")
    fast = pl.col("s").str.contains(FAST[type_]) if type_ in FAST else pl.lit(False)
    if type_ == "date":
        fast = fast & ~pl.col("s").str.starts_with("0000")
        quick = pl.col("s").str.strptime(pl.Date, "%Y-%m-%d", strict=False)
    elif type_ == "boolean":
        quick = pl.lit(None, pl.Boolean)
    else:
        quick = pl.col("s").cast(dtype, strict=False)
    out = frame.select(pl.when(fast).then(quick).otherwise(None).alias("v"), (~fast & pl.col("s").is_not_null()).alias("slow"))
    slow_rows = out["slow"].arg_true()
    if slow_rows.len() == 0:
        return out["v"], False
    values = out["v"].to_list()
    accepted = False
    for i in slow_rows.to_list():
        values[i] = parse(text[i])
        accepted = accepted or values[i] is not None
    return pl.Series(text.name, values, dtype=dtype), accepted



def _constraint_failures(typed: pl.Expr, type_: str, constraints: dict,
                         line_breaks: bool = True, pattern_holds: bool = False) -> list[tuple[str, pl.Expr]]:
    """(constraint, failing-cell expression) for each constraint of a field; `typed` is null
    where the cell is empty or did not type (type errors are excluded by the caller);
    `line_breaks`: some cell of the field ends with a line break (see `patterns.pattern_ok`);
    `pattern_holds`: every cell was proven to match the pattern (`class_pattern.column_matches`),
    so no regex runs."""
    out = []
    if constraints.get("required"):
        out.append(("required", typed.is_null()))
    if "enum" in constraints:
        allowed = [_constraint_value(v, type_) for v in constraints["enum"]]
        out.append(("enum", typed.is_not_null() & ~typed.is_in(allowed)))
    if "pattern" in constraints and type_ == "string":
        out.append(("pattern", pl.lit(False) if pattern_holds
                    else typed.is_not_null() & ~pattern_ok(typed, constraints["pattern"], line_breaks)))
    size = typed.list.len() if type_ == "list" else typed.str.len_chars()  # a list's length is its items
    if "minLength" in constraints:
        out.append(("minLength", typed.is_not_null() & (size < constraints["minLength"])))
    if "maxLength" in constraints:
        out.append(("maxLength", typed.is_not_null() & (size > constraints["maxLength"])))
    for name, op in (("minimum", "ge"), ("maximum", "le")):
        if name in constraints:
            bound = _constraint_value(constraints[name], type_)
            within = getattr(typed, op)(bound)
            if type_ == "number":  # NaN is never within a bound (frictionless: "cell != cell")
                within = within & ~typed.is_nan()
            out.append((name, typed.is_not_null() & ~within))
    return out


def _constraint_value(value, type_: str):
    if isinstance(value, str) and type_ in PYTHON_PARSERS:
        return PYTHON_PARSERS[type_][0](value)
    if type_ == "number" and isinstance(value, int) and not isinstance(value, bool):
        return float(value)  # polars' is_in refuses Int64 values for a Float64 column (enum: [1])
    return value


# -- reading ---------------------------------------------------------------------------------
class NeedsFrictionless(Exception):
    """The file holds something polars does not read as Python's csv module does."""


def _header(path: Path | bytes) -> list[str]:
    return pl.read_csv(path, n_rows=0, infer_schema=False).columns


def _read_text_cells(path: Path | bytes, schema: TableSchema) -> pl.DataFrame:
    """The CSV with numbers typed by polars where every cell parses, else as text; dates and
    booleans always as text (polars accepts date spellings frictionless does not)."""
    names = schema.field_names
    try:
        header = _header(path)
    except (pl.exceptions.PolarsError, OSError, UnicodeDecodeError) as exc:
        raise NeedsFrictionless(str(exc)) from exc
    if header != names:
        raise NeedsFrictionless("header differs from the schema's field names")
    typed = {f["name"]: (POLARS_TYPES[f["type"]] if f["type"] in ("integer", "number") else pl.String)
             for f in schema.fields}
    text = dict.fromkeys(names, pl.String)
    frame = None
    for dtypes in (typed, text):
        try:
            frame = pl.read_csv(path, schema=dtypes, empty_string_is_null=True)
            break
        except pl.exceptions.ComputeError as exc:
            if "more fields" in str(exc):
                raise NeedsFrictionless("a row has more cells than the header") from exc
        except (pl.exceptions.PolarsError, UnicodeDecodeError) as exc:
            raise NeedsFrictionless(str(exc)) from exc
    if frame is None:
        raise NeedsFrictionless("polars cannot read the file")
    if frame.height and frame[names[-1]].null_count() and not _separators_fill_rows(path, len(names), frame.height):
        _require_full_rows(path, len(names), frame.height)
    return frame  # a quoted "" stays "" here (as in read_csv_typed); the checks treat it as empty


# bytes counted at a time by `_separators_fill_rows` (its memory stays one block, whatever the file's size)
COUNT_BLOCK = 1 << 26


def _separators_fill_rows(path: Path | bytes, n_fields: int, n_rows: int) -> bool:
    """Whether plain byte counts prove what `_require_full_rows` tests line by line, for a file
    polars just read into `n_rows` rows of `n_fields` cells: a file with no quote, carriage return
    or unit separator, ending in a line break, whose `n_rows + 1` lines hold (n_fields - 1) commas
    each on average. That read refused any line with more cells than the header (except an
    unterminated last line, hence the final line break), so no line holds more than n_fields - 1
    commas, and the average is reached only if every line holds exactly that many: no row is short.
    False means "not proven" (the line-by-line test decides). At 1M events the counts took 0.30-0.38
    CPU s for events and for commitments, the line test 0.45-0.51 each."""
    if n_fields < 2:
        return False
    commas = breaks = 0
    last = b""
    for block in _blocks(path):
        if b'"' in block or b"\r" in block or b"\x1f" in block:
            return False
        commas += block.count(b",")
        breaks += block.count(b"\n")
        last = block[-1:]
    return last == b"\n" and breaks == n_rows + 1 and commas == (n_fields - 1) * breaks


def _blocks(source: Path | bytes):
    """The bytes of a file (or the bytes given), COUNT_BLOCK at a time."""
    if isinstance(source, bytes):
        yield source
        return
    with open(source, "rb") as fh:
        yield from iter(lambda: fh.read(COUNT_BLOCK), b"")


def _require_full_rows(path: Path | bytes, n_fields: int, n_rows: int) -> None:
    """Polars fills a short row with nulls where frictionless reports missing cells: count each
    line's separators outside quotes (only called when the last column has empty cells)."""
    try:  # one column per line: the unit separator stands for "no separator"
        lines = pl.read_csv(path, has_header=False, separator="\x1f", quote_char=None, schema={"line": pl.String},
                            empty_string_is_null=False)["line"]
    except (pl.exceptions.PolarsError, UnicodeDecodeError) as exc:  # a cell holding that very byte
        raise NeedsFrictionless("a line cannot be read as one column (a unit separator in a cell)") from exc
    if lines.len() != n_rows + 1:
        raise NeedsFrictionless("blank lines or line breaks inside cells")
    quotes = lines.str.count_matches('"', literal=True)
    if (quotes % 2 != 0).any():
        raise NeedsFrictionless("a row has fewer cells than the header")
    # separators outside quotes: a plain count on a line with no quote (most lines; stripping the
    # quoted spans of every line cost twice as much), the quoted spans stripped on the others
    quoted = quotes > 0
    seps = lines.filter(~quoted).str.count_matches(",", literal=True)
    if quoted.any():
        seps = seps.append(lines.filter(quoted).str.replace_all('"[^"]*"', "").str.count_matches(",", literal=True))
    if (seps != n_fields - 1).any():
        raise NeedsFrictionless("a row has fewer cells than the header")


# -- file facts --------------------------------------------------------------------------------
def _file_problems(name: str, r: dict, path: Path, n_rows: int) -> list[Problem]:
    problems = []
    size = path.stat().st_size
    if r.get("hash"):
        algo, _, expected = r["hash"].rpartition(":")
        algo = algo or "md5"  # frictionless: a hash without a prefix is an md5
        actual = digests.file_digest(path, algo) if algo in ("sha256", "md5") else None
        if actual and actual != expected:
            problems.append(Problem(LAYER, name, None, None, None, "hash-count",
                                    f'expected is "{expected}" and actual is "{actual}"'))
    if r.get("bytes") and r["bytes"] != size:
        problems.append(Problem(LAYER, name, None, None, None, "byte-count",
                                f'expected is "{r["bytes"]}" and actual is "{size}"'))
    if r.get("rows") and r["rows"] != n_rows:
        problems.append(Problem(LAYER, name, None, None, None, "row-count",
                                f'expected is "{r["rows"]}" and actual is "{n_rows}"'))
    return problems


# -- one resource ------------------------------------------------------------------------------
def check_resource(root: Path, r: dict, lookups: dict[str, pl.DataFrame],
                   memo: dict[str, tuple] | None = None) -> ResourceCheck:
    """One tabular resource against its Table Schema. `lookups` holds the typed frames of the
    resources checked before (for foreign keys); raise NeedsFrictionless for what polars cannot
    read as frictionless-py does.

    Every check is a boolean column expression; they run in one parallel pass that only asks
    whether any cell fails, and the rows of a failing check are materialised afterwards."""
    name, schema = r["name"], TableSchema(r["name"], r["schema"])
    path = root / r["path"]
    if not path.is_file():
        raise NeedsFrictionless("file missing")
    raw = _read_text_cells(path, schema)
    return check_text_cells(name, schema, raw, lookups, _file_problems(name, r, path, raw.height), memo)


def check_text_cells(name: str, schema: TableSchema, raw: pl.DataFrame, lookups: dict[str, pl.DataFrame],
                     problems: list[Problem] | None = None, memo: dict[str, tuple] | None = None) -> ResourceCheck:
    """`check_resource` on cells already read (`read_text_cells`: the whole file, or a batch of
    its rows, whose row numbers then count from the batch's first row); `problems` are the
    file's own (hash, bytes, rows), reported first. `memo` (the whole file only) receives, for a
    single-column foreign key whose keys and ids are both in order, or into a resource of at most
    `rules.SMALL_TARGET` rows (r16: a self-reference too), the row of each cell's key there (`rules.rows_key` -> (resource, target, UInt32 Series)): the
    cross-table rules reuse those rows instead of locating the same keys again."""
    problems = list(problems or [])
    # frictionless's missing value "": a quoted empty cell is empty too
    # (a column with no such cell is kept as it is: no copy of a big table's text is made)
    # and, in the same pass, the pattern fields with a cell ending in a line break (`patterns.pattern_ok`)
    strings = [n for n, t in raw.schema.items() if t == pl.String]
    patterns = {f["name"]: f["constraints"]["pattern"] for f in schema.fields
                if f["type"] == "string" and "pattern" in f.get("constraints", {}) and f["name"] in strings}
    # a pattern of one repeated class, at least one long, proven on the text as read: its column
    # holds no "" and no line break (neither is a run of the class), so neither scan runs for it
    tried = {n for n, p in patterns.items() if (shape := class_shape(p)) is not None and shape[1] >= 1}
    proven = {n for n in tried if column_matches(raw[n], patterns[n]) is True}
    scanned = [n for n in strings if n not in proven]
    patterned = [n for n in patterns if n not in proven]
    hits = raw.select([(pl.col(n) == "").any().alias(f"e{k}") for k, n in enumerate(scanned)]
                      + [pl.col(n).str.ends_with("\n").any().alias(f"b{k}") for k, n in enumerate(patterned)]
                      ).row(0) if scanned else ()
    quoted_empty = [n for n, hit in zip(scanned, hits[:len(scanned)]) if hit]
    line_breaks = {n for n, hit in zip(patterned, hits[len(scanned):]) if hit}
    text = raw.with_columns([pl.when(pl.col(n) != "").then(pl.col(n)).alias(n) for n in quoted_empty])
    columns = {f["name"]: _typed_column(text[f["name"]], f["type"], f.get("delimiter", ",")) for f in schema.fields}
    typed = pl.DataFrame({name: column for name, (column, _) in columns.items()})
    as_read = not any(python_typed for _, python_typed in columns.values())
    # what read_csv_typed returns for the same file: strings as written ("" kept), other types parsed
    shared = typed.with_columns([raw[f["name"]] for f in schema.fields if f["type"] == "string"])
    both = typed.with_columns([text[n].alias(f"_text_{n}") for n in schema.field_names])
    checks: list[tuple[str | None, str, str, pl.Expr]] = []  # (field, error type, note, failing cells)
    repeats: dict[tuple[str, ...], pl.Expr] = {}  # one test per key: a unique field that is the primary key
    blank = pl.all_horizontal([pl.col(f"_text_{n}").is_null() for n in schema.field_names])
    for f in schema.fields:
        fname, type_, cons = f["name"], f["type"], f.get("constraints", {})
        bad_type = pl.col(f"_text_{fname}").is_not_null() & pl.col(fname).is_null()
        checks.append((fname, "type-error", f'type is "{type_}/{f.get("format", "default")}"', bad_type & ~blank))
        # (a column tried on its text and holding no quoted "" is the same column typed: not tried twice)
        holds = fname in proven or (type_ == "string" and "pattern" in cons
                                    and (fname not in tried or fname in quoted_empty)
                                    and column_matches(typed[fname], cons["pattern"]) is True)
        for cname, expr in _constraint_failures(pl.col(fname), type_, cons, fname in line_breaks, holds):
            checks.append((fname, "constraint-error", f'constraint "{cname}" is "{cons[cname]}"',
                           expr.fill_null(False) & ~bad_type & ~blank))
        if cons.get("unique"):
            checks.append((fname, "unique-error", "the same value as in an earlier row",
                           pl.col(fname).is_not_null() & _repeated(typed, [fname], repeats)))
    checks.append((None, "blank-row", "", blank))
    pk = schema.primary_key
    if pk and set(pk) <= set(typed.columns):
        all_empty = pl.all_horizontal([pl.col(c).is_null() for c in pk])
        checks.append((None, "primary-key", 'cells composing the primary keys are all "None"', all_empty))
        checks.append((None, "primary-key", "the same as in an earlier row", ~all_empty & _repeated(typed, pk, repeats)))
    keys_checked = True  # every foreign key checked here, on columns with no quoted-empty cell
    for fk in schema.foreign_keys:
        cols = fk["fields"] if isinstance(fk["fields"], list) else [fk["fields"]]
        ref = fk["reference"]
        target = ref.get("resource") or name
        ref_cols = ref["fields"] if isinstance(ref["fields"], list) else [ref["fields"]]
        source = typed if target == name else lookups.get(target)
        if set(cols + (ref_cols if target == name else [])) & set(quoted_empty):
            keys_checked = False
        if source is None or not set(cols) <= set(typed.columns):
            keys_checked = False
            continue
        flag = f"_found_{len(checks)}"
        known = (source.select([pl.col(rc).alias(c) for c, rc in zip(cols, ref_cols)])
                 .filter(~pl.all_horizontal(pl.all().is_null()))
                 .cast({c: typed.schema[c] for c in cols}))
        note = f'for "{", ".join(cols)}": values not found in the lookup table "{target}" as "{", ".join(ref_cols)}"'
        # the rules read the frame that keeps a quoted "" (`shared`): rows located on a column
        # with one would differ from theirs, so none is handed over from such a column
        if len(cols) == 1 and memo is not None and cols[0] not in quoted_empty \
                and (target != name or ref_cols[0] not in quoted_empty) \
                and source.schema[ref_cols[0]] == typed.schema[cols[0]]:
            from pakiran_events.validate.rules import indexed_first_rows, rows_key

            rows = indexed_first_rows(typed[cols[0]], source[ref_cols[0]])
            if rows is not None:  # the key's row there (sorted blocks, or a small resource's Enum): found = not null
                memo[rows_key(name, cols[0], target, ref_cols[0])] = (name, target, rows)
                checks.append((None, "foreign-key", note, pl.col(cols[0]).is_not_null() & pl.lit(rows).is_null()))
                continue
        if len(cols) == 1:  # a hash set of the keys (is_in builds it; no unique() first): no join
            checks.append((None, "foreign-key", note,
                           pl.col(cols[0]).is_not_null() & ~pl.col(cols[0]).is_in(known[cols[0]].implode())))
            continue
        known = known.unique()
        both = both.join(known.with_columns(pl.lit(True).alias(flag)), on=cols, how="left", maintain_order="left",
                         nulls_equal=True)
        checks.append((None, "foreign-key", note,
                       ~pl.all_horizontal([pl.col(c).is_null() for c in cols]) & pl.col(flag).is_null()))
    # a pattern field with a cell ending in a line break is not settled (Python's `$` allows one)
    unsettled = set(quoted_empty) | line_breaks
    if raw.height:
        failing = both.select([expr.any().alias(str(k)) for k, (_, _, _, expr) in enumerate(checks)]).row(0)
        found = [checks[k] for k, hit in enumerate(failing) if hit]
        if found:
            masks = both.select([expr.alias(str(k)) for k, (_, _, _, expr) in enumerate(found)])
            rows, fields, codes, notes = [], [], [], []
            for k, (field, code, note, _) in enumerate(found):
                hits = masks[str(k)].fill_null(False).arg_true()
                rows.append(hits)
                fields += [field] * hits.len()
                codes += [code] * hits.len()
                notes += [note] * hits.len()
            problems += _cell_problems(name, schema, text, rows, fields, codes, notes)
    settled = frozenset() if problems else frozenset(n for n in schema.field_names if n not in unsettled)
    keys_hold = keys_checked and not any(p.code == "foreign-key" for p in problems)
    return ResourceCheck(problems, shared, settled, keys_hold, as_read)


def read_text_cells(source: Path | bytes, schema: TableSchema) -> pl.DataFrame:
    """A CSV (a path, or the bytes of a header line and some of its rows) read as `check_resource`
    reads it: numbers typed where every cell parses, the rest as text, "" as null. Raises
    NeedsFrictionless for what polars does not read as Python's csv module does."""
    return _read_text_cells(source, schema)


def file_problems(name: str, r: dict, path: Path, n_rows: int) -> list[Problem]:
    """The file's own facts against the descriptor: `hash-count`, `byte-count`, `row-count`."""
    return _file_problems(name, r, path, n_rows)


def _repeated(frame: pl.DataFrame, key: list[str], seen: dict[tuple[str, ...], pl.Expr]) -> pl.Expr:
    """Rows whose key repeats an earlier row's (a key with a NaN cell repeats none). A 64-bit hash of the key settles the usual case
    (all distinct) in one pass; only when hashes repeat is the key itself compared. `seen` keeps
    the answer by key: a `unique` field that is also the primary key is tested once."""
    if tuple(key) not in seen:
        keys = pl.struct(key) if len(key) > 1 else pl.col(key[0])
        unique = hashes_distinct(frame.select(key).hash_rows())
        # frictionless-py's NaN (`Decimal('NaN')`) equals nothing, so a key holding one never
        # repeats a row; polars counts NaNs as equal (review21; tests/test_validate_r22_review.py)
        floats = [c for c in key if frame.schema[c].is_float()]
        nan = pl.any_horizontal([pl.col(c).is_nan() for c in floats]).fill_null(False) if floats else pl.lit(False)
        seen[tuple(key)] = pl.lit(False) if unique else ~keys.is_first_distinct() & ~nan
    return seen[tuple(key)]


def hashes_distinct(hashes: pl.Series) -> bool:
    """Whether no value of `hashes` (UInt64) repeats: sorted on one thread, no two neighbours equal.
    `n_unique` builds a hash table of every value (20 M evidence keys at 1M events: 0.86-0.93 CPU s);
    the sort cost 0.56, and ~0.83 when split across threads."""
    ordered = hashes.sort(multithreaded=False)
    return ordered.len() < 2 or not (ordered.slice(1) == ordered.slice(0, ordered.len() - 1)).any()


def _cell_problems(name, schema, text, rows, fields, codes, notes) -> list[Problem]:
    idx = pl.concat(rows).to_list()
    blank_rows = {i for i, c in zip(idx, codes) if c == "blank-row"}
    ids = record_ids(text, schema)
    out = []
    for i, field, code, note in zip(idx, fields, codes, notes):
        if i in blank_rows and code not in ("blank-row", "primary-key", "unique-error", "foreign-key"):
            continue  # frictionless reports a blank row once, not each of its empty cells
        cell = text[field][i] if field else None
        message = f"value {cell!r}: {note}" if cell not in (None, "") else note
        out.append(Problem(LAYER, name, i + FIRST_DATA_LINE, ids[i], field, code, message))
    return out


# -- the package ---------------------------------------------------------------------------------
def check_package(descriptor_path: Path) -> tuple[list[Problem], dict[str, pl.DataFrame]]:
    """Descriptor (frictionless-py) and every resource's data (polars; frictionless-py for a
    file polars cannot read as it does). Returns the problems and the typed frames checked."""
    problems, typed, _ = check_package_settled(descriptor_path)
    return problems, typed


def check_package_settled(descriptor_path: Path, skip: frozenset[str] = frozenset(),
                          memo: dict[str, tuple] | None = None) -> tuple[
        list[Problem], dict[str, pl.DataFrame], dict[str, frozenset[str]]]:
    """`check_package`, plus each resource's settled columns (`ResourceCheck.settled`: resource
    name -> field names, plus FOREIGN_KEYS_HOLD where every foreign key held), which the Pandera
    layer need not check again. Resources named in `skip` are not read (validate.streamed checks
    them in row batches). `memo`: see `check_text_cells` (the Pandera layer's rules reuse it)."""
    descriptor_path = Path(descriptor_path)
    problems = remembered(descriptor_path, check_descriptor)  # by the descriptor's bytes (descriptor_cache.py)
    settled: dict[str, frozenset[str]] = {}
    if problems:
        return problems, {}, settled  # frictionless-py reads no data from an invalid descriptor either
    resources = read_descriptor(descriptor_path)["resources"]
    typed: dict[str, pl.DataFrame] = {}
    unlike_read: set[str] = set()  # frames read_csv_typed would not give (ResourceCheck.as_read)
    by_name = {r["name"]: r for r in resources}
    for r in _referenced_first(resources):
        if r["name"] in skip:
            continue
        try:
            result = check_resource(descriptor_path.parent, r, typed, memo)
        except NeedsFrictionless:
            from pakiran_events.validate.frictionless_layer import validate_resource

            problems += validate_resource(descriptor_path, r["name"])
            continue
        problems += result.problems
        typed[r["name"]] = result.typed
        settled[r["name"]] = result.settled | ({FOREIGN_KEYS_HOLD} if result.foreign_keys_hold else set())
        if not result.as_read:
            unlike_read.add(r["name"])
    return problems, {n: typed[n] for n in by_name if n in typed and n not in unlike_read}, settled


def _referenced_first(resources: list[dict]) -> list[dict]:
    """Resources ordered so that every foreign key's target is checked before its source."""
    by_name = {r["name"]: r for r in resources}
    done: list[str] = []

    def visit(name: str, seen: tuple = ()) -> None:
        if name in done or name in seen or name not in by_name:
            return
        for fk in by_name[name].get("schema", {}).get("foreignKeys", []):
            visit(fk["reference"].get("resource") or name, seen + (name,))
        done.append(name)

    for r in resources:
        visit(r["name"])
    return [by_name[n] for n in done]

