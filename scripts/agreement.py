"""Inter-coder agreement: the hand-checked package (first coder) against the independent second
coding of a seeded half of the reports (`dataset/double-coding/`), field by field.

Unit of comparison: a report of the sample. For each report, the first coder's events are the
events the package links to it (`event_sources`), with the participants and commitments whose
evidence cites that report (what the report says, as the first coder read it); the second
coder's are those of `coder-b/<doc_id>.yaml`. Events are paired within a report (same engagement: shared participants,
then same type, then overlapping dates); fields are compared on the pairs.

Figures (counts beside each): Cohen's kappa for the binary "reports an engagement"; Krippendorff's
alpha (the `krippendorff` package) for the nominal fields on paired events (type, date, precision,
city, each participant's presence and role, each commitment type's presence, modality and parties
of the types both coded) and for the interval "number of events in the report"; raw agreement for
all; for set-valued fields (which participants, which commitment types) the positive agreement
(F1 between the coders), since there are no true negatives to make kappa meaningful. Names of the second coder are resolved to actor ids through the package's aliases.

Usage: python scripts/agreement.py [--package datapackage.json] [--double dataset/double-coding]
       [--json OUT] [--markdown OUT]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _norm(text: str | None) -> str:
    text = unicodedata.normalize("NFKD", str(text or "")).encode("ascii", "ignore").decode()
    return " ".join(text.lower().replace("-", " ").replace(".", " ").split())


@dataclass
class Ev:
    key: str
    event_type: str
    date_start: str | None
    date_end: str | None
    precision: str | None
    city: str | None
    actors: dict[str, str] = field(default_factory=dict)  # actor id (or unresolved name) -> role
    commitments: dict[str, tuple[str, str]] = field(default_factory=dict)  # type -> (modality, parties)


def first_coding(package: Path) -> tuple[dict[str, list[Ev]], dict[str, str]]:
    """doc_id -> the package's events linked to it; and alias (normalised) -> actor_id."""
    sys.path.insert(0, str(ROOT / "src"))
    from pakiran_events.core.packages import read_tables

    t = read_tables(package)
    aliases = {_norm(a): i for i, a in t["actor_aliases"].select("actor_id", "alias").iter_rows()}
    aliases.update({_norm(n): i for i, n in t["actors"].select("actor_id", "name").iter_rows()})
    events = {}
    for r in t["events"].iter_rows(named=True):
        if r["review_status"] != "hand-checked":
            continue
        events[r["event_id"]] = Ev(r["event_id"], r["event_type"], str(r["date_start"]), str(r["date_end"]),
                                   r["date_precision"], _norm(r["city"]) or None)
    for r in t["participants"].iter_rows(named=True):
        if r["event_id"] in events:
            events[r["event_id"]].actors[r["actor_id"]] = r["role"]
    for r in t["commitments"].iter_rows(named=True):
        if r["event_id"] in events:
            parties = r["parties"] if isinstance(r["parties"], str) else ";".join(r["parties"] or [])
            events[r["event_id"]].commitments[r["commitment_type"]] = (r["modality"], ";".join(sorted(parties.split(";"))))
    # what each report says, by the first coder: the participants and commitments whose evidence
    # cites that report (a record holds what all reports of the engagement say)
    cited: dict[tuple[str, str], set[str]] = {}
    for r in t["evidence"].select("record_table", "record_id", "source_id").unique().iter_rows(named=True):
        cited.setdefault((r["record_table"], r["source_id"]), set()).add(r["record_id"])
    commitment_ids = {(r["event_id"], r["commitment_type"]): r["commitment_id"] for r in t["commitments"].iter_rows(named=True)}
    by_doc: dict[str, list[Ev]] = {}
    for r in t["event_sources"].iter_rows(named=True):
        ev, doc = events.get(r["event_id"]), r["source_id"]
        if ev is None:
            continue
        people = cited.get(("participants", doc), set())
        promises = cited.get(("commitments", doc), set())
        view = Ev(ev.key, ev.event_type, ev.date_start, ev.date_end, ev.precision, ev.city,
                  {a: role for a, role in ev.actors.items() if f"{ev.key}/{a}" in people},
                  {c: v for c, v in ev.commitments.items() if commitment_ids.get((ev.key, c)) in promises})
        by_doc.setdefault(doc, []).append(view)
    return by_doc, aliases


def _resolve(name: str, aliases: dict[str, str]) -> str:
    key = _norm(name)
    if key in aliases:
        return aliases[key]
    from rapidfuzz import fuzz, process

    hit = process.extractOne(key, list(aliases), scorer=fuzz.token_set_ratio, score_cutoff=90)
    return aliases[hit[0]] if hit else f"name:{key}"


class CodingError(ValueError):
    """A second-coder file that is not the format: the message names file, record and field."""


TRUE, FALSE = {"true", "yes"}, {"false", "no"}


def _flag(value, where: str) -> bool:
    """A yes/no field as typed: `true`/`yes` or `false`/`no` (any case); the text "false" is not true."""
    text = str(value).strip().lower() if isinstance(value, str) else value
    if text in TRUE:
        return True
    if text in FALSE:
        return False
    raise CodingError(f"{where}: expected true or false, got {value!r}")


def _items(value, where: str, what: str) -> list:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise CodingError(f"{where}: expected a list of {what} (each a mapping), got {type(value).__name__}")
    return value


def _text(value, where: str, required: bool = False) -> str | None:
    if value is None and not required:
        return None
    if not isinstance(value, str) or (required and not value.strip()):
        raise CodingError(f"{where}: expected text, got {value!r}")
    return value


def read_second_file(path: Path) -> dict:
    """One coder-b file as text values (the toolkit's curated-YAML reader: YAML 1.2 strings, no
    aliases, no key given twice), checked field by field. Raises CodingError naming file, record
    and field."""
    sys.path.insert(0, str(ROOT / "src"))
    from pakiran_events.core.yaml_input import YamlInputError, load_file

    try:
        doc = load_file(path)
    except YamlInputError as exc:
        raise CodingError(f"{path}: {exc}") from None
    if not isinstance(doc, dict):
        raise CodingError(f"{path}: expected a mapping with doc_id, reports_engagement and events")
    _text(doc.get("doc_id"), f"{path}: field doc_id")
    doc["reports_engagement"] = _flag(doc.get("reports_engagement"), f"{path}: field reports_engagement")
    for n, e in enumerate(_items(doc.get("events"), f"{path}: field events", "events"), 1):
        where = f"{path}: event {e.get('key') or n}"
        _text(e.get("key"), f"{where}: field key")
        for name in ("event_type", "date_start", "date_end", "date_precision", "city"):
            _text(e.get(name), f"{where}: field {name}")
        for m, person in enumerate(_items(e.get("participants"), f"{where}: field participants", "participants"), 1):
            _text(person.get("name"), f"{where}: participant {m}: field name", required=True)
            _text(person.get("role"), f"{where}: participant {m}: field role")
        for m, c in enumerate(_items(e.get("commitments"), f"{where}: field commitments", "commitments"), 1):
            _text(c.get("type"), f"{where}: commitment {m}: field type", required=True)
            _text(c.get("modality"), f"{where}: commitment {m}: field modality")
            parties = c.get("parties")
            if parties is not None and not (isinstance(parties, list) and all(isinstance(x, str) for x in parties)):
                raise CodingError(f"{where}: commitment {m}: field parties: expected a list of country codes, "
                                  f"got {parties!r}")
    return doc


def second_coding(folder: Path, aliases: dict[str, str]) -> dict[str, tuple[bool, list[Ev]]]:
    """doc_id -> (reports an engagement, the second coder's events). Raises CodingError."""
    out = {}
    for path in sorted(folder.glob("*.yaml")):
        doc = read_second_file(path)
        evs = []
        for e in doc.get("events") or []:
            ev = Ev(str(e.get("key")), e.get("event_type"), _iso(e.get("date_start")), _iso(e.get("date_end")),
                    e.get("date_precision"), _norm(e.get("city")) or None)
            for p in e.get("participants") or []:
                ev.actors[_resolve(p.get("name", ""), aliases)] = p.get("role")
            for c in e.get("commitments") or []:
                ev.commitments[c.get("type")] = (c.get("modality"), ";".join(sorted(c.get("parties") or [])))
            evs.append(ev)
        out[doc.get("doc_id") or path.stem] = (doc["reports_engagement"], evs)
    return out


def _iso(value) -> str | None:
    return None if value is None else str(value)[:10]


def pair_events(a: list[Ev], b: list[Ev]) -> list[tuple[Ev, Ev]]:
    """One-to-one pairs, best first: shared participants, same type, overlapping dates."""
    scored = []
    for x in a:
        for y in b:
            shared = len(set(x.actors) & set(y.actors))
            overlap = bool(x.date_start and y.date_start and x.date_start <= (y.date_end or y.date_start)
                           and y.date_start <= (x.date_end or x.date_start))
            if shared or (x.event_type == y.event_type and overlap):
                scored.append((shared, x.event_type == y.event_type, overlap, x.key, y.key, x, y))
    pairs, used_a, used_b = [], set(), set()
    for *_, ka, kb, x, y in sorted(scored, key=lambda s: s[:5], reverse=True):
        if ka not in used_a and kb not in used_b:
            pairs.append((x, y))
            used_a.add(ka)
            used_b.add(kb)
    return pairs


def kappa(pairs: list[tuple]) -> float | None:
    """Cohen's kappa of two coders' labels (nominal); None when undefined (one label only)."""
    if not pairs:
        return None
    labels = sorted({v for p in pairs for v in p}, key=str)
    n = len(pairs)
    po = sum(a == b for a, b in pairs) / n
    pe = sum((sum(a == lab for a, _ in pairs) / n) * (sum(b == lab for _, b in pairs) / n) for lab in labels)
    return None if pe == 1 else (po - pe) / (1 - pe)


def alpha(pairs: list[tuple], level: str = "nominal") -> float | None:
    """Krippendorff's alpha for two coders (the `krippendorff` package); None when undefined."""
    import krippendorff
    import numpy as np

    if not pairs:
        return None
    if level == "nominal":
        codes = {v: i for i, v in enumerate(sorted({str(v) for p in pairs for v in p}))}
        if len(codes) < 2:
            return None
        data = np.array([[codes[str(a)] for a, _ in pairs], [codes[str(b)] for _, b in pairs]], dtype=float)
    else:
        data = np.array([[a for a, _ in pairs], [b for _, b in pairs]], dtype=float)
        if len(set(data.flatten())) < 2:
            return None
    return float(krippendorff.alpha(reliability_data=data, level_of_measurement=level))


def compare(first: dict[str, list[Ev]], second: dict[str, tuple[bool, list[Ev]]], sample: list[str],
            disagreements: list[dict] | None = None) -> list[dict]:
    """Per-field agreement rows; every unit the coders disagree on is appended to `disagreements`
    (doc_id, field, first coder's event and value, second coder's event and value)."""
    note = (lambda doc, fld, a_key, a, b_key, b: disagreements.append(
        {"doc_id": doc, "field": fld, "first_event": a_key, "first": str(a), "second_event": b_key, "second": str(b)})
        if disagreements is not None else None)
    rows: dict[str, list[tuple]] = {k: [] for k in (
        "reports an engagement", "events in the report", "event found by both", "event type", "date start",
        "date end", "date precision", "city", "participant present", "participant role", "commitment type present",
        "modality", "parties")}
    matched = only_a = only_b = 0
    for doc in sample:
        a_events = first.get(doc, [])
        b_found, b_events = second.get(doc, (False, []))
        rows["reports an engagement"].append((bool(a_events), b_found))
        rows["events in the report"].append((len(a_events), len(b_events)))
        if bool(a_events) != b_found:
            note(doc, "reports an engagement", "", bool(a_events), "", b_found)
        pairs = pair_events(a_events, b_events)
        paired_a, paired_b = {x.key for x, _ in pairs}, {y.key for _, y in pairs}
        for x in a_events:
            if x.key not in paired_a:
                note(doc, "event found", x.key, f"{x.event_type} {x.date_start}", "", "")
        for y in b_events:
            if y.key not in paired_b:
                note(doc, "event found", "", "", y.key, f"{y.event_type} {y.date_start} {sorted(y.actors)}")
        matched += len(pairs)
        only_a += len(a_events) - len(pairs)
        only_b += len(b_events) - len(pairs)
        for x, y in pairs:
            for fld, a, b in (("event type", x.event_type, y.event_type), ("date start", x.date_start, y.date_start),
                              ("date end", x.date_end, y.date_end), ("date precision", x.precision, y.precision),
                              ("city", x.city, y.city)):
                if a != b:
                    note(doc, fld, x.key, a, y.key, b)
            for actor in sorted(set(x.actors) ^ set(y.actors)):
                note(doc, "participant present", x.key, actor if actor in x.actors else "", y.key,
                     actor if actor in y.actors else "")
            for ctype in sorted(set(x.commitments) ^ set(y.commitments), key=str):
                note(doc, "commitment type present", x.key, ctype if ctype in x.commitments else "", y.key,
                     ctype if ctype in y.commitments else "")
            for ctype in sorted(set(x.commitments) & set(y.commitments), key=str):
                if x.commitments[ctype] != y.commitments[ctype]:
                    note(doc, "modality/parties", x.key, f"{ctype} {x.commitments[ctype]}", y.key,
                         f"{ctype} {y.commitments[ctype]}")
            rows["event type"].append((x.event_type, y.event_type))
            rows["date start"].append((x.date_start, y.date_start))
            rows["date end"].append((x.date_end, y.date_end))
            rows["date precision"].append((x.precision, y.precision))
            rows["city"].append((x.city, y.city))
            for actor in sorted(set(x.actors) | set(y.actors)):
                rows["participant present"].append((actor in x.actors, actor in y.actors))
                if actor in x.actors and actor in y.actors:
                    rows["participant role"].append((x.actors[actor], y.actors[actor]))
            for ctype in sorted(set(x.commitments) | set(y.commitments), key=str):
                rows["commitment type present"].append((ctype in x.commitments, ctype in y.commitments))
                if ctype in x.commitments and ctype in y.commitments:
                    rows["modality"].append((x.commitments[ctype][0], y.commitments[ctype][0]))
                    rows["parties"].append((x.commitments[ctype][1], y.commitments[ctype][1]))
    out = []
    for name, pairs in rows.items():
        if name == "event found by both":
            total = matched + only_a + only_b
            out.append({"field": name, "units": total, "agreement": round(matched / total, 3) if total else None,
                        "kappa": None, "alpha": None,
                        "note": f"{matched} paired, {only_a} only first coder, {only_b} only second coder"})
            continue
        if name.endswith("present"):  # set-valued: no true negatives, so positive agreement (Dice/F1)
            both = sum(a and b for a, b in pairs)
            only_x, only_y = sum(a and not b for a, b in pairs), sum(b and not a for a, b in pairs)
            dice = 2 * both / (2 * both + only_x + only_y) if pairs else None
            out.append({"field": name, "units": len(pairs), "agreement": _r(dice), "kappa": None, "alpha": None,
                        "note": f"positive agreement (F1): {both} by both, {only_x} only first, {only_y} only second"})
            continue
        level = "interval" if name == "events in the report" else "nominal"
        agree = sum(a == b for a, b in pairs)
        out.append({"field": name, "units": len(pairs), "agreement": round(agree / len(pairs), 3) if pairs else None,
                    "kappa": _r(kappa(pairs)) if level == "nominal" else None, "alpha": _r(alpha(pairs, level)),
                    "note": ""})
    return out


def _r(x):
    return None if x is None else round(x, 3)


def markdown(rows: list[dict], sample_size: int) -> str:
    lines = [f"Reports double-coded: {sample_size}.", "",
             "| field | units compared | raw agreement | Cohen's kappa | Krippendorff's alpha | note |",
             "|---|---|---|---|---|---|"]
    fmt = lambda v: "—" if v is None else f"{v:.3f}"
    for r in rows:
        lines.append(f"| {r['field']} | {r['units']} | {fmt(r['agreement'])} | {fmt(r['kappa'])} | "
                     f"{fmt(r['alpha'])} | {r['note']} |")
    return "\n".join(lines) + "\n"


def read_sample(path: Path) -> list[str]:
    """The sampled doc ids (sample.csv's doc_id column). Raises CodingError naming the file."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            rows = list(reader)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise CodingError(f"{path}: cannot be read as a UTF-8 CSV ({exc})") from None
    if "doc_id" not in (reader.fieldnames or []):
        raise CodingError(f"{path}: no doc_id column (header: {reader.fieldnames})")
    return [r["doc_id"] for r in rows]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--package", type=Path, default=ROOT / "datapackage.json")
    parser.add_argument("--double", type=Path, default=ROOT / "dataset" / "double-coding")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--markdown", type=Path)
    parser.add_argument("--disagreements", type=Path, help="write every disagreement as CSV")
    args = parser.parse_args(argv)
    try:
        sample = read_sample(args.double / "sample.csv")
        first, aliases = first_coding(args.package)
        second = second_coding(args.double / "coder-b", aliases)
    except CodingError as exc:
        print(f"agreement: {exc}", file=sys.stderr)
        return 1
    missing = [d for d in sample if d not in second]
    if missing:
        print(f"agreement: {len(missing)} sampled report(s) have no second coding: {', '.join(missing[:5])}",
              file=sys.stderr)
        return 1
    found: list[dict] = []
    rows = compare(first, second, sample, found)
    if args.disagreements:
        with args.disagreements.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=["doc_id", "field", "first_event", "first", "second_event", "second"],
                                    lineterminator="\n")
            writer.writeheader()
            writer.writerows(found)
    text = markdown(rows, len(sample))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    if args.markdown:
        args.markdown.write_text(text, encoding="utf-8")
    print(text, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
