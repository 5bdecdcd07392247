"""The writer every probe set's generator (tests/fixtures/probesN/make_probesN.py) shares: a set is one list of
records (`rep`) from which its docs, manifest.csv and expected.yaml are written, so the three cannot disagree.
Weekday claims are checked before anything is written. The earlier sets (probes2-probes6) were written before the
writer was shared; the keyword options of `ProbeWriter` keep their files byte-identical (their own header, url,
yaml width, byte-order mark and checks), so regenerating a set never changes what was scored."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import yaml

WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAY_NAMED = re.compile(r"\b(" + "|".join(WD) + r")\b")
COLUMNS = ["doc_id", "file", "url", "outlet", "title", "author", "published", "published_basis", "language",
           "bytes", "sha256", "seed_file"]


def ev(type_, start, end, place, *actors) -> dict:
    """An expected event: type, first and last day (ISO; `end` None = one day), place id (None: no place told),
    the ids that must take part."""
    return {"type": type_, "date_start": start, "date_end": end or start, "place_id": place, "actors": list(actors)}


def wk(*days: str) -> list[tuple[str, str]]:
    """(day, weekday) pairs for the weekdays a text names (a record's `checks`); the writer asserts the text
    names no other (probes17 and probes18 wrote it in each generator)."""
    return [(d, WD[dt.date.fromisoformat(d).weekday()]) for d in days]


def month(type_, first, last, place, *actors) -> dict:
    """A background engagement with a month cue: the month's first to last day."""
    return ev(type_, first, last, place, *actors)


def blind_header(ordinal: str) -> list[str]:
    """The expected.yaml header of the sets from the seventh on (`ordinal`: "seventh", "eighth", ...)."""
    return [f"# Expected events of each report of the {ordinal} blind probe set (made up, our own words;"
            " written without",
            "# reading the extractor). type, date_start/date_end, place_id (null: no place told), actors (ids that",
            "# must take part; an organisation id where the report names only an office). One `# kind:` line per",
            "# report.", ""]


class ProbeWriter:
    """One probe set's records and the three files written from them.

    `ordinal` names the set in the default expected.yaml header; the options state an earlier set's own format:
    `header` (the lines before the first `# kind:` line), `url` (a record -> its manifest url; default
    https://example.invalid/<set>/<doc_id>), `yaml_width` and `kind_in_block` (each report's yaml block, with or
    without its `kind` key), `bom` (the manifest starts with a byte-order mark, as a spreadsheet saves it),
    `not_after_publication` (no expected event may end after its report's publication day unless `rep` names it
    in `shared`: an engagement's dates, CURATION §4) and `named_weekdays_checked` (every weekday a text names
    must be among its `checks`)."""

    def __init__(self, folder: Path, ordinal: str = "", *, header: Sequence[str] | None = None,
                 url: Callable[[dict], str] | None = None, yaml_width: int = 110, kind_in_block: bool = True,
                 bom: bool = True, not_after_publication: bool = False, named_weekdays_checked: bool = True):
        self.out = Path(folder)
        self.name = self.out.name
        self.header = list(header) if header is not None else blind_header(ordinal)
        self.url = url or (lambda r: f"https://example.invalid/{self.name}/{r['doc_id']}")
        self.yaml_width, self.kind_in_block, self.bom = yaml_width, kind_in_block, bom
        self.not_after_publication, self.named_weekdays_checked = not_after_publication, named_weekdays_checked
        self.R: list[dict] = []

    def rep(self, doc_id, kind, outlet, title, published, basis, text, events, checks=(),
            shared: Iterable[dict] = ()) -> None:
        """Add one report; `checks` are (ISO day, weekday name) pairs the text claims; `shared` the events (the
        same objects as in `events`) whose engagement's dates may end after `published`. AssertionError on a
        wrong weekday, a weekday named but not checked, an event after publication, or a repeated doc_id.
        Paragraphs are separated by blank lines; lines inside a paragraph are joined by single spaces."""
        for day, name in checks:
            assert WD[dt.date.fromisoformat(day).weekday()] == name, (doc_id, day, name)
        paragraphs = [" ".join(p.split()) for p in text.strip().split("\n\n")]
        text = "\n\n".join(p for p in paragraphs if p) + "\n"
        if self.named_weekdays_checked:
            named = set(WEEKDAY_NAMED.findall(text))
            assert named <= {name for _, name in checks}, (doc_id, named)
        if self.not_after_publication and published:
            shared = list(shared)
            for e in events:
                assert e["date_end"] <= published or any(e is s for s in shared), (doc_id, e)
        assert doc_id not in {r["doc_id"] for r in self.R}, doc_id
        self.R.append(dict(doc_id=doc_id, kind=kind, outlet=outlet, title=title, published=published, basis=basis,
                           text=text, events=events, checks=tuple(checks)))

    def expected_text(self) -> str:
        """expected.yaml: the header, then a `# kind:` line and a yaml block per report."""
        lines = list(self.header)
        for r in self.R:
            lines.append(f"# kind: {r['kind']}")
            spec = {"kind": r["kind"], "events": r["events"]} if self.kind_in_block else {"events": r["events"]}
            block = yaml.safe_dump({r["doc_id"]: spec}, sort_keys=False, allow_unicode=True, width=self.yaml_width)
            lines.append(block.rstrip("\n"))
        return "\n".join(lines) + "\n"

    def manifest_rows(self) -> list[dict]:
        """One manifest row per report (columns COLUMNS; bytes and sha256 of its utf-8 text)."""
        rows = []
        for r in self.R:
            data = r["text"].encode("utf-8")
            rows.append({"doc_id": r["doc_id"], "file": f"docs/{r['doc_id']}.txt", "url": self.url(r),
                         "outlet": r["outlet"], "title": r["title"], "author": "", "published": r["published"],
                         "published_basis": r["basis"], "language": "en", "bytes": len(data),
                         "sha256": hashlib.sha256(data).hexdigest(), "seed_file": ""})
        return rows

    def main(self) -> None:
        """Write docs/ (stale reports removed first), manifest.csv and expected.yaml into the set's folder."""
        docs = self.out / "docs"
        docs.mkdir(parents=True, exist_ok=True)
        for old in docs.glob("*.txt"):
            old.unlink()
        for r in self.R:
            (docs / f"{r['doc_id']}.txt").write_bytes(r["text"].encode("utf-8"))
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(self.manifest_rows())
        (self.out / "manifest.csv").write_bytes(("\ufeff" if self.bom else "").encode("utf-8")
                                                + buf.getvalue().encode("utf-8"))
        (self.out / "expected.yaml").write_bytes(self.expected_text().encode("utf-8"))
        print(len(self.R), "reports,", sum(len(r["events"]) for r in self.R), "events,",
              sum(not r["events"] for r in self.R), "no-event")
