"""The build's parse cache: a curated file is parsed only when its content changed.

As owid/etl does for its steps, an entry is keyed by what determines the result: the SHA-256 of
the file's bytes and the version of the code that parses it (the source of `core/yaml_input.py`,
hashed). The parsed document (text values, mappings and lists with their line numbers) is
stored under `ROOT/.cache/build/` (git-ignored), one file per key:

- written atomically (temporary file in the same folder, then `os.replace`), so a concurrent or
  killed build never leaves half an entry under a real name (builds also hold the checkout's lock);
- never trusted: an entry carries the SHA-256 of its payload and is unpickled by a loader that
  builds only dicts, lists, strings and the reader's two container types; anything else (a
  truncated, corrupt or foreign file) is ignored and the file parsed again, never an error;
- content-addressed, so an old entry is never wrong, only unused (`pakiran-events build
  --no-cache` neither reads nor writes it; deleting the folder is always safe).

A parse that fails (a YAML problem) is not cached: the error is reported again by the next build.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import tempfile
from pathlib import Path
from typing import Callable

from pakiran_events.core import yaml_input

CACHE_DIR = Path(".cache") / "build"
FORMAT = b"pakiran-parse-cache 1\n"


def _code_version() -> str:
    """The parser's version: a hash of the source of the modules whose output is cached."""
    source = Path(yaml_input.__file__).read_bytes()
    return hashlib.sha256(FORMAT + source).hexdigest()[:16]


class _SafeUnpickler(pickle.Unpickler):
    """Unpickles plain containers and the reader's Mapping/Sequence only; any other class is refused."""

    def find_class(self, module: str, name: str):
        if module == yaml_input.__name__ and name in ("Mapping", "Sequence"):
            return getattr(yaml_input, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a parse cache entry")


class ParseCache:
    """Parsed curated documents by content hash, under `root/.cache/build/`."""

    def __init__(self, root: Path):
        self.folder = Path(root) / CACHE_DIR / _code_version()
        self.hits = self.misses = self.ignored = 0

    def _entry(self, digest: str) -> Path:
        return self.folder / digest[:2] / f"{digest}.pickle"

    def _get(self, entry: Path):
        """The cached document, or a miss (None, False); a bad entry is counted and ignored."""
        try:
            data = entry.read_bytes()
        except OSError:
            return None, False
        try:
            if not data.startswith(FORMAT):
                raise ValueError("not a cache entry")
            checksum, payload = data[len(FORMAT):len(FORMAT) + 64], data[len(FORMAT) + 64:]
            if hashlib.sha256(payload).hexdigest().encode() != checksum:
                raise ValueError("checksum differs")
            return _SafeUnpickler(io.BytesIO(payload)).load(), True
        except Exception:  # noqa: BLE001 - whatever is wrong with an entry, it is parsed again
            self.ignored += 1
            return None, False

    def _put(self, entry: Path, doc) -> None:
        """Write an entry atomically; a cache that cannot be written is skipped silently."""
        try:
            payload = pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL)
            entry.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=entry.parent)
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(FORMAT + hashlib.sha256(payload).hexdigest().encode() + payload)
                os.replace(tmp, entry)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except (OSError, pickle.PicklingError, RecursionError):
            pass

    def load_file(self, path: Path):
        """`core.yaml_input.load_file`, through the cache (same result, same errors)."""
        from pakiran_events.core.yaml_input import YamlInputError, load_bytes

        try:
            return self.load(path, load_bytes)
        except OSError as exc:
            raise YamlInputError("unreadable", None, f"cannot be read: {exc.strerror or exc}") from exc

    def load(self, path: Path, parse: Callable[[bytes], object]):
        """The document of the file at `path`: from the cache when its bytes were parsed before,
        else `parse(bytes)` (whose exceptions propagate, uncached)."""
        data = Path(path).read_bytes()
        entry = self._entry(hashlib.sha256(data).hexdigest())
        doc, hit = self._get(entry)
        if hit:
            self.hits += 1
            return doc
        self.misses += 1
        doc = parse(data)
        self._put(entry, doc)
        return doc
