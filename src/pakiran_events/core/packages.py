"""Reading a data package: its descriptor (datapackage.json), read here once for every stage —
the loader, validation, publishing, the command line and the scripts — and its tables (the
Parquet copy when the descriptor lists one, else the CSV as text). Standard library only at
import: the loader's light path uses it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pakiran_events.core.paths import DESCRIPTOR_NAME


class DescriptorError(ValueError):
    """A datapackage.json that is not readable JSON, or not a data package descriptor (an
    object with a 'resources' list)."""


def descriptor_of(path: str | Path) -> Path:
    """A package folder or its datapackage.json -> the descriptor's path. Raises
    FileNotFoundError (one line naming `path`) when there is none."""
    given = Path(path)
    descriptor = given / DESCRIPTOR_NAME if given.is_dir() else given
    if not descriptor.is_file():
        raise FileNotFoundError(f"{given}: no {DESCRIPTOR_NAME} here (give a data package folder or its descriptor)")
    return descriptor


def parse_descriptor(data: bytes) -> Any:
    """A descriptor's bytes -> the parsed JSON value (any shape). Raises UnicodeDecodeError or
    ValueError when they are not UTF-8 JSON. The one parser of descriptors (read_descriptor, and
    validation's remembered verdicts, which key the bytes they parse)."""
    try:
        return json.loads(data.decode("utf-8"))
    except RecursionError as exc:  # JSON nested deeper than Python's parser follows (breaker 8)
        raise ValueError("JSON nested too deeply to read") from exc


def read_descriptor(path: str | Path, *, shape: bool = True) -> dict[str, Any]:
    """The parsed descriptor of a package folder or of its datapackage.json. Raises
    FileNotFoundError when there is none, DescriptorError (a ValueError, one line naming the
    file) when it is not readable UTF-8 JSON or, with `shape` (the default), not an object with
    a 'resources' list. `shape=False` leaves the shape to the caller (validation's descriptor
    check reports every fault of it)."""
    descriptor = descriptor_of(path)
    try:
        desc = parse_descriptor(descriptor.read_bytes())
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise DescriptorError(f"{descriptor}: not a readable JSON descriptor ({' '.join(str(exc).split())[:200]})") from exc
    if shape and (not isinstance(desc, dict) or not isinstance(desc.get("resources"), list)):
        raise DescriptorError(f"{descriptor}: not a data package descriptor (no 'resources' list)")
    return desc


def read_tables(path: Path, names: tuple[str, ...] | None = None) -> dict:
    """Resources of a package as polars frames (all of them, or `names`)."""
    import polars as pl

    out = {}
    for name, (path_read, parquet) in table_files(path, names).items():
        out[name] = pl.read_parquet(path_read) if parquet else pl.read_csv(path_read, infer_schema=False)
    return out


def table_files(path: Path, names: tuple[str, ...] | None = None) -> dict[str, tuple[Path, bool]]:
    """Resource name -> (the file `read_tables` reads for it, whether it is the Parquet copy): the
    one statement of which file a table comes from (the extractor's lexicon cache hashes them)."""
    descriptor = descriptor_of(path)
    desc = read_descriptor(descriptor)
    out = {}
    for resource in desc["resources"]:
        if names is None or resource["name"] in names:
            rel = resource.get("parquet", {}).get("path")
            out[resource["name"]] = (descriptor.parent / rel, True) if rel else (descriptor.parent / resource["path"], False)
    return out
