"""The README's "Layout and data flow" section matches the tree (issue 12): every module of
src/pakiran_events/ is named there under its stage with its job, and every module it names exists."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "pakiran_events"


def layout_section(readme: str) -> str:
    return readme.split("## Layout and data flow", 1)[1].split("\n## ", 1)[0]


def named_modules(section: str) -> set[str]:
    """Paths (relative to the package) the section names: `x.py` under the bullet of stage
    `stage/` is stage/x.py; under 'entry points' it is a top-level module."""
    named = set()
    for bullet in re.split(r"\n  - ", section.split("- `src/pakiran_events/`", 1)[1].split("\n- ", 1)[0])[1:]:
        stage = re.match(r"`(\w+)/`", bullet)
        for module in re.findall(r"`(\w+\.py)`", bullet):
            named.add(f"{stage.group(1)}/{module}" if stage else module)
    return named


def tree_modules() -> set[str]:
    """Every module, less the empty stage markers (a stage's __init__.py with only a docstring)."""
    out = set()
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE).as_posix()
        if path.name == "__init__.py" and "/" in rel and path.read_text(encoding="utf-8").count("\n") <= 1:
            continue
        out.add(rel)
    return out


def test_the_layout_section_names_every_module_and_only_those(repo):
    named = named_modules(layout_section((repo / "README.md").read_text(encoding="utf-8")))
    tree = tree_modules()
    assert sorted(tree - named) == [], "modules the README's layout section does not name"
    assert sorted(named - tree) == [], "modules the README's layout section names that do not exist"


def test_the_check_sees_a_module_left_out(repo):
    section = layout_section((repo / "README.md").read_text(encoding="utf-8"))
    assert "loader/panels.py" in named_modules(section)
    assert "loader/panels.py" not in named_modules(section.replace("`panels.py`", "panels"))
