"""Where IDs come from and what they are compared with.

- The last release: the package at the newest `v*` git tag (`git show TAG:path`), so a build
  checks IDs against what was published, not against whatever happens to be in the work tree;
  without git or a tag, the package in the work tree.
- The ledger (dataset/curated/ids.csv): `pakiran-events new-id` appends the next free IDs. Two
  curators who allocate on different branches append the same line, which git reports as a
  conflict when the second branch merges: an ID is never given twice. A build refuses curated IDs
  that are not in the ledger (when the repo has one).
"""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
from pathlib import Path

from pakiran_events.core.lock import folder_lock
from pakiran_events.core.paths import CURATED_DIR, DATA_DIR

LEDGER = CURATED_DIR / "ids.csv"
EXTRACTED_ID_BASE = 900_000  # ids from E900001/C900001 up are script extraction's (extract/write.py)
KINDS = {"event": ("E", "events", "event_id"), "commitment": ("C", "commitments", "commitment_id")}


def last_release_tag(root: Path) -> str | None:
    try:
        out = subprocess.run(["git", "-C", str(root), "describe", "--tags", "--abbrev=0", "--match", "v[0-9]*"],
                             capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None if out.returncode == 0 else None


def released_text(root: Path, rel: Path) -> str | None:
    """A file of the last release (the newest v* tag), else of the work tree; None if absent."""
    tag = last_release_tag(root)
    if tag is not None:
        out = subprocess.run(["git", "-C", str(root), "show", f"{tag}:{Path(rel).as_posix()}"],
                             capture_output=True, text=True)
        if out.returncode == 0:
            return out.stdout
    path = root / rel
    return path.read_text(encoding="utf-8") if path.is_file() else None


def released_column(root: Path, table: str, columns: list[str]) -> list[dict]:
    text = released_text(root, DATA_DIR / f"{table}.csv")
    if text is None:
        return []
    return _dict_rows(text, columns)


def _dict_rows(text: str, columns: list[str]) -> list[dict]:
    return [{c: r.get(c) for c in columns} for r in csv.DictReader(io.StringIO(text))]


def released_values(root: Path, table: str, columns: list[str]) -> dict[str, list[str | None]]:
    """`released_column` by column: {column: its values in row order}, exactly as csv.DictReader
    gives them (an empty cell is "", a column the file lacks is None in every row). A build at 100k
    events reads ~35 MB of released CSV here, so the text is read with polars when it is what
    polars writes (the package's own CSV: writing the frame back gives the same text, so every
    row has every field and csv would read the same cells); any other text is read with csv."""
    text = released_text(root, DATA_DIR / f"{table}.csv")
    if text is None:
        return {c: [] for c in columns}
    frame = _polars_own_csv(text)
    if frame is None:
        rows = _dict_rows(text, columns)
        return {c: [r[c] for r in rows] for c in columns}
    return {c: frame[c].fill_null("").to_list() if c in frame.columns else [None] * frame.height for c in columns}


def _polars_own_csv(text: str):
    """The text's cells as a polars frame of text, or None unless the text is exactly what polars
    writes for that frame (then every row has every field, and csv reads the same cells: an empty
    one as "", which polars reads as null). A frame of one column qualifies only without a null
    cell: its empty cell is an empty line, which csv skips (a generated ledger is one column of ids)."""
    import polars as pl

    try:
        frame = pl.read_csv(io.BytesIO(text.encode("utf-8")), infer_schema=False)
        if frame.width == 1 and frame.null_count().item() > 0:
            return None
        return frame if frame.width >= 1 and frame.write_csv() == text else None
    except pl.exceptions.PolarsError:
        return None


def read_ledger(root: Path) -> list[dict] | None:
    path = root / LEDGER
    if not path.is_file():
        return None
    with path.open(encoding="utf-8-sig", newline="") as fh:  # a BOM (Excel's UTF-8) is not part of the header
        return list(csv.DictReader(fh))


def ledger_ids(root: Path) -> set[str | None] | None:
    """{r["id"] for r in read_ledger(root)}, None without a ledger; the ledger has a line per ID
    (300k at 100k events), so it is read with polars when it is polars' own CSV text (then csv
    would read the same cells), and by `read_ledger` itself otherwise."""
    path = root / LEDGER
    if not path.is_file():
        return None
    with path.open(encoding="utf-8-sig", newline="") as fh:
        frame = _polars_own_csv(fh.read())
    if frame is not None and frame.columns.count("id") == 1:
        return set(frame["id"].fill_null("").to_list())
    return {r["id"] for r in read_ledger(root) or []}


def allocate(root: Path, kind: str, count: int = 1, note: str = "") -> list[str]:
    """Append `count` new IDs of `kind` to the ledger and return them. Holds the checkout's lock
    (core/lock.py) from reading the used IDs to appending, so runs at once never share an ID."""

    with folder_lock(root):
        return _allocate(root, kind, count, note)


def _allocate(root: Path, kind: str, count: int, note: str) -> list[str]:
    prefix, table, column = KINDS[kind]
    used = {r["id"] for r in read_ledger(root) or []}
    used |= {r[column] for r in released_column(root, table, [column])}
    for path in (root / CURATED_DIR / "events").glob("*.yaml"):
        used |= set(re.findall(rf"\b{prefix}\d{{6,}}\b", path.read_text(encoding="utf-8")))
    retired = root / CURATED_DIR / "retired.yaml"
    if retired.is_file():
        used |= set(re.findall(rf"\b{prefix}\d{{6,}}\b", retired.read_text(encoding="utf-8")))
    numbers = [int(i[1:]) for i in used if i.startswith(prefix) and i[1:].isdigit() and int(i[1:]) < EXTRACTED_ID_BASE]
    start = max(numbers, default=0) + 1
    new = [f"{prefix}{n:06d}" for n in range(start, start + count)]
    path = root / LEDGER
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if not path.is_file():
        writer.writerow(["id", "kind", "note"])
    writer.writerows([i, kind, note] for i in new)
    current = path.read_bytes() if path.is_file() else b""
    if current and not current.endswith(b"\n"):
        current += b"\n"
    replace_file(path, current + out.getvalue().encode("utf-8"))
    return new


def replace_file(path: Path, data: bytes) -> None:
    """Write `path` whole or not at all (a temporary file beside it, then one rename): a full disk
    or a kill never leaves half a ledger or registry. A symlink is written through: its target is
    replaced (atomically, beside the target) and the link stays a link. Raises OSError; the old
    file stays then."""

    path = Path(os.path.realpath(path))
    tmp = path.with_name(f".{path.name}.writing")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if path.exists():  # the file keeps its permissions
            os.chmod(tmp, path.stat().st_mode & 0o7777)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
