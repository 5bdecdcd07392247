"""What a researcher uses after `import pakiran_events as pe`: views, evidence, descriptions,
citation, file access for other tools, and clear errors on misuse."""

from __future__ import annotations

import json

import polars as pl
import pytest

import pakiran_events as pe
from pakiran_events.loader.views import engagements_frame


def test_engagements_has_one_row_per_event_with_people_and_commitments_as_lists():
    view, events = pe.engagements(), pe.load("events")
    assert view.height == events.height and set(view["event_id"]) == set(events["event_id"])
    assert view.schema["host_names"] == pl.List(pl.String) and view.schema["commitment_types"] == pl.List(pl.String)
    people = pe.load("participants")
    for row in view.iter_rows(named=True):
        mine = people.filter(pl.col("event_id") == row["event_id"])
        assert sorted(row["host_actor_ids"] or []) == sorted(mine.filter(pl.col("role") == "host")["actor_id"])
        assert sorted(row["guest_actor_ids"] or []) == sorted(mine.filter(pl.col("role") == "guest")["actor_id"])
        # a visit carries its host side: the country visited
        if row["event_type"] == "visit":
            assert row["host_side"] == row["country_iso3"] is not None
    commitments = pe.load("commitments")
    assert view["commitments"].list.len().fill_null(0).sum() == commitments.height
    first = next(c for cs in view["commitments"].to_list() if cs for c in cs)
    assert set(first) == {"commitment_id", "commitment_type", "modality", "parties"} and isinstance(first["parties"], list)


def test_roll_up_folds_meetings_into_their_visit():
    rolled, events = pe.engagements(roll_up=True), pe.load("events")
    roots = events.filter(pl.col("parent_event_id").is_null())
    assert rolled.height == roots.height
    meetings = events.filter(pl.col("event_type") == "meeting").group_by("parent_event_id").len()
    counts = dict(zip(meetings["parent_event_id"], meetings["len"]))
    kind = dict(zip(roots["event_id"], roots["event_type"]))
    for row in rolled.iter_rows(named=True):  # a meeting that stands alone is an engagement of one meeting
        assert row["n_meetings"] == counts.get(row["engagement_id"], 0) + (kind[row["engagement_id"]] == "meeting")


def test_participation_and_dyads_are_long_views():
    assert pe.participation().height == pe.load("participants").height
    dyads = pe.dyads()
    assert dyads.height > 0 and (dyads["guest_side"] != dyads["host_side"]).all()


def test_the_published_view_is_what_the_function_builds(repo):
    tables = {n: pe.load(n) for n in ("events", "participants", "actors", "commitments", "event_sources", "countries")}
    published = pl.read_parquet(repo / "dataset" / "data" / "views" / "engagements.parquet")
    assert published.equals(engagements_frame(tables))


def test_the_view_takes_event_sources_as_a_scan_and_gives_the_same_frame(tmp_path):
    """extract hands the view its event_sources as a scan of the file a worker wrote (it grows
    with the corpus): the view is the one the DataFrame gives, and a scan whose counts differ (a
    link dropped) gives other counts, so the scan is what is read."""
    tables = {n: pe.load(n) for n in ("events", "participants", "actors", "commitments", "event_sources", "countries")}
    tables["event_sources"].write_parquet(tmp_path / "event_sources.parquet")
    scanned = {**tables, "event_sources": pl.scan_parquet(tmp_path / "event_sources.parquet")}
    assert engagements_frame(scanned).equals(engagements_frame(tables))
    tables["event_sources"].slice(1).write_parquet(tmp_path / "fewer.parquet")
    fewer = engagements_frame({**tables, "event_sources": pl.scan_parquet(tmp_path / "fewer.parquet")})
    assert fewer["n_sources"].sum() == engagements_frame(tables)["n_sources"].sum() - 1


def test_evidence_lists_sources_without_texts_and_quotes_with_them(corpus_dir):
    rows = pe.evidence("E000002", "venue")
    assert {"url", "char_start", "char_end", "span_sha256"} <= set(rows.columns) and "quote" not in rows.columns
    quoted = pe.evidence("E000002", "venue", corpus=corpus_dir)
    assert quoted["hash_ok"].all() and all("headquarters" in q.lower() for q in quoted["quote"])
    with pytest.raises(KeyError, match="no evidence for 'E999999'"):
        pe.evidence("E999999")
    with pytest.raises(TypeError):
        pe.evidence(2)


def test_describe_gives_types_requirement_descriptions_and_terms():
    d = pe.describe("events")
    assert d["date_start"]["type"] == "date" and d["date_start"]["required"] is True
    assert set(d["date_precision"]["terms"]) == {"day", "range", "month"}
    assert "ACLED" in d["date_precision"]["description"]


def test_cite_and_info_name_the_version():
    assert f"version = {{{pe.__version__}}}" in pe.cite() and pe.cite().startswith("@misc{")
    assert f"(Version {pe.__version__})" in pe.cite("apa")
    with pytest.raises(ValueError, match="bibtex"):
        pe.cite("mla")
    text = pe.info()
    assert pe.__version__ in text and "events" in text and "CC-BY-4.0" in text


def test_citation_cff_is_valid_and_carries_the_version(repo):
    jsonschema = pytest.importorskip("jsonschema", reason="the lowest-versions job installs polars only")
    yaml = pytest.importorskip("yaml", reason="the lowest-versions job installs polars only")

    schema = json.loads((repo / "tests" / "data" / "citation-file-format-1.2.0.schema.json").read_text())
    cff = yaml.safe_load((repo / "CITATION.cff").read_text())
    jsonschema.validate(cff, schema)
    assert cff["version"] == pe.__version__


def test_misuse_gets_clear_errors():
    with pytest.raises(TypeError, match="a table name is a string"):
        pe.load(3)
    with pytest.raises(KeyError, match="did you mean 'events'"):
        pe.load("event")
    with pytest.raises(TypeError):
        pe.load("events", True)  # to_pandas is keyword-only


def test_cameo_codes_keep_their_leading_zero_in_every_documented_reader():
    """The README's read options for polars, pandas and DuckDB keep '057' a string."""
    duckdb = pytest.importorskip("duckdb", reason="the lowest-versions job installs polars only")
    pd = pytest.importorskip("pandas", reason="the lowest-versions job installs polars only")

    codebook = pe.data_dir() / "codebook.csv"
    assert "057" in pe.load("codebook")["cameo"].to_list()
    assert "057" in pd.read_csv(codebook, dtype={"cameo": str})["cameo"].tolist()
    con = duckdb.connect()
    got = con.execute(f"SELECT cameo FROM read_csv('{codebook}', types={{'cameo': 'VARCHAR'}})").fetchall()
    assert ("057",) in got
    parquet = con.execute(f"SELECT cameo FROM '{pe.data_dir() / 'codebook.parquet'}'").fetchall()
    assert ("057",) in parquet


def test_duckdb_reads_the_published_view():
    duckdb = pytest.importorskip("duckdb", reason="the lowest-versions job installs polars only")

    path = pe.data_dir() / "views" / "engagements.parquet"
    n = duckdb.connect().execute(f"SELECT count(*) FROM '{path}' WHERE event_type = 'meeting'").fetchone()[0]
    assert n == pe.load("events").filter(pl.col("event_type") == "meeting").height


def test_office_holders_on_a_day():
    import pakiran_events as pe

    army = pe.office_holders("2024-04-22", "Chief of Army Staff", "PAK")
    assert army["actor_id"].to_list() == ["asim-munir"]
    # the caretaker foreign minister's term ended before the elected government took office
    assert "jalil-abbas-jilani" not in pe.office_holders("2024-04-22", country="PAK")["actor_id"].to_list()
    assert pe.office_holders("1900-01-01").height == 0
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        pe.office_holders("yesterday")
