"""frictionless-py's verdict on a descriptor, remembered by the descriptor's content.

Why: the descriptor check (frictionless-py's Package built and validated against the Data
Package and Table Schema profiles, `table_schema.check_descriptor`) and the import of frictionless
it needs are ~0.4 CPU s of every validation, ~15% of a 100k-event run, and the same descriptor
gets the same verdict: the check reads the descriptor alone (every schema inline, no file opened:
`descriptor_check` refuses anything else first). The key is the SHA-256 of the descriptor's bytes
with frictionless-py's version, this package's version and CHECK_VERSION; a verdict is stored as
JSON (written to a temporary file, then renamed: a kill leaves no half-written entry), and any
entry that cannot be read is ignored and checked again. The folder: $PAKIRAN_EVENTS_CACHE, else
$XDG_CACHE_HOME/pakiran-events, else ~/.cache/pakiran-events; PAKIRAN_EVENTS_CACHE=off checks
every time. Nothing is written where the folder cannot be made (a read-only home).
tests/test_validate_descriptor_cache.py.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

from pakiran_events._version import __version__
from pakiran_events.core.env import CACHE
from pakiran_events.core.packages import parse_descriptor
from pakiran_events.core.problems import Problem

CHECK_VERSION = 1  # raise when `table_schema.check_descriptor` changes what it reports
FOLDER = "descriptor-checks"


def cache_folder() -> Path | None:
    """The folder of remembered verdicts, or None when caching is off."""
    chosen = os.environ.get(CACHE)
    if chosen is not None:
        return None if chosen.strip().lower() in ("", "off", "0", "no") else Path(chosen) / FOLDER
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "pakiran-events" / FOLDER


def _key(descriptor: bytes) -> str:
    try:
        frictionless_version = metadata.version("frictionless")
    except metadata.PackageNotFoundError:
        frictionless_version = "none"
    facts = f"{CHECK_VERSION}\0{__version__}\0{frictionless_version}\0".encode()
    return hashlib.sha256(facts + descriptor).hexdigest()


def _load(path: Path) -> list[Problem] | None:
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
        return [Problem(*entry) for entry in entries]
    except (OSError, ValueError, TypeError):
        return None


def _store(folder: Path, path: Path, problems: list[Problem]) -> None:
    entries = [[p.layer, p.resource, p.row, p.record_id, p.field, p.code, p.message] for p in problems]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(entries, out)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        pass  # no cache here: the verdict was still computed and returned


# profiles frictionless-py knows by name (any other value of `profile` or `$schema` may name a file
# it would read, so the verdict would not depend on the descriptor's bytes alone)
KNOWN_PROFILES = frozenset({"data-package", "tabular-data-package", "data-resource", "tabular-data-resource"})


def self_contained(descriptor: bytes) -> bool:
    """Whether frictionless-py's check of this descriptor reads nothing but these bytes: a JSON
    object whose profiles are known names and whose resources' schemas and dialects are inline."""
    try:
        desc = parse_descriptor(descriptor)
    except ValueError:  # UnicodeDecodeError is one
        return False
    if not isinstance(desc, dict) or not isinstance(desc.get("resources"), list):
        return False
    entries = [desc] + desc["resources"]
    if not all(isinstance(e, dict) for e in entries):
        return False
    for entry in entries:
        if any(key in entry and not (isinstance(entry[key], str) and entry[key] in KNOWN_PROFILES)
               for key in ("profile", "$schema")):
            return False
    return all(isinstance(r.get(key, {}), dict) for r in desc["resources"] for key in ("schema", "dialect"))


def remembered(descriptor_path: Path, check: Callable[[Path], list[Problem]]) -> list[Problem]:
    """`check(descriptor_path)` (a list of Problem), or the list it gave before for a descriptor
    of the same bytes under the same versions (only a `self_contained` one). Raises what reading
    the descriptor raises (OSError)."""
    folder = cache_folder()
    if folder is None:
        return check(descriptor_path)
    descriptor = Path(descriptor_path).read_bytes()
    if not self_contained(descriptor):
        return check(descriptor_path)
    path = folder / f"{_key(descriptor)}.json"
    found = _load(path) if path.is_file() else None
    if found is not None:
        return found
    problems = check(descriptor_path)
    _store(folder, path, problems)
    return problems
