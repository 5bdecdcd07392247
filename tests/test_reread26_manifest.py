"""Round 26's re-read of round 25: extract and import-sources read a manifest row's `published` cell by
one rule (core.corpus.published_read), and the registry checks a row's byte count as extract does (a
text whose size differs from its row is no text the row describes). Texts are the fixtures' own."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract_fixtures import SAME_MEETING, write_corpus
from pakiran_events.core.corpus import Corpus, checked_rows, published_problem, published_read
from pakiran_events.curate.registry import registry_rows

DAYS = (dt.date(1947, 1, 1), dt.date(2099, 12, 31))
LAST = dt.date(2026, 12, 2)
CELLS = ["", "2024-01-02", "1900-05-05", "9999-12-31", "2027-03-01", "20240102", "soon", " 2024-01-02 "]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cells=st.lists(st.sampled_from(CELLS), min_size=1, max_size=5))
def test_extract_and_import_sources_read_a_published_cell_alike(tmp_path_factory, cells):
    root = write_corpus(tmp_path_factory.mktemp("c"), [(f"doc-{n}", cell, SAME_MEETING[2]) for n, cell in enumerate(cells)])
    streamed = {r["doc_id"]: r for r in checked_rows(Corpus(root), r"[a-z0-9]+(-[a-z0-9]+)*", None, [], [], DAYS, LAST)}
    warnings: list = []
    registered = {r["source_id"]: r for r in registry_rows(Corpus(root), warnings, DAYS, LAST)}
    assert set(streamed) == set(registered)
    for doc, row in streamed.items():
        assert (row["published"], row["published_basis"]) == \
            (registered[doc]["published_date"], registered[doc]["published_basis"]), doc
    assert [w.code for w in warnings] == [found[0] for cell in cells
                                          if (found := published_problem({"published": cell}, DAYS, LAST))]


@pytest.mark.parametrize("cell,kept", [("1900-05-05", ("", "")), ("soon", ("", "")),  # its basis too since round 27 (no date kept, no basis)
                                       ("2027-03-01", ("2027-03-01", "date-line")), ("", ("", ""))])
def test_the_one_rule_of_a_published_cell(cell, kept):
    row = {"published": cell, "published_basis": "date-line" if cell else ""}
    found = published_problem(row, DAYS, LAST)
    read = published_read(row, found[0] if found else None)
    assert (read["published"], read["published_basis"]) == kept


def test_import_sources_refuses_a_row_whose_byte_count_is_not_the_files(tmp_path):
    root = write_corpus(tmp_path / "c", [("doc-a", "2024-01-02", SAME_MEETING[2]), ("doc-b", "", SAME_MEETING[2])])
    manifest = root / "manifest.csv"
    rows = list(csv.reader(manifest.open(encoding="utf-8", newline="")))
    size = rows[1][9]
    rows[1][9] = str(int(size) + 3)
    with manifest.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    with pytest.raises(ValueError, match=rf"doc-a\.txt: {size} bytes, the manifest says '{int(size) + 3}'"):
        registry_rows(Corpus(root))
