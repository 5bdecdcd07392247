"""Clustering and the event rows, the parent's serial stages after reading: paired runs of this
checkout against an earlier commit's cluster.py, on the corpus's readings replicated to N reports.

    python bench/cluster_bench.py --docs 10000 50000 --against fe569dd~1 --repeat 3

Each report of both folders is read once (in this process); its candidates are copied under new
report ids up to N, as the replicated `extract_bench` corpus would give. Then, alternating,
`cluster()` of this checkout and of the `--against` commit (its cluster.py loaded from git) run on
fresh copies, each followed by this checkout's `event_rows`; CPU seconds of each, medians, the
ratio, each's cluster and event rows apart, and whether both give the same rows. No timing is asserted anywhere.
With --gc-paused, Python's cycle collector is paused around each `cluster()` as `extract` pauses it
(`run._no_cycle_collection`): without it the collector's full passes walk every live event, which
grows faster than the corpus and is no cost of `extract`.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from measure import cpu_seconds

REPO = Path(__file__).resolve().parents[1]


def old_cluster(commit: str):
    """The cluster module as it was at `commit` (a module of its own, beside this checkout's)."""
    source = subprocess.run(["git", "show", f"{commit}:src/pakiran_events/extract/cluster.py"], cwd=REPO,
                            capture_output=True, text=True, check=True).stdout
    path = Path(tempfile.mkdtemp()) / "cluster_then.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("pakiran_events.extract.cluster_then", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    shared = REPO.parent / "shared"
    parser.add_argument("--corpus", type=Path, nargs="+", default=[shared / "corpus", shared / "corpus-wave2"])
    parser.add_argument("--docs", type=int, nargs="+", default=[10_000])
    parser.add_argument("--against", default="HEAD~1", help="the commit whose cluster.py is the other contender")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--gc-paused", action="store_true", help="pause the cycle collector while clustering, as extract does")
    args = parser.parse_args()

    from pakiran_events.extract import cluster as now
    from pakiran_events.extract.lexicon import load_lexicon
    from pakiran_events.extract.run import _no_cycle_collection, manifests, read_one
    from pakiran_events.extract.write import event_rows

    then = old_cluster(args.against)
    lex = load_lexicon(None, None)
    reads = [r for r in (read_one(e, lex)[0] for e in manifests(args.corpus)) if not r.problem]
    print(f"# {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; {len(reads)} reports read once, "
          f"replicated; this checkout vs {args.against}; cycle collector {'paused' if args.gc_paused else 'on'}")
    for n_docs in args.docs:
        def replicated():
            return [(f"copy{n // len(reads):04d}-{reads[n % len(reads)].doc_id}", reads[n % len(reads)].published,
                     copy.deepcopy(reads[n % len(reads)].candidates)) for n in range(n_docs)]

        seconds: dict[str, list[float]] = {"then": [], "now": []}
        apart: dict[str, list[tuple[float, float]]] = {"then": [], "now": []}  # (cluster, event rows) per run
        rows = {}
        for _ in range(args.repeat):
            for name, module in (("then", then), ("now", now)):
                items = replicated()
                start = cpu_seconds()
                with _no_cycle_collection() if args.gc_paused else contextlib.nullcontext():
                    events = module.cluster(items)
                clustered = cpu_seconds()
                out = event_rows(events, lex, {})
                seconds[name].append(cpu_seconds() - start)
                apart[name].append((clustered - start, cpu_seconds() - clustered))
                rows[name] = {k: sorted(map(repr, v)) for k, v in out.items()}
        then_s, now_s = statistics.median(seconds["then"]), statistics.median(seconds["now"])
        print(f"{n_docs:,} reports: cluster + event rows, CPU s (median of {args.repeat}, alternated): "
              f"{args.against} {then_s:.2f} ({n_docs / then_s:,.0f} reports per CPU-s), this checkout {now_s:.2f} "
              f"({n_docs / now_s:,.0f} reports per CPU-s): {then_s / now_s:.2f}x; same rows: {rows['then'] == rows['now']}")
        for name, label in (("then", args.against), ("now", "this checkout")):
            cluster_s = statistics.median(c for c, _ in apart[name])
            rows_s = statistics.median(r for _, r in apart[name])
            print(f"  {label}: cluster {cluster_s:.2f} CPU s, event rows {rows_s:.2f} CPU s (medians)")
        print(f"  runs: {args.against} {' '.join(f'{s:.2f}' for s in seconds['then'])} / "
              f"this checkout {' '.join(f'{s:.2f}' for s in seconds['now'])}")


if __name__ == "__main__":
    main()
