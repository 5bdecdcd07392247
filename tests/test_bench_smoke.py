"""The benchmarks cannot rot: each runs at a tiny size (exit 0, prints its figures), and the
generated package is valid under every layer and under frictionless-py. No timing is asserted."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _run(*args: str) -> str:
    out = subprocess.run([sys.executable, *args], cwd=REPO, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-3000:]
    return out.stdout


def test_generated_package_is_valid_under_every_layer_and_frictionless_py(tmp_path):
    from pakiran_events.validate import ALL_LAYERS, validate_package

    printed = _run("bench/gen_package.py", "--events", "60", "--out", str(tmp_path / "pkg"))
    assert "events=60" in printed
    assert validate_package(tmp_path / "pkg" / "datapackage.json", ALL_LAYERS) == []


def test_curated_repo_of_the_generator_builds_the_same_tables(tmp_path):
    import polars as pl

    from pakiran_events.build.build import build

    _run("bench/gen_package.py", "--events", "30", "--out", str(tmp_path), "--curated")
    expected = {p.name: pl.read_csv(p, infer_schema=False) for p in (tmp_path / "dataset" / "data").glob("*.csv")}
    build(tmp_path)
    for name, frame in expected.items():
        assert pl.read_csv(tmp_path / "dataset" / "data" / name, infer_schema=False).equals(frame), name


def test_validate_bench_smoke():
    printed = _run("bench/validate_bench.py", "--events", "60", "--repeat", "1")
    assert "paired ratios" in printed and "frictionless-py / full" in printed
    assert "verdicts (valid?): {'engine': True, 'pandera': True, 'full': True, 'streamed': True, 'frictionless-py': True}" in printed


def test_extract_bench_smoke(tmp_path):
    import pytest

    from conftest import CORPUS_FOLDERS

    if not all((f / "manifest.csv").is_file() for f in CORPUS_FOLDERS):
        pytest.skip("the news corpus folders are not beside the checkout (CI has them)")
    printed = _run("bench/extract_bench.py", "--corpus", *map(str, CORPUS_FOLDERS), "--docs", "40",
                   "--work", str(tmp_path))
    assert "40 reports" in printed and "parent peak memory" in printed and "| 40 (load" in printed


def test_extract_parent_mem_smoke():
    import pytest

    from conftest import CORPUS_FOLDERS

    if not all((f / "manifest.csv").is_file() for f in CORPUS_FOLDERS):
        pytest.skip("the news corpus folders are not beside the checkout (CI has them)")
    printed = _run("bench/extract_parent_mem.py", "--corpus", *map(str, CORPUS_FOLDERS), "--docs", "150", "300")
    same, distinct = printed.split("## replicas: distinct")
    assert "## replicas: same" in same and "parent peak 150 -> 300 reports" in same and "parent peak 150 -> 300" in distinct
    events = [int(re.search(r"^300 reports .*?: (\d+) events", part, re.MULTILINE).group(1)) for part in (same, distinct)]
    assert events[1] > events[0]  # distinct copies cluster apart: more events, not bigger ones


def test_read_bench_smoke():
    import pytest

    from conftest import CORPUS_FOLDERS

    if not all((f / "manifest.csv").is_file() for f in CORPUS_FOLDERS):
        pytest.skip("the news corpus folders are not beside the checkout (CI has them)")
    printed = _run("bench/read_bench.py", "--old", str(REPO / "src"), "--corpus", *map(str, CORPUS_FOLDERS),
                   "--rounds", "1", "--passes", "1", "--limit", "8")
    assert "8 reports a run" in printed and "new/old" in printed and "readings identical" in printed


def test_build_bench_smoke():
    printed = _run("bench/build_bench.py", "--events", "30", "--repeat", "1")
    assert "| after one file changed |" in printed
    assert "byte-identical cold and cached packages: True" in printed


def test_build_bench_paired_smoke():
    """`--against SRC` runs each build under another checkout's code and this one (here the same
    src twice) and prints the ratios and whether the bytes agree."""
    src = str(Path(__file__).resolve().parents[1] / "src")
    printed = _run("bench/build_bench.py", "--events", "30", "--repeat", "1", "--steps", "cold", "--against", src)
    assert "| cold | new / old |" in printed and f"({src})" in printed
    assert "the same bytes from every build, old and new: True" in printed


def test_yaml_subset_bench_smoke():
    printed = _run("bench/yaml_subset_bench.py", "--events", "30", "--rounds", "2")
    assert "subset / full" in printed
    assert "files left to the full reader: 0 of 10; the same documents: True" in printed


def test_import_bench_smoke():
    printed = _run("bench/import_bench.py", "--repeat", "1")
    assert "pe.load('events')" in printed and "x |" in printed


def test_cluster_bench_smoke():
    import pytest

    from conftest import CORPUS_FOLDERS

    if not all((f / "manifest.csv").is_file() for f in CORPUS_FOLDERS):
        pytest.skip("the news corpus folders are not beside the checkout (CI has them)")
    if subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True).returncode != 0:
        pytest.skip("not a git checkout: the bench loads the other contender's cluster.py from git")
    printed = _run("bench/cluster_bench.py", "--corpus", *map(str, CORPUS_FOLDERS), "--docs", "200", "--repeat", "1",
                   "--against", "HEAD")
    assert "200 reports: cluster + event rows" in printed and "same rows: True" in printed


def test_proc_progress_smoke(tmp_path):
    """bench/proc_progress.py follows a process reading a package CSV and stops when it ends."""
    import json

    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "t.csv").write_text("a\n" + "x\n" * 1000, encoding="utf-8")
    (tmp_path / "datapackage.json").write_text(json.dumps(
        {"resources": [{"name": "t", "path": "data/t.csv", "rows": 1000}]}), encoding="utf-8")
    reader = subprocess.Popen([sys.executable, "-c", "import sys, time; f = open(sys.argv[1]); f.read(1002); "
                               "time.sleep(1.5)", str(tmp_path / "data" / "t.csv")])
    try:
        printed = _run("bench/proc_progress.py", "--package", str(tmp_path), "--pid", str(reader.pid),
                       "--every", "0.5")
    finally:
        reader.wait(timeout=60)
    assert re.search(r"\| t +\d+\.\d% \(~[\d,]+ of 1,000 rows\)", printed), printed
    assert printed.rstrip().endswith(f"process {reader.pid} ended")


def test_listings_bench_smoke():
    printed = _run("bench/listings_bench.py", "--sizes", "10", "20", "--repeat", "1", "--shape", "days", "who")
    assert "days      10 people" in printed and "who       20 people" in printed and "ratio" in printed
