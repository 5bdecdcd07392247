"""Cross-table rules: what a Table Schema cannot say, checked on the typed frames of one run.

Each rule answers, for every row of the resource it checks (same rows, same order), whether the
row passes (`ok`; null where an input cell is itself missing or unparseable, which other checks
report). Rules read only the columns they need and share what several need through the run's
memo (`RuleTables.shared`): the record ids of each evidenced resource are built once, and the
evidence table is joined to them once, for `evidence-record-unknown` and for every
`missing-evidence` rule at once (integer row numbers, not string concatenations, from there on).
Keys are located once as row numbers (block joins of sorted ids) and shared: with each other,
and with the Table Schema engine, whose single-column foreign keys seed the memo (`rows_key`);
other membership tests use hash sets (`is_in`) rather than joins of whole frames, so the work grows
with the rows, and no rule copies a resource. Foreign keys are derived from the Table Schemas'
foreignKeys; codes and their meaning come from the error catalogue (core/errors.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import polars as pl

from pakiran_events.core.errors import CATALOGUE
from pakiran_events.core.schema import TableSchema, evidenced_tables
from pakiran_events.core.tables import RECORD_ID_SEPARATOR

Tables = dict[str, pl.DataFrame]
HAND_CHECKED = "hand-checked"


class RuleTables(dict):
    """The run's typed frames by resource name, with a memo of what several rules share. `seed`:
    what was computed before on these very frames (the Table Schema engine's foreign-key rows,
    `rows_key`), so the rules do not compute it again."""

    def __init__(self, frames: Tables, seed: dict[str, object] | None = None):
        super().__init__(frames)
        self._memo: dict[str, object] = dict(seed or {})

    def shared(self, key: str, compute: Callable[[], object]):
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]


@dataclass(frozen=True)
class Rule:
    resource: str
    field: str | None
    code: str  # a catalogue code (core/errors.py): its description is the rule's message
    widen: Callable[[Tables], pl.DataFrame]  # the resource (same rows, same order) with an "ok" column
    detail: str = ""  # what the catalogue cannot know (the target of a foreign key)
    target: str | None = None  # a foreign key's referenced resource

    @property
    def message(self) -> str:
        meaning = CATALOGUE[self.code].description
        return f"{meaning[:-1]}: {self.detail}" if self.detail else meaning


def _with_ok(t: Tables, name: str, ok: pl.Series | pl.Expr) -> pl.DataFrame:
    """The resource with its `ok` column (its other columns are shared, not copied)."""
    return t[name].with_columns(ok.alias("ok") if isinstance(ok, pl.Expr) else ok.rename("ok"))


def _left_flag(left: pl.DataFrame, keys: pl.DataFrame, on: list[str]) -> pl.Series:
    """For each row of `left` (its `on` columns only), whether `keys` holds its key (null keys: null)."""
    found = keys.select(on).unique().with_columns(pl.lit(True).alias("_found"))
    joined = left.select(on).join(found, on=on, how="left", maintain_order="left", nulls_equal=False)
    return joined["_found"].fill_null(False)


def _key_exists(t: Tables, name: str, cols: list[str], target: str, ref_cols: list[str]) -> pl.DataFrame:
    """ok = (some fk column is null) or the referenced key exists."""
    any_null = pl.any_horizontal([pl.col(c).is_null() for c in cols])
    if len(cols) == 1:
        known = t[target][ref_cols[0]]
        if known.dtype != t[name].schema[cols[0]]:
            known = known.cast(t[name].schema[cols[0]], strict=False)
        # is_in builds its own hash set of the keys: a unique() first would hash them twice
        return _with_ok(t, name, any_null | pl.col(cols[0]).is_in(known.drop_nulls().implode()))
    keys = t[target].select([pl.col(r).alias(c) for c, r in zip(cols, ref_cols)])
    return _with_ok(t, name, any_null | pl.lit(_left_flag(t[name], keys, cols)))


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
                lambda t, n=name, c=cols, tg=target, rc=ref_cols: _key_exists(t, n, c, tg, rc),
                f"no {target} row has {'/'.join(ref_cols)} equal to this value", target))
    return rules


# -- evidence: located once ---------------------------------------------------------------------
def _record_id_expr(schema: TableSchema) -> pl.Expr:
    """A record's id as evidence.record_id names it (core.tables.record_id's rule, as an expression)."""
    pk = schema.primary_key
    if len(pk) == 1:
        return pl.col(pk[0]).cast(pl.String)
    return pl.concat_str([pl.col(c).cast(pl.String) for c in pk], separator=RECORD_ID_SEPARATOR)


_BLOCK = 1 << 14  # record ids per block of the sorted join: its hash table stays in the CPU caches


def _sorted_lookup(rows: pl.DataFrame, known: pl.DataFrame) -> pl.DataFrame | None:
    """(`_i`, `_row`) of each of `rows` whose record_id `known` holds, when both are already in
    record-id order with no null id (the build writes every table, and evidence, in key order);
    else None. Both sides are cut at the same id values into blocks of ~16k known ids and joined
    block by block: one hash join on millions of distinct id strings outgrows the caches (its time
    grew ~2x faster than its input, 100k -> 1M events). Every copy of an id falls in one block, so
    an id given twice still resolves to its first row, as the whole-table join's `keep="first"` did."""
    ids, wanted = known["record_id"], rows["record_id"]
    if ids.null_count() or wanted.null_count() or not (ids.is_sorted() and wanted.is_sorted()):
        return None
    bounds = ids.gather(pl.int_range(0, ids.len(), _BLOCK, dtype=pl.UInt32, eager=True))
    known_at = ids.search_sorted(bounds, side="left").to_list() + [ids.len()]
    rows_at = [0] + wanted.search_sorted(bounds[1:], side="left").to_list() + [wanted.len()]
    parts = [pl.DataFrame(schema={"_i": rows.schema["_i"], "_row": pl.UInt32})]
    for r0, r1, k0, k1 in zip(rows_at, rows_at[1:], known_at, known_at[1:]):
        if r1 == r0:
            continue
        block_rows, block_known = rows.slice(r0, r1 - r0), known.slice(k0, k1 - k0)
        found = block_rows.join(block_known, on="record_id", how="inner")
        if found.height > block_rows.height or found["_i"].n_unique() < found.height:  # an id given twice
            found = block_rows.join(block_known.unique("record_id", keep="first"), on="record_id", how="inner")
        parts.append(found.select("_i", "_row"))
    return pl.concat(parts)


def _located_evidence(t: Tables, schemas: dict[str, TableSchema]) -> pl.DataFrame:
    """Per evidence row (same order): `_t`, the index of its record_table among the evidenced
    tables (null for another table), and `_row`, the row of its record there (null: no such record).
    The record ids of each evidenced table are built once, and each table's evidence rows are
    joined to them on the one id column (a join on two keys costs twice as much)."""
    def compute() -> pl.DataFrame:
        names = evidenced_tables(schemas)
        codes = pl.lit(None, pl.UInt8)  # a few string comparisons: cheaper than replace_strict's hash per row
        for k, name in reversed(list(enumerate(names))):
            codes = pl.when(pl.col("record_table") == name).then(pl.lit(k, pl.UInt8)).otherwise(codes)
        evidence = t["evidence"].select(codes.alias("_t"), "record_id", "field").with_row_index("_i")
        parts = []
        for k, name in enumerate(names):
            rows = evidence.filter(pl.col("_t") == k).select("_i", "record_id")
            known = t[name].select(_record_id_expr(schemas[name]).alias("record_id"),
                                   pl.int_range(pl.len(), dtype=pl.UInt32).alias("_row"))
            found = _sorted_lookup(rows, known)
            if found is None:  # the table is not in its id order: a hash join on the id strings
                found = rows.join(known, on="record_id", how="inner")
                if found.height > rows.height or found["_i"].n_unique() < found.height:  # a record id given twice
                    found = rows.join(known.unique("record_id", keep="first"), on="record_id", how="inner")
            parts.append(found.select("_i", "_row"))
        located = _filled("_row", None, evidence.height, pl.UInt32)
        found = pl.concat(parts)
        if found.height:
            located = located.scatter(found["_i"], found["_row"])
        return evidence.select("_t", pl.lit(located).alias("_row"), "field")
    return t.shared("evidence-located", compute) if isinstance(t, RuleTables) else compute()


def _evidence_record_resolves(t: Tables, schemas: dict[str, TableSchema]) -> pl.DataFrame:
    located = _located_evidence(t, schemas)
    ok = pl.when(pl.col("record_table").is_null()).then(None).otherwise(pl.lit(located["_row"].is_not_null()))
    return _with_ok(t, "evidence", ok)


def _cited_fields(t: Tables, schemas: dict[str, TableSchema]) -> dict[tuple[int, str], pl.Series]:
    """(evidenced table index, field) -> the rows of that table with an evidence row for the field,
    for the fields that need evidence (the only ones asked). The evidence rows are grouped by one
    integer (table index, field's code in an Enum of those fields): grouping 20 M rows on the
    field's text as well cost ~1.7x as much at 1M events."""
    def compute() -> dict[tuple[int, str], pl.Series]:
        located = _located_evidence(t, schemas)
        needed = {(k, f) for k, name in enumerate(evidenced_tables(schemas))
                  for f in schemas[name].fields_needing_evidence()}
        fields = sorted({f for _, f in needed})
        if not fields:
            return {}
        code = pl.col("field").cast(pl.Enum(fields), strict=False).to_physical().cast(pl.UInt32)
        key = (pl.col("_t").cast(pl.UInt32) * len(fields) + code).alias("_k")
        cited = located.select("_row", key).filter(pl.col("_row").is_not_null() & pl.col("_k").is_not_null())
        parts = {(k // len(fields), fields[k % len(fields)]): part["_row"]
                 for (k,), part in cited.partition_by("_k", as_dict=True).items()}
        return {key: rows for key, rows in parts.items() if key in needed}
    return t.shared("evidence-cited", compute) if isinstance(t, RuleTables) else compute()


def _hand_checked(t: Tables, name: str) -> pl.Series:
    """Per row of `name`: whether its event is hand-checked (its own review_status, else its event's)."""
    def compute() -> pl.Series:
        if "review_status" in t[name].columns:
            return t[name]["review_status"] == HAND_CHECKED
        if _event_ids_unique(t):  # by the row of the event (shared with the other rules)
            return (t["events"]["review_status"] == HAND_CHECKED).gather(_event_rows(t, name))
        checked = t["events"].filter(pl.col("review_status") == HAND_CHECKED)["event_id"]
        return t[name].select(pl.col("event_id").is_in(checked.implode()))["event_id"]
    return t.shared(f"hand-checked:{name}", compute) if isinstance(t, RuleTables) else compute()


def _has_evidence(t: Tables, name: str, field: str, schemas: dict[str, TableSchema]) -> pl.DataFrame:
    index = evidenced_tables(schemas).index(name)
    rows = _cited_fields(t, schemas).get((index, field))
    found = _filled("_found", False, t[name].height, pl.Boolean)
    if rows is not None and rows.len():
        found = found.scatter(rows, True)
    needed = pl.col(field).is_not_null() & pl.lit(_hand_checked(t, name))
    return _with_ok(t, name, ~needed | pl.lit(found))


# -- the other cross-table rules ------------------------------------------------------------------
def _span_inside_source(t: Tables) -> pl.DataFrame:
    """A span ends within its source's text (by the first sources row of its source_id): each
    evidence row's source row (`_source_rows`: the Table Schema engine's foreign key located it,
    or an Enum of the few source ids does) and a gather of that row's length (no join of the
    evidence table, no string hash per row beyond the one lookup)."""
    length = t["sources"]["char_length"].gather(_source_rows(t))
    return _with_ok(t, "evidence", pl.lit(length).is_null() | (pl.col("char_end") <= pl.lit(length)))


def _visit_spans_meeting(t: Tables) -> pl.DataFrame:
    """A meeting lies within its visit's dates (its parent, by the parent's row number: shared
    with the engagement numbers, no join on the id strings)."""
    parent = _parent_rows(t)
    events = t["events"]
    ptype, pstart, pend = (events[c].gather(parent) for c in ("event_type", "date_start", "date_end"))
    inside = ((pl.lit(ptype) == "visit") & (pl.col("date_start") >= pl.lit(pstart))
              & (pl.col("date_end") <= pl.lit(pend)))
    return _with_ok(t, "events", pl.lit(ptype).is_null() | inside)


def _event_has_source(t: Tables) -> pl.DataFrame:
    """An event is cited by some event_sources row (by the row each event_sources row's event_id
    locates, `_event_rows`: no hash set of a million id strings). A null event_id is no source's."""
    if not _event_ids_unique(t):  # a repeated event_id: every row of it counts as cited
        return _with_ok(t, "events", pl.col("event_id").is_in(t["event_sources"]["event_id"].drop_nulls().implode())
                        .fill_null(False))
    rows = _event_rows(t, "event_sources").drop_nulls()
    cited = _filled("_cited", False, t["events"].height, pl.Boolean)
    if rows.len():
        cited = cited.scatter(rows, True)
    return _with_ok(t, "events", pl.lit(cited) & pl.col("event_id").is_not_null())


def _place_copied(t: Tables, schemas: dict[str, TableSchema]) -> pl.DataFrame:
    from pakiran_events.core.derive import COUNTRY_LEVEL, place_copies

    PLACE_COPIES = place_copies(schemas)  # the events schema's derivedFrom: the one statement of what is copied

    places = t["places"].unique("place_id", keep="first").select(
        "place_id", pl.lit(True).alias("_place_found"),
        *[pl.col(src).alias(f"_{dst}") for dst, src in PLACE_COPIES.items()],
        pl.col("coordinate_precision").alias("_precision"))
    places = places.with_columns([
        pl.when(pl.col("_precision") == COUNTRY_LEVEL).then(None).otherwise(pl.col(f"_{dst}")).alias(f"_{dst}")
        for dst, src in PLACE_COPIES.items() if src == "name"])
    joined = t["events"].select("place_id", *PLACE_COPIES).join(places, on="place_id", how="left",
                                                                maintain_order="left")
    same = pl.all_horizontal([pl.col(dst).eq_missing(pl.col(f"_{dst}")) for dst in PLACE_COPIES])
    no_place = pl.col("place_id").is_null() & pl.all_horizontal([pl.col(dst).is_null() for dst in PLACE_COPIES])
    # an unknown place_id is the foreign-key rule's to report
    unknown = pl.col("place_id").is_not_null() & pl.col("_place_found").is_null()
    ok = (unknown | no_place | (pl.col("place_id").is_not_null() & same)).alias("ok")
    return _with_ok(t, "events", joined.select(ok)["ok"])


# -- participants and commitments: events, engagements and actors by row number ------------------
# Every participant rule reads the same few facts of a row's event and actor. They are located once
# per run, as row numbers (UInt32), and shared (`RuleTables.shared`): each rule then gathers what it
# needs and groups or tests membership on integer keys. A hash join on the million-scale id strings,
# once per rule, grew about twice as fast as its input (r7: party-not-at-engagement 18x,
# title-differs-within-engagement 24x from 100k to 1M events).
def rows_key(name: str, column: str, target: str, ref_column: str) -> str:
    """The memo key of `first_rows(t[name][column], t[target][ref_column])`: the rules and the
    Table Schema engine's single-column foreign keys (table_schema.check_text_cells) share it."""
    return f"rows:{name}.{column}->{target}.{ref_column}"


def sorted_first_rows(keys: pl.Series, ids: pl.Series) -> pl.Series | None:
    """For each of `keys`, the first row of `ids` that holds it (UInt32 Series, len(keys); null for
    a null key or one `ids` lacks), when `ids` (no null) and the non-null keys are both in order
    (the build writes events sorted by event_id, and participants and commitments in their
    events' order): block by block (`_sorted_lookup`). None when they are not in order."""
    known = pl.DataFrame({"record_id": ids}).with_columns(pl.int_range(pl.len(), dtype=pl.UInt32).alias("_row"))
    wanted = pl.DataFrame({"record_id": keys}).with_row_index("_i")
    found = _sorted_lookup(wanted.drop_nulls("record_id"), known)
    if found is None:
        return None
    rows = pl.repeat(None, keys.len(), dtype=pl.UInt32, eager=True).rename("_row")
    return rows.scatter(found["_i"], found["_row"]) if found.height else rows


# referenced resources at most this long are located out of key order by an Enum of their ids
# (a hash lookup per key, as the engine's `is_in` already did): sources and actors at 1M events
# hold 10,000 rows. Measured at 1M (r16): evidence's 20 M source ids 0.27-0.41 CPU s, against 0.19
# for `is_in` alone and 0.74-1.3 for a hash join; a bigger resource keeps `is_in` in the engine.
SMALL_TARGET = 1 << 16


def _enum_first_rows(keys: pl.Series, ids: pl.Series, bounded: bool) -> pl.Series | None:
    """`indexed_first_rows` for string keys into at most SMALL_TARGET ids (any number if not `bounded`), in any
    order: each key's code in an Enum of the distinct non-null ids (null: not among them), mapped
    to its first row."""
    if keys.dtype != pl.String or ids.dtype != pl.String or (bounded and ids.len() > SMALL_TARGET):
        return None
    firsts = ids.arg_unique()
    firsts = firsts.filter(ids.gather(firsts).is_not_null())
    codes = keys.cast(pl.Enum(ids.gather(firsts)), strict=False).to_physical().cast(pl.UInt32)
    if firsts.len() == ids.len():  # no id repeats: a code is the row itself
        return codes.rename("_row")
    return firsts.cast(pl.UInt32).gather(codes).rename("_row")


def indexed_first_rows(keys: pl.Series, ids: pl.Series, bounded: bool = True) -> pl.Series | None:
    """For each of `keys`, the first row of `ids` that holds it (UInt32, null: a null key or one
    `ids` lacks), by sorted blocks (`sorted_first_rows`) or, for a small `ids` (any size if not
    `bounded`), an Enum of them;
    None when neither applies (then a hash set or a hash join answers). The Table Schema engine's
    single-column foreign keys use it and hand the rows to the rules (`rows_key`)."""
    rows = sorted_first_rows(keys, ids)
    return rows if rows is not None else _enum_first_rows(keys, ids, bounded)


def _first_rows(keys: pl.Series, ids: pl.Series, bounded: bool = True) -> pl.Series:
    """`indexed_first_rows`, or by one hash join when it does not apply."""
    rows = indexed_first_rows(keys, ids, bounded)
    if rows is not None:
        return rows
    known = pl.DataFrame({"record_id": ids}).with_columns(pl.int_range(pl.len(), dtype=pl.UInt32).alias("_row"))
    wanted = pl.DataFrame({"record_id": keys}).with_row_index("_i")
    known = known.unique("record_id", keep="first")
    return wanted.join(known, on="record_id", how="left", maintain_order="left", nulls_equal=False)["_row"]


def _filled(name: str, value, n: int, dtype: pl.DataType) -> pl.Series:
    """n copies of `value`, made by polars: a Python list of one object per row (20 M evidence
    rows at 1M events) cost 0.4 CPU s and 160 MB before the Series was even built."""
    return pl.repeat(value, n, dtype=dtype, eager=True).rename(name)


def _shared(t: Tables, key: str, compute: Callable[[], pl.Series]) -> pl.Series:
    return t.shared(key, compute) if isinstance(t, RuleTables) else compute()


def _event_rows(t: Tables, name: str) -> pl.Series:
    """Per row of `name`: the row of its event in events (the first with its event_id; null: none)."""
    return _shared(t, rows_key(name, "event_id", "events", "event_id"),
                   lambda: _first_rows(t[name]["event_id"], t["events"]["event_id"]))


def _actor_rows(t: Tables, name: str) -> pl.Series:
    """Per row of `name`: the row of its actor in actors (the first with its actor_id; null: none)."""
    return _shared(t, rows_key(name, "actor_id", "actors", "actor_id"),
                   lambda: _first_rows(t[name]["actor_id"], t["actors"]["actor_id"]))


def _source_rows(t: Tables) -> pl.Series:
    """Per evidence row: the row of its source in sources (the first with its source_id; null: none).
    By an Enum of the source ids whatever their number, as the span rule did before r16 (a hash
    join of 20 M evidence rows cost 3-4x as much at 1M events)."""
    return _shared(t, rows_key("evidence", "source_id", "sources", "source_id"),
                   lambda: _first_rows(t["evidence"]["source_id"], t["sources"]["source_id"], bounded=False))


def _event_ids_unique(t: Tables) -> bool:
    """Whether no event_id is given twice (nor null twice): then "the event's first row" is "every
    row with its event_id", and a membership test on the ids is a gather by `_event_rows`."""
    def compute() -> bool:
        ids = t["events"]["event_id"]
        if not ids.null_count() and ids.is_sorted():
            return ids.len() < 2 or not (ids.slice(1) == ids.slice(0, ids.len() - 1)).any()
        return ids.n_unique() == ids.len()
    return bool(_shared(t, "unique:events.event_id", compute))


def _parent_rows(t: Tables) -> pl.Series:
    """Per events row: the row of its parent event (the first with its parent_event_id; null: none)."""
    return _shared(t, rows_key("events", "parent_event_id", "events", "event_id"),
                   lambda: _first_rows(t["events"]["parent_event_id"], t["events"]["event_id"]))


def _engagement_codes(t: Tables) -> pl.Series:
    """Per events row, its engagement as a number: a meeting's visit, else the event itself, by the
    row of that event_id; a parent_event_id no event has gets a number past the table's rows (one per
    distinct id), so equal numbers mean equal `coalesce(parent_event_id, event_id)` text for every
    row a participant or commitment can reach (the first row of each event_id)."""
    def compute() -> pl.Series:
        events = t["events"]
        parents, n = events["parent_event_id"], events.height
        parent_rows = _parent_rows(t)
        missing = parents.is_not_null() & parent_rows.is_null()
        beyond = _filled("_row", None, n, pl.UInt32)
        if missing.any():
            beyond = _first_rows(parents, parents.filter(missing).unique().sort()) + n
        return pl.select(pl.when(parents.is_null()).then(pl.int_range(n, dtype=pl.UInt32))
                         .otherwise(pl.coalesce(parent_rows, beyond)).alias("_engagement")).to_series()
    return _shared(t, "engagement-codes", compute)


def _engagement_of(t: Tables, name: str) -> pl.Series:
    """Per row of `name`: its event's engagement number (null: the event is unknown)."""
    return _shared(t, f"engagement:{name}", lambda: _engagement_codes(t).gather(_event_rows(t, name)))


def _is_person(t: Tables, name: str) -> pl.Series:
    """Per row of `name`: whether its actor is a person (by the actor's first row; null: the actor
    or its type is unknown)."""
    def compute() -> pl.Series:
        return t["actors"]["actor_type"].gather(_actor_rows(t, name)) == "person"
    return _shared(t, f"person:{name}", compute)


def _pair(high: pl.Series, low: pl.Series) -> pl.Series:
    """Two UInt32 numbers as one UInt64 key (null where either is null)."""
    return high.cast(pl.UInt64) * (1 << 32) + low.cast(pl.UInt64)


def _title_consistent(t: Tables) -> pl.DataFrame:
    """A person holds one title throughout an engagement (a visit and its meetings). An
    organisation's title says which of its unnamed officials attended, and may differ."""
    person = _is_person(t, "participants").fill_null(False)
    key = _pair(_engagement_of(t, "participants"), _actor_rows(t, "participants")).rename("_k")
    titles = t["participants"]["title"]
    code = titles.cast(pl.Enum(titles.drop_nulls().unique().sort())).to_physical().rename("_title")
    people = pl.DataFrame([key, code]).filter(person & key.is_not_null())
    # more than one title, a null counting as one (as n_unique counts it); min/max/null_count of
    # integer codes are the group-by's fast aggregations
    groups = people.group_by("_k").agg(pl.col("_title").min().alias("_lo"), pl.col("_title").max().alias("_hi"),
                                       pl.col("_title").null_count().alias("_nulls"), pl.len().alias("_n"))
    differs = groups.filter((pl.col("_lo") != pl.col("_hi")).fill_null(False)
                            | ((pl.col("_nulls") > 0) & (pl.col("_nulls") < pl.col("_n"))))["_k"]
    return _with_ok(t, "participants", ~(person & key.is_in(differs.implode()).fill_null(False)))


def _title_held(t: Tables) -> pl.DataFrame:
    """A hand-checked person's title is an office the positions table says they held, for the side
    they represented, at some time within the event's dates (a month-precision event may fall before
    or after an appointment that month). A title may add a rank in brackets to the office
    ("Chief of Army Staff (Field Marshal)")."""
    if "positions" not in t:
        return _with_ok(t, "participants", pl.lit(True))
    rows = _event_rows(t, "participants")
    events = t["events"].select(pl.col("date_start").gather(rows).alias("_day"),
                                pl.col("date_end").gather(rows).alias("_last"),
                                pl.col("review_status").gather(rows).alias("_status"))
    people = pl.concat([t["participants"].select("actor_id", "title", "side_iso3").with_row_index("_row"),
                        events, _is_person(t, "participants").rename("_person").to_frame()], how="horizontal")
    terms = t["positions"].select("actor_id", pl.col("office").alias("_office"), pl.col("country_iso3").alias("_side"),
                                  pl.col("start").alias("_from"), pl.col("end").alias("_to"))
    exempt = ~pl.col("_person") | (pl.col("_status") != HAND_CHECKED) | pl.col("title").is_null()
    candidates = people.filter(~exempt.fill_null(False)).select(
        "_row", "actor_id", "title", "side_iso3", "_day", "_last").join(terms, on="actor_id", how="inner")
    held = candidates.filter(
        ((pl.col("title") == pl.col("_office")) | pl.col("title").str.starts_with(pl.col("_office") + " ("))
        & (pl.col("side_iso3") == pl.col("_side")) & (pl.col("_from") <= pl.col("_last"))
        & (pl.col("_to").is_null() | (pl.col("_to") >= pl.col("_day")))
    )["_row"]
    found = _filled("_held", False, people.height, pl.Boolean)
    if held.len():
        found = found.scatter(held, True)
    return _with_ok(t, "participants", people.select((exempt | pl.lit(found)).alias("ok"))["ok"])


def _host_on_home_ground(t: Tables) -> pl.DataFrame:
    """A host represents the country where the event happens; a guest does not."""
    country = t["events"]["country_iso3"].gather(_event_rows(t, "participants"))
    home = pl.col("side_iso3") == pl.lit(country)
    ok = (pl.lit(country).is_null() | (pl.col("role") == "participant")
          | ((pl.col("role") == "host") & home) | ((pl.col("role") == "guest") & ~home))
    return _with_ok(t, "participants", ok)


def _parties_took_part(t: Tables) -> pl.DataFrame:
    """Every party of a commitment is a side represented in the engagement it was made at (a
    commitment with an empty list of parties is the schema's to report: no verdict here)."""
    sides = t["participants"]["side_iso3"]
    rows = pl.DataFrame([_engagement_of(t, "commitments"), t["commitments"]["parties"].rename("_party")]
                        ).with_row_index("_row").explode("_party")  # a null list: one null party
    countries = pl.Enum(pl.concat([sides.drop_nulls().unique(), rows["_party"].drop_nulls().unique()]).unique().sort())
    at = _pair(_engagement_of(t, "participants"), sides.cast(countries).to_physical()).drop_nulls().unique()
    present = _pair(rows["_engagement"], rows["_party"].cast(countries).to_physical()).is_in(at.implode())
    absent = rows.filter(~present.fill_null(False))["_row"].unique()
    ok = _filled("ok", True, t["commitments"].height, pl.Boolean)
    if absent.len():
        ok = ok.scatter(absent, False)
    return _with_ok(t, "commitments", pl.when(pl.col("parties").list.len() == 0).then(None).otherwise(pl.lit(ok)))


def all_rules(schemas: dict[str, TableSchema]) -> list[Rule]:
    rules = foreign_key_rules(schemas)
    rules += [
        Rule("evidence", "record_id", "evidence-record-unknown", lambda t: _evidence_record_resolves(t, schemas)),
        Rule("evidence", "char_end", "span-past-end-of-source", _span_inside_source),
        Rule("events", "parent_event_id", "visit-does-not-span-meeting", _visit_spans_meeting),
        Rule("events", "event_id", "event-without-source", _event_has_source),
        Rule("participants", "title", "title-differs-within-engagement", _title_consistent),
        Rule("participants", "title", "title-not-held", _title_held),
        Rule("participants", "role", "host-side-differs-from-place", _host_on_home_ground),
        Rule("commitments", "parties", "party-not-at-engagement", _parties_took_part),
        Rule("events", "place_id", "place-fields-differ", lambda t: _place_copied(t, schemas)),
    ]
    for name in evidenced_tables(schemas):
        for field in schemas[name].fields_needing_evidence():
            rules.append(Rule(name, field, "missing-evidence",
                              lambda t, n=name, f=field: _has_evidence(t, n, f, schemas)))
    return rules
