"""Long reports (issue 16): seconds to read one made-up report of N repeated sentences, per shape and
size. The office-and-surname check (mentions.People._office_fits) once scanned every earlier
sentence's mentions for each office, so the time grew with the square of the length; run this with
PYTHONPATH set to an older checkout's src to compare. Prints figures; asserts nothing.

    PYTHONPATH=src python bench/long_report_bench.py [--sizes 100 200 400 800] [--shapes office name]
"""

from __future__ import annotations

import argparse
import time

from pakiran_events.extract.lexicon import load_lexicon
from pakiran_events.extract.report import read_report

# Our own words. Each shape is a short cycle of sentences repeated to the wanted length.
SHAPES = {
    # offices followed by a surname alone: each one asks _office_fits who it may be
    "office": [
        "Foreign Minister Dar met Iranian Foreign Minister Araghchi in Tehran on Sunday to discuss the border.",
        "Interior Minister Naqvi then spoke with Interior Minister Momeni about pilgrims crossing at Taftan.",
        "Prime Minister Sharif later received Foreign Minister Araghchi and praised the new trade corridor.",
    ],
    # full names with their offices, known and new people
    "name": [
        "Foreign Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi in Tehran on Sunday.",
        "Interior Minister Mohsin Naqvi called Iranian Interior Minister Eskandar Momeni by telephone on Monday.",
        "Iranian Deputy Interior Minister Karim Tavana met Interior Secretary Khurram Agha in Islamabad.",
    ],
    # two meetings a sentence, four titled people: many mentions for each later office to be checked against
    "pair": [
        "Foreign Minister Ishaq Dar received Iranian Foreign Minister Abbas Araghchi in Islamabad on Monday "
        "and later Interior Minister Mohsin Naqvi spoke to Eskandar Momeni on the phone.",
    ],
    # both: people named in full first, then referred to by office and surname
    "mixed": [
        "Interior Minister Mohsin Naqvi met Iranian Interior Minister Eskandar Momeni in Islamabad on Monday.",
        "Interior Minister Momeni said both sides would share information on smugglers along the frontier.",
        "Iranian Deputy Interior Minister Karim Tavana later called on Interior Minister Naqvi at his office.",
    ],
}


def report_text(shape: str, n: int) -> str:
    """A dateline and `n` sentences of the shape's cycle."""
    cycle = SHAPES[shape]
    return "ISLAMABAD, May 12: " + " ".join(cycle[k % len(cycle)] for k in range(n))


def seconds(text: str, lex) -> float:
    """CPU seconds to read the report (people, places, dates, events)."""
    t0 = time.process_time()
    read_report("bench-long", text, "2025-05-12", lex)
    return time.process_time() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 200, 400, 800])
    ap.add_argument("--shapes", nargs="+", default=list(SHAPES), choices=list(SHAPES))
    args = ap.parse_args()
    lex = load_lexicon()
    seconds(report_text(args.shapes[0], 5), lex)  # warm the lexicon's patterns
    print(f"{'shape':8} {'sentences':>9} {'KB':>6} {'seconds':>8}")
    for shape in args.shapes:
        for n in args.sizes:
            text = report_text(shape, n)
            print(f"{shape:8} {n:9d} {len(text) / 1024:6.0f} {seconds(text, lex):8.2f}", flush=True)


if __name__ == "__main__":
    main()
