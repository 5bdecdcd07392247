"""Scores an extracted package against the probe reports' expected events
(tests/fixtures/probes/expected.yaml, or the set named by --probes, e.g. tests/fixtures/probes2, the blind set).
Usage: python tests/probe_score.py [--probes DIR] PRED_DIR [-v] [--who]

A predicted event matches an expected one of a report it cites when the type is the same and it
has every expected actor (no actor check when none is expected). Each prediction and each expected
event matches once. Dates (start and end) and place are scored on matched pairs. --who lists the
participant differences: for each missed event, the expected actors not found on the report's
predicted events of its type (with those events' actors); for each matched event, the actors
predicted beyond the expected ones."""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

import yaml

PROBES = Path(__file__).parent / "fixtures" / "probes"


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def score(pred: Path, probes: Path = PROBES) -> dict:
    expected = yaml.safe_load((probes / "expected.yaml").read_text(encoding="utf-8"))
    data = pred / "data"
    events = {r["event_id"]: r for r in _rows(data / "events.csv")}
    actors = defaultdict(set)
    for r in _rows(data / "participants.csv"):
        actors[r["event_id"]].add(r["actor_id"])
    by_doc = defaultdict(list)
    for r in _rows(data / "event_sources.csv"):
        by_doc[r["source_id"]].append(r["event_id"])
    out = {"gold": 0, "pred": 0, "matched": 0, "date": 0, "place": 0, "misses": [], "spurious": [], "wrong": [],
           "who_missed": [], "who_extra": []}
    for doc, spec in expected.items():
        preds = [events[e] for e in by_doc.get(doc, [])]
        out["gold"] += len(spec["events"])
        out["pred"] += len(preds)
        used: set[str] = set()
        for want in spec["events"]:
            hit = next((p for p in preds if p["event_id"] not in used and p["event_type"] == want["type"]
                        and set(want["actors"]) <= actors[p["event_id"]]), None)
            if hit is None:
                out["misses"].append((doc, want["type"], want["date_start"], want["place_id"], want["actors"]))
                same = [sorted(actors[p["event_id"]]) for p in preds if p["event_type"] == want["type"]]
                lacking = sorted(set(want["actors"]) - set().union(*map(set, same))) if same else sorted(want["actors"])
                out["who_missed"].append((doc, want["type"], sorted(want["actors"]), "not found:", lacking, "predicted:", same))
                continue
            used.add(hit["event_id"])
            out["matched"] += 1
            extra = sorted(actors[hit["event_id"]] - set(want["actors"]))
            if extra:
                out["who_extra"].append((doc, want["type"], sorted(want["actors"]), "extra:", extra))
            date_ok = (hit["date_start"], hit["date_end"]) == (str(want["date_start"]), str(want["date_end"]))
            place_ok = (hit["place_id"] or None) == want["place_id"]
            out["date"] += date_ok
            out["place"] += place_ok
            if not (date_ok and place_ok):
                out["wrong"].append((doc, want["type"], (want["date_start"], want["date_end"], want["place_id"]),
                                     (hit["date_start"], hit["date_end"], hit["place_id"] or None)))
        out["spurious"] += [(doc, p["event_type"], p["date_start"], p["place_id"], sorted(actors[p["event_id"]]))
                            for p in preds if p["event_id"] not in used]
    return out


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description="Score an extracted package against a probe set.")
    parser.add_argument("pred", type=Path, help="the extracted package's folder (holds data/)")
    parser.add_argument("--probes", type=Path, default=PROBES, help="probe set folder (default: %(default)s)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses, spurious and wrong events")
    parser.add_argument("--who", action="store_true",
                        help="list participant differences: expected actors not found, actors predicted beyond the expected")
    args = parser.parse_args(argv)
    s = score(args.pred, args.probes)
    p = s["matched"] / s["pred"] if s["pred"] else 1.0
    r = s["matched"] / s["gold"] if s["gold"] else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    m = s["matched"] or 1
    print(f"probe events: gold {s['gold']} pred {s['pred']} matched {s['matched']}  P {p:.3f} R {r:.3f} F1 {f:.3f}; "
          f"on matched: date {s['date'] / m:.3f} place {s['place'] / m:.3f}")
    if args.verbose:
        for key in ("misses", "spurious", "wrong"):
            print(f"-- {key} ({len(s[key])})")
            for row in s[key]:
                print("  ", row)
    if args.who:
        extra = sum(len(row[4]) for row in s["who_extra"])
        print(f"-- participants: {len(s['who_missed'])} missed events' actors, {extra} extra actors on "
              f"{len(s['who_extra'])} matched events")
        for key in ("who_missed", "who_extra"):
            print(f"-- {key} ({len(s[key])})")
            for row in s[key]:
                print("  ", row)


if __name__ == "__main__":
    main(sys.argv[1:])
