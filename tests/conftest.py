"""Shared fixtures: the repo, the real corpus (skipped when absent) and a tiny self-made repo."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from pakiran_events.core.env import CACHE

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
CORPUS_FOLDERS = (CORPUS, REPO.parent / "shared" / "corpus-wave2")  # one corpus kept in two folders


@pytest.fixture(scope="session", autouse=True)
def _session_descriptor_cache(tmp_path_factory):
    """Validation's remembered descriptor verdicts go to a folder of this session, never the
    user's ~/.cache (review22); tests of the cache set their own (monkeypatch)."""
    before = os.environ.get(CACHE)
    os.environ[CACHE] = str(tmp_path_factory.mktemp("descriptor-cache"))
    yield
    if before is None:
        os.environ.pop(CACHE, None)
    else:
        os.environ[CACHE] = before


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not (CORPUS / "manifest.csv").is_file():
        pytest.skip(f"the news corpus is not at {CORPUS} (CI has it beside the checkout)")
    return CORPUS


@pytest.fixture(scope="session")
def corpus_dirs() -> list[Path]:
    """Every folder of the corpus (skipped unless all are present)."""
    missing = [str(f) for f in CORPUS_FOLDERS if not (f / "manifest.csv").is_file()]
    if missing:
        pytest.skip(f"the news corpus is not at {', '.join(missing)} (CI has it beside the checkout)")
    return list(CORPUS_FOLDERS)


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    """A copy of the repo's inputs and published package, safe to break or rebuild."""
    dst = tmp_path / "repo"
    dst.mkdir()
    for name in ("schemas", "dataset"):
        shutil.copytree(REPO / name, dst / name)
    shutil.copy(REPO / "datapackage.json", dst / "datapackage.json")
    return dst


# Speed is measured by bench/ scripts, never by timed assertions (2 noisy cores): no per-example deadline.
# (The lowest-versions job runs the loader tests with pytest alone: no hypothesis there.)
try:
    from hypothesis import settings as _settings
except ModuleNotFoundError:
    _settings = None
if _settings is not None:
    _settings.register_profile("no-deadline", deadline=None)
    _settings.load_profile("no-deadline")
