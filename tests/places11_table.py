"""Scores the eleventh round's coverage tables (tests/fixtures/place_phrasings.yaml,
tests/fixtures/who_phrasings.yaml): each row is read as a one-report corpus with the shipped
gazetteer and clustered alone. Usage: python tests/places11_table.py [places|who] [-v]"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

import yaml

FIXTURES = Path(__file__).parent / "fixtures"
DAY = "2025-03-04"


@lru_cache(maxsize=1)
def lexicon():
    from pakiran_events.extract.lexicon import load_lexicon

    return load_lexicon()


def rows(name: str) -> list[dict]:
    return yaml.safe_load((FIXTURES / f"{name}_phrasings.yaml").read_text(encoding="utf-8"))


def events_of(row: dict):
    from pakiran_events.extract.cluster import cluster
    from pakiran_events.extract.report import read_report

    return cluster([read_report(f"table-{row['id']}", row["text"], row.get("published", DAY), lexicon())])


def place_got(row: dict) -> str | None:
    """The city the row's events are placed in ('-' for no event; None: no city, only a country or
    nothing; several cities joined by '+')."""
    events = events_of(row)
    if not events:
        return "-"
    places = lexicon().places
    cities = sorted({e.place_id for e in events if e.place_id and places.get(e.place_id, {}).get("coordinate_precision") != "country"})
    return "+".join(cities) or None


def people_got(row: dict) -> set[str]:
    """Every participant of every event of the row (persons and bodies)."""
    return {a for e in events_of(row) for a in e.participants}


def place_ok(row: dict) -> bool:
    return place_got(row) == row["place"]


def who_ok(row: dict) -> bool:
    got = people_got(row)
    return set(row.get("actors", [])) <= got and not set(row.get("not", [])) & got


def main(argv: list[str]) -> None:
    table = argv[1] if len(argv) > 1 else "place"
    total: Counter = Counter()
    right: Counter = Counter()
    misses = defaultdict(list)
    for row in rows(table):
        ok = place_ok(row) if table == "place" else who_ok(row)
        total[row["class"]] += 1
        right[row["class"]] += ok
        if not ok:
            misses[row["class"]].append((row["id"], place_got(row) if table == "place" else sorted(people_got(row))))
    for cls in total:
        print(f"{cls:40s} {right[cls]:3d}/{total[cls]:3d}")
        if "-v" in argv:
            for miss in misses[cls]:
                print("      miss", miss)
    print(f"{'all':40s} {sum(right.values()):3d}/{sum(total.values()):3d}")


if __name__ == "__main__":
    main(sys.argv)
