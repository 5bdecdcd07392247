"""validate / verify-evidence / info: exit codes and complete error lists."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

from click.testing import CliRunner

from mini import DOCS, write_repo
from pakiran_events.build.build import build
from pakiran_events.cli import main


def _edit_csv(path: Path, edit) -> None:
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    edit(rows[0], rows[1:])
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)


def _set(header, rows, i, column, value):
    rows[i][header.index(column)] = value


def test_repo_package_is_valid(repo):
    path = repo / "datapackage.json"
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 0, result.output
    assert result.output == f"{path}: valid (frictionless, pandera, integrity)\n"


def test_frictionless_alone_accepts_the_repo_package(repo):
    import frictionless

    report = frictionless.Package(str(repo / "datapackage.json")).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_broken_copy_lists_every_error(repo_copy):
    data = repo_copy / "dataset" / "data"
    _edit_csv(data / "events.csv", lambda h, r: _set(h, r, 1, "date_start", "2023-02-30"))
    _edit_csv(data / "commitments.csv", lambda h, r: _set(h, r, 0, "commitment_type", "space_cooperation"))
    _edit_csv(data / "commitments.csv", lambda h, r: _set(h, r, 2, "commitment_id", r[1][0]))
    _edit_csv(data / "participants.csv", lambda h, r: _set(h, r, 0, "actor_id", "nobody-known"))
    _edit_csv(data / "evidence.csv", lambda h, r: (_set(h, r, 0, "char_start", "99990"), _set(h, r, 0, "char_end", "99999")))
    result = CliRunner().invoke(main, ["validate", str(repo_copy), "--format", "json"])
    assert result.exit_code == 1
    reported = json.loads(result.output)
    found = {(p["layer"], p["resource"], p["row"], p["field"], p["code"]) for p in reported}
    # a violation both layers find is one line naming both (defect 3 of the hostile review)
    both = {
        ("pandera", "events", 3, "date_start", "type-error"),
        ("pandera", "commitments", 2, "commitment_type", "not-in-vocabulary"),
        ("pandera", "commitments", 4, "commitment_id", "duplicate-value"),
        ("pandera", "participants", 2, "actor_id", "foreign-key"),
    }
    expected = both | {("pandera", "evidence", 2, "char_end", "span-past-end-of-source")}
    assert expected <= found, expected - found
    assert all(p["message"].endswith("[frictionless, pandera]") for p in reported
               if (p["layer"], p["resource"], p["row"], p["field"], p["code"]) in both)
    assert not {("frictionless", "events", 3, "date_start", "type-error"),
                ("frictionless", "commitments", 2, "commitment_type", "constraint-error"),
                ("frictionless", "participants", 2, None, "foreign-key")} & found
    assert ("integrity", "events", None, None, "parquet-differs-from-csv") in found


PROBLEM_LINE = re.compile(r"^(?P<layer>[\w-]+): (?P<resource>\w+) row (?P<row>\d+) \[(?P<record>[^\]]+)\] "
                          r"field (?P<field>\w+): (?P<code>[\w-]+): (?P<message>.+)$")


def test_table_output_names_resource_row_record_field_code_and_value(repo_copy):
    _edit_csv(repo_copy / "dataset" / "data" / "events.csv", lambda h, r: _set(h, r, 0, "event_type", "picnic"))
    result = CliRunner().invoke(main, ["validate", str(repo_copy), "--layer", "pandera"])
    assert result.exit_code == 1
    *lines, total = result.output.strip().splitlines()
    parsed = [PROBLEM_LINE.match(line) for line in lines]
    assert all(parsed), result.output  # every problem on one line of the same form
    assert total == f"{len(lines)} problem(s)"
    picnic = [m.groupdict() for m in parsed if "'picnic'" in m["message"]]
    assert [(p["layer"], p["resource"], p["row"], p["record"], p["field"], p["code"]) for p in picnic] == [
        ("pandera", "events", "2", "E000001", "event_type", "not-in-vocabulary")]


def test_verify_evidence_catches_a_changed_text(tmp_path, repo):
    root = write_repo(tmp_path, repo)
    build(root)
    runner = CliRunner()
    ok = runner.invoke(main, ["verify-evidence", str(root), "--corpus", str(root / "corpus")])
    assert ok.exit_code == 0, ok.output
    doc = root / "corpus" / "docs" / "alpha-20240101-talks.txt"
    doc.write_text(DOCS["alpha-20240101-talks"].replace("Quetta", "Quetta!"), encoding="utf-8")
    bad = runner.invoke(main, ["verify-evidence", str(root), "--corpus", str(root / "corpus"), "--format", "json"])
    assert bad.exit_code == 1
    codes = {p["code"] for p in json.loads(bad.output)}
    assert codes == {"source-hash-mismatch", "span-hash-mismatch"}


def test_info_prints_version_and_row_counts(repo):
    result = CliRunner().invoke(main, ["info", str(repo / "datapackage.json")])
    assert result.exit_code == 0
    import pakiran_events as pe

    first, *tables = result.output.strip().splitlines()
    assert first.startswith(f"pakiran-events {pe.__version__} (") and first.endswith(f" - {repo / 'datapackage.json'}")
    rows = {line.split()[0]: int(line.split()[1]) for line in tables}
    assert rows == {name: pe.load(name).height for name in pe.table_names()}


def test_every_command_has_help_with_an_example():
    for name, command in main.commands.items():
        assert "Example:" in (command.help or ""), name


def test_verify_evidence_reports_an_unparseable_offset_instead_of_crashing(repo_copy, corpus_dir):
    _edit_csv(repo_copy / "dataset" / "data" / "evidence.csv", lambda h, r: _set(h, r, 0, "char_end", "ten"))
    result = CliRunner().invoke(main, ["verify-evidence", str(repo_copy), "--corpus", str(corpus_dir),
                                       "--format", "json"])
    assert result.exit_code == 1, result.output
    assert [(p["resource"], p["row"], p["field"], p["code"]) for p in json.loads(result.output)] == [
        ("evidence", 2, "char_end", "type-error")]
