"""The blind probe set (tests/fixtures/probes2) is data other tests and tests/probe_score.py trust: its
manifest must describe its files exactly, and every id it expects must be one the package knows or a
well-formed slug of a name its report writes (a person new to the gazetteer, a city not in the places
table). A known person's event must fall inside one of their terms of office (dataset/curated/positions.yaml)."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import re
from pathlib import Path

import pytest
import yaml

PROBES2 = Path(__file__).parent / "fixtures" / "probes2"
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def _manifest() -> list[dict]:
    with (PROBES2 / "manifest.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _expected() -> dict:
    return yaml.safe_load((PROBES2 / "expected.yaml").read_text(encoding="utf-8"))


def test_manifest_bytes_and_sha256_match_the_files():
    rows = _manifest()
    assert len(rows) >= 40
    bad = []
    for row in rows:
        data = (PROBES2 / row["file"]).read_bytes()
        if int(row["bytes"]) != len(data) or row["sha256"] != hashlib.sha256(data).hexdigest():
            bad.append(row["doc_id"])
    assert bad == []
    on_disk = {p.relative_to(PROBES2).as_posix() for p in (PROBES2 / "docs").iterdir()}
    assert on_disk == {row["file"] for row in rows}


def test_every_report_has_its_expected_events_and_no_more():
    assert set(_expected()) == {row["doc_id"] for row in _manifest()}


def test_expected_ids_are_known_or_well_formed_slugs_of_the_text(repo):
    from slugify import slugify

    places = {r["place_id"] for r in csv.DictReader((repo / "dataset/data/places.csv").open(encoding="utf-8"))}
    actors = {a["actor_id"] for a in yaml.safe_load((repo / "dataset/curated/actors.yaml").read_text(encoding="utf-8"))}
    types = next(f for f in json.loads((repo / "schemas/events.schema.json").read_text(encoding="utf-8"))["fields"]
                 if f["name"] == "event_type")["constraints"]["enum"]
    files = {row["doc_id"]: row["file"] for row in _manifest()}
    bad = []
    for doc, spec in _expected().items():
        words = f"-{slugify((PROBES2 / files[doc]).read_text(encoding='utf-8'))}-"
        for e in spec["events"]:
            if e["type"] not in types:
                bad.append((doc, "type", e["type"]))
            place = e["place_id"]
            if place is None:
                if e["type"] != "phone_call":
                    bad.append((doc, "place", None))
            elif place not in places and not (SLUG.match(place) and f"-{place}-" in words):
                bad.append((doc, "place", place))
            for actor in e["actors"]:
                if actor not in actors and not (SLUG.match(actor) and f"-{actor}-" in words):
                    bad.append((doc, "actor", actor))
            if not (dt.date.fromisoformat(e["date_start"]) <= dt.date.fromisoformat(e["date_end"])):
                bad.append((doc, "dates", e["date_start"], e["date_end"]))
    assert bad == []


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
