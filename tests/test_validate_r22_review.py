"""Round 21's validation review, leftovers (val22).

1. Anchoring: a Table Schema `pattern` must match the whole cell, so it is wrapped as `^(?:p)$`
   (validate/patterns.py, the one helper every layer uses). `^{p}$` binds the anchors to the first
   and last alternatives of a top-level alternation (`^a|b$`: "a..." or "...b"); the engine's
   Python fallback (a pattern polars' regex refuses), the Pandera layer's column and list-item
   checks spelled it that way or not anchored at all. frictionless-py itself compiles `^{p}$`: on a
   top-level alternation it differs from the whole-cell reading, which is the one kept here
   (asserted below, so the difference is known, not hidden).
2. NaN in a `unique` or primary-key number column: frictionless-py reads NaN as `Decimal('NaN')`,
   which equals nothing (not even another NaN), so it never repeats a row; polars' `is_duplicated`
   counts NaNs as equal. frictionless-py is the oracle (tiny packages validated by both).
3. The Pandera pattern check used polars' regex only: a pattern polars refuses (a backreference)
   made the check raise, and a cell ending in one line break failed where Python's `$` (and the
   engine) let it pass. It now uses the engine's expression (`patterns.pattern_ok`).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import frictionless
import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pakiran_events.validate import validate_package
from pakiran_events.validate.pandera_import import pa
from pakiran_events.validate.pandera_schemas import _field_checks, _list_checks, distinct_number_check, unique_key_check
from pakiran_events.validate.patterns import anchored, python_pattern


def _package(root: Path, fields: list[dict], rows: list[list[str]], primary_key: list[str] | None = None) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    names = [f["name"] for f in fields]
    (root / "t.csv").write_text(",".join(names) + "\n" + "".join(",".join(r) + "\n" for r in rows), encoding="utf-8")
    schema: dict = {"fields": fields}
    if primary_key:
        schema["primaryKey"] = primary_key
    descriptor = {"name": "p", "resources": [{"name": "t", "path": "t.csv", "profile": "tabular-data-resource",
                                              "schema": schema}]}
    path = root / "datapackage.json"
    path.write_text(json.dumps(descriptor), encoding="utf-8")
    return path


def _theirs(path: Path) -> list[tuple[str, int]]:
    report = frictionless.validate(str(path))
    return sorted((e.type, e.row_number) for task in report.tasks for e in task.errors)


def _ours(path: Path) -> list[tuple[str, int | None]]:
    return sorted((p.code, p.row) for p in validate_package(path, ("frictionless",)))


# -- 1. one anchoring ---------------------------------------------------------------------------
@pytest.mark.parametrize("pattern", ["a|b", "^a|b$", "ab|c+", "(x)|y"])
def test_the_helper_anchors_the_whole_alternation(pattern):
    whole = anchored(pattern)
    assert whole == f"^(?:{pattern})$"
    for cell in ("a", "b", "axyz", "xb", "ab", "c", "cc", "x", "y", "yx"):
        assert (python_pattern(pattern).match(cell) is not None) == (re.fullmatch(pattern.strip("^$"), cell) is not None)


ALTERNATIONS = [  # (pattern, cells); the first two need the Python fallback (polars refuses `\1`)
    ("(a)\\1|c", ["aa", "aax", "c", "xc", "b"]),
    ("c|(a)\\1", ["aa", "xaa", "c", "cx", "b"]),
    ("a|b", ["a", "axyz", "b", "xb", "ab", "c"]),
    ("^[A-Z]{3}|[0-9]+$", ["ABC", "ABCx", "12", "x12", "AB"]),
]


@pytest.mark.parametrize("pattern,cells", ALTERNATIONS)
def test_an_alternation_is_matched_against_the_whole_cell(tmp_path, pattern, cells):
    path = _package(tmp_path, [{"name": "code", "type": "string", "constraints": {"pattern": pattern}},
                               {"name": "k", "type": "integer"}], [[c, str(i)] for i, c in enumerate(cells)])
    whole = re.compile(f"^(?:{pattern})$")
    expected = sorted(("constraint-error", i + 2) for i, c in enumerate(cells) if not whole.match(c))
    assert _ours(path) == expected
    # frictionless-py's `^{p}$` reads the alternation otherwise: the known, stated difference
    loose = re.compile(f"^{pattern}$")
    assert _theirs(path) == sorted(("constraint-error", i + 2) for i, c in enumerate(cells) if not loose.match(c))


def _pandera_failing_rows(checks: list, column: pl.Series) -> list[int]:
    schema = pa.DataFrameSchema({"c": pa.Column(column.dtype, checks=checks, nullable=True)})
    try:
        schema.validate(pl.DataFrame({"c": column}), lazy=True)
    except pa.errors.SchemaErrors as exc:
        return sorted({int(i) for i in exc.failure_cases["index"].to_list() if i is not None})
    return []


@pytest.mark.parametrize("pattern,cells", ALTERNATIONS)
def test_the_pandera_pattern_check_anchors_the_same_way(pattern, cells):
    checks = _field_checks({"name": "c", "type": "string", "constraints": {"pattern": pattern}})
    whole = re.compile(f"^(?:{pattern})$")
    assert _pandera_failing_rows(checks, pl.Series(cells)) == [i for i, c in enumerate(cells) if not whole.match(c)]


def test_the_pandera_list_item_pattern_is_anchored():
    checks = _list_checks({"name": "c", "type": "list", "itemConstraints": {"pattern": "[A-Z]{3}"}})
    column = pl.Series([["PAK", "IRN"], ["PAKI"], ["xPAK"], [], None, ["IRN", "ab"]])
    assert _pandera_failing_rows(checks, column) == [1, 2, 5]


# -- 3. the Pandera pattern check is not polars-only -------------------------------------------
def test_the_pandera_pattern_check_reads_a_pattern_polars_refuses():
    checks = _field_checks({"name": "c", "type": "string", "constraints": {"pattern": "(a)\\1"}})
    assert _pandera_failing_rows(checks, pl.Series(["aa", "ab", None, "aaa"])) == [1, 3]


def test_the_pandera_pattern_check_lets_one_final_line_break_pass_as_python_does():
    checks = _field_checks({"name": "c", "type": "string", "constraints": {"pattern": "[A-Z]{3}"}})
    assert _pandera_failing_rows(checks, pl.Series(["PAK", "PAK\n", "PAK\n\n", "\nPAK"])) == [2, 3]


# -- 2. NaN never repeats a row ------------------------------------------------------------------
def test_nan_is_no_repeat_in_a_unique_number_column(tmp_path):
    cells = ["NaN", "NaN", "1", "1.0", "-0", "0", "nan", "inf", "inf", "-NaN"]
    path = _package(tmp_path, [{"name": "x", "type": "number", "constraints": {"unique": True}},
                               {"name": "k", "type": "integer"}], [[c, str(i)] for i, c in enumerate(cells)])
    theirs = _theirs(path)
    assert theirs == [("unique-error", 5), ("unique-error", 7), ("unique-error", 10)]
    assert _ours(path) == theirs


def test_nan_is_no_repeat_in_a_composite_primary_key(tmp_path):
    rows = [["a", "NaN"], ["a", "NaN"], ["a", "1"], ["a", "1.0"], ["b", "nan"], ["b", "2"], ["b", "2"]]
    path = _package(tmp_path, [{"name": "g", "type": "string"}, {"name": "x", "type": "number"}], rows, ["g", "x"])
    theirs = _theirs(path)
    assert theirs == [("primary-key", 5), ("primary-key", 8)]
    assert _ours(path) == theirs


def test_nan_as_the_whole_primary_key(tmp_path):
    rows = [["NaN", "0"], ["NaN", "1"], ["3", "2"], ["3", "3"]]
    path = _package(tmp_path, [{"name": "x", "type": "number"}, {"name": "k", "type": "integer"}], rows, ["x"])
    assert _ours(path) == _theirs(path) == [("primary-key", 5)]


NUMBER_CELLS = st.sampled_from(["NaN", "nan", "-NaN", "+nan", "1", "1.0", "01", "-0", "0", "0.0", "inf", "-inf",
                                "Infinity", "2.5", "", "x"])


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cells=st.lists(NUMBER_CELLS, min_size=1, max_size=8), groups=st.lists(st.sampled_from("ab"), min_size=8, max_size=8),
       composite=st.booleans())
def test_number_keys_repeat_as_frictionless_py_says(tmp_path_factory, cells, groups, composite):
    root = tmp_path_factory.mktemp("nan")
    if composite:
        fields = [{"name": "g", "type": "string"}, {"name": "x", "type": "number"}]
        path = _package(root, fields, [[g, c] for g, c in zip(groups, cells)], ["g", "x"])
    else:
        fields = [{"name": "x", "type": "number", "constraints": {"unique": True}}, {"name": "k", "type": "integer"}]
        path = _package(root, fields, [[c, str(i)] for i, c in enumerate(cells)])
    assert _ours(path) == _theirs(path)


def test_the_pandera_layer_repeats_no_nan_either():
    # the same rule in the Pandera layer (it runs where the engine did not settle the column)
    nan = float("nan")
    column = pl.Series([1.0, 1.0, nan, nan, None, None, -0.0, 0.0, 2.0])
    assert _pandera_failing_rows([distinct_number_check()], column) == [0, 1, 4, 5, 6, 7]
    frame = pl.DataFrame({"g": ["a", "a", "a", "a", "b", "b"], "x": [nan, nan, 1.0, 1.0, nan, 2.0]})
    schema = pa.DataFrameSchema({"g": pa.Column(pl.String), "x": pa.Column(pl.Float64, nullable=True)},
                                checks=[unique_key_check(["g", "x"])])
    with pytest.raises(pa.errors.SchemaErrors) as caught:
        schema.validate(frame, lazy=True)
    cases = caught.value.failure_cases.filter(pl.col("schema_context") == "DataFrameSchema")
    assert sorted(cases["index"].to_list()) == [2, 3]


# -- r20 speed: a column proven on its text is not scanned for "" and line breaks ---------------
def test_a_proven_column_is_not_scanned_again(monkeypatch):
    from pakiran_events.core.schema import TableSchema
    from pakiran_events.validate import table_schema

    schema = TableSchema("t", {"fields": [
        {"name": "id", "type": "string", "constraints": {"pattern": "^[a-z0-9_]+$"}},
        {"name": "sha", "type": "string", "constraints": {"pattern": "^[0-9a-f]{4}$"}},
        {"name": "any", "type": "string", "constraints": {"pattern": "[a-z]*"}},  # "" matches: still scanned
    ]})
    raw = pl.DataFrame({"id": ["a_1", "b"], "sha": ["00ff", None], "any": ["ab", "c"]})
    calls = []
    real = pl.Expr.str

    class Spy:
        def __init__(self, expr):
            self._inner = real.__get__(expr)

        def ends_with(self, suffix, *args, **kwargs):
            calls.append(suffix)
            return self._inner.ends_with(suffix, *args, **kwargs)

        def __getattr__(self, name):
            return getattr(self._inner, name)

    monkeypatch.setattr(pl.Expr, "str", property(Spy))
    result = table_schema.check_text_cells("t", schema, raw, {})
    assert result.problems == [] and result.settled == {"id", "sha", "any"}
    assert calls == ["\n"]  # the line-break scan ran for `any` alone
    broken = raw.with_columns(pl.Series("id", ["a_1", ""]), pl.Series("sha", ["00ff", "00f\n"]))
    assert sorted((p.row, p.field) for p in table_schema.check_text_cells("t", schema, broken, {}).problems) == [(3, "sha")]
