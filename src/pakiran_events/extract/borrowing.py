"""Days one engagement borrows from another told near it: one table of relations (`RELATIONS`), each
saying which cue in the borrowing sentence signals it, where the lent day is told (an engagement or a
day before or after it), within which window, what the lent date may be and what blocks the loan.
The frame stage asks `borrowed_cues` for a frame its own clause does not date (`frames._frame_cues`)
or dates only by its dateline (`frames._frame`, rows marked `over_dateline`);
a coordinated meeting part with no day (`candidates._Built._in_part`) asks `part_cues`; the candidate
stage (`candidates._resolve_offsets`) asks `count_base` what a count ('the next day', 'later that
day') counts from. One mechanism instead of seven special cases (round 23)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace
from typing import NamedTuple

from pakiran_events.core.cues import is_date_line
from pakiran_events.extract.background import REPORT_WEEK
from pakiran_events.extract.clauses import clause_at
from pakiran_events.extract.dates import DateCue
from pakiran_events.extract.frames import (
    anchors,
    is_dateline_cue,
    not_from_a_later_aside,
    owned_cues,
    owner,
    part_days,
    postponed_on,
    same_sentence_day,
    series_member,
)
from pakiran_events.extract.meeting_parts import meeting_parts
from pakiran_events.extract.mentions import Span
from pakiran_events.extract.report import Reading

Cue = tuple[DateCue, Span]


class Relation(NamedTuple):
    """One way an engagement borrows a day. `cue`: what signals it (an engagement.yaml pattern, or
    grammar named here); `source`: where the lent cues are told (a `_SOURCES` key); `back`/`ahead`:
    the window, in sentences (words for `coordinated`); `lends`: the precisions lent; `blocked`: the
    checks a lent cue must pass (`_PASSES` keys), in order; `pick`: 'all', 'first' (the first that
    passes), 'first_told' (the first told, then checked), 'last'; `kinds`: the frame kinds it applies
    to (empty: all); `stage`: 'frame' (`borrowed_cues`), 'part' (`part_cues`) or 'count'
    (`count_base`); `week`: days, when set, that the lent day and the
    engagement's own lie back from the report's, and that a later day told after the engagement's
    may lie after it. Empty `lends`: any precision. `stop`: a blocking row: when its source tells a
    cue, the frame borrows nothing at all (not from the relations after it either). `trigger`: an
    engagement.yaml pattern the frame's trigger must match (empty: any)."""

    name: str
    stage: str
    cue: str
    source: str
    back: int
    ahead: int
    lends: tuple[str, ...]
    blocked: tuple[str, ...]
    pick: str
    kinds: tuple[str, ...] = ()
    week: int = 0
    stop: bool = False
    trigger: str = ""
    over_dateline: bool = False


# In the order a frame stage consults them: the first relation that lends anything wins.
RELATIONS: tuple[Relation, ...] = (
    # 'X, who returned to Tehran on Thursday, spent three days in Islamabad': the day the sentence gives a
    # departure or return is the stay's end (engagement.yaml stay_in), not its first day (its length counts back)
    Relation("trip_end", "frame", "departure", "sentence_day", 0, 0, (), ("not_postponed", "owned_by_cue"), "all",
             ("visit",), stop=True, trigger="stay_in"),
    # 'arrived on Monday, landing in Islamabad, where he met ...': the one day the sentence gives another
    # engagement (not one told in an aside about a person after the trigger)
    Relation("sentence_day", "frame", "", "sentence_day", 0, 0, (), ("not_postponed",), "all"),
    # 'when Imran Khan visited Tehran and met President Rouhani': the trigger just before in the clause,
    # joined by 'and' (then/later/also), at most `back` words between and no clause mark
    Relation("coordinated", "frame", "and_before", "trigger_before_in_clause", 6, 0, ("day", "range", "month", "year"),
             ("resolved", "held", "no_dateline"), "all"),
    # 'met in New York on that occasion' (engagement.yaml occasion_told_before): the one date of the sentence before
    Relation("occasion", "frame", "occasion_told_before", "sentence_before", 1, 0, ("day", "range", "month"),
             ("no_dateline", "one_date", "resolved", "held"), "first_told"),
    # 'After the ceremony, ...' (engagement.yaml named_before): the day a trigger of that noun's kinds owns
    Relation("named", "frame", "named_before", "named_engagement_before", 3, 0, ("day",),
             ("resolved", "held", "no_dateline"), "first"),
    # 'Among them was a meeting with Y' (engagement.yaml series_member, frames.series_member) after 'held a series
    # of meetings ... on Thursday': the one held day of the sentence before, not its dateline's
    Relation("series", "frame", "series_member", "series_before", 1, 0, ("day",),
             ("no_dateline", "held", "lent_precision", "one_date"), "first_told", ("meeting",)),
    # 'The call took place on December 30, the statement said', 'In the phone call on Wednesday night, ...'
    # (engagement.yaml call_told_back), the day right after the phrase: also over a dateline's day
    Relation("told_back", "frame", "call_told_back", "told_back_after", 0, 2, (),
             ("resolved", "held", "no_future", "not_after_report"), "first", ("phone_call",), over_dateline=True),
    # 'X, who is on a visit to Pakistan, met Y on Wednesday': a visit told in the present tense (engagement.yaml
    # visit_under_way, ending in the trigger, from `back` characters before it) runs from its one held day to the report's,
    # when the report's day is at most `week` days after it, and never longer than a length the phrase tells
    Relation("under_way", "end", "visit_under_way", "report_day", 60, 0, ("day",), ("resolved", "held", "not_after_report"),
             "first", ("visit",), week=REPORT_WEEK),
    # 'held talks with X on Monday and later met Y': a coordinated part of a meeting sentence with no day of
    # its own (meeting_parts) takes the days of the part before it, when 'and' (then/later/also) opens it
    Relation("coordinated_part", "part", "and_before", "part_before", 1, 0, (), (), "all"),
    # 'The clash took place on August 27. A day after the clash, ...': a count with no dated engagement
    # before it counts from the last held day of the nearest of `back` sentences that tells one
    Relation("count", "count", "count", "day_told_before", 2, 0, ("day",),
             ("no_date_line", "resolved", "held", "not_after_report"), "last"),
    # 'Later that day': the engagement's day or a later day told after it in the same week, never a day
    # more than `week` days before the report's (a dated frame of another year is background)
    Relation("that_day", "count", "that_day", "day_told_before", 2, 0, ("day",),
             ("no_date_line", "resolved", "held", "not_after_report"), "last", week=REPORT_WEEK),
)

_CLAUSE_MARK = re.compile(r"[,;:()\[\]]")
TOLD_BACK_GAP = 4  # characters between the told-back verb and its day: ' on ', ' in ', ', '


def relation(name: str) -> Relation:
    """The relation of that name in `RELATIONS`; KeyError when there is none."""
    for rel in RELATIONS:
        if rel.name == name:
            return rel
    raise KeyError(name)


def borrowed_cues(r: Reading, i: int, kind: str, start: int, *, over_dateline: bool = False) -> list[Cue] | None:
    """The cues a frame of `kind` whose trigger starts at sentence offset `start` of sentence i
    borrows, from the first frame-stage relation of `RELATIONS` that lends any: [(DateCue, sentence
    Span)], empty when none does; None when a blocking row (`stop`) finds its cue: the frame is to
    borrow no day from anywhere. `over_dateline`: the frame is dated only by its dateline (the
    newsroom's day): only the rows marked `over_dateline` are asked."""
    for rel in RELATIONS:
        if rel.stage == "frame" and (rel.over_dateline or not over_dateline) and (not rel.kinds or kind in rel.kinds) \
                and (not rel.trigger or r.lex.patterns[rel.trigger].match(r.sentence(i), start)):
            lent = lend(r, rel, i, start)
            if lent:
                return None if rel.stop else lent
    return []


def lend(r: Reading, rel: Relation, i: int, start: int) -> list[Cue]:
    """The cues relation `rel` lends the trigger at `start` of sentence i: its source's cues passed
    through its checks and picked as it says. [(DateCue, Span)]; never raises on a reading."""
    told = _SOURCES[rel.source](r, rel, i, start)
    for check in rel.blocked:
        if check == "one_date":
            if len({(c.start, c.end, c.weekday) for c, _ in told}) != 1:
                return []
            if rel.pick == "first_told":
                told = told[:1]
            continue
        told = [cue for cue in told if _PASSES[check](r, rel, cue)]
    told = [(c, sp) for c, sp in told if not rel.lends or c.precision in rel.lends]
    if rel.pick == "first":
        return told[:1]
    if rel.pick == "last":
        return told[-1:]
    return told


def until_report(r: Reading, i: int, kind: str, start: int, end: int, cues: list[Cue]) -> list[Cue]:
    """A frame's cues with the report's day lent as their end by relation 'under_way': a visit told in
    the present tense whose one cue is a held day before the report's, at most the relation's `week`
    days before it, becomes a range from that day to the report's (CURATION.md §4: the present tense
    places the guest there on the report's day; the date's span stays the day's), cut to the length
    the phrase tells ('is on a three-day visit': never past the day's third), as `told_end` says.
    `cues` unchanged otherwise: a present tense in a report weeks later is no visit under way that
    long (review23 M2), the end stays the last day told."""
    rel = relation("under_way")
    if kind not in rel.kinds or r.published is None or len(cues) != 1:
        return cues
    told = r.lex.patterns[rel.cue].search(r.sentence(i), max(0, start - rel.back), end)
    if told is None or told.end() <= start:  # the present tense is the trigger's own ('is on a visit')
        return cues
    c, sp = cues[0]
    if c.precision not in rel.lends or not all(_PASSES[k](r, rel, cues[0]) for k in rel.blocked) \
            or not 0 < (r.published - c.start).days <= rel.week:
        return cues
    last = told_end(c.start, r.published, _told_length(r, told.group(0)))
    return cues if last == c.start else [(replace(c, end=last, precision="range", weekday_only=False), sp)]


def told_end(first: dt.date, published: dt.date, length: int | None) -> dt.date:
    """The last day of a visit told under way on `published` and placed on `first`: the report's
    day, but never more than `length` days (when told) from `first` on (CURATION.md §4)."""
    if not length:
        return published
    return min(published, first + dt.timedelta(days=length - 1))


def _told_length(r: Reading, phrase: str) -> int | None:
    """The length ('three-day', engagement.yaml `durations`) a visit_under_way phrase tells, else None."""
    d = r.lex.patterns["duration"].search(phrase)
    return r.lex.durations.get(d.group(0).lower()) if d else None


def part_cues(r: Reading, i: int, parts: list, k: int) -> list[Cue]:
    """The cues part `k` of sentence i's coordinated meeting parts (`meeting_parts`: (start, end,
    trigger start, trigger end)) borrows when it tells no day of its own, by relation
    'coordinated_part': [(DateCue, sentence Span)], empty when it is not so joined or the part before
    tells no day."""
    return lend(r, relation("coordinated_part"), i, parts[k][2])


def count_base(r: Reading | None, sentence: int, cue: DateCue, base: tuple[dt.date, Span] | None) -> tuple[dt.date, Span] | None:
    """The day a count cue of a frame in `sentence` counts from, as (day, Span): `base` (the last dated
    frame before it, or the trip's first day for 'the second day of his visit'), or, by relation
    'count' when there is none, the day told before it; for 'that day' (offset 0, relation
    'that_day') a later day of the same week told after `base`'s wins. `base` is the report's own
    engagement's (the caller passes no background or planned frame), so it counts whatever the
    publication day (review23 S2); a day told with no such engagement before it may lie no more than
    the relation's `week` days before the report's day. None when nothing is told to count from."""
    if cue.offset is None or cue.of_visit or r is None or (base is not None and cue.offset != 0):
        return base
    rel = relation("that_day" if cue.offset == 0 else "count")
    told = _day_of(lend(r, rel, sentence, 0))
    if base is None:  # no engagement of the report's own told before: a day told lies in the report's week
        return told if not rel.week or _in_report_week(r, told, rel.week) else None
    if told is not None and told[1].start > base[1].start and 0 <= (told[0] - base[0]).days <= rel.week:
        return told  # the story moved on to a later day of the same week ('X told reporters on Wednesday')
    return base  # a day told in between that lies before the engagement's, or far after it, is background


def _day_of(cues: list[Cue]) -> tuple[dt.date, Span] | None:
    if not cues:
        return None
    c, sp = cues[0]
    return (c.start, sp) if c.start is not None else None


def _owned_by(r: Reading, kind: str, cue: Cue) -> bool:
    """Whether the trigger owning the date `cue` (frames.owner) is one of engagement.yaml `kind`."""
    c, span = cue
    i = next((k for k, s in enumerate(r.spans) if s == span), None)
    told = owner(r, i, *c.span) if i is not None else None
    return told is not None and (m := r.lex.patterns[kind].match(r.sentence(i), told[0])) is not None and m.end() == told[1]


def _future_clause(r: Reading, cue: Cue) -> bool:
    """Whether the clause of the date `cue` tells the future anywhere (engagement.yaml `future`: 'The video
    call on Friday will follow up'), though the day, read before the verb, was read back as held."""
    c, span = cue
    sentence = r.text[span.start:span.end]
    a, b = clause_at(sentence, c.span[0])
    return r.lex.patterns["future"].search(sentence, a, b) is not None


def _in_report_week(r: Reading, day: tuple[dt.date, Span] | None, week: int) -> bool:
    return day is not None and r.published is not None and 0 <= (r.published - day[0]).days <= week


# --- sources: where a relation's lent cues are told ---------------------------------------------

def _sentence_day(r: Reading, rel: Relation, i: int, start: int) -> list[Cue]:
    return not_from_a_later_aside(r, i, start, same_sentence_day(r, i, ""))


def _trigger_before_in_clause(r: Reading, rel: Relation, i: int, start: int) -> list[Cue]:
    sentence = r.sentence(i)
    if r.lex.patterns[rel.cue].search(sentence, max(0, start - 20), start) is None:
        return []
    before = [t for t in anchors(r, i) if t[2] and t[1] <= start]
    if not before:
        return []
    a, b, _ = max(before, key=lambda t: t[1])
    between = sentence[b:start]
    if _CLAUSE_MARK.search(between) or len(between.split()) > rel.back:
        return []
    return owned_cues(r, i, a, b)


def _sentence_before(r: Reading, rel: Relation, i: int, start: int) -> list[Cue]:
    if i < rel.back:
        return []
    sentence = r.sentence(i)
    a, b = clause_at(sentence, start)
    if r.lex.patterns[rel.cue].search(sentence, a, b) is None:
        return []
    return list(r.cues(i - rel.back))


def _series_before(r: Reading, rel: Relation, i: int, start: int) -> list[Cue]:
    return list(r.cues(i - rel.back)) if i >= rel.back and series_member(r, i) else []


def _part_before(r: Reading, rel: Relation, i: int, start: int) -> list[Cue]:
    if r.lex.patterns[rel.cue].search(r.sentence(i), max(0, start - 20), start) is None:
        return []
    parts = meeting_parts(r, i)
    k = next((n for n, p in enumerate(parts) if p[2] == start), None)
    return part_days(r, i, parts[k - rel.back]) if k is not None and k >= rel.back else []


def _named_engagement_before(r: Reading, rel: Relation, i: int, start: int) -> list[Cue]:
    m = r.lex.patterns[rel.cue].match(r.sentence(i))
    if m is None or m.end() > start:
        return []
    kinds = r.lex.dictionaries["engagement"]["named_before_nouns"][m.group("noun").lower()]
    for j in range(i - 1, max(-1, i - 1 - rel.back), -1):
        told = [t for k in kinds if (t := r.find(k, j)) is not None]
        if told:
            t = min(told, key=lambda t: t.start())
            return owned_cues(r, j, t.start(), t.end())
    return []


def _told_back_after(r: Reading, rel: Relation, i: int, start: int) -> list[Cue]:
    pattern = r.lex.patterns[rel.cue]
    for j in range(i + 1, min(len(r.spans), i + 1 + rel.ahead)):
        m = pattern.search(r.sentence(j))
        if m is not None:
            found = [(c, sp) for c, sp in r.cues(j) if 0 <= c.span[0] - m.end() <= TOLD_BACK_GAP]
            return [] if _another_party(r, i, j, [m.end(), *(c.span[1] for c, _ in found)]) else found
    return []


_WITH = re.compile(r"\s+with\s")


def _another_party(r: Reading, i: int, j: int, ends: list[int]) -> bool:
    """Whether the call named again in sentence j is told with a party ('with ...' right after the
    phrase or its day) that names none of sentence i's people by name: another call ('In the phone
    call on Monday with the Saudi foreign minister, X had discussed ...': breaker of round 26), whose
    day is not the call's of sentence i; 'with him', 'with his counterpart' are not told apart, so
    they lend nothing either. 'dealt with' later in the clause is no party of the call."""
    sentence = r.sentence(j)
    w = next((w for at in ends if (w := _WITH.match(sentence, at)) is not None), None)
    if w is None:
        return False
    end = clause_at(sentence, w.end())[1]
    comma = sentence.find(",", w.end(), end)
    end = comma if comma >= 0 else end  # the party's phrase: to the comma closing the opening adjunct
    ours = {x.actor_id for x in r.mentions[i]}
    base = r.spans[j].start
    return not any(x.named and x.actor_id in ours for x in r.mentions[j] if base + w.end() <= x.span.start < base + end)


def _day_told_before(r: Reading, rel: Relation, i: int, start: int) -> list[Cue]:
    for j in range(i - 1, max(-1, i - 1 - rel.back), -1):
        if "no_date_line" in rel.blocked and is_date_line(r.sentence(j)):
            continue
        days = [cue for cue in r.cues(j) if all(_PASSES[k](r, rel, cue) for k in rel.blocked)
                and cue[0].precision in rel.lends]
        if days:
            return days
    return []


_SOURCES: dict[str, Callable[[Reading, Relation, int, int], list[Cue]]] = {
    "sentence_day": _sentence_day,
    "part_before": _part_before,
    "report_day": lambda r, rel, i, start: [],  # the report's own day: `until_report` lends it as an end
    "trigger_before_in_clause": _trigger_before_in_clause,
    "sentence_before": _sentence_before,
    "series_before": _series_before,
    "named_engagement_before": _named_engagement_before,
    "told_back_after": _told_back_after,
    "day_told_before": _day_told_before,
}

# --- checks: what blocks a lent cue --------------------------------------------------------------

_PASSES: dict[str, Callable[[Reading, Relation, Cue], bool]] = {
    "resolved": lambda r, rel, cue: cue[0].resolved,
    "held": lambda r, rel, cue: not cue[0].ahead,  # a plan's day, read forward, is no held day
    "no_dateline": lambda r, rel, cue: not is_dateline_cue(r, cue),  # the newsroom's day
    "no_date_line": lambda r, rel, cue: True,  # a date line's whole sentence is skipped by its source (`_day_told_before`)
    "lent_precision": lambda r, rel, cue: not rel.lends or cue[0].precision in rel.lends,  # before 'one_date' counts
    "no_future": lambda r, rel, cue: not _future_clause(r, cue),  # 'The video call on Friday will ...': a plan's day
    "not_after_report": lambda r, rel, cue: r.published is None or cue[0].start <= r.published,
    "not_postponed": lambda r, rel, cue: not postponed_on(r, cue),  # 'the visit, which was postponed on 12 April'
    "owned_by_cue": lambda r, rel, cue: _owned_by(r, rel.cue, cue),  # the date's trigger is one of `rel.cue`'s kind
}
