"""Parsing curated engagement files alone: the full reader (`core.yaml_input.load_text`, libyaml
events with every line) against the subset reader a clean build's workers use
(`curate.yaml_subset.load_subset`), paired in one process, alternating, on the same texts.

    python bench/yaml_subset_bench.py --events 3000 [--rounds 5] [--keep DIR]

Writes (or reuses) a curated repo of N events with `bench/gen_package.py --curated`, reads its
engagement files into memory once, then per round parses every text with each reader (which goes
first alternates) and prints CPU milliseconds per file, the medians, their ratio and the load
average; checks that both readers give the same document for every file and counts the files
left to the full reader. Nothing here is asserted by tests (tests/test_bench_smoke.py runs it tiny).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_package import generate  # noqa: E402

from pakiran_events.core.yaml_input import load_text  # noqa: E402
from pakiran_events.curate.yaml_subset import OUTSIDE, load_subset  # noqa: E402


def _ms_per_file(parse, texts: list[str]) -> float:
    start = time.process_time()
    for text in texts:
        parse(text)
    return (time.process_time() - start) / len(texts) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="generate into (or reuse) this folder")
    args = parser.parse_args()
    out = args.keep or Path(tempfile.mkdtemp(prefix="pakiran-yaml-bench-"))
    events = out / "dataset" / "curated" / "events"
    if not events.is_dir():
        generate(args.events, out, curated=True)
    texts = [p.read_text(encoding="utf-8-sig") for p in sorted(events.glob("*.yaml"))]
    lines = sum(t.count("\n") for t in texts) / len(texts)
    print(f"# {len(texts):,} engagement files, {lines:.0f} lines and {sum(map(len, texts)) / len(texts) / 1e3:.1f} kB "
          f"each on average; {args.rounds} rounds, one process, CPU ms per file")
    readers = {"full (load_text)": load_text, "subset (load_subset)": load_subset}
    times: dict[str, list[float]] = {name: [] for name in readers}
    for k in range(args.rounds):
        order = list(readers) if k % 2 == 0 else list(readers)[::-1]
        for name in order:
            times[name].append(ms := _ms_per_file(readers[name], texts))
            print(f"round {k + 1} {name:<22} {ms:.3f} ms/file  load {os.getloadavg()[0]:.1f}", flush=True)
    left = sum(load_subset(t) is OUTSIDE for t in texts)
    same = all(load_subset(t) in (OUTSIDE, load_text(t)) for t in texts)
    full, subset = (statistics.median(times[name]) for name in readers)
    print(f"\nmedian: full {full:.3f} ms/file, subset {subset:.3f} ms/file, subset / full {subset / full:.2f}x")
    print(f"files left to the full reader: {left:,} of {len(texts):,}; the same documents: {same}")
    if not args.keep:
        shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
