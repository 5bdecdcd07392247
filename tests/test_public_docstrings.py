"""Public docstrings give the shape of what they return (issue 12, item 7): every column a
public function returns is named in its docstring with its dtype, and every public function
says what it raises. A column added to a view without a word in its docstring fails here."""

from __future__ import annotations

import re

import polars as pl
import pytest

import pakiran_events as pe

# (label, the function whose docstring documents the frame, how to call it)
FRAMES = [
    ("engagements", pe.engagements, lambda: pe.engagements()),
    ("engagements(roll_up)", pe.engagements, lambda: pe.engagements(roll_up=True)),
    ("engagements(flat)", pe.engagements, lambda: pe.engagements(flat=True)),
    ("participation", pe.participation, lambda: pe.participation()),
    ("dyads", pe.dyads, lambda: pe.dyads()),
    ("dyad_years", pe.dyad_years, lambda: pe.dyad_years()),
    ("dyad_years(directed, iso3)", pe.dyad_years, lambda: pe.dyad_years(directed=True, by="iso3")),
    ("event_codes", pe.event_codes, lambda: pe.event_codes()),
    ("office_holders", pe.office_holders, lambda: pe.office_holders("2024-04-22")),
    ("evidence", pe.evidence, lambda: pe.evidence("E000002")),
]


def _dtype_word(dtype: pl.DataType) -> str:
    """The name a docstring uses for a column's dtype: 'List' and 'Struct' for nested ones."""
    return str(dtype).split("(")[0]


def _commitment_pair(column: str) -> bool:
    """A dyad-year count column '{commitment_type}__{modality}' of two codebook terms."""
    codebook = pe.load("codebook").filter(pl.col("resource") == "commitments")
    kind, sep, modality = column.partition("__")
    terms = {f: set(codebook.filter(pl.col("field") == f)["term"]) for f in ("commitment_type", "modality")}
    return bool(sep) and kind in terms["commitment_type"] and modality in terms["modality"]


def _undocumented(frame: pl.DataFrame, doc: str) -> list[str]:
    missing = []
    for column, dtype in frame.schema.items():
        if _commitment_pair(column):
            named = "'{commitment_type}__{modality}'" in doc
        else:
            named = re.search(rf"(?<![\w{{]){re.escape(column)}(?!\w)", doc) is not None
        if not named or _dtype_word(dtype) not in doc:
            missing.append(f"{column} ({dtype})")
    return missing


@pytest.mark.parametrize("label,fn,call", FRAMES, ids=[f[0] for f in FRAMES])
def test_each_frame_docstring_names_every_column_with_its_dtype(label, fn, call):
    frame = call()
    assert frame.height > 0, f"pe.{label} returned no rows: nothing to check the docstring against"
    assert _undocumented(frame, fn.__doc__ or "") == [], f"pe.{label}() does not document these columns"


def test_evidence_with_a_corpus_documents_the_columns_it_adds(corpus_dirs):
    frame = pe.evidence("E000002", corpus=corpus_dirs)
    assert {"doc_hash_ok", "quote", "hash_ok", "quote_note"} <= set(frame.columns)
    assert _undocumented(frame, pe.evidence.__doc__ or "") == []


def test_the_check_catches_a_column_left_out():
    """The check above can fail: a docstring without one of the columns is caught."""
    frame = pe.dyads()
    doc = (pe.dyads.__doc__ or "").replace("guest_gwcode", "guest_code")
    assert _undocumented(frame, doc) == ["guest_gwcode (Int64)"]


@pytest.mark.parametrize("name", [n for n in pe.__all__ if callable(getattr(pe, n))])
def test_every_public_function_says_what_it_raises(name):
    doc = getattr(pe, name).__doc__ or ""
    assert re.search(r"\braises?\b", doc, re.I), f"pe.{name}'s docstring does not say what it raises"
