"""datapackage.json is read in one place, core.packages (issue 12, item 3): the loader,
validation, publishing, the command line and the scripts call it, so a descriptor that cannot be
read gets the same one-line reason everywhere."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from pakiran_events.core.packages import DescriptorError, descriptor_of, read_descriptor

REPO = Path(__file__).resolve().parents[1]
# JSON parsed elsewhere, and what it is (none of it a package descriptor). extract/ is left to the
# extractor's issue (it reads the gazetteer's JSON).
OTHER_JSON = {
    "src/pakiran_events/core/packages.py": "the descriptor reader itself",
    "src/pakiran_events/core/schema.py": "the Table Schemas in schemas/",
    "src/pakiran_events/publish/package.py": "the publishing journal",
    "src/pakiran_events/build/snapshot.py": "the assembly snapshot's header (its files' digests)",
    "src/pakiran_events/build/published.py": "the record of what the last cached build published",
    "scripts/mutation_check.py": "the validate command's --format json output",
    "src/pakiran_events/validate/descriptor_cache.py": "the remembered verdicts' own entries (the descriptor is parsed by core.packages.parse_descriptor)",
    "scripts/readme_figures.py": "the notebook's cells (.ipynb) and a PNG's Description fingerprint (the package is loaded by the notebook's own pe.load)",
}


def _json_parsers() -> set[str]:
    found = set()
    for folder in ("src", "scripts", "bench"):
        for path in (REPO / folder).rglob("*.py"):
            rel = path.relative_to(REPO).as_posix()
            if rel.startswith("src/pakiran_events/extract/"):
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                        and node.func.attr in ("load", "loads") and isinstance(node.func.value, ast.Name)
                        and node.func.value.id == "json"):
                    found.add(rel)
    return found


def test_only_core_packages_parses_a_descriptor():
    assert _json_parsers() - set(OTHER_JSON) == set(), "read datapackage.json with core.packages.read_descriptor"


def test_a_folder_or_its_descriptor_is_read(tmp_path):
    (tmp_path / "datapackage.json").write_text('{"name": "p", "resources": []}', encoding="utf-8")
    assert descriptor_of(tmp_path) == tmp_path / "datapackage.json"
    assert read_descriptor(tmp_path) == read_descriptor(tmp_path / "datapackage.json") == {"name": "p", "resources": []}


@pytest.mark.parametrize("text,error,reason", [
    (None, FileNotFoundError, "no datapackage.json here"),
    ("{not json", DescriptorError, "not a readable JSON descriptor"),
    (b"\xff\xfe{}", DescriptorError, "not a readable JSON descriptor"),
    ('["a list"]', DescriptorError, "no 'resources' list"),
    ('{"resources": {}}', DescriptorError, "no 'resources' list"),
])
def test_a_bad_descriptor_gets_one_line_naming_the_file(tmp_path, text, error, reason):
    path = tmp_path / "datapackage.json"
    if isinstance(text, bytes):
        path.write_bytes(text)
    elif text is not None:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(error) as caught:
        read_descriptor(tmp_path)
    assert reason in str(caught.value) and str(tmp_path) in str(caught.value) and "\n" not in str(caught.value)


def test_shape_false_leaves_the_shape_to_the_caller(tmp_path):
    (tmp_path / "datapackage.json").write_text('["a list"]', encoding="utf-8")
    assert read_descriptor(tmp_path, shape=False) == ["a list"]
