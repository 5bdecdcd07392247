"""Parsing the engagement files of a clean build in worker processes, ahead of the reader.

Reading YAML is most of a clean build's time (libyaml's events are turned into Python objects
one by one, core/yaml_input.py). The files are independent, so worker processes parse them
(`core.yaml_input.load_file`, the same reader with the same refusals) while the parent walks
the documents already parsed, in the reader's order. What the parent gets is what
`load_file(path)` gives: the document, or the same `YamlInputError` (code, line, message).
Anything that goes wrong with the pool itself (a worker killed, a result that cannot be sent)
falls back to parsing that file in the parent, so the result never depends on the pool.
Workers end with the build (`die_with_parent`): a `kill -9` or SIGTERM of the build leaves no
worker behind, and a Ctrl-C is the build's to handle (one line, exit 130), not each worker's.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from pakiran_events.core.yaml_input import YamlInputError, load_file

MIN_FILES = 256  # fewer files than this are parsed in the parent (a pool costs ~1 s to start)
CHUNK = 32  # files per task: fewer round trips, small enough to keep both cores busy to the end
AHEAD = 4  # tasks in flight per worker: parsed documents waiting for the reader stay a few hundred
# files' worth (all of them were kept when the workers outran the reader: 3.8 GB at 100k events)


_caches: dict[str, object] = {}  # a worker's parse cache (build/cache.py) per checkout, made once


def _loader(cache_root: str | None):
    """How a worker parses a file: through the checkout's parse cache when the build uses one (a
    first cached build fills it from the workers; the entries are those the parent would write),
    else `load_file`."""
    if cache_root is None:
        return load_file
    if cache_root not in _caches:
        from pakiran_events.build.cache import ParseCache

        _caches[cache_root] = ParseCache(Path(cache_root))
    return _caches[cache_root].load_file  # type: ignore[attr-defined]


def _parse(path: str, cache_root: str | None = None) -> tuple:
    """("doc", document) or ("error", code, line, message) for one file (an exception crosses a
    process boundary by its args, which YamlInputError's message alone does not rebuild)."""
    try:
        return ("doc", _loader(cache_root)(path))
    except YamlInputError as exc:
        return ("error", exc.code, exc.line, str(exc).split(": ", 1)[-1] if exc.line else str(exc))


def _parse_chunk(paths: list[str], cache_root: str | None = None) -> list[tuple]:
    return [_parse(path, cache_root) for path in paths]


PR_SET_PDEATHSIG = 1  # prctl(2): the signal a process gets when its parent dies (Linux)


def die_with_parent(parent_pid: int) -> None:
    """A worker's initializer. Ctrl-C reaches the whole process group: the worker ignores it (the
    build stops the pool and says so once; else every worker prints a KeyboardInterrupt
    traceback). A worker blocks on its task queue, whose writing end it holds itself, so it would
    never see its parent die: on Linux the kernel sends it SIGKILL when the parent ends
    (PR_SET_PDEATHSIG), and everywhere a daemon thread ends it once the parent is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):  # blocked while the parent started it (`_started`)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass  # no prctl: the thread below still ends the worker

    def watchdog() -> None:
        while os.getppid() == parent_pid:
            time.sleep(1.0)
        os._exit(1)

    if os.getppid() != parent_pid:  # the parent died before this worker started
        os._exit(1)
    threading.Thread(target=watchdog, name="die-with-build", daemon=True).start()


def workers_for(n_files: int) -> int:
    """How many worker processes parse `n_files` files: none below MIN_FILES or on one core."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    if multiprocessing.current_process().daemon:  # a pool's worker (a benchmark's) may start no processes
        return 0
    return 0 if n_files < MIN_FILES or cores < 2 else min(cores, 4)


@contextmanager
def sigint_blocked() -> Iterator[None]:
    """SIGINT blocked while workers are started: a child inherits the mask, so a Ctrl-C while a
    worker still imports (before `die_with_parent` ignores it) stays pending there instead of
    printing a traceback; the parent gets its own Ctrl-C when the block ends."""
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


class ParallelLoad:
    """A `load_file` for `curate.curated.read_curated`: the files given are parsed by `workers`
    processes in their order; a file asked for is taken from there, any other file (a registry)
    is parsed here (by `fallback`, `load_file` by default). `cache_root`: the workers parse
    through that checkout's parse cache (build/cache.py), as `fallback` then does. Use as a
    context manager (the pool is shut down on leaving)."""

    def __init__(self, files: list[Path], workers: int, cache_root: Path | None = None, fallback=None):
        self.files = [str(p) for p in files]
        self.listed = frozenset(self.files)
        self.workers = workers
        self.cache_root = None if cache_root is None else str(cache_root)
        self.fallback = fallback or load_file
        self.pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                        initializer=die_with_parent, initargs=(os.getpid(),))
        self.results: Iterator[tuple] | None = None
        self.ahead: dict[str, tuple | None] = {}
        self.position = 0

    def __enter__(self) -> ParallelLoad:
        chunks = iter([self.files[i:i + CHUNK] for i in range(0, len(self.files), CHUNK)])
        pending: deque[Future] = deque()
        try:
            with sigint_blocked():  # the first tasks start the workers
                for chunk in chunks:
                    pending.append(self.pool.submit(_parse_chunk, chunk, self.cache_root))
                    if len(pending) >= self.workers * AHEAD:
                        break
        except (OSError, RuntimeError):  # no process can be started: every file is parsed here
            self.results = iter(())
            return self
        self.results = self._in_order(chunks, pending)
        return self

    def _in_order(self, chunks: Iterator[list[str]], pending: deque[Future]) -> Iterator[tuple]:
        """Each file's result in the files' order, with at most `workers * AHEAD` tasks of CHUNK
        files submitted and not yet taken. A pool that breaks raises here (`_next` then parses
        that file and every later one in the parent)."""
        while pending:
            done = pending.popleft().result()
            chunk = next(chunks, None)
            if chunk is not None:
                pending.append(self.pool.submit(_parse_chunk, chunk, self.cache_root))
            yield from done

    def __exit__(self, *exc) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)

    def _next(self) -> tuple | None:
        """The next file's result, or None when the pool failed on it (it is parsed here then)."""
        try:
            assert self.results is not None
            return next(self.results)
        except StopIteration:
            raise
        except Exception:  # noqa: BLE001 - a broken pool or result: that file is parsed in the parent
            self.results = iter(())  # and every later one too (the iterator of results is spent)
            return None

    def __call__(self, path: Path):
        name = str(path)
        if name not in self.listed:  # a registry: parsed here, and no worker's result taken for it
            return self.fallback(path)  # (taking them all to look for it held every document at once)
        while name not in self.ahead and self.position < len(self.files):
            try:
                result = self._next()
            except StopIteration:
                break
            self.ahead[self.files[self.position]] = result
            self.position += 1
        result = self.ahead.pop(name, None)
        if result is None:
            return self.fallback(path)
        if result[0] == "error":
            raise YamlInputError(result[1], result[2], result[3])
        return result[1]
