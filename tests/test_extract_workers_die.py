"""`kill -9` of `extract` leaves no worker running (issue 13): the local worker processes (and
the fork server that starts them) end when the extracting process is killed with SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

psutil = pytest.importorskip("psutil")
pytest.importorskip("dask")

PARENT = textwrap.dedent("""
    import os, sys, time
    from pakiran_events.extract.run import worker_pool
    pool = worker_pool(2)
    pids = {pool.submit(os.getpid).result() for _ in range(8)}
    print("ready", flush=True)
    time.sleep(600)
""")


def _running(proc) -> bool:
    try:
        return proc.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="no SIGKILL on this platform")
def test_workers_die_when_extract_is_killed():
    parent = subprocess.Popen([sys.executable, "-c", PARENT], stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        assert parent.stdout.readline().strip() == "ready"
        children = psutil.Process(parent.pid).children(recursive=True)
        assert len(children) >= 2  # the fork server (or spawned workers) and the workers
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=30)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and any(_running(c) for c in children):
            time.sleep(0.2)
        survivors = [c.pid for c in children if _running(c)]
        assert not survivors, f"worker processes still running after kill -9 of their parent: {survivors}"
    finally:
        if parent.poll() is None:
            parent.kill()
        for c in psutil.Process().children(recursive=True):
            if c.pid != parent.pid and _running(c) and c.ppid() in (1, parent.pid):
                pass  # never kill processes we cannot attribute to this test
