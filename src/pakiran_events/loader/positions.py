"""Who held an office on a day, from the `positions` resource (terms of office of participants)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from pakiran_events.core.cells import ISO_DAY
from pakiran_events.loader.read import as_requested, flag, load_tables

if TYPE_CHECKING:
    from pathlib import Path

    from pakiran_events.loader.read import Frame


def office_holders(on: str | dt.date, office: str | None = None, country: str | None = None, *,
                   to_pandas: bool = False, version: str | None = None, package: str | Path | None = None) -> Frame:
    """Terms of office that cover the day `on` (a date, a datetime's calendar day, or
    'YYYY-MM-DD'), one row per term in force on that day (start <= on <= end, or no end yet),
    sorted by country_iso3, office, actor_id.

    Columns: the `positions` columns actor_id, office, country_iso3 (String, ISO3 of the state
    the office belongs to); start, end (Date, inclusive; end null while the term continues);
    source, note (String), then name (String, the actor's preferred name from `actors`).
    Filtered to `office` (exact wording, e.g. "Chief of Army Staff") and/or `country` (ISO3) when
    given; an office nobody in the package held on that day gives an empty frame.
    `to_pandas=True` returns pandas. `version=` pins the release and `package=` reads another release's folder or
    datapackage.json, as in `load()`: every table the view needs comes from that release.

    Raises ValueError for an `on` that is not a date or YYYY-MM-DD text, TypeError for an
    `office` or `country` that is not a string or a `to_pandas` that is not a bool, and what
    `load()` raises. Facts: each row's `source` (a public reference or a corpus doc_id).
    """
    import polars as pl

    try:
        if isinstance(on, dt.datetime):  # a moment is its calendar day (terms are whole days)
            day = on.date()
        elif isinstance(on, dt.date):
            day = on
        elif isinstance(on, str) and ISO_DAY.fullmatch(on):
            day = dt.date.fromisoformat(on)
        else:
            raise ValueError(on)
    except ValueError as exc:
        raise ValueError(f"on={on!r}: give a day as YYYY-MM-DD") from exc
    for name, value in (("office", office), ("country", country)):
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{name} must be a string or None, not {value!r} ({type(value).__name__})")
    flag("to_pandas", to_pandas)
    t = load_tables(("positions", "actors"), version=version, package=package)
    terms = t["positions"]
    hits = terms.filter((pl.col("start") <= day) & (pl.col("end").is_null() | (pl.col("end") >= day)))
    if office is not None:
        hits = hits.filter(pl.col("office") == office)
    if country is not None:
        hits = hits.filter(pl.col("country_iso3") == country)
    names = t["actors"].select("actor_id", "name")
    return as_requested(hits.join(names, on="actor_id", how="left").sort("country_iso3", "office", "actor_id"),
                        to_pandas)
