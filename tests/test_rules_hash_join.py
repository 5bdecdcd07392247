"""The evidence rows' records are found by a join on a hash of the record id (rules.py): the
result must be the join on the text's, with the first row of an id given twice, nulls never
matching, and unknown ids left out."""

from __future__ import annotations

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from pakiran_events.validate import rules

ids = st.one_of(st.none(), st.sampled_from(["e-1", "e-2", "e-3", "p/1", "", "e-1 "]))


def _reference(rows: pl.DataFrame, known: pl.DataFrame) -> dict[int, int]:
    first: dict[str, int] = {}
    for rid, row in zip(known["record_id"], known["_row"]):
        if rid is not None and rid not in first:
            first[rid] = row
    return {i: first[rid] for i, rid in zip(rows["_i"], rows["record_id"]) if rid is not None and rid in first}


@settings(max_examples=200, deadline=None)
@given(st.lists(ids, max_size=12), st.lists(ids, max_size=8))
def test_hash_join_is_the_text_join(evidence_ids, record_ids):
    rows = pl.DataFrame({"_i": range(len(evidence_ids)), "record_id": evidence_ids},
                        schema={"_i": pl.UInt32, "record_id": pl.String})
    known = pl.DataFrame({"record_id": record_ids, "_row": range(len(record_ids))},
                         schema={"record_id": pl.String, "_row": pl.UInt32})
    found = rules._hash_joined(rows, known)
    assert dict(zip(found["_i"], found["_row"])) == _reference(rows, known)
    assert found["_i"].n_unique() == found.height  # one record per evidence row


def test_a_hash_collision_falls_back_to_the_text(monkeypatch):
    """Every id hashing alike (a forced collision): the ids compared after the join catch it."""
    monkeypatch.setattr(pl.Expr, "hash", lambda self, *a, **k: pl.lit(7, pl.UInt64))
    rows = pl.DataFrame({"_i": [0, 1, 2], "record_id": ["a", "b", "zz"]}, schema={"_i": pl.UInt32, "record_id": pl.String})
    known = pl.DataFrame({"record_id": ["b"], "_row": [5]}, schema={"record_id": pl.String, "_row": pl.UInt32})
    found = rules._hash_joined(rows, known)
    assert dict(zip(found["_i"], found["_row"])) == {1: 5}
