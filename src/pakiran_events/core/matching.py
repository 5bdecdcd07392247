"""Record matching: which event of one package is which event of another. One definition for
the scorer (`evaluate`) and for `build`, which links script-extracted candidates to hand-checked
events (candidate_links)."""

from __future__ import annotations


def facts(t: dict) -> dict:
    """Per event: its record, engagement root, sources, actors and commitment types (for alignment)."""
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
            pairs.append((overlap, shared_actors, shared_sources, p, g))
    matched: dict[str, tuple[str, int, int]] = {}
    taken: set[str] = set()
    for _, actors, sources, p, g in sorted(pairs, reverse=True):
        if p not in matched and g not in taken:
            matched[p] = (g, sources, actors)
            taken.add(g)
    return matched
