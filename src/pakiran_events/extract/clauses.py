"""Clauses of a sentence, on spaCy's blank English pipeline (tokenizer only, no model weights):
a clause ends at a semicolon, colon, dash or bracket and before a subordinating word, and the
Matcher marks the negation and plan tokens of each clause."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

BOUNDARY_PUNCT = {";", ":", "—", "–", "(", ")", "\u2014"}
SUBORDINATORS = {"while", "whereas", "where", "after", "before", "when", "although", "though", "but", "whereby"}


@lru_cache(maxsize=1)
def pipeline():
    """spaCy's blank English pipeline: rule-based tokenizer (with its abbreviation exceptions)."""
    import spacy

    return spacy.blank("en")


# A sentence without a boundary character or a subordinating word (outside an ASCII word) is one
# clause: spaCy's tokenizer is run only on the others (a token can only be what the text holds).
_MAY_CUT = re.compile("[" + re.escape("".join(BOUNDARY_PUNCT)) + "]|(?<![a-z])(?:" + "|".join(sorted(SUBORDINATORS))
                      + ")(?![a-z])", re.IGNORECASE)


_CHUNK = re.compile(r"\S+")  # spaCy's tokenizer splits the text where str.isspace changes, then each chunk alone


# A chunk longer than this is no word a report writes (the corpus's and probes' longest chunk that
# holds a boundary mark is 25 characters): spaCy's affix splitting takes one bracket or dash a step
# and searches the whole rest of the chunk each step (quadratic: 20,000 nested brackets were minutes,
# breaker of round 24), so such a chunk is cut at its characters alone (`_character_cuts`, linear).
LONG_CHUNK = 64
_LONG_CHUNK = re.compile(r"\S{%d}" % (LONG_CHUNK + 1))


def _character_cuts(chunk: str) -> tuple[tuple[int, bool], ...]:
    """`_chunk_cuts` of a chunk over LONG_CHUNK characters, read from its characters: each boundary
    character, and each subordinating word not inside an ASCII word, in one regex scan."""
    return tuple((m.start(), m.group(0) not in BOUNDARY_PUNCT) for m in _MAY_CUT.finditer(chunk))


@lru_cache(maxsize=8192)
def _chunk_cuts(chunk: str) -> tuple[tuple[int, bool], ...]:
    """(offset, is a subordinating word) of each token of one white-space-free chunk that may
    end a clause. spaCy tokenizes each chunk on its own (and caches it so), so the chunk's
    tokens are those the whole sentence's tokenization holds there. A chunk over LONG_CHUNK
    characters is cut by `_character_cuts` instead (spaCy's tokenizer is quadratic in a chunk's length)."""
    return tuple((token.idx, token.text not in BOUNDARY_PUNCT) for token in pipeline().make_doc(chunk)
                 if token.text in BOUNDARY_PUNCT or token.lower_ in SUBORDINATORS)


@lru_cache(maxsize=4096)
def clause_bounds(sentence: str) -> tuple[tuple[int, int], ...]:
    """(start, end) character offsets of each clause of a sentence: a cut before each token that
    is a boundary mark, or a subordinating word other than the sentence's first token. Only the
    white-space-free chunks that hold a boundary character or a subordinating word are tokenized,
    and none over LONG_CHUNK characters (those are cut at their characters): linear in the sentence."""
    if not _MAY_CUT.search(sentence):
        return ((0, len(sentence)),) if sentence else ()
    if (sentence[0].isspace() or any(case in sentence for case in _punct_special_cases())) \
            and not _LONG_CHUNK.search(sentence) and len(sentence) <= pipeline().max_length:
        # the first token would be white space, or a special case of the tokenizer made of
        # punctuation (':)', ':(' ...), which spaCy matches across its chunks: the whole sentence
        # (one over spaCy's max_length, which make_doc refuses with E088, is cut chunk by chunk)
        return _whole_sentence_bounds(sentence)
    cuts = [0]
    for chunk in _CHUNK.finditer(sentence):
        if _MAY_CUT.search(text := chunk.group(0)):
            found = _character_cuts(text) if len(text) > LONG_CHUNK else _chunk_cuts(text)  # a long one not kept
            cuts.extend(chunk.start() + idx for idx, word in found
                        if not (word and chunk.start() + idx == 0))
    cuts.append(len(sentence))
    return tuple((a, b) for a, b in zip(cuts, cuts[1:]) if b > a)


@lru_cache(maxsize=1)
def _punct_special_cases() -> tuple[str, ...]:
    """The tokenizer's special cases (emoticons such as ':)') that hold a boundary character: where
    one occurs, a chunk's tokens can depend on its neighbours, so the per-chunk fast path is off."""
    return tuple(sorted(case for case in pipeline().tokenizer.rules
                        if any(ch in BOUNDARY_PUNCT for ch in case)))


def _whole_sentence_bounds(sentence: str) -> tuple[tuple[int, int], ...]:
    doc = pipeline().make_doc(sentence)
    cuts = [0]
    for token in doc:
        if token.text in BOUNDARY_PUNCT or (token.lower_ in SUBORDINATORS and token.i > 0):
            cuts.append(token.idx)
    cuts.append(len(sentence))
    return tuple((a, b) for a, b in zip(cuts, cuts[1:]) if b > a)


@lru_cache(maxsize=4096)
def _clause_starts(sentence: str) -> tuple[int, ...]:
    return tuple(a for a, _ in clause_bounds(sentence))


def clause_at(sentence: str, pos: int) -> tuple[int, int]:
    """The clause of the sentence that holds character `pos` (one bisection of its clauses: asked
    for every date and trigger of a sentence of many clauses, a scan was quadratic: review22)."""
    k = bisect_right(_clause_starts(sentence), pos) - 1
    if k >= 0 and pos < (bounds := clause_bounds(sentence)[k])[1]:
        return bounds
    return 0, len(sentence)


# an aside about a person between commas: ', whose plane landed late on Tuesday,' ', who reached
# Lahore on Tuesday,' (to the next comma or boundary mark, else to the sentence's end). A 'which'
# clause is left out: it tells of its antecedent ('the talks, which were held on Monday,').
_PERSON_RELATIVE = re.compile(r",\s+(?:who|whose|whom)\b[^,;:()\u2014\u2013]*", re.IGNORECASE)


@lru_cache(maxsize=256)
def _relative_clauses(sentence: str) -> tuple[tuple[int, ...], tuple[tuple[int, int], ...]]:
    """The starts and spans of the sentence's person relative clauses, in order (they do not overlap)."""
    spans = tuple(m.span() for m in _PERSON_RELATIVE.finditer(sentence))
    return tuple(a for a, _ in spans), spans


@lru_cache(maxsize=4096)
def relative_clause_at(sentence: str, pos: int) -> tuple[int, int] | None:
    """The relative clause about a person that holds character `pos` (its leading comma to the
    comma closing it), or None: a date inside it dates that clause's verb, not the main clause's.
    One bisection of the sentence's clauses, found once (review22: a scan per position was quadratic)."""
    starts, spans = _relative_clauses(sentence)
    k = bisect_right(starts, pos) - 1
    return spans[k] if k >= 0 and pos < spans[k][1] else None


def new_clause_at(sentence: str, a: int) -> bool:
    """Whether the clause starting at character `a` is a clause of its own, opened by a semicolon,
    a colon or a subordinating word ('; Z was in Lahore', 'while Z was in Karachi'), not an aside
    cut by a bracket or a dash ('Brigadier (retd) X', '— X, who ... —'). False for the first clause."""
    if a <= 0 or a >= len(sentence):
        return False
    if sentence[a] in ";:":
        return True
    word = sentence[a:a + 9].split(maxsplit=1)
    return bool(word) and word[0].lower() in SUBORDINATORS


def cover(length: int, opens: list[tuple[int, tuple]]) -> list[tuple]:
    """The one cutter of a sentence into regions (frame_regions) and meeting parts (meeting_parts):
    `opens` gives, in order, (offset, data) of each region's start, the first taken to start at 0;
    each region ends where the next starts, the last at `length`. Returns (start, end, *data) per
    region, in order, covering [0, length); [] for no opens. Offsets not after the one before are
    ignored (a region is never empty)."""
    out: list[tuple] = []
    for at, data in opens:
        if not out:
            out.append((0, length, *data))
        elif out[-1][0] < at < length:
            out[-1] = (out[-1][0], at, *out[-1][2:])
            out.append((at, length, *data))
    return out
