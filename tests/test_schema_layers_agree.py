"""The Pandera schemas are derived from the Table Schemas: prove they agree field by field."""

from __future__ import annotations

import re

import polars as pl
import pytest

from pakiran_events.core.schema import POLARS_TYPES, codebook_rows, load_schemas
from pakiran_events.validate.pandera_schemas import pandera_schema

SCHEMAS = load_schemas()


def _check_names(column) -> list[str]:
    return [c.name for c in column.checks]


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_pandera_matches_table_schema_field_by_field(name):
    table, derived = SCHEMAS[name], pandera_schema(SCHEMAS[name])
    assert list(derived.columns) == table.field_names
    for field in table.fields:
        col = derived.columns[field["name"]]
        cons = field.get("constraints", {})
        assert col.dtype.type == POLARS_TYPES[field["type"]], field["name"]
        assert col.nullable is (not cons.get("required", False)), field["name"]
        assert col.unique is (bool(cons.get("unique")) or table.primary_key == [field["name"]]), field["name"]
        checks = {c.name: c for c in col.checks}
        if "enum" in cons:
            assert checks["isin"].statistics["allowed_values"] == cons["enum"]
        if "pattern" in cons:
            assert re.sub(r"^\^\(\?:|\)\$$", "", checks["str_matches"].statistics["pattern"]).strip("^$") \
                == cons["pattern"].strip("^$")
        if "minimum" in cons:
            assert checks["greater_than_or_equal_to"].statistics["min_value"] == cons["minimum"]
        if "maximum" in cons:
            assert checks["less_than_or_equal_to"].statistics["max_value"] == cons["maximum"]
        if field["type"] == "list":  # length bounds and the items' pattern, each its own check
            expected = sum(k in cons for k in ("minLength", "maxLength")) + ("pattern" in field.get("itemConstraints", {}))
            assert len(col.checks) == expected, field["name"]
            continue
        expected = sum(k in cons for k in ("enum", "pattern", "minimum", "maximum")) + \
            (1 if ("minLength" in cons or "maxLength" in cons) else 0)
        assert len(col.checks) == expected, field["name"]
    if len(table.primary_key) > 1:
        assert derived.unique == table.primary_key


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


def test_codebook_has_one_row_per_term_and_the_seed_commitment_vocabulary():
    rows = codebook_rows(SCHEMAS)
    terms = {(r["resource"], r["field"], r["term"]) for r in rows}
    assert len(terms) == len(rows)
    commitment_terms = {t for (res, f, t) in terms if (res, f) == ("commitments", "commitment_type")}
    assert commitment_terms == {
        "intelligence_sharing", "counterterrorism_cooperation", "border_security", "military_liaison_officers",
        "consultative_mechanism", "communication_channels", "sovereignty_respect", "defence_cooperation",
        "border_markets", "trade_expansion", "energy_cooperation", "economic_zone", "agreement_signing",
        "connectivity", "other"}
    # CAMEO 0314 is intent to cooperate on intelligence (0313 is judicial matters)
    intel = next(r for r in rows if r["term"] == "intelligence_sharing")
    assert intel["cameo"] == "0314"


def test_table_checks_reject_a_bad_row():
    events = pandera_schema(SCHEMAS["events"])
    import datetime as dt
    import pandera.polars as pa

    row = {n: None for n in SCHEMAS["events"].field_names}
    row.update(event_id="E000001", event_type="meeting", date_start=dt.date(2024, 1, 2), date_end=dt.date(2024, 1, 1),
               date_precision="day", place_id="x", city="X", country_iso3="PAK", latitude=1.0, longitude=1.0,
               summary="A summary long enough to pass.", review_status="hand-checked", notes="n")
    frame = pl.DataFrame([row], schema=SCHEMAS["events"].polars_schema)
    with pytest.raises(pa.errors.SchemaErrors) as exc:
        events.validate(frame, lazy=True)
    failed = set(exc.value.failure_cases["check"].to_list())
    assert {"date_start is after date_end", "date_precision is day but date_start differs from date_end"} <= failed
