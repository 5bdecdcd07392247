"""How every layer reads a Table Schema `pattern`: the whole cell must match, so the pattern is
wrapped as `^(?:p)$` (`anchored`), never `^p$`, which binds the anchors to the first and last
alternatives of a top-level alternation (`^a|b$` accepts "a..." and "...b").

Why one module: the engine's polars regex, its Python fallback (a pattern polars' regex refuses),
the Pandera layer's column and list-item checks and the fast path's compile check spelled the
anchoring three ways (review21; tests/test_validate_r22_review.py). frictionless-py compiles
`re.compile("^{0}$".format(p))` and calls `.match`: the same verdict except on a top-level
alternation, where the whole-cell reading (the Table Schema's) is kept and the difference is stated
in docs/BENCHMARKS.md (round r20). As in Python's `re` (so frictionless-py), `$` also accepts one
final line break.
"""

from __future__ import annotations

import re
from functools import lru_cache

import polars as pl


def anchored(pattern: str) -> str:
    """`pattern` -> the regex text that matches a whole cell: `^(?:pattern)$`."""
    return f"^(?:{pattern})$"


@lru_cache(maxsize=256)
def python_pattern(pattern: str) -> re.Pattern[str] | None:
    """`anchored(pattern)` compiled by Python's `re`, or None where `re` refuses it, or refuses
    frictionless-py's own spelling `^{pattern}$` (frictionless-py then raises: a pattern such as
    `a)|(b` that only the wrapping group would make readable is refused too)."""
    try:
        re.compile(f"^{pattern}$")
        return re.compile(anchored(pattern))
    except (re.error, OverflowError, ValueError, RecursionError):
        return None


@lru_cache(maxsize=256)
def polars_reads(pattern: str) -> bool:
    """Whether polars' regex compiles `anchored(pattern)` (it refuses some patterns Python's `re`
    reads: a backreference, an Arabic-Indic digit in braces, a repeat beyond its size limit)."""
    try:
        pl.Series([], dtype=pl.String).str.contains(anchored(pattern))
    except pl.exceptions.PolarsError:
        return False
    return True


def pattern_ok(text: pl.Expr, pattern: str, line_breaks: bool = True) -> pl.Expr:
    """Boolean expression (null where `text` is null): the cell matches `pattern` as a whole, as
    Python's `re.match(anchored(pattern))` decides, where `$` also matches before one final line
    break. The second regex runs only on the cells that end with one (polars evaluates both sides
    of `|`), and is not built at all when the caller knows no cell does (`line_breaks` False):
    stripping every cell's suffix cost ~10% of the regex on 20 M span_sha256 cells. A pattern
    polars' regex refuses and Python's `re` reads is matched cell by cell with the compiled Python
    regex. Raises ValueError for a pattern `re` refuses (frictionless-py raises): an
    `unreadable-table` problem, never a valid column."""
    compiled = python_pattern(pattern)
    if compiled is None:
        raise ValueError(f"pattern {pattern!r} is not a Python regex (frictionless-py cannot compile it)")
    whole = anchored(pattern)
    if not polars_reads(pattern):
        return text.map_elements(lambda cell: compiled.match(cell) is not None, return_dtype=pl.Boolean)
    if not line_breaks:
        return text.str.contains(whole)
    stripped = pl.when(text.str.ends_with("\n")).then(text.str.strip_suffix("\n"))
    return text.str.contains(whole) | stripped.str.contains(whole).fill_null(False)
