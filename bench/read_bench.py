"""The per-report stage alone, paired: two source trees (the code before a change and after it)
read the same reports in one process each, alternately, and the CPU medians are compared.

    git archive <old-commit> src | tar -x -C /tmp/old
    python bench/read_bench.py --old /tmp/old/src --rounds 5 --passes 4

Each run is a fresh interpreter (imports and spaCy/dateparser warm-up not counted, as the worker
pool's fork server pays them once): it loads the lexicon, then reads every report of the corpus
`--passes` times in order (the first pass has cold caches, the later ones warm: a worker reading
a large replicated corpus sees the same texts again). Prints reports per CPU-second of each tree
per round, the medians, their ratio and the load average; also checks that both trees give the
same readings (candidates, new actors, span hashes) for every report.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

CHILD = r"""
import hashlib, pickle, sys, time
from pathlib import Path
import pakiran_events.extract.warm  # noqa: F401  (what the fork server does before the workers)
from pakiran_events.extract.lexicon import load_lexicon
from pakiran_events.extract.run import manifests, read_one
passes, limit, corpora = int(sys.argv[1]), int(sys.argv[2]), [Path(p) for p in sys.argv[3:]]
entries = manifests(corpora)[:limit or None]
lex = load_lexicon(None, None)
digest = hashlib.sha256()
start = time.process_time()
for n in range(passes):
    for entry in entries:
        read, hashes = read_one(entry, lex, 0)
        if n == 0:
            digest.update(pickle.dumps((read.doc_id, read.problem, repr(read.candidates), repr(read.new_actors), hashes)))
cpu = time.process_time() - start
print(len(entries) * passes, cpu, digest.hexdigest())
"""


def run(src: Path, corpora: list[Path], passes: int, limit: int = 0) -> tuple[int, float, str]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    out = subprocess.run([sys.executable, "-c", CHILD, str(passes), str(limit), *map(str, corpora)], env=env, check=True,
                         capture_output=True, text=True).stdout.split()
    return int(out[0]), float(out[1]), out[2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    shared = Path(__file__).resolve().parents[2] / "shared"
    parser.add_argument("--old", type=Path, required=True, help="The `src` folder of the code to compare against (in a checkout: it finds its datapackage.json).")
    parser.add_argument("--new", type=Path, default=Path(__file__).resolve().parents[1] / "src")
    parser.add_argument("--corpus", type=Path, nargs="+", default=[shared / "corpus", shared / "corpus-wave2"])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--passes", type=int, default=4)
    parser.add_argument("--limit", type=int, default=0, help="Only the first N reports of the corpus (0: all).")
    args = parser.parse_args()
    rates: dict[str, list[float]] = {"old": [], "new": []}
    digests = set()
    load = os.getloadavg()[0]
    for k in range(args.rounds):
        order = ("old", "new") if k % 2 == 0 else ("new", "old")
        for name in order:
            n, cpu, digest = run(getattr(args, name), args.corpus, args.passes, args.limit)
            digests.add(digest)
            rates[name].append(n / cpu)
        print(f"round {k + 1}: old {rates['old'][-1]:.1f}, new {rates['new'][-1]:.1f} reports per CPU-second")
    old, new = statistics.median(rates["old"]), statistics.median(rates["new"])
    print(f"per-report stage, {n:,} reports a run ({args.passes} passes over {n // args.passes}), "
          f"{args.rounds} paired rounds, load average {load:.1f} -> {os.getloadavg()[0]:.1f}: "
          f"median old {old:.1f}, new {new:.1f} reports per CPU-second: new/old {new / old:.2f}x; "
          f"readings {'identical' if len(digests) == 1 else 'DIFFERENT'}")


if __name__ == "__main__":
    main()
