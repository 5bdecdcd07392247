"""`extract`: read every report of a corpus in parallel (Dask), cluster, write the package.

The per-report work is independent and runs on Dask: `processes` (default, one machine, all
cores), `threads`, `synchronous` (one process, for debugging and the single-core benchmark), or
the address of a dask.distributed scheduler (`tcp://host:port`). A report that cannot be read
(missing, not UTF-8, empty, too large) is reported and skipped; it never stops the run.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from pakiran_events.core.corpus import span_sha256
from pakiran_events.extract.document import MAX_CHARS, Report, read_report
from pakiran_events.extract.gazetteer import Lexicon

PROGRESS_FROM = 500  # documents: show a progress bar from this corpus size on


@dataclass
class Read:
    """One document after the parallel stage: its report, the hash of every span its candidates
    cite (so the text need not travel back), and its registry facts; or a problem."""

    report: Report
    hashes: dict[tuple[int, int], str] = field(default_factory=dict)
    source: dict | None = None


@dataclass
class Extraction:
    reads: list[Read] = field(default_factory=list)

    @property
    def problems(self) -> list[str]:
        return [f"{r.report.doc_id}: skipped: {r.report.problem}" for r in self.reads if r.report.problem]

    @property
    def reports(self) -> list[Report]:
        return [r.report for r in self.reads if not r.report.problem]


def read_one(entry: dict, root: str, lex: Lexicon) -> Read:
    """One manifest row -> its Read. Total: every failure becomes the report's problem."""
    from pakiran_events.core.confine import OutsideFolder, inside

    doc_id = entry.get("doc_id") or "?"
    try:
        path = inside(Path(root), entry.get("file") or "")
        data = path.read_bytes()
    except OutsideFolder as exc:
        return Read(Report(doc_id, None, problem=f"manifest file refused: {exc}"))
    except OSError as exc:
        return Read(Report(doc_id, None, problem=f"cannot read {Path(entry.get('file') or '').name or '(no file)'}: {exc.strerror or exc}"))
    if entry.get("sha256") and hashlib.sha256(data).hexdigest() != entry["sha256"].strip().lower():
        return Read(Report(doc_id, None, problem="the text's sha256 differs from the manifest's (the text changed)"))
    if len(data) > 4 * MAX_CHARS:
        return Read(Report(doc_id, None, problem=f"{len(data)} bytes: too large for a news report"))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Read(Report(doc_id, None, problem=f"not UTF-8 (byte {data[exc.start]:#04x} at offset {exc.start})"))
    try:
        report = read_report(doc_id, text, entry.get("published"), lex)
    except Exception as exc:  # noqa: BLE001 - one document never stops the run: it is named and skipped
        return Read(Report(doc_id, None, problem=f"cannot be read ({type(exc).__name__}: {' '.join(str(exc).split())[:200]})"))
    if report.problem:
        return Read(report)
    hashes = {(s.start, s.end): span_sha256(text, s.start, s.end) for s in cited_spans(report)}
    source = {"source_id": doc_id, "url": entry.get("url") or f"file:{entry.get('file')}", "outlet": entry.get("outlet") or "unknown",
              "title": entry.get("title") or None, "author": entry.get("author") or None,
              "published_date": report.published.isoformat() if report.published else None,
              "published_basis": (entry.get("published_basis") or None) if entry.get("published") else
              ("text" if report.published else None),
              "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data), "char_length": len(text)}
    return Read(report, hashes, source)


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


def _read_partition(entries: list[dict], root: str, lex: Lexicon) -> list[Read]:
    return [read_one(e, root, lex) for e in entries]


def read_corpus(entries: list[dict], root: Path, lex: Lexicon, scheduler: str = "processes",
                workers: int | None = None, progress: bool | None = None) -> Extraction:
    """Run the per-document stage on Dask, one task per chunk of reports, and return the reads
    in manifest order. (One delayed task per chunk measured faster than a dask.bag here.)"""
    import os

    import dask

    if not entries:
        return Extraction([])
    n_chunks = max(1, min(len(entries) // 25 or 1, (workers or os.cpu_count() or 2) * 16))
    size = -(-len(entries) // n_chunks)
    chunks = [entries[i:i + size] for i in range(0, len(entries), size)]
    tasks = [dask.delayed(_read_partition)(chunk, str(root), lex) for chunk in chunks]
    show = progress if progress is not None else len(entries) >= PROGRESS_FROM
    if scheduler.startswith(("tcp://", "tls://", "inproc://", "ucx://")):
        from dask.distributed import Client, progress as distributed_progress

        with Client(scheduler) as client:
            futures = client.compute(tasks)
            if show:
                distributed_progress(futures)
            parts = client.gather(futures)
    else:
        kwargs = {"num_workers": workers} if workers and scheduler in ("processes", "threads") else {}
        if show:
            import sys

            from dask.diagnostics import ProgressBar

            with ProgressBar(out=sys.stderr):
                parts = dask.compute(*tasks, scheduler=scheduler, **kwargs)
        else:
            parts = dask.compute(*tasks, scheduler=scheduler, **kwargs)
    return Extraction([read for part in parts for read in part])


class _SpanHashes(dict):
    """A document's span hashes from the per-report stage; a span chosen later (while clustering)
    is hashed here from the same text, so every cited span carries its hash."""

    def __init__(self, known: dict, corpus, doc_id: str) -> None:
        super().__init__(known)
        self._corpus, self._doc_id, self._text = corpus, doc_id, None

    def __missing__(self, span: tuple[int, int]) -> str:
        from pakiran_events.core.corpus import span_sha256

        if self._text is None:
            self._text = self._corpus.path(self._doc_id).read_bytes().decode("utf-8")
        self[span] = digest = span_sha256(self._text, *span)
        return digest


def extract(corpus_dir: Path, out_dir: Path, scheduler: str = "processes", workers: int | None = None,
            dictionary_files: list[Path] | None = None, gazetteer: Path | None = None,
            progress: bool | None = None) -> tuple[dict[str, int], list[str]]:
    """Extract a corpus into a validated package at out_dir; returns (row counts, skipped documents)."""
    from pakiran_events.publish.package import publish_validated
    from pakiran_events.core.corpus import Corpus
    from pakiran_events.extract.cluster import cluster
    from pakiran_events.extract.gazetteer import load_lexicon
    from pakiran_events.extract.write import extraction_meta, package_tables
    from pakiran_events.core.paths import PACKAGE_DATA_DIR, schemas_dir
    from pakiran_events.core.schema import load_schemas

    corpus = Corpus(Path(corpus_dir))
    lex = load_lexicon(gazetteer, dictionary_files)
    result = read_corpus(corpus.manifest(), corpus.root, lex, scheduler, workers, progress)
    reads = [r for r in result.reads if not r.report.problem]
    if result.reads and not reads:
        raise ValueError(f"every document of the corpus failed ({len(result.reads)}); nothing was written. First: "
                         f"{result.problems[0]}")
    new_actors = {}
    for r in reads:
        for actor_id, actor in r.report.new_actors.items():
            new_actors.setdefault(actor_id, actor)
    events = cluster([r.report for r in reads])
    hashes = {r.report.doc_id: _SpanHashes(r.hashes, corpus, r.report.doc_id) for r in reads}
    schemas = load_schemas(schemas_dir())
    tables = package_tables(events, [r.source for r in reads], lex, new_actors, hashes, schemas)
    publish_validated(tables, schemas, extraction_meta(corpus.root, schemas), Path(out_dir), data_dir=PACKAGE_DATA_DIR)
    return {n: t.height for n, t in tables.items()}, result.problems
