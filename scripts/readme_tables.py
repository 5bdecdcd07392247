"""Write the README's generated tables from the built package, between their markers:

- `coverage`: engagements, events by type and commitments per year (the data's coverage);
- the row counts of the tables section (`| `name` | N |`);
- `extract-split`: the released extraction (`dataset/extracted`) scored on the fixed development
  and test parts of `bench/extract-split.csv` (F1, with the figures before the when/where round beside them);
- `blind-run`: the frozen blind run (`bench/blind-run/`, release 1.0.0's extractor on both corpus
  folders before any wave-2 curation or tuning) scored against the hand-checked records, on the
  reports of the second folder (which that extractor had never seen) and on all reports.

    python scripts/readme_tables.py          # rewrite the blocks in README.md
    python scripts/readme_tables.py --check  # exit 1 if README.md is not current
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
WAVE2 = ROOT.parent / "shared" / "corpus-wave2" / "manifest.csv"


def coverage() -> str:
    import polars as pl

    from pakiran_events.core.packages import read_tables

    t = read_tables(ROOT / "datapackage.json")
    # an event whose dates lie in one year is counted in it; a range over several years in none
    ev = t["events"].filter(pl.col("review_status") == "hand-checked").with_columns(
        pl.when(pl.col("date_start").dt.year() == pl.col("date_end").dt.year())
        .then(pl.col("date_start").dt.year().cast(pl.String)).otherwise(pl.lit("several years")).alias("year"))
    com = t["commitments"].join(ev.select("event_id", "year"), on="event_id")
    lines = ["| year | engagements | visits | meetings | calls | other | commitments |", "|---|---:|---:|---:|---:|---:|---:|"]
    for year in sorted(set(ev["year"])):
        y = ev.filter(pl.col("year") == year)
        n = lambda kind: y.filter(pl.col("event_type") == kind).height
        lines.append(f"| {year} | {y.filter(pl.col('parent_event_id').is_null()).height} | {n('visit')} | {n('meeting')} | "
                     f"{n('phone_call')} | {n('other')} | {com.filter(pl.col('year') == year).height} |")
    lines.append(f"| all | {ev.filter(pl.col('parent_event_id').is_null()).height} | "
                 + " | ".join(str(ev.filter(pl.col("event_type") == k).height) for k in ("visit", "meeting", "phone_call", "other"))
                 + f" | {com.height} |")
    return "\n".join(lines)


def blind_run() -> str:
    from pakiran_events.extract.evaluate import evaluate

    with WAVE2.open(encoding="utf-8-sig", newline="") as fh:
        unseen = {row["doc_id"] for row in csv.DictReader(fh)}
    seen_never = {s.name: s for s in evaluate(ROOT, ROOT / "bench" / "blind-run", unseen)}
    every = {s.name: s for s in evaluate(ROOT, ROOT / "bench" / "blind-run")}
    lines = ["| metric | P (unseen) | R (unseen) | F1 (unseen) | F1 (all 120 reports) |", "|---|---:|---:|---:|---:|"]
    for name, s in seen_never.items():
        lines.append(f"| {name} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | {every[name].f1:.3f} |")
    return "\n".join(lines)


# F1 of the extraction before the when/where round (commit d870006) on the split (dev, test),
# measured with the same command, kept for comparison
BEFORE = {"reports with an engagement": (0.832, 0.772), "report pairs in one engagement": (0.681, 0.571),
                 "events": (0.654, 0.628), "exact date (start and end)": (0.289, 0.264), "city (place_id)": (0.547, 0.466),
                 "participants": (0.532, 0.460), "commitment types": (0.415, 0.440)}


def extract_split() -> str:
    from pakiran_events.extract.evaluate import evaluate

    split = ROOT / "bench" / "extract-split.csv"
    with split.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    parts = {part: {r["doc_id"] for r in rows if r["part"] == part} for part in ("dev", "test")}
    scores = {part: {s.name: s for s in evaluate(ROOT, ROOT / "dataset" / "extracted", docs)} for part, docs in parts.items()}
    lines = ["| metric (F1) | dev, before | dev, now | test, before | test, now |", "|---|---:|---:|---:|---:|"]
    for name, s in scores["dev"].items():
        old = BEFORE.get(name, (float("nan"), float("nan")))
        lines.append(f"| {name} | {old[0]:.3f} | {s.f1:.3f} | {old[1]:.3f} | {scores['test'][name].f1:.3f} |")
    return "\n".join(lines)


def row_counts(readme: str) -> str:
    """The `| `name` | N |` rows of the tables section, from the descriptor's row counts."""
    from pakiran_events.core.packages import read_descriptor

    desc = read_descriptor(ROOT)
    for resource in desc["resources"]:
        readme = re.sub(rf"^\| `{re.escape(resource['name'])}` \| \d+ \|", f"| `{resource['name']}` | {resource['rows']} |",
                        readme, flags=re.M)
    return readme


def render(readme: str) -> str:
    readme = row_counts(readme)
    for name, make in (("coverage", coverage), ("blind-run", blind_run), ("extract-split", extract_split)):
        block = f"<!-- {name}:start (scripts/readme_tables.py) -->\n{make()}\n<!-- {name}:end -->"
        readme, n = re.subn(rf"<!-- {name}:start.*?-->.*?<!-- {name}:end -->", lambda _: block, readme, flags=re.S)
        if n != 1:
            raise SystemExit(f"README.md: no '<!-- {name}:start ... -->' / '<!-- {name}:end -->' markers")
    return readme


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    path = ROOT / "README.md"
    current = path.read_text(encoding="utf-8")
    new = render(current)
    if args.check:
        if new != current:
            print("README.md tables are not current: run python scripts/readme_tables.py", file=sys.stderr)
            return 1
        return 0
    path.write_text(new, encoding="utf-8")
    print("README.md tables written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
