"""frictionless-py's reading of one text cell as an integer, number, date or boolean: the Python
calls its field types make (frictionless 5, `fields/integer.py`: `int(cell.strip())`;
`fields/number.py`: `Decimal`; `fields/date.py`: `strptime("%Y-%m-%d")`), so that every reader of
the package's CSVs that falls back to Python for a cell polars does not parse (`1_000`, `+5`,
` 7 `, a Unicode digit) types it exactly as frictionless-py does. Each returns None where
frictionless-py reports a type error. Used by the Table Schema engine (validate/table_schema.py)
and by `core.tables.cast_strings` (the Pandera layer's and the build's reading).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal, InvalidOperation

INT64_MIN, INT64_MAX = -(2 ** 63), 2 ** 63 - 1
TRUE_VALUES, FALSE_VALUES = ("true", "True", "TRUE", "1"), ("false", "False", "FALSE", "0")  # frictionless defaults


def parse_integer(text: str) -> int | None:
    """Python's `int()` of the stripped text (underscores between digits and Unicode digits
    accepted, as frictionless-py does), held within 64 bits (polars' Int64); None if it fails."""
    try:
        return max(INT64_MIN, min(INT64_MAX, int(text.strip())))
    except (ValueError, TypeError, AttributeError):
        return None


def parse_number(text: str) -> float | None:
    """`Decimal()` of the stripped text as a float (`1_000.5`, `NaN`, `inf` accepted); None if it fails.
    A signalling NaN (`sNaN`, `-sNaN`) is a number to frictionless-py (`Decimal('sNaN')`) that
    `float()` refuses: it is read as NaN of its sign, like `NaN` (never within a minimum or maximum)."""
    try:
        value = Decimal(text.strip())
        return float(Decimal("NaN").copy_sign(value) if value.is_snan() else value)
    except (InvalidOperation, ValueError, TypeError, AttributeError):
        return None


def parse_date(text: str) -> date | None:
    """`strptime(text, "%Y-%m-%d")` (`2024-1-5` accepted, year 0 refused); None if it fails."""
    try:
        return datetime.strptime(text, "%Y-%m-%d").date()
    except (ValueError, TypeError):
        return None


def parse_boolean(text: str) -> bool | None:
    """frictionless's default true and false values, exactly; None for any other text."""
    return True if text in TRUE_VALUES else False if text in FALSE_VALUES else None
