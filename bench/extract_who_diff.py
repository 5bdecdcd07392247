"""Who and what on matched events only: per event the scorer pairs (gold, predicted), the gold and
predicted participants and commitment types, what is missed and what is spurious, and the
participant and commitment-type scores over matched events alone.

`evaluate`'s participant and commitment-type figures count every unmatched gold event as missed
and every unmatched predicted one as spurious, so event-level errors cap them; this script
separates the two: it scores who and what where the event itself was found.

    python bench/extract_who_diff.py --pred dataset/extracted --part dev [--quiet]

Prints one block per matched event (gold event id, type, sources; '-' missed, '+' spurious, with
the gold title of a missed person), then the matched-only totals and the number of unmatched
gold events.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def part_reports(split: Path, part: str | None) -> set[str] | None:
    if part is None:
        return None
    with split.open(encoding="utf-8-sig", newline="") as fh:
        return {row["doc_id"] for row in csv.DictReader(fh) if row["part"] == part}


def prf(hit: int, gold: int, pred: int) -> str:
    p = hit / pred if pred else 1.0
    r = hit / gold if gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f} (gold {gold}, predicted {pred}, right {hit})"


def main() -> int:
    from pakiran_events.core.matching import align, facts
    from pakiran_events.extract.evaluate import load_tables, restrict

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=ROOT)
    parser.add_argument("--pred", type=Path, default=ROOT / "dataset" / "extracted")
    parser.add_argument("--reports", type=Path, default=ROOT / "bench" / "extract-split.csv")
    parser.add_argument("--part", default=None, help="dev or test (default: every report)")
    parser.add_argument("--quiet", action="store_true", help="totals only")
    args = parser.parse_args()
    reports = part_reports(args.reports, args.part)
    gold_tables = restrict(load_tables(args.gold), reports, hand_checked_only=True)
    gold, pred = facts(gold_tables), facts(restrict(load_tables(args.pred), reports))
    titles = {(r["event_id"], r["actor_id"]): r["title"] for r in gold_tables["participants"].iter_rows(named=True)}
    matched = align(gold, pred)
    counts = {"actors": [0, 0, 0], "types": [0, 0, 0]}
    for p, g in sorted(matched.items(), key=lambda kv: kv[1]):
        lines = []
        for key in ("actors", "types"):
            want, got = gold[key][g], pred[key][p]
            c = counts[key]
            c[0] += len(want & got)
            c[1] += len(want)
            c[2] += len(got)
            for a in sorted(want - got):
                lines.append(f"  - {key[:-1]:<6} {a}" + (f"  [{titles.get((g, a))}]" if key == "actors" else ""))
            for a in sorted(got - want):
                lines.append(f"  + {key[:-1]:<6} {a}")
        if lines and not args.quiet:
            e = gold["events"][g]
            print(f"{g} ({e['event_type']}, {e['date_start']}) <- {p}  sources: {', '.join(sorted(gold['sources'][g]))}")
            print("\n".join(lines))
    print(f"matched events: {len(matched)} of {len(gold['events'])} gold, {len(pred['events'])} predicted")
    print("participants (matched events only):     " + prf(*counts["actors"]))
    print("commitment types (matched events only): " + prf(*counts["types"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
