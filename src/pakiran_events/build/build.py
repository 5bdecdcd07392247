"""`build`: curated inputs -> validated data package, moved into place only if it is clean.

The package is written to a temporary folder beside the repo's own, validated there with both
layers, and only then swapped in; a failed build leaves the previous package untouched.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pakiran_events.curate.id_stability import check_id_stability
from pakiran_events.core.problems import ProblemsFound
from pakiran_events.publish.package import publish_validated
from pakiran_events.publish.write import read_meta


@dataclass(frozen=True)
class BuildResult:
    descriptor_path: Path
    row_counts: dict[str, int]


def build(root: Path, validate: bool = True, cache: bool = True) -> BuildResult:
    """Build the package of the repo at `root`; raise ProblemsFound listing every problem.

    Holds the checkout's lock (core/lock.py) from reading the curated files to the swap, so two
    builds run one after the other; raises LockTimeout if another run keeps it too long.
    `cache`: parse a curated file only when its content changed (build/cache.py); False parses
    every file (`--no-cache`). Both give the same package, byte for byte."""
    from pakiran_events.core.lock import folder_lock

    with folder_lock(root):
        return _build(root, validate, cache)


def _build(root: Path, validate: bool, cache: bool = True) -> BuildResult:
    from pakiran_events.build.assemble import assemble
    from pakiran_events.core.schema import load_schemas

    from pakiran_events.build.merge import merge_extracted
    from pakiran_events.core.tables import sort_by_key

    schemas = load_schemas(root / "schemas")
    from pakiran_events.build.cache import ParseCache

    tables, problems = assemble(root, schemas, ParseCache(root).load_file if cache else None)
    if not problems:
        tables = {name: sort_by_key(t, schemas[name]) for name, t in merge_extracted(root, tables).items()}
    problems += check_id_stability(root, tables, schemas) if not problems else []
    if problems:
        raise ProblemsFound(problems, "curated inputs have problems; nothing was written")
    publish_validated(tables, schemas, read_meta(root), root, validate, lock=False)
    return BuildResult(root / "datapackage.json", {n: t.height for n, t in tables.items()})
