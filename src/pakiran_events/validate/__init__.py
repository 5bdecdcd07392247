"""Validate a published package with both layers (Frictionless and Pandera) plus integrity.

The Frictionless layer is the polars Table Schema engine (`table_schema.py`: frictionless-py
checks the descriptor, polars the data, under frictionless's error types); `frictionless-py`
runs frictionless-py itself row by row (the reference; slow, not run by default). Every layer
reports all of its failures; `validate_package` returns them together. A CSV is read once: the
Pandera and integrity layers reuse the frames the Frictionless layer typed where no cell failed.
"""

from __future__ import annotations

import json
from pathlib import Path

from pakiran_events.core.problems import Problem

LAYERS = ("frictionless", "pandera", "integrity")
ALL_LAYERS = LAYERS + ("frictionless-py",)


def validate_package(descriptor_path: Path, layers: tuple[str, ...] = LAYERS) -> list[Problem]:
    from pakiran_events.core.schema import TableSchema
    from pakiran_events.validate import frictionless_layer, integrity, pandera_layer, table_schema

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
    clean: dict = {}  # typed frames of files in which every cell typed
    if "frictionless" in layers:
        found, frames = table_schema.check_package(descriptor_path)
        problems += found
        mistyped = {p.resource for p in found if p.code == "type-error"}
        clean = {n: f for n, f in frames.items() if n not in mistyped}
    if "frictionless-py" in layers:
        problems += frictionless_layer.validate_descriptor(descriptor_path)
    typed = {}
    if "pandera" in layers:
        csv_paths = {name: root / r["path"] for name, r in resources.items() if (root / r["path"]).is_file()}
        found, typed = pandera_layer.validate_tables(csv_paths, schemas, clean)
        problems += found
    if "integrity" in layers:
        from pakiran_events.core.tables import read_csv_typed

        for name, r in resources.items():
            if name not in typed and name in clean:
                typed[name] = clean[name]
            if name not in typed and "parquet" in r and (root / r["path"]).is_file():
                typed[name], _ = read_csv_typed(root / r["path"], schemas[name], name, "integrity")
            problems += integrity.check_file(root, name, r)
            if "parquet" in r:
                problems += integrity.check_file(root, name, r["parquet"])
                if name in typed:
                    problems += integrity.parquet_matches_csv(root, name, r["parquet"], typed[name])
        for view in desc.get("views", []):
            problems += integrity.check_file(root, f"view {view['name']}", view)
    return problems
