"""Where the extractor and the hand-checked events differ, event by event, for one part of the
split: for each gold event, the predicted event `evaluate` pairs with it and the fields that
differ (type is paired, so date, place, participants, sources); then the gold events nothing
was paired with and the predicted events paired with nothing. A reading aid for error analysis,
using the same pairing as the scorer (core/matching.py); it prints, it asserts nothing.

    python bench/extract_diff.py --part dev [--pred dataset/extracted] [--gold .] [--only date,place]
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from pakiran_events.core.matching import alignment, facts  # noqa: E402
from pakiran_events.extract.evaluate import load_tables, restrict  # noqa: E402

FIELDS = ("date", "place", "actors", "sources")


def part_arguments(description: str) -> argparse.ArgumentParser:
    """The options every error-analysis script of one split part takes (--gold, --pred, --split, --part)."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--gold", type=Path, default=ROOT)
    ap.add_argument("--pred", type=Path, default=ROOT / "dataset" / "extracted")
    ap.add_argument("--split", type=Path, default=ROOT / "bench" / "extract-split.csv")
    ap.add_argument("--part", default="dev", help="dev, test, or 'all' for every report")
    return ap


def reports_of(args: argparse.Namespace) -> set[str] | None:
    """The doc ids of `args.part` in `args.split` (None for 'all': every report)."""
    if args.part == "all":
        return None
    with args.split.open(encoding="utf-8-sig", newline="") as fh:
        return {r["doc_id"] for r in csv.DictReader(fh) if r.get("part") == args.part}


def _line(f: dict, e: str) -> str:
    r = f["events"][e]
    parent = f"  parent {r['parent_event_id']}" if r.get("parent_event_id") else ""
    return (f"{e} {r['event_type']:<10} {r['date_start']}..{r['date_end']} ({r['date_precision']}) "
            f"place={r['place_id'] or '-'}{parent}")


def _differences(gold: dict, g: str, pred: dict, p: str) -> dict[str, str]:
    ge, pe = gold["events"][g], pred["events"][p]
    out = {}
    if (ge["date_start"], ge["date_end"]) != (pe["date_start"], pe["date_end"]):
        out["date"] = f"gold {ge['date_start']}..{ge['date_end']} ({ge['date_precision']})  pred {pe['date_start']}..{pe['date_end']} ({pe['date_precision']})"
    if ge["place_id"] != pe["place_id"]:
        out["place"] = f"gold {ge['place_id']}  pred {pe['place_id']}"
    missing, extra = gold["actors"][g] - pred["actors"][p], pred["actors"][p] - gold["actors"][g]
    if missing or extra:
        out["actors"] = f"missing {sorted(missing)}  extra {sorted(extra)}"
    missing, extra = gold["sources"][g] - pred["sources"][p], pred["sources"][p] - gold["sources"][g]
    if missing or extra:
        out["sources"] = f"missing {sorted(missing)}  extra {sorted(extra)}"
    return out


def main(argv: list[str] | None = None) -> int:
    ap = part_arguments(__doc__.split("\n\n")[0])
    ap.add_argument("--only", default=",".join(FIELDS), help="fields to show differences of (comma-separated)")
    args = ap.parse_args(argv)
    reports = reports_of(args)
    gold = facts(restrict(load_tables(args.gold), reports, hand_checked_only=True))
    pred = facts(restrict(load_tables(args.pred), reports))
    paired = alignment(gold, pred)
    by_gold = {g: p for p, (g, _, _) in paired.items()}
    shown = set(args.only.split(","))
    counts = dict.fromkeys(FIELDS, 0)
    print(f"== paired: {len(paired)} of {len(gold['events'])} gold, {len(pred['events'])} predicted")
    for g in sorted(by_gold, key=lambda e: gold["events"][e]["date_start"]):
        p = by_gold[g]
        diff = _differences(gold, g, pred, p)
        for k in diff:
            counts[k] += 1
        diff = {k: v for k, v in diff.items() if k in shown}
        if not diff:
            continue
        print(f"\nG {_line(gold, g)}\nP {_line(pred, p)}")
        for k, v in diff.items():
            print(f"   {k:<8} {v}")
    print("\n== gold events with no predicted event")
    for g in sorted(set(gold["events"]) - set(by_gold), key=lambda e: gold["events"][e]["date_start"]):
        print(f"G {_line(gold, g)}\n   actors {sorted(gold['actors'][g])}\n   sources {sorted(gold['sources'][g])}")
    print("\n== predicted events paired with no gold event")
    for p in sorted(set(pred["events"]) - set(paired), key=lambda e: pred["events"][e]["date_start"]):
        print(f"P {_line(pred, p)}\n   actors {sorted(pred['actors'][p])}\n   sources {sorted(pred['sources'][p])}")
    print("\n== paired events differing, by field: " + ", ".join(f"{k} {n}" for k, n in counts.items()))
    print(_link_score(gold, pred, by_gold))
    return 0


def _link_score(gold: dict, pred: dict, by_gold: dict[str, str]) -> str:
    """The event_sources links scored: a predicted (event, report) link is right when its event is
    paired with a gold event that report is a source of; every link of an unpaired event counts
    (a miss or an extra). The probe scorer counts a link only through the events it matches."""
    n_gold = sum(len(s) for s in gold["sources"].values())
    n_pred = sum(len(s) for s in pred["sources"].values())
    right = sum(len(gold["sources"][g] & pred["sources"][p]) for g, p in by_gold.items())
    prec, rec = right / n_pred if n_pred else 1.0, right / n_gold if n_gold else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return f"== event-source links: gold {n_gold} pred {n_pred} right {right}  P {prec:.3f} R {rec:.3f} F1 {f1:.3f}"


if __name__ == "__main__":
    raise SystemExit(main())
