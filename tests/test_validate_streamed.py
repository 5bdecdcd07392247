"""The batched path (validate.streamed: the evidence read a few rows at a time) against the
whole-frame path, on a small valid package broken in Hypothesis-chosen ways and on every fixture
of the rule catalogue: `validate_package(..., streamed=("evidence",))` returns exactly the whole
path's problems (lines, order), and the batched path calls a package clean only when the whole
path finds nothing. Corrupted packages are often re-sealed (hashes, sizes and Parquet copies
rewritten to match the broken CSVs), so the row checks, not the file hashes, must catch them."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rule_cases as rc
from mini import write_repo
from pakiran_events.build.build import build
from pakiran_events.core.schema import TableSchema, load_schemas
from pakiran_events.core.tables import read_csv_typed
from pakiran_events.validate import LAYERS, validate_package
from pakiran_events.validate.streamed import package_is_clean
from test_table_schema_oracle import TRICKY, drop_row, repeat_row, set_cell, set_row_count

SCHEMAS = load_schemas()
RESOURCES = sorted(SCHEMAS)
STREAMED = frozenset({"evidence"})
SMALL_BATCH = 300  # bytes: the mini package's evidence comes in several batches


@pytest.fixture(scope="module")
def built(tmp_path_factory, repo):
    root = write_repo(tmp_path_factory.mktemp("streamed"), repo)
    build(root)
    return root


def reseal(root: Path) -> None:
    """Make the descriptor's hashes and sizes, and the Parquet copies, match the CSVs again
    (a Parquet copy is left as it was where its CSV no longer types)."""
    path = root / "datapackage.json"
    desc = json.loads(path.read_text(encoding="utf-8"))
    for r in desc["resources"]:
        csv_path = root / r["path"]
        if not csv_path.is_file():
            continue
        try:
            frame, problems = read_csv_typed(csv_path, TableSchema(r["name"], r["schema"]), r["name"])
        except (pl.exceptions.PolarsError, ValueError, OSError):
            problems = ["unreadable"]
        if not problems and "parquet" in r:
            frame.write_parquet(root / r["parquet"]["path"])
            r["parquet"]["hash"] = "sha256:" + hashlib.sha256((root / r["parquet"]["path"]).read_bytes()).hexdigest()
            r["parquet"]["bytes"] = (root / r["parquet"]["path"]).stat().st_size
        r["hash"] = "sha256:" + hashlib.sha256(csv_path.read_bytes()).hexdigest()
        r["bytes"] = csv_path.stat().st_size
    path.write_text(json.dumps(desc, indent=2), encoding="utf-8")


def _agree(root: Path) -> None:
    descriptor = root / "datapackage.json"
    whole = validate_package(descriptor)
    if package_is_clean(descriptor, LAYERS, STREAMED, batch_bytes=SMALL_BATCH):
        assert whole == [], [str(p) for p in whole]
    assert validate_package(descriptor, streamed=tuple(STREAMED)) == whole


def test_the_clean_package_is_settled_in_batches(built, tmp_path):
    """The batched path is the one taken on a clean package (else it would prove nothing)."""
    root = rc.copy_package(built, tmp_path / "pkg")
    assert (root / "dataset" / "data" / "evidence.csv").stat().st_size > 3 * SMALL_BATCH
    assert package_is_clean(root / "datapackage.json", LAYERS, STREAMED, batch_bytes=SMALL_BATCH)
    assert validate_package(root / "datapackage.json", streamed=("evidence",)) == []


def test_a_fault_in_the_last_batch_is_seen(built, tmp_path):
    root = rc.copy_package(built, tmp_path / "pkg")
    set_cell(root, "evidence", -1, 4, "-3")  # char_start below its minimum, last row
    reseal(root)
    assert not package_is_clean(root / "datapackage.json", LAYERS, STREAMED, batch_bytes=SMALL_BATCH)
    problems = validate_package(root / "datapackage.json", streamed=("evidence",))
    assert any(p.resource == "evidence" and p.field == "char_start" for p in problems)
    assert problems == validate_package(root / "datapackage.json")


def test_a_key_repeated_across_batches_is_seen(built, tmp_path):
    root = rc.copy_package(built, tmp_path / "pkg")
    repeat_row(root, "evidence", 0)  # the first row again, at the end: another batch
    reseal(root)
    assert not package_is_clean(root / "datapackage.json", LAYERS, STREAMED, batch_bytes=SMALL_BATCH)
    assert any(p.code == "primary-key" for p in validate_package(root / "datapackage.json", streamed=("evidence",)))


def test_a_parquet_copy_that_differs_is_seen(built, tmp_path):
    root = rc.copy_package(built, tmp_path / "pkg")
    desc = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
    r = next(r for r in desc["resources"] if r["name"] == "evidence")
    parquet = root / r["parquet"]["path"]
    pl.read_parquet(parquet).reverse().write_parquet(parquet)
    r["parquet"]["hash"] = "sha256:" + hashlib.sha256(parquet.read_bytes()).hexdigest()
    r["parquet"]["bytes"] = parquet.stat().st_size
    (root / "datapackage.json").write_text(json.dumps(desc, indent=2), encoding="utf-8")
    assert not package_is_clean(root / "datapackage.json", LAYERS, STREAMED, batch_bytes=SMALL_BATCH)
    assert [p.code for p in validate_package(root / "datapackage.json", streamed=("evidence",))] == [
        "parquet-differs-from-csv"]


values = st.one_of(st.sampled_from(TRICKY), st.text(max_size=6)).filter(lambda v: "snan" not in v.lower())
tables = st.one_of(st.just("evidence"), st.sampled_from(RESOURCES))  # the streamed table half the time
corruption = st.one_of(
    st.tuples(st.just(set_cell), tables, st.integers(0, 50), st.integers(0, 20), values),
    st.tuples(st.just(repeat_row), tables, st.integers(0, 50)),
    st.tuples(st.just(drop_row), tables, st.integers(0, 50)),
    st.tuples(st.just(set_row_count), tables, st.integers(1, 60)),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=st.lists(corruption, min_size=1, max_size=3), sealed=st.booleans())
def test_batched_and_whole_agree_on_corrupted_packages(changes, sealed, built, tmp_path_factory):
    root = rc.copy_package(built, tmp_path_factory.mktemp("case") / "pkg")
    for fn, *args in changes:
        fn(root, *args)
    if sealed:
        reseal(root)
    _agree(root)
    shutil.rmtree(root.parent, ignore_errors=True)


DESCRIPTOR_CASES = {"unreadable-descriptor", "bad-descriptor", "path-outside-package", "remote-reference"}
CATALOGUE = {**rc.PANDERA, **{f"foreign-key:{k}": v for k, v in rc.foreign_key_cases(SCHEMAS).items()},
             **{f"missing-evidence:{k}": v for k, v in rc.missing_evidence_cases(SCHEMAS).items()},
             **{k: v for k, v in rc.INTEGRITY.items() if k not in DESCRIPTOR_CASES}}


@pytest.mark.parametrize("sealed", [False, True])
@pytest.mark.parametrize("case", sorted(CATALOGUE))
def test_batched_and_whole_agree_on_the_rule_fixtures(case, sealed, built, tmp_path):
    root = rc.copy_package(built, tmp_path / "pkg")
    CATALOGUE[case][0](root)
    if sealed:
        reseal(root)
    _agree(root)


def test_the_extracted_package_is_settled_in_batches(repo):
    extracted = repo / "dataset" / "extracted" / "datapackage.json"
    if not extracted.is_file():
        pytest.skip("no dataset/extracted in this checkout")
    assert package_is_clean(extracted, LAYERS, STREAMED)
