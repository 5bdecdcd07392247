"""Build errors point at the right place and come all at once (issue 13, "Errors that point at
the right place"): a problem found after assembly names the curated file and line its value was
written in (not a row of a staging CSV the failed build deleted); curated-stage problems do not
stop validation from finding the others in the same run; a broken extracted package, a BOM and
`import-sources` with several changed texts are each named."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from mini import build_problems, mini_event, write_repo
from pakiran_events.cli import main

EVENTS = Path("dataset/curated/events")


@pytest.fixture
def root(tmp_path, repo):
    return write_repo(tmp_path, repo)


_problems = build_problems


def _second_event(root: Path, **changes) -> None:
    """A second engagement file (two.yaml) with its own event E000002, preceded by comment lines so
    that its event starts on line 3."""
    event = mini_event()
    event.update(event_id="E000002", commitments=[], **changes)
    text = "# a second engagement\n# (two comment lines first)\n" + yaml.safe_dump({"events": [event]}, sort_keys=False)
    (root / EVENTS / "two.yaml").write_text(text, encoding="utf-8")
    ledger = root / "dataset" / "curated" / "ids.csv"
    if ledger.exists():
        ledger.write_text(ledger.read_text(encoding="utf-8") + "E000002,event,\n", encoding="utf-8")


_DATE_KEYS = {"date_start": "start", "date_end": "end", "date_precision": "precision"}


def _line_of(path: Path, text: str) -> int:
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)


def test_a_validation_error_names_the_curated_file_and_line(root):
    _second_event(root, date={"start": "2024-01-02", "end": "2024-01-01", "precision": "range"})
    problems = _problems(root)
    [order] = [p for p in problems if p.code == "date-order"]
    assert order.resource == str(EVENTS / "two.yaml") and order.record_id == "E000002"
    # the field's own line (defect 2: not the record's first line, 4): its key under `date:`
    assert order.row == _line_of(root / EVENTS / "two.yaml", f"{_DATE_KEYS[order.field]}:"), order
    assert order.layer == "pandera" and order.message.startswith("events: ")
    assert not any("staging" in p.resource or p.resource.endswith(".csv") for p in problems), problems


def test_a_type_error_of_assembly_names_the_file_and_line_too(root):
    _second_event(root, date={"start": "2024-02-30", "end": "2024-02-30", "precision": "day"})
    [bad] = [p for p in _problems(root) if p.code == "type-error" and p.field == "date_start"]
    start = _line_of(root / EVENTS / "two.yaml", "start:")
    assert start > 4  # the event starts on line 4; its date's start key lies further down
    assert (bad.resource, bad.row, bad.record_id, bad.field) == (str(EVENTS / "two.yaml"), start, "E000002", "date_start")


def test_a_participant_and_an_evidence_row_point_at_their_own_lines(root):
    text = (root / EVENTS / "one.yaml").read_text(encoding="utf-8").replace("role: guest", "role: spectator")
    (root / EVENTS / "one.yaml").write_text(text, encoding="utf-8")
    [role] = [p for p in _problems(root) if p.field == "role" and p.code == "not-in-vocabulary"]
    line = next(n for n, l in enumerate(text.splitlines(), 1) if "role: spectator" in l)
    assert role.resource == str(EVENTS / "one.yaml") and role.row == line  # the field's line


def test_a_curated_problem_and_a_validation_problem_of_another_file_come_in_one_run(root):
    (root / "dataset" / "curated" / "places.yaml").write_text(
        (root / "dataset" / "curated" / "places.yaml").read_text(encoding="utf-8") + "- colour: blue\n  place_id: x\n",
        encoding="utf-8")  # curated stage: an unknown key
    _second_event(root, event_type="picnic")  # found by validation only
    found = {(Path(p.resource).name, p.field, p.code) for p in _problems(root)}
    assert ("places.yaml", "colour", "unknown-key") in found
    assert ("two.yaml", "event_type", "not-in-vocabulary") in found


def test_a_bad_cell_is_reported_once_not_again_by_validation(root):
    _second_event(root, date={"start": "2024-13-01", "end": "2024-13-01", "precision": "day"})
    problems = [p for p in _problems(root) if p.record_id == "E000002" and p.field == "date_start"]
    assert [p.code for p in problems] == ["type-error"], problems


def test_a_duplicate_event_id_names_both_files(root):
    _second_event(root)
    text = (root / EVENTS / "two.yaml").read_text(encoding="utf-8").replace("E000002", "E000001")
    (root / EVENTS / "two.yaml").write_text(text, encoding="utf-8")
    problems = _problems(root)
    dup = [p for p in problems if p.record_id == "E000001"]
    assert [p.code for p in dup] == ["duplicate-id"], problems  # once, at the copy (two.yaml sorts after one.yaml)
    assert dup[0].resource == str(EVENTS / "two.yaml") and "one.yaml" in dup[0].message, dup


def test_a_broken_extracted_package_is_named(root):
    extracted = root / "dataset" / "extracted"
    extracted.mkdir(parents=True)
    (extracted / "datapackage.json").write_text('{"resources": [{"name": "events", "path": "data/events.csv"}]}',
                                                encoding="utf-8")
    problems = _problems(root)
    assert [(p.resource, p.code) for p in problems] == [("dataset/extracted/datapackage.json", "unreadable")], problems
    result = CliRunner().invoke(main, ["build", "--root", str(root)])
    assert result.exit_code == 1 and "internal error" not in result.output


def test_a_second_bom_in_sources_is_named_as_such(root):
    sources = root / "dataset" / "curated" / "sources.csv"
    sources.write_text("\ufeff\ufeff" + sources.read_text(encoding="utf-8"), encoding="utf-8")
    problems = _problems(root)
    assert [p.code for p in problems] == ["bad-structure"], problems  # no id-dropped or foreign-key flood
    assert "byte-order mark" in problems[0].message and problems[0].row == 1


def test_a_utf16_sources_file_is_named_as_such(root):
    sources = root / "dataset" / "curated" / "sources.csv"
    sources.write_bytes(sources.read_text(encoding="utf-8").encode("utf-16"))
    [p] = [p for p in _problems(root) if p.resource.endswith("sources.csv")]
    assert p.code == "unreadable" and "UTF-16" in p.message


def test_import_sources_lists_every_changed_text(root):
    corpus = root / "corpus"
    for doc in ("alpha-20240101-talks", "gamma-20240304-talks"):
        (corpus / "docs" / f"{doc}.txt").write_text("Changed after the manifest was written.", encoding="utf-8")
    before = (root / "dataset" / "curated" / "sources.csv").read_bytes()
    result = CliRunner().invoke(main, ["import-sources", "--corpus", str(corpus), "--root", str(root), "--force"])
    assert result.exit_code == 1
    assert "2 manifest entries cannot be registered" in result.output
    assert "alpha-20240101-talks.txt: sha256" in result.output and "gamma-20240304-talks.txt: sha256" in result.output
    assert (root / "dataset" / "curated" / "sources.csv").read_bytes() == before
    assert hashlib.sha256(before).hexdigest()  # (the registry was left as it was)


def test_a_file_that_cannot_be_read_does_not_hide_a_mistake_in_another(root):
    """One engagement file that is not YAML and an unknown actor in another: both in one run
    (review: the unreadable file hid every validation problem); the references to the lost
    file's own events are not listed on top of it."""
    _second_event(root, participants=[{**mini_event()["participants"][0], "actor_id": "no-such-person"}])
    first = next(p for p in sorted((root / EVENTS).glob("*.yaml")) if p.name != "two.yaml")
    first.write_text(first.read_text(encoding="utf-8") + "  bad: [unclosed\n", encoding="utf-8")
    problems = _problems(root)
    assert any(p.code == "unreadable" and p.resource == str(EVENTS / first.name) for p in problems), problems
    unknown = [p for p in problems if p.code == "foreign-key" and p.field == "actor_id"]
    assert unknown and all(p.resource == str(EVENTS / "two.yaml") for p in unknown), problems
    assert not any(p.code == "foreign-key" and p.field in ("event_id", "parent_event_id") for p in problems), problems


def test_a_bad_place_value_is_reported_at_the_place_not_at_every_event_copying_it(root):
    """A latitude that is not a number in places.yaml: one problem there, not one per event
    file that copies the place's coordinates (review: 25 event files were blamed)."""
    places = root / "dataset" / "curated" / "places.yaml"
    text = places.read_text(encoding="utf-8")
    k = text.index("latitude:")
    end = text.index("\n", k)
    places.write_text(text[:k] + "latitude: north" + text[end:], encoding="utf-8")
    problems = _problems(root)
    latitude = [p for p in problems if p.field == "latitude"]
    assert latitude and all(p.resource.endswith("places.yaml") for p in latitude), problems
