"""Hostile sentences that cost the reading too much (breaker of round 24), asserted on counts of
work and on output, never on time (bench/hostile25_bench.py prints the times): 20,000 nested
brackets in one sentence were given whole to spaCy's tokenizer, whose affix splitting is
quadratic in a chunk's length; a sentence of one clause repeated tested every mention against
every trigger's region. Made-up texts only."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extract_fixtures import shipped_lexicon
from pakiran_events.extract import clauses, frame_regions
from pakiran_events.extract.report import Reading, read_report


class _CountingPipeline:
    """spaCy's blank pipeline, counting the characters it is given to tokenize."""

    def __init__(self, nlp) -> None:
        self.nlp, self.longest = nlp, 0
        self.tokenizer, self.max_length = nlp.tokenizer, nlp.max_length

    def make_doc(self, text: str):
        self.longest = max(self.longest, len(text))
        return self.nlp.make_doc(text)


def _counted(monkeypatch) -> _CountingPipeline:
    counting = _CountingPipeline(clauses.pipeline())
    monkeypatch.setattr(clauses, "pipeline", lambda: counting)
    clauses.clause_bounds.cache_clear()
    clauses._chunk_cuts.cache_clear()
    return counting


def test_deeply_nested_brackets_are_cut_at_each_bracket_without_tokenizing_the_whole_chunk(monkeypatch):
    counting = _counted(monkeypatch)
    n = 20_000
    sentence = "Naqvi met Momeni in Tehran " + "(" * n + "on Monday" + ")" * n + "."
    bounds = clauses.clause_bounds(sentence)
    assert counting.longest <= clauses.LONG_CHUNK
    brackets = [k for k, ch in enumerate(sentence) if ch in "()"]
    assert [a for a, _ in bounds] == [0, *brackets]
    assert bounds[-1][1] == len(sentence)


def test_a_long_chunk_after_leading_space_or_an_emoticon_is_not_tokenized_whole(monkeypatch):
    counting = _counted(monkeypatch)
    for sentence in (" X met Y " + "—" * 5000 + " in Quetta.", "X met Y :) " + "[(" * 3000 + "while" + ")]" * 3000):
        bounds = clauses.clause_bounds(sentence)
        assert bounds[0][0] == 0 and bounds[-1][1] == len(sentence)
        assert all(a < b for a, b in bounds)
    assert counting.longest <= clauses.LONG_CHUNK


def test_a_sentence_over_spacys_max_length_with_an_emoticon_case_is_cut_chunk_by_chunk(monkeypatch):
    # an em dash and '8)' are tokenizer special cases: such a sentence was given whole to make_doc,
    # which refuses a text over nlp.max_length (E088) and the report was skipped as unreadable
    counting = _counted(monkeypatch)
    words = [f"Naqvi—Momeni–while({k})" for k in range(60_000)]
    sentence = " ".join(words)
    assert len(sentence) > clauses.pipeline().max_length
    bounds = clauses.clause_bounds(sentence)
    assert counting.longest <= clauses.LONG_CHUNK
    assert len(bounds) == 1 + sum(len(clauses._chunk_cuts(word)) for word in words)  # each word's own cuts


def test_a_long_chunk_is_cut_at_its_boundary_characters_and_subordinating_words():
    chunk = "x" * clauses.LONG_CHUNK + "(a)while;b—whilst"
    cuts = clauses._character_cuts(chunk)
    base = clauses.LONG_CHUNK
    assert cuts == ((base, False), (base + 2, False), (base + 3, True), (base + 8, False), (base + 10, False))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["(", ")", ";", ":", "—", "–", "while", "But", "x", "é", "-"]), min_size=1, max_size=40))
def test_a_chunk_of_any_length_is_cut_only_at_a_boundary_or_a_subordinating_word(pieces):
    sentence = "".join(pieces) * 3
    for a, b in clauses.clause_bounds(sentence):
        assert 0 <= a < b <= len(sentence)
        assert a == 0 or sentence[a] in clauses.BOUNDARY_PUNCT or sentence[a:].lower().startswith(("while", "but"))


def _one_clause_repeated(n: int) -> str:
    return "ISLAMABAD, March 7: Naqvi met Momeni in Tehran on Monday" + "; Naqvi met Momeni in Tehran on Monday" * n + "."


def _region_lookups(monkeypatch, body: str) -> int:
    calls = [0]
    original = frame_regions.region_of

    def counted(*args, **kwargs):
        calls[0] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(frame_regions, "region_of", counted)
    read_report("robust25", body, "2025-03-07", shipped_lexicon())
    return calls[0]


def test_region_lookups_grow_linearly_with_a_repeated_clause(monkeypatch):
    # each clause names two people and holds one trigger: testing each mention against each
    # trigger's region was 2 lookups per (trigger, mention), quadratic in the clauses
    small, large = (_region_lookups(monkeypatch, _one_clause_repeated(n)) for n in (40, 160))
    assert large <= 4.5 * small


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(["; Naqvi met Momeni in Quetta", ", while Ishaq Dar held talks with Abbas Araghchi",
                                 " and Naqvi met Momeni", ", while the Iranian minister is expected to visit Lahore",
                                 "; the ministry denied that Ishaq Dar would visit Mashhad", " (Momeni) "]),
                min_size=1, max_size=8))
def test_a_triggers_own_mentions_are_those_not_outside_its_region(parts):
    body = "ISLAMABAD, March 7: Naqvi met Momeni in Tehran on Monday" + "".join(parts) + "."
    r = Reading("robust25", body, None, shipped_lexicon())
    for i in range(len(r.spans)):
        for pos in r.trigger_starts(i):
            expected = sorted((m for m in r.mentions[i] if not frame_regions.outside(r, i, pos, m.span.start - r.spans[i].start)),
                              key=lambda m: m.span.start)
            assert frame_regions.own_mentions(r, i, pos) == expected
