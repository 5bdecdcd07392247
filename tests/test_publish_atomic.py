"""Publishing survives any interruption: a kill (or Ctrl-C) between any two file operations
leaves the previous package or the new one -- never a mix, never nothing -- once the journal
is completed by the next run; and two runs at once are serialised by the folder's lock."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

from mini import write_repo
from pakiran_events.build.build import build
from pakiran_events.publish import package
from pakiran_events.validate import validate_package

TESTS = Path(__file__).resolve().parent


def _digests(root: Path) -> dict[str, str]:
    files = [root / "datapackage.json", *sorted(p for p in (root / "dataset" / "data").rglob("*") if p.is_file())]
    return {str(f.relative_to(root)): hashlib.sha256(f.read_bytes()).hexdigest() for f in files if f.exists()}


def _change_summary(root: Path, text: str) -> None:
    path = root / "dataset" / "curated" / "events" / "one.yaml"
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    doc["events"][0]["summary"] = text
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")


# A build in a child process that dies (os._exit, as a kill -9 would: no clean-up runs) at its
# Nth file operation of the publish step (journal write, renames, unlink, removal).
KILLER = textwrap.dedent("""
    import os, shutil, sys, types
    from pathlib import Path
    from pakiran_events.publish import package
    from pakiran_events.build.build import build

    root, kill_at = Path(sys.argv[1]), int(sys.argv[2])
    count = [0]
    def fatal(fn):
        def wrapped(*a, **k):
            count[0] += 1
            if count[0] == kill_at:
                os._exit(137)
            return fn(*a, **k)
        return wrapped
    fake_os = types.SimpleNamespace(**{n: getattr(os, n) for n in dir(os) if not n.startswith("__")})
    fake_os.replace, fake_os.unlink, fake_os.fsync = fatal(os.replace), fatal(os.unlink), fatal(os.fsync)
    fake_shutil = types.SimpleNamespace(rmtree=fatal(shutil.rmtree))
    package.os, package.shutil = fake_os, fake_shutil
    build(root)
    print("OPS", count[0])
""")


def _run_killed(root: Path, kill_at: int) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", KILLER, str(root), str(kill_at)], capture_output=True, text=True,
                          cwd=TESTS, timeout=300)


def _snapshot(root: Path, to: Path) -> None:
    shutil.rmtree(to, ignore_errors=True)
    shutil.copytree(root / "dataset" / "data", to / "data")
    shutil.copy(root / "datapackage.json", to / "datapackage.json")


def _restore(root: Path, snapshot: Path) -> None:
    package.complete_pending(root)  # (a clean folder: no journal, no staging)
    shutil.rmtree(root / "dataset" / "data")
    shutil.copytree(snapshot / "data", root / "dataset" / "data")
    shutil.copy(snapshot / "datapackage.json", root / "datapackage.json")


def test_a_kill_at_any_file_operation_leaves_the_old_or_the_new_package(tmp_path, repo):
    from click.testing import CliRunner

    from pakiran_events.cli import main

    root = write_repo(tmp_path / "r", repo)
    build(root)
    old = _digests(root)
    _snapshot(root, tmp_path / "old")
    _change_summary(root, "The ministers met and agreed, as a test of publishing says.")
    done = _run_killed(root, kill_at=10_000)  # no kill: count the operations, and the new package
    assert done.returncode == 0, done.stderr
    n_ops = int(done.stdout.split("OPS")[1])
    assert n_ops >= 6
    new = _digests(root)
    assert new != old
    for kill_at in range(1, n_ops + 1):
        _restore(root, tmp_path / "old")
        assert _digests(root) == old
        proc = _run_killed(root, kill_at)
        assert proc.returncode == 137, (kill_at, proc.stderr)
        result = CliRunner().invoke(main, ["validate", str(root), "--layer", "integrity"])
        assert result.exit_code == 0, (kill_at, result.output)
        assert _digests(root) in (old, new), f"a kill at operation {kill_at} left a mix"
        assert not package.has_pending(root)
    build(root)  # the next run removes any staging debris (e.g. of a kill after the journal was deleted)
    assert not list(root.glob(".publish-staging-*")), "staging debris left after the next run"


def test_ctrl_c_during_the_swap_is_held_back_until_the_package_is_in_place(tmp_path, repo, monkeypatch):
    root = write_repo(tmp_path / "r", repo)
    build(root)
    _change_summary(root, "Another summary, so the build changes something.")
    real_replace = os.replace
    calls = []

    def interrupting_replace(src, dst):
        if ".cache" not in Path(dst).parts:  # the build's caches (parse cache, snapshot) are written before
            calls.append(dst)
        if len(calls) == 2 and calls[-1] == dst:  # the first rename after the journal: the old data moving aside
            os.kill(os.getpid(), signal.SIGINT)
        return real_replace(src, dst)

    monkeypatch.setattr(package.os, "replace", interrupting_replace)
    with pytest.raises(KeyboardInterrupt):
        build(root)
    monkeypatch.setattr(package.os, "replace", real_replace)
    assert not package.has_pending(root)
    assert validate_package(root / "datapackage.json") == []
    assert "Another summary" in (root / "dataset" / "data" / "events.csv").read_text(encoding="utf-8")
    assert not list(root.glob(".publish-staging-*"))


def test_an_interruption_before_the_commit_changes_nothing_and_leaves_no_staging(tmp_path, repo, monkeypatch):
    root = write_repo(tmp_path / "r", repo)
    build(root)
    before = _digests(root)
    _change_summary(root, "A summary that never gets published.")

    def interrupted(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(package, "validate_package", interrupted, raising=False)
    import pakiran_events.validate as v

    monkeypatch.setattr(v, "validate_package", interrupted)
    with pytest.raises(KeyboardInterrupt):
        build(root)
    assert _digests(root) == before
    assert not list(root.glob(".publish-staging-*"))


def _staging(root: Path, name: str, mark: dict | None) -> Path:
    folder = root / name
    folder.mkdir()
    (folder / "x.csv").write_text("a\n")
    if mark is not None:
        (folder / package.MARKER).write_text(json.dumps(mark), encoding="utf-8")
    return folder


def test_stale_staging_folders_are_removed_by_the_next_run(tmp_path, repo):
    """Only staging folders this tool made (a marker naming it, this host and a process that has
    ended) are debris; a user's folder of the same name, a live run's and another tool's are kept."""
    import socket

    root = write_repo(tmp_path / "r", repo)
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(ended.stdout)
    host = socket.gethostname()
    dead = _staging(root, ".publish-staging-dead", {"tool": "pakiran-events", "host": host, "pid": dead_pid})
    kept = [
        _staging(root, ".publish-staging-mine", None),  # a user's folder: no marker
        _staging(root, ".publish-staging-live", {"tool": "pakiran-events", "host": host, "pid": os.getppid()}),
        _staging(root, ".publish-staging-other", {"tool": "another-tool", "host": host, "pid": dead_pid}),
        _staging(root, ".publish-staging-elsewhere", {"tool": "pakiran-events", "host": host + "-x", "pid": dead_pid}),
        _staging(root, ".publish-staging-junk", None),
        _staging(root, ".build-old", None),
    ]
    (kept[-2] / package.MARKER).write_text("not json", encoding="utf-8")
    build(root)
    assert not dead.exists()
    assert all((k / "x.csv").is_file() for k in kept), [k.name for k in kept if not k.exists()]
    assert not [p for p in root.glob(".publish-staging-*") if p not in kept]  # and the build left none of its own


def test_two_builds_at_once_leave_one_consistent_package(tmp_path, repo):
    root = write_repo(tmp_path / "r", repo)
    build(root)
    code = "import sys; from pathlib import Path; from pakiran_events.build.build import build; build(Path(sys.argv[1]))"
    procs = [subprocess.Popen([sys.executable, "-c", code, str(root)], cwd=TESTS, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    assert validate_package(root / "datapackage.json") == []


def test_eight_new_id_at_once_hand_out_eight_different_ids(tmp_path, repo):
    root = write_repo(tmp_path / "r", repo)
    code = ("import sys; from pathlib import Path; from pakiran_events.curate.ids import allocate; "
            "print(*allocate(Path(sys.argv[1]), 'event', 1))")
    procs = [subprocess.Popen([sys.executable, "-c", code, str(root)], cwd=TESTS, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(8)]
    ids = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        ids.append(out.strip())
    assert len(set(ids)) == 8, ids
    ledger = (root / "dataset" / "curated" / "ids.csv").read_text(encoding="utf-8").splitlines()
    assert len(ledger) == 9  # header + eight


def test_an_extracted_package_keeps_its_tables_in_its_own_folder(repo):
    desc = json.loads((repo / "dataset" / "extracted" / "datapackage.json").read_text(encoding="utf-8"))
    assert all(r["path"].startswith("data/") for r in desc["resources"])
    assert not (repo / "dataset" / "extracted" / "dataset").exists()
