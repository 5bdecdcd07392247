"""Loader cold start against `import polars`: each in a fresh interpreter, paired rounds.

    python bench/import_bench.py [--repeat 15]

Contenders (wall seconds of a whole `python -c` run, so interpreter start-up is in both):

- `polars`: `import polars`;
- `import`: `import pakiran_events`;
- `load`: `import pakiran_events as pe; pe.load("events")` (the first table a researcher reads).

Prints the median of each and the median of the paired ratios to `polars` (target: `load` <= 1.3x).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

CONTENDERS = {
    "polars": "import polars",
    "import": "import pakiran_events",
    "load": "import pakiran_events as pe; pe.load('events')",
}


def _run(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    for code in CONTENDERS.values():  # warm the file cache once
        _run(code)
    rounds = [{name: _run(code) for name, code in CONTENDERS.items()} for _ in range(args.repeat)]
    print(f"# {args.repeat} paired rounds, each a fresh interpreter")
    print("| contender | wall s (median) | ÷ import polars (median of paired ratios) |")
    print("|---|---:|---:|")
    for name in CONTENDERS:
        med = statistics.median(r[name] for r in rounds)
        ratio = statistics.median(r[name] / r["polars"] for r in rounds)
        print(f"| `{CONTENDERS[name]}` | {med:.3f} | {ratio:.2f}x |")


if __name__ == "__main__":
    main()
