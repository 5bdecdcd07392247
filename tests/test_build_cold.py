"""A clean build reads its engagement files in parts, in worker processes (build/cold.py): the
same package bytes and the same problem lines as reading them one by one in the build's own
process, whether the parts are used (every part clean) or the whole folder is read again (a
problem in a part, a record id given in two parts, a cell that does not type, a broken pool).
Behaviour only, never time."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest
import yaml

from mini import numbered_event, package_bytes, write_many_files_repo
from pakiran_events.build import assemble as assemble_module
from pakiran_events.build import cold, parallel
from pakiran_events.build.build import build
from pakiran_events.core.problems import ProblemsFound


@pytest.fixture
def root(tmp_path, repo):
    return write_many_files_repo(tmp_path / "r", repo, last=9)



_ASSEMBLE, _PARTS = assemble_module.assemble, cold._parts  # the real ones (each `_build` wraps them anew)


def _build(root: Path, monkeypatch, parts: bool) -> tuple[dict[str, bytes], list[str], list[str]]:
    """(package bytes, problem lines, how the curated stage was read) of a clean build, read in
    parts of two files by worker processes (`parts`), or one by one in this process."""
    how: list[str] = []
    real_assemble = _ASSEMBLE

    def whole(*args, **kwargs):
        how.append("whole")
        return real_assemble(*args, **kwargs)

    real_parts = _PARTS

    def counted(*args):
        for part in real_parts(*args):
            how.append("part" if part is not None else "part with a problem")
            yield part

    monkeypatch.setattr(assemble_module, "assemble", whole)
    monkeypatch.setattr(cold, "_parts", counted)
    monkeypatch.setattr(cold, "CHUNK", 2)
    monkeypatch.setattr(parallel, "MIN_FILES", 1 if parts else 10**9)
    monkeypatch.setattr(parallel.os, "sched_getaffinity", lambda _: {0, 1}, raising=False)
    try:
        build(root, cache=False, parse_workers=parts)
        lines: list[str] = []
    except ProblemsFound as exc:
        lines = [str(p) for p in exc.problems]
    (root / "dataset" / "data").mkdir(exist_ok=True)
    return package_bytes(root), lines, how


def test_a_build_in_parts_publishes_the_bytes_of_a_one_process_build(root, monkeypatch):
    parts = _build(root, monkeypatch, parts=True)
    assert parts[1] == [] and parts[0]
    assert parts[2] == ["part"] * 5  # nine engagement files, two a part, and no full read
    (root / "dataset" / "data").rename(root / "parts")
    alone = _build(root, monkeypatch, parts=False)
    assert alone[2] == ["whole"]
    assert alone[:2] == parts[:2]


def _write(root: Path, name: str, event: dict) -> None:
    path = root / "dataset" / "curated" / "events" / name
    path.write_text(yaml.safe_dump({"events": [event]}, sort_keys=False), encoding="utf-8")


def _same_problems(root: Path, monkeypatch, *expected: str) -> list[str]:
    parts = _build(root, monkeypatch, parts=True)
    alone = _build(root, monkeypatch, parts=False)
    assert parts[1] and parts[1] == alone[1]
    for what in expected:
        assert any(what in line for line in parts[1]), (what, parts[1])
    return parts[2]


def test_an_event_id_given_in_two_parts_is_reported_as_a_full_read_reports_it(root, monkeypatch):
    _write(root, "e9.yaml", numbered_event(2))  # e2's event again, in another part
    how = _same_problems(root, monkeypatch, "duplicate-id", "e9.yaml")
    assert how[-1] == "whole" and "part with a problem" not in how  # each part clean, the join is not


def test_a_commitment_id_given_in_two_parts_is_reported_as_a_full_read_reports_it(root, monkeypatch):
    event = numbered_event(9)
    event["commitments"][0]["commitment_id"] = numbered_event(2)["commitments"][0]["commitment_id"]
    _write(root, "e9.yaml", event)
    assert _same_problems(root, monkeypatch, "duplicate-id")[-1] == "whole"


def test_a_problem_in_one_part_reads_the_whole_folder(root, monkeypatch):
    event = numbered_event(5)
    event["venue"] = "=cmd()"  # a formula start: the curated stage refuses it
    _write(root, "e5.yaml", event)
    (root / "dataset" / "curated" / "events" / "e7.yaml").write_text("events:\n- event_id: [unclosed\n",
                                                                     encoding="utf-8")
    how = _same_problems(root, monkeypatch, "formula-like-value", "e7.yaml")
    assert "part with a problem" in how and how[-1] == "whole"


def test_a_cell_that_does_not_type_reads_the_whole_folder(root, monkeypatch):
    event = numbered_event(4)
    event["participants"][0]["role"] = "not-a-role"
    event["date"]["start"] = "2020-13-45"
    _write(root, "e4.yaml", event)
    how = _same_problems(root, monkeypatch, "date_start")
    assert how[-1] == "whole"


def test_a_broken_foreign_key_in_a_clean_part_is_the_validation_problem_of_a_full_read(root, monkeypatch):
    event = numbered_event(6)
    event["participants"][0]["actor_id"] = "nobody-known"
    _write(root, "e6.yaml", event)
    how = _same_problems(root, monkeypatch, "e6.yaml", "actor_id", "points to no row")
    assert "whole" not in how  # the parts were clean: the problem is validation's, on the joined tables


def test_a_broken_pool_reads_the_whole_folder(root, monkeypatch):
    clean = _build(root, monkeypatch, parts=False)

    def broken(*args):
        raise RuntimeError("a worker died")
        yield  # a generator

    monkeypatch.setattr(cold, "_parts", broken)
    monkeypatch.setattr(parallel, "MIN_FILES", 1)
    build(root, cache=False, parse_workers=True)
    assert package_bytes(root) == clean[0]


def test_a_part_reads_as_the_snapshot_does(root):
    """A part's frames are the snapshot's frames of its files, each row with its file's index in
    the whole folder (the part's own index plus where the part starts)."""
    from pakiran_events.build import snapshot
    from pakiran_events.core.schema import load_schemas
    from pakiran_events.curate.curated import engagement_files, read_curated

    files = engagement_files(root / "dataset" / "curated")
    got = cold._read_part(str(root), [str(p) for p in files[3:6]], 3)
    assert got is not None
    schemas = load_schemas(root / "schemas")
    curated = read_curated(root / "dataset" / "curated", schemas, engagements=files[3:6])
    want = snapshot.frames_of(curated.rows, curated.origins, schemas, [])
    for name, frame in want.items():
        assert got[name].drop(snapshot.FILE).equals(frame.drop(snapshot.FILE)), name
        assert got[name][snapshot.FILE].to_list() == [i + 3 for i in frame[snapshot.FILE].to_list()], name
    (files[4]).write_text("events: []\n", encoding="utf-8")
    assert cold._read_part(str(root), [str(p) for p in files[3:6]], 3) is None


def test_one_listing_of_the_events_folder_finds_what_globbing_and_stat_found(tmp_path):
    """`events_listing` (one os.scandir) gives the files, misplaced entries and links that
    globbing the folder and a stat per entry gave before."""
    from pakiran_events.curate.curated import ENGAGEMENT_SUFFIXES, events_listing

    curated = tmp_path / "curated"
    folder = curated / "events"
    folder.mkdir(parents=True)
    for name in ("b.yaml", "a.yml", "C.YAML", "d.Yml", ".hidden.yaml", ".yaml", "notes.txt", "z.yaml.bak"):
        (folder / name).write_text("events: []\n", encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "dir.yaml").mkdir()
    (folder / ".git").mkdir()
    (folder / "link.yaml").symlink_to(folder / "b.yaml")
    (folder / "out.yaml").symlink_to(tmp_path)  # a link to a folder
    got = events_listing(curated)

    files = sorted((p for p in folder.glob("*") if p.suffix in ENGAGEMENT_SUFFIXES), key=lambda p: p.name)
    assert got.files == files
    assert got.links == [p for p in files if p.is_symlink()]
    misplaced = [p for p in sorted(folder.iterdir(), key=lambda p: p.name) if not p.name.startswith(".")
                 and (p.is_dir() or (p.suffix.lower() in ENGAGEMENT_SUFFIXES and p.suffix not in ENGAGEMENT_SUFFIXES))]
    assert [p for p, _ in got.misplaced] == misplaced
    assert {p.name for p, _ in got.misplaced} == {"C.YAML", "d.Yml", "sub", "dir.yaml", "out.yaml"}
    assert events_listing(tmp_path / "nowhere") == events_listing(curated / "nothing") == type(got)([], [], [])


def _odd_entry(root: Path, kind: str, monkeypatch) -> None:
    """One entry of the events folder that the listing and the reading may see differently."""
    from pakiran_events.curate import curated

    folder = root / "dataset" / "curated" / "events"
    if kind == "non-UTF-8 name":  # a clean file whose name is not UTF-8 (kept as surrogates by Python)
        with open(os.fsencode(str(folder)) + b"/e\xff10.yaml", "wb") as fh:
            fh.write(yaml.safe_dump({"events": [numbered_event(10)]}, sort_keys=False).encode())
    elif kind == "link to another engagement file":  # every record of e3 given twice
        (folder / "e9b.yaml").symlink_to(folder / "e3.yaml")
    elif kind == "hidden engagement file":  # read, as globbing read it
        _write(root, ".e10.yaml", numbered_event(10))
    elif kind == "gone after listing":  # listed, then deleted before a worker (or the reader) opens it
        real = curated.events_listing

        def listing(curated_dir: Path):
            got = real(curated_dir)
            return type(got)([*got.files, curated_dir / "events" / "e99.yaml"], got.misplaced, got.links)
        monkeypatch.setattr(curated, "events_listing", listing)


@pytest.mark.parametrize("kind", ["non-UTF-8 name", "link to another engagement file", "hidden engagement file",
                                  "gone after listing"])
def test_odd_entries_of_the_events_folder_give_what_a_one_process_build_gives(kind, root, monkeypatch):
    _odd_entry(root, kind, monkeypatch)
    parts = _build(root, monkeypatch, parts=True)
    (root / "dataset" / "data").rename(root / "parts")
    alone = _build(root, monkeypatch, parts=False)
    assert parts[:2] == alone[:2]
    assert bool(parts[1]) == (kind in ("link to another engagement file", "gone after listing")), parts[1]


def test_a_part_parses_with_the_subset_reader_and_gives_the_full_readers_frames(root, monkeypatch):
    """A worker parses the files in curated YAML's plain subset with the fast reader
    (curate/yaml_subset.py) and any other file with the full one: the part's frames are those of
    the full reader alone, whichever reads each file."""
    from pakiran_events.curate import yaml_subset

    events = root / "dataset" / "curated" / "events"
    text = (events / "e4.yaml").read_text(encoding="utf-8")
    (events / "e4.yaml").write_text(text.replace("summary: ", "summary: >-\n    ", 1), encoding="utf-8")
    files = [str(events / f"e{n}.yaml") for n in (3, 4, 5, 6)]
    answers: list[bool] = []
    real = yaml_subset.load_subset

    def counted(text: str):
        answers.append(real(text) is not yaml_subset.OUTSIDE)
        return real(text)

    monkeypatch.setattr(yaml_subset, "load_subset", counted)
    fast = cold._read_part(str(root), files, 2)
    assert answers == [True, False, True, True]  # e4's folded summary is outside the subset
    monkeypatch.setattr(yaml_subset, "load_subset", lambda text: yaml_subset.OUTSIDE)
    full = cold._read_part(str(root), files, 2)
    assert fast is not None and full is not None
    for name, frame in full.items():
        assert fast[name].equals(frame), name


def test_a_part_is_read_with_the_cycle_collector_paused_and_restored(root, monkeypatch):
    """A part's documents and rows hold no reference cycles worth collecting while it is read
    (the collector's passes over them cost ~6% of a worker's time): paused for the part, and
    running again afterwards, also when the read fails."""
    from pakiran_events.curate import curated

    seen: list[bool] = []
    real = curated.read_engagement_rows

    def watched(*args, **kwargs):
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(curated, "read_engagement_rows", watched)
    files = [str(root / "dataset" / "curated" / "events" / f"e{n}.yaml") for n in (3, 4)]
    assert cold._read_part(str(root), files, 0) is not None
    assert seen == [False] and gc.isenabled()

    def failing(*args, **kwargs):
        raise OSError("the disk went away")

    monkeypatch.setattr(curated, "read_engagement_rows", failing)
    with pytest.raises(OSError):
        cold._read_part(str(root), files, 0)
    assert gc.isenabled()
