"""Validation throughput on a synthetic package of N events.

Generates a package with the real schemas and the real writer (per event: 2 participants,
2 commitments, 2 event_sources links and one evidence span per evidenced value, i.e. 20),
then times each validation layer and prints rows/s. Figures go in the README; nothing here is
asserted by tests.

    python bench/validate_bench.py --events 100000
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import shutil
import tempfile
import time
from pathlib import Path

import polars as pl

from pakiran_events.core.paths import DATA_DIR
from pakiran_events.publish.write import descriptor, read_meta, write_descriptor, write_tables
from pakiran_events.core.schema import codebook_rows, load_schemas

REPO = Path(__file__).resolve().parents[1]
N_SOURCES, N_ACTORS = 1000, 1000


def _ids(prefix: str, n: int, start: int = 1) -> pl.Expr:
    return pl.format(prefix + "{}", pl.int_range(start, start + n).cast(pl.String).str.zfill(7))


def synthetic_tables(n: int) -> dict[str, pl.DataFrame]:
    schemas = load_schemas(REPO / "schemas")
    idx = pl.DataFrame({"i": pl.int_range(0, n, eager=True)})
    sources = pl.DataFrame({"k": range(N_SOURCES)}).select(
        pl.format("src-{}", pl.col("k")).alias("source_id"), pl.format("https://example.org/{}", pl.col("k")).alias("url"),
        pl.lit("Outlet").alias("outlet"), pl.lit("Title").alias("title"), pl.lit(None, pl.String).alias("author"),
        pl.lit("2024-01-01").str.to_date().alias("published_date"), pl.lit("date-line").alias("published_basis"),
        pl.lit("0" * 64).alias("sha256"), pl.lit(5000).alias("bytes"), pl.lit(5000).alias("char_length"))
    places = pl.DataFrame({"place_id": ["islamabad", "tehran"], "name": ["Islamabad", "Tehran"],
                           "country_iso3": ["PAK", "IRN"], "latitude": [33.72148, 35.69439],
                           "longitude": [73.04329, 51.42151], "coordinate_precision": ["city", "city"],
                           "geonames_id": [1176615, 112931]})
    actors = pl.DataFrame({"k": range(N_ACTORS)}).select(
        pl.format("actor-{}", pl.col("k")).alias("actor_id"), pl.format("Actor {}", pl.col("k")).alias("name"),
        pl.lit("person").alias("actor_type"),
        pl.when(pl.col("k") % 2 == 0).then(pl.lit("PAK")).otherwise(pl.lit("IRN")).alias("country_iso3"))
    aliases = actors.select("actor_id", pl.col("name").alias("alias"))
    day = pl.lit("2020-01-01").str.to_date() + pl.duration(days=pl.col("i") % 2000)
    place = pl.col("i") % 2
    events = idx.select(
        _ids("E", n).alias("event_id"), pl.lit(None, pl.String).alias("parent_event_id"), pl.lit("meeting").alias("event_type"),
        day.alias("date_start"), day.alias("date_end"), pl.lit("day").alias("date_precision"),
        pl.when(place == 0).then(pl.lit("islamabad")).otherwise(pl.lit("tehran")).alias("place_id"),
        pl.when(place == 0).then(pl.lit("Islamabad")).otherwise(pl.lit("Tehran")).alias("city"),
        pl.lit("Ministry").alias("venue"),
        pl.when(place == 0).then(pl.lit("PAK")).otherwise(pl.lit("IRN")).alias("country_iso3"),
        pl.when(place == 0).then(33.72148).otherwise(35.69439).alias("latitude"),
        pl.when(place == 0).then(73.04329).otherwise(51.42151).alias("longitude"),
        pl.lit("A synthetic meeting used for benchmarking.").alias("summary"),
        pl.lit("hand-checked").alias("review_status"), pl.lit(None, pl.String).alias("notes"))
    two = pl.DataFrame({"j": [0, 1]})
    pairs = idx.join(two, how="cross")
    participants = pairs.select(
        pl.format("E{}", (pl.col("i") + 1).cast(pl.String).str.zfill(7)).alias("event_id"),
        pl.format("actor-{}", (pl.col("i") * 2 + pl.col("j")) % N_ACTORS).alias("actor_id"),
        pl.lit("Minister").alias("title"),
        pl.when(pl.col("j") == 0).then(pl.lit("PAK")).otherwise(pl.lit("IRN")).alias("side_iso3"),
        pl.when(pl.col("j") == 0).then(pl.lit("host")).otherwise(pl.lit("guest")).alias("role"))
    commitments = pairs.select(
        pl.format("C{}", (pl.col("i") * 2 + pl.col("j") + 1).cast(pl.String).str.zfill(7)).alias("commitment_id"),
        pl.format("E{}", (pl.col("i") + 1).cast(pl.String).str.zfill(7)).alias("event_id"),
        pl.lit("intelligence_sharing").alias("commitment_type"), pl.lit("agreed").alias("modality"),
        pl.lit(["IRN", "PAK"], pl.List(pl.String)).alias("parties"), pl.lit("They agreed to share intelligence.").alias("description"),
        pl.lit(None, pl.String).alias("notes"))
    event_sources = pairs.select(
        pl.format("E{}", (pl.col("i") + 1).cast(pl.String).str.zfill(7)).alias("event_id"),
        pl.format("src-{}", (pl.col("i") * 2 + pl.col("j")) % N_SOURCES).alias("source_id")).unique(maintain_order=True)
    ev_parts = []
    for table, frame, key in (("events", events, "event_id"), ("participants", participants, None),
                              ("commitments", commitments, "commitment_id")):
        rid = pl.col(key) if key else pl.concat_str(["event_id", "actor_id"], separator="/")
        ids = frame.select(rid.alias("record_id"), pl.int_range(0, pl.len()).alias("k"))
        for f in schemas[table].fields_needing_evidence():
            if f == "parent_event_id":  # synthetic events have no parent, so no value to support
                continue
            ev_parts.append(ids.select(
                pl.lit(table).alias("record_table"), "record_id", pl.lit(f).alias("field"),
                pl.format("src-{}", pl.col("k") % N_SOURCES).alias("source_id"),
                pl.lit(10).alias("char_start"), pl.lit(40).alias("char_end"), pl.lit("a" * 64).alias("span_sha256")))
    evidence = pl.concat(ev_parts)
    codebook = pl.DataFrame(codebook_rows(schemas), schema=schemas["codebook"].polars_schema)
    tables = {"sources": sources, "places": places, "actors": actors, "actor_aliases": aliases, "events": events,
              "event_sources": event_sources, "participants": participants, "commitments": commitments,
              "evidence": evidence, "codebook": codebook}
    return {k: v.select([pl.col(c).cast(schemas[k].polars_schema[c]) for c in schemas[k].field_names])
            for k, v in tables.items()}


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_layer(layer: str, out: Path, names: list[str]) -> tuple[float, list[str], float]:
    """One layer in this (fresh) process: seconds, problems as text, peak memory in MB."""
    from pakiran_events.validate import frictionless_layer, pandera_layer

    schemas = load_schemas(REPO / "schemas")
    t0 = time.perf_counter()
    if layer == "pandera":
        paths = {name: out / DATA_DIR / f"{name}.csv" for name in names}
        problems, _ = pandera_layer.validate_tables(paths, schemas)
    else:
        problems = frictionless_layer.validate_descriptor(out / "datapackage.json")
    return time.perf_counter() - t0, [p.as_text() for p in problems], peak_rss_mb()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--layers", default="pandera,frictionless")
    parser.add_argument("--keep", type=Path, help="keep the generated package in this folder")
    args = parser.parse_args()

    out = args.keep or Path(tempfile.mkdtemp(prefix="pakiran-bench-"))
    t0 = time.perf_counter()
    tables = synthetic_tables(args.events)
    schemas = load_schemas(REPO / "schemas")
    write_tables(tables, out, schemas)
    write_descriptor(descriptor(read_meta(REPO), schemas, tables, out), out)
    total, names = sum(t.height for t in tables.values()), list(tables)
    print(f"events={args.events:,} rows={total:,} "
          f"({', '.join(f'{k} {v.height:,}' for k, v in tables.items())}) generated in {time.perf_counter() - t0:.1f}s")
    del tables
    # each layer runs in a fresh process, so its peak memory is its own
    context = multiprocessing.get_context("spawn")
    for layer in args.layers.split(","):
        with context.Pool(1) as pool:
            secs, problems, peak = pool.apply(run_layer, (layer, out, names))
        print(f"{layer:<12} {secs:9.1f}s {total / secs:12,.0f} rows/s  problems={len(problems)}  peak_rss={peak:,.0f}MB")
        for text in problems[:5]:
            print("   ", text)
    if not args.keep:
        shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
