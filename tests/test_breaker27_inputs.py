"""Round 27's breaker on round 26's code: manifest cells extract and import-sources read differently
(a basis with spaces written as is and failing the package; the registry keeping cells extract refused),
a --dictionary word that is no regular expression ending in "internal error", a publication day the
text gives beyond the last year a report can bear, and scripts/readme_figures.py --check on a damaged
figure. Every text is the fixtures' own (tests/extract_fixtures.py)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from extract_fixtures import SAME_MEETING, write_corpus, write_gazetteer
from pakiran_events.cli import main
from pakiran_events.core.corpus import Corpus, checked_rows
from pakiran_events.extract.dates import DateCue, above_floor
from test_docs import figures_script

BASIS = 7  # the manifest's published_basis column (extract_fixtures.write_corpus)


def _edit(manifest: Path, change) -> None:
    rows = list(csv.reader(manifest.open(encoding="utf-8", newline="")))
    change(rows)
    with manifest.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)


def _extract(tmp_path: Path, root: Path, *extra: str):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["extract", "--corpus", str(root), "--out", str(out), "--scheduler", "synchronous",
                                       "--no-progress", "--gazetteer", str(write_gazetteer(tmp_path / "g")), *extra])
    return result, out


def _import_sources(tmp_path: Path, corpus: Path):
    root = tmp_path / "repo"
    (root / "schemas").mkdir(parents=True, exist_ok=True)
    (root / "dataset" / "curated").mkdir(parents=True, exist_ok=True)
    result = CliRunner().invoke(main, ["import-sources", "--corpus", str(corpus), "--root", str(root), "--force"])
    target = root / "dataset" / "curated" / "sources.csv"
    rows = {r["source_id"]: r for r in csv.DictReader(target.open(encoding="utf-8"))} if target.is_file() else {}
    return result, rows


# --- one reading of a manifest row for extract and import-sources -------------------------------------

CELLS = [(" 2024-05-15 ", " date-line "), ("2024-05-15", "date-line "), ("soon", "byline"), ("2024-05-15", "foo"),
         ("2024-05-15", "Date-Line"), ("2024-05-15", "date-line+"), ("\t2024-05-15", "url+byline")]


def test_a_cell_with_spaces_is_read_stripped_and_both_commands_agree(tmp_path):
    docs = [(f"{SAME_MEETING[0]}-{i}", "2024-05-15", SAME_MEETING[2]) for i in range(len(CELLS))]
    corpus = write_corpus(tmp_path / "c", docs)

    def cells(rows):
        for row, (published, basis) in zip(rows[1:], CELLS):
            row[6], row[BASIS] = published, basis
    _edit(corpus / "manifest.csv", cells)
    result, out = _extract(tmp_path, corpus)
    assert result.exit_code == 0, result.output  # int27 before the fix: the package failed its own validation
    extracted = {r["source_id"]: r for r in csv.DictReader((out / "data" / "sources.csv").open(encoding="utf-8"))}
    said, registry = _import_sources(tmp_path, corpus)
    assert said.exit_code == 0, said.output
    ids = [d[0] for d in docs]
    assert [extracted[d]["published_basis"] for d in ids] == ["date-line", "date-line", "", "", "", "", "url+byline"]
    assert [extracted[d]["published_date"] for d in ids] == ["2024-05-15", "2024-05-15", "", *["2024-05-15"] * 4]
    for d in ids:  # the registry reads every row as extract does
        assert (registry[d]["published_date"], registry[d]["published_basis"]) == (
            extracted[d]["published_date"], extracted[d]["published_basis"]), d
    assert said.output.count("published-basis-unknown") == result.output.count("published-basis-unknown") == 3


@pytest.mark.parametrize("column, cell, code", [(BASIS, "byline+byline", "basis-term-repeated"),
                                                (0, "Doc-A", "bad-doc-id")])
def test_import_sources_refuses_the_rows_extract_refuses(tmp_path, column, cell, code):
    corpus = write_corpus(tmp_path / "c", [("doc-a", "2024-05-15", SAME_MEETING[2]),
                                           ("doc-b", "2024-05-15", SAME_MEETING[2])])
    if column == 0:  # a doc_id no package could publish (the file keeps its name)
        _edit(corpus / "manifest.csv", lambda rows: rows[1].__setitem__(0, cell))
    else:
        _edit(corpus / "manifest.csv", lambda rows: rows[1].__setitem__(column, cell))
    result, _ = _extract(tmp_path, corpus)
    said, registry = _import_sources(tmp_path, corpus)
    assert result.exit_code == said.exit_code == 1
    assert code in result.output and code in said.output and not registry


@given(st.text(alphabet=" \t", max_size=3), st.text(alphabet=" \t", max_size=3),
       st.sampled_from(["date-line", "byline", "url", "byline+url", ""]))
@settings(max_examples=40, deadline=None)
def test_the_rows_given_carry_no_surrounding_space(left, right, basis):
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_corpus(Path(tmp) / "c", [("doc-a", "2024-05-15", SAME_MEETING[2])])
        _edit(corpus / "manifest.csv", lambda rows: (rows[1].__setitem__(BASIS, left + basis + right),
                                                     rows[1].__setitem__(6, right + "2024-05-15" + left)))
        errors, warnings = [], []
        (row,) = list(checked_rows(Corpus(corpus), r"^[a-z0-9]+(-[a-z0-9]+)*$",
                                   r"^(date-line|byline|url|text)(\+(date-line|byline|url|text))*$", errors, warnings))
        assert (row["published"], row["published_basis"]) == ("2024-05-15", basis) and not errors and not warnings


# --- a --dictionary word that is no regular expression ----------------------------------------------

@pytest.mark.parametrize("yaml_text, where", [
    ('engagement:\n  claim_scope:\n    ends: ["(unclosed"]\n', "engagement.claim_scope.ends[0]"),
    ('places:\n  told_at:\n    addressees: ["(?P<x>him"]\n', "places.told_at.addressees[0]"),
    ('engagement:\n  host_verbs: ["received("]\n', "engagement.host_verbs[0]"),
    ('engagement:\n  reporting: ["ok", "(bad"]\n', "engagement.reporting[1]"),
])
def test_a_word_that_is_no_pattern_is_named_with_its_file_and_place(tmp_path, yaml_text, where):
    corpus = write_corpus(tmp_path / "c", [(SAME_MEETING[0], SAME_MEETING[1], SAME_MEETING[2])])
    dictionary = tmp_path / "mine.yaml"
    dictionary.write_text(yaml_text, encoding="utf-8")
    result, _ = _extract(tmp_path, corpus, "--dictionary", str(dictionary))
    assert result.exit_code == 1, result.output
    assert f"{dictionary}: {where}: " in result.output and "is not a regular expression" in result.output
    assert "internal error" not in result.output


def test_words_that_compile_alone_but_not_together_are_an_input_error(tmp_path):
    corpus = write_corpus(tmp_path / "c", [(SAME_MEETING[0], SAME_MEETING[1], SAME_MEETING[2])])
    dictionary = tmp_path / "mine.yaml"
    dictionary.write_text('engagement:\n  reporting: ["(?P<dup>told)", "(?P<dup>said)"]\n', encoding="utf-8")
    result, _ = _extract(tmp_path, corpus, "--dictionary", str(dictionary))
    assert result.exit_code == 1 and "do not compile together" in result.output and str(dictionary) in result.output
    assert "internal error" not in result.output


# --- a day beyond the last year a report can bear -----------------------------------------------------

def test_a_publication_day_the_text_gives_beyond_the_range_dates_nothing(tmp_path):
    text = "Published on December 31, 9999\n\n" + SAME_MEETING[2]
    corpus = write_corpus(tmp_path / "c", [("doc-far", "", text)])
    result, out = _extract(tmp_path, corpus)
    assert result.exit_code == 0, result.output
    (source,) = list(csv.DictReader((out / "data" / "sources.csv").open(encoding="utf-8")))
    assert source["published_date"] == "" and source["published_basis"] == ""
    days = [r["date_start"] for r in csv.DictReader((out / "data" / "events.csv").open(encoding="utf-8"))]
    assert all(d < "2100" for d in days), days


@given(st.integers(2100, 9999), st.integers(1, 12))
def test_a_cue_beyond_the_ceiling_dates_nothing(year, month):
    cue = DateCue(dt.date(year, month, 1), dt.date(year, month, 28), "month", span=(0, 5))
    ceiling = dt.date(2099, 12, 31)
    out = above_floor(cue, dt.date(1947, 1, 1), ceiling)
    assert out.start is None and out.before_floor
    inside = DateCue(dt.date(2099, month, 1), dt.date(2099, month, 28), "month", span=(0, 5))
    assert above_floor(inside, dt.date(1947, 1, 1), ceiling) == inside


# --- readme_figures --check on a damaged figure -------------------------------------------------------

@pytest.mark.parametrize("damage", ["not-png", "cut"])
def test_a_damaged_figure_is_named_not_a_traceback(repo, tmp_path, damage):
    import shutil

    script = figures_script()
    committed = tmp_path / "committed"
    shutil.copytree(repo / "docs" / "figures", committed)
    png = committed / "timeline.png"
    data = png.read_bytes()
    png.write_bytes(b"GIF89a" + data[6:] if damage == "not-png" else data[: len(data) // 2])
    problems = script.stale(repo / "docs" / "figures", committed)
    assert any(p.startswith("timeline.png: ") for p in problems), problems
    if damage == "not-png":
        assert problems == [f"timeline.png: unreadable ({png}: not a PNG file)"]


# --- an office that tells the news by another verb is no venue (places.yaml venue_as_speaker) ---------

TOLD_BY_OFFICE = ("ISLAMABAD: The Foreign Office {verb} that Deputy Prime Minister Ishaq Dar met Iranian Foreign "
                  "Minister Abbas Araghchi on Monday.")


@pytest.mark.parametrize("verb", ["clarified", "informed", "tweeted", "posted", "shared", "revealed", "disclosed",
                                  "explained", "mentioned", "said", "confirmed"])
def test_the_office_telling_the_meeting_is_not_its_venue(verb):
    from pakiran_events.extract.cluster import cluster
    from pakiran_events.extract.report import read_report
    from places11_table import lexicon

    events = cluster([read_report("told-by-office", TOLD_BY_OFFICE.format(verb=verb), "2025-06-04", lexicon())])
    meetings = {(e.place_id, e.venue) for e in events if e.kind == "meeting"}
    # the meeting stays, placed by no venue (int27: ('islamabad', 'Foreign Office') for the first five verbs)
    assert meetings and all(venue is None for _, venue in meetings), meetings


# --- who acts for a person: the envoy, not the principal (engagement.yaml proxy_nouns) ----------------

@pytest.mark.parametrize("text, kind, party", [
    ("ISLAMABAD: Prime Minister Shehbaz Sharif received Iranian President Masoud Pezeshkian's special envoy Abbas "
     "Araghchi on Monday.", "meeting", "abbas-araghchi"),
    ("ISLAMABAD: Deputy Prime Minister Ishaq Dar received a telephone call from Araghchi's deputy Kazem Gharibabadi "
     "on Monday.", "phone_call", None),
    ("TEHRAN: President Masoud Pezeshkian on Monday received Prime Minister Shehbaz Sharif's adviser Ishaq Dar.",
     "meeting", "ishaq-dar"),
])
def test_the_person_acted_for_is_no_party(text, kind, party):
    from pakiran_events.extract.cluster import cluster
    from pakiran_events.extract.report import read_report
    from places11_table import lexicon

    events = [e for e in cluster([read_report("proxy", text, "2025-06-04", lexicon())]) if e.kind == kind]
    principal = {"meeting": ("masoud-pezeshkian" if "Pezeshkian's" in text else "shehbaz-sharif"),
                 "phone_call": "abbas-araghchi"}[kind]
    assert all(principal not in e.participants for e in events), [e.participants for e in events]
    if party:
        assert any(party in e.participants for e in events), [e.participants for e in events]
