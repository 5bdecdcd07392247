"""The Frictionless layer: `frictionless validate` on the package descriptor, as Problems."""

from __future__ import annotations

from pathlib import Path

from pakiran_events.problems import Problem

LAYER = "frictionless"


def validate_descriptor(descriptor_path: Path) -> list[Problem]:
    import frictionless

    package = frictionless.Package(str(descriptor_path))
    report = package.validate()
    problems = [Problem(LAYER, str(descriptor_path.name), None, None, None, e.type, e.message)
                for e in report.errors]
    for task in report.tasks:
        for row, field, code, note in task.flatten(["rowNumber", "fieldName", "type", "note"]):
            problems.append(Problem(LAYER, task.name or str(task.place), row, None, field or None, code, note))
    return problems
