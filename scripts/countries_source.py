"""Writes tests/fixtures/countries_cow_gw.csv: the states of the Correlates of War state system
membership list (v2016) alive in its last year, with ISO3, English name and Gleditsch-Ward number,
taken from a checkout of the `countrycode` project (Arel-Bundock et al.), which redistributes both
lists. The fixture is what schemas/countries.csv is checked against (tests/test_countries_table.py);
it is run by hand when the source moves on, never at build time (nothing reaches the network).

    python scripts/countries_source.py --countrycode /path/to/countrycode --commit <sha>

Sources read (`dictionary/` of that checkout): data_cow.csv (COW ccode, stateabb and name per
year, to 2016), data_gw.csv (GW number, abbreviation and name per year, GW's list of independent
states) and codelist_without_cldr.csv (ISO3 and English name per COW number). A GW number is the
state's own COW number where GW list that number in their last year; else the GW number codelist
gives the ISO3 (Germany); else the GW state that continues the COW state under another number
(`CONTINUED`, the documented COW/GW splits); else empty (microstates GW's independent-states list
leaves out, and Vietnam, whose GW row countrycode's own build drops). A COW state without an ISO3
(Kosovo) is left out: the package keys countries on ISO3.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "countries_cow_gw.csv"
# COW number -> (ISO3, GW number) where GW continue the state under another number (Yemen after
# 1990: COW 679, GW 678; Serbia after 2006: COW keep Yugoslavia's 345, GW 340) and codelist has
# no ISO3 for the COW number (it files Serbia under GW only)
CONTINUED = {679: ("YEM", 678), 345: ("SRB", 340)}
FIELDS = ["iso3", "name", "cow_ccode", "cow_abb", "cow_name", "gw_code", "gw_abb", "gw_name"]


def _read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _last_year(rows: list[dict], code: str) -> dict[int, dict]:
    last = max(int(r["year"]) for r in rows)
    return {int(r[code]): r for r in rows if int(r["year"]) == last}


def source_rows(folder: Path) -> list[dict]:
    """One row per COW state alive in 2016 that has an ISO3 code."""
    cow = _last_year(_read(folder / "data_cow.csv"), "cown")
    gw = _last_year(_read(folder / "data_gw.csv"), "gwn")
    codelist = _read(folder / "codelist_without_cldr.csv")
    by_cown = {int(r["cown"]): r for r in codelist if r["cown"] and r["iso3c"]}
    by_iso3 = {r["iso3c"]: r for r in codelist if r["iso3c"]}
    out = []
    for ccode, c in sorted(cow.items()):
        iso3, gwn = CONTINUED.get(ccode, (by_cown[ccode]["iso3c"] if ccode in by_cown else None, None))
        if iso3 is None:
            continue
        listed = by_iso3[iso3]
        if gwn is None:
            gwn = ccode if ccode in gw else (int(listed["gwn"]) if listed["gwn"] and int(listed["gwn"]) in gw else None)
        g = gw.get(gwn, {}) if gwn is not None else {}
        out.append({"iso3": iso3, "name": listed["country.name.en"], "cow_ccode": ccode, "cow_abb": c["cowc"],
                    "cow_name": c["cow.name"], "gw_code": gwn if g else "", "gw_abb": g.get("gwc", ""),
                    "gw_name": g.get("country", "")})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--countrycode", type=Path, required=True, help="checkout of vincentarelbundock/countrycode")
    parser.add_argument("--commit", required=True, help="the checkout's commit, written in the header")
    args = parser.parse_args(argv)
    rows = source_rows(args.countrycode / "dictionary")
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        fh.write(f"# source: github.com/vincentarelbundock/countrycode commit {args.commit}, dictionary/data_cow.csv "
                 "(COW system2016, year 2016), dictionary/data_gw.csv (GW iisystem, last year), "
                 "dictionary/codelist_without_cldr.csv (ISO3, English name); made by scripts/countries_source.py\n")
        writer = csv.DictWriter(fh, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} states -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
