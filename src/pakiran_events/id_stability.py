"""Stable IDs: a build may add IDs but never drop, renumber or reuse one silently.

Every ID of a resource keyed by one column (event_id, commitment_id, actor_id, place_id,
source_id; read from the schemas' primaryKey) that is in the package being replaced must still
exist, unless dataset/curated/retired.yaml lists it with a reason; a retired ID never returns.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl
import yaml

from pakiran_events.paths import CURATED_DIR, DATA_DIR
from pakiran_events.problems import Problem
from pakiran_events.schema import TableSchema

RETIRED_FILE = CURATED_DIR / "retired.yaml"


def stable_id_columns(schemas: dict[str, TableSchema]) -> dict[str, str]:
    """Resource -> its ID column, for every resource whose primary key is one column, unless
    its schema says its ids are not stable (`"idsStable": false`, e.g. candidate links)."""
    return {name: s.primary_key[0] for name, s in schemas.items()
            if len(s.primary_key) == 1 and s.descriptor.get("idsStable", True)}


def _script_extracted_ids(root: Path) -> set[str]:
    """Published ids of script-extracted events and their commitments: a new extraction may
    renumber or drop them; only hand-checked ids are promised to stay."""
    events, commitments = root / DATA_DIR / "events.csv", root / DATA_DIR / "commitments.csv"
    if not events.is_file():
        return set()
    frame = pl.read_csv(events, columns=["event_id", "review_status"], infer_schema=False)
    ids = set(frame.filter(pl.col("review_status") == "script-extracted")["event_id"])
    if commitments.is_file():
        c = pl.read_csv(commitments, columns=["commitment_id", "event_id"], infer_schema=False)
        ids |= set(c.filter(pl.col("event_id").is_in(ids))["commitment_id"])
    return ids


def _retired(root: Path) -> dict[str, str]:
    path = root / RETIRED_FILE
    if not path.is_file():
        return {}
    entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return {str(e["id"]): str(e.get("reason", "")) for e in entries}


def check_id_stability(root: Path, tables: dict[str, pl.DataFrame], schemas: dict[str, TableSchema]) -> list[Problem]:
    """Compare the new tables with the package currently at root/dataset/data."""
    retired = _retired(root)
    exempt = _script_extracted_ids(root)
    problems = []
    for table, column in stable_id_columns(schemas).items():
        new_ids = set(tables[table][column].to_list())
        for reused in sorted(new_ids & set(retired)):
            problems.append(Problem("curated", table, None, reused, column, "retired-id-reused",
                                    f"{reused} was retired ({retired[reused]}) and may not be used again"))
        previous = root / DATA_DIR / f"{table}.csv"
        if not previous.is_file():
            continue
        old_ids = set(pl.read_csv(previous, columns=[column], infer_schema=False)[column].to_list())
        for dropped in sorted(old_ids - new_ids - set(retired) - exempt):
            problems.append(Problem("curated", table, None, dropped, column, "id-dropped",
                                    f"{dropped} is in the published package but not in the curated inputs; "
                                    f"restore it or list it in {RETIRED_FILE} with a reason"))
    return problems
