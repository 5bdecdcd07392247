"""The code layout is the data flow: a stage imports only from the stages below it, and no module
uses another module's private names. Reads the source with `ast`, so it needs no import."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "pakiran_events"
# Lowest first. A stage may import from itself and from any stage before it in this list.
LAYERS = ["core", "loader", "curate", "validate", "publish", "extract", "build", "cli"]
TOP_LEVEL = {"__init__", "__main__", "_version", "cli_entry"}  # entry points: may import any stage


def _stage(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "pakiran_events" or len(parts) < 2:
        return None
    return parts[1] if parts[1] in LAYERS else None


def _imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module, [a.name for a in node.names], node.lineno
        elif isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, [], node.lineno


def _modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        yield path, (rel.parts[0] if len(rel.parts) > 1 else rel.stem)


def layering_violations(package: Path = PACKAGE, layers: list[str] = LAYERS) -> list[str]:
    """Every import of a higher stage by a lower one, and every private name imported across modules."""
    found = []
    for path in sorted(package.rglob("*.py")):
        rel = path.relative_to(package)
        own = rel.parts[0] if len(rel.parts) > 1 else rel.stem
        for module, names, line in _imports(path):
            target = _stage(module) if module.split(".")[0] == "pakiran_events" else None
            if own in layers and target is not None and layers.index(target) > layers.index(own):
                found.append(f"{rel}:{line}: stage {own} imports the higher stage {target} ({module})")
            private = [n for n in names if n.startswith("_") and n != "__version__"]
            if module.startswith("pakiran_events") and private:
                found.append(f"{rel}:{line}: imports private {', '.join(private)} from {module}")
    return found


def test_every_module_belongs_to_a_stage():
    strays = [str(p.relative_to(PACKAGE)) for p, stage in _modules() if stage not in LAYERS and stage not in TOP_LEVEL]
    assert strays == []


def test_stages_import_only_downwards_and_no_private_names():
    assert layering_violations() == []


def test_the_check_catches_an_upward_import_and_a_private_name(tmp_path):
    (tmp_path / "core").mkdir()
    (tmp_path / "core" / "bad.py").write_text("from pakiran_events.build.assemble import assemble\n"
                                             "from pakiran_events.core.paths import _hidden\n")
    found = layering_violations(tmp_path)
    assert any("imports the higher stage build" in f for f in found)
    assert any("imports private _hidden" in f for f in found)


@pytest.mark.parametrize("stage", LAYERS)
def test_readme_layout_names_every_stage(stage):
    readme = (PACKAGE.parents[1] / "README.md").read_text(encoding="utf-8")
    assert f"`{stage}/`" in readme, f"README's layout section does not describe {stage}/"
