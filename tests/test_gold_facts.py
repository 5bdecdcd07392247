"""The hand-checked package against the texts, through its own evidence (needs ../shared/corpus).

For every event, the facts recorded are looked for in the words the record cites: the place's
name, the day (as a weekday, a calendar date, or a month anchored by a dated report), each
person's name and office, and each commitment's modality verb. Nothing here restates a value of
the records: the expected words are derived from the record and looked up in the source text.
"""

from __future__ import annotations

import datetime as dt
import re

import polars as pl
import pytest

from pakiran_events.core.corpus import Corpus

MODALITY_VERBS = {  # the curation guide's table (dataset/CURATION.md §7)
    "agreed": r"agree|decided|concurred|observed",
    "pledged": r"vow|pledge|promis|resolve|intent|commitment",
    "reaffirmed": r"reaffirm|reiterat|renew|restat|underscor|principle|remain firm",
    "proposed": r"urg|stress|emphasi|call|keen|need|highlight|underline|wants|will promote|can culminate|should",
    "signed": r"sign|exchang",
    "discussed": r"discuss|agenda|on top",
}


@pytest.fixture(scope="module")
def package(repo):
    data = repo / "dataset" / "data"
    return {name: pl.read_parquet(data / f"{name}.parquet")
            for name in ("events", "participants", "commitments", "evidence", "sources", "places", "actor_aliases")}


@pytest.fixture(scope="module")
def quotes(package, corpus_dir):
    """(record_table, record_id, field) -> list of (source_id, quoted text)."""
    corpus, texts, out = Corpus(corpus_dir), {}, {}
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


def test_every_event_date_is_in_its_cited_words(package, quotes):
    published = dict(zip(package["sources"]["source_id"], package["sources"]["published_date"]))
    for ev in package["events"].iter_rows(named=True):
        cited = quotes[("events", ev["event_id"], "date_start")]
        texts = [t for _, t in cited]
        start, end = ev["date_start"], ev["date_end"]
        if ev["date_precision"] == "month":
            # the month by name, or a relative expression in a report published that month
            anchored = any(published[doc] and (published[doc].year, published[doc].month) == (start.year, start.month)
                           for doc, _ in cited)
            assert _mentions(texts, [start.strftime("%B")]) or anchored, ev["event_id"]
            continue
        day_before = start - dt.timedelta(days=1)
        relative = _mentions(texts, ["a day after"]) and _mentions(texts, _day_forms(day_before))
        assert _mentions(texts, _day_forms(start)) or relative, (ev["event_id"], "start", start, texts)
        if end != start:
            # the last day by weekday or date, or 'N to M' / 'to M' for a range announced as such
            assert _mentions(texts, _day_forms(end) + [f"to {end.day}"]), (ev["event_id"], "end", end, texts)


def test_every_placed_event_names_its_place_in_its_cited_words(package, quotes):
    names = dict(zip(package["places"]["place_id"], package["places"]["name"]))
    placed = package["events"].filter(pl.col("place_id").is_not_null())
    assert placed.height >= package["events"].height - 1
    for ev in placed.iter_rows(named=True):
        texts = [t for _, t in quotes[("events", ev["event_id"], "place_id")]]
        assert _mentions(texts, [names[ev["place_id"]]]), (ev["event_id"], texts)


def test_every_person_is_named_and_every_title_is_in_the_cited_words(package, quotes, repo):
    aliases = package["actor_aliases"].group_by("actor_id").agg("alias")
    alias_of = dict(zip(aliases["actor_id"], aliases["alias"]))
    actors = pl.read_parquet(repo / "dataset" / "data" / "actors.parquet")
    persons = set(actors.filter(pl.col("actor_type") == "person")["actor_id"])
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
        assert (any(_mentions(titled, [w]) for w in words) or initialism
                or _mentions(titled, ["envoy", "Gen"])), (rid, p["title"])


def _initialisms(office: str) -> list[str]:
    """'Chief of Army Staff' -> COAS, CAS, CO...; 'Inspector General of Police' -> IG, IGP, IGOP."""
    words = re.findall(r"[A-Za-z]+", office)
    forms = set()
    for letters in ("".join(w[0] for w in words), "".join(w[0] for w in words if w[0].isupper())):
        forms |= {letters[:n].upper() for n in range(2, len(letters) + 1)}
    return sorted(forms)


def test_every_commitment_cites_its_modality_verb(package, quotes):
    for c in package["commitments"].iter_rows(named=True):
        texts = [t for _, t in quotes[("commitments", c["commitment_id"], "modality")]]
        assert any(re.search(MODALITY_VERBS[c["modality"]], t, re.IGNORECASE) for t in texts), (c["commitment_id"], texts)


def test_every_document_reports_an_engagement_or_is_listed_in_the_guide(repo, corpus_dir, package):
    guide = (repo / "dataset" / "CURATION.md").read_text(encoding="utf-8")
    listed = re.search(r"<!-- no-engagement: (.*?) -->", guide).group(1)
    exempt = set() if listed.strip() == "none" else {d.strip() for d in listed.split(",")}
    linked = set(pl.read_parquet(repo / "dataset" / "data" / "event_sources.parquet")["source_id"])
    documents = {row["doc_id"] for row in Corpus(corpus_dir).manifest()}
    assert documents - exempt <= linked, sorted(documents - exempt - linked)
    assert not exempt & linked, "a document listed as reporting no engagement is cited"
