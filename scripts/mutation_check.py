"""Mutation check of the validation rules: switch each rule off in turn and re-run the failing
fixtures that expect its code (tests/rule_cases.py, the cases behind tests/test_rule_fixtures.py);
a rule whose fixtures still find their problem "survives" and fails the check.

    python scripts/mutation_check.py [--only CODE ...]

All in one process: the small package is built once, each fixture breaks its own copy once, and
each mutant only re-validates the copies that expect its code (the rule switched off by patching
the module attribute the validator looks up, then restored). Prints one line per mutant and a
summary; exit 1 if any mutant survives or has no fixture to run.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import polars as pl
from click.testing import CliRunner

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

import pakiran_events.validate as validate  # noqa: E402
import rule_cases as rc  # noqa: E402 - the fixtures live with the tests
from mini import write_repo  # noqa: E402
from pakiran_events.build.build import build  # noqa: E402
from pakiran_events.cli import main as cli  # noqa: E402
from pakiran_events.core.schema import load_schemas  # noqa: E402
from pakiran_events.curate import spans  # noqa: E402
from pakiran_events.validate import integrity, pandera_layer, pandera_schemas, rules  # noqa: E402

# codes that the integrity layer and verify-evidence report outside the Pandera schemas
INTEGRITY_CODES = sorted({expected[3] for _, expected in rc.INTEGRITY.values()})
EVIDENCE_CODES = sorted({expected[3] for _, expected in rc.EVIDENCE.values()})


@dataclasses.dataclass
class Case:
    """One broken copy of the package and the problem (resource, record, field, code) it must show."""

    name: str
    root: Path
    expected: tuple
    check: Callable[[Path], set]

    def fails_as_expected(self) -> bool:
        return self.expected in self.check(self.root)


def _found(expected: tuple, problems) -> set:
    """Problems as tuples, blank where the case names no resource, record or field."""
    return {(p.resource if expected[0] else None, p.record_id if expected[1] else None,
             p.field if expected[2] else None, p.code) for p in problems}


def _layer_check(layer: str, expected: tuple) -> Callable[[Path], set]:
    return lambda root: _found(expected, validate.validate_package(root / "datapackage.json", (layer,)))


def _evidence_check(root: Path) -> set:
    result = CliRunner().invoke(cli, ["verify-evidence", str(root), "--corpus", str(root / "corpus"), "--format", "json"])
    if result.exit_code != 1:
        return set()
    return {(p["resource"], p["record_id"], p["field"], p["code"]) for p in json.loads(result.output)}


def cases(workdir: Path) -> list[Case]:
    """Every fixture of tests/rule_cases.py, each broken once in its own copy of one build."""
    built = write_repo(workdir / "built", REPO)
    build(built)
    schemas = load_schemas()
    pandera = {**rc.PANDERA, **{f"foreign-key:{k}": v for k, v in rc.foreign_key_cases(schemas).items()},
               **{f"missing-evidence:{k}": v for k, v in rc.missing_evidence_cases(schemas).items()}}
    out = []
    for group, layer, table in (("pandera", "pandera", pandera), ("integrity", "integrity", rc.INTEGRITY),
                                ("evidence", None, rc.EVIDENCE)):
        for name, (brk, expected) in sorted(table.items()):
            root = rc.copy_package(built, workdir / group / name.replace("/", "_").replace(":", "_"))
            brk(root)
            check = _layer_check(layer, expected) if layer else _evidence_check
            out.append(Case(f"{group}:{name}", root, expected, check))
    return out


def rule_id(rule) -> str:
    return f"{rule.resource}.{rule.field}:{rule.code}"


def _always_true(resource: str, check):
    first = load_schemas()[resource].field_names[0]
    return pandera_schemas.row_check(check.name, pl.col(first).is_null() | pl.col(first).is_not_null(), first)


def _without(code: str, fn):
    def filtered(*args, **kwargs):
        out = fn(*args, **kwargs)
        if isinstance(out, tuple):  # verify_evidence: (problems, count)
            return [p for p in out[0] if p.code != code], out[1]
        return [p for p in out if p.code != code]
    return filtered


@contextlib.contextmanager
def _patched(*patches: tuple[object, str, object]) -> Iterator[None]:
    saved = [(obj, name, getattr(obj, name)) for obj, name, _ in patches]
    try:
        for obj, name, value in patches:
            setattr(obj, name, value)
        yield
    finally:
        for obj, name, value in saved:
            setattr(obj, name, value)


@contextlib.contextmanager
def _dict_item(mapping: dict, key, value) -> Iterator[None]:
    saved = mapping[key]
    mapping[key] = value
    try:
        yield
    finally:
        mapping[key] = saved


def mutants() -> list[tuple[str, tuple, Callable[[], contextlib.AbstractContextManager]]]:
    """(mutant, what its fixtures expect: (code, resource, field), a context in which the rule is
    switched off). A cross-table rule reports on its own resource and field; the others only by code."""
    out = []
    for resource, checks in pandera_schemas.TABLE_CHECKS.items():
        for check in checks:
            mutated = [_always_true(resource, c) if c is check else c for c in checks]
            out.append((f"table-check:{resource}/{check.name}", (check.name, None, None),
                        lambda r=resource, m=mutated: _dict_item(pandera_schemas.TABLE_CHECKS, r, m)))
    original = rules.all_rules
    for rule in original(load_schemas()):
        def mutated_rules(schemas, target=rule_id(rule)):
            return [dataclasses.replace(r, widen=lambda t, res=r.resource: t[res].with_columns(pl.lit(True).alias("ok")))
                    if rule_id(r) == target else r for r in original(schemas)]
        out.append((f"rule:{rule_id(rule)}", (rule.code, rule.resource, rule.field), lambda m=mutated_rules: _patched((pandera_layer, "all_rules", m))))
    for code in INTEGRITY_CODES + EVIDENCE_CODES:
        out.append((f"code:{code}", (code, None, None), lambda c=code: _patched(
            (integrity, "check_file", _without(c, integrity.check_file)),
            (integrity, "parquet_matches_csv", _without(c, integrity.parquet_matches_csv)),
            (validate, "validate_package", _without(c, validate.validate_package)),
            (spans, "verify_evidence", _without(c, spans.verify_evidence)))))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="*", metavar="CODE", help="check only the mutants of these codes")
    args = parser.parse_args()
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="pakiran-mutants-") as tmp:
        all_cases = cases(Path(tmp))
        unbroken = [c.name for c in all_cases if not c.fails_as_expected()]
        if unbroken:
            print(f"mutation check: these fixtures fail without any mutation; fix them first: {', '.join(unbroken)}")
            raise SystemExit(1)
        todo = [m for m in mutants() if not args.only or m[1][0] in args.only]
        survived, untested = [], []
        for name, (code, resource, field), switched_off in todo:
            selected = [c for c in all_cases if c.expected[3] == code
                        and resource in (None, c.expected[0]) and field in (None, c.expected[2])]
            if not selected:
                untested.append(name)
                print(f"NO FIXTURE {name}")
                continue
            with switched_off():
                killed = any(not c.fails_as_expected() for c in selected)
            if not killed:
                survived.append(name)
            print(f"{'killed  ' if killed else 'SURVIVED'} {name} ({len(selected)} fixture{'s' * (len(selected) > 1)})")
    print(f"mutation check: {len(todo)} rule mutants, {len(todo) - len(survived) - len(untested)} killed, "
          f"{len(survived)} survived, {len(untested)} without a fixture ({time.perf_counter() - start:.0f} s)")
    raise SystemExit(1 if survived or untested else 0)


if __name__ == "__main__":
    main()
