"""The fifth blind probe set (tests/fixtures/probes5) is data tests/probe_score.py trusts: its files must be
exactly what its generator writes (no hand edits after scoring), its manifest must describe its files, every id it
expects must be one the package knows or a well-formed slug of a name its report writes, every weekday a report
names must be the weekday of the date it stands for, and a known person must hold an office on the event's day.
The checks shared with the earlier sets are tests/probe_sets.py's; the ones below them are this set's own
(longer reports, engagements told by several outlets, a venue in a country the countries table may lack)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from probe_sets import expected, generator, generator_problems, id_problems, manifest, manifest_problems, out_of_office

PROBES5 = Path(__file__).parent / "fixtures" / "probes5"
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


GEN = generator(PROBES5)


def _manifest() -> list[dict]:
    return manifest(PROBES5)


def _expected() -> dict:
    return expected(PROBES5)


def _words(row: dict) -> int:
    return len((PROBES5 / row["file"]).read_text(encoding="utf-8").split())


def test_files_are_what_the_generator_writes():
    assert generator_problems(PROBES5, GEN) == []


def test_manifest_bytes_and_sha256_match_the_files():
    assert len(_manifest()) >= 40
    assert manifest_problems(PROBES5) == []


def test_every_report_has_its_expected_events_a_kind_line_and_a_realistic_length():
    """This set's emphasis: most reports are 200-700 words, none is a one-paragraph stub."""
    expected = _expected()
    assert set(expected) == {row["doc_id"] for row in _manifest()}
    kinds = re.findall(r"^# kind: \S", (PROBES5 / "expected.yaml").read_text(encoding="utf-8"), re.M)
    assert len(kinds) == len(expected)
    lengths = {row["doc_id"]: _words(row) for row in _manifest()}
    assert {doc: n for doc, n in lengths.items() if not 150 <= n <= 700} == {}
    assert sum(200 <= n for n in lengths.values()) >= 0.8 * len(lengths)
    assert sum(1 for spec in expected.values() if not spec["events"]) >= 8


def test_expected_ids_are_known_or_well_formed_slugs_of_the_text(repo):
    # publication is checked below, with the exception CURATION §4 makes for an engagement's shared dates
    assert id_problems(PROBES5, repo, after_publication=False) == []


def test_no_event_ends_after_its_report_unless_another_report_of_the_engagement_dates_it():
    """A report is on or after what it reports; an event of an engagement told by several reports keeps the
    engagement's dates (CURATION §4), so it may end after an early report only when a later report of the same
    set expects the same event."""
    rows = {row["doc_id"]: row for row in _manifest()}
    events = _expected()
    late = []
    for doc, spec in events.items():
        for e in spec["events"]:
            if rows[doc]["published"] and e["date_end"] > rows[doc]["published"]:
                confirmed = any(e in other["events"] and rows[o]["published"] >= e["date_end"]
                                for o, other in events.items() if o != doc)
                late += [] if confirmed else [(doc, e["date_end"])]
    assert late == []


@pytest.mark.parametrize("record", GEN.R, ids=lambda r: r["doc_id"])
def test_every_weekday_named_is_checked_against_its_date(record):
    named = set(re.findall(r"\b(" + "|".join(WEEKDAYS) + r")\b", record["text"]))
    checked = {name for _, name in record["checks"]}
    assert named <= checked
    for day, name in record["checks"]:
        assert WEEKDAYS[dt.date.fromisoformat(day).weekday()] == name


@pytest.mark.parametrize("doc", sorted(_expected()))
def test_known_people_are_in_office_on_the_day(repo, doc):
    assert out_of_office(PROBES5, repo, doc) == []


def test_manifest_starts_with_a_byte_order_mark_and_still_reads():
    assert (PROBES5 / "manifest.csv").read_bytes().startswith(b"\xef\xbb\xbfdoc_id,")
    assert list(_manifest()[0])[0] == "doc_id"


def test_one_report_has_no_publication_date_and_no_dateline():
    undated = [row for row in _manifest() if not row["published"]]
    assert [row["doc_id"] for row in undated] == ["p5-27-tv-rewrite-no-date-no-dateline"]
    assert undated[0]["published_basis"] == ""


def test_a_venue_lies_in_a_country_the_countries_table_lacks(repo):
    """Vatican City (VAT) is not a COW state, so schemas/countries.csv has no row for it: a run of `extract`
    must survive the report that places a meeting there."""
    codes = {line.split(",")[0] for line in (repo / "schemas/countries.csv").read_text(encoding="utf-8").splitlines()}
    assert "VAT" not in codes
    assert "vatican-city" in {e["place_id"] for spec in _expected().values() for e in spec["events"]}


@pytest.mark.parametrize("prefix", [("p5-01", "p5-02", "p5-03", "p5-04"), ("p5-05", "p5-06")])
def test_one_engagement_told_by_several_reports_expects_the_same_visit(prefix):
    """Engagements A (four outlets) and B (two outlets, two spellings) give different arrival days; the expected
    visit is the engagement's, the same in every report."""
    visits = [next(e for e in _expected()[doc]["events"] if e["type"] == "visit")
              for doc in sorted(_expected()) if doc[:5] in prefix]
    assert len(visits) == len(prefix) and all(v == visits[0] for v in visits)
