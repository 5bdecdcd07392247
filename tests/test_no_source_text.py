"""The corpus belongs to its publishers: no sentence of it may be committed (the sources registry
holds only the manifest's bibliographic fields, headlines included, and is not scanned). Every text file the
project writes by hand (curated records, second coding, guides, docs, dictionaries, tests) is
scanned for any run of 12 consecutive words that also occurs in a corpus text."""

from __future__ import annotations

import re

WINDOW = 12
WORD = re.compile(r"[A-Za-z0-9']+")
SCANNED = ("dataset/curated/events", "dataset/curated/actors.yaml", "dataset/curated/places.yaml",
           "dataset/curated/positions.yaml", "dataset/curation-notes", "dataset/double-coding", "dataset/CURATION.md", "dataset/README.md", "docs",
           "README.md", "CHANGELOG.md", "src/pakiran_events/extract/dictionaries", "tests", "scripts", "bench/blind-run/README.md")


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = [w.lower() for w in WORD.findall(text)]
    return {tuple(words[i:i + WINDOW]) for i in range(len(words) - WINDOW + 1)}


def test_no_corpus_sentence_is_committed(repo, corpus_dirs):
    from pakiran_events.core.corpus import Corpus

    corpus = Corpus(*corpus_dirs)
    source = set()
    for row in corpus.manifest():
        source |= _shingles(corpus.text(row["doc_id"]))
    found = []
    for entry in SCANNED:
        path = repo / entry
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.suffix in {".yaml", ".md", ".csv", ".py", ".txt"})
        for file in files:
            text = file.read_text(encoding="utf-8", errors="replace")
            # official titles, names and source addresses are facts, not prose: such lines are not scanned
            text = re.sub(r"^\s*-?\s*(?:title|office|name|source|url):.*$", "", text, flags=re.M)
            hits = _shingles(text) & source
            if hits:
                found.append(f"{file.relative_to(repo)}: {' '.join(sorted(hits)[0])!r}")
    assert found == [], "corpus text committed:\n" + "\n".join(found)


def test_the_scan_catches_a_copied_sentence(tmp_path):
    sentence = "the two ministers agreed in the capital on a plan to open three new border markets soon"
    assert _shingles("Notes: " + sentence + ".") & _shingles("Report. " + sentence.capitalize() + " after talks.")
