"""The toolkit is offline: `pakiran-events validate` of a descriptor whose path, schema, dialect
and profile are URLs refuses them and opens no connection -- checked from outside the process by
strace (every connect(2) of the command and its children), not by patching Python's sockets
(issue 13, Acceptance)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import rule_cases as rc
from mini import write_repo
from pakiran_events.build.build import build

SCRIPT = str(Path(sys.executable).parent / "pakiran-events")
HOSTILE = {"path": "https://example.org/events.csv", "schema": "http://example.org/schema.json",
           "dialect": "https://example.org/dialect.json", "profile": "https://example.org/profile.json"}


def _strace() -> str:
    strace = shutil.which("strace")
    if strace is None:
        pytest.skip("strace is not installed (apt-get install strace)")
    probe = subprocess.run([strace, "-f", "-e", "trace=connect", "-o", "/dev/null", "true"], capture_output=True,
                           text=True)
    if probe.returncode != 0:
        pytest.skip(f"strace cannot trace here (ptrace not permitted: {probe.stderr.strip()[:120]})")
    return strace


@pytest.fixture(scope="module")
def hostile(tmp_path_factory, repo) -> Path:
    root = write_repo(tmp_path_factory.mktemp("offline"), repo)
    build(root)
    pkg = rc.copy_package(root, tmp_path_factory.mktemp("pkg") / "pkg")
    desc = rc.descriptor(pkg)
    rc.resource(desc, "events").update(HOSTILE)
    desc["profile"] = "https://example.org/package-profile.json"
    rc.save_descriptor(pkg, desc)
    return pkg


@pytest.mark.parametrize("layers", [[], ["--layer", "frictionless-py"], ["--layer", "pandera"]],
                         ids=["default-layers", "frictionless-py", "pandera"])
def test_validate_of_a_hostile_descriptor_makes_no_connect_call(hostile, tmp_path, layers):
    strace = _strace()
    log = tmp_path / "strace.log"
    result = subprocess.run([strace, "-f", "-e", "trace=connect", "-o", str(log), SCRIPT, "validate", str(hostile),
                             "--format", "json", *layers], capture_output=True, text=True, timeout=300)
    assert result.returncode == 1, result.stdout + result.stderr
    codes = {p["code"] for p in json.loads(result.stdout)}
    assert codes == {"remote-reference"}, codes
    connects = [line for line in log.read_text(encoding="utf-8").splitlines() if "connect(" in line]
    assert connects == [], connects
    assert "+++ exited with 1 +++" in log.read_text(encoding="utf-8")  # the trace did follow the command


def test_the_strace_check_would_see_a_connection(tmp_path):
    """The check can fail: a process that does connect shows in the same trace."""
    strace = _strace()
    log = tmp_path / "strace.log"
    code = ("import socket; s = socket.socket(); s.settimeout(0.2)\n"
            "try: s.connect(('127.0.0.1', 9))\nexcept OSError: pass")
    subprocess.run([strace, "-f", "-e", "trace=connect", "-o", str(log), sys.executable, "-c", code], timeout=60)
    assert any("connect(" in line for line in log.read_text(encoding="utf-8").splitlines())
