"""Inputs a review tried against the 2.0.0 tools: each ends in one clear line, never an internal error."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest
from click.testing import CliRunner

import pakiran_events as pe
from pakiran_events.cli import main
from pakiran_events.curate.registry import reports_without_engagement


def test_a_moment_on_a_terms_last_day_is_that_day():
    last = pe.load("positions").filter(pl.col("end").is_not_null()).row(0, named=True)
    noon = dt.datetime.combine(last["end"], dt.time(12))
    assert last["actor_id"] in pe.office_holders(noon, last["office"])["actor_id"].to_list()


@pytest.mark.parametrize("day", [20240301, "20240301", "2024-W10-5"])
def test_a_day_that_is_not_yyyy_mm_dd_is_refused(day):
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        pe.office_holders(day)


@pytest.mark.parametrize("args, words", [
    (["--part", "test"], "--part needs --reports"),
    (["--reports", "bench/extract-split.csv", "--part", "no-such-part"], "nothing to score"),
    (["--reports", "{bad}"], "not a UTF-8 CSV"),
])
def test_evaluate_refuses_a_selection_that_scores_nothing(repo, tmp_path, monkeypatch, args, words):
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"\xff\xfe\x00x")
    monkeypatch.chdir(repo)
    result = CliRunner().invoke(main, ["evaluate", "--gold", ".", "--pred", ".",
                                       *[a.replace("{bad}", str(bad)) for a in args]])
    assert result.exit_code == 1 and words in result.output, result.output


def test_diff_of_something_that_is_not_a_package_is_one_line(repo, tmp_path):
    (tmp_path / "datapackage.json").write_text("[]", encoding="utf-8")
    result = CliRunner().invoke(main, ["diff", str(tmp_path), str(repo)])
    assert result.exit_code == 1 and "not a data package descriptor" in result.output, result.output


def test_the_no_engagement_list_is_read_with_a_bom_and_refused_without_its_column(tmp_path):
    (tmp_path / "no-engagement.csv").write_bytes("\ufeffsource_id,reason\ndoc-a,an attack\n".encode("utf-8"))
    assert reports_without_engagement(tmp_path) == {"doc-a": "an attack"}
    (tmp_path / "no-engagement.csv").write_text("id,reason\ndoc-a,an attack\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no source_id column"):
        reports_without_engagement(tmp_path)
