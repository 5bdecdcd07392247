"""The sources registry (dataset/curated/sources.csv), made from the corpus manifest.

Writing it is an explicit command (`pakiran-events import-sources`); builds only read it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from pakiran_events.core.corpus import (
    Corpus,
    byte_count_problem,
    file_sha256,
    manifest_bytes,
    read_row,
)
from pakiran_events.core.problems import Problem

COLUMNS = ["source_id", "url", "outlet", "title", "author", "published_date", "published_basis",
           "sha256", "bytes", "char_length"]


def registry_rows(corpus: Corpus, warnings: list | None = None, days: tuple[dt.date, dt.date] | None = None,
                  last: dt.date | None = None, doc_id_pattern: str = ".*", basis_pattern: str | None = None) -> list[dict]:
    """One row per manifest document; the manifest's sha256 and byte count are checked against the
    file (a row that differs is an error: extract skips such a document, `document-skipped`). Each row
    is checked and read as extract reads it (core.corpus.read_row, one rule; round 25, review M4 and
    breaker of round 27): a doc_id `doc_id_pattern` refuses or a basis naming a term twice is an error,
    a basis `basis_pattern` refuses is left empty, cells are stripped, a `published` out of the fixed
    range `days` (extract.adapter.publication_days, which the CLI passes with the sources table's
    patterns: no stage imports upwards) leaves its date and basis empty, no date leaves the date empty,
    a day after `last` (the run's day, core.corpus.run_day) is kept; the warnings are appended to
    `warnings`. No range check without `days`, no future check without `last`: the rows never depend
    on the day they are written. Raises ValueError naming every bad row."""
    rows, errors = [], []
    row_errors: list[Problem] = []
    found: list[Problem] = []
    for entry, (manifest, line) in zip(corpus.manifest(), corpus.where()):
        before = len(row_errors)
        entry = read_row(manifest, line, entry, doc_id_pattern, basis_pattern, row_errors, found, days, last)
        if len(row_errors) > before:
            errors += [p.as_text() for p in row_errors[before:]]
            continue
        try:
            path = corpus.path(entry["doc_id"])
            actual = file_sha256(path)
            text = corpus.text(entry["doc_id"])
        except (OSError, ValueError, KeyError) as exc:
            errors.append(f"{entry.get('doc_id')}: {' '.join(str(exc).split())}")
            continue
        if actual != entry["sha256"]:
            errors.append(f"{path}: sha256 {actual} differs from the manifest's {entry['sha256']}")
            continue
        size = path.stat().st_size
        if (problem := byte_count_problem(entry)) is not None or manifest_bytes(entry) not in (None, size):
            errors.append(f"{path}: {size} bytes, the manifest says {entry['bytes']!r}"
                          + (f" ({problem.split(';')[0]})" if problem else ""))
            continue
        rows.append({
            "source_id": entry["doc_id"], "url": entry["url"], "outlet": entry["outlet"],
            "title": entry["title"], "author": entry["author"], "published_date": entry["published"],
            "published_basis": entry["published_basis"], "sha256": entry["sha256"],
            "bytes": size, "char_length": len(text),
        })
    if warnings is not None:
        warnings += found
    if errors:  # every bad row and text of the manifest, not only the first
        raise ValueError(f"{len(errors)} manifest entr{'y' if len(errors) == 1 else 'ies'} cannot be registered: "
                         + "; ".join(errors))
    return sorted(rows, key=lambda r: r["source_id"])


def render_registry(rows: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def write_registry(corpus: Corpus, target: Path, force: bool = False, warnings: list | None = None,
                   days: tuple[dt.date, dt.date] | None = None, last: dt.date | None = None,
                   patterns: tuple[str, str | None] = (".*", None)) -> str:
    """Write the registry; refuse to replace a different existing file unless `force`. The
    manifest's `published` cells are checked as extract checks them (`registry_rows`), the
    problems appended to `warnings`; `patterns` are the sources table's (source_id, published_basis)
    patterns (extract.adapter.manifest_patterns)."""
    text = render_registry(registry_rows(corpus, warnings, days, last, *patterns))
    if target.exists():
        current = target.read_text(encoding="utf-8")
        if current == text:
            return "unchanged"
        if not force:
            raise FileExistsError(f"{target} exists and differs from the manifest; review and rerun with --force")
    from pakiran_events.curate.ids import replace_file

    replace_file(target, text.encode("utf-8"))
    return "written"


NO_ENGAGEMENT = "no-engagement.csv"


def reports_without_engagement(curated_dir: Path) -> dict[str, str]:
    """source_id -> reason, from `no-engagement.csv`: reports a curator read and found to describe
    no engagement (exempt from the link check). An absent file lists none; raises ValueError naming
    the file when it is not a UTF-8 CSV with a source_id column."""
    path = curated_dir / NO_ENGAGEMENT
    if not path.is_file():
        return {}
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:  # a BOM is not part of the header
            reader = csv.DictReader(fh)
            rows = list(reader)
    except (UnicodeDecodeError, csv.Error) as exc:
        raise ValueError(f"{path}: not a UTF-8 CSV ({exc})") from None
    if rows and "source_id" not in (reader.fieldnames or []):
        raise ValueError(f"{path}: no source_id column (header: {reader.fieldnames})")
    return {row["source_id"]: row.get("reason") or "" for row in rows if row.get("source_id")}
