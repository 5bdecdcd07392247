"""Views are first-class (issue 14, item 3): loadable by name, a flat form for CSV and Stata, lead
guest and host, `parties` a real list, the side a participant represents named as such, and the
descriptor's list of views not clashing with the Data Package spec's `views` (charts)."""

from __future__ import annotations

import copy
import io
import json

import polars as pl
import pytest
import yaml

import pakiran_events as pe
from mini import mini_event, write_repo
from pakiran_events.build.build import build
from pakiran_events.core.problems import ProblemsFound


def test_the_published_view_loads_by_name():
    assert "engagements" in pe.view_names()
    assert pe.load("engagements").equals(pe.engagements())
    with pytest.raises(KeyError, match="views: engagements"):
        pe.load("engagement")


def test_flat_form_writes_to_csv_and_keeps_every_value():
    view = pe.engagements()
    with pytest.raises(Exception):
        view.write_csv(io.StringIO())  # nested columns: the reason the flat form exists
    flat = pe.flat(view)
    assert not any(isinstance(t, (pl.List, pl.Struct)) for t in flat.dtypes)
    back = pl.read_csv(io.StringIO(flat.write_csv()), infer_schema=False)
    row = view.filter(pl.col("event_id") == "E000002").row(0, named=True)
    flat_row = back.filter(pl.col("event_id") == "E000002").row(0, named=True)
    assert flat_row["guest_actor_ids"].split("|") == row["guest_actor_ids"]
    first = json.loads(flat_row["commitments"].split("|")[0])
    assert first == row["commitments"][0]
    assert pe.engagements(flat=True).equals(flat)
    with pytest.raises(ValueError, match="delimiter"):
        pe.flat(view, delimiter="; ")  # an office title holds '; '


def test_lead_guest_and_host_and_a_label():
    view = pe.engagements()
    meeting = view.filter(pl.col("event_id") == "E000002").row(0, named=True)
    assert meeting["lead_guest"] == "asim-munir" and meeting["lead_host"] == "mohammad-bagheri"
    assert meeting["label"] == f"{meeting['lead_guest_name']} -> {meeting['lead_host_name']}"
    visits = view.filter(pl.col("event_type") == "visit")
    # a visit's lead guest is a person, never the delegation travelling with them
    kinds = dict(pe.load("actors").select("actor_id", "actor_type").iter_rows())
    assert all(kinds[a] == "person" for a in visits["lead_guest"])


def test_parties_is_a_list_in_parquet_and_a_delimited_list_in_the_csv(repo):
    assert pe.load("commitments").schema["parties"] == pl.List(pl.String)
    desc = json.loads((repo / "datapackage.json").read_text())
    field = next(f for r in desc["resources"] if r["name"] == "commitments"
                 for f in r["schema"]["fields"] if f["name"] == "parties")
    assert field["type"] == "list" and field["delimiter"] == ";" and field["itemType"] == "string"
    cells = pl.read_csv(repo / "dataset" / "data" / "commitments.csv", infer_schema=False)["parties"]
    assert cells.str.split(";").to_list() == pe.load("commitments")["parties"].to_list()


def test_the_side_represented_is_side_iso3_and_views_are_not_the_spec_views(repo):
    assert "side_iso3" in pe.load("participants").columns and "country_iso3" not in pe.load("participants").columns
    desc = json.loads((repo / "datapackage.json").read_text())
    assert "views" not in desc and [v["name"] for v in desc["derivedViews"]] == ["engagements"]


def test_curated_files_may_use_the_old_key_or_the_new_one(tmp_path, repo):
    old = write_repo(tmp_path / "old", repo)  # mini_event writes country_iso3
    build(old)
    event = mini_event()
    for person in event["participants"]:
        person["side_iso3"] = person.pop("country_iso3")
    new = write_repo(tmp_path / "new", repo, event)
    build(new)
    for name in ("participants.csv", "evidence.csv"):
        assert (old / "dataset" / "data" / name).read_bytes() == (new / "dataset" / "data" / name).read_bytes()
    clash = copy.deepcopy(mini_event())
    clash["participants"][0]["side_iso3"] = "IRN"  # and country_iso3 PAK
    (new / "dataset" / "curated" / "events" / "one.yaml").write_text(yaml.safe_dump({"events": [clash]}))
    with pytest.raises(ProblemsFound) as exc:
        build(new)
    assert any(p.code == "bad-structure" and p.field == "side_iso3" for p in exc.value.problems)
