"""The blind probe set (tests/fixtures/probes2) is data other tests and tests/probe_score.py trust: its
manifest must describe its files exactly, and every id it expects must be one the package knows or a
well-formed slug of a name its report writes (a person new to the gazetteer, a city not in the places
table). A known person's event must fall inside one of their terms of office (dataset/curated/positions.yaml).
The checks are tests/probe_sets.py's, shared with the third set."""

from __future__ import annotations

from pathlib import Path

import pytest

from probe_sets import (
    expected,
    generator,
    generator_problems,
    id_problems,
    manifest,
    manifest_problems,
    out_of_office,
)

PROBES2 = Path(__file__).parent / "fixtures" / "probes2"


def test_files_are_what_the_generator_writes():
    """make_probes2.py writes through the shared tests/probe_writer.py with the second set's own format options;
    its files must still be exactly what the generator writes (no hand edits after scoring)."""
    assert generator_problems(PROBES2, generator(PROBES2)) == []


def test_manifest_bytes_and_sha256_match_the_files():
    assert len(manifest(PROBES2)) >= 40
    assert manifest_problems(PROBES2) == []


def test_every_report_has_its_expected_events_and_no_more():
    assert set(expected(PROBES2)) == {row["doc_id"] for row in manifest(PROBES2)}


def test_expected_ids_are_known_or_well_formed_slugs_of_the_text(repo):
    assert id_problems(PROBES2, repo, after_publication=False) == []


@pytest.mark.parametrize("doc", sorted(expected(PROBES2)))
def test_known_people_are_in_office_on_the_day(repo, doc):
    assert out_of_office(PROBES2, repo, doc) == []
