"""The engine's test for rows with fewer cells than the header (table_schema._require_full_rows,
run when the last column has empty cells): r14 counts the separators of a line with no quote
character by a plain count and strips quoted spans only from the lines that have quotes. Its
verdict is the earlier one's (below, the oracle) on Hypothesis-made CSV texts: quoted cells
holding commas, doubled quotes and line breaks, short and long rows, blank lines."""

from __future__ import annotations

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pakiran_events.validate import table_schema


def _oracle(data: bytes, n_fields: int, n_rows: int) -> bool:
    """True when the earlier code let the file through (it raised NeedsFrictionless otherwise)."""
    lines = pl.read_csv(data, has_header=False, separator="\x1f", quote_char=None, schema={"line": pl.String},
                        empty_string_is_null=False)["line"]
    if lines.len() != n_rows + 1:
        return False
    counts = lines.to_frame().select(
        quotes=pl.col("line").str.count_matches('"', literal=True),
        seps=pl.col("line").str.replace_all('"[^"]*"', "").str.count_matches(",", literal=True))
    return not ((counts["quotes"] % 2 != 0).any() or (counts["seps"] != n_fields - 1).any())


def _passes(data: bytes, n_fields: int, n_rows: int) -> bool:
    try:
        table_schema._require_full_rows(data, n_fields, n_rows)
    except table_schema.NeedsFrictionless:
        return False
    return True


cell = st.one_of(st.sampled_from(["", "a", "b c", '"x,y"', '"he said ""no"""', '"two\nlines"', '"', ",", '""']),
                 st.text(alphabet='ab,"', max_size=5))
row = st.lists(cell, min_size=1, max_size=5).map(",".join)


@settings(max_examples=400, deadline=None)
@given(rows=st.lists(row, min_size=1, max_size=8), n_fields=st.integers(1, 5), extra=st.integers(-1, 1))
def test_the_verdict_is_the_earlier_one(rows, n_fields, extra):
    data = ("h," * (n_fields - 1) + "h\n" + "\n".join(rows) + "\n").encode()
    n_rows = max(len(rows) + extra, 0)
    assert _passes(data, n_fields, n_rows) == _oracle(data, n_fields, n_rows)


@pytest.mark.parametrize("text, ok", [
    ("a,b,c\n1,2,3\n4,5,\n", True),            # an empty last cell: three cells
    ("a,b,c\n1,2,3\n4,5\n", False),            # a short row
    ('a,b,c\n"1,5",2,3\n4,"x,y",\n', True),    # commas inside quotes are not separators
    ('a,b,c\n"1,5",2\n4,5,6\n', False),        # a short row with a quoted comma
])
def test_short_rows_are_found(text, ok):
    assert _passes(text.encode(), 3, 2) is ok
