"""build merges the extracted package: hand-checked records win, matches are linked, the rest is
published as script-extracted; curated files are never touched."""

from __future__ import annotations

import hashlib

import polars as pl

from mini import write_repo
from pakiran_events.build.build import build
from pakiran_events.extract.run import extract


def _hashes(folder):
    return {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_candidates_are_linked_or_published_and_curated_files_are_untouched(tmp_path, repo):
    root = write_repo(tmp_path, repo)
    build(root)
    curated_before = _hashes(root / "dataset" / "curated")
    extract(root / "corpus", root / "dataset" / "extracted", scheduler="synchronous", gazetteer=root)
    build(root)
    data = root / "dataset" / "data"
    events = pl.read_parquet(data / "events.parquet")
    links = pl.read_parquet(data / "candidate_links.parquet")
    # the Quetta meeting of alpha is the curated E000001: linked, not published twice
    assert links.filter(pl.col("event_id") == "E000001").height == 1
    assert events.filter(pl.col("event_id") == "E000001")["review_status"].to_list() == ["hand-checked"]
    # gamma's meeting on Sunday 3 March matches nothing curated: published as script-extracted
    extracted = events.filter(pl.col("review_status") == "script-extracted")
    # told without a trip, it is a stand-alone meeting (CURATION.md §2: a visit record needs a report of the trip)
    assert set(extracted["event_type"]) == {"meeting"}
    meeting = extracted.filter(pl.col("event_type") == "meeting").row(0, named=True)
    assert str(meeting["date_start"]) == "2024-03-03" and meeting["city"] == "Quetta"
    assert meeting["parent_event_id"] is None
    sources = pl.read_parquet(data / "event_sources.parquet")
    assert set(sources.filter(pl.col("event_id") == meeting["event_id"])["source_id"]) == {"gamma-20240304-talks"}
    assert _hashes(root / "dataset" / "curated") == curated_before


def test_a_new_extraction_may_renumber_script_extracted_ids_but_not_hand_checked_ones(tmp_path, repo):
    root = write_repo(tmp_path, repo)
    build(root)
    extract(root / "corpus", root / "dataset" / "extracted", scheduler="synchronous", gazetteer=root)
    build(root)
    before = pl.read_parquet(root / "dataset" / "data" / "events.parquet")
    # the corpus loses gamma: its candidates disappear, which the id guard allows
    (root / "corpus" / "docs" / "gamma-20240304-talks.txt").write_text("", encoding="utf-8")
    extract(root / "corpus", root / "dataset" / "extracted", scheduler="synchronous", gazetteer=root)
    build(root)
    after = pl.read_parquet(root / "dataset" / "data" / "events.parquet")
    dropped = set(before["event_id"]) - set(after["event_id"])
    assert dropped and set(before.filter(pl.col("event_id").is_in(dropped))["review_status"]) == {"script-extracted"}
    assert set(after.filter(pl.col("review_status") == "hand-checked")["event_id"]) == {"E000001"}
    sources = pl.read_parquet(root / "dataset" / "data" / "event_sources.parquet")
    assert "gamma-20240304-talks" not in set(sources["source_id"])
