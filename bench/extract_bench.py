"""Extraction throughput: the corpus replicated to N documents, read single-process and on all
cores (Dask processes), then the whole `extract` (clustering and a validated package) on all cores.

    python bench/extract_bench.py --corpus ../shared/corpus --docs 10400

Prints documents per second for each run. The replicated corpus is written under bench/out/
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "corpus")
    parser.add_argument("--docs", type=int, default=10_400)
    parser.add_argument("--skip-full", action="store_true", help="Only the per-document stage.")
    args = parser.parse_args()

    from pakiran_events.core.corpus import Corpus
    from pakiran_events.extract.gazetteer import load_lexicon
    from pakiran_events.extract.run import extract, read_corpus

    work = Path(__file__).parent / "out"
    corpus = replicate(args.corpus, work / "corpus", args.docs)
    entries = Corpus(corpus).manifest()
    lex = load_lexicon()
    cores = os.cpu_count()
    print(f"# {platform.processor() or platform.machine()}, {cores} cores, Python {platform.python_version()}")
    print(f"# {len(entries)} documents (the {args.corpus.name} corpus replicated)")
    for label, scheduler, workers in (("single process", "synchronous", None), (f"{cores} cores (dask processes)", "processes", cores)):
        start = time.perf_counter()
        result = read_corpus(entries, corpus, lex, scheduler=scheduler, workers=workers, progress=False)
        seconds = time.perf_counter() - start
        assert len(result.reads) == len(entries) and not result.problems
        print(f"per-document stage, {label}: {seconds:.1f} s, {len(entries) / seconds:,.0f} documents/s")
    if not args.skip_full:
        start = time.perf_counter()
        counts, skipped = extract(corpus, work / "package", scheduler="processes", workers=cores, progress=False)
        seconds = time.perf_counter() - start
        print(f"whole extract on {cores} cores (read, cluster, write, validate {counts['evidence']:,} evidence rows): "
              f"{seconds:.1f} s, {len(entries) / seconds:,.0f} documents/s")


if __name__ == "__main__":
    main()
