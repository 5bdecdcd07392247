"""frictionless-py's verdict on a descriptor, remembered by the descriptor's content.

Why: the descriptor check (frictionless-py's Package built and validated against the Data
Package and Table Schema profiles, `table_schema.check_descriptor`) and the import of frictionless
it needs are ~0.4 CPU s of every validation, ~15% of a 100k-event run, and the same descriptor
gets the same verdict: the check reads the descriptor alone (every schema inline, no file opened:
`descriptor_check` refuses anything else first). The key is the SHA-256 of the descriptor's bytes
and file name (its problems name the file: review22) with frictionless-py's version, this
package's version and CHECK_VERSION; a verdict is stored as JSON (written to a temporary file,
then renamed: a kill leaves no half-written entry), and an entry that cannot be read or is not a
list of 7-item problems of the right types is ignored and checked again. The folder: $PAKIRAN_EVENTS_CACHE,
else $XDG_CACHE_HOME/pakiran-events, else ~/.cache/pakiran-events; PAKIRAN_EVENTS_CACHE=off
checks every time. Any OSError in the cache (a folder that cannot be made or read, a name too
long, no permission) leaves the cache unused: the verdict is checked and returned. After a store
the folder keeps the MAX_ENTRIES most recently used entries (an entry's mtime is renewed when it
is used). The folder itself is trusted: an entry planted there is believed when it is well formed
(a planted `[]` cannot be told from a descriptor with no problems).
tests/test_validate_descriptor_cache.py, tests/test_review22_validate.py.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import tempfile
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

from pakiran_events._version import __version__
from pakiran_events.core.env import CACHE
from pakiran_events.core.packages import parse_descriptor
from pakiran_events.core.paths import user_cache_dir
from pakiran_events.core.problems import Problem

CHECK_VERSION = 1  # raise when `table_schema.check_descriptor` changes what it reports
FOLDER = "descriptor-checks"
MAX_ENTRY_BYTES = 16 * 2**20  # a remembered verdict larger than this is not read (one verdict is a few KB)
MAX_ENTRIES = 512  # remembered verdicts kept (the least recently used beyond this are removed)


def cache_folder() -> Path | None:
    """The folder of remembered verdicts, or None when caching is off."""
    chosen = os.environ.get(CACHE)
    if chosen is not None:
        return None if chosen.strip().lower() in ("", "off", "0", "no") else Path(chosen) / FOLDER
    try:
        return user_cache_dir() / FOLDER
    except RuntimeError:  # no home folder to be found: no cache
        return None


def _key(descriptor: bytes, name: str) -> str:
    try:
        frictionless_version = metadata.version("frictionless")
    except metadata.PackageNotFoundError:
        frictionless_version = "none"
    facts = f"{CHECK_VERSION}\0{__version__}\0{frictionless_version}\0{name}\0".encode("utf-8", "surrogateescape")
    return hashlib.sha256(facts + descriptor).hexdigest()


_TYPES = ((str,), (str,), (int, type(None)), (str, type(None)), (str, type(None)), (str,), (str,))  # Problem's fields


def _well_formed(entry: object) -> bool:
    return (isinstance(entry, list) and len(entry) == len(_TYPES)
            and all(isinstance(v, t) and not isinstance(v, bool) for v, t in zip(entry, _TYPES)))


def _load(path: Path) -> list[Problem] | None:
    """The problems stored at `path`, or None where it cannot be read or is not a list of
    problems (7-item lists of Problem's field types)."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_ENTRY_BYTES:
            return None  # a fifo or device at an entry's name would block or flood the read (breaker 6)
        entries = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):  # (a missing entry is a FileNotFoundError)
        return None
    if not isinstance(entries, list) or not all(_well_formed(e) for e in entries):
        return None
    try:
        os.utime(path)  # used now: kept longest by `_prune`
    except OSError:
        pass
    return [Problem(*entry) for entry in entries]


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
        _prune(folder, MAX_ENTRIES)
    except OSError:
        pass  # no cache here: the verdict was still computed and returned


def _prune(folder: Path, keep: int) -> None:
    """Remove all but the `keep` most recently used entries of `folder` (by mtime; another
    process's temporary file, a dot file, is left alone). Raises OSError where the folder cannot
    be listed."""
    entries = []
    with os.scandir(folder) as found:
        for entry in found:
            if entry.name.endswith(".json") and not entry.name.startswith("."):
                try:
                    entries.append((entry.stat().st_mtime_ns, entry.name))
                except OSError:
                    continue  # removed meanwhile
    for _, name in sorted(entries, reverse=True)[keep:]:
        try:
            (folder / name).unlink()
        except FileNotFoundError:
            pass


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
    of the same bytes and file name under the same versions (only a `self_contained` one). Raises
    what reading the descriptor raises (OSError); the cache's own OSErrors leave it unused."""
    folder = cache_folder()
    if folder is None:
        return check(descriptor_path)
    descriptor = Path(descriptor_path).read_bytes()
    if not self_contained(descriptor):
        return check(descriptor_path)
    path = folder / f"{_key(descriptor, Path(descriptor_path).name)}.json"
    found = _load(path)
    if found is not None:
        return found
    problems = check(descriptor_path)
    _store(folder, path, problems)
    return problems
