"""Releases you can deposit, cite and load again (issue 14, item 6): a deterministic release
archive, pe.cite() reading the data's version, pe.load(package=, version=) offline."""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile

import polars as pl
import pytest
from click.testing import CliRunner

import pakiran_events as pe
from pakiran_events.cli import main as cli
from pakiran_events.publish.archive import release_archive


def _release(repo, dst, version: str, keep_events: int):
    """A made-up older release: the published package with another version and fewer events."""
    (dst / "dataset").mkdir(parents=True)
    shutil.copytree(repo / "dataset" / "data", dst / "dataset" / "data")
    desc = json.loads((repo / "datapackage.json").read_text())
    desc["version"] = version
    events = dst / "dataset" / "data" / "events.parquet"
    pl.read_parquet(events).head(keep_events).write_parquet(events)
    data = events.read_bytes()  # a release's descriptor states its files' size and hash
    facts = next(r for r in desc["resources"] if r["name"] == "events")["parquet"]
    facts.update(bytes=len(data), hash=f"sha256:{hashlib.sha256(data).hexdigest()}")
    (dst / "datapackage.json").write_text(json.dumps(desc))
    return dst


def test_the_release_archive_holds_the_package_and_its_deposit_files_byte_for_byte_again(repo, tmp_path):
    first = release_archive(repo, tmp_path / "a")
    again = release_archive(repo, tmp_path / "b")
    assert first.name == f"pakiran-events-{json.loads((repo / 'datapackage.json').read_text())['version']}.zip"
    assert first.read_bytes() == again.read_bytes()
    names = zipfile.ZipFile(first).namelist()
    top = first.stem
    for member in ("datapackage.json", "dataset/data/events.csv", "dataset/data/events.parquet", "CITATION.cff",
                   "LICENSE-DATA", "dataset/README.md"):
        assert f"{top}/{member}" in names


def test_the_archive_refuses_a_citation_of_another_version(repo, tmp_path):
    copy = tmp_path / "repo"
    copy.mkdir()
    shutil.copytree(repo / "schemas", copy / "schemas")
    for name in ("datapackage.json", "LICENSE-DATA", "CHANGELOG.md"):
        shutil.copy(repo / name, copy / name)
    shutil.copytree(repo / "dataset", copy / "dataset", ignore=shutil.ignore_patterns("extracted", "curated"))
    (copy / "CITATION.cff").write_text((repo / "CITATION.cff").read_text().replace('version: "', 'version: "9.'))
    with pytest.raises(ValueError, match="CITATION.cff cites version 9."):
        release_archive(copy, tmp_path / "out")
    out = CliRunner().invoke(cli, ["archive", "--root", str(copy), "--out", str(tmp_path / "out")])
    assert out.exit_code == 1 and "CITATION.cff" in out.output


def test_an_older_release_loads_offline_and_a_pinned_version_is_checked(repo, tmp_path):
    old = _release(repo, tmp_path / "old", "0.9.0", keep_events=5)
    assert pe.load("events", package=old).height == 5
    assert pe.load("events", package=old, version="0.9.0").height == 5
    installed = json.loads(pe.descriptor_path().read_text())["version"]
    assert pe.load("events", version=installed).height == pe.load("events").height
    with pytest.raises(ValueError, match="is release .*, not 0.9.0"):
        pe.load("events", version="0.9.0")
    with pytest.raises(FileNotFoundError, match="no datapackage.json"):
        pe.load("events", package=tmp_path)


def test_cite_reads_the_version_of_the_data(monkeypatch):
    from pakiran_events.loader import about, read

    root, desc = read.read_descriptor()
    # patched where cite() looks it up (about imports read_descriptor at its top)
    monkeypatch.setattr(about, "read_descriptor", lambda package=None: (root, {**desc, "version": "7.7.7"}))
    assert "version = {7.7.7}" in pe.cite() and "(Version 7.7.7)" in pe.cite("apa")


def test_every_view_reads_its_tables_from_the_release_asked_for(repo, tmp_path):
    """A view of an older release is computed from that release's tables, not the installed
    ones: with five events left, each view holds only rows of those five."""
    old = _release(repo, tmp_path / "old", "0.9.0", keep_events=5)
    kept = set(pl.read_parquet(old / "dataset" / "data" / "events.parquet")["event_id"])
    desc = json.loads((old / "datapackage.json").read_text())
    for name in ("participants", "commitments", "event_sources"):  # the release's other tables agree
        path = old / "dataset" / "data" / f"{name}.parquet"
        pl.read_parquet(path).filter(pl.col("event_id").is_in(kept)).write_parquet(path)
        data = path.read_bytes()
        facts = next(r for r in desc["resources"] if r["name"] == name)["parquet"]
        facts.update(bytes=len(data), hash=f"sha256:{hashlib.sha256(data).hexdigest()}")
    (old / "datapackage.json").write_text(json.dumps(desc))
    for view in (pe.engagements, pe.participation, pe.dyads, pe.event_codes):
        installed, pinned = view(), view(package=old, version="0.9.0")
        assert set(pinned["event_id"]) <= kept, view.__name__
        assert set(installed["event_id"]) - kept, view.__name__  # the installed release has more
        with pytest.raises(ValueError, match="is release .*, not 0.9.0"):
            view(version="0.9.0")
    assert pe.engagements(roll_up=True, package=old).height <= 5
    counts = pe.dyad_years(package=old, multi_year="skip")
    assert counts.select(pl.sum_horizontal("n_visits", "n_meetings", "n_calls", "n_other_events").sum()).item() <= 5
    first = pl.read_parquet(old / "dataset" / "data" / "events.parquet")["date_start"].min()
    assert pe.office_holders(first, package=old).height == pe.office_holders(first).height  # positions kept whole
    with pytest.raises(ValueError, match="is release .*, not 0.9.0"):
        pe.office_holders(first, version="0.9.0")


def test_the_extracted_candidates_carry_the_release_version(repo):
    """dataset/extracted is regenerated for each release (RELEASING.md step 5, after the version is
    set): its descriptor names the same version as the package and the code."""
    from pakiran_events._version import __version__

    extracted = json.loads((repo / "dataset" / "extracted" / "datapackage.json").read_text())
    published = json.loads((repo / "datapackage.json").read_text())
    assert extracted["version"] == published["version"] == __version__


def test_a_table_an_older_release_lacks_is_named_with_that_releases_tables(repo, tmp_path):
    """Release 1.0.0 had no `countries` table, which every view needs: the error names the release
    and lists its own tables, not the installed package's (and suggests no name it lacks)."""
    old = _release(repo, tmp_path / "old", "0.9.0", keep_events=5)
    desc = json.loads((old / "datapackage.json").read_text())
    desc["resources"] = [r for r in desc["resources"] if r["name"] != "countries"]
    (old / "datapackage.json").write_text(json.dumps(desc))
    with pytest.raises(KeyError) as exc:
        pe.engagements(package=old)
    message = str(exc.value)
    assert "no table 'countries' in release 0.9.0" in message and "did you mean 'countries'" not in message
    assert "tables are: " in message and "countries" not in message.split("tables are: ")[1]


def test_a_release_without_views_says_so(repo, tmp_path):
    """Asked for a view of a release that publishes none, the error says 'none in this release'
    rather than ending on an empty list (the newcomer of round 27 saw "views: " with nothing after)."""
    old = _release(repo, tmp_path / "old", "0.9.0", keep_events=5)
    desc = json.loads((old / "datapackage.json").read_text())
    desc.pop("derivedViews", None)
    (old / "datapackage.json").write_text(json.dumps(desc))
    with pytest.raises(KeyError) as exc:
        pe.load("engagements", package=old)
    assert "views: none in this release" in str(exc.value)
