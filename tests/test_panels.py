"""Dyad-year panels with standard country codes (issue 14, item 1): a year in the views, COW and
Gleditsch-Ward codes beside every ISO3 the package names, and pe.dyad_years() zero-filled over
the coverage years with the counts a peacesciencer create_dyadyears() user merges."""

from __future__ import annotations

import polars as pl
import pytest

import pakiran_events as pe
from pakiran_events.loader.panels import dyad_years_frame

COW = {"PAK": 770, "IRN": 630}  # COW State System Membership v2016; Gleditsch-Ward use the same numbers


def test_every_country_the_package_names_has_cow_and_gw_codes():
    countries = pe.load("countries")
    named = (set(pe.load("participants")["side_iso3"]) | set(pe.load("places")["country_iso3"])
             | set(pe.load("actors")["country_iso3"]) | set(pe.load("events")["country_iso3"].drop_nulls()))
    assert named <= set(countries["iso3"])
    assert countries["cow_ccode"].null_count() == 0  # every row is a COW state
    # Gleditsch-Ward leaves microstates out (gw_code empty there); every country the package names has both
    assert countries.filter(pl.col("iso3").is_in(sorted(named)) & pl.col("gw_code").is_null()).height == 0
    codes = dict(zip(countries["iso3"], zip(countries["cow_ccode"], countries["gw_code"])))
    assert codes["PAK"] == (770, 770) and codes["IRN"] == (630, 630) and codes["DEU"] == (255, 260)


def test_views_carry_year_and_codes():
    view = pe.engagements()
    assert (view["year"] == view["date_start"].dt.year()).all()
    visits = view.filter(pl.col("event_type") == "visit")
    assert visits["host_ccode"].to_list() == [COW[s] for s in visits["host_side"]]
    people = pe.participation()
    assert people["side_ccode"].to_list() == [COW[s] for s in people["side"]]
    assert {"year", "guest_ccode", "host_gwcode"} <= set(pe.dyads().columns)


def test_undirected_panel_is_one_row_per_dyad_year_zero_filled():
    panel = pe.dyad_years()
    events = pe.load("events")
    years = list(range(events["date_start"].dt.year().min(), events["date_start"].dt.year().max() + 1))
    assert panel.select("ccode1", "ccode2").unique().rows() == [(630, 770)]
    assert panel["year"].to_list() == years and panel.columns[:3] == ["ccode1", "ccode2", "year"]
    kinds = events.group_by("event_type").len()
    want = dict(zip(kinds["event_type"], kinds["len"]))
    assert panel["n_visits"].sum() == want.get("visit", 0) and panel["n_meetings"].sum() == want.get("meeting", 0)
    assert panel["n_calls"].sum() == want.get("phone_call", 0)
    commitments = pe.load("commitments")
    assert panel["n_commitments"].sum() == commitments.height
    signed = commitments.filter((pl.col("commitment_type") == "agreement_signing") & (pl.col("modality") == "signed"))
    assert panel["agreement_signing__signed"].sum() == signed.height
    count_cols = [c for c in panel.columns if c.startswith("n_") or "__" in c]
    assert all(panel[c].null_count() == 0 for c in count_cols)


def test_directed_panel_follows_the_visitor_and_the_gw_system():
    panel = pe.dyad_years(directed=True, by="gw")
    assert panel.columns[:3] == ["gwcode1", "gwcode2", "year"] and panel.height == 2 * pe.dyad_years().height
    visits = pe.engagements().filter(pl.col("event_type") == "visit")
    by_visitor = visits.select(pl.col("guest_sides").list.first().alias("side1_iso3")).group_by("side1_iso3").len()
    for side, n in by_visitor.iter_rows():
        assert panel.filter(pl.col("side1_iso3") == side)["n_visits"].sum() == n
    with pytest.raises(ValueError, match="by must be one of"):
        pe.dyad_years(by="un")


def test_a_year_without_events_is_zero_not_missing():
    """A made-up package: events in 2020 and 2022 only; 2021 is in the panel with zeros."""
    import datetime as dt

    t = {
        "events": pl.DataFrame({"event_id": ["E1", "E2"], "event_type": ["visit", "phone_call"],
                                "date_start": [dt.date(2020, 5, 1), dt.date(2022, 1, 3)], "country_iso3": ["IRN", None]}),
        "participants": pl.DataFrame({"event_id": ["E1", "E2", "E2"], "side_iso3": ["PAK", "PAK", "IRN"],
                                      "role": ["guest", "participant", "participant"]}),
        "commitments": pl.DataFrame({"event_id": ["E1"], "commitment_type": ["border_security"], "modality": ["agreed"],
                                     "parties": [["PAK"]]}),
        "countries": pe.load("countries"),
        "codebook": pe.load("codebook"),
    }
    panel = dyad_years_frame(t)
    assert panel["year"].to_list() == [2020, 2021, 2022]
    assert panel["n_visits"].to_list() == [1, 0, 0] and panel["n_calls"].to_list() == [0, 0, 1]
    directed = dyad_years_frame(t, directed=True, by="iso3")
    mine = directed.filter(pl.col("year") == 2020).select("side1_iso3", "n_visits", "border_security__agreed").rows()
    assert sorted(mine) == [("IRN", 0, 0), ("PAK", 1, 1)]  # PAK visited and made the one-sided pledge


def test_a_multi_year_event_counts_in_its_first_year_or_is_skipped_on_request():
    """A made-up package: a committee session known only as 1994-2013 and a 2020 visit. By
    default the session counts in 1994 (its date_start); multi_year='skip' leaves it out."""
    import datetime as dt

    t = {
        "events": pl.DataFrame({"event_id": ["E1", "E2"], "event_type": ["other", "visit"],
                                "date_start": [dt.date(1994, 1, 1), dt.date(2020, 5, 1)],
                                "date_end": [dt.date(2013, 12, 31), dt.date(2020, 5, 2)],
                                "country_iso3": ["PAK", "IRN"]}),
        "participants": pl.DataFrame({"event_id": ["E1", "E1", "E2"], "side_iso3": ["PAK", "IRN", "PAK"],
                                      "role": ["participant", "participant", "guest"]}),
        "commitments": pl.DataFrame({"event_id": ["E1"], "commitment_type": ["border_security"], "modality": ["agreed"],
                                     "parties": [["PAK", "IRN"]]}),
        "countries": pe.load("countries"),
        "codebook": pe.load("codebook"),
    }
    start = dyad_years_frame(t)
    assert start["year"].min() == 1994 and start.filter(pl.col("year") == 1994)["n_other_events"].to_list() == [1]
    assert start["n_commitments"].sum() == 1
    skipped = dyad_years_frame(t, multi_year="skip")
    assert skipped["year"].to_list() == [2020] and skipped["n_other_events"].sum() == 0
    assert skipped["n_visits"].sum() == 1 and skipped["n_commitments"].sum() == 0
    with pytest.raises(ValueError, match="multi_year must be one of"):
        dyad_years_frame(t, multi_year="end")


def _ranged(events: list[tuple[str, str, "object", "object"]]) -> dict:
    """A made-up package whose events are (event_id, event_type, date_start, date_end), each
    between Pakistan (guest) and Iran (host)."""
    ids = [e[0] for e in events]
    return {
        "events": pl.DataFrame({"event_id": ids, "event_type": [e[1] for e in events],
                                "date_start": [e[2] for e in events], "date_end": [e[3] for e in events],
                                "country_iso3": ["IRN"] * len(ids)},
                               schema={"event_id": pl.String, "event_type": pl.String, "date_start": pl.Date,
                                       "date_end": pl.Date, "country_iso3": pl.String}),
        "participants": pl.DataFrame({"event_id": ids * 2, "side_iso3": ["PAK"] * len(ids) + ["IRN"] * len(ids),
                                      "role": ["guest"] * len(ids) + ["host"] * len(ids)},
                                     schema={"event_id": pl.String, "side_iso3": pl.String, "role": pl.String}),
        "commitments": pl.DataFrame({"event_id": ids[:1], "commitment_type": ["border_security"] * len(ids[:1]),
                                     "modality": ["agreed"] * len(ids[:1]), "parties": [["PAK"]] * len(ids[:1])},
                                    schema={"event_id": pl.String, "commitment_type": pl.String,
                                            "modality": pl.String, "parties": pl.List(pl.String)}),
        "countries": pe.load("countries"),
        "codebook": pe.load("codebook"),
    }


@pytest.mark.parametrize("directed", [False, True])
def test_skipping_every_event_gives_an_empty_panel_with_its_columns_not_an_error(directed):
    """Review: every event spans several years; multi_year='skip' leaves none (and a package
    with no events at all is the same case): an empty panel with the usual columns."""
    import datetime as dt

    t = _ranged([("E1", "other", dt.date(1994, 1, 1), dt.date(2013, 12, 31)),
                 ("E2", "meeting", dt.date(2019, 12, 30), dt.date(2020, 1, 2))])
    full = dyad_years_frame(t, directed=directed)
    skipped = dyad_years_frame(t, directed=directed, multi_year="skip")
    assert skipped.height == 0 and skipped.schema == full.schema
    empty = _ranged([])
    assert dyad_years_frame(empty, directed=directed).schema == full.schema


def test_skip_keeps_an_event_within_one_year_and_counts_its_commitments():
    import datetime as dt

    t = _ranged([("E1", "visit", dt.date(2021, 12, 30), dt.date(2021, 12, 31)),
                 ("E2", "other", dt.date(2020, 12, 31), dt.date(2021, 1, 1))])
    skipped = dyad_years_frame(t, multi_year="skip", by="iso3")
    assert skipped["year"].to_list() == [2021]
    assert skipped["n_visits"].to_list() == [1] and skipped["n_commitments"].to_list() == [1]
    assert skipped["n_other_events"].sum() == 0
