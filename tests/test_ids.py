"""IDs: the guard compares with the last release tag, and new IDs come from the ledger."""

from __future__ import annotations

import shutil
import subprocess

import pytest
import yaml
from click.testing import CliRunner

from mini import write_repo
from pakiran_events.build.build import build
from pakiran_events.cli import main
from pakiran_events.core.problems import ProblemsFound


def _git(root, *args):
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@example.org", "PATH": "/usr/bin:/bin"})


def _drop_second_commitment(root):
    path = root / "dataset" / "curated" / "events" / "one.yaml"
    data = yaml.safe_load(path.read_text())
    data["events"][0]["commitments"].pop()
    path.write_text(yaml.safe_dump(data, sort_keys=False))


def test_the_guard_compares_with_the_last_release_tag_not_the_work_tree(tmp_path, repo):
    root = write_repo(tmp_path, repo)
    build(root)
    _git(root, "init", "-q")
    _git(root, "add", "-A")
    _git(root, "commit", "-qm", "release")
    _git(root, "tag", "v0.1.0")
    # the published files in the work tree are gone (or were rebuilt without the id): the tag still knows it
    shutil.rmtree(root / "dataset" / "data")
    (root / "datapackage.json").unlink()
    _drop_second_commitment(root)
    with pytest.raises(ProblemsFound) as exc:
        build(root)
    assert ("commitments", "C000002", "id-dropped") in {(p.resource, p.record_id, p.code) for p in exc.value.problems}


def test_without_a_tag_the_work_tree_package_is_the_reference(tmp_path, repo):
    root = write_repo(tmp_path, repo)
    build(root)
    shutil.rmtree(root / "dataset" / "data")
    (root / "datapackage.json").unlink()
    _drop_second_commitment(root)
    build(root)  # nothing released to compare with: a first build


def test_new_id_allocates_past_every_used_id_and_build_requires_allocation(tmp_path, repo):
    root = write_repo(tmp_path, repo)
    build(root)
    runner = CliRunner()
    first = runner.invoke(main, ["new-id", "commitment", "--root", str(root), "--note", "first"])
    assert first.exit_code == 0 and first.output.split() == ["C000003"]  # C000001-2 are used in the curated file
    more = runner.invoke(main, ["new-id", "commitment", "--count", "2", "--root", str(root)])
    assert more.output.split() == ["C000004", "C000005"]
    ledger = (root / "dataset" / "curated" / "ids.csv").read_text().splitlines()
    assert ledger[0] == "id,kind,note" and ledger[1] == "C000003,commitment,first" and len(ledger) == 4
    # with a ledger, curated ids it does not list are refused
    with pytest.raises(ProblemsFound) as exc:
        build(root)
    found = {(p.record_id, p.code) for p in exc.value.problems}
    assert {("C000001", "id-not-allocated"), ("C000002", "id-not-allocated"), ("E000001", "id-not-allocated")} <= found
    events = runner.invoke(main, ["new-id", "event", "--root", str(root)])
    assert events.output.split() == ["E000002"]


def test_the_repo_ledger_holds_every_hand_checked_id(repo):
    import polars as pl

    ledger = set(pl.read_csv(repo / "dataset" / "curated" / "ids.csv", infer_schema=False)["id"])
    events = pl.read_parquet(repo / "dataset" / "data" / "events.parquet").filter(pl.col("review_status") == "hand-checked")
    assert set(events["event_id"]) <= ledger
