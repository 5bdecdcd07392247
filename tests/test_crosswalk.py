"""A crosswalk that agrees with itself and with PLOVER (issue 14, item 2): mode apart from
context, one PLOVER type per CAMEO code, visits as 042/043, a rule for a commitment's CAMEO code,
and joins with ICEWS-like and POLECAT-like rows written here."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

import pakiran_events as pe
from pakiran_events.loader.crosswalk import commitment_code

MODES = {"visit", "phone", "third-party", "multilateral"}


def test_mode_is_apart_from_context():
    codebook = pe.load("codebook")
    assert "plover_mode" in codebook.columns
    assert not set(codebook["plover_context"].drop_nulls()) & MODES
    modes = dict(codebook.filter(pl.col("field") == "event_type").select("term", "plover_mode").iter_rows())
    assert modes["visit"] == "visit" and modes["phone_call"] == "phone"


def test_each_cameo_code_has_one_plover_type_everywhere():
    codebook = pe.load("codebook").filter(pl.col("cameo").is_not_null())
    codes = pe.event_codes().select("cameo", "plover_type")
    both = pl.concat([codebook.select("cameo", "plover_type"), codes])
    per_code = both.group_by("cameo").agg(pl.col("plover_type").n_unique().alias("n"))
    assert per_code.filter(pl.col("n") > 1).is_empty(), per_code.filter(pl.col("n") > 1)
    assert both.filter(pl.col("cameo") == "057")["plover_type"].unique().to_list() == ["SUPPORT"]


@pytest.mark.parametrize("ctype, modality, code", [
    ("agreement_signing", "signed", ("057", "SUPPORT", "diplomatic")),
    ("intelligence_sharing", "signed", ("057", "SUPPORT", "intelligence")),
    ("agreement_signing", "agreed", ("030", "AGREE", "diplomatic")),
    ("intelligence_sharing", "pledged", ("0314", "AGREE", "intelligence")),
    ("trade_expansion", "reaffirmed", ("0311", "AGREE", "economic")),
    ("intelligence_sharing", "proposed", ("0214", "REQUEST", "intelligence")),
    ("consultative_mechanism", "proposed", ("026", "REQUEST", "diplomatic")),
    ("border_security", "proposed", ("020", "REQUEST", "territory")),
    ("defence_cooperation", "discussed", ("040", "CONSULT", "military")),
    ("other", "agreed", ("030", "AGREE", "diplomatic")),
])
def test_the_cameo_code_of_a_commitment_follows_its_type_and_modality(ctype, modality, code):
    assert commitment_code(ctype, modality, pe.load("codebook")) == code


def test_unknown_terms_are_refused():
    with pytest.raises(KeyError, match="space_cooperation"):
        commitment_code("space_cooperation", "agreed", pe.load("codebook"))


def _matches(codes: pl.DataFrame, rows: pl.DataFrame, on: list[str]) -> list:
    """Each outside row with the package records it matches: same keys, dated within the record."""
    joined = rows.with_row_index("row").join(codes, on=on, how="left", nulls_equal=True).with_columns(
        pl.when(pl.col("date").is_between("date_start", "date_end")).then("record_id").alias("record_id"))
    got = joined.group_by("row").agg(pl.col("record_id").drop_nulls().unique().sort()).sort("row")
    return [sorted(r) for r in got["record_id"].to_list()]


def test_icews_like_rows_join_the_coded_events():
    names = dict(pe.load("countries").select("name", "iso3").iter_rows())
    icews = pl.DataFrame({  # Event Date, Source Country, Target Country, CAMEO Code (made up here)
        "Event Date": [dt.date(2023, 7, 15), dt.date(2024, 4, 22), dt.date(2023, 7, 15), dt.date(2023, 3, 1)],
        "Source Country": ["Iran", "Pakistan", "Pakistan", "Iran"],
        "Target Country": ["Pakistan", "Iran", "Iran", "Pakistan"],
        "CAMEO Code": ["043", "043", "043", "042"],
    })
    rows = icews.select(pl.col("Event Date").alias("date"),
                        pl.col("Source Country").replace_strict(names).alias("source_iso3"),
                        pl.col("Target Country").replace_strict(names).alias("target_iso3"),
                        pl.col("CAMEO Code").alias("cameo"))
    codes = pe.event_codes().filter(pl.col("record_table") == "events")
    found = _matches(codes, rows, ["source_iso3", "target_iso3", "cameo"])
    raisi = pe.engagements().filter((pl.col("event_type") == "visit") & (pl.col("date_start") == dt.date(2024, 4, 22)))
    # Iran hosted Munir's visit; Pakistan hosted Raisi's; Pakistan hosted nobody in July 2023;
    # nothing happened on 1 March 2023
    assert found == [["E000001"], raisi["event_id"].to_list(), [], []]


def test_polecat_like_rows_join_on_type_mode_and_context():
    polecat = pl.DataFrame({  # date, actor country, recipient country, PLOVER type, mode, context
        "date": [dt.date(2024, 1, 19), dt.date(2023, 7, 15), dt.date(2023, 7, 15)],
        "source_iso3": ["PAK", "PAK", "PAK"], "target_iso3": ["IRN", "IRN", "IRN"],
        "plover_type": ["CONSULT", "AGREE", "AGREE"], "plover_mode": ["phone", None, None],
        "plover_context": [None, "intelligence", "legal"],
    })
    codes = pe.event_codes()
    consult = _matches(codes.filter(pl.col("record_table") == "events"), polecat.head(1),
                       ["source_iso3", "target_iso3", "plover_type", "plover_mode"])
    agree = _matches(codes.filter(pl.col("record_table") == "commitments"), polecat.tail(2),
                     ["source_iso3", "target_iso3", "plover_type", "plover_context"])
    day = dt.date(2024, 1, 19)
    call = (pe.load("events").filter((pl.col("event_type") == "phone_call") & (pl.col("date_start") <= day)
                                     & (pl.col("date_end") >= day))["event_id"].sort().to_list())
    # the January 2024 call (month precision) takes a row dated within it, as does any call known
    # only as a range that contains the day
    assert "E000022" in call and consult == [call]
    assert agree == [["C000002"], []]  # the intelligence-sharing vow at Munir's meeting with Bagheri
