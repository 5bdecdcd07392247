"""Clauses of a sentence, on spaCy's blank English pipeline (tokenizer only, no model weights):
a clause ends at a semicolon, colon, dash or bracket and before a subordinating word, and the
Matcher marks the negation and plan tokens of each clause."""

from __future__ import annotations

from functools import lru_cache

BOUNDARY_PUNCT = {";", ":", "—", "–", "(", ")", "\u2014"}
SUBORDINATORS = {"while", "whereas", "where", "after", "before", "when", "although", "though", "but", "whereby"}


@lru_cache(maxsize=1)
def pipeline():
    """spaCy's blank English pipeline: rule-based tokenizer (with its abbreviation exceptions)."""
    import spacy

    return spacy.blank("en")


@lru_cache(maxsize=4096)
def clause_bounds(sentence: str) -> tuple[tuple[int, int], ...]:
    """(start, end) character offsets of each clause of a sentence."""
    doc = pipeline().make_doc(sentence)
    cuts = [0]
    for token in doc:
        if token.text in BOUNDARY_PUNCT or (token.lower_ in SUBORDINATORS and token.i > 0):
            cuts.append(token.idx)
    cuts.append(len(sentence))
    return tuple((a, b) for a, b in zip(cuts, cuts[1:]) if b > a)


def clause_at(sentence: str, pos: int) -> tuple[int, int]:
    """The clause of the sentence that holds character `pos`."""
    for a, b in clause_bounds(sentence):
        if a <= pos < b:
            return a, b
    return 0, len(sentence)
