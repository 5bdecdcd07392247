"""Which part of a sentence one trigger's frame reads (issue 15: an event frame per clause, with
its own modality, negation and subject). A clause (`clauses.clause_bounds`) that holds a trigger
of its own opens a region of the sentence when it names its own subject before that trigger ('...,
while X held talks with Y in Quetta') or tells another modality than the region before it ('...,
while X is expected to visit Tehran next month', '..., but the ministry denied that X would
visit'). A frame takes its source and target actors from its own region only; a region of another
modality gives it no date and no place either. A sentence with one region reads as before."""

from __future__ import annotations

from bisect import bisect_right

from pakiran_events.extract.clauses import clause_at, clause_bounds, relative_clause_at
from pakiran_events.extract.report import Reading

Region = tuple[int, int, bool]  # start, end (sentence offsets), told as held (not planned, not negated)


def regions(r: Reading, i: int) -> list[Region]:
    """(start, end, held) of each region of sentence i, in order, covering the sentence; one
    region, the whole sentence, when no later clause holds a trigger with its own subject or
    another modality. A clause's modality is `Reading.modality_at` at its first trigger (a plan,
    postponement or negation in the clause) or a denial before it (engagement.yaml `denial`).
    Found once per sentence. Never raises on a sentence."""
    key = ("frame_regions", i)
    if key not in r._hits:
        r._hits[key] = _regions(r, i)
    return r._hits[key]


def _regions(r: Reading, i: int) -> list[Region]:
    sentence = r.sentence(i)
    starts = r.trigger_starts(i)
    if not starts:
        return [(0, len(sentence), True)]
    subjects = sorted(m.span.start - r.spans[i].start for m in r.mentions[i])
    out: list[Region] = []
    for a, b in clause_bounds(sentence):
        first = next((t for t in starts if a <= t < b), None)
        if not out:
            if first is not None:
                out.append((0, len(sentence), _held_at(r, i, first)))
            continue
        # a clause with no trigger opens a region only by its modality ('while X is expected to
        # travel to Tehran'): its words are then the plan's, not the frame's before it
        held = _held_at(r, i, first) if first is not None else _held_at(r, i, a, whole=True)
        if held != out[-1][2] or (first is not None and _subject_between(subjects, a, first)):
            out[-1] = (out[-1][0], a, out[-1][2])
            out.append((a, len(sentence), held))
    return out


def _held_at(r: Reading, i: int, start: int, whole: bool = False) -> bool:
    """Whether the clause of sentence offset `start` tells its trigger there as held; with
    `whole` (`start` the clause's first character), whether the clause tells no plan, no
    postponement and no denial in its own words (a person's 'who' clause in it is not read: ',
    who said Pakistan would not allow ...' tells what was said, not the clause's modality)."""
    planned, negated = r.modality_at(i, start, start)
    if planned or (negated and not whole):
        return False
    return not denied(r, i, start, whole)


def denied(r: Reading, i: int, start: int, whole: bool = False) -> bool:
    """Whether a denial (engagement.yaml `denial`: 'denied that', 'ruled out') comes before the
    trigger at sentence offset `start` in its clause with no finite verb between ('denied that
    General X met Y', 'ruled out a meeting between'); 'X, who denied that Iran harboured militants,
    met Y' is no denial of the meeting. With `whole`, anywhere in the clause, no verb after it."""
    sentence = r.sentence(i)
    a, b = clause_at(sentence, start)
    end = b if whole else start
    last = None
    for last in r.lex.patterns["denial"].finditer(sentence, a, end):
        pass
    return last is not None and r.lex.patterns["held_verb"].search(sentence, last.end(), end) is None


def _subject_between(subjects: list[int], a: int, b: int) -> bool:
    """Whether someone is named in sentence offsets [a, b): the clause's own subject."""
    k = bisect_right(subjects, a - 1)
    return k < len(subjects) and subjects[k] < b


def region_of(r: Reading, i: int, pos: int) -> Region:
    """The region of sentence i that holds sentence offset `pos`."""
    found = regions(r, i)
    k = bisect_right([a for a, _, _ in found], pos) - 1
    return found[max(k, 0)]


def outside(r: Reading, i: int, pos: int, at: int, *, modality_only: bool = False) -> bool:
    """Whether sentence offset `at` lies in another region than the trigger at `pos`: a region of
    its own frame (its subject, its modality). With `modality_only`, only a region told with
    another modality (held against planned or negated) counts: a date or a place there is the
    plan's or the denial's, while one told in a held clause of another subject may still date
    or place the engagement ('arrived in Tehran on Monday, where he met X')."""
    own, other = region_of(r, i, pos), region_of(r, i, at)
    if own != other:
        return not modality_only or own[2] != other[2]
    return modality_only and own[2] and _planned_aside(r, i, pos, at)


def _planned_aside(r: Reading, i: int, pos: int, at: int) -> bool:
    """Whether sentence offset `at` lies in a person's relative clause that does not hold `pos`
    and tells it as still to come (`Reading.future_at`: 'X, who will fly to Mashhad on Friday, met
    Y on Tuesday'): its day is the plan's, not the main clause's held engagement's. 'who arrived
    on Sunday at the official invitation of' tells a held arrival."""
    aside = relative_clause_at(r.sentence(i), at)
    if aside is None or aside[0] <= pos < aside[1]:
        return False
    return r.future_at(i, at)  # a plan word before it in the aside ('at the invitation of' blanked)
