"""Reads the Frictionless Table Schemas in schemas/: the single source of field facts.

Everything else (Pandera checks, polars dtypes, the codebook, column order, evidence rules)
is derived from these files by the helpers here.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import polars as pl

from pakiran_events.core.paths import schemas_dir

POLARS_TYPES = {
    "string": pl.String,
    "integer": pl.Int64,
    "number": pl.Float64,
    "date": pl.Date,
    "boolean": pl.Boolean,
    "list": pl.List(pl.String),  # Table Schema v2 list; only itemType string is used
}


@dataclass(frozen=True)
class TableSchema:
    """One resource's Table Schema with the derived views the toolkit needs."""

    name: str
    descriptor: dict

    @property
    def fields(self) -> list[dict]:
        return self.descriptor["fields"]

    @cached_property
    def field_names(self) -> list[str]:
        return [f["name"] for f in self.fields]

    @property
    def primary_key(self) -> list[str]:
        pk = self.descriptor.get("primaryKey", [])
        return [pk] if isinstance(pk, str) else list(pk)

    @property
    def foreign_keys(self) -> list[dict]:
        return self.descriptor.get("foreignKeys", [])

    @cached_property
    def polars_schema(self) -> dict[str, pl.DataType]:
        return {f["name"]: POLARS_TYPES[f["type"]] for f in self.fields}

    @cached_property
    def list_delimiters(self) -> dict[str, str]:
        """List fields -> the delimiter of their items in the CSV (Table Schema's default ',')."""
        return {f["name"]: f.get("delimiter", ",") for f in self.fields if f["type"] == "list"}

    @cached_property
    def csv_schema(self) -> dict[str, pl.DataType]:
        """The polars dtypes of the CSV cells: a list field is one delimited string there."""
        return {n: (pl.String if n in self.list_delimiters else t) for n, t in self.polars_schema.items()}

    def derived_from(self, resource: str) -> dict[str, str]:
        """Fields copied from another resource (`"derivedFrom": "places.name"`): field -> source column."""
        return {f["name"]: f["derivedFrom"].split(".", 1)[1] for f in self.fields
                if f.get("derivedFrom", "").split(".", 1)[0] == resource}

    def fields_needing_evidence(self) -> list[str]:
        """Fields whose every hand-checked value must cite a source span."""
        return [f["name"] for f in self.fields if f.get("evidence") == "required"]


def load_schemas(folder: Path | None = None) -> dict[str, TableSchema]:
    """All `<resource>.schema.json` files of a schemas folder, keyed by resource name."""
    folder = folder or schemas_dir()
    schemas = {}
    for path in sorted(folder.glob("*.schema.json")):
        name = path.name.removesuffix(".schema.json")
        schemas[name] = TableSchema(name, json.loads(path.read_text(encoding="utf-8")))
    if not schemas:
        raise FileNotFoundError(f"no *.schema.json files in {folder}")
    return schemas


def evidenced_tables(schemas: dict[str, TableSchema]) -> list[str]:
    """The resources whose records take evidence: the evidence schema's record_table terms."""
    field = next(f for f in schemas["evidence"].fields if f["name"] == "record_table")
    return list(field["constraints"]["enum"])


def codebook_rows(schemas: dict[str, TableSchema]) -> list[dict]:
    """The codebook table: one row per vocabulary term declared on any field."""
    rows = []
    for resource, schema in schemas.items():
        for f in schema.fields:
            for term, facts in f.get("vocabulary", {}).items():
                rows.append(
                    {
                        "resource": resource,
                        "field": f["name"],
                        "term": term,
                        "definition": facts["definition"],
                        "cameo": facts.get("cameo"),
                        "plover_type": facts.get("plover_type"),
                        "plover_mode": facts.get("plover_mode"),
                        "plover_context": facts.get("plover_context"),
                        "acled_time_precision": facts.get("acled_time_precision"),
                    }
                )
    return rows


COUNTRIES_FILE = "countries.csv"


def country_rows(folder: Path | None = None) -> list[dict]:
    """The countries table: ISO3 with COW and Gleditsch-Ward codes, from schemas/countries.csv
    (a reference table kept beside the schemas; sources in countries.schema.json). Values are
    text; the build types them."""

    path = (folder or schemas_dir()) / COUNTRIES_FILE
    with path.open(encoding="utf-8", newline="") as fh:
        return [{k: (v if v != "" else None) for k, v in row.items()} for row in csv.DictReader(fh)]
