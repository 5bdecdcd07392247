"""Manifest cells the check let pass (breaker of round 24): a `bytes` cell that is no byte count, a
`published_basis` naming one basis twice, a header giving one column twice (the csv module keeps the
last silently): each is named (file, row, doc, field, reason), all of them at once, and extract exits
non-zero before reading any text. A `bytes` cell that is not the text's size skips the document, as a
changed sha256 does (tests/test_corpus_input.py: a changed text is skipped, the run goes on).
Made-up corpora only."""

from __future__ import annotations

import csv

import pytest

from extract_fixtures import SAME_MEETING, VISIT_DAY_ONE, VISIT_DAY_TWO, shipped_lexicon, write_corpus
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


def test_a_byte_count_that_is_no_number_and_a_repeated_basis_are_each_named_and_nothing_is_extracted(tmp_path,
                                                                                                    monkeypatch):
    import pakiran_events.extract.run as run

    root = write_corpus(tmp_path / "c", [VISIT_DAY_ONE, VISIT_DAY_TWO, SAME_MEETING])

    def change(rows):
        header = rows[0]
        rows[1][header.index("bytes")] = "-3"
        rows[2][header.index("published_basis")] = "byline+date-line+byline"
        rows[3][header.index("bytes")] = "12kB"

    _rewrite(root / "manifest.csv", change)

    def never(*args, **kwargs):
        raise AssertionError("a text was read before the manifest was checked")

    monkeypatch.setattr(run, "read_corpus", never)
    result = _extract(root, tmp_path / "out")
    assert result.exit_code == 1, result.output
    manifest = root / "manifest.csv"
    assert f"corpus: {manifest} row 2 [{VISIT_DAY_ONE[0]}] field bytes: bad-byte-count: '-3' is not a whole number" \
        in result.output
    assert f"corpus: {manifest} row 3 [{VISIT_DAY_TWO[0]}] field published_basis: basis-term-repeated: " \
           "'byline+date-line+byline' names 'byline' more than once" in result.output
    assert f"corpus: {manifest} row 4 [{SAME_MEETING[0]}] field bytes: bad-byte-count: '12kB' is not a whole number" \
        in result.output
    assert "3 problem(s)" in result.output
    assert not (tmp_path / "out").exists()


def test_a_byte_count_other_than_the_texts_skips_that_document_and_names_it(tmp_path):
    from pakiran_events.extract.run import read_one

    root = write_corpus(tmp_path / "c", [VISIT_DAY_ONE])
    size = len(VISIT_DAY_ONE[2].encode("utf-8"))
    entry = {"doc_id": VISIT_DAY_ONE[0], "file": f"docs/{VISIT_DAY_ONE[0]}.txt", "root": str(root), "bytes": str(size + 1)}
    read, hashes = read_one(entry, shipped_lexicon())
    assert read.problem == f"the text has {size:,} bytes, the manifest's bytes says {size + 1:,} (the text changed, or " \
                           "the row is wrong); not read"
    assert hashes == [] and read.candidates == []
    for cell in (str(size), "", " "):
        read, _ = read_one({**entry, "bytes": cell}, shipped_lexicon())
        assert read.problem is None


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
