"""Review 15 (the non-extractor half): what a hostile reviewer broke in build, curate, publish and
load, each as a test written before its fix. Inputs are made up here, in our own words."""

from __future__ import annotations

import ast
import importlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import polars as pl
import pytest
import yaml

from mini import package_bytes, second_event, write_repo
from pakiran_events.build import cache as cache_module
from pakiran_events.build import snapshot
from pakiran_events.build.build import build
from pakiran_events.core.schema import load_schemas
from pakiran_events.publish import package as package_module

SRC = Path(snapshot.__file__).resolve().parents[2]


def _project_imports(module: str, seen: set[str] | None = None) -> set[str]:
    """The project's modules `module` imports, directly or through others (read from the source)."""
    seen = set() if seen is None else seen
    if module in seen:
        return seen
    seen.add(module)
    path = SRC / (module.replace(".", "/") + ".py")
    if not path.is_file():
        path = SRC / module.replace(".", "/") / "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = []
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("pakiran_events"):
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names
                                     if (SRC / f"{node.module}.{a.name}".replace(".", "/")).with_suffix(".py").is_file()]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names if a.name.startswith("pakiran_events")]
        for name in names:
            _project_imports(name, seen)
    return seen


def _edited_copy(module, tmp_path: Path) -> str:
    """A copy of `module`'s source with one comment line added (an upgrade that changed it)."""
    copy = tmp_path / (module.__name__ + ".py")
    copy.write_bytes(Path(module.__file__).read_bytes() + b"\n# changed by an upgrade\n")
    return str(copy)


# -- 1. the assembly snapshot must never serve rows that code it did not hash would read otherwise --

READER_MODULES = sorted(m for m in _project_imports("pakiran_events.curate.curated")
                        if (SRC / m.replace(".", "/")).with_suffix(".py").is_file())


@pytest.mark.parametrize("name", READER_MODULES)
def test_the_snapshot_version_moves_with_every_module_that_reads_a_curated_file(name, tmp_path, monkeypatch, repo):
    """core/cells.py decides which text `_squash` folds and which cells are refused: an upgrade
    that changed it kept the old snapshot, so unchanged files kept their old rows (a stale parse)."""
    schemas = load_schemas(repo / "schemas")
    before = snapshot._version(schemas)
    module = importlib.import_module(name)
    monkeypatch.setattr(module, "__file__", _edited_copy(module, tmp_path))
    assert snapshot._version(schemas) != before, f"{name} changed but the assembly snapshot's version did not"


@pytest.mark.parametrize("library", [pl, yaml])
def test_the_snapshot_version_moves_with_the_libraries_that_type_and_parse_its_rows(library, monkeypatch, repo):
    """The snapshot keeps rows typed by polars (Arrow IPC) and parsed by PyYAML/libyaml: another
    version of either may give other rows from the same bytes."""
    schemas = load_schemas(repo / "schemas")
    before = snapshot._version(schemas)
    monkeypatch.setattr(library, "__version__", library.__version__ + ".post999")
    assert snapshot._version(schemas) != before


def test_the_parse_cache_version_moves_with_pyyaml(monkeypatch):
    before = cache_module._code_version()
    monkeypatch.setattr(yaml, "__version__", yaml.__version__ + ".post999")
    assert cache_module._code_version() != before


# -- 1. a build reads dataset/extracted whole: one extraction's tables, never half of two --------

def _extracted_root(tmp_path: Path, repo: Path) -> Path:
    from pakiran_events.extract.run import extract

    root = write_repo(tmp_path / "r", repo)
    build(root)  # the gazetteer extract reads
    extract(root / "corpus", root / "dataset" / "extracted", scheduler="synchronous", gazetteer=root)
    return root


def _kill_during_roll_forward(folder: Path) -> None:
    """What an `extract --out folder` killed between the two renames of its roll forward leaves:
    the journal written, the old tables moved aside, the new ones not yet in place."""
    staging = folder / (package_module.STAGING_PREFIX + "killed")
    staging.mkdir()
    shutil.copytree(folder / "data", staging / "data")  # the 'new' extraction: the same tables
    shutil.copy2(folder / "datapackage.json", staging / "datapackage.json")
    os.replace(folder / "data", staging / package_module.PREVIOUS)
    (folder / package_module.JOURNAL).write_text(json.dumps({"staging": staging.name, "data": "data"}))


def test_a_build_completes_an_extraction_killed_while_it_was_put_in_place(tmp_path, repo):
    """Before: the build read the extracted folder as it lay (no data/ folder) and failed with
    'the extracted package cannot be merged'; the extraction had committed, its journal said so."""
    root = _extracted_root(tmp_path, repo)
    build(root)
    merged = package_bytes(root)
    folder = root / "dataset" / "extracted"
    _kill_during_roll_forward(folder)
    build(root)
    assert not (folder / package_module.JOURNAL).exists()
    assert package_bytes(root) == merged


def test_a_build_reads_the_extracted_package_under_its_lock(tmp_path, repo, monkeypatch):
    """An `extract --out dataset/extracted` swapping its tables while a build read them one by one
    gave the build one extraction's events and another's evidence: the build takes that folder's
    lock (the one extract publishes under) for as long as it reads it."""
    build_module = importlib.import_module("pakiran_events.build.build")
    from pakiran_events.build import merge as merge_module
    from pakiran_events.core import lock

    root = _extracted_root(tmp_path, repo)
    held: list[Path] = []
    real = lock.folder_lock

    @contextmanager
    def watching(folder, *args, **kwargs):
        with real(folder, *args, **kwargs):
            held.append(Path(folder).resolve())
            try:
                yield
            finally:
                held.pop()

    reads: list[bool] = []
    real_read = merge_module.read_tables

    def reading(path, *args, **kwargs):
        reads.append((root / "dataset" / "extracted").resolve() in held)
        return real_read(path, *args, **kwargs)

    monkeypatch.setattr(lock, "folder_lock", watching)
    monkeypatch.setattr(build_module, "folder_lock", watching)
    monkeypatch.setattr(merge_module, "read_tables", reading)
    build(root)
    assert reads == [True]


# -- 1. a build killed at any point: the published tables are one build's, and the next build's
#       bytes are a clean build's (no stale snapshot, parse or published record left behind) -------

SUMMARIES = ("Two ministers met in Quetta.", "Two ministers met again in Quetta.")
BUILD = "import sys; from pathlib import Path; from pakiran_events.build.build import build; build(Path(sys.argv[1]))"


def _tables(root: Path) -> dict[str, bytes]:
    return {k: v for k, v in package_bytes(root).items() if k != "datapackage.json"}


def test_a_build_killed_at_random_points_leaves_one_package_and_the_next_build_is_clean(tmp_path, repo):
    root = write_repo(tmp_path / "r", repo)
    two = root / "dataset" / "curated" / "events" / "two.yaml"
    versions = []
    for summary in SUMMARIES:
        event = second_event()
        event["summary"] = summary
        two.write_text(yaml.safe_dump({"events": [event]}, sort_keys=False), encoding="utf-8")
        build(root, cache=False)
        versions.append(package_bytes(root))
    assert versions[0] != versions[1]
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    started = time.monotonic()
    subprocess.run([sys.executable, "-c", BUILD, str(root)], check=True, env=env)  # also fills the caches
    took = time.monotonic() - started
    signals = (signal.SIGKILL, signal.SIGTERM, signal.SIGINT)
    for n in range(6):
        # each run has a change to publish: the summary flips between the two versions
        event = second_event()
        event["summary"] = SUMMARIES[(n + 1) % 2]
        two.write_text(yaml.safe_dump({"events": [event]}, sort_keys=False), encoding="utf-8")
        proc = subprocess.Popen([sys.executable, "-c", BUILD, str(root)], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(took * (0.2 + 0.17 * n))
        proc.send_signal(signals[n % 3])
        proc.wait(timeout=120)
        tables = _tables(root)
        assert tables in ({k: v for k, v in b.items() if k != "datapackage.json"} for b in versions), \
            f"run {n} ({signals[n % 3].name}): the published tables are a mix"
        with package_module.folder_lock(root):
            package_module.complete_pending(root)
        assert package_bytes(root) in versions, f"run {n}: descriptor and tables of two builds"
    # whatever the kills left in .cache/, a cached build now publishes a clean build's bytes
    build(root)
    cached = package_bytes(root)
    build(root, cache=False)
    clean = package_bytes(root)
    assert cached == clean
    assert clean == versions[(n + 1) % 2]  # the curated files' last state


# -- 4. every code the evidence check reports is catalogued (core/errors.py, docs/errors.md) ------

def test_the_evidence_checks_date_codes_are_catalogued():
    """curate/spans.py reported `date-line-alone` and `relative-date-unanchored` (CURATION.md §4
    names both as [checked E]) but the catalogue, `pakiran-events errors` and docs/errors.md had
    neither: a curator could not look either up."""
    from pakiran_events.core.errors import CATALOGUE
    from pakiran_events.curate import spans

    row = {"record_table": "events", "field": "date_start", "record_id": "E000001", "source_id": "made-up",
           "char_start": 0, "char_end": 24}
    alone = spans._date_line_problems([(4, row, "KARACHI, MAR 3 /Agency/")], {"E000001": "day"})
    unanchored = spans._unanchored_relative_problems([(4, row, "the envoys met on Thursday")],
                                                     {"made-up": {"published_date": "2024-03-07"}})
    codes = {p.code for p in alone + unanchored}
    assert codes == {"date-line-alone", "relative-date-unanchored"}
    assert codes <= set(CATALOGUE), codes - set(CATALOGUE)


# -- 3. load(): a package rebuilt while a session runs is read as rebuilt -------------------------

def test_load_after_a_rebuild_in_the_same_session_reads_the_new_package(tmp_path, repo):
    """`read_descriptor` was cached for the life of the process: a notebook that loaded a table,
    then rebuilt the package, got IntegrityError ('the file was changed after publishing ...
    rebuild it') for every table whose bytes moved, and with verify=False the new file read
    against the old descriptor."""
    from pakiran_events.loader.read import load

    root = write_repo(tmp_path / "r", repo)
    build(root)
    before = load("events", package=root)
    one = root / "dataset" / "curated" / "events" / "one.yaml"
    text = one.read_text(encoding="utf-8")
    old = before["summary"][0]
    one.write_text(text.replace(old.split()[0], "Revised", 1), encoding="utf-8")
    build(root)
    after = load("events", package=root)
    assert after["summary"][0] != old and after["summary"][0].startswith("Revised")


def test_a_new_package_version_is_published_by_a_cached_rebuild_as_by_a_clean_one(tmp_path, repo, monkeypatch):
    """A release bump changes no curated byte: the cached rebuild (snapshot, parse cache, linked
    tables) must still publish the new version everywhere a clean build writes it."""
    from pakiran_events.publish import write as write_module

    root = write_repo(tmp_path / "r", repo)
    build(root)
    monkeypatch.setattr(write_module, "__version__", "99.0.0")
    build(root)
    cached = package_bytes(root)
    assert json.loads(cached["datapackage.json"])["version"] == "99.0.0"
    build(root, cache=False)
    assert package_bytes(root) == cached


# -- 2. hostile curated values: every problem a catalogued code ----------------------------------

def test_a_party_that_is_not_a_country_code_is_a_catalogued_problem(tmp_path, repo):
    """`parties: [Pakistan]` was reported under the code 'an item does not match ^[A-Z]{3}$' (no
    catalogue entry, no title in --format json); it is a `pattern-mismatch`."""
    from mini import build_problems, mini_event

    event = mini_event()
    event["commitments"][0]["parties"] = ["Pakistan", "IRN"]
    root = write_repo(tmp_path / "r", repo, event)
    problems = build_problems(root)
    assert any(p.field == "parties" and p.code == "pattern-mismatch" for p in problems), problems
    assert all(" " not in p.code for p in problems), [p.code for p in problems]


# -- 3. load(package=...) of a release whose descriptor is malformed: one error naming the file,
#       the resource and the field (never KeyError 'path' or "string indices must be integers") ----

def _broken_release(tmp_path: Path, repo: Path, breaking) -> Path:
    root = write_repo(tmp_path / "r", repo)
    build(root)
    path = root / "datapackage.json"
    desc = json.loads(path.read_text(encoding="utf-8"))
    breaking(desc, next(r for r in desc["resources"] if r["name"] == "events"))
    path.write_text(json.dumps(desc), encoding="utf-8")
    return root


@pytest.mark.parametrize("breaking, field", [
    (lambda d, r: (r.pop("parquet"), r.pop("path")), "path"),
    (lambda d, r: r.__setitem__("parquet", "events.parquet"), "parquet"),
    (lambda d, r: r["parquet"].__setitem__("path", None), "path"),
    (lambda d, r: r["parquet"].__setitem__("bytes", "many"), "bytes"),
    (lambda d, r: r["parquet"].__setitem__("hash", 12), "hash"),
    (lambda d, r: d["resources"].insert(0, ["not", "a", "resource"]), "resources"),
    (lambda d, r: d["resources"][0].__setitem__("name", 7), "name"),
])
def test_a_malformed_release_descriptor_is_one_clear_error(tmp_path, repo, breaking, field):
    from pakiran_events.core.packages import DescriptorError
    from pakiran_events.loader.read import load

    root = _broken_release(tmp_path, repo, breaking)
    with pytest.raises(DescriptorError) as exc:
        load("events", package=root)
    message = str(exc.value)
    assert "datapackage.json" in message and repr(field) in message, message


def test_a_file_swapped_for_another_of_the_same_size_and_time_is_verified_again(tmp_path, repo):
    """The loader remembered a verified file by (path, size, mtime): a Parquet file replaced in the
    same session by other bytes of the same size, its time kept (`cp -p`, `touch -r`), was read
    unverified."""
    from pakiran_events.loader.read import IntegrityError, load

    root = write_repo(tmp_path / "r", repo)
    build(root)
    load("places", package=root)
    parquet = root / "dataset" / "data" / "places.parquet"
    st = parquet.stat()
    data = bytearray(parquet.read_bytes())
    data[len(data) // 2] ^= 0xFF  # other bytes, same size
    swapped = parquet.with_name("swapped")
    swapped.write_bytes(bytes(data))
    os.utime(swapped, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.replace(swapped, parquet)
    with pytest.raises(IntegrityError):
        load("places", package=root)


def test_load_names_an_interrupted_build_rather_than_a_missing_file(tmp_path, repo):
    """A build killed between the two renames of its roll forward leaves no dataset/data until the
    next run completes its journal: load() said only 'dataset/data/events.parquet is missing from
    the package'. It now says a build was interrupted and how to complete it."""
    from pakiran_events.loader.read import load

    root = write_repo(tmp_path / "r", repo)
    build(root)
    staging = root / (package_module.STAGING_PREFIX + "killed")
    shutil.copytree(root / "dataset" / "data", staging / "dataset" / "data")
    os.replace(root / "dataset" / "data", staging / package_module.PREVIOUS)
    (root / package_module.JOURNAL).write_text(json.dumps({"staging": staging.name, "data": "dataset/data"}))
    with pytest.raises(FileNotFoundError) as exc:
        load("events", package=root)
    assert "interrupted" in str(exc.value) and "pakiran-events build" in str(exc.value)
    with package_module.folder_lock(root):
        package_module.complete_pending(root)
    assert load("events", package=root).height == 1


def test_an_extracted_folder_that_cannot_hold_a_lock_is_still_merged(tmp_path, repo, monkeypatch):
    """dataset/extracted read-only to this user (another's extraction, a read-only mount): taking
    its lock fails with PermissionError; the build reads it as it lies, as it did before it took
    that lock, rather than failing."""
    build_module = importlib.import_module("pakiran_events.build.build")
    root = _extracted_root(tmp_path, repo)
    build(root)
    merged = package_bytes(root)
    real = build_module.folder_lock
    extracted = (root / "dataset" / "extracted").resolve()

    def refusing(folder, *args, **kwargs):
        if Path(folder).resolve() == extracted:
            raise PermissionError(13, "Permission denied", str(folder / ".pakiran-events.lock"))
        return real(folder, *args, **kwargs)

    monkeypatch.setattr(build_module, "folder_lock", refusing)
    build(root, cache=False)
    assert package_bytes(root) == merged
