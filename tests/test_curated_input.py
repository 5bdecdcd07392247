"""Bad curated input is never lost silently and never an internal error: each input of issue 13
gives a catalogued problem naming the file (and line), and the build lists all of them."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mini import mini_event, write_repo
from pakiran_events.build.build import build
from pakiran_events.core.errors import CATALOGUE
from pakiran_events.core.problems import ProblemsFound
from pakiran_events.core.yaml_input import YamlInputError, load_text


def _curated(root: Path) -> Path:
    return root / "dataset" / "curated"


def _event_file(root: Path) -> Path:
    return _curated(root) / "events" / "one.yaml"


def _problems(root: Path) -> set[tuple[str, str | None, str]]:
    with pytest.raises(ProblemsFound) as exc:
        build(root)
    for p in exc.value.problems:
        assert p.code in CATALOGUE or p.layer in ("frictionless",), p
    return {(Path(p.resource).name, p.field, p.code) for p in exc.value.problems}


@pytest.fixture
def root(tmp_path, repo):
    return write_repo(tmp_path, repo)


def test_a_misspelt_key_in_actors_is_reported_not_dropped(root):
    path = _curated(root) / "actors.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("aliases:", "aliasses:", 1), encoding="utf-8")
    assert ("actors.yaml", "aliasses", "unknown-key") in _problems(root)


def test_a_duplicate_key_is_reported_with_its_line(root):
    _event_file(root).write_text(_event_file(root).read_text(encoding="utf-8") + "events: []\n", encoding="utf-8")
    with pytest.raises(ProblemsFound) as exc:
        build(root)
    [dup] = [p for p in exc.value.problems if p.code == "duplicate-yaml-key"]
    assert dup.resource.endswith("one.yaml") and dup.row is not None and dup.row > 1


@pytest.mark.parametrize("text", ["", "# only a comment\n", "\n\n"])
def test_an_empty_or_comments_only_engagement_file_is_reported(root, text):
    (_curated(root) / "events" / "two.yaml").write_text(text, encoding="utf-8")
    assert ("two.yaml", "events", "bad-structure") in _problems(root)


def test_a_yml_engagement_file_is_read_not_skipped(root):
    event = mini_event()
    event["event_id"] = "E000001"
    _event_file(root).rename(_curated(root) / "events" / "one.yml")
    assert build(root).row_counts["events"] == 1


def test_an_alias_in_nfc_and_nfd_is_published_once(root):
    name = "Amīr Ḥusayn"
    doc = yaml.safe_load((_curated(root) / "actors.yaml").read_text(encoding="utf-8"))
    doc[1]["aliases"] = [unicodedata.normalize("NFC", name), unicodedata.normalize("NFD", name)]
    (_curated(root) / "actors.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    build(root)
    aliases = (root / "dataset" / "data" / "actor_aliases.csv").read_text(encoding="utf-8")
    assert aliases.count(unicodedata.normalize("NFC", name)) == 1 and unicodedata.normalize("NFD", name) not in aliases


@pytest.mark.parametrize("field", ["venue", "title"])
def test_a_line_break_in_a_one_line_field_is_refused(root, field):
    event = mini_event()
    if field == "venue":
        event["venue"] = "Prime Minister\nHouse"
    else:
        event["participants"][0]["title"] = "Interior\nMinister"
    _event_file(root).write_text(yaml.safe_dump({"events": [event]}), encoding="utf-8")
    assert any(f == field and c == "line-break-in-value" for _, f, c in _problems(root))


def test_yaml_11_booleans_are_text_as_typed(root):
    event = mini_event()
    text = yaml.safe_dump({"events": [event]}, sort_keys=False).replace("review_status: hand-checked",
                                                                        "review_status: yes")
    _event_file(root).write_text(text, encoding="utf-8")
    with pytest.raises(ProblemsFound) as exc:
        build(root)
    assert any("'yes'" in p.message for p in exc.value.problems if p.field == "review_status"), exc.value.problems
    assert load_text("country_iso3: NO\nflag: on") == {"country_iso3": "NO", "flag": "on"}


def test_an_alias_bomb_is_refused_at_once():
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    levels += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    with pytest.raises(YamlInputError) as exc:
        load_text("\n".join(levels))
    assert exc.value.code == "yaml-not-allowed" and exc.value.line is not None


@pytest.mark.parametrize("name, text, field", [
    ("event-null", "events:\n- null\n", "events"),
    ("event-number", "events:\n- 42\n", "events"),
    ("participants-string", None, "participants"),
])
def test_events_of_the_wrong_shape_are_problems(root, name, text, field):
    if text is None:
        event = mini_event()
        event["participants"] = "some-minister"
        text = yaml.safe_dump({"events": [event]})
    _event_file(root).write_text(text, encoding="utf-8")
    assert ("one.yaml", field, "bad-structure") in _problems(root)


@pytest.mark.parametrize("date", ["2024-02-30", "2024-13-01"])
def test_a_date_that_does_not_exist_is_a_type_error(root, date):
    event = mini_event()
    event["date"]["start"] = date
    _event_file(root).write_text(yaml.safe_dump({"events": [event]}), encoding="utf-8")
    assert any(c == "type-error" and f == "date_start" for _, f, c in _problems(root))


def test_a_place_that_is_not_a_mapping(root):
    (_curated(root) / "places.yaml").write_text("- quetta\n", encoding="utf-8")
    assert ("places.yaml", "places", "bad-structure") in _problems(root)


def test_a_latin1_curated_file_is_unreadable_with_its_line(root):
    _event_file(root).write_bytes(_event_file(root).read_bytes() + "# caf\xe9\n".encode("latin-1"))
    with pytest.raises(ProblemsFound) as exc:
        build(root)
    [bad] = [p for p in exc.value.problems if p.code == "unreadable"]
    assert "UTF-8" in bad.message and bad.row is not None


@pytest.mark.parametrize("text", ["id: E000001\n", "- [1, 2]\n", "- {id: E000001, reason: x, extra: y}\n", "[unclosed"])
def test_a_malformed_retired_file_is_a_problem(root, text):
    (_curated(root) / "retired.yaml").write_text(text, encoding="utf-8")
    codes = {c for _, _, c in _problems(root)}
    assert codes & {"bad-structure", "unreadable"}


def test_a_bom_in_the_id_ledger_and_in_sources_is_not_data(root):
    from pakiran_events.curate.ids import read_ledger

    (_curated(root) / "ids.csv").write_text("\ufeffid,kind,note\nE000001,event,\nC000001,commitment,\n"
                                            "C000002,commitment,\n", encoding="utf-8")
    assert read_ledger(root)[0]["id"] == "E000001"
    sources = _curated(root) / "sources.csv"
    sources.write_text("\ufeff" + sources.read_text(encoding="utf-8"), encoding="utf-8")
    assert build(root).row_counts["sources"] == 3


def test_a_ragged_sources_row_names_its_line(root):
    sources = _curated(root) / "sources.csv"
    sources.write_text(sources.read_text(encoding="utf-8") + "extra,row\n", encoding="utf-8")
    with pytest.raises(ProblemsFound) as exc:
        build(root)
    assert any(p.code == "bad-structure" and p.row == 5 for p in exc.value.problems), exc.value.problems


def test_a_formula_in_a_text_field_is_refused(root):
    event = mini_event()
    event["summary"] = "@SUM(A1:A9) as a summary"
    _event_file(root).write_text(yaml.safe_dump({"events": [event]}), encoding="utf-8")
    assert ("one.yaml", "summary", "formula-like-value") in _problems(root)


def test_all_problems_of_several_files_are_listed_in_one_run(root):
    (_curated(root) / "places.yaml").write_text("- quetta\n", encoding="utf-8")
    (_curated(root) / "events" / "two.yaml").write_text("events:\n- null\n", encoding="utf-8")
    found = _problems(root)
    assert ("places.yaml", "places", "bad-structure") in found and ("two.yaml", "events", "bad-structure") in found


# -- property: any YAML-ish structure in an engagement file is a catalogued problem or a success

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=8),
                    st.sampled_from(["2024-02-30", "yes", "NO", "~", "E000001", "hand-checked", "quetta"]))
keys = st.sampled_from(["events", "event_id", "date", "start", "end", "precision", "participants", "commitments",
                        "evidence", "parties", "src", "at", "sha256", "venue", "aliasses", "actor_id"])
structures = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                          st.dictionaries(keys, inner, max_size=4)), max_leaves=12)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=st.one_of(structures, st.fixed_dictionaries({"events": st.lists(structures, max_size=3)})))
def test_any_engagement_structure_is_a_catalogued_problem_or_a_build(root, doc):
    from pakiran_events.build.assemble import assemble

    _event_file(root).write_text(yaml.safe_dump(doc), encoding="utf-8")
    _, problems = assemble(root)
    assert all(p.code in CATALOGUE for p in problems), problems


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("ab:-[]{},&*!? \n#'\"|>~")), max_size=40))
def test_any_text_is_parsed_or_refused_with_a_catalogued_code(text):
    try:
        load_text(text)
    except YamlInputError as exc:
        assert exc.code in CATALOGUE
