"""Ways to break a small valid package, one per rule and error code: the fixtures behind
test_rule_fixtures.py and the mutation check (scripts/mutation_check.py)."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

from mini import DOCS, span

A = "alpha-20240101-talks"


def rows(path: Path) -> tuple[list[str], list[dict]]:
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames), list(reader)


def write(path: Path, header: list[str], data: list[dict]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=header, lineterminator="\n")
        w.writeheader()
        w.writerows(data)


def edit(root: Path, table: str, where: dict, changes: dict) -> None:
    path = root / "dataset" / "data" / f"{table}.csv"
    header, data = rows(path)
    hits = [r for r in data if all(r[k] == v for k, v in where.items())]
    assert hits, (table, where)
    for r in hits[:1]:
        r.update(changes)
    write(path, header, data)


def add(root: Path, table: str, row: dict) -> None:
    path = root / "dataset" / "data" / f"{table}.csv"
    header, data = rows(path)
    write(path, header, data + [{k: row.get(k, "") for k in header}])


def drop(root: Path, table: str, where: dict) -> None:
    path = root / "dataset" / "data" / f"{table}.csv"
    header, data = rows(path)
    kept = [r for r in data if not all(r[k] == v for k, v in where.items())]
    assert len(kept) < len(data), (table, where)
    write(path, header, kept)


def _empty_span(root: Path) -> None:
    """An evidence span that ends where it starts."""
    path = root / "dataset" / "data" / "evidence.csv"
    header, data = rows(path)
    data[0]["char_end"] = data[0]["char_start"]
    write(path, header, data)


def add_visit(root: Path, start="2023-12-31", end="2024-01-02", with_parent_evidence=True) -> None:
    """A visit E000009 around the meeting E000001, which becomes one of its meetings."""
    place = rows(root / "dataset" / "data" / "events.csv")[1][0]
    add(root, "events", {**place, "event_id": "E000009", "parent_event_id": "", "event_type": "visit",
                         "date_start": start, "date_end": end, "date_precision": "range", "venue": "",
                         "notes": "A visit has no single venue."})
    add(root, "event_sources", {"event_id": "E000009", "source_id": A})
    edit(root, "events", {"event_id": "E000001"}, {"parent_event_id": "E000009"})
    if with_parent_evidence:
        add_evidence(root, "events", "E000001", "parent_event_id")
    for field in ("event_type", "date_start", "date_end", "date_precision", "place_id"):
        add_evidence(root, "events", "E000009", field)


def add_evidence(root: Path, table: str, record: str, field: str, phrase: str = "met in Quetta") -> None:
    s = span(A, phrase)
    add(root, "evidence", {"record_table": table, "record_id": record, "field": field, "source_id": A,
                           "char_start": s["at"][0], "char_end": s["at"][1], "span_sha256": s["sha256"]})


def descriptor(root: Path) -> dict:
    return json.loads((root / "datapackage.json").read_text(encoding="utf-8"))


def save_descriptor(root: Path, desc: dict) -> None:
    (root / "datapackage.json").write_text(json.dumps(desc, indent=2), encoding="utf-8")


def resource(desc: dict, name: str) -> dict:
    return next(r for r in desc["resources"] if r["name"] == name)


# -- the cases: name -> (layer to run, break function, expected (resource, record or None, field, code)) --------
PANDERA = {
    "term-order": (lambda r: edit(r, "positions", {"actor_id": "other-minister"}, {"end": "2021-12-31"}),
                   ("positions", None, "end", "term-order")),
    "date-order": (lambda r: edit(r, "events", {"event_id": "E000001"}, {"date_start": "2024-01-02"}),
                   ("events", "E000001", "date_end", "date-order")),
    "day-precision": (lambda r: edit(r, "events", {"event_id": "E000001"}, {"date_end": "2024-01-02"}),
                      ("events", "E000001", "date_precision", "day-precision")),
    "range-precision": (lambda r: edit(r, "events", {"event_id": "E000001"}, {"date_precision": "range"}),
                        ("events", "E000001", "date_precision", "range-precision")),
    "month-precision": (lambda r: edit(r, "events", {"event_id": "E000001"}, {"date_precision": "month"}),
                        ("events", "E000001", "date_precision", "month-precision")),
    "parent-not-self": (lambda r: edit(r, "events", {"event_id": "E000001"}, {"parent_event_id": "E000001"}),
                        ("events", "E000001", "parent_event_id", "parent-not-self")),
    "place-missing": (lambda r: edit(r, "events", {"event_id": "E000001"},
                                     {"place_id": "", "city": "", "country_iso3": "", "latitude": "", "longitude": ""}),
                      ("events", "E000001", "place_id", "place-missing")),
    "null-venue-explained": (lambda r: edit(r, "events", {"event_id": "E000001"}, {"notes": ""}),
                             ("events", "E000001", "venue", "null-venue-explained")),
    "span-order": (lambda r: _empty_span(r), ("evidence", None, "char_end", "span-order")),
    "evidence-record-unknown": (lambda r: edit(r, "evidence", {"record_id": "C000002"}, {"record_id": "C000099"}),
                                ("evidence", None, "record_id", "evidence-record-unknown")),
    "span-past-end-of-source": (lambda r: edit(r, "evidence", {"record_id": "C000002"},
                                               {"char_start": "5000", "char_end": "5010"}),
                                ("evidence", None, "char_end", "span-past-end-of-source")),
    "visit-does-not-span-meeting": (lambda r: add_visit(r, "2024-02-01", "2024-02-03"),
                                    ("events", "E000001", "parent_event_id", "visit-does-not-span-meeting")),
    "event-without-source": (lambda r: drop(r, "event_sources", {"event_id": "E000001"}),
                             ("events", "E000001", "event_id", "event-without-source")),
    "place-fields-differ": (lambda r: edit(r, "events", {"event_id": "E000001"}, {"latitude": "31.5"}),
                            ("events", "E000001", "place_id", "place-fields-differ")),
    "title-differs-within-engagement": (
        lambda r: (add_visit(r), add(r, "participants", {"event_id": "E000009", "actor_id": "some-minister",
                                                         "title": "Another office", "side_iso3": "PAK", "role": "host"}),
                   add(r, "positions", {"actor_id": "some-minister", "office": "Another office", "country_iso3": "PAK",
                                        "start": "2020-01-01", "source": "https://example.org/x"}),
                   [add_evidence(r, "participants", "E000009/some-minister", f, "S. Minister")
                    for f in ("actor_id", "title", "side_iso3", "role")]),
        ("participants", "E000001/some-minister", "title", "title-differs-within-engagement")),
    "title-not-held": (lambda r: edit(r, "positions", {"actor_id": "other-minister"}, {"end": "2023-12-31"}),
                       ("participants", "E000001/other-minister", "title", "title-not-held")),
    "host-side-differs-from-place": (
        lambda r: edit(r, "participants", {"actor_id": "other-minister"}, {"role": "host"}),
        ("participants", "E000001/other-minister", "role", "host-side-differs-from-place")),
    "party-not-at-engagement": (lambda r: edit(r, "commitments", {"commitment_id": "C000001"}, {"parties": "AFG;PAK"}),
                                ("commitments", "C000001", "parties", "party-not-at-engagement")),
}

FOREIGN_KEY_VALUES = {"event_id": "E999999", "parent_event_id": "E999999", "actor_id": "nobody", "place_id": "nowhere",
                      "source_id": "no-such-source", "side_iso3": "XXX", "country_iso3": "XXX"}


def foreign_key_cases(schemas) -> dict:
    """One case per foreign key of the schemas: its column set to a value that exists nowhere."""
    cases = {}
    for name, schema in schemas.items():
        for fk in schema.foreign_keys:
            field = fk["fields"][0] if isinstance(fk["fields"], list) else fk["fields"]

            def brk(root, name=name, field=field):
                path = root / "dataset" / "data" / f"{name}.csv"
                header, data = rows(path)
                if not data:  # an empty table (candidate_links): add a row that is right but for the key
                    add(root, name, {"candidate_event_id": "E900001", "event_id": "E000001", "shared_sources": "1",
                                     "shared_participants": "1"})
                    header, data = rows(path)
                data[0][field] = FOREIGN_KEY_VALUES[field]
                write(path, header, data)

            cases[f"{name}.{field}"] = (brk, (name, None, field, "foreign-key"))
    return cases


def missing_evidence_cases(schemas) -> dict:
    """One case per evidenced field: a hand-checked value whose evidence rows are removed."""
    cases = {}
    for table in ("events", "participants", "commitments"):
        for field in schemas[table].fields_needing_evidence():
            record = {"events": "E000001", "participants": "E000001/some-minister", "commitments": "C000001"}[table]

            def brk(root, table=table, field=field, record=record):
                if field == "parent_event_id":
                    add_visit(root, with_parent_evidence=False)
                elif field == "venue":
                    edit(root, "events", {"event_id": "E000001"}, {"venue": "The hall"})
                else:
                    drop(root, "evidence", {"record_table": table, "record_id": record, "field": field})

            cases[f"{table}.{field}"] = (brk, (table, record, field, "missing-evidence"))
    return cases


def _swap_parquet(root: Path) -> None:
    import polars as pl

    path = root / "dataset" / "data" / "places.parquet"
    pl.read_parquet(path).with_columns(pl.lit(31.0).alias("latitude")).write_parquet(path)


INTEGRITY = {
    "byte-count-error": (lambda r: save_descriptor(r, _set(descriptor(r), "events", "bytes", 1)),
                         ("events", None, None, "byte-count-error")),
    "hash-mismatch": (lambda r: save_descriptor(r, _set(descriptor(r), "events", "hash", "sha256:" + "0" * 64)),
                      ("events", None, None, "hash-mismatch")),
    "parquet-differs-from-csv": (_swap_parquet, ("places", None, None, "parquet-differs-from-csv")),
    "missing-file": (lambda r: (r / "dataset" / "data" / "actors.parquet").unlink(), ("actors", None, None, "missing-file")),
    "unreadable-descriptor": (lambda r: (r / "datapackage.json").write_text("{not json", encoding="utf-8"),
                              (None, None, None, "unreadable-descriptor")),
    "bad-descriptor": (lambda r: save_descriptor(r, _set(descriptor(r), "events", "rows", "many")),
                       ("events", None, None, "bad-descriptor")),
    "remote-reference": (lambda r: save_descriptor(r, _set(descriptor(r), "events", "path", "https://example.org/e.csv")),
                         ("events", None, None, "remote-reference")),
    "path-outside-package": (lambda r: save_descriptor(r, _set(descriptor(r), "events", "path", "../../etc/passwd")),
                             ("events", None, None, "path-outside-package")),
    "unreadable-table": (lambda r: (r / "dataset" / "data" / "places.parquet").write_bytes(b"PAR1 not a parquet file"),
                         ("places", None, None, "unreadable-table")),
}


def _set(desc: dict, name: str, key: str, value) -> dict:
    resource(desc, name)[key] = value
    return desc


def _retarget(root: Path, record: str, field: str, phrase: str) -> None:
    """Point an evidence row at other words of its source, with a correct hash."""
    s = span(A, phrase)
    edit(root, "evidence", {"record_id": record, "field": field, "source_id": A},
         {"char_start": str(s["at"][0]), "char_end": str(s["at"][1]), "span_sha256": s["sha256"]})


EVIDENCE = {
    "source-not-in-corpus": (lambda r: edit(r, "evidence", {"record_id": "C000002"}, {"source_id": "no-such-doc"}),
                             ("sources", "no-such-doc", None, "source-not-in-corpus")),
    "source-hash-mismatch": (lambda r: (r / "corpus" / "docs" / f"{A}.txt").write_text(DOCS[A] + " More.", encoding="utf-8"),
                             ("sources", A, "sha256", "source-hash-mismatch")),
    "source-unreadable": (lambda r: (r / "corpus" / "docs" / f"{A}.txt").write_bytes(b"caf\xe9 " + DOCS[A].encode()),
                          ("sources", A, "file", "source-unreadable")),
    "span-out-of-range": (lambda r: edit(r, "evidence", {"record_id": "C000002"}, {"char_start": "5000", "char_end": "5010"}),
                          ("evidence", "commitments:C000002.commitment_type", "char_end", "span-out-of-range")),
    "span-hash-mismatch": (lambda r: edit(r, "evidence", {"record_id": "C000002"}, {"span_sha256": "0" * 64}),
                           ("evidence", "commitments:C000002.commitment_type", "span_sha256", "span-hash-mismatch")),
    "span-lacks-date-cue": (lambda r: _retarget(r, "E000001", "date_start", "met in Quetta"),
                            ("evidence", "events:E000001.date_start", "char_start", "span-lacks-date-cue")),
    "span-lacks-actor-name": (lambda r: _retarget(r, "E000001/some-minister", "actor_id", "met in Quetta"),
                              ("evidence", "participants:E000001/some-minister.actor_id", "char_start", "span-lacks-actor-name")),
}


def copy_package(built: Path, dst: Path) -> Path:
    shutil.copytree(built, dst)
    return dst
