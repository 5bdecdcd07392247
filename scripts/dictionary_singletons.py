"""Dictionary phrases that match only one report of the corpus: a phrase fitted to one text is
not a general entry (issue 15). Lists every such phrase of `extract/dictionaries/*.yaml` with the
reason recorded for keeping it in `scripts/dictionary-single-report.yaml`, and exits 1 when one
has no reason (or a reason names a phrase that no longer matches only one report).

    python scripts/dictionary_singletons.py --corpus ../shared/corpus ../shared/corpus-wave2

Phrases are matched as the extractor matches them (`lexicon.words`: case-insensitive unless the
section is case-sensitive, on word boundaries), over every report's text.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

import yaml

REASONS = Path(__file__).with_name("dictionary-single-report.yaml")
CASE_SENSITIVE = {"titles", "sides"}  # sections whose patterns the lexicon compiles without IGNORECASE


def phrases(node, path: tuple[str, ...] = ()):
    """(section path, phrase) of every string in a dictionary section (mapping keys excluded)."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from phrases(value, (*path, str(key)))
    elif isinstance(node, list):
        for item in node:
            yield from phrases(item, path)
    elif isinstance(node, str) and path and path[-1] not in ("name", "place"):
        yield path, node


def report_texts(corpus_dirs: list[Path]) -> dict[str, str]:
    texts = {}
    for root in corpus_dirs:
        with (root / "manifest.csv").open(encoding="utf-8-sig", newline="") as fh:
            for row in csv.DictReader(fh):
                path = root / row["file"]
                if path.is_file():
                    texts[row["doc_id"]] = path.read_text(encoding="utf-8", errors="replace")
    return texts


def single_report_phrases(corpus_dirs: list[Path]) -> dict[str, str]:
    """'section/key: phrase' -> the one report it matches, for every phrase matching exactly one."""
    from pakiran_events.extract.lexicon import merge_dictionaries

    texts = report_texts(corpus_dirs)
    found = {}
    for section, body in merge_dictionaries([]).items():
        for path, phrase in phrases(body, (section,)):
            if path[1:2] in (("geonames",), ("dyad",)) or path[:2] == ("names", "folds"):
                continue  # settings, country codes and the letter rewrites applied to names: not phrases of a text
            flags = 0 if section in CASE_SENSITIVE else re.IGNORECASE
            try:
                pat = re.compile(r"(?<![\w\-])(?:" + phrase + r")(?![\w\-])", flags)
            except re.error:
                pat = re.compile(r"(?<![\w\-])" + re.escape(phrase) + r"(?![\w\-])", flags)
            docs = [d for d, t in texts.items() if pat.search(t)]
            if len(docs) == 1:
                found[f"{'/'.join(path)}: {phrase}"] = docs[0]
    return found


def main() -> int:
    shared = Path(__file__).resolve().parents[2] / "shared"
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, nargs="+", default=[shared / "corpus", shared / "corpus-wave2"])
    args = parser.parse_args()
    reasons = yaml.safe_load(REASONS.read_text(encoding="utf-8")) or {}
    found = single_report_phrases(args.corpus)
    missing = [p for p in found if p not in reasons]
    stale = [p for p in reasons if p not in found]
    for phrase in sorted(found):
        print(f"{phrase}  ({found[phrase]}): {reasons.get(phrase, 'NO REASON')}")
    print(f"{len(found)} phrase(s) match one report only; {len(missing)} without a reason; {len(stale)} reason(s) stale")
    for p in stale:
        print(f"stale reason (the phrase matches none or several reports now): {p}")
    return 1 if missing or stale else 0


if __name__ == "__main__":
    sys.exit(main())
