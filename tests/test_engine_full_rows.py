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

from pakiran_events.core.schema import TableSchema
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


# -- r15: byte counts settle a plain file without reading its lines again --------------------------
def _read(data: bytes, n_fields: int):
    """What `_read_text_cells` makes of a CSV text: its rows, or the kind of exception it raised."""
    schema = TableSchema("t", {"fields": [{"name": f"h{k}", "type": "string"} for k in range(n_fields)]})
    try:
        return table_schema._read_text_cells(data, schema).rows()
    except table_schema.NeedsFrictionless:
        return "needs frictionless"
    except pl.exceptions.PolarsError as exc:
        return type(exc).__name__


plain_cell = st.sampled_from(["", "a", "b c", ",", ",,", "\r", "\x1f", '"', '"q"'])
plain_row = st.lists(plain_cell, min_size=0, max_size=5).map(",".join)


@settings(max_examples=500, deadline=None)
@given(rows=st.lists(plain_row | row, min_size=1, max_size=8), n_fields=st.integers(1, 4),
       end=st.sampled_from(["\n", "", "\r\n", "\n\n"]))
def test_reading_with_the_byte_counts_is_reading_with_the_line_test(rows, n_fields, end):
    """The counts are a proof only after polars read the file (a long row raised there): the whole
    read is compared, with the line test always run (the earlier code) as the oracle."""
    data = (",".join(f"h{k}" for k in range(n_fields)) + "\n" + "\n".join(rows) + end).encode()
    now = _read(data, n_fields)
    real = table_schema._separators_fill_rows
    table_schema._separators_fill_rows = lambda *args: False  # the earlier code: every such file's lines read
    try:
        before = _read(data, n_fields)
    finally:
        table_schema._separators_fill_rows = real
    assert now == before


def test_a_plain_full_file_is_not_read_again_as_lines(monkeypatch, tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes(b"h0,h1,h2\n1,2,\n3,,\n")

    def refuse(*args):
        raise AssertionError("lines read again")

    monkeypatch.setattr(table_schema, "_require_full_rows", refuse)
    schema = TableSchema("t", {"fields": [{"name": f"h{k}", "type": "string"} for k in range(3)]})
    assert table_schema._read_text_cells(path, schema).rows() == [("1", "2", None), ("3", None, None)]


@pytest.mark.parametrize("text, proven", [
    ("h0,h1,h2\n1,2,\n3,,\n", True),
    ("h0,h1,h2\n1,2,\n3,,", False),          # no final line break: polars lets an extra cell through there
    ('h0,h1,h2\n"1",2,\n3,,\n', False),      # a quote: separators inside quotes are not counted here
    ("h0,h1,h2\n1,2,\r\n3,,\r\n", False),    # carriage returns: left to the line test
    ("h0,h1,h2\n1,2\n\n", False),            # a short row and a blank line: fewer commas than 2 a line
])
def test_the_byte_counts_prove_only_plain_full_files(text, proven):
    assert table_schema._separators_fill_rows(text.encode(), 3, 2) is proven


@pytest.mark.parametrize("text", ["a,b,c\n\x1f,2,3\n4,5,\n", "a,b,c\n1,\x1f,3\n4,5,\n", "a,b,c\n\x1f\x1f,2,3\n4,5,\n"])
def test_a_unit_separator_in_a_cell_hands_the_file_to_frictionless_not_an_internal_error(text):
    # the line test reads each line as one column split on the unit separator: a cell holding that byte
    # made polars raise "more fields" out of the engine (found by Hypothesis in
    # test_pandera_settled_differential on a corrupted codebook cell, CI run 33)
    assert _passes(text.encode(), 3, 2) is False  # the line test hands over; nothing else escapes
