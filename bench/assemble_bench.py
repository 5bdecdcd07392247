"""Assembling many curated events: the time `build` spends reading curated YAML, with PyYAML's
pure-Python SafeLoader (before) and libyaml's CSafeLoader (after).

    python bench/assemble_bench.py --events 10000

Writes a synthetic curated repo (the real schemas, gazetteers and sources registry; made-up
engagements shaped like the real ones: a visit and two meetings per file, each value with
evidence) under bench/out/assemble/, then times `assemble` with each loader.
"""

from __future__ import annotations

import argparse
import shutil
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]


def synthetic_repo(out: Path, n_events: int) -> Path:
    if out.exists():
        shutil.rmtree(out)
    for name in ("schemas",):
        shutil.copytree(REPO / name, out / name)
    curated = out / "dataset" / "curated"
    shutil.copytree(REPO / "dataset" / "curated", curated, ignore=shutil.ignore_patterns("events"))
    shutil.copy(REPO / "dataset" / "package.yaml", out / "dataset" / "package.yaml")
    (curated / "events").mkdir()
    span = lambda n: {"src": "dawn-20230715-munir-bagheri-tehran", "at": [n, n + 40], "sha256": "0" * 64}
    evidence = lambda: {k: [span(10), span(90)] for k in ("event_type", "date", "place_id")}
    number = 100_000
    for f in range(n_events // 3):
        events = []
        for k in range(3):
            number += 1
            events.append({
                "event_id": f"E{number:06d}", "review_status": "hand-checked",
                "event_type": "visit" if k == 0 else "meeting",
                "parent_event_id": None if k == 0 else f"E{number - k:06d}",
                "date": {"start": "2024-01-29", "end": "2024-01-29", "precision": "day"}, "place_id": "islamabad",
                "venue": None, "summary": "A synthetic engagement written for the assemble benchmark.",
                "notes": "Venue: not named.", "evidence": evidence(),
                "participants": [{"actor_id": "asim-munir", "title": "Chief of Army Staff (General)", "country_iso3": "PAK",
                                  "role": "host", "evidence": [span(200)]},
                                 {"actor_id": "ebrahim-raisi", "title": "President", "country_iso3": "IRN",
                                  "role": "guest", "evidence": [span(300)]}],
                "commitments": [{"commitment_id": f"C{number:06d}", "commitment_type": "border_security",
                                 "modality": "agreed", "parties": ["IRN", "PAK"],
                                 "description": "A synthetic commitment for the benchmark.", "evidence": [span(400)]}],
            })
        (curated / "events" / f"{f:05d}.yaml").write_text(yaml.safe_dump({"events": events}, sort_keys=False))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    args = parser.parse_args()

    from pakiran_events.build.assemble import assemble
    from pakiran_events.curate import curated

    root = synthetic_repo(Path(__file__).parent / "out" / "assemble", args.events)
    n = 3 * (args.events // 3)
    print(f"# {n} curated events in {n // 3} files")
    for label, loader in (("before: yaml.SafeLoader (pure Python)", yaml.SafeLoader),
                          ("after: yaml.CSafeLoader (libyaml)", getattr(yaml, "CSafeLoader", yaml.SafeLoader))):
        curated.YAML_LOADER = loader
        start = time.perf_counter()
        tables, problems = assemble(root)
        seconds = time.perf_counter() - start
        print(f"assemble, {label}: {seconds:.1f} s ({tables['events'].height} events, {tables['evidence'].height} evidence rows)")


if __name__ == "__main__":
    main()
