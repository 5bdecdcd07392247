"""Breaks found by hostile testing of `extract` (round 3): a first run that fails leaves only its
lock in a new --out folder, and the retry must not be refused for it; PAKIRAN_SHARDS naming a
missing folder or a file is reported by name, not as a bare errno."""

from __future__ import annotations

from pathlib import Path

import pytest

from pakiran_events.core.env import SHARDS
from pakiran_events.extract.run import shard_folder
from pakiran_events.extract.write import check_out_folder


def test_a_folder_holding_only_the_lock_of_a_failed_first_run_is_accepted(tmp_path: Path):
    out = tmp_path / "out"
    out.mkdir()
    (out / ".pakiran-events.lock").write_bytes(b"")
    check_out_folder(out)  # raised "holds something other than an extracted package" before the fix


def test_a_lock_beside_other_files_is_still_refused(tmp_path: Path):
    out = tmp_path / "out"
    out.mkdir()
    (out / ".pakiran-events.lock").write_bytes(b"")
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(ValueError, match="something other than an extracted package"):
        check_out_folder(out)


@pytest.mark.parametrize("make", [lambda p: None, lambda p: p.write_text("not a folder", encoding="utf-8")])
def test_pakiran_shards_that_is_missing_or_a_file_is_named_in_the_error(tmp_path: Path, monkeypatch, make):
    target = tmp_path / "shards"
    make(target)
    monkeypatch.setenv(SHARDS, str(target / "x") if not target.exists() else str(target))
    with pytest.raises(ValueError, match=r"^PAKIRAN_SHARDS=.*writable folder"):
        shard_folder()
