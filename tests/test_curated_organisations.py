"""The organisation rule of the curation guide (dataset/CURATION.md §12) against the texts, and the
read-only lister of its candidates (scripts/organisation_candidates.py) on a small made-up corpus.

An organisation stands for people the reports leave unnamed, so the words an organisation row cites
must show such people taking part: a span holding a word of presence or of the act (attended,
present, met, received, held talks, delegation-level talks, the commission's meeting ...) that is
not just the delegation a named participant leads or brings ('leading a delegation', 'accompanied
by a delegation'). The phrases restate §12's tests; the records' values are not restated here.
"""

from __future__ import annotations

import csv
import hashlib
import re
import subprocess
import sys

import polars as pl
import pytest

from pakiran_events.core.corpus import Corpus

# §12, test 1 (the body is the party) and test 2 (unnamed people took part beside the named)
TOOK_PART = re.compile(r"\b(?:attend\w*|in att\w+|present|sat in|assisted|delegations?[- ]levels?|held talks|talks|met|meets|meeting|"
                       r"received|welcomed|greeted|counterparts?|session|signed)\b", re.IGNORECASE)
# §12, not coded: the delegation a named participant leads or brings
BROUGHT = re.compile(r"\b(?:leading|heading|at the head of|led by|headed by|accompanied by|accompanying|along ?with|"
                     r"with his)\W+(?:[\w-]+\W+){0,4}?(?:delegation|team|advis[eo]rs|members)", re.IGNORECASE)
AT_LEVEL = re.compile(r"\bdelegations?[- ]level", re.IGNORECASE)


def shows_taking_part(span: str) -> bool:
    """Whether one cited span shows unnamed people of a body taking part (§12)."""
    return bool(TOOK_PART.search(span)) and (not BROUGHT.search(span) or bool(AT_LEVEL.search(span)))


def test_the_span_check_tells_taking_part_from_travelling_with():
    assert shows_taking_part("The meeting was also attended by senior officials of the ministry.")
    assert shows_taking_part("The two sides then held delegation-level talks at the foreign office.")
    assert shows_taking_part("The minister, leading a delegation, held delegation level talks with his host.")
    assert shows_taking_part("Officials of the border force met their counterparts in Taftan.")
    assert not shows_taking_part("The governor, leading a high-level delegation, met the chief minister.")
    assert not shows_taking_part("She was accompanied by a delegation of ministers and senior officials on the trip.")
    assert not shows_taking_part("Along with a large delegation, the speaker called on the prime minister at his office.")
    assert not shows_taking_part("A spokesman for the Frontier Corps said the crossing stays closed.")


@pytest.fixture(scope="module")
def organisation_spans(repo, corpus_dirs):
    """'E000001/actor' -> the texts of every span an organisation participant cites."""
    data = repo / "dataset" / "data"
    actors = pl.read_parquet(data / "actors.parquet")
    bodies = set(actors.filter(pl.col("actor_type") != "person")["actor_id"])
    evidence = pl.read_parquet(data / "evidence.parquet").filter(pl.col("record_table") == "participants")
    corpus, out = Corpus(*corpus_dirs), {}
    for row in evidence.iter_rows(named=True):
        if row["record_id"].split("/", 1)[1] in bodies:
            out.setdefault(row["record_id"], set()).add(corpus.text(row["source_id"])[row["char_start"]:row["char_end"]])
    return out


def test_every_organisation_participant_cites_words_showing_its_people_take_part(organisation_spans):
    assert organisation_spans, "no organisation participant in the package"
    bad = {rid: sorted(spans) for rid, spans in organisation_spans.items() if not any(map(shows_taking_part, spans))}
    assert bad == {}, "organisation rows whose spans only mention the body or the head's delegation (CURATION.md §12)"


SCRIPT = [sys.executable, "scripts/organisation_candidates.py"]


def _made_up(tmp_path):
    """A corpus of one report and a curated folder of one event citing it (texts written for the test)."""
    text = ("Minister A met Minister B in Quetta on Monday. The meeting was also attended by officials of the "
            "provincial police. A spokesman for the embassy gave no details.")
    corpus = tmp_path / "corpus"
    (corpus / "docs").mkdir(parents=True)
    (corpus / "docs" / "r1.txt").write_text(text, encoding="utf-8")
    with (corpus / "manifest.csv").open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["doc_id", "file"], ["r1", "docs/r1.txt"]])
    start = text.index("The meeting")
    end = text.index(".", start) + 1
    sha = hashlib.sha256(text[start:end].encode()).hexdigest()
    curated = tmp_path / "curated"
    (curated / "events").mkdir(parents=True)
    (curated / "actors.yaml").write_text("- {actor_id: punjab-police, actor_type: organisation}\n- {actor_id: a, actor_type: person}\n")
    (curated / "events" / "e.yaml").write_text(
        "events:\n- event_id: E000001\n  review_status: hand-checked\n  event_type: meeting\n  participants:\n"
        "  - {actor_id: a, title: Minister, country_iso3: PAK, role: host, evidence: [{src: r1, at: [0, 10], sha256: x}]}\n"
        f"  - {{actor_id: punjab-police, title: Officials, country_iso3: PAK, role: host, evidence: [{{src: r1, at: [{start}, {end}], sha256: {sha}}}]}}\n")
    split = tmp_path / "split.csv"
    split.write_text("doc_id,folder,part\nr1,corpus,dev\n")
    return corpus, curated, split, text, (start, end)


def test_the_lister_gives_rows_and_candidate_spans_by_offsets_only(tmp_path, repo):
    corpus, curated, split, text, (start, end) = _made_up(tmp_path)
    args = ["--corpus", str(corpus), "--curated", str(curated), "--split", str(split)]
    out = subprocess.run(SCRIPT + args, cwd=repo, capture_output=True, text=True, check=True).stdout
    assert f"coded punjab-police host 'Officials' <- r1@{start}-{end}" in out
    assert f"span r1@{start}-{end} ['officials', 'police'] cited-for=punjab-police" in out
    assert "span r1@" in out and "cited-for=-" in out  # the embassy's sentence: listed, cited by nobody
    assert "attended by" not in out  # no words of the report without --show
    shown = subprocess.run(SCRIPT + args + ["--show"], cwd=repo, capture_output=True, text=True, check=True).stdout
    assert text[start:end] in shown


def test_the_lister_refuses_a_missing_corpus(tmp_path, repo):
    run = subprocess.run(SCRIPT + ["--corpus", str(tmp_path / "nowhere")], cwd=repo, capture_output=True, text=True)
    assert run.returncode == 2 and "no manifest.csv" in run.stderr
