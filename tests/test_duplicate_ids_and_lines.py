"""Defects 1 and 2 of the hostile review: a copied engagement file is one problem per duplicated
record ID (naming both files and lines, the original being the one read first), not a flood of
duplicate keys for every row within it; and a problem points at the line of its field's key, a
YAML syntax error at the line the YAML library reports."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from mini import build_problems, mini_event, write_repo
from pakiran_events.cli import main
from pakiran_events.core.yaml_input import YamlInputError, load_text

EVENTS = Path("dataset/curated/events")


@pytest.fixture
def root(tmp_path, repo):
    return write_repo(tmp_path, repo)


_problems = build_problems


def _line_of(path: Path, text: str) -> int:
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)


def test_a_copied_engagement_file_is_one_problem_naming_both_files(root):
    shutil.copy(root / EVENTS / "one.yaml", root / EVENTS / "zz-copy.yaml")
    problems = _problems(root)
    assert [p.code for p in problems] == ["duplicate-id"], problems  # no duplicate-key flood of its rows
    [dup] = problems
    line = _line_of(root / EVENTS / "one.yaml", "event_id: E000001")
    assert (dup.resource, dup.row, dup.record_id, dup.field) == (str(EVENTS / "zz-copy.yaml"), line, "E000001", "event_id")
    assert f"the original at {EVENTS / 'one.yaml'} line {line}" in dup.message
    assert f"the copy at {EVENTS / 'zz-copy.yaml'} line {line}" in dup.message
    # 2 participants, 2 commitments and their evidence rows (one per field and span)
    assert re.search(r"the (\d+) rows written within it \(participants, commitments, evidence\) are not checked further",
                     dup.message), dup.message


def test_the_other_errors_of_the_run_are_still_reported(root):
    shutil.copy(root / EVENTS / "one.yaml", root / EVENTS / "zz-copy.yaml")
    event = mini_event()
    event.update(event_id="E000002", commitments=[], event_type="picnic")  # found by validation only
    (root / EVENTS / "two.yaml").write_text(yaml.safe_dump({"events": [event]}, sort_keys=False), encoding="utf-8")
    places = root / "dataset" / "curated" / "places.yaml"
    places.write_text(places.read_text(encoding="utf-8") + "- colour: blue\n  place_id: x\n", encoding="utf-8")
    found = {(Path(p.resource).name, p.record_id, p.code) for p in _problems(root)}
    assert ("zz-copy.yaml", "E000001", "duplicate-id") in found
    assert ("two.yaml", "E000002", "not-in-vocabulary") in found
    assert ("places.yaml", "x", "unknown-key") in found
    assert not {c for _, _, c in found} & {"duplicate-key", "duplicate-value", "primary-key", "unique-error"}, found


def test_a_commitment_id_given_twice_in_another_event_is_named_once(root):
    event = mini_event()
    event["event_id"] = "E000002"
    event["commitments"] = event["commitments"][:1]  # C000001 again, in another event
    (root / EVENTS / "two.yaml").write_text(yaml.safe_dump({"events": [event]}, sort_keys=False), encoding="utf-8")
    problems = _problems(root)
    dup = [p for p in problems if p.code == "duplicate-id"]
    assert [(p.resource, p.record_id, p.field) for p in dup] == [(str(EVENTS / "two.yaml"), "C000001", "commitment_id")]
    assert dup[0].row == _line_of(root / EVENTS / "two.yaml", "commitment_id: C000001")
    assert not [p for p in problems if p.code in ("duplicate-key", "duplicate-value", "primary-key", "unique-error")]


def test_a_copied_file_through_the_command_line_is_a_few_lines(root):
    shutil.copy(root / EVENTS / "one.yaml", root / EVENTS / "zz-copy.yaml")
    result = CliRunner().invoke(main, ["build", "--root", str(root)])
    assert result.exit_code == 1 and "internal error" not in result.output
    lines = [line for line in result.output.splitlines() if "duplicate" in line]
    assert len(lines) == 1 and "one.yaml" in lines[0] and "zz-copy.yaml" in lines[0], result.output


# -- defect 2: lines ---------------------------------------------------------------------------


def test_an_unknown_key_points_at_its_own_line(root):
    path = root / EVENTS / "one.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("  venue: null", "  venue: null\n  colour: blue"),
                    encoding="utf-8")
    [p] = [p for p in _problems(root) if p.code == "unknown-key"]
    assert (p.field, p.row) == ("colour", _line_of(path, "colour: blue"))


def test_a_formula_like_summary_points_at_the_summary_line(root):
    path = root / EVENTS / "one.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"summary: .*", "summary: =1+1", text), encoding="utf-8")
    [p] = [p for p in _problems(root) if p.code == "formula-like-value"]
    assert (p.field, p.row) == ("summary", _line_of(path, "summary: =1+1"))


def test_a_pattern_error_found_by_validation_points_at_the_field(root):
    path = root / EVENTS / "one.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("commitment_id: C000002", "commitment_id: C2"),
                    encoding="utf-8")
    found = [p for p in _problems(root) if p.record_id == "C2" and p.field == "commitment_id"]
    assert found and {p.row for p in found} == {_line_of(path, "commitment_id: C2")}, found


@pytest.mark.parametrize("text", [
    "a: 1\nb: [x, y\nc: 2\n",  # an unclosed bracket: found at the next token (line 3), opened on line 2
    "a: 1\nb: \"open quote\nc: 2\n",
    "a: 1\n b: 2\nc: 3\n",
    "a: 1\nb: c: d\n",
    "a: 1\r\nb: c: d\r\n",
    "x:\n  - a\n - b\n",
])
def test_a_syntax_error_is_reported_at_the_line_the_yaml_library_reports(text):
    """The library's marks count from 0 and its message from 1; ours gives its 1-based line."""
    try:
        yaml.compose(text, Loader=yaml.BaseLoader)
    except yaml.YAMLError as exc:
        library_line = int(re.findall(r"line (\d+), column", str(exc))[-1])  # its problem's line (1-based)
        context = getattr(exc, "context_mark", None)
    else:
        pytest.fail("the fixture is valid YAML")
    with pytest.raises(YamlInputError) as ours:
        load_text(text)
    assert ours.value.line == library_line
    if context is not None and context.line + 1 != library_line:
        assert f"opened on line {context.line + 1}" in str(ours.value)


def test_an_unclosed_bracket_in_a_curated_file_names_both_lines(root):
    path = root / EVENTS / "one.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("event_type: meeting", "event_type: [meeting"), encoding="utf-8")
    [p] = _problems(root)
    opened = _line_of(path, "event_type: [meeting")
    assert p.code == "unreadable" and p.row >= opened and f"opened on line {opened}" in p.message, p
