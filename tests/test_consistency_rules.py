"""The consistency rules the curation guide makes checkable: each fails on a copy broken for it,
naming the record, and stays silent on the published package."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pakiran_events.cli import main


def _edit_row(path: Path, where: dict, changes: dict) -> None:
    """Set `changes` on the one row of a CSV matching every column in `where`."""
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
        fields = list(rows[0])
    hits = [r for r in rows if all(r[k] == v for k, v in where.items())]
    assert len(hits) == 1, (where, len(hits))
    hits[0].update(changes)
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def _pandera_problems(root: Path) -> set[tuple]:
    result = CliRunner().invoke(main, ["validate", str(root), "--layer", "pandera", "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    return {(p["resource"], p["record_id"], p["field"], p["code"]) for p in json.loads(result.output)}


CASES = {
    # an actor promoted between two meetings of one visit: one person, one title per engagement
    "title": ("participants.csv", {"event_id": "E000002", "actor_id": "asim-munir"},
              {"title": "Chief of Army Staff (Field Marshal)"},
              ("participants", "E000002/asim-munir", "title", "title-differs-within-engagement")),
    # the Iranian guest marked as host of the GHQ meeting in Rawalpindi
    "host": ("participants.csv", {"event_id": "E000006", "actor_id": "hossein-amir-abdollahian"},
             {"role": "host"},
             ("participants", "E000006/hossein-amir-abdollahian", "role", "host-side-differs-from-place")),
    # a party that had nobody at the engagement
    "party": ("commitments.csv", {"commitment_id": "C000005"}, {"parties": "AFG;IRN"},
              ("commitments", "C000005", "parties", "party-not-at-engagement")),
    # a meeting without a place (only a phone call may have none)
    "place": ("events.csv", {"event_id": "E000009"},
              {"place_id": "", "city": "", "country_iso3": "", "latitude": "", "longitude": ""},
              ("events", "E000009", "place_id", "place-missing")),
    # a country-level place carries no city
    "country-city": ("events.csv", {"event_id": "E000016"}, {"city": "Islamabad"},
                     ("events", "E000016", "place_id", "place-fields-differ")),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_rule_fails_on_a_copy_broken_for_it(repo_copy, case):
    name, where, changes, expected = CASES[case]
    _edit_row(repo_copy / "dataset" / "data" / name, where, changes)
    assert expected in _pandera_problems(repo_copy)


def test_the_published_package_breaks_none_of_them(repo):
    codes = {p[3] for p in _pandera_problems(repo)}
    assert not codes & {c[3][3] for c in CASES.values()}


def test_a_phone_call_may_have_no_place_and_an_organisation_several_titles(repo):
    import polars as pl

    events = pl.read_parquet(repo / "dataset" / "data" / "events.parquet")
    calls = events.filter(pl.col("event_type") == "phone_call")
    assert calls.height >= 1 and calls["place_id"].is_null().all()
    people = pl.read_parquet(repo / "dataset" / "data" / "participants.parquet")
    # the embassy's title differs between the arrival and the GHQ meeting of one visit, and validates
    embassy = people.filter(pl.col("actor_id") == "iran-embassy-pakistan")
    assert embassy["title"].n_unique() > 1
