"""The coordinated parts of a sentence telling several meetings ('met X in Islamabad and later
called on Y in Rawalpindi'): each part is one meeting trigger with what follows it, so a
counterpart's meeting takes the place and the day its own part tells (issue 15: an event frame per
clause), the sentence's only when its part tells none."""

from __future__ import annotations

from pakiran_events.extract.report import Reading
from pakiran_events.extract.starts import all_matches

Part = tuple[int, int, int, int]  # start, end, trigger start, trigger end: sentence offsets


def meeting_parts(r: Reading, i: int) -> list[Part]:
    """(start, end, trigger start, trigger end) sentence offsets of each coordinated part of
    sentence i holding a meeting trigger of its own (engagement.yaml `meeting`, `meeting_object`).
    A later trigger opens a part only when a joiner (engagement.yaml `part_joiners`: a comma,
    'and', 'then') stands between it and the trigger before, and the part begins at the last such
    joiner ('held talks with X during their meeting' is one part). The first part starts at the
    sentence's start, the last ends at its end; one part (or none) when the sentence tells one.
    Never raises on a sentence."""
    sentence = r.sentence(i)
    found = all_matches(r.lex.patterns["meeting"], r.trigger_starts(i), sentence)
    parts: list[Part] = []
    for m in found:
        if not parts:
            parts.append((0, len(sentence), m.start(), m.end()))
            continue
        cuts = [j.start() for j in r.lex.patterns["part_joiner"].finditer(sentence, parts[-1][3], m.start())]
        if not cuts:
            continue
        start, _, trigger, end = parts[-1]
        parts[-1] = (start, cuts[-1], trigger, end)
        parts.append((cuts[-1], len(sentence), m.start(), m.end()))
    return parts


def part_of(parts: list[Part], pos: int) -> Part | None:
    """The part holding sentence offset `pos`; None outside them all."""
    return next((p for p in parts if p[0] <= pos < p[1]), None)
