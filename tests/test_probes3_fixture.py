"""The third blind probe set (tests/fixtures/probes3) is data tests/probe_score.py trusts: its files must be
exactly what its generator writes (no hand edits after scoring), its manifest must describe its files, every id it
expects must be one the package knows or a well-formed slug of a name its report writes, every weekday a report
names must be the weekday of the date it stands for, and a known person must hold an office on the event's day."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import importlib.util
import json
import re
from pathlib import Path

import pytest
import yaml
from slugify import slugify

PROBES3 = Path(__file__).parent / "fixtures" / "probes3"
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _generator():
    spec = importlib.util.spec_from_file_location("make_probes3", PROBES3 / "make_probes3.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GEN = _generator()


def _manifest() -> list[dict]:
    with (PROBES3 / "manifest.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _expected() -> dict:
    return yaml.safe_load((PROBES3 / "expected.yaml").read_text(encoding="utf-8"))


def test_files_are_what_the_generator_writes():
    assert (PROBES3 / "expected.yaml").read_text(encoding="utf-8") == GEN.expected_text()
    assert _manifest() == [{k: str(v) for k, v in row.items()} for row in GEN.manifest_rows()]
    for record in GEN.R:
        assert (PROBES3 / "docs" / f"{record['doc_id']}.txt").read_text(encoding="utf-8") == record["text"]


def test_manifest_bytes_and_sha256_match_the_files():
    rows = _manifest()
    assert len(rows) >= 40
    bad = []
    for row in rows:
        data = (PROBES3 / row["file"]).read_bytes()
        if int(row["bytes"]) != len(data) or row["sha256"] != hashlib.sha256(data).hexdigest():
            bad.append(row["doc_id"])
    assert bad == []
    on_disk = {p.relative_to(PROBES3).as_posix() for p in (PROBES3 / "docs").iterdir()}
    assert on_disk == {row["file"] for row in rows}


def test_every_report_has_its_expected_events_a_kind_line_and_a_fair_length():
    expected = _expected()
    assert set(expected) == {row["doc_id"] for row in _manifest()}
    kinds = re.findall(r"^# kind: \S", (PROBES3 / "expected.yaml").read_text(encoding="utf-8"), re.M)
    assert len(kinds) == len(expected)
    lengths = {row["doc_id"]: len((PROBES3 / row["file"]).read_text(encoding="utf-8").split()) for row in _manifest()}
    assert {doc: n for doc, n in lengths.items() if not 80 <= n <= 300} == {}
    assert sum(1 for spec in expected.values() if not spec["events"]) >= 8


def test_expected_ids_are_known_or_well_formed_slugs_of_the_text(repo):
    places = {r["place_id"] for r in csv.DictReader((repo / "dataset/data/places.csv").open(encoding="utf-8"))}
    actors = {a["actor_id"] for a in yaml.safe_load((repo / "dataset/curated/actors.yaml").read_text(encoding="utf-8"))}
    types = next(f for f in json.loads((repo / "schemas/events.schema.json").read_text(encoding="utf-8"))["fields"]
                 if f["name"] == "event_type")["constraints"]["enum"]
    rows = {row["doc_id"]: row for row in _manifest()}
    bad = []
    for doc, spec in _expected().items():
        words = f"-{slugify((PROBES3 / rows[doc]['file']).read_text(encoding='utf-8'))}-"
        published = rows[doc]["published"]
        for e in spec["events"]:
            if e["type"] not in types:
                bad.append((doc, "type", e["type"]))
            place = e["place_id"]
            if (place is None) != (e["type"] == "phone_call"):
                bad.append((doc, "place", place))
            elif place is not None and place not in places and not (SLUG.match(place) and f"-{place}-" in words):
                bad.append((doc, "place", place))
            for actor in e["actors"]:
                if actor not in actors and not (SLUG.match(actor) and f"-{actor}-" in words):
                    bad.append((doc, "actor", actor))
            if not dt.date.fromisoformat(e["date_start"]) <= dt.date.fromisoformat(e["date_end"]):
                bad.append((doc, "dates", e["date_start"], e["date_end"]))
            if published and e["date_end"] > published:
                bad.append((doc, "after publication", e["date_end"], published))
    assert bad == []


@pytest.mark.parametrize("record", GEN.R, ids=lambda r: r["doc_id"])
def test_every_weekday_named_is_checked_against_its_date(record):
    named = set(re.findall(r"\b(" + "|".join(WEEKDAYS) + r")\b", record["text"]))
    checked = {name for _, name in record["checks"]}
    assert named <= checked
    for day, name in record["checks"]:
        assert WEEKDAYS[dt.date.fromisoformat(day).weekday()] == name


@pytest.mark.parametrize("doc", sorted(_expected()))
def test_known_people_are_in_office_on_the_day(repo, doc):
    terms: dict[str, list[tuple[dt.date, dt.date]]] = {}
    for p in yaml.safe_load((repo / "dataset/curated/positions.yaml").read_text(encoding="utf-8")):
        terms.setdefault(p["actor_id"], []).append((p["start"], p["end"] or dt.date.max))
    for e in _expected()[doc]["events"]:
        day = dt.date.fromisoformat(e["date_start"])
        for actor in e["actors"]:
            if actor in terms:
                assert any(a <= day <= b for a, b in terms[actor]), (actor, day)
