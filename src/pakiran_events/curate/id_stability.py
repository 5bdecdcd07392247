"""Stable IDs: a build may add IDs but never drop, renumber or reuse one silently.

Every ID of a resource keyed by one column (event_id, commitment_id, actor_id, place_id,
source_id; read from the schemas' primaryKey) that is in the last release (the newest v* tag;
without one, the package in the work tree) must still exist, unless
dataset/curated/retired.yaml lists it with a reason; a retired ID never returns; and, when the
repo keeps an ID ledger, every curated event and commitment ID was allocated there.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from pakiran_events.core.paths import CURATED_DIR
from pakiran_events.core.problems import Problem
from pakiran_events.core.schema import TableSchema
from pakiran_events.core.yaml_input import YamlInputError, load_file

RETIRED_FILE = CURATED_DIR / "retired.yaml"


def stable_id_columns(schemas: dict[str, TableSchema]) -> dict[str, str]:
    """Resource -> its ID column, for every resource whose primary key is one column, unless
    its schema says its ids are not stable (`"idsStable": false`, e.g. candidate links)."""
    return {name: s.primary_key[0] for name, s in schemas.items()
            if len(s.primary_key) == 1 and s.descriptor.get("idsStable", True)}


# The released columns the guard reads, beyond each table's ID column: each released table is
# read once (at 100k events the released events and commitments are ~35 MB of CSV).
_ALSO_READ = {"events": ["event_id", "review_status"], "commitments": ["commitment_id", "event_id"]}


def _released(root: Path, id_columns: dict[str, str]) -> dict[str, dict[str, list[str | None]]]:
    """{table: {column: released values}} for every table the guard compares, each read once."""
    from pakiran_events.curate.ids import released_values

    out = {}
    for table in dict.fromkeys([*_ALSO_READ, *id_columns]):
        columns = list(dict.fromkeys([*_ALSO_READ.get(table, []), *([id_columns[table]] if table in id_columns else [])]))
        out[table] = released_values(root, table, columns)
    return out


def _script_extracted_ids(released: dict[str, dict[str, list[str | None]]]) -> set[str]:
    """Released ids of script-extracted events and their commitments: a new extraction may
    renumber or drop them; only hand-checked ids are promised to stay."""
    events = released["events"]
    ids = {i for i, status in zip(events["event_id"], events["review_status"]) if status == "script-extracted"}
    commitments = released["commitments"]
    ids |= {c for c, e in zip(commitments["commitment_id"], commitments["event_id"]) if e in ids}
    return ids


def _unallocated(root: Path, tables: dict[str, pl.DataFrame]) -> list[Problem]:
    from pakiran_events.curate.ids import KINDS, LEDGER, ledger_ids

    allocated = ledger_ids(root)
    if allocated is None:
        return []
    problems = []
    hand_checked = set(tables["events"].filter(pl.col("review_status") == "hand-checked")["event_id"])
    for _, table, column in KINDS.values():
        frame = tables[table]
        ids = set(frame.filter(pl.col("event_id").is_in(sorted(hand_checked)))[column])
        for missing in sorted(ids - allocated):
            problems.append(Problem("curated", table, None, missing, column, "id-not-allocated",
                                    f"{missing} is not in {LEDGER}; allocate IDs with `pakiran-events new-id`"))
    return problems


def _retired(root: Path, problems: list[Problem] | None = None) -> dict[str, str]:
    """retired.yaml as {id: reason}; a malformed file or entry becomes a problem in `problems`."""

    path = root / RETIRED_FILE
    problems = problems if problems is not None else []
    if not path.is_file():
        return {}
    try:
        entries = load_file(path) or []
    except YamlInputError as exc:
        problems.append(Problem("curated", str(RETIRED_FILE), exc.line, None, None, exc.code, str(exc)))
        return {}
    if not isinstance(entries, list):
        problems.append(Problem("curated", str(RETIRED_FILE), None, None, None, "bad-structure",
                                "expected a list of {id, reason} entries"))
        return {}
    out = {}
    for n, entry in enumerate(entries, 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str) or set(entry) - {"id", "reason"}:
            problems.append(Problem("curated", str(RETIRED_FILE), getattr(entries, "line", None), None, "id",
                                    "bad-structure", f"entry {n} is not {{id, reason}}"))
            continue
        out[entry["id"]] = str(entry.get("reason") or "")
    return out


def check_id_stability(root: Path, tables: dict[str, pl.DataFrame], schemas: dict[str, TableSchema]) -> list[Problem]:
    """Compare the new tables with the last release (newest v* tag, else the work tree's package)."""
    problems: list[Problem] = []
    retired = _retired(root, problems)
    id_columns = stable_id_columns(schemas)
    released = _released(root, id_columns)
    exempt = _script_extracted_ids(released)
    for table, column in id_columns.items():
        new_ids = set(tables[table][column].to_list())
        for reused in sorted(new_ids & set(retired)):
            problems.append(Problem("curated", table, None, reused, column, "retired-id-reused",
                                    f"{reused} was retired ({retired[reused]}) and may not be used again"))
        old_ids = set(released[table][column])
        for dropped in sorted(old_ids - new_ids - set(retired) - exempt):
            problems.append(Problem("curated", table, None, dropped, column, "id-dropped",
                                    f"{dropped} is in the last release but not in the curated inputs; "
                                    f"restore it or list it in {RETIRED_FILE} with a reason"))
    return problems + _unallocated(root, tables)
