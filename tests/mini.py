"""A tiny repo with a made-up two-document corpus, written by the tests themselves."""

from __future__ import annotations

import copy
import csv
import hashlib
import shutil
from pathlib import Path

import yaml

from pakiran_events.core.corpus import span_sha256

DOCS = {
    "alpha-20240101-talks": " date 2024-01-01 The ministers, S. Minister and Other Minister, met in Quetta on Monday and agreed to share intelligence.",
    "beta-undated-talks": "Officials said the ministers agreed to open border markets soon.",
    # cited by no curated record: what extraction finds here is published as script-extracted
    "gamma-20240304-talks": " date 2024-03-04 Other Minister met S. Minister in Quetta on Sunday for talks on trade.",
}


def span(doc: str, phrase: str, nth: int = 0) -> dict:
    text = DOCS[doc]
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return {"src": doc, "at": [start, start + len(phrase)], "sha256": span_sha256(text, start, start + len(phrase))}


def write_corpus(root: Path) -> Path:
    docs = root / "docs"
    docs.mkdir(parents=True)
    with (root / "manifest.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["doc_id", "file", "url", "outlet", "title", "author", "published", "published_basis",
                    "language", "bytes", "sha256", "seed_file"])
        for doc, text in DOCS.items():
            path = docs / f"{doc}.txt"
            path.write_text(text, encoding="utf-8")
            data = path.read_bytes()
            w.writerow([doc, f"docs/{doc}.txt", f"https://example.org/{doc}", doc.split("-")[0].title(),
                        "A made-up report", "", doc.split("-")[1][:4] + "-" + doc.split("-")[1][4:6] + "-" + doc.split("-")[1][6:]
                        if "2024" in doc else "", "date-line" if "2024" in doc else "",
                        "en", len(data), hashlib.sha256(data).hexdigest(), ""])
    return root


def mini_event() -> dict:
    a, b = "alpha-20240101-talks", "beta-undated-talks"
    return {
        "event_id": "E000001", "review_status": "hand-checked", "event_type": "meeting",
        "parent_event_id": None, "date": {"start": "2024-01-01", "end": "2024-01-01", "precision": "day"},
        "place_id": "quetta", "venue": None, "summary": "Two ministers met in Quetta and agreed to cooperate.",
        "notes": "Venue not named.",
        "evidence": {"event_type": [span(a, "met in Quetta")], "date": [span(a, "2024-01-01"), span(a, "on Monday")],
                     "place_id": [span(a, "Quetta")]},
        "participants": [{"actor_id": "some-minister", "title": "Minister", "country_iso3": "PAK", "role": "host",
                          "evidence": [span(a, "S. Minister")]},
                         {"actor_id": "other-minister", "title": "Minister", "country_iso3": "IRN", "role": "guest",
                          "evidence": [span(a, "Other Minister")]}],
        "commitments": [
            {"commitment_id": "C000001", "commitment_type": "intelligence_sharing", "modality": "agreed",
             "parties": ["IRN", "PAK"], "description": "They agreed to share intelligence.",
             "evidence": [span(a, "agreed to share intelligence")]},
            {"commitment_id": "C000002", "commitment_type": "border_markets", "modality": "agreed",
             "parties": ["IRN", "PAK"], "description": "They agreed to open border markets.",
             "evidence": [span(b, "agreed to open border markets")]},
        ],
    }


def write_repo(root: Path, repo: Path, event: dict | None = None) -> Path:
    """schemas/ and package.yaml from the real repo; everything curated is made up here."""
    corpus = write_corpus(root / "corpus")
    shutil.copytree(repo / "schemas", root / "schemas")
    curated = root / "dataset" / "curated"
    (curated / "events").mkdir(parents=True)
    shutil.copy(repo / "dataset" / "package.yaml", root / "dataset" / "package.yaml")
    from pakiran_events.core.corpus import Corpus
    from pakiran_events.curate.registry import write_registry

    write_registry(Corpus(corpus), curated / "sources.csv")
    (curated / "places.yaml").write_text(yaml.safe_dump([{
        "place_id": "quetta", "name": "Quetta", "country_iso3": "PAK", "latitude": 30.18, "longitude": 67.0,
        "coordinate_precision": "city", "geonames_id": 1167528}]))
    (curated / "actors.yaml").write_text(yaml.safe_dump([
        {"actor_id": "some-minister", "name": "Some Minister", "actor_type": "person", "country_iso3": "PAK",
         "aliases": ["S. Minister"]},
        {"actor_id": "other-minister", "name": "Other Minister", "actor_type": "person", "country_iso3": "IRN",
         "aliases": []}]))
    (curated / "positions.yaml").write_text(yaml.safe_dump([
        {"actor_id": "some-minister", "office": "Minister", "country_iso3": "PAK", "start": "2023-06-01", "end": None,
         "source": "https://example.org/some-minister"},
        {"actor_id": "other-minister", "office": "Minister", "country_iso3": "IRN", "start": "2022-01-01",
         "end": "2025-12-31", "source": "alpha-20240101-talks"}]))
    (curated / "events" / "one.yaml").write_text(yaml.safe_dump({"events": [event or mini_event()]}, sort_keys=False))
    return root


def build_problems(root: Path) -> list:
    """The problems a failing `build` of `root` reports, each checked to be a catalogued code (or
    one of frictionless-py's own); fails the test if the build succeeds."""
    import pytest

    from pakiran_events.build.build import build
    from pakiran_events.core.errors import CATALOGUE
    from pakiran_events.core.problems import ProblemsFound

    with pytest.raises(ProblemsFound) as exc:
        build(root)
    for p in exc.value.problems:
        assert p.code in CATALOGUE or p.layer == "frictionless", p
    return exc.value.problems


def second_event() -> dict:
    """`mini_event` as a second engagement (E000002, its commitments C000003 and C000004): what
    the build tests add beside the first to edit one file of several."""
    event = copy.deepcopy(mini_event())
    event["event_id"] = "E000002"
    event["commitments"][0]["commitment_id"] = "C000003"
    event["commitments"][1]["commitment_id"] = "C000004"
    return event


def numbered_event(n: int) -> dict:
    """`mini_event` as engagement E{n:06d}, its commitments C{n:04d}00, C{n:04d}01, ...: one of
    many engagement files for the build's parallel-parse tests."""
    event = copy.deepcopy(mini_event())
    event["event_id"] = f"E{n:06d}"
    for k, commitment in enumerate(event["commitments"]):
        commitment["commitment_id"] = f"C{n:04d}{k:02d}"
    return event


def write_many_files_repo(root: Path, repo: Path, last: int) -> Path:
    """`write_repo` plus engagement files e2.yaml ... e{last}.yaml, one `numbered_event` each, and
    no id ledger: a curated folder with enough files for the build's parse workers."""
    root = write_repo(root, repo)
    events = root / "dataset" / "curated" / "events"
    for n in range(2, last + 1):
        (events / f"e{n}.yaml").write_text(yaml.safe_dump({"events": [numbered_event(n)]}, sort_keys=False),
                                           encoding="utf-8")
    (root / "dataset" / "curated" / "ids.csv").unlink(missing_ok=True)
    return root


def package_bytes(root: Path) -> dict[str, bytes]:
    """Every published file under `root` (datapackage.json and dataset/data/, views included) as
    {relative path: bytes}: what two builds are compared by."""
    files = [root / "datapackage.json", *sorted((root / "dataset" / "data").rglob("*"))]
    return {str(p.relative_to(root)): p.read_bytes() for p in files if p.is_file()}
