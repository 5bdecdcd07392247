"""Review21, S3 and S4: the `frictionless` layer's verdict against frictionless-py's own.

S3: the pattern fast path (validate/class_pattern.py) read an Arabic-Indic digit in braces as a
repeat count where Python's `re` reads literal braces, took a pattern `re` refuses (a repeat of
2**32 or more) as proven, and proved any pattern on an all-null column without checking it.
S4: frictionless-py reads `sNaN` as a number (`Decimal('sNaN')`); the engine and `cast_strings`
reported a type error (`float()` refuses a signalling NaN). Each case is also run as a
differential: a tiny package validated by frictionless-py and by our engine.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import frictionless
import polars as pl
import pytest

from pakiran_events.core.frictionless_cells import parse_number
from pakiran_events.core.schema import TableSchema
from pakiran_events.core.tables import cast_strings
from pakiran_events.validate import validate_package
from pakiran_events.validate.class_pattern import class_shape, column_matches


# -- the review's failing tests -------------------------------------------------------------
def test_a_unicode_digit_in_braces_is_no_quantifier():
    assert column_matches(pl.Series(["abc", "xyz"]), "[a-z]{\u0663}") is not True


def test_an_unreadable_repeat_is_not_proven():
    assert column_matches(pl.Series(["abc"]), "[a-z]{0,5000000000}") is not True


def test_snan_is_a_number_as_frictionless_py_reads_it():
    from frictionless import fields
    got, notes = fields.NumberField(name="n").read_cell("sNaN")
    assert got is not None and not notes
    assert parse_number("sNaN") is not None


# -- a tiny package, validated by both ------------------------------------------------------
def _package(root: Path, type_: str, constraints: dict, cells: list[str]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "t.csv").write_text("code,k\n" + "".join(f"{c},{i}\n" for i, c in enumerate(cells)), encoding="utf-8")
    fields = [{"name": "code", "type": type_, "constraints": constraints}, {"name": "k", "type": "integer"}]
    descriptor = {"name": "p", "resources": [{"name": "t", "path": "t.csv", "profile": "tabular-data-resource",
                                              "schema": {"fields": fields}}]}
    path = root / "datapackage.json"
    path.write_text(json.dumps(descriptor), encoding="utf-8")
    return path


def _theirs(path: Path) -> list[tuple[str, int]] | str:
    """frictionless-py's (error type, row) pairs, or the name of the exception it raises."""
    try:
        report = frictionless.validate(str(path))
    except Exception as exc:  # noqa: BLE001 - frictionless-py cannot give a verdict
        return type(exc).__name__
    return sorted((e.type, e.row_number) for task in report.tasks for e in task.errors)


def _ours(path: Path) -> list[tuple[str, int | None]]:
    return sorted((p.code, p.row) for p in validate_package(path, ("frictionless",)))


@pytest.mark.parametrize("pattern", ["[a-z]{\u0663}", "^[a-z]{\u0663}$", "[0-9]{1,\u0663}", "[a-z]{\u0663,}"])
def test_a_unicode_digit_repeat_is_literal_text_in_both(tmp_path, pattern):
    # near misses: the digit as the upper bound, as an open lower bound, with anchors
    assert class_shape(pattern) is None
    path = _package(tmp_path, "string", {"pattern": pattern}, ["abc", "xyz", "7"])
    theirs = _theirs(path)
    assert theirs == [("constraint-error", 2), ("constraint-error", 3), ("constraint-error", 4)]
    assert _ours(path) == theirs


def test_the_literal_braces_match_as_python_reads_them(tmp_path):
    # the same pattern held by a cell that spells the braces: no error in either
    path = _package(tmp_path, "string", {"pattern": "[a-z]{\u0663}"}, ["a{\u0663}", "b{\u0663}"])
    assert _theirs(path) == [] == _ours(path)


def test_an_ascii_repeat_is_still_a_shape():
    assert class_shape("^[a-z]{3}$") == (bytes(range(97, 123)), 3, 3)
    assert column_matches(pl.Series(["abc", "xyz"]), "[a-z]{3}") is True


@pytest.mark.parametrize("pattern", ["[a-z]{0,5000000000}", "[a-z]{0,4294967295}", "[a-z]{5000000000}",
                                     "[z-a]+", "[a-z]{4294967296,}"])
@pytest.mark.parametrize("cells", [["abc"], [None, None]], ids=["filled", "all-null"])
def test_a_pattern_python_refuses_is_never_proven(pattern, cells):
    with pytest.raises((re.error, OverflowError)):
        re.compile(f"^{pattern}$")
    assert class_shape(pattern) is None
    assert column_matches(pl.Series(cells, dtype=pl.String), pattern) is None


def test_a_valid_pattern_on_an_all_null_column_is_still_proven():
    assert column_matches(pl.Series([None, None], dtype=pl.String), "[a-z]{0,4294967294}") is True


@pytest.mark.parametrize("cells", [["abc"], ["", ""]], ids=["filled", "all-null"])
@pytest.mark.parametrize("pattern", ["[a-z]{0,5000000000}", "[a-z", "\\pL+"])
def test_an_invalid_pattern_is_reported_whatever_the_column_holds(tmp_path, pattern, cells):
    # frictionless-py cannot compile it and raises; ours reports the table, never "valid"
    # (`\pL` is a near miss: polars' regex reads it, Python's `re` does not)
    path = _package(tmp_path, "string", {"pattern": pattern}, cells)
    assert isinstance(_theirs(path), str)
    assert _ours(path) == [("unreadable-table", None)]


def test_a_repeat_beyond_polars_limit_is_matched_as_python_does(tmp_path):
    # a near miss the other way: Python reads it, polars' regex refuses it (size limit)
    path = _package(tmp_path, "string", {"pattern": "[a-z]{0,100000}"}, ["abc", "ABC", "x"])
    theirs = _theirs(path)
    assert theirs == [("constraint-error", 3)]
    assert _ours(path) == theirs


# -- S4: signalling NaN -------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["sNaN", "-sNaN", " snan ", "sNaN12", "+sNaN"])
def test_a_signalling_nan_reads_as_nan(text):
    got = parse_number(text)
    assert got is not None and math.isnan(got)
    assert math.copysign(1.0, got) == (-1.0 if text.strip().startswith("-") else 1.0)


@pytest.mark.parametrize("text", ["ssNaN", "sNaNx", "s", "sNa", "sInf"])
def test_near_spellings_of_snan_stay_type_errors(text):
    assert parse_number(text) is None
    got, notes = frictionless.fields.NumberField(name="n").read_cell(text)
    assert got is None and notes


def test_snan_is_no_type_error_in_either_engine(tmp_path):
    cells = ["sNaN", "-sNaN", "sNaN7", "1", "ssNaN"]
    path = _package(tmp_path, "number", {}, cells)
    theirs = _theirs(path)
    assert theirs == [("type-error", 6)]
    assert _ours(path) == theirs
    read, problems = cast_strings(pl.DataFrame({"n": cells}), TableSchema("t", {"fields": [{"name": "n", "type": "number"}]}),
                                  "t", "pandera")
    assert [p.row for p in problems] == [6]
    assert [math.isnan(v) for v in read["n"].to_list()[:3]] == [True, True, True]


@pytest.mark.parametrize("constraints", [{"minimum": 0}, {"maximum": 5}])
def test_snan_against_a_bound_is_reported_as_nan_is(tmp_path, constraints):
    # frictionless-py raises on `Decimal('sNaN') >= 0` (InvalidOperation) and reports quiet NaN
    # out of bounds; ours reports sNaN exactly as that NaN: a constraint error, not a type error
    assert _theirs(_package(tmp_path / "s", "number", constraints, ["sNaN", "1"])) == "InvalidOperation"
    quiet = _package(tmp_path / "q", "number", constraints, ["NaN", "1"])
    assert _theirs(quiet) == [("constraint-error", 2)] == _ours(quiet)
    assert _ours(_package(tmp_path / "s2", "number", constraints, ["sNaN", "1"])) == [("constraint-error", 2)]


@pytest.mark.parametrize("enum", [[1], [1, 2.5], [2.5]])
def test_a_number_enum_of_integers_is_checked_as_frictionless_py_does(tmp_path, enum):
    # found alongside S4: a JSON integer in a number field's enum made polars' is_in refuse the
    # Float64 column (an unreadable table); frictionless-py compares Decimal(1) with the cells
    path = _package(tmp_path, "number", {"enum": enum}, ["1", "2.5", "3"])
    theirs = _theirs(path)
    assert theirs == sorted(("constraint-error", row) for row, cell in ((2, 1), (3, 2.5), (4, 3)) if cell not in enum)
    assert _ours(path) == theirs
