"""Build step 2: merge script-extracted candidates (dataset/extracted/) into the curated tables.

Hand-checked records win. A candidate that matches a hand-checked event (same type, a shared
source and a shared participant; see core.matching.alignment) is not published: a candidate_links
row records the match. A candidate that matches none is published as it is, with
review_status script-extracted (a meeting whose visit matched points to the hand-checked visit),
together with its participants, commitments, evidence and any actor it names that the gazetteer
lacks — unless every report it rests on was read by a curator (a source of a hand-checked event, or
listed in no-engagement.csv): the curator coded all those reports hold. Curated files are only read.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from pakiran_events.core.matching import alignment, facts
from pakiran_events.core.packages import read_tables
from pakiran_events.core.paths import CURATED_DIR, EXTRACTED_DIR

Tables = dict[str, pl.DataFrame]


def _reports_read(root: Path, tables: Tables) -> set[str]:
    """Reports a curator has read: sources of a hand-checked event, or listed as reporting no
    engagement. A candidate resting only on them is not published (the curator coded what they hold)."""
    from pakiran_events.curate.registry import reports_without_engagement

    checked = tables["events"].filter(pl.col("review_status") == "hand-checked")["event_id"].implode()
    linked = set(tables["event_sources"].filter(pl.col("event_id").is_in(checked))["source_id"])
    return linked | set(reports_without_engagement(root / CURATED_DIR))


def merge_extracted(root: Path, tables: Tables) -> Tables:
    """The curated tables plus what the extracted package adds; unchanged when there is none."""

    descriptor = root / EXTRACTED_DIR / "datapackage.json"
    links = pl.DataFrame(schema={"candidate_event_id": pl.String, "event_id": pl.String,
                                 "shared_sources": pl.Int64, "shared_participants": pl.Int64})
    if not descriptor.is_file():
        return {**tables, "candidate_links": links}
    extracted = read_tables(descriptor)
    matched = alignment(facts(tables), facts(extracted))
    links = pl.DataFrame([{"candidate_event_id": c, "event_id": g, "shared_sources": s, "shared_participants": a}
                          for c, (g, s, a) in sorted(matched.items())], schema=links.schema)
    known_sources = set(tables["sources"]["source_id"])
    read = _reports_read(root, tables)
    cited = extracted["event_sources"].group_by("event_id").agg(pl.col("source_id"))
    publishable = {e for e, srcs in zip(cited["event_id"], cited["source_id"])
                   if set(srcs) <= known_sources and not set(srcs) <= read}
    new = [e for e in extracted["events"]["event_id"] if e not in matched and e in publishable]
    out = dict(tables)
    out["candidate_links"] = links
    if not new:
        return out
    renamed_parent = {c: g for c, (g, _, _) in matched.items()}
    events = extracted["events"].filter(pl.col("event_id").is_in(new)).with_columns(
        pl.col("parent_event_id").replace(renamed_parent))
    commitments = extracted["commitments"].filter(pl.col("event_id").is_in(new))
    participants = extracted["participants"].filter(pl.col("event_id").is_in(new))
    records = set(new) | set(commitments["commitment_id"]) | {f"{e}/{a}" for e, a in participants.select("event_id", "actor_id").iter_rows()}
    evidence = extracted["evidence"].filter(pl.col("record_id").is_in(sorted(records)))
    named = set(participants["actor_id"]) - set(tables["actors"]["actor_id"])
    actors = extracted["actors"].filter(pl.col("actor_id").is_in(sorted(named)))
    aliases = extracted["actor_aliases"].filter(pl.col("actor_id").is_in(sorted(named)))
    for name, extra in (("events", events), ("commitments", commitments), ("participants", participants),
                        ("evidence", evidence), ("actors", actors), ("actor_aliases", aliases),
                        ("event_sources", extracted["event_sources"].filter(pl.col("event_id").is_in(new)))):
        out[name] = pl.concat([tables[name], extra.select(tables[name].columns).cast(tables[name].schema)])
    return out
