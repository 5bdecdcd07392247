"""Descriptors we did not write: remote references are refused before any connection, paths stay
in the package folder, and every malformed descriptor or unreadable table is a catalogued
problem naming it -- never an internal error."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import rule_cases as rc
from mini import write_repo
from pakiran_events.build.build import build
from pakiran_events.cli import main
from pakiran_events.core.errors import CATALOGUE, frictionless_codes
from pakiran_events.validate import validate_package

KNOWN = set(CATALOGUE) | {c for c, _, _ in frictionless_codes()}


@pytest.fixture(scope="module")
def built(tmp_path_factory, repo) -> Path:
    root = write_repo(tmp_path_factory.mktemp("hostile"), repo)
    build(root)
    return root


@pytest.fixture
def pkg(built, tmp_path) -> Path:
    return rc.copy_package(built, tmp_path / "pkg")


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*a, **k):
        raise AssertionError("a connection was attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def _edit(root: Path, change) -> None:
    desc = rc.descriptor(root)
    change(desc)
    rc.save_descriptor(root, desc)


def _codes(root: Path) -> set[str]:
    problems = validate_package(root / "datapackage.json")
    assert problems
    assert {p.code for p in problems} <= KNOWN
    return {p.code for p in problems}


@pytest.mark.parametrize("key, value", [("path", "https://example.org/events.csv"), ("schema", "http://example.org/s.json"),
                                        ("dialect", "https://example.org/d.json"), ("profile", "https://example.org/p.json")])
def test_remote_references_are_refused_without_a_connection(pkg, no_network, key, value):
    _edit(pkg, lambda d: rc.resource(d, "events").update({key: value}))
    assert "remote-reference" in _codes(pkg)


def test_a_remote_package_profile_is_refused(pkg, no_network):
    _edit(pkg, lambda d: d.update(profile="https://example.org/profile.json"))
    assert _codes(pkg) == {"remote-reference"}


@pytest.mark.parametrize("path", ["/etc/passwd", "../../../../etc/passwd", "dataset/../../outside.csv"])
def test_paths_outside_the_package_are_refused(pkg, path):
    _edit(pkg, lambda d: rc.resource(d, "events").update(path=path))
    assert "path-outside-package" in _codes(pkg)


def test_a_symlink_out_of_the_package_is_refused(pkg, tmp_path):
    outside = tmp_path / "secret.csv"
    outside.write_text("event_id\nE1\n", encoding="utf-8")
    link = pkg / "dataset" / "data" / "link.csv"
    link.symlink_to(outside)
    _edit(pkg, lambda d: rc.resource(d, "events").update(path="dataset/data/link.csv"))
    assert "path-outside-package" in _codes(pkg)


@pytest.mark.parametrize("change", [
    lambda d: rc.resource(d, "events").update(rows="many"),
    lambda d: rc.resource(d, "events").update(rows=float("nan")),
    lambda d: rc.resource(d, "events").pop("schema"),
    lambda d: rc.resource(d, "events").update(path=["a.csv", "b.csv"]),
    lambda d: d.update(resources=[]),
    lambda d: d["resources"].append("events"),
    lambda d: rc.resource(d, "events").pop("name"),
], ids=["rows-text", "rows-nan", "no-schema", "list-path", "no-resources", "string-resource", "no-name"])
def test_malformed_descriptors_are_problems(pkg, change):
    _edit(pkg, change)
    assert "bad-descriptor" in _codes(pkg)


@pytest.mark.parametrize("content", [b"", b"event_id,event_type\nE1\n", b"\xff\xfe\x00bad", b"event_id\n\"unclosed\n"],
                         ids=["empty", "ragged", "not-utf8", "unclosed-quote"])
def test_unreadable_csv_is_named_and_other_findings_kept(pkg, content):
    (pkg / "dataset" / "data" / "events.csv").write_bytes(content)
    rc.edit(pkg, "places", {"place_id": "quetta"}, {"latitude": "99"})  # a finding in another table
    problems = validate_package(pkg / "datapackage.json")
    assert {p.code for p in problems} <= KNOWN
    assert any(p.resource == "events" for p in problems)
    assert any(p.resource == "places" for p in problems)


def test_a_truncated_parquet_is_named(pkg):
    path = pkg / "dataset" / "data" / "events.parquet"
    path.write_bytes(path.read_bytes()[:100])
    problems = validate_package(pkg / "datapackage.json")
    assert any(p.resource == "events" and p.code in ("unreadable-table", "hash-mismatch") for p in problems)
    assert {p.code for p in problems} <= KNOWN


def test_the_cli_never_prints_an_internal_error_on_a_hostile_descriptor(pkg, no_network):
    _edit(pkg, lambda d: rc.resource(d, "events").update(path="https://example.org/x.csv", rows="many"))
    result = CliRunner().invoke(main, ["validate", str(pkg)])
    assert result.exit_code == 1 and "internal error" not in result.output


json_values = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=12),
                                     st.sampled_from(["https://x.org/a", "/etc/passwd", "../x.csv", "dataset/data/events.csv"])),
                           lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                   st.dictionaries(st.sampled_from(
                                                       ["name", "path", "schema", "fields", "rows", "bytes", "hash",
                                                        "parquet", "dialect", "profile", "resources"]), inner, max_size=4)),
                           max_leaves=10)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@example(key="path", value="\x00")  # found by this test: a NUL in a path
@example(key="name", value="renamed")  # found by this test: a resource the cross-table rules need, renamed
@given(key=st.sampled_from(["name", "path", "schema", "rows", "bytes", "hash", "parquet", "dialect", "profile"]),
       value=json_values)
def test_any_resource_value_is_a_catalogued_problem_or_valid(pkg, no_network, key, value):
    original = (pkg / "datapackage.json").read_text(encoding="utf-8")
    try:
        _edit(pkg, lambda d: rc.resource(d, "places").update({key: value}))
        problems = validate_package(pkg / "datapackage.json")
        assert {p.code for p in problems} <= KNOWN
    finally:
        (pkg / "datapackage.json").write_text(original, encoding="utf-8")


def test_info_describes_a_malformed_descriptor_without_an_internal_error(tmp_path):
    (tmp_path / "datapackage.json").write_text('{"resources": ["events", {"path": "x.csv", "rows": "many"}]}',
                                               encoding="utf-8")
    result = CliRunner().invoke(main, ["info", str(tmp_path)])
    assert result.exit_code == 0 and "resource 1: not an object" in result.output, result.output


def test_a_malformed_dictionary_file_is_named(tmp_path):
    from pakiran_events.extract.lexicon import load_lexicon

    bad = tmp_path / "d.yaml"
    bad.write_text("titles: [unclosed", encoding="utf-8")
    with pytest.raises(ValueError, match="d.yaml: not a readable YAML dictionary file"):
        load_lexicon(None, [bad])


@pytest.mark.parametrize("field_type", ["any", "year", "time", "datetime", "object", None])
def test_a_field_of_a_type_the_toolkit_does_not_read_is_a_catalogued_problem(pkg, field_type):
    """Legal Table Schema types the toolkit does not map (and an absent type, whose default is
    `any`) are named before any layer runs: it was a KeyError from the type table (an internal
    error) found on review."""
    def change(desc):
        field = next(f for r in desc["resources"] if r["name"] == "events" for f in r["schema"]["fields"]
                     if f["name"] == "summary")
        if field_type is None:
            field.pop("type")
        else:
            field["type"] = field_type

    _edit(pkg, change)
    problems = validate_package(pkg / "datapackage.json")
    assert [(p.code, p.resource, p.field) for p in problems] == [("bad-descriptor", "events", "summary")]
    out = CliRunner().invoke(main, ["validate", str(pkg)])
    assert out.exit_code == 1 and "summary" in out.output and "Traceback" not in out.output
