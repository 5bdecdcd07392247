"""The README and the notebook say true things: the notebook runs, the table counts are real."""

from __future__ import annotations

import json
import re

import pakiran_events as pe


def test_notebook_code_cells_run(repo, tmp_path, monkeypatch):
    """The notebook runs and draws both figures (here into a temporary folder, so the test
    leaves the README's images alone; run the notebook in the repo to refresh them)."""
    nb = json.loads((repo / "notebooks" / "quickstart.ipynb").read_text())
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            exec("".join(cell["source"]), namespace)  # noqa: S102 - our own notebook
    assert namespace["events"].height == pe.load("events").height
    # the panel and the ICEWS-style join use the new API only
    assert namespace["panel"].equals(pe.dyad_years()) and namespace["panel"].columns[:3] == ["ccode1", "ccode2", "year"]
    matched = namespace["matched"]["matched_events"].to_list()
    assert [bool(m) for m in matched] == [True, True, True, False], matched
    drawn = sorted(p.name for p in (tmp_path / "docs" / "figures").glob("*.png"))
    assert drawn == ["dyad_years.png", "network.png", "timeline.png"]
    for name in drawn:
        assert (repo / "docs" / "figures" / name).is_file(), f"the README shows docs/figures/{name}"


def test_readme_notebook_example_runs(repo, tmp_path, monkeypatch):
    readme = (repo / "README.md").read_text()
    code = re.search(r"```python\n(.*?)```", readme, re.S).group(1)
    monkeypatch.chdir(tmp_path)  # the example writes files (engagements.csv): never into the checkout
    exec(code, {})  # noqa: S102
    assert (tmp_path / "engagements.csv").is_file()


def test_readme_row_counts_match_the_package(repo):
    readme = (repo / "README.md").read_text()
    desc = json.loads((repo / "datapackage.json").read_text())
    for r in desc["resources"]:
        match = re.search(rf"^\| `{r['name']}` \| (\d+) \|", readme, re.M)
        assert match, r["name"]
        assert int(match.group(1)) == r["rows"], r["name"]


def test_readme_first_blocks_are_setup_and_tests(repo):
    blocks = re.findall(r"```sh\n(.*?)```", (repo / "README.md").read_text(), re.S)
    assert "pakiran-events build" in blocks[0] and "pip install" in blocks[0]
    assert blocks[1].strip() == ".venv/bin/python -m pytest -q"


def test_readme_and_changelog_name_the_current_version(repo):
    readme = (repo / "README.md").read_text()
    assert f"Release {pe.__version__} " in readme and f"version {pe.__version__} (" in readme
    assert f"| rows ({pe.__version__}) |" in readme
    entries = (repo / "CHANGELOG.md").read_text().split("\n## ")[1:]
    released = [e for e in entries if not e.startswith("Unreleased")]  # the next release's notes may lead
    assert released[0].startswith(pe.__version__)


def test_generated_readme_tables_and_datasheet_are_current(repo, corpus_dirs):
    """The README's coverage and blind-run tables and docs/DATASHEET.md come from the package."""
    import subprocess
    import sys

    for script in ("scripts/readme_tables.py", "scripts/datasheet.py"):
        out = subprocess.run([sys.executable, script, "--check"], cwd=repo, capture_output=True, text=True)
        assert out.returncode == 0, script + ": " + out.stderr


def test_the_datasheet_states_the_release_version(repo):
    """docs/DATASHEET.md goes into the DOI archive: its title and its distribution answer name the
    release (a generator once read a blank version from `_version.py`'s docstring quote)."""
    from pakiran_events import __version__

    text = (repo / "docs" / "DATASHEET.md").read_text(encoding="utf-8")
    assert text.splitlines()[0] == f"# Datasheet: pakiran-events {__version__}"
    assert f"version {__version__}." in text
