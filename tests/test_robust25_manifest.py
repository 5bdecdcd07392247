"""Manifest cells the check let pass (breaker of round 24): a `bytes` cell that is not the file's
size, a `published_basis` naming one basis twice, a header giving one column twice (the csv module
keeps the last silently). Each is named (file, row, doc, field, reason), all of them at once, and
extract exits non-zero before reading any text. Made-up corpora only."""

from __future__ import annotations

import csv

import pytest

from extract_fixtures import SAME_MEETING, VISIT_DAY_ONE, VISIT_DAY_TWO, write_corpus
from pakiran_events.core.corpus import Corpus, repeated_columns, row_problems

PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
BASIS = r"^(date-line|byline|url|text)(\+(date-line|byline|url|text))*$"


def _rewrite(manifest, change) -> None:
    with manifest.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    change(rows)
    with manifest.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)


def _extract(corpus, out):
    from click.testing import CliRunner

    from extract_fixtures import write_gazetteer
    from pakiran_events.cli import main

    gazetteer = write_gazetteer(out.parent / "gazetteer")
    return CliRunner().invoke(main, ["extract", "--corpus", str(corpus), "--out", str(out), "--scheduler",
                                     "synchronous", "--no-progress", "--gazetteer", str(gazetteer)])


def test_a_wrong_byte_count_and_a_repeated_basis_are_each_named_and_nothing_is_extracted(tmp_path, monkeypatch):
    import pakiran_events.extract.run as run

    root = write_corpus(tmp_path / "c", [VISIT_DAY_ONE, VISIT_DAY_TWO, SAME_MEETING])
    header = None

    def change(rows):
        nonlocal header
        header = rows[0]
        rows[1][header.index("bytes")] = str(int(rows[1][header.index("bytes")]) + 1)
        rows[2][header.index("published_basis")] = "byline+date-line+byline"
        rows[3][header.index("bytes")] = "12kB"

    _rewrite(root / "manifest.csv", change)

    def never(*args, **kwargs):
        raise AssertionError("a text was read before the manifest was checked")

    monkeypatch.setattr(run, "read_corpus", never)
    result = _extract(root, tmp_path / "out")
    assert result.exit_code == 1, result.output
    manifest = root / "manifest.csv"
    assert f"corpus: {manifest} row 2 [{VISIT_DAY_ONE[0]}] field bytes: byte-count-differs" in result.output
    assert f"corpus: {manifest} row 3 [{VISIT_DAY_TWO[0]}] field published_basis: basis-term-repeated: " \
           "'byline+date-line+byline' names 'byline' more than once" in result.output
    assert f"corpus: {manifest} row 4 [{SAME_MEETING[0]}] field bytes: byte-count-differs: '12kB' is not a whole number" \
        in result.output
    assert "3 problem(s)" in result.output
    assert not (tmp_path / "out").exists()


def test_a_right_byte_count_an_empty_one_and_a_missing_file_are_no_byte_problem(tmp_path):
    root = write_corpus(tmp_path / "c", [VISIT_DAY_ONE])
    (root / "docs" / "gone.txt").write_bytes(b"x")
    row = {"doc_id": "a", "file": f"docs/{VISIT_DAY_ONE[0]}.txt", "root": str(root),
           "bytes": str(len(VISIT_DAY_ONE[2].encode("utf-8")))}
    assert row_problems(root / "manifest.csv", 2, row, PATTERN, BASIS) == ([], [])
    for other in ({"bytes": ""}, {"file": "docs/missing.txt", "bytes": "5"}, {"file": "../outside.txt", "bytes": "5"}):
        assert row_problems(root / "manifest.csv", 2, {**row, **other}, PATTERN, BASIS) == ([], [])
    errors, _ = row_problems(root / "manifest.csv", 2, {**row, "file": "docs/gone.txt"}, PATTERN, BASIS)
    assert [(p.field, p.code) for p in errors] == [("bytes", "byte-count-differs")]


@pytest.mark.parametrize("basis, bad", [("byline+byline", "'byline'"), ("url+text+url+text", "'text', 'url'"),
                                        ("date-line+byline", None), ("text", None)])
def test_a_basis_named_twice_is_an_error_and_distinct_ones_are_not(basis, bad):
    errors, _ = row_problems("m.csv", 2, {"doc_id": "a", "file": "", "published_basis": basis}, PATTERN, BASIS)
    if bad is None:
        assert errors == []
    else:
        assert [p.code for p in errors] == ["basis-term-repeated"] and f"names {bad} more than once" in errors[0].message


def test_a_header_column_given_twice_is_named_with_its_columns_and_no_row_is_read(tmp_path):
    root = write_corpus(tmp_path / "c", [VISIT_DAY_ONE, VISIT_DAY_TWO])
    _rewrite(root / "manifest.csv", lambda rows: [row.append(row[rows[0].index("published")] if k else "published")
                                                   for k, row in enumerate(rows)])
    given = []
    with pytest.raises(ValueError) as err:
        given.extend(Corpus(root).rows())
    assert given == []
    message = str(err.value)
    assert f"{root / 'manifest.csv'} line 1: field 'published' is in the header 2 times (columns 7, 13)" in message


def test_repeated_columns_are_named_once_each_in_header_order():
    assert repeated_columns(["a", "b", "a", "c", "b", "a"]) == ["a", "b"]
    assert repeated_columns(["doc_id", "file"]) == []
