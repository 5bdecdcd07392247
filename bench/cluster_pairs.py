"""Which report pairs the clustering score misses or adds, for one part of the split: the gold
pairs (two reports telling one engagement) no predicted engagement holds, and the predicted
pairs no gold engagement holds, each with the engagements (root events) of both reports on either
side. A reading aid for clustering error analysis (the pairs are `evaluate.report_pairs`); it prints,
it asserts nothing.

    python bench/cluster_pairs.py --part dev [--pred dataset/extracted] [--gold .]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from pakiran_events.core.matching import facts  # noqa: E402
from pakiran_events.extract.evaluate import load_tables, report_pairs, restrict  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from extract_diff import part_arguments, reports_of  # noqa: E402


def _engagements(f: dict, doc: str) -> list[str]:
    """The root events a report is a source of, each as 'type start..end place guest-side actors'."""
    out = []
    for e, srcs in sorted(f["sources"].items()):
        if doc not in srcs:
            continue
        r = f["events"][e]
        root = f["root"].get(e, e)
        out.append(f"{e}{' <' + root if root != e else ''} {r['event_type']} {r['date_start']}..{r['date_end']} "
                   f"{r['place_id'] or '-'} {sorted(f['actors'][e])}")
    return out


def _show(title: str, pairs: set, gold: dict, pred: dict) -> None:
    print(f"\n== {title}: {len(pairs)}")
    for a, b in sorted(pairs):
        print(f"\n{a} + {b}")
        for name, f in (("G", gold), ("P", pred)):
            for doc in (a, b):
                for line in _engagements(f, doc):
                    print(f"  {name} {doc}: {line}")


def main(argv: list[str] | None = None) -> int:
    args = part_arguments(__doc__.split("\n\n")[0]).parse_args(argv)
    reports = reports_of(args)
    gold = facts(restrict(load_tables(args.gold), reports, hand_checked_only=True))
    pred = facts(restrict(load_tables(args.pred), reports))
    g, p = report_pairs(gold), report_pairs(pred)
    print(f"gold pairs {len(g)}, predicted {len(p)}, shared {len(g & p)}")
    _show("gold pairs not predicted (missed)", g - p, gold, pred)
    _show("predicted pairs not in gold (spurious)", p - g, gold, pred)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
