"""The remembered descriptor verdict (validate/descriptor_cache.py): the same problems as
frictionless-py's check run afresh, for valid and refused descriptors; a changed descriptor is
checked again; a descriptor that names a file frictionless-py would read is never remembered; a
broken entry is ignored; caching off or an unwritable folder still gives the verdict; and a run
whose verdict is remembered does not import frictionless."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pakiran_events.core.env import CACHE
from pakiran_events.validate import descriptor_cache, table_schema
from pakiran_events.validate.descriptor_cache import remembered, self_contained

FIELDS = [{"name": "code", "type": "string"}, {"name": "n", "type": "integer"}]


def _descriptor(root: Path, resource: dict | None = None, **top) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "t.csv").write_text("code,n\na,1\n", encoding="utf-8")
    r = {"name": "t", "path": "t.csv", "profile": "tabular-data-resource", "schema": {"fields": FIELDS}}
    r.update(resource or {})
    path = root / "datapackage.json"
    path.write_text(json.dumps({"name": "p", "resources": [r], **top}), encoding="utf-8")
    return path


BREAKAGES = [  # resource keys that frictionless-py refuses or accepts (its verdict is the oracle)
    {},
    {"name": "Not A Name!"},
    {"schema": {"fields": [{"name": "code", "type": "strange"}]}},
    {"schema": {"fields": FIELDS, "primaryKey": ["missing"]}},
    {"encoding": 5},
    {"title": ["a list"]},
]


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE, str(folder))
    return folder


@pytest.mark.parametrize("resource", BREAKAGES)
def test_a_remembered_verdict_is_the_fresh_one(tmp_path, cache_dir, resource):
    path = _descriptor(tmp_path / "p", resource)
    fresh = table_schema.check_descriptor(path)
    calls = []

    def counted(p):
        calls.append(p)
        return table_schema.check_descriptor(p)

    assert remembered(path, counted) == fresh
    assert remembered(path, counted) == fresh
    assert len(calls) == 1  # the second answer came from the cache
    assert len(list((cache_dir / descriptor_cache.FOLDER).glob("*.json"))) == 1


def test_a_changed_descriptor_is_checked_again(tmp_path, cache_dir):
    path = _descriptor(tmp_path / "p")
    assert remembered(path, table_schema.check_descriptor) == []
    _descriptor(tmp_path / "p", {"schema": {"fields": [{"name": "code", "type": "strange"}]}})
    assert remembered(path, table_schema.check_descriptor) == table_schema.check_descriptor(path) != []


@pytest.mark.parametrize("resource,top", [({"profile": "my-profile.json"}, {}), ({"schema": "schema.json"}, {}),
                                          ({"dialect": "dialect.json"}, {}), ({}, {"profile": "p.json"}),
                                          ({}, {"$schema": "x.json"})])
def test_a_descriptor_naming_a_file_is_never_remembered(tmp_path, cache_dir, resource, top):
    path = _descriptor(tmp_path / "p", resource, **top)
    assert not self_contained(path.read_bytes())
    calls = []
    remembered(path, lambda p: calls.append(p) or [])
    remembered(path, lambda p: calls.append(p) or [])
    assert len(calls) == 2


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=40) | st.text(max_size=40).map(str.encode))
def test_self_contained_never_raises(data):
    assert self_contained(data) in (True, False)


def test_a_broken_entry_is_checked_again(tmp_path, cache_dir):
    path = _descriptor(tmp_path / "p", {"schema": {"fields": [{"name": "code", "type": "strange"}]}})
    fresh = remembered(path, table_schema.check_descriptor)
    (entry,) = (cache_dir / descriptor_cache.FOLDER).glob("*.json")
    for broken in ("", "{", "[[1, 2]]", '{"a": 1}'):
        entry.write_text(broken, encoding="utf-8")
        assert remembered(path, table_schema.check_descriptor) == fresh


def test_off_and_unwritable_still_give_the_verdict(tmp_path, monkeypatch):
    path = _descriptor(tmp_path / "p", {"name": "Not A Name!"})
    fresh = table_schema.check_descriptor(path)
    monkeypatch.setenv(CACHE, "off")
    assert descriptor_cache.cache_folder() is None
    assert remembered(path, table_schema.check_descriptor) == fresh
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(CACHE, str(blocker))  # its FOLDER cannot be made under a file
    assert remembered(path, table_schema.check_descriptor) == fresh
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_a_remembered_run_imports_no_frictionless(tmp_path, cache_dir):
    path = _descriptor(tmp_path / "p")
    code = ("import sys; from pathlib import Path; from pakiran_events.validate import validate_package; "
            f"p = validate_package(Path({str(path)!r}), ('frictionless',)); "
            "print(len(p), 'frictionless' in sys.modules)")
    env = {"PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src"), CACHE: str(cache_dir), "PATH": ""}
    first = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    second = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    assert first.split() == ["0", "True"]
    assert second.split() == ["0", "False"]


_JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=8),
                     lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
                     max_leaves=8)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["profile", "$schema", "schema", "dialect"]), _JSON, st.booleans())
@example("profile", [], False)  # CI run 53: an unhashable profile raised TypeError
def test_self_contained_never_raises_on_any_value_of_a_profile_or_schema(key, value, on_resource):
    import json

    desc: dict = {"resources": [{"name": "t", "path": "t.csv"}]}
    (desc["resources"][0] if on_resource else desc)[key] = value
    verdict = self_contained(json.dumps(desc).encode())
    assert verdict in (True, False)
    if key in ("profile", "$schema") and not isinstance(value, str):
        assert verdict is False
