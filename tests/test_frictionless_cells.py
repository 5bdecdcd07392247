"""Integer and number cells read the same by frictionless-py (the oracle: its field types'
`read_cell`), by the Table Schema engine (`table_schema._typed_column`) and by the reading the
Pandera layer and the build use (`core.tables.cast_strings`, polars with frictionless-py's Python
call for what polars does not parse): `1_000`, `+5`, ` 7 `, a Unicode digit are values, not type
errors, in all three."""

from __future__ import annotations

import math

import polars as pl
from frictionless import fields
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pakiran_events.core.frictionless_cells import INT64_MAX, INT64_MIN
from pakiran_events.core.schema import TableSchema
from pakiran_events.core.tables import cast_strings
from pakiran_events.validate import table_schema

SCHEMA = TableSchema("t", {"fields": [{"name": "i", "type": "integer"}, {"name": "n", "type": "number"}]})
# characters and whole words (an `s` among them), and Decimal's special values by its grammar
# (sign, an optional letter before the word, a NaN's payload digits): a signalling NaN (`snan`,
# `-sNaN7`: a number to frictionless-py, which `float()` refuses) is drawn, not only sampled
TOKENS = [*"0123456789_+-. eE\u0663\uff17xnaNsI", "nan", "NaN", "inf", "Infinity"]
specials = st.tuples(st.sampled_from(["", "-", "+", " "]), st.sampled_from(["", "s", "S", "q", "ss"]),
                     st.sampled_from(["nan", "NaN", "inf", "Infinity", "1", "e"]),
                     st.sampled_from(["", "7", "12", " ", "x"])).map("".join)
texts = st.one_of(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=6).map("".join), specials,
                  st.sampled_from(["1_000", " 7 ", "+5", "\u0663", "1e3", "NaN", "inf", "-0", "1_000.5", "_1",
                                   "1__0", "99999999999999999999", "1,000", "0x10", "sNaN", "-sNaN"]))


def _oracle(value: str, kind: str):
    got, notes = (fields.IntegerField(name="i") if kind == "i" else fields.NumberField(name="n")).read_cell(value)
    if got is None or notes:
        return None
    if kind == "i":
        return max(INT64_MIN, min(INT64_MAX, got))
    return math.nan if got.is_nan() else float(got)  # float() refuses a signalling NaN


def _same(a, b) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return a == b


@settings(max_examples=300, deadline=None)
@given(values=st.lists(texts, min_size=1, max_size=6))
@example(values=["1_000", "\u0663", " 7 ", "x"])
@example(values=["sNaN", "-snan", "ssNaN"])
def test_both_readings_type_a_cell_as_frictionless_py_does(values):
    frame = pl.DataFrame({"i": values, "n": values})
    read, problems = cast_strings(frame, SCHEMA, "t", "pandera")
    for kind in ("i", "n"):
        type_ = "integer" if kind == "i" else "number"
        engine, _ = table_schema._typed_column(frame[kind], type_)
        expected = [_oracle(v, kind) for v in values]
        assert all(_same(a, b) for a, b in zip(read[kind].to_list(), expected)), (kind, values, read[kind].to_list())
        assert all(_same(a, b) for a, b in zip(engine.to_list(), expected)), (kind, values, engine.to_list())
        # a type error exactly where frictionless-py reports one
        assert {p.row - 2 for p in problems if p.field == kind} == {k for k, e in enumerate(expected) if e is None}
