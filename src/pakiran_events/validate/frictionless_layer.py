"""frictionless-py itself, row by row: the reference the polars engine (`table_schema.py`) is
compared with, the engine's fallback for a file polars cannot read as Python's csv module does,
and the `frictionless-py` layer of `pakiran-events validate`. Problems name the offending value
and, where the row has one, the record id."""

from __future__ import annotations

from pathlib import Path

from pakiran_events.core.packages import read_descriptor
from pakiran_events.core.problems import Problem

LAYER = "frictionless"


def _record_ids(descriptor_path: Path, r: dict | None) -> dict[int, str]:
    """CSV line number -> record id (primary key joined by '/'), for naming rows in messages."""
    import polars as pl

    from pakiran_events.core.schema import TableSchema
    from pakiran_events.core.tables import FIRST_DATA_LINE, record_ids

    if r is None:
        return {}
    try:
        frame = pl.read_csv(descriptor_path.parent / r["path"], infer_schema=False)
    except (OSError, pl.exceptions.PolarsError):
        return {}
    ids = record_ids(frame, TableSchema(r["name"], r["schema"]))
    return {n + FIRST_DATA_LINE: rid for n, rid in enumerate(ids.to_list()) if rid is not None}


def _task_problems(descriptor_path: Path, tasks, resources: dict) -> list[Problem]:
    problems = []
    for task in tasks:
        rows = task.flatten(["rowNumber", "fieldName", "type", "note", "cell"])
        ids = _record_ids(descriptor_path, resources.get(task.name)) if any(r[0] for r in rows) else {}
        for row, field, code, note, cell in rows:
            message = f"value {cell!r}: {note}" if cell not in (None, "") else note
            problems.append(Problem(LAYER, task.name or str(task.place), row, ids.get(row), field or None, code, message))
    return problems


def _resources(descriptor_path: Path) -> dict:
    try:
        return {r.get("name"): r for r in read_descriptor(descriptor_path)["resources"]}
    except (OSError, ValueError):
        return {}


def validate_descriptor(descriptor_path: Path) -> list[Problem]:
    """`frictionless validate` of the whole package (descriptor and every row)."""
    import frictionless

    package = frictionless.Package(str(descriptor_path))
    report = package.validate()
    problems = [Problem(LAYER, str(descriptor_path.name), None, None, None, e.type, e.message)
                for e in report.errors]
    return problems + _task_problems(descriptor_path, report.tasks, _resources(descriptor_path))


def validate_resource(descriptor_path: Path, name: str) -> list[Problem]:
    """frictionless-py on one resource of the package (its foreign keys resolved in the package)."""
    import frictionless

    package = frictionless.Package(str(descriptor_path))
    report = package.validate(name=name)
    problems = [Problem(LAYER, name, None, None, None, e.type, e.message) for e in report.errors]
    return problems + _task_problems(descriptor_path, report.tasks, _resources(descriptor_path))
