"""`evaluate`: score a predicted package (script-extracted) against a gold one (hand-checked).

Reports and clusters are scored without alignment: which reports report an engagement, and which
pairs of reports tell of the same engagement (a visit with its meetings). Field scores need each
predicted event paired with at most one gold event: pairs of the same type sharing a source and a
participant, best first (shared participants, then sources, then overlapping dates). A field's
pairs are (gold event, value); a predicted event left unpaired counts against precision.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

TABLES = ("events", "participants", "commitments", "event_sources")


@dataclass(frozen=True)
class Score:
    name: str
    precision: float
    recall: float
    f1: float
    gold: int
    predicted: int

    def as_dict(self) -> dict:
        return {"metric": self.name, "precision": round(self.precision, 3), "recall": round(self.recall, 3),
                "f1": round(self.f1, 3), "gold": self.gold, "predicted": self.predicted}


def _prf(name: str, gold: set, pred: set) -> Score:
    hit = len(gold & pred)
    p = hit / len(pred) if pred else (1.0 if not gold else 0.0)
    r = hit / len(gold) if gold else (1.0 if not pred else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return Score(name, p, r, f, len(gold), len(pred))


def load_tables(path: Path) -> dict:
    """The tables a score needs, from a datapackage.json (or its folder)."""
    from pakiran_events.packages import descriptor_of, read_tables

    tables = read_tables(path, TABLES)
    missing = set(TABLES) - set(tables)
    if missing:
        raise ValueError(f"{descriptor_of(path)}: the package has no {', '.join(sorted(missing))} table")
    return tables


def _facts(t: dict) -> dict:
    events = {r["event_id"]: r for r in t["events"].iter_rows(named=True)}
    root = {e: (r["parent_event_id"] or e) for e, r in events.items()}
    sources, actors, types = {e: set() for e in events}, {e: set() for e in events}, {e: set() for e in events}
    for r in t["event_sources"].iter_rows(named=True):
        sources.setdefault(r["event_id"], set()).add(r["source_id"])
    for r in t["participants"].iter_rows(named=True):
        actors.setdefault(r["event_id"], set()).add(r["actor_id"])
    for r in t["commitments"].iter_rows(named=True):
        types.setdefault(r["event_id"], set()).add(r["commitment_type"])
    return {"events": events, "root": root, "sources": sources, "actors": actors, "types": types}


def align(gold: dict, pred: dict) -> dict[str, str]:
    """pred event_id -> gold event_id, one to one (see `alignment` for the shared counts)."""
    return {p: g for p, (g, _, _) in alignment(gold, pred).items()}


def alignment(gold: dict, pred: dict) -> dict[str, tuple[str, int, int]]:
    """pred event_id -> (gold event_id, shared sources, shared participants), one to one."""
    pairs = []
    for p, pe in pred["events"].items():
        for g, ge in gold["events"].items():
            if pe["event_type"] != ge["event_type"]:
                continue
            shared_sources = len(pred["sources"][p] & gold["sources"][g])
            shared_actors = len(pred["actors"][p] & gold["actors"][g])
            if not shared_sources or not shared_actors:
                continue
            overlap = pe["date_start"] <= ge["date_end"] and ge["date_start"] <= pe["date_end"]
            pairs.append((shared_actors, overlap, shared_sources, p, g))
    matched: dict[str, tuple[str, int, int]] = {}
    taken: set[str] = set()
    for actors, _, sources, p, g in sorted(pairs, reverse=True):
        if p not in matched and g not in taken:
            matched[p] = (g, sources, actors)
            taken.add(g)
    return matched


def facts(tables: dict) -> dict:
    """Per event: its sources, actors, commitment types and engagement (for alignment)."""
    return _facts(tables)


def evaluate(gold_path: Path, pred_path: Path) -> list[Score]:
    gold, pred = _facts(load_tables(gold_path)), _facts(load_tables(pred_path))
    matched = align(gold, pred)
    as_gold = lambda p: matched.get(p, f"unmatched:{p}")
    scores = []
    reported = lambda f: {s for srcs in f["sources"].values() for s in srcs}
    scores.append(_prf("reports with an engagement", reported(gold), reported(pred)))
    scores.append(_prf("report pairs in one engagement", _pairs(gold), _pairs(pred)))
    scores.append(_prf("events", set(gold["events"]), {as_gold(p) for p in pred["events"]}))
    date = lambda f, e, key: (key(e), f["events"][e]["date_start"], f["events"][e]["date_end"])
    gold_dates = {date(gold, g, str) for g in gold["events"]}
    pred_dates = {date(pred, p, as_gold) for p in pred["events"]}
    scores.append(_prf("exact date (start and end)", gold_dates, pred_dates))
    place = lambda f, e, key: (key(e), f["events"][e]["place_id"])
    scores.append(_prf("city (place_id)", {place(gold, g, str) for g in gold["events"] if gold["events"][g]["place_id"]},
                       {place(pred, p, as_gold) for p in pred["events"] if pred["events"][p]["place_id"]}))
    scores.append(_prf("participants", {(g, a) for g in gold["events"] for a in gold["actors"][g]},
                       {(as_gold(p), a) for p in pred["events"] for a in pred["actors"][p]}))
    scores.append(_prf("commitment types", {(g, c) for g in gold["events"] for c in gold["types"][g]},
                       {(as_gold(p), c) for p in pred["events"] for c in pred["types"][p]}))
    return scores


def _pairs(f: dict) -> set:
    """Unordered pairs of reports that tell of the same engagement (root event)."""
    by_root: dict[str, set] = {}
    for e, srcs in f["sources"].items():
        by_root.setdefault(f["root"].get(e, e), set()).update(srcs)
    return {pair for srcs in by_root.values() for pair in combinations(sorted(srcs), 2)}


def render(scores: list[Score]) -> str:
    lines = [f"{'metric':<34} {'precision':>9} {'recall':>7} {'F1':>6} {'gold':>6} {'pred':>6}"]
    for s in scores:
        lines.append(f"{s.name:<34} {s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>6.3f} {s.gold:>6} {s.predicted:>6}")
    return "\n".join(lines)
