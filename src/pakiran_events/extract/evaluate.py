"""`evaluate`: score a predicted package (script-extracted) against a gold one (hand-checked).

Reports and clusters are scored without alignment: which reports report an engagement, and which
pairs of reports tell of the same engagement (a visit with its meetings). Field scores need each
predicted event paired with at most one gold event: pairs of the same type sharing a source and a
participant, best first (shared participants, then sources, then overlapping dates). A field's
pairs are (gold event, value); a predicted event left unpaired counts against precision.

Units (the `gold` and `pred` columns count these): reports (ids that are a source of at least one
event); unordered report pairs sharing an engagement; events; (event, date_start, date_end);
(event, place_id) over events with a place; (event, actor_id); (event, commitment_type), so two
commitments of one type at one event are one unit (the hand-checked package: 218 commitments,
165 event-type pairs) and modality is not scored.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from pakiran_events.core.matching import align, facts
from pakiran_events.core.packages import descriptor_of, read_tables

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

    tables = read_tables(path, TABLES)
    missing = set(TABLES) - set(tables)
    if missing:
        raise ValueError(f"{descriptor_of(path)}: the package has no {', '.join(sorted(missing))} table")
    return tables


def restrict(tables: dict, reports: set[str] | None, hand_checked_only: bool = False) -> dict:
    """The tables limited to events that a report of `reports` is a source of (with their
    participants, commitments and links to those reports); `hand_checked_only` also drops
    script-extracted events when there are hand-checked ones (a gold package's merged candidates
    are not gold)."""
    import polars as pl

    events = tables["events"]
    if hand_checked_only and "review_status" in events.columns and (events["review_status"] == "hand-checked").any():
        events = events.filter(pl.col("review_status") == "hand-checked")
    links = tables["event_sources"].filter(pl.col("event_id").is_in(events["event_id"].implode()))
    if reports is not None:
        links = links.filter(pl.col("source_id").is_in(sorted(reports)))
        events = events.filter(pl.col("event_id").is_in(links["event_id"].unique().implode()))
    kept = events["event_id"].implode()
    return {**tables, "events": events, "event_sources": links,
            "participants": tables["participants"].filter(pl.col("event_id").is_in(kept)),
            "commitments": tables["commitments"].filter(pl.col("event_id").is_in(kept))}


def evaluate(gold_path: Path, pred_path: Path, reports: set[str] | None = None) -> list[Score]:
    """Scores of the predicted package against the hand-checked events of the gold one; with
    `reports`, both are limited to the events those reports are sources of (a held-out split)."""
    gold = facts(restrict(load_tables(gold_path), reports, hand_checked_only=True))
    pred = facts(restrict(load_tables(pred_path), reports))
    matched = align(gold, pred)
    as_gold = lambda p: matched.get(p, f"unmatched:{p}")
    scores = []
    reported = lambda f: {s for srcs in f["sources"].values() for s in srcs}
    scores.append(_prf("reports with an engagement", reported(gold), reported(pred)))
    scores.append(_prf("report pairs in one engagement", report_pairs(gold), report_pairs(pred)))
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


def report_pairs(f: dict) -> set:
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
