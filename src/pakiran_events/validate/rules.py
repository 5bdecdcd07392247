"""Cross-table rules, run as Pandera checks on a resource widened with joined columns.

Each rule returns the checked resource (same rows, same order) with helper columns added,
and the checks to run on it; failures therefore point at the checked resource's rows.
Foreign keys are derived from the Table Schemas' foreignKeys.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import pandera.polars as pa
import polars as pl

from pakiran_events.core.schema import TableSchema, evidenced_tables

Tables = dict[str, pl.DataFrame]


@dataclass(frozen=True)
class Rule:
    resource: str
    field: str | None
    code: str
    message: str
    widen: Callable[[Tables], pl.DataFrame]  # the resource with an "ok" column
    # rows where "ok" is false fail


def _key_exists(left: pl.DataFrame, cols: list[str], right: pl.DataFrame, ref_cols: list[str]) -> pl.DataFrame:
    """`left` plus ok = (some fk column is null) or the referenced key exists."""
    keys = right.select([pl.col(r).alias(c) for c, r in zip(cols, ref_cols)]).unique().with_columns(
        pl.lit(True).alias("_found"))
    joined = left.join(keys, on=cols, how="left", maintain_order="left", nulls_equal=False)
    any_null = pl.any_horizontal([pl.col(c).is_null() for c in cols])
    return joined.with_columns((any_null | pl.col("_found").fill_null(False)).alias("ok"))


def foreign_key_rules(schemas: dict[str, TableSchema]) -> list[Rule]:
    rules = []
    for name, schema in schemas.items():
        for fk in schema.foreign_keys:
            cols = fk["fields"] if isinstance(fk["fields"], list) else [fk["fields"]]
            ref = fk["reference"]
            target = ref.get("resource") or name
            ref_cols = ref["fields"] if isinstance(ref["fields"], list) else [ref["fields"]]
            rules.append(Rule(
                name, ",".join(cols), "foreign-key",
                f"no {target} row has {'/'.join(ref_cols)} equal to this value",
                lambda t, n=name, c=cols, tg=target, rc=ref_cols: _key_exists(t[n], c, t[tg], rc),
            ))
    return rules


def _evidence_record_resolves(t: Tables, schemas: dict[str, TableSchema]) -> pl.DataFrame:
    """Each evidence row's record exists: a join per record table on record_id alone (one string
    column; the record ids come from the memo the missing-evidence rules share)."""
    found = pl.lit(False)
    evidence = t["evidence"]
    for name in evidenced_tables(schemas):
        flag = f"_in_{name}"
        known = _review_status_of(t, name, schemas).select(pl.col("_record_id").alias("record_id")).unique()
        evidence = evidence.join(known.with_columns(pl.lit(True).alias(flag)), on="record_id", how="left",
                                 maintain_order="left")
        found = found | ((pl.col("record_table") == name) & pl.col(flag).fill_null(False))
    return evidence.with_columns(found.alias("ok"))


def _span_inside_source(t: Tables) -> pl.DataFrame:
    lengths = t["sources"].select("source_id", "char_length")
    joined = t["evidence"].join(lengths, on="source_id", how="left", maintain_order="left")
    return joined.with_columns(
        (pl.col("char_length").is_null() | (pl.col("char_end") <= pl.col("char_length"))).alias("ok"))


def _visit_spans_meeting(t: Tables) -> pl.DataFrame:
    parents = t["events"].select(
        pl.col("event_id").alias("parent_event_id"), pl.col("event_type").alias("_ptype"),
        pl.col("date_start").alias("_pstart"), pl.col("date_end").alias("_pend"))
    joined = t["events"].join(parents, on="parent_event_id", how="left", maintain_order="left")
    inside = ((pl.col("_ptype") == "visit") & (pl.col("date_start") >= pl.col("_pstart"))
              & (pl.col("date_end") <= pl.col("_pend")))
    return joined.with_columns((pl.col("_ptype").is_null() | inside).alias("ok"))


def _event_has_source(t: Tables) -> pl.DataFrame:
    linked = t["event_sources"].select("event_id").unique().with_columns(pl.lit(True).alias("_found"))
    joined = t["events"].join(linked, on="event_id", how="left", maintain_order="left")
    return joined.with_columns(pl.col("_found").fill_null(False).alias("ok"))


def _place_copied(t: Tables, schemas: dict[str, TableSchema]) -> pl.DataFrame:
    from pakiran_events.core.derive import COUNTRY_LEVEL, place_copies

    PLACE_COPIES = place_copies(schemas)  # the events schema's derivedFrom: the one statement of what is copied

    places = t["places"].select(
        "place_id", pl.lit(True).alias("_place_found"),
        *[pl.col(src).alias(f"_{dst}") for dst, src in PLACE_COPIES.items()],
        pl.col("coordinate_precision").alias("_precision"))
    places = places.with_columns([
        pl.when(pl.col("_precision") == COUNTRY_LEVEL).then(None).otherwise(pl.col(f"_{dst}")).alias(f"_{dst}")
        for dst, src in PLACE_COPIES.items() if src == "name"])
    joined = t["events"].join(places, on="place_id", how="left", maintain_order="left")
    same = pl.all_horizontal([pl.col(dst).eq_missing(pl.col(f"_{dst}")) for dst in PLACE_COPIES])
    no_place = pl.col("place_id").is_null() & pl.all_horizontal([pl.col(dst).is_null() for dst in PLACE_COPIES])
    # an unknown place_id is the foreign-key rule's to report
    unknown = pl.col("place_id").is_not_null() & pl.col("_place_found").is_null()
    return joined.with_columns((unknown | no_place | (pl.col("place_id").is_not_null() & same)).alias("ok"))


def _engagements(t: Tables) -> pl.DataFrame:
    """event_id -> the engagement it belongs to: a meeting's visit, else the event itself."""
    return t["events"].select("event_id", pl.coalesce("parent_event_id", "event_id").alias("_engagement"))


def _title_consistent(t: Tables) -> pl.DataFrame:
    """A person holds one title throughout an engagement (a visit and its meetings). An
    organisation's title says which of its unnamed officials attended, and may differ."""
    kinds = t["actors"].select("actor_id", pl.col("actor_type").alias("_kind"))
    people = (t["participants"].join(_engagements(t), on="event_id", how="left", maintain_order="left")
              .join(kinds, on="actor_id", how="left", maintain_order="left"))
    titles = (people.filter(pl.col("_kind") == "person").group_by("_engagement", "actor_id")
              .agg(pl.col("title").n_unique().alias("_titles")))
    joined = people.join(titles, on=["_engagement", "actor_id"], how="left", maintain_order="left")
    return joined.with_columns((pl.col("_titles").is_null() | (pl.col("_titles") <= 1)).alias("ok"))


def _title_held(t: Tables) -> pl.DataFrame:
    """A hand-checked person's title is an office the positions table says they held, for the side
    they represented, at some time within the event's dates (a month-precision event may fall before
    or after an appointment that month). A title may add a rank in brackets to the office
    ("Chief of Army Staff (Field Marshal)")."""
    kinds = t["actors"].select("actor_id", pl.col("actor_type").alias("_kind"))
    events = t["events"].select("event_id", pl.col("date_start").alias("_day"), pl.col("date_end").alias("_last"),
                                pl.col("review_status").alias("_status"))
    people = (t["participants"].with_row_index("_row")
              .join(events, on="event_id", how="left", maintain_order="left")
              .join(kinds, on="actor_id", how="left", maintain_order="left"))
    if "positions" not in t:
        return people.with_columns(pl.lit(True).alias("ok"))
    terms = t["positions"].select("actor_id", pl.col("office").alias("_office"), pl.col("country_iso3").alias("_side"),
                                  pl.col("start").alias("_from"), pl.col("end").alias("_to"))
    candidates = people.select("_row", "actor_id", "title", "side_iso3", "_day", "_last").join(
        terms, on="actor_id", how="inner")
    held = candidates.filter(
        ((pl.col("title") == pl.col("_office")) | pl.col("title").str.starts_with(pl.col("_office") + " ("))
        & (pl.col("side_iso3") == pl.col("_side")) & (pl.col("_from") <= pl.col("_last"))
        & (pl.col("_to").is_null() | (pl.col("_to") >= pl.col("_day")))
    ).select("_row").unique().with_columns(pl.lit(True).alias("_held"))
    joined = people.join(held, on="_row", how="left", maintain_order="left")
    exempt = (pl.col("_kind") != "person") | (pl.col("_status") != "hand-checked") | pl.col("title").is_null()
    return joined.with_columns((exempt | pl.col("_held").fill_null(False)).alias("ok"))


def _host_on_home_ground(t: Tables) -> pl.DataFrame:
    """A host represents the country where the event happens; a guest does not."""
    countries = t["events"].select("event_id", pl.col("country_iso3").alias("_event_country"))
    joined = t["participants"].join(countries, on="event_id", how="left", maintain_order="left")
    home = pl.col("side_iso3") == pl.col("_event_country")
    ok = (pl.col("_event_country").is_null() | (pl.col("role") == "participant")
          | ((pl.col("role") == "host") & home) | ((pl.col("role") == "guest") & ~home))
    return joined.with_columns(ok.alias("ok"))


def _parties_took_part(t: Tables) -> pl.DataFrame:
    """Every party of a commitment is a side represented in the engagement it was made at."""
    engagement = _engagements(t)
    sides = (t["participants"].join(engagement, on="event_id", how="inner")
             .select("_engagement", pl.col("side_iso3").alias("_party")).unique()
             .with_columns(pl.lit(True).alias("_present")))
    rows = t["commitments"].with_row_index("_row").join(engagement, on="event_id", how="left", maintain_order="left")
    exploded = (rows.select("_row", "_engagement", pl.col("parties").alias("_party"))
                .explode("_party").join(sides, on=["_engagement", "_party"], how="left"))
    found = exploded.group_by("_row").agg(pl.col("_present").fill_null(False).all().alias("ok"))
    return rows.join(found, on="_row", how="left", maintain_order="left")


_MEMO: dict[tuple, tuple] = {}  # (what, table name, id of its frame) -> (the frame, the result)


def _memo(what: str, frame: pl.DataFrame, name: str, compute: Callable[[], pl.DataFrame]) -> pl.DataFrame:
    """Compute once per run what several rules share (a run passes the same frames to each
    rule); the frame itself is kept with the result, so its id cannot be reused meanwhile."""
    key = (what, name, id(frame))
    hit = _MEMO.get(key)
    if hit is None or hit[0] is not frame:
        if len(_MEMO) > 64:
            _MEMO.clear()
        hit = _MEMO[key] = (frame, compute())
    return hit[1]


def _review_status_of(t: Tables, name: str, schemas: dict[str, TableSchema]) -> pl.DataFrame:
    """The resource with its record_id and the review_status of its event (once per run)."""
    from pakiran_events.core.tables import record_ids

    def compute() -> pl.DataFrame:
        frame = t[name].with_columns(record_ids(t[name], schemas[name]).alias("_record_id"))
        if "review_status" in frame.columns:
            return frame.with_columns(pl.col("review_status").alias("_status"))
        status = t["events"].select("event_id", pl.col("review_status").alias("_status"))
        return frame.join(status, on="event_id", how="left", maintain_order="left")

    return _memo("status", t[name], name, compute)


def _evidenced_fields(t: Tables, name: str, schemas: dict[str, TableSchema]) -> pl.DataFrame:
    """One row per record of `name` with a boolean column per evidenced field: whether any
    evidence row supports it. The evidence table is read once for all missing-evidence rules."""
    def compute() -> pl.DataFrame:
        fields = schemas[name].fields_needing_evidence()
        cited = (t["evidence"].lazy().filter(pl.col("record_table") == name)
                 .select(pl.col("record_id").alias("_record_id"), "field").unique()
                 .group_by("_record_id").agg([(pl.col("field") == f).any().alias(f"_has_{f}") for f in fields]))
        return cited.collect()

    return _memo("cited", t["evidence"], name, compute)


def _has_evidence(t: Tables, name: str, field: str, schemas: dict[str, TableSchema]) -> pl.DataFrame:
    frame = _review_status_of(t, name, schemas)
    cited = _evidenced_fields(t, name, schemas).select("_record_id", pl.col(f"_has_{field}").alias("_found"))
    joined = frame.join(cited, on="_record_id", how="left", maintain_order="left")
    needed = pl.col(field).is_not_null() & (pl.col("_status") == "hand-checked")
    return joined.with_columns((~needed | pl.col("_found").fill_null(False)).alias("ok"))


def all_rules(schemas: dict[str, TableSchema]) -> list[Rule]:
    rules = foreign_key_rules(schemas)
    rules += [
        Rule("evidence", "record_id", "evidence-record-unknown",
             "no record with this id in record_table", lambda t: _evidence_record_resolves(t, schemas)),
        Rule("evidence", "char_end", "span-past-end-of-source",
             "span ends after the end of the source text (sources.char_length)", _span_inside_source),
        Rule("events", "parent_event_id", "visit-does-not-span-meeting",
             "the parent must be a visit whose dates contain this event's dates", _visit_spans_meeting),
        Rule("events", "event_id", "event-without-source", "no event_sources row links this event to a source",
             _event_has_source),
        Rule("participants", "title", "title-differs-within-engagement",
             "the person has another title at another event of the same engagement (visit and its meetings)",
             _title_consistent),
        Rule("participants", "title", "title-not-held",
             "no positions row says this person held this office, for this side, within the event's dates",
             _title_held),
        Rule("participants", "role", "host-side-differs-from-place",
             "a host must represent the country where the event happens, a guest the other side",
             _host_on_home_ground),
        Rule("commitments", "parties", "party-not-at-engagement",
             "a party is not the side of any participant of this engagement (visit and its meetings)",
             _parties_took_part),
        Rule("events", "place_id", "place-fields-differ",
             "a field copied from the place (city, country, coordinates) differs from the places row",
             lambda t: _place_copied(t, schemas)),
    ]
    for name in evidenced_tables(schemas):
        for field in schemas[name].fields_needing_evidence():
            rules.append(Rule(name, field, "missing-evidence", "hand-checked value has no evidence row",
                              lambda t, n=name, f=field: _has_evidence(t, n, f, schemas)))
    return rules


def rule_schema(rule: Rule) -> pa.DataFrameSchema:
    """A Pandera schema that runs one rule on its widened frame."""
    # ok is null only where an input cell is itself missing or unparseable, which other checks report
    check = pa.Check(lambda data: data.lazyframe.select(pl.col("ok").fill_null(True)), name=rule.code,
                     error=rule.message)
    return pa.DataFrameSchema({"ok": pa.Column(pl.Boolean, nullable=True)}, checks=[check], strict=False,
                              name=rule.resource)
