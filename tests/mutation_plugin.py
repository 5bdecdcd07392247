"""pytest plugin for scripts/mutation_check.py only: switches off the one rule named by
PAKIRAN_MUTANT, so the fixtures can prove that rule is tested.

    table-check:<resource>/<check name>   a single-table Pandera check always passes
    rule:<resource>.<field>:<code>        a cross-table rule always passes
    code:<code>                           integrity / evidence checks stop reporting <code>
"""

from __future__ import annotations

import dataclasses
import os


def _always_true(resource: str, check):
    import polars as pl

    from pakiran_events.core.schema import load_schemas
    from pakiran_events.validate.pandera_schemas import row_check

    first = load_schemas()[resource].field_names[0]
    return row_check(check.name, check.error, pl.col(first).is_null() | pl.col(first).is_not_null(), first)


def _without(code: str, fn):
    def filtered(*args, **kwargs):
        out = fn(*args, **kwargs)
        if isinstance(out, tuple):  # verify_evidence: (problems, count)
            return [p for p in out[0] if p.code != code], out[1]
        return [p for p in out if p.code != code]
    return filtered


def pytest_configure(config):
    mutant = os.environ.get("PAKIRAN_MUTANT")
    if not mutant:
        return
    kind, _, target = mutant.partition(":")
    if kind == "table-check":
        from pakiran_events.validate import pandera_schemas as ps

        resource, name = target.split("/")
        ps.TABLE_CHECKS[resource] = [_always_true(resource, c) if c.name == name else c for c in ps.TABLE_CHECKS[resource]]
    elif kind == "rule":
        import polars as pl

        from pakiran_events.validate import pandera_layer, rules

        original = rules.all_rules

        def mutated(schemas):
            return [dataclasses.replace(r, widen=lambda t, res=r.resource: t[res].with_columns(pl.lit(True).alias("ok")))
                    if rule_id(r) == target else r for r in original(schemas)]

        pandera_layer.all_rules = mutated
    elif kind == "code":
        import pakiran_events.validate as v
        from pakiran_events.curate import spans
        from pakiran_events.validate import integrity

        integrity.check_file = _without(target, integrity.check_file)
        integrity.parquet_matches_csv = _without(target, integrity.parquet_matches_csv)
        v.validate_package = _without(target, v.validate_package)
        spans.verify_evidence = _without(target, spans.verify_evidence)
    else:
        raise ValueError(f"unknown mutant {mutant!r}")


def rule_id(rule) -> str:
    return f"{rule.resource}.{rule.field}:{rule.code}"
