"""Defect 6 of the hostile review: the parse cache's permission cases. A key file that cannot be
read, a folder where the key cannot be created and a cache folder that cannot be written are
never an internal error: the build runs without the cache, gives the same package, and says so
once. Root ignores file permissions, so each case is run two ways: simulated (monkeypatch of the
call that fails, meaningful as any user) and for real, by an unprivileged process (`setpriv` to
nobody when the tests run as root; the test user itself otherwise)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest

from mini import write_repo
from pakiran_events.build import cache as cache_module
from pakiran_events.build.build import build
from pakiran_events.build.cache import CACHE_DIR, KEY_FILE


def _package(root: Path) -> dict[str, bytes]:
    files = [root / "datapackage.json", *sorted((root / "dataset" / "data").rglob("*"))]
    return {str(p.relative_to(root)): p.read_bytes() for p in files if p.is_file()}


@pytest.fixture
def root(tmp_path, repo, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    return write_repo(tmp_path / "r", repo)


def _clean(root: Path) -> dict[str, bytes]:
    build(root, cache=False)
    return _package(root)


def test_an_unreadable_key_is_left_alone_and_said_once(root, tmp_path, monkeypatch, capsys):
    clean = _clean(root)
    key = tmp_path / "user-cache" / KEY_FILE
    key.parent.mkdir(parents=True, exist_ok=True)  # validation's remembered verdicts may have made it
    key.write_bytes(b"k" * 32)
    real = Path.read_bytes

    def unreadable(self):
        if self == key:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", unreadable)
    capsys.readouterr()
    build(root)
    err = capsys.readouterr().err
    assert err.count("the build runs without the parse cache") == 1, err
    assert f"the cache key {key} cannot be read (Permission denied)" in err
    monkeypatch.setattr(Path, "read_bytes", real)
    assert key.read_bytes() == b"k" * 32  # not replaced
    assert _package(root) == clean and not list((root / CACHE_DIR).rglob("*.pickle"))


def test_a_key_that_cannot_be_created_is_said_once(root, monkeypatch, capsys):
    clean = _clean(root)

    def refused(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(cache_module.tempfile, "mkstemp", refused)
    capsys.readouterr()
    build(root)
    err = capsys.readouterr().err
    assert err.count("the build runs without the parse cache") == 1 and "cannot be created" in err, err
    assert _package(root) == clean


def test_a_cache_folder_that_cannot_be_written_is_said_once(root, monkeypatch, capsys):
    clean = _clean(root)
    cache_module._secret()  # the key exists; only the checkout's cache folder refuses writes
    real_mkdir = Path.mkdir

    def refused(self, *args, **kwargs):
        if CACHE_DIR.as_posix() in self.as_posix():
            raise PermissionError(13, "Permission denied", str(self))
        return real_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", refused)
    capsys.readouterr()
    build(root)
    err = capsys.readouterr().err
    assert err.count("the build runs without the parse cache") == 1, err
    assert "cannot be written (Permission denied)" in err
    assert _package(root) == clean


def test_no_home_folder_is_not_an_internal_error(monkeypatch):
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)

    def homeless():
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(cache_module.Path, "home", staticmethod(homeless))
    key, why = cache_module._secret()
    assert key is None and "no folder for the cache key" in why


# -- the same cases with real permissions, as an unprivileged process ---------------------------

PROBE = textwrap.dedent("""
    import sys
    from pathlib import Path
    from pakiran_events.build.cache import ParseCache
    cache = ParseCache(Path(sys.argv[1]))
    for _ in range(3):
        doc = cache.load_file(Path(sys.argv[2]))
    print("DOC", doc == {"events": None}, "KEY", cache.key is not None)
""")


def _unprivileged() -> list[str] | None:
    """How to run a command so that file permissions apply; None when no way is available."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    probe = subprocess.run([setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", "true"], capture_output=True)
    return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"] if probe.returncode == 0 else None


@pytest.mark.parametrize("case", ["unreadable key", "key folder read-only", "cache folder read-only"])
def test_real_permissions_as_an_unprivileged_process(case):
    prefix = _unprivileged()
    if prefix is None:
        pytest.skip("running as root and setpriv cannot drop to an unprivileged user here: "
                    "the simulated tests above cover these cases")
    base = Path(tempfile.mkdtemp(prefix="pe-perm-", dir="/tmp"))
    try:
        base.chmod(0o755)
        checkout, user_cache = base / "checkout", base / "user-cache"
        checkout.mkdir(mode=0o755)
        draft = checkout / "x.yaml"
        draft.write_text("events:\n", encoding="utf-8")
        (user_cache / "pakiran-events").mkdir(parents=True)
        if case == "unreadable key":
            (user_cache / KEY_FILE).write_bytes(b"k" * 32)
            (user_cache / KEY_FILE).chmod(0o000)
            writable = [checkout, user_cache / "pakiran-events"]
        elif case == "key folder read-only":
            writable = [checkout]
        else:
            writable = [user_cache / "pakiran-events"]
        for folder in (base, checkout, user_cache, user_cache / "pakiran-events"):
            folder.chmod(0o777 if folder in writable else 0o555)
        if prefix:  # as nobody: the writable folders must be theirs to write (0o777 above), the rest not
            for folder in writable:
                folder.chmod(0o777)
        env = {**os.environ, "XDG_CACHE_HOME": str(user_cache), "HOME": str(base)}
        done = subprocess.run([*prefix, sys.executable, "-c", PROBE, str(checkout), str(draft)],
                              capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr and "DOC True" in done.stdout, (done.stdout, done.stderr)
        assert done.stderr.count("the build runs without the parse cache") == 1, done.stderr
        expected = {"unreadable key": "cannot be read", "key folder read-only": "cannot be created",
                    "cache folder read-only": "cannot be written"}[case]
        assert expected in done.stderr, done.stderr
        if case == "unreadable key":
            os.chmod(user_cache / KEY_FILE, 0o600)
            assert (user_cache / KEY_FILE).read_bytes() == b"k" * 32  # left as it was
    finally:
        for folder in base.rglob("*"):
            if folder.is_dir() and not folder.is_symlink():
                folder.chmod(0o755)
        shutil.rmtree(base, ignore_errors=True)
