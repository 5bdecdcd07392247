"""schemas/countries.csv against its source: every state of the Correlates of War state system
membership list (v2016) alive in 2016 that has an ISO3 code, with its COW and Gleditsch-Ward codes as
the countrycode project redistributes them (tests/fixtures/countries_cow_gw.csv, written by
scripts/countries_source.py). The table bounds the extractor's gazetteer, so a state missing here
is a venue the extractor cannot place (a sideline meeting in Bangkok or Hanoi)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from extract_fixtures import events_of, lexicon
from pakiran_events.core.schema import country_rows
from pakiran_events.extract.places import country_names

FIXTURE = Path(__file__).parent / "fixtures" / "countries_cow_gw.csv"


def _source() -> tuple[str, dict[str, dict]]:
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    header = lines[0]
    return header, {r["iso3"]: r for r in csv.DictReader(line for line in lines if not line.startswith("#"))}


def _table() -> dict[str, dict]:
    return {r["iso3"]: r for r in country_rows()}


def test_the_source_extract_names_its_commit_and_holds_the_2016_states():
    header, source = _source()
    assert re.search(r"countrycode commit [0-9a-f]{40}\b", header)
    assert len(source) == 194  # 195 COW states in 2016, less Kosovo (no ISO 3166 code)
    assert "XKX" not in source and {"THA", "CMR", "VNM", "YEM", "SRB", "TWN"} <= set(source)


def test_every_row_agrees_with_the_source():
    _, source = _source()
    geonames = country_names()
    wrong = []
    for iso3, row in _table().items():
        src = source.get(iso3)
        if src is None:
            wrong.append(f"{iso3}: not a COW state of 2016")
            continue
        if int(row["cow_ccode"]) != int(src["cow_ccode"]) or row["cow_abb"] != src["cow_abb"]:
            wrong.append(f"{iso3}: COW {row['cow_ccode']} {row['cow_abb']} != {src['cow_ccode']} {src['cow_abb']}")
        if (row["gw_code"] or "") != src["gw_code"]:
            wrong.append(f"{iso3}: GW {row['gw_code']} != {src['gw_code'] or 'none'}")
        if row["name"] not in {src["name"], src["cow_name"], geonames.get(iso3)}:
            wrong.append(f"{iso3}: name {row['name']!r} is neither the source's nor GeoNames'")
    assert wrong == []


def test_the_table_covers_every_state_of_the_source():
    _, source = _source()
    assert sorted(set(source) - set(_table())) == []


def test_the_tables_internal_rules():
    rows = list(_table().values())
    assert len({r["iso3"] for r in country_rows()}) == len(country_rows())
    assert len({r["cow_ccode"] for r in rows}) == len(rows)
    gw = [r["gw_code"] for r in rows if r["gw_code"]]
    assert len(set(gw)) == len(gw)
    assert all(re.fullmatch(r"[A-Z]{3}", r["cow_abb"]) for r in rows)
    # a row whose GW number is not its COW number, or is missing, says why
    odd = [r for r in rows if r["gw_code"] != r["cow_ccode"]]
    assert {r["iso3"] for r in odd} >= {"DEU", "YEM", "SRB", "VNM"}
    assert [r["iso3"] for r in odd if not r["notes"]] == []


@pytest.mark.parametrize("city", ["Bangkok", "Yaoundé", "Hanoi", "Sanaa", "Accra", "Prague", "Belgrade"])
def test_a_third_country_venue_is_in_the_gazetteer(city):
    lex = lexicon()
    assert city in lex.place_names
    assert city not in lex.unlisted_place_names


@pytest.mark.parametrize("name", ["Kira", "Bimbo", "Carrefour", "Delmas"])
def test_a_new_countrys_city_that_is_a_given_name_or_a_brand_is_no_place(name):
    # the larger gazetteer of the full table brings cities whose names are people's names or shop
    # brands (GeoNames: Kira, Uganda; Carrefour, Haiti); like 'Victoria' they stay out (not_places)
    lex = lexicon()
    assert name not in lex.place_names and name not in lex.minor_place_names


def test_a_person_named_like_a_new_city_does_not_place_the_meeting():
    events = events_of(("wire-20240601-kira", "2024-06-01",
                        "Kira Baig, a spokeswoman, said Pakistan's Foreign Minister Ishaq Dar met Iranian Foreign "
                        "Minister Hossein Amir-Abdollahian on Friday to discuss border trade."))
    assert [(e.kind, e.place_id) for e in events] == [("meeting", None)]
