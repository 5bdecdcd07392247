"""extract with its worker pool (issue 16: the parent's memory flat with the corpus): clustering
leaves the events in a worker's file and the tables are made by a worker, so the warnings the
clustered events give (`engagement-unplaced`: a ceremony told with no place and no country) are
reached in that worker. They must be the in-process path's, word for word, in the same order.
Every report here is made up, in our own words."""

from __future__ import annotations

from click.testing import CliRunner

from extract_fixtures import write_corpus
from pakiran_events.cli import main

DOCS = [("ribbon-1", "2025-03-04", "Foreign Minister Ishaq Dar and Iranian Foreign Minister Abbas Araghchi jointly "
                                   "opened a new border market on Monday."),
        ("ribbon-3", "2025-03-05", "Foreign Minister Ishaq Dar and Iranian Foreign Minister Abbas Araghchi jointly "
                                   "opened a new border market on Monday, officials said."),
        ("ribbon-2", "2025-06-10", "Foreign Minister Ishaq Dar and Iranian Foreign Minister Abbas Araghchi jointly "
                                   "opened a new border market in Gwadar on Monday.")]


def _run(tmp_path, scheduler: str) -> tuple[list[str], dict[str, bytes]]:
    root = write_corpus(tmp_path / "c", DOCS)
    out = tmp_path / scheduler
    args = ["extract", "--corpus", str(root), "--out", str(out), "--scheduler", scheduler, "--no-progress"]
    result = CliRunner().invoke(main, args + (["--workers", "1"] if scheduler == "processes" else []))
    assert result.exit_code == 0, result.output
    lines = [line.replace(str(out), "OUT") for line in result.output.splitlines() if "engagement-unplaced" in line]
    files = {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted((out / "data").glob("*.csv"))}
    return lines, files


def test_the_unwritten_events_warnings_reached_in_a_worker_are_the_in_process_ones(tmp_path):
    here, here_files = _run(tmp_path, "synchronous")
    apart, apart_files = _run(tmp_path, "processes")
    assert apart == here and apart_files == here_files
    assert any("[ribbon-1]" in line and "no place or country" in line for line in apart), apart
    assert not any("[ribbon-2]" in line for line in apart)  # placed in Gwadar: written, no warning
