"""A worker process that dies while reading a chunk (killed, out of memory) ends `extract` with a
one-line error and exit 1, the previous package kept; never `internal error` (issue 13). The
fixtures are sentences written for this test."""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("dask")

from extract_fixtures import write_corpus  # noqa: E402
from pakiran_events.cli import main as cli  # noqa: E402
from pakiran_events.core import env  # noqa: E402
from pakiran_events.extract import run  # noqa: E402


def _corpus(folder: Path, texts: dict[str, str]) -> Path:
    return write_corpus(folder, [(doc, "2024-01-01", text) for doc, text in texts.items()])



@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork to plant the fault")
def test_a_worker_that_dies_mid_chunk_is_a_one_line_error_not_an_internal_one(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path / "corpus", {"f1": " date 2024-01-01 Two envoys met in Quetta on Monday.",
                                           "f2": " date 2024-01-02 The envoys met again in Quetta."})
    original = run.read_one

    def dies_on_f2(entry, lex, seconds=None):
        if entry.get("doc_id") == "f2":
            os._exit(9)  # as the kernel's OOM killer would end it: no exception, no clean-up
        return original(entry, lex, seconds)

    monkeypatch.setattr(run, "read_one", dies_on_f2)  # forked workers inherit the fault
    monkeypatch.setattr(run, "worker_pool",
                        lambda workers: ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")))
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["extract", "--corpus", str(corpus), "--out", str(out), "--no-progress"])
    assert "internal error" not in result.output
    assert result.exit_code == 1, result.output
    assert "worker" in result.output and "ended" in result.output
    assert not out.exists()


def test_shard_folders_left_by_a_killed_extract_are_removed_by_the_next_one(tmp_path, monkeypatch):
    """`kill -9` leaves the temporary folder of shards and candidate pickles behind (at a million
    reports, gigabytes). The next extract removes those of processes that no longer run (its own
    user's, on this host and pid namespace), and keeps any a running extract is using, or whose
    owner it cannot tell."""
    import subprocess
    import sys

    shards = tmp_path / "shards"
    shards.mkdir()
    monkeypatch.setenv(env.SHARDS, str(shards))
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True).stdout.strip()
    tag = run.shard_tag()
    stale = shards / f".extract-shards-{tag}-{dead}-abc123"
    live = shards / f".extract-shards-{tag}-{os.getpid()}-def456"
    unknown = shards / ".extract-shards-ghi789"
    other_host = shards / f".extract-shards-{int(tag, 16) ^ 1:08x}-{dead}-jkl012"  # another container's pids
    for folder in (stale, live, unknown, other_host):
        folder.mkdir()
        (folder / "candidates-000000.pickle").write_bytes(b"left over")
    corpus = _corpus(tmp_path / "corpus", {"f1": " date 2024-01-01 Two envoys met in Quetta on Monday."})
    result = CliRunner().invoke(cli, ["extract", "--corpus", str(corpus), "--out", str(tmp_path / "out"),
                                      "--scheduler", "synchronous", "--no-progress"])
    assert result.exit_code == 0, result.output
    assert not stale.exists()
    assert live.exists() and unknown.exists() and other_host.exists()
    assert sorted(p.name for p in shards.iterdir()) == sorted([live.name, unknown.name, other_host.name])  # its own is gone too
