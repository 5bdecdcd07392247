"""`extract`: read every report in parallel, write each chunk's readings to shards, cluster by
blocks, and write the package.

    read (workers: manifest rows -> Report + span hashes; hashes to a Parquet shard per chunk,
          candidates to a file per chunk by bucket of their block)
      -> cluster (parent: one bucket of blocks at a time, read back from every chunk's file; each
                  block's events keep their spans in a spill file until written: EventSpill)
      -> write (parent: evidence sorted per event and spilled to Parquet, one file per
                record_table, already in key order; joined with the shards' hashes a batch at a
                time; the package written from those files, validated, moved into place)

The Lexicon is sent to the workers once: on the local schedulers as a pickle file each worker
process loads once, on a dask.distributed cluster by `scatter(broadcast=True)`. Span hashes
never travel back to the parent as Python objects. A report that cannot be read (missing, not
UTF-8, empty, too large) is reported and skipped; it never stops the run.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import hashlib
import multiprocessing
import os
import pickle
import re
import shutil
import signal
import socket
import stat
import sys
import tempfile
import threading
import time
import zlib
from collections import defaultdict
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from pakiran_events.core import env
from pakiran_events.core.corpus import manifest_bytes
from pakiran_events.core.problems import Problem, ProblemsFound
from pakiran_events.extract.lexicon import Lexicon
from pakiran_events.extract.report import MAX_CHARS, Report, read_report

PROGRESS_FROM = 500
CHUNK = 64                     # reports per task
DOCUMENT_SECONDS = 60.0        # a report's reading budget (the corpus's longest takes well under a second)
SHA256_HEX = re.compile(r"[0-9a-f]{64}")
_LEXICONS: dict[str, Lexicon] = {}   # per worker process: path -> the Lexicon, loaded once


@dataclass
class Read:
    """One document after the parallel stage: what the parent needs to cluster and to list it
    among the sources (its span hashes are in the chunk's shard), or a problem. Only the reads
    with a problem or unplaced meetings travel to the parent (`ChunkRead`)."""

    doc_id: str
    published: object = None
    candidates: list = field(default_factory=list)
    new_actors: dict = field(default_factory=dict)
    source: dict | None = None
    problem: str | None = None
    file: str | None = None   # the text's path as the manifest gives it (corpus folder + file), named when skipped
    unplaced: list[str] = field(default_factory=list)  # meetings not written for want of a place (Report.unplaced)

    @property
    def code(self) -> str:
        """The catalogue code of its problem (core/errors.py, layer "corpus")."""
        return "empty-document" if self.problem == "empty document" else "document-skipped"


@dataclass
class ChunkRead:
    """What a chunk's task sends back to the parent (`read_chunk`), which holds it until clustering:
    how many reports it read, only the reads that have something to say (a problem, or meetings
    left unplaced), and the actors its reports named that the lexicon lacks (the first reading of
    each id, in reading order). A Read per report would grow with the corpus (issue 16: ~530 bytes
    each in the parent); this grows with the problems and the new actors."""

    count: int = 0
    said: list[Read] = field(default_factory=list)   # their new_actors are in `new_actors`
    new_actors: dict = field(default_factory=dict)


def chunk_read(reads: list[Read]) -> ChunkRead:
    """A chunk's reads (their candidates and sources already in the chunk's files) -> its ChunkRead."""
    said = [replace(r, new_actors={}) for r in reads if r.problem or r.unplaced]
    return ChunkRead(len(reads), said, new_actors_of(reads))


@dataclass
class Extraction:
    reads: list[Read] = field(default_factory=list)   # only those with a problem or unplaced meetings (ChunkRead.said)
    shards: list[Path] = field(default_factory=list)
    worker_cpu: float = 0.0   # CPU seconds of workers that are not this process's children
    count: int = 0            # the reports read, whatever became of them
    new_actors: dict = field(default_factory=dict)   # `new_actors_of` every read, in manifest order

    @classmethod
    def gathered(cls, chunks: list[ChunkRead], shards: list[Path]) -> "Extraction":
        """The chunks' returns in manifest order, put together: their said reads, their count, and
        their new actors with the first reading of each id kept (as `new_actors_of` every read)."""
        out = cls([], list(shards))
        for chunk in chunks:
            out.count += chunk.count
            out.reads += chunk.said
            for actor_id, actor in chunk.new_actors.items():
                out.new_actors.setdefault(actor_id, actor)
        return out

    @property
    def failed(self) -> int:
        """How many reports were skipped (a problem)."""
        return sum(1 for r in self.reads if r.problem)

    @property
    def candidate_files(self) -> list[Path]:
        return [candidates_file(s) for s in self.shards]

    @property
    def problems(self) -> list[str]:
        """One line per skipped document: doc_id, reason, catalogue code and the text's path. The
        manifest's file cell is input: a line break or a control character in it is shown escaped
        (one line per document, nothing sent to the terminal as written)."""
        return [_one_line(f"{r.doc_id}: skipped: {r.problem} [{r.code}]" + (f" ({r.file})" if r.file else ""))
                for r in self.reads if r.problem]

    @property
    def unplaced(self) -> list:
        """One warning (core.problems.Problem, layer "corpus", code `engagement-unplaced`) per meeting
        of the pair a report tells that was not written for want of a place, naming the report,
        its text and why: a dropped engagement is said, never silent."""
        return [Problem("corpus", r.file or r.doc_id, None, r.doc_id, "place_id", "engagement-unplaced", _one_line(why))
                for r in self.reads if not r.problem for why in r.unplaced]


def unwritten(events: list, lex: Lexicon) -> list[Problem]:
    """One warning (code `engagement-unplaced`) per report of each clustered event the writer
    leaves out for want of a place or a country (`write.unplaced_events`: a ceremony told with no
    place and no dateline), naming the report and the event's kind and days."""
    from pakiran_events.extract.write import unplaced_events

    out = []
    for e in unplaced_events(events, lex):
        days = f"{e.date_start}" + (f" to {e.date_end}" if e.date_end != e.date_start else "")
        kind = "engagement (a ceremony or other)" if e.kind == "other" else e.kind.replace("_", " ")
        why = f"the {kind} of {e.guest} and {e.host} ({days}) is not written: no place or country read for it"
        out += [Problem("corpus", doc, None, doc, "place_id", "engagement-unplaced", _one_line(why)) for doc in sorted(e.sources)]
    return out


def _one_line(text: str) -> str:
    """`text` with every character str.isprintable refuses (controls, line breaks, format
    characters) written as its Python escape ('\\n', '\\x1b', '\\u202e'); printable text as it is."""
    return text if text.isprintable() else "".join(c if c.isprintable() else ascii(c)[1:-1] for c in text)


def manifests(corpus_dirs: list[Path]) -> list[dict]:
    """Every manifest row of the corpus folders (one corpus), each with its folder as `root`: the
    project's one corpus reader (core.corpus.Corpus). Raises ValueError on a doc_id repeated across
    folders or a malformed manifest, FileNotFoundError when a folder has no manifest."""
    from pakiran_events.extract.adapter import corpus_manifest

    return corpus_manifest(corpus_dirs)


def cited_spans(report: Report):
    """Every span a candidate of the report may cite."""
    for c in report.candidates:
        for spans in c.evidence.values():
            yield from spans
        for info in c.participants.values():
            yield from info["spans"]
            yield from info["names"]
        for item in c.commitments:
            yield item["span"]
        for cues in (c.dates, c.arrival, c.departure):
            for _, span in cues:
                yield span


class OverBudget(BaseException):
    """A report's reading ran past its time budget (a BaseException: no library's `except
    Exception` swallows it)."""


REARM_SECONDS = 1.0  # after a reading's budget, how often the timer fires again until the reading stops


def _alarm(signum, frame):  # noqa: ARG001 - a signal handler's signature
    raise OverBudget


def budget(seconds: float | None):
    """A context in which reading may take at most `seconds` of wall-clock time, after which
    OverBudget is raised inside it (SIGALRM's interval timer). Where no timer can be set (not
    the main thread, as on a dask.distributed worker's task thread, or no SIGALRM), reading is
    unbounded in time; the reading's own loops are bounded per word (issue 13)."""

    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        return contextlib.nullcontext()

    @contextlib.contextmanager
    def bounded():
        previous = signal.signal(signal.SIGALRM, _alarm)
        # re-armed every REARM_SECONDS after the budget: an OverBudget raised inside a __del__ or a
        # gc callback is dropped by Python ('Exception ignored in ...'), and a one-shot timer would
        # then leave the reading unbounded (breaker of round 24, a regex Group's __del__)
        signal.setitimer(signal.ITIMER_REAL, seconds, REARM_SECONDS)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)

    return bounded()


def read_one(entry: dict, lex: Lexicon, seconds: float | None = None) -> tuple[Read, list[tuple]]:
    """One manifest row -> (its Read, its (doc, start, end, sha256) rows). Total: every failure
    becomes the report's problem, and so does a reading that takes longer than `seconds`
    (default DOCUMENT_SECONDS, or the environment's PAKIRAN_DOCUMENT_SECONDS; 0: no budget)."""
    from pakiran_events.extract.adapter import control_cells, formula_cells, inside, span_sha256

    doc_id = entry.get("doc_id") or "?"
    where = str(Path(entry.get("root") or ".") / entry["file"]) if entry.get("file") else None  # named when skipped
    if not entry.get("file"):
        return Read(doc_id, file=where, problem="the manifest names no file"), []
    formulas = formula_cells(entry)
    if formulas:  # refused, never altered: what is published is what the manifest says (SECURITY.md)
        return Read(doc_id, file=where, problem=f"manifest {', '.join(formulas)} starts with {entry[formulas[0]][:1]!r}, which "
                                    "spreadsheets run as a formula (CSV injection); not read"), []
    controls = control_cells(entry)
    if controls:  # refused, never altered, as a formula start
        return Read(doc_id, file=where, problem=f"manifest {', '.join(controls)} holds a control character, a tab, a line "
                                    f"break or an invisible format character ({entry[controls[0]][:40]!r}), which no "
                                    "published cell may hold; not read"), []
    try:
        path = inside(Path(entry.get("root") or "."), entry["file"])  # never a file outside its corpus folder
        found = path.stat()
        if not stat.S_ISREG(found.st_mode):  # a pipe or a device would block the read or never end
            return Read(doc_id, file=where, problem=f"{Path(entry['file']).name or '(no file)'} is not a regular file; not read"), []
        if found.st_size > 4 * MAX_CHARS:  # never read whole what is too large anyway
            return Read(doc_id, file=where, problem=f"{found.st_size} bytes: too large for a news report"), []
        with path.open("rb") as fh:
            data = fh.read(4 * MAX_CHARS + 1)
    except ValueError as exc:  # outside its corpus folder
        return Read(doc_id, file=where, problem=f"manifest file refused: {exc}"), []
    except OSError as exc:
        return Read(doc_id, file=where, problem=f"cannot read {Path(entry['file']).name or '(no file)'}: {exc.strerror or exc}"), []
    if len(data) > 4 * MAX_CHARS:  # grew since it was looked at
        return Read(doc_id, file=where, problem=f"over {4 * MAX_CHARS} bytes: too large for a news report"), []
    digest = hashlib.sha256(data).hexdigest()
    recorded = (entry.get("sha256") or "").strip().lower()
    if recorded and not SHA256_HEX.fullmatch(recorded):
        return Read(doc_id, file=where, problem=f"the manifest's sha256 {entry['sha256'][:80]!r} is not a SHA-256 (64 hex "
                                    "digits); not read"), []
    if recorded and digest != recorded:
        return Read(doc_id, file=where, problem="the text's sha256 differs from the manifest's (the text changed)"), []
    size = manifest_bytes(entry)  # a cell that is no whole number is the manifest check's error
    if size is not None and size != len(data):
        return Read(doc_id, file=where, problem=f"the text has {len(data):,} bytes, the manifest's bytes says {size:,} "
                                    "(the text changed, or the row is wrong); not read"), []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Read(doc_id, file=where, problem=f"not UTF-8 (byte {data[exc.start]:#04x} at offset {exc.start})"), []
    if seconds is None:
        seconds = float(os.environ.get("PAKIRAN_DOCUMENT_SECONDS") or DOCUMENT_SECONDS)
    try:
        with budget(seconds):
            report = read_report(doc_id, text, entry.get("published"), lex)
    except OverBudget:
        return Read(doc_id, file=where, problem=f"took longer than its reading budget of {seconds:g} s "
                                    f"({len(text):,} characters); not read"), []
    except RecursionError:
        return Read(doc_id, file=where, problem="too deeply nested to read"), []
    except Exception as exc:  # noqa: BLE001 - one document never stops the run: it is named and skipped
        return Read(doc_id, file=where, problem=f"cannot be read ({type(exc).__name__}: {' '.join(str(exc).split())[:200]})"), []
    if report.problem:
        return Read(doc_id, file=where, problem=report.problem), []
    spans = {(s.start, s.end) for s in cited_spans(report)}
    hashes = [(doc_id, a, b, span_sha256(text, a, b)) for a, b in sorted(spans)]
    source = {"source_id": doc_id, "url": entry.get("url") or f"file:{entry.get('file')}", "outlet": entry.get("outlet") or "unknown",
              "title": entry.get("title") or None, "author": entry.get("author") or None,
              "published_date": report.published.isoformat() if report.published else None,
              "published_basis": published_basis(entry, report.published),
              "sha256": digest, "bytes": len(data), "char_length": len(text)}
    return Read(doc_id, report.published, report.candidates, report.new_actors, source,
                file=where if report.unplaced else None, unplaced=report.unplaced), hashes


def published_basis(entry: dict, published) -> str | None:
    """What dated the report (sources.schema.json `published_basis`): the manifest's basis only for
    the manifest's own date, as read; 'text' for a date the text gave; none when no date was used (a
    malformed date, or one refused before the floor: the basis of a date not written is no basis)."""
    from pakiran_events.extract.adapter import manifest_day

    if published is None:
        return None
    return (entry.get("published_basis") or None) if manifest_day(entry.get("published")) == published else "text"


def new_actors_of(reads: list[Read]) -> dict:
    """The actors the reports named that the lexicon lacks, the first reading of each id kept."""
    found: dict = {}
    for read in reads:
        for actor_id, actor in read.new_actors.items():
            found.setdefault(actor_id, actor)
    return found


def _lexicon(ref) -> Lexicon:
    """The run's Lexicon: itself, or (a worker's) loaded once from the pickle file `ref` names."""
    if isinstance(ref, Lexicon):
        return ref
    if ref not in _LEXICONS:
        with open(ref, "rb") as fh:
            _LEXICONS[ref] = pickle.load(fh)
        settle_worker_heap()
    return _LEXICONS[ref]


def settle_worker_heap() -> None:
    """In a worker process (never the parent, whose heap holds the run's own objects): everything
    alive once its lexicon is loaded -- the lexicon (~180,000 objects) and what the fork server
    warmed (spaCy, dateparser) -- lives as long as the worker, so it is moved out of the cycle
    collector's generations (`gc.freeze`): each full collection walked all of it again for nothing
    (round 30, speed: ~0.2 CPU s a walk), and not touching it keeps the fork's pages shared. Objects
    made later are collected as before; nothing read changes."""
    if multiprocessing.parent_process() is not None:
        gc.freeze()


def read_chunk(entries: list[dict], lex_ref, shard: str) -> tuple[ChunkRead, tuple[int, float, float]]:
    """A task: read a chunk of reports, write their span hashes to one Parquet shard, their
    candidates and sources rows beside it. Returns what the parent needs of the reads
    (`chunk_read`: their count, the ones with a problem or unplaced meetings, the new actors) and
    (worker pid, the worker's CPU seconds so far, the fork server's warm-up CPU seconds), which
    lets the parent count CPU time of workers it did not start."""
    import polars as pl

    lex = _lexicon(lex_ref)
    reads, rows = [], []
    for entry in entries:
        read, hashes = read_one(entry, lex)
        reads.append(read)
        rows += hashes
    pl.DataFrame(rows or None, schema={"source_id": pl.String, "char_start": pl.Int64, "char_end": pl.Int64,
                                       "span_sha256": pl.String}, orient="row").write_parquet(shard)
    write_candidates(reads, candidates_file(shard))  # the parent never holds every report's candidates
    write_sources(reads, sources_file(shard))        # nor every report's source row

    warm = sys.modules.get("pakiran_events.extract.warm")  # present when forked by the warmed fork server
    return chunk_read(reads), (os.getpid(), time.process_time(), warm.WARM_CPU if warm else 0.0)


def read_chunk_file(path: str, lex_ref, shard: str) -> tuple[ChunkRead, tuple[int, float, float]]:
    """`read_chunk` of a chunk of manifest rows the parent left in a file (`RowChunks`)."""
    with open(path, "rb") as fh:
        entries = pickle.load(fh)
    return read_chunk(entries, lex_ref, shard)


@dataclass
class RowChunks:
    """The manifest's rows cut into the read stage's chunks (CHUNK rows each, in manifest order)
    and pickled to files of the run's private folder, so that the parent holds none of them while
    the lexicon loads and the workers read: held, they were ~1.25 KB a row (12.5 MB at 10,000
    reports, 62 MB at 50,000), and the parent's peak grew with the corpus (issue 16). Each task
    loads its own chunk (`read_chunk_file`); the chunks are the ones a list of the rows gives."""

    paths: list[Path]
    sizes: list[int]

    @classmethod
    def spilled(cls, entries: Iterable[dict], folder: Path) -> "RowChunks":
        """`entries` (a list, or rows streamed by the manifest check: `adapter.checked_rows`) written
        chunk by chunk under `folder` (created) as they come: one chunk is held at a time; a list
        is left as it was."""
        folder.mkdir(parents=True, exist_ok=True)
        chunks = cls([], [])
        chunk: list[dict] = []
        for entry in entries:
            chunk.append(entry)
            if len(chunk) == CHUNK:
                chunks._write(chunk, folder)
                chunk = []
        if chunk:
            chunks._write(chunk, folder)
        return chunks

    def _write(self, chunk: list[dict], folder: Path) -> None:
        path = folder / f"rows-{len(self.paths):06d}.pickle"
        with open(path, "wb") as fh:
            pickle.dump(chunk, fh, protocol=pickle.HIGHEST_PROTOCOL)
        self.paths.append(path)
        self.sizes.append(len(chunk))

    def __len__(self) -> int:
        return sum(self.sizes)

    def chunk(self, n: int) -> list[dict]:
        """Chunk n's rows (list of manifest row dicts), read back."""
        with open(self.paths[n], "rb") as fh:
            return pickle.load(fh)


BUCKETS = 64  # candidate blocks are spread over this many buckets; clustering (a worker of extract's pool: `cluster_apart`) takes one bucket at a time


def bucket_of(key: tuple) -> int:
    """A block key's bucket: stable across processes and runs (not Python's salted hash)."""
    return zlib.crc32(repr(key).encode("utf-8")) % BUCKETS


def candidates_file(shard) -> Path:
    """The candidates file written beside a chunk's span shard."""
    shard = Path(shard)
    return shard.with_name(shard.stem.replace("spans-", "candidates-") + ".pickle")


def sources_file(shard) -> Path:
    """The sources file written beside a chunk's span shard."""
    shard = Path(shard)
    return shard.with_name(shard.stem.replace("spans-", "sources-") + ".parquet")


_SOURCES_SCHEMA: list = []  # per process: the sources table's schema, loaded once


def write_sources(reads: list[Read], path: Path) -> None:
    """A chunk's sources rows (the documents read, in reading order) to one Parquet file, as the
    text cells the parent makes of rows (`core.tables.frame_from_rows`: cell by cell, so the
    chunks' frames put together are the frame of every row); the reads keep none. The parent
    reads them back only to build the sources table (`sources_text`)."""
    from pakiran_events.core.tables import frame_from_rows
    from pakiran_events.extract.adapter import load_package_schemas

    if not _SOURCES_SCHEMA:
        _SOURCES_SCHEMA.append(load_package_schemas()["sources"])
    frame_from_rows([r.source for r in reads if r.source is not None and not r.problem],
                    _SOURCES_SCHEMA[0]).write_parquet(path)
    for read in reads:
        read.source = None


def sources_text(shards: list[Path]):
    """Every chunk's sources rows (`write_sources`), in chunk order: one polars frame of text cells."""
    import polars as pl

    return pl.concat([pl.read_parquet(sources_file(s)) for s in shards])


def sources_table_files(shards: list[str], schema, folder: str) -> tuple[tuple[Path, Path] | None, list[Problem]]:
    """In a worker of extract's pool: the sources table (one row per report, so it grows with the
    corpus; issue 16) typed and key-sorted as `adapter.typed_tables` makes it from the chunks'
    files (`sources_text`), written as `publish.write.write_table_files` writes it into `folder`:
    ((CSV, Parquet), []) for `publish_validated(reuse=)`, the parent scanning the Parquet file. A
    cell that does not fit the schema gives (None, its problems) and writes nothing: the parent
    then types the table itself, so that every table's problems are named together, as without a
    pool (the manifest's cells are checked before reading, so this should not happen)."""
    from pakiran_events.extract.adapter import typed_tables
    from pakiran_events.publish.write import write_table_files

    try:
        typed = typed_tables({"sources": sources_text([Path(s) for s in shards])}, {}, {"sources": schema})
    except ProblemsFound as exc:
        return None, exc.problems
    return write_table_files("sources", typed["sources"], schema, Path(folder)), []


def write_candidates(reads: list[Read], path: Path) -> None:
    """A chunk's candidates, by bucket of their block (cluster.block_key), to one file: a pickled
    list of (doc_id, published, candidates) per bucket, in reading order, then the index
    {bucket: (offset, length)} and its offset in the last 8 bytes. The reads keep no candidates
    (the parent reads them back one bucket at a time: `bucket_reports`)."""
    from pakiran_events.extract.cluster import block_key

    by_bucket: dict[int, list] = {}
    for read in reads:
        split: dict[int, list] = {}
        for c in read.candidates:
            key = block_key(c)
            if key is not None:
                split.setdefault(bucket_of(key), []).append(c)
        for bucket, candidates in split.items():
            by_bucket.setdefault(bucket, []).append((read.doc_id, read.published, candidates))
        read.candidates = []
    index = {}
    with open(path, "wb") as fh:
        for bucket in sorted(by_bucket):
            data = pickle.dumps(by_bucket[bucket], protocol=pickle.HIGHEST_PROTOCOL)
            index[bucket] = (fh.tell(), len(data))
            fh.write(data)
        at = fh.tell()
        fh.write(pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL))
        fh.write(at.to_bytes(8, "little"))


def candidate_index(path: Path) -> dict[int, tuple[int, int]]:
    """A candidates file's {bucket: (offset, length)} (`write_candidates`)."""
    with open(path, "rb") as fh:
        fh.seek(-8, os.SEEK_END)
        end = fh.tell()
        at = int.from_bytes(fh.read(8), "little")
        fh.seek(at)
        return pickle.loads(fh.read(end - at))


def bucket_reports(files: list[Path], indexes: list[dict], bucket: int) -> list[tuple]:
    """(doc_id, published, candidates) of one bucket, from every chunk's file, in reading order."""
    out: list[tuple] = []
    for path, index in zip(files, indexes):
        if bucket in index:
            offset, length = index[bucket]
            with open(path, "rb") as fh:
                fh.seek(offset)
                out += pickle.loads(fh.read(length))
    return out


def cluster_streamed(files: list[Path], spill: "EventSpill | None" = None) -> list:
    """`cluster.cluster` over the candidates files, one bucket at a time: the parent holds one
    bucket's candidates, never every report's. Each event keeps what the writer needs and drops
    its members (their candidates); with `spill` (open until the events are written), its cited
    spans, participants' spans and commitments go there as soon as its block is clustered
    (`EventSpill`), and the parent keeps only the small rest (kind,
    parties, dates, place, sources, participants' sides and titles): what the passes across
    blocks look at. A pass that changes an event's spans reads them back (`Event.full`); they are
    spilled again after the passes. Events come in the order `cluster` gives (sorted block key,
    then each block's own order): the output is the same."""
    from pakiran_events.extract.cluster import across_blocks, blocks, cluster_block

    indexes = [candidate_index(f) for f in files]
    by_key: dict[tuple, list] = {}
    with _no_cycle_collection():
        for bucket in range(BUCKETS):
            for key, items in blocks(bucket_reports(files, indexes, bucket)).items():
                events = cluster_block(key, items)
                for event in events:
                    event.members = []
                    if spill is not None:
                        spill.put(event)
                by_key[key] = events
        events = across_blocks([e for key in sorted(by_key) for e in by_key[key]])
        if spill is not None:
            for event in events:
                if not event.out:  # read back (and maybe changed) by a pass across blocks
                    spill.put(event)
        return events


_CLUSTER_WORKER_DIED = ("the worker process clustering the reports ended abruptly (killed, or out of memory?); "
                        "nothing was written, the previous package is kept")


def _worker_result(future, died: str):
    """`future.result()` of a task sent to a warm worker; a worker killed (out of memory, a signal)
    is said in one line, OSError(`died`) with the pool's error as its cause, by every stage alike."""
    try:
        return future.result()
    except BrokenProcessPool as exc:
        raise OSError(died) from exc


def cluster_apart(files: list[Path], spill: "EventSpill", pool=None) -> tuple[list, float]:
    """`cluster_streamed`, run by one of the warm worker processes of `pool` when there is one:
    (events, CPU seconds the worker spent). Clustering's working set (one bucket's candidates,
    its blocks) then never enters this process: freed, it still left the parent's heap about as
    large as at its peak (pymalloc's arenas pinned by the few objects that live on; 76 MB more
    at 50,000 copied reports than at 10,000, with the events themselves ~4 MB), and every later
    stage started from that floor. The worker appends the events' heavy parts to `spill`'s file
    (this process has written none yet) and sends back the events, which keep their positions
    there; they are the same events, in the same order, so the output is the same. Without a
    pool, clustering runs here."""
    if pool is None:
        return cluster_streamed(files, spill), 0.0
    spill.fh.flush()
    events, end, seconds = _worker_result(pool.submit(_cluster_in_worker, [str(f) for f in files], str(spill.path)),
                                          _CLUSTER_WORKER_DIED)
    spill.end = end
    for event in events:
        if event.home is not None:
            event.home = (spill, event.home[1])
    return events, seconds


def _cluster_in_worker(files: list[str], spill_path: str) -> tuple[list, int, float]:
    """`cluster_apart`'s task: the events (their spill file left behind: it cannot be pickled),
    the file's new end, and the task's CPU seconds."""
    start = time.process_time()
    with EventSpill(Path(spill_path), append=True) as spill:
        events = cluster_streamed([Path(f) for f in files], spill)
        for event in events:
            if event.home is not None:
                event.home = (None, event.home[1])
        return events, spill.end, time.process_time() - start


@dataclass
class Clustered:
    """The events a worker clustered, left pickled in a file of the run's private folder
    (`cluster_stage`) rather than sent to the parent, which needs of them only their number and
    the warnings of those it cannot write: the tables stage's worker loads them from there
    (`load`). Their light parts grow with the corpus too (each event's citing reports, its
    tellings): held by the parent they raised the floor every later stage started from."""

    path: Path
    count: int
    unwritten: list[Problem]
    spill_path: Path  # the run's EventSpill file, where their heavy parts are

    def load(self, spill: "EventSpill | None") -> list:
        """The events, their spilled parts found through `spill` (the run's, or one opened on
        the same file by path); list of cluster.Event in `cluster`'s order."""
        with open(self.path, "rb") as fh:
            events = pickle.load(fh)
        for event in events:
            if event.home is not None:
                event.home = (spill, event.home[1])
        return events


def cluster_stage(files: list[Path], spill: "EventSpill", lex: Lexicon, tmp: Path,
                  pool=None) -> tuple["list | Clustered", list[Problem], float]:
    """extract's cluster stage: (the events, the warnings of those not written for want of a
    place (`unwritten`), the workers' CPU seconds). With `pool`, a worker clusters
    (`cluster_streamed`) and leaves the events in `tmp` (`Clustered`); without, the events are
    clustered here and returned as a list. Raises OSError when the worker dies."""
    if pool is None:
        events, seconds = cluster_apart(files, spill)
        return events, unwritten(events, lex), seconds
    spill.fh.flush()
    clustered, end, seconds = _worker_result(pool.submit(_cluster_to_file, [str(f) for f in files], str(spill.path),
                                                         lexicon_ref(lex, tmp), str(tmp / "events.pickle")),
                                             _CLUSTER_WORKER_DIED)
    spill.end = end
    return clustered, clustered.unwritten, seconds


def _cluster_to_file(files: list[str], spill_path: str, lex_ref: str, path: str) -> tuple[Clustered, int, float]:
    """`cluster_stage`'s task: (the events' `Clustered` file, the spill's new end, the CPU seconds)."""
    events, end, seconds = _cluster_in_worker(files, spill_path)
    start = time.process_time()
    problems = unwritten(events, _lexicon(lex_ref))
    with open(path, "wb") as fh:
        pickle.dump(events, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return Clustered(Path(path), len(events), problems, Path(spill_path)), end, seconds + time.process_time() - start


def lexicon_ref(lex: Lexicon, tmp: Path) -> str:
    """The path of the run's pickled lexicon in `tmp`, written unless the read stage did
    (`_lexicon_file`): its workers have it loaded already (`_lexicon`, by this path)."""
    ref = tmp / "lexicon.pickle"
    return str(ref) if ref.is_file() else _lexicon_file(lex, tmp)


class EventSpill:
    """One append-only file of events' heavy parts (cited spans, participants' spans and names,
    commitments), one pickle per `put`, read back by position: the parent holds every clustered
    event, but their spans only while a pass or the writer uses them (`Event.full`, `release`).
    The file is private to the run (its shard folder); a `put` again appends, the old copy is
    never read again. A context manager: the file is closed at its end."""

    def __init__(self, path: Path, append: bool = False):
        self.path = Path(path)
        # append: the file another process has begun (`cluster_apart`'s worker), its parts kept
        self.fh = open(self.path, "r+b" if append else "w+b")  # noqa: SIM115 - open while events refer to it; closed by `close`
        self.end = self.fh.seek(0, os.SEEK_END)

    def __enter__(self) -> "EventSpill":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def put(self, event) -> None:
        """Write the event's heavy parts and drop them from memory (`Event.out`)."""
        parts = {actor: (info.get("spans", []), info.get("names", [])) for actor, info in event.participants.items()}
        data = pickle.dumps((dict(event.evidence), parts, event.commitments), protocol=pickle.HIGHEST_PROTOCOL)
        self.fh.seek(self.end)
        self.fh.write(data)
        event.home, event.out = (self, (self.end, len(data))), False
        self.end += len(data)
        self.drop(event)
        event.out = True

    @staticmethod
    def drop(event) -> None:

        event.evidence = defaultdict(dict)
        for info in event.participants.values():
            info.pop("spans", None)
            info.pop("names", None)
        event.commitments = []

    def restore(self, event, at: tuple[int, int]) -> None:

        offset, length = at
        self.fh.seek(offset)
        evidence, parts, commitments = pickle.loads(self.fh.read(length))
        event.evidence = defaultdict(dict, evidence)
        for actor, (spans, names) in parts.items():
            info = event.participants[actor]
            info["spans"], info["names"] = spans, names
        event.commitments = commitments

    def close(self) -> None:
        self.fh.close()


@contextmanager
def _no_cycle_collection():
    """Python's cycle collector paused while clustering: the stage allocates many small objects
    (events, their cited spans) and makes no cycles, yet each full collection walks every live
    object, the events already made too, so its cost grew with the corpus (about half the stage's
    CPU at 20,000 distinct reports, 2.4x for 2x the reports; 1.7x with it paused). Reference
    counting still frees everything; the collector is restored as it was, even on an error."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


PR_SET_PDEATHSIG = 1  # prctl(2): the signal a process gets when its parent dies (Linux)


def die_with(parent_pid: int, watch: bool = True) -> None:
    """A worker's initializer: the worker ends when `extract` ends, even by `kill -9` (issue 13).
    On Linux the kernel kills it when its parent (the fork server, itself ended when `extract`'s
    pipe to it closes) dies (PR_SET_PDEATHSIG); everywhere a daemon thread also checks every
    second that `extract` still runs and ends the worker when it does not (`watch`; not in the
    fork server, which must not fork while a thread of its own runs)."""

    if sys.platform.startswith("linux"):

        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass  # no prctl: the thread below still ends the worker
    parent = os.getppid()

    def watchdog() -> None:
        while True:
            if os.getppid() != parent or not _alive(parent_pid):
                os._exit(1)
            time.sleep(1.0)

    if os.getppid() != parent or not _alive(parent_pid):
        os._exit(1)
    if watch:
        threading.Thread(target=watchdog, name="die-with-extract", daemon=True).start()


SHARD_PREFIX = ".extract-shards-"  # + shard_tag() + "-" + the extracting pid + "-" + tempfile's random part


def shard_tag() -> str:
    """Eight hex digits naming this host and pid namespace: a pid means something only there
    (containers sharing one temporary folder have their own pids), so only folders with this tag
    are judged by their pid (`sweep_shard_folders`)."""
    try:
        namespace = os.readlink("/proc/self/ns/pid")
    except OSError:
        namespace = ""
    return f"{zlib.crc32(f'{socket.gethostname()}|{namespace}'.encode()):08x}"


def shard_folder() -> tempfile.TemporaryDirectory:
    """A new private folder (mode 0700, a fresh random name: no other user can plant a pickle in it,
    no file of an earlier run is ever in it) for one run's shards, candidate pickles and spilled
    evidence, under $PAKIRAN_SHARDS or the system's temporary folder. Its name carries this
    process's id, so that folders left by a killed run (kill -9 skips the clean-up) are removed
    by the next run: `sweep_shard_folders`."""
    named = os.environ.get(env.SHARDS)
    parent = Path(named or tempfile.gettempdir())
    sweep_shard_folders(parent)
    try:
        return tempfile.TemporaryDirectory(prefix=f"{SHARD_PREFIX}{shard_tag()}-{os.getpid()}-", dir=parent)
    except OSError as exc:  # missing, not a folder, read-only: say which setting to change
        where = f"{env.SHARDS}={named}" if named else f"the temporary folder {parent}"
        raise ValueError(f"{where}: cannot make a shard folder there ({exc.strerror or exc}); "
                         f"point {env.SHARDS} at a writable folder") from exc


def sweep_shard_folders(parent: Path) -> list[Path]:
    """Remove the shard folders in `parent` that an extract which no longer runs left behind:
    real folders (not symlinks) owned by this user, named with this host's and pid namespace's
    tag (`shard_tag`) and the pid of no running process. Folders of running extracts, of other
    users, hosts or containers, or named otherwise are kept. Returns those removed;
    never raises (a folder that cannot be removed is left)."""
    removed: list[Path] = []
    try:
        folders = list(parent.iterdir())
    except OSError:
        return removed
    pattern = re.compile(re.escape(f"{SHARD_PREFIX}{shard_tag()}-") + r"(\d{1,10})-[^/]+")
    for folder in folders:
        match = pattern.fullmatch(folder.name)
        try:
            if not match or folder.is_symlink() or not folder.is_dir() or folder.stat().st_uid != os.getuid():
                continue
        except (OSError, AttributeError):  # (no getuid: not POSIX)
            continue
        try:
            if _alive(int(match.group(1))):
                continue
        except (OverflowError, ValueError, OSError):  # a number no process can have: not ours to judge
            continue
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def stop_pool(pool) -> None:
    """End a worker pool at once (Ctrl-C, a failure): the chunks not started are dropped and the
    workers reading one are terminated, so neither `shutdown` nor the interpreter's exit waits for
    a chunk nobody will use. ProcessPoolExecutor has no public way to end its workers before 3.14."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        with contextlib.suppress(Exception):
            process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)


def worker_pool(workers: int | None):
    """The local worker processes: forked from a fork server that has imported and warmed the
    reading modules once (`warm.py`), so no worker pays for spaCy or dateparser itself; spawned
    where the platform has no fork server. Start it early: it warms up while the parent loads
    the lexicon."""

    os.environ["PAKIRAN_EXTRACT_PID"] = str(os.getpid())  # the fork server ends with this process (warm.py)
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["pakiran_events.extract.warm"])
    else:
        ctx = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(workers or os.cpu_count() or 1, mp_context=ctx, initializer=die_with,
                               initargs=(os.getpid(),))
    for _ in range(pool._max_workers):
        pool.submit(os.getpid)  # start the workers now
    return pool


def _timed(fn, *args) -> tuple:
    """In a worker: fn(*args) and the CPU seconds it took."""
    began = time.process_time()
    out = fn(*args)
    return out, time.process_time() - began


class Apart:
    """Runs a function in one of extract's warm worker processes, as `run(fn, *args)`: for the
    steps whose working set grows with the corpus (typing and writing the sources table, writing
    the evidence's files, the batched verdict on the package, which reads every table from the
    written files), so that the parent's peak stays that of its own small tables. Sums
    the workers' CPU seconds in `cpu` (a fork server's workers are not this process's children).
    A worker that dies (killed, out of memory) is said as an OSError: nothing is published."""

    def __init__(self, pool):
        self.pool = pool
        self.cpu = 0.0

    def __call__(self, fn, *args):
        out, seconds = _worker_result(self.pool.submit(_timed, fn, *args),
                                      "a worker process ended abruptly while making or publishing the package's tables "
                                      "(killed, or out of memory?); nothing was published, the previous package is kept")
        self.cpu += seconds
        return out


def tables_stage(events: "list | Clustered", shards: list[Path], lex: Lexicon, new_actors: dict, schemas: dict, tmp: Path,
                 pool=None) -> tuple[dict, dict[str, tuple[Path, Path]], float]:
    """extract's tables stage: (the package's tables (`write.package_tables`), the tables a worker
    already wrote as {name: (CSV, Parquet)} for `publish_validated(reuse=)`, the workers' CPU
    seconds). With `pool`, the stage runs in its workers (issue 16): a worker types and writes the
    sources table (`sources_table_files`), then one makes every other table from the events
    (`_tables_in_worker`: their rows, the evidence's spill, hash join and links scan, typing), so
    that working set, which grows with the corpus, never enters this process; it sends back the
    typed tables (the evidence, sources and event_sources as scans of their files; the last two
    written there by the worker, as publishing writes them). `events`: a list, or the
    `Clustered` file a worker left (`cluster_stage`). `tmp`: the run's private
    folder (spill files, written tables, the pickled lexicon), which must outlive publishing.
    Raises ProblemsFound for rows that do not fit the schemas, OSError when a worker dies."""
    import polars as pl

    from pakiran_events.extract.write import package_tables

    hashes = pl.scan_parquet([str(s) for s in shards])  # one row per (doc, span): no unique()
    apart: list[float] = []  # the evidence's hashes are joined by a worker (its CPU seconds)
    reuse: dict[str, tuple[Path, Path]] = {}
    worker = Apart(pool) if pool is not None else None
    written = None
    if worker is not None:  # one row per report: typed and written by a worker, scanned here
        written, _ = worker(sources_table_files, [str(s) for s in shards], schemas["sources"], str(tmp / "written"))
    if written is None:  # no pool, or a cell that does not fit: typed here, with every table's problems
        sources = sources_text(shards)
    else:
        reuse["sources"] = written
        sources = pl.scan_parquet(written[1])
    if worker is not None and written is not None:
        tables, links = _tables_apart(worker, events, shards, lex, new_actors, schemas, tmp, sources)
        reuse["event_sources"] = links
        return tables, reuse, worker.cpu
    # a cell that did not fit the sources' schema: the tables made here, the events' spill read and closed after
    with contextlib.ExitStack() as stack:
        if isinstance(events, Clustered):
            events = events.load(stack.enter_context(EventSpill(events.spill_path, append=True)))
        tables = package_tables(events, sources, lex, new_actors, hashes, schemas, spill=tmp / "evidence.parquet",
                                pool=pool, worker_cpu=apart)
    return tables, reuse, sum(apart) + (worker.cpu if worker is not None else 0.0)


def _tables_apart(worker: "Apart", events: "list | Clustered", shards: list[Path], lex: Lexicon, new_actors: dict,
                  schemas: dict, tmp: Path, sources) -> tuple[dict, tuple[Path, Path]]:
    """(the tables, event_sources' (CSV, Parquet) files for `publish_validated(reuse=)`):
    `tables_stage`'s work in a worker (`_tables_in_worker`): the events go as the path of their
    `Clustered` file, or pickled without their spill file (an open file cannot be pickled; the
    worker opens the same file by its path and reads their heavy parts from it); the lexicon as
    the path of its pickle in `tmp` (`lexicon_ref`). The worker's ProblemsFound comes back as its
    problems and is raised here, the same error."""
    args = ([str(s) for s in shards], lexicon_ref(lex, tmp), new_actors, schemas, str(tmp), sources)
    if isinstance(events, Clustered):
        return _tables_sent(worker, str(events.path), str(events.spill_path), *args)
    homes = [e.home for e in events]
    spill = next((h[0] for h in homes if h is not None), None)
    for event in events:
        if event.home is not None:
            event.home = (None, event.home[1])
    try:
        if spill is not None:
            spill.fh.flush()
        return _tables_sent(worker, events, str(spill.path) if spill is not None else None, *args)
    finally:
        for event, home in zip(events, homes):
            event.home = home


def _tables_sent(worker: "Apart", events: "list | str", spill_path: str | None, *args) -> tuple[dict, tuple[Path, Path]]:
    """`_tables_in_worker` run by `worker`: (its tables, event_sources' files), or its problems
    raised as ProblemsFound."""
    tables, problems, what, links = worker(_tables_in_worker, events, spill_path, *args)
    if tables is None:
        raise ProblemsFound(problems, what)
    return tables, links


def _tables_in_worker(events: "list | str", spill_path: str | None, shards: list[str], lex_ref: str, new_actors: dict,
                      schemas: dict, tmp: str, sources) -> tuple[dict | None, list[Problem], str, tuple[Path, Path] | None]:
    """`_tables_apart`'s task: (the typed tables, [], "", event_sources' (CSV, Parquet)) or, when
    rows do not fit the schemas, (None, the problems, what ProblemsFound said of them, None).
    event_sources (one row per event and citing report: it grows with the corpus; issue 16) is
    written here into `tmp`/written as publishing writes it (`write_table_files`) and sent back as
    a scan of its Parquet file, so its rows never enter the parent. `events`: a list, or the path
    of their `Clustered` file. Their heavy parts are read from the spill at `spill_path` (opened to
    append: nothing is written there, nothing is truncated)."""
    import polars as pl

    from pakiran_events.extract.write import package_tables
    from pakiran_events.publish.write import write_table_files

    spill = EventSpill(Path(spill_path), append=True) if spill_path is not None else None
    try:
        if isinstance(events, str):
            events = Clustered(Path(events), 0, [], Path(spill_path or "")).load(spill)
        elif spill is not None:
            for event in events:
                if event.home is not None:
                    event.home = (spill, event.home[1])
        tables = package_tables(events, sources, _lexicon(lex_ref), new_actors, pl.scan_parquet(shards), schemas,
                                spill=Path(tmp) / "evidence.parquet")
    except ProblemsFound as exc:
        return None, exc.problems, exc.what, None
    finally:
        if spill is not None:
            spill.close()
    links = write_table_files("event_sources", tables["event_sources"], schemas["event_sources"], Path(tmp) / "written")
    tables["event_sources"] = pl.scan_parquet(links[1])
    return tables, [], "", links


def publish_stage(tables: dict, schemas: dict, meta: dict, out_dir: Path, tmp: Path, pool=None,
                  reuse: dict[str, tuple[Path, Path]] | None = None) -> float:
    """extract's write+validate stage (`adapter.publish`); returns the workers' CPU seconds. With
    `pool`, a worker writes the evidence's files (into `tmp`) and reaches the batched verdict on
    the package (`validate_package(run=)`); the lock, staging folder, journal and signal handling
    stay in this process. Raises ProblemsFound (nothing published), OSError, LockTimeout."""
    import polars as pl

    from pakiran_events.extract.adapter import publish
    from pakiran_events.publish.write import write_table_files

    reuse = dict(reuse or {})
    worker = Apart(pool) if pool is not None else None
    if worker is not None and isinstance(tables["evidence"], pl.LazyFrame):
        reuse["evidence"] = worker(write_table_files, "evidence", tables["evidence"], schemas["evidence"],
                                   tmp / "written")
    publish(tables, schemas, meta, Path(out_dir), reuse=reuse or None, run=worker)
    return worker.cpu if worker is not None else 0.0


def read_corpus(entries: "list[dict] | RowChunks", lex: Lexicon, shard_dir: Path, scheduler: str = "processes",
                workers: int | None = None, progress: bool | None = None, pool=None) -> Extraction:
    """The per-report stage, one task per chunk of CHUNK reports; what each chunk sends back
    (`ChunkRead`) comes in manifest order and is put together (`Extraction.gathered`). "processes": the chunks go straight to the local worker processes (`pool`, default
    `worker_pool`), no task graph (a graph would walk every manifest row of every task); a
    dask.distributed address: the cluster's workers, the Lexicon scattered to them once;
    "threads"/"synchronous": Dask's local schedulers in this process. `entries` as `RowChunks`:
    the local worker processes load each chunk from its file (the others are given the rows)."""
    shard_dir.mkdir(parents=True, exist_ok=True)
    if not isinstance(entries, RowChunks):
        chunks: list = [entries[i:i + CHUNK] for i in range(0, len(entries), CHUNK)]
    elif scheduler == "processes":
        chunks = list(entries.paths)
    else:
        chunks = [entries.chunk(n) for n in range(len(entries.paths))]
    sizes = [len(c) for c in chunks] if not isinstance(entries, RowChunks) else entries.sizes
    shards = [shard_dir / f"spans-{n:06d}.parquet" for n in range(len(chunks))]
    show = progress if progress is not None else len(entries) >= PROGRESS_FROM
    if scheduler.startswith(("tcp://", "tls://", "inproc://", "ucx://")):
        parts = _on_cluster(scheduler, chunks, lex, shards, show)
    elif scheduler == "processes":
        own_pool = pool is None
        pool = pool or worker_pool(workers)
        try:
            parts = _on_pool(pool, chunks, _lexicon_file(lex, shard_dir), shards, show, sizes)
        except BrokenProcessPool as exc:  # a worker killed (out of memory, a signal): said in one line
            if own_pool:
                stop_pool(pool)
            raise OSError("a worker process ended abruptly while reading the reports (killed, or out of "
                          "memory?); nothing was written, the previous package is kept") from exc
        except BaseException:  # Ctrl-C or a failure: stop the workers, wait for nothing
            if own_pool:
                stop_pool(pool)  # a pool the caller passed is the caller's to stop (extract does)
            raise
        finally:
            if own_pool:
                pool.shutdown()
    else:
        parts = _on_dask_locally(scheduler, workers, chunks, lex, shards, show)
    extraction = Extraction.gathered([part for part, _ in parts], shards)
    if scheduler == "processes" and pool is not None and pool._mp_context.get_start_method() == "forkserver":
        # forked by the fork server, not by this process: their CPU time is not among our children's
        cpu = {pid: seconds for _, (pid, seconds, _) in sorted(parts, key=lambda p: p[1][1])}
        extraction.worker_cpu = sum(cpu.values()) + max((w for _, (_, _, w) in parts), default=0.0)
    return extraction


def _lexicon_file(lex: Lexicon, shard_dir: Path) -> str:
    """The Lexicon pickled once, for each local worker process to load once (`_lexicon`)."""
    ref = str(shard_dir / "lexicon.pickle")
    with open(ref, "wb") as fh:
        pickle.dump(lex, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return ref


def _on_pool(pool, chunks: list, lex_ref: str, shards: list[Path], show: bool, sizes: list[int] | None = None) -> list:
    """Each chunk (its rows, or the file `RowChunks` left them in) a task of `pool`; their returns in order."""
    futures = [pool.submit(read_chunk_file, str(chunk), lex_ref, str(s)) if isinstance(chunk, Path)
               else pool.submit(read_chunk, chunk, lex_ref, str(s)) for chunk, s in zip(chunks, shards)]
    if not show:
        return [f.result() for f in futures]
    from rich.progress import Progress

    sizes = sizes or [len(c) for c in chunks]
    parts = []
    with Progress(transient=True, console=_stderr_console()) as bar:
        task = bar.add_task("reading reports", total=sum(sizes))
        for future, size in zip(futures, sizes):
            parts.append(future.result())
            bar.advance(task, size)
    return parts


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def _on_cluster(address: str, chunks: list, lex: Lexicon, shards: list[Path], show: bool) -> list:
    from dask.distributed import Client
    from dask.distributed import progress as distributed_progress

    with Client(address) as client:
        lex_ref = client.scatter(lex, broadcast=True)   # once per worker, not per task
        futures = [client.submit(read_chunk, chunk, lex_ref, str(s), pure=False) for chunk, s in zip(chunks, shards)]
        if show:
            distributed_progress(futures)
        return client.gather(futures)


def _on_dask_locally(scheduler: str, workers: int | None, chunks: list, lex: Lexicon, shards: list[Path], show: bool) -> list:
    import dask

    tasks = [dask.delayed(read_chunk)(dask.delayed(chunk, traverse=False), lex, str(s)) for chunk, s in zip(chunks, shards)]
    kwargs = {"num_workers": workers} if workers and scheduler == "threads" else {}
    if not show:
        return list(dask.compute(*tasks, scheduler=scheduler, **kwargs))
    from dask.diagnostics import ProgressBar

    with ProgressBar(out=sys.stderr):
        return list(dask.compute(*tasks, scheduler=scheduler, **kwargs))


class Stages:
    """Seconds per stage: wall clock into `timings[name]`, and CPU (this process and its finished
    worker processes, user + system) into `timings["cpu"][name]` (a shared, loaded machine
    stretches wall time; CPU time says what the code costs); this process's peak resident
    memory (MB) at the end of each stage into `timings["peak_mb"][name]`."""

    def __init__(self, timings: dict | None):
        self.timings = timings if timings is not None else {}
        self.timings.setdefault("cpu", {})
        self.timings.setdefault("peak_mb", {})
        self.extra: dict[str, float] = {}

    @staticmethod
    def _cpu() -> float:
        import resource

        me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime

    def __call__(self, name: str):

        @contextmanager
        def stage():
            wall, cpu = time.perf_counter(), self._cpu()
            yield
            self.timings[name] = time.perf_counter() - wall
            self.timings["cpu"][name] = self._cpu() - cpu + self.extra.pop(name, 0.0)
            self.timings["peak_mb"][name] = self._peak_mb()

        return stage()

    @staticmethod
    def _peak_mb() -> float:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux

    def add_cpu(self, name: str, seconds: float) -> None:
        """CPU seconds spent for a stage in processes that are not this one's children."""
        self.extra[name] = self.extra.get(name, 0.0) + seconds


def extract(corpus_dirs, out_dir: Path, scheduler: str = "processes", workers: int | None = None,
            dictionary_files: list[Path] | None = None, gazetteer: Path | None = None,
            progress: bool | None = None, timings: dict | None = None,
            warnings: list | None = None, cache: bool = True) -> tuple[dict[str, int], list[str]]:
    """Extract one corpus (one folder or several) into a validated package at out_dir; returns
    (row counts, skipped documents). `timings`, if given, receives seconds per stage (wall) and
    under "cpu" the CPU seconds per stage; `warnings`, if given, receives the manifest's warnings
    (core.problems.Problem, layer "corpus": a `published` that is not a date). `cache`: the lexicon
    from the user's cache when its inputs are unchanged (extract/lexicon_cache.py); False builds it.

    The manifest is checked first, every row, streamed (core.corpus.checked_rows): a doc_id no package
    can publish raises ProblemsFound naming each such row, before any text is read. Raises
    ValueError / FileNotFoundError for a manifest that cannot be read, an empty corpus, or a
    corpus whose every document fails; ProblemsFound when the package does not validate."""

    from pakiran_events.extract.adapter import (
        checked_rows,
        load_package_schemas,
        problems_error,
        publication_days,
        row_counts,
        run_day,
    )
    from pakiran_events.extract.lexicon_cache import cached_lexicon
    from pakiran_events.extract.write import check_out_folder, extraction_meta

    check_out_folder(Path(out_dir))  # before any work: never a folder extract could damage
    corpus_dirs = [Path(corpus_dirs)] if isinstance(corpus_dirs, (str, Path)) else [Path(d) for d in corpus_dirs]
    stage = Stages(timings)
    pool = worker_pool(workers) if scheduler == "processes" else None  # warms up while the lexicon loads
    # the shards, the evidence spill and its sorted copy live until the package is published:
    # the evidence table is written from the sorted file, never held whole by this process
    with shard_folder() as tmp, EventSpill(Path(tmp) / "events.spill") as spill:  # private, swept after a killed run
        try:
            with stage("lexicon"):
                errors: list = []
                found: list = []
                entries = checked_rows(corpus_dirs, load_package_schemas(), errors, found,
                                       publication_days(dictionary_files), run_day())
                # streamed from the manifest check into files, a chunk at a time: the parent holds no
                # row while the lexicon loads and the workers read (the other schedulers are given a list)
                rows = RowChunks.spilled(entries, Path(tmp) / "rows") if scheduler == "processes" else list(entries)
                if errors:  # every bad row at once, before any work
                    raise problems_error()(errors, "the corpus manifest has rows no package can publish")
                if warnings is not None:
                    warnings += found
                if not len(rows):  # input check: an empty corpus is said so, never an empty scan later
                    raise ValueError(f"{', '.join(str(d / 'manifest.csv') for d in corpus_dirs)}: lists no documents "
                                     "(a header only, or an empty file); nothing was written")
                del entries
                lex = cached_lexicon(gazetteer, dictionary_files, cache)
            with stage("read"):
                result = read_corpus(rows, lex, Path(tmp), scheduler, workers, progress, pool)
                stage.add_cpu("read", result.worker_cpu)
                if pool is not None and pool._mp_context.get_start_method() != "forkserver":
                    pool.shutdown()  # spawned workers are children: their CPU time counts for this stage once reaped
                    pool = None      # (and clustering runs here: `cluster_apart` would need their CPU time apart)
            del rows  # the manifest rows: the workers had them, the parent needs none of them again
            with stage("cluster"):
                if result.count and result.failed == result.count:
                    raise ValueError(f"every document of the corpus failed ({result.count}); nothing was "
                                     f"written. First: {result.problems[0]}")
                new_actors = result.new_actors
                problems, shards = result.problems, result.shards
                if warnings is not None:
                    warnings += result.unplaced
                del result  # the reads: what the parent needs of them is above, their rows are in the shards
                events, unplaced, seconds = cluster_stage([candidates_file(s) for s in shards], spill, lex,
                                                          Path(tmp), pool)
                stage.add_cpu("cluster", seconds)  # the fork server's worker is not among this process's children
                if warnings is not None:
                    warnings += unplaced
            with stage("tables"):
                schemas = load_package_schemas()
                tables, reuse, seconds = tables_stage(events, shards, lex, new_actors, schemas, Path(tmp), pool)
                del events  # nothing but the tables is needed to write the package
                stage.add_cpu("tables", seconds)  # the workers' (hash join, links, sources table)
            with stage("write+validate"):
                seconds = publish_stage(tables, schemas, extraction_meta(corpus_dirs, schemas), Path(out_dir),
                                        Path(tmp), pool, reuse)
                stage.add_cpu("write+validate", seconds)
        except BaseException:  # Ctrl-C or a failure: stop the workers, wait for nothing
            if pool is not None:
                stop_pool(pool)
            raise
        finally:
            if pool is not None:
                pool.shutdown()
        return row_counts(tables, Path(out_dir)), problems
