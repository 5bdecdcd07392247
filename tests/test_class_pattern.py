"""The pattern check by lengths and bytes (validate/class_pattern.py) against the regexes it
replaces: Python's `re` (frictionless-py's) and polars' (the engine's), and the Table Schema
engine with the fast path refused as the oracle of the engine with it."""

from __future__ import annotations

import re

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pakiran_events.core.schema import TableSchema
from pakiran_events.validate import class_pattern, table_schema
from pakiran_events.validate.class_pattern import class_shape, column_matches

ALPHABET = "0123456789abcdefgzAFZ_-. \n\u00e9\u0663"  # class members, near misses, non-ASCII
classes = st.sampled_from(["0-9a-f", "a-z0-9_", "A-Z", "0-9", "a-f0-9", "_a", "z", "a-zA-Z0-9_"])
repeats = st.one_of(st.sampled_from(["+", "*"]), st.integers(0, 5).map(lambda n: f"{{{n}}}"),
                    st.tuples(st.integers(0, 4), st.integers(0, 4)).map(lambda t: f"{{{min(t)},{max(t)}}}"),
                    st.integers(0, 4).map(lambda n: f"{{{n},}}"))
cells = st.one_of(st.none(), st.text(ALPHABET, max_size=7))


def _python_all(values: list, pattern: str) -> bool:
    return all(re.match(f"^(?:{pattern})$", v) for v in values if v is not None)


def _polars_all(series: pl.Series, pattern: str) -> bool:
    return bool(series.drop_nulls().str.contains(f"^(?:{pattern})$").all())


@settings(max_examples=400, deadline=None)
@given(cls=classes, rep=repeats, values=st.lists(cells, max_size=12), anchored=st.booleans(),
       cut=st.integers(0, 12), split=st.integers(0, 12))
def test_column_matches_is_the_regex_on_every_cell(cls, rep, values, anchored, cut, split):
    pattern = f"^[{cls}]{rep}$" if anchored else f"[{cls}]{rep}"
    series = pl.Series("c", values, dtype=pl.String)
    # a slice at an offset and a two-chunk column: Arrow buffers that do not start at the cells
    sliced = series.slice(min(cut, len(values)))
    chunked = series.slice(0, split).append(series.slice(split))
    for s, at_once in ((series, 3), (sliced, 2), (chunked, 1 << 20)):  # several slices per column, or one
        with pytest.MonkeyPatch.context() as m:
            m.setattr(class_pattern, "ROWS_AT_ONCE", at_once)
            got = column_matches(s, pattern)
        assert got in (True, None)
        # exact: True iff polars' regex passes every cell, and then Python's `re` does too
        assert (got is True) == _polars_all(s, pattern), (s.to_list(), pattern)
        if got:
            assert _python_all(s.to_list(), pattern)


@pytest.mark.parametrize("pattern", ["^E[0-9]{6,}$", "^[a-z0-9]+(-[a-z0-9]+)*$", "^[^a]{3}$", "^[z-a]+$",
                                     "^[0-9]{3,1}$", "^[\\d]{2}$", "(?i)^[a-f]{2}$", "^[a-f]{2}$|x", "^[.]+$"])
def test_other_shapes_are_left_to_the_regex(pattern):
    assert class_shape(pattern) is None
    assert column_matches(pl.Series(["ab", "E123456"]), pattern) is None


def test_the_shapes_of_the_package_patterns():
    assert class_shape("^[0-9a-f]{64}$") == (b"0123456789abcdef", 64, 64)
    assert class_shape("^[a-z0-9_]+$") == (b"0123456789_abcdefghijklmnopqrstuvwxyz", 1, None)
    assert class_shape("^[A-Z]{3}$") == (b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", 3, 3)
    assert class_shape("^[0-9]{2,4}$") == (b"0123456789", 2, 4)
    assert column_matches(pl.Series(["a" * 64, None, "0f" * 32]), "^[0-9a-f]{64}$") is True
    assert column_matches(pl.Series(["a" * 64, "A" * 64]), "^[0-9a-f]{64}$") is None
    assert column_matches(pl.Series(["a" * 63]), "^[0-9a-f]{64}$") is None
    assert column_matches(pl.Series([None, None], dtype=pl.String), "^[0-9a-f]{64}$") is True


SCHEMA = TableSchema("t", {"fields": [
    {"name": "id", "type": "string", "constraints": {"required": True, "pattern": "^[a-z0-9_]+$"}},
    {"name": "sha", "type": "string", "constraints": {"pattern": "^[0-9a-f]{4}$"}},
    {"name": "code", "type": "string", "constraints": {"pattern": "^[A-Z]{1,2}$"}},
], "primaryKey": ["id"]})
texts = st.one_of(st.none(), st.just(""), st.text("0abfAZ_\n\u00e9", max_size=5),
                  st.sampled_from(["abcd", "0f0f", "AB", "Z", "x\n", "ab12\n"]))


def _signature(problems) -> list[tuple]:
    return sorted(((p.resource, p.row, p.field, p.code, p.message) for p in problems), key=repr)


@settings(max_examples=200, deadline=None)
@given(rows=st.lists(st.tuples(texts, texts, texts), max_size=10))
def test_the_engine_reports_the_same_with_and_without_the_fast_path(rows):
    raw = pl.DataFrame({"id": [r[0] for r in rows], "sha": [r[1] for r in rows], "code": [r[2] for r in rows]},
                       schema={"id": pl.String, "sha": pl.String, "code": pl.String})
    fast = table_schema.check_text_cells("t", SCHEMA, raw, {})
    with pytest.MonkeyPatch.context() as m:
        m.setattr(table_schema, "column_matches", lambda cells, pattern: None)
        slow = table_schema.check_text_cells("t", SCHEMA, raw, {})
    assert _signature(fast.problems) == _signature(slow.problems)
    assert fast.settled == slow.settled


def test_a_valid_column_runs_no_regex(monkeypatch):
    raw = pl.DataFrame({"id": ["a_1", "b"], "sha": ["00ff", None], "code": ["AB", "Z"]})
    calls = []
    real = pl.Expr.str

    class Spy:
        def __init__(self, expr):
            self._inner = real.__get__(expr)

        def contains(self, pattern, *args, **kwargs):
            calls.append(pattern)
            return self._inner.contains(pattern, *args, **kwargs)

        def __getattr__(self, name):
            return getattr(self._inner, name)

    monkeypatch.setattr(pl.Expr, "str", property(Spy))
    assert table_schema.check_text_cells("t", SCHEMA, raw, {}).problems == []
    assert not [p for p in calls if "[" in p], calls  # no pattern regex was built


@settings(max_examples=300, deadline=None)
@given(allowed=st.binary(min_size=1, max_size=40), data=st.binary(max_size=40), block=st.integers(1, 8))
def test_the_byte_test_is_membership_in_the_class(allowed, data, block):
    import numpy as np

    spans = class_pattern.byte_ranges(allowed)
    assert sorted({b for lo, hi in spans for b in range(lo, hi + 1)}) == sorted(set(allowed))
    with pytest.MonkeyPatch.context() as m:
        m.setattr(class_pattern, "BLOCK_BYTES", block)  # blocks cut anywhere
        got = class_pattern._in_ranges(np.frombuffer(data, dtype=np.uint8), spans)
    assert got == all(b in allowed for b in data)
