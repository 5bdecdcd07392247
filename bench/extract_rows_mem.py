"""The parent's peak memory in extract's first stage (the manifest checked, then the lexicon
loaded), one fresh process per (size, way), on the corpus replicated to N reports
(`extract_bench.replicate`, kept under bench/out/rows-N). Ways: `held` (the checked rows kept in a
list, as before round r21), `files` (the list, then written to `run.RowChunks` files: round r21),
`streamed` (the rows streamed from the check into the files, none held: round r22, what extract
does now). `--src DIR` runs the children on another checkout's `src` (e.g. an unpacked
`git archive` of the base; `streamed` needs this one's).

    python bench/extract_rows_mem.py --docs 10000 50000 [--ways held files streamed] [--src DIR]

Prints, per size and way: the process's peak RSS after the check and after the lexicon, and the
check's own traced peak (tracemalloc, a second fresh process). No memory is asserted anywhere.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from extract_bench import replicate

CHILD = r"""
import resource, sys, tempfile, time, tracemalloc
from pathlib import Path
from pakiran_events.extract.adapter import load_package_schemas
corpus, way, traced = Path(sys.argv[1]), sys.argv[2], sys.argv[3] == "traced"
schemas = load_package_schemas()
folder = Path(tempfile.mkdtemp()) / "rows"
cpu = time.process_time()
if traced:
    tracemalloc.start()
if way == "streamed":
    from pakiran_events.extract.adapter import checked_rows
    from pakiran_events.extract.run import RowChunks
    errors, warnings = [], []
    rows = RowChunks.spilled(checked_rows([corpus], schemas, errors, warnings), folder)
else:
    from pakiran_events.extract.adapter import checked_manifest
    entries, errors, warnings = checked_manifest([corpus], schemas)
    if way == "files":
        from pakiran_events.extract.run import RowChunks
        rows = RowChunks.spilled(entries, folder)
        del entries
    else:
        rows = entries
if traced:
    print(len(rows), tracemalloc.get_traced_memory()[1] / 2**20, time.process_time() - cpu)
    sys.exit(0)
checked = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
from pakiran_events.extract.lexicon import load_lexicon
lex = load_lexicon(None, None)
print(len(rows), checked, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, time.process_time() - cpu)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    shared = Path(__file__).resolve().parents[2] / "shared"
    parser.add_argument("--corpus", type=Path, nargs="+", default=[shared / "corpus", shared / "corpus-wave2"])
    parser.add_argument("--docs", type=int, nargs="+", default=[10_000, 50_000])
    parser.add_argument("--ways", nargs="+", default=["held", "files", "streamed"],
                        choices=["held", "files", "streamed"])
    parser.add_argument("--src", type=Path, help="the `src` folder the children import (default: this checkout's)")
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(args.src or Path(__file__).resolve().parents[1] / "src")}
    print(f"# load average {os.getloadavg()[0]:.1f}; children import {env['PYTHONPATH']}")
    for n_docs in args.docs:
        corpus = Path(__file__).parent / "out" / f"rows-{n_docs}"
        if not (corpus / "manifest.csv").is_file() or sum(1 for _ in (corpus / "docs").iterdir()) != n_docs:
            replicate(args.corpus, corpus, n_docs)
        for way in args.ways:
            run = [sys.executable, "-c", CHILD, str(corpus), way]
            out = subprocess.run([*run, "plain"], check=True, capture_output=True, text=True, env=env).stdout.split()
            traced = subprocess.run([*run, "traced"], check=True, capture_output=True, text=True, env=env).stdout.split()
            print(f"{n_docs:>7,} reports, rows {way:>8}: peak {float(out[1]):.0f} MB after the manifest check, "
                  f"{float(out[2]):.0f} MB after the lexicon ({float(out[3]):.1f} CPU s); the check's traced peak "
                  f"{float(traced[1]):.1f} MB ({float(traced[2]):.1f} CPU s traced); {out[0]} rows")


if __name__ == "__main__":
    main()
