"""The sixth blind probe set (tests/fixtures/probes6) is data tests/probe_score.py trusts: its files must be
exactly what its generator writes (no hand edits after scoring), its manifest must describe its files, every id it
expects must be one the package knows or a well-formed slug of a name its report writes, every weekday a report
names must be the weekday of the date it stands for, and a known person must hold an office on the event's day.
The checks shared with the earlier sets are tests/probe_sets.py's; the ones below them are this set's own
(longer reports, one visit told by four outlets and one by two, a venue in a territory the countries table lacks)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from probe_sets import expected, generator, generator_problems, id_problems, manifest, manifest_problems, out_of_office

PROBES6 = Path(__file__).parent / "fixtures" / "probes6"
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
GEN = generator(PROBES6)


def _words(row: dict) -> int:
    return len((PROBES6 / row["file"]).read_text(encoding="utf-8").split())


def test_files_are_what_the_generator_writes():
    assert generator_problems(PROBES6, GEN) == []


def test_manifest_bytes_and_sha256_match_the_files():
    assert len(manifest(PROBES6)) >= 40
    assert manifest_problems(PROBES6) == []


def test_every_report_has_its_expected_events_a_kind_line_and_a_realistic_length():
    """This set's emphasis: 200-700 words each, a fifth of them over 400, and 8 or more reports without an event."""
    wanted, rows = expected(PROBES6), manifest(PROBES6)
    assert set(wanted) == {row["doc_id"] for row in rows}
    kinds = re.findall(r"^# kind: \S", (PROBES6 / "expected.yaml").read_text(encoding="utf-8"), re.M)
    assert len(kinds) == len(wanted)
    lengths = {row["doc_id"]: _words(row) for row in rows}
    assert {doc: n for doc, n in lengths.items() if not 200 <= n <= 700} == {}
    assert sum(n > 400 for n in lengths.values()) >= 0.2 * len(lengths)
    assert sum(1 for spec in wanted.values() if not spec["events"]) >= 8
    assert 55 <= sum(len(spec["events"]) for spec in wanted.values()) <= 70


def test_expected_ids_are_known_or_well_formed_slugs_of_the_text(repo):
    # publication is checked below, with the exception CURATION §4 makes for an engagement's shared dates
    assert id_problems(PROBES6, repo, after_publication=False) == []


def test_no_event_ends_after_its_report_unless_another_report_of_the_engagement_dates_it():
    """A report is on or after what it reports; an event of an engagement told by several reports keeps the
    engagement's dates (CURATION §4), and an announcement a later report confirms is a source of the event it
    announces (§1, §3), so an event may end after its report only when a later report of the set expects it."""
    rows = {row["doc_id"]: row for row in manifest(PROBES6)}
    events = expected(PROBES6)
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
    assert named <= {name for _, name in record["checks"]}
    for day, name in record["checks"]:
        assert WEEKDAYS[dt.date.fromisoformat(day).weekday()] == name


@pytest.mark.parametrize("doc", sorted(expected(PROBES6)))
def test_known_people_are_in_office_on_the_day(repo, doc):
    assert out_of_office(PROBES6, repo, doc) == []


def test_manifest_starts_with_a_byte_order_mark_and_still_reads():
    assert (PROBES6 / "manifest.csv").read_bytes().startswith(b"\xef\xbb\xbfdoc_id,")
    assert list(manifest(PROBES6)[0])[0] == "doc_id"


def test_one_report_has_no_publication_date_and_no_dateline():
    undated = [row for row in manifest(PROBES6) if not row["published"]]
    assert [row["doc_id"] for row in undated] == ["p6-33-tv-rewrite-no-date-no-dateline-defence-secretary"]
    assert undated[0]["published_basis"] == ""
    lead = (PROBES6 / undated[0]["file"]).read_text(encoding="utf-8").split("\n\n")[1]
    assert not re.match(r"^[A-Z]{3,}[A-Z ]*[,:]", lead)  # no "CITY, Month day:" dateline


def test_a_venue_lies_in_a_territory_the_countries_table_lacks(repo):
    """Hong Kong (HKG) is not a COW state, so schemas/countries.csv has no row for it: a run of `extract` must
    survive the report that places a meeting there."""
    codes = {line.split(",")[0] for line in (repo / "schemas/countries.csv").read_text(encoding="utf-8").splitlines()}
    assert "HKG" not in codes
    assert "hong-kong" in {e["place_id"] for spec in expected(PROBES6).values() for e in spec["events"]}


@pytest.mark.parametrize("prefix", [("p6-01", "p6-02", "p6-03", "p6-04"), ("p6-05", "p6-06")])
def test_one_engagement_told_by_several_reports_expects_the_same_visit(prefix):
    """Engagement A (four outlets, three spellings, arrival 'late on Sunday night' against 'Monday morning') and
    B (two outlets, 'Sahir' and 'Saher', 'Saturday night' against 'Sunday morning') expect one visit each."""
    wanted = expected(PROBES6)
    visits = [next(e for e in wanted[doc]["events"] if e["type"] == "visit")
              for doc in sorted(wanted) if doc[:5] in prefix]
    assert len(visits) == len(prefix) and all(v == visits[0] for v in visits)
