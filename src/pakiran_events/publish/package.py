"""Publishing a package: written aside, validated there, and only then moved into place, so a
failed run leaves the previous package untouched. Used by `build` and by `extract`."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from pakiran_events.core.paths import DATA_DIR
from pakiran_events.core.problems import ProblemsFound
from pakiran_events.publish.write import descriptor, write_descriptor, write_tables, write_views


def publish_validated(tables, schemas, meta: dict, root: Path, validate: bool = True) -> None:
    """Write the package aside (a temporary folder in `root`), validate it there, then move it
    into `root`; raise ProblemsFound and leave `root` as it was if validation fails."""
    from pakiran_events.validate import validate_package

    root.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".build-", dir=root))
    try:
        write_tables(tables, staging, schemas)
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
