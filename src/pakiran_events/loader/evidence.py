"""`pe.evidence()`: the sources behind a record, and the quoted words when the texts are at hand.

The package ships offsets and hashes, never source text; quoting needs a corpus folder (the
manifest plus texts). Every quote is checked against its recorded hash before it is returned.
"""

from __future__ import annotations

from pathlib import Path

SOURCE_COLUMNS = ["url", "outlet", "title", "published_date"]


def evidence(record_id: str, field: str | None = None, *, corpus: str | Path | list | None = None):
    """Evidence rows of one record (an event, commitment or 'E000001/actor-id' participant).

    Returns a polars DataFrame with the record's table and field, the source (id, url, outlet,
    title, published date), offsets and span hash; with `corpus` (a folder, or a list of folders
    kept as one corpus), also `quote` (the span's text)
    and `hash_ok`. Raises KeyError for an id that has no evidence.
    """
    import polars as pl

    from pakiran_events.loader.read import load

    if not isinstance(record_id, str):
        raise TypeError(f"record_id must be a string such as 'E000001', not {type(record_id).__name__}")
    rows = load("evidence").filter(pl.col("record_id") == record_id)
    if field is not None:
        rows = rows.filter(pl.col("field") == field)
    if rows.is_empty():
        what = f"{record_id!r}" + (f" field {field!r}" if field is not None else "")
        raise KeyError(f"no evidence for {what}; record ids look like 'E000001', 'C000001' or 'E000001/asim-munir'")
    sources = load("sources").select("source_id", *SOURCE_COLUMNS)
    rows = rows.join(sources, on="source_id", how="left", maintain_order="left")
    if corpus is not None:
        rows = rows.with_columns(_quotes(rows, [corpus] if isinstance(corpus, (str, Path)) else list(corpus)))
    return rows


def _quotes(rows, corpus_dirs: list):
    import polars as pl

    from pakiran_events.core.corpus import Corpus, span_sha256

    corpus = Corpus(*corpus_dirs)
    texts: dict[str, str] = {}
    quotes, ok = [], []
    for row in rows.iter_rows(named=True):
        doc = row["source_id"]
        if doc not in texts:
            texts[doc] = corpus.text(doc)
        text, start, end = texts[doc], row["char_start"], row["char_end"]
        quotes.append(text[start:end])
        ok.append(span_sha256(text, start, end) == row["span_sha256"])
    return [pl.Series("quote", quotes, dtype=pl.String), pl.Series("hash_ok", ok, dtype=pl.Boolean)]
