"""Building a package from N curated events: cold, cached, and after one curated file changes.

    python bench/build_bench.py --events 100000 [--repeat 2] [--keep DIR]

Writes (or reuses, with --keep) a curated repo of N events with `bench/gen_package.py --curated`
(one YAML file per engagement of 3 events, every value with its evidence), then runs, each in a
fresh process and in this order per round:

- `cold`: `build(cache=False)`, i.e. `pakiran-events build --no-cache` (every file read: 2 worker
  processes parse, walk and type the engagement files in parts, build/cold.py);
- `fill`: `build()` with an empty parse cache and no snapshot (every file read: the engagement
  files parsed by the 2 parse workers through the parse cache, which they fill; the hits and
  misses printed are the build process's own, i.e. the registries);
- `edit`: one curated file's summary changed, then `build()` (one engagement file read and typed,
  the rest from the typed assembly snapshot; the tables whose rows did not change are linked from
  the package the previous cached build published, build/published.py, so a second edit in a row
  is the steady state; the parse cache's counts include the registries, read every time).

It prints wall and CPU seconds and peak memory of each, the parse cache's hits and misses, and
checks that the cold and the cached builds publish the same bytes (datapackage.json and every
file of dataset/data). Nothing here is asserted by tests (tests/test_bench_smoke.py runs it tiny).

With `--against OLD_SRC` (another checkout's `src`, e.g. a worktree of main), each step runs
paired: once under the old code (PYTHONPATH=OLD_SRC) and once under this one, alternating which
goes first, each in a fresh process; it prints the medians of both, their ratios (new / old: the
comparable figures on a shared machine) and whether both published the same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_package import generate  # noqa: E402
from measure import children_cpu_seconds, cpu_seconds, in_fresh_process, peak_mb  # noqa: E402

from pakiran_events.core import env  # noqa: E402

STEPS = ("cold", "fill", "edit")



def _digest(root: Path) -> str:
    """One hash of the published package's bytes."""
    h = hashlib.sha256()
    for p in [root / "datapackage.json", *sorted((root / "dataset" / "data").rglob("*"))]:
        if p.is_file():
            h.update(str(p.relative_to(root)).encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


def _edit_one_file(root: Path, k: int) -> Path:
    """Change the summary of the first event of one engagement file (a text no earlier run wrote,
    so the file's bytes always change, even in a folder kept with --keep)."""
    path = sorted((root / "dataset" / "curated" / "events").glob("*.yaml"))[0]
    lines = path.read_text(encoding="utf-8").splitlines()
    i = next(n for n, line in enumerate(lines) if line.lstrip().startswith("summary:"))
    indent = lines[i][:len(lines[i]) - len(lines[i].lstrip())]
    lines[i] = f"{indent}summary: A synthetic engagement whose summary was edited in round {k} ({time.time_ns()})."
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_step(step: str, root: Path, k: int) -> dict:
    """One build in this (fresh) process."""
    from pakiran_events.build import cache as cache_module
    from pakiran_events.build.build import build

    counts = {"hits": 0, "misses": 0}
    original = cache_module.ParseCache.load

    def counted(self, path, parse):
        out = original(self, path, parse)
        counts["hits"], counts["misses"] = self.hits, self.misses
        return out

    cache_module.ParseCache.load = counted
    if step == "fill":
        shutil.rmtree(root / cache_module.CACHE_DIR, ignore_errors=True)
    if step == "edit":
        _edit_one_file(root, k)
    wall, cpu, workers = time.perf_counter(), cpu_seconds(), children_cpu_seconds()
    result = build(root, cache=step != "cold", parse_workers=True)
    out = {"wall": time.perf_counter() - wall, "cpu": cpu_seconds() - cpu,
           "workers_cpu": children_cpu_seconds() - workers,  # the parse workers of a clean build
           "peak_mb": peak_mb(),
           "events": result.row_counts["events"], **counts}
    out["digest"] = _digest(root)
    out["code"] = str(Path(sys.modules["pakiran_events"].__file__).parents[1])  # which checkout's src ran
    out["load"] = os.getloadavg()[0]  # the machine is shared: the 1-minute load when the build ended
    return out


def _step_in(src: str | None, step: str, root: Path, k: int) -> dict:
    """`run_step` in a fresh process importing the package from `src` (None: this checkout's). A
    spawned interpreter starts with its parent's sys.path (and passes it on to the build's own
    workers), so `src` goes first on this process's path while the step runs."""
    if src is None:
        return in_fresh_process(run_step, step, root, k)
    sys.path.insert(0, src)
    try:
        return in_fresh_process(run_step, step, root, k)
    finally:
        sys.path.remove(src)


def _paired(args, steps: list[str], out: Path) -> None:
    """Each step under the old code and this one, alternating which goes first; medians and ratios."""
    old_src = str(args.against.resolve())
    runs: dict[tuple[str, str], list[dict]] = {}
    for k in range(args.repeat):
        for step in steps:
            order = [("old", old_src), ("new", None)]
            for who, src in (order if k % 2 == 0 else order[::-1]):
                r = _step_in(src, step, out, 2 * k + (who == "new"))
                runs.setdefault((step, who), []).append(r)
                print(f"round {k + 1} {step:<5} {who}  wall {r['wall']:8.2f}s  cpu {r['cpu']:8.2f}s (+ workers "
                      f"{r['workers_cpu']:.2f}s)  peak {r['peak_mb']:8,.0f} MB  events {r['events']:,}  "
                      f"digest {r['digest'][:12]}  load {r['load']:.1f}  ({r['code']})", flush=True)
    print("\n| build | code | wall s | build process cpu s | workers cpu s | all cpu s | peak MB |")
    print("|---|---|---:|---:|---:|---:|---:|")
    med = {}
    for step in steps:
        for who in ("old", "new"):
            rs = runs[(step, who)]
            m = med[(step, who)] = {key: statistics.median(r[key] for r in rs) for key in ("wall", "cpu", "workers_cpu", "peak_mb")}
            m["all"] = statistics.median(r["cpu"] + r["workers_cpu"] for r in rs)
            print(f"| {step} | {who} ({len(rs)} runs) | {m['wall']:.1f} | {m['cpu']:.2f} | {m['workers_cpu']:.2f} | "
                  f"{m['all']:.2f} | {m['peak_mb']:,.0f} |")
        new, old = med[(step, "new")], med[(step, "old")]
        ratio = lambda key: new[key] / old[key] if old[key] else float("nan")  # noqa: E731
        print(f"| {step} | new / old | {ratio('wall'):.2f}x | {ratio('cpu'):.2f}x | {ratio('workers_cpu'):.2f}x | "
              f"{ratio('all'):.2f}x | {ratio('peak_mb'):.2f}x |")
    if "edit" not in steps:  # each run of a clean build publishes the same folder: one digest for all
        digests = {r["digest"] for rs in runs.values() for r in rs}
        print(f"the same bytes from every build, old and new: {len(digests) == 1}")


def main() -> None:
    os.environ.setdefault(env.PANDERA_POLARS_ONLY, "1")  # as the pakiran-events command runs validation
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--keep", type=Path, help="generate into (or reuse) this folder")
    parser.add_argument("--steps", default=",".join(STEPS),
                        help="which builds of a round, in order (default: cold,fill,edit; at 100k "
                             "`fill,edit` spares a clean build per round, `cold` runs clean builds only)")
    parser.add_argument("--against", type=Path, help="another checkout's src folder: run each step paired, "
                                                     "old code and this one alternating (prints ratios)")
    args = parser.parse_args()
    out = args.keep or Path(tempfile.mkdtemp(prefix="pakiran-build-bench-"))
    if not (out / "dataset" / "curated" / "events").is_dir():
        start = time.perf_counter()
        counts = generate(args.events, out, curated=True)
        print(f"# generated {counts['events']:,} curated events in {time.perf_counter() - start:.1f}s")
    n_files = len(list((out / "dataset" / "curated" / "events").glob("*.yaml")))
    size = sum(p.stat().st_size for p in (out / "dataset" / "curated").rglob("*") if p.is_file())
    print(f"# {n_files:,} curated engagement files, {size / 1e6:,.0f} MB of curated input; "
          f"{args.repeat} rounds, each build in a fresh process")
    steps = [s for s in args.steps.split(",") if s]
    if not steps or set(steps) - set(STEPS):
        parser.error(f"--steps: some of {','.join(STEPS)}")
    if args.against:
        _paired(args, steps, out)
        if not args.keep:
            shutil.rmtree(out, ignore_errors=True)
        return
    rounds: list[dict[str, dict]] = []
    for k in range(args.repeat):
        rounds.append({})
        for step in steps:
            rounds[-1][step] = r = in_fresh_process(run_step, step, out, k)
            print(f"round {k + 1} {step:<5} wall {r['wall']:8.2f}s  cpu {r['cpu']:8.2f}s (+ workers {r['workers_cpu']:.2f}s)  peak {r['peak_mb']:8,.0f} MB  "
                  f"events {r['events']:,}  cache hits {r['hits']:,} misses {r['misses']:,}  load {r['load']:.1f}", flush=True)
        if "edit" not in steps:  # `--steps cold`: clean builds only (a 100k clean build is minutes)
            continue
        # the package after the edit, built again without the cache, must be the cached build's bytes
        check = in_fresh_process(run_step, "cold", out, k)
        same = check["digest"] == rounds[-1]["edit"]["digest"]
        print(f"round {k + 1} cold build after the edit publishes the same bytes as the cached one: {same}", flush=True)
        rounds[-1]["same"] = {"ok": same}
    print("\n| build | wall s (median) | cpu s (median) | peak MB | parse cache |")
    print("|---|---:|---:|---:|---|")
    label = {"cold": "cold (`--no-cache`)", "fill": "first with the cache (empty)", "edit": "after one file changed"}
    for step in steps:
        med = lambda key: statistics.median(r[step][key] for r in rounds)  # noqa: E731
        last = rounds[-1][step]
        print(f"| {label[step]} | {med('wall'):.1f} | {med('cpu'):.1f} | {med('peak_mb'):,.0f} | "
              f"{last['hits']:,} hits, {last['misses']:,} misses |")
    if "edit" in steps:
        print(f"byte-identical cold and cached packages: {all(r['same']['ok'] for r in rounds)}")
    if not args.keep:
        shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
