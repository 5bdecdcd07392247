"""Round r15 (listings): one sentence listing n people, each with a day ('met Deputy Minister A
on Monday, Deputy Minister B on Tuesday, ... in Tehran'), as review17's hostile listing built it
(made-up names, our own words). Prints the CPU time of read_report at each n (the least of
--repeat runs) and the ratio to the previous n: about 2 when linear, about 4 when quadratic.
Asserts nothing (the machine is shared); tests/test_extract_listings.py counts the work instead.

    python bench/listings_bench.py [--sizes 150 300 600 1200] [--repeat 3] [--shape days who will]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from extract_fixtures import shipped_lexicon  # noqa: E402
from pakiran_events.extract.report import read_report  # noqa: E402

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
GIVEN = ("Kamran", "Reza", "Ali", "Hamid", "Tariq", "Nadir", "Saeed", "Farid")
FAMILY = ("Tahir", "Karimi", "Rostami", "Baig", "Malik", "Nouri", "Qasemi", "Javed")


def listing(n: int) -> str:
    """One sentence naming n distinct made-up deputy ministers, each met on a weekday."""
    items = [f"Deputy Minister {GIVEN[k % 8]} {FAMILY[(k // 8) % 8]}{'i' * (k // 64)} on {DAYS[k % 5]}" for k in range(n)]
    return "Prime Minister Shehbaz Sharif met " + ", ".join(items[:-1]) + " and " + items[-1] + " in Tehran."


# the same listing after a closed 'who' clause (its own words blanked per position before r15) or a plan word
SHAPES = {"days": listing,
          "who": lambda n: listing(n).replace("Sharif met", "Sharif, who arrived on Sunday, met"),
          "will": lambda n: listing(n).replace("Sharif met", "Sharif will meet")}


def cpu(text: str, lex, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        read_report("listings-bench", text, "2025-12-10", lex)
        best = min(best, time.process_time() - t)
    return best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[150, 300, 600, 1200])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--shape", choices=sorted(SHAPES), nargs="+", default=["days"])
    args = ap.parse_args()
    lex = shipped_lexicon()
    cpu(listing(3), lex, 1)  # warm the lexicon's patterns
    for shape in args.shape:
        previous = None
        for n in args.sizes:
            took = cpu(SHAPES[shape](n), lex, args.repeat)
            ratio = f"ratio {took / max(previous, 1e-6):5.2f}" if previous is not None else ""
            print(f"{shape:5s} {n:6d} people {took:8.3f} s CPU  {ratio}", flush=True)
            previous = took


if __name__ == "__main__":
    main()
