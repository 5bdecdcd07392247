"""Read-only access to the news corpus (manifest + texts) and the span hashing evidence uses.

The corpus is input data owned by others: nothing here writes to it, and the project stores
only offsets and hashes of its spans, never the text.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import re
from array import array
from collections.abc import Iterator, Sequence
from pathlib import Path

from pakiran_events.core.cells import CONTROL_OR_BREAK, FORMULA_STARTS, ISO_DAY, format_character
from pakiran_events.core.confine import inside
from pakiran_events.core.problems import Problem

MANIFEST_TEXT_FIELDS = ("url", "outlet", "title", "author")  # manifest cells extract publishes as written


def formula_cells(row: dict) -> list[str]:
    """The names of a manifest row's published text cells (MANIFEST_TEXT_FIELDS) that start with
    a formula character (core/cells.py FORMULA_STARTS), in field order; [] for a row with none."""
    return [f for f in MANIFEST_TEXT_FIELDS if isinstance(row.get(f), str) and row[f].startswith(FORMULA_STARTS)]


def control_cells(row: dict) -> list[str]:
    """The names of a manifest row's published text cells (MANIFEST_TEXT_FIELDS) that hold a
    control character, a tab or a line break, or an invisible format character (core/cells.py), in
    field order: published as written, a NUL, an escape sequence or a right-to-left override would
    reach every reader of the CSV."""
    return [f for f in MANIFEST_TEXT_FIELDS if isinstance(row.get(f), str)
            and (CONTROL_OR_BREAK.search(row[f]) or format_character(row[f]) >= 0)]


def span_sha256(text: str, start: int, end: int) -> str:
    """SHA-256 of text[start:end] encoded as UTF-8: how evidence identifies a span."""
    return hashlib.sha256(text[start:end].encode("utf-8")).hexdigest()


def file_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes. Raises OSError for a missing or unreadable file, ValueError for
    one that is not a regular file (a pipe or a device would block the read or never end)."""
    if Path(path).exists() and not Path(path).is_file():
        raise ValueError(f"{path}: not a regular file")
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


MANIFEST_PROBLEMS_SHOWN = 20  # bad manifest rows named in the error; the rest are counted


def _read_manifest(root: Path) -> Iterator[tuple[Path, int, dict]]:
    """(manifest.csv, line its row ends on, row) of one folder's manifest, streamed by the csv
    module. Raises ValueError for a file that is not UTF-8 or not CSV at the line it fails, and,
    once the whole file is read (a file both unreadable and without the column is named for the
    first), for one with rows but no doc_id or file column."""
    manifest = root / "manifest.csv"
    reader = None
    try:
        with manifest.open(encoding="utf-8-sig", newline="") as fh:  # a BOM is not part of the header
            reader = csv.DictReader(fh)
            missing: set[str] | None = None  # known at the first row (an empty manifest lacks nothing)
            twice: list[str] = []
            for row in reader:
                if missing is None:
                    missing = {"doc_id", "file"} - set(reader.fieldnames or [])
                    twice = repeated_columns(reader.fieldnames or [])
                if missing or twice:
                    continue  # read on: a later line that is not UTF-8 or CSV is the error to name
                yield manifest, reader.line_num, row  # a quoted cell may span lines: where the row ends
    except UnicodeDecodeError as exc:
        raise ValueError(f"{manifest}: not a UTF-8 CSV ({exc})") from None
    except csv.Error as exc:  # a NUL-broken quote, a cell past the csv module's size limit
        raise ValueError(f"{manifest} line {reader.line_num if reader else 0}: cannot be read as CSV ({exc})") from None
    if missing:
        raise ValueError(f"{manifest}: no {', '.join(sorted(missing))} column (header: {list(reader.fieldnames or [])})")
    if twice:  # the csv module would give each row the last column of a name, silently
        raise ValueError(f"{manifest} line 1: " + "; ".join(
            f"field {name!r} is in the header {reader.fieldnames.count(name)} times (columns "  # type: ignore[union-attr]
            f"{', '.join(str(k + 1) for k, f in enumerate(reader.fieldnames or []) if f == name)}), a row's cell "
            "would be read from the last one" for name in twice) + "; name each column once; nothing was read")


def repeated_columns(header: Sequence[str]) -> list[str]:
    """The column names a manifest header gives more than once, in header order ([] for none); blank
    header cells are no names."""
    seen: set[str] = set()
    # a blank header cell names no column (a spreadsheet's export leaves trailing ones: breaker of
    # round 26); no row is read from it, so two of them are no ambiguity
    return list(dict.fromkeys(name for name in header
                              if (name or "").strip() and (name in seen or seen.add(name))))  # type: ignore[func-returns-value]


def _incomplete(row: dict) -> bool:
    """Whether a manifest row lacks a doc_id or a file, or has more cells than the header."""
    return not row.get("doc_id") or not row.get("file") or None in row


def _incomplete_message(manifest: Path, line: int) -> str:
    return f"{manifest} line {line}: needs a doc_id and a file, and as many cells as the header"


class _BadRows:
    """The bad rows of a manifest check: how many, and the first MANIFEST_PROBLEMS_SHOWN said in
    full (the error names those and counts the rest: a manifest of bad rows holds no more)."""

    def __init__(self) -> None:
        self.count = 0
        self.shown: list[str] = []

    def add(self, message: str) -> None:
        self.count += 1
        if len(self.shown) < MANIFEST_PROBLEMS_SHOWN:
            self.shown.append(message)

    def message(self) -> str:
        """Every bad row of every folder, in one line (a command prints the first line)."""
        more = f"; and {self.count - MANIFEST_PROBLEMS_SHOWN} more" if self.count > MANIFEST_PROBLEMS_SHOWN else ""
        return f"{self.count} bad manifest row(s): {'; '.join(self.shown)}{more}"


class _HashColumn:
    """The doc ids' hashes (Python's, one process), 8 bytes a row in arrays of HASH_BLOCK, and the
    ones given twice found by polars' `is_duplicated` over the column: what a set of the ids would
    find, in a fixed few bytes a row."""

    def __init__(self) -> None:
        self.blocks: list = []
        self.block = array("q")

    def add(self, doc: str) -> None:
        self.block.append(hash(doc))
        if len(self.block) == HASH_BLOCK:
            self._close()

    def _close(self) -> None:
        import polars as pl

        self.blocks.append(pl.Series(self.block.tolist(), dtype=pl.Int64))
        self.block = array("q")

    def repeated(self) -> set[int]:
        """The hashes added more than once (empty when every doc id is new)."""
        import polars as pl

        if self.block:
            self._close()
        if not self.blocks:
            return set()
        column = pl.concat(self.blocks, rechunk=True) if len(self.blocks) > 1 else self.blocks[0]
        return set(column.filter(column.is_duplicated()).unique().to_list())


HASH_BLOCK = 65_536  # doc-id hashes per array before it becomes a polars column


class Corpus:
    """One corpus kept in one or more folders, each `manifest.csv` plus the texts it lists.

    Doc ids are unique across the folders (a doc id in two manifests is an error); every text is
    read from the folder whose manifest lists it, as UTF-8 bytes with no newline translation.
    Raises FileNotFoundError when a folder has no manifest, ValueError on a repeated doc id.
    """

    def __init__(self, *roots: Path | str) -> None:
        if not roots:
            raise ValueError("a corpus needs at least one folder")
        self.roots = tuple(Path(r) for r in roots)
        for root in self.roots:
            if not (root / "manifest.csv").is_file():
                raise FileNotFoundError(f"{root}: no manifest.csv (is this the corpus folder?)")
        self._rows: list[dict[str, str]] | None = None
        self._lines: list[int] = []  # per manifest row: the line of its manifest.csv where it ends

    @property
    def root(self) -> Path:
        """The first folder (where a single-folder corpus lives)."""
        return self.roots[0]

    def __repr__(self) -> str:
        return f"Corpus({', '.join(str(r) for r in self.roots)})"

    def manifest(self) -> list[dict[str, str]]:
        """Every manifest row of every folder, in folder order; each row also carries `root`, the
        folder it came from (a string path). Raises ValueError for a manifest that is not a UTF-8
        CSV or lacks a doc_id or file column, and, naming every such row at once, for rows without
        a doc_id or a file, with more cells than the header, or repeating a doc_id. The rows of
        `rows()`, kept."""
        if self._rows is None:
            rows: list[dict[str, str]] = []
            lines: list[int] = []
            for _, line, row in self.rows():
                rows.append(row)
                lines.append(line)
            self._rows, self._lines = rows, lines
        return self._rows

    def rows(self) -> Iterator[tuple[Path, int, dict[str, str]]]:
        """(manifest.csv, line its row ends on, row with `root`) of every manifest row with a
        doc_id, a file and no more cells than the header, streamed in folder order: `manifest()`'s
        check, holding no row (issue 16: the rows of 50,000 reports held were 143 MB at the
        check's peak). Doc ids repeated are found by their hashes (8 bytes a row), then named from
        a second reading of the files when any hash repeats. Raises the ValueErrors `manifest()`
        raises, with the same messages; the one for bad rows comes after the last row is given, so
        a caller keeps the rows only once the iteration ends without an error (a row given may be
        one the error names)."""
        hashes = _HashColumn()
        bad = _BadRows()
        for root in self.roots:
            for manifest, line, row in _read_manifest(root):
                if _incomplete(row):
                    bad.add(_incomplete_message(manifest, line))
                    continue
                hashes.add(row["doc_id"])
                yield manifest, line, {**row, "root": str(root)}
        repeated = hashes.repeated()
        if repeated:  # a doc id given twice (or a hash collision): every bad row named again, in order
            bad = self._bad_rows(repeated)
        if bad.count:
            raise ValueError(bad.message())

    def _bad_rows(self, repeated: set[int]) -> "_BadRows":
        """Every bad row of every folder, in order, a second reading: the rows missing a cell and the
        doc ids seen before (only those whose hash is in `repeated` are remembered)."""
        bad = _BadRows()
        seen: dict[str, Path] = {}
        for root in self.roots:
            for manifest, line, row in _read_manifest(root):
                if _incomplete(row):
                    bad.add(_incomplete_message(manifest, line))
                    continue
                doc = str(row.get("doc_id"))
                if hash(doc) not in repeated:
                    continue
                if doc in seen:
                    bad.add(f"{manifest} line {line}: doc_id {doc!r} is in both {seen[doc]} and {root} (also "
                            f"in {seen[doc] / 'manifest.csv'}; doc ids must be unique across folders and within each)")
                    continue
                seen[doc] = root
        return bad

    def where(self) -> list[tuple[Path, int]]:
        """(manifest.csv, line) of every manifest row, in `manifest()` order: where a problem with
        the row points (the line its row ends on: header = 1)."""
        self.manifest()
        return [(Path(row["root"]) / "manifest.csv", line) for row, line in zip(self.manifest(), self._lines)]

    def entry(self, doc_id: str) -> dict[str, str]:
        for row in self.manifest():
            if row["doc_id"] == doc_id:
                return row
        raise KeyError(f"{doc_id!r} is not in {' or '.join(str(r / 'manifest.csv') for r in self.roots)}")

    def path(self, doc_id: str) -> Path:
        """The text file of `doc_id`, inside its corpus folder: raises KeyError for an unknown
        doc id, ValueError (OutsideFolder) for a manifest `file` that is absolute, climbs out
        with `..`, or is a symlink pointing outside the folder."""

        row = self.entry(doc_id)
        return inside(Path(row["root"]), row.get("file") or "")

    def text(self, doc_id: str) -> str:
        """The text of `doc_id`: its bytes decoded as UTF-8, with no newline translation (so
        offsets are the same on every platform and in every command). Raises OSError for a
        missing file, ValueError naming the file for one that is not UTF-8, not a regular file (a
        pipe, a device, a folder) or leaves the folder."""
        path = self.path(doc_id)
        if path.exists() and not path.is_file():  # a pipe or a device would block the read or never end
            raise ValueError(f"{path}: not a regular file")
        data = path.read_bytes()
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ValueError(f"{path}: not UTF-8 (byte {data[exc.start]:#04x} at offset {exc.start})") from None


def manifest_problems(corpus: Corpus, doc_id_pattern: str,
                      basis_pattern: str | None = None) -> tuple[list[Problem], list[Problem]]:
    """(errors, warnings) of the corpus manifest, every row checked before any text is read
    (`row_problems` of each row of `Corpus.manifest()`). Raises what `Corpus.manifest` raises for
    a manifest that cannot be read at all."""
    errors: list[Problem] = []
    warnings: list[Problem] = []
    for row, (manifest, line) in zip(corpus.manifest(), corpus.where()):
        found = row_problems(manifest, line, row, doc_id_pattern, basis_pattern)
        errors += found[0]
        warnings += found[1]
    return errors, warnings


def checked_rows(corpus: Corpus, doc_id_pattern: str, basis_pattern: str | None,
                 errors: list[Problem], warnings: list[Problem],
                 days: tuple[dt.date, dt.date] | None = None,
                 last: dt.date | None = None) -> Iterator[dict[str, str]]:
    """The manifest's rows streamed (`Corpus.rows`), each checked as it comes (`row_problems`, its
    problems appended to `errors` and `warnings`), a `published_basis` its warning names left empty
    (a basis no package could publish) and the `published` cells as `published_read` leaves them (a
    day outside `days` or no date emptied; one after `last`, the run's day, kept: the rows given never
    depend on the run's day). What extract reads the manifest by, holding no row (issue 16); a caller
    uses the rows only once the iteration ends without raising and `errors` is empty. Raises what
    `Corpus.rows` raises."""
    for manifest, line, row in corpus.rows():
        yield read_row(manifest, line, row, doc_id_pattern, basis_pattern, errors, warnings, days, last)


def read_row(manifest: Path, line: int, row: dict, doc_id_pattern: str, basis_pattern: str | None,
             errors: list[Problem], warnings: list[Problem], days: tuple[dt.date, dt.date] | None = None,
             last: dt.date | None = None) -> dict:
    """One manifest row as extract and import-sources both read it (one rule; breaker of round 27: the
    registry wrote cells extract had emptied or stripped): its problems (`row_problems`) appended to
    `errors` and `warnings`; the `published` and `published_basis` cells stripped of surrounding
    spaces (the checks read them stripped, so the output does: a basis ' date-line ' written as is
    failed the sources table's pattern), a basis its warning names left empty, and the `published`
    cell as `published_read` leaves it."""
    found = row_problems(manifest, line, row, doc_id_pattern, basis_pattern, days, last)
    errors += found[0]
    warnings += found[1]
    row = {**row, "published": (row.get("published") or "").strip(),
           "published_basis": (row.get("published_basis") or "").strip()}
    if any(w.code == "published-basis-unknown" for w in found[1]):
        row["published_basis"] = ""
    return published_read(row, next((w.code for w in found[1] if w.field == "published"), None))


def published_read(row: dict, code: str | None) -> dict:
    """The row as it is read after its `published` cell's problem `code` (`published_problem`), the one
    rule of extract and import-sources: `published-out-of-range` and `published-not-a-date` empty the
    date and its basis (the basis of a date not kept is no basis: sources.schema.json `published_basis`
    is empty when `published_date` is; until round 27 the registry kept a basis beside a date it had
    emptied as no date); `published-in-future` and None keep the row. Depends on the data alone, never
    on the day of the run."""
    if code in ("published-out-of-range", "published-not-a-date"):
        return {**row, "published": "", "published_basis": ""}
    return row


def row_problems(manifest: Path, line: int, row: dict, doc_id_pattern: str, basis_pattern: str | None = None,
                 days: tuple[dt.date, dt.date] | None = None,
                 last: dt.date | None = None) -> tuple[list[Problem], list[Problem]]:
    """(errors, warnings) of one manifest row (at `line` of `manifest`):

    - error `bad-doc-id`: a doc_id that does not match `doc_id_pattern` (the sources table's
      source_id pattern: lower-case letters, digits and single hyphens), which no package could
      publish;
    - warning `published-not-a-date`: a `published` cell that is not empty and not a date
      (YYYY-MM-DD): the report is still read, dated by its text if the text says (a date line, a
      byline), else undated.
    - warning `published-basis-unknown`: a `published_basis` cell that `basis_pattern` (the sources
      table's published_basis pattern) refuses: the report is still read, its basis left empty;
    - warning `published-out-of-range`: a `published` date outside `days` (first, last), a fixed
      range kept in data (extract: engagement.yaml `earliest_year` to the end of `latest_year`):
      before the earliest year anything is dated, or beyond the last year any report of the corpus
      can bear (a date beyond is a typo: '9999-12-31', '2205' for '2025'). A warning, not an error:
      the text and its calendar dates stay usable and one cell never stops a corpus; the report is
      read as if the cell were empty (dated by its own text if it says, else undated), so no relative
      day of it ('yesterday') is counted from an impossible day. The range never depends on the day
      of the run, so neither does what is read (round 25, review M4);
    - warning `published-in-future`: a `published` date inside `days` but after `last` (the run's
      day, `run_day`, given by the caller): said, and KEPT (a report dated ahead, a clock behind): a cell is
      blanked or kept by the data alone, the same on any day;
    - error `basis-term-repeated`: a `published_basis` that names one basis twice ('byline+byline'),
      which the pattern accepts but no curator means (a slip for another basis);
    - error `bad-byte-count`: a `bytes` cell that is not a whole number of bytes (one that is not
      the file's size is found with the text: `document-skipped`, as a changed sha256).

    Each problem names the manifest file, its line, the doc_id, the field and the value (layer
    "corpus")."""
    errors: list[Problem] = []
    warnings: list[Problem] = []
    doc = row["doc_id"]
    if not re.fullmatch(doc_id_pattern, doc):
        hint = f" (perhaps {doc.lower()!r})" if re.fullmatch(doc_id_pattern, doc.lower()) else ""
        errors.append(Problem("corpus", str(manifest), line, doc, "doc_id", "bad-doc-id",
                              f"{doc!r} is not a source id (lower-case letters, digits and single hyphens: "
                              f"{doc_id_pattern}){hint}; the row is refused: nothing is read from it"))
    if (found := published_problem(row, days, last)) is not None:
        warnings.append(Problem("corpus", str(manifest), line, doc, "published", *found))
    basis = (row.get("published_basis") or "").strip()
    if basis and basis_pattern and not re.fullmatch(basis_pattern, basis):
        warnings.append(Problem("corpus", str(manifest), line, doc, "published_basis", "published-basis-unknown",
                                f"{row.get('published_basis')!r} is not a basis the sources table knows "
                                "(date-line, byline, url, joined by '+'); the report is read with its basis left empty"))
    terms = [t.strip() for t in basis.split("+")]  # an empty term is the pattern's warning, not a repeat
    if twice := sorted({t for t in terms if t and terms.count(t) > 1}):
        errors.append(Problem("corpus", str(manifest), line, doc, "published_basis", "basis-term-repeated",
                              f"{row.get('published_basis')!r} names {', '.join(map(repr, twice))} more than once; "
                              "each basis is named once; the row is refused: nothing is read from it"))
    if (size := byte_count_problem(row)) is not None:
        errors.append(Problem("corpus", str(manifest), line, doc, "bytes", "bad-byte-count", size))
    return errors, warnings


def run_day(today: dt.date | None = None) -> dt.date:
    """The last day a report read now can have been published: the run's day in UTC plus one (a
    report of Islamabad's or Tehran's morning is dated a day ahead of UTC). A `published` day after
    it is warned about (`published-in-future`) and kept; it decides no cell of the output. Asked by
    extract (extract.adapter) and import-sources (curate.registry) alike."""
    return (today or dt.datetime.now(dt.timezone.utc).date()) + dt.timedelta(days=1)


def published_problem(row: dict, days: tuple[dt.date, dt.date] | None = None,
                      last: dt.date | None = None) -> tuple[str, str] | None:
    """(code, message) of a row's `published` cell (`row_problems`: `published-not-a-date`,
    `published-out-of-range` outside the fixed `days`, `published-in-future` after `last`, the run's
    day (`run_day`), inside them), None when it is empty or a date with nothing to say; no range
    check without `days`, no future check without `last`. What a problem does to the cell:
    `published_read`, which never depends on `last`."""
    published = (row.get("published") or "").strip()
    day = manifest_date(published) if published else None
    if published and day is None:
        return "published-not-a-date", (f"{row.get('published')!r} is not a date (YYYY-MM-DD); the report is read "
                                        "without it: dated by its own text if it says, else undated")
    if day is not None and days is not None and not days[0] <= day <= days[1]:
        bound = f"before {days[0].isoformat()}, the earliest day anything is dated" if day < days[0] else \
            f"after {days[1].isoformat()}, the last day a report can bear (a date beyond is a typo)"
        return "published-out-of-range", (f"{published!r} is {bound}: no publication day; the report is read "
                                          "without it: dated by its own text if it says, else undated")
    if day is not None and last is not None and day > last:
        return "published-in-future", (f"{published!r} is after {last.isoformat()}, the day of this run "
                                       "(UTC, plus one): kept as the report's day; check the cell")
    return None


def manifest_bytes(row: dict) -> int | None:
    """A row's `bytes` cell as a whole number of bytes, None when it is empty or no whole number (the
    latter `bad-byte-count`). Whether it is the file's size is read with the text (extract/run.py
    `read_one`: a document skipped, as a changed sha256; curate.registry: an error)."""
    cell = (row.get("bytes") or "").strip()
    # no report has more bytes than 18 digits write; a longer run is no count (and int() refuses
    # one over 4,300 digits: breaker of round 26, a 5,000-digit cell stopped the run)
    return int(cell) if cell.isascii() and cell.isdigit() and len(cell) <= MAX_BYTE_DIGITS else None


MAX_BYTE_DIGITS = 18


def byte_count_problem(row: dict) -> str | None:
    """Why a row's `bytes` cell is no byte count (not a whole number, or one of more than
    MAX_BYTE_DIGITS digits), None when it is one or empty."""
    if not (cell := (row.get("bytes") or "").strip()) or manifest_bytes(row) is not None:
        return None
    if cell.isascii() and cell.isdigit():
        return f"{cell[:40]!r}{'...' if len(cell) > 40 else ''} ({len(cell):,} digits) is no byte count a report can have; nothing was extracted"
    return f"{str(row.get('bytes'))[:40]!r} is not a whole number of bytes; nothing was extracted"


def manifest_date(value: str | None) -> dt.date | None:
    """A manifest's `published` cell (stripped) as a date, or None when it is empty or not a day
    written YYYY-MM-DD: Python's ISO reader alone would also take '20200101' or a week date
    '2020-W01-1', forms no curator writes and `published-not-a-date` names. How the extractor
    reads it too (extract/dates.py `publication_date`)."""
    text = (value or "").strip()
    if not ISO_DAY.fullmatch(text):
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def find_spans(text: str, phrase: str) -> list[tuple[int, int]]:
    """Every (start, end) where `phrase` occurs in `text`, overlapping matches included."""
    if not phrase:
        raise ValueError("cannot locate an empty phrase")
    spans, start = [], text.find(phrase)
    while start != -1:
        spans.append((start, start + len(phrase)))
        start = text.find(phrase, start + 1)
    return spans
