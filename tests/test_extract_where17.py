"""Fourteenth round (where): a sideline meeting takes a dateline only outside the dyad, on both paths
(the gathering's place and the report's country); the gazetteer reads GeoNames' Latin alternate
names of the cities it keeps ('Ulaanbaatar', 'Kiev', 'Alma-Ata'); clustering does not make one
meeting of tellings whose places contradict; a meeting dropped for want of a place is a warning
naming its report; a place in a relative clause about someone is not the meeting's venue.
Made-up sentences in our own words ('Zorvana' is a town no gazetteer holds)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pakiran_events.extract.report import Reading
from places11_table import events_of, lexicon

PM_MET = "Prime Minister Shehbaz Sharif met Iranian President Masoud Pezeshkian"


def _placed(text: str, published: str = "2025-03-04") -> list[tuple[str | None, str | None]]:
    return [(e.country, e.place_id) for e in events_of({"id": "where17", "text": text, "published": published})]


def _cluster(*texts: str, published: str = "2025-03-04"):
    from pakiran_events.extract.cluster import cluster
    from pakiran_events.extract.report import read_report

    return cluster([read_report(f"where17-{i}", t, published, lexicon()) for i, t in enumerate(texts)])


# -- 1. a sideline meeting's dateline counts only outside the dyad, on both paths ---------------------------------
@pytest.mark.parametrize("desk", ["ISLAMABAD:", "TEHRAN:", "LAHORE, March 3:"])
def test_a_sideline_meeting_in_an_unknown_town_under_a_dyad_dateline_is_not_put_in_that_country(desk):
    text = f"{desk} {PM_MET} on the sidelines of a conference in Zorvana on Monday. They spoke of trade."
    assert _placed(text) == []  # neither Pakistan nor Iran: the home desk's dateline is no venue


def test_a_sideline_meeting_under_a_third_countrys_dateline_takes_its_city():
    assert _placed(f"BAKU: {PM_MET} on the sidelines of a regional forum on Monday.") == [("AZE", "baku")]


def test_a_sideline_meeting_during_a_trip_told_keeps_the_trips_country():
    # near miss: the country comes from the trip the report tells, not from its dateline
    text = ("ISLAMABAD: Prime Minister Shehbaz Sharif, on a visit to Tehran, met Iranian President Masoud Pezeshkian "
            "on the sidelines of a trade fair on Monday.")
    assert {c for c, _ in _placed(text)} == {"IRN"}


def test_a_meeting_not_on_any_sidelines_still_takes_a_dyad_dateline():
    # near miss: the rule is for sideline meetings only; plain talks under a home dateline are as before
    placed = _placed(f"TEHRAN: {PM_MET} on Monday and discussed border trade.")
    assert placed and {c for c, _ in placed} <= {"IRN"}


# -- 2. GeoNames' alternate names of the cities the gazetteer keeps --------------------------------------------------
@pytest.mark.parametrize("spelling, main", [("Ulaanbaatar", "Ulan Bator"), ("Kiev", "Kyiv"), ("Alma-Ata", "Almaty")])
def test_a_citys_latin_alternate_name_is_the_same_place(spelling, main):
    names = lexicon().place_names
    # review17: an alternate is read like a minor town, only where a clause calls for a place
    assert spelling not in names and lexicon().minor_place_names.get(spelling) == names[main]
    got = _placed(f"Foreign Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi in {spelling} on Monday.")
    assert [p for _, p in got] == [names[main]]


def test_an_alternate_name_never_takes_another_places_main_name_or_a_word():
    lex = lexicon()
    assert lex.places[lex.place_names["Alexandria"]]["country_iso3"] == "EGY"  # one of Mashhad's alternates
    assert lex.places[lex.place_names["Georgetown"]]["country_iso3"] == "GUY"
    for word in ("Capital", "Central", "Union", "Royal", "Paras", "Doula"):  # a word or a given name some cities list
        assert word not in lex.place_names, word


def test_a_clipped_alternate_is_no_spelling_of_the_city():
    """'Sana' (GeoNames lists it for Sanaa) has fewer letters than the name it would spell: a given
    name, not the city; 'Kiev' has as many letters as 'Kyiv' and stays; a new person named 'Sana'
    keeps her whole name (found on merging the round: who_phrasings new-envoy-between-commas)."""
    names, minor = lexicon().place_names, lexicon().minor_place_names
    assert "Sana" not in names and "Sana" not in minor and names.get("Sanaa") is not None
    assert minor.get("Kiev") == names["Kyiv"]
    r = Reading("own-where17-clip", "TEHRAN: Pakistan's envoy, Ms. Sana Pervaiz Kazmi, called on Iranian Foreign "
                "Minister Abbas Araghchi in Tehran on Tuesday.", dt.date(2024, 5, 10), lexicon())
    assert "sana-pervaiz-kazmi" in {m.actor_id for ms in r.mentions for m in ms}


@settings(max_examples=40, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("UlanbtrKiev-AmyzZ 'in.")), max_size=60))
def test_reading_an_alternate_spelling_never_fails_on_any_text(text):
    from pakiran_events.extract.report import Reading

    r = Reading("where17", text, None, lexicon())
    assert all(pid in lexicon().places for _, pid in r.people.named_places(0, len(text)))


# -- 3. clustering: contradicting places are two meetings ----------------------------------------------------------
def test_two_reports_naming_different_cities_for_one_pair_on_one_day_are_two_meetings():
    a = f"{PM_MET} on the sidelines of a summit in Astana on Thursday."
    b = "ISLAMABAD: Iranian President Masoud Pezeshkian met Prime Minister Shehbaz Sharif in Islamabad on Thursday."
    events = [e for e in _cluster(a, b) if e.kind == "meeting"]
    assert sorted(e.place_id for e in events) == ["astana", "islamabad"]


def test_a_third_country_meeting_is_not_one_with_a_meeting_told_at_a_sides_country():
    a = f"{PM_MET} on the sidelines of a summit in Astana on Thursday."
    b = "Iranian President Masoud Pezeshkian met Prime Minister Shehbaz Sharif in Pakistan on Thursday."
    assert sorted(e.country for e in _cluster(a, b) if e.kind == "meeting") == ["KAZ", "PAK"]


def test_a_telling_that_names_no_place_joins_the_third_country_meeting():
    # near miss: the second report does not say where; the side it puts it in is a guess, not a place told
    a = f"{PM_MET} on the sidelines of a summit in Astana on Thursday."
    b = "Iranian President Masoud Pezeshkian met Prime Minister Shehbaz Sharif on Thursday."
    assert [(e.country, e.place_id, len(e.sources)) for e in _cluster(a, b) if e.kind == "meeting"] == [("KAZ", "astana", 2)]


def test_one_meeting_told_by_two_outlets_one_without_its_place_is_still_one():
    # near miss: one report names the city, the other none; guest and host swapped by how each tells it
    a = "Iranian Foreign Minister Abbas Araghchi met Foreign Minister Ishaq Dar in Islamabad on Monday."
    b = "Foreign Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi on Monday, the ministry said."
    meetings = [e for e in _cluster(a, b) if e.kind == "meeting"]
    assert [(e.place_id, len(e.sources)) for e in meetings] == [("islamabad", 2)]


# -- 4. a meeting dropped for want of a place is a warning ---------------------------------------------------------
def _extract(tmp_path, docs):
    from click.testing import CliRunner

    from extract_fixtures import write_corpus
    from pakiran_events.cli import main

    root = write_corpus(tmp_path / "c", docs)
    return CliRunner().invoke(main, ["extract", "--corpus", str(root), "--out", str(tmp_path / "out"), "--scheduler",
                                     "synchronous", "--no-progress"])


def test_a_meeting_dropped_for_want_of_a_place_is_named_with_its_report_and_reason(tmp_path):
    docs = [("unlisted-1", "2025-03-04", f"{PM_MET} on the sidelines of a summit in Pristina on Monday."),
            ("unread-2", "2025-03-04", f"ISLAMABAD: {PM_MET} on the sidelines of a gathering on Monday."),
            ("placed-3", "2025-03-04", f"{PM_MET} in Tehran on Monday.")]
    result = _extract(tmp_path, docs)
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if "engagement-unplaced" in line]
    assert any("[unlisted-1]" in line and "Pristina" in line for line in lines), result.output
    assert any("[unread-2]" in line and "no place" in line for line in lines), result.output
    assert not any("placed-3" in line for line in lines)


def test_an_engagement_clustered_without_a_place_or_country_is_named_when_the_writer_drops_it(tmp_path):
    # a joint ceremony told with no place and no dateline is clustered, then left out by the writer
    # (anything but a call needs a place or a country): each of its reports is named
    docs = [("ribbon-1", "2025-03-04", "Foreign Minister Ishaq Dar and Iranian Foreign Minister Abbas Araghchi jointly "
                                       "opened a new border market on Monday."),
            ("ribbon-2", "2025-06-10", "Foreign Minister Ishaq Dar and Iranian Foreign Minister Abbas Araghchi jointly "
                                       "opened a new border market in Gwadar on Monday.")]
    result = _extract(tmp_path, docs)
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if "engagement-unplaced" in line]
    assert any("[ribbon-1]" in line and "no place or country" in line for line in lines), result.output
    assert not any("[ribbon-2]" in line for line in lines)  # near miss: placed in Gwadar, written


def test_the_warning_code_is_in_the_catalogue():
    from pakiran_events.core.errors import CATALOGUE

    assert "engagement-unplaced" in CATALOGUE


# -- 6. a place in a relative clause about a person is not the meeting's -----------------------------------------
@pytest.mark.parametrize("clause", ["who was in Pristina last week", "who had visited Pristina in January"])
def test_an_unlisted_city_in_a_relative_clause_does_not_unplace_the_meeting(clause):
    text = f"Foreign Minister Ishaq Dar, {clause}, met Iranian Foreign Minister Abbas Araghchi on Monday."
    assert [c for c, _ in _placed(text)] == ["IRN"]


def test_an_unlisted_city_told_as_the_venue_still_unplaces_the_meeting():
    # near miss: the city after the trigger is the venue
    assert _placed("Foreign Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi in Pristina on Monday.") == []
    text = "Foreign Minister Ishaq Dar, who is from Lahore, met Iranian Foreign Minister Abbas Araghchi in Pristina on Monday."
    assert _placed(text) == []


@pytest.mark.parametrize("second, meetings", [
    ("Iranian President Masoud Pezeshkian met Prime Minister Shehbaz Sharif in Pakistan on Thursday.", 2),
    ("Iranian President Masoud Pezeshkian met Prime Minister Shehbaz Sharif on Thursday.", 1)])
def test_a_full_run_keeps_contradicting_places_apart_as_clustering_alone_does(tmp_path, second, meetings):
    # the streamed run drops each event's candidates before the passes across blocks: what they tell is kept
    import polars as pl

    docs = [("summit-1", "2025-03-07", f"{PM_MET} on the sidelines of a summit in Astana on Thursday."),
            ("home-2", "2025-03-07", second)]
    result = _extract(tmp_path, docs)
    assert result.exit_code == 0, result.output
    events = pl.read_csv(tmp_path / "out/data/events.csv")
    assert events.filter(pl.col("event_type") == "meeting").height == meetings


def test_one_reports_two_tellings_are_left_to_its_own_reading():
    # near miss: the contradiction is between outlets; one report naming a round at home and the next
    # round it plans abroad is not read as two outlets' word (its plan is the plan reader's business)
    from pakiran_events.extract.cluster import Event, places_contradict

    a = Event("meeting", "a", "b", "PAK", sources={"one"}, place_id="islamabad", city_named=True, place_told=True)
    b = Event("meeting", "b", "a", "IRN", sources={"one"}, place_id="tehran", city_named=True, place_told=True)
    assert not places_contradict(a, b)
    b.sources = {"two"}
    assert places_contradict(a, b)


def test_a_capital_the_country_table_spells_another_way_is_kept_and_read_by_that_spelling():
    # GeoNames' country table writes some capitals as the city's alternate ("Nuku'alofa" for Nuku‘alofa):
    # matched by the alternates, the capital is kept whatever its size
    # review17: the alternate spellings are read where a clause calls for a place ('in Nuku'alofa')
    names = {**lexicon().place_names, **lexicon().minor_place_names}
    assert names.get("Nuku'alofa") is not None and names.get("Reykjavik") is not None
    got = _placed("Prime Minister Shehbaz Sharif met Iranian President Masoud Pezeshkian on the sidelines of a summit "
                  "in Nuku'alofa on Thursday.")
    assert got == [("TON", names["Nuku'alofa"])]
