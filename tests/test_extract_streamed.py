"""Streaming extraction (issue 16, item 3): the candidates of each chunk go to a file by block
bucket, the parent clusters one bucket at a time, and the evidence is spilled to Parquet by row
groups. The events, their rows and their evidence must be exactly those of clustering every
report in memory. Real reports are read from the corpus folders at run time (skipped when
absent); nothing of them is stored here."""

from __future__ import annotations

import copy

import pytest

from conftest import CORPUS_FOLDERS
from pakiran_events.extract import write
from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.run import (
    BUCKETS,
    bucket_of,
    candidate_index,
    candidates_file,
    cluster_streamed,
    manifests,
    read_one,
    write_candidates,
)

pytestmark = pytest.mark.skipif(not all((f / "manifest.csv").is_file() for f in CORPUS_FOLDERS),
                                reason="the news corpus folders are not beside the checkout (CI has them)")


def test_bucket_is_stable_and_in_range():
    keys = [("visit", "A", "PAK"), ("phone_call", "A", "B"), ("other", "", "")]
    assert [bucket_of(k) for k in keys] == [bucket_of(tuple(k)) for k in keys]
    assert all(0 <= bucket_of(k) < BUCKETS for k in keys)


def test_streamed_clustering_and_spilled_evidence_equal_the_in_memory_ones(tmp_path, monkeypatch):
    from pakiran_events.extract.lexicon import load_lexicon

    entries, lex = manifests(list(CORPUS_FOLDERS)), load_lexicon()
    reads = [r for r in (read_one(e, lex)[0] for e in entries[:90]) if not r.problem]
    assert sum(len(r.candidates) for r in reads) > 20  # enough to make several events
    expected = write.event_rows(cluster((r.doc_id, r.published, r.candidates) for r in reads), lex, {})

    chunks = [copy.deepcopy(reads[i:i + 7]) for i in range(0, len(reads), 7)]  # several chunk files, odd size
    files = []
    for n, chunk in enumerate(chunks):
        path = candidates_file(tmp_path / f"spans-{n:06d}.parquet")
        write_candidates(chunk, path)
        assert all(not r.candidates for r in chunk)  # the reads keep none: the file holds them
        assert set(candidate_index(path)) <= set(range(BUCKETS))
        files.append(path)
    events = cluster_streamed(files)
    assert all(not e.members for e in events)  # the candidates are dropped once clustered
    monkeypatch.setattr(write, "SPILL_ROWS", 50)  # many row groups
    rows, evidence = write._event_rows(events, lex, {}, spill=tmp_path / "evidence.parquet")
    assert sorted(p.name for p in tmp_path.glob("evidence-*.parquet")) == \
        ["evidence-commitments.parquet", "evidence-events.parquet", "evidence-participants.parquet"]
    assert {k: rows[k] for k in ("events", "participants", "commitments")} == \
        {k: expected[k] for k in ("events", "participants", "commitments")}
    # the same rows, spilled in key order (sorted per event, one file per record_table): no global sort
    assert list(evidence.collect().iter_rows()) == sorted(expected["evidence"])


def test_streamed_evidence_table_equals_the_in_memory_one(tmp_path, monkeypatch):
    """With a spill file the evidence table is a LazyFrame over a key-sorted file beside it
    (joined to its hashes and sorted by the streaming engine): the same rows, in the same order,
    as the in-memory path; every other table is the same DataFrame."""
    import polars as pl

    from pakiran_events.extract.adapter import load_package_schemas, row_counts
    from pakiran_events.extract.lexicon import load_lexicon

    entries, lex = manifests(list(CORPUS_FOLDERS)), load_lexicon()
    read = [read_one(e, lex) for e in entries[:60]]
    read = [(r, h) for r, h in read if not r.problem]
    shards = []
    for n in range(0, len(read), 9):  # several shards
        rows = [row for _, hashes in read[n:n + 9] for row in hashes]
        shard = tmp_path / f"spans-{n:06d}.parquet"
        pl.DataFrame(rows, schema={"source_id": pl.String, "char_start": pl.Int64, "char_end": pl.Int64,
                                   "span_sha256": pl.String}, orient="row").write_parquet(shard)
        shards.append(str(shard))
    sources = [r.source for r, _ in read]
    schemas = load_package_schemas()

    def tables(spill):
        events = cluster((r.doc_id, r.published, copy.deepcopy(r.candidates)) for r, _ in read)
        return write.package_tables(events, sources, lex, {}, pl.scan_parquet(shards), schemas, spill=spill)

    memory = tables(None)
    monkeypatch.setattr(write, "SPILL_ROWS", 40)  # many row groups
    streamed = tables(tmp_path / "evidence.parquet")
    assert isinstance(streamed["evidence"], pl.LazyFrame)
    assert (tmp_path / "evidence-sorted.parquet").is_file()
    assert memory["evidence"].height > 100
    assert streamed["evidence"].collect().equals(memory["evidence"])
    assert all(streamed[n].equals(memory[n]) for n in memory if n != "evidence")
    assert row_counts(streamed) == row_counts(memory)


def test_spilled_evidence_stays_in_key_order_when_ids_outgrow_six_digits(tmp_path, monkeypatch):
    """Past E999999 an id has eight characters and text order is no longer id order: the spill
    files are then sorted as a whole (`_Rows.in_key_order`), and the rows still come in key order."""
    from pakiran_events.extract.lexicon import load_lexicon

    entries, lex = manifests(list(CORPUS_FOLDERS)), load_lexicon()
    reads = [r for r in (read_one(e, lex)[0] for e in entries[:40]) if not r.problem]
    monkeypatch.setattr(write, "ID_BASE", 999_995)  # a few ids below 1,000,000, the rest above
    events = cluster((r.doc_id, r.published, r.candidates) for r in reads)
    expected = write.event_rows(events, lex, {})
    assert len(expected["events"]) > 5
    monkeypatch.setattr(write, "SPILL_ROWS", 30)
    rows, evidence = write._event_rows(events, lex, {}, spill=tmp_path / "evidence.parquet")
    got = list(evidence.lazy().collect().iter_rows())
    assert got == sorted(expected["evidence"])
    assert any(len(r[1]) > 7 for r in got) and any(len(r[1]) == 7 for r in got)


def test_the_whole_extract_publishes_the_same_tables_at_any_chunk_size(tmp_path, monkeypatch):
    """One chunk per report, two reports per chunk, or one chunk for the corpus: the candidates
    files, buckets and shards differ, the published tables (every CSV, byte for byte) do not.
    (The first corpus folder only, to keep it quick; all folders held too when tried at 1, 2 and
    10,000.)"""
    from pakiran_events.extract import run

    def tables(out):
        return {p.name: p.read_bytes() for p in sorted((out / "data").glob("*.csv"))}

    outputs = []
    for chunk in (10_000, 1, 2):
        monkeypatch.setattr(run, "CHUNK", chunk)
        out = tmp_path / f"out-{chunk}"
        run.extract([CORPUS_FOLDERS[0]], out, scheduler="synchronous", progress=False)
        outputs.append(tables(out))
    assert len(outputs[0]) >= 5 and b"\n" in outputs[0]["events.csv"].strip()
    assert outputs[1] == outputs[0] and outputs[2] == outputs[0]
