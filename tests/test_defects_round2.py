"""Defects a breaker left open (round 2): problem order, a mapping among aliases, control
characters written as YAML escapes, engagement files that are not read. Fixtures are made up."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from mini import build_problems, write_repo
from pakiran_events.core.problems import Problem, ProblemsFound, ordered, render, to_json


def _curated(root: Path) -> Path:
    return root / "dataset" / "curated"


def _event_file(root: Path) -> Path:
    return _curated(root) / "events" / "one.yaml"


@pytest.fixture
def root(tmp_path, repo):
    return write_repo(tmp_path, repo)


# -- a. one order of problem lines -----------------------------------------------------------
def _same_but_record(count: int) -> list[Problem]:
    """Problems of one curated line that differ only in their record (evidence rows of one
    event's three date fields, say): the key they were sorted on used to tie on them."""
    return [Problem("pandera", "dataset/curated/events/one.yaml", 7, f"events/E000009/{f}/src{n}", "record_id",
                    "evidence-record-unknown", "evidence: names a record that does not exist")
            for f in ("date_start", "date_end", "date_precision") for n in range(count)]


def test_problems_print_in_one_order_whatever_order_they_were_found_in(capsys):
    problems = _same_but_record(3) + [Problem("curated", "a.yaml", None, "X", None, "bad-structure", "m")]
    outputs = set()
    for seed in range(8):
        shuffled = problems[:]
        random.Random(seed).shuffle(shuffled)
        render(shuffled)  # not a terminal: one plain line per problem, on stderr
        outputs.add((capsys.readouterr().err, to_json(shuffled),
                     tuple(ProblemsFound(shuffled).problems), tuple(ordered(shuffled))))
    assert len(outputs) == 1


def test_the_order_is_on_the_full_key():
    a = Problem("pandera", "f.yaml", 3, "R2", "date_start", "c", "m")
    b = Problem("pandera", "f.yaml", 3, "R1", "date_start", "c", "m")
    assert ordered([a, b]) == ordered([b, a]) == [b, a]


def _several_problems_of_one_record(root: Path) -> None:
    text = _event_file(root).read_text(encoding="utf-8")
    text = text.replace("start: '2024-01-01'", "start: '2024-01-02'").replace("event_type: meeting",
                                                                              "event_type: meetng")
    text = text.replace("actor_id: some-minister", "actor_id: nobody-known")
    _event_file(root).write_text(text, encoding="utf-8")


@pytest.mark.parametrize("cache", [[], ["--no-cache"]])
def test_build_prints_the_same_lines_in_the_same_order_on_every_run(root, cache):
    _several_problems_of_one_record(root)
    outs = []
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-m", "pakiran_events", "build", "--root", str(root),
                               "--format", "json", *cache], capture_output=True, text=True, env=env)
        assert done.returncode == 1, done.stderr
        outs.append(done.stdout)
    assert len(json.loads(outs[0])) >= 3
    assert outs[0] == outs[1] == outs[2]


# -- b. a mapping among the aliases --------------------------------------------------------------
def test_a_mapping_among_aliases_is_named_as_that_item(root):
    path = _curated(root) / "actors.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("- S. Minister", "- S. Minister\n  - {a: 1}", 1),
                    encoding="utf-8")
    found = [p for p in build_problems(root) if p.field == "aliases"]
    assert len(found) == 1, found
    [p] = found
    assert p.code == "bad-structure" and p.record_id == "some-minister" and p.resource.endswith("actors.yaml")
    assert "alias 2" in p.message and "index 1" in p.message and "a mapping" in p.message
    assert "text" in p.message and "got a list" not in p.message
    assert p.row is not None


# -- c. control characters written as escapes ----------------------------------------------------
ESCAPES = ["\\0", "\\x1b", "\\e", "\\N", "\\L", "\\P", "\\x7f", "\\x9b", "\\a", "\\v", "\\f"]


@pytest.mark.parametrize("escape", ESCAPES)
@pytest.mark.parametrize("field", ["venue", "summary"])
def test_an_escaped_control_character_is_refused_with_file_line_record_field(root, escape, field):
    text = _event_file(root).read_text(encoding="utf-8")
    old = "venue: null" if field == "venue" else "summary: Two ministers met"
    new = f'{field}: "Hall{escape}Two"' if field == "venue" else f'summary: "Two{escape} ministers" # x\n  x: y'
    if field == "summary":  # replace the whole summary line
        line = next(x for x in text.splitlines() if x.strip().startswith("summary:"))
        text = text.replace(line, line.split("summary:")[0] + f'summary: "Two{escape} ministers met."')
    else:
        text = text.replace(old, new)
    _event_file(root).write_text(text, encoding="utf-8")
    found = [p for p in build_problems(root) if p.code == "control-character"]
    assert len(found) == 1, found
    [p] = found
    assert p.resource.endswith("one.yaml") and p.record_id == "E000001" and p.field == field
    assert p.row == next(n for n, x in enumerate(text.splitlines(), 1) if x.strip().startswith(f"{field}:"))
    assert "U+" in p.message


def test_a_raw_line_separator_is_refused_too(root):
    text = _event_file(root).read_text(encoding="utf-8").replace("venue: null", "venue: Hall\u2028Two")
    _event_file(root).write_text(text, encoding="utf-8")
    assert {p.code for p in build_problems(root)} == {"unreadable"}


def test_tab_is_refused_in_a_one_line_field_and_folded_in_a_summary(root, repo, tmp_path):
    text = _event_file(root).read_text(encoding="utf-8").replace("venue: null", 'venue: "Hall\\tTwo"')
    _event_file(root).write_text(text, encoding="utf-8")
    [p] = [p for p in build_problems(root) if p.code == "control-character"]
    assert p.field == "venue" and "U+0009" in p.message
    other = write_repo(tmp_path / "b", repo)
    text = _event_file(other).read_text(encoding="utf-8")
    line = next(x for x in text.splitlines() if x.strip().startswith("summary:"))
    text = text.replace(line, line.split("summary:")[0] + 'summary: "Two ministers\\tmet\\nin Quetta."')
    _event_file(other).write_text(text, encoding="utf-8")
    assert _curated_problems(other, "summary") == []


def test_a_non_breaking_space_escape_is_not_a_control_character(root):
    text = _event_file(root).read_text(encoding="utf-8").replace("venue: null", 'venue: "Hall\\_Two"')
    _event_file(root).write_text(text, encoding="utf-8")
    assert _curated_problems(root, "venue") == []


def _curated_problems(root, field: str) -> list:
    """The curated-stage problems a build of `root` reports on `field` ([] when it builds)."""
    from pakiran_events.build.build import build

    try:
        build(root)
    except ProblemsFound as exc:
        return [p for p in exc.problems if p.field == field and p.layer == "curated"]
    return []


def test_an_escaped_control_in_an_alias_or_a_sources_cell_is_refused(root):
    path = _curated(root) / "actors.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("- S. Minister", '- "S.\\x1bMinister"', 1),
                    encoding="utf-8")
    found = [p for p in build_problems(root) if p.code == "control-character"]
    assert found and all(p.resource.endswith("actors.yaml") and p.field == "alias" for p in found), found


def test_a_control_character_in_sources_csv_is_named_without_a_yaml_hint(root):
    """sources.csv is a CSV: the message must not suggest a YAML escape, while a YAML file's does."""
    path = _curated(root) / "sources.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    header = lines[0].rstrip("\r\n").split(",")
    cells = lines[1].rstrip("\r\n").split(",")
    at = header.index("outlet")
    cells[at] = cells[at][:1] + "\x07" + cells[at][1:]
    lines[1] = ",".join(cells) + "\n"
    path.write_text("".join(lines), encoding="utf-8")
    found = [p for p in build_problems(root) if p.code == "control-character"]
    assert len(found) == 1 and found[0].resource.endswith("sources.csv") and found[0].field == "outlet", found
    assert "U+0007" in found[0].message and "YAML" not in found[0].message
    text = _event_file(root).read_text(encoding="utf-8").replace("venue: null", 'venue: "Hall\\aTwo"')
    _event_file(root).write_text(text, encoding="utf-8")
    yaml_found = [p for p in build_problems(root) if p.code == "control-character" and p.field == "venue"]
    assert len(yaml_found) == 1 and "YAML" in yaml_found[0].message and "\\x07" in yaml_found[0].message


@pytest.mark.parametrize("before, after, code", [("", "\\x1b", "control-character"), ("=", "", "formula-like-value")])
def test_a_refused_actor_name_is_reported_once_on_the_name(root, before, after, code):
    """The name is also the actor's first alias; the alias row must not repeat the name's problem."""
    path = _curated(root) / "actors.yaml"
    text = path.read_text(encoding="utf-8")
    line = next(x for x in text.splitlines() if x.strip().startswith("name:"))
    name = line.split("name:", 1)[1].strip().strip('"')
    path.write_text(text.replace(line, line.split("name:")[0] + f'name: "{before}{name}{after}"', 1), encoding="utf-8")
    found = [p for p in build_problems(root) if p.code == code]
    assert len(found) == 1 and found[0].field == "name", found


@pytest.mark.parametrize("cache", [True, False])
def test_an_engagement_file_linked_from_outside_the_curated_folder_is_not_read(root, tmp_path, cache):
    """A symbolic link leading out of dataset/curated is refused before its text is read (so
    nothing of a file elsewhere reaches a problem line); a link inside the folder is read."""
    from pakiran_events.build.build import build

    build(root)
    secret = tmp_path / "elsewhere.yaml"
    secret.write_text("private words\n", encoding="utf-8")
    (_curated(root) / "events" / "linked.yaml").symlink_to(secret)
    with pytest.raises(ProblemsFound) as exc:
        build(root, cache=cache)
    found = [p for p in exc.value.problems if p.resource.endswith("linked.yaml")]
    assert [p.code for p in found] == ["unreadable"], exc.value.problems
    assert "outside" in found[0].message and "private" not in "\n".join(p.as_text() for p in exc.value.problems)


def test_a_cached_file_moved_out_and_linked_back_is_still_refused(root, tmp_path):
    """The same bytes behind a symbolic link out of the folder: the parse cache and the snapshot
    know them, yet the link is refused as on a clean build (the verdict never depends on the cache)."""
    from pakiran_events.build.build import build

    build(root)
    event = _event_file(root)
    outside = tmp_path / "moved.yaml"
    outside.write_bytes(event.read_bytes())
    event.unlink()
    event.symlink_to(outside)
    for cache in (True, False):
        with pytest.raises(ProblemsFound) as exc:
            build(root, cache=cache)
        assert [p.code for p in exc.value.problems if p.resource.endswith(event.name)] == ["unreadable"]


def test_a_folder_named_like_an_engagement_file_is_one_problem(root):
    (_curated(root) / "events" / "dir.yaml").mkdir()
    found = [p for p in build_problems(root) if p.resource.endswith("dir.yaml")]
    assert [p.code for p in found] == ["file-not-read"], found


# -- d. engagement files that are not read -------------------------------------------------------
@pytest.mark.parametrize("cache", [True, False])
@pytest.mark.parametrize("name", ["two.YAML", "two.Yml", "sub/two.yaml"])
def test_an_engagement_file_not_read_is_reported_by_name(root, name, cache):
    from pakiran_events.build.build import build

    build(root)  # a clean build first: the next one may take rows from its snapshot
    target = _curated(root) / "events" / name
    target.parent.mkdir(exist_ok=True)
    target.write_text(_event_file(root).read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(ProblemsFound) as exc:
        build(root, cache=cache)
    found = [p for p in exc.value.problems if p.code == "file-not-read"]
    assert len(found) == 1, exc.value.problems
    expected = name.split("/")[0]
    assert found[0].resource.endswith(expected) and found[0].layer == "curated"


def test_hidden_entries_in_events_are_left_alone(root):
    from pakiran_events.build.build import build

    (_curated(root) / "events" / ".one.yaml.swp").write_text("x", encoding="utf-8")
    (_curated(root) / "events" / ".git-keep").mkdir()
    build(root)
