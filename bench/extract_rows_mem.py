"""The parent's peak memory in extract's first stage (the manifest checked, then the lexicon
loaded), with the manifest's rows held in the parent (as before round r21) or left in files
(`run.RowChunks`, as extract now does): one fresh process per (size, way), on the corpus
replicated to N reports (`extract_bench.replicate`, kept under bench/out/rows-N).

    python bench/extract_rows_mem.py --docs 10000 50000

Prints the process's peak RSS after the check and after the lexicon, for each size and way.
No memory is asserted anywhere.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from extract_bench import replicate

CHILD = r"""
import resource, sys, tempfile
from pathlib import Path
from pakiran_events.extract.adapter import checked_manifest, load_package_schemas
from pakiran_events.extract.lexicon import load_lexicon
corpus, way = Path(sys.argv[1]), sys.argv[2]
entries, errors, found = checked_manifest([corpus], load_package_schemas())
checked = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
if way == "files":
    from pakiran_events.extract.run import RowChunks
    rows = RowChunks.spilled(entries, Path(tempfile.mkdtemp()) / "rows")
    del entries
else:
    rows = entries
lex = load_lexicon(None, None)
print(len(rows), checked, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    shared = Path(__file__).resolve().parents[2] / "shared"
    parser.add_argument("--corpus", type=Path, nargs="+", default=[shared / "corpus", shared / "corpus-wave2"])
    parser.add_argument("--docs", type=int, nargs="+", default=[10_000, 50_000])
    args = parser.parse_args()
    for n_docs in args.docs:
        corpus = replicate(args.corpus, Path(__file__).parent / "out" / f"rows-{n_docs}", n_docs)
        for way in ("held", "files"):
            out = subprocess.run([sys.executable, "-c", CHILD, str(corpus), way], check=True, capture_output=True,
                                 text=True).stdout.split()
            print(f"{n_docs:>7,} reports, rows {way:>5}: peak {float(out[1]):.0f} MB after the manifest check, "
                  f"{float(out[2]):.0f} MB after the lexicon")


if __name__ == "__main__":
    main()
