"""Breaks found by the review of the event-stream YAML reader and the assembly snapshot: each a
small input, written here in our own words, that gave a wrong or internal result before."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path

import pytest
import yaml

from mini import mini_event, write_repo
from pakiran_events.build.build import build
from pakiran_events.core.problems import ProblemsFound
from pakiran_events.core.yaml_input import YamlInputError, load_text


def _package(root: Path) -> dict[str, bytes]:
    files = [root / "datapackage.json", *sorted((root / "dataset" / "data").rglob("*"))]
    return {str(p.relative_to(root)): p.read_bytes() for p in files if p.is_file()}


def _outcome(root: Path, cache: bool):
    """('ok', published bytes) or ('fail', the problem lines) of one build."""
    try:
        build(root, cache=cache)
    except ProblemsFound as exc:
        return "fail", [p.as_text() for p in exc.problems]
    return "ok", _package(root)


def _cached_and_clean(root: Path) -> tuple:
    """The build of `root` with its snapshot, and a `--no-cache` build of a copy without it."""
    clean = root.with_name(root.name + "-clean")
    shutil.copytree(root, clean)
    shutil.rmtree(clean / ".cache", ignore_errors=True)
    return _outcome(root, True), _outcome(clean, False)


@pytest.fixture
def root(tmp_path, repo):
    root = write_repo(tmp_path / "r", repo)
    second = copy.deepcopy(mini_event())
    second["event_id"] = "E000002"
    second["commitments"][0]["commitment_id"] = "C000003"
    second["commitments"][1]["commitment_id"] = "C000004"
    (root / "dataset" / "curated" / "events" / "two.yaml").write_text(
        yaml.safe_dump({"events": [second]}, sort_keys=False), encoding="utf-8")
    (root / "dataset" / "curated" / "ids.csv").unlink(missing_ok=True)
    build(root)  # the snapshot of a clean build
    return root


def test_every_engagement_file_deleted_reports_what_a_clean_build_does(root):
    for path in (root / "dataset" / "curated" / "events").iterdir():
        path.unlink()
    cached, clean = _cached_and_clean(root)
    assert clean[0] == "fail" and any("missing-file" in line for line in clean[1])
    assert cached == clean


def test_a_place_without_its_id_reports_what_a_clean_build_does(root):
    places = root / "dataset" / "curated" / "places.yaml"
    rows = yaml.safe_load(places.read_text(encoding="utf-8"))
    rows.append({"name": "Somewhere unnamed", "country_iso3": "PAK", "latitude": 1.5, "longitude": 2.5,
                 "coordinate_precision": "city"})
    places.write_text(yaml.safe_dump(rows), encoding="utf-8")
    two = root / "dataset" / "curated" / "events" / "two.yaml"
    doc = yaml.safe_load(two.read_text(encoding="utf-8"))
    doc["events"][0]["place_id"] = None
    two.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    cached, clean = _cached_and_clean(root)
    assert clean[0] == "fail"
    assert cached == clean


@pytest.mark.parametrize("cache", [True, False])
def test_a_summary_given_as_a_list_is_refused_not_published_as_python_text(root, cache):
    two = root / "dataset" / "curated" / "events" / "two.yaml"
    doc = yaml.safe_load(two.read_text(encoding="utf-8"))
    doc["events"][0]["summary"] = ["The envoys talked", "then left"]
    doc["events"][0]["date"]["start"] = ["2024-01-01"]
    two.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    with pytest.raises(ProblemsFound) as found:
        build(root, cache=cache)
    refused = {(p.field, p.code) for p in found.value.problems if p.resource.endswith("two.yaml")}
    assert {("summary", "bad-structure"), ("date_start", "bad-structure")} <= refused


@pytest.mark.parametrize("cache", [True, False])
def test_a_deeply_nested_value_is_a_catalogued_problem_not_an_internal_error(root, cache):
    two = root / "dataset" / "curated" / "events" / "two.yaml"
    two.write_text("events:\n- event_id: E000002\n  summary: " + "[" * 20000 + "]" * 20000 + "\n", encoding="utf-8")
    with pytest.raises(ProblemsFound) as found:
        build(root, cache=cache)
    assert [(p.resource, p.row, p.code) for p in found.value.problems if p.resource.endswith("two.yaml")] == [
        ("dataset/curated/events/two.yaml", 3, "yaml-not-allowed")]


@pytest.mark.parametrize(("text", "line"), [("a: 1\nb: \x01\n", 2), ("\u00e9: 1\nb\u00e9: 2\nc: \x00\n", 3)])
def test_a_control_character_is_refused_at_its_line(text, line):
    with pytest.raises(YamlInputError) as refused:
        load_text(text)
    assert (refused.value.code, refused.value.line) == ("unreadable", line)


def test_an_anchor_alone_is_refused():
    with pytest.raises(YamlInputError) as refused:
        load_text("events:\n- event_id: &first E000009\n")
    assert (refused.value.code, refused.value.line) == ("yaml-not-allowed", 2)


def test_a_null_word_tagged_as_text_stays_text():
    assert load_text("a: !!str ~\nb: ! null\nc: !!str null\nd: ~\n") == {"a": "~", "b": "null", "c": "null", "d": None}


def test_a_killed_builds_leftovers_do_not_pile_up(root):
    from pakiran_events.build import snapshot

    folder = root / snapshot.FOLDER
    [kept] = sorted(folder.glob("*.snapshot"))
    (folder / ".tmp-killed").write_bytes(b"half a snapshot")  # what a SIGKILL during a write leaves
    (folder / "0123456789abcdef.snapshot").write_bytes(b"an older code version's")  # kept: a branch switched back
    two = root / "dataset" / "curated" / "events" / "two.yaml"
    two.write_text(two.read_text(encoding="utf-8").replace("Two ministers met", "The ministers met"), encoding="utf-8")
    cached, clean = _cached_and_clean(root)
    assert cached[0] == "ok" and cached == clean
    assert sorted(p.name for p in folder.iterdir()) == sorted([kept.name, "0123456789abcdef.snapshot"])


def test_a_file_that_differs_from_its_descriptor_is_reported_once_per_fact(tmp_path, repo):
    """Frictionless's own hash/bytes check and the integrity layer found the same two facts and
    printed four lines; now each fact once, naming both layers."""
    import json

    from click.testing import CliRunner

    from pakiran_events.cli import main

    built = write_repo(tmp_path / "b", repo)
    build(built)
    events = built / "dataset" / "data" / "events.csv"
    events.write_text(events.read_text(encoding="utf-8").replace("30.18", "30.1", 1), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(built / "datapackage.json"), "--format", "json"])
    assert result.exit_code == 1, result.output
    about_file = [(p["layer"], p["code"], p["message"].rsplit(" [", 1)[-1]) for p in json.loads(result.output)
                  if p["resource"] == "events" and p["row"] is None and p["field"] is None
                  and p["code"] in ("hash-count", "hash-mismatch", "byte-count", "byte-count-error")]
    assert sorted(about_file) == [("integrity", "byte-count-error", "frictionless, integrity]"),
                                  ("integrity", "hash-mismatch", "frictionless, integrity]")]


@pytest.mark.parametrize("cache", [True, False])
def test_an_event_without_its_id_beside_another_is_a_problem_not_an_internal_error(root, cache):
    three = copy.deepcopy(mini_event())
    del three["event_id"]  # e.g. an event written before `new-id` gave it one
    for commitment in three["commitments"]:
        commitment["commitment_id"] = commitment["commitment_id"].replace("C0", "C9")
    (root / "dataset" / "curated" / "events" / "three.yaml").write_text(
        yaml.safe_dump({"events": [three]}, sort_keys=False), encoding="utf-8")
    with pytest.raises(ProblemsFound) as found:
        build(root, cache=cache)
    assert any(p.field == "event_id" for p in found.value.problems)


@pytest.mark.parametrize("separator", ["\u0085", "\u2028", "\u2029"])
def test_a_unicode_line_separator_is_refused_at_the_line_an_editor_shows(separator):
    """libyaml (YAML 1.1) counted NEL/LS/PS as line breaks: every later key's line was one off
    (problems pointed at the wrong line) and a quoted NEL was read as a space."""
    with pytest.raises(YamlInputError) as refused:
        load_text(f'a: 1\nb: "two{separator}words"\nc: 3\n')
    assert (refused.value.code, refused.value.line) == ("unreadable", 2)
