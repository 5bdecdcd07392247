"""Curated inputs (dataset/curated/) -> rows of the published tables.

Curators edit these files by hand; scripts only read them. Each engagement is one YAML file
holding its events, participants, commitments and the evidence for each value. Evidence is
written per field (or per group: `date` covers date_start, date_end and date_precision), as
`{src: doc_id, at: [start, end], sha256: span hash}`; a participant's or commitment's
evidence may be one list that supports all of its evidenced fields.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from pakiran_events.core.cells import CONTROL_CHARACTERS, FORMULA_STARTS, format_character, plain_cell
from pakiran_events.core.confine import OutsideFolder, inside
from pakiran_events.core.problems import Problem
from pakiran_events.core.schema import TableSchema
from pakiran_events.core.tables import record_id
from pakiran_events.core.yaml_input import YamlInputError, load_file

FIELD_GROUPS = {"date": ("date_start", "date_end", "date_precision")}
EVENT_KEYS = {"event_id", "review_status", "event_type", "parent_event_id", "date", "place_id",
              "venue", "summary", "notes", "evidence", "participants", "commitments"}
PARTICIPANT_KEYS = {"actor_id", "title", "side_iso3", "role", "evidence"}
# Keys curated files may still use for a renamed published field (old key -> field): the reader
# accepts both, so files written before the rename build unchanged.
PARTICIPANT_RENAMED = {"country_iso3": "side_iso3"}
COMMITMENT_KEYS = {"commitment_id", "commitment_type", "modality", "parties", "description",
                   "notes", "evidence"}
EVIDENCE_KEYS = {"src", "at", "sha256"}
ENGAGEMENT_SUFFIXES = (".yaml", ".yml")
# What no curated value may hold (core/cells.py): control characters, once YAML's escapes are
# undone ("\\0", "\\x1b", "\\e", "\\N", "\\L", "\\P"), and invisible format characters (bidi
# controls, zero-width space, byte-order mark, soft hyphen, other default ignorables; a zero-width
# (non-)joiner inside Persian or Urdu writing is kept). A raw U+0085/U+2028/U+2029 is refused by the
# YAML reader (core/yaml_input.py), a raw C0 control by libyaml; an escaped one reaches the value
# and is refused here, per field. Tab and line breaks: allowed in the folded texts (FOLDED_FIELDS,
# written over several lines and folded to one), refused in every other field (one CSV cell of one
# line: `line-break-in-value`, and a tab as `control-character`).
FOLDED_FIELDS = {"events": {"summary", "notes"}, "commitments": {"description", "notes"}}


@dataclass
class CuratedData:
    rows: dict[str, list[dict]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    # table -> (curated file relative to the repo root, 1-based line or None), one per row of `rows`:
    # where a problem found after assembly (a type, a rule, validation) points the curator
    origins: dict[str, list[tuple[str, int | None]]] = field(default_factory=dict)
    # table -> {field: 1-based line of its key}, one per row of `rows`: a problem about one field
    # points at the field's line, not the record's first line
    field_lines: dict[str, list[dict[str, int]]] = field(default_factory=dict)

    def add(self, table: str, row: dict, origin: tuple[str, int | None] = ("", None),
            field_lines: dict[str, int] | None = None) -> None:
        self.rows.setdefault(table, []).append(row)
        self.origins.setdefault(table, []).append(origin)
        self.field_lines.setdefault(table, []).append(field_lines or {})


class _Reader:
    """Collects rows and problems while walking one curated folder."""

    def __init__(self, curated_dir: Path, schemas: dict[str, TableSchema]):
        self.dir = curated_dir
        self.schemas = schemas
        self.out = CuratedData()
        self.origin: dict[int, tuple[Path, int | None]] = {}  # id(row) -> its file and line, for problems found later
        self.lines_of: dict[int, dict[str, int]] = {}  # id(row) -> {field: line of its key}
        # id(row) -> the mappings it was read from or within (an event, then a participant or
        # commitment): a duplicated record's copy takes every row read within it out of the checks
        self.within: dict[int, tuple[int, ...]] = {}
        self.context: tuple[int, ...] = ()
        # id(mapping) -> its serial number, for the mappings of the document being read: `within`
        # names mappings by serial, so a document need not be kept alive once its rows are read
        # (an id() is reused after its object is freed; a serial never is)
        self._serials: dict[int, int] = {}
        self._next_serial = 0
        self._rel: dict[Path, str] = {}

    def rel(self, path: Path) -> str:
        """`path` as the repo-relative name problems give (dataset/curated/...); remembered per
        file (every row of a file asks, and pathlib's relative_to is slow at 100k events)."""
        known = self._rel.get(path)
        if known is None:
            try:
                known = str(path.relative_to(self.dir.parent.parent)) if path.is_absolute() else str(path)
            except ValueError:
                known = str(path)
            self._rel[path] = known
        return known

    def problem(self, path: Path, record: str | None, field_: str | None, code: str, msg: str, line=None):
        """`line`: a 1-based line, or the YAML mapping the problem is in (then the line of its key
        `field_` where it has one, else the mapping's first line)."""
        key_lines = getattr(line, "key_lines", None) or {}
        line = line if isinstance(line, int) or line is None else key_lines.get(field_ or "", getattr(line, "line", None))
        self.out.problems.append(Problem("curated", self.rel(path), line, record, field_, code, msg))

    load_file = None  # a replacement for core.yaml_input.load_file (the build's parse cache)

    def serial(self, mapping) -> int:
        """A number naming `mapping` for as long as the reader runs (never reused)."""
        key = id(mapping)
        found = self._serials.get(key)
        if found is None:
            found = self._serials[key] = self._next_serial
            self._next_serial += 1
        return found

    def load_yaml(self, path: Path):
        """The file's YAML as text values (core/yaml_input.py), or None after a problem (also for a
        file whose symbolic link leads out of the curated folder: its text is never read)."""

        try:
            inside(self.dir, Path(path).relative_to(self.dir))
        except OutsideFolder as exc:
            self.problem(path, None, None, "unreadable", f"{exc}; curated files are read only from inside "
                         "the curated folder")
            return None
        except ValueError:  # a file the caller names outside the folder on purpose (not a curated file)
            pass
        try:
            doc = (self.load_file or load_file)(path)
            # the previous document is read to its end (files are read one after another): its
            # mappings' ids may be reused from now on, their serials never are
            self._serials = {}
            return doc
        except YamlInputError as exc:
            self.problem(path, None, None, exc.code, str(exc).split(": ", 1)[-1], exc.line)
            return None

    def add(self, path: Path, table: str, row: dict, line=None, fields: dict[str, int] | None = None) -> None:
        """`line`: the 1-based line the row's value starts on, or the YAML mapping it came from
        (whose key lines are the row's field lines unless `fields` gives them)."""
        if fields is None:
            fields = dict(getattr(line, "key_lines", None) or {})
        self.within[id(row)] = self.context + ((self.serial(line),) if not isinstance(line, (int, type(None))) else ())
        line = line if isinstance(line, int) or line is None else getattr(line, "line", None)
        self.out.add(table, row, (self.rel(path), line), fields)
        self.origin[id(row)] = (path, line)
        self.lines_of[id(row)] = fields

    def mappings(self, path: Path, items, what: str, allowed: set[str]) -> list[dict]:
        """`items` as a list of mappings with only `allowed` keys; every other shape is a problem."""
        if items is None:
            return []
        if not isinstance(items, list):
            self.problem(path, None, what, "bad-structure", f"expected a list of {what}, got {_shape(items)}", items)
            return []
        out = []
        for n, item in enumerate(items, 1):
            if not isinstance(item, dict):
                self.problem(path, None, what, "bad-structure",
                             f"{what} entry {n} must be a mapping, got {_shape(item)}", items)
                continue
            for key in sorted(set(item) - allowed):
                self.problem(path, str(item.get(_id_key(allowed)) or f"entry {n}"), key, "unknown-key",
                             f"{what} take only {sorted(allowed)}", item)
            out.append(item)
        return out

    # -- registries ---------------------------------------------------------------------
    def read_sources(self) -> None:
        path = self.dir / "sources.csv"
        if not path.is_file():
            self.problem(path, None, None, "missing-file", "sources registry not found")
            return

        fields = self.schemas["sources"].field_names
        try:
            with path.open(encoding="utf-8-sig", newline="") as fh:  # a BOM (Excel's UTF-8) is not data
                reader = csv.reader(fh)
                header = next(reader, None)
                if header is None:
                    self.problem(path, None, None, "bad-structure", "empty file: expected a header line")
                    return
                if sorted(header) != sorted(fields):
                    bom = " (it holds a byte-order mark, U+FEFF, besides the one a UTF-8 file may start with: " \
                          "save the file as UTF-8 once)" if any("\ufeff" in h for h in header) else ""
                    self.problem(path, None, None, "bad-structure",
                                 f"header {header} differs from the sources schema fields {fields}{bom}", 1)
                    return
                for line, cells in enumerate(reader, 2):
                    if len(cells) != len(header):
                        self.problem(path, cells[0] if cells else None, None, "bad-structure",
                                     f"{len(cells)} cells where the header has {len(header)}", line)
                        continue
                    self.add(path, "sources", {k: (unicodedata.normalize("NFC", v) if v != "" else None)
                                             for k, v in zip(header, cells)}, line)
        except UnicodeDecodeError as exc:
            utf16 = path.read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff")
            self.problem(path, None, None, "unreadable", "a UTF-16 byte-order mark: the file is UTF-16; save it as UTF-8"
                         if utf16 else f"not UTF-8 ({exc.reason} at byte {exc.start})", 1 if utf16 else None)
        except (OSError, csv.Error) as exc:
            self.problem(path, None, None, "unreadable", str(exc))

    def read_places(self) -> None:
        path = self.dir / "places.yaml"
        for place in self.mappings(path, self.load_yaml(path), "places", set(self.schemas["places"].field_names)):
            self.add(path, "places", dict(place), place)

    def read_actors(self) -> None:
        path = self.dir / "actors.yaml"
        allowed = set(self.schemas["actors"].field_names) | {"aliases"}
        for mapping in self.mappings(path, self.load_yaml(path), "actors", allowed):
            actor = dict(mapping)
            aliases = actor.pop("aliases", None) or []
            if not isinstance(aliases, list):
                self.problem(path, str(actor.get("actor_id")), "aliases", "bad-structure",
                             f"aliases must be a list of names, got {_shape(aliases)}", mapping)
                aliases = []
            for n, alias in enumerate(aliases, 1):
                if not isinstance(alias, str):  # the item itself is named, never the list that holds it
                    self.problem(path, str(actor.get("actor_id")), "aliases", "bad-structure",
                                 f"alias {n} (index {n - 1}) is {_shape(alias)} where a name (text) was expected",
                                 getattr(alias, "line", None) or mapping)
            aliases = [a for a in aliases if isinstance(a, str)]
            self.add(path, "actors", actor, mapping)
            # a name that is not text (a list, a mapping) is the schema's type problem, not an alias
            names = {n for n in aliases if isinstance(n, str)}
            name = actor.get("name")
            if isinstance(name, str) and not _refused_name(name):  # else the name's own row reports it, once
                names.add(name)
            for alias in sorted(names):
                self.add(path, "actor_aliases", {"actor_id": actor.get("actor_id"), "alias": alias}, mapping)

    def read_positions(self) -> None:
        """Terms of office (`positions.yaml`); optional, as a package may name no office holder."""
        path = self.dir / "positions.yaml"
        if not path.is_file():
            return
        doc = self.load_yaml(path)
        if doc is not None and not isinstance(doc, list):  # a bare text would be read character by character
            self.problem(path, None, "positions", "bad-structure", f"expected a list of positions, got {_shape(doc)}", doc)
            return
        for number, position in enumerate(doc or [], start=1):
            if not isinstance(position, dict):
                self.problem(path, f"#{number}", None, "bad-structure", "a position is a mapping of actor_id, office, ...")
                continue
            self.add(path, "positions", {k: _iso(v) if k in ("start", "end") else v for k, v in position.items()},
                     position)

    # -- engagements --------------------------------------------------------------------
    def read_engagements(self, only: list[Path] | None = None, listing: EventsListing | None = None) -> None:
        """Every engagement file, or `only` these (a build that holds the others' rows already).
        `listing`: the events folder as the caller listed it (`events_listing`), not listed again."""
        folder = self.dir / "events"
        listing = listing or events_listing(self.dir)
        files = listing.files if only is None else only
        not_read = set()
        for misplaced, reason in listing.misplaced:  # on every read, cached or not
            self.problem(misplaced, None, None, "file-not-read", reason)
            not_read.add(misplaced)
        for path in listing.links:  # every file, cached or not: a snapshot's rows are no excuse
            if path not in not_read:
                try:
                    inside(self.dir, path.relative_to(self.dir))
                except (OutsideFolder, ValueError) as exc:
                    self.problem(path, None, None, "unreadable", f"{exc}; curated files are read only from inside "
                                 "the curated folder")
                    not_read.add(path)
        if not files and only is None:
            self.problem(folder, None, None, "missing-file", "no engagement files")
        self.read_engagement_files(files, not_read)

    def read_engagement_files(self, files: list[Path], not_read: set[Path] | frozenset[Path] = frozenset()) -> None:
        """The rows of these engagement files, in this order, without listing the folder (what
        `read_engagements` checks of the folder as a whole it checks before calling this)."""
        for path in files:
            if path in not_read:  # a folder named like an engagement file: reported once, above
                continue
            if not path.is_file():
                self.problem(path, None, None, "unreadable", "not a file")
                continue
            problems_before = len(self.out.problems)
            doc = self.load_yaml(path)
            if doc is None:
                if len(self.out.problems) == problems_before:
                    self.problem(path, None, "events", "bad-structure", "empty file (no events): write its events, "
                                                                      "or delete the file")
                continue
            if not isinstance(doc, dict):
                self.problem(path, None, None, "bad-structure", f"expected a mapping with 'events', got {_shape(doc)}")
                continue
            for key in sorted(set(doc) - {"events"}):
                self.problem(path, None, key, "unknown-key", "an engagement file holds only 'events'", doc)
            events = doc.get("events")
            if not isinstance(events, list) or not events:
                self.problem(path, None, "events", "bad-structure", "expected a non-empty 'events' list", doc)
                continue
            for n, event in enumerate(events, 1):
                if not isinstance(event, dict):
                    self.problem(path, None, "events", "bad-structure",
                                 f"event {n} must be a mapping, got {_shape(event)}", events)
                    continue
                self.read_event(path, event)

    def read_event(self, path: Path, event: dict) -> None:
        event_id = str(event.get("event_id"))
        for key in sorted(set(event) - EVENT_KEYS):
            self.problem(path, event_id, key, "unknown-key", f"events take only {sorted(EVENT_KEYS)}", event)
        date = event.get("date") or {}
        if not isinstance(date, dict) or not {"start", "end", "precision"} <= set(date):
            self.problem(path, event_id, "date", "bad-structure", "date needs start, end and precision", event)
            date = {}
        row = {
            "event_id": event.get("event_id"),
            "parent_event_id": event.get("parent_event_id"),
            "event_type": event.get("event_type"),
            "date_start": _iso(date.get("start")),
            "date_end": _iso(date.get("end")),
            "date_precision": date.get("precision"),
            "place_id": event.get("place_id"),
            "venue": event.get("venue"),
            "summary": _squash(event.get("summary")),
            "review_status": event.get("review_status"),
            "notes": _squash(event.get("notes")),
        }
        lines = dict(getattr(event, "key_lines", None) or {})
        date_lines = getattr(date, "key_lines", None) or {}
        for part, name in (("start", "date_start"), ("end", "date_end"), ("precision", "date_precision")):
            found = date_lines.get(part, lines.get("date"))
            if found is not None:
                lines[name] = found
        self.add(path, "events", row, event, lines)
        outer, self.context = self.context, self.context + (self.serial(event),)
        try:
            self.read_evidence(path, "events", event_id, event.get("evidence"), self.schemas["events"])
            for person in self.mappings(path, event.get("participants"), "participants",
                                        PARTICIPANT_KEYS | set(PARTICIPANT_RENAMED)):
                self.read_participant(path, event_id, person)
            for commitment in self.mappings(path, event.get("commitments"), "commitments", COMMITMENT_KEYS):
                self.read_commitment(path, event_id, commitment)
        finally:
            self.context = outer

    def read_participant(self, path: Path, event_id: str, mapping: dict) -> None:
        person = dict(mapping)
        row = {"event_id": event_id, **{k: person.get(k) for k in PARTICIPANT_KEYS - {"evidence"}}}
        rid = record_id(row, self.schemas["participants"])
        for old, new in PARTICIPANT_RENAMED.items():
            if old in person:
                if new in person and person[new] != person[old]:
                    self.problem(path, rid, new, "bad-structure", f"{old} ({person[old]}) and {new} ({person[new]}) "
                                 f"differ; {old} is the old name of {new}: keep one")
                row[new] = person[new] if new in person else person.pop(old)
                person.pop(old, None)
            if isinstance(person.get("evidence"), dict) and old in person["evidence"]:
                person["evidence"] = {(new if k == old else k): v for k, v in person["evidence"].items()}
        for key in sorted(set(person) - PARTICIPANT_KEYS):
            self.problem(path, rid, key, "unknown-key", f"participants take only {sorted(PARTICIPANT_KEYS)}")
        lines = dict(getattr(mapping, "key_lines", None) or {})
        for old, new in PARTICIPANT_RENAMED.items():
            if old in lines:
                lines.setdefault(new, lines[old])
        self.add(path, "participants", row, mapping, lines)
        outer, self.context = self.context, self.context + (self.serial(mapping),)
        try:
            self.read_evidence(path, "participants", rid, person.get("evidence"), self.schemas["participants"])
        finally:
            self.context = outer

    def read_commitment(self, path: Path, event_id: str, item: dict) -> None:
        rid = str(item.get("commitment_id"))
        parties = item.get("parties") or []
        if isinstance(parties, list) and not all(isinstance(p, str) for p in parties):
            self.problem(path, rid, "parties", "bad-structure", "parties must be a list of country codes", item)
            parties = [p for p in parties if isinstance(p, str)]
        row = {
            "commitment_id": item.get("commitment_id"),
            "event_id": event_id,
            "commitment_type": item.get("commitment_type"),
            "modality": item.get("modality"),
            "parties": ";".join(sorted(parties)) if isinstance(parties, list) else parties,
            "description": _squash(item.get("description")),
            "notes": _squash(item.get("notes")),
        }
        self.add(path, "commitments", row, item)
        outer, self.context = self.context, self.context + (self.serial(item),)
        try:
            self.read_evidence(path, "commitments", rid, item.get("evidence"), self.schemas["commitments"])
        finally:
            self.context = outer

    def read_evidence(self, path: Path, table: str, rid: str, spec, schema: TableSchema) -> None:
        """Expand an evidence spec into evidence rows, one per (field, span)."""
        needed = schema.fields_needing_evidence()
        if spec is None:
            return  # missing evidence is reported by validation, against the built tables
        if isinstance(spec, list):
            spec = {name: spec for name in needed}
        if not isinstance(spec, dict):
            self.problem(path, rid, "evidence", "bad-structure", "evidence must be a list or a mapping", spec)
            return
        for key, spans in spec.items():
            fields = FIELD_GROUPS.get(key, (key,))
            for name in fields:
                if name not in needed:
                    self.problem(path, rid, key, "evidence-not-expected",
                                 f"{table}.{name} is not a field that takes evidence ({needed})")
            if not isinstance(spans, list):
                self.problem(path, rid, key, "bad-structure", "evidence for a field must be a list of spans", spec)
                continue
            for given in spans:
                span = as_resolved_span(given)
                if span is None:
                    self.problem(path, rid, key, "bad-evidence",
                                 "expected {src, at: [start, end], sha256} with whole-number offsets", spans)
                    continue
                for name in fields:
                    self.add(path, "evidence", {
                        "record_table": table, "record_id": rid, "field": name,
                        "source_id": span["src"], "char_start": span["at"][0],
                        "char_end": span["at"][1], "span_sha256": span["sha256"],
                    }, given)


def as_resolved_span(span) -> dict | None:
    """`{src, at: [start, end], sha256}` with the offsets as ints (curated YAML is read as text),
    or None when the span has another shape."""
    if not (isinstance(span, dict) and set(span) == EVIDENCE_KEYS and isinstance(span["src"], str)
            and isinstance(span["at"], list) and len(span["at"]) == 2 and isinstance(span["sha256"], str)):
        return None
    at = [int(x) if isinstance(x, str) and x.isascii() and x.isdigit() else x for x in span["at"]]
    if not all(isinstance(x, int) and not isinstance(x, bool) for x in at):
        return None
    return {**span, "at": at}


def is_resolved_span(span) -> bool:
    return as_resolved_span(span) is not None


def _iso(value) -> str | None:
    """A date as typed (text; the schema's cast reports a date that does not exist)."""
    if value is None or isinstance(value, str):
        return value

    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return value  # a list or mapping: `_cell_problems` refuses it (never its Python repr as a date)


def _shape(value) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, str):
        return f"the text {value[:40]!r}"
    return {"list": "a list", "dict": "a mapping", "Sequence": "a list", "Mapping": "a mapping"}.get(
        type(value).__name__, type(value).__name__)


def _id_key(allowed: set[str]) -> str:
    return next((k for k in ("actor_id", "place_id", "commitment_id", "event_id") if k in allowed), "")


def _cell_problems(reader: _Reader) -> None:
    """Values no CSV cell may hold: a line break (every published cell is one line; long texts
    are folded by _squash) or a formula start in a text field (CSV injection, SECURITY.md)."""
    def where(row: dict, name: str | None = None) -> tuple[Path, int | None]:
        path, line = reader.origin.get(id(row), (reader.dir, None))
        return path, reader.lines_of.get(id(row), {}).get(name or "", line)

    for table, rows in reader.out.rows.items():
        schema = reader.schemas.get(table)
        if schema is None:
            continue
        text_fields = {f["name"] for f in schema.fields if f["type"] == "string"}
        for row in rows:
            for name, value in row.items():
                if type(value) is str and plain_cell(value, name in text_fields):
                    continue  # no line break, control or format character, tab, or formula start
                if not isinstance(value, str):
                    if value is not None and not isinstance(value, (int, float)):
                        reader.problem(where(row)[0], record_id(row, schema), name, "bad-structure",
                                       f"expected a single value, got {_shape(value)}", where(row, name)[1])
                        row[name] = None
                    continue
                folded = name in FOLDED_FIELDS.get(table, ())
                control = CONTROL_CHARACTERS.search(value)
                at = control.start() if control else -1 if folded else value.find("\t")
                if not folded and ("\n" in value or "\r" in value):
                    reader.problem(where(row)[0], record_id(row, schema), name, "line-break-in-value",
                                   f"{value[:60]!r} holds a line break; write it on one line", where(row, name)[1])
                elif name in text_fields and value.startswith(FORMULA_STARTS):
                    reader.problem(where(row)[0], record_id(row, schema), name, "formula-like-value",
                                   f"{value[:60]!r} starts with {value[0]!r}, which spreadsheets run as a formula; "
                                   "reword it", where(row, name)[1])
                elif at >= 0:
                    char = value[at]
                    allowed = "" if not folded else " (tab and line breaks are allowed here: they are folded to spaces)"
                    file = where(row)[0]
                    written = (f" (in YAML perhaps written as the escape {_escape(char)})"
                               if str(file).lower().endswith((".yaml", ".yml")) else "")
                    reader.problem(file, record_id(row, schema), name, "control-character",
                                   f"{value[:60]!r} holds U+{ord(char):04X}, a control character{written}, at "
                                   f"character {at + 1}; delete it{allowed}", where(row, name)[1])
                elif (hidden := format_character(value)) >= 0:
                    char = value[hidden]
                    reader.problem(where(row)[0], record_id(row, schema), name, "format-character",
                                   f"{value[:60]!r} holds U+{ord(char):04X} ({_char_name(char)}), an invisible "
                                   f"format character, at character {hidden + 1}: it can make the value display "
                                   "other than it reads or two values look the same; delete it", where(row, name)[1])


def _refused_name(value: str) -> bool:
    """Whether an actor's name is refused on its own row (a control character, an invisible format
    character, a line break, or a start a spreadsheet runs as a formula), so its alias row would
    only repeat the problem."""
    return not plain_cell(value)


def _char_name(char: str) -> str:
    """The Unicode name of `char` ('RIGHT-TO-LEFT OVERRIDE'), or its code point when it has none."""
    return unicodedata.name(char, f"U+{ord(char):04X}")


def _escape(char: str) -> str:
    """How YAML's double-quoted style writes `char` as an escape (`\\x1b`, `\\u2028`)."""
    return f"\\x{ord(char):02x}" if ord(char) <= 0xFF else f"\\u{ord(char):04x}"


# Tables whose rows curators write as records, parents first: a duplicated event's copy takes its
# participants, commitments and evidence with it before those tables are checked.
RECORD_TABLES = ("sources", "places", "actors", "positions", "events", "commitments", "participants")


def _duplicate_ids(reader: _Reader) -> None:
    """Each record ID (primary key) written twice is one `duplicate-id` problem naming both places;
    the copy (read later: files in sorted name order, then by line) and every row read within it
    (participants, commitments, evidence of a copied event) leave the rows, so what follows from
    the copy (a duplicate key on each of its rows) is not reported row by row, and the rest of the
    run is still checked."""
    out = reader.out
    for table in RECORD_TABLES:
        schema = reader.schemas.get(table)
        if schema is None or not schema.primary_key:
            continue
        key = schema.primary_key
        first: dict[str, dict] = {}
        copies: dict[str, list[dict]] = {}
        for row in out.rows.get(table, []):
            if any(not isinstance(row.get(c), str) for c in key):
                continue  # a missing or malformed ID is reported by its own check
            rid = record_id(row, schema)
            if rid in first:
                copies.setdefault(rid, []).append(row)
            else:
                first[rid] = row
        for rid, again in copies.items():
            dropped = _drop(reader, again)
            place = [_place(reader, r, key[-1]) for r in (first[rid], *again)]
            (path, line), here = reader.origin[id(again[0])], place[1]
            more = "".join(f"; again at {p}" for p in place[2:])
            within = (f" and the {dropped} rows written within it (participants, commitments, evidence) are"
                      if dropped else " is")
            reader.problem(path, rid, key[-1] if len(key) == 1 else None, "duplicate-id",
                           f"{table} {'/'.join(key)} {rid!r} is written twice: the original at {place[0]} (read first: "
                           f"files in sorted name order, then by line), the copy at {here}{more}; the copy{within} "
                           "not checked further", reader.lines_of.get(id(again[0]), {}).get(key[-1], line))


def _place(reader: _Reader, row: dict, field_: str) -> str:
    path, line = reader.origin[id(row)]
    line = reader.lines_of.get(id(row), {}).get(field_, line)
    return f"{reader.rel(path)} line {line}" if line else reader.rel(path)


def _drop(reader: _Reader, copies: list[dict]) -> int:
    """Take the `copies` and every row read within their mappings out of the rows; returns how
    many rows besides the copies themselves were taken."""
    own = {reader.within[id(r)][-1] for r in copies if reader.within.get(id(r))}
    gone = {id(r) for r in copies}
    out, extra = reader.out, 0
    for table, rows in out.rows.items():
        keep = [i for i, r in enumerate(rows)
                if id(r) not in gone and not own.intersection(reader.within.get(id(r), ()))]
        extra += len(rows) - len(keep) - sum(1 for r in rows if id(r) in gone)
        out.rows[table] = [rows[i] for i in keep]
        out.origins[table] = [out.origins[table][i] for i in keep]
        out.field_lines[table] = [out.field_lines[table][i] for i in keep]
    return extra


def _squash(text) -> str | None:
    """Folded YAML text -> one line, so CSV cells hold no line breaks. A value that is not text
    (a list, a mapping) is kept as it is, for `_cell_problems` to refuse (never its Python repr)."""
    if isinstance(text, str) and CONTROL_CHARACTERS.search(text):
        return text  # kept as typed, for `_cell_problems` to refuse (str.split would fold some to spaces)
    return " ".join(text.split()) if isinstance(text, str) else text


@dataclass(frozen=True)
class EventsListing:
    """The events folder listed once (`events_listing`): the engagement files in reading order,
    what looks like curated input but is not read (path, reason), and which engagement files are
    symbolic links (checked to lead nowhere outside the curated folder)."""

    files: list[Path]
    misplaced: list[tuple[Path, str]]
    links: list[Path]


def events_listing(curated_dir: Path) -> EventsListing:
    """`curated_dir/events` read with one `os.scandir`: the entry types come with the listing, so
    no file is stat()ed (a rebuild at 100k events listed the folder three times and stat()ed each
    of its 33,334 entries twice). Ordered by name, as paths of one folder order."""
    folder = curated_dir / "events"
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda e: e.name)
    except (FileNotFoundError, NotADirectoryError):
        return EventsListing([], [], [])
    files, misplaced, links = [], [], []
    for entry in entries:
        suffix = Path(entry.name).suffix
        path = folder / entry.name
        if suffix in ENGAGEMENT_SUFFIXES:
            files.append(path)
            if entry.is_symlink():
                links.append(path)
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            misplaced.append((path, "a folder inside events/: engagement files are read from events/ itself, never "
                                    "from subfolders, so its records would be missing; move its files up into events/"))
        elif suffix.lower() in ENGAGEMENT_SUFFIXES and suffix not in ENGAGEMENT_SUFFIXES:
            misplaced.append((path, f"ends in {suffix!r}: engagement files end in '.yaml' or '.yml' (lower case), "
                                    f"so it is not read; rename it to {Path(entry.name).stem + suffix.lower()!r}"))
    return EventsListing(files, misplaced, links)


def misplaced_engagement_files(curated_dir: Path) -> list[tuple[Path, str]]:
    """(path, reason) of what lies in `curated_dir/events` looking like curated input but is not
    read: a file ending in another case of .yaml/.yml (`X.YAML`) and a subfolder. Reported, not read:
    one spelling and one folder keep the reading order (and so which copy of a duplicate ID is the
    original) the same on every file system, case-sensitive or not; hidden entries (`.git*`, an
    editor's swap file) are left alone."""
    return events_listing(curated_dir).misplaced


def engagement_files(curated_dir: Path) -> list[Path]:
    """The engagement files under `curated_dir/events`, in the order they are read."""
    return events_listing(curated_dir).files


def read_engagement_rows(curated_dir: Path, schemas: dict[str, TableSchema], files: list[Path],
                         load_file=None) -> CuratedData:
    """The rows and problems of only these engagement files (no registry read, the folder not
    listed): what `read_curated` gives for them when their records are written nowhere else, so
    that a build can read the files in parts, in worker processes (build/cold.py), and take the
    parts' rows only when no part has a problem (else it reads every file with `read_curated`).
    Record IDs are checked for duplicates only within `files`."""
    reader = _Reader(curated_dir, schemas)
    reader.load_file = load_file
    reader.read_engagement_files(files)
    _duplicate_ids(reader)
    _cell_problems(reader)
    return reader.out


def read_curated(curated_dir: Path, schemas: dict[str, TableSchema], load_file=None,
                 engagements: list[Path] | None = None, listing: EventsListing | None = None) -> CuratedData:
    """Every curated row, plus every structural problem found on the way (not only the first).
    `load_file(path)` replaces `core.yaml_input.load_file` (same result and errors), e.g. a cache.
    `engagements`: read only these engagement files (and every registry), for a build that has
    the rows of the others from an earlier run (build/snapshot.py). `listing`: the events folder
    as the caller listed it (`events_listing`), so that a build lists it once."""
    reader = _Reader(curated_dir, schemas)
    reader.load_file = load_file
    reader.read_sources()
    reader.read_places()
    reader.read_actors()
    reader.read_positions()
    reader.read_engagements(engagements, listing)
    _duplicate_ids(reader)
    _cell_problems(reader)
    return reader.out
