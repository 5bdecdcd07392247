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
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from pakiran_events.core.problems import Problem
from pakiran_events.core.schema import TableSchema
from pakiran_events.core.tables import record_id

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
# libyaml's C parser when PyYAML has it (about ten times faster on many files); same safe semantics
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class CuratedData:
    rows: dict[str, list[dict]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def add(self, table: str, row: dict) -> None:
        self.rows.setdefault(table, []).append(row)


class _Reader:
    """Collects rows and problems while walking one curated folder."""

    def __init__(self, curated_dir: Path, schemas: dict[str, TableSchema]):
        self.dir = curated_dir
        self.schemas = schemas
        self.out = CuratedData()

    def problem(self, path: Path, record: str | None, field_: str | None, code: str, msg: str):
        rel = str(path.relative_to(self.dir.parent.parent)) if path.is_absolute() else str(path)
        self.out.problems.append(Problem("curated", rel, None, record, field_, code, msg))

    def load_yaml(self, path: Path):
        try:
            return yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)  # noqa: S506 - a safe loader
        except (OSError, yaml.YAMLError) as exc:
            self.problem(path, None, None, "unreadable", str(exc).replace("\n", " "))
            return None

    # -- registries ---------------------------------------------------------------------
    def read_sources(self) -> None:
        path = self.dir / "sources.csv"
        if not path.is_file():
            self.problem(path, None, None, "missing-file", "sources registry not found")
            return
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                self.out.add("sources", {k: (v if v != "" else None) for k, v in row.items()})

    def read_places(self) -> None:
        path = self.dir / "places.yaml"
        for place in self.load_yaml(path) or []:
            self.out.add("places", dict(place))

    def read_actors(self) -> None:
        path = self.dir / "actors.yaml"
        for actor in self.load_yaml(path) or []:
            actor = dict(actor)
            aliases = actor.pop("aliases", []) or []
            self.out.add("actors", actor)
            for alias in sorted({actor.get("name"), *aliases} - {None}):
                self.out.add("actor_aliases", {"actor_id": actor.get("actor_id"), "alias": alias})

    def read_positions(self) -> None:
        """Terms of office (`positions.yaml`); optional, as a package may name no office holder."""
        path = self.dir / "positions.yaml"
        if not path.is_file():
            return
        for number, position in enumerate(self.load_yaml(path) or [], start=1):
            if not isinstance(position, dict):
                self.problem(path, f"#{number}", None, "bad-structure", "a position is a mapping of actor_id, office, ...")
                continue
            self.out.add("positions", {k: _iso(v) if k in ("start", "end") else v for k, v in position.items()})

    # -- engagements --------------------------------------------------------------------
    def read_engagements(self) -> None:
        files = sorted((self.dir / "events").glob("*.yaml"))
        if not files:
            self.problem(self.dir / "events", None, None, "missing-file", "no engagement files")
        for path in files:
            doc = self.load_yaml(path)
            if doc is None:
                continue
            events = doc.get("events") if isinstance(doc, dict) else None
            if not isinstance(events, list) or not events:
                self.problem(path, None, "events", "bad-structure", "expected a non-empty 'events' list")
                continue
            for event in events:
                self.read_event(path, event)

    def read_event(self, path: Path, event: dict) -> None:
        event_id = str(event.get("event_id"))
        for key in sorted(set(event) - EVENT_KEYS):
            self.problem(path, event_id, key, "unknown-key", f"events take only {sorted(EVENT_KEYS)}")
        date = event.get("date") or {}
        if not isinstance(date, dict) or not {"start", "end", "precision"} <= set(date):
            self.problem(path, event_id, "date", "bad-structure", "date needs start, end and precision")
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
        self.out.add("events", row)
        self.read_evidence(path, "events", event_id, event.get("evidence"), self.schemas["events"])
        for person in event.get("participants") or []:
            self.read_participant(path, event_id, person)
        for commitment in event.get("commitments") or []:
            self.read_commitment(path, event_id, commitment)

    def read_participant(self, path: Path, event_id: str, person: dict) -> None:
        person = dict(person)
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
        self.out.add("participants", row)
        self.read_evidence(path, "participants", rid, person.get("evidence"),
                           self.schemas["participants"])

    def read_commitment(self, path: Path, event_id: str, item: dict) -> None:
        rid = str(item.get("commitment_id"))
        for key in sorted(set(item) - COMMITMENT_KEYS):
            self.problem(path, rid, key, "unknown-key", f"commitments take only {sorted(COMMITMENT_KEYS)}")
        parties = item.get("parties") or []
        row = {
            "commitment_id": item.get("commitment_id"),
            "event_id": event_id,
            "commitment_type": item.get("commitment_type"),
            "modality": item.get("modality"),
            "parties": ";".join(sorted(parties)) if isinstance(parties, list) else parties,
            "description": _squash(item.get("description")),
            "notes": _squash(item.get("notes")),
        }
        self.out.add("commitments", row)
        self.read_evidence(path, "commitments", rid, item.get("evidence"),
                           self.schemas["commitments"])

    def read_evidence(self, path: Path, table: str, rid: str, spec, schema: TableSchema) -> None:
        """Expand an evidence spec into evidence rows, one per (field, span)."""
        needed = schema.fields_needing_evidence()
        if spec is None:
            return  # missing evidence is reported by validation, against the built tables
        if isinstance(spec, list):
            spec = {name: spec for name in needed}
        if not isinstance(spec, dict):
            self.problem(path, rid, "evidence", "bad-structure", "evidence must be a list or a mapping")
            return
        for key, spans in spec.items():
            fields = FIELD_GROUPS.get(key, (key,))
            for name in fields:
                if name not in needed:
                    self.problem(path, rid, key, "evidence-not-expected",
                                 f"{table}.{name} is not a field that takes evidence ({needed})")
            if not isinstance(spans, list):
                self.problem(path, rid, key, "bad-structure", "evidence for a field must be a list of spans")
                continue
            for span in spans:
                if not is_resolved_span(span):
                    self.problem(path, rid, key, "bad-evidence",
                                 f"expected {{src, at: [start, end], sha256}}, got {span!r}")
                    continue
                for name in fields:
                    self.out.add("evidence", {
                        "record_table": table, "record_id": rid, "field": name,
                        "source_id": span["src"], "char_start": span["at"][0],
                        "char_end": span["at"][1], "span_sha256": span["sha256"],
                    })


def is_resolved_span(span) -> bool:
    return (isinstance(span, dict) and set(span) == EVIDENCE_KEYS and isinstance(span["src"], str)
            and isinstance(span["at"], list) and len(span["at"]) == 2
            and all(isinstance(x, int) for x in span["at"]) and isinstance(span["sha256"], str))


def _iso(value) -> str | None:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return None if value is None else str(value)


def _squash(text) -> str | None:
    """Folded YAML text -> one line, so CSV cells hold no line breaks."""
    return None if text is None else " ".join(str(text).split())


def read_curated(curated_dir: Path, schemas: dict[str, TableSchema]) -> CuratedData:
    """Every curated row, plus every structural problem found on the way (not only the first)."""
    reader = _Reader(curated_dir, schemas)
    reader.read_sources()
    reader.read_places()
    reader.read_actors()
    reader.read_positions()
    reader.read_engagements()
    return reader.out
