"""What a descriptor must be before any layer opens a file: resources as mappings with a name,
a local path inside the package folder and a schema; no remote reference anywhere a
Frictionless reader would follow one (path, schema, dialect, profile), so validating a hostile
descriptor makes no connection. Run first; if it finds anything, the layers do not run."""

from __future__ import annotations

from pathlib import Path

from pakiran_events.core.confine import OutsideFolder, inside, is_remote
from pakiran_events.core.problems import Problem

LAYER = "integrity"
FOLLOWED = ("path", "schema", "dialect", "profile", "$schema")  # keys frictionless resolves to a file or URL


def check_descriptor(desc, root: Path) -> list[Problem]:
    """Problems of the descriptor itself (codes bad-descriptor, remote-reference,
    path-outside-package); an empty list when the layers may read it."""
    name = "datapackage.json"
    if not isinstance(desc, dict):
        return [Problem(LAYER, name, None, None, None, "bad-descriptor", "the descriptor is not a JSON object")]
    problems = []
    for key in FOLLOWED:
        if is_remote(desc.get(key)):
            problems.append(Problem(LAYER, name, None, None, key, "remote-reference",
                                    f"{desc[key]!r}: remote references are refused (the toolkit works offline)"))
    resources = desc.get("resources")
    if not isinstance(resources, list) or not resources:
        return problems + [Problem(LAYER, name, None, None, "resources", "bad-descriptor",
                                   "expected a non-empty list of resources")]
    for n, r in enumerate(resources, 1):
        if not isinstance(r, dict):
            problems.append(Problem(LAYER, name, None, None, "resources", "bad-descriptor",
                                    f"resource {n} is {type(r).__name__}, not an object"))
            continue
        where = r.get("name") if isinstance(r.get("name"), str) and r.get("name") else f"resource {n}"
        if where == f"resource {n}":
            problems.append(Problem(LAYER, name, None, None, "name", "bad-descriptor", f"{where} has no name"))
        problems += _files(root, where, r, ("path", "schema", "dialect", "profile", "$schema"))
        for extra in ("parquet",):
            if extra in r:
                if not isinstance(r[extra], dict):
                    problems.append(Problem(LAYER, where, None, None, extra, "bad-descriptor", "expected an object"))
                else:
                    problems += _files(root, where, r[extra], ("path",))
        schema = r.get("schema")
        if not isinstance(schema, dict) or not isinstance(schema.get("fields"), list) \
                or not all(isinstance(f, dict) and isinstance(f.get("name"), str) for f in schema["fields"]):
            if not (isinstance(schema, str) and is_remote(schema)):
                problems.append(Problem(LAYER, where, None, None, "schema", "bad-descriptor",
                                        "expected an inline Table Schema with a list of named fields"))
        else:
            problems += _field_types(where, schema["fields"])
        for key in ("rows", "bytes"):
            if key in r and (not isinstance(r[key], int) or isinstance(r[key], bool) or r[key] < 0):
                problems.append(Problem(LAYER, where, None, None, key, "bad-descriptor",
                                        f"{r[key]!r} is not a whole number"))
        if "hash" in r and not isinstance(r["hash"], str):
            problems.append(Problem(LAYER, where, None, None, "hash", "bad-descriptor", f"{r['hash']!r} is not text"))
    for view in desc.get("views") or []:
        if not isinstance(view, dict):
            problems.append(Problem(LAYER, name, None, None, "views", "bad-descriptor", "a view is not an object"))
        else:
            problems += _files(root, f"view {view.get('name')}", view, ("path",))
    return problems


def _field_types(where: str, fields: list[dict]) -> list[Problem]:
    """A field whose Table Schema type the toolkit does not read (`any`, `year`, `time`, ...; an
    absent type is Table Schema's default, `any`): named, so no layer meets a type it cannot map."""
    from pakiran_events.core.schema import POLARS_TYPES

    known = ", ".join(POLARS_TYPES)
    return [Problem(LAYER, where, None, None, f["name"], "bad-descriptor",
                    f"type {f.get('type', 'any')!r} is not one the toolkit reads ({known})")
            for f in fields if f.get("type", "any") not in POLARS_TYPES]


def _files(root: Path, where: str, entry: dict, keys) -> list[Problem]:
    problems = []
    for key in keys:
        if key not in entry:
            if key == "path":
                problems.append(Problem(LAYER, where, None, None, key, "bad-descriptor", "no path"))
            continue
        value = entry[key]
        if is_remote(value):
            problems.append(Problem(LAYER, where, None, None, key, "remote-reference",
                                    f"{value!r}: remote references are refused (the toolkit works offline)"))
        elif key == "path" or isinstance(value, str):
            if not isinstance(value, str):
                problems.append(Problem(LAYER, where, None, None, key, "bad-descriptor",
                                        f"{value!r}: one file path expected (multipart paths are not used)"))
                continue
            try:
                inside(root, value)
            except OutsideFolder as exc:
                problems.append(Problem(LAYER, where, None, None, key, "path-outside-package", str(exc)))
    return problems
