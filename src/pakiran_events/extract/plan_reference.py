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


CONFIRM_REACH = 2  # sentences after an asked engagement in which a confirmation of it is read


def asked_told_held(r: Reading, frames: list[Frame]) -> None:
    """Mark held, in place, each frame told only as asked or unknown (`Reading.governed_at`: 'Reporters
    asked whether A and B had spoken by telephone') that a later held clause about the same engagement
    confirms ('The presidency later confirmed the call', 'the call took place on Thursday': a
    reference noun, `_confirmed_at`) within CONFIRM_REACH sentences, no other frame told between (the
    reference names the engagement the report last told of, as `plans_told_on` reads it; round 29).
    A plan word ('would meet') keeps it planned: a plan confirmed is still a plan. Returns None."""
    ordered = sorted(frames, key=lambda f: f.trigger.start)
    for k, frame in enumerate(ordered):
        if not frame.planned or frame.negated or not _only_asked(r, frame):
            continue
        until = ordered[k + 1].trigger.start if k + 1 < len(ordered) else len(r.text)
        last = min(frame.sentence + CONFIRM_REACH, len(r.spans) - 1)
        if any(_confirmed_at(r, i, until) for i in range(frame.sentence + 1, last + 1)):
            frame.planned = False


def _only_asked(r: Reading, frame: Frame) -> bool:
    """Whether the frame is planned only by the word governing its clause (asked, unclear,
    wondered), not by a plan or a time still to come in its own clause."""
    i, s = frame.sentence, r.spans[frame.sentence]
    start = frame.trigger.start - s.start
    if not r.governed_at(i, start) or r.future_at(i, start):
        return False
    a, b = clause_at(r.sentence(i), start)
    p = r.lex.patterns
    return not (p["plan"].search(r.sentence(i), a, b) or p["future_time"].search(r.sentence(i), a, b))


def _confirmed_at(r: Reading, i: int, until: int) -> bool:
    """Whether sentence i, before text offset `until`, tells a definite engagement noun
    (engagement.yaml `reference_determiners`, `denied_claim_nouns`) as held: the object of a
    confirming verb (`clause_governors.confirming`) in its clause, or followed by a taking-place
    predicate (`denied_taking_place`: 'the call took place'); neither negated, planned nor governed
    by a word of asking itself ('did not confirm the call', 'could not say whether the call ...')."""
    s, sentence, p = r.spans[i], r.sentence(i), r.lex.patterns
    for m in _confirmed_reference(r).finditer(sentence, 0, max(0, min(len(sentence), until - s.start))):
        a, b = clause_at(sentence, m.start())
        if p["third_party"].search(sentence, m.end(), b):
            continue  # 'confirmed the call with Saudi officials': another engagement than the one asked about (review29)
        verb = p["confirming"].search(sentence, a, m.start())
        taking_place = p["denied_taking_place"].match(sentence, m.end()) or p["denied_taking_place"].match(sentence, m.end() + 1)
        at = verb.start() if verb is not None else m.start()
        planned, negated = r.modality_at(i, at, at)
        if (verb is not None or taking_place) and not (planned or negated):
            return True
    return False


def _confirmed_reference(r: Reading) -> re.Pattern:
    pattern = r.lex.patterns.get("_confirmed_reference")
    if pattern is None:
        e = r.lex.dictionaries["engagement"]
        dets, nouns = ("|".join(e.get(k, [])) or "(?!x)x" for k in ("reference_determiners", "denied_claim_nouns"))
        pattern = r.lex.patterns["_confirmed_reference"] = re.compile(rf"\b(?:{dets})\s+(?:{nouns})\b", re.IGNORECASE)
    return pattern
