"""File digests for the frictionless and integrity layers (validate/digests.py, r14): hashed from
a memory map, the files of a package hashed in a background thread while the tables are read, and
every answer the same as hashlib over the file's bytes, whatever the bytes, whether prefetched or
not, and for a file changed after its prefetch."""

from __future__ import annotations

import hashlib
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pakiran_events.validate import digests


@pytest.fixture(autouse=True)
def _fresh_cache():
    digests.forget()
    yield
    digests.forget()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3000), algorithm=st.sampled_from(["sha256", "md5"]), prefetch=st.booleans())
def test_a_digest_is_hashlib_over_the_bytes(tmp_path_factory, data, algorithm, prefetch):
    path = tmp_path_factory.mktemp("d") / "table.csv"
    path.write_bytes(data)
    if prefetch:
        digests.prefetch([(path, algorithm)])
    assert digests.file_digest(path, algorithm) == hashlib.new(algorithm, data).hexdigest()


def test_prefetched_files_are_hashed_off_the_calling_thread(tmp_path, monkeypatch):
    paths = []
    for k in range(3):
        paths.append(tmp_path / f"t{k}.csv")
        paths[-1].write_bytes(b"id\n" + str(k).encode() * (k * 5000))
    seen = []
    real = digests._hash_file
    monkeypatch.setattr(digests, "_hash_file", lambda p, a: seen.append(p) or real(p, a))
    digests.prefetch([(p, "sha256") for p in paths])
    for p in paths:
        assert digests.file_digest(p) == hashlib.sha256(p.read_bytes()).hexdigest()
    assert sorted(seen) == sorted(paths)  # each hashed once, by the prefetch


def test_a_file_changed_after_its_prefetch_is_hashed_again(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes(b"id\n1\n")
    digests.prefetch([(path, "sha256")])
    assert digests.file_digest(path) == hashlib.sha256(b"id\n1\n").hexdigest()
    path.write_bytes(b"id\n1\n2\n")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    assert digests.file_digest(path) == hashlib.sha256(b"id\n1\n2\n").hexdigest()


def test_a_missing_or_unreadable_file_raises_in_the_caller_as_before(tmp_path):
    missing = tmp_path / "gone.csv"
    digests.prefetch([(missing, "sha256")])  # the prefetch itself raises nothing
    with pytest.raises(OSError):
        digests.file_digest(missing)
    folder = tmp_path / "a-folder.csv"
    folder.mkdir()
    digests.prefetch([(folder, "sha256")])
    with pytest.raises(OSError):
        digests.file_digest(folder)


def test_the_read_ahead_never_holds_the_interpreter_at_exit(tmp_path):
    """The prefetch thread is a daemon (CI run 80: a Ctrl-C between a ThreadPoolExecutor starting its
    worker and registering its queue left `build` waiting at exit for that worker for ever); a process that
    exits while hashing, with work still queued, ends at once, and every answer asked for is still right."""
    import subprocess
    import sys
    import threading

    files = []
    for n in range(3):
        path = tmp_path / f"t{n}.csv"
        path.write_bytes(os.urandom(4096) * (n + 1))
        files.append((path, "sha256"))
    digests.prefetch(files)
    assert all(t.daemon for t in threading.enumerate() if t.name.startswith("digests"))
    assert [digests.file_digest(p, a) for p, a in files] == [hashlib.sha256(p.read_bytes()).hexdigest() for p, _ in files]
    big = tmp_path / "big.bin"
    big.write_bytes(b"x" * (1 << 24))
    code = ("import sys; from pathlib import Path; from pakiran_events.validate import digests; "
            "digests.prefetch([(Path(sys.argv[1]), 'sha256')] * 1 + [(Path(sys.argv[1]), 'sha512')])")
    done = subprocess.run([sys.executable, "-c", code, str(big)], timeout=60, env={**os.environ})
    assert done.returncode == 0
