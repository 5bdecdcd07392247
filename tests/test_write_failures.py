"""A checkout that cannot be written -- read-only, or a full disk -- gives one catalogued error
(`cannot-write`, docs/errors.md) naming the place and the reason, exit 1, never an internal error,
and the previous package stays as it was (issue 13, "No internal error on bad input").

The real cases run where the kernel lets a test make them: a read-only bind mount and a small full
tmpfs inside `unshare --mount` (root, or a user namespace), else `chmod` (not as root, which
ignores file modes). The simulated cases (an error raised where the write happens) run everywhere."""

from __future__ import annotations

import errno
import hashlib
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from mini import write_repo
from pakiran_events.build.build import build
from pakiran_events.cli import main
from pakiran_events.publish import package

SCRIPT = str(Path(sys.executable).parent / "pakiran-events")


def _digests(root: Path) -> dict[str, str]:
    files = [root / "datapackage.json", *sorted(p for p in (root / "dataset").rglob("*") if p.is_file())]
    return {str(f.relative_to(root)): hashlib.sha256(f.read_bytes()).hexdigest() for f in files}


def _changed_repo(tmp_path: Path, repo: Path) -> Path:
    """A mini checkout with a built package and a curated change not yet built."""
    root = write_repo(tmp_path / "r", repo)
    build(root)
    path = root / "dataset" / "curated" / "events" / "one.yaml"
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    doc["events"][0]["summary"] = "A new summary that the failed build must not publish."
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    return root


def _one_catalogued_error(output: str, code: str = "cannot-write") -> None:
    assert "internal error" not in output and "Traceback" not in output, output
    lines = [line for line in output.splitlines() if f": {code}: " in line]
    assert len(lines) == 1, output


def _can_unshare() -> bool:
    if not shutil.which("unshare"):
        return False
    probe = subprocess.run(["unshare", "--mount", "true"], capture_output=True)
    return probe.returncode == 0


# -- simulated: everywhere ---------------------------------------------------------------------


def test_a_read_only_checkout_simulated_is_one_catalogued_error(tmp_path, repo, monkeypatch):
    root = _changed_repo(tmp_path, repo)
    before = _digests(root)

    def read_only(*a, **k):
        raise PermissionError(errno.EROFS, "Read-only file system", str(root / "dataset"))

    monkeypatch.setattr(package.tempfile, "mkdtemp", read_only)
    result = CliRunner().invoke(main, ["build", "--root", str(root)])
    assert result.exit_code == 1
    _one_catalogued_error(result.output)
    assert "Read-only file system" in result.output
    assert _digests(root) == before


@pytest.mark.parametrize("fails", ["csv", "parquet"])
@pytest.mark.parametrize("cache", [False, True])
def test_a_full_disk_simulated_is_one_catalogued_error(tmp_path, repo, monkeypatch, fails, cache):
    """A clean build writes every table (the disk fills a few files in); a cached rebuild writes
    only the tables whose rows changed and links the others (build/published.py), so its first
    write is the one that fails. Either way: one catalogued error, the package as it was."""
    import polars as pl

    root = _changed_repo(tmp_path, repo)
    before = _digests(root)
    real = {"csv": pl.DataFrame.write_csv, "parquet": pl.DataFrame.write_parquet}[fails]
    calls = []

    def full(self, target=None, *a, **k):
        if target is None:  # writing to a string (the ID check's round trip), not to the disk
            return real(self, target, *a, **k)
        calls.append(target)
        if len(calls) == (1 if cache else 3):  # the disk fills up half way through the package
            Path(target).write_bytes(b"half a fi")
            if fails == "csv":
                raise OSError("No space left on device (os error 28)")
            raise pl.exceptions.ComputeError("parquet: underlying IO error: No space left on device (os error 28)")
        return real(self, target, *a, **k)

    monkeypatch.setattr(pl.DataFrame, f"write_{fails}", full)
    result = CliRunner().invoke(main, ["build", "--root", str(root)] + ([] if cache else ["--no-cache"]))
    assert result.exit_code == 1, result.output
    _one_catalogued_error(result.output)
    assert "No space left on device" in result.output
    assert _digests(root) == before
    assert not list(root.glob(package.STAGING_PREFIX + "*"))


def test_new_id_on_a_full_disk_leaves_the_ledger_whole(tmp_path, repo, monkeypatch):
    root = write_repo(tmp_path / "r", repo)
    ledger = root / "dataset" / "curated" / "ids.csv"
    ledger.write_text("id,kind,note\nE000001,event,\n", encoding="utf-8")
    before = ledger.read_bytes()
    real_fsync = os.fsync

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    result = CliRunner().invoke(main, ["new-id", "event", "--root", str(root)])
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert result.exit_code == 1
    _one_catalogued_error(result.output)
    assert ledger.read_bytes() == before and not list(ledger.parent.glob(".ids.csv.*"))


# -- real: a read-only mount, a full tmpfs, or file modes -------------------------------------


def _run_in_mount_namespace(setup: str, args: list[str], after: str = "true") -> subprocess.CompletedProcess:
    """`pakiran-events ARGS` in a mount namespace prepared by `setup`; then `after` (its output
    follows a line `AFTER`); the command's exit code is the result's."""
    command = f"{setup} && {{ {shlex.join([SCRIPT, *args])}; rc=$?; echo AFTER; {after}; exit $rc; }}"
    return subprocess.run(["unshare", "--mount", "sh", "-c", command], capture_output=True, text=True, timeout=300)


def test_a_read_only_checkout_for_real(tmp_path, repo):
    root = _changed_repo(tmp_path, repo)
    before = _digests(root)
    if _can_unshare():
        r = shlex.quote(str(root))
        setup = f"mount --bind {r} {r} && mount -o remount,bind,ro {r}"
        results = [_run_in_mount_namespace(setup, ["build", "--root", str(root)]),
                   _run_in_mount_namespace(setup, ["new-id", "event", "--root", str(root)])]
    elif os.geteuid() != 0:
        for path in [root, *root.rglob("*")]:
            path.chmod(path.stat().st_mode & ~0o222)
        try:
            results = [subprocess.run([SCRIPT, *args, "--root", str(root)], capture_output=True, text=True, timeout=300)
                       for args in (["build"], ["new-id", "event"])]
        finally:
            for path in [root, *root.rglob("*")]:
                path.chmod(path.stat().st_mode | 0o200)
    else:
        pytest.skip("neither a mount namespace (unshare --mount) nor file modes (running as root) can make "
                    "a read-only folder here")
    for result in results:
        assert result.returncode == 1, result.stdout + result.stderr
        _one_catalogued_error(result.stdout + result.stderr)
    assert _digests(root) == before


def test_a_full_disk_for_real(tmp_path, repo):
    if not _can_unshare():
        pytest.skip("a full disk is made with a small tmpfs in a mount namespace (unshare --mount), "
                    "which this machine does not permit")
    root = _changed_repo(tmp_path, repo)
    before = _digests(root)
    # the checkout on a fresh tmpfs that is then filled to the last block: the next file written fails
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    m, r = shlex.quote(str(mnt)), shlex.quote(str(root))
    setup = (f"mount -t tmpfs -o size=8m tmpfs {m} && cp -a {r}/. {m}/ && "
             f"(dd if=/dev/zero of={m}/filler bs=4k 2>/dev/null || true) && mount --bind {m} {r}")
    listing = (f"cd {r} && find datapackage.json dataset -type f | sort | xargs sha256sum && "
               f"ls -a {r} | grep -c publish-staging || true")
    result = _run_in_mount_namespace(setup, ["build", "--root", str(root)], after=listing)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    _one_catalogued_error(output)
    assert "No space left on device" in output
    lines = result.stdout.split("AFTER\n", 1)[1].splitlines()
    on_tmpfs = {name: digest for digest, name in (line.split() for line in lines[:-1])}
    assert on_tmpfs == before  # the previous package, whole, on the full disk
    assert lines[-1] == "0"  # and no staging folder left there


def test_a_lock_held_too_long_is_one_catalogued_error(tmp_path, repo, monkeypatch):
    import functools

    from pakiran_events.build import build as build_module
    from pakiran_events.core import lock

    root = _changed_repo(tmp_path, repo)
    before = _digests(root)
    code = ("import sys, time; from pathlib import Path; from pakiran_events.core.lock import folder_lock\n"
            "with folder_lock(Path(sys.argv[1])):\n    print('held', flush=True); time.sleep(120)")
    holder = subprocess.Popen([sys.executable, "-c", code, str(root)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        # patched where build looks it up (its module imports the name)
        monkeypatch.setattr(build_module, "folder_lock", functools.partial(lock.folder_lock, timeout=0.5))
        result = CliRunner().invoke(main, ["build", "--root", str(root)])
    finally:
        holder.kill()
        holder.wait()
    assert result.exit_code == 1
    _one_catalogued_error(result.output, "folder-locked")
    assert _digests(root) == before
