"""Mutation check of the validation rules: switch each rule off in turn and run its fixtures
(tests/test_rule_fixtures.py); a rule whose fixtures still pass "survives" and fails the check.

    python scripts/mutation_check.py [--workers 2]

Prints one line per mutant and a summary; exit 1 if any survives or cannot be run.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

INTEGRITY_CODES = ["byte-count-error", "hash-mismatch", "parquet-differs-from-csv", "missing-file", "unreadable-descriptor"]
EVIDENCE_CODES = ["source-not-in-corpus", "source-hash-mismatch", "span-out-of-range", "span-hash-mismatch",
                  "span-lacks-date-cue", "span-lacks-actor-name"]


def mutants() -> list[tuple[str, str]]:
    """(mutant, the -k selection of the fixtures that must then fail)."""
    from mutation_plugin import rule_id
    from pakiran_events.core.schema import load_schemas
    from pakiran_events.validate.pandera_schemas import TABLE_CHECKS
    from pakiran_events.validate.rules import all_rules

    out = [(f"table-check:{res}/{c.name}", c.name) for res, checks in TABLE_CHECKS.items() for c in checks]
    out += [(f"rule:{rule_id(r)}", r.code) for r in all_rules(load_schemas())]
    out += [(f"code:{c}", c) for c in INTEGRITY_CODES + EVIDENCE_CODES]
    return out


def run(mutant: str | None, select: str | None) -> int:
    env = {**os.environ, "PAKIRAN_MUTANT": mutant or ""}
    cmd = [sys.executable, "-m", "pytest", "-q", "-x", "-p", "mutation_plugin", "-p", "no:cacheprovider",
           "tests/test_rule_fixtures.py"] + (["-k", select] if select else [])
    return subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True).returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args()
    os.environ["PYTHONPATH"] = os.pathsep.join([str(REPO / "tests"), os.environ.get("PYTHONPATH", "")])
    start = time.perf_counter()
    if run(None, None) != 0:
        print("mutation check: the fixtures fail without any mutation; fix them first")
        raise SystemExit(1)
    todo = mutants()
    with ThreadPoolExecutor(args.workers) as pool:
        codes = list(pool.map(lambda m: run(*m), todo))
    survived = [m for (m, _), c in zip(todo, codes) if c == 0]
    broken = [m for (m, _), c in zip(todo, codes) if c not in (0, 1)]
    for (m, _), c in zip(todo, codes):
        print(f"{'killed  ' if c == 1 else 'SURVIVED' if c == 0 else f'ERROR {c}'} {m}")
    print(f"mutation check: {len(todo)} rule mutants, {len(todo) - len(survived) - len(broken)} killed, "
          f"{len(survived)} survived, {len(broken)} could not run ({time.perf_counter() - start:.0f} s)")
    raise SystemExit(1 if survived or broken else 0)


if __name__ == "__main__":
    main()
