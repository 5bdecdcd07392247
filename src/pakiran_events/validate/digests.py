"""The digests of a package's files, which the frictionless layer (`hash-count`) and the integrity
layer (`hash-mismatch`) both check: each file hashed once per run and version, and the files a
descriptor names hashed in a background thread while the tables are read (hashlib releases the
GIL on large buffers: at 1M events the 2.8 GB of SHA-256 overlap the CSV reads in wall time)."""

from __future__ import annotations

import hashlib
import mmap
import threading
from collections.abc import Iterable
from concurrent.futures import Future
from pathlib import Path

# bytes mapped at a time: read through a memory map (no copy into Python bytes), unmapped window by
# window so that the mapped pages of a 2.5 GB table never count at once in the process's memory
WINDOW = 1 << 26

_DIGESTS: dict[tuple, str] = {}
_PENDING: dict[tuple, Future] = {}


def _key(path: Path, algorithm: str) -> tuple:
    stat = path.stat()
    return (str(path.resolve()), stat.st_size, stat.st_mtime_ns, algorithm)


def _hash_file(path: Path, algorithm: str) -> str:
    digest = hashlib.new(algorithm)
    with path.open("rb") as fh:
        size = path.stat().st_size
        try:
            for start in range(0, size, WINDOW):
                with mmap.mmap(fh.fileno(), min(WINDOW, size - start), offset=start, access=mmap.ACCESS_READ) as view:
                    digest.update(view)
        except (OSError, ValueError):  # a file that cannot be mapped (a pipe, a special file): read it
            digest = hashlib.new(algorithm)
            fh.seek(0)
            for block in iter(lambda: fh.read(1 << 22), b""):
                digest.update(block)
    return digest.hexdigest()


def _hash_if_unchanged(path: Path, algorithm: str, key: tuple) -> str | None:
    """The digest, or None if the file's stat moved while it was hashed (the caller hashes it)."""
    digest = _hash_file(path, algorithm)
    return digest if _key(path, algorithm) == key else None


def file_digest(path: Path, algorithm: str = "sha256") -> str:
    """A file's hex digest, computed once per run and file version (size, mtime): the prefetched
    answer when there is one for this version, else hashed here (an unreadable file raises here,
    as it always did)."""
    key = _key(path, algorithm)
    if key not in _DIGESTS:
        pending = _PENDING.pop(key, None)
        digest = None
        if pending is not None:
            try:
                digest = pending.result()
            except (OSError, ValueError):
                digest = None  # hashed again below, so the error is raised in the caller
        _DIGESTS[key] = digest or _hash_file(path, algorithm)
    return _DIGESTS[key]


def prefetch(files: Iterable[tuple[Path, str]]) -> None:
    """Start hashing (path, algorithm) pairs in one background daemon thread; `file_digest` waits for
    an answer it needs. A path that cannot be stat'ed is left to `file_digest`."""
    jobs = []
    for path, algorithm in files:
        try:
            key = _key(path, algorithm)
        except OSError:
            continue
        if key not in _DIGESTS and key not in _PENDING:
            jobs.append((path, algorithm, key))
    if not jobs:
        return
    # a daemon thread, not a ThreadPoolExecutor: a pool's worker is joined at interpreter exit, and a
    # Ctrl-C that lands between the pool starting its thread and registering its queue left the build
    # hanging at exit for ever (CI run 80: tests/test_review15's random kills); the hashing is only a
    # read-ahead, so a process that ends may drop it
    pending = []
    for path, algorithm, key in jobs:
        _PENDING[key] = future = Future()
        pending.append((future, path, algorithm, key))
    threading.Thread(target=_hash_jobs, args=(pending,), name="digests", daemon=True).start()


def _hash_jobs(pending: list[tuple[Future, Path, str, tuple]]) -> None:
    for future, path, algorithm, key in pending:
        if not future.set_running_or_notify_cancel():
            continue
        try:
            future.set_result(_hash_if_unchanged(path, algorithm, key))
        except BaseException as exc:  # the caller's `result()` raises it, as a pool's future would
            future.set_exception(exc)


def forget() -> None:
    """Drop every answer (tests); a hashing still under way finishes unseen."""
    _DIGESTS.clear()
    _PENDING.clear()
