"""One shape for every error the toolkit reports, so that all of a run's errors can be listed.

A Problem names where (file or resource, row/line, record, field), what (a stable code) and
why (a message). Commands collect Problems rather than stopping at the first one.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict, dataclass

from pakiran_events.core.errors import title


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
        where = self.resource
        if self.row is not None:
            where += f" row {self.row}"
        if self.record_id:
            where += f" [{self.record_id}]"
        if self.field:
            where += f" field {self.field}"
        return f"{self.layer}: {where}: {self.code}: {self.message}"


class ProblemsFound(Exception):
    """Raised when a step found problems; carries all of them."""

    def __init__(self, problems: list[Problem], what: str = "problems found"):
        self.problems = sorted(set(problems), key=_sort_key)
        super().__init__(f"{what}: {len(self.problems)}")


def _sort_key(p: Problem) -> tuple:
    return (p.layer, p.resource, p.row if p.row is not None else -1, p.field or "", p.code, p.message)


def to_json(problems: list[Problem]) -> str:
    """Problems as JSON, each with its code's catalogue title (docs/errors.md)."""

    return json.dumps([{**asdict(p), "title": title(p.code)} for p in sorted(problems, key=_sort_key)], indent=2)


def render(problems: list[Problem], console=None) -> None:
    """A readable table of problems (rich) on a terminal; one plain line per problem otherwise
    (logs and pipes: no wrapped cells, words never split)."""
    from rich.console import Console
    from rich.table import Table

    console = console or Console(stderr=True)
    if not console.is_terminal:

        out = sys.stderr if console.stderr else sys.stdout
        for p in sorted(problems, key=_sort_key):
            print(p.as_text(), file=out)
        print(f"{len(problems)} problem(s)", file=out)
        return
    table = Table(title=f"{len(problems)} problem(s)", show_lines=False)
    for col in ("layer", "resource", "row", "record", "field", "code", "message"):
        table.add_column(col, overflow="fold")
    for p in sorted(problems, key=_sort_key):
        table.add_row(p.layer, p.resource, "" if p.row is None else str(p.row), p.record_id or "",
                      p.field or "", p.code, p.message)
    console.print(table)
