"""Versions you can diff (issue 14, item 6): `pakiran-events diff OLD NEW` lists records added,
removed and changed by id and field, as text and JSON, between package folders or git tags."""

from __future__ import annotations

import json
import shutil
import subprocess

import polars as pl
import pytest
from click.testing import CliRunner

from pakiran_events.cli import main as cli
from pakiran_events.publish.diff import diff_packages, release_path


def _copy(repo, dst):
    (dst / "dataset").mkdir(parents=True)
    shutil.copytree(repo / "dataset" / "data", dst / "dataset" / "data")
    shutil.copy(repo / "datapackage.json", dst / "datapackage.json")
    return dst / "datapackage.json"


def test_diff_lists_added_removed_and_changed_records_by_id_and_field(repo, tmp_path):
    old, new = _copy(repo, tmp_path / "old"), _copy(repo, tmp_path / "new")
    data = new.parent / "dataset" / "data"
    events = pl.read_parquet(data / "events.parquet")
    events.with_columns(pl.when(pl.col("event_id") == "E000002").then(pl.lit("Rewritten.")).otherwise("summary")
                        .alias("summary")).write_parquet(data / "events.parquet")
    commitments = pl.read_parquet(data / "commitments.parquet")
    commitments.filter(pl.col("commitment_id") != "C000003").write_parquet(data / "commitments.parquet")
    places = pl.read_parquet(data / "places.parquet")
    pl.concat([places, places.head(1).with_columns(pl.lit("a-place-added-here").alias("place_id"))]).write_parquet(
        data / "places.parquet")
    changes = diff_packages(old, new)
    assert changes["resources"]["events"]["changed"][0]["id"] == "E000002"
    assert changes["resources"]["events"]["changed"][0]["fields"]["summary"][1] == "Rewritten."
    assert changes["resources"]["commitments"]["removed"] == ["C000003"]
    assert changes["resources"]["places"]["added"] == ["a-place-added-here"]
    assert set(changes["resources"]) == {"events", "commitments", "places"}
    out = CliRunner().invoke(cli, ["diff", str(old), str(new.parent), "--format", "json"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output) == changes
    text = CliRunner().invoke(cli, ["diff", str(old), str(new)]).output
    assert "~ E000002: summary:" in text and "removed: C000003" in text
    assert "no differences" in CliRunner().invoke(cli, ["diff", str(old), str(old)]).output


def test_an_unknown_release_is_one_line_naming_how_to_fetch_tags(repo, tmp_path):
    with pytest.raises(LookupError, match="git fetch --tags"):
        release_path("v0.0.0-nowhere", repo, tmp_path)
    out = CliRunner().invoke(cli, ["diff", "v0.0.0-nowhere", "."])
    assert out.exit_code == 1 and "git fetch --tags" in out.output


def _changes_since_1_0_0(repo, tmp_path) -> dict:
    """diff from the v1.0.0 tag to the working package; skips where the clone lacks the tag."""
    found = subprocess.run(["git", "-C", str(repo), "rev-parse", "--verify", "--quiet", "v1.0.0^{commit}"],
                           capture_output=True)
    if found.returncode != 0:
        pytest.skip("the v1.0.0 tag is not in this clone (git fetch --tags brings it)")
    return diff_packages(release_path("v1.0.0", repo, tmp_path), repo / "datapackage.json")


def test_diff_from_the_1_0_0_tag_lists_the_expected_changes(repo, tmp_path):
    changes = _changes_since_1_0_0(repo, tmp_path)
    assert changes["old_version"] == "1.0.0" and "countries" in changes["resources_added"]
    assert changes["resources"]["participants"]["columns_renamed"] == {"country_iso3": "side_iso3"}
    codebook = {c["id"]: c["fields"] for c in changes["resources"]["codebook"]["changed"]}
    assert codebook["commitments/modality/signed"]["plover_type"] == ["AGREE", "SUPPORT"]
    assert "plover_mode" in changes["resources"]["codebook"]["columns_added"]
    assert "events" not in changes["resources"] or not changes["resources"]["events"]["removed"]


def test_the_changelog_names_what_diff_reports_since_the_last_tag(repo, tmp_path):
    changes = _changes_since_1_0_0(repo, tmp_path)
    entries = (repo / "CHANGELOG.md").read_text().split("\n## ")[1:]
    since = entries[:next(i for i, e in enumerate(entries) if e.startswith("1.0.0"))]
    entry = "\n".join(since)  # every entry newer than 1.0.0 (an Unreleased one included)
    named = list(changes["resources_added"])
    for d in changes["resources"].values():
        named += d["columns_added"] + list(d["columns_renamed"].values())
    assert [n for n in named if f"`{n}`" not in entry and f".{n}`" not in entry] == []
