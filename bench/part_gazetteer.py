"""An honest gazetteer for scoring extraction: the package's people restricted to one part of the
fixed split, so the other part's reports name people the extractor has to find on its own.

The published gazetteer (actors, actor_aliases, positions) was curated from every report, the test
ones included: extracting with it flatters the test scores, because a test report's people are
already known by name. This script writes a small data package (datapackage.json + CSV) holding
only the actors who take part in a hand-checked event that a report of `--part` is a source of,
their aliases and their rows of the office-holder table, and the package's places of those events
(GeoNames supplies every other place). Extract with it (`--gazetteer OUT`) and score as usual:

    python bench/part_gazetteer.py --part dev --out /tmp/dev-gazetteer
    pakiran-events extract --corpus ../shared/corpus --corpus ../shared/corpus-wave2 \
        --gazetteer /tmp/dev-gazetteer --out /tmp/extracted-dev-gazetteer
    pakiran-events evaluate --gold . --pred /tmp/extracted-dev-gazetteer \
        --reports bench/extract-split.csv --part test

It prints how many actors, aliases and positions it kept out of how many.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
TABLES = ("actors", "actor_aliases", "places", "positions")


def part_reports(split: Path, part: str) -> set[str]:
    with split.open(encoding="utf-8-sig", newline="") as fh:
        return {row["doc_id"] for row in csv.DictReader(fh) if row["part"] == part}


def part_tables(package: Path, reports: set[str]) -> dict:
    """The gazetteer tables (polars frames) limited to the people and places of the hand-checked
    events that one of `reports` is a source of; country-wide places are always kept."""
    import polars as pl

    from pakiran_events.core.packages import read_tables

    t = read_tables(package, (*TABLES, "events", "event_sources", "participants"))
    events = t["events"].filter(pl.col("review_status") == "hand-checked")
    linked = t["event_sources"].filter(pl.col("source_id").is_in(sorted(reports)))["event_id"].unique()
    events = events.filter(pl.col("event_id").is_in(linked.implode()))
    actors = t["participants"].filter(pl.col("event_id").is_in(events["event_id"].implode()))["actor_id"].unique().implode()
    places = events["place_id"].drop_nulls().unique().implode()
    return {
        "actors": t["actors"].filter(pl.col("actor_id").is_in(actors)),
        "actor_aliases": t["actor_aliases"].filter(pl.col("actor_id").is_in(actors)),
        "positions": t["positions"].filter(pl.col("actor_id").is_in(actors)),
        "places": t["places"].filter(pl.col("place_id").is_in(places) | (pl.col("coordinate_precision") == "country")),
    }, {name: t[name].height for name in TABLES}


def write_package(tables: dict, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    resources = []
    for name, frame in tables.items():
        frame.write_csv(out / f"{name}.csv")
        resources.append({"name": name, "path": f"{name}.csv", "format": "csv"})
    (out / "datapackage.json").write_text(json.dumps({"name": "part-gazetteer", "resources": resources}, indent=1) + "\n",
                                          encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--package", type=Path, default=ROOT / "datapackage.json")
    parser.add_argument("--reports", type=Path, default=ROOT / "bench" / "extract-split.csv")
    parser.add_argument("--part", default="dev")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    reports = part_reports(args.reports, args.part)
    if not reports:
        print(f"{args.reports}: no report has part {args.part!r}", file=sys.stderr)
        return 1
    tables, totals = part_tables(args.package, reports)
    write_package(tables, args.out)
    for name, frame in tables.items():
        print(f"{name}: kept {frame.height} of {totals[name]}")
    print(f"gazetteer of the {args.part} part ({len(reports)} reports) written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
