"""The build's assembly snapshot (build/snapshot.py): a rebuild reads only the engagement files
whose bytes changed, publishes the same bytes as a clean build, reports the same problems, and
ignores a snapshot that is corrupt, forged or from another version (behaviour, never time)."""

from __future__ import annotations

import copy
import hashlib
from pathlib import Path

import pytest
import yaml

from mini import package_bytes, second_event, write_repo
from pakiran_events.build import snapshot
from pakiran_events.build.build import build
from pakiran_events.build.cache import ParseCache
from pakiran_events.core.problems import ProblemsFound
from pakiran_events.core.schema import load_schemas

REGISTRIES = {"places.yaml", "actors.yaml", "positions.yaml"}



@pytest.fixture
def root(tmp_path, repo):
    root = write_repo(tmp_path / "r", repo)
    (root / "dataset" / "curated" / "events" / "two.yaml").write_text(
        yaml.safe_dump({"events": [second_event()]}, sort_keys=False), encoding="utf-8")
    ids = root / "dataset" / "curated" / "ids.csv"
    if ids.exists():
        ids.unlink()
    return root


def _read_files(root: Path) -> list[str]:
    """The curated YAML files one cached assembly reads (parses or takes from the parse cache)."""
    seen: list[str] = []

    class Counting(ParseCache):
        def load(self, path, parse):
            seen.append(Path(path).name)
            return super().load(path, parse)

    snapshot.assemble_cached(root, load_schemas(root / "schemas"), Counting(root))
    return sorted(set(seen) - REGISTRIES)


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _cleanpackage_bytes(root: Path) -> dict[str, bytes]:
    build(root, cache=False)
    return package_bytes(root)


def test_a_rebuild_reads_only_the_changed_file_and_publishes_a_clean_builds_bytes(root):
    events = root / "dataset" / "curated" / "events"
    build(root)  # no snapshot yet: every file read, the snapshot written
    assert _read_files(root) == []  # nothing changed: no engagement file is read
    _edit(events / "two.yaml", "Two ministers met", "Two ministers sat down")
    assert _read_files(root) == ["two.yaml"]
    build(root)
    cached = package_bytes(root)
    assert b"Two ministers sat down" in cached["dataset/data/events.csv"]
    assert cached == _cleanpackage_bytes(root)


def test_added_removed_and_registry_changes_match_a_clean_build(root):
    events = root / "dataset" / "curated" / "events"
    build(root)
    third = copy.deepcopy(second_event())
    third["event_id"], third["commitments"] = "E000003", []
    (events / "three.yaml").write_text(yaml.safe_dump({"events": [third]}, sort_keys=False), encoding="utf-8")
    assert _read_files(root) == ["three.yaml"]
    build(root)
    assert package_bytes(root) == _cleanpackage_bytes(root)
    # a published event's file removed: the ID ledger refuses it, with or without the snapshot
    (events / "three.yaml").rename(events / "three.yaml.off")
    with pytest.raises(ProblemsFound) as cached:
        build(root)
    with pytest.raises(ProblemsFound) as clean:
        build(root, cache=False)
    assert [p.code for p in cached.value.problems] == ["id-dropped"]
    assert cached.value.problems == clean.value.problems
    (events / "three.yaml.off").rename(events / "three.yaml")
    # a place's coordinates are copied into every event, cached or not
    _edit(root / "dataset" / "curated" / "places.yaml", "30.18", "30.25")
    build(root)
    published = package_bytes(root)
    assert published["dataset/data/events.csv"].count(b"30.25") == 3
    assert published == _cleanpackage_bytes(root)


def test_a_changed_file_is_checked_again_and_reports_what_a_clean_build_does(root):
    build(root)
    _edit(root / "dataset" / "curated" / "events" / "two.yaml", "venue: null", "venue: null\n  venu: typo")
    with pytest.raises(ProblemsFound) as cached:
        build(root)
    with pytest.raises(ProblemsFound) as clean:
        build(root, cache=False)
    assert any(p.code == "unknown-key" and p.field == "venu" for p in cached.value.problems)
    assert cached.value.problems == clean.value.problems


def test_a_record_given_in_two_files_fails_as_a_clean_build_does(root):
    build(root)
    _edit(root / "dataset" / "curated" / "events" / "two.yaml", "E000002", "E000001")
    with pytest.raises(ProblemsFound) as cached:
        build(root)
    with pytest.raises(ProblemsFound) as clean:
        build(root, cache=False)
    assert cached.value.problems == clean.value.problems


def _snapshots(root: Path) -> list[Path]:
    return sorted((root / snapshot.FOLDER).glob("*.snapshot"))


def _all_read(root: Path) -> bool:
    return _read_files(root) == ["one.yaml", "two.yaml"]


def test_a_corrupt_or_forged_snapshot_is_ignored(root):
    build(root)
    clean = package_bytes(root)
    [path] = _snapshots(root)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # truncated
    assert _all_read(root)  # ...and written again, whole
    data = path.read_bytes()
    head = len(snapshot.FORMAT) + 64
    payload = data[head:].replace(b"Two ministers met", b"Two ministers hid")
    assert payload != data[head:]
    path.write_bytes(data[:head] + payload)  # payload changed, seal kept: refused
    assert _all_read(root)
    payload = path.read_bytes()[head:].replace(b"Two ministers met", b"Two ministers hid")
    path.write_bytes(snapshot.FORMAT + hashlib.sha256(payload).hexdigest().encode() + payload)  # a plain hash
    assert _all_read(root)
    build(root)
    assert package_bytes(root) == clean


def test_a_snapshot_of_another_version_is_not_used(root, monkeypatch):
    build(root)
    assert _read_files(root) == []
    monkeypatch.setattr(snapshot, "_version", lambda schemas: "another-parser")
    assert _all_read(root)
    # a change to the schemas is another version too
    monkeypatch.undo()
    assert _read_files(root) == []
    _edit(root / "schemas" / "events.schema.json", '"description": "', '"description": "Edited. ')
    assert _all_read(root)


def test_no_cache_neither_reads_nor_writes_the_snapshot(root):
    build(root, cache=False)
    assert _snapshots(root) == []


def test_a_file_is_hashed_again_only_when_its_stat_signature_moved_or_is_racy(tmp_path, monkeypatch):
    """git's rule: an unchanged signature older than the snapshot keeps its digest unread; any
    write (even one that keeps the size and sets the mtime back) moves the ctime, so it is hashed."""
    import os
    import time

    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    a.write_text("events: []\n", encoding="utf-8")
    b.write_text("events: [1]\n", encoding="utf-8")
    names = {a: "a.yaml", b: "b.yaml"}
    digests, stats, hashed = snapshot.file_digests(names)
    assert hashed == 2 and digests["a.yaml"] == hashlib.sha256(a.read_bytes()).hexdigest()
    # written just now: every file is racily clean, so each is hashed again
    assert snapshot.file_digests(names, digests, stats, time.time_ns())[2] == 2
    later = time.time_ns() + 2 * snapshot.RACY_NS
    assert snapshot.file_digests(names, digests, stats, later) == (digests, stats, 0)
    # same size, mtime set back: the ctime moved, so the file is read and its new digest given
    mtime = b.stat().st_mtime_ns
    time.sleep(0.01)
    b.write_text("events: [2]\n", encoding="utf-8")
    os.utime(b, ns=(mtime, mtime))
    new, _, hashed = snapshot.file_digests(names, digests, stats, later)
    assert hashed == 1 and new["a.yaml"] == digests["a.yaml"]
    assert new["b.yaml"] == hashlib.sha256(b"events: [2]\n").hexdigest() != digests["b.yaml"]
    # a recorded digest is never taken for a file the snapshot did not record a signature of
    assert snapshot.file_digests(names, digests, {}, later)[2] == 2


def test_a_rebuild_with_trusted_signatures_still_sees_an_edit(root, monkeypatch):
    """With the racy window closed (every signature trusted), an edit is still read and published
    as a clean build publishes it."""
    monkeypatch.setattr(snapshot, "RACY_NS", -10**18)
    build(root)
    assert _read_files(root) == []
    _edit(root / "dataset" / "curated" / "events" / "two.yaml", "Two ministers met", "Two ministers sat down")
    assert _read_files(root) == ["two.yaml"]
    build(root)
    cached = package_bytes(root)
    assert b"Two ministers sat down" in cached["dataset/data/events.csv"]
    assert cached == _cleanpackage_bytes(root)


def test_an_edit_during_a_build_on_a_coarse_clock_is_seen_by_the_next_build(root, monkeypatch):
    """A filesystem with 2-second timestamps (FAT, some network mounts) and a long build: a file
    edited while the build runs, in the same tick as its previous write and keeping its size, has
    the signature the build recorded. The racy window must be measured from when the signatures
    were taken, not from when the snapshot was written (the build's length later), or the next
    build keeps the rows of the bytes the edit replaced."""
    tick = 2_000_000_000
    clock = {"now": 1_000 * tick}
    stamps: dict[str, int] = {}

    class Clock:
        @staticmethod
        def time_ns() -> int:
            return clock["now"]

    def coarse_stat(path):
        st = Path(path).stat()
        ctime = stamps.setdefault(str(path), clock["now"] // tick * tick)
        return st.st_size, ctime, ctime, st.st_ino

    monkeypatch.setattr(snapshot, "time", Clock)
    monkeypatch.setattr(snapshot, "_stat", coarse_stat)
    two = root / "dataset" / "curated" / "events" / "two.yaml"
    build(root)
    clock["now"] += 500 * tick
    _edit(two, "Two ministers met", "Two ministers sat")  # A -> B, stamped now
    stamps[str(two)] = clock["now"]
    original = snapshot.read_curated
    edited = []

    def read_then_edit(*args, **kwargs):
        curated = original(*args, **kwargs)
        if not edited:  # the curator saves again while the build runs: same tick, same size
            _edit(two, "Two ministers sat", "Two ministers ran")
            edited.append(True)
            clock["now"] += 5 * tick  # the build goes on for ten seconds
        return curated

    monkeypatch.setattr(snapshot, "read_curated", read_then_edit)
    build(root)
    assert edited
    monkeypatch.setattr(snapshot, "read_curated", original)
    clock["now"] += 50 * tick
    build(root)
    cached = package_bytes(root)
    assert b"Two ministers ran" in cached["dataset/data/events.csv"]
    assert cached == _cleanpackage_bytes(root)


def _problem_lines(root: Path, *flags: str, seed: str = "0") -> tuple[int, str]:
    import os
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "pakiran_events", "build", "--root", str(root), "--format", "json",
                           *flags], capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": seed})
    return done.returncode, done.stdout


def test_problems_after_assembly_are_the_same_lines_with_and_without_the_snapshot(root):
    """Problems found after assembly (validation) point at the curated file and line the value
    came from; a rebuild that takes rows from the snapshot must print the very same lines, in the
    same order, in any hash seed, as a clean build does."""
    one = root / "dataset" / "curated" / "events" / "one.yaml"
    text = one.read_text(encoding="utf-8")
    for old, new in (("event_type: meeting", "event_type: meetng"), ("actor_id: some-minister", "actor_id: nobody")):
        assert old in text
        text = text.replace(old, new, 1)
    one.write_text(text, encoding="utf-8")
    clean = _problem_lines(root, "--no-cache", seed="1")
    assert clean[0] == 1 and len(__import__("json").loads(clean[1])) >= 2
    assert _problem_lines(root, seed="2") == clean  # the snapshot is written (curated stage clean)
    assert list((root / snapshot.FOLDER).glob("*.snapshot"))
    _edit(root / "dataset" / "curated" / "events" / "two.yaml", "Two ministers met", "Two ministers sat")
    cached = _problem_lines(root, seed="3")  # one.yaml's rows from the snapshot
    assert cached == _problem_lines(root, "--no-cache", seed="4")
    assert _problem_lines(root, seed="5") == cached


@pytest.mark.parametrize("how", ["rename", "copy-preserving-times"])
def test_a_checkout_moved_or_copied_then_edited_in_place_publishes_a_clean_builds_bytes(root, tmp_path, how):
    """The snapshot travels with the checkout (.cache/ inside it): moved (same inodes, same
    ctimes) or copied with its times kept (new inodes), then a file edited keeping its size and
    its mtime: the rebuild publishes what a clean build publishes."""
    import os
    import shutil

    build(root)
    moved = tmp_path / "elsewhere"
    if how == "rename":
        root.rename(moved)
    else:
        shutil.copytree(root, moved, copy_function=shutil.copy2)
    two = moved / "dataset" / "curated" / "events" / "two.yaml"
    mtime = two.stat().st_mtime_ns
    size = two.stat().st_size
    _edit(two, "Two ministers met", "Two ministers ran")
    os.utime(two, ns=(mtime, mtime))
    assert two.stat().st_size == size and two.stat().st_mtime_ns == mtime
    build(moved)
    cached = package_bytes(moved)
    assert b"Two ministers ran" in cached["dataset/data/events.csv"]
    assert cached == _cleanpackage_bytes(moved)


def test_a_small_edit_leaves_the_snapshot_as_it_was_and_later_builds_still_publish_clean_bytes(root, monkeypatch):
    """A rebuild after a few files changed does not write the snapshot again (the next build reads
    those files again); every such build, and one after an edit back, publishes a clean build's
    bytes; past STALE_FILES files the snapshot is written again and nothing is read."""
    two = root / "dataset" / "curated" / "events" / "two.yaml"
    build(root)
    [path] = _snapshots(root)
    sealed = path.read_bytes()
    original = two.read_text(encoding="utf-8")
    _edit(two, "Two ministers met", "Two ministers sat down")
    build(root)
    assert path.read_bytes() == sealed
    assert _read_files(root) == ["two.yaml"]  # read again, every time, until the snapshot is written
    assert package_bytes(root) == _cleanpackage_bytes(root)
    _edit(two, "Two ministers sat down", "Two ministers walked")
    build(root)
    assert b"Two ministers walked" in package_bytes(root)["dataset/data/events.csv"]
    assert package_bytes(root) == _cleanpackage_bytes(root)
    two.write_text(original, encoding="utf-8")  # back to the snapshot's bytes: its rows are right again
    build(root)
    assert package_bytes(root) == _cleanpackage_bytes(root)
    monkeypatch.setattr(snapshot, "STALE_FILES", 0)
    _edit(two, "Two ministers met", "Two ministers sat down")
    build(root)
    assert path.read_bytes() != sealed
    monkeypatch.setattr(snapshot, "RACY_NS", -10**18)  # (signatures trusted at once)
    assert _read_files(root) == []
    assert package_bytes(root) == _cleanpackage_bytes(root)


def test_a_problem_in_an_unchanged_file_is_reported_when_another_file_changed(root):
    """Validation is never incremental: a reference problem in a file the rebuild takes from the
    snapshot is reported, with the same lines as a clean build, after another file changed."""
    one = root / "dataset" / "curated" / "events" / "one.yaml"
    _edit(one, "actor_id: some-minister", "actor_id: nobody")
    with pytest.raises(ProblemsFound):
        build(root)  # the curated stage is clean: the snapshot is written, one.yaml's rows in it
    assert _snapshots(root)
    _edit(root / "dataset" / "curated" / "events" / "two.yaml", "Two ministers met", "Two ministers sat")
    assert _read_files(root) == ["two.yaml"]
    with pytest.raises(ProblemsFound) as cached:
        build(root)
    with pytest.raises(ProblemsFound) as clean:
        build(root, cache=False)
    assert any(p.resource.endswith("one.yaml") and p.code == "foreign-key" for p in cached.value.problems)
    assert cached.value.problems == clean.value.problems
