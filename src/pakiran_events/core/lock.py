"""One writer at a time: an advisory file lock (the `filelock` library) around every command that
writes a package folder or the ID ledger, so two runs never interleave their files.

The lock file lives inside the folder it protects (`.pakiran-events.lock`); it is never
committed (.gitignore) and may be left behind: a lock file without a holder is free.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

LOCK_NAME = ".pakiran-events.lock"
WAIT_SECONDS = 600  # a build of the real package takes seconds; a stuck holder is reported, not waited for forever


class LockTimeout(TimeoutError):
    """Another run held the folder's lock for longer than WAIT_SECONDS."""


@contextmanager
def folder_lock(folder: Path, timeout: float = WAIT_SECONDS):
    """Hold the exclusive lock of `folder` (created if absent) for the duration of the block.
    Raises LockTimeout when another process holds it for more than `timeout` seconds, and
    OSError when the folder cannot hold a lock file (read-only)."""
    from filelock import FileLock, Timeout

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(folder / LOCK_NAME), timeout=timeout)
    try:
        lock.acquire()
    except Timeout as exc:
        raise LockTimeout(f"{folder}: another pakiran-events run holds {LOCK_NAME} (waited {timeout:.0f} s); "
                          "wait for it to finish") from exc
    try:
        yield
    finally:
        lock.release()
