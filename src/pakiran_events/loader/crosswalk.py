"""CAMEO and PLOVER codes for every event and commitment, one directed row each way, so the
package joins ICEWS (CAMEO: source country, target country, code) and POLECAT (PLOVER: actor,
recipient, type, mode, context) rows. The codes per term come from the codebook (the schemas'
vocabularies); the rules that combine them are here, once:

Events (`event_codes`): a visit is CAMEO 042 "make a visit" from the guest side to the host side
and 043 "host a visit" from the host side to the guest side, PLOVER CONSULT mode `visit`; a
meeting is 040 CONSULT in mode `visit` when held on one side's ground (044 "meet at a third
location", mode `third-party`, elsewhere); a call is 041 CONSULT mode `phone`, both ways; any
other event 040 both ways.

Commitments (`commitment_code`, given its type and modality):
- signed -> 057 "sign formal agreement", PLOVER SUPPORT (the PLOVER crosswalk's type for 057);
- discussed -> 040 "consult", CONSULT;
- proposed -> the appeal (02x) matching the type's intent code: 0311 -> 0211, 0312 -> 0212,
  0314 -> 0214, 036 -> 026, 030 -> 020 (CAMEO's 02 and 03 branches run in parallel), REQUEST;
- agreed, pledged, reaffirmed -> the type's intent code (03x), AGREE.
The type's intent code is its codebook CAMEO code when that is an 03x code, else 030 (the
agreement_signing type's code, 057, is for the signing itself). The PLOVER context is the
type's (diplomatic when the type has none).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pakiran_events.loader.panels import event_directions
from pakiran_events.loader.read import as_requested, flag, load_tables

if TYPE_CHECKING:
    from pathlib import Path

    import polars as pl

    from pakiran_events.loader.read import Frame
    from pakiran_events.loader.views import Tables

SIGNED, DISCUSSED, PROPOSED = "signed", "discussed", "proposed"
CODE_COLUMNS = ("cameo", "plover_type", "plover_mode", "plover_context")


def vocabulary_codes(codebook: pl.DataFrame, resource: str, field: str) -> dict[str, dict[str, Any]]:
    """term -> its codebook row (cameo, plover_type, plover_mode, plover_context)."""
    import polars as pl

    rows = codebook.filter((pl.col("resource") == resource) & (pl.col("field") == field))
    return {r["term"]: r for r in rows.iter_rows(named=True)}


def commitment_code(commitment_type: str, modality: str, codebook: pl.DataFrame) -> tuple[str, str, str]:
    """(CAMEO code, PLOVER type, PLOVER context) of a commitment, by the rule in the module
    docstring. Raises KeyError for a type or modality not in the codebook."""
    types = vocabulary_codes(codebook, "commitments", "commitment_type")
    modalities = vocabulary_codes(codebook, "commitments", "modality")
    if commitment_type not in types:
        raise KeyError(f"commitment_type {commitment_type!r} is not in the codebook")
    if modality not in modalities:
        raise KeyError(f"modality {modality!r} is not in the codebook")
    kind, mode = types[commitment_type], modalities[modality]
    context = kind["plover_context"] or "diplomatic"
    intent = kind["cameo"] if (kind["cameo"] or "").startswith("03") else "030"
    if modality in (SIGNED, DISCUSSED):
        return mode["cameo"], mode["plover_type"], context
    if modality == PROPOSED:
        return "02" + intent[2:], mode["plover_type"], context
    return intent, mode["plover_type"], context


def event_codes_frame(t: Tables) -> pl.DataFrame:
    """See `event_codes`; `t` holds events, participants, commitments, countries, codebook."""
    import polars as pl

    events = t["events"].select("event_id", "date_start", "date_end", "event_type", "country_iso3")
    moves = event_directions(t).join(events.drop("event_type"), on="event_id")
    # where the event was held: on one of the pair's grounds (a visit) or elsewhere (third party)
    on_ground = (pl.col("country_iso3") == pl.col("side1_iso3")) | (pl.col("country_iso3") == pl.col("side2_iso3"))
    forward = moves.with_columns(
        pl.when(pl.col("event_type") == "visit").then(pl.lit("042"))
        .when(pl.col("event_type") == "phone_call").then(pl.lit("041"))
        .when((pl.col("event_type") == "meeting") & ~on_ground.fill_null(False)).then(pl.lit("044"))
        .otherwise(pl.lit("040")).alias("cameo"),
        pl.when(pl.col("event_type") == "phone_call").then(pl.lit("phone"))
        .when(on_ground.fill_null(False)).then(pl.lit("visit"))
        .when(pl.col("country_iso3").is_not_null()).then(pl.lit("third-party")).otherwise(None).alias("plover_mode"))
    # a visit hosted: the host side towards the guest side (ICEWS "host a visit")
    hosted = (forward.filter(pl.col("event_type") == "visit")
              .with_columns(pl.col("side2_iso3").alias("side1_iso3"), pl.col("side1_iso3").alias("side2_iso3"),
                            pl.lit("043").alias("cameo")))
    event_rows = pl.concat([forward, hosted]).select(
        pl.lit("events").alias("record_table"), pl.col("event_id").alias("record_id"), "event_id", "date_start",
        "date_end", pl.col("side1_iso3").alias("source_iso3"), pl.col("side2_iso3").alias("target_iso3"), "cameo",
        pl.lit("CONSULT").alias("plover_type"), "plover_mode", pl.lit(None, pl.String).alias("plover_context"))
    codebook = t["codebook"]
    commitments = t["commitments"].select("commitment_id", "event_id", "commitment_type", "modality", "parties")
    coded = commitments.with_columns(
        pl.struct("commitment_type", "modality").map_elements(
            lambda r: dict(zip(("cameo", "plover_type", "plover_context"),
                               commitment_code(r["commitment_type"], r["modality"], codebook))),
            return_dtype=pl.Struct({"cameo": pl.String, "plover_type": pl.String, "plover_context": pl.String}))
        .alias("_code")).unnest("_code")
    pairs = pl.concat([moves.select("event_id", "side1_iso3", "side2_iso3"),
                       moves.select("event_id", pl.col("side2_iso3").alias("side1_iso3"),
                                    pl.col("side1_iso3").alias("side2_iso3"))]).unique()
    commitment_rows = (coded.join(pairs, on="event_id")
                       .filter(pl.col("parties").list.contains(pl.col("side1_iso3")))
                       .join(events.select("event_id", "date_start", "date_end"), on="event_id")
                       .select(pl.lit("commitments").alias("record_table"), pl.col("commitment_id").alias("record_id"),
                               "event_id", "date_start", "date_end", pl.col("side1_iso3").alias("source_iso3"),
                               pl.col("side2_iso3").alias("target_iso3"), "cameo", "plover_type",
                               pl.lit(None, pl.String).alias("plover_mode"), "plover_context"))
    out = pl.concat([event_rows, commitment_rows])
    countries = t["countries"].select("iso3", "cow_ccode", "gw_code")
    for end in ("source", "target"):
        out = out.join(countries.rename({"iso3": f"{end}_iso3", "cow_ccode": f"{end}_ccode", "gw_code": f"{end}_gwcode"}),
                       on=f"{end}_iso3", how="left")
    return out.select("record_table", "record_id", "event_id", "date_start", "date_end", "source_iso3",
                      "source_ccode", "source_gwcode", "target_iso3", "target_ccode", "target_gwcode",
                      *CODE_COLUMNS).sort("date_start", "record_table", "record_id", "source_iso3", "cameo")


def event_codes(*, to_pandas: bool = False, version: str | None = None,
                package: str | Path | None = None) -> Frame:
    """Every event and commitment as directed, coded rows (source side -> target side), the
    shape of ICEWS and POLECAT event records, sorted by date_start, record_table, record_id,
    source_iso3, cameo. Columns: record_table ('events' / 'commitments'), record_id, event_id
    (String); date_start, date_end (Date: ICEWS/POLECAT rows dated within them match);
    source_iso3 (String), source_ccode, source_gwcode (Int64, COW and Gleditsch-Ward);
    target_iso3, target_ccode, target_gwcode (likewise); cameo (String, leading zeros kept);
    plover_type (String); plover_mode (String: 'visit' / 'third-party' / 'phone' for events,
    null for commitments) and plover_context (String, for commitments; null for events).

    A visit gives two rows (042 guest -> host, 043 host -> guest), a meeting or a call one each
    way between its sides, a commitment one per party towards the other side. Rules: the module
    docstring; codes per term: the codebook table (the schemas' vocabularies). `to_pandas=True`
    returns pandas. `version=` pins the release and `package=` reads another release's folder or
    datapackage.json, as in `load()`: every table the view needs comes from that release. Raises what `load()` raises, and TypeError for a `to_pandas` that is not a bool."""

    flag("to_pandas", to_pandas)
    t = load_tables(("events", "participants", "commitments", "countries", "codebook"), version=version, package=package)
    return as_requested(event_codes_frame(t), to_pandas)
