"""Paths from data we did not write (manifests, descriptors) stay inside their folder, and
nothing names a place on the network: the toolkit is offline and reads only what it was given.

A relative path is resolved (symlinks followed) and must land inside its folder; an absolute
path, a `..` that climbs out, or a symlink pointing outside is refused before anything is opened.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

_REMOTE = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*://|//|[a-zA-Z][a-zA-Z0-9+.-]*:(?![\\/]))")


class OutsideFolder(ValueError):
    """A path that leaves its folder, is absolute, or names a remote place."""


def is_remote(value) -> bool:
    """True for a URL (`https://...`, `ftp://`, `//host/...`, `data:`, `file:`): anything that is
    not a plain relative file path. (A Windows drive `C:\\` is not remote but is absolute.)"""
    return isinstance(value, str) and bool(_REMOTE.match(value.strip()))


def inside(folder: Path, rel: str | Path) -> Path:
    """`folder / rel`, resolved, if it stays inside `folder`; raises OutsideFolder otherwise."""
    if not isinstance(rel, (str, Path)) or str(rel).strip() == "":
        raise OutsideFolder(f"{rel!r} is not a file path")
    if is_remote(str(rel)):
        raise OutsideFolder(f"{rel}: remote references are refused (the toolkit works offline)")
    path = Path(rel)
    if path.is_absolute() or path.drive or "\\" in str(rel) and re.match(r"^[a-zA-Z]:", str(rel)):
        raise OutsideFolder(f"{rel}: an absolute path; give a path relative to {folder}")
    if "\x00" in str(rel):
        raise OutsideFolder(f"{rel!r}: a path cannot hold a NUL character")
    quick = _plain_descent(folder, path)
    if quick is not None:
        return quick
    try:
        base = Path(folder).resolve()
        target = (base / path).resolve()
    except (OSError, ValueError, RuntimeError) as exc:  # a symlink loop, a name too long
        raise OutsideFolder(f"{rel!r}: cannot be resolved ({exc})") from None
    if target != base and base not in target.parents:
        raise OutsideFolder(f"{rel}: leads outside {folder} (through '..' or a symlink)")
    return target


# folder (as given, with the working directory) -> (its resolved path, its device and inode)
_BASES: dict[tuple[str, str], tuple[str, int, int]] = {}


def _resolved_base(folder) -> str | None:
    """`folder` resolved, computed once per folder (a corpus root is asked for every report) and
    reused while the folder is still the same directory (device and inode unchanged); None when
    it cannot be resolved here (the caller's full path reports why)."""
    try:
        given = os.fspath(folder)
        key = (given, "" if os.path.isabs(given) else os.getcwd())
        now = os.stat(given)
        known = _BASES.get(key)
        if known is None or (known[1], known[2]) != (now.st_dev, now.st_ino):
            if len(_BASES) > 64:
                _BASES.clear()
            known = _BASES[key] = (str(Path(given).resolve()), now.st_dev, now.st_ino)
        return known[0]
    except (OSError, ValueError, RuntimeError, TypeError):
        return None


def _plain_descent(folder, path: Path) -> Path | None:
    """`folder / path` resolved without resolving `folder` again, when that is exact: every part
    of `path` is a plain name (no '..') of an existing entry that is not a symlink, so the
    resolved path is the resolved folder joined with the parts, inside it by construction.
    None otherwise (a '..', a symlink, a missing entry): the caller resolves the whole path."""
    parts = path.parts
    if ".." in parts:
        return None
    base = _resolved_base(folder)
    if base is None:
        return None
    here = base
    try:
        for part in parts:
            here = os.path.join(here, part)
            if stat.S_ISLNK(os.lstat(here).st_mode):
                return None
    except (OSError, ValueError):
        return None
    return Path(here)
