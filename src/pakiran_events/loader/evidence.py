"""`pe.evidence()`: the sources behind a record, and the quoted words when the texts are at hand.

The package ships offsets and hashes, never source text; quoting needs a corpus folder (the
manifest plus texts). A quote is given only when the local text is byte for byte the one the
offsets were taken from (its sha256 equals the source's recorded `sha256`): offsets into an edited
or re-encoded text would point at other words, so such a text yields no quote and a reason.
Every quote is then checked against its span hash.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from pakiran_events.core.corpus import Corpus, file_sha256, span_sha256
from pakiran_events.loader.read import load

if TYPE_CHECKING:  # polars is imported by the functions: `import pakiran_events` stays light
    import polars as pl

SOURCE_COLUMNS = ["url", "outlet", "title", "published_date"]


def evidence(record_id: str, field: str | None = None, *,
             corpus: str | Path | list[str | Path] | None = None) -> pl.DataFrame:
    """Evidence rows of one record (an event 'E000001', a commitment 'C000001' or a participant
    'E000001/actor-id'), optionally of one field only.

    Returns a polars DataFrame, one row per supporting span, in the published `evidence` order
    (field, source_id, offsets): the `evidence` columns record_table, record_id, field,
    source_id (String); char_start, char_end (Int64, character offsets into the source's decoded
    text, end exclusive); span_sha256 (String, SHA-256 of the span's UTF-8 bytes); joined with
    the source's url, outlet, title (String) and published_date (Date). Source: the published
    evidence and sources tables; the package holds no source text.

    With `corpus` (a folder, or a list of folders kept as one corpus: manifest plus texts) it
    adds:

    - `doc_hash_ok` (Boolean): the local text's sha256 equals the source's recorded sha256;
    - `quote` (String): text[char_start:char_end], null when `doc_hash_ok` is false;
    - `hash_ok` (Boolean): the quote's sha256 equals `span_sha256`, null when there is no quote;
    - `quote_note` (String): why there is no quote (null when there is one).

    Raises TypeError for a record_id (or a field) that is not a string, a `corpus` that is not a
    folder or a list of folders; KeyError for an id (or field) with no evidence, or a source
    missing from the corpus manifest; FileNotFoundError or ValueError from the corpus reader for
    a folder that is not a corpus; and what `load()` raises.
    """
    import polars as pl

    if not isinstance(record_id, str):
        raise TypeError(f"record_id must be a string such as 'E000001', not {type(record_id).__name__}")
    folders = [corpus] if isinstance(corpus, (str, os.PathLike)) else corpus
    if corpus is not None and (not isinstance(folders, (list, tuple)) or not folders
                               or not all(isinstance(f, (str, os.PathLike)) for f in folders)):
        raise TypeError(f"corpus must be a folder or a list of folders, not {corpus!r} ({type(corpus).__name__})")
    if field is not None and not isinstance(field, str):
        raise TypeError(f"field must be a field name such as 'date_start' or None, not {type(field).__name__}")
    rows = load("evidence").filter(pl.col("record_id") == record_id)
    if field is not None:
        rows = rows.filter(pl.col("field") == field)
    if rows.is_empty():
        what = f"{record_id!r}" + (f" field {field!r}" if field is not None else "")
        raise KeyError(f"no evidence for {what}; record ids look like 'E000001', 'C000001' or 'E000001/asim-munir'")
    sources = load("sources").select("source_id", *SOURCE_COLUMNS, pl.col("sha256").alias("_doc_sha256"))
    rows = rows.join(sources, on="source_id", how="left", maintain_order="left")
    if corpus is not None:
        rows = rows.with_columns(_quotes(rows, list(folders or [])))
    return rows.drop("_doc_sha256")


def _quotes(rows: pl.DataFrame, corpus_dirs: list[str | Path]) -> list[pl.Series]:
    import polars as pl

    corpus = Corpus(*corpus_dirs)
    texts: dict[str, tuple[str | None, str | None]] = {}  # doc -> (text, why there is none)
    doc_ok: list[bool | None] = []
    quotes: list[str | None] = []
    ok: list[bool | None] = []
    notes: list[str | None] = []
    for row in rows.iter_rows(named=True):
        doc, recorded = row["source_id"], row["_doc_sha256"]
        if doc not in texts:
            path = corpus.path(doc)
            local = file_sha256(path)
            if local == recorded:
                texts[doc] = (path.read_bytes().decode("utf-8"), None)
            else:
                texts[doc] = (None, f"{path}: its sha256 {local[:12]}... differs from the release's "
                                    f"{(recorded or 'none')[:12]}... (the text changed): offsets would quote other words")
        text, why = texts[doc]
        doc_ok.append(why is None)
        notes.append(why)
        if text is None:
            quotes.append(None)
            ok.append(None)
            continue
        start, end = row["char_start"], row["char_end"]
        quotes.append(text[start:end])
        ok.append(span_sha256(text, start, end) == row["span_sha256"])
    return [pl.Series("doc_hash_ok", doc_ok, dtype=pl.Boolean), pl.Series("quote", quotes, dtype=pl.String),
            pl.Series("hash_ok", ok, dtype=pl.Boolean), pl.Series("quote_note", notes, dtype=pl.String)]
