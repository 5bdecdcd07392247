"""The third blind probe set (tests/fixtures/probes3) is data tests/probe_score.py trusts: its files must be
exactly what its generator writes (no hand edits after scoring), its manifest must describe its files, every id it
expects must be one the package knows or a well-formed slug of a name its report writes, every weekday a report
names must be the weekday of the date it stands for, and a known person must hold an office on the event's day.
The checks shared with probes2 are tests/probe_sets.py's."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from probe_sets import expected, generator, generator_problems, id_problems, manifest, manifest_problems, out_of_office

PROBES3 = Path(__file__).parent / "fixtures" / "probes3"
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


GEN = generator(PROBES3)


def _manifest() -> list[dict]:
    return manifest(PROBES3)


def _expected() -> dict:
    return expected(PROBES3)


def test_files_are_what_the_generator_writes():
    assert generator_problems(PROBES3, GEN) == []


def test_manifest_bytes_and_sha256_match_the_files():
    assert len(_manifest()) >= 40
    assert manifest_problems(PROBES3) == []


def test_every_report_has_its_expected_events_a_kind_line_and_a_fair_length():
    expected = _expected()
    assert set(expected) == {row["doc_id"] for row in _manifest()}
    kinds = re.findall(r"^# kind: \S", (PROBES3 / "expected.yaml").read_text(encoding="utf-8"), re.M)
    assert len(kinds) == len(expected)
    lengths = {row["doc_id"]: len((PROBES3 / row["file"]).read_text(encoding="utf-8").split()) for row in _manifest()}
    assert {doc: n for doc, n in lengths.items() if not 80 <= n <= 300} == {}
    assert sum(1 for spec in expected.values() if not spec["events"]) >= 8


def test_expected_ids_are_known_or_well_formed_slugs_of_the_text(repo):
    assert id_problems(PROBES3, repo, after_publication=True) == []


@pytest.mark.parametrize("record", GEN.R, ids=lambda r: r["doc_id"])
def test_every_weekday_named_is_checked_against_its_date(record):
    named = set(re.findall(r"\b(" + "|".join(WEEKDAYS) + r")\b", record["text"]))
    checked = {name for _, name in record["checks"]}
    assert named <= checked
    for day, name in record["checks"]:
        assert WEEKDAYS[dt.date.fromisoformat(day).weekday()] == name


@pytest.mark.parametrize("doc", sorted(_expected()))
def test_known_people_are_in_office_on_the_day(repo, doc):
    assert out_of_office(PROBES3, repo, doc) == []
