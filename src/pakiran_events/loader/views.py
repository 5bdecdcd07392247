"""Analysis-ready views built from the published tables: one row per event (`engagements`), one
per engagement (`engagements(roll_up=True)`: a visit with its meetings), one per participant
(`participation`) and one per host-guest pair (`dyads`). The same function builds the view the
package publishes (dataset/data/views/engagements.parquet), so the two cannot drift.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pakiran_events.loader.read import as_requested, flag, load_tables

if TYPE_CHECKING:  # polars is imported by the functions: `import pakiran_events` stays light
    from pathlib import Path

    import polars as pl

    from pakiran_events.loader.read import Frame

Tables = dict[str, "pl.DataFrame"]


VIEW_TABLES = ("events", "participants", "actors", "commitments", "event_sources", "countries")


def with_codes(frame: pl.DataFrame, countries: pl.DataFrame, iso3: str, prefix: str) -> pl.DataFrame:
    """`frame` with {prefix}_ccode and {prefix}_gwcode (COW and Gleditsch-Ward, Int64) for its
    ISO3 column `iso3`, placed right after it (null where the ISO3 is null)."""
    import polars as pl

    codes = countries.select(pl.col("iso3").alias(iso3), pl.col("cow_ccode").alias(f"{prefix}_ccode"),
                             pl.col("gw_code").alias(f"{prefix}_gwcode"))
    out = frame.join(codes, on=iso3, how="left", maintain_order="left")
    order = list(frame.columns)
    at = order.index(iso3) + 1
    return out.select(order[:at] + [f"{prefix}_ccode", f"{prefix}_gwcode"] + order[at:])


def participation_frame(t: Tables) -> pl.DataFrame:
    """See `participation`; `t` holds events, participants, actors and countries."""
    import polars as pl

    events = t["events"].select("event_id", "parent_event_id", "event_type", "date_start", "date_end",
                                pl.col("date_start").dt.year().alias("year"),
                                pl.coalesce("parent_event_id", "event_id").alias("engagement_id"),
                                pl.col("country_iso3").alias("event_country"), "review_status")
    actors = t["actors"].select("actor_id", "name", "actor_type")
    out = (t["participants"].join(actors, on="actor_id", how="left")
           .join(events, on="event_id", how="left")
           .select("engagement_id", "event_id", "event_type", "date_start", "date_end", "year", "actor_id", "name",
                   "actor_type", "title", pl.col("side_iso3").alias("side"), "role", "event_country",
                   "review_status")
           .sort("date_start", "event_id", "role", "actor_id"))
    return with_codes(out, t["countries"], "side", "side")


def lead_frame(people: pl.DataFrame, role: str) -> pl.DataFrame:
    """The lead actor of each event in a role (host or guest): a person before an organisation
    (a delegation, an embassy); then whoever holds that role in the most events of the
    engagement (the visitor of a visit meets everyone); then the first actor_id. Columns:
    event_id, lead_{role} (actor_id), lead_{role}_name."""
    import polars as pl

    chosen = people.filter(pl.col("role") == role)
    reach = chosen.group_by("engagement_id", "actor_id").agg(pl.col("event_id").n_unique().alias("_reach"))
    return (chosen.join(reach, on=["engagement_id", "actor_id"], how="left")
            .sort("event_id", pl.col("actor_type") != "person", pl.col("_reach"), "actor_id",
                  descending=[False, False, True, False])
            .group_by("event_id", maintain_order=True).first()
            .select("event_id", pl.col("actor_id").alias(f"lead_{role}"), pl.col("name").alias(f"lead_{role}_name")))


def engagements_frame(t: Tables) -> pl.DataFrame:
    """One row per event, with its people and commitments as lists, its lead guest and host
    (`lead_frame`) and a short `label` ("lead guest -> lead host", "lead guest -> host country" for a
    visit as a whole, or the participants of a call). `t["event_sources"]` may be a LazyFrame (a
    scan: extract's, which grows with the corpus): only its counts per event are collected."""
    import polars as pl

    people = participation_frame(t)

    def side(role: str) -> pl.DataFrame:
        chosen = people.filter(pl.col("role") == role)
        return chosen.group_by("event_id").agg(
            pl.col("actor_id").alias(f"{role}_actor_ids"), pl.col("name").alias(f"{role}_names"),
            pl.col("title").alias(f"{role}_titles"), pl.col("side").alias(f"{role}_sides"))

    commitments = t["commitments"].sort("commitment_id").group_by("event_id").agg(
        pl.struct("commitment_id", "commitment_type", "modality", "parties").alias("commitments"),
        pl.col("commitment_type").unique().sort().alias("commitment_types"))
    sources = t["event_sources"].group_by("event_id").agg(pl.len().cast(pl.Int64).alias("n_sources"))
    if isinstance(sources, pl.LazyFrame):  # extract's event_sources, a scan of the file its worker wrote
        sources = sources.collect(engine="streaming")
    base = t["events"].select(
        "event_id", "parent_event_id", pl.coalesce("parent_event_id", "event_id").alias("engagement_id"),
        "event_type", "date_start", "date_end", pl.col("date_start").dt.year().alias("year"), "date_precision",
        "place_id", "city", "country_iso3",
        pl.when(pl.col("event_type") == "phone_call").then(None).otherwise(pl.col("country_iso3")).alias("host_side"),
        "latitude", "longitude", "venue", "summary", "review_status")
    out = with_codes(with_codes(base, t["countries"], "country_iso3", "country"), t["countries"], "host_side", "host")
    for frame in (side("host"), side("guest"), side("participant"), lead_frame(people, "guest"),
                  lead_frame(people, "host"), commitments, sources):
        out = out.join(frame, on="event_id", how="left")
    label = (pl.when(pl.col("lead_guest").is_not_null() & pl.col("lead_host").is_not_null())
             .then(pl.concat_str("lead_guest_name", pl.lit(" -> "), "lead_host_name"))
             .when(pl.col("lead_guest").is_not_null() & pl.col("host_side").is_not_null())
             .then(pl.concat_str("lead_guest_name", pl.lit(" -> "), "host_side"))
             .otherwise(pl.col("participant_names").list.join(" - ")))
    return (out.with_columns(pl.col("n_sources").fill_null(0), label.alias("label"))
            .sort("date_start", "event_id"))


def rolled_up_frame(view: pl.DataFrame, t: Tables) -> pl.DataFrame:
    """One row per engagement: a visit with its meetings (or a lone meeting or call)."""
    import polars as pl

    people = participation_frame(t)
    roots = view.filter(pl.col("parent_event_id").is_null()).select(
        "engagement_id", "event_type", "date_start", "date_end", "year", "date_precision", "place_id", "city",
        "country_iso3", "country_ccode", "country_gwcode", "host_side", "host_ccode", "host_gwcode", "summary",
        "review_status", "label")
    meetings = view.group_by("engagement_id").agg(
        (pl.col("event_type") == "meeting").sum().cast(pl.Int64).alias("n_meetings"),
        pl.col("commitments").list.explode(keep_nulls=False, empty_as_null=False).drop_nulls().alias("commitments"),
        pl.col("commitment_types").list.explode(keep_nulls=False, empty_as_null=False).drop_nulls().unique().sort()
        .alias("commitment_types"))
    who = people.group_by("engagement_id").agg(
        pl.col("actor_id").filter(pl.col("role") == "host").unique().sort().alias("host_actor_ids"),
        pl.col("actor_id").filter(pl.col("role") == "guest").unique().sort().alias("guest_actor_ids"),
        pl.col("actor_id").filter(pl.col("role") == "participant").unique().sort().alias("participant_actor_ids"))
    es = t["event_sources"].join(view.select("event_id", "engagement_id"), on="event_id")
    n_sources = es.group_by("engagement_id").agg(pl.col("source_id").n_unique().cast(pl.Int64).alias("n_sources"))
    return (roots.join(meetings, on="engagement_id", how="left").join(who, on="engagement_id", how="left")
            .join(n_sources, on="engagement_id", how="left").sort("date_start", "engagement_id"))


def flat(frame: pl.DataFrame, delimiter: str = "|") -> pl.DataFrame:
    """A view with no nested columns, for CSV, Stata or a spreadsheet: each list of text or
    numbers becomes one string joined by `delimiter` (an empty list an empty string, a missing
    one null); each struct, and each element of a list of structs, becomes JSON text. Other
    columns are unchanged. Raises ValueError when a text value already holds the delimiter."""
    import polars as pl

    out = []
    for name, dtype in frame.schema.items():
        col = pl.col(name)
        if isinstance(dtype, pl.List) and isinstance(dtype.inner, pl.Struct):
            out.append(col.list.eval(pl.element().struct.json_encode()).list.join(delimiter).alias(name))
        elif isinstance(dtype, pl.List):
            if dtype.inner == pl.String and frame[name].explode().str.contains(delimiter, literal=True).any():
                raise ValueError(f"column {name!r} holds a value containing the delimiter {delimiter!r}; choose another")
            out.append(col.list.eval(pl.element().cast(pl.String)).list.join(delimiter).alias(name))
        elif isinstance(dtype, pl.Struct):
            out.append(col.struct.json_encode().alias(name))
        else:
            out.append(col)
    return frame.select(out)


_flat = flat  # engagements() takes a `flat` flag


def engagements(*, roll_up: bool = False, flat: bool = False, to_pandas: bool = False,
                version: str | None = None, package: str | Path | None = None) -> Frame:
    """One row per event (a visit, each meeting, each call), sorted by date_start, event_id.

    Columns: the event's own: event_id, parent_event_id (the visit a meeting belongs to, else
    null), engagement_id (the visit's event_id for a visit and its meetings, else the event's),
    event_type, date_precision, place_id, city, country_iso3 (where it was held), venue,
    summary, review_status (String); date_start, date_end (Date, inclusive); year (Int32, of
    date_start); latitude, longitude (Float64, decimal degrees WGS84, null for a call);
    host_side (String, ISO3 of the country visited: the event's country, null for a call);
    country_ccode, country_gwcode, host_ccode, host_gwcode (Int64, COW and Gleditsch-Ward codes
    of the ISO3 before them). The people by role, each a List(String) in the same order (null
    when nobody had the role): host_actor_ids, host_names, host_titles (title at the time),
    host_sides (ISO3 of the side represented), guest_actor_ids, guest_names, guest_titles,
    guest_sides, participant_actor_ids, participant_names, participant_titles,
    participant_sides. lead_guest, lead_host (String, actor_id: a person before an
    organisation, then who holds the role in most events of the engagement) with
    lead_guest_name, lead_host_name; label (String: "lead guest -> lead host", "lead guest ->
    host country", or the participants of a call joined by " - "). commitments
    (List(Struct: commitment_id, commitment_type, modality: String; parties: List(String) of
    ISO3), null when none), commitment_types (List(String), sorted, distinct) and n_sources
    (Int64, reports that are a source of the event; 0 when none).

    `roll_up=True`: one row per engagement (a visit with its meetings folded in, or a lone
    meeting or call), sorted by date_start, engagement_id: engagement_id, event_type,
    date_start, date_end, year, date_precision, place_id, city, country_iso3, country_ccode,
    country_gwcode, host_side, host_ccode, host_gwcode, summary, review_status, label (the
    root event's), n_meetings (Int64), commitments and commitment_types of all its events,
    host_actor_ids, guest_actor_ids, participant_actor_ids (List(String), sorted, distinct,
    everyone who took part) and n_sources (Int64, distinct reports).

    `flat=True`: each list as one '|'-joined String and each struct as JSON text (see `flat`),
    ready for CSV or Stata; `to_pandas=True` returns pandas. `version=` pins the release and `package=` reads another release's folder or
    datapackage.json, as in `load()`: every table the view needs comes from that release. Source: the published events,
    participants, actors, commitments, event_sources and countries tables (`pe.load`); the file
    published as the view 'engagements' is built by the same function. Raises what `load()`
    raises (FileNotFoundError, IntegrityError, ModuleNotFoundError for to_pandas without the
    `pandas` extra); ValueError from `flat` if a value holds the delimiter; TypeError, before
    anything is read, for a `roll_up`, `flat` or `to_pandas` that is not a bool."""

    for name, value in (("roll_up", roll_up), ("flat", flat), ("to_pandas", to_pandas)):
        flag(name, value)
    t = load_tables(VIEW_TABLES, version=version, package=package)
    view = engagements_frame(t)
    out = rolled_up_frame(view, t) if roll_up else view
    return as_requested(_flat(out) if flat else out, to_pandas)


def participation(*, to_pandas: bool = False, version: str | None = None,
                  package: str | Path | None = None) -> Frame:
    """One row per participant of an event (the long, dyadic-analysis-ready view), sorted by
    date_start, event_id, role, actor_id. Columns: engagement_id, event_id, event_type
    (String); date_start, date_end (Date); year (Int32, of date_start); actor_id, name,
    actor_type ('person' / 'organisation'), title (at the time of the event), side (ISO3 of the
    country the actor represented) (String); side_ccode, side_gwcode (Int64, COW and
    Gleditsch-Ward codes of `side`); role ('host' / 'guest' / 'participant'), event_country (ISO3
    of the event's place, null for a call), review_status (String). Source: the events,
    participants, actors and countries tables. `to_pandas=True` returns pandas. `version=` pins the release and `package=` reads another release's folder or
    datapackage.json, as in `load()`: every table the view needs comes from that release. Raises what
    `load()` raises, and TypeError for a `to_pandas` that is not a bool."""

    flag("to_pandas", to_pandas)
    return as_requested(participation_frame(load_tables(VIEW_TABLES, version=version, package=package)), to_pandas)


def dyads(*, to_pandas: bool = False, version: str | None = None, package: str | Path | None = None) -> Frame:
    """One row per directed guest -> host pair of actors at an event (a guest visits a host),
    sorted by date_start, event_id, guest_actor_id, host_actor_id. Columns: event_id,
    engagement_id, event_type (String); date_start (Date); year (Int32); guest_actor_id,
    guest_side (String, ISO3); guest_ccode, guest_gwcode (Int64); host_actor_id, host_side
    (String, ISO3); host_ccode, host_gwcode (Int64). An event without both a host and a guest
    (a call between participants) gives no row. Source: as `participation()`. `to_pandas=True`
    returns pandas. `version=` pins the release and `package=` reads another release's folder or
    datapackage.json, as in `load()`: every table the view needs comes from that release. Raises what `load()` raises, and TypeError for a `to_pandas` that is not a bool."""
    import polars as pl

    flag("to_pandas", to_pandas)
    people = participation_frame(load_tables(VIEW_TABLES, version=version, package=package))
    hosts = people.filter(pl.col("role") == "host").select("event_id", pl.col("actor_id").alias("host_actor_id"),
                                                            pl.col("side").alias("host_side"),
                                                            pl.col("side_ccode").alias("host_ccode"),
                                                            pl.col("side_gwcode").alias("host_gwcode"))
    guests = people.filter(pl.col("role") == "guest").select("event_id", "engagement_id", "event_type", "date_start",
                                                             "year", pl.col("actor_id").alias("guest_actor_id"),
                                                             pl.col("side").alias("guest_side"),
                                                             pl.col("side_ccode").alias("guest_ccode"),
                                                             pl.col("side_gwcode").alias("guest_gwcode"))
    return as_requested(guests.join(hosts, on="event_id").sort("date_start", "event_id", "guest_actor_id", "host_actor_id"), to_pandas)
