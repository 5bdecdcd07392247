"""Defect 3 of the hostile review: the Frictionless (Table Schema) and Pandera layers check the same
constraints; a violation both find is reported once, naming both layers, and neither layer's
check is switched off (each still finds it alone)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from mini import write_repo
from pakiran_events.build.build import build
from pakiran_events.cli import main
from pakiran_events.core.problems import Problem, ProblemsFound, merge_layers
from pakiran_events.validate import validate_package

EVENTS = Path("dataset/curated/events")


@pytest.fixture
def built(tmp_path, repo):
    root = write_repo(tmp_path, repo)
    build(root)
    return root


def _break_event_id(root: Path) -> None:
    path = root / "dataset" / "data" / "events.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("E000001", "E01", 1), encoding="utf-8")


def test_validate_reports_a_pattern_violation_once_naming_both_layers(built):
    _break_event_id(built)
    result = CliRunner().invoke(main, ["validate", str(built / "datapackage.json"), "--format", "json"])
    assert result.exit_code == 1, result.output
    found = [p for p in json.loads(result.output)
             if p["resource"] == "events" and p["field"] == "event_id" and p["row"] == 2
             and p["code"] in ("pattern-mismatch", "constraint-error")]
    assert len(found) == 1, found
    assert found[0]["code"] == "pattern-mismatch" and found[0]["message"].endswith("[frictionless, pandera]")


def test_each_layer_still_finds_it_alone(built):
    _break_event_id(built)
    for layer, code in (("frictionless", "constraint-error"), ("pandera", "pattern-mismatch")):
        found = [p for p in validate_package(built / "datapackage.json", (layer,))
                 if p.resource == "events" and p.field == "event_id" and p.row == 2
                 and p.code in ("pattern-mismatch", "constraint-error")]
        assert [p.code for p in found] == [code], (layer, found)


def test_a_build_reports_a_curated_pattern_violation_once(tmp_path, repo):
    root = write_repo(tmp_path, repo)
    path = root / EVENTS / "one.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("commitment_id: C000002", "commitment_id: C2"),
                    encoding="utf-8")
    with pytest.raises(ProblemsFound) as exc:
        build(root)
    found = [p for p in exc.value.problems if p.record_id == "C2" and p.field == "commitment_id"]
    assert len(found) == 1 and "[frictionless, pandera]" in found[0].message, found


def test_problems_of_one_layer_or_of_different_rules_are_kept():
    a = Problem("frictionless", "events", 2, "E1", "event_id", "constraint-error", 'value \'E1\': constraint "pattern" is "x"')
    b = Problem("pandera", "events", 2, "E1", "event_id", "pattern-mismatch", "str_matches('x') failed")
    c = Problem("pandera", "events", 2, "E1", "event_id", "not-in-vocabulary", "isin failed")
    d = Problem("frictionless", "events", 3, "E2", "event_id", "constraint-error", 'value \'E2\': constraint "pattern" is "x"')
    merged = merge_layers([a, b, c, d])
    assert len(merged) == 3 and c in merged and d in merged
    [both] = [p for p in merged if p.row == 2 and p.code == "pattern-mismatch"]
    assert both.message == "str_matches('x') failed [frictionless, pandera]"
    assert sorted(merge_layers(merged)) == sorted(merged)  # merging twice changes nothing
