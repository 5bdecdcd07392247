"""The writer every probe set's generator (tests/fixtures/probesN/make_probesN.py) shares: a set is one list of
records (`rep`) from which its docs, manifest.csv (saved with a byte-order mark, as a spreadsheet saves it) and
expected.yaml are written, so the three cannot disagree. Weekday claims are checked before anything is written."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
from pathlib import Path

import yaml

WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ev(type_, start, end, place, *actors) -> dict:
    """An expected event: type, first and last day (ISO; `end` None = one day), place id (None: no place told),
    the ids that must take part."""
    return {"type": type_, "date_start": start, "date_end": end or start, "place_id": place, "actors": list(actors)}


def month(type_, first, last, place, *actors) -> dict:
    """A background engagement with a month cue: the month's first to last day."""
    return ev(type_, first, last, place, *actors)


class ProbeWriter:
    """One probe set's records and the three files written from them. `ordinal` names the set in the
    expected.yaml header ("seventh", "eighth", ...)."""

    def __init__(self, folder: Path, ordinal: str):
        self.out = Path(folder)
        self.ordinal = ordinal
        self.R: list[dict] = []

    def rep(self, doc_id, kind, outlet, title, published, basis, text, events, checks=()) -> None:
        """Add one report; `checks` are (ISO day, weekday name) pairs the text claims (AssertionError if wrong).
        Paragraphs are separated by blank lines; lines inside a paragraph are joined by single spaces."""
        for day, name in checks:
            assert WD[dt.date.fromisoformat(day).weekday()] == name, (doc_id, day, name)
        paragraphs = [" ".join(p.split()) for p in text.strip().split("\n\n")]
        self.R.append(dict(doc_id=doc_id, kind=kind, outlet=outlet, title=title, published=published, basis=basis,
                           text="\n\n".join(paragraphs) + "\n", events=events, checks=tuple(checks)))

    def expected_text(self) -> str:
        lines = [f"# Expected events of each report of the {self.ordinal} blind probe set (made up, our own words;"
                 " written without",
                 "# reading the extractor). type, date_start/date_end, place_id (null: no place told), actors (ids that",
                 "# must take part; an organisation id where the report names only an office). One `# kind:` line per",
                 "# report.", ""]
        for r in self.R:
            lines.append(f"# kind: {r['kind']}")
            block = yaml.safe_dump({r["doc_id"]: {"kind": r["kind"], "events": r["events"]}}, sort_keys=False,
                                   allow_unicode=True, width=110)
            lines.append(block.rstrip("\n"))
        return "\n".join(lines) + "\n"

    def manifest_rows(self) -> list[dict]:
        rows = []
        for r in self.R:
            data = r["text"].encode("utf-8")
            rows.append({"doc_id": r["doc_id"], "file": f"docs/{r['doc_id']}.txt",
                         "url": f"https://example.invalid/{self.out.name}/{r['doc_id']}", "outlet": r["outlet"],
                         "title": r["title"], "author": "", "published": r["published"],
                         "published_basis": r["basis"], "language": "en", "bytes": len(data),
                         "sha256": hashlib.sha256(data).hexdigest(), "seed_file": ""})
        return rows

    def main(self) -> None:
        """Write docs/, manifest.csv and expected.yaml into the set's folder."""
        docs = self.out / "docs"
        docs.mkdir(parents=True, exist_ok=True)
        for r in self.R:
            (docs / f"{r['doc_id']}.txt").write_bytes(r["text"].encode("utf-8"))
        rows = self.manifest_rows()
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
        (self.out / "manifest.csv").write_text("\ufeff" + buf.getvalue(), encoding="utf-8")
        (self.out / "expected.yaml").write_text(self.expected_text(), encoding="utf-8")
        print(len(self.R), "reports,", sum(len(r["events"]) for r in self.R), "events,",
              sum(not r["events"] for r in self.R), "no-event")
