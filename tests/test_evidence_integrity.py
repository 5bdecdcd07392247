"""Evidence refuses to lie: a local text whose sha256 differs from the release's gives no quote
(and says why), never words shifted by an edit (issue 14, item 7)."""

from __future__ import annotations

import csv
import hashlib
import shutil

import polars as pl

import pakiran_events as pe


def _edited_copy(corpus_dir, tmp_path, doc_id: str, fix_manifest: bool):
    """A copy of the corpus where one text gains two leading characters (every offset shifts)."""
    dst = tmp_path / "corpus"
    shutil.copytree(corpus_dir, dst)
    with (dst / "manifest.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    row = next(r for r in rows if r["doc_id"] == doc_id)
    path = dst / row["file"]
    data = b"* " + path.read_bytes()
    path.write_bytes(data)
    if fix_manifest:  # the local manifest agrees with its edited text; the release does not
        row["sha256"] = hashlib.sha256(data).hexdigest()
        with (dst / "manifest.csv").open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    return dst


def test_an_edited_text_gives_no_quote_and_says_why(corpus_dir, tmp_path):
    clean = pe.evidence("E000002", "venue", corpus=corpus_dir)
    assert clean["doc_hash_ok"].all() and clean["hash_ok"].all() and clean["quote_note"].is_null().all()
    doc = clean["source_id"][0]
    for fix_manifest in (False, True):
        edited = _edited_copy(corpus_dir, tmp_path / str(fix_manifest), doc, fix_manifest)
        rows = pe.evidence("E000002", "venue", corpus=edited)
        bad = rows.filter(pl.col("source_id") == doc)
        assert bad.height > 0
        assert (~bad["doc_hash_ok"]).all() and bad["quote"].is_null().all() and bad["hash_ok"].is_null().all()
        assert all("differs from the release" in n for n in bad["quote_note"])
        good = rows.filter(pl.col("source_id") != doc)
        assert good["doc_hash_ok"].all() and good["quote"].is_not_null().all()
