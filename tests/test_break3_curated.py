"""Problem lines never carry a raw control character (round 3 hostile testing): a key or record id
taken from a curated file is printed with its escape, so a key 'ven\\x07ue' is not shown as the
valid key 'venue', and an ESC in an alias does not reach the terminal."""

from __future__ import annotations

from pathlib import Path

import pytest

from mini import build_problems, write_repo
from pakiran_events.core.problems import Problem, render


@pytest.fixture
def root(tmp_path, repo):
    return write_repo(tmp_path, repo)


def _event_file(root: Path) -> Path:
    return root / "dataset" / "curated" / "events" / "one.yaml"


def test_an_unknown_key_holding_a_control_character_is_shown_escaped(root, capsys):
    text = _event_file(root).read_text(encoding="utf-8").replace("venue: null", 'venue: null\n  "ven\\aue": x', 1)
    _event_file(root).write_text(text, encoding="utf-8")
    problems = build_problems(root)
    [p] = [p for p in problems if p.code == "unknown-key"]
    assert p.field == "ven\x07ue"
    line = p.as_text()
    assert "field ven\\x07ue:" in line and "\x07" not in line
    render(problems)
    err = capsys.readouterr().err
    assert "ven\\x07ue" in err and "\x07" not in err


@pytest.mark.parametrize("raw", ["\x1b[2J", "\x00", "\u2028", "\x85", "\n"])
def test_record_and_field_are_printed_without_raw_control_characters(raw):
    p = Problem("curated", f"dataset/curated/a{raw}.yaml", 3, f"x{raw}y", f"f{raw}", "control-character", "m")
    text = p.as_text()
    assert raw not in text
    assert text.count(repr(raw)[1:-1]) == 3
