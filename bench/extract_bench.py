"""Extraction throughput: the corpus replicated to N reports, the whole `extract` command on all
cores (Dask processes), with the seconds of each stage (lexicon, read, cluster, tables,
write+validate) and the parent process's peak memory, each size in a fresh process.

    python bench/extract_bench.py --corpus ../shared/corpus --docs 1000 10000

Prints reports per second for the whole command and for each stage. The replicated corpus is written under bench/out/
(git-ignored). Figures go to the README; a run's raw output to bench/results/.
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import shutil
import time
from pathlib import Path


def replicate(corpus: Path, out: Path, n_docs: int) -> Path:
    """A corpus of n_docs documents: copies of the real ones under new ids (same texts)."""
    if out.exists():
        shutil.rmtree(out)
    (out / "docs").mkdir(parents=True)
    with (corpus / "manifest.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    with (out / "manifest.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        for n in range(n_docs):
            row = dict(rows[n % len(rows)])
            doc_id = f"copy{n // len(rows):04d}-{row['doc_id']}"
            shutil.copyfile(corpus / row["file"], out / "docs" / f"{doc_id}.txt")
            writer.writerow({**row, "doc_id": doc_id, "file": f"docs/{doc_id}.txt"})
    return out


def _run(corpus: Path, out: Path, cores: int, queue) -> None:
    """One whole `extract` in a fresh process: stage seconds and the parent's peak memory."""
    import resource

    from pakiran_events.extract.run import extract

    timings: dict = {}
    counts, skipped = extract([corpus], out, scheduler="processes", workers=cores, progress=False, timings=timings)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queue.put((timings, counts, skipped, peak_mb))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "corpus")
    parser.add_argument("--docs", type=int, nargs="+", default=[1_000, 10_000])
    args = parser.parse_args()

    import multiprocessing

    cores = os.cpu_count() or 2
    work = Path(__file__).parent / "out"
    print(f"# {platform.processor() or platform.machine()}, {cores} cores, Python {platform.python_version()}")
    for n_docs in args.docs:
        corpus = replicate(args.corpus, work / "corpus", n_docs)
        queue = multiprocessing.get_context("spawn").Queue()
        proc = multiprocessing.get_context("spawn").Process(target=_run, args=(corpus, work / "package", cores, queue))
        start = time.perf_counter()
        proc.start()
        timings, counts, skipped, peak_mb = queue.get()
        proc.join()
        seconds = time.perf_counter() - start
        assert not skipped, skipped
        print(f"{n_docs:,} reports (the {args.corpus.name} corpus replicated), {cores} cores: whole extract {seconds:.1f} s, "
              f"{n_docs / seconds:,.0f} reports/s; parent peak memory {peak_mb:,.0f} MB; "
              f"{counts['events']} events, {counts['evidence']:,} evidence rows")
        for stage, t in timings.items():
            print(f"  {stage:<16} {t:6.1f} s  {n_docs / t if t else float('inf'):>10,.0f} reports/s")


if __name__ == "__main__":
    main()
