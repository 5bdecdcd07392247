"""Matching a family's members only where the family matches.

A word-list family (`lexicon.words` patterns of subsets of one phrase list, such as the trigger
kinds under `any_engagement` or the commitment types under `any_commitment`) is asked of a
sentence member by member, each search walking the whole sentence. Every offset at which a
member matches is one at which the family's union matches, so one scan of the union as a
lookahead (`lookahead`: every matching offset, overlapping ones too) gives the only offsets a
member needs to be tried at; `match` at an offset sees the text before it, as `search` does, so
the results are the members' own `search` and `finditer` results.
"""

from __future__ import annotations

import re


def lookahead(pattern: re.Pattern) -> re.Pattern:
    """The pattern as a zero-width lookahead: its `finditer` yields every offset at which the
    pattern matches, overlapping matches included."""
    return re.compile("(?=" + pattern.pattern + ")", pattern.flags)


def match_starts(ahead: re.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> list[int]:
    """Every offset in text[pos:endpos] at which the pattern `ahead` was made from matches (the
    text seen up to `endpos`, as a member's `finditer(text, pos, endpos)` sees it)."""
    return [m.start() for m in ahead.finditer(text, pos, len(text) if endpos is None else endpos)]


def first_match(pattern: re.Pattern, starts: list[int], text: str) -> re.Match | None:
    """`pattern.search(text, starts[0])` for a member of the family whose starts these are:
    search tries the offsets in order, and the first that matches is among `starts`."""
    for pos in starts:
        m = pattern.match(text, pos)
        if m is not None:
            return m
    return None


def all_matches(pattern: re.Pattern, starts: list[int], text: str, endpos: int | None = None) -> list[re.Match]:
    """`list(pattern.finditer(text, 0, endpos))` for a member of the family whose starts (up to
    `endpos`, from 0) these are: after a match the next is the first offset from its end that
    matches. An empty match (none of the word lists makes one) hands over to `finditer`, whose
    rule for the offset after an empty match this does not copy."""
    end = len(text) if endpos is None else endpos
    out: list[re.Match] = []
    after = 0
    for pos in starts:
        if pos < after:
            continue
        m = pattern.match(text, pos, end)
        if m is None:
            continue
        if m.end() == m.start():
            return list(pattern.finditer(text, 0, end))
        out.append(m)
        after = m.end()
    return out
