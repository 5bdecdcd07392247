"""The date grammar's coverage, measured apart from the corpus: every phrasing of
tests/fixtures/date_phrasings.yaml (our own sentences) is read and clustered alone with the shipped
gazetteer, and its event's dates compared with the expected reading. `python tests/date_coverage.py`
prints the share right by class (add `--misses` for each wrong reading);
tests/test_extract_dates11.py checks every case."""

from __future__ import annotations

import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

import yaml

PHRASINGS = Path(__file__).parent / "fixtures" / "date_phrasings.yaml"


def cases() -> list[dict]:
    return yaml.safe_load(PHRASINGS.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _lexicon():
    from pakiran_events.extract.lexicon import load_lexicon

    return load_lexicon()


def reading(case: dict) -> tuple[str, str, str] | None:
    """(start, end, precision) of the case's event (its kind, with its actors), None when no such event."""
    from pakiran_events.extract.cluster import cluster
    from pakiran_events.extract.report import read_report

    published = case.get("published")
    events = cluster([read_report(case["id"], case["text"], str(published) if published else None, _lexicon())])
    kind, actors = case.get("kind", "meeting"), set(case.get("actors", []))
    for e in events:
        if e.kind == kind and actors <= set(e.participants):
            return str(e.date_start), str(e.date_end), e.precision
    return None


def right(case: dict, got: tuple[str, str, str] | None) -> bool:
    want = case["want"]
    if got is None:
        return False
    if want == "no_day":
        return got[2] != "day"
    return got == (str(want["start"]), str(want["end"]), want["precision"])


def main(argv: list[str]) -> int:
    total, good = Counter(), Counter()
    misses = []
    for case in cases():
        got = reading(case)
        total[case["class"]] += 1
        if right(case, got):
            good[case["class"]] += 1
        else:
            misses.append((case["id"], case["text"], case["want"], got))
    print(f"{'class':<16} {'right':>5} {'cases':>5}  share")
    for cls in total:
        print(f"{cls:<16} {good[cls]:>5} {total[cls]:>5}  {good[cls] / total[cls]:.3f}")
    print(f"{'all':<16} {sum(good.values()):>5} {sum(total.values()):>5}  {sum(good.values()) / sum(total.values()):.3f}")
    if "--misses" in argv:
        for doc, text, want, got in misses:
            print(f"- {doc}: {text}\n    want {want if want == 'no_day' else tuple(want.values())}  got {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
