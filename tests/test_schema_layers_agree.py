"""The Pandera schemas are derived from the Table Schemas: prove, by behaviour, that both layers
accept the published rows and reject the same broken value of every constrained field.

Nothing here restates a vocabulary or a constraint: every case is read from schemas/, so adding
a term (a commitment type, say) changes the schema and the cases follow.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import frictionless
import pandera.polars as pa
import polars as pl
import pytest

from pakiran_events.core.paths import DATA_DIR
from pakiran_events.core.schema import codebook_rows, load_schemas
from pakiran_events.core.tables import read_csv_typed
from pakiran_events.validate.pandera_schemas import pandera_schema

REPO = Path(__file__).resolve().parents[1]
SCHEMAS = load_schemas()


def _breaks(field: dict) -> dict[str, object]:
    """One value per constraint of a field that the constraint forbids (None: the empty cell)."""
    c, out = field.get("constraints", {}), {}
    if c.get("required"):
        out["required"] = None
    if "enum" in c:
        out["enum"] = "not_a_term_of_" + field["name"]
    if "pattern" in c:
        out["pattern"] = "!"
    if "minimum" in c:
        out["minimum"] = c["minimum"] - 1
    if "maximum" in c:
        out["maximum"] = c["maximum"] + 1
    if "minLength" in c and not (field["type"] == "list" and c["minLength"] <= 1):  # an empty list is the required case
        out["minLength"] = "x" * (c["minLength"] - 1)
    if "maxLength" in c:
        out["maxLength"] = "x" * (c["maxLength"] + 1)
    return out


CASES = [(name, f["name"], constraint, value) for name, schema in sorted(SCHEMAS.items())
         for f in schema.fields for constraint, value in _breaks(f).items()]


def _published(name: str) -> tuple[list[str], list[dict]]:
    with (REPO / DATA_DIR / f"{name}.csv").open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
    if not rows:
        pytest.skip(f"{name} has no published row to break")
    return list(reader.fieldnames or []), rows


def _pandera_failures(name: str, frame: pl.DataFrame) -> set[str]:
    try:
        pandera_schema(SCHEMAS[name]).validate(frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        return {str(c) for c in exc.failure_cases["column"].to_list()}
    return set()


def _frictionless_failures(name: str, header: list[str], rows: list[dict]) -> set[str]:
    """Fields Frictionless reports on, for rows given as CSV text cells."""
    descriptor = json.loads(json.dumps(SCHEMAS[name].descriptor))
    descriptor.pop("foreignKeys", None)  # one resource alone: its foreign keys are the rules' business
    data = [header] + [[r[h] for h in header] for r in rows]
    report = frictionless.Resource(data=data, schema=frictionless.Schema.from_descriptor(descriptor)).validate()
    assert {t for t, in report.flatten(["type"])} <= {"constraint-error", "type-error", "missing-cell",
                                                        "primary-key", "unique-error"}, report.flatten(["type", "note"])
    return {field for field, in report.flatten(["fieldName"]) if field}


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_both_layers_accept_the_published_rows(name):
    header, rows = _published(name)
    frame, problems = read_csv_typed(REPO / DATA_DIR / f"{name}.csv", SCHEMAS[name], name)
    assert problems == []
    assert _pandera_failures(name, frame) == set()
    assert _frictionless_failures(name, header, rows[:50]) == set()


@pytest.mark.parametrize(("name", "field", "constraint", "value"), CASES,
                         ids=[f"{n}.{f}:{c}" for n, f, c, _ in CASES])
def test_both_layers_reject_a_value_that_breaks_a_constraint(name, field, constraint, value):
    header, rows = _published(name)
    frame, _ = read_csv_typed(REPO / DATA_DIR / f"{name}.csv", SCHEMAS[name], name)
    broken = frame.head(1).with_columns(pl.lit(value, dtype=frame.schema[field]).alias(field))
    assert field in _pandera_failures(name, broken), f"Pandera accepts {value!r} in {name}.{field}"
    row = {**rows[0], field: "" if value is None else str(value)}
    assert field in _frictionless_failures(name, header, [row]), f"Frictionless accepts {value!r}"


@pytest.mark.parametrize("name", sorted(n for n, s in SCHEMAS.items() if s.primary_key))
def test_both_layers_reject_a_repeated_primary_key(name):
    header, rows = _published(name)
    frame, _ = read_csv_typed(REPO / DATA_DIR / f"{name}.csv", SCHEMAS[name], name)
    assert _pandera_failures(name, pl.concat([frame.head(1), frame.head(1)]))
    report_fields = _frictionless_failures(name, header, [rows[0], rows[0]])
    assert report_fields or len(SCHEMAS[name].primary_key) > 1  # a composite key is reported on no one field


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_every_field_is_documented_and_declares_its_evidence_rule(name):
    for field in SCHEMAS[name].fields:
        assert field.get("description"), f"{name}.{field['name']} has no description"
        assert field.get("evidence") in {"required", "derived", "none"}, f"{name}.{field['name']}"


def test_vocabularies_define_exactly_the_enum_terms():
    for schema in SCHEMAS.values():
        for field in schema.fields:
            if "vocabulary" in field or "enum" in field.get("constraints", {}):
                assert list(field["vocabulary"]) == field["constraints"]["enum"], f"{schema.name}.{field['name']}"
                assert all(v["definition"] for v in field["vocabulary"].values())


def test_the_codebook_has_one_row_per_term_of_every_vocabulary():
    rows = codebook_rows(SCHEMAS)
    got = [(r["resource"], r["field"], r["term"]) for r in rows]
    expected = [(name, f["name"], term) for name, schema in SCHEMAS.items() for f in schema.fields
                for term in f.get("constraints", {}).get("enum", [])]
    assert sorted(got) == sorted(expected)
    # CAMEO 0314 is intent to cooperate on intelligence (0313 is judicial matters)
    assert next(r for r in rows if r["term"] == "intelligence_sharing")["cameo"] == "0314"
