"""Candidates for the organisation rule (dataset/CURATION.md §12): for every hand-checked event,
its coded organisation participants with the spans they cite, and every sentence of the event's
cited reports that holds an organisation word (`organisation-terms.yaml`), by offsets only. Read-only:
the curator reads each listed span against the rule and edits the YAML by hand.

    python scripts/organisation_candidates.py [--corpus ../shared/corpus ../shared/corpus-wave2]
        [--event E000005 ...] [--show]

Prints one block per event: `E000005 visit corpus dev` (the folder and split part of its sources),
`coded ACTOR role title <- doc@start-end` per organisation participant, then
`span doc@start-end [terms] cited-for=...` per candidate sentence (cited-for names the participants
already citing an overlapping span). `--show` also prints each sentence's words to the terminal, for
reading; nothing is written. Exits 2 when the corpus is absent.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
TERMS = Path(__file__).with_name("organisation-terms.yaml")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘A-Z0-9])|\n\s*\n|\n")


def sentences(text: str):
    """(start, end) of each sentence or line of a text: a light split, enough for listing."""
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > start:
            yield start, m.start()
        start = m.end()
    if start < len(text):
        yield start, len(text)


def spans_of(evidence) -> list[dict]:
    """Every resolved span of an evidence list or per-field mapping."""
    if isinstance(evidence, dict):
        return [s for v in evidence.values() for s in spans_of(v)]
    return [s for s in evidence or [] if isinstance(s, dict) and "at" in s]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", nargs="+", type=Path,
                    default=[ROOT.parent / "shared" / "corpus", ROOT.parent / "shared" / "corpus-wave2"])
    ap.add_argument("--curated", type=Path, default=ROOT / "dataset" / "curated")
    ap.add_argument("--split", type=Path, default=ROOT / "bench" / "extract-split.csv")
    ap.add_argument("--event", nargs="*", default=None)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args(argv)
    texts, folder = {}, {}
    for root in args.corpus:
        if not (root / "manifest.csv").is_file():
            print(f"{root}: no manifest.csv (the corpus is needed to list candidates)", file=sys.stderr)
            return 2
        with (root / "manifest.csv").open(encoding="utf-8-sig", newline="") as fh:
            for row in csv.DictReader(fh):
                texts[row["doc_id"]] = (root / row["file"]).read_bytes().decode("utf-8")
                folder[row["doc_id"]] = root.name
    with args.split.open(encoding="utf-8", newline="") as fh:
        part = {r["doc_id"]: r["part"] for r in csv.DictReader(fh)}
    terms = yaml.safe_load(TERMS.read_text(encoding="utf-8"))["terms"]
    pattern = re.compile(r"\b(?:" + "|".join(terms) + r")\b", re.IGNORECASE)
    actors = {a["actor_id"]: a for a in yaml.safe_load((args.curated / "actors.yaml").read_text(encoding="utf-8"))}
    for path in sorted((args.curated / "events").glob("*.yaml")):
        for event in yaml.safe_load(path.read_text(encoding="utf-8"))["events"]:
            if event.get("review_status") != "hand-checked" or (args.event and event["event_id"] not in args.event):
                continue
            cited: dict[str, list[tuple[int, int, str]]] = {}
            for field, ev in (event.get("evidence") or {}).items():
                for s in spans_of(ev):
                    cited.setdefault(s["src"], []).append((*s["at"], field))
            for p in event.get("participants") or []:
                for s in spans_of(p.get("evidence")):
                    cited.setdefault(s["src"], []).append((*s["at"], p["actor_id"]))
            docs = sorted(cited)
            where = sorted({f"{folder.get(d, '?')} {part.get(d, '?')}" for d in docs})
            print(f"\n{event['event_id']} {event['event_type']} {path.name} [{'; '.join(where)}]")
            for p in event.get("participants") or []:
                kind = actors.get(p["actor_id"], {}).get("actor_type", "?")
                at = ", ".join(f"{s['src']}@{s['at'][0]}-{s['at'][1]}" for s in spans_of(p.get("evidence")))
                print(f"  {'coded' if kind != 'person' else 'person'} {p['actor_id']} {p['role']} "
                      f"{p.get('title')!r}" + (f" <- {at}" if kind != "person" else ""))
            for doc in docs:
                text = texts.get(doc, "")
                for start, end in sentences(text):
                    hits = sorted({m.group(0).lower() for m in pattern.finditer(text, start, end)})
                    if not hits:
                        continue
                    by = sorted({who for a, b, who in cited[doc] if a < end and b > start})
                    print(f"  span {doc}@{start}-{end} {hits} cited-for={','.join(by) or '-'}")
                    if args.show:
                        print("      " + " ".join(text[start:end].split()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
