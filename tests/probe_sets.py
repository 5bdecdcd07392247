"""Checks shared by the blind probe sets' fixture tests (tests/fixtures/probes2, probes3, probes4): the data
tests/probe_score.py trusts. Each returns the list of problems found (empty: the set is sound)."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import importlib.util
import json
import re
from pathlib import Path

import yaml

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def generator(folder: Path):
    """A set's generator module (`make_<folder name>.py`), loaded from its file: one list of records that
    writes the set's docs, manifest and expected events."""
    name = f"make_{folder.name}"
    spec = importlib.util.spec_from_file_location(name, folder / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def generator_problems(folder: Path, gen) -> list[str]:
    """The set's files that differ from what its generator writes (a hand edit after scoring)."""
    found = []
    if (folder / "expected.yaml").read_text(encoding="utf-8") != gen.SET.expected_text():
        found.append("expected.yaml")
    if manifest(folder) != [{k: str(v) for k, v in row.items()} for row in gen.SET.manifest_rows()]:
        found.append("manifest.csv")
    found += [f"docs/{r['doc_id']}.txt" for r in gen.SET.R
              if (folder / "docs" / f"{r['doc_id']}.txt").read_text(encoding="utf-8") != r["text"]]
    return found


def manifest(folder: Path) -> list[dict]:
    """The manifest's rows; utf-8-sig, because a manifest saved by a spreadsheet starts with a byte-order mark
    (probes4's does on purpose) and its first column must still be `doc_id`."""
    with (folder / "manifest.csv").open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def expected(folder: Path) -> dict:
    return yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))


def manifest_problems(folder: Path) -> list:
    """Doc ids whose bytes or sha256 differ from the manifest, and files on disk the manifest lacks (or
    the reverse)."""
    rows = manifest(folder)
    bad: list = [row["doc_id"] for row in rows if _differs(folder / row["file"], row)]
    on_disk = {p.relative_to(folder).as_posix() for p in (folder / "docs").iterdir()}
    if on_disk != {row["file"] for row in rows}:
        bad.append(("files", sorted(on_disk ^ {row["file"] for row in rows})))
    return bad


def _differs(path: Path, row: dict) -> bool:
    data = path.read_bytes()
    return int(row["bytes"]) != len(data) or row["sha256"] != hashlib.sha256(data).hexdigest()


def id_problems(folder: Path, repo: Path, *, after_publication: bool) -> list:
    """Every expected event: a codebook type, a place for every event but a call (known, or the slug of
    a word of its report), actors known or slugs of the report's words, start <= end, and (where
    `after_publication`) no event ending after its report's publication day."""
    from slugify import slugify

    places = {r["place_id"] for r in csv.DictReader((repo / "dataset/data/places.csv").open(encoding="utf-8"))}
    actors = {a["actor_id"] for a in yaml.safe_load((repo / "dataset/curated/actors.yaml").read_text(encoding="utf-8"))}
    types = next(f for f in json.loads((repo / "schemas/events.schema.json").read_text(encoding="utf-8"))["fields"]
                 if f["name"] == "event_type")["constraints"]["enum"]
    rows = {row["doc_id"]: row for row in manifest(folder)}
    bad: list = []
    for doc, spec in expected(folder).items():
        words = f"-{slugify((folder / rows[doc]['file']).read_text(encoding='utf-8'))}-"
        for e in spec["events"]:
            place = e["place_id"]
            bad += [(doc, "type", e["type"])] if e["type"] not in types else []
            if (place is None) != (e["type"] == "phone_call") or (place is not None and not _known(place, places, words)):
                bad.append((doc, "place", place))
            bad += [(doc, "actor", a) for a in e["actors"] if not _known(a, actors, words)]
            if not dt.date.fromisoformat(e["date_start"]) <= dt.date.fromisoformat(e["date_end"]):
                bad.append((doc, "dates", e["date_start"], e["date_end"]))
            if after_publication and rows[doc]["published"] and e["date_end"] > rows[doc]["published"]:
                bad.append((doc, "after publication", e["date_end"], rows[doc]["published"]))
    return bad


def _known(ident: str, table: set, words: str) -> bool:
    """A package id, or the slug of words its report writes (a person or city new to the gazetteer)."""
    return ident in table or bool(SLUG.match(ident) and f"-{ident}-" in words)


def out_of_office(folder: Path, repo: Path, doc: str) -> list:
    """(actor, day) for each known person of `doc`'s expected events who holds no curated office
    (dataset/curated/positions.yaml) on the event's first day."""
    terms: dict[str, list[tuple[dt.date, dt.date]]] = {}
    for p in yaml.safe_load((repo / "dataset/curated/positions.yaml").read_text(encoding="utf-8")):
        terms.setdefault(p["actor_id"], []).append((p["start"], p["end"] or dt.date.max))
    return [(actor, day) for e in expected(folder)[doc]["events"]
            for day in [dt.date.fromisoformat(e["date_start"])]
            for actor in e["actors"] if actor in terms and not any(a <= day <= b for a, b in terms[actor])]
