"""The loader: every table from the shipped Parquet, versions agree, imports stay light."""

from __future__ import annotations

import json
import subprocess
import sys

import polars as pl

import pakiran_events as pe


def test_load_every_table_matches_the_descriptor(repo):
    desc = json.loads((repo / "datapackage.json").read_text())
    tables = pe.load_all()
    assert list(tables) == [r["name"] for r in desc["resources"]]
    for r in desc["resources"]:
        frame = tables[r["name"]]
        assert isinstance(frame, pl.DataFrame)
        assert frame.height == r["rows"]
        assert frame.columns == [f["name"] for f in r["schema"]["fields"]]


def test_version_is_the_data_package_version(repo):
    assert pe.__version__ == json.loads((repo / "datapackage.json").read_text())["version"]


def test_unknown_table_names_the_tables():
    import pytest

    with pytest.raises(KeyError, match="events"):
        pe.load("nope")


def test_import_is_light():
    code = ("import sys, pakiran_events as pe; pe.table_names(); "
            "print(sorted(m for m in ('pandera', 'frictionless', 'polars', 'yaml') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_to_pandas_is_offered_through_the_extra():
    try:
        import pandas  # noqa: F401
        import pyarrow  # noqa: F401
    except ModuleNotFoundError:
        import pytest

        with pytest.raises(ModuleNotFoundError, match=r"pakiran-events\[pandas\]"):
            pe.load("events", to_pandas=True)
    else:
        frame = pe.load("events", to_pandas=True)
        assert list(frame.columns) == pe.load("events").columns and len(frame) == pe.load("events").height


def test_place_fields_rule_flags_a_moved_event(repo_copy):
    """An event whose coordinates differ from its place's fails validation."""
    from pakiran_events.validate import validate_package

    path = repo_copy / "dataset" / "data" / "events.csv"
    lines = path.read_text().splitlines(keepends=True)
    lines[1] = lines[1].replace("35.69439", "35.7", 1)
    path.write_text("".join(lines))
    codes = {(p.resource, p.code) for p in validate_package(repo_copy, ("pandera",))}
    assert ("events", "place-fields-differ") in codes
