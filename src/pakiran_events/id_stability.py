"""Stable IDs: a build may add IDs but never drop, renumber or reuse one silently.

Every event_id, commitment_id and actor_id of the package being replaced must still exist,
unless dataset/curated/retired.yaml lists it with a reason; a retired ID may never return.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl
import yaml

from pakiran_events.problems import Problem

STABLE_IDS = {"events": "event_id", "commitments": "commitment_id", "actors": "actor_id"}
RETIRED_FILE = Path("dataset") / "curated" / "retired.yaml"


def _retired(root: Path) -> dict[str, str]:
    path = root / RETIRED_FILE
    if not path.is_file():
        return {}
    entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return {str(e["id"]): str(e.get("reason", "")) for e in entries}


def check_id_stability(root: Path, tables: dict[str, pl.DataFrame]) -> list[Problem]:
    """Compare the new tables with the package currently at root/dataset/data."""
    retired = _retired(root)
    problems = []
    for table, column in STABLE_IDS.items():
        new_ids = set(tables[table][column].to_list())
        for reused in sorted(new_ids & set(retired)):
            problems.append(Problem("curated", table, None, reused, column, "retired-id-reused",
                                    f"{reused} was retired ({retired[reused]}) and may not be used again"))
        previous = root / "dataset" / "data" / f"{table}.csv"
        if not previous.is_file():
            continue
        old_ids = set(pl.read_csv(previous, columns=[column], infer_schema=False)[column].to_list())
        for dropped in sorted(old_ids - new_ids - set(retired)):
            problems.append(Problem("curated", table, None, dropped, column, "id-dropped",
                                    f"{dropped} is in the published package but not in the curated inputs; "
                                    f"restore it or list it in {RETIRED_FILE} with a reason"))
    return problems
