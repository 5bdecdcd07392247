"""Made-up people, places and short reports (our own words) for the extractor's tests."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from click.testing import CliRunner

from pakiran_events.cli import main
from pakiran_events.extract.cluster import Event, cluster
from pakiran_events.extract.lexicon import Lexicon, Position, load_lexicon, merge_dictionaries
from pakiran_events.extract.report import read_report

ACTORS = {
    "karim-rostami": ("Karim Rostami", "IRN", ["Rostami", "Karim Rostamy"]),
    "farid-karimzadeh": ("Farid Karimzadeh", "IRN", ["Karimzadeh"]),
    "tariq-mahmood": ("Tariq Mahmood", "PAK", ["Mahmood"]),
    "saima-baig": ("Saima Baig", "PAK", ["Baig"]),
    "nadeem-anjum": ("Nadeem Anjum", "PAK", ["Anjum"]),
}
PLACES = {
    "islamabad": {"place_id": "islamabad", "name": "Islamabad", "country_iso3": "PAK", "latitude": "33.7", "longitude": "73.0",
                  "coordinate_precision": "city", "geonames_id": "1176615"},
    "tehran": {"place_id": "tehran", "name": "Tehran", "country_iso3": "IRN", "latitude": "35.7", "longitude": "51.4",
               "coordinate_precision": "city", "geonames_id": "112931"},
    "rawalpindi": {"place_id": "rawalpindi", "name": "Rawalpindi", "country_iso3": "PAK", "latitude": "33.6", "longitude": "73.0",
                   "coordinate_precision": "city", "geonames_id": "1166993"},
    "pakistan": {"place_id": "pakistan", "name": "Pakistan", "country_iso3": "PAK", "latitude": "30.0", "longitude": "70.0",
                 "coordinate_precision": "country", "geonames_id": "1168579"},
}


# The office-holder table (the curation issue's `positions` resource), made up: who held which
# office when. 'the army chief' in a report of 2024-05-16 is Nadeem Anjum; in 2020, nobody known.
POSITIONS = [Position("nadeem-anjum", "Chief of Army Staff", "PAK", dt.date(2022, 11, 29), None),
             Position("farid-karimzadeh", "Foreign Minister", "IRN", dt.date(2024, 5, 20), None),
             Position("karim-rostami", "Foreign Minister", "IRN", dt.date(2021, 8, 25), dt.date(2024, 5, 19))]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    actors = {a: {"actor_id": a, "name": n, "actor_type": "person", "country_iso3": c} for a, (n, c, _) in ACTORS.items()}
    return Lexicon(actors, {a: list(al) for a, (_, _, al) in ACTORS.items()}, dict(PLACES), merge_dictionaries([]),
                   list(POSITIONS))


# Reports, each (doc_id, published, text). Names and events are invented.
VISIT_DAY_ONE = ("wire-20240515-rostami-arrives", "2024-05-15",
                 "Iranian Foreign Minister Karim Rostami arrived in Islamabad on Monday on a three-day official visit. "
                 "Rostami met Prime Minister Tariq Mahmood on Monday and the two sides agreed to share intelligence on militant groups.")
VISIT_DAY_TWO = ("daily-20240515-rostami-baig", "2024-05-15",
                 "Foreign Minister Karim Rostami held talks with Interior Minister Saima Baig in Islamabad on Tuesday. "
                 "Both sides pledged to open two more border markets.")
VISIT_GHQ = ("post-20240516-rostami-ghq", "2024-05-16",
             "Rostami called on army chief General Nadeem Anjum at the General Headquarters in Rawalpindi on Wednesday. "
             "Anjum stressed the need for closer coordination along the border.")
SAME_MEETING = ("herald-20240515-mahmood-rostami", "2024-05-15",
                "Prime Minister Tariq Mahmood met Iran's foreign minister Karim Rostamy in Islamabad on Monday, "
                "officials said.")
DISTRACTOR = ("bulletin-20240517-attack", "2024-05-17",
              "Gunmen attacked a border post in the south-west on Friday, killing three guards. "
              "No group claimed responsibility for the attack.")
ANNOUNCEMENT = ("times-20240601-visit-announced", "2024-06-01",
                "Iran's Foreign Minister Farid Karimzadeh will arrive in Islamabad tomorrow on a two-day visit. "
                "He is scheduled to meet Prime Minister Tariq Mahmood.")
STRANGERS = ("courier-20240710-interior-ministers", "2024-07-10",
             "Iranian Interior Minister Ahmad Vahidi met Pakistan's Interior Minister Mohsin Naqvi in Islamabad yesterday. "
             "The two ministers agreed to set up a joint border commission.")
VARIANT = ("gazette-20240710-karimzadah", "2024-07-10",
           "Karimzadah, Iran's foreign minister, met Prime Minister Tariq Mahmood in Tehran on Wednesday.")


def write_corpus(root: Path, docs, broken: dict[str, bytes] | None = None) -> Path:
    """A corpus folder in the shared corpus's format; `broken` adds files with raw bytes."""
    (root / "docs").mkdir(parents=True, exist_ok=True)
    with (root / "manifest.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["doc_id", "file", "url", "outlet", "title", "author", "published", "published_basis",
                    "language", "bytes", "sha256", "seed_file"])
        items = [(d, p, t.encode("utf-8")) for d, p, t in docs] + [(d, "", b) for d, b in (broken or {}).items()]
        for doc_id, published, data in items:
            path = root / "docs" / f"{doc_id}.txt"
            if data is not None:
                path.write_bytes(data)
            w.writerow([doc_id, f"docs/{doc_id}.txt", f"https://example.org/{doc_id}", doc_id.split("-")[0], "", "",
                        published, "date-line" if published else "", "en", len(data or b""),
                        hashlib.sha256(data or b"").hexdigest(), ""])
    return root


def write_gazetteer(root: Path) -> Path:
    """A minimal data package holding the made-up actors, aliases and places (for --gazetteer)."""
    import json

    root.mkdir(parents=True, exist_ok=True)
    tables = {
        "actors": [{"actor_id": a, "name": n, "actor_type": "person", "country_iso3": c} for a, (n, c, _) in ACTORS.items()],
        "actor_aliases": [{"actor_id": a, "alias": x} for a, (_, _, al) in ACTORS.items() for x in al],
        "places": list(PLACES.values()),
        "positions": [{"actor_id": p.actor_id, "office": p.office, "country_iso3": p.country_iso3,
                       "start": p.start.isoformat() if p.start else "", "end": p.end.isoformat() if p.end else ""}
                      for p in POSITIONS],
    }
    for name, rows in tables.items():
        with (root / f"{name}.csv").open("w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=list(rows[0]))
            w.writeheader()
            w.writerows(rows)
    desc = {"name": "fixture-gazetteer", "resources": [{"name": n, "path": f"{n}.csv"} for n in tables]}
    (root / "datapackage.json").write_text(json.dumps(desc), encoding="utf-8")
    return root


def extract_valid(tmp_path: Path, docs) -> Path:
    """The reports written as a corpus, `extract`ed (one process, no progress bar) and the package
    it wrote `validate`d: both must exit 0 (their output shown when not). The package's folder:
    the end-to-end check of a rule test whose input once broke the written package."""
    corpus, out = write_corpus(tmp_path / "corpus", docs), tmp_path / "out"
    result = CliRunner().invoke(main, ["extract", "--corpus", str(corpus), "--out", str(out), "--scheduler",
                                       "synchronous", "--no-progress"])
    assert result.exit_code == 0, result.output
    valid = CliRunner().invoke(main, ["validate", str(out)])
    assert valid.exit_code == 0, valid.output
    return out


def events_of(*docs: tuple[str, str | None, str], lex: Lexicon | None = None) -> list[Event]:
    """(doc_id, published, text) reports -> the events the read and cluster stages make of them
    (no package written): how the extractor's rule tests look at what a report gives."""
    lex = lex or lexicon()
    return cluster([read_report(d, text, pub, lex) for d, pub, text in docs])


def table_params(rows: list[dict], left: dict[str, str]) -> list:
    """A coverage table's rows as pytest params named by their `id`; a row in `left` (id -> why it
    is not yet right) is a strict xfail with that reason, so fixing it fails the test until the
    entry is removed."""
    import pytest

    return [pytest.param(r, id=r["id"], marks=pytest.mark.xfail(strict=True, reason=left[r["id"]]))
            if r["id"] in left else pytest.param(r, id=r["id"]) for r in rows]


@lru_cache(maxsize=1)
def shipped_lexicon() -> Lexicon:
    """The shipped dictionaries and curated gazetteer (`load_lexicon`), loaded once per test process."""
    return load_lexicon()


class OwnReports:
    """Made-up reports of one test file read with the shipped lexicon: what a rule test asks of one
    report (its reading, events as (kind, sorted participants), new actors' sides, a meeting of people)."""

    def __init__(self, doc_id: str, day: str, lexicon: Callable[[], Lexicon] | None = None) -> None:
        self.doc_id, self.day = doc_id, day
        self.lexicon = lexicon or shipped_lexicon  # a test table's lexicon (places11_table.lexicon) instead

    def report(self, text: str, day: str | None = None):
        return read_report(self.doc_id, text, day or self.day, self.lexicon())

    def placed(self, text: str, day: str | None = None) -> set[tuple[str, str, str | None, tuple[str, ...]]]:
        """The report's events as (kind, first day, place id, sorted participants): the one helper of
        the place and reception tests (round 30; it was written in each of them)."""
        return {(e.kind, e.date_start.isoformat(), e.place_id, tuple(sorted(e.participants))) for e in self.clustered(text, day)}

    def placed_of(self, text: str, kind: str, *actors: str) -> list[tuple[str, str, str | None, tuple[str, ...]]]:
        """The events `placed` gives of one kind with all those actors among their participants (the
        place tests of round 30 wrote it in each file)."""
        return [e for e in self.placed(text) if e[0] == kind and set(actors) <= set(e[3])]

    def placed_meetings(self, text: str, day: str | None = None) -> set[tuple[str, ...]]:
        """The sorted participants of each meeting `placed` gives."""
        return {parties for kind, _, _, parties in self.placed(text, day) if kind == "meeting"}

    def clustered(self, text: str, day: str | None = None) -> list[Event]:
        """The report's events as the cluster stage makes them (dates, place, kind, participants)."""
        return cluster([self.report(text, day)])

    def events(self, text: str, day: str | None = None) -> list[tuple[str, list[str]]]:
        return [(e.kind, sorted(e.participants)) for e in self.clustered(text, day)]

    def parties(self, text: str, kind: str, day: str | None = None) -> list[list[str]]:
        """The sorted participants of each event of one kind (`events`), in the events' order."""
        return [p for k, p in self.events(text, day) if k == kind]

    def titles(self, text: str, actor: str, day: str | None = None) -> set[str]:
        """The titles the clustered events give `actor` in the made-up report (the people tests of
        rounds 29 and 30 wrote it in each file)."""
        return {t for e in self.clustered(text, day) for t in (e.participants.get(actor, {}).get("titles") or []) if t}

    def new(self, text: str, day: str | None = None) -> dict[str, str]:
        return {a: row["country_iso3"] for a, row in self.report(text, day).new_actors.items()}

    def meets(self, text: str, *people: str, day: str | None = None) -> bool:
        return any(k == "meeting" and set(people) <= set(p) for k, p in self.events(text, day))


def of_kind(events: list[Event], kind: str) -> list[Event]:
    """The events of one kind ('meeting', 'visit', 'other' ...)."""
    return [e for e in events if e.kind == kind]


def has_pair(events: list[Event], kind: str, *people: str) -> bool:
    """Whether an event of that kind has all those actor ids among its participants."""
    return any(set(people) <= set(e.participants) for e in of_kind(events, kind))


def whole_calendar(lex):
    """A copy of lexicon `lex` whose dated range runs to the calendar's last year (engagement.yaml
    `latest_year` 9999; `earliest_year` kept). Since round 27 a publication day beyond `latest_year` is no publication day
    in read_report too (as the manifest's cell is not), so tests of the calendar's last days reach them
    only so; the compiled patterns are shared (only the range is read again)."""
    import copy

    wide = copy.copy(lex)
    engagement = {**lex.dictionaries["engagement"], "latest_year": 9999}
    wide.dictionaries = {**lex.dictionaries, "engagement": engagement}
    return wide
