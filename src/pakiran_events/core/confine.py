"""Paths from data we did not write (manifests, descriptors) stay inside their folder, and
nothing names a place on the network: the toolkit is offline and reads only what it was given.

A relative path is resolved (symlinks followed) and must land inside its folder; an absolute
path, a `..` that climbs out, or a symlink pointing outside is refused before anything is opened.
"""

from __future__ import annotations

import re
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
    try:
        base = Path(folder).resolve()
        target = (base / path).resolve()
    except (OSError, ValueError, RuntimeError) as exc:  # a symlink loop, a name too long
        raise OutsideFolder(f"{rel!r}: cannot be resolved ({exc})") from None
    if target != base and base not in target.parents:
        raise OutsideFolder(f"{rel}: leads outside {folder} (through '..' or a symlink)")
    return target
