"""A failing fixture for every validation rule and every error code of the catalogue.

Each case breaks a small valid package (built from tests/mini.py) in one way and expects its
code on the right resource, record and field. scripts/mutation_check.py disables each rule in
turn and runs these tests: a rule that can be switched off without a failure here is reported.
"""

from __future__ import annotations

import json

import pytest
import yaml
from click.testing import CliRunner

import rule_cases as rc
from mini import span, write_repo
from pakiran_events.build.build import build
from pakiran_events.cli import main
from pakiran_events.core.errors import CATALOGUE
from pakiran_events.core.problems import ProblemsFound
from pakiran_events.core.schema import load_schemas
from pakiran_events.validate import validate_package

SCHEMAS = load_schemas()
PANDERA_CASES = {**rc.PANDERA, **{f"foreign-key:{k}": v for k, v in rc.foreign_key_cases(SCHEMAS).items()},
                 **{f"missing-evidence:{k}": v for k, v in rc.missing_evidence_cases(SCHEMAS).items()}}


@pytest.fixture(scope="module")
def built(tmp_path_factory, repo):
    root = write_repo(tmp_path_factory.mktemp("built"), repo)
    build(root)
    assert validate_package(root / "datapackage.json") == []
    return root


def _validate_case(built, tmp_path, cases: dict, case: str, layer: str) -> None:
    """Break a copy of the package one way, validate one layer, expect the case's problem
    (compared without record id or field where the case names none)."""
    root = rc.copy_package(built, tmp_path / "pkg")
    brk, expected = cases[case]
    brk(root)
    found = set()
    for p in validate_package(root / "datapackage.json", (layer,)):
        found.add((p.resource if expected[0] else None, p.record_id if expected[1] else None,
                   p.field if expected[2] else None, p.code))
    assert expected in found, sorted(found)


@pytest.mark.parametrize("case", sorted(PANDERA_CASES))
def test_pandera_rule(case, built, tmp_path):
    _validate_case(built, tmp_path, PANDERA_CASES, case, "pandera")


@pytest.mark.parametrize("case", sorted(rc.INTEGRITY))
def test_integrity_rule(case, built, tmp_path):
    _validate_case(built, tmp_path, rc.INTEGRITY, case, "integrity")


@pytest.mark.parametrize("case", sorted(rc.EVIDENCE))
def test_evidence_rule(case, built, tmp_path):
    root = rc.copy_package(built, tmp_path / "pkg")
    brk, expected = rc.EVIDENCE[case]
    brk(root)
    result = CliRunner().invoke(main, ["verify-evidence", str(root), "--corpus", str(root / "corpus"), "--format", "json"])
    assert result.exit_code == 1, result.output
    found = {(p["resource"], p["record_id"], p["field"], p["code"]) for p in json.loads(result.output)}
    assert expected in found, sorted(found)


def _curated(root):
    return root / "dataset" / "curated"


def _event_file(root):
    return _curated(root) / "events" / "one.yaml"


def _with_event(root, change):
    data = yaml.safe_load(_event_file(root).read_text())
    change(data["events"][0])
    _event_file(root).write_text(yaml.safe_dump(data, sort_keys=False))


CURATED = {
    "unreadable": (lambda r: _event_file(r).write_text("events: [unclosed", encoding="utf-8"), "unreadable"),
    "missing-file": (lambda r: (_curated(r) / "sources.csv").unlink(), "missing-file"),
    "bad-structure": (lambda r: _event_file(r).write_text("events: not-a-list\n", encoding="utf-8"), "bad-structure"),
    "unknown-key": (lambda r: _with_event(r, lambda e: e.update(colour="blue")), "unknown-key"),
    "evidence-not-expected": (lambda r: _with_event(r, lambda e: e["evidence"].update(summary=[span("alpha-20240101-talks", "Quetta")])),
                              "evidence-not-expected"),
    "bad-evidence": (lambda r: _with_event(r, lambda e: e["evidence"].update(place_id=[{"src": "x", "at": [1]}])), "bad-evidence"),
    "type-error": (lambda r: _with_event(r, lambda e: e["date"].update(start="2024-13-45")), "type-error"),
    "yaml-not-allowed": (lambda r: _event_file(r).write_text(
        "events:\n- &e {event_id: E000001}\n- *e\n", encoding="utf-8"), "yaml-not-allowed"),
    "duplicate-yaml-key": (lambda r: _event_file(r).write_text(
        _event_file(r).read_text(encoding="utf-8").replace("events:", "events: []\nevents:", 1), encoding="utf-8"),
        "duplicate-yaml-key"),
    "line-break-in-value": (lambda r: _with_event(r, lambda e: e.update(venue="Hall\nTwo")), "line-break-in-value"),
    "formula-like-value": (lambda r: _with_event(r, lambda e: e.update(venue="=HYPERLINK(1)")), "formula-like-value"),
    "control-character": (lambda r: _with_event(r, lambda e: e.update(venue="Hall\x1bTwo")), "control-character"),
    "file-not-read": (lambda r: (r / "dataset" / "curated" / "events" / "two.YAML").write_text("events: []\n"),
                      "file-not-read"),
    "retired-id-reused": (lambda r: (_curated(r) / "retired.yaml").write_text("- {id: C000002, reason: test}\n"),
                          "retired-id-reused"),
}


@pytest.mark.parametrize("case", sorted(CURATED))
def test_curated_rule(case, tmp_path, repo):
    root = write_repo(tmp_path, repo)
    brk, code = CURATED[case]
    brk(root)
    with pytest.raises(ProblemsFound) as exc:
        build(root)
    assert code in {p.code for p in exc.value.problems}, exc.value.problems


def test_id_dropped(tmp_path, repo):
    root = write_repo(tmp_path, repo)
    build(root)
    _with_event(root, lambda e: e["commitments"].pop())
    with pytest.raises(ProblemsFound) as exc:
        build(root)
    assert ("commitments", "C000002", "id-dropped") in {(p.resource, p.record_id, p.code) for p in exc.value.problems}


COVERED = ({c[3] for _, c in PANDERA_CASES.values()} | {c[3] for _, c in rc.INTEGRITY.values()}
           | {c[3] for _, c in rc.EVIDENCE.values()} | {c for _, c in CURATED.values()} | {"id-dropped"})
# codes whose failing fixtures live elsewhere: per-field constraints (test_validate_cli, test_build,
# test_schema_layers_agree), the ID ledger (test_ids) and folders that cannot be written (test_write_failures)
ELSEWHERE = {"not-in-vocabulary", "pattern-mismatch", "missing-value", "duplicate-value", "duplicate-key",
             "below-minimum", "above-maximum", "length-out-of-range", "wrong-type", "schema-error", "missing-field",
             "extra-field", "id-not-allocated", "cannot-write", "folder-locked",
             "duplicate-id",  # duplicate-id: tests/test_duplicate_ids_and_lines.py
             # tests/test_rel8_inputs.py: the extractor's manifest and documents, a curated name
             "bad-doc-id", "published-not-a-date", "empty-document", "document-skipped", "format-character",
             # tests/test_extract_when17.py: a manifest basis the sources table does not know
             "published-basis-unknown",
             # tests/test_extract_dates25.py: a manifest date before the earliest year or after the latest year
             "published-out-of-range",
             # tests/test_review25_published.py: a manifest date after the run's day, kept (review M4)
             "published-in-future",
             # tests/test_robust25_manifest.py: a bytes cell that is no number, a basis named twice
             "bad-byte-count", "basis-term-repeated",
             # tests/test_review15.py: the evidence check's date-line rules (CURATION.md §4)
             "date-line-alone", "relative-date-unanchored",
             # tests/test_extract_where17.py: a meeting the extractor drops for want of a place
             "engagement-unplaced"}


def test_every_catalogued_code_has_a_failing_fixture():
    assert set(CATALOGUE) - COVERED - ELSEWHERE == set()


def test_docs_errors_md_is_the_catalogue(repo):
    from pakiran_events.core.errors import markdown

    assert (repo / "docs" / "errors.md").read_text(encoding="utf-8") == markdown()


def test_every_code_a_run_emits_is_catalogued_or_frictionless(built, tmp_path):
    """Break the package in every way at once; each code reported is defined somewhere."""
    from pakiran_events.core.errors import frictionless_codes

    root = rc.copy_package(built, tmp_path / "pkg")
    for case in ("date-order", "place-fields-differ", "host-side-differs-from-place", "party-not-at-engagement"):
        PANDERA_CASES[case][0](root)
    codes = {p.code for p in validate_package(root / "datapackage.json")}
    known = set(CATALOGUE) | {c for c, _, _ in frictionless_codes()}
    assert codes and codes <= known, codes - known
