"""Review22 fixes of validation (S6-S10): the remembered descriptor verdicts (validate/descriptor_cache.py)
survive an unusable cache folder, name the descriptor validated now, believe only well-formed entries,
keep tests out of ~/.cache and prune the folder; a pattern polars' (Rust) regex would read otherwise
than Python's `re` (validate/patterns.py) is matched by Python's `re`, checked on generated patterns."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import warnings
from pathlib import Path

import polars as pl
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pakiran_events.core.env import CACHE
from pakiran_events.core.problems import Problem
from pakiran_events.validate import descriptor_cache, patterns, table_schema

BROKEN = {"resources": [{"name": "t", "path": "t.csv", "schema": {"fields": []}}], "licenses": "not-a-list"}
VALID = {"name": "p", "resources": [{"name": "t", "path": "t.csv", "profile": "tabular-data-resource",
                                     "schema": {"fields": [{"name": "code", "type": "string"}]}}]}
FOUND = [Problem("frictionless", "datapackage.json", None, None, None, "package-error", "checked afresh")]


def _write(folder: Path, name: str, descriptor: dict) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "t.csv").write_text("code\na\n", encoding="utf-8")
    path = folder / name
    path.write_text(json.dumps(descriptor), encoding="utf-8")
    return path


def _entry(path: Path) -> Path:
    return descriptor_cache.cache_folder() / f"{descriptor_cache._key(path.read_bytes(), path.name)}.json"


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE, str(tmp_path / "cache"))
    return tmp_path / "cache" / descriptor_cache.FOLDER


# -- S6: a cache folder that cannot be used ---------------------------------------------------------
def test_an_unusable_cache_folder_does_not_fail_validation(tmp_path, monkeypatch):  # the review's
    monkeypatch.setenv("PAKIRAN_EVENTS_CACHE", str(tmp_path / ("x" * 300)))
    path = tmp_path / "datapackage.json"
    path.write_text(json.dumps({"resources": []}))
    assert descriptor_cache.remembered(path, lambda p: []) == []


def test_a_folder_name_too_long_still_gives_the_refusal(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE, str(tmp_path / ("y" * 300) / "deeper"))
    path = _write(tmp_path / "p", "datapackage.json", BROKEN)
    fresh = table_schema.check_descriptor(path)
    assert fresh and descriptor_cache.remembered(path, table_schema.check_descriptor) == fresh


def test_a_cache_that_refuses_reading_and_listing_is_left_unused(tmp_path, cache_dir, monkeypatch):
    path = _write(tmp_path / "p", "datapackage.json", VALID)
    descriptor_cache.remembered(path, lambda p: [])  # an entry exists
    real_read, real_scandir = Path.read_text, os.scandir

    def denied(self, *args, **kwargs):
        if cache_dir in self.parents:
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self, *args, **kwargs)

    def denied_listing(folder):
        if Path(folder) == cache_dir:
            raise PermissionError(13, "Permission denied", str(folder))
        return real_scandir(folder)

    monkeypatch.setattr(Path, "read_text", denied)
    monkeypatch.setattr(os, "scandir", denied_listing)
    calls = []
    assert descriptor_cache.remembered(path, lambda p: calls.append(p) or []) == []
    assert len(calls) == 1  # checked afresh: the entry could not be read


def test_the_command_validates_a_valid_package_with_a_folder_name_too_long(tmp_path):
    path = _write(tmp_path / "p", "datapackage.json", VALID)
    env = {**os.environ, CACHE: str(tmp_path / ("x" * 300)),
           "PYTHONPATH": os.pathsep.join(str(Path(__file__).resolve().parents[1] / d) for d in ("src", "tests"))}
    run = subprocess.run([sys.executable, "-m", "pakiran_events", "validate", str(path), "--layer", "frictionless"],
                         env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


# -- S7: a remembered verdict names the descriptor validated now ------------------------------------
def test_the_same_bytes_under_another_name_report_that_name(tmp_path, cache_dir):
    first = _write(tmp_path / "good", "datapackage.json", BROKEN)
    other = _write(tmp_path / "bad1", "other.json", BROKEN)
    assert {p.resource for p in descriptor_cache.remembered(first, table_schema.check_descriptor)} == {"datapackage.json"}
    assert {p.resource for p in descriptor_cache.remembered(other, table_schema.check_descriptor)} == {"other.json"}


def test_the_same_bytes_and_name_in_another_folder_share_one_entry(tmp_path, cache_dir):
    one = _write(tmp_path / "a", "datapackage.json", BROKEN)
    two = _write(tmp_path / "b" / "c", "datapackage.json", BROKEN)
    calls = []

    def counted(p):
        calls.append(p)
        return table_schema.check_descriptor(p)

    assert descriptor_cache.remembered(one, counted) == descriptor_cache.remembered(two, counted)
    assert len(calls) == 1 and len(list(cache_dir.glob("*.json"))) == 1


# -- S8: only a well-formed entry is believed -------------------------------------------------------
@pytest.mark.parametrize("entry", [
    "{}",  # the review's
    '[{"layer": "frictionless"}]',
    '[["frictionless", "datapackage.json", null, null, null, "package-error"]]',  # 6 items
    '[["frictionless", "datapackage.json", null, null, null, "package-error", "m", "x"]]',  # 8 items
    '[["frictionless", "datapackage.json", "3", null, null, "package-error", "m"]]',  # a row as text
    '[["frictionless", "datapackage.json", true, null, null, "package-error", "m"]]',  # a row as a bool
    '[["frictionless", null, null, null, null, "package-error", "m"]]',  # no resource
    '[null]', '"[]"', "0", "null",
])
def test_a_foreign_cache_entry_does_not_pass_a_broken_descriptor(tmp_path, cache_dir, entry):
    path = _write(tmp_path, "datapackage.json", BROKEN)
    cache_dir.mkdir(parents=True)
    _entry(path).write_text(entry, encoding="utf-8")
    assert descriptor_cache.remembered(path, lambda p: FOUND) == FOUND


def test_a_well_formed_entry_is_believed_the_folder_being_trusted(tmp_path, cache_dir):
    """The documented limit: a planted `[]` reads as "no problems" (the folder is trusted)."""
    path = _write(tmp_path, "datapackage.json", BROKEN)
    cache_dir.mkdir(parents=True)
    _entry(path).write_text('[["frictionless", "datapackage.json", 2, "E1", "f", "c", "m"]]', encoding="utf-8")
    assert descriptor_cache.remembered(path, lambda p: []) == [
        Problem("frictionless", "datapackage.json", 2, "E1", "f", "c", "m")]
    _entry(path).write_text("[]", encoding="utf-8")
    assert descriptor_cache.remembered(path, lambda p: FOUND) == []
    assert "trusted" in descriptor_cache.__doc__


_JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=6),
                     lambda inner: st.lists(inner, max_size=8) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
                     max_leaves=20)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_JSON)
@example([["a", "b", None, None, None, "c", "d"]])
@example([["a", "b", 1.5, None, None, "c", "d"]])
def test_a_loaded_entry_is_none_or_problems_of_the_right_types(tmp_path, value):
    path = tmp_path / "entry.json"
    path.write_text(json.dumps(value), encoding="utf-8")
    loaded = descriptor_cache._load(path)
    assert loaded is None or all(isinstance(p, Problem) and isinstance(p.code, str) and isinstance(p.message, str)
                                 and (p.row is None or type(p.row) is int) for p in loaded)
    assert (loaded is not None) == (isinstance(value, list) and all(
        isinstance(e, list) and len(e) == 7 and all(type(v) in t for v, t in zip(e, (
            (str,), (str,), (int, type(None)), (str, type(None)), (str, type(None)), (str,), (str,)))) for e in value))


# -- S9: tests keep out of ~/.cache; the folder is pruned -------------------------------------------
def test_tests_remember_verdicts_in_a_session_folder():
    folder = descriptor_cache.cache_folder()
    assert folder is not None and os.environ.get(CACHE)
    assert Path.home() / ".cache" not in folder.parents
    assert not str(folder).startswith(os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache"))


def test_the_folder_keeps_the_most_recently_used_entries(tmp_path, cache_dir, monkeypatch):
    monkeypatch.setattr(descriptor_cache, "MAX_ENTRIES", 3)
    paths = [_write(tmp_path / f"p{i}", "datapackage.json", {**VALID, "title": f"t{i}"}) for i in range(5)]
    for i, path in enumerate(paths[:3]):
        descriptor_cache.remembered(path, lambda p: [])
        os.utime(_entry(path), ns=(i * 10**9, i * 10**9))  # stored at seconds 0, 1, 2
    (cache_dir / ".tmp-another-process.json").write_text("[]", encoding="utf-8")
    assert descriptor_cache.remembered(paths[0], lambda p: FOUND) == []  # used now: the newest
    for path in paths[3:]:
        descriptor_cache.remembered(path, lambda p: [])
    kept = {p.name for p in cache_dir.glob("[!.]*.json")}
    assert kept == {_entry(p).name for p in (paths[0], paths[3], paths[4])}
    assert (cache_dir / ".tmp-another-process.json").exists()  # another writer's file is left alone


def test_prune_keeps_everything_under_the_bound(tmp_path):
    for i in range(4):
        (tmp_path / f"{i}.json").write_text("[]", encoding="utf-8")
    descriptor_cache._prune(tmp_path, 4)
    assert len(list(tmp_path.glob("*.json"))) == 4
    descriptor_cache._prune(tmp_path, 0)
    assert list(tmp_path.glob("*.json")) == []


# -- S10: patterns polars' regex reads otherwise go to Python's `re` --------------------------------
UNALIKE = [  # (pattern, a cell the two regex engines decide differently)
    ("[[:upper:]][[:digit:]]+", "A1"), ("[a-z&&[^aeiou]]+", "b"), ("[0-9--5]+", "5"),  # the review's
    ("[a[bc]]", "a"), ("[a~~b]", "~"), ("\\s", "\x1c"), ("a\\w", "a²"), ("\\<a", "a"), ("a?+", "aa"),
    ("(?i:i)", "ı"), ("$\\n", "\n"), ("[^\\W]", "²"),
]
ALIKE = ["[a-z0-9]+(-[a-z0-9]+)*", "^[0-9a-f]{64}$", "^E[0-9]{6,}$", "[]a]", "[^]a]", "[a-]", "[:]", "a|b$",
         "^(date-line|byline)(\\+(date-line|byline))*$", "[\\[]", "a\\$b", "a+?", "x{2}"]


@pytest.mark.parametrize("pattern,cell", UNALIKE)
def test_a_pattern_rust_reads_otherwise_is_matched_by_python(pattern, cell):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)  # Python's own "possible nested set" notes
        python = re.match(f"^(?:{pattern})$", cell) is not None
        rust = pl.Series([cell]).str.contains(patterns.anchored(pattern))[0]
        assert rust != python  # the two engines do differ here...
        assert not patterns.polars_reads(pattern)
        ok = pl.DataFrame({"s": [cell]}).select(patterns.pattern_ok(pl.col("s"), pattern)).to_series()[0]
    assert ok == python  # ...and the verdict is Python's


@pytest.mark.parametrize("pattern", ALIKE)
def test_a_pattern_both_read_alike_stays_with_polars(pattern):
    assert patterns.polars_reads(pattern)


_TOKENS = (list("ab-[]^:&~|{}(),?*+.$01zAi ") + ["\\s", "\\w", "\\b", "\\<", "\\>", "\\d", "\\B", "\\W", "\\S",
           "(?i:", "(?s:", "(?m:", "\\x1c", "\\t", "\\A", "\\n", "[:upper:]", "&&", "--", "~~", "[^", "\n",
           "{2}", "{1,2}", "(?=", "(?:", "\\1"])
_CELLS = ["", "a", "b", "-", "[", "]", ":", "&", "~", "ab", "a-b", "A", "\x1c", " ", "\n", "a\n", "a b", "<", ">",
          "0", "z", "aa", "\\", "\u212a", "k", "_", "²", "ǅ", "\n\n", "ı", "i", "A1", "e", "aaa", "a\nb"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS), min_size=1, max_size=7).map("".join))
@example("[[:upper:]][[:digit:]]+")
@example("[a-z&&[^aeiou]]+")
@example("[0-9--5]+")
@example(".?+.")
def test_the_engine_decides_every_pattern_as_pythons_re(pattern):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        compiled = patterns.python_pattern(pattern)
    if compiled is None:
        return  # `re` refuses it: pattern_ok raises (tests/test_validate_r22_review.py)
    expected = [compiled.match(cell) is not None for cell in _CELLS]
    got = pl.DataFrame({"s": _CELLS}).select(patterns.pattern_ok(pl.col("s"), pattern)).to_series().to_list()
    assert got == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab[]^:&-~\\$(?i)+*.\n sw<>", max_size=12))
def test_reads_alike_never_raises(pattern):
    assert patterns.reads_alike(pattern) in (True, False)
