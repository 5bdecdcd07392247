"""The coordinated parts of a sentence telling several meetings ('met X in Islamabad and later
called on Y in Rawalpindi'): each part is one meeting trigger with what follows it, so a
counterpart's meeting takes the place and the day its own part tells (issue 15: an event frame per
clause), the sentence's only when its part tells none."""

from __future__ import annotations

import re

from pakiran_events.extract.report import Reading
from pakiran_events.extract.starts import all_matches

# where one coordinated part ends and the next begins, before the next meeting trigger: a comma or
# semicolon, or a coordinating word ('and', 'then'); the part begins at the last such cut
_JOINER = re.compile(r"[;,]|\b(?:and|then)\b", re.IGNORECASE)


Part = tuple[int, int, int, int]  # start, end, trigger start, trigger end: sentence offsets


def meeting_parts(r: Reading, i: int) -> list[Part]:
    """(start, end, trigger start, trigger end) sentence offsets of each coordinated part of sentence i holding
    a meeting trigger of its own (engagement.yaml `meeting`, `meeting_object`). A second trigger
    opens a part only when a comma, semicolon, 'and' or 'then' stands between it and the trigger
    before ('held talks with X during their meeting' is one part); the first part starts at the
    sentence's start, the last ends at its end. One part (or none) when the sentence tells one."""
    sentence = r.sentence(i)
    found = all_matches(r.lex.patterns["meeting"], r._trigger_starts(i), sentence)
    parts: list[Part] = []
    for m in found:
        if not parts:
            parts.append((0, len(sentence), m.start(), m.end()))
            continue
        cuts = [j.start() for j in _JOINER.finditer(sentence, parts[-1][2], m.start())]
        if not cuts:
            continue
        start, _, trigger, end = parts[-1]
        parts[-1] = (start, cuts[-1], trigger, end)
        parts.append((cuts[-1], len(sentence), m.start(), m.end()))
    return parts


def part_of(parts: list[Part], pos: int) -> Part | None:
    """The part holding sentence offset `pos`; None outside them all."""
    return next((p for p in parts if p[0] <= pos < p[1]), None)
