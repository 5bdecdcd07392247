"""Imports sit at the top of their module (issue 12, item 6), so a reader sees a module's
dependencies in one place. A function may import a module itself only when there is a reason:

- the module is heavy: on pyproject's TID253 list (`banned-module-level-imports`, read from there:
  one source), what `import pakiran_events`, `load()` and the command line's start must not pull
  in; or
- the import is listed below with its reason (an optional extra checked for first, or an import
  cycle it breaks).

Reads the source with `ast`; needs no import of the package.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "src" / "pakiran_events"

LISTED = {
    ("cli_entry.py", "click"): "the [tools] extra: imported only after checking it is installed (a core install "
                               "has polars alone and still runs --help, --version and info)",
    ("cli_entry.py", "pakiran_events.cli"): "the full command line imports click: the same [tools] check comes first",
    ("extract/run.py", "resource"): "Unix only: the peak-memory figure is read where the platform has it",
}



def heavy_modules() -> list[str]:
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10: the one array, read as text
        block = re.search(r"banned-module-level-imports\s*=\s*\[(.*?)\]", text, re.S)
        return re.findall(r'"([^"]+)"', block.group(1))
    return tomllib.loads(text)["tool"]["ruff"]["lint"]["flake8-tidy-imports"]["banned-module-level-imports"]


def _is_heavy(module: str, heavy: list[str]) -> bool:
    return any(module == h or module.startswith(h + ".") for h in heavy)


def local_imports(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every import inside a function of the file."""
    found = set()
    for fn in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for node in ast.walk(fn):
                if isinstance(node, ast.Import):
                    found |= {(node.lineno, a.name) for a in node.names}
                elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    found.add((node.lineno, node.module))
    return sorted(found)


def unexplained_local_imports(package: Path, heavy: list[str], listed: dict, skip: tuple[str, ...] = ()) -> list[str]:
    out = []
    for path in sorted(package.rglob("*.py")):
        rel = path.relative_to(package).as_posix()
        if rel.startswith(skip):
            continue
        for line, module in local_imports(path):
            if not _is_heavy(module, heavy) and (rel, module) not in listed:
                out.append(f"{rel}:{line}: {module}")
    return out


def test_a_function_imports_only_heavy_modules_or_listed_ones():
    found = unexplained_local_imports(PACKAGE, heavy_modules(), LISTED)
    assert found == [], "move these imports to the top of their module (or list the reason here)"


def test_every_listed_import_is_still_there():
    present = {(path.relative_to(PACKAGE).as_posix(), module)
               for path in PACKAGE.rglob("*.py") for _, module in local_imports(path)}
    assert set(LISTED) <= present, sorted(set(LISTED) - present)


@pytest.mark.parametrize("body,expected", [
    ("def f():\n    import json\n", ["m.py:2: json"]),
    ("def f():\n    from pakiran_events.core import paths\n", ["m.py:2: pakiran_events.core"]),
    ("def f():\n    import polars as pl\n    from pakiran_events.build.merge import merge_extracted\n", []),
    ("import json\n\ndef f():\n    return json\n", []),
])
def test_the_check_tells_a_light_local_import_from_a_heavy_one(tmp_path, body, expected):
    (tmp_path / "m.py").write_text(body, encoding="utf-8")
    assert unexplained_local_imports(tmp_path, heavy_modules(), {}) == expected
