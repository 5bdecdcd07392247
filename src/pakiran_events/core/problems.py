"""One shape for every error the toolkit reports, so that all of a run's errors can be listed.

A Problem names where (file or resource, row/line, record, field), what (a stable code) and
why (a message). Commands collect Problems rather than stopping at the first one.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import asdict, dataclass

from pakiran_events.core.errors import CATALOGUE, title


@dataclass(frozen=True, order=True)
class Problem:
    layer: str  # "curated", "frictionless", "pandera", "integrity", "evidence"
    resource: str  # resource name, or the curated file's path
    row: int | None  # CSV line number (header = 1) or None when not row-specific
    record_id: str | None
    field: str | None
    code: str  # stable, kebab/snake case: "type-error", "not_nullable", "span-hash-mismatch", ...
    message: str

    def as_text(self) -> str:
        where = shown(self.resource)
        if self.row is not None:
            where += f" row {self.row}"
        if self.record_id:
            where += f" [{shown(self.record_id)}]"
        if self.field:
            where += f" field {shown(self.field)}"
        return f"{self.layer}: {where}: {self.code}: {self.message}"


def shown(text: str) -> str:
    """`text` with each non-printable character (control, line/paragraph separator, ...) written
    as its Python escape: a record id or key taken from a curated file may hold one, and printed
    raw it would vanish (a key 'ven\\x07ue' shown as 'venue') or drive the terminal (ESC)."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


class ProblemsFound(Exception):
    """Raised when a step found problems; carries all of them."""

    def __init__(self, problems: list[Problem], what: str = "problems found"):
        self.problems = ordered(problems)
        self.what = what  # kept: a worker hands back (problems, what) and the parent raises it again
        super().__init__(f"{what}: {len(self.problems)}")


# One constraint, two names: the Frictionless layer's (its error type, and for `constraint-error`
# the Table Schema constraint its message names) and the Pandera layer's catalogue code.
_SAME_RULE = {
    ("constraint-error", "pattern"): "pattern", "pattern-mismatch": "pattern",
    ("constraint-error", "enum"): "enum", "not-in-vocabulary": "enum",
    ("constraint-error", "required"): "required", "missing-value": "required",
    ("constraint-error", "minimum"): "minimum", "below-minimum": "minimum",
    ("constraint-error", "maximum"): "maximum", "above-maximum": "maximum",
    ("constraint-error", "minLength"): "length", ("constraint-error", "maxLength"): "length",
    "length-out-of-range": "length",
    ("constraint-error", "unique"): "unique", "unique-error": "unique", "duplicate-value": "unique",
    "primary-key": "primary-key", "duplicate-key": "primary-key",
    "type-error": "type", "foreign-key": "foreign-key",
    # a file that differs from the descriptor: Frictionless's own check and the integrity layer's
    "hash-count": "hash", "hash-mismatch": "hash", "byte-count": "bytes", "byte-count-error": "bytes",
}
_CONSTRAINT = re.compile(r'constraint "([A-Za-z]+)"')
_REFERRING = re.compile(r'for "([^"]+)"')
# the layers that check the same Table Schema constraints (and, with integrity, a file's hash and size)
MERGED_LAYERS = ("frictionless", "pandera", "integrity")


def _rule(p: Problem) -> str | None:
    """The Table Schema constraint a problem of the Frictionless or Pandera layer is about, or None."""
    if p.layer not in MERGED_LAYERS:
        return None
    if p.code == "constraint-error":
        found = _CONSTRAINT.search(p.message)
        return _SAME_RULE.get((p.code, found.group(1))) if found else None
    return _SAME_RULE.get(p.code)


def merge_layers(problems: list[Problem]) -> list[Problem]:
    """Each (resource, row, record, field, rule) once: the Frictionless and Pandera layers check the
    same constraints (a pattern, an enum, a key) and would each report a violation. The problem
    kept is the most specific (a catalogued code, a field named: Pandera's), and its message ends with
    the layers that found it, e.g. `[frictionless, pandera]`; no layer's check is dropped, only
    the repeated line. Problems of other layers and rules are kept as they are."""
    groups: dict[tuple, list[Problem]] = {}
    out: list[Problem] = []
    for p in sorted(set(problems), key=_sort_key):
        rule = _rule(p)
        if rule is None:
            out.append(p)
            continue
        referring = _REFERRING.search(p.message) if rule == "foreign-key" else None
        field = p.field or (referring.group(1) if referring else None)
        # a problem pointed at a curated file names its table first in the message ("events: ...")
        table = p.message.split(": ", 1)[0] if "/" in p.resource else ""
        groups.setdefault((p.resource, table, p.row, p.record_id, field, rule), []).append(p)
    for same in groups.values():
        layers = sorted({p.layer for p in same})
        if len(layers) == 1:
            out += same
            continue
        # the most specific: a catalogued code, a field named, Pandera's (its codes name the constraint)
        kept = min(same, key=lambda p: (p.code not in CATALOGUE, p.field is None, p.layer != "pandera"))
        out.append(Problem(kept.layer, kept.resource, kept.row, kept.record_id, kept.field, kept.code,
                           f"{kept.message} [{', '.join(layers)}]"))
    return out


def _sort_key(p: Problem) -> tuple:
    """Every field of the problem, so that no two distinct problems tie: a tie would keep the
    order they were found in, which varies from run to run (set iteration, worker order, the
    build cache)."""
    return (p.layer, p.resource, p.row if p.row is not None else -1, p.record_id or "", p.field or "",
            p.code, p.message)


def ordered(problems) -> list[Problem]:
    """The problems as every command prints them: layers merged (`merge_layers`), each once, sorted
    on the full key (layer, file or resource, line, record, field, code, message). The one place
    output order is decided, so the same input lists the same lines in the same order on every run."""
    return sorted(merge_layers(list(problems)), key=_sort_key)


def to_json(problems: list[Problem]) -> str:
    """Problems as JSON, each with its code's catalogue title (docs/errors.md)."""

    return json.dumps([{**asdict(p), "title": title(p.code)} for p in ordered(problems)],
                      indent=2)


def render(problems: list[Problem], console=None) -> None:
    """A readable table of problems (rich) on a terminal; one plain line per problem otherwise
    (logs and pipes: no wrapped cells, words never split)."""
    from rich.console import Console
    from rich.table import Table

    console = console or Console(stderr=True)
    problems = ordered(problems)
    if not console.is_terminal:

        out = sys.stderr if console.stderr else sys.stdout
        for p in problems:
            print(p.as_text(), file=out)
        print(f"{len(problems)} problem(s)", file=out)
        return
    table = Table(title=f"{len(problems)} problem(s)", show_lines=False)
    for col in ("layer", "resource", "row", "record", "field", "code", "message"):
        table.add_column(col, overflow="fold")
    for p in problems:
        table.add_row(p.layer, shown(p.resource), "" if p.row is None else str(p.row), shown(p.record_id or ""),
                      shown(p.field or ""), p.code, p.message)
    console.print(table)
