"""Round r16 (vspeed19): keys both layers located, located once.

The Table Schema engine checks a single-column foreign key by locating each key's row in the
referenced resource (`rules.indexed_first_rows`) and hands those rows to the cross-table rules
through the run's memo. Before r16 it did so only for a key into another resource with both
sides in key order; now also for a self-reference (events.parent_event_id, which the rule
`visit-does-not-span-meeting` locates too) and, out of order, into a small resource (evidence's
source_id, which the span rule located again; participants' actor_id, which four participant rules
locate). Checked here:

- `indexed_first_rows` gives the first row of each key (a Python dict the oracle), or None;
- the engine's memo holds those keys on a built package, and the Pandera layer fed it locates
  none of them again;
- on corrupted packages (unknown, empty, quoted-empty and repeated keys) both layers report the
  same (resource, row, field, code, message) with and without the memo.
"""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rule_cases as rc
from mini import write_repo
from pakiran_events.build.build import build
from pakiran_events.core.schema import TableSchema
from pakiran_events.validate import pandera_layer, rules, table_schema
from test_table_schema_oracle import repeat_row, set_cell
from test_validate_shared_memo import _old_and_shared as _both_ways  # one body for both rounds' comparisons

KEY = st.none() | st.sampled_from(["", "a", "b", "c", "a-1", "B", "zz"])


def _oracle(keys: list, ids: list) -> list:
    first: dict = {}
    for row, value in enumerate(ids):
        if value is not None:
            first.setdefault(value, row)
    return [None if k is None else first.get(k) for k in keys]


@settings(max_examples=300, deadline=None)
@given(keys=st.lists(KEY, max_size=30), ids=st.lists(KEY, max_size=12), sort=st.booleans())
def test_indexed_first_rows_is_the_first_row_of_each_key(keys, ids, sort):
    if sort:  # the sorted path (blocks) needs ordered keys and ids without null
        keys = sorted(k for k in keys if k is not None) + [None] * keys.count(None)
        ids = sorted(k for k in ids if k is not None)
    rows = rules.indexed_first_rows(pl.Series("k", keys, dtype=pl.String), pl.Series("i", ids, dtype=pl.String))
    assert rows is not None  # small ids: always located (by sorted blocks or by an Enum of the ids)
    assert rows.dtype == pl.UInt32 and rows.to_list() == _oracle(keys, ids)


def test_a_large_unordered_resource_is_left_to_the_hash_set(monkeypatch):
    monkeypatch.setattr(rules, "SMALL_TARGET", 2)
    keys, ids = pl.Series(["b", "a"]), pl.Series(["b", "a", "c"])
    assert rules.indexed_first_rows(keys, ids) is None
    assert rules._first_rows(keys, ids).to_list() == [0, 1]  # the rules' own lookup still answers
    # the span rule's source lookup has no bound (an Enum of the source ids, as before r16)
    assert rules.indexed_first_rows(keys, ids, bounded=False).to_list() == [0, 1]


@pytest.fixture(scope="module")
def built(tmp_path_factory, repo):
    root = write_repo(tmp_path_factory.mktemp("r16"), repo)
    build(root)
    return root


SHARED_KEYS = [rules.rows_key("events", "parent_event_id", "events", "event_id"),
               rules.rows_key("evidence", "source_id", "sources", "source_id"),
               rules.rows_key("participants", "actor_id", "actors", "actor_id")]


def test_the_engine_hands_over_the_self_reference_and_the_small_lookups(built, monkeypatch):
    descriptor = built / "datapackage.json"
    memo: dict = {}
    _, frames, settled = table_schema.check_package_settled(descriptor, memo=memo)
    assert set(SHARED_KEYS) <= set(memo), sorted(memo)
    desc = json.loads(descriptor.read_text(encoding="utf-8"))
    schemas = {r["name"]: TableSchema(r["name"], r["schema"]) for r in desc["resources"]}
    paths = {r["name"]: built / r["path"] for r in desc["resources"]}
    calls: list[str] = []
    inner = rules._first_rows
    monkeypatch.setattr(rules, "_first_rows", lambda keys, ids, **kw: calls.append(keys.name) or inner(keys, ids, **kw))
    alone, _ = pandera_layer.validate_tables(paths, schemas)
    assert calls  # on its own, the layer locates the keys itself
    calls.clear()
    shared, _ = pandera_layer.validate_tables(paths, schemas, dict(frames), settled, memo=memo)
    assert calls == [] and alone == shared == []  # fed the memo, it locates none of them again


def _set_key(root: Path, name: str, column: str, row: int, value: str) -> None:
    header = (root / "dataset" / "data" / f"{name}.csv").read_text(encoding="utf-8").split("\n", 1)[0].split(",")
    set_cell(root, name, row, header.index(column), value)


def _quote_key(root: Path, name: str, column: str, row: int) -> None:
    """The key cell written as a quoted empty string (polars keeps it as "", frictionless reads it empty)."""
    path = root / "dataset" / "data" / f"{name}.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    header = lines[0].split(",")
    plain = [k for k in range(1, len(lines)) if lines[k] and '"' not in lines[k]]
    if plain:
        k = plain[row % len(plain)]
        cells = lines[k].split(",")
        cells[header.index(column)] = '""'
        lines[k] = ",".join(cells)
        path.write_text("\n".join(lines), encoding="utf-8")


KEYS = [("events", "parent_event_id"), ("evidence", "source_id"), ("participants", "actor_id"),
        ("sources", "source_id"), ("actors", "actor_id"), ("events", "event_id")]
VALUES = st.sampled_from(["E-none", "", "zz-unknown", "E000001", "alpha-20240101-talks", "s-minister"])
change = st.one_of(
    st.tuples(st.just(_set_key), st.sampled_from(KEYS), st.integers(0, 40), VALUES),
    st.tuples(st.just(_quote_key), st.sampled_from(KEYS), st.integers(0, 40)),
    st.tuples(st.just(repeat_row), st.sampled_from(["sources", "actors", "events"]), st.integers(0, 40)),
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=st.lists(change, min_size=1, max_size=3))
def test_the_shared_lookups_change_no_problem(changes, built, tmp_path_factory):
    root = rc.copy_package(built, tmp_path_factory.mktemp("case") / "pkg")
    for fn, *args in changes:
        if fn is repeat_row:
            fn(root, *args)
        else:
            (name, column), *rest = args
            fn(root, name, column, *rest)
    (engine_old, engine_new), (alone, shared), _ = _both_ways(root / "datapackage.json")
    assert engine_new == engine_old, {"lost": sorted(engine_old - engine_new, key=str),
                                      "new": sorted(engine_new - engine_old, key=str)}
    assert shared == alone, {"lost": sorted(alone - shared, key=str), "new": sorted(shared - alone, key=str)}


@pytest.mark.parametrize(("name", "column", "value"), [("events", "parent_event_id", "E999999"),
                                                       ("evidence", "source_id", "no-such-source"),
                                                       ("participants", "actor_id", "no-such-actor")])
def test_an_unknown_key_is_still_reported_by_both_layers(name, column, value, built, tmp_path):
    root = rc.copy_package(built, tmp_path / "pkg")
    _set_key(root, name, column, 0, value)
    (engine_old, engine_new), (alone, shared), _ = _both_ways(root / "datapackage.json")
    assert engine_new == engine_old and shared == alone
    assert (name, 2, None, "foreign-key") in {s[:4] for s in engine_new}
    assert (name, 2, column, "foreign-key") in {s[:4] for s in shared}
