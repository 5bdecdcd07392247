"""Dyad-year panels: the unit of analysis of COW, ATOP and peacesciencer (`create_dyadyears()`),
so the package's events merge with them on (ccode1, ccode2, year) or (gwcode1, gwcode2, year).

Unit and zero-filling: one row per dyad and calendar year, for every dyad of sides that meet in
the package and every year from the first to the last event's year, whether or not anything
happened that year (counts are then 0, never missing). An event counts in the year of its
`date_start`, so an event known only as a range over several years (a committee session "between
1994 and 2013") counts in its first year unless `multi_year="skip"` leaves such events out.
Country codes come from the `countries` table (COW State System v2016 and Gleditsch-Ward
numbers beside ISO3).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pakiran_events.loader.read import as_requested, choice, flag, load_tables

if TYPE_CHECKING:
    from pathlib import Path

    import polars as pl

    from pakiran_events.loader.read import Frame
    from pakiran_events.loader.views import Tables

EVENT_COUNTS = {"visit": "n_visits", "meeting": "n_meetings", "phone_call": "n_calls", "other": "n_other_events"}
MULTI_YEAR = ("start", "skip")
SYSTEMS = {"cow": ("ccode", "cow_ccode"), "gw": ("gwcode", "gw_code"), "iso3": ("iso3", "iso3")}


def event_directions(t: Tables) -> pl.DataFrame:
    """Each event as the ordered pairs of sides it joins: (side1 -> side2) is a guest's side
    towards the host side (the country visited: a host's side, else the event's country) for a
    visit or a meeting; an event with no guest and host (a call) joins each pair of its sides
    both ways. Columns: event_id, event_type, year (Int32), side1_iso3, side2_iso3."""
    import polars as pl

    events = t["events"].select("event_id", "event_type", pl.col("date_start").dt.year().alias("year"),
                                pl.when(pl.col("event_type") == "phone_call").then(None)
                                .otherwise(pl.col("country_iso3")).alias("_host_side"))
    people = t["participants"].select("event_id", "side_iso3", "role").unique()
    guests = people.filter(pl.col("role") == "guest").select("event_id", pl.col("side_iso3").alias("side1_iso3"))
    hosted = (guests.join(events.select("event_id", pl.col("_host_side").alias("side2_iso3")), on="event_id")
              .filter(pl.col("side2_iso3").is_not_null() & (pl.col("side1_iso3") != pl.col("side2_iso3"))))
    sides = people.select("event_id", "side_iso3").unique()
    others = (sides.join(sides, on="event_id", suffix="_2")
              .filter(pl.col("side_iso3") != pl.col("side_iso3_2"))
              .filter(~pl.col("event_id").is_in(hosted["event_id"].implode()))
              .select("event_id", pl.col("side_iso3").alias("side1_iso3"), pl.col("side_iso3_2").alias("side2_iso3")))
    pairs = pl.concat([hosted, others]).unique()
    return events.drop("_host_side").join(pairs, on="event_id").sort("event_id", "side1_iso3", "side2_iso3")


def commitment_columns(codebook: pl.DataFrame) -> list[tuple[str, str, str]]:
    """(column, commitment_type, modality) for every pair of terms in the codebook, so the
    panel has the same columns whatever a release holds: '{type}__{modality}'."""
    import polars as pl

    def terms(field: str) -> list[str]:
        return codebook.filter((pl.col("resource") == "commitments") & (pl.col("field") == field))["term"].to_list()

    return [(f"{ct}__{m}", ct, m) for ct in terms("commitment_type") for m in terms("modality")]


def _check_arguments(directed: object, by: object, multi_year: object) -> None:
    """TypeError for a `directed` that is not a bool ('yes' would read as True); ValueError
    (TypeError for a non-string) for a `by` or `multi_year` outside their choices."""
    flag("directed", directed)
    choice("by", by, tuple(SYSTEMS), "the code the dyad is keyed on")
    choice("multi_year", multi_year, MULTI_YEAR, "how an event whose dates span several calendar years is counted")


def dyad_years_frame(t: Tables, directed: bool = False, by: str = "cow", multi_year: str = "start") -> pl.DataFrame:
    """See `dyad_years`; `t` holds events, participants, commitments, countries, codebook."""
    import polars as pl

    _check_arguments(directed, by, multi_year)
    if multi_year == "skip":  # left out of the counts and of the year span alike
        spans = pl.col("date_start").dt.year() != pl.col("date_end").dt.year()
        t = {**t, "events": t["events"].filter(~spans)}
    moves = event_directions(t)
    if not directed:  # one unordered pair, side1 the smaller code (as peacesciencer does)
        codes = dict(zip(t["countries"]["iso3"], t["countries"][SYSTEMS[by][1]]))
        first = pl.col("side1_iso3").replace_strict(codes, default=None) <= pl.col("side2_iso3").replace_strict(codes, default=None)
        moves = moves.select("event_id", "event_type", "year",
                             pl.when(first).then("side1_iso3").otherwise("side2_iso3").alias("a"),
                             pl.when(first).then("side2_iso3").otherwise("side1_iso3").alias("b")
                             ).rename({"a": "side1_iso3", "b": "side2_iso3"}).unique()
    dyads = moves.select("side1_iso3", "side2_iso3").unique()
    years = t["events"]["date_start"].dt.year().to_list()  # Int32, never null (date_start is required)
    # no event left (every one spans several years and multi_year="skip", or none at all): no year
    span = pl.DataFrame({"year": pl.int_range(min(years), max(years) + 1, eager=True) if years else []},
                        schema={"year": pl.Int32})
    panel = dyads.join(span, how="cross")
    keys = ["side1_iso3", "side2_iso3", "year"]
    counts = moves.group_by(keys).agg(
        [(pl.col("event_type") == kind).sum().cast(pl.Int64).alias(col) for kind, col in EVENT_COUNTS.items()])
    columns = commitment_columns(t["codebook"])
    # commitments are not tied to who travelled: an event's commitments count for each of its
    # dyads (directed: each order, and only where side 1 is among the parties)
    both = pl.concat([moves.select("event_id", "year", "side1_iso3", "side2_iso3"),
                      moves.select("event_id", "year", pl.col("side2_iso3").alias("side1_iso3"),
                                   pl.col("side1_iso3").alias("side2_iso3"))])
    at = (both if directed else moves.select("event_id", "year", "side1_iso3", "side2_iso3")).unique()
    made = t["commitments"].select("event_id", "commitment_type", "modality", "parties").join(at, on="event_id")
    if directed:
        made = made.filter(pl.col("parties").list.contains(pl.col("side1_iso3")))
    made = made.group_by(keys).agg(
        pl.len().cast(pl.Int64).alias("n_commitments"),
        *[((pl.col("commitment_type") == ct) & (pl.col("modality") == m)).sum().cast(pl.Int64).alias(col)
          for col, ct, m in columns])
    out = panel.join(counts, on=keys, how="left").join(made, on=keys, how="left")
    count_cols = list(EVENT_COUNTS.values()) + ["n_commitments"] + [c for c, _, _ in columns]
    out = out.with_columns(pl.col(c).fill_null(0) for c in count_cols)
    countries = t["countries"].select("iso3", "cow_ccode", "gw_code")
    for n in ("1", "2"):
        out = out.join(countries.rename({"iso3": f"side{n}_iso3", "cow_ccode": f"ccode{n}", "gw_code": f"gwcode{n}"}),
                       on=f"side{n}_iso3", how="left")
    lead = {"cow": ["ccode1", "ccode2"], "gw": ["gwcode1", "gwcode2"], "iso3": ["side1_iso3", "side2_iso3"]}[by]
    ids = lead + ["year"] + [c for c in ("ccode1", "ccode2", "gwcode1", "gwcode2", "side1_iso3", "side2_iso3") if c not in lead]
    return out.select(*ids, *count_cols).sort(lead + ["year"])


def dyad_years(*, directed: bool = False, by: str = "cow", multi_year: str = "start",
               to_pandas: bool = False, version: str | None = None, package: str | Path | None = None) -> Frame:
    """One row per dyad-year over the package's coverage years (every calendar year from the
    first event's to the last's), zero-filled: the frame a peacesciencer `create_dyadyears()`
    (or COW/ATOP) user merges directly.

    - `by`: the code the dyad is keyed on and sorted by: 'cow' (ccode1, ccode2, year), 'gw'
      (gwcode1, gwcode2, year) or 'iso3' (side1_iso3, side2_iso3, year); those three come first,
      then the other two pairs, in the order ccode1, ccode2, gwcode1, gwcode2, side1_iso3,
      side2_iso3 (codes Int64: COW and Gleditsch-Ward numbers; ISO3 String; year Int32).
    - `directed=False`: one row per unordered pair a year, side 1 the smaller code; every event
      between the two counts. `directed=True`: both orders; a visit or a meeting counts for
      guest side -> host side, an event with no guest and host (a call) both ways; a
      commitment counts in each order whose side 1 is among its `parties`.
    - Counts (Int64, 0 when nothing happened): n_visits, n_meetings, n_calls, n_other_events
      (events by `event_type`; meetings during a visit count as meetings, the visit once),
      n_commitments, and '{commitment_type}__{modality}' for every pair of codebook terms.
    - `multi_year`: how an event whose `date_start` and `date_end` lie in different calendar
      years (a range-dated event, e.g. a session known only as "between 1994 and 2013") is
      counted: 'start' (the default) counts it in the year of `date_start`, as every event;
      'skip' leaves it out of every count (and out of the panel's year span); with no event
      left, the panel is empty (no rows, the same columns).

    `to_pandas=True` returns pandas. `version=` pins the release and `package=` reads another release's folder or
    datapackage.json, as in `load()`: every table the view needs comes from that release. Raises ValueError for an unknown `by` or `multi_year`,
    TypeError for a `directed` or `to_pandas` that is not a bool (or a `by`/`multi_year` that is
    not a string), before anything is read; and what `load()` raises. Source: the events, participants and commitments tables; codes from the countries
    table; the commitment columns from the codebook's terms.
    """

    _check_arguments(directed, by, multi_year)
    flag("to_pandas", to_pandas)
    t = load_tables(("events", "participants", "commitments", "countries", "codebook"), version=version, package=package)
    return as_requested(dyad_years_frame(t, directed=directed, by=by, multi_year=multi_year), to_pandas)
