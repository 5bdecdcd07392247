"""A synthetic package of N events, valid at HEAD under every layer and under frictionless-py.

    python bench/gen_package.py --events N --out DIR [--curated]

Shaped like the real data: engagements of a visit and two meetings held during it (alternately
in Islamabad and Tehran), per event 2 participants (the host from the country visited, the
guest from the other), 2 commitments, 2 event_sources links and one evidence span per evidenced
value (about 20 per event); every participant holds the office of their title (positions);
1% of events have a candidate_links row. Sources and actors grow with N (one per 100 events,
at least 100). Written by the build's own writers (`publish.write`: CSV, Parquet, views,
datapackage.json), so the files are what `build` would publish.

With `--curated`, DIR also becomes a curated repo (schemas/, dataset/package.yaml and
dataset/curated/ with one engagement YAML file per visit, the gazetteers, the sources registry
and the ID ledger) whose `pakiran-events build` publishes exactly these tables: the build
benchmarks use it. The other bench scripts import `generate()`.
"""

from __future__ import annotations

import argparse
import shutil
import time
from pathlib import Path

import polars as pl

REPO = Path(__file__).resolve().parents[1]
PER_EVENT = 27  # about this many rows per event across all tables


def _ids(prefix: str, col: pl.Expr) -> pl.Expr:
    return pl.format(prefix + "{}", (col + 1).cast(pl.String).str.zfill(7))


def synthetic_tables(n: int, schemas=None) -> dict[str, pl.DataFrame]:
    """The package's tables for `n` events (n is rounded up to whole engagements of 3 events)."""
    from pakiran_events.core.schema import codebook_rows, country_rows, load_schemas

    schemas = schemas or load_schemas(REPO / "schemas")
    n_groups = max(1, -(-n // 3))
    n = 3 * n_groups
    n_sources = n_actors = max(100, n // 100) // 2 * 2
    sources = pl.DataFrame({"k": range(n_sources)}).select(
        pl.format("src-{}", pl.col("k")).alias("source_id"), pl.format("https://example.org/{}", pl.col("k")).alias("url"),
        pl.lit("Outlet").alias("outlet"), pl.lit("Title").alias("title"), pl.lit(None, pl.String).alias("author"),
        pl.lit("2024-01-01").str.to_date().alias("published_date"), pl.lit("date-line").alias("published_basis"),
        pl.lit("0" * 64).alias("sha256"), pl.lit(5000).alias("bytes"), pl.lit(5000).alias("char_length"))
    places = pl.DataFrame({"place_id": ["islamabad", "tehran"], "name": ["Islamabad", "Tehran"],
                           "country_iso3": ["PAK", "IRN"], "latitude": [33.72148, 35.69439],
                           "longitude": [73.04329, 51.42151], "coordinate_precision": ["city", "city"],
                           "geonames_id": [1176615, 112931]})
    side = pl.when(pl.col("k") % 2 == 0).then(pl.lit("PAK")).otherwise(pl.lit("IRN"))
    actors = pl.DataFrame({"k": range(n_actors)}).select(
        pl.format("actor-{}", pl.col("k")).alias("actor_id"), pl.format("Actor {}", pl.col("k")).alias("name"),
        pl.lit("person").alias("actor_type"), side.alias("country_iso3"))
    aliases = actors.select("actor_id", pl.col("name").alias("alias"))
    positions = pl.DataFrame({"k": range(n_actors)}).select(
        pl.format("actor-{}", pl.col("k")).alias("actor_id"), pl.lit("Minister").alias("office"),
        side.alias("country_iso3"), pl.lit("1999-01-01").str.to_date().alias("start"),
        pl.lit(None, pl.Date).alias("end"), pl.lit("https://example.org/cabinet").alias("source"),
        pl.lit(None, pl.String).alias("note"))

    # event i belongs to engagement g = i // 3: its visit (i % 3 == 0) and two meetings
    i, g, k = pl.col("i"), pl.col("i") // 3, pl.col("i") % 3
    in_pak = g % 2 == 0
    visit_day = pl.lit("2000-01-01").str.to_date() + pl.duration(days=(g * 3) % 9000)
    day = visit_day + pl.duration(days=k)
    idx = pl.DataFrame({"i": pl.int_range(0, n, eager=True)})
    events = idx.select(
        _ids("E", i).alias("event_id"),
        pl.when(k == 0).then(None).otherwise(_ids("E", g * 3)).alias("parent_event_id"),
        pl.when(k == 0).then(pl.lit("visit")).otherwise(pl.lit("meeting")).alias("event_type"),
        pl.when(k == 0).then(visit_day).otherwise(day).alias("date_start"),
        pl.when(k == 0).then(visit_day + pl.duration(days=2)).otherwise(day).alias("date_end"),
        pl.when(k == 0).then(pl.lit("range")).otherwise(pl.lit("day")).alias("date_precision"),
        pl.when(in_pak).then(pl.lit("islamabad")).otherwise(pl.lit("tehran")).alias("place_id"),
        pl.when(in_pak).then(pl.lit("Islamabad")).otherwise(pl.lit("Tehran")).alias("city"),
        pl.lit("Ministry").alias("venue"),
        pl.when(in_pak).then(pl.lit("PAK")).otherwise(pl.lit("IRN")).alias("country_iso3"),
        pl.when(in_pak).then(33.72148).otherwise(35.69439).alias("latitude"),
        pl.when(in_pak).then(73.04329).otherwise(51.42151).alias("longitude"),
        pl.lit("A synthetic engagement used for benchmarking.").alias("summary"),
        pl.lit("hand-checked").alias("review_status"), pl.lit(None, pl.String).alias("notes"))
    pairs = idx.join(pl.DataFrame({"j": [0, 1]}), how="cross")
    half = n_actors // 2
    # the host (j = 0) is from the country visited, the guest from the other; even actors are Pakistani
    host_side_pak = (g % 2 == 0)
    pak_actor = 2 * ((g + pl.col("j")) % half)
    irn_actor = 2 * ((g + 1 - pl.col("j")) % half) + 1
    is_pak = (pl.col("j") == 0) == host_side_pak
    participants = pairs.select(
        _ids("E", i).alias("event_id"),
        pl.format("actor-{}", pl.when(is_pak).then(pak_actor).otherwise(irn_actor)).alias("actor_id"),
        pl.lit("Minister").alias("title"),
        pl.when(is_pak).then(pl.lit("PAK")).otherwise(pl.lit("IRN")).alias("side_iso3"),
        pl.when(pl.col("j") == 0).then(pl.lit("host")).otherwise(pl.lit("guest")).alias("role"))
    commitments = pairs.select(
        _ids("C", i * 2 + pl.col("j")).alias("commitment_id"), _ids("E", i).alias("event_id"),
        pl.lit("intelligence_sharing").alias("commitment_type"), pl.lit("agreed").alias("modality"),
        pl.concat_list([pl.lit("IRN"), pl.lit("PAK")]).alias("parties"), pl.lit("They agreed to share intelligence.").alias("description"),
        pl.lit(None, pl.String).alias("notes"))
    source_of = lambda j: pl.format("src-{}", (i * 2 + j) % n_sources)  # noqa: E731 - the event's two sources
    event_sources = pairs.select(_ids("E", i).alias("event_id"), source_of(pl.col("j")).alias("source_id"))
    parts = []
    for table, frame in (("events", events), ("participants", participants), ("commitments", commitments)):
        rid = (pl.col(schemas[table].primary_key[0]) if len(schemas[table].primary_key) == 1
               else pl.concat_str(schemas[table].primary_key, separator="/"))
        records = frame.with_row_index("_n").select(
            rid.alias("record_id"), pl.col("event_id").str.slice(1).cast(pl.Int64).sub(1).alias("i"), "_n",
            *([pl.col("parent_event_id")] if table == "events" else []))
        for f in schemas[table].fields_needing_evidence():
            rows = records.filter(pl.col("parent_event_id").is_not_null()) if f == "parent_event_id" else records
            parts.append(rows.select(
                pl.lit(table).alias("record_table"), "record_id", pl.lit(f).alias("field"),
                source_of(pl.col("_n") % 2).alias("source_id"),
                pl.lit(10).alias("char_start"), pl.lit(40).alias("char_end"), pl.lit("a" * 64).alias("span_sha256")))
    evidence = pl.concat(parts)
    n_links = n // 100
    candidate_links = pl.DataFrame({"i": pl.int_range(0, n_links, eager=True)}).select(
        pl.format("E9{}", (pl.col("i") + 1).cast(pl.String).str.zfill(8)).alias("candidate_event_id"),
        _ids("E", pl.col("i") * 100).alias("event_id"), pl.lit(1).alias("shared_sources"),
        pl.lit(1).alias("shared_participants"))
    codebook = pl.DataFrame(codebook_rows(schemas), schema=schemas["codebook"].polars_schema)
    countries = pl.DataFrame(country_rows(), schema=schemas["countries"].polars_schema)
    tables = {"countries": countries, "sources": sources, "places": places, "actors": actors, "actor_aliases": aliases, "positions": positions,
              "events": events, "event_sources": event_sources, "participants": participants,
              "commitments": commitments, "evidence": evidence, "candidate_links": candidate_links,
              "codebook": codebook}
    missing = set(schemas) - set(tables)
    if missing:
        raise SystemExit(f"gen_package.py does not know the resources {sorted(missing)}: extend synthetic_tables()")
    from pakiran_events.core.tables import sort_by_key

    return {name: sort_by_key(tables[name].select([pl.col(c).cast(schemas[name].polars_schema[c])
                                                   for c in schemas[name].field_names]), schemas[name])
            for name in schemas}


def write_package(tables: dict[str, pl.DataFrame], out: Path, schemas=None) -> Path:
    """The tables as a data package under `out`, by the build's own writers; its descriptor."""
    from pakiran_events.core.schema import load_schemas
    from pakiran_events.publish.write import descriptor, read_meta, write_descriptor, write_tables, write_views

    schemas = schemas or load_schemas(REPO / "schemas")
    write_tables(tables, out, schemas)
    views = write_views(tables, out)
    return write_descriptor(descriptor(read_meta(REPO), schemas, tables, out, views), out)


def write_curated(tables: dict[str, pl.DataFrame], out: Path, per_file: int = 3) -> Path:
    """A curated repo under `out` whose build publishes `tables`: one YAML file per engagement
    (`per_file` events), evidence spans written per field, the gazetteers, registry and ledger."""
    import yaml

    class Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):
        def ignore_aliases(self, data):  # curated input refuses YAML anchors and aliases
            return True

    dumper = Dumper
    shutil.copytree(REPO / "schemas", out / "schemas", dirs_exist_ok=True)
    curated = out / "dataset" / "curated"
    (curated / "events").mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "dataset" / "package.yaml", out / "dataset" / "package.yaml")
    tables["sources"].write_csv(curated / "sources.csv", null_value="", date_format="%Y-%m-%d")

    def records(frame: pl.DataFrame) -> list[dict]:
        return [{k: v for k, v in r.items() if v is not None} for r in frame.iter_rows(named=True)]

    places = records(tables["places"])
    (curated / "places.yaml").write_text(yaml.dump(places, Dumper=dumper, sort_keys=False), encoding="utf-8")
    names = dict(tables["actor_aliases"].iter_rows())
    actors = [{**a, "aliases": [names[a["actor_id"]]] if names.get(a["actor_id"]) != a["name"] else []}
              for a in records(tables["actors"])]
    (curated / "actors.yaml").write_text(yaml.dump(actors, Dumper=dumper, sort_keys=False), encoding="utf-8")
    positions = [{**p, "start": p["start"].isoformat(), "end": None} for p in records(tables["positions"])]
    (curated / "positions.yaml").write_text(yaml.dump(positions, Dumper=dumper, sort_keys=False), encoding="utf-8")
    ids = pl.concat([tables["events"].select(pl.col("event_id").alias("id")),
                     tables["commitments"].select(pl.col("commitment_id").alias("id"))])
    ids.sort("id").write_csv(curated / "ids.csv")

    def spans(ev: pl.DataFrame) -> dict:
        out: dict[str, dict] = {}
        for rt, rid, field, src, a, b, sha in ev.iter_rows():
            key = "date" if field in ("date_start", "date_end", "date_precision") else field
            if field in ("date_end", "date_precision"):
                continue  # the `date` group's spans are written once
            out.setdefault(rid, {}).setdefault(key, []).append({"src": src, "at": [a, b], "sha256": sha})
        return out

    evidence = spans(tables["evidence"])
    by_event = lambda frame: {k[0]: v for k, v in frame.partition_by("event_id", as_dict=True).items()}  # noqa: E731
    participants, commitments = by_event(tables["participants"]), by_event(tables["commitments"])
    events = records(tables["events"])
    for start in range(0, len(events), per_file):
        doc = []
        for e in events[start:start + per_file]:
            eid = e["event_id"]
            doc.append({
                "event_id": eid, "review_status": e["review_status"], "event_type": e["event_type"],
                "parent_event_id": e.get("parent_event_id"),
                "date": {"start": e["date_start"].isoformat(), "end": e["date_end"].isoformat(),
                         "precision": e["date_precision"]},
                "place_id": e.get("place_id"), "venue": e.get("venue"), "summary": e["summary"],
                "notes": e.get("notes"), "evidence": evidence.get(eid, {}),
                "participants": [{"actor_id": p["actor_id"], "title": p["title"], "side_iso3": p["side_iso3"],
                                  "role": p["role"], "evidence": evidence.get(f"{eid}/{p['actor_id']}", {})}
                                 for p in records(participants[eid])] if eid in participants else [],
                "commitments": [{"commitment_id": c["commitment_id"], "commitment_type": c["commitment_type"],
                                 "modality": c["modality"], "parties": list(c["parties"]),
                                 "description": c["description"], "evidence": evidence.get(c["commitment_id"], {})}
                                for c in records(commitments[eid])] if eid in commitments else [],
            })
        (curated / "events" / f"{start // per_file:07d}.yaml").write_text(
            yaml.dump({"events": doc}, Dumper=dumper, sort_keys=False), encoding="utf-8")
    return out


def generate(n: int, out: Path, curated: bool = False) -> dict[str, int]:
    """Write the package of `n` events (and, with `curated`, its curated repo) under `out`;
    row counts per resource."""
    from pakiran_events.core.schema import load_schemas

    schemas = load_schemas(REPO / "schemas")
    tables = synthetic_tables(n, schemas)
    if curated:
        write_curated({k: v for k, v in tables.items() if k != "candidate_links"}, out)
        tables["candidate_links"] = tables["candidate_links"].clear()  # a build without extraction has none
    write_package(tables, out, schemas)
    return {name: t.height for name, t in tables.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--curated", action="store_true", help="also write the curated repo that builds it")
    args = parser.parse_args()
    start = time.perf_counter()
    counts = generate(args.events, args.out, args.curated)
    print(f"events={counts['events']:,} rows={sum(counts.values()):,} "
          f"({', '.join(f'{k} {v:,}' for k, v in counts.items())}) written to {args.out} "
          f"in {time.perf_counter() - start:.1f}s")


if __name__ == "__main__":
    main()
