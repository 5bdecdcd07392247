"""Officials named beside a lowercase office (titles.yaml `apposed_offices`), in both orders: a report
of N sentences 'the <office> of <place>, <Name>, met ...' (office first) and one of the same sentences
written 'Name, the <office> of <place>, met ...' (name first). Prints the median CPU seconds of
reading each report's people (`read_report` with the shipped lexicon), alternated in one process,
and their ratio (office first / name first); asserts nothing. Review N5 (round 21) measured the
office-first order 1.6-1.8x slower at 2,000 sentences.

    python bench/office_first_bench.py [--sentences 2000] [--repeat 3] [--profile]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from extract_fixtures import shipped_lexicon  # noqa: E402
from pakiran_events.extract.report import read_report  # noqa: E402

FIRST = ["Karim", "Nader", "Behrouz", "Omid", "Saeed", "Jalal", "Farhad", "Kamran"]
LAST = ["Nouri", "Tavana", "Sharifi", "Ghasemi", "Rahimi", "Jafari", "Bagheri", "Amini"]
OFFICES = ["collector of customs in Quetta", "deputy governor of Sistan and Baluchestan province for security affairs",
           "chairman of the Gwadar Port Authority", "general manager of Pakistan Railways"]


def name(k: int) -> str:
    """A made-up name, distinct for every k below 512."""
    return f"{FIRST[k % 8]} {LAST[(k // 8) % 8]}{'abcdefgh'[(k // 64) % 8]}"


def report(sentences: int, office_first: bool) -> str:
    """`sentences` sentences, each one official beside an office, meeting a border commander."""
    out = []
    for k in range(sentences):
        office = OFFICES[k % len(OFFICES)]
        who = f"The {office}, {name(k)}," if office_first else f"{name(k)}, the {office},"
        out.append(f"{who} met the border commander at Taftan on Monday.")
    return " ".join(out)


def timed(text: str) -> float:
    t0 = time.process_time()
    read_report("bench-office-first", text, "2025-03-15", shipped_lexicon())
    return time.process_time() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sentences", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", action="store_true", help="print the office-first read's top functions (cProfile)")
    args = ap.parse_args()
    texts = {"office first": report(args.sentences, True), "name first": report(args.sentences, False)}
    timed(report(20, True))  # warm the lexicon and its compiled patterns
    runs: dict[str, list[float]] = {key: [] for key in texts}
    for k in range(args.repeat):
        for key in (list(texts) if k % 2 == 0 else list(texts)[::-1]):
            runs[key].append(timed(texts[key]))
    med = {key: statistics.median(v) for key, v in runs.items()}
    for key, value in med.items():
        print(f"{key:>13}: {value:.3f} s CPU (median of {args.repeat}; {args.sentences} sentences)")
    print(f"office first / name first: {med['office first'] / med['name first']:.2f}")
    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.runcall(read_report, "bench-office-first", texts["office first"], "2025-03-15", shipped_lexicon())
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
