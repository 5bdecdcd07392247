"""Hostile review of the settled-column shortcut (validate/table_schema.ResourceCheck.settled):
the Pandera layer must report the same problems whether or not it skips the constraint checks
of the columns the polars Table Schema engine settled. Each case runs the Pandera layer twice on
the same frames, once with the engine's `settled` and once without (the code before the
shortcut), and compares every (resource, row, field, code)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rule_cases as rc
from mini import write_repo
from pakiran_events.build.build import build
from pakiran_events.core.schema import TableSchema
from pakiran_events.validate import pandera_layer, table_schema
from test_table_schema_oracle import RESOURCES, TRICKY, drop_row, repeat_row, set_cell


def _signature(problems) -> set[tuple]:
    return {(p.resource, p.row, p.field, p.code) for p in problems}


def _lean_and_full(descriptor: Path, cross_table: bool = True) -> tuple[set, set]:
    found, frames, settled = table_schema.check_package_settled(descriptor)
    mistyped = {p.resource for p in found if p.code == "type-error"}
    clean = {n: f for n, f in frames.items() if n not in mistyped}
    desc = json.loads(descriptor.read_text(encoding="utf-8"))
    schemas = {r["name"]: TableSchema(r["name"], r["schema"]) for r in desc["resources"]}
    paths = {r["name"]: descriptor.parent / r["path"] for r in desc["resources"]
             if (descriptor.parent / r["path"]).is_file()}
    if not cross_table:  # a one-table package: the cross-table rules (which need every resource) stay off
        schemas["absent"] = TableSchema("absent", {"fields": []})
    lean, _ = pandera_layer.validate_tables(paths, schemas, dict(clean), settled)
    full, _ = pandera_layer.validate_tables(paths, schemas, dict(clean), {})
    return _signature(lean), _signature(full)


def _one_table(tmp_path: Path, fields: list[dict], text: str, pk: list[str] | None = None) -> Path:
    schema: dict = {"fields": fields}
    if pk:
        schema["primaryKey"] = pk
    (tmp_path / "t.csv").write_text(text, encoding="utf-8", newline="")
    desc = {"name": "t", "resources": [{"name": "t", "path": "t.csv", "profile": "tabular-data-resource",
                                         "scheme": "file", "format": "csv", "schema": schema}]}
    path = tmp_path / "datapackage.json"
    path.write_text(json.dumps(desc), encoding="utf-8")
    return path


# (fields, csv text, primary key): cells on which Pandera and frictionless semantics could differ
SMALL_CASES = {
    "signed zeros in a unique number": ([{"name": "x", "type": "number", "constraints": {"unique": True}}],
                                        "x\n0\n-0\n", None),
    "signed zeros in a number key": ([{"name": "x", "type": "number"}], "x\n0.0\n-0.0\n", ["x"]),
    "two NaN in a unique number": ([{"name": "x", "type": "number", "constraints": {"unique": True}}],
                                   "x\nNaN\nnan\n", None),
    "non-ASCII under maxLength": ([{"name": "s", "type": "string", "constraints": {"maxLength": 3}}],
                                  "s\n\u00e9\u00e9\u00e9\nab\n", None),
    "a pattern cell ending in CR": ([{"name": "s", "type": "string", "constraints": {"pattern": "[a-z]+"}}],
                                    's\n"ab\r"\ncd\n', None),
    "a pattern already anchored, with alternation": (
        [{"name": "s", "type": "string", "constraints": {"pattern": "^a|b$"}}], "s\na\nb\n", None),
    "a unicode look-alike in an enum": ([{"name": "s", "type": "string", "constraints": {"enum": ["PAK", "IRN"]}}],
                                        "s\nPAK\nIRN\n", None),
    "an integer bound written as text": ([{"name": "n", "type": "integer", "constraints": {"minimum": "2"}}],
                                         "n\n3\n4\n", None),
    "a date bound": ([{"name": "d", "type": "date", "constraints": {"minimum": "2000-01-01"}}],
                     "d\n2001-01-01\n2024-02-29\n", None),
    "a composite key with an empty cell": ([{"name": "a", "type": "string"}, {"name": "b", "type": "integer"}],
                                           "a,b\nx,1\nx,\ny,\n", ["a", "b"]),
    "a BOM before the header": ([{"name": "s", "type": "string", "constraints": {"unique": True}}],
                                "\ufeffs\nab\nab\n", None),
    "CRLF line ends and a pattern": ([{"name": "s", "type": "string", "constraints": {"pattern": "[a-z]+"}}],
                                     "s\r\nab\r\ncd\r\n", None),
    "a line break inside a unique cell": ([{"name": "s", "type": "string", "constraints": {"unique": True}},
                                           {"name": "n", "type": "integer"}], 's,n\n"a\nb",1\n"a\nb",2\n', None),
    "a trailing space in a unique cell": ([{"name": "s", "type": "string", "constraints": {"unique": True}}],
                                          "s\nab\nab \n", None),
    "a huge integer under a maximum": ([{"name": "n", "type": "integer", "constraints": {"maximum": 5}}],
                                       "n\n99999999999999999999\n1\n", None),
    "an enum written as text for an integer": ([{"name": "n", "type": "integer", "constraints": {"enum": ["1", "x"]}}],
                                              "n\n1\n", None),
    "an enum written as text for a date": ([{"name": "d", "type": "date", "constraints": {"enum": ["2024-01-01", "x"]}}],
                                          "d\n2024-01-01\n", None),
    "an enum written as text for a boolean": ([{"name": "b", "type": "boolean", "constraints": {"enum": ["true"]}}],
                                             "b\ntrue\n", None),
    "an integer enum": ([{"name": "n", "type": "integer", "constraints": {"enum": [1, 2]}}], "n\n1\n2\n01\n", None),
}


@pytest.mark.parametrize("case", sorted(SMALL_CASES))
def test_the_shortcut_loses_no_problem_on_one_table(case, tmp_path):
    fields, text, pk = SMALL_CASES[case]
    lean, full = _lean_and_full(_one_table(tmp_path, fields, text, pk), cross_table=False)
    assert lean == full, {"lost": sorted(full - lean, key=str), "new": sorted(lean - full, key=str)}


@pytest.fixture(scope="module")
def built(tmp_path_factory, repo):
    root = write_repo(tmp_path_factory.mktemp("settled"), repo)
    build(root)
    return root


values = st.one_of(st.sampled_from(TRICKY + ["\ufeffPAK", "PAK ", "\u0420AK", "-0", "0.0", "-0.0", "\r", "ab\r"]),
                   st.text(max_size=6)).filter(lambda v: "snan" not in v.lower())
corruption = st.one_of(
    st.tuples(st.just(set_cell), st.sampled_from(RESOURCES), st.integers(0, 50), st.integers(0, 20), values),
    st.tuples(st.just(repeat_row), st.sampled_from(RESOURCES), st.integers(0, 50)),
    st.tuples(st.just(drop_row), st.sampled_from(RESOURCES), st.integers(0, 50)),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=st.lists(corruption, min_size=1, max_size=3))
def test_the_shortcut_loses_no_problem_on_corrupted_packages(changes, built, tmp_path_factory):
    root = rc.copy_package(built, tmp_path_factory.mktemp("case") / "pkg")
    for fn, *args in changes:
        fn(root, *args)
    lean, full = _lean_and_full(root / "datapackage.json")
    assert lean == full, {"lost": sorted(full - lean, key=str), "new": sorted(lean - full, key=str)}


@pytest.mark.parametrize("bound", [{"minimum": "2000-01-01"}, {"maximum": "2030-12-31"}])
def test_a_date_bound_is_compared_as_a_date_not_failed_on_every_run(bound, tmp_path):
    """Found by this review: Pandera compared a date column with the bound's text, which polars
    refuses, and reported `below-minimum` on a clean table (on every run, whatever the data)."""
    fields = [{"name": "d", "type": "date", "constraints": bound}, {"name": "n", "type": "integer"}]
    path = _one_table(tmp_path, fields, "d,n\n2001-01-01,1\n2024-02-29,2\n")
    _, full = _lean_and_full(path, cross_table=False)
    assert full == set()
    (tmp_path / "t.csv").write_text("d,n\n1999-12-31,1\n2031-01-01,2\n", encoding="utf-8")
    _, full = _lean_and_full(path, cross_table=False)
    code = "below-minimum" if "minimum" in bound else "above-maximum"
    row = 2 if "minimum" in bound else 3
    assert ("t", row, "d", code) in full, full


def test_a_field_whose_min_length_exceeds_its_max_length_is_checked_not_unreadable(tmp_path):
    """Found by this review: pandera refuses to build `str_length(3, 1)`; the ValueError was taken
    for an unreadable table and the Pandera layer reported nothing else for any resource."""
    fields = [{"name": "s", "type": "string", "constraints": {"minLength": 3, "maxLength": 1}},
              {"name": "n", "type": "integer", "constraints": {"maximum": 5}}]
    _one_table(tmp_path, fields, "s,n\nab,9\n")
    schemas = {"t": TableSchema("t", {"fields": fields}), "absent": TableSchema("absent", {"fields": []})}
    found, _ = pandera_layer.validate_tables({"t": tmp_path / "t.csv"}, schemas)  # raised ValueError before
    assert {(p.row, p.field, p.code) for p in found} == {(2, "s", "length-out-of-range"), (2, "n", "above-maximum")}
