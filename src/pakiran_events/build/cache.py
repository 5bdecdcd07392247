"""The build's parse cache: a curated file is parsed only when its content changed.

As owid/etl does for its steps, an entry is keyed by what determines the result: the SHA-256 of
the file's bytes and the version of the code that parses it (the source of `core/yaml_input.py`,
hashed). The parsed document (text values, mappings and lists with their line numbers) is
stored under `ROOT/.cache/build/` (git-ignored), one file per key:

- written atomically (temporary file in the same folder, then `os.replace`), so a concurrent or
  killed build never leaves half an entry under a real name (builds also hold the checkout's lock);
- never trusted: an entry carries an HMAC-SHA-256 of the source file's digest and its payload,
  keyed by a secret kept outside the checkout (`~/.cache/pakiran-events/cache-key`, or under
  `$XDG_CACHE_HOME`, created on first use, mode 0600), so an entry written by anything but this
  user's build, or moved to another file's name, is ignored; it is unpickled by a loader that
  admits only the reader's two container types, and the result must be what the reader makes
  (Mapping, Sequence, str, None; no container twice; no more nodes than the file has bytes);
  anything else (a truncated, corrupt, forged or foreign entry) is ignored and the file parsed
  again, never an error. Without a usable key (one that cannot be read or created) the cache is
  off (every file parsed), and the build says so once on stderr, as it does when the cache folder
  cannot be written; neither is an error;
- content-addressed, so an old entry is never wrong, only unused (`pakiran-events build
  --no-cache` neither reads nor writes it; deleting the folder is always safe).

A parse that fails (a YAML problem) is not cached: the error is reported again by the next build.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import pickle
import sys
import tempfile  # noqa: F401 (tests refuse its mkstemp through this module: test_cache_permissions)
from pathlib import Path
from typing import Callable

from pakiran_events.core import yaml_input
from pakiran_events.core.sealed import KEY_FILE, key_and_reason, seal, secret_key, write_sealed  # noqa: F401 (build.* and tests import them from here)

_secret = key_and_reason  # the parse cache and its tests say `_secret`

CACHE_DIR = Path(".cache") / "build"


FORMAT = b"pakiran-parse-cache 2\n"
def _well_formed(doc, budget: int) -> bool:
    """True when `doc` is what the reader makes: Mapping (str keys), Sequence, str or None, no
    container reached twice (a pickle may share objects as YAML aliases would), and at most
    `budget` nodes in all."""
    seen: set[int] = set()
    stack = [doc]
    while stack:
        node = stack.pop()
        budget -= 1
        if budget < 0:
            return False
        if node is None or type(node) is str:
            continue
        if type(node) not in (yaml_input.Mapping, yaml_input.Sequence) or id(node) in seen:
            return False
        seen.add(id(node))
        if type(node) is yaml_input.Mapping:
            if not all(type(k) is str for k in node):
                return False
            stack.extend(node.values())
        else:
            stack.extend(node)
        line = node.__dict__.get("line")
        if line is not None and type(line) is not int or set(node.__dict__) - {"line", "key_lines"}:
            return False
        key_lines = node.__dict__.get("key_lines")
        if key_lines is not None and not (type(key_lines) is dict and all(
                type(k) is str and type(v) is int for k, v in key_lines.items())):
            return False
    return True


def _code_version() -> str:
    """The parser's version: a hash of the source of the modules whose output is cached."""
    source = Path(yaml_input.__file__).read_bytes()  # and PyYAML's version: libyaml composes the nodes
    return hashlib.sha256(FORMAT + f"pyyaml {yaml_input.yaml.__version__}\n".encode() + source).hexdigest()[:16]


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
        self.off: str | None = None  # why the cache is not used (said once, on stderr)
        self.key, why = _secret()
        if why:
            self._off(why)

    def _off(self, why: str) -> None:
        """Say once, on stderr, that the build runs without the cache (reading or storing parses)."""
        if self.off is None:
            self.off = why
            print(f"pakiran-events: {why}; the build runs without the parse cache", file=sys.stderr)

    def _mac(self, digest: str, payload: bytes) -> bytes:
        return hmac.new(self.key or b"", digest.encode() + b"\n" + payload, hashlib.sha256).hexdigest().encode()

    def _entry(self, digest: str) -> Path:
        return self.folder / digest[:2] / f"{digest}.pickle"

    def _get(self, entry: Path, digest: str, size: int):
        """The cached document, or a miss (None, False); a bad entry is counted and ignored."""
        if self.key is None:
            return None, False
        try:
            if entry.stat().st_size > 64 * size + (1 << 20):  # far larger than any parse of the file
                raise ValueError("too large")
            data = entry.read_bytes()
        except FileNotFoundError:
            return None, False
        except (OSError, ValueError):
            self.ignored += 1
            return None, False
        try:
            if not data.startswith(FORMAT):
                raise ValueError("not a cache entry")
            mac, payload = data[len(FORMAT):len(FORMAT) + 64], data[len(FORMAT) + 64:]
            if not hmac.compare_digest(self._mac(digest, payload), mac):
                raise ValueError("not written by this user's build for this file")
            doc = _SafeUnpickler(io.BytesIO(payload)).load()
            if not _well_formed(doc, size + 1):
                raise ValueError("not a document the reader makes")
            return doc, True
        except Exception:  # noqa: BLE001 - whatever is wrong with an entry, it is parsed again
            self.ignored += 1
            return None, False

    def _put(self, entry: Path, digest: str, doc) -> None:
        """Write an entry atomically; a cache that cannot be written is skipped silently."""
        if self.key is None:
            return
        try:
            payload = pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL)
            write_sealed(entry, FORMAT, self._mac(digest, payload), payload)
        except OSError as exc:
            self._off(f"the cache folder {self.folder} cannot be written ({exc.strerror or exc})")
        except (pickle.PicklingError, RecursionError):
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
        digest = hashlib.sha256(data).hexdigest()
        entry = self._entry(digest)
        doc, hit = self._get(entry, digest, len(data))
        if hit:
            self.hits += 1
            return doc
        self.misses += 1
        doc = parse(data)
        self._put(entry, digest, doc)
        return doc
