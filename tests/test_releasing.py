"""Defect 7 of the hostile review: RELEASING.md's rebuild step is the README's first block (both
corpus folders), and it names the generated documents and the checks CI runs."""

from __future__ import annotations

import re


def _block(readme: str, n: int) -> str:
    return re.findall(r"^```sh\n(.*?)^```$", readme, flags=re.S | re.M)[n - 1]


def test_releasing_rebuilds_as_the_readme_first_block_does(repo):
    releasing = (repo / "RELEASING.md").read_text(encoding="utf-8")
    block = _block((repo / "README.md").read_text(encoding="utf-8"), 1).replace(".venv/bin/", "")
    commands = [c.strip() for c in block.split("&&") if c.strip().startswith("pakiran-events ")]
    assert len(commands) >= 5, commands
    for command in commands:
        assert command in releasing, f"RELEASING.md lacks the README's `{command}`"
    for folder in set(re.findall(r"--corpus (\S+)", block)):
        assert releasing.count(f"--corpus {folder}") >= 2, folder  # extract and verify-evidence
    assert "corpus-wave2" in releasing


def test_releasing_names_the_generated_documents_and_ci(repo):
    releasing = (repo / "RELEASING.md").read_text(encoding="utf-8")
    ci = (repo / ".ci" / "run").read_text(encoding="utf-8")
    for step in ("python scripts/readme_tables.py", "python scripts/datasheet.py", "pakiran-events errors > docs/errors.md",
                 "python -m pytest -q", "bash .ci/run", "pakiran-events archive"):
        assert step in releasing, step
    for script in set(re.findall(r"scripts/\w+\.py", ci)):
        assert "bash .ci/run" in releasing, script  # what CI runs besides is covered by running it
