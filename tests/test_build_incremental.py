"""A rebuild after one curated file changes: the typed snapshot updated in place
(build/snapshot.py) and only the tables whose rows changed written (build/published.py).
Behaviour only, never time: a cached build publishes a clean build's bytes and reports a clean
build's problems, takes the published files of unchanged tables as they are, and writes again
any table whose published files were touched or whose record is missing, forged or foreign."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import yaml

from mini import package_bytes, second_event, span, write_repo
from pakiran_events.build import published
from pakiran_events.build.build import build
from pakiran_events.build.cache import seal, secret_key
from pakiran_events.core.problems import ProblemsFound

DATA = Path("dataset") / "data"


def _write_second(root: Path, event: dict) -> None:
    (root / "dataset" / "curated" / "events" / "two.yaml").write_text(
        yaml.safe_dump({"events": [event]}, sort_keys=False), encoding="utf-8")


@pytest.fixture
def root(tmp_path, repo):
    root = write_repo(tmp_path / "r", repo)
    _write_second(root, second_event())
    ids = root / "dataset" / "curated" / "ids.csv"
    if ids.exists():
        ids.unlink()
    return root



def _inodes(root: Path) -> dict[str, int]:
    return {p.name: p.stat().st_ino for p in (root / DATA).glob("*.*")}


def _clean(root: Path) -> dict[str, bytes]:
    build(root, cache=False)
    return package_bytes(root)


def _failures(root: Path, **kw) -> list:
    with pytest.raises(ProblemsFound) as exc:
        build(root, **kw)
    return exc.value.problems


def test_an_edit_of_one_table_writes_that_table_and_links_the_others(root):
    build(root)  # the first cached build writes every table and records them
    before = _inodes(root)
    event = second_event()
    event["summary"] = "Two ministers sat down in Quetta and agreed to cooperate."
    _write_second(root, event)
    build(root)
    after = _inodes(root)
    assert after["events.csv"] != before["events.csv"]  # its rows changed: written again
    for name in ("evidence", "participants", "commitments", "event_sources", "actors"):
        assert after[f"{name}.csv"] == before[f"{name}.csv"], name  # same rows: the published file, linked
        assert after[f"{name}.parquet"] == before[f"{name}.parquet"], name
    event["summary"] = "Two ministers sat down in Quetta again."  # a second edit in a row: linked again
    _write_second(root, event)
    build(root)
    again = _inodes(root)
    assert again["events.csv"] != after["events.csv"] and again["evidence.csv"] == before["evidence.csv"]
    cached = package_bytes(root)
    assert b"sat down in Quetta again" in cached["dataset/data/events.csv"]
    assert cached == _clean(root)


@pytest.mark.parametrize("change", ["commitment", "evidence", "participant"])
def test_edits_of_the_typed_tables_publish_a_clean_builds_bytes(root, change):
    build(root)
    event = second_event()
    if change == "commitment":
        event["commitments"][1]["description"] = "They agreed to open two border markets."
    elif change == "evidence":  # the second document no longer cited: event_sources changes too
        event["commitments"][1]["evidence"] = [span("alpha-20240101-talks", "agreed to share intelligence")]
    else:  # the guest gone, and so is their country from the commitments' parties
        event["participants"] = event["participants"][:1]
        for commitment in event["commitments"]:
            commitment["parties"] = ["PAK"]
    _write_second(root, event)
    build(root)
    cached = package_bytes(root)
    assert cached == _clean(root)
    if change == "evidence":
        assert cached["dataset/data/event_sources.csv"].count(b"E000002") == 1


def test_a_published_file_touched_since_is_written_again(root):
    build(root)
    evidence = root / DATA / "evidence.csv"
    header, *rows = evidence.read_bytes().splitlines(keepends=True)
    evidence.write_bytes(header + b"".join(reversed(rows)))  # still a valid table, in the wrong order
    event = second_event()
    event["summary"] = "Two ministers sat down in Quetta and agreed to cooperate."
    _write_second(root, event)
    build(root)
    cached = package_bytes(root)
    assert cached["dataset/data/evidence.csv"] == header + b"".join(rows)
    assert cached == _clean(root)


@pytest.mark.parametrize("how", ["forged", "truncated", "other-data-folder"])
def test_a_bad_record_means_every_table_is_written(root, how):
    build(root)
    record = next((root / published.FOLDER).glob("*.json"))
    data = record.read_bytes()
    if how == "forged":
        record.write_bytes(data.replace(b'"data": "dataset/data"', b'"data": "dataset/data" '))
    elif how == "truncated":
        record.write_bytes(data[: len(data) // 2])
    else:  # sealed with the right key (build.cache.seal), but naming another data folder
        body = json.loads(data[len(published.FORMAT) + 64:])
        body["data"] = "elsewhere"
        payload = json.dumps(body, sort_keys=True).encode()
        key = secret_key()
        assert key is not None
        record.write_bytes(published.FORMAT + seal(key, payload) + payload)
    before = _inodes(root)
    build(root)
    after = _inodes(root)
    assert all(after[name] != before[name] for name in before if name.endswith((".csv", ".parquet")))
    assert package_bytes(root) == _clean(root)


def test_no_cache_neither_reads_nor_writes_the_record(root):
    build(root, cache=False)
    assert not (root / published.FOLDER).exists()
    build(root)
    assert list((root / published.FOLDER).glob("*.json"))
    before = _inodes(root)
    build(root, cache=False)  # every table written, whatever the record says
    after = _inodes(root)
    assert all(after[name] != before[name] for name in before)


def test_a_failing_rebuild_leaves_the_published_files_as_they_were(root):
    build(root)
    before, package = _inodes(root), package_bytes(root)
    event = second_event()
    event["participants"][0]["actor_id"] = "nobody-known"  # a foreign key to no actor
    _write_second(root, event)
    cached = _failures(root)
    assert package_bytes(root) == package and _inodes(root) == before
    assert all(os.stat(root / DATA / name).st_nlink == 1 for name in before)  # no staging link left
    assert cached == _failures(root, cache=False)


@pytest.mark.parametrize("break_", ["foreign-key", "duplicate-id", "evidence-of-edited-record"])
def test_problems_after_an_edit_are_a_clean_builds(root, break_):
    build(root)
    event = second_event()
    if break_ == "foreign-key":
        event["place_id"] = "nowhere"
    elif break_ == "duplicate-id":
        event["commitments"][1]["commitment_id"] = "C000001"  # also in one.yaml
    else:
        event["summary"] = "Two ministers sat down in Quetta and agreed to cooperate."
        event["commitments"][0]["evidence"] = [{**span("alpha-20240101-talks", "met in Quetta"),
                                                "src": "no-such-report"}]
    _write_second(root, event)
    cached = _failures(root)
    assert cached
    assert cached == _failures(root, cache=False)
