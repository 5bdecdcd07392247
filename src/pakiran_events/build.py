"""`build`: curated inputs -> validated data package, moved into place only if it is clean.

The package is written to a temporary folder beside the repo's own, validated there with both
layers, and only then swapped in; a failed build leaves the previous package untouched.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from pakiran_events.id_stability import check_id_stability
from pakiran_events.problems import ProblemsFound
from pakiran_events.paths import DATA_DIR
from pakiran_events.publish import descriptor, read_meta, write_descriptor, write_tables, write_views


@dataclass(frozen=True)
class BuildResult:
    descriptor_path: Path
    row_counts: dict[str, int]


def build(root: Path, validate: bool = True) -> BuildResult:
    """Build the package of the repo at `root`; raise ProblemsFound listing every problem."""
    from pakiran_events.assemble import assemble
    from pakiran_events.schema import load_schemas

    from pakiran_events.merge import merge_extracted
    from pakiran_events.tables import sort_by_key

    schemas = load_schemas(root / "schemas")
    tables, problems = assemble(root, schemas)
    if not problems:
        tables = {name: sort_by_key(t, schemas[name]) for name, t in merge_extracted(root, tables).items()}
    problems += check_id_stability(root, tables, schemas) if not problems else []
    if problems:
        raise ProblemsFound(problems, "curated inputs have problems; nothing was written")
    publish_validated(tables, schemas, read_meta(root), root, validate)
    return BuildResult(root / "datapackage.json", {n: t.height for n, t in tables.items()})


def publish_validated(tables, schemas, meta: dict, root: Path, validate: bool = True) -> None:
    """Write the package aside (a temporary folder in `root`), validate it there, then move it
    into `root`; raise ProblemsFound and leave `root` as it was if validation fails."""
    from pakiran_events.validate import validate_package

    root.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".build-", dir=root))
    try:
        write_tables(tables, staging)
        views = write_views(tables, staging)
        desc_path = write_descriptor(descriptor(meta, schemas, tables, staging, views), staging)
        if validate:
            problems = validate_package(desc_path)
            if problems:
                raise ProblemsFound(problems, "the built package failed validation; the previous package is untouched")
        _swap_into_place(staging, root)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _swap_into_place(staging: Path, root: Path) -> None:
    """Replace root's data folder and descriptor with the staged ones (renames on one filesystem)."""
    target = root / DATA_DIR
    target.parent.mkdir(parents=True, exist_ok=True)
    old = staging / "previous-data"
    if target.exists():
        os.replace(target, old)
    os.replace(staging / DATA_DIR, target)
    os.replace(staging / "datapackage.json", root / "datapackage.json")
