"""build: deterministic, atomic, and faithful to the curated inputs."""

from __future__ import annotations

import hashlib
from pathlib import Path

import polars as pl
import pytest
import yaml

from mini import mini_event, write_repo
from pakiran_events.build.build import build
from pakiran_events.core.problems import ProblemsFound
from pakiran_events.validate import validate_package


def _digests(root: Path) -> dict[str, str]:
    files = [root / "datapackage.json", *sorted(p for p in (root / "dataset" / "data").rglob("*") if p.is_file())]
    return {f.name: hashlib.sha256(f.read_bytes()).hexdigest() for f in files}


def test_two_consecutive_builds_are_byte_identical(repo_copy):
    build(repo_copy)
    first = _digests(repo_copy)
    build(repo_copy)
    assert _digests(repo_copy) == first
    resources = len(list((repo_copy / "schemas").glob("*.schema.json")))
    assert len(first) == 1 + 2 * resources + 1  # descriptor, csv and parquet of every resource, the engagements view


def test_committed_package_is_what_the_curated_inputs_build(repo, repo_copy):
    """The data in git is fresh: rebuilding gives the same CSV bytes and the same Parquet rows."""
    build(repo_copy)
    for csv in sorted((repo / "dataset" / "data").glob("*.csv")):
        assert (repo_copy / "dataset" / "data" / csv.name).read_bytes() == csv.read_bytes(), csv.name
        parquet = csv.with_suffix(".parquet")
        assert pl.read_parquet(parquet).equals(pl.read_parquet(repo_copy / "dataset" / "data" / parquet.name))


def test_mini_repo_builds_a_valid_package(tmp_path, repo):
    root = write_repo(tmp_path, repo)
    result = build(root)
    assert result.row_counts["events"] == 1 and result.row_counts["commitments"] == 2
    assert validate_package(root / "datapackage.json") == []
    links = pl.read_csv(root / "dataset" / "data" / "event_sources.csv")
    assert links["source_id"].to_list() == ["alpha-20240101-talks", "beta-undated-talks"]
    events = pl.read_csv(root / "dataset" / "data" / "events.csv")
    assert events["city"].to_list() == ["Quetta"] and events["latitude"].to_list() == [30.18]


def test_failed_build_leaves_previous_package_untouched_and_lists_all_problems(tmp_path, repo):
    root = write_repo(tmp_path, repo)
    build(root)
    before = _digests(root)
    event = mini_event()
    event["date"]["end"] = "2023-12-31"  # before the start
    event["commitments"][0]["commitment_type"] = "space_cooperation"
    event["participants"][0]["evidence"] = None  # hand-checked value without evidence
    (root / "dataset" / "curated" / "events" / "one.yaml").write_text(yaml.safe_dump({"events": [event]}))
    with pytest.raises(ProblemsFound) as exc:
        build(root)
    # each names the curated file and the line of its record, not a row of the deleted staging CSV
    codes = {(p.resource, p.field, p.code) for p in exc.value.problems}
    one = "dataset/curated/events/one.yaml"
    assert (one, "date_end", "date-order") in codes
    assert (one, "commitment_type", "not-in-vocabulary") in codes
    assert (one, "title", "missing-evidence") in codes
    assert all(p.row is not None for p in exc.value.problems if p.resource == one)
    assert _digests(root) == before
    assert not list(root.glob(".build-*")), "staging folder left behind"


def test_curated_structure_errors_name_file_record_and_field(tmp_path, repo):
    root = write_repo(tmp_path, repo)
    event = mini_event()
    event["colour"] = "blue"
    event["commitments"][1]["evidence"] = [{"src": "x", "at": [1], "sha256": "0"}]
    other = mini_event()
    other["event_id"] = "E000002"
    other["date"] = "yesterday"
    curated = root / "dataset" / "curated" / "events"
    (curated / "one.yaml").write_text(yaml.safe_dump({"events": [event]}))
    (curated / "two.yaml").write_text(yaml.safe_dump({"events": [other]}))
    with pytest.raises(ProblemsFound) as exc:
        build(root)
    found = {(Path(p.resource).name, p.record_id, p.field, p.code) for p in exc.value.problems}
    assert ("one.yaml", "E000001", "colour", "unknown-key") in found
    assert ("one.yaml", "C000002", "commitment_type", "bad-evidence") in found
    assert ("two.yaml", "E000002", "date", "bad-structure") in found


def test_ids_cannot_silently_disappear_or_return(tmp_path, repo):
    root = write_repo(tmp_path, repo)
    build(root)
    event = mini_event()
    event["commitments"] = event["commitments"][:1]  # C000002 dropped from the curated file
    events_file = root / "dataset" / "curated" / "events" / "one.yaml"
    events_file.write_text(yaml.safe_dump({"events": [event]}))
    with pytest.raises(ProblemsFound) as exc:
        build(root)
    assert [(p.record_id, p.code) for p in exc.value.problems] == [("C000002", "id-dropped")]
    retired = root / "dataset" / "curated" / "retired.yaml"
    retired.write_text(yaml.safe_dump([{"id": "C000002", "reason": "duplicate of C000001"}]))
    build(root)  # retiring it with a reason is allowed
    events_file.write_text(yaml.safe_dump({"events": [mini_event()]}))
    with pytest.raises(ProblemsFound) as exc:
        build(root)
    assert [(p.record_id, p.code) for p in exc.value.problems] == [("C000002", "retired-id-reused")]


def test_resolving_in_place_keeps_resolved_spans_and_adds_new_ones(tmp_path, repo):
    from click.testing import CliRunner

    from pakiran_events.cli import main

    root = write_repo(tmp_path, repo)
    event = mini_event()
    event["commitments"][1]["evidence"].append({"src": "beta-undated-talks", "quote": "border markets"})
    path = root / "dataset" / "curated" / "events" / "one.yaml"
    path.write_text(yaml.safe_dump({"events": [event]}))
    args = ["resolve-spans", str(path), str(path), "--corpus", str(root / "corpus")]
    assert CliRunner().invoke(main, args).exit_code == 1  # refuses to overwrite without --force
    result = CliRunner().invoke(main, [*args, "--force"])
    assert result.exit_code == 0, result.output
    text = path.read_text()
    assert "quote:" not in text and "at: [" in text  # (block style stays block: only quote becomes at + sha256)
    once = text
    assert CliRunner().invoke(main, [*args, "--force"]).exit_code == 0
    assert path.read_text() == once  # idempotent
    build(root)
    evidence = pl.read_csv(root / "dataset" / "data" / "evidence.csv")
    assert evidence.filter(pl.col("record_id") == "C000002")["char_start"].n_unique() == 2


def test_every_single_key_id_is_protected_including_sources(tmp_path, repo):
    root = write_repo(tmp_path, repo)
    build(root)
    registry = root / "dataset" / "curated" / "sources.csv"
    lines = registry.read_text().splitlines(keepends=True)
    registry.write_text("".join(line for line in lines if not line.startswith("beta-undated-talks")))
    event = mini_event()
    event["commitments"] = event["commitments"][:1]  # its only citation of beta goes too
    (root / "dataset" / "curated" / "events" / "one.yaml").write_text(yaml.safe_dump({"events": [event]}))
    with pytest.raises(ProblemsFound) as exc:
        build(root)
    assert {(p.resource, p.record_id, p.code) for p in exc.value.problems} == {
        ("sources", "beta-undated-talks", "id-dropped"), ("commitments", "C000002", "id-dropped")}
