"""Extraction throughput: the corpus replicated to N reports, the whole `extract` command on all
cores (the local worker processes), with the seconds of each stage (lexicon, read, cluster, tables,
write+validate) and the parent process's peak memory, each size in a fresh process.

    python bench/extract_bench.py --corpus ../shared/corpus ../shared/corpus-wave2 --docs 1000 10000 50000

Prints reports per second for the whole command and for each stage, by the wall clock and by CPU
time (this process and its workers, user + system: on a shared machine the wall clock also
counts other people's work; reports per CPU-second times the cores is what the code would do on
an idle machine), and the load average. The replicated corpus is written under bench/out/
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


def replicate(corpora: list[Path], out: Path, n_docs: int) -> Path:
    """A corpus of n_docs documents: copies of the real ones (every folder's) under new ids."""
    if out.exists():
        shutil.rmtree(out)
    (out / "docs").mkdir(parents=True)
    rows = []
    for corpus in corpora:
        with (corpus / "manifest.csv").open(encoding="utf-8-sig", newline="") as fh:
            rows += [{**row, "file": str(corpus / row["file"])} for row in csv.DictReader(fh)]
    with (out / "manifest.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        for n in range(n_docs):
            row = dict(rows[n % len(rows)])
            doc_id = f"copy{n // len(rows):04d}-{row['doc_id']}"
            shutil.copyfile(row["file"], out / "docs" / f"{doc_id}.txt")
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
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    shared = Path(__file__).resolve().parents[2] / "shared"
    parser.add_argument("--corpus", type=Path, nargs="+", default=[shared / "corpus", shared / "corpus-wave2"])
    parser.add_argument("--docs", type=int, nargs="+", default=[1_000, 10_000, 50_000])
    parser.add_argument("--work", type=Path, default=Path(__file__).parent / "out",
                        help="Where the replicated corpus and the package are written (default bench/out/).")
    args = parser.parse_args()

    import multiprocessing

    cores = os.cpu_count() or 2
    work = args.work
    print(f"# {platform.processor() or platform.machine()}, {cores} cores, Python {platform.python_version()}")
    rows = []
    peaks_by_size: dict[int, float] = {}
    for n_docs in args.docs:
        corpus = replicate(args.corpus, work / "corpus", n_docs)
        load = os.getloadavg()[0]
        queue = multiprocessing.get_context("spawn").Queue()
        proc = multiprocessing.get_context("spawn").Process(target=_run, args=(corpus, work / "package", cores, queue))
        start = time.perf_counter()
        proc.start()
        timings, counts, skipped, peak_mb = queue.get()
        proc.join()
        seconds = time.perf_counter() - start
        assert not skipped, skipped
        cpu = timings.pop("cpu")
        peaks = timings.pop("peak_mb")
        total_cpu = sum(cpu.values())
        names = " + ".join(c.name for c in args.corpus)
        print(f"{n_docs:,} reports ({names} replicated), {cores} cores, load average {load:.1f} -> {os.getloadavg()[0]:.1f}: "
              f"whole extract {seconds:.1f} s, {n_docs / seconds:,.0f} reports/s; CPU {total_cpu:.1f} s, "
              f"{n_docs / total_cpu:,.0f} reports per CPU-second; parent peak memory {peak_mb:,.0f} MB; "
              f"{counts['events']} events, {counts['evidence']:,} evidence rows")
        print(f"  {'stage':<16} {'wall s':>7} {'reports/s':>10} {'CPU s':>7} {'reports/CPU-s':>14} {'parent peak MB':>15} "
              f"{'peak rise MB':>13}")
        before = 0.0
        for stage, t in timings.items():
            c = cpu.get(stage, 0.0)
            peak = peaks.get(stage, 0.0)
            print(f"  {stage:<16} {t:7.1f} {n_docs / t if t else float('inf'):>10,.0f} {c:7.1f} "
                  f"{n_docs / c if c else float('inf'):>14,.0f} {peak:>15,.0f} {peak - before:>13,.0f}")
            before = max(before, peak)
        peaks_by_size[n_docs] = peak_mb
        per_cpu = {stage: f"{n_docs / c:,.0f}" if c else "-" for stage, c in cpu.items()}
        rows.append(f"| {n_docs:,} (load {load:.1f}) | {n_docs / total_cpu:,.0f} ({n_docs / seconds:,.0f}/s wall) | "
                    f"{per_cpu.get('read', '-')} | {per_cpu.get('cluster', '-')} | {per_cpu.get('tables', '-')} | "
                    f"{per_cpu.get('write+validate', '-')} | {peak_mb:,.0f} MB |")
    sizes = sorted(peaks_by_size)
    for small, big in zip(sizes, sizes[1:]):
        print(f"parent peak memory {small:,} -> {big:,} reports ({big / small:g}x the reports): "
              f"{peaks_by_size[small]:,.0f} -> {peaks_by_size[big]:,.0f} MB, {peaks_by_size[big] / peaks_by_size[small]:.2f}x")
    print("\nREADME table rows (reports | reports per CPU-second: whole command (and per wall second), read, cluster, "
          "tables, write+validate | parent peak memory):")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
