"""Where clustering's CPU goes (the parent's serial stage after reading, run by one worker in
`extract`): the corpus read once, its readings copied to N reports under new ids and written as
the workers' candidates files (64 reports each), then `run.cluster_streamed` under cProfile.

    python bench/cluster_profile.py --docs 10000 50000 --top 25

Prints, per size, the CPU seconds under the profiler, the event count, and the top functions by
own and by cumulative time; with two sizes or more, each function's growth from the first size to
the last (own time ratio against the reports' ratio: a function growing faster than the corpus is
a superlinear part). Nothing is asserted.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import tempfile
import time
from pathlib import Path


def profiled(reads: list, n_docs: int) -> pstats.Stats:
    """`cluster_streamed` of the reads copied to n_docs reports, under cProfile (CPU time)."""
    from pakiran_events.extract.run import CHUNK, EventSpill, Read, cluster_streamed, write_candidates

    with tempfile.TemporaryDirectory() as folder:
        tmp, files = Path(folder), []
        for c, i in enumerate(range(0, n_docs, CHUNK)):
            chunk = [Read(f"copy{n // len(reads):04d}-{reads[n % len(reads)].doc_id}", reads[n % len(reads)].published,
                          list(reads[n % len(reads)].candidates), reads[n % len(reads)].new_actors,
                          reads[n % len(reads)].source) for n in range(i, min(n_docs, i + CHUNK))]
            files.append(tmp / f"candidates-{c:06d}.pickle")
            write_candidates(chunk, files[-1])
        with EventSpill(tmp / "events.spill") as spill:
            start = time.process_time()
            profile = cProfile.Profile(time.process_time)
            profile.enable()
            events = cluster_streamed(files, spill)
            profile.disable()
            print(f"{n_docs:,} reports ({len(files)} candidates files): cluster_streamed {time.process_time() - start:.1f} "
                  f"CPU s under the profiler, {len(events)} events")
    return pstats.Stats(profile)


def growth(first: pstats.Stats, last: pstats.Stats, ratio: float, top: int) -> None:
    """Functions by own time at the last size, with their own-time and call-count growth."""
    a, b = first.stats, last.stats  # type: ignore[attr-defined]
    rows = []
    for func, (_, calls, tottime, cumtime, _) in b.items():
        before = a.get(func, (0, 0, 0.0, 0.0, None))
        rows.append((tottime, func, calls, before[1], before[2], cumtime, before[3]))
    print(f"\ngrowth, last size / first size (the reports grew {ratio:.1f}x): own time, calls, cumulative")
    for tottime, (path, line, name), calls, calls0, tot0, cum, cum0 in sorted(rows, reverse=True)[:top]:
        grew = f"{tottime / tot0:5.1f}x" if tot0 > 0.001 else "  new"
        cgrew = f"{calls / calls0:5.1f}x" if calls0 else "  new"
        print(f"  {tottime:7.3f}s own {grew}  calls {calls:>8} {cgrew}  cum {cum:7.3f}s "
              f"{cum / cum0 if cum0 > 0.001 else 0:5.1f}x  {Path(path).name}:{line}({name})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    shared = Path(__file__).resolve().parents[2] / "shared"
    parser.add_argument("--corpus", type=Path, nargs="+", default=[shared / "corpus", shared / "corpus-wave2"])
    parser.add_argument("--docs", type=int, nargs="+", default=[20_000])
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()

    from pakiran_events.extract.lexicon import load_lexicon
    from pakiran_events.extract.run import manifests, read_one

    lex = load_lexicon(None, None)
    reads = [r for r in (read_one(e, lex)[0] for e in manifests(args.corpus)) if not r.problem]
    stats = []
    for n_docs in args.docs:
        stats.append(profiled(reads, n_docs))
        for order in ("tottime", "cumulative"):
            stats[-1].sort_stats(order).print_stats(args.top)
    if len(stats) > 1:
        growth(stats[0], stats[-1], args.docs[-1] / args.docs[0], args.top)


if __name__ == "__main__":
    main()
