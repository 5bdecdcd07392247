"""Hypothesis properties over mutated real reports (issue 15, 'total by construction'): reports of
the corpus cut mid-word, with sentences shuffled, names respelled, emptied, blown up, or made
invalid UTF-8 are read, clustered and written without raising, and every span cited by a record
is one the per-report stage hashed, from the text it cites. The texts are read from the corpus
folders at run time (skipped when absent); nothing of them is stored here."""

from __future__ import annotations

import hashlib
import random
import re
import tempfile
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import CORPUS_FOLDERS
from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.run import manifests, read_one
from pakiran_events.extract.write import event_rows

pytestmark = pytest.mark.skipif(not all((f / "manifest.csv").is_file() for f in CORPUS_FOLDERS),
                                reason="the news corpus folders are not beside the checkout (CI has them)")


@lru_cache(maxsize=1)
def _corpus() -> tuple[list[dict], object]:
    from pakiran_events.extract.lexicon import load_lexicon

    return manifests(list(CORPUS_FOLDERS)), load_lexicon()


def _text(entry: dict) -> str:
    return (Path(entry["root"]) / entry["file"]).read_text(encoding="utf-8")


def cut(text: str, rnd: random.Random) -> str:
    return text[:rnd.randrange(len(text) + 1)]  # anywhere: mid-word, mid-name, mid-date


def shuffle(text: str, rnd: random.Random) -> str:
    parts = re.split(r"(?<=[.!?])\s+", text)
    rnd.shuffle(parts)
    return " ".join(parts)


def respell(text: str, rnd: random.Random) -> str:
    """Capitalised words one letter off: a vowel changed, doubled or dropped ('Raeesi')."""
    def one(m: re.Match) -> str:
        word = m.group(0)
        if rnd.random() < 0.5:
            return word
        i = rnd.randrange(1, len(word))
        return word[:i] + rnd.choice(["e", "a", "ee", "", "i"]) + word[i + 1:]
    return re.sub(r"\b[A-Z][a-z]{4,}\b", one, text)


def huge(text: str, rnd: random.Random) -> str:
    return "\n\n".join([text] * rnd.randint(20, 60))


def empty(text: str, rnd: random.Random) -> str:
    return rnd.choice(["", " ", "\n\n", "\ufeff"])


MUTATIONS = {"cut": cut, "shuffle": shuffle, "respell": respell, "huge": huge, "empty": empty, "none": lambda t, r: t}


def _bytes(text: str, broken: bool, rnd: random.Random) -> bytes:
    data = text.encode("utf-8")
    if broken and data:
        i = rnd.randrange(len(data))
        data = data[:i] + rnd.choice([b"\xff", b"\xe9", b"\xc3"]) + data[i:]  # not UTF-8 (or a cut character)
    return data


reports = st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(sorted(MUTATIONS)), st.booleans(),
                             st.integers(0, 2**32 - 1)), min_size=1, max_size=3)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports)
def test_mutated_reports_never_raise_and_every_cited_span_is_hashed_from_its_text(picks):
    entries, lex = _corpus()
    reads, texts, hashed = [], {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        for n, (which, mutation, broken, seed) in enumerate(picks):
            rnd = random.Random(seed)
            entry = entries[which % len(entries)]
            data = _bytes(MUTATIONS[mutation](_text(entry), rnd), broken and rnd.random() < 0.5, rnd)
            doc_id = f"m{n}-{entry['doc_id']}"
            path = Path(tmp) / f"{doc_id}.txt"
            path.write_bytes(data)
            read, hashes = read_one({**entry, "doc_id": doc_id, "root": tmp, "file": path.name}, lex)
            if read.problem:
                assert not hashes
                continue
            texts[doc_id] = data.decode("utf-8")
            hashed[doc_id] = {(a, b): h for _, a, b, h in hashes}
            reads.append(read)
    events = cluster((r.doc_id, r.published, r.candidates) for r in reads)
    new_actors = {k: v for r in reads for k, v in r.new_actors.items()}
    rows = event_rows(events, lex, new_actors)
    for table, record, field, doc, start, end in rows["evidence"]:
        text = texts[doc]
        assert 0 <= start < end <= len(text)
        assert (start, end) in hashed[doc], (table, record, field, doc)  # chosen while clustering, hashed per report
        assert hashed[doc][(start, end)] == hashlib.sha256(text[start:end].encode("utf-8")).hexdigest()


def test_a_report_beyond_the_size_limit_is_skipped_with_its_reason_not_raised():
    from pakiran_events.extract.report import MAX_CHARS

    entries, lex = _corpus()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.txt"
        text = _text(entries[0])
        path.write_text(text * (MAX_CHARS // len(text) + 1), encoding="utf-8")
        # the manifest row describes the big file truly (its size; no hash): only its length is wrong
        read, hashes = read_one({**entries[0], "doc_id": "big", "root": tmp, "file": path.name, "sha256": "",
                                 "bytes": str(path.stat().st_size)}, lex)
    assert read.problem and "too long" in read.problem and hashes == []


# Phrases for the newer reading paths (background mentions, attribution, ranked offices), written
# for this test: inserted between sentences, at sentence starts, or cutting a sentence in two.
PHRASES = [
    "The two sides last met in Tehran in March.", "They had last met", "last met", "last met in",
    "According to", "according to officials,", "according to the Foreign Office of Pakistan,",
    "according to a statement by the Interior Ministry", "Deputy Foreign Minister", "Senior Minister",
    "the Chief of Army Staff", "Additional Secretary (Afghanistan and West Asia)", "the Deputy Chief of Mission",
    "Iran's First Vice President", "Pakistan's Minister of State for Interior", "the Special Representative",
    "who had earlier visited Islamabad,", "during his previous visit,", "recalled his last visit to",
    "was welcomed by", "\u201caccording to\u201d", "Chief", "Deputy", "Minister of", "last", "met",
]


def inject(text: str, rnd: random.Random) -> str:
    parts = re.split(r"(?<=[.!?])\s+", text)
    for _ in range(rnd.randint(1, 6)):
        i = rnd.randrange(len(parts) + 1)
        phrase = rnd.choice(PHRASES)
        if i < len(parts) and parts[i] and rnd.random() < 0.4:  # cut a sentence with it
            j = rnd.randrange(len(parts[i]) + 1)
            parts[i] = parts[i][:j] + " " + phrase + " " + parts[i][j:]
        else:
            parts.insert(i, phrase)
    return " ".join(parts)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 2**32 - 1)), min_size=1, max_size=3))
def test_background_attribution_and_rank_phrases_never_make_reading_fail(picks):
    """read_one turns any exception into a skipped document ('cannot be read (...)'), which would
    hide a crash of the newer paths: here no such problem may appear, and the reads cluster and
    write without raising, every evidence span hashed from its text."""
    entries, lex = _corpus()
    reads, texts, hashed = [], {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        for n, (which, seed) in enumerate(picks):
            rnd = random.Random(seed)
            entry = entries[which % len(entries)]
            text = inject(_text(entry), rnd)
            doc_id = f"i{n}-{entry['doc_id']}"
            (Path(tmp) / f"{doc_id}.txt").write_text(text, encoding="utf-8", newline="")
            read, hashes = read_one({**entry, "doc_id": doc_id, "root": tmp, "file": f"{doc_id}.txt",
                                     "sha256": ""}, lex)
            assert not (read.problem or "").startswith(("cannot be read", "too deeply")), read.problem
            if read.problem:
                continue
            texts[doc_id], hashed[doc_id] = text, {(a, b): h for _, a, b, h in hashes}
            reads.append(read)
    events = cluster((r.doc_id, r.published, r.candidates) for r in reads)
    rows = event_rows(events, lex, {k: v for r in reads for k, v in r.new_actors.items()})
    for _table, _record, _field, doc, start, end in rows["evidence"]:
        assert hashed[doc][(start, end)] == hashlib.sha256(texts[doc][start:end].encode("utf-8")).hexdigest()
