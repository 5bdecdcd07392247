"""A plan told on: after a report tells an engagement as planned, postponed or called off, a later
sentence that names it again ('the delegation-level talks', 'his trip', 'the joint commission') with
no day and no held verb of its own speaks of that plan, not of a held engagement (issue 15: no
event from an announcement alone). Words are engagement.yaml's (`reference_determiners`,
`reference_nouns`); the clause and tense tests are the frames' own patterns."""

from __future__ import annotations

import re

from pakiran_events.extract.clauses import clause_at
from pakiran_events.extract.report import Frame, Reading


def plans_told_on(r: Reading, frames: list[Frame]) -> None:
    """Mark planned, in place, each frame that only refers back to a planned one.

    frames: the report's frames (any order). A frame is changed only when all hold: it is not
    planned or negated; the frame told nearest before it in the text is planned; its trigger holds
    a `reference_nouns` noun after a `reference_determiners` word with at most three words between,
    none a past verb ('the minister held talks' is a clause of its own); its clause owns no day
    read as past; and no held verb follows the trigger in its clause except a reporting verb or one
    after 'not' ('the commission has not met for years' is still no held session). Returns None."""
    ordered = sorted(frames, key=lambda f: f.trigger.start)
    for before, frame in zip(ordered, ordered[1:]):
        if before.planned and not (frame.planned or frame.negated) and _refers_back(r, frame) \
                and not _told_as_held(r, frame):
            frame.planned = True


def _reference(r: Reading) -> re.Pattern:
    pattern = r.lex.patterns.get("_plan_reference")
    if pattern is None:
        e = r.lex.dictionaries["engagement"]
        dets, nouns = ("|".join(e.get(k, [])) or "(?!x)x" for k in ("reference_determiners", "reference_nouns"))
        pattern = r.lex.patterns["_plan_reference"] = re.compile(
            rf"\b(?:{dets})\s+((?:[\w’'\-]+\s+){{0,3}}?)(?:{nouns})\b", re.IGNORECASE)
    return pattern


def _refers_back(r: Reading, frame: Frame) -> bool:
    """Whether the trigger is a definite noun phrase whose head noun lies inside the trigger."""
    s = r.spans[frame.sentence]
    sentence = r.sentence(frame.sentence)
    start, end = frame.trigger.start - s.start, frame.trigger.end - s.start
    past = r.lex.patterns["past_verb"]
    for m in _reference(r).finditer(sentence, max(0, start - 60), end):
        if m.end() > start and not any(past.fullmatch(w) for w in m.group(1).split()):
            return True
    return False


def _told_as_held(r: Reading, frame: Frame) -> bool:
    """Whether the frame's clause tells it as held: a day of its own read as past, or a held verb
    after the trigger that is neither a reporting verb nor negated."""
    from pakiran_events.extract.frames import owned_cues, reporting_words

    i, s = frame.sentence, r.spans[frame.sentence]
    sentence = r.sentence(i)
    start, end = frame.trigger.start - s.start, frame.trigger.end - s.start
    if any(not cue.ahead for cue, _ in owned_cues(r, i, start, end)):
        return True
    reporting, negation = reporting_words(r), r.lex.patterns["negation"]
    _, b = clause_at(sentence, start)
    for m in r.lex.patterns["held_verb"].finditer(sentence, end, b):
        if not reporting.match(sentence, m.start()) and not negation.search(sentence, max(end, m.start() - 12), m.start()):
            return True
    return False
