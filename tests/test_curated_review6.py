"""Hostile review of fix5's actor-name change (a name holding a control character or a line
break is not added again as an alias row): the bad name is still refused, once, by a cold build,
a cached rebuild and a build after a clean snapshot alike, with the same problem lines; and an
alias spelled like the bad name is refused too."""

from __future__ import annotations

from pathlib import Path

import pytest

from mini import write_repo
from pakiran_events.build.build import build
from pakiran_events.core.problems import ProblemsFound


@pytest.fixture
def root(tmp_path, repo):
    return write_repo(tmp_path, repo)


def _break_first_name(root: Path, suffix: str, alias_too: bool = False) -> None:
    path = root / "dataset" / "curated" / "actors.yaml"
    text = path.read_text(encoding="utf-8")
    line = next(x for x in text.splitlines() if x.strip().startswith("name:"))
    indent, name = line.split("name:")[0], line.split("name:", 1)[1].strip().strip('"')
    text = text.replace(line, f'{indent}name: "{name}{suffix}"', 1)
    if alias_too:  # the first actor's list of aliases (written by tests/mini.py) gains the bad name
        text = text.replace("aliases:\n", f'aliases:\n  - "{name}{suffix}"\n', 1)
    path.write_text(text, encoding="utf-8")


def _lines(root: Path, **kw) -> list[str]:
    with pytest.raises(ProblemsFound) as exc:
        build(root, **kw)
    return [f"{p.resource}|{p.row}|{p.record_id}|{p.field}|{p.code}|{p.message}" for p in exc.value.problems]


@pytest.mark.parametrize("suffix", ["\\x1b", "\\t", "\\n", "\\u2028", "\\x85"])
def test_a_bad_actor_name_is_refused_once_cold_cached_and_from_a_snapshot(root, suffix):
    build(root)  # a clean build first: the next ones may reuse its cache and snapshot
    _break_first_name(root, suffix)
    cached = _lines(root)
    again = _lines(root)
    cold = _lines(root, cache=False)
    assert cached == again == cold
    on_name = [x for x in cold if x.split("|")[3] == "name"]
    assert len(on_name) == 1, cold
    assert not [x for x in cold if x.split("|")[3] == "alias"], cold


def test_an_alias_spelled_like_the_bad_name_is_still_refused(root):
    _break_first_name(root, "\\x1b", alias_too=True)
    lines = _lines(root, cache=False)
    assert [x for x in lines if x.split("|")[3] == "name"] and [x for x in lines if x.split("|")[3] == "alias"], lines
