"""One long sentence of 4 x n clauses, each opening a region of its own (another subject, another
modality): the CPU time of reading it, with `frame_regions.regions` / `region_of` reading lists cut
once per sentence (a bisection of the cached starts) and with the former ones (a new list of the
regions on every call, a new list of starts per `region_of`: quadratic in the regions), patched in,
paired and alternated in one process. Prints both medians and their ratio (new / old); asserts nothing.

    python bench/regions_bench.py [--n 40 160] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from bisect import bisect_right
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from extract_fixtures import shipped_lexicon  # noqa: E402
from pakiran_events.extract import frame_regions, frames  # noqa: E402
from pakiran_events.extract.report import read_report  # noqa: E402

# made-up clauses: another subject, a plan, a denial, a held meeting of another pair
CLAUSES = [", while Interior Minister Mohsin Naqvi held talks with Eskandar Momeni in Quetta",
           ", while the Iranian minister is expected to visit Lahore next month",
           "; the ministry denied that Ishaq Dar would visit Mashhad",
           ", while Abbas Araghchi met Ishaq Dar in Tehran on Sunday"]


def text(n: int) -> str:
    return "ISLAMABAD, March 7: Naqvi met Momeni in Tehran on Monday" + "".join(CLAUSES * n) + "."


def _old_regions(r, i):
    return [cut[:3] for cut in frame_regions._cuts(r, i)]


def _old_region_of(r, i, pos):
    found = frame_regions.regions(r, i)
    k = bisect_right([a for a, _, _ in found], pos) - 1
    return found[max(k, 0)]


def timed(body: str, old: bool) -> float:
    saved = frame_regions.regions, frame_regions.region_of
    if old:
        frame_regions.regions = frames.regions = _old_regions  # type: ignore[assignment]
        frame_regions.region_of = frames.region_of = _old_region_of  # type: ignore[assignment]
    try:
        t = time.process_time()
        read_report("bench-regions", body, "2025-03-07", shipped_lexicon())
        return time.process_time() - t
    finally:
        frame_regions.regions, frame_regions.region_of = saved
        frames.regions, frames.region_of = saved


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, nargs="+", default=[40, 160])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    shipped_lexicon()
    timed(text(1), False)  # warm the lexicon and spaCy
    for n in args.n:
        body = text(n)
        new, old = [], []
        for _ in range(args.repeat):
            new.append(timed(body, False))
            old.append(timed(body, True))
        a, b = statistics.median(new), statistics.median(old)
        print(f"clauses={4 * n} chars={len(body)} new={a:.3f}s old={b:.3f}s ratio={a / b:.2f}")


if __name__ == "__main__":
    main()
