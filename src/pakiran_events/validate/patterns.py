r"""How every layer reads a Table Schema `pattern`: the whole cell must match, so the pattern is
wrapped as `^(?:p)$` (`anchored`), never `^p$`, which binds the anchors to the first and last
alternatives of a top-level alternation (`^a|b$` accepts "a..." and "...b").

Why one module: the engine's polars regex, its Python fallback (a pattern polars' regex refuses,
or one it would read otherwise: `polars_reads`), the Pandera layer's column and list-item checks
and the fast path's compile check spelled the anchoring three ways (review21;
tests/test_validate_r22_review.py). frictionless-py compiles `re.compile("^{0}$".format(p))` and
calls `.match`: the same verdict except on a top-level alternation, where the whole-cell reading
(the Table Schema's) is kept and the difference is stated in docs/BENCHMARKS.md (round r20). As in
Python's `re` (so frictionless-py), `$` also accepts one final line break. Polars' (Rust) regex
compiles some patterns that Python's `re` reads otherwise (review22: a class holding `[`, `&&`,
`--` or `~~`; `\s` `\w` `\b` and their negations, whose Unicode sets differ; `\<` `\>`; an
inline flag; a `$` that something after it could pass): those are matched by Python's `re`
(tests/test_review22_validate.py compares the two on generated patterns).
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
    """Whether polars' regex reads `anchored(pattern)` as Python's `re` does: it compiles it (it
    refuses some patterns `re` reads: a backreference, an Arabic-Indic digit in braces, a repeat
    beyond its size limit) and `reads_alike(pattern)`."""
    if not reads_alike(pattern):
        return False
    try:
        pl.Series([], dtype=pl.String).str.contains(anchored(pattern))
    except pl.exceptions.PolarsError:
        return False
    return True


# escapes Rust's regex reads otherwise: \s \w \b (and \S \W \B) by other Unicode sets (Python's
# \s takes U+001C..U+001F, its \w "²"), \< and \> as word-boundary assertions (Python: "<", ">")
_UNALIKE_ESCAPES = frozenset("sSwWbB<>")
_SET_OPERATORS = ("&&", "--", "~~")  # Rust's class intersection, difference, symmetric difference
_FLAGS = frozenset("aiLmsux-")  # an inline flag group `(?i:...)`: Python folds case otherwise ("i" ~ "ı")


_SPACED_REPEAT = re.compile(r"\{[\d,\s]*\s[\d,\s]*\}")  # a counted repeat written with spaces


def reads_alike(pattern: str) -> bool:
    """False where Rust's regex may read `pattern` otherwise than Python's `re` (conservative:
    False costs only the per-cell Python match). Inside a class: a `[` (Rust: a nested class or
    `[:upper:]`; Python: the character) or a set operator (Python: the characters). Anywhere: an
    escape of `_UNALIKE_ESCAPES`, an inline flag group, a quantifier followed by `+` (Python 3.11:
    possessive; Rust: repeated again), a counted repeat written with spaces. After a `$` outside a class (Python's `$` also matches
    before a final line break, which what follows could then consume; Rust's only at the end): any
    escape, class, `.`, group or line break."""
    i, after_end, quantified = 0, False, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            if pattern[i + 1:i + 2] in _UNALIKE_ESCAPES or after_end:
                return False
            i += 2
        elif ch == "[":
            end = _set_end(pattern, i)
            if end is None or after_end:
                return False
            i = end + 1
        elif ch == "{" and _SPACED_REPEAT.match(pattern, i):
            return False  # 'a{ 1 }': a repeat to Rust, the literal text to Python (breaker 5)
        elif (ch == "(" and pattern[i + 1:i + 2] == "?" and (pattern[i + 2:i + 3] in _FLAGS or after_end)
              or ch == "+" and quantified or after_end and ch in ".\n"):
            return False
        else:
            after_end = after_end or ch == "$"
            i += 1
        quantified = ch in "*+?}"  # (an escape or a class sets it False: its ch is "\\" or "[")
    return True


def _set_end(pattern: str, start: int) -> int | None:
    """The index of the `]` closing the class opened at `start`, or None where the class holds
    something Rust reads otherwise (a `[`, a set operator, an escape of `_UNALIKE_ESCAPES`) or is
    not closed."""
    i = start + 1
    if pattern[i:i + 1] == "^":
        i += 1
    if pattern[i:i + 1] == "]":  # a first `]` is the character, in both
        i += 1
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            if pattern[i + 1:i + 2] in _UNALIKE_ESCAPES:
                return None
            i += 2
            continue
        if ch == "[" or pattern.startswith(_SET_OPERATORS, i):
            return None
        if ch == "]":
            return i
        i += 1
    return None


def pattern_ok(text: pl.Expr, pattern: str, line_breaks: bool = True) -> pl.Expr:
    """Boolean expression (null where `text` is null): the cell matches `pattern` as a whole, as
    Python's `re.match(anchored(pattern))` decides, where `$` also matches before one final line
    break. The second regex runs only on the cells that end with one (polars evaluates both sides
    of `|`), and is not built at all when the caller knows no cell does (`line_breaks` False):
    stripping every cell's suffix cost ~10% of the regex on 20 M span_sha256 cells. A pattern
    Python's `re` reads and polars' regex refuses or reads otherwise (`polars_reads`) is matched
    cell by cell with the compiled Python regex. Raises ValueError for a pattern `re` refuses (frictionless-py raises): an
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
