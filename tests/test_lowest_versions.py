"""Declared dependency ranges are true (issue 14, item 5): CI's lowest-versions job installs
constraints-lowest.txt; it must pin exactly the floors pyproject.toml declares for the core
install, and the job must run the loader tests."""

from __future__ import annotations

import re
import sys

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    tomllib = None


def test_lowest_constraints_are_the_declared_floors(repo):
    if tomllib is None:
        import pytest

        pytest.skip("tomllib needs Python 3.11")
    project = tomllib.loads((repo / "pyproject.toml").read_text())["project"]
    floors = {}
    for dep in project["dependencies"]:
        name, floor = re.fullmatch(r"([A-Za-z0-9_.-]+)(?:\[.*\])?>=([0-9.]+)", dep.replace(" ", "")).groups()
        floors[name.lower()] = floor
    pins = dict(line.split("==") for line in (repo / "constraints-lowest.txt").read_text().splitlines()
                if line and not line.startswith("#"))
    assert {n: pins.get(n) for n in floors} == floors


def test_ci_runs_the_loader_tests_at_the_lowest_versions(repo):
    ci = (repo / ".ci" / "run").read_text()
    assert "constraints-lowest.txt" in ci and "LOADER_TESTS" in ci
    tests = re.search(r'LOADER_TESTS="([^"]+)"', ci).group(1).split()
    assert all((repo / t).is_file() for t in tests) and "tests/test_researcher_api.py" in tests
