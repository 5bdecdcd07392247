"""What the benchmarks share: CPU seconds and peak memory of this process, and running one
measured step in a fresh process (so one contender's imports, caches and heap never help or
burden the next)."""

from __future__ import annotations

import multiprocessing
import resource


def cpu_seconds() -> float:
    """User + system CPU seconds of this process so far."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def peak_mb() -> float:
    """Peak resident memory of this process, MB (Linux reports ru_maxrss in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def children_cpu_seconds() -> float:
    """User + system CPU seconds of this process's finished child processes (a build's parse workers)."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def in_fresh_process(fn, *args):
    """fn(*args) in a newly spawned interpreter; returns its (picklable) result. The interpreter is
    not a daemon (a multiprocessing.Pool's worker is), so what it runs may start processes of its
    own, as the command does (a clean build parses files in worker processes)."""
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(fn, *args).result()
