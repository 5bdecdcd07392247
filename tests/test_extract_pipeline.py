"""extract end to end on a made-up corpus: bad files skipped, the package validates, the
distributed scheduler gives the same result, evaluate scores it; properties on arbitrary text."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract_fixtures import (
    ANNOUNCEMENT,
    DISTRACTOR,
    SAME_MEETING,
    STRANGERS,
    VISIT_DAY_ONE,
    VISIT_DAY_TWO,
    VISIT_GHQ,
    lexicon,
    write_corpus,
    write_gazetteer,
)
from pakiran_events.cli import main
from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.report import read_report
from pakiran_events.extract.run import cited_spans
from pakiran_events.extract.write import event_rows

DOCS = [VISIT_DAY_ONE, VISIT_DAY_TWO, VISIT_GHQ, SAME_MEETING, DISTRACTOR, ANNOUNCEMENT, STRANGERS]
BROKEN = {"bad-latin1": "Caf\xe9 talks".encode("latin-1"), "bad-empty": b""}


@pytest.fixture
def corpus(tmp_path):
    root = write_corpus(tmp_path / "corpus", DOCS, BROKEN)
    with (root / "manifest.csv").open("a", encoding="utf-8") as fh:  # a row whose file is missing
        fh.write("bad-missing,docs/bad-missing.txt,https://example.org/m,x,,,,,en,1,00,\n")
    return root


def _extract(corpus, out, *extra):
    gazetteer = write_gazetteer(out.parent / "gazetteer")
    return CliRunner().invoke(main, ["extract", "--corpus", str(corpus), "--out", str(out), "--scheduler", "synchronous",
                                     "--no-progress", "--gazetteer", str(gazetteer), *extra])


def test_extract_skips_bad_documents_and_writes_a_valid_package(corpus, tmp_path):
    out = tmp_path / "out"
    result = _extract(corpus, out)
    assert result.exit_code == 0, result.output
    assert "bad-latin1: skipped: not UTF-8 (byte 0xe9 at offset 3)" in result.output
    assert "bad-empty: skipped: empty document" in result.output
    assert "bad-missing: skipped: cannot read bad-missing.txt" in result.output
    assert "3 document(s) skipped" in result.output
    valid = CliRunner().invoke(main, ["validate", str(out)])
    assert valid.exit_code == 0, valid.output
    checked = CliRunner().invoke(main, ["verify-evidence", str(out), "--corpus", str(corpus)])
    assert checked.exit_code == 0, checked.output
    import polars as pl

    events = pl.read_parquet(out / "data/events.parquet")
    assert set(events["review_status"]) == {"script-extracted"}
    # Rostami's visit with its three meetings; the interior ministers' meeting, told without a trip,
    # is a stand-alone meeting (CURATION.md §2: a visit record needs a report of the trip)
    assert sorted(events["event_type"].to_list()) == ["meeting"] * 4 + ["visit"]


def _files(package) -> dict[str, bytes]:
    return {str(p.relative_to(package)): p.read_bytes() for p in sorted(package.rglob("*"))
            if p.is_file() and p.name != ".pakiran-events.lock"}


def test_a_dask_distributed_cluster_gives_the_same_package_byte_for_byte(corpus, tmp_path, monkeypatch):
    """On a LocalCluster (threads of this process, localhost only) every file of the package is
    the local run's, and the Lexicon goes to the workers once (scattered, broadcast): each task
    carries a reference to it, not a copy."""
    pytest.importorskip("dask.distributed", reason="dask.distributed is not installed (pip install '.[extract]')")
    from dask.distributed import Client, Future, LocalCluster

    import pakiran_events.extract.run as run
    from pakiran_events.extract.lexicon import Lexicon

    assert _extract(corpus, tmp_path / "local").exit_code == 0
    scattered, task_lexicons = [], []
    scatter, submit = Client.scatter, Client.submit

    def counted_scatter(self, data, *args, **kwargs):
        scattered.append((type(data), kwargs.get("broadcast")))
        return scatter(self, data, *args, **kwargs)

    def counted_submit(self, fn, *args, **kwargs):
        task_lexicons.append(args[1])
        return submit(self, fn, *args, **kwargs)

    monkeypatch.setattr(Client, "scatter", counted_scatter)
    monkeypatch.setattr(Client, "submit", counted_submit)
    monkeypatch.setattr(run, "CHUNK", 2)  # several tasks
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster_:
        result = _extract(corpus, tmp_path / "remote", "--scheduler", cluster_.scheduler_address)
    assert result.exit_code == 0, result.output
    assert "3 document(s) skipped" in result.output
    assert _files(tmp_path / "remote") == _files(tmp_path / "local")
    assert scattered == [(Lexicon, True)]
    assert len(task_lexicons) >= 4 and all(isinstance(ref, Future) for ref in task_lexicons)
    assert len({ref.key for ref in task_lexicons}) == 1


def test_extract_refuses_a_folder_without_manifest_in_one_line(tmp_path):
    result = _extract(tmp_path, tmp_path / "out")
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [f"Error: {tmp_path}: no manifest.csv here (give the corpus folder)"]


def test_evaluate_scores_a_package_against_itself_perfectly_and_a_poorer_one_lower(corpus, tmp_path):
    assert _extract(corpus, tmp_path / "gold").exit_code == 0
    write_corpus(tmp_path / "half", [VISIT_DAY_ONE])
    assert _extract(tmp_path / "half", tmp_path / "pred").exit_code == 0
    same = json.loads(CliRunner().invoke(main, ["evaluate", "--gold", str(tmp_path / "gold"), "--pred",
                                                str(tmp_path / "gold"), "--format", "json"]).output)
    assert {s["metric"]: s["f1"] for s in same} == {s["metric"]: 1.0 for s in same}
    poorer = json.loads(CliRunner().invoke(main, ["evaluate", "--gold", str(tmp_path / "gold"), "--pred",
                                                  str(tmp_path / "pred"), "--format", "json"]).output)
    scores = {s["metric"]: s for s in poorer}
    assert scores["events"]["precision"] == 1.0 and scores["events"]["recall"] < 1.0
    assert scores["participants"]["recall"] < 1.0
    table = CliRunner().invoke(main, ["evaluate", "--gold", str(tmp_path / "gold"), "--pred", str(tmp_path / "pred")])
    assert "commitment types" in table.output and "F1" in table.output


def test_evaluate_names_a_missing_package_in_one_line(tmp_path):
    result = CliRunner().invoke(main, ["evaluate", "--gold", str(tmp_path), "--pred", str(tmp_path)])
    assert result.exit_code == 1 and result.output.count("\n") == 1 and "no datapackage.json" in result.output


LEX = lexicon()
words = st.sampled_from(["met", "Rostami", "Tariq Mahmood", "in", "Islamabad", "on", "Monday", "agreed", "to", "share",
                         "intelligence", "visit", "will", "Iranian", "President", "Ahmad Vahidi", ".", ",", "\n",
                         "yesterday", "border", "markets", "Interior Minister", "arrived", "GHQ", "’", "é", "🙂"])
texts = st.one_of(st.text(max_size=400), st.lists(words, max_size=80).map(" ".join))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.sampled_from([None, "", "2024-05-15", "not a date"]))
def test_extraction_never_raises_and_every_span_lies_inside_and_hashes(text, published):
    report = read_report("doc", text, published, LEX)
    hashed = {(s.start, s.end) for s in cited_spans(report)}
    rows = event_rows(cluster([report]), LEX, report.new_actors)
    for table, record, field, doc, start, end in rows["evidence"]:
        assert 0 <= start < end <= len(text)
        assert (start, end) in hashed  # every span clustering cites was hashed by the per-report stage


def test_local_worker_processes_give_the_same_package_as_one_process(corpus, tmp_path):
    """The workers forked from the warmed fork server read exactly what one process reads."""
    assert _extract(corpus, tmp_path / "one").exit_code == 0
    result = _extract(corpus, tmp_path / "many", "--scheduler", "processes", "--workers", "2")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "many" / "datapackage.json").read_text() == (tmp_path / "one" / "datapackage.json").read_text()


def test_extract_validates_with_every_layer_and_keeps_the_old_package_on_failure(corpus, tmp_path, monkeypatch):
    """The three layers (the Frictionless one is the polars engine); a failing layer leaves out_dir
    as it was and no staging folder behind."""
    import pakiran_events.validate as validate
    from pakiran_events.core.problems import Problem

    out = tmp_path / "out"
    assert _extract(corpus, out).exit_code == 0
    before = (out / "datapackage.json").read_text()
    layers_used = []

    def failing(path, layers=validate.LAYERS, *rest, **options):
        layers_used.append(tuple(layers))
        return [Problem("pandera", "events", 2, "E900001", "date_start", "type-error", "made-up failure")]

    monkeypatch.setattr(validate, "validate_package", failing)
    result = _extract(corpus, out)
    assert result.exit_code != 0 and "made-up failure" in result.output
    assert layers_used == [("frictionless", "pandera", "integrity")]
    assert (out / "datapackage.json").read_text() == before
    assert not [p for p in out.iterdir() if p.name.startswith((".extract-", ".publish-staging-"))]  # no staging left
