"""The polars Table Schema engine against its oracle, frictionless-py: on a small valid package
broken in Hypothesis-chosen ways (a cell set to a tricky value, a row repeated or dropped, a
descriptor's row count changed), and on every fixture of the rule catalogue, both engines report
the same set of (resource, row, field, error type)."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rule_cases as rc
from mini import write_repo
from pakiran_events.build.build import build
from pakiran_events.core.schema import load_schemas
from pakiran_events.validate import frictionless_layer, table_schema

SCHEMAS = load_schemas()
RESOURCES = sorted(SCHEMAS)
# values that typing and constraints disagree about: Python int()/Decimal()/strptime() accept
# some that polars reads differently, and some that look alike but are not
TRICKY = ["", " ", "E000001", "E1", "E0000012", "abc", "0", "-1", "+5", " 7 ", "1_000", "1e3", "NaN", "inf", "-inf",
          "2024-02-30", "2024-1-5", "2024-01-05", "2024/01/05", "0000-01-01", "\u0663", "\uff17", "x\ny", "E000001\n",
          "Quetta", '"', ",", "a,b", "99999999999999999999", "1.5", ".5", "5.", "91", "-180.5", "True", "PAK", "pak",
          "hand-checked", "meeting", "some-minister", "alpha-20240101-talks", "x" * 700, "0" * 64, "G" * 64]


@pytest.fixture(scope="module")
def built(tmp_path_factory, repo):
    root = write_repo(tmp_path_factory.mktemp("oracle"), repo)
    build(root)
    return root


def _signature(problems) -> set[tuple]:
    return {(p.resource, p.row, p.field, p.code) for p in problems}


def _both(root: Path) -> tuple[set, set]:
    descriptor = root / "datapackage.json"
    mine, _ = table_schema.check_package(descriptor)
    return _signature(mine), _signature(frictionless_layer.validate_descriptor(descriptor))


def _csv(root: Path, name: str) -> Path:
    return root / "dataset" / "data" / f"{name}.csv"


def _rows(path: Path) -> list[list[str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.reader(fh))


def _write(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)


def set_cell(root: Path, name: str, row: int, column: int, value: str) -> None:
    rows = _rows(_csv(root, name))
    if len(rows) > 1:
        body = rows[1:]
        body[row % len(body)][column % len(rows[0])] = value
        _write(_csv(root, name), [rows[0]] + body)


def repeat_row(root: Path, name: str, row: int) -> None:
    rows = _rows(_csv(root, name))
    if len(rows) > 1:
        _write(_csv(root, name), rows + [rows[1 + row % (len(rows) - 1)]])


def drop_row(root: Path, name: str, row: int) -> None:
    rows = _rows(_csv(root, name))
    if len(rows) > 1:
        del rows[1 + row % (len(rows) - 1)]
        _write(_csv(root, name), rows)


def set_row_count(root: Path, name: str, count: int) -> None:
    path = root / "datapackage.json"
    desc = json.loads(path.read_text(encoding="utf-8"))
    next(r for r in desc["resources"] if r["name"] == name)["rows"] = count
    path.write_text(json.dumps(desc, indent=2), encoding="utf-8")


values = st.one_of(st.sampled_from(TRICKY), st.text(max_size=6)).filter(lambda v: "snan" not in v.lower())
corruption = st.one_of(
    st.tuples(st.just(set_cell), st.sampled_from(RESOURCES), st.integers(0, 50), st.integers(0, 20), values),
    st.tuples(st.just(repeat_row), st.sampled_from(RESOURCES), st.integers(0, 50)),
    st.tuples(st.just(drop_row), st.sampled_from(RESOURCES), st.integers(0, 50)),
    st.tuples(st.just(set_row_count), st.sampled_from(RESOURCES), st.integers(1, 60)),
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=st.lists(corruption, min_size=1, max_size=3))
def test_engines_agree_on_corrupted_packages(changes, built, tmp_path_factory):
    root = rc.copy_package(built, tmp_path_factory.mktemp("case") / "pkg")
    for fn, *args in changes:
        fn(root, *args)
    mine, oracle = _both(root)
    assert mine == oracle, {"only polars": sorted(mine - oracle, key=str), "only frictionless-py": sorted(oracle - mine, key=str)}
    shutil.rmtree(root.parent, ignore_errors=True)


# refused by the descriptor check before either engine opens a table (no data rule to compare)
DESCRIPTOR_CASES = {"unreadable-descriptor", "bad-descriptor", "path-outside-package", "remote-reference"}
CATALOGUE = {**rc.PANDERA, **{f"foreign-key:{k}": v for k, v in rc.foreign_key_cases(SCHEMAS).items()},
             **{f"missing-evidence:{k}": v for k, v in rc.missing_evidence_cases(SCHEMAS).items()},
             **{k: v for k, v in rc.INTEGRITY.items() if k not in DESCRIPTOR_CASES}}


@pytest.mark.parametrize("case", sorted(CATALOGUE))
def test_engines_agree_on_the_rule_fixtures(case, built, tmp_path):
    root = rc.copy_package(built, tmp_path / "pkg")
    CATALOGUE[case][0](root)
    mine, oracle = _both(root)
    assert mine == oracle, {"only polars": sorted(mine - oracle, key=str), "only frictionless-py": sorted(oracle - mine, key=str)}


def test_the_comparison_can_fail(built, tmp_path):
    """A corruption both engines see: the sets are not trivially empty."""
    root = rc.copy_package(built, tmp_path / "pkg")
    set_cell(root, "events", 0, 2, "picnic")
    repeat_row(root, "commitments", 0)
    mine, oracle = _both(root)
    assert ("events", 2, "event_type", "constraint-error") in mine
    assert ("commitments", 4, None, "primary-key") in mine and ("commitments", 4, "commitment_id", "unique-error") in mine
    assert mine == oracle
