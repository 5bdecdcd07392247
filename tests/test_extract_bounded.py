"""One document cannot stop `extract` (issue 13): the name pass does work linear in the words of
a name-dense text (counted, never timed), and a report that takes longer than its reading
budget is named and skipped. The texts are generated here from the gazetteer's spellings and
made-up words; no corpus text is used."""

from __future__ import annotations

import random
from functools import lru_cache
from pathlib import Path

import pytest

pytest.importorskip("rapidfuzz")


@lru_cache(maxsize=1)
def _lexicon():
    from pakiran_events.extract.lexicon import load_lexicon

    return load_lexicon()


def name_dense(n_items: int, seed: int = 7) -> str:
    """One long sentence of names: gazetteer spellings, titled strangers, and surnames a letter
    off a spelling (the fuzzy pass), separated by commas: the worst case for a pass that compares
    each word with every name found before it."""
    lex = _lexicon()
    spellings = sorted(s for s in lex.alias_owner if " " in s)[:30] or sorted(lex.alias_owner)[:30]
    near = [s[:-1] + ("a" if s[-1] != "a" else "e") for s in lex.fuzzy_choices[:20]] or ["Quorvandel"]
    rnd = random.Random(seed)
    items = []
    for _ in range(n_items):
        kind = rnd.randrange(4)
        if kind == 0:
            items.append("Foreign Minister " + rnd.choice(spellings).title())
        elif kind == 1:
            items.append(rnd.choice(spellings).title())
        elif kind == 2:
            items.append(rnd.choice(near).title())
        else:
            items.append(f"Interior Minister Zorvan Quel{rnd.randrange(1000)}an")
    return ", ".join(items) + " met in the capital."


def _probes(text: str) -> tuple[int, int]:
    from pakiran_events.extract.mentions import People, sentences

    people = People(text, sentences(text), None, _lexicon()).find()
    return people.probes, sum(len(m) for m in people.mentions)


def test_the_name_pass_is_linear_in_a_name_dense_text():
    small, small_names = _probes(name_dense(500))
    large, large_names = _probes(name_dense(4000))
    assert small_names > 300 and large_names > 8 * small_names * 0.8  # the texts are as name-dense as meant
    # a pass comparing each word with every earlier name would do ~64x the work for 8x the names
    assert large <= 9 * small, (small, large)
    assert large <= 12 * large_names, (large, large_names)


def test_the_names_found_are_the_ones_a_plain_scan_finds():
    """The binary-search spans answer exactly as the scan over every earlier span did."""
    from pakiran_events.extract.mentions import Taken

    rnd = random.Random(3)
    taken, plain = Taken(), []
    pos = 0
    for _ in range(300):
        pos += rnd.randrange(1, 9)
        end = pos + rnd.randrange(1, 7)
        if not any(a < end and pos < b for a, b in plain):
            taken.append((pos, end))
            plain.append((pos, end))
        pos = end
    assert taken.disjoint
    for probe in range(0, pos + 5):
        assert taken.holds(probe) == any(a <= probe < b for a, b in plain)
        for width in (1, 3, 8):
            assert taken.overlaps(probe, probe + width) == any(a < probe + width and probe < b for a, b in plain)
            assert taken.starts_in(probe, probe + width) == any(probe <= a < probe + width for a, _ in plain)
    taken.append((plain[0][0], plain[0][1] + 1))  # an overlapping span: every answer falls back to the scan
    assert not taken.disjoint and taken.holds(plain[0][0])


def test_a_report_over_its_reading_budget_is_named_and_skipped(tmp_path: Path):
    from pakiran_events.extract.run import read_one

    (tmp_path / "dense.txt").write_text(name_dense(12000), encoding="utf-8")
    (tmp_path / "short.txt").write_text("The two ministers met in the capital on Monday.", encoding="utf-8")
    read, hashes = read_one({"doc_id": "dense", "file": "dense.txt", "root": str(tmp_path)}, _lexicon(), seconds=0.001)
    assert read.problem and "reading budget of 0.001 s" in read.problem and hashes == []
    read, _ = read_one({"doc_id": "short", "file": "short.txt", "root": str(tmp_path)}, _lexicon(), seconds=600)
    assert read.problem is None


def _clauses_by_spacy(sentence: str):
    from pakiran_events.extract import clauses

    doc = clauses.pipeline().make_doc(sentence)
    cuts = [0] + [t.idx for t in doc if t.text in clauses.BOUNDARY_PUNCT
                  or (t.lower_ in clauses.SUBORDINATORS and t.i > 0)] + [len(sentence)]
    return tuple((a, b) for a, b in zip(cuts, cuts[1:]) if b > a)


def test_clauses_skip_spacy_only_where_it_would_cut_nothing():
    """The prefilter that spares spaCy's tokenizer gives the clauses spaCy gives (property), for
    sentences whose white-space-free chunks are at most LONG_CHUNK characters: a longer chunk is cut at
    its characters by design (tests/test_matching_helpers.py, tests/test_robust25.py), where spaCy
    may keep 'where's;while' glued into one token."""
    pytest.importorskip("spacy")
    from hypothesis import assume, given, settings
    from hypothesis import strategies as st

    from pakiran_events.extract.clauses import _LONG_CHUNK, clause_bounds

    pieces = st.sampled_from(["while", "When", "but", "butter", "where's", "after", ";", ":", "(", ")", "—", "–",
                              " ", "  ", "-", "’", ".", ",", "x", "Ministers", "met", "é", "\n", "e.g.", "Mr."])

    @settings(max_examples=400, deadline=None)
    @given(st.lists(pieces, max_size=14).map("".join))
    def check(sentence):
        assume(not _LONG_CHUNK.search(sentence))
        clause_bounds.cache_clear()
        assert clause_bounds(sentence) == _clauses_by_spacy(sentence)

    check()
