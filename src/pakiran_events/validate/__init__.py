"""Validate a published package with both layers (Pandera and Frictionless) plus integrity.

Every layer reports all of its failures; `validate_package` returns them together.
"""

from __future__ import annotations

import json
from pathlib import Path

from pakiran_events.core.paths import VIEWS_PROPERTY
from pakiran_events.core.problems import Problem

LAYERS = ("frictionless", "pandera", "integrity")


def validate_package(descriptor_path: Path, layers: tuple[str, ...] = LAYERS) -> list[Problem]:
    from pakiran_events.core.schema import TableSchema
    from pakiran_events.validate import frictionless_layer, integrity, pandera_layer

    descriptor_path = Path(descriptor_path)
    if descriptor_path.is_dir():
        descriptor_path = descriptor_path / "datapackage.json"
    root = descriptor_path.parent
    try:
        desc = json.loads(descriptor_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return [Problem("integrity", str(descriptor_path), None, None, None, "unreadable-descriptor", str(exc))]
    resources = {r["name"]: r for r in desc.get("resources", [])}
    schemas = {name: TableSchema(name, r["schema"]) for name, r in resources.items()}
    problems: list[Problem] = []
    if "frictionless" in layers:
        problems += frictionless_layer.validate_descriptor(descriptor_path)
    typed = {}
    if "pandera" in layers:
        csv_paths = {name: root / r["path"] for name, r in resources.items() if (root / r["path"]).is_file()}
        found, typed = pandera_layer.validate_tables(csv_paths, schemas)
        problems += found
    if "integrity" in layers:
        from pakiran_events.core.tables import read_csv_typed

        for name, r in resources.items():
            if name not in typed and "parquet" in r and (root / r["path"]).is_file():
                typed[name], _ = read_csv_typed(root / r["path"], schemas[name], name, "integrity")
            problems += integrity.check_file(root, name, r)
            if "parquet" in r:
                problems += integrity.check_file(root, name, r["parquet"])
                if name in typed:
                    problems += integrity.parquet_matches_csv(root, name, r["parquet"], typed[name])
        for view in desc.get(VIEWS_PROPERTY, []):
            problems += integrity.check_file(root, f"view {view['name']}", view)
    return problems
