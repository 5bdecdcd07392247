"""The published seed data against the real corpus (skipped without ../shared/corpus)."""

from __future__ import annotations

import csv

import polars as pl
from click.testing import CliRunner

from pakiran_events.cli import main
from pakiran_events.core.corpus import Corpus
from pakiran_events.curate.registry import registry_rows, render_registry

SEEDS = {
    "brecorder-20240130-islamabad-tehran-intel", "theneutral-undated-joint-antiterror",
    "bnnbreaking-20240130-joint-counterterrorism", "londonpost-undated-intel-sharing-militancy",
    "tribune-20230716-intel-sharing-vow",
}


def _data(repo, name):
    return pl.read_parquet(repo / "dataset" / "data" / f"{name}.parquet")


def test_manifest_marks_the_same_five_seed_documents(corpus_dir):
    with (corpus_dir / "manifest.csv").open(encoding="utf-8") as fh:
        assert {r["doc_id"] for r in csv.DictReader(fh) if r["seed_file"]} == SEEDS


def test_verify_evidence_passes_on_the_corpus(repo, corpus_dirs):
    result = CliRunner().invoke(main, ["verify-evidence", str(repo), *[a for d in corpus_dirs for a in ("--corpus", str(d))]])
    assert result.exit_code == 0, result.output


def test_sources_registry_matches_the_manifest(repo, corpus_dirs):
    committed = (repo / "dataset" / "curated" / "sources.csv").read_text(encoding="utf-8")
    assert committed == render_registry(registry_rows(Corpus(*corpus_dirs)))


def test_every_seed_document_is_linked_and_cited(repo):
    linked = set(_data(repo, "event_sources")["source_id"])
    assert SEEDS <= linked


def test_a_meeting_belongs_to_a_visit_or_stands_alone_and_every_event_has_two_sides(repo):
    """A meeting's parent, when it has one, is a visit (guide §2); a meeting with no parent is a
    commission session or a sideline meeting in a third country, or one held with a resident
    official. Meetings, calls and other bilateral acts have a participant from each country; a
    visit has at least its guest, from the other country than the one visited."""
    events = _data(repo, "events")
    visits = set(events.filter(pl.col("event_type") == "visit")["event_id"])
    meetings = events.filter(pl.col("event_type") == "meeting")
    assert meetings.height > 0 and set(meetings["parent_event_id"].drop_nulls()) <= visits
    assert events.filter(pl.col("event_type") != "meeting")["parent_event_id"].null_count() == \
        events.filter(pl.col("event_type") != "meeting").height  # only meetings have a parent
    sides = (_data(repo, "participants").group_by("event_id").agg(pl.col("side_iso3").unique().sort().alias("sides"))
             .join(events.select("event_id", "event_type", "country_iso3"), on="event_id", how="right"))
    for row in sides.iter_rows(named=True):
        if row["event_type"] == "visit":
            assert {"IRN", "PAK"} - {row["country_iso3"]} <= set(row["sides"] or []), row
        else:
            assert {"IRN", "PAK"} <= set(row["sides"] or []), row


def test_no_source_sentence_is_copied_into_the_repo(repo, corpus_dirs):
    """Prose we write (summaries, descriptions, notes, file comments) shares no 8-word run with a
    source text. Names and office titles are facts, not prose, and are not checked here."""
    corpus = Corpus(*corpus_dirs)
    runs = set()
    for row in corpus.manifest():
        words = corpus.text(row["doc_id"]).split()
        runs |= {" ".join(words[i:i + 8]) for i in range(len(words) - 7)}
    ours = []
    for name, cols in {"events": ["summary", "notes"], "commitments": ["description", "notes"]}.items():
        for col in cols:
            ours += [t for t in _data(repo, name)[col].to_list() if t]
    for path in (repo / "dataset" / "curated").rglob("*.yaml"):
        ours += [line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    for text in ours:
        words = text.split()
        copied = [" ".join(words[i:i + 8]) for i in range(len(words) - 7) if " ".join(words[i:i + 8]) in runs]
        assert not copied, copied[:1]
