"""The README and the notebook say true things: the notebook runs, the table counts are real."""

from __future__ import annotations

import importlib.util
import json
import re
import struct
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pakiran_events as pe

REPO = Path(__file__).resolve().parents[1]


def figures_script():
    """scripts/readme_figures.py as a module: it runs the notebook and tells a stale figure."""
    spec = importlib.util.spec_from_file_location("readme_figures", REPO / "scripts" / "readme_figures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_notebook_code_cells_run_and_the_readme_figures_are_current(repo, tmp_path):
    """The notebook runs and draws the three figures (here into a temporary folder, so the test
    leaves the README's images alone), and the committed ones are what it draws now: the same
    description (package version, counts, hash of the rows drawn) and, drawn by the same matplotlib,
    the same pixels. Redraw with `python scripts/readme_figures.py`."""
    script = figures_script()
    namespace = script.run_notebook(tmp_path)
    assert namespace["events"].height == pe.load("events").height
    # the panel and the ICEWS-style join use the new API only
    assert namespace["panel"].equals(pe.dyad_years()) and namespace["panel"].columns[:3] == ["ccode1", "ccode2", "year"]
    matched = namespace["matched"]["matched_events"].to_list()
    assert [bool(m) for m in matched] == [True, True, True, False], matched
    drawn = sorted(p.name for p in (tmp_path / "docs" / "figures").glob("*.png"))
    assert drawn == sorted(script.FIGURES)
    assert script.stale(tmp_path / "docs" / "figures", repo / "docs" / "figures") == []


def test_the_committed_figures_describe_the_published_package(repo):
    """Each README figure's description names the version and the counts of the package in the
    checkout, counted here without the notebook: a figure left from an older release fails."""
    import polars as pl

    facts = {name: figures_script().description(repo / "docs" / "figures" / f"{name}.png")
             for name in ("timeline", "network", "dyad_years")}
    version = json.loads((repo / "datapackage.json").read_text(encoding="utf-8"))["version"]
    assert {f["package_version"] for f in facts.values()} == {version}
    events = pe.load("events")
    assert facts["timeline"]["engagements"] == events.filter(pl.col("parent_event_id").is_null()).height
    assert facts["timeline"]["events"] == facts["dyad_years"]["events"] == events.height
    assert facts["dyad_years"]["commitments"] == pe.load("commitments").height
    panel = pe.dyad_years()
    assert facts["dyad_years"]["years"] == panel.height
    assert facts["dyad_years"]["years_drawn"] == panel.filter(
        pl.sum_horizontal("n_visits", "n_meetings", "n_calls", "n_other_events", "n_commitments") > 0).height
    dyads = pe.dyads().filter((pl.col("event_type") == "meeting") & (pl.col("guest_side") != pl.col("host_side"))
                              & pl.col("guest_side").is_in(["PAK", "IRN"]) & pl.col("host_side").is_in(["PAK", "IRN"]))
    persons = pe.load("actors").filter(pl.col("actor_type") == "person")["actor_id"]
    met = dyads.filter(pl.col("guest_actor_id").is_in(persons.implode()) & pl.col("host_actor_id").is_in(persons.implode()))
    assert facts["network"]["meetings"] == met.height
    assert facts["network"]["officials"] == len(set(met["guest_actor_id"]) | set(met["host_actor_id"]))


def test_a_figure_of_other_data_or_other_drawing_is_named_stale(repo, tmp_path):
    """The check fails on what it should: a figure whose description differs (another release) and a
    figure with the same description but other pixels (drawn by other plotting code)."""
    import shutil

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    script = figures_script()
    committed = repo / "docs" / "figures"
    old = tmp_path / "old"
    shutil.copytree(committed, old)
    assert script.stale(committed, old) == []
    for name, change in (("network.png", {"package_version": "1.0.0"}), ("timeline.png", {})):
        facts = {**script.description(committed / name), **change}
        fig = plt.figure(figsize=(2, 1))
        fig.savefig(old / name, metadata={"Software": None, "Description": json.dumps(facts)})
        plt.close(fig)
    found = script.stale(committed, old)
    assert [line.split(":")[0] for line in found] == ["network.png", "timeline.png"], found
    assert "package_version: '1.0.0' -> " in found[0] and "other drawing" in found[1], found
    (old / "dyad_years.png").unlink()
    assert script.stale(committed, old)[0] == "dyad_years.png: not committed"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tail=st.binary(max_size=200), text=st.binary(max_size=60))
def test_reading_a_figures_description_never_fails_otherwise(tmp_path, tail, text):
    """Any bytes after a PNG signature, with or without a Description chunk: a dict or a ValueError."""
    script = figures_script()
    chunk = b"Description\0" + text
    png = tmp_path / "x.png"
    for body in (tail, struct.pack(">I4s", len(chunk), b"tEXt") + chunk + b"\0\0\0\0" + tail):
        png.write_bytes(script.PNG_SIGNATURE + body)
        try:
            assert isinstance(script.description(png), dict)
        except ValueError as exc:
            assert str(png) in str(exc)


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
