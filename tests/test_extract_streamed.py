"""Streaming extraction (issue 16, item 3): the candidates of each chunk go to a file by block
bucket, the parent clusters one bucket at a time, and the evidence is spilled to Parquet by row
groups. The events, their rows and their evidence must be exactly those of clustering every
report in memory. Real reports are read from the corpus folders at run time (skipped when
absent); nothing of them is stored here."""

from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


def test_evidence_made_a_frame_at_each_record_keeps_the_rows_and_their_key_order(tmp_path, monkeypatch):
    """With FLUSH_ROWS tiny, an event's evidence becomes a frame at the end of each of its records
    (issue 16: the parent held a whole event's rows as tuples): in memory the rows and their order
    are those of one frame per event, and spilled they still come in key order, with no global sort."""
    from pakiran_events.extract.lexicon import load_lexicon

    entries, lex = manifests(list(CORPUS_FOLDERS)), load_lexicon()
    reads = [r for r in (read_one(e, lex)[0] for e in entries[:60]) if not r.problem]
    events = cluster((r.doc_id, r.published, r.candidates) for r in reads)
    whole_rows, whole = write._event_rows(events, lex, {})
    assert whole.height > 100
    flushes = []
    real_flush = write._Rows.flush

    def counted(self):
        flushes.append(len(self.rows["evidence"]))
        real_flush(self)

    monkeypatch.setattr(write._Rows, "flush", counted)
    monkeypatch.setattr(write, "FLUSH_ROWS", 3)
    rows, parts = write._event_rows(events, lex, {})
    assert len(flushes) > 2 * len(whole_rows["events"])  # records flushed within events, not once an event
    assert rows == whole_rows and parts.equals(whole)
    monkeypatch.setattr(write, "SPILL_ROWS", 20)
    rows, spilled = write._event_rows(events, lex, {}, spill=tmp_path / "evidence.parquet")
    assert rows == whole_rows
    assert list(spilled.collect().iter_rows()) == sorted(whole.iter_rows())


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
    # the hashes joined by a worker process (as extract does with its pool): the same tables
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    (tmp_path / "apart").mkdir()
    cpu: list = []
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        events = cluster((r.doc_id, r.published, copy.deepcopy(r.candidates)) for r, _ in read)
        apart = write.package_tables(events, sources, lex, {}, pl.scan_parquet(shards), schemas,
                                     spill=tmp_path / "apart" / "evidence.parquet", pool=pool, worker_cpu=cpu)
    assert len(cpu) == 2 and all(seconds > 0 for seconds in cpu)  # the hash join, then event_sources' links
    assert (tmp_path / "apart" / "evidence-sorted.parquet").is_file()
    assert apart["evidence"].collect().equals(memory["evidence"])
    assert all(apart[n].equals(memory[n]) for n in memory if n != "evidence")
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


def test_a_chunk_writes_its_sources_rows_beside_its_shard_and_the_reads_keep_none(tmp_path):
    """The sources rows of a chunk go to a Parquet file beside its span shard, as the text cells
    the parent would have made of them (`core.tables.frame_from_rows`), the failed documents left
    out; the reads that travel back to the parent carry no source row (issue 16: a source dict per
    report held by the parent grew with the corpus)."""
    import polars as pl

    from pakiran_events.core.tables import frame_from_rows
    from pakiran_events.extract.adapter import load_package_schemas
    from pakiran_events.extract.lexicon import load_lexicon
    from pakiran_events.extract.run import read_chunk, sources_file

    lex = load_lexicon()
    entries = manifests(list(CORPUS_FOLDERS))[:5]
    broken = {"doc_id": "made-up-missing-report", "file": "docs/no-such-report.txt", "root": str(tmp_path)}
    expected = [read_one(e, lex)[0].source for e in entries]
    shard = tmp_path / "spans-000000.parquet"
    sent, _ = read_chunk([*entries[:2], broken, *entries[2:]], lex, str(shard))
    assert sent.count == 6 and [r.source for r in sent.said] == [None]
    assert [r.doc_id for r in sent.said if r.problem] == ["made-up-missing-report"]
    written = pl.read_parquet(sources_file(shard))
    assert written.equals(frame_from_rows(expected, load_package_schemas()["sources"]))

    only_broken = tmp_path / "spans-000001.parquet"
    read_chunk([broken], lex, str(only_broken))
    empty = pl.read_parquet(sources_file(only_broken))
    assert empty.height == 0 and empty.columns == written.columns and set(empty.dtypes) == {pl.String}


def test_package_tables_take_the_sources_as_text_cells_or_as_rows_alike(tmp_path):
    """The sources table from the chunks' text frames (what extract passes now) equals the one
    from the rows as dicts."""
    import polars as pl

    from pakiran_events.core.tables import frame_from_rows
    from pakiran_events.extract.adapter import load_package_schemas
    from pakiran_events.extract.lexicon import load_lexicon

    lex, schemas = load_lexicon(), load_package_schemas()
    read = [read_one(e, lex) for e in manifests(list(CORPUS_FOLDERS))[:12]]
    read = [(r, h) for r, h in read if not r.problem]
    shard = tmp_path / "spans-000000.parquet"
    pl.DataFrame([row for _, h in read for row in h], schema={"source_id": pl.String, "char_start": pl.Int64,
                 "char_end": pl.Int64, "span_sha256": pl.String}, orient="row").write_parquet(shard)
    sources = [r.source for r, _ in read]
    text = pl.concat([frame_from_rows(sources[:5], schemas["sources"]), frame_from_rows(sources[5:], schemas["sources"])])

    def tables(given):
        events = cluster((r.doc_id, r.published, copy.deepcopy(r.candidates)) for r, _ in read)
        return write.package_tables(events, given, lex, {}, pl.scan_parquet(shard), schemas)

    as_rows, as_text = tables(sources), tables(text)
    assert as_rows["sources"].height == len(sources) > 5
    assert all(as_text[n].equals(as_rows[n]) for n in as_rows)


def test_a_worker_writes_the_sources_table_byte_for_byte_or_hands_back_its_problems(tmp_path):
    """`run.sources_table_files` (run by extract's worker: the sources table has a row per report,
    issue 16) writes the CSV and Parquet that writing the in-process typed table gives, byte for
    byte, and scanning its Parquet file gives that table; a cell that does not fit the schema
    writes nothing and hands back the problem naming the resource, field and value."""
    import polars as pl

    from pakiran_events.core.tables import frame_from_rows
    from pakiran_events.extract.adapter import load_package_schemas, typed_tables
    from pakiran_events.extract.lexicon import load_lexicon
    from pakiran_events.extract.run import sources_file, sources_table_files
    from pakiran_events.publish.write import write_tables

    lex, schemas = load_lexicon(), load_package_schemas()
    sources = [r.source for r, _ in (read_one(e, lex) for e in manifests(list(CORPUS_FOLDERS))[:9]) if not r.problem]
    shards = [tmp_path / "spans-000000.parquet", tmp_path / "spans-000001.parquet"]
    frame_from_rows(sources[5:], schemas["sources"]).write_parquet(sources_file(shards[0]))  # not in key order
    frame_from_rows(sources[:5], schemas["sources"]).write_parquet(sources_file(shards[1]))
    expected = typed_tables({"sources": sources}, {}, {"sources": schemas["sources"]})
    write_tables(expected, tmp_path / "here", {"sources": schemas["sources"]}, data_dir=tmp_path / "here")
    written, found = sources_table_files([str(s) for s in shards], schemas["sources"], str(tmp_path / "apart"))
    assert found == [] and written is not None
    assert [p.read_bytes() for p in written] == [(tmp_path / "here" / f"sources.{x}").read_bytes() for x in ("csv", "parquet")]
    assert pl.scan_parquet(written[1]).collect().equals(expected["sources"])

    bad = frame_from_rows(sources[:5], schemas["sources"]).with_columns(
        pl.when(pl.int_range(pl.len()) == 2).then(pl.lit("many")).otherwise(pl.col("bytes")).alias("bytes"))
    bad.write_parquet(sources_file(shards[1]))
    written, found = sources_table_files([str(s) for s in shards], schemas["sources"], str(tmp_path / "broken"))
    assert written is None and not (tmp_path / "broken").exists()
    assert found and all(p.resource == "sources" for p in found) and any("many" in str(p) for p in found)


def test_the_parent_holds_no_read_and_no_manifest_row_while_clustering(tmp_path, monkeypatch):
    """By the time the parent clusters, the manifest rows and the reads are gone: only the
    shards, the candidates and the sources files carry the reports (issue 16: the parent's
    memory must not grow with every report it has read)."""
    import gc

    from pakiran_events.extract import run

    seen = {}
    clustering = run.cluster_streamed

    def spy(files, spill=None):
        live = [o for o in gc.get_objects() if isinstance(o, run.Read)]
        rows = [o for o in gc.get_objects() if type(o) is dict and "seed_file" in o and "root" in o]
        seen.update(reads=len(live), manifest_rows=len(rows))
        return clustering(files, spill)

    monkeypatch.setattr(run, "cluster_streamed", spy)
    run.extract([CORPUS_FOLDERS[0]], tmp_path / "out", scheduler="synchronous", progress=False)
    assert seen == {"reads": 0, "manifest_rows": 0}


def test_hashed_evidence_takes_each_span_hash_from_its_documents_rows_only(tmp_path, monkeypatch):
    """Each evidence batch takes its hashes from the shards (issue 16: kept as a guard while the
    way a batch finds its hashes is reworked for memory): every row gets the hash of its own span,
    never another span of the same document's, over several batches and shards; a span no shard
    holds is still refused."""
    import polars as pl

    monkeypatch.setattr(write, "SPILL_ROWS", 3)
    cols = {"source_id": pl.String, "char_start": pl.Int64, "char_end": pl.Int64, "span_sha256": pl.String}
    pl.DataFrame([("doc-a", 0, 4, "ha04"), ("doc-a", 5, 9, "ha59"), ("doc-b", 0, 4, "hb04")], schema=cols,
                 orient="row").write_parquet(tmp_path / "spans-000000.parquet")
    pl.DataFrame([("doc-c", 0, 4, "hc04"), ("doc-c", 0, 9, "hc09"), ("doc-z", 0, 4, "hz04")], schema=cols,
                 orient="row").write_parquet(tmp_path / "spans-000001.parquet")
    hashes = pl.scan_parquet([str(tmp_path / "spans-000000.parquet"), str(tmp_path / "spans-000001.parquet")])
    ev = {"record_table": pl.String, "record_id": pl.String, "field": pl.String, "source_id": pl.String,
          "char_start": pl.Int64, "char_end": pl.Int64}
    rows = [("events", "E1", "event_type", "doc-a", 5, 9), ("events", "E1", "venue", "doc-c", 0, 9),
            ("events", "E2", "event_type", "doc-a", 0, 4), ("events", "E2", "venue", "doc-c", 0, 4),
            ("events", "E3", "event_type", "doc-b", 0, 4)]
    columns = [*ev, "span_sha256"]
    got = write._hashed_evidence(pl.LazyFrame(rows, schema=ev, orient="row"), hashes, tmp_path / "out.parquet", columns)
    assert [r[-1] for r in got.collect().iter_rows()] == ["ha59", "hc09", "ha04", "hc04", "hb04"]
    assert got.collect().columns == columns
    unhashed = pl.LazyFrame([*rows, ("events", "E4", "venue", "doc-c", 1, 2)], schema=ev, orient="row")
    with pytest.raises(RuntimeError, match="1 evidence span"):
        write._hashed_evidence(unhashed, hashes, tmp_path / "out2.parquet", columns)


def _candidate_files(tmp_path, lex, n_reports: int, per_chunk: int) -> list:
    """Candidates files of the first reports of the corpus, as the workers write them."""
    entries = manifests(list(CORPUS_FOLDERS))
    reads = [r for r in (read_one(e, lex)[0] for e in entries[:n_reports]) if not r.problem]
    files = []
    for n in range(0, len(reads), per_chunk):
        path = candidates_file(tmp_path / f"spans-{n:06d}.parquet")
        write_candidates(reads[n:n + per_chunk], path)
        files.append(path)
    return files


def test_clustering_in_a_worker_process_gives_the_same_events_and_spilled_parts(tmp_path, monkeypatch):
    """`cluster_apart` with a pool: a worker clusters and appends the events' heavy parts to the
    run's spill file; the events it sends back read them from there (`Event.full`) and give the
    same rows and evidence as clustering in this process; the worker's CPU time is reported."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from pakiran_events.extract.lexicon import load_lexicon
    from pakiran_events.extract.run import EventSpill, cluster_apart

    lex = load_lexicon()
    files = _candidate_files(tmp_path, lex, 70, 9)
    (tmp_path / "here").mkdir()
    (tmp_path / "apart").mkdir()
    with EventSpill(tmp_path / "here.spill") as spill:
        here, seconds_here = cluster_apart(files, spill)
        expected = write._event_rows(here, lex, {}, spill=tmp_path / "here" / "evidence.parquet")
    assert seconds_here == 0.0 and len(here) > 5
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool, \
            EventSpill(tmp_path / "apart.spill") as spill:
        apart, seconds = cluster_apart(files, spill, pool)
        assert seconds > 0 and spill.end == spill.path.stat().st_size > 0
        assert all(e.out and e.home[0] is spill for e in apart)  # spans on disk, found through this spill
        got = write._event_rows(apart, lex, {}, spill=tmp_path / "apart" / "evidence.parquet")
    assert [(e.kind, e.guest, e.host, e.date_start, sorted(e.sources)) for e in apart] == \
        [(e.kind, e.guest, e.host, e.date_start, sorted(e.sources)) for e in here]
    assert {k: got[0][k] for k in write.ROW_TABLES} == {k: expected[0][k] for k in write.ROW_TABLES}
    assert got[1].collect().equals(expected[1].collect()) and got[1].collect().height > 50


def test_a_spill_opened_to_append_keeps_what_another_writer_put_there(tmp_path):
    from pakiran_events.extract.run import EventSpill

    path = tmp_path / "events.spill"
    path.write_bytes(b"x" * 37)
    with EventSpill(path, append=True) as spill:
        assert spill.end == 37
    assert path.read_bytes() == b"x" * 37
    with EventSpill(path) as spill:  # a new run's spill starts empty
        assert spill.end == 0
    assert path.read_bytes() == b""


def test_with_the_worker_pool_the_parent_never_clusters_and_publishes_the_same_package(tmp_path, monkeypatch):
    """extract with its worker pool clusters in a worker (`cluster_apart`): clustering in this
    process is made to fail, and the package is byte for byte the one the in-process path gives."""
    from pakiran_events.extract import run

    def tables(out):
        return {p.name: p.read_bytes() for p in sorted((out / "data").glob("*.csv"))}

    run.extract([CORPUS_FOLDERS[0]], tmp_path / "here", scheduler="synchronous", progress=False)

    def refuse(*args, **kwargs):
        raise AssertionError("clustered in the parent")

    monkeypatch.setattr(run, "cluster_streamed", refuse)
    timings: dict = {}
    run.extract([CORPUS_FOLDERS[0]], tmp_path / "apart", scheduler="processes", workers=1, progress=False,
                timings=timings)
    assert tables(tmp_path / "apart") == tables(tmp_path / "here")
    assert len(tables(tmp_path / "here")) >= 5
    assert timings["cpu"]["cluster"] > 0  # the worker's CPU time is the stage's


def test_with_the_worker_pool_the_evidence_is_written_and_validated_apart_byte_for_byte(tmp_path, monkeypatch):
    """extract with its worker pool writes the evidence's CSV and Parquet in a worker and checks
    them there batch by batch (issue 16: the parent's peak no longer holds that working set): in
    this process writing the evidence, checking it in batches and the whole-package validation
    are made to fail, and every file of the package is byte for byte the in-process one's."""
    from pakiran_events import validate
    from pakiran_events.extract import run
    from pakiran_events.publish import package
    from pakiran_events.publish import write as publish_write
    from pakiran_events.validate import streamed, table_schema

    def files(out):
        return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}

    run.extract([CORPUS_FOLDERS[0]], tmp_path / "here", scheduler="synchronous", progress=False)
    real_write = publish_write.write_tables

    def write_but_evidence(tables, *args, **kwargs):
        assert "evidence" not in tables, "the evidence was written by the parent"
        return real_write(tables, *args, **kwargs)

    def refuse(*args, **kwargs):
        raise AssertionError("done in the parent")

    monkeypatch.setattr(package, "write_tables", write_but_evidence)
    monkeypatch.setattr(streamed, "csv_batches", refuse)  # read by the batched check alone (the worker's is its own)
    monkeypatch.setattr(validate, "_validate_whole", refuse)  # the batched path settled it: clean
    # the other tables are read and checked by the worker from the written files, never sent to it
    monkeypatch.setattr(table_schema, "check_package_settled", refuse)
    monkeypatch.setattr(run, "sources_text", refuse)  # the sources table is typed and written by a worker
    timings: dict = {}
    run.extract([CORPUS_FOLDERS[0]], tmp_path / "apart", scheduler="processes", workers=1, progress=False,
                timings=timings)
    here, apart = files(tmp_path / "here"), files(tmp_path / "apart")
    assert apart == here
    assert "data/evidence.csv" in apart and "data/evidence.parquet" in apart and "data/sources.parquet" in apart
    assert timings["cpu"]["write+validate"] > 0


def test_validate_package_runs_the_batched_check_through_the_given_runner(tmp_path):
    """`validate_package(..., run=)` hands the whole batched verdict to `run` (extract gives a
    worker of its pool, which reads every table from the written files; issue 16: no table's
    frame is sent to it) and gets the same verdict: clean for a clean package, and the whole
    path's problems, line for line, for a broken one (the evidence's row, and another table's)."""
    from pakiran_events.extract import run as extract_run
    from pakiran_events.validate import validate_package

    out = tmp_path / "pkg"
    extract_run.extract([CORPUS_FOLDERS[0]], out, scheduler="synchronous", progress=False)
    called = []

    def runner(fn, *args):
        called.append(fn.__name__)
        return fn(*args)

    assert validate_package(out, streamed=("evidence",), run=runner) == []
    assert called == ["package_is_clean"]
    evidence = out / "data" / "evidence.csv"
    lines = evidence.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[3] = "nosuchtable," + lines[3].split(",", 1)[1]  # a record_table no resource has
    evidence.write_text("".join(lines), encoding="utf-8")
    broken = validate_package(out, streamed=("evidence",), run=runner)
    assert broken and broken == validate_package(out)


def _break_row(path, line: int, cell: int, value: str) -> None:
    """Cell `cell` of line `line` (0 is the header; one line a row) of a CSV set to `value`, the
    other lines left byte for byte."""
    import csv
    import io

    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    cells = next(csv.reader([lines[line]]))
    cells[cell] = value
    row = io.StringIO()
    csv.writer(row, lineterminator="\n").writerow(cells)
    lines[line] = row.getvalue()
    path.write_text("".join(lines), encoding="utf-8")


@pytest.mark.parametrize("broken", [None, "evidence", "sources", "event_sources"])
def test_the_batched_verdict_in_a_worker_process_reads_the_tables_from_the_files(tmp_path, broken):
    """extract's worker (`run.Apart` over a real worker pool) decides the batched verdict on its
    own, reading every table from the written files (issue 16: the parent sends it no frame, only
    the descriptor's path): a clean package is clean, and a package with a broken evidence row,
    source row or event_sources row (a value no foreign key finds) gets the whole path's problems,
    line for line, as it does without the worker."""
    from pakiran_events.extract import run as extract_run
    from pakiran_events.validate import validate_package

    out = tmp_path / "pkg"
    extract_run.extract([CORPUS_FOLDERS[0]], out, scheduler="synchronous", progress=False)
    if broken is not None:
        path = out / "data" / f"{broken}.csv"
        header = path.read_text(encoding="utf-8").splitlines()[0].split(",")
        column = {"evidence": "record_table", "sources": "bytes", "event_sources": "event_id"}[broken]
        _break_row(path, 2, header.index(column), "zz-no-such-value")
    pool = extract_run.worker_pool(1)
    try:
        worker = extract_run.Apart(pool)
        found = validate_package(out, streamed=("evidence",), run=worker)
    finally:
        pool.shutdown()
    assert worker.cpu > 0  # the verdict was reached in the worker
    if broken is None:
        assert found == []
    else:
        assert found and found == validate_package(out)
        assert any(broken in str(p) for p in found)


def test_with_the_worker_pool_the_parent_never_makes_the_tables_and_publishes_the_same_package(tmp_path, monkeypatch):
    """extract with its worker pool makes the tables in a worker (`run.tables_stage`: the events'
    rows, the evidence's spill, join and links, the typing; issue 16: that working set grows with
    the corpus): making them in this process is made to fail, and every file of the package is
    byte for byte the in-process one's; the worker's CPU time is the tables stage's."""
    from pakiran_events.extract import run

    def files(out):
        return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
                if p.is_file() and not p.name.startswith(".pakiran-events.lock")}

    run.extract([CORPUS_FOLDERS[0]], tmp_path / "here", scheduler="synchronous", progress=False)

    def refuse(*args, **kwargs):
        raise AssertionError("tables made in the parent")

    monkeypatch.setattr(write, "package_tables", refuse)
    monkeypatch.setattr(write, "_event_rows", refuse)
    timings: dict = {}
    run.extract([CORPUS_FOLDERS[0]], tmp_path / "apart", scheduler="processes", workers=1, progress=False,
                timings=timings)
    here, apart = files(tmp_path / "here"), files(tmp_path / "apart")
    assert apart == here and "data/events.csv" in apart and "data/event_sources.csv" in apart
    assert timings["cpu"]["tables"] > 0


def test_the_tables_made_in_a_worker_process_are_the_in_process_ones_and_its_problems_are_raised_here(tmp_path):
    """`run.tables_stage` with a pool (a spawned worker, which shares nothing with this process):
    the events go without their spill file, or stay in the file the clustering worker left
    (`run.cluster_stage`: `Clustered`, with the warnings of the unwritten ones), the worker reads
    their spans from the spill by its path, and the typed tables it sends back equal those made
    here; rows that do not fit the schemas raise here the ProblemsFound the in-process path
    raises, the same problems in the same order."""
    import dataclasses
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    import polars as pl

    from pakiran_events.core.problems import ProblemsFound
    from pakiran_events.core.tables import frame_from_rows
    from pakiran_events.extract.adapter import load_package_schemas
    from pakiran_events.extract.lexicon import load_lexicon
    from pakiran_events.extract.run import (
        Clustered,
        EventSpill,
        cluster_apart,
        cluster_stage,
        sources_file,
        tables_stage,
        unwritten,
    )
    from pakiran_events.publish.write import write_table_files

    lex, schemas = load_lexicon(), load_package_schemas()
    entries = manifests(list(CORPUS_FOLDERS))[:40]
    read = [(r, h) for r, h in (read_one(e, lex) for e in entries) if not r.problem]
    shards = [tmp_path / "spans-000000.parquet"]
    pl.DataFrame([h for _, hs in read for h in hs], schema={"source_id": pl.String, "char_start": pl.Int64,
                 "char_end": pl.Int64, "span_sha256": pl.String}, orient="row").write_parquet(shards[0])
    frame_from_rows([r.source for r, _ in read], schemas["sources"]).write_parquet(sources_file(shards[0]))
    write_candidates([r for r, _ in read], candidates_file(shards[0]))
    broken = dict(schemas)  # a date that is no integer: every event row fails to type
    descriptor = copy.deepcopy(schemas["events"].descriptor)
    next(f for f in descriptor["fields"] if f["name"] == "date_start")["type"] = "integer"
    broken["events"] = dataclasses.replace(schemas["events"], descriptor=descriptor)

    def tables(where, pool, given, to_file=False):
        (tmp_path / where).mkdir()
        with EventSpill(tmp_path / where / "events.spill") as spill:
            files = [candidates_file(s) for s in shards]
            if to_file:  # extract's way: the events left in the worker's file, never sent here
                events, unplaced, _ = cluster_stage(files, spill, lex, tmp_path / where, pool)
                assert isinstance(events, Clustered) and events.count == len(events.load(spill)) > 5
                assert unplaced == events.unwritten == unwritten(events.load(spill), lex)
            else:
                events, _ = cluster_apart(files, spill, pool)
            try:
                made, reuse, seconds = tables_stage(events, shards, lex, {}, given, tmp_path / where, pool)
            except ProblemsFound as exc:
                return exc
            if not to_file:
                assert all(e.home is None or e.home[0] is spill for e in events)  # the parent's events keep their spill
            if pool is not None:  # event_sources written by the worker, as publishing writes it, and scanned here
                assert isinstance(made["event_sources"], pl.LazyFrame) and set(reuse) == {"sources", "event_sources"}
                own = write_table_files("event_sources", made["event_sources"].collect(), given["event_sources"],
                                        tmp_path / where / "own")
                assert all(a.read_bytes() == b.read_bytes() for a, b in zip(reuse["event_sources"], own))
            else:
                assert reuse == {} and isinstance(made["event_sources"], pl.DataFrame)
            return {k: (v.collect() if isinstance(v, pl.LazyFrame) else v) for k, v in made.items()}, seconds

    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        (apart, seconds), failed = tables("apart", pool, schemas), tables("apart-broken", pool, broken)
        (from_file, _), failed_from_file = tables("file", pool, schemas, True), tables("file-broken", pool, broken, True)
    here, _ = tables("here", None, schemas)
    assert seconds > 0 and apart.keys() == here.keys() == from_file.keys() and here["evidence"].height > 100
    assert all(apart[k].equals(here[k]) and from_file[k].equals(here[k]) for k in here)
    expected = tables("here-broken", None, broken)
    assert isinstance(expected, ProblemsFound) and any(p.resource == "events" and p.field == "date_start"
                                                       for p in expected.problems)
    for got in (failed, failed_from_file):
        assert isinstance(got, ProblemsFound) and str(got) == str(expected) and got.problems == expected.problems

    # a sources cell that does not fit: the worker hands the sources back untyped and the tables are
    # made here, from the events loaded from the worker's file, with every table's problems together
    frame_from_rows([r.source for r, _ in read], schemas["sources"]).with_columns(
        pl.when(pl.int_range(pl.len()) == 2).then(pl.lit("many")).otherwise(pl.col("bytes")).alias("bytes"),
    ).write_parquet(sources_file(shards[0]))
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        bad_sources = tables("file-bad-sources", pool, schemas, True)
    expected = tables("here-bad-sources", None, schemas)
    assert isinstance(bad_sources, ProblemsFound) and isinstance(expected, ProblemsFound)
    assert bad_sources.problems == expected.problems and any("many" in str(p) for p in bad_sources.problems)


def _reads_strategy():
    """Made-up reads as a chunk's task holds them: some skipped (a problem), some with meetings
    left unplaced, some naming actors the lexicon lacks (ids repeating across reads, with
    different readings, so that which reading is kept shows)."""
    from pakiran_events.extract.run import Read

    actor = st.fixed_dictionaries({"name": st.sampled_from(["A. Khan", "B. Rahimi", "C. Shah"]),
                                   "actor_type": st.sampled_from(["person", "org"])})
    one = st.builds(
        lambda n, problem, unplaced, actors: Read(f"doc-{n}", problem=problem, unplaced=[] if problem else unplaced,
                                                  file=f"corpus/doc-{n}.txt" if problem or unplaced else None,
                                                  new_actors={} if problem else actors),
        st.integers(0, 10**6), st.one_of(st.none(), st.sampled_from(["empty document", "not UTF-8 (byte 0xff at offset 3)"])),
        st.lists(st.sampled_from(["no place for the meeting", "a call\nacross lines"]), max_size=2),
        st.dictionaries(st.sampled_from(["new-a", "new-b", "new-c", "new-d"]), actor, max_size=3))
    return st.lists(one, max_size=40)


@given(reads=_reads_strategy(), cuts=st.lists(st.integers(0, 40), max_size=6))
@settings(max_examples=200, deadline=None)
def test_what_the_chunks_send_back_tells_the_parent_what_every_read_would(reads, cuts):
    """issue 16: a chunk sends back its count, only the reads with a problem or unplaced meetings,
    and its new actors (`run.chunk_read`), not a Read per report; put together in manifest order
    (`Extraction.gathered`) they give the parent what every read gave: the same skipped lines,
    unplaced warnings, new actors (the first reading of each id, in the same order), count and
    failures, however the reports are cut into chunks. The reads sent are only those."""
    from pakiran_events.extract.run import Extraction, chunk_read, new_actors_of

    whole = Extraction(copy.deepcopy(reads), [])
    bounds = sorted({0, len(reads), *(c for c in cuts if c <= len(reads))})
    chunks = [chunk_read(reads[a:b]) for a, b in zip(bounds, bounds[1:])]
    got = Extraction.gathered(chunks, [])
    assert got.count == len(reads) and got.failed == sum(1 for r in reads if r.problem)
    assert got.problems == whole.problems and got.unplaced == whole.unplaced
    expected = new_actors_of(whole.reads)
    assert got.new_actors == expected and list(got.new_actors) == list(expected)
    assert [r.doc_id for r in got.reads] == [r.doc_id for r in reads if r.problem or r.unplaced]
    assert all(r.new_actors == {} for r in got.reads) and reads == whole.reads  # the chunk's reads left as they were
