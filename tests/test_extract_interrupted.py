"""Ctrl-C during `extract` (issue 13): exit 130 (not click's "Aborted!" and exit 1, the code of
a validation failure), the previous package in `--out` untouched, no staging folder left and no
worker process running. The corpus is the real one replicated (bench/extract_bench.py's
`replicate`), large enough that the interruption lands while reports are being read."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
psutil = pytest.importorskip("psutil")


def _replicate(corpora: list[Path], out: Path, n: int) -> Path:
    spec = importlib.util.spec_from_file_location("extract_bench", REPO / "bench" / "extract_bench.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    return bench.replicate(corpora, out, n)


def _digests(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.skipif(not hasattr(signal, "SIGINT"), reason="no SIGINT on this platform")
def test_ctrl_c_during_extract_exits_130_and_keeps_the_previous_package(corpus_dirs, tmp_path):
    corpus = _replicate(corpus_dirs, tmp_path / "corpus", 1200)
    out = tmp_path / "extracted"
    shutil.copytree(REPO / "dataset" / "extracted", out)  # the previous package
    before = _digests(out)
    exe = Path(sys.executable).with_name("pakiran-events")
    proc = subprocess.Popen([str(exe), "extract", "--corpus", str(corpus), "--out", str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        # interrupt once its workers are reading (children exist), as a user's Ctrl-C would
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None and not psutil.Process(proc.pid).children():
            time.sleep(0.1)
        assert proc.poll() is None, "extract ended before it could be interrupted"
        children = psutil.Process(proc.pid).children(recursive=True)
        time.sleep(1.0)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, err
    assert "interrupted" in err and "Aborted!" not in err and "internal error" not in err
    assert _digests(out) == before  # the previous package, byte for byte
    assert not [p.name for p in tmp_path.rglob("*staging*")]
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(c.is_running() and c.status() != psutil.STATUS_ZOMBIE
                                                  for c in children if psutil.pid_exists(c.pid)):
        time.sleep(0.2)
    alive = [c.pid for c in children if psutil.pid_exists(c.pid) and c.status() != psutil.STATUS_ZOMBIE]
    assert not alive, f"worker processes still running after Ctrl-C: {alive}"
    assert os.path.isdir(out)
