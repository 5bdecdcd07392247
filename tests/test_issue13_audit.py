"""Issue 13 ("Nothing lost, nothing let in"): every input it names, and the test that covers it.

`test_every_case_names_a_test_that_exists` keeps this checklist honest: each row's test must
exist (module::function), so a renamed or deleted test fails here. Cases without a test when
this audit was made got one, in this module (marked `here`) or in the module named, the
extraction items (time budget, name pass, workers after kill -9, Ctrl-C) included.

| # | case (issue 13) | test |
|---|---|---|
| **Data loss and corruption** | | |
| 1 | Ctrl-C at the first rename deletes the old data | test_publish_atomic::test_ctrl_c_during_the_swap_is_held_back_until_the_package_is_in_place |
| 2 | kill at the 2nd / 3rd rename: no data, or new tables under the old descriptor | test_publish_atomic::test_a_kill_at_any_file_operation_leaves_the_old_or_the_new_package |
| 3 | stale staging folders | test_publish_atomic::test_stale_staging_folders_are_removed_by_the_next_run |
| 4 | interrupted before the commit | test_publish_atomic::test_an_interruption_before_the_commit_changes_nothing_and_leaves_no_staging |
| 5 | two builds at once | test_publish_atomic::test_two_builds_at_once_leave_one_consistent_package |
| 6 | eight new-id at once | test_publish_atomic::test_eight_new_id_at_once_hand_out_eight_different_ids |
| 7 | extract into the same --out: locked | extractor (publish_validated holds the out folder's lock); test_extract_pipeline::test_extract_validates_with_every_layer_and_keeps_the_old_package_on_failure |
| 8 | misspelt `aliasses:` drops aliases | test_curated_input::test_a_misspelt_key_in_actors_is_reported_not_dropped |
| 9 | duplicate key keeps the last value | test_curated_input::test_a_duplicate_key_is_reported_with_its_line |
| 10 | empty / comments-only engagement file | test_curated_input::test_an_empty_or_comments_only_engagement_file_is_reported |
| 11 | `.yml` engagement file skipped | test_curated_input::test_a_yml_engagement_file_is_read_not_skipped |
| 12 | one alias in NFC and NFD | test_curated_input::test_an_alias_in_nfc_and_nfd_is_published_once |
| 13 | line break in a title or venue | test_curated_input::test_a_line_break_in_a_one_line_field_is_refused |
| 14 | YAML 1.1 booleans (`yes`, `NO`) | test_curated_input::test_yaml_11_booleans_are_text_as_typed |
| 15 | resolve-spans: anchor and alias | test_resolve_bad_drafts::test_a_bad_draft_is_refused_before_rewriting_and_the_file_kept |
| 16 | resolve-spans drops comments inside resolved mappings | test_resolve_roundtrip::test_comments_at_every_level_survive_and_the_result_parses; test_resolve_roundtrip::test_any_mix_of_styles_and_comments_keeps_every_comment |
| 17 | resolve-spans: nth 0, -1, 999, "2", 1.5, numeric quote | test_resolve_bad_drafts::test_a_bad_draft_is_refused_before_rewriting_and_the_file_kept |
| 18 | CRLF text: extract's spans fail verify-evidence / show / locate / resolve-spans / import-sources | test_corpus_input::test_texts_keep_crlf_and_offsets_agree_everywhere; here: test_every_command_reads_a_crlf_text_as_extract_does |
| 19 | checkout with core.autocrlf=true fails validate | here: test_data_files_survive_a_checkout_with_autocrlf |
| **Integrity and confinement** | | |
| 20 | edited Parquet loads silently | test_loader_integrity::test_an_edited_parquet_is_refused |
| 21 | truncated Parquet: unnamed polars error | test_loader_integrity::test_a_truncated_parquet_is_refused_naming_the_file |
| 22 | validate reaches the network (path, schema, dialect, profile) | test_hostile_descriptors::test_remote_references_are_refused_without_a_connection; test_offline_strace::test_validate_of_a_hostile_descriptor_makes_no_connect_call |
| 23 | manifest `file` with `..` or absolute | test_corpus_input::test_a_manifest_path_out_of_the_corpus_is_refused; here: test_show_and_evidence_refuse_a_manifest_path_out_of_the_corpus |
| 24 | symlink in docs/ pointing out | test_corpus_input::test_a_symlink_out_of_the_corpus_is_refused |
| 25 | descriptor path absolute or `..` (validate --layer pandera, verify-evidence) | test_hostile_descriptors::test_paths_outside_the_package_are_refused; here: test_verify_evidence_refuses_a_descriptor_path_out_of_the_package |
| 26 | YAML alias bomb runs build out of memory | test_curated_input::test_an_alias_bomb_is_refused_at_once; here: test_an_alias_bomb_in_a_curated_file_is_one_problem |
| 27 | CSV formula from curators | test_curated_input::test_a_formula_in_a_text_field_is_refused |
| 28 | CSV formula from a corpus manifest | here: test_a_formula_in_a_manifest_title_is_refused_by_build |
| **Extraction that one document cannot stop** (extractor) | | |
| 29 | dates that overflow (9999-12-31 + tomorrow, 0001-01-01 + yesterday, year 0) | test_corpus_input::test_extract_skips_a_document_whose_dates_overflow_and_a_changed_text |
| 30 | quadratic time on name-dense text; per-document time budget | test_extract_bounded::test_the_name_pass_is_linear_in_a_name_dense_text; test_extract_bounded::test_a_report_over_its_reading_budget_is_named_and_skipped |
| 31 | kill -9 leaves Dask workers; Ctrl-C leaves staging, exits 1 | test_extract_workers_die::test_workers_die_when_extract_is_killed; test_extract_interrupted::test_ctrl_c_during_extract_exits_130_and_keeps_the_previous_package |
| 32 | manifest sha256 never checked | test_corpus_input::test_extract_skips_a_document_whose_dates_overflow_and_a_changed_text |
| 33 | manifest without doc_id / file, with a BOM, duplicate doc_id | test_corpus_input::test_a_bad_manifest_is_one_clear_error; test_corpus_input::test_a_manifest_with_a_bom_reads; test_corpus_input::test_any_manifest_is_read_or_refused_with_one_clear_error |
| 34 | every document fails: exit 0 with an empty package | test_corpus_input::test_extract_with_every_document_failing_exits_non_zero |
| **No internal error on bad input (the 21 cases)** | | |
| 35 | an `events:` item that is null / a number | test_curated_input::test_events_of_the_wrong_shape_are_problems |
| 36 | `participants` given as a string | test_curated_input::test_events_of_the_wrong_shape_are_problems |
| 37 | dates 2024-02-30 and 2024-13-01 | test_curated_input::test_a_date_that_does_not_exist_is_a_type_error; test_build_errors::test_a_type_error_of_assembly_names_the_file_and_line_too |
| 38 | a places.yaml entry that is not a mapping | test_curated_input::test_a_place_that_is_not_a_mapping |
| 39 | a Latin-1 curated file | test_curated_input::test_a_latin1_curated_file_is_unreadable_with_its_line |
| 40 | retired.yaml malformed | test_curated_input::test_a_malformed_retired_file_is_a_problem |
| 41 | ids.csv with a BOM | test_curated_input::test_a_bom_in_the_id_ledger_and_in_sources_is_not_data |
| 42 | a non-UTF-8 or missing corpus text in verify-evidence / show / import-sources | test_corpus_input::test_a_non_utf8_text_is_named; here: test_a_missing_or_non_utf8_text_is_named_by_verify_evidence_and_import_sources, test_show_names_a_missing_text_in_one_line |
| 43 | a malformed --dictionary file | test_hostile_descriptors::test_a_malformed_dictionary_file_is_named; here: test_extract_names_a_malformed_dictionary_in_one_line |
| 44 | descriptor rows "many" / NaN, no schema, list path, empty resources, string resource, no name (info) | test_hostile_descriptors::test_malformed_descriptors_are_problems; test_hostile_descriptors::test_info_describes_a_malformed_descriptor_without_an_internal_error |
| 45 | ragged CSV row, invalid UTF-8, empty CSV (Frictionless findings kept) | test_hostile_descriptors::test_unreadable_csv_is_named_and_other_findings_kept |
| 46 | corrupt Parquet | test_hostile_descriptors::test_a_truncated_parquet_is_named |
| 47 | a broken package in dataset/extracted | test_build_errors::test_a_broken_extracted_package_is_named |
| 48 | a read-only checkout | test_write_failures::test_a_read_only_checkout_for_real; test_write_failures::test_a_read_only_checkout_simulated_is_one_catalogued_error |
| 49 | a full disk | test_write_failures::test_a_full_disk_for_real; test_write_failures::test_a_full_disk_simulated_is_one_catalogued_error |
| 50 | a descriptor with an absolute path | test_hostile_descriptors::test_paths_outside_the_package_are_refused |
| 51 | duplicate event_id: validate stops with IndexError | here: test_a_duplicate_event_id_is_listed_not_an_index_error; test_build_errors::test_a_duplicate_event_id_names_both_files |
| 52 | every other error of the run kept | test_curated_input::test_all_problems_of_several_files_are_listed_in_one_run; test_build_errors::test_a_curated_problem_and_a_validation_problem_of_another_file_come_in_one_run |
| **Errors that point at the right place** | | |
| 53 | errors after assembly cite a deleted staging CSV row | test_build_errors::test_a_validation_error_names_the_curated_file_and_line |
| 54 | curated-stage errors stop the build before validation | test_build_errors::test_a_curated_problem_and_a_validation_problem_of_another_file_come_in_one_run |
| 55 | import-sources stops at the first of two sha256 mismatches | test_build_errors::test_import_sources_lists_every_changed_text |
| 56 | a BOM in sources.csv gives id-dropped errors | test_curated_input::test_a_bom_in_the_id_ledger_and_in_sources_is_not_data; test_build_errors::test_a_second_bom_in_sources_is_named_as_such |
| **Found on the way (this audit)** | | |
| 57 | verify-evidence given one corpus folder twice repeats every error | here: test_one_corpus_folder_given_twice_is_read_once |
| 58 | positions.yaml as a bare string: a problem per character | here: test_positions_as_a_bare_text_is_one_problem |
| 59 | actors.yaml / places.yaml of any structure | here: test_any_actors_or_places_structure_is_a_catalogued_problem_or_a_build |
| 60 | scripts/agreement.py on a malformed coder-b file; "false"/"no" read as true | here: test_agreement_names_a_malformed_second_coding_in_one_line, test_agreement_reads_false_and_no_as_false |
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import rule_cases as rc
from mini import DOCS, mini_event, write_repo
from pakiran_events.build.build import build
from pakiran_events.cli import main
from pakiran_events.core.errors import CATALOGUE, frictionless_codes
from pakiran_events.core.problems import ProblemsFound

TESTS = Path(__file__).resolve().parent
A = "alpha-20240101-talks"


def test_every_case_names_a_test_that_exists():
    rows = [line for line in __doc__.splitlines() if re.match(r"\| \d+ \|", line)]
    assert [int(r.split("|")[1]) for r in rows] == list(range(1, len(rows) + 1))
    named = re.findall(r"(test_\w+)::(test_\w+)", __doc__)
    here = re.findall(r"(?:here: |, )(test_\w+)", __doc__)
    assert len(named) >= 50 and len(here) >= 10
    for module, function in named:
        source = (TESTS / f"{module}.py").read_text(encoding="utf-8")
        assert re.search(rf"^def {function}\(", source, re.M), f"{module}::{function} does not exist"
    own = (TESTS / "test_issue13_audit.py").read_text(encoding="utf-8")
    for function in here:
        assert re.search(rf"^def {function}\(", own, re.M), f"{function} is not in this module"


@pytest.fixture
def root(tmp_path, repo):
    return write_repo(tmp_path / "r", repo)


def _run(*args, cwd=None):
    return subprocess.run([str(Path(sys.executable).parent / "pakiran-events"), *map(str, args)],
                          capture_output=True, text=True, cwd=cwd, timeout=300)


def _no_internal_error(result) -> str:
    output = result.output if hasattr(result, "output") else result.stdout + result.stderr
    assert "internal error" not in output and "Traceback" not in output, output
    return output


# -- 18, 19: line endings ----------------------------------------------------------------------


def test_every_command_reads_a_crlf_text_as_extract_does(tmp_path, repo):
    """A corpus whose texts have CRLF line ends: the spans resolve-spans writes are the offsets of
    the bytes decoded as UTF-8, and verify-evidence, show-style quoting and import-sources agree."""
    root = write_repo(tmp_path / "r", repo)
    corpus = root / "corpus"
    rows = list(csv.DictReader((corpus / "manifest.csv").open(encoding="utf-8", newline="")))
    for row in rows:
        path = corpus / row["file"]
        data = path.read_bytes().replace(b" The ministers", b"\r\nThe ministers").replace(b" Officials", b"\r\nOfficials")
        path.write_bytes(data)
        row["sha256"], row["bytes"] = hashlib.sha256(data).hexdigest(), str(len(data))
    with (corpus / "manifest.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    result = CliRunner().invoke(main, ["import-sources", "--corpus", str(corpus), "--root", str(root), "--force"])
    assert result.exit_code == 0, result.output
    text = (corpus / "docs" / f"{A}.txt").read_bytes().decode("utf-8")
    assert "\r\n" in text
    registry = {r["source_id"]: r for r in csv.DictReader((root / "dataset/curated/sources.csv").open(encoding="utf-8"))}
    assert int(registry[A]["char_length"]) == len(text)
    draft = root / "dataset" / "curated" / "events" / "one.yaml"
    event = mini_event()
    event["evidence"]["event_type"] = [{"src": A, "quote": "met in Quetta"}]
    event["evidence"]["date"] = [{"src": A, "quote": " date 2024-01-01\r\nThe"}, {"src": A, "quote": "on Monday"}]
    for person in event["participants"]:
        person["evidence"] = [{"src": A, "quote": "S. Minister" if person["role"] == "host" else "Other Minister"}]
    event["commitments"][0]["evidence"] = [{"src": A, "quote": "agreed to share intelligence"}]
    event["commitments"][1]["evidence"] = [{"src": "beta-undated-talks", "quote": "agreed to open border markets"}]
    event["evidence"]["place_id"] = [{"src": A, "quote": "Quetta"}]
    draft.write_text(yaml.safe_dump({"events": [event]}, sort_keys=False), encoding="utf-8")
    result = CliRunner().invoke(main, ["resolve-spans", str(draft), str(draft), "--force", "--corpus", str(corpus)])
    assert result.exit_code == 0, result.output
    resolved = yaml.safe_load(draft.read_text(encoding="utf-8"))["events"][0]["evidence"]["date"][0]
    start, end = resolved["at"]
    assert text[start:end] == " date 2024-01-01\r\nThe"
    build(root)
    result = CliRunner().invoke(main, ["verify-evidence", str(root), "--corpus", str(corpus), "--no-strict"])
    assert result.exit_code == 0, result.output


def test_data_files_survive_a_checkout_with_autocrlf(tmp_path, repo):
    """.gitattributes keeps git from converting data files' line endings (Git for Windows sets
    core.autocrlf=true): a clone made so has the data files byte for byte."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    src = tmp_path / "src"
    (src / "dataset" / "data").mkdir(parents=True)
    shutil.copy(repo / ".gitattributes", src / ".gitattributes")
    files = {"dataset/data/events.csv": b"event_id,venue\nE000001,Hall\n", "datapackage.json": b'{\n  "resources": []\n}\n',
             "notes.md": b"a\nb\n"}
    for name, data in files.items():
        (src / name).write_bytes(data)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "init.defaultBranch=main"]
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "data"]):
        subprocess.run([*git, "-C", str(src), *args], check=True, capture_output=True)
    subprocess.run(["git", "-c", "core.autocrlf=true", "clone", "-q", str(src), str(tmp_path / "clone")], check=True,
                   capture_output=True)
    clone = tmp_path / "clone"
    assert (clone / "dataset/data/events.csv").read_bytes() == files["dataset/data/events.csv"]
    assert (clone / "datapackage.json").read_bytes() == files["datapackage.json"]
    assert (clone / "notes.md").read_bytes() == b"a\r\nb\r\n"  # the check can fail: other text is converted


# -- 23, 25, 26, 28: confinement, aliases, formulas -------------------------------------------


def test_show_and_evidence_refuse_a_manifest_path_out_of_the_corpus(corpus_dir, tmp_path):
    import pakiran_events as pe

    corpus = tmp_path / "corpus"
    shutil.copytree(corpus_dir, corpus)
    doc = pe.evidence("E000002", "venue")["source_id"][0]
    secret = tmp_path / "secret.txt"
    secret.write_text("not for quoting " * 50, encoding="utf-8")
    rows = list(csv.DictReader((corpus / "manifest.csv").open(encoding="utf-8", newline="")))
    for row in rows:
        if row["doc_id"] == doc:
            row["file"] = str(secret)
    with (corpus / "manifest.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    with pytest.raises(ValueError, match="absolute path"):
        pe.evidence("E000002", "venue", corpus=corpus)
    result = _run("show", "E000002", "--field", "venue", "--corpus", corpus)
    output = _no_internal_error(result)
    assert result.returncode == 1 and "absolute path" in output and "not for quoting" not in output


def test_verify_evidence_refuses_a_descriptor_path_out_of_the_package(root, tmp_path):
    build(root)
    outside = tmp_path / "outside.csv"
    shutil.copy(root / "dataset" / "data" / "evidence.csv", outside)
    desc = rc.descriptor(root)
    rc.resource(desc, "evidence")["path"] = str(outside)
    rc.save_descriptor(root, desc)
    result = CliRunner().invoke(main, ["verify-evidence", str(root), "--corpus", str(root / "corpus")])
    output = _no_internal_error(result)
    assert result.exit_code == 1 and "path-outside-package" in output


def test_an_alias_bomb_in_a_curated_file_is_one_problem(root):
    levels = ["events:", "- event_id: &a0 [x, x, x, x, x, x, x, x, x]"]
    levels += [f"  k{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    (root / "dataset" / "curated" / "events" / "one.yaml").write_text("\n".join(levels) + "\n", encoding="utf-8")
    with pytest.raises(ProblemsFound) as exc:
        build(root)
    bomb = [p for p in exc.value.problems if p.code == "yaml-not-allowed"]
    assert len(bomb) == 1 and bomb[0].resource.endswith("one.yaml") and bomb[0].row is not None


def test_a_formula_in_a_manifest_title_is_refused_by_build(root):
    corpus = root / "corpus"
    rows = list(csv.DictReader((corpus / "manifest.csv").open(encoding="utf-8", newline="")))
    rows[0]["title"] = "=HYPERLINK(\"https://example.org\")"
    with (corpus / "manifest.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    assert CliRunner().invoke(main, ["import-sources", "--corpus", str(corpus), "--root", str(root),
                                     "--force"]).exit_code == 0
    with pytest.raises(ProblemsFound) as exc:
        build(root)
    found = [(Path(p.resource).name, p.row, p.record_id, p.field, p.code) for p in exc.value.problems]
    assert ("sources.csv", 2, rows[0]["doc_id"], "title", "formula-like-value") in found, found


# -- 42, 43, 51: no internal error --------------------------------------------------------------


def test_a_missing_or_non_utf8_text_is_named_by_verify_evidence_and_import_sources(root):
    build(root)
    corpus = root / "corpus"
    (corpus / "docs" / f"{A}.txt").unlink()
    (corpus / "docs" / "beta-undated-talks.txt").write_bytes(DOCS["beta-undated-talks"].encode("latin-1") + b"\xe9")
    result = CliRunner().invoke(main, ["verify-evidence", str(root), "--corpus", str(corpus), "--format", "json"])
    _no_internal_error(result)
    assert result.exit_code == 1
    unreadable = {p["record_id"] for p in json.loads(result.output) if p["code"] == "source-unreadable"}
    assert unreadable == {A, "beta-undated-talks"}
    result = CliRunner().invoke(main, ["import-sources", "--corpus", str(corpus), "--root", str(root), "--force"])
    output = _no_internal_error(result)
    assert result.exit_code == 1 and "2 manifest entries cannot be registered" in output
    assert f"{A}.txt" in output and "beta-undated-talks" in output


def test_show_names_a_missing_text_in_one_line(corpus_dir, tmp_path):
    import pakiran_events as pe

    corpus = tmp_path / "corpus"
    shutil.copytree(corpus_dir, corpus)
    doc = pe.evidence("E000002", "venue")["source_id"][0]
    row = next(r for r in csv.DictReader((corpus / "manifest.csv").open(encoding="utf-8")) if r["doc_id"] == doc)
    (corpus / row["file"]).unlink()
    result = _run("show", "E000002", "--field", "venue", "--corpus", corpus)
    output = _no_internal_error(result)
    assert result.returncode == 1 and len(output.strip().splitlines()) == 1 and row["file"].split("/")[-1] in output


def test_extract_names_a_malformed_dictionary_in_one_line(root, tmp_path):
    bad = tmp_path / "d.yaml"
    bad.write_text("titles: [unclosed", encoding="utf-8")
    result = _run("extract", "--corpus", root / "corpus", "--out", tmp_path / "out", "--scheduler", "synchronous",
                  "--dictionary", bad)
    output = _no_internal_error(result)
    assert result.returncode == 1 and "d.yaml" in output.strip().splitlines()[-1]


def test_a_duplicate_event_id_is_listed_not_an_index_error(root):
    from pakiran_events.validate import validate_package

    build(root)
    header, data = rc.rows(root / "dataset" / "data" / "events.csv")
    rc.write(root / "dataset" / "data" / "events.csv", header, data + [dict(data[0])])
    problems = validate_package(root / "datapackage.json")
    known = set(CATALOGUE) | {c for c, _, _ in frictionless_codes()}
    assert {p.code for p in problems} <= known
    assert any(p.code in ("duplicate-value", "primary-key") and p.record_id == data[0]["event_id"] for p in problems)
    result = CliRunner().invoke(main, ["validate", str(root)])
    _no_internal_error(result)
    assert result.exit_code == 1


# -- 57-60: found on the way ------------------------------------------------------------------


def test_one_corpus_folder_given_twice_is_read_once(root, tmp_path):
    build(root)
    (root / "corpus" / "docs" / f"{A}.txt").write_text("Changed.", encoding="utf-8")
    (tmp_path / "again").symlink_to(root / "corpus")
    args = ["verify-evidence", str(root), "--format", "json"]
    once = CliRunner().invoke(main, [*args, "--corpus", str(root / "corpus")])
    twice = CliRunner().invoke(main, [*args, "--corpus", str(root / "corpus"), "--corpus", str(tmp_path / "again")])
    assert once.exit_code == twice.exit_code == 1
    problems = json.loads(once.output)
    assert problems and json.loads(twice.output[twice.output.index("["):]) == problems
    assert "reading it once" in twice.output


def test_positions_as_a_bare_text_is_one_problem(root):
    (root / "dataset" / "curated" / "positions.yaml").write_text("a minister since 2023\n", encoding="utf-8")
    with pytest.raises(ProblemsFound) as exc:
        build(root)
    positions = [p for p in exc.value.problems if p.resource.endswith("positions.yaml")]
    assert [(p.code, p.field) for p in positions] == [("bad-structure", "positions")], positions


names = st.sampled_from(["actor_id", "name", "actor_type", "country_iso3", "aliases", "aliasses", "place_id",
                         "latitude", "longitude", "coordinate_precision", "geonames_id", "wikidata"])
leaves = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=6),
                   st.sampled_from(["some-minister", "quetta", "person", "PAK", "city", "=1+1", "a\nb", "yes"]))
shapes = st.recursive(leaves, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                      st.dictionaries(names, inner, max_size=5)), max_leaves=10)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@example(which="actors.yaml", doc=[{"actor_id": "some-minister", "name": []}])  # was a TypeError (unhashable)
@given(which=st.sampled_from(["actors.yaml", "places.yaml"]),
       doc=st.one_of(shapes, st.lists(st.dictionaries(names, leaves, max_size=6), max_size=3)))
def test_any_actors_or_places_structure_is_a_catalogued_problem_or_a_build(root, which, doc):
    """Catalogued problems or a success, never an exception (what would be an internal error)."""
    from pakiran_events.build.assemble import assemble

    path = root / "dataset" / "curated" / which
    original = path.read_text(encoding="utf-8")
    try:
        path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
        _, problems = assemble(root)
        assert all(p.code in CATALOGUE for p in problems), problems
    finally:
        path.write_text(original, encoding="utf-8")


def _agreement(root: Path, files: dict[str, str], sample: list[str]):
    folder = root / "double"
    (folder / "coder-b").mkdir(parents=True)
    (folder / "sample.csv").write_text("doc_id\n" + "".join(f"{d}\n" for d in sample), encoding="utf-8")
    for name, text in files.items():
        (folder / "coder-b" / f"{name}.yaml").write_text(text, encoding="utf-8")
    return subprocess.run([sys.executable, str(TESTS.parent / "scripts" / "agreement.py"),
                           "--package", str(root / "datapackage.json"), "--double", str(folder)],
                          capture_output=True, text=True, timeout=300)


GOOD = (f"doc_id: {A}\nreports_engagement: true\nevents:\n- key: m1\n  event_type: meeting\n"
        "  date_start: 2024-01-01\n  date_end: 2024-01-01\n  date_precision: day\n  city: Quetta\n"
        "  participants:\n  - {name: Some Minister, role: host}\n  commitments: []\n")


@pytest.mark.parametrize("text, words", [
    ("- just a list\n", "expected a mapping"),
    (GOOD.replace("  participants:\n  - {name: Some Minister, role: host}\n", "  participants: Some Minister\n"),
     "event m1: field participants"),
    (GOOD.replace("{name: Some Minister, role: host}", "{role: host}"), "event m1: participant 1: field name"),
    (GOOD.replace("commitments: []", "commitments:\n  - {type: other, parties: PAK}"),
     "event m1: commitment 1: field parties"),
    (GOOD.replace("reports_engagement: true", "reports_engagement: maybe"), "field reports_engagement"),
    (GOOD + "events: []\n", "given twice"),
    (GOOD.replace("- key: m1", "- key: &k m1").replace("event_type: meeting", "event_type: *k"), "alias"),
])
def test_agreement_names_a_malformed_second_coding_in_one_line(root, text, words):
    build(root)
    result = _agreement(root, {A: text}, [A])
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert lines[0].startswith(f"agreement: {root / 'double' / 'coder-b' / A}.yaml") and words in lines[0], lines


@pytest.mark.parametrize("value", ["false", '"false"', "no", "No", "'no'"])
def test_agreement_reads_false_and_no_as_false(root, value):
    build(root)
    text = f"doc_id: {A}\nreports_engagement: {value}\nevents: []\n"
    result = _agreement(root, {A: text}, [A])
    assert result.returncode == 0, result.stderr
    row = next(line for line in result.stdout.splitlines() if line.startswith("| reports an engagement |"))
    assert row.split("|")[3].strip() == "0.000"  # the first coder says yes, the second (as typed) no
