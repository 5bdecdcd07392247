"""Where the per-report stage spends its time: the top functions (cProfile, CPU timer) and a
per-pattern table (every compiled regular expression's CPU seconds, calls and method), on the
corpus read `--docs` times over in one process, as a worker of a replicated corpus does.

    python bench/read_profile.py --docs 500 --top 30

The per-pattern table comes from `sys.setprofile`: each C call whose bound object is a
`re.Pattern` is timed from its call to its return, keyed by (pattern, method); the profile hook's
own overhead is outside those intervals, so the table's seconds are each search's own (the total
run is slower under the hook). `finditer` is timed only while its iterator is made: the matching
happens as its caller loops over it (cProfile charges it to that caller), so a `finditer`-heavy
pattern is under-counted here. Each row is named by the `lex.patterns` key(s) compiled to that
pattern, `(module)` for a module-level one. Prints both tables; nothing is asserted.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import re
import sys
import time
from collections import defaultdict
from pathlib import Path


def _entries(corpora: list[Path], docs: int) -> list[dict]:
    from pakiran_events.extract.run import manifests

    rows = manifests(corpora)
    return [rows[n % len(rows)] for n in range(docs)]


def _read_all(entries: list[dict], lex) -> None:
    from pakiran_events.extract.run import read_one

    for entry in entries:
        read_one(entry, lex, 0)


def pattern_names(lex) -> dict[str, str]:
    """{pattern text: the lexicon key(s) it is compiled under} (`lex.patterns`, nested dicts,
    lists and tuples walked), so the table names the dictionary entry and not only the regex."""
    names: dict[str, list[str]] = defaultdict(list)

    def walk(value, key: str) -> None:
        if isinstance(value, re.Pattern):
            names[value.pattern].append(key)
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(v, f"{key}[{k}]")
        elif isinstance(value, (list, tuple)):
            for n, v in enumerate(value):
                walk(v, f"{key}[{n}]")

    for key, value in lex.patterns.items():
        walk(value, key)
    return {text: ",".join(keys[:2]) + ("..." if len(keys) > 2 else "") for text, keys in names.items()}


def pattern_table(entries: list[dict], lex) -> tuple[float, dict]:
    """(CPU seconds of the run under the hook, {(pattern text, method): [seconds, calls]})."""
    costs: dict = defaultdict(lambda: [0.0, 0])
    stack: list = []
    clock = time.process_time

    def hook(frame, event, arg):  # noqa: ARG001  (sys.setprofile's signature)
        if event == "c_call":
            owner = getattr(arg, "__self__", None)
            stack.append((owner, arg.__name__, clock()) if isinstance(owner, re.Pattern) else None)
        elif event in ("c_return", "c_exception") and stack:
            top = stack.pop()
            if top is not None:
                cost = costs[(top[0].pattern, top[1])]
                cost[0] += clock() - top[2]
                cost[1] += 1

    start = clock()
    sys.setprofile(hook)
    try:
        _read_all(entries, lex)
    finally:
        sys.setprofile(None)
    return clock() - start, costs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    shared = Path(__file__).resolve().parents[2] / "shared"
    parser.add_argument("--corpus", type=Path, nargs="+", default=[shared / "corpus", shared / "corpus-wave2"])
    parser.add_argument("--docs", type=int, default=500)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--width", type=int, default=90, help="Characters of each pattern shown.")
    args = parser.parse_args()
    import pakiran_events.extract.warm  # noqa: F401  (what the fork server does before the workers)
    from pakiran_events.extract.lexicon import load_lexicon

    lex = load_lexicon(None, None)
    entries = _entries(args.corpus, args.docs)
    _read_all(entries[:10], lex)  # imports and first-use compiles, as a warm worker has them
    start = time.process_time()
    _read_all(entries, lex)
    plain = time.process_time() - start
    print(f"{len(entries)} reports: {plain:.2f} CPU s unprofiled, {len(entries) / plain:.1f} reports per CPU-second")
    profile = cProfile.Profile(time.process_time)
    profile.runcall(_read_all, entries, lex)
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out)
    stats.sort_stats("tottime").print_stats(args.top)
    stats.sort_stats("cumulative").print_stats(args.top)
    print(out.getvalue())
    hooked, costs = pattern_table(entries, lex)
    inside = sum(c[0] for c in costs.values())
    print(f"per pattern: {hooked:.2f} CPU s under the hook, {inside:.2f} s inside pattern methods "
          f"({len(costs)} (pattern, method) pairs)")
    names = pattern_names(lex)
    print(f"{'seconds':>8} {'share':>6} {'calls':>9} {'us/call':>8}  method    lexicon key | pattern")
    for (text, method), (seconds, calls) in sorted(costs.items(), key=lambda kv: -kv[1][0])[:args.top]:
        shown = text if isinstance(text, str) else repr(text)
        shown = shown.replace("\n", " ")[:args.width]
        print(f"{seconds:8.3f} {seconds / inside:6.1%} {calls:9d} {1e6 * seconds / calls:8.1f}  {method:<9} "
              f"{names.get(text, '(module)')} | {shown}")


if __name__ == "__main__":
    main()
