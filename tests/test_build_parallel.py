"""A clean build parses its engagement files in worker processes (build/parallel.py): the same
documents, the same refusals (code, line, message), the same package bytes and problem lines as
parsing them one by one in the build's own process (behaviour, never time)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mini import package_bytes, write_many_files_repo
from pakiran_events.build import cold, parallel
from pakiran_events.build.build import build
from pakiran_events.core.problems import ProblemsFound
from pakiran_events.core.yaml_input import YamlInputError, load_file


@pytest.fixture
def root(tmp_path, repo):
    return write_many_files_repo(tmp_path / "r", repo, last=7)



def _build(root: Path, monkeypatch, pool: bool) -> tuple[dict[str, bytes], list[str]]:
    """(package bytes, problem lines) of a clean build, its files parsed by a pool or not."""
    calls = []
    real = parallel.ParallelLoad.__enter__

    def entered(self):
        calls.append(len(self.files))
        return real(self)

    monkeypatch.setattr(parallel, "MIN_FILES", 1 if pool else 10**9)
    monkeypatch.setattr(parallel.ParallelLoad, "__enter__", entered)
    # the whole folder read with a parse pool (a clean build in parts: tests/test_build_cold.py)
    monkeypatch.setattr(cold, "_in_parts", lambda *args: None)
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(parallel.os, "sched_getaffinity", lambda _: {0, 1}, raising=False)
    try:
        build(root, cache=False, parse_workers=True)
        lines: list[str] = []
    except ProblemsFound as exc:
        lines = [str(p) for p in exc.problems]
    assert bool(calls) == pool  # the pool was (or was not) used
    return package_bytes(root), lines


def test_a_pool_build_publishes_the_bytes_of_a_one_process_build(root, monkeypatch):
    pooled = _build(root, monkeypatch, pool=True)
    assert pooled[1] == [] and pooled[0]
    (root / "dataset" / "data").rename(root / "pooled")
    assert _build(root, monkeypatch, pool=False) == pooled


def test_a_pool_build_reports_the_problems_of_a_one_process_build(root, monkeypatch):
    events = root / "dataset" / "curated" / "events"
    (events / "e3.yaml").write_text("events:\n- event_id: [unclosed\n", encoding="utf-8")  # a syntax error
    text = (events / "e4.yaml").read_text(encoding="utf-8")
    (events / "e4.yaml").write_text(text.replace("venue: null", "venue: &v Hall"), encoding="utf-8")  # an anchor
    (events / "e5.yaml").write_bytes(b"events:\n- event_id: \xff\n")  # not UTF-8
    (events / "e7.yaml").write_text((events / "e6.yaml").read_text(encoding="utf-8"), encoding="utf-8")  # a copy
    pooled = _build(root, monkeypatch, pool=True)
    alone = _build(root, monkeypatch, pool=False)
    assert pooled[1] == alone[1]
    for what in ("e3.yaml", "e4.yaml", "e5.yaml", "duplicate-id"):
        assert any(what in line for line in pooled[1]), what


def test_parallel_load_gives_what_load_file_gives(tmp_path):
    files = []
    texts = ["a: '1'\nb: [x, y]\n", "a: *nope\n", "k: 1\nk: 2\n", "- !!python/object x\n", "", "x: {y: z}\n"]
    for n, text in enumerate(texts):
        files.append(tmp_path / f"f{n}.yaml")
        files[-1].write_text(text, encoding="utf-8")
    missing = tmp_path / "missing.yaml"
    outside = tmp_path / "outside.yaml"
    outside.write_text("o: p\n", encoding="utf-8")

    def outcome(load, path):
        try:
            doc = load(path)
            return "doc", doc, getattr(doc, "line", None), getattr(doc, "key_lines", None)
        except YamlInputError as exc:
            return "error", exc.code, exc.line, str(exc)

    with parallel.ParallelLoad([*files, missing], 2) as load:
        # a listed file skipped by the reader, a file not listed, and the listed ones in order
        got = [outcome(load, outside)] + [outcome(load, p) for p in [*files[1:], missing]]
    assert got == [outcome(load_file, p) for p in [outside, *files[1:], missing]]
    assert got[1][0] == "error" and got[-1][1] == "unreadable"


def test_a_broken_pool_falls_back_to_parsing_here(tmp_path):
    paths = [tmp_path / "f.yaml", tmp_path / "g.yaml"]
    for path in paths:
        path.write_text(f"name: {path.stem}\n", encoding="utf-8")

    def dying():
        raise RuntimeError("a worker died")
        yield  # a generator

    with parallel.ParallelLoad(paths, 1) as load:
        load.results = dying()  # as if the pool had died before sending anything
        assert [load(p) for p in paths] == [{"name": "f"}, {"name": "g"}]


def test_few_files_or_one_core_use_no_pool(monkeypatch):
    monkeypatch.setattr(parallel.os, "sched_getaffinity", lambda _: {0, 1}, raising=False)
    assert parallel.workers_for(parallel.MIN_FILES - 1) == 0
    assert parallel.workers_for(parallel.MIN_FILES) == 2
    monkeypatch.setattr(parallel.os, "sched_getaffinity", lambda _: {0}, raising=False)
    assert parallel.workers_for(10 * parallel.MIN_FILES) == 0


def test_a_library_call_starts_no_workers_unless_asked(root, monkeypatch):
    """Spawned workers import the caller's main module again: only callers that ask (the command,
    the benchmarks) get them."""
    monkeypatch.setattr(parallel, "MIN_FILES", 1)
    monkeypatch.setattr(parallel.os, "sched_getaffinity", lambda _: {0, 1}, raising=False)
    started = []
    monkeypatch.setattr(parallel.ParallelLoad, "__enter__", lambda self: started.append(1) or self)
    build(root, cache=False)
    assert started == []


def test_the_workers_run_only_a_few_tasks_ahead_of_the_reader(tmp_path, monkeypatch):
    """Parsed documents wait for the reader only a few tasks' worth: the pool is given no more
    than `workers * AHEAD` tasks beyond what the reader took (the whole corpus was, before), and
    the reader still gets every file's document, in order."""
    monkeypatch.setattr(parallel, "CHUNK", 2)
    monkeypatch.setattr(parallel, "AHEAD", 1)
    paths = []
    for n in range(11):
        paths.append(tmp_path / f"f{n:02d}.yaml")
        paths[-1].write_text(f"n: '{n}'\n", encoding="utf-8")
    submitted = []
    load = parallel.ParallelLoad(paths, 2)
    real = load.pool.submit

    def counted(fn, chunk, *rest):
        submitted.append(len(chunk))
        return real(fn, chunk, *rest)

    monkeypatch.setattr(load.pool, "submit", counted)
    with load:  # the first tasks are given when the load is entered (the workers start then)
        got = []
        for k, path in enumerate(paths):
            got.append(load(path))
            taken = k // 2 + 1  # tasks whose files the reader has started on
            assert len(submitted) <= taken + 2
    assert got == [{"n": str(n)} for n in range(11)]
    assert submitted == [2, 2, 2, 2, 2, 1]


def test_a_first_cached_build_parses_in_workers_and_fills_the_parse_cache(root, monkeypatch):
    """A cached build with no usable snapshot (the first, or the first after a code change) reads
    every file, and parses the engagement files in workers through the parse cache: the bytes of
    a clean build, the cache filled by the workers, and a second such build served from it (the
    entries are not written again)."""
    from pakiran_events.build.cache import CACHE_DIR
    from pakiran_events.build.snapshot import FOLDER

    clean = _build(root, monkeypatch, pool=False)
    assert clean[1] == [] and clean[0]
    entered = []
    real = parallel.ParallelLoad.__enter__
    monkeypatch.setattr(parallel, "MIN_FILES", 1)
    monkeypatch.setattr(parallel.ParallelLoad, "__enter__", lambda self: entered.append(self.cache_root) or real(self))
    build(root, parse_workers=True)
    assert entered == [str(root)]
    assert package_bytes(root) == clean[0]
    entries = {p: p.stat().st_mtime_ns for p in (root / CACHE_DIR).rglob("*.pickle")}
    assert len(entries) >= 7  # e1..e7 at least (the registries are parsed by the build itself)
    shutil.rmtree(root / FOLDER)  # no snapshot: every file is read again, from the parse cache
    build(root, parse_workers=True)
    assert len(entered) == 2
    assert package_bytes(root) == clean[0]
    assert {p: p.stat().st_mtime_ns for p in (root / CACHE_DIR).rglob("*.pickle")} == entries


def test_a_file_not_listed_takes_no_worker_result(tmp_path):
    """The reader asks for the registries (places.yaml, ...) before the engagement files: such a
    file is parsed here at once, and the workers' results stay where they are (looking for it
    among them took every result, so every parsed document was held at once: 6.3 GB at 100k)."""
    paths = []
    for n in range(5):
        paths.append(tmp_path / f"f{n}.yaml")
        paths[-1].write_text(f"n: '{n}'\n", encoding="utf-8")
    registry = tmp_path / "places.yaml"
    registry.write_text("- place_id: x\n", encoding="utf-8")
    with parallel.ParallelLoad(paths, 1) as load:
        assert load(registry) == [{"place_id": "x"}]
        assert load.position == 0 and load.ahead == {}
        assert [load(p) for p in paths] == [{"n": str(n)} for n in range(5)]
