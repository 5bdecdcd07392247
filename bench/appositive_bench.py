"""One long sentence of many appositive titles ('Name Surname, the Deputy Interior Minister of
Iran, ...'): the CPU time of reading its people, with `mentions.appositive_before` (a bounded
search per title) and with the former full search from the sentence's start (patched in), paired
and alternated in one process. Prints both medians and their ratio (new / old); asserts nothing.

    python bench/appositive_bench.py [--people 400] [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from extract_fixtures import lexicon  # noqa: E402
from pakiran_events.extract import mentions  # noqa: E402
from pakiran_events.extract.report import read_report  # noqa: E402

FIRST = ["Karim", "Nader", "Behrouz", "Omid", "Saeed", "Jalal", "Farhad", "Kamran"]
LAST = ["Nouri", "Tavana", "Sharifi", "Ghasemi", "Rahimi", "Jafari", "Bagheri", "Amini"]


def sentence(people: int) -> str:
    """Made-up names, each given a title of Iran's after a comma, in one sentence."""
    named = [f"{FIRST[k % 8]} {LAST[(k // 8) % 8]}{'abcdefgh'[(k // 64) % 8]}, the Deputy Interior Minister of Iran"
             for k in range(people)]
    return "Interior Minister Tariq Mahmood met " + ", ".join(named) + " in Islamabad on Monday."


def _old(appositive, chunk: str, starts: list[int], end: int):
    return appositive.search(chunk, 0, end)


def timed(text: str, finder) -> float:
    mentions.appositive_before, saved = finder, mentions.appositive_before
    try:
        t0 = time.process_time()
        read_report("bench-appositive", text, "2024-05-15", lexicon())
        return time.process_time() - t0
    finally:
        mentions.appositive_before = saved


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--people", type=int, default=400)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    text = sentence(args.people)
    new_finder = mentions.appositive_before
    timed(text, new_finder)  # warm the lexicon and caches
    old, new = [], []
    for k in range(args.repeat):
        pair = [("old", _old), ("new", new_finder)]
        for name, finder in (pair if k % 2 == 0 else pair[::-1]):
            (old if name == "old" else new).append(timed(text, finder))
    o, n = statistics.median(old), statistics.median(new)
    print(f"{args.people} appositive titles in one sentence ({len(text)} chars): "
          f"old {o:.3f} CPU s, new {n:.3f} CPU s, new/old {n / o:.2f}")


if __name__ == "__main__":
    main()
