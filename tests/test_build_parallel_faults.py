"""A clean build's parse workers (build/parallel.py) under faults: a kill of the build leaves no
worker behind, a Ctrl-C is reported once by the build (no worker traceback), a worker killed
mid-build changes nothing, and every kind of bad engagement file gives the same problem lines
with and without the pool (behaviour, never time)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from mini import write_many_files_repo
from pakiran_events.build import parallel
from pakiran_events.build.build import build
from pakiran_events.core.problems import ProblemsFound
from pakiran_events.core.yaml_input import YamlInputError, load_file

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="signals and /proc as on Linux")

DRIVER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from pakiran_events.build.parallel import ParallelLoad

    if __name__ == "__main__":  # spawned workers import this module again
        files = sorted(Path(sys.argv[1]).glob("*.yaml"))
        try:
            with ParallelLoad(files, 2) as load:
                print("started", *load.pool._processes, flush=True)
                time.sleep(60)
        except KeyboardInterrupt:
            print("interrupted", flush=True)
            sys.exit(130)
""")


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _start(tmp_path: Path) -> tuple[subprocess.Popen, list[int]]:
    """A process holding a started ParallelLoad (its own session, Ctrl-C not ignored) and its workers."""
    folder = tmp_path / "files"
    folder.mkdir()
    for n in range(40):
        (folder / f"f{n:02d}.yaml").write_text(f"name: f{n}\n", encoding="utf-8")
    (tmp_path / "driver.py").write_text(DRIVER, encoding="utf-8")
    process = subprocess.Popen([sys.executable, str(tmp_path / "driver.py"), str(folder)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, start_new_session=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    assert process.stdout is not None
    line = process.stdout.readline().split()
    assert line[:1] == ["started"], process.stderr.read() if process.stderr else line
    return process, [int(pid) for pid in line[1:]]


def _python_up(pids: list[int], seconds: float = 20.0) -> None:
    """Wait until each process catches or ignores SIGINT (/proc/PID/status SigCgt, SigIgn): before,
    a SIGINT ends an interpreter still starting without a word, whatever the build does."""
    deadline = time.monotonic() + seconds
    for pid in pids:
        while time.monotonic() < deadline:
            status = Path(f"/proc/{pid}/status").read_text(encoding="ascii").splitlines()
            masks = {k: int(v, 16) for k, _, v in (line.partition(":\t") for line in status) if k in ("SigCgt", "SigIgn")}
            if any(mask & (1 << (signal.SIGINT - 1)) for mask in masks.values()):
                break
            time.sleep(0.02)


def _gone(pids: list[int], seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not any(_alive(pid) for pid in pids):
            return True
        time.sleep(0.1)
    return False


@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGTERM])
def test_a_killed_build_leaves_no_parse_worker(tmp_path, signum):
    """A worker waits on a task queue whose writing end it holds itself: without a death signal
    it would wait forever once the build is killed."""
    process, workers = _start(tmp_path)
    try:
        assert len(workers) == 2 and all(_alive(pid) for pid in workers)
        os.kill(process.pid, signum)
        process.wait(timeout=30)
        assert _gone(workers), "parse workers outlived the killed build"
    finally:
        for pid in workers:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
        process.kill()


def test_ctrl_c_during_worker_start_is_the_builds_alone(tmp_path):
    """Ctrl-C reaches the whole process group, workers still importing included: the build says
    'interrupted' once; no worker prints a KeyboardInterrupt traceback; none is left."""
    process, workers = _start(tmp_path)
    try:
        _python_up(workers)  # each worker's interpreter has decided what SIGINT does (a handler, or ignored)
        os.killpg(process.pid, signal.SIGINT)
        out, err = process.communicate(timeout=60)
        assert process.returncode == 130 and "interrupted" in out
        assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
        assert _gone(workers)
    finally:
        for pid in workers:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
        process.kill()


def test_workers_killed_mid_build_change_nothing(tmp_path):
    paths = []
    for n in range(80):
        paths.append(tmp_path / f"f{n:02d}.yaml")
        paths[-1].write_text(f"name: f{n}\nitems: [{n}, x]\n" if n % 7 else "a: *nope\n", encoding="utf-8")

    def outcome(load, path):
        try:
            return "doc", load(path)
        except YamlInputError as exc:
            return "error", exc.code, exc.line, str(exc)

    with parallel.ParallelLoad(paths, 2) as load:
        for pid in list(load.pool._processes):
            os.kill(pid, signal.SIGKILL)
        got = [outcome(load, p) for p in paths]
    assert got == [outcome(load_file, p) for p in paths]


# ---- problem lines: every kind of bad engagement file, with and without the pool ----------------


BAD_FILES = {
    "empty": b"",
    "comments-only": b"# nothing here yet\n",
    "bom": b"\xef\xbb\xbf",  # + a valid document, below
    "top-level-list": b"- a\n- b\n",
    "duplicate-key": b"events: []\nevents: []\n",
    "control-character": b"events:\n- event_id: E0\x07\n",
    "next-line-character": "events:\n- event_id: E\u00850\n".encode("utf-8"),
    "python-tag": b"events: !!python/object:os.system x\n",
    "deep-nesting": b"events: " + b"[" * 200 + b"]" * 200 + b"\n",
    "alias-bomb": b"a: &a [x, x]\nb: &b [*a, *a]\nevents: [*b, *b]\n",
    "utf16": "events: []\n".encode("utf-16"),
    "events-null-item": b"events:\n- null\n- 3\n",
}


@pytest.fixture
def root(tmp_path, repo):
    return write_many_files_repo(tmp_path / "r", repo, last=5)


def _lines(root: Path, monkeypatch, pool: bool) -> list[str]:
    entered = []
    real = parallel.ParallelLoad.__enter__
    monkeypatch.setattr(parallel, "MIN_FILES", 1 if pool else 10**9)
    monkeypatch.setattr(parallel.ParallelLoad, "__enter__", lambda self: entered.append(1) or real(self))
    monkeypatch.setattr(parallel.os, "sched_getaffinity", lambda _: {0, 1}, raising=False)
    try:
        build(root, cache=False, parse_workers=True)
        lines: list[str] = []
    except ProblemsFound as exc:
        lines = [str(p) for p in exc.problems]
    assert bool(entered) == pool
    return lines


def test_every_kind_of_bad_file_reads_the_same_with_the_pool(root, monkeypatch):
    events = root / "dataset" / "curated" / "events"
    valid = (events / "e2.yaml").read_bytes()
    for name, data in BAD_FILES.items():
        (events / f"bad-{name}.yaml").write_bytes(data + valid if name == "bom" else data)
    (events / "folder.yaml").mkdir()  # a folder named like an engagement file
    (events / "e2.yaml").unlink()  # the BOM copy carries its event
    pooled = _lines(root, monkeypatch, pool=True)
    alone = _lines(root, monkeypatch, pool=False)
    assert pooled == alone
    for name in BAD_FILES:
        if name != "bom":
            assert any(f"bad-{name}.yaml" in line for line in pooled), name
