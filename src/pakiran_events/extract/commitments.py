"""Commitments in a report: typed by the commitment dictionary, graded by the modality verbs,
given to the sides that made them, and attached to the engagement they were made at."""

from __future__ import annotations

import re


def parties_of(reader, i: int, verb_start: int) -> list[str]:
    """The sides that made a statement: a joint subject gives both; else the people and country
    words before the verb; else the people of the sentence; else both."""
    s = reader.spans[i]
    subject = reader.text[s.start:s.start + verb_start]
    if reader.lex.patterns["joint"].search(subject):
        return ["IRN", "PAK"]
    sides = {m.side for m in reader.mentions[i] if m.span.start < s.start + verb_start and m.side}
    if not sides:
        sides = {iso for iso, pat in reader.lex.patterns["side"].items() if pat.search(subject)}
    if not sides:
        sides = {m.side for m in reader.mentions[i] if m.side}
        sides = sides if len(sides) == 1 else set()
    return sorted(sides) or ["IRN", "PAK"]


def commitments_in(reader, i: int) -> list[dict]:
    """(type, modality, parties, span) for each commitment type named in sentence i."""
    lex = reader.lex
    if reader.has("background", i):
        return []
    s = reader.spans[i]
    chunk = reader.text[s.start:s.end]
    verb = None
    for modality, pat in lex.patterns["modality"]:
        m = pat.search(chunk)
        if m and not reader.future_at(i, m.start()):
            verb = (modality, m.start())
            break
    if verb is None:
        return []
    found = []
    for ctype, pat in lex.patterns["commitment"].items():
        if pat.search(chunk):
            found.append({"commitment_type": ctype, "modality": verb[0],
                          "parties": parties_of(reader, i, verb[1]), "span": s})
    return found


def attach_commitments(reader, candidates: list) -> None:
    """Each commitment goes to a meeting of its own sentence, else to the meeting last told of
    before it, else to the visit (a statement about the whole trip), else to the only event."""
    if not candidates:
        return
    by_sentence = sorted(((c.sentence, c) for c in candidates if c.kind != "visit"), key=lambda pair: pair[0])
    visit = next((c for c in candidates if c.kind == "visit"), None)
    for i in range(len(reader.spans)):
        found = commitments_in(reader, i)
        if not found:
            continue
        here = [c for n, c in by_sentence if n == i]
        before = [c for n, c in by_sentence if n < i]
        target = here[0] if here else before[-1] if before else visit or candidates[0]
        for item in found:
            target.commitments.append(item)
