"""Every error a user can cause on the command line ends in one clear line, never a traceback;
piped output is one plain line per problem, naming the bad value. The bad-input cases run the
click command in process (CliRunner); one test runs the installed console script itself."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from pakiran_events.cli import main

SCRIPT = str(Path(sys.executable).parent / "pakiran-events")


def _run(*args, cwd=None):
    """The console script in a process of its own (what a user runs)."""
    return subprocess.run([SCRIPT, *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=120)


def _invoke(monkeypatch, *args, cwd):
    """The click command in this process, run from `cwd`; an exception that escapes the command
    (a traceback for the user) fails the test that called it."""
    monkeypatch.chdir(cwd)
    result = CliRunner().invoke(main, [str(a) for a in args], prog_name="pakiran-events")
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


@pytest.fixture(scope="module")
def not_a_corpus(tmp_path_factory):
    return tmp_path_factory.mktemp("empty")


BAD = {
    "validate: no package here": (["validate", "{empty}"], "no datapackage.json here"),
    "validate: a missing path": (["validate", "{empty}/nope"], "does not exist"),
    "validate: an unknown layer": (["validate", "--layer", "nope"], "'nope' is not one of"),
    "validate: not JSON": (["validate", "{junk}"], "not a readable JSON descriptor"),
    "verify-evidence: no manifest": (["verify-evidence", "--corpus", "{empty}"], "no manifest.csv"),
    "info: no package": (["info", "{empty}"], "no datapackage.json here"),
    "locate: no manifest": (["locate", "doc", "phrase", "--corpus", "{empty}"], "no manifest.csv"),
    "show: no manifest": (["show", "E000001", "--corpus", "{empty}"], "no manifest.csv"),
    "extract: no manifest": (["extract", "--corpus", "{empty}", "--out", "{empty}/out"], "no manifest.csv"),
    "evaluate: no package": (["evaluate", "--gold", "{empty}", "--pred", "{empty}"], "no datapackage.json"),
    "build: outside a checkout": (["build"], "not inside a pakiran-events checkout"),
    "import-sources: outside a checkout": (["import-sources", "--corpus", "{empty}"], "not inside a pakiran-events checkout"),
    "resolve-spans: not a curated file": (["resolve-spans", "{junk}", "{empty}/x.yaml", "--corpus", "{corpus}"],
                                          "not valid YAML"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_input_ends_in_one_clear_line(case, monkeypatch, not_a_corpus, corpus_dir):
    args, expected = BAD[case]
    junk = not_a_corpus / "junk.json"
    junk.write_text("{not json: [", encoding="utf-8")
    args = [a.format(empty=not_a_corpus, junk=junk, corpus=corpus_dir) for a in args]
    result = _invoke(monkeypatch, *args, cwd=not_a_corpus)
    output = result.output.strip()
    assert result.exit_code != 0, output
    assert "Traceback" not in output, output
    assert expected in output.splitlines()[-1], output


def test_validate_and_verify_evidence_outside_a_checkout_use_the_installed_package(monkeypatch, not_a_corpus,
                                                                                  corpus_dirs):
    import pakiran_events as pe

    result = _invoke(monkeypatch, "validate", "--layer", "integrity", cwd=not_a_corpus)
    assert result.exit_code == 0 and result.output == f"{pe.descriptor_path()}: valid (integrity)\n", result.output
    result = _invoke(monkeypatch, "verify-evidence", *[a for d in corpus_dirs for a in ("--corpus", d)],
                     cwd=not_a_corpus)
    assert result.exit_code == 0 and "match the corpus texts" in result.output, result.output


def test_piped_validate_prints_one_plain_line_per_problem_with_the_bad_values(repo_copy):
    path = repo_copy / "dataset" / "data" / "events.csv"
    rows = list(csv.reader(path.open(encoding="utf-8")))
    header = rows[0]
    rows[1][header.index("event_type")] = "picnic"
    rows[2][header.index("date_precision")] = "fortnight"
    csv.writer(path.open("w", encoding="utf-8", newline=""), lineterminator="\n").writerows(rows)
    result = _run("validate", repo_copy)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines[-1].endswith("problem(s)")
    assert not any(set(line) & set("│┃━─") for line in lines)  # no table borders, no wrapped cells
    picnic = [l for l in lines if "'picnic'" in l]
    # found by both layers, listed once naming both (defect 3 of the hostile review)
    assert len(picnic) == 1 and picnic[0].endswith("[frictionless, pandera]"), picnic
    assert all(" field event_type: " in l and "[E000001]" in l for l in picnic)
    assert any("'fortnight'" in l and " field date_precision: " in l for l in lines)


def test_the_console_script_names_the_extra_when_the_tools_are_missing(monkeypatch, capsys):
    import importlib.util

    from pakiran_events import cli_entry

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "frictionless" else real(name, *a))
    with pytest.raises(SystemExit) as exit_:
        cli_entry.main()
    assert exit_.value.code == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "pip install 'pakiran-events[tools]'" in err and "frictionless" in err


def test_an_unexpected_failure_is_one_line_too(monkeypatch, capsys):
    from pakiran_events import cli, cli_entry

    def broken(**kwargs):
        raise RuntimeError("something\nbroke")

    monkeypatch.setattr(cli, "main", broken)
    monkeypatch.delenv("PAKIRAN_EVENTS_DEBUG", raising=False)
    with pytest.raises(SystemExit) as exit_:
        cli_entry.main()
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error (RuntimeError): something broke" in err
