"""The hand-checked package against the texts, through its own evidence (needs ../shared/corpus).

For every event, the facts recorded are looked for in the words the record cites: the place's
name, the day (as a weekday, a calendar date, or a month anchored by a dated report), each
person's name and office, and each commitment's modality verb (a form the curation guide's §7
table lists). Nothing here restates a value of the records: the expected words are derived from
the record (and the guide) and looked up in the source text.
"""

from __future__ import annotations

import datetime as dt
import re

import polars as pl
import pytest

from pakiran_events.core.corpus import Corpus


@pytest.fixture(scope="module")
def package(repo):
    data = repo / "dataset" / "data"
    return {name: pl.read_parquet(data / f"{name}.parquet")
            for name in ("events", "participants", "commitments", "evidence", "sources", "places", "actor_aliases",
                         "positions")}


@pytest.fixture(scope="module")
def quotes(package, corpus_dirs):
    """(record_table, record_id, field) -> list of (source_id, quoted text)."""
    corpus, texts, out = Corpus(*corpus_dirs), {}, {}
    for row in package["evidence"].iter_rows(named=True):
        doc = row["source_id"]
        texts.setdefault(doc, corpus.text(doc))
        out.setdefault((row["record_table"], row["record_id"], row["field"]), []).append(
            (doc, texts[doc][row["char_start"]:row["char_end"]]))
    return out


def _day_forms(day: dt.date) -> list[str]:
    month = day.strftime("%B")
    return [day.strftime("%A"), day.isoformat(), f"{month} {day.day}", f"{day.day} {month}",
            f"{month[:3]} {day.day}", f"{month[:3]}. {day.day}"]


def _mentions(texts: list[str], forms: list[str]) -> bool:
    return any(re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", t, re.IGNORECASE) for t in texts for f in forms)


CORPUS_END = dt.date(2025, 12, 31)  # the guide's cap for a range whose term has not ended (§4)
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _lengths(texts: list[str]) -> set[int]:
    """Lengths in days stated in the words ('two-day', '3-day')."""
    found = set()
    for t in texts:
        for word in re.findall(r"\b(\w+)[- ]day\b", t, re.IGNORECASE):
            n = NUMBER_WORDS.get(word.lower()) or (int(word) if word.isdigit() else None)
            if n:
                found.add(n)
    return found


def _named(day: dt.date, texts: list[str], end: bool = False) -> bool:
    return _mentions(texts, _day_forms(day) + ([f"to {day.day}"] if end else []))


def _reference_days(repo) -> set[dt.date]:
    """The dated reference events of the guide (§4), read from its marker."""
    guide = (repo / "dataset" / "CURATION.md").read_text(encoding="utf-8")
    listed = re.search(r"<!-- reference-events: (.*?) -->", guide).group(1)
    return {dt.date.fromisoformat(d) for d in re.findall(r"\d{4}-\d{2}-\d{2}", listed)}


def _bound_ok(day: dt.date, other: dt.date, end: bool, texts: list[str], lengths: set[int],
              published: list[dt.date], terms: set[dt.date]) -> bool:
    """A bound of a range is justified (guide §4) by a day named in the cited words, by a stated
    length counted from the other bound when that one is named, by a publication date of a citing
    report (an event is on or before its report), by a term of office of a participant, by the edge
    of a month or year that the words name or that the report's date makes 'last year' / 'this
    month', or by the corpus cap."""
    if _named(day, texts, end) or day in terms or day == CORPUS_END:
        return True
    if end and _mentions(texts, [f"{other.day}-{day.day}", f"{other.day}–{day.day}"]):  # April 17-18
        return True
    if any(abs((day - other).days) == n - 1 for n in lengths) and _named(other, texts, not end):
        return True
    if any(abs((day - p).days) <= 1 for p in published):
        return True
    edge_of_month = (day.day == 1) if not end else ((day + dt.timedelta(days=1)).day == 1)
    edge_of_year = (day.month, day.day) == ((1, 1) if not end else (12, 31))
    years = {p.year for p in published} | {p.year - 1 for p in published}
    if edge_of_year and (day.year in years or day.year == other.year or _mentions(texts, [str(day.year)])):
        return True
    return edge_of_month and (_mentions(texts, [day.strftime("%B")]) or any((p.year, p.month) == (day.year, day.month)
                                                                              for p in published))


def test_every_event_date_is_in_its_cited_words(package, quotes, repo):
    references = _reference_days(repo)
    events = {r["event_id"]: r for r in package["events"].iter_rows(named=True)}
    published = dict(zip(package["sources"]["source_id"], package["sources"]["published_date"]))
    terms_of: dict[str, set[dt.date]] = {}
    for p in package["positions"].iter_rows(named=True):
        terms_of.setdefault(p["actor_id"], set()).update(d for d in (p["start"], p["end"]) if d)
    actors_of: dict[str, set[str]] = {}
    for p in package["participants"].iter_rows(named=True):
        actors_of.setdefault(p["event_id"], set()).add(p["actor_id"])
    unjustified = []
    for ev in package["events"].iter_rows(named=True):
        cited = quotes[("events", ev["event_id"], "date_start")]
        texts = [t for _, t in cited]
        start, end = ev["date_start"], ev["date_end"]
        if ev["date_precision"] == "month":
            # the month by name, or a relative expression in a report published that month
            anchored = any(published[doc] and (published[doc].year, published[doc].month) == (start.year, start.month)
                           for doc, _ in cited)
            if not (_mentions(texts, [start.strftime("%B")]) or anchored):
                unjustified.append((ev["event_id"], "month", start))
            continue
        if ev["date_precision"] == "day":
            day_before = start - dt.timedelta(days=1)
            relative = _mentions(texts, ["a day after"]) and _mentions(texts, _day_forms(day_before))
            if not (_named(start, texts) or relative):
                unjustified.append((ev["event_id"], "day", start))
            continue
        spans = cited + quotes.get(("events", ev["event_id"], "date_precision"), [])
        lengths = _lengths([t for _, t in spans])
        dates = [published[doc] for doc, _ in spans if published.get(doc)]
        terms = set().union(*[terms_of.get(a, set()) for a in actors_of.get(ev["event_id"], set())])
        parent = events.get(ev["parent_event_id"]) or {}
        for day, other, is_end in ((start, end, False), (end, start, True)):
            if day in references or day in (parent.get("date_start"), parent.get("date_end")):
                continue
            if not _bound_ok(day, other, is_end, texts, lengths, dates, terms):
                unjustified.append((ev["event_id"], "end" if is_end else "start", day))
    assert unjustified == [], "\n".join(map(str, unjustified))


def test_every_placed_event_names_its_place_in_its_cited_words(package, quotes):
    """A city is named in the words cited for it. An event placed only at a country (guide §5)
    names the country or one of its cities in those words, or is a meeting of a visit to it."""
    places = {r["place_id"]: r for r in package["places"].iter_rows(named=True)}
    cities_of: dict[str, list[str]] = {}
    for p in places.values():
        if p["coordinate_precision"] != "country":
            cities_of.setdefault(p["country_iso3"], []).append(p["name"])
    events = {r["event_id"]: r for r in package["events"].iter_rows(named=True)}
    placed = [e for e in events.values() if e["place_id"] is not None]
    assert all(e["event_type"] == "phone_call" for e in events.values() if e["place_id"] is None)
    for ev in placed:
        texts = [t for _, t in quotes[("events", ev["event_id"], "place_id")]]
        place = places[ev["place_id"]]
        if place["coordinate_precision"] == "country":
            parent = events.get(ev["parent_event_id"]) or {}
            assert (_mentions(texts, [place["name"], *cities_of.get(place["country_iso3"], [])])
                    or parent.get("country_iso3") == place["country_iso3"]), (ev["event_id"], texts)
        else:
            assert _mentions(texts, [place["name"]]), (ev["event_id"], texts)


def test_every_person_is_named_and_every_title_is_in_the_cited_words(package, quotes, repo):
    aliases = package["actor_aliases"].group_by("actor_id").agg("alias")
    alias_of = dict(zip(aliases["actor_id"], aliases["alias"]))
    actors = pl.read_parquet(repo / "dataset" / "data" / "actors.parquet")
    persons = set(actors.filter(pl.col("actor_type") == "person")["actor_id"])
    root = {e: (pe or e) for e, pe in zip(package["events"]["event_id"], package["events"]["parent_event_id"])}
    offices_at: dict[tuple, set[str]] = {}  # (engagement, "other", side) -> offices the other side held in it
    for p in package["participants"].iter_rows(named=True):
        for side in ("IRN", "PAK"):
            if p["side_iso3"] != side:
                offices_at.setdefault((root[p["event_id"]], "other", side), set()).add(re.sub(r"\s*\(.*?\)", "", p["title"]))
    for p in package["participants"].iter_rows(named=True):
        rid = f"{p['event_id']}/{p['actor_id']}"
        named = [t for _, t in quotes[("participants", rid, "actor_id")]]
        assert named, rid
        if p["actor_id"] in persons:  # an organisation stands for unnamed officials: no name to find
            assert any(_mentions([t], list(alias_of[p["actor_id"]])) for t in named), rid
        # the office's words (minus the rank in brackets) appear in a cited span
        office = re.sub(r"\s*\(.*?\)", "", p["title"]).split(";")[0]
        words = [w for w in re.findall(r"[A-Za-z]+", office) if len(w) > 3 and w.lower() not in {"with", "from"}]
        titled = [t for _, t in quotes[("participants", rid, "title")]]
        initialism = any(re.search(rf"\b{i}\b", t) for t in titled for i in _initialisms(office))  # case kept: IG, COAS
        # "his Iranian counterpart": the office is the one the other side's participant holds (§6)
        counterpart = any(re.search(r"counterparts?\b", t, re.IGNORECASE) for t in titled) and (
            "counterpart" in p["title"].lower() or office in offices_at.get((root[p["event_id"]], "other", p["side_iso3"]), set()))
        assert (any(_mentions(titled, [w]) for w in words) or initialism or counterpart
                or _mentions(titled, ["envoy", "Gen"])), (rid, p["title"])


def _initialisms(office: str) -> list[str]:
    """'Chief of Army Staff' -> COAS, CAS, CO...; 'Inspector General of Police' -> IG, IGP, IGOP."""
    words = re.findall(r"[A-Za-z]+", office)
    forms = set()
    for letters in ("".join(w[0] for w in words), "".join(w[0] for w in words if w[0].isupper())):
        forms |= {letters[:n].upper() for n in range(2, len(letters) + 1)}
    return sorted(forms)


def guide_modality_forms(repo) -> dict[str, re.Pattern]:
    """The verbs and forms of each modality that the curation guide's table lists (CURATION.md
    §7, the codebook of modality): the forms `verify-evidence` knows (core.cues.MODALITY_FORMS)
    that match the words of the guide's row for that modality. A form the code knows and the
    guide does not list is no evidence here; a modality the guide has no row for fails."""
    from pakiran_events.core.cues import MODALITY_FORMS

    guide = (repo / "dataset" / "CURATION.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| `(\w+)` \| (.*?) \| [C0-9, ]+ \|$", guide, re.M))
    terms = pl.read_parquet(repo / "dataset" / "data" / "codebook.parquet").filter(
        (pl.col("resource") == "commitments") & (pl.col("field") == "modality"))["term"]
    assert set(terms) <= set(rows), f"the guide's §7 table has no row for {sorted(set(terms) - set(rows))}"
    listed = {m: [f for f in MODALITY_FORMS.get(m, ()) if re.search(f, rows[m], re.IGNORECASE)] for m in terms}
    assert all(listed.values()), f"no form of these modalities is in the guide's table: {[m for m, f in listed.items() if not f]}"
    return {m: re.compile(r"\b(?:" + "|".join(forms) + ")", re.IGNORECASE) for m, forms in listed.items()}


def test_every_commitment_cites_a_verb_of_its_modality_from_the_guide(package, quotes, repo):
    forms = guide_modality_forms(repo)
    missing = []
    for c in package["commitments"].iter_rows(named=True):
        texts = [t for _, t in quotes[("commitments", c["commitment_id"], "modality")]]
        if not any(forms[c["modality"]].search(t) for t in texts):
            missing.append((c["commitment_id"], c["modality"]))  # ids only: no source text in test output
    assert missing == []


def test_every_document_reports_an_engagement_or_is_listed_in_the_guide(repo, corpus_dirs, package):
    from pakiran_events.curate.registry import reports_without_engagement

    exempt = set(reports_without_engagement(repo / "dataset" / "curated"))
    linked = set(pl.read_parquet(repo / "dataset" / "data" / "event_sources.parquet")["source_id"])
    documents = {row["doc_id"] for row in Corpus(*corpus_dirs).manifest()}
    assert documents - exempt <= linked, sorted(documents - exempt - linked)
    assert not exempt & linked, "a document listed as reporting no engagement is cited"
