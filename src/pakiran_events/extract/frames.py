"""Clause frames: for each engagement trigger of a sentence, who (source and target slots),
where, when, and whether it was held (modality, negation). Token patterns are the dictionaries'
(`engagement.yaml`); nothing here names a country, a person or a place."""

from __future__ import annotations

from pakiran_events.extract.mentions import Mention, Span
from pakiran_events.extract.report import DESTINATION, ORIGIN, Frame, Reading

KIND_OF_TRIGGER = {"meeting": "meeting", "passive_meeting": "meeting", "commission": "meeting", "phone": "phone_call",
                   "visit": "visit", "arrival": "arrival", "departure": "departure", "reception": "reception",
                   "ceremony": "ceremony"}
SYMMETRIC = ("passive_meeting", "commission", "phone", "ceremony")   # participants named anywhere in the sentence


def frames_of(r: Reading) -> list[Frame]:
    """Every frame of the report, in text order."""
    out = []
    for i in range(len(r.spans)):
        if not r.has("any_engagement", i):
            continue
        seen: set[str] = set()
        for trigger in ("phone", "passive_meeting", "commission", "meeting", "ceremony", "reception", "visit",
                        "arrival", "departure"):
            m = r.find(trigger, i)
            if m is None or (trigger == "meeting" and "phone_call" in seen):
                continue
            kind = KIND_OF_TRIGGER[trigger]
            if kind in seen and kind != "reception":
                continue
            seen.add(kind)
            out.append(_frame(r, i, trigger, kind, m.start(), m.end()))
    return out


def _persons(r: Reading, mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if r.people.is_person(m.actor_id)]


def _frame(r: Reading, i: int, trigger: str, kind: str, start: int, end: int) -> Frame:
    s = r.spans[i]
    frame = Frame(kind, i, Span(s.start + start, s.start + end))
    frame.planned, frame.negated = r.modality_at(i, start, end)
    people = sorted(r.mentions[i], key=lambda m: m.span.start)
    before = [m for m in people if m.span.start < s.start + start]
    after = [m for m in people if m.span.start >= s.start + end]
    if trigger in SYMMETRIC:
        frame.sources, frame.targets = people[:1], people[1:]
        if trigger == "phone" and len({m.side for m in _persons(r, people)}) < 2:
            plural = r.people.plural_office(i)
            frame.sources, frame.targets = (plural[:1], plural[1:]) if plural else (frame.sources, frame.targets)
    elif trigger == "reception" and r.sentence(i)[start:end].lower().endswith(" by"):
        frame.sources, frame.targets = after, before    # passive: 'X was received by Y' -> Y received X
    else:
        frame.sources, frame.targets = before[::-1], after  # nearest subject first
    if kind == "meeting" and frame.sources and not any(m.side != frame.sources[0].side for m in _persons(r, frame.targets)):
        other = r.people.counterpart_of(i, s.start + end, frame.sources[0])
        if other:
            frame.targets = [other, *frame.targets]
    frame.place_id = _place(r, i, start)
    frame.dates = r.cues(i, *_clause_window(r, i, start))
    return frame


def _clause_window(r: Reading, i: int, pos: int) -> tuple[int, int | None]:
    """Date expressions of the trigger's clause first; the whole sentence when it has none."""
    from pakiran_events.extract.clauses import clause_at

    a, b = clause_at(r.sentence(i), pos)
    return (a, b) if r.cues(i, a, b) else (0, None)


def _place(r: Reading, i: int, trigger_start: int) -> str | None:
    """The place the clause puts the engagement in: a destination or location ('in', 'to', 'for',
    'at'), never an origin ('from X', 'left X'); after the trigger first."""
    s = r.spans[i]
    found = r.people.places_in(s.start, s.end)
    good = [(pos, pid) for pos, pid in found if not ORIGIN.search(r.text[max(s.start, pos - 16):pos])]
    is_country = lambda pid: r.lex.places[pid].get("coordinate_precision") == "country"
    cities = [(pos, pid) for pos, pid in good if not is_country(pid)]
    # a city named in the clause says more than its country; a country word is a place only after
    # 'in', 'to', 'for' ('Pakistan's army chief' is a side, not a place)
    good = cities or [(pos, pid) for pos, pid in good if DESTINATION.search(r.text[max(s.start, pos - 40):pos])]
    dest = [(pos, pid) for pos, pid in good if DESTINATION.search(r.text[max(s.start, pos - 40):pos])]
    for group in (dest, good):
        after = [pid for pos, pid in group if pos >= s.start + trigger_start]
        if after:
            return after[0]
        if group:
            return group[-1][1]
    return None
