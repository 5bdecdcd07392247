"""`extract --out DIR` never replaces what is not an extracted package (issue 13): the current
folder, a checkout, the hand-checked package, a folder of other files, or a `data/` holding a
file that is not one of the package's tables is refused in one line, before any work."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from pakiran_events.extract.write import EXTRACTED_NAME, check_out_folder


def _extracted(folder: Path) -> Path:
    (folder / "data" / "views").mkdir(parents=True)
    (folder / "datapackage.json").write_text(json.dumps({"name": EXTRACTED_NAME, "resources": [
        {"name": "events", "path": "data/events.csv"}]}), encoding="utf-8")
    (folder / "data" / "events.csv").write_text("event_id\n", encoding="utf-8")
    (folder / "data" / "events.parquet").write_bytes(b"")
    return folder


def test_a_new_empty_or_extracted_folder_is_accepted(tmp_path: Path):
    check_out_folder(tmp_path / "new")
    (tmp_path / "empty").mkdir()
    check_out_folder(tmp_path / "empty")
    check_out_folder(_extracted(tmp_path / "pkg"))


@pytest.mark.parametrize("make, reason", [
    (lambda d: (d / "notes.txt").write_text("mine", encoding="utf-8"), "something other than an extracted package"),
    (lambda d: (d / ".git").mkdir(), "checkout or the hand-checked package"),
    (lambda d: (d / "dataset" / "curated").mkdir(parents=True), "checkout or the hand-checked package"),
    (lambda d: (d / "datapackage.json").write_text('{"name": "pakiran-events"}', encoding="utf-8"),
     "something other than an extracted package"),
])
def test_a_folder_that_is_not_an_extracted_package_is_refused(tmp_path: Path, make, reason):
    make(tmp_path)
    with pytest.raises(ValueError, match=reason):
        check_out_folder(tmp_path)


def test_an_extracted_package_with_foreign_files_is_refused(tmp_path: Path):
    pkg = _extracted(tmp_path / "pkg")
    (pkg / "data" / "my-notes.csv").write_text("x\n", encoding="utf-8")
    with pytest.raises(ValueError, match="my-notes.csv"):
        check_out_folder(pkg)
    (pkg / "data" / "my-notes.csv").unlink()
    (pkg / "analysis").mkdir()
    with pytest.raises(ValueError, match="analysis"):
        check_out_folder(pkg)


def test_the_current_folder_and_its_parents_are_refused(tmp_path: Path):
    here = Path.cwd()
    os.chdir(_extracted(tmp_path / "pkg"))
    try:
        for out in (".", "..", str(tmp_path)):
            with pytest.raises(ValueError, match="current folder"):
                check_out_folder(Path(out))
    finally:
        os.chdir(here)


def test_the_command_refuses_in_one_line_and_leaves_the_folder(tmp_path: Path):
    from click.testing import CliRunner

    from pakiran_events.cli import main

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "manifest.csv").write_text("doc_id,file\n", encoding="utf-8")
    (tmp_path / "out" / "data").mkdir(parents=True)
    (tmp_path / "out" / "data" / "keep.txt").write_text("mine", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--corpus", str(corpus), "--out", str(tmp_path / "out"),
                                       "--scheduler", "synchronous"])
    assert result.exit_code != 0 and "not replaced" in result.output and "internal error" not in result.output
    assert (tmp_path / "out" / "data" / "keep.txt").read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize("make", [
    lambda v: (v / "my-notes.txt").write_text("mine", encoding="utf-8"),
    lambda v: (v / "sub").mkdir(),
])
def test_a_views_folder_holding_anything_but_views_is_refused(tmp_path: Path, make):
    """data/views/ is replaced with the package too: a file of the user's there is named, not
    deleted (review: a note and a subfolder in views/ vanished)."""
    out = _extracted(tmp_path / "pkg")
    (out / "data" / "views" / "engagements.parquet").write_bytes(b"")
    check_out_folder(out)
    make(out / "data" / "views")
    with pytest.raises(ValueError, match="views/"):
        check_out_folder(out)


def test_a_folder_inside_the_hand_checked_package_is_refused(tmp_path: Path):
    """`--out dataset/curated/newpkg` would put a package among the curator's files."""
    with pytest.raises(ValueError, match="dataset/curated"):
        check_out_folder(tmp_path / "repo" / "dataset" / "curated" / "newpkg")
