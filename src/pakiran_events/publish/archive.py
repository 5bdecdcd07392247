"""The release archive: one zip of the data package with what a repository deposit (Zenodo,
Dataverse: a DOI) needs beside it. Deterministic: files in a fixed order with the release's
date as their time, so the same release gives the same bytes (and the same checksum)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from pakiran_events.core.packages import read_descriptor

# Beside the package: how to cite it, the data licence, the datasheet (what the data are and how
# they were made) with the curation guide, and the change log.
DEPOSIT_FILES = ("CITATION.cff", "LICENSE-DATA", "docs/DATASHEET.md", "dataset/README.md", "dataset/CURATION.md", "CHANGELOG.md")


def archive_members(root: Path) -> list[Path]:
    """Repo-relative paths of every file the archive holds, in archive order."""
    data = sorted(p.relative_to(root) for p in (root / "dataset" / "data").rglob("*") if p.is_file())
    return [Path("datapackage.json"), *data, *(Path(f) for f in DEPOSIT_FILES)]


def release_archive(root: Path, out_dir: Path) -> Path:
    """Write `pakiran-events-{version}.zip` (one top folder of that name) into `out_dir` and
    return its path. Raises FileNotFoundError for a missing member and ValueError when
    CITATION.cff's version differs from the package's (the deposit would cite another release)."""
    desc = read_descriptor(root)
    version = desc["version"]
    cff = (root / "CITATION.cff").read_text(encoding="utf-8")
    cited = re.search(r"^version:\s*['\"]?([^'\"\s]+)", cff, re.M)
    if not cited or cited.group(1) != version:
        raise ValueError(f"CITATION.cff cites version {cited.group(1) if cited else '(none)'} but the package is "
                         f"{version}: update CITATION.cff before archiving")
    members = archive_members(root)
    missing = [str(m) for m in members if not (root / m).is_file()]
    if missing:
        raise FileNotFoundError(f"the release archive needs {', '.join(missing)}")
    stamp = tuple(int(x) for x in re.findall(r"\d+", desc["created"])[:6])
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"pakiran-events-{version}.zip"
    top = f"pakiran-events-{version}"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for member in members:
            info = zipfile.ZipInfo(f"{top}/{member.as_posix()}", date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, (root / member).read_bytes())
    return path
