"""pe.load() refuses a Parquet file that differs from what was published, and names the file
when it cannot be read; paths in the descriptor stay inside the package folder."""

from __future__ import annotations

import json
import shutil

import polars as pl
import pytest

from pakiran_events.loader import read


@pytest.fixture
def package(tmp_path, repo, monkeypatch):
    root = tmp_path / "pkg"
    shutil.copytree(repo / "dataset" / "data", root / "dataset" / "data")
    shutil.copy(repo / "datapackage.json", root / "datapackage.json")
    monkeypatch.setattr(read, "published_descriptor", lambda: root / "datapackage.json")
    read.read_descriptor.cache_clear()
    monkeypatch.setattr(read, "_VERIFIED", {})
    yield root
    read.read_descriptor.cache_clear()


def test_an_untouched_package_loads(package):
    assert read.load("events").height > 0


def test_an_edited_parquet_is_refused(package):
    path = package / "dataset" / "data" / "events.parquet"
    frame = pl.read_parquet(path)
    frame.with_columns(pl.lit("edited").alias("venue")).write_parquet(path, compression="zstd")
    with pytest.raises(read.IntegrityError, match="events.parquet"):
        read.load("events")
    assert read.load("events", verify=False)["venue"].unique().to_list() == ["edited"]


def test_a_truncated_parquet_is_refused_naming_the_file(package):
    path = package / "dataset" / "data" / "actors.parquet"
    path.write_bytes(path.read_bytes()[:64])
    with pytest.raises(read.IntegrityError, match="actors.parquet"):
        read.load("actors")
    with pytest.raises(ValueError, match="actors.parquet"):
        read.load("actors", verify=False)


def test_a_descriptor_path_outside_the_package_is_refused(package):
    desc = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    desc["resources"][0]["parquet"]["path"] = "../../../../etc/passwd"
    (package / "datapackage.json").write_text(json.dumps(desc), encoding="utf-8")
    read.read_descriptor.cache_clear()
    with pytest.raises(ValueError, match="outside"):
        read.load(desc["resources"][0]["name"])
