"""Where clustering's CPU goes (the parent's serial stage after reading, run by one worker in
`extract`): the corpus read once, its readings copied to N reports under new ids and written as
the workers' candidates files (64 reports each), then `run.cluster_streamed` under cProfile.

    python bench/cluster_profile.py --docs 20000 --top 25

Prints the CPU seconds under the profiler, the event count, and the top functions by own and by
cumulative time. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    shared = Path(__file__).resolve().parents[2] / "shared"
    parser.add_argument("--corpus", type=Path, nargs="+", default=[shared / "corpus", shared / "corpus-wave2"])
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()

    from pakiran_events.extract.lexicon import load_lexicon
    from pakiran_events.extract.run import (
        CHUNK,
        EventSpill,
        Read,
        cluster_streamed,
        manifests,
        read_one,
        write_candidates,
    )

    lex = load_lexicon(None, None)
    reads = [r for r in (read_one(e, lex)[0] for e in manifests(args.corpus)) if not r.problem]
    with tempfile.TemporaryDirectory() as folder:
        tmp, files = Path(folder), []
        for c, i in enumerate(range(0, args.docs, CHUNK)):
            chunk = [Read(f"copy{n // len(reads):04d}-{reads[n % len(reads)].doc_id}", reads[n % len(reads)].published,
                          list(reads[n % len(reads)].candidates), reads[n % len(reads)].new_actors,
                          reads[n % len(reads)].source) for n in range(i, min(args.docs, i + CHUNK))]
            files.append(tmp / f"candidates-{c:06d}.pickle")
            write_candidates(chunk, files[-1])
        with EventSpill(tmp / "events.spill") as spill:
            start = time.process_time()
            profile = cProfile.Profile(time.process_time)
            profile.enable()
            events = cluster_streamed(files, spill)
            profile.disable()
            print(f"{args.docs:,} reports ({len(files)} candidates files): cluster_streamed {time.process_time() - start:.1f} "
                  f"CPU s under the profiler, {len(events)} events")
    for order in ("tottime", "cumulative"):
        pstats.Stats(profile).sort_stats(order).print_stats(args.top)


if __name__ == "__main__":
    main()
