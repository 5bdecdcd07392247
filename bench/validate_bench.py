"""Validation against its peers on a synthetic package of N events (bench/gen_package.py).

    python bench/validate_bench.py --events 100000 [--repeat 3] [--peers read,pandera,...]

Each round runs every contender once, each in a fresh process (so its peak memory is its own),
in the same order; a ratio is taken within a round (paired: the noise of a shared machine hits
both sides alike) and the median over rounds is printed, with wall and CPU seconds and peak RSS.
Contenders:

- `read`: polars reads every CSV typed by its schema (the floor);
- `engine`: the polars Table Schema engine alone (the `frictionless` layer);
- `pandera`: the Pandera layer alone (per-resource schemas and cross-table rules);
- `full`: `validate_package`, every default layer (frictionless, pandera, integrity);
- `streamed`: `validate_package` with the evidence read in row batches (`streamed=("evidence",)`,
  as `extract` validates its package: bounded memory);
- `frictionless-py`: frictionless-py's own `package.validate()`, row by row;
- `pandera-baseline` (with `--baseline-rules FILE`): the Pandera layer with validate/rules.py
  replaced by FILE (an earlier version of it, e.g. `git show main:src/pakiran_events/validate/rules.py`),
  paired with `pandera` in each round: the speed-up of a change to the cross-table rules.

It also checks that `full` and `frictionless-py` find the package valid (same verdict).
Figures go in the README; nothing here is asserted by tests (tests/test_bench_smoke.py only runs
it at a tiny size).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_package import REPO, generate  # noqa: E402
from measure import cpu_seconds, in_fresh_process, peak_mb  # noqa: E402

from pakiran_events.core import env  # noqa: E402

CONTENDERS = ("read", "engine", "pandera", "full", "streamed", "frictionless-py")
BASELINE_RULES = "PAKIRAN_BENCH_BASELINE_RULES"  # environment: the rules file `pandera-baseline` runs


def _use_baseline_rules() -> None:
    """Make `import pakiran_events.validate.rules` (in this fresh process) load the baseline file."""
    import importlib.util

    name = "pakiran_events.validate.rules"
    spec = importlib.util.spec_from_file_location(name, os.environ[BASELINE_RULES])
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)



def run_contender(name: str, descriptor: Path) -> dict:
    """One contender in this (fresh) process: wall and CPU seconds, peak MB, problems found."""
    import polars as pl

    from pakiran_events.core.schema import load_schemas

    schemas = load_schemas(REPO / "schemas")
    root = descriptor.parent
    wall, cpu = time.perf_counter(), cpu_seconds()
    if name == "read":
        frames = {n: pl.read_csv(root / "dataset" / "data" / f"{n}.csv", schema=s.csv_schema) for n, s in schemas.items()}
        problems = [] if sum(f.height for f in frames.values()) else ["empty"]
    elif name == "engine":
        from pakiran_events.validate.table_schema import check_package

        problems, _ = check_package(descriptor)
    elif name in ("pandera", "pandera-baseline"):
        if name == "pandera-baseline":
            _use_baseline_rules()
        from pakiran_events.validate import pandera_layer

        paths = {n: root / "dataset" / "data" / f"{n}.csv" for n in schemas}
        problems, _ = pandera_layer.validate_tables(paths, schemas)
    elif name == "full":
        from pakiran_events.validate import validate_package

        problems = validate_package(descriptor)
    elif name == "streamed":
        from pakiran_events.validate import validate_package

        problems = validate_package(descriptor, streamed=("evidence",))
    elif name == "frictionless-py":
        from pakiran_events.validate.frictionless_layer import validate_descriptor

        problems = validate_descriptor(descriptor)
    else:
        raise ValueError(name)
    return {"wall": time.perf_counter() - wall, "cpu": cpu_seconds() - cpu, "peak_mb": peak_mb(),
            "problems": [str(p) for p in problems[:3]], "n_problems": len(problems)}


# the steps of a full `validate_package` run whose CPU seconds `--phases` prints: (module, function)
PHASES = (
    ("pakiran_events.validate.table_schema", "check_descriptor"),  # frictionless-py on the descriptor
    ("pakiran_events.validate.table_schema", "_read_text_cells"),  # engine: CSV read (text and numbers)
    ("pakiran_events.validate.table_schema", "check_resource"),  # engine: read + types + constraints + keys
    ("pakiran_events.validate.digests", "file_digest"),  # sha256 of each file (shared by two layers; prefetched in a thread)
    ("pakiran_events.validate.pandera_layer", "_failures"),  # Pandera: per-resource DataFrameSchemas
    ("pakiran_events.validate.pandera_layer", "_rule_failures"),  # rows of failing cross-table rules
    ("pakiran_events.validate.pandera_layer", "validate_tables"),  # Pandera layer: schemas + cross-table rules
    ("pakiran_events.validate.integrity", "parquet_matches_csv"),  # integrity: every Parquet read and compared
)


def run_phases(descriptor: Path) -> dict:
    """A full validation in this (fresh) process, with the CPU seconds of each step in PHASES
    (a step's figure includes the steps it calls) and of the imports of the two libraries."""
    import importlib

    start = cpu_seconds()
    import frictionless  # noqa: F401

    seconds = {"import frictionless": cpu_seconds() - start}
    start = cpu_seconds()
    import pakiran_events.validate.pandera_import  # noqa: F401  (pandera.polars as validation imports it)

    seconds["import pandera.polars (without pandas)"] = cpu_seconds() - start
    for module_name, function_name in PHASES:
        module = importlib.import_module(module_name)
        inner = getattr(module, function_name)

        def timed(*args, _inner=inner, _key=f"{module_name.rsplit('.', 1)[1]}.{function_name}", **kwargs):
            began = cpu_seconds()
            try:
                return _inner(*args, **kwargs)
            finally:
                seconds[_key] = seconds.get(_key, 0.0) + cpu_seconds() - began

        setattr(module, function_name, timed)
    _time_rules(seconds)
    from pakiran_events.validate import validate_package

    began = cpu_seconds()
    validate_package(descriptor)
    seconds["full validate_package (after imports)"] = cpu_seconds() - began
    rules = {k: v for k, v in seconds.items() if k.startswith("  rule ")}
    seconds = {k: v for k, v in seconds.items() if k not in rules}
    seconds["cross-table rules (sum of the rules below)"] = sum(rules.values())
    seconds.update(sorted(rules.items(), key=lambda kv: -kv[1])[:RULES_SHOWN])
    return seconds


RULES_SHOWN = 12  # the costliest cross-table rules printed by --phases


def _time_rules(seconds: dict) -> None:
    """Each cross-table rule's CPU seconds (a rule that computes what others share, such as
    the located evidence rows, carries that cost; the rules after it reuse the result)."""
    import dataclasses

    from pakiran_events.validate import pandera_layer

    inner = pandera_layer.all_rules

    def timed_rules(schemas):
        out = []
        for rule in inner(schemas):
            def widen(tables, _rule=rule, _key=f"  rule {rule.code} ({rule.resource}.{rule.field})"):
                began = cpu_seconds()
                try:
                    return _rule.widen(tables)
                finally:
                    seconds[_key] = seconds.get(_key, 0.0) + cpu_seconds() - began
            out.append(dataclasses.replace(rule, widen=widen))
        return out

    pandera_layer.all_rules = timed_rules


def main() -> None:
    os.environ.setdefault(env.PANDERA_POLARS_ONLY, "1")  # as the pakiran-events command runs validation
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--peers", default=",".join(CONTENDERS), help="contenders to run (comma-separated)")
    parser.add_argument("--phases", action="store_true", help="also print the CPU seconds of each step of a full run")
    parser.add_argument("--keep", type=Path, help="generate into (or reuse) this folder")
    parser.add_argument("--baseline-rules", type=Path,
                        help="an earlier validate/rules.py: adds the contender pandera-baseline (the layer with it)")
    args = parser.parse_args()
    peers = args.peers.split(",")
    if args.baseline_rules:
        os.environ[BASELINE_RULES] = str(args.baseline_rules.resolve())  # the fresh processes inherit it
        if "pandera-baseline" not in peers:
            peers.insert(peers.index("pandera") if "pandera" in peers else len(peers), "pandera-baseline")
    elif "pandera-baseline" in peers:
        parser.error("pandera-baseline needs --baseline-rules FILE")

    out = args.keep or Path(tempfile.mkdtemp(prefix="pakiran-bench-"))
    descriptor = out / "datapackage.json"
    if not descriptor.is_file():
        start = time.perf_counter()
        # in a fresh process: a child forked from a parent that grew keeps the parent's peak RSS
        # (ru_maxrss survives fork and exec), which would be every contender's peak memory
        counts = in_fresh_process(generate, args.events, out)
        print(f"# generated events={counts['events']:,} rows={sum(counts.values()):,} in {time.perf_counter() - start:.1f}s")
    csv_bytes = sum(p.stat().st_size for p in (out / "dataset" / "data").glob("*.csv"))
    from pakiran_events.core.packages import read_descriptor

    n_events = next(r["rows"] for r in read_descriptor(descriptor)["resources"] if r["name"] == "events")
    print(f"# {n_events:,} events, CSV {csv_bytes / 1e6:,.0f} MB; {args.repeat} paired rounds, each contender in a fresh process")
    print("# load average (1, 5, 15 min) at start: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    rounds: list[dict[str, dict]] = []
    for k in range(args.repeat):
        rounds.append({})
        for name in peers:
            rounds[-1][name] = result = in_fresh_process(run_contender, name, descriptor)
            print(f"round {k + 1} {name:<16} wall {result['wall']:8.2f}s  cpu {result['cpu']:8.2f}s  "
                  f"peak {result['peak_mb']:8,.0f} MB  problems {result['n_problems']}", flush=True)
    print("\n| contender | wall s (median) | cpu s (median) | peak MB | problems |")
    print("|---|---:|---:|---:|---:|")
    for name in peers:
        med = lambda key: statistics.median(r[name][key] for r in rounds)  # noqa: E731
        print(f"| {name} | {med('wall'):.2f} | {med('cpu'):.2f} | {med('peak_mb'):,.0f} | {rounds[-1][name]['n_problems']} |")
    print("\npaired ratios (median over rounds of a/b within a round):")
    pairs = [("frictionless-py", "full"), ("frictionless-py", "engine"), ("full", "read"), ("engine", "read"),
             ("pandera", "read"), ("pandera-baseline", "pandera"),
             ("pandera-baseline", "read"), ("frictionless-py", "pandera"), ("streamed", "full")]
    for a, b in pairs:
        if a in peers and b in peers:
            wall = statistics.median(r[a]["wall"] / r[b]["wall"] for r in rounds)
            cpu = statistics.median(r[a]["cpu"] / max(r[b]["cpu"], 1e-9) for r in rounds)
            peak = statistics.median(r[a]["peak_mb"] / r[b]["peak_mb"] for r in rounds)
            print(f"  {a} / {b}: wall {wall:.2f}x, cpu {cpu:.2f}x, peak memory {peak:.2f}x")
    print("# load average (1, 5, 15 min) at end: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    if args.phases:
        print("\nCPU seconds of the steps of one full run (fresh process; a step includes those it calls):")
        for step, sec in in_fresh_process(run_phases, descriptor).items():
            print(f"  {step:<62} {sec:7.2f}")
    verdicts = {name: rounds[-1][name]["n_problems"] == 0 for name in peers if name != "read"}
    print(f"verdicts (valid?): {verdicts}")
    if not args.keep:
        shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
