"""Where things are: the bundled package inside an installed wheel, or a source checkout."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parents[1]  # src/pakiran_events (this file is core/paths.py)
BUNDLED_DIR = PACKAGE_DIR / "_bundled"
DESCRIPTOR_NAME = "datapackage.json"
# Left beside the descriptor by a publish that committed but was interrupted before it put the
# new files in place (publish/package.py); the next build or validate completes it
PUBLISH_JOURNAL = ".publish-journal"
# The repo layout, relative to its root (the wheel bundles the package in the same layout).
DATA_DIR = Path("dataset") / "data"
CURATED_DIR = Path("dataset") / "curated"
EXTRACTED_DIR = Path("dataset") / "extracted"  # the output of `extract` on the corpus, merged by build
PACKAGE_DATA_DIR = Path("data")  # tables of a package folder of its own (`extract --out DIR`: DIR/data/)
PACKAGE_META = Path("dataset") / "package.yaml"
# The descriptor property listing the derived tables (views) published as Parquet. Not "views":
# in the Data Package spec that name means charts.
VIEWS_PROPERTY = "derivedViews"


def find_repo_root(start: Path | None = None) -> Path | None:
    """The nearest folder at or above `start` holding `schemas/` and `dataset/`, else None."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "schemas").is_dir() and (folder / "dataset").is_dir():
            return folder
    return None


def _source_checkout() -> Path | None:
    """The checkout this module was imported from (editable install), if any."""
    candidate = PACKAGE_DIR.parents[1]
    if (candidate / "schemas").is_dir() and (candidate / DESCRIPTOR_NAME).is_file():
        return candidate
    return None


def published_descriptor() -> Path:
    """The datapackage.json that `load()` reads: the wheel's copy, else the checkout's."""
    bundled = BUNDLED_DIR / DESCRIPTOR_NAME
    if bundled.is_file():
        return bundled
    checkout = _source_checkout()
    if checkout is not None:
        return checkout / DESCRIPTOR_NAME
    raise FileNotFoundError(
        "no data package found: neither a bundled copy in the installed package nor a source "
        "checkout with datapackage.json (run `pakiran-events build` in the checkout)"
    )


def schemas_dir(root: Path | None = None) -> Path:
    """Table Schemas: the given repo's, else the bundled copy, else the checkout's."""
    if root is not None:
        return root / "schemas"
    bundled = BUNDLED_DIR / "schemas"
    if bundled.is_dir():
        return bundled
    checkout = _source_checkout()
    if checkout is not None:
        return checkout / "schemas"
    raise FileNotFoundError("no schemas/ folder found")

CACHE_HOME_NAME = "pakiran-events"  # this package's folder in the user's cache (the build's key, validation's verdicts)


def user_cache_dir() -> Path:
    """This package's folder in the user's cache: $XDG_CACHE_HOME/pakiran-events, else
    ~/.cache/pakiran-events (not created here). Raises RuntimeError when no home folder can be
    found. The one place the cache's location is stated."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / CACHE_HOME_NAME
