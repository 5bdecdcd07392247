"""Sealed files kept between runs in the user's cache: a keyed seal, an atomic write, and this
user's cache key. Shared by the build's parse cache (build/cache.py) and the extractor's lexicon
cache (extract/lexicon_cache.py), so it lives in core (tests/test_layering.py)."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from pakiran_events.core.paths import CACHE_HOME_NAME, user_cache_dir


def seal(key: bytes, payload: bytes | memoryview) -> bytes:
    """The seal of what the build keeps between runs (snapshot, published-files record): keyed
    BLAKE2b, 64 hex digits (a MAC by design, about twice HMAC-SHA-256's speed on tens of MB)."""
    return hashlib.blake2b(payload, key=key, digest_size=32).hexdigest().encode()


def write_sealed(path: Path, *parts: bytes) -> None:
    """Write `parts` to `path` through a temporary file in its folder and a rename, so a reader
    (or a killed build) sees the old file or the new one, never half of one; the temporary file is
    removed on any failure. Raises OSError (the caller decides whether a cache may be skipped)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            for part in parts:
                fh.write(part)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


KEY_FILE = Path(CACHE_HOME_NAME) / "cache-key"  # under the user cache's parent (`user_cache_dir`)


def secret_key() -> bytes | None:
    """This user's cache key (`key_and_reason`), or None when it cannot be used (the parse cache says why
    once; the assembly snapshot, build/snapshot.py, then simply reads every file)."""
    return key_and_reason()[0]


def key_and_reason() -> tuple[bytes | None, str | None]:
    """(this user's cache key, None), the key kept outside any checkout and created on first use;
    or (None, why it cannot be used): a key file that exists but cannot be read is left as it is
    (never replaced), a folder where it cannot be created is named."""
    try:
        path = user_cache_dir() / KEY_FILE.name
    except RuntimeError as exc:  # no home folder to keep the key in
        return None, f"no folder for the cache key ({exc})"
    try:
        key = path.read_bytes()
        if len(key) == 32:
            return key, None
    except FileNotFoundError:
        pass
    except OSError as exc:
        return None, f"the cache key {path} cannot be read ({exc.strerror or exc})"
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".key-", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(os.urandom(32))
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
        key = path.read_bytes()
        return (key, None) if len(key) == 32 else (None, f"the cache key {path} is not a key")
    except OSError as exc:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        return None, f"the cache key {path} cannot be created ({exc.strerror or exc})"
