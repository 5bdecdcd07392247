"""The parent's peak memory after reading, at N reports: what `extract` does once the workers are
done (cluster by bucket, tables with the evidence spilled, write + validate), in a fresh process
per size, without paying for reading N reports on a loaded machine.

    python bench/extract_parent_mem.py --docs 1000 10000 50000 [--replicas same distinct]

Each report of both folders is read once (in this process); the per-chunk files the workers would
write (span hashes, candidates by bucket) are written for the corpus replicated to N reports under
new ids. A fresh process then runs the parent's stages on them and prints its peak resident
memory at the end of each stage (the lexicon alone is the first figure), and each stage's resident
memory at its start, its highest and its end (`Sampler`: the floor a stage leaves and its own working
set, which the never-falling peak hides). No timing or memory is asserted anywhere.

The read stage's returns (what each chunk's task sends back, `run.chunk_read`) are pickled per
chunk too and unpickled by that process after the lexicon (stage `reads`), put together as
`read_corpus` puts them (`Extraction.gathered`), and held until clustering has begun, as extract
holds them. `--reads full` sends a Read per report instead, as before round 21 (int21's form,
gathered as it was: every read kept, `new_actors_of` over them), to measure what that weighed.

Two ways to replicate (`--replicas`, both by default):
  same      every copy tells the same engagements on the same days (as `extract_bench`'s copied
            files do): the copies pile onto the same ~100 events, each cited by N/120 times the
            sources. Bigger events, not more of them.
  distinct  copy k has every date of its reading (publication, date cues, terms) moved k
            "corpus lengths" later, a whole number of calendar years (a month's last day stays
            its last day, so a month stays a month): each copy clusters apart, as a larger real
            corpus would give more events of the usual size. Generic: every datetime.date inside
            the Read is moved, nothing per document. (A weekday told in the text no longer
            matches its day; nothing checks that.)
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import multiprocessing
import os
import shutil
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Sampler:
    """Resident memory of this process read from /proc/self/statm every `every` seconds by a
    thread: each stage's (start, highest, end) in MB, so that a stage's own working set and the
    floor it leaves show, which the process's peak (ru_maxrss, never falling) hides. Linux only;
    elsewhere every figure is None."""

    def __init__(self, every: float = 0.002):
        import threading

        self.every, self.high, self.now = every, 0.0, self.rss()
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    @staticmethod
    def rss() -> float:
        try:
            pages = int(Path("/proc/self/statm").read_text().split()[1])
        except (OSError, ValueError, IndexError):
            return float("nan")
        return pages * os.sysconf("SC_PAGE_SIZE") / (1 << 20)

    def _run(self) -> None:
        while not self.stop.wait(self.every):
            self.now = self.rss()
            self.high = max(self.high, self.now)

    def begin(self) -> float:
        self.now = self.high = self.rss()
        return self.now

    def end(self) -> tuple[float, float]:
        self.now = self.rss()
        return max(self.high, self.now), self.now


def later(day: dt.date, years: int) -> dt.date:
    """`day` so many calendar years later; a month's last day stays its last day (29 February too)."""
    last = (day + dt.timedelta(days=1)).month != day.month
    day = day.replace(day=min(day.day, 28), year=day.year + years)
    if last:
        return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return day


def shifted(value, years: int):
    """`value` with every datetime.date inside it (dataclasses, tuples, lists, dicts) `years` later
    (`later`); anything else kept as is (shared, never copied)."""
    if isinstance(value, dt.date):
        return later(value, years)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        new = {f.name: shifted(getattr(value, f.name), years) for f in dataclasses.fields(value)}
        if all(new[k] is getattr(value, k) for k in new):
            return value
        copy = object.__new__(type(value))
        for name, item in new.items():
            object.__setattr__(copy, name, item)  # frozen dataclasses too
        return copy
    if isinstance(value, (list, tuple)):
        items = [shifted(v, years) for v in value]
        if all(a is b for a, b in zip(items, value)):
            return value
        return type(value)(items) if isinstance(value, list) else tuple(items)
    if isinstance(value, dict):
        items = {k: shifted(v, years) for k, v in value.items()}
        return value if all(items[k] is value[k] for k in value) else items
    return value


def _copies(read: list, mode: str):
    """copy number -> [(Read, its hash rows)] of that copy, the dates moved for `distinct`."""
    from pakiran_events.extract.run import Read

    published = [r.published for r, _ in read if r.published]
    length = max(published).year - min(published).year + 2 if published else 2  # the corpus's years and one more
    cache: dict[int, list] = {}

    def copy(k: int) -> list:
        if mode == "same" or k == 0:
            return read
        if k not in cache:
            cache.clear()
            years = length * k
            cache[k] = [(Read(r.doc_id, shifted(r.published, years), shifted(r.candidates, years), r.new_actors,
                              {**r.source, "published_date": later(r.published, years).isoformat()
                               if r.published else None}), h) for r, h in read]
        return cache[k]

    return copy


def _parent(work: Path, n_chunks: int, new_actors: dict, out: Path, queue, reads: str = "chunks") -> None:
    """`_stages`, its failure sent back (never a parent left waiting)."""
    try:
        _stages(work, n_chunks, new_actors, out, queue, reads)
    except BaseException as exc:
        first = [str(p) for p in getattr(exc, "problems", [])[:5]]
        queue.put(f"{type(exc).__name__}: {exc}" + "".join(f"\n  {p}" for p in first))
        raise


def returns_file(work: Path, chunk: int) -> Path:
    """Where the bench leaves what chunk `chunk`'s task sends back to the parent (pickled)."""
    return work / f"returns-{chunk:06d}.pickle"


def _gathered(work: Path, n_chunks: int, reads: str):
    """The read stage's returns unpickled in this process and put together as extract does:
    (what is held until clustering, its new actors). `full`: a Read per report, as before round 21."""
    import pickle

    from pakiran_events.extract.run import Extraction, new_actors_of

    parts = []
    for n in range(n_chunks):
        with open(returns_file(work, n), "rb") as fh:
            parts.append(pickle.load(fh))
    if reads == "full":
        result = Extraction([r for part in parts for r in part], [])
        return result, new_actors_of(result.reads)
    result = Extraction.gathered(parts, [])
    return result, result.new_actors


def _stages(work: Path, n_chunks: int, new_actors: dict, out: Path, queue, reads: str = "chunks") -> None:
    """The parent's stages after reading, as extract.run.extract runs them (its stage functions,
    a warm worker pool kept from clustering to publishing; the workers' CPU seconds counted)."""
    from pakiran_events.extract.adapter import load_package_schemas, row_counts
    from pakiran_events.extract.lexicon import load_lexicon
    from pakiran_events.extract.run import (
        EventSpill,
        candidates_file,
        cluster_stage,
        lexicon_ref,
        publish_stage,
        tables_stage,
        worker_pool,
    )
    from pakiran_events.extract.write import extraction_meta

    peaks, seconds, rss = {}, {}, {}
    sampler = Sampler()
    start, began = time.process_time(), sampler.begin()
    lex = load_lexicon(None, None)
    lexicon_ref(lex, work)  # as extract's read stage does: its workers load the lexicon from this file
    peaks["lexicon"], seconds["lexicon"] = _peak_mb(), time.process_time() - start
    rss["lexicon"] = (began, *sampler.end())
    start, began = time.process_time(), sampler.begin()
    result, got_actors = _gathered(work, n_chunks, reads)  # what the read stage's workers sent back
    assert set(got_actors) == set(new_actors), "the chunks' new actors differ from every read's"
    problems, unplaced = result.problems, result.unplaced  # as extract takes them at clustering
    peaks["reads"], seconds["reads"] = _peak_mb(), time.process_time() - start
    rss["reads"] = (began, *sampler.end())
    shards = [work / f"spans-{n:06d}.parquet" for n in range(n_chunks)]
    start, began = time.process_time(), sampler.begin()
    spill = EventSpill(work / "events.spill")  # as extract does: the events' spans on disk until written
    pool = worker_pool(1)  # as extract does: a warm worker clusters (`cluster_stage`), not this process
    del result, problems, unplaced  # as extract does once it has what it needs of the reads
    events, _, apart = cluster_stage([candidates_file(s) for s in shards], spill, lex, work, pool)
    peaks["cluster"], seconds["cluster"] = _peak_mb(), time.process_time() - start + apart
    rss["cluster"] = (began, *sampler.end())
    start, began = time.process_time(), sampler.begin()
    schemas = load_package_schemas()
    tables, reuse, apart = tables_stage(events, shards, lex, new_actors, schemas, work, pool)  # as extract does
    del events
    peaks["tables"], seconds["tables"] = _peak_mb(), time.process_time() - start + apart
    rss["tables"] = (began, *sampler.end())
    start, began = time.process_time(), sampler.begin()
    apart = publish_stage(tables, schemas, extraction_meta([Path("replicated-corpus")], schemas), out, work, pool, reuse)  # as extract does
    spill.close()
    pool.shutdown()
    peaks["write+validate"], seconds["write+validate"] = _peak_mb(), time.process_time() - start + apart
    rss["write+validate"] = (began, *sampler.end())
    counts = row_counts(tables, out)  # from the published descriptor: the evidence plan is not run again
    sampler.stop.set()
    queue.put((peaks, seconds, rss, counts["evidence"], counts["events"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    shared = REPO.parent / "shared"
    parser.add_argument("--corpus", type=Path, nargs="+", default=[shared / "corpus", shared / "corpus-wave2"])
    parser.add_argument("--docs", type=int, nargs="+", default=[1_000, 10_000, 50_000])
    parser.add_argument("--replicas", nargs="+", choices=["same", "distinct"], default=["same", "distinct"],
                        help="same: every copy tells the same engagements; distinct: copy k moved k corpus lengths later")
    parser.add_argument("--reads", choices=["chunks", "full"], default="chunks",
                        help="what the read stage's workers send back: chunks (run.chunk_read) or full (a Read per "
                             "report, as before round 21)")
    args = parser.parse_args()

    from pakiran_events.extract.lexicon import load_lexicon
    from pakiran_events.extract.run import manifests, read_one

    lex = load_lexicon(None, None)
    read = [read_one(e, lex) for e in manifests(args.corpus)]
    read = [(r, h) for r, h in read if not r.problem]
    new_actors = {k: v for r, _ in read for k, v in r.new_actors.items()}
    print(f"# {os.cpu_count()} cores, {len(read)} reports read once, replicated; load average {os.getloadavg()[0]:.1f}")
    for mode in args.replicas:
        print(f"## replicas: {mode}")
        _sizes(read, new_actors, args.docs, mode, args.reads)


def _package_digest(folder: Path) -> str:
    """The package's files (the run's lock file left out) and one SHA-256 over each file's path and
    SHA-256: equal digests of two code versions mean byte-identical packages."""
    import hashlib

    files = sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith(".pakiran-events.lock"))
    whole = hashlib.sha256()
    for path in files:
        whole.update(f"{path.relative_to(folder).as_posix()} {hashlib.sha256(path.read_bytes()).hexdigest()}\n".encode())
    return f"{len(files)} files, SHA-256 of their SHA-256s {whole.hexdigest()[:16]}"


def _sizes(read: list, new_actors: dict, sizes: list[int], mode: str, returns: str = "chunks") -> None:
    import pickle

    import polars as pl

    from pakiran_events.extract.run import (
        CHUNK,
        Read,
        candidates_file,
        chunk_read,
        sources_file,
        write_candidates,
        write_sources,
    )

    copies = _copies(read, mode)
    peaks_by_size = {}
    for n_docs in sizes:
        work = Path(tempfile.mkdtemp(prefix="parent-mem-"))
        for c, first in enumerate(range(0, n_docs, CHUNK)):
            reads, rows = [], []
            for n in range(first, min(first + CHUNK, n_docs)):
                r, hashes = copies(n // len(read))[n % len(read)]
                doc_id = f"copy{n // len(read):04d}-{r.doc_id}"
                reads.append(Read(doc_id, r.published, r.candidates, r.new_actors, {**r.source, "source_id": doc_id}))
                rows += [(doc_id, a, b, h) for _, a, b, h in hashes]
            shard = work / f"spans-{c:06d}.parquet"
            pl.DataFrame(rows or None, schema={"source_id": pl.String, "char_start": pl.Int64, "char_end": pl.Int64,
                                               "span_sha256": pl.String}, orient="row").write_parquet(shard)
            write_candidates(reads, candidates_file(shard))
            write_sources(reads, sources_file(shard))  # as the workers do: the parent reads them back
            with open(returns_file(work, c), "wb") as fh:  # what the chunk's task sends back (pickled, as by the pool)
                pickle.dump(reads if returns == "full" else chunk_read(reads), fh, protocol=pickle.HIGHEST_PROTOCOL)
        n_chunks = c + 1
        ctx = multiprocessing.get_context("spawn")
        queue = ctx.Queue()
        load = os.getloadavg()[0]
        proc = ctx.Process(target=_parent, args=(work, n_chunks, new_actors, work / "package", queue, returns))
        proc.start()
        got = queue.get()
        proc.join()
        digest = _package_digest(work / "package") if not isinstance(got, str) else ""
        shutil.rmtree(work)
        if isinstance(got, str):
            raise SystemExit(f"{n_docs:,} reports ({mode}): the parent's stages failed: {got}")
        peaks, seconds, rss, evidence_rows, events = got
        peaks_by_size[n_docs] = peaks["write+validate"]
        print(f"{n_docs:,} reports (load average {load:.1f}; reads sent back: {returns}): {events} events, {evidence_rows:,} evidence rows; "
              f"package {digest}; parent peak MB at the end of each stage (CPU s):")
        before = 0.0
        for stage, peak in peaks.items():
            began, high, end = rss[stage]
            print(f"  {stage:<16} {peak:8,.0f} MB (+{peak - before:,.0f})  {seconds[stage]:7.1f} CPU s   "
                  f"RSS start {began:,.0f} high {high:,.0f} (+{high - began:,.0f}) end {end:,.0f}")
            before = peak
    sizes = sorted(peaks_by_size)
    for small, big in zip(sizes, sizes[1:]):
        print(f"parent peak {small:,} -> {big:,} reports ({big / small:g}x the reports): {peaks_by_size[small]:,.0f} -> "
              f"{peaks_by_size[big]:,.0f} MB, {peaks_by_size[big] / peaks_by_size[small]:.2f}x")


if __name__ == "__main__":
    main()
