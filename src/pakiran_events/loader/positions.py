"""Who held an office on a day, from the `positions` resource (terms of office of participants)."""

from __future__ import annotations

import datetime as dt
import re


def office_holders(on: str | dt.date, office: str | None = None, country: str | None = None, *,
                   to_pandas: bool = False):
    """Terms of office that cover the day `on`.

    Returns a polars DataFrame with the `positions` columns (actor_id, office, country_iso3 as
    String; start, end as Date; source, note as String) plus `name` (the actor's preferred
    name), one row per term in force on that day, filtered to `office` (exact wording, e.g.
    "Chief of Army Staff") and/or `country` (ISO3) when given. An office nobody in the package
    held on that day gives an empty frame. Raises ValueError for a day that is not an ISO date.
    Facts: each row's `source` (a public reference or a corpus doc_id).
    """
    import polars as pl

    from pakiran_events.loader.read import as_requested, load

    try:
        if isinstance(on, dt.datetime):  # a moment is its calendar day (terms are whole days)
            day = on.date()
        elif isinstance(on, dt.date):
            day = on
        elif isinstance(on, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", on):
            day = dt.date.fromisoformat(on)
        else:
            raise ValueError(on)
    except ValueError as exc:
        raise ValueError(f"on={on!r}: give a day as YYYY-MM-DD") from exc
    terms = load("positions")
    hits = terms.filter((pl.col("start") <= day) & (pl.col("end").is_null() | (pl.col("end") >= day)))
    if office is not None:
        hits = hits.filter(pl.col("office") == office)
    if country is not None:
        hits = hits.filter(pl.col("country_iso3") == country)
    names = load("actors").select("actor_id", "name")
    return as_requested(hits.join(names, on="actor_id", how="left").sort("country_iso3", "office", "actor_id"),
                        to_pandas)
