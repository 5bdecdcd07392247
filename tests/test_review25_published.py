"""Round 25 review M4 (fixpub25): a manifest's `published` cell is used or blanked by a fixed range
kept in data (engagement.yaml `earliest_year` .. `latest_year`), never by the day of the run, and
`import-sources` checks it as `extract` does. On int25 a report published 2026-12-03 was undated
when read on 2026-12-01 (after the run's day plus one: blanked) and dated from 2026-12-02 on, and
the registry kept the cell either way. Every text is the fixtures' own (tests/extract_fixtures.py)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from extract_fixtures import SAME_MEETING, write_corpus, write_gazetteer
from pakiran_events.cli import main
from pakiran_events.core.corpus import published_problem
from pakiran_events.extract import adapter

FIRST, LAST = dt.date(1947, 1, 1), dt.date(2099, 12, 31)


def _on_day(monkeypatch, day: dt.date) -> None:
    """Run as if the UTC clock said `day` (extract and import-sources both ask adapter.run_day)."""
    real = adapter.run_day
    monkeypatch.setattr(adapter, "run_day", lambda today=None: real(today or day))


def _extract(tmp_path: Path, name: str, published: str) -> tuple[dict[str, str], str, Path]:
    """(data tables of the package by file name, the command's output, the corpus folder)."""
    root = write_corpus(tmp_path / f"c-{name}", [(SAME_MEETING[0], published, SAME_MEETING[2])])
    out = tmp_path / f"out-{name}"
    result = CliRunner().invoke(main, ["extract", "--corpus", str(root), "--out", str(out), "--scheduler",
                                       "synchronous", "--no-progress", "--gazetteer",
                                       str(write_gazetteer(tmp_path / f"g-{name}"))])
    assert result.exit_code == 0, result.output
    tables = {p.name: p.read_text(encoding="utf-8") for p in sorted((out / "data").glob("*.csv"))}
    return tables, result.output, root


def _source(tables: dict[str, str]) -> dict[str, str]:
    (row,) = list(csv.DictReader(tables["sources.csv"].splitlines()))
    return row


# --- the review's failing case: the same corpus read on two days ----------------------------------

def test_the_same_corpus_gives_the_same_package_whatever_the_run_day(tmp_path, monkeypatch):
    _on_day(monkeypatch, dt.date(2026, 12, 1))
    before, said_before, _ = _extract(tmp_path, "before", "2026-12-03")
    _on_day(monkeypatch, dt.date(2026, 12, 5))
    after, said_after, _ = _extract(tmp_path, "after", "2026-12-03")
    assert before == after and before  # every table, byte for byte
    assert _source(before)["published_date"] == "2026-12-03"
    assert "published-in-future: '2026-12-03' is after 2026-12-02" in said_before
    assert "published-in-future" not in said_after and "published-out-of-range" not in said_before


def test_a_date_a_year_ahead_is_warned_about_and_kept(tmp_path, monkeypatch):
    _on_day(monkeypatch, dt.date(2026, 12, 1))
    tables, said, root = _extract(tmp_path, "ahead", "2027-12-01")
    assert (f"warning: corpus: {root / 'manifest.csv'} row 2 [{SAME_MEETING[0]}] field published: "
            "published-in-future: '2027-12-01' is after 2026-12-02") in said
    source = _source(tables)
    assert (source["published_date"], source["published_basis"]) == ("2027-12-01", "date-line")


def _extract_many(tmp_path: Path, name: str, cells: list[str]) -> tuple[dict[str, dict[str, str]], str]:
    """(sources rows by published cell, the command's output) of one corpus, a report per cell."""
    docs = [(f"{SAME_MEETING[0]}-{i}", cell, SAME_MEETING[2]) for i, cell in enumerate(cells)]
    root = write_corpus(tmp_path / f"c-{name}", docs)
    out = tmp_path / f"out-{name}"
    result = CliRunner().invoke(main, ["extract", "--corpus", str(root), "--out", str(out), "--scheduler",
                                       "synchronous", "--no-progress", "--gazetteer",
                                       str(write_gazetteer(tmp_path / f"g-{name}"))])
    assert result.exit_code == 0, result.output
    with (out / "data" / "sources.csv").open(encoding="utf-8") as fh:
        rows = {r["source_id"]: r for r in csv.DictReader(fh)}
    return {cell: rows[doc] for (doc, cell, _) in docs}, result.output


OUTSIDE = ["0001-01-01", "9999-12-31", "2100-01-01", "1946-12-31"]


def test_a_date_outside_the_fixed_range_is_blanked_on_any_day(tmp_path, monkeypatch):
    """0001-01-01 and 9999-12-31 (the review's), and the near misses one day past each end; even a
    clock past the range blanks them (the range is data, not the clock)."""
    seen = []
    for day in (dt.date(2026, 12, 1), dt.date(2150, 1, 1)):
        _on_day(monkeypatch, day)
        rows, said = _extract_many(tmp_path, str(day.year), OUTSIDE)
        for cell in OUTSIDE:
            assert f"published-out-of-range: '{cell}' is " in said, cell
            assert (rows[cell]["published_date"], rows[cell]["published_basis"]) == ("", ""), cell
        assert "published-in-future" not in said
        seen.append(rows)
    assert seen[0] == seen[1]


# --- near misses: the ends of the range and the day after the run are days a report can have --------

def test_near_miss_the_ends_of_the_range_and_the_day_after_the_run_are_kept(tmp_path, monkeypatch):
    _on_day(monkeypatch, dt.date(2026, 12, 1))
    cells = ["1947-01-01", "2099-12-31", "2026-12-02"]
    rows, said = _extract_many(tmp_path, "ends", cells)
    assert "published-out-of-range" not in said
    assert [c for c in cells if f"published-in-future: '{c}'" in said] == ["2099-12-31"]
    assert [rows[c]["published_date"] for c in cells] == cells


def test_publication_days_take_no_day_of_the_run():
    assert adapter.publication_days() == (FIRST, LAST)
    with pytest.raises(TypeError):
        adapter.publication_days(today=dt.date(2026, 12, 1))  # type: ignore[call-arg]


@given(day=st.dates(), today=st.dates(), junk=st.sampled_from(["", " ", "2026-13-01", "soon"]))
def test_whether_a_cell_is_blanked_never_depends_on_the_run_day(day, today, junk):
    """The one code that blanks the cell is decided by the day and the fixed range alone."""
    found = published_problem({"published": day.isoformat()}, (FIRST, LAST), today)
    alone = published_problem({"published": day.isoformat()}, (FIRST, LAST), None)
    blanked = found is not None and found[0] == "published-out-of-range"
    assert blanked == (alone is not None and alone[0] == "published-out-of-range") == (not FIRST <= day <= LAST)
    assert (found is not None and found[0] == "published-in-future") == (FIRST <= day <= LAST and day > today)
    problem = published_problem({"published": junk}, (FIRST, LAST), today)
    assert problem is None if not junk.strip() else problem[0] == "published-not-a-date"


# --- import-sources checks the cell as extract does -------------------------------------------------

CELLS = ["2024-05-15", "2027-12-01", "9999-12-31", "0001-01-01", "2100-01-01", "soon"]


def _import_sources(tmp_path: Path, name: str, corpus: Path) -> tuple[dict[str, dict[str, str]], str]:
    root = tmp_path / f"repo-{name}"
    (root / "schemas").mkdir(parents=True)
    (root / "dataset" / "curated").mkdir(parents=True)
    result = CliRunner().invoke(main, ["import-sources", "--corpus", str(corpus), "--root", str(root)])
    assert result.exit_code == 0, result.output
    with (root / "dataset" / "curated" / "sources.csv").open(encoding="utf-8") as fh:
        return {r["source_id"]: r for r in csv.DictReader(fh)}, result.output


def test_import_sources_agrees_with_extract_on_every_published_cell(tmp_path, monkeypatch):
    _on_day(monkeypatch, dt.date(2026, 12, 1))
    docs = [(f"{SAME_MEETING[0]}-{i}", cell, SAME_MEETING[2]) for i, cell in enumerate(CELLS)]
    corpus = write_corpus(tmp_path / "corpus", docs)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["extract", "--corpus", str(corpus), "--out", str(out), "--scheduler",
                                       "synchronous", "--no-progress", "--gazetteer",
                                       str(write_gazetteer(tmp_path / "g"))])
    assert result.exit_code == 0, result.output
    with (out / "data" / "sources.csv").open(encoding="utf-8") as fh:
        extracted = {r["source_id"]: r["published_date"] for r in csv.DictReader(fh)}
    registry, said = _import_sources(tmp_path, "one", corpus)
    assert {d: r["published_date"] for d, r in registry.items()} == extracted == {
        docs[0][0]: "2024-05-15", docs[1][0]: "2027-12-01", docs[2][0]: "", docs[3][0]: "", docs[4][0]: "",
        docs[5][0]: ""}
    # the not-a-date row's basis is empty too since round 27 (sources.schema.json: published_basis is empty when
    # published_date is; the registry kept 'date-line' beside the emptied date, extract did not)
    assert [registry[d[0]]["published_basis"] for d in docs] == ["date-line", "date-line", "", "", "", ""]
    with (out / "data" / "sources.csv").open(encoding="utf-8") as fh:
        assert {r["source_id"]: r["published_basis"] for r in csv.DictReader(fh)} == {
            d: r["published_basis"] for d, r in registry.items()}
    codes = ["published-in-future", "published-out-of-range", "published-out-of-range", "published-out-of-range",
             "published-not-a-date"]
    assert [c for c in codes if f"{c}: " in said] == codes  # each said, as extract says it
    for code in set(codes):
        assert said.count(f"{code}: ") == result.output.count(f"{code}: "), code
    _on_day(monkeypatch, dt.date(2028, 1, 1))  # a later day writes the same registry
    later, said_later = _import_sources(tmp_path, "two", corpus)
    assert later == registry and "published-in-future" not in said_later
