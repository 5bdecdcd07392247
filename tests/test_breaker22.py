"""What a hostile tester of release 2.5.1 found in validation (each failed on 2.5.1): a fifo at a
remembered verdict's name blocked `validate` for ever; a descriptor whose `$schema` is no string, or JSON
nested deeper than Python's parser follows, ended in an internal error; a counted repeat written with
spaces ('a{ 1 }') was read by polars' Rust engine as a repeat where frictionless-py (Python's `re`)
reads the literal text. Packages made here; no corpus text."""

from __future__ import annotations

import json
import os
import re
import threading
from pathlib import Path

import polars as pl
import pytest

import rule_cases as rc
from mini import write_repo
from pakiran_events.build.build import build
from pakiran_events.core.packages import parse_descriptor
from pakiran_events.validate import descriptor_cache, validate_package
from pakiran_events.validate.patterns import pattern_ok, reads_alike


@pytest.fixture(scope="module")
def built(tmp_path_factory, repo) -> Path:
    root = write_repo(tmp_path_factory.mktemp("breaker22"), repo)
    build(root)
    return root


@pytest.fixture
def pkg(built, tmp_path) -> Path:
    return rc.copy_package(built, tmp_path / "pkg")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no fifos on this system")
def test_a_fifo_at_an_entrys_name_is_no_entry(tmp_path):
    fifo = tmp_path / "entry.json"
    os.mkfifo(fifo)
    got: list = []
    reader = threading.Thread(target=lambda: got.append(descriptor_cache._load(fifo)), daemon=True)
    reader.start()
    reader.join(20)
    if reader.is_alive():  # unblock the reader before failing
        with open(fifo, "w") as unblock:
            unblock.write("[]")
        reader.join(5)
    assert got == [None]


def test_an_oversized_entry_is_not_read(tmp_path, monkeypatch):
    entry = tmp_path / "entry.json"
    entry.write_text("[]" + " " * 64)
    monkeypatch.setattr(descriptor_cache, "MAX_ENTRY_BYTES", 16)
    assert descriptor_cache._load(entry) is None


@pytest.mark.parametrize("value", [5, {"type": "object"}, ["x"], True])
def test_a_schema_property_that_is_no_string_is_a_problem_not_an_internal_error(pkg, value, monkeypatch):
    monkeypatch.setenv("PAKIRAN_EVENTS_CACHE", "off")
    desc = rc.descriptor(pkg)
    desc["$schema"] = value
    rc.save_descriptor(pkg, desc)
    problems = validate_package(pkg / "datapackage.json")
    assert problems and all(p.code for p in problems)


def test_json_nested_too_deeply_is_unreadable_json():
    deep = ("[" * 200_000 + "]" * 200_000).encode()
    with pytest.raises(ValueError, match="nested too deeply"):
        parse_descriptor(deep)


def test_a_deeply_nested_descriptor_is_a_problem_not_an_internal_error(pkg, monkeypatch):
    monkeypatch.setenv("PAKIRAN_EVENTS_CACHE", "off")
    text = (pkg / "datapackage.json").read_text(encoding="utf-8")
    desc = json.loads(text)
    rc.save_descriptor(pkg, desc)
    raw = (pkg / "datapackage.json").read_text(encoding="utf-8")
    (pkg / "datapackage.json").write_text(raw.rstrip()[:-1] + ', "x": ' + "[" * 100_000 + "]" * 100_000 + "}",
                                          encoding="utf-8")
    assert validate_package(pkg / "datapackage.json")


@pytest.mark.parametrize("pattern", ["a{ 1 }", "a{1, 2}", "a{ 2,}", "x{ 0 }y", r"\d{ 4 }"])
def test_a_repeat_written_with_spaces_is_read_as_python_reads_it(pattern):
    assert not reads_alike(pattern)
    cells = ["a", "aa", "a{ 1 }", "a{1, 2}", "a{ 2,}", "x{ 0 }y", "y", "1234", "1{ 4 }", "\\d{ 4 }"]
    got = pl.DataFrame({"c": cells}).select(pattern_ok(pl.col("c"), pattern).alias("ok"))["ok"].to_list()
    expected = [re.fullmatch(pattern, c) is not None for c in cells]
    assert got == expected
