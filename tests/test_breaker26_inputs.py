"""Round 26's breaker on round 25's manifest and dictionary checks: a 5,000-digit `bytes` cell, a
`latest_year` that is no year, blank header columns a spreadsheet leaves, and a basis of empty
terms each end in the named problem, never in a bare Python error. Texts are the fixtures' own."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from extract_fixtures import SAME_MEETING, write_corpus, write_gazetteer
from pakiran_events.cli import main
from pakiran_events.core.corpus import Corpus, byte_count_problem, manifest_bytes, repeated_columns, row_problems


def _extract(tmp_path: Path, root: Path, *extra: str):
    out = tmp_path / "out"
    return CliRunner().invoke(main, ["extract", "--corpus", str(root), "--out", str(out), "--scheduler", "synchronous",
                                     "--no-progress", "--gazetteer", str(write_gazetteer(tmp_path / "g")), *extra])


def _edit(manifest: Path, change) -> None:
    rows = list(csv.reader(manifest.open(encoding="utf-8", newline="")))
    change(rows)
    with manifest.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)


@pytest.mark.parametrize("digits", [19, 4301, 5000])
def test_a_huge_byte_count_is_the_rows_named_problem(tmp_path, digits):
    root = write_corpus(tmp_path / "c", [("doc-a", "2024-01-02", SAME_MEETING[2]), ("doc-b", "", SAME_MEETING[2])])
    _edit(root / "manifest.csv", lambda rows: rows[1].__setitem__(9, "9" * digits))
    result = _extract(tmp_path, root)
    assert result.exit_code == 1
    assert "[doc-a] field bytes: bad-byte-count" in result.output and f"({digits:,} digits)" in result.output
    assert "Exceeds the limit" not in result.output


def test_a_byte_count_of_up_to_eighteen_digits_is_a_count():
    assert manifest_bytes({"bytes": "9" * 18}) == 10 ** 18 - 1 and byte_count_problem({"bytes": "9" * 18}) is None
    assert manifest_bytes({"bytes": "9" * 19}) is None and byte_count_problem({"bytes": "9" * 19})
    assert manifest_bytes({"bytes": " 117 "}) == 117 and manifest_bytes({"bytes": "+117"}) is None


@pytest.mark.parametrize("value,said", [("10000", "'10000' is no year"), ("'twenty'", "'twenty' is no year"),
                                        ("0", "'0' is no year"), ("-5", "'-5' is no year"), ("2.5", "'2.5' is no year")])
def test_a_latest_year_that_is_no_year_names_the_file_and_key(tmp_path, value, said):
    root = write_corpus(tmp_path / "c", [("doc-a", "2024-01-02", SAME_MEETING[2])])
    dictionary = tmp_path / "mine.yaml"
    dictionary.write_text(f"engagement:\n  latest_year: {value}\n", encoding="utf-8")
    result = _extract(tmp_path, root, "--dictionary", str(dictionary))
    assert result.exit_code != 0
    assert f"{dictionary}: engagement.latest_year: {said}" in result.output, result.output


def test_years_that_run_backwards_are_named(tmp_path):
    root = write_corpus(tmp_path / "c", [("doc-a", "2024-01-02", SAME_MEETING[2])])
    dictionary = tmp_path / "mine.yaml"
    dictionary.write_text("engagement:\n  earliest_year: 2000\n  latest_year: 1990\n", encoding="utf-8")
    result = _extract(tmp_path, root, "--dictionary", str(dictionary))
    assert result.exit_code != 0 and "1990 is before earliest_year 2000" in result.output, result.output


def test_blank_header_cells_a_spreadsheet_leaves_are_no_columns(tmp_path):
    root = write_corpus(tmp_path / "c", [("doc-a", "2024-01-02", SAME_MEETING[2])])
    _edit(root / "manifest.csv", lambda rows: [row.extend(["", ""]) for row in rows])
    assert repeated_columns(["doc_id", "file", "", " ", ""]) == [] and repeated_columns(["a", "a", ""]) == ["a"]
    assert [r["doc_id"] for r in Corpus(root).manifest()] == ["doc-a"]
    result = _extract(tmp_path, root)
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("basis,codes", [("+", ([], ["published-basis-unknown"])),
                                         ("date-line+", ([], ["published-basis-unknown"])),
                                         ("byline + byline", (["basis-term-repeated"], ["published-basis-unknown"])),
                                         ("byline+url", ([], [])), ("byline+byline", (["basis-term-repeated"], []))])
def test_a_basis_of_empty_terms_is_a_warning_a_repeated_term_an_error(basis, codes):
    errors, warnings = row_problems(Path("m.csv"), 2, {"doc_id": "doc-a", "published_basis": basis}, r"[a-z0-9-]+",
                                    r"(date-line|byline|url)(\+(date-line|byline|url))*")
    assert ([e.code for e in errors], [w.code for w in warnings]) == codes
