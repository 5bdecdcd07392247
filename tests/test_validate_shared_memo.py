"""What the two layers share in one run (r10) changes no problem either layer reports:

- the Table Schema engine's single-column foreign keys, located as row numbers when both sides are
  in order (the run's memo, table_schema.check_package_settled(memo=...)), report what its hash-set
  membership test reported;
- the Pandera layer fed that memo and the engine's FOREIGN_KEYS_HOLD (its foreign-key rules then
  skipped) reports what it reports computing everything itself.

Each Hypothesis case corrupts a small built package (test_table_schema_oracle's corruptions, plus
key cells set to unknown, empty and quoted-empty values) and compares every (resource, row,
field, code, message) of the old path and the shared one.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import rule_cases as rc
from mini import write_repo
from pakiran_events.build.build import build
from pakiran_events.core.schema import TableSchema
from pakiran_events.validate import pandera_layer, table_schema
from test_table_schema_oracle import RESOURCES, SCHEMAS, TRICKY, drop_row, repeat_row, set_cell

KEYED = ["participants", "commitments", "event_sources", "candidate_links", "evidence", "events"]


def _signature(problems) -> set[tuple]:
    return {(p.resource, p.row, p.field, p.code, p.message) for p in problems}


def _old_and_shared(descriptor: Path) -> tuple[tuple[set, set], tuple[set, set], dict]:
    """((engine old, engine shared), (pandera old, pandera shared), memo)."""
    old, frames_old, _ = table_schema.check_package_settled(descriptor)
    memo: dict = {}
    new, frames, settled = table_schema.check_package_settled(descriptor, memo=memo)
    mistyped = {p.resource for p in new if p.code == "type-error"}
    clean = {n: f for n, f in frames.items() if n not in mistyped}
    desc = json.loads(descriptor.read_text(encoding="utf-8"))
    schemas = {r["name"]: TableSchema(r["name"], r["schema"]) for r in desc["resources"]}
    paths = {r["name"]: descriptor.parent / r["path"] for r in desc["resources"]
             if (descriptor.parent / r["path"]).is_file()}
    shared, _ = pandera_layer.validate_tables(paths, schemas, dict(clean), settled, memo=memo)
    alone, _ = pandera_layer.validate_tables(paths, schemas)
    return (_signature(old), _signature(new)), (_signature(alone), _signature(shared)), memo


@pytest.fixture(scope="module")
def built(tmp_path_factory, repo):
    root = write_repo(tmp_path_factory.mktemp("memo"), repo)
    build(root)
    return root


def test_the_clean_package_shares_located_keys_and_skips_held_foreign_keys(built):
    (engine_old, engine_new), (alone, shared), memo = _old_and_shared(built / "datapackage.json")
    assert engine_old == engine_new == set() and alone == shared == set()
    # the path under test is taken: the engine located participants' events as row numbers
    assert any(key.startswith("rows:participants.event_id->events.") for key in memo), sorted(memo)
    _, _, settled = table_schema.check_package_settled(built / "datapackage.json")
    assert table_schema.FOREIGN_KEYS_HOLD in settled["participants"]


def _quote_empty(root: Path, name: str, row: int, column: int) -> None:
    """The cell written as a quoted empty string ("" between quotes), which polars keeps as ""."""
    path = root / "dataset" / "data" / f"{name}.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    body = [k for k in range(1, len(lines)) if lines[k] and '"' not in lines[k]]
    if body:
        k = body[row % len(body)]
        cells = lines[k].split(",")
        cells[column % len(cells)] = '""'
        lines[k] = ",".join(cells)
        path.write_text("\n".join(lines), encoding="utf-8")


key_values = st.one_of(st.sampled_from(TRICKY), st.sampled_from(["E-none", "", "zz"]))
corruption = st.one_of(
    st.tuples(st.just(set_cell), st.sampled_from(RESOURCES), st.integers(0, 50), st.integers(0, 20), key_values),
    st.tuples(st.just(set_cell), st.sampled_from(KEYED), st.integers(0, 50), st.integers(0, 3), key_values),
    st.tuples(st.just(_quote_empty), st.sampled_from(KEYED), st.integers(0, 50), st.integers(0, 3)),
    st.tuples(st.just(repeat_row), st.sampled_from(RESOURCES), st.integers(0, 50)),
    st.tuples(st.just(drop_row), st.sampled_from(RESOURCES), st.integers(0, 50)),
)


SOURCES_BYTES = SCHEMAS["sources"].field_names.index("bytes")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=st.lists(corruption, min_size=1, max_size=3))
# r16's failing case: frictionless-py's `int("1_000")` in sources.bytes with another table's key emptied
@example(changes=[(set_cell, "sources", 0, SOURCES_BYTES, "1_000"), (set_cell, "participants", 0, 0, "")])
@example(changes=[(set_cell, "sources", 3, SOURCES_BYTES, "1_000"), (set_cell, "evidence", 1, 2, "")])
def test_sharing_loses_and_adds_no_problem_on_corrupted_packages(changes, built, tmp_path_factory):
    root = rc.copy_package(built, tmp_path_factory.mktemp("case") / "pkg")
    for fn, *args in changes:
        fn(root, *args)
    (engine_old, engine_new), (alone, shared), _ = _old_and_shared(root / "datapackage.json")
    assert engine_new == engine_old, {"lost": sorted(engine_old - engine_new, key=str),
                                      "new": sorted(engine_new - engine_old, key=str)}
    assert shared == alone, {"lost": sorted(alone - shared, key=str), "new": sorted(shared - alone, key=str)}


@pytest.mark.parametrize("value", ["E-none", '""'])
def test_an_unknown_or_quoted_empty_event_id_is_reported_by_both_layers(value, built, tmp_path):
    root = rc.copy_package(built, tmp_path / "pkg")
    path = root / "dataset" / "data" / "participants.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    header = lines[0].split(",")
    cells = lines[1].split(",")
    cells[header.index("event_id")] = value
    lines[1] = ",".join(cells)
    path.write_text("\n".join(lines), encoding="utf-8")
    (engine_old, engine_new), (alone, shared), _ = _old_and_shared(root / "datapackage.json")
    assert engine_new == engine_old and shared == alone
    if value == "E-none":
        assert ("participants", 2, None, "foreign-key") in {s[:4] for s in engine_new}
        assert ("participants", 2, "event_id", "foreign-key") in {s[:4] for s in shared}


@pytest.mark.parametrize("value", ["1_000", "١٢"])
def test_a_cell_only_pythons_parser_types_is_not_handed_to_the_pandera_layer(value, built, tmp_path):
    """frictionless-py types `int("1_000")` (and a Unicode digit) as an integer, so the engine does too, and
    since round 21 so does the Pandera layer's own reading (`read_csv_typed`: frictionless-py's Python call for
    a cell polars does not parse), which reported a type error before. A table with such a cell is still not
    handed over (`ResourceCheck.as_read`); both paths report the same, and neither a type error
    (found by Hypothesis in this module's corruption test, which put `1_000` in sources.bytes)."""
    root = rc.copy_package(built, tmp_path / "pkg")
    header = (root / "dataset" / "data" / "sources.csv").read_text(encoding="utf-8").split("\n")[0].split(",")
    set_cell(root, "sources", 0, header.index("bytes"), value)
    found, frames, _ = table_schema.check_package_settled(root / "datapackage.json")
    assert not [p for p in found if p.resource == "sources" and p.code == "type-error"]  # as frictionless-py
    assert "sources" not in frames and "events" in frames
    (engine_old, engine_new), (alone, shared), _ = _old_and_shared(root / "datapackage.json")
    assert engine_new == engine_old and shared == alone
    # the Pandera layer reading the file itself types the cell as frictionless-py does (round 21)
    assert not [s for s in alone if s[0] == "sources" and s[3] == "type-error"], sorted(alone, key=str)
