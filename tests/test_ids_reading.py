"""The ID guard's readers (curate/ids.py): the released CSVs read with polars and the ledger read
without a dict per row give exactly what csv.DictReader gives, for any text (property tests),
so the guard's verdict cannot depend on which reader ran (behaviour, never time)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from pakiran_events.core.paths import DATA_DIR
from pakiran_events.curate import ids

CELL = st.text(alphabet=st.sampled_from(list('ab ,"\n\r\t1é')), max_size=6)
COLUMNS = ["event_id", "review_status", "absent"]


def _write(tmp_path: Path, text: str) -> None:
    path = tmp_path / DATA_DIR / "events.csv"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))  # as given: no newline translation


def _expected(tmp_path: Path, text: str) -> dict[str, list]:
    """The oracle: the guard's csv reader (`released_column`, row dicts), by column."""
    _write(tmp_path, text)
    rows = ids.released_column(tmp_path, "events", COLUMNS)
    return {c: [r[c] for r in rows] for c in COLUMNS}


def _released(tmp_path: Path, text: str) -> dict[str, list]:
    _write(tmp_path, text)
    return ids.released_values(tmp_path, "events", COLUMNS)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(CELL, min_size=1, max_size=4), min_size=0, max_size=6))
def test_released_values_are_what_csv_reads_for_any_text(tmp_path_factory, rows):
    tmp_path = tmp_path_factory.mktemp("released")
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([["event_id", "review_status"][: max(1, len(rows[0]) if rows else 1)],
                                                    *rows])
    text = out.getvalue()
    assert _released(tmp_path, text) == _expected(tmp_path, text)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ei,"\n\r x')), max_size=40))
def test_released_values_of_raw_text_are_what_csv_reads(tmp_path_factory, text):
    tmp_path = tmp_path_factory.mktemp("raw")
    text = "event_id,review_status\n" + text
    try:
        expected = _expected(tmp_path, text)
    except csv.Error:
        return  # (csv itself refuses it: the guard would fail the same way on either path)
    assert _released(tmp_path, text) == expected


def test_the_package_own_csv_is_read_with_polars_and_keeps_empty_cells_as_text(tmp_path, monkeypatch):
    """The common case takes the polars path (csv is not called) and still gives "" for an empty
    cell (quoted or not) and None for a column the file lacks, as csv does."""
    frame = pl.DataFrame({"event_id": ["E1", "", None], "review_status": ["hand-checked", None, "x,y"]})
    text = frame.write_csv()
    called = []
    monkeypatch.setattr(ids, "_dict_rows", lambda *a: called.append(a) or [])
    assert _released(tmp_path, text) == {"event_id": ["E1", "", ""], "review_status": ["hand-checked", "", "x,y"],
                                         "absent": [None, None, None]}
    assert called == []
    monkeypatch.undo()
    assert _released(tmp_path, text) == _expected(tmp_path, text)


def _ledger(tmp_path: Path, text: str) -> Path:
    path = tmp_path / ids.LEDGER
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))
    return tmp_path


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('id,"\n\rE1 ')), max_size=40),
       st.sampled_from(["id,kind,note\n", "\ufeffid,kind\n", "kind,id,id\n", "kind\n", "", "id,kind,note\nE000001,event,\n", "id\n",
                       "id\nE000001\n"]))
def test_ledger_ids_are_read_ledgers_ids_for_any_text(tmp_path_factory, body, header):
    root = _ledger(tmp_path_factory.mktemp("ledger"), header + body)
    try:
        expected: object = {r["id"] for r in ids.read_ledger(root) or []}
    except (KeyError, csv.Error) as exc:
        expected = type(exc)
    try:
        got: object = ids.ledger_ids(root)
    except (KeyError, csv.Error) as exc:
        got = type(exc)
    assert got == expected


def test_no_ledger_is_none(tmp_path):
    assert ids.ledger_ids(tmp_path) is None


def test_the_ledger_as_new_id_writes_it_is_read_with_polars(tmp_path, monkeypatch):
    root = _ledger(tmp_path, "id,kind,note\nE000001,event,\nC000001,commitment,\"a, b\"\n")
    expected = {r["id"] for r in ids.read_ledger(root) or []}
    monkeypatch.setattr(ids.csv, "reader", lambda *a, **k: (_ for _ in ()).throw(AssertionError("csv used")))
    assert ids.ledger_ids(root) == expected == {"E000001", "C000001"}


def test_a_ledger_of_one_column_is_read_with_polars(tmp_path, monkeypatch):
    """A ledger of ids only (what bench/gen_package.py writes) takes the polars path too."""
    root = _ledger(tmp_path, "id\nC0000001\nE0000001\n")
    expected = {r["id"] for r in ids.read_ledger(root) or []}
    monkeypatch.setattr(ids.csv, "reader", lambda *a, **k: (_ for _ in ()).throw(AssertionError("csv used")))
    assert ids.ledger_ids(root) == expected == {"C0000001", "E0000001"}


@settings(max_examples=60, deadline=None)
@given(st.lists(CELL, min_size=0, max_size=6))
def test_released_values_of_one_column_are_what_csv_reads(tmp_path_factory, cells):
    """One column: an empty cell is an empty line, which csv skips; polars must not be trusted then."""
    tmp_path = tmp_path_factory.mktemp("one")
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([["event_id"], *([c] for c in cells)])
    text = out.getvalue()
    assert _released(tmp_path, text) == _expected(tmp_path, text)
