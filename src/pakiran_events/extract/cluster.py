"""Across reports: the candidates of every report that tell of one engagement become one event.

A visit is (guest, host country, time): candidates of the same guest in the same country within
`VISIT_GAP_DAYS` of each other are one visit. Its meetings are its candidates with the same
host-side counterpart. An engagement only announced (every candidate told in the future) makes
no event, though an announcement is kept as a source of the visit that did happen, and of the
meeting another report tells held with the host it announced (cited for the link only). Dates: the
dated reports vote; a weekday from an undated report is resolved inside the visit's window.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from pakiran_events.extract import reconcile
from pakiran_events.extract.background import joins_told, keep_told, stands_alone
from pakiran_events.extract.dates import DateCue
from pakiran_events.extract.report import Candidate, Report, Span

VISIT_GAP_DAYS = 10

Cited = tuple[str, Span]  # (doc_id, span)


@dataclass
class Event:
    kind: str
    guest: str | None
    host: str | None
    country: str | None
    sources: set[str] = field(default_factory=set)
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    precision: str = "day"
    place_id: str | None = None
    venue: str | None = None
    parent: "Event | None" = None
    participants: dict[str, dict] = field(default_factory=dict)
    commitments: list[dict] = field(default_factory=list)
    evidence: dict[str, dict[Cited, None]] = field(default_factory=lambda: defaultdict(dict))
    members: list[tuple[str, dt.date | None, Candidate]] = field(default_factory=list)
    city_named: bool = False      # its own reports name its city (not only its country): kept when members are dropped
    place_told: bool = False      # its own reports name a place (a city or a country): kept so too (`places_contradict`)
    # each report's own city and day of a meeting, call or ceremony (`tellings`), kept when members
    # are dropped: the writer's notes say where they disagree (CURATION.md §4)
    tellings: dict[str, tuple[str | None, dt.date | None]] = field(default_factory=dict, compare=False, repr=False)
    # a visit's told length its departure home contradicts (reconcile.Decision.conflict): (length, days kept)
    length_conflict: tuple[int, int] | None = field(default=None, compare=False, repr=False)
    # dated by a told period only ('earlier this year', `_span_told`): it bounds no visit (reconcile.vague)
    by_period: bool = field(default=False, compare=False, repr=False)
    # where its cited spans, participants' spans and commitments are kept on disk while it waits
    # to be written (`run.EventSpill`: (spill, position)), and whether they are out of memory now
    home: tuple | None = field(default=None, compare=False, repr=False)
    out: bool = field(default=False, compare=False, repr=False)

    def cite(self, name: str, doc: str, span: Span) -> None:
        """Cite a span once (an ordered set: constant time, whatever the number of reports)."""
        self.evidence[name][(doc, span)] = None

    def full(self) -> "Event":
        """The event with its cited spans, participants' spans and commitments in memory (read
        back from its spill file when the streamed clustering put them there); itself."""
        if self.out:
            spill, at = self.home  # type: ignore[misc]
            spill.restore(self, at)
            self.out = False
        return self

    def release(self) -> None:
        """Drop its spilled parts from memory again (`full` reads them back), once they are used
        and not changed; an event that was never spilled keeps them."""
        if self.home is not None and not self.out:
            self.home[0].drop(self)
            self.out = True


def nearest_weekday(known: list[dt.date], weekday: int) -> dt.date | None:
    """The day of that weekday closest to the engagement's known days (an undated report's
    'on Sunday' means the Sunday of the visit it reports); ties go to the later day."""
    if not known:
        return None
    lo, hi = min(known), max(known)
    # a week either side of the known days, within the calendar (a report may claim year 1 or 9999)
    first, last = max(lo.toordinal() - 7, 1), min(hi.toordinal() + 7, dt.date.max.toordinal())
    days = [day for day in map(dt.date.fromordinal, range(first, last + 1)) if day.weekday() == weekday]
    distance = lambda d: 0 if lo <= d <= hi else min(abs((d - lo).days), abs((d - hi).days))
    return min(days, key=lambda d: (distance(d), -d.toordinal()))


def on_known_days(known: list[dt.date], month_day: tuple[int, int, int] | None) -> tuple[dt.date, dt.date] | None:
    """(first, last) day of a date told without a year ('on April 21' in an undated report) in
    the year that puts it nearest the engagement's known days; None when no year puts it within
    VISIT_GAP_DAYS of them (the year is the engagement's, never guessed)."""
    if not known or month_day is None:
        return None
    month, first, last = month_day
    best: tuple[int, dt.date, dt.date] | None = None
    for year in sorted({d.year + shift for d in known for shift in (-1, 0, 1)}):
        try:
            a = dt.date(year, month, first)
            b = dt.date(year, month, last) if last >= first else a
        except ValueError:
            continue
        distance = min(abs((a - d).days) for d in known)
        if distance <= VISIT_GAP_DAYS and (best is None or distance < best[0]):
            best = (distance, a, b)
    return (best[1], best[2]) if best else None


def _month_days(c: Candidate) -> list[tuple[int, int, int]]:
    return [cue.month_day for cues in (c.dates, c.arrival, c.departure) for cue, _ in cues if cue.month_day]


def _first_day(cues: list[tuple[DateCue, Span]]) -> tuple[dt.date, Span] | None:
    """The day and span of the first cue resolved to a day (`_first_cue`), or None."""
    told = _first_cue(cues)
    return (told[2], told[1]) if told else None


def _first_cue(cues: list[tuple[DateCue, Span]]) -> tuple[DateCue, Span, dt.date] | None:
    """The first cue resolved to a day, with its span and day (`_first_day` without the cue)."""
    for cue, span in cues:
        if cue.resolved and cue.precision == "day":
            return cue, span, cue.start  # type: ignore[return-value]
    return None


def _anchor(c: Candidate, published: dt.date | None) -> dt.date | None:
    """The day a candidate is placed in time by: its first day (or week), else, when it names
    only a month or a year ('in April 2024, the president paid a visit'), none (`_month_of` places
    it), else its report's publication date."""
    for cues in (c.dates, c.arrival, c.departure):
        for cue, _ in cues:
            if cue.resolved and cue.precision not in ("month", "year"):
                return cue.start
    return None if _month_of(c) else published


def _month_of(c: Candidate) -> tuple[dt.date, dt.date] | None:
    """The month a candidate is told in, held ('in April 2024'), or such a period cut to the report's
    day ('earlier this month': the 1st to the report's day, `DateCue.period`), when that is all its
    cues say; else the year ('last year', 'in 2023'): all place it in time without a day."""
    for precision in ("month", "year"):
        told = [(cue.start, cue.end) for cues in (c.dates, c.arrival, c.departure) for cue, _ in cues
                if cue.resolved and not cue.ahead
                and (cue.precision == precision or (precision == "month" and cue.period and cue.precision == "range"))]
        if told:
            return told[0]
    return None


def _split_in_time(items: list) -> list[list]:
    """Group (doc, published, candidate) items whose anchors lie within VISIT_GAP_DAYS. An item
    with no date at all joins the one group its participants' terms of office allow, or of several
    the one told by the most reports (a widely reported engagement is the likeliest one an undated
    report tells of), unless a report announced the held trip it tells for its weekday
    (`_announced_visit`); items that fit no group, or several equally, make one of their own. Each
    undated item looks only at the groups its month, day or term can reach (`_TimeGroups`), so a
    block is split in time linear in its items but for the sort (issue 16)."""
    anchors = [_anchor(c, pub) for _, pub, c in items]  # each item's anchor once (the loops below reuse them)
    dated = sorted((a, n) for n, a in enumerate(anchors) if a is not None)
    groups: list[list] = []
    days: list[list[dt.date]] = []   # per group, its anchors in order (undated items add none)
    last = None
    for day, n in dated:
        if last is None or (day - last).days > VISIT_GAP_DAYS:
            groups.append([])
            days.append([])
        groups[-1].append(items[n])
        days[-1].append(day)
        last = day
    timed = _TimeGroups(groups, days)
    alone: list = []
    undated = [items[n] for n in range(len(items)) if anchors[n] is None]
    placed: set[int] = set()  # id() of the undated items placed by a pass (the list is filtered after each)

    by_month: dict[tuple, list] = {}
    for item in [i for i in undated if _month_of(i[2])]:
        # told only by its month: the engagement of that month (of several, the one most reports tell
        # of); none: an engagement of its own for that month
        first, last = _month_of(item[2]) or (dt.date.min, dt.date.max)
        g = timed.most_told([g for g in timed.touching(first, last) if _fits(item[2].term, days[g])])
        if g is not None:
            timed.join(g, item)
        else:
            by_month.setdefault((first, last), []).append(item)
        placed.add(id(item))
    undated = [i for i in undated if id(i) not in placed]
    own: dict[str, list] = {}
    for item in [i for i in undated if _month_days(i[2])]:
        # 'on April 21' without a year: the one engagement whose days that date falls near
        # (of several, the nearest; within the participants' terms of office)
        told = _month_days(item[2])
        near = sorted((min(abs((d[0] - k).days) for md in told if (d := on_known_days(timed.distinct[g], md))
                           for k in timed.distinct[g]), g)
                      for g in timed.near_month_days(told, item[2].term) if _fits(item[2].term, days[g])
                      and any(on_known_days(timed.distinct[g], md) for md in told))
        if len(near) == 1 or len(near) > 1 and near[0][0] < near[1][0]:
            timed.join(near[0][1], item)
            placed.add(id(item))
        elif item[2].stand_in:
            placed.add(id(item))  # a possible holder of the office with no engagement on that day: not the guest
        elif not near and item[2].kind == "visit":
            # a visit told in a month or on a day no engagement of the guest falls near ('his last
            # visit came in April') is another visit than the ones its terms would allow
            own.setdefault(item[0], []).append(item)
            placed.add(id(item))
    undated = [i for i in undated if id(i) not in placed]
    announced = _announced_by_weekday(groups)
    arrivals = _GroupSets(groups, _arrived_weekdays)
    cities = _GroupSets(groups, _cities)
    for told in _by_report(undated):
        # one report's undated candidates of a block tell of one trip: they join one engagement,
        # the one the terms of all of them allow (an army chief's long term does not carry his
        # meeting to another visit than the minister's he met the guest during)
        term = _joint_term([item[2].term for item in told])
        # first, the trip a report announced for the weekday it tells, not another of the guest's
        g = _announced_visit(told, announced, term, cities)
        if g is None and _arrival_weekdays(told):  # an arrival weekday: only the groups whose arrival day it can be
            g = timed.most_told([g for g in (range(len(groups)) if term is None else timed.touching(*term))
                                 if not _other_arrival(told, arrivals(g))])
        elif g is None:
            g = timed.most_told_of_all() if term is None else timed.most_told(timed.touching(*term))
        if g is not None and _beyond_told_length(told, timed.distinct[g]):
            g = None  # 'returned home on Friday after a day-long visit': no trip that began on Wednesday
        if g is not None:
            for item in told:
                timed.join(g, item)  # the one engagement its terms allow, or the one most reports tell of
        else:
            alone += told
    return groups + list(by_month.values()) + list(own.values()) + ([alone] if alone else [])


def _held_weekdays(told: list) -> set[int]:
    """The weekdays an undated report tells its held engagement on ('returned home on Sunday
    night', 'met on Monday'), none resolved to a day (none read forward from a plan)."""
    return {cue.weekday for _, _, c in told if not c.planned
            for cues in (c.dates, c.arrival, c.departure) for cue, _ in cues
            if cue.weekday is not None and not cue.resolved and not cue.ahead}


def _beyond_told_length(told: list, days: list[dt.date]) -> bool:
    """Whether every weekday an undated report tells its held trip on ('returned home on Friday')
    lies further from a group's first day than the length the report tells ('a day-long visit',
    engagement.yaml `durations`), give or take the one day a late return or another time zone
    takes: one visit does not outlast its told length, so the report tells another trip (breaker
    of 2.5.1: a day-long visit joined to a trip announced for Wednesday ran to Friday). False when
    the report tells no length or no weekday, or the group no day. `days`: the group's days, each
    once (`_TimeGroups.distinct`: a copied report repeats its day, issue 16)."""
    lengths = [c.duration for _, _, c in told if c.kind == "visit" and c.duration]
    weekdays = _held_weekdays(told)
    if not lengths or not weekdays or not days:
        return False
    first = min(days)
    return all(not weekday_within(w, first, max(lengths)) for w in weekdays)


def weekday_within(weekday: int, first: dt.date, length: int) -> bool:
    """Whether a weekday can fall on a day of a visit of `length` days begun on `first`, give or
    take one day either side: the first such weekday from the day before `first` on lies at most
    `length` days after `first` (review23 M3: the offset is counted against the told length, not
    wrapped at half a week, so a five-day visit from Tuesday may end on Saturday)."""
    return (weekday - first.weekday() + 1) % 7 - 1 <= length


def _announced_days(group: list) -> list[dt.date]:
    """The days an announcement group's reports give the planned engagement ('will visit Tehran
    on Sunday'): its resolved day expressions."""
    return [cue.start for _, _, c in group for cues in (c.dates, c.arrival, c.departure)
            for cue, _ in cues if cue.resolved and cue.precision == "day"]


def _announced_by_weekday(groups: list[list]) -> dict[int, list[tuple[int, dt.date]]]:
    """The announced-only groups (every candidate planned: no report tells the trip as held) by
    the weekday of each day they announce: weekday -> [(group, day), ...] in time order."""
    by_weekday: dict[int, list[tuple[int, dt.date]]] = defaultdict(list)
    for g, group in enumerate(groups):
        if all(c.planned for _, _, c in group):
            for day in dict.fromkeys(_announced_days(group)):
                by_weekday[day.weekday()].append((g, day))
    return by_weekday


def _announced_visit(told: list, announced: dict[int, list[tuple[int, dt.date]]],
                     term: tuple[dt.date, dt.date] | None, cities: Callable[[int], set[str]]) -> int | None:
    """The one announced-only group (`_announced_by_weekday`) an undated report of a held visit
    tells of, else None. Issue 15: a report stays a source of the real engagement if it happens;
    an undated report of a held trip ('returned home on Sunday night after a day-long visit to
    Tehran') whose weekday is the announced day's, or one day off (a late return, another time
    zone), is the announced trip rather than another, earlier one of the same guest to the same
    country. Only when exactly one announcement fits (weekday, and the participants' terms of
    office); a report telling no weekday, or no held visit, is left to the other rules. Review22
    (N1): the destination must agree too: the block is one country's, and when both the report and
    the announcement tell a city, one city of each (`_cities`; 'a day-long visit to Mashhad' is not
    an announced Tehran trip). Stops at the second fit, so a block of many announcements costs little
    per report. `cities`: group -> its `_cities` (kept per group by `_GroupSets`, issue 16)."""
    if not announced or not any(c.kind == "visit" and not c.planned for _, _, c in told):
        return None
    fits: set[int] = set()
    held = _cities(told)
    for weekday in {(w + shift) % 7 for w in _held_weekdays(told) for shift in (-1, 0, 1)}:
        for g, day in announced.get(weekday, []):
            where = cities(g)
            if (term is None or term[0] <= day <= term[1]) and not (held and where and not held & where):
                fits.add(g)
                if len(fits) > 1:
                    return None
    return next(iter(fits), None)


def _cities(items: list) -> set[str]:
    """The cities (place ids that are no country) of the visits and meetings of (doc, published,
    candidate) items: where a trip goes ('will visit Tehran on Sunday for talks' gives a planned meeting there)."""
    return {c.place_id for _, _, c in items if c.kind in ("visit", "meeting") and c.place_id and not c.at_country}


def _arrival_weekdays(told: list) -> set[int]:
    """The weekdays undated items tell their arrival on ('arrived on Sunday'), not resolved to a day."""
    return {cue.weekday for _, _, c in told for cue, _ in c.arrival
            if cue.weekday is not None and not cue.resolved and not cue.ahead}


def _other_arrival(told: list, arrived: set[int]) -> bool:
    """Whether an undated report's arrival weekday ('arrived on Sunday afternoon') is not the
    weekday of the arrival day the engagement's dated reports give ('arrived on Tuesday'): one
    visit has one arrival, so the report tells of another visit. False when either is not told
    (a dated report of a later day of the visit says nothing against it), and when the weekdays are
    one day apart: reports of one visit give a late arrival ('on Sunday night') as the next day, or
    in another time zone (issue 15: one visit, several arrival days). `arrived`: the group's
    arrival weekdays (`_arrived_weekdays`, kept per group by `_GroupSets`)."""
    weekdays = _arrival_weekdays(told)
    near = {(w + shift) % 7 for w in arrived for shift in (-1, 0, 1)}
    return bool(weekdays and arrived) and not weekdays & near


def _arrived_weekdays(items: list) -> set[int]:
    """The weekdays of the arrival days (resolved to a day, held) that (doc, published, candidate) items give."""
    return {cue.start.weekday() for _, _, c in items for cue, _ in c.arrival
            if cue.resolved and cue.precision == "day" and not cue.ahead}


class _GroupSets:
    """A set each of a block's groups' items give (`of`: items -> set, a union over the items),
    read once per group and then only from the items that joined it since (a group only grows, by
    appending): an undated report asks every group it may join, so reading each group whole per
    report was quadratic in copied reports (issue 16)."""

    def __init__(self, groups: list[list], of: Callable[[list], set]) -> None:
        self.groups, self.of = groups, of
        self.known: dict[int, tuple[int, set]] = {}  # group -> (items read, the set they give)

    def __call__(self, g: int) -> set:
        read, found = self.known.get(g, (0, set()))
        if read < len(self.groups[g]):
            found = found | self.of(self.groups[g][read:])
            self.known[g] = (len(self.groups[g]), found)
        return found


class _TimeGroups:
    """A block's dated groups (`_split_in_time`), in time order, and what an undated item looks
    them up by: the groups with a day in a month or a term (bisect on each group's first and last
    day: the groups' days never interleave), the groups with a day near a day of the year
    (indexed by (month, day) of their days), and the reports each is told by, with the group told
    by the most reports kept as they join (sizes only grow, one report at a time)."""

    def __init__(self, groups: list[list], days: list[list[dt.date]]) -> None:
        self.groups, self.days = groups, days
        # each group's distinct days: a nearest day is the same among them as among all its anchors,
        # and a group of n reports has no more days than its span (issue 16: no scan of every report)
        self.distinct = [sorted(set(d)) for d in days]
        self.docs = [{item[0] for item in group} for group in groups]
        self.firsts = [d[0] for d in days]
        self.lasts = [d[-1] for d in days]
        self.on_day: dict[tuple[int, int], list[int]] = defaultdict(list)  # (month, day) -> groups, in order
        for g, group_days in enumerate(days):
            for month_day in dict.fromkeys((d.month, d.day) for d in group_days):
                self.on_day[month_day].append(g)
        sizes = [len(d) for d in self.docs]
        self.top = max(sizes, default=0)
        self.at_top = sizes.count(self.top)
        self.leader = sizes.index(self.top) if sizes else -1

    def join(self, g: int, item: tuple) -> None:
        """An undated item into group g (it adds no day; its report may add one to the group's)."""
        self.groups[g].append(item)
        before = len(self.docs[g])
        self.docs[g].add(item[0])
        size = len(self.docs[g])
        if size == before:
            return
        if size > self.top:  # one more report than any group had: the only one at the top
            self.top, self.at_top, self.leader = size, 1, g
        elif size == self.top:
            self.at_top += 1
            self.leader = min(self.leader, g)

    def touching(self, first: dt.date, last: dt.date) -> list[int]:
        """The groups with a day in first..last, in time order."""
        lo = bisect.bisect_left(self.lasts, first)
        hi = bisect.bisect_right(self.firsts, last)
        return [g for g in range(lo, hi) if _within(self.days[g], first, last)]

    def near_month_days(self, told: list[tuple[int, int, int]],
                        term: tuple[dt.date, dt.date] | None = None) -> list[int]:
        """The groups with a day within VISIT_GAP_DAYS of one of these days without a year
        ((month, first, last)) in some year, in time order, and maybe a few more (a leap and a
        common year are both asked: the caller checks each with `on_known_days` and `_fits`);
        with a term of office, only those with a day in it may be among them (bisect)."""
        lo, hi = (0, len(self.groups)) if term is None else \
            (bisect.bisect_left(self.lasts, term[0]), bisect.bisect_right(self.firsts, term[1]))
        near: set[int] = set()
        for month, first, _ in told:
            for year in (2000, 2001):  # a leap year and a common one: the days around it by calendar
                try:
                    day = dt.date(year, month, first)
                except ValueError:
                    continue
                for shift in range(-VISIT_GAP_DAYS, VISIT_GAP_DAYS + 1):
                    other = day + dt.timedelta(days=shift)
                    on = self.on_day.get((other.month, other.day), [])
                    near.update(on[bisect.bisect_left(on, lo):bisect.bisect_left(on, hi)])
        return sorted(near)

    def most_told(self, candidates: list[int]) -> int | None:
        """Of groups (in time order), the one told by strictly more reports than any other (the
        earliest of them when alone); None when none or several tie."""
        best, top, ties = None, -1, 0
        for g in candidates:
            size = len(self.docs[g])
            if size > top:
                best, top, ties = g, size, 1
            elif size == top:
                ties += 1
        return best if ties == 1 else None

    def most_told_of_all(self) -> int | None:
        """`most_told` of every group, without looking at each."""
        return self.leader if self.groups and self.at_top == 1 else None


def _by_report(items: list) -> list[list]:
    """(doc, published, candidate) items grouped by report, in the order each report is first seen."""
    by_doc: dict[str, list] = {}
    for item in items:
        by_doc.setdefault(item[0], []).append(item)
    return list(by_doc.values())


def _joint_term(terms: list[tuple[dt.date, dt.date] | None]) -> tuple[dt.date, dt.date] | None:
    """The days every known term holds (None when none is known); when they share no day, the
    first known one (a report's participants whose terms never overlapped: no bound from them)."""
    known = [t for t in terms if t is not None]
    if not known:
        return None
    start, end = max(t[0] for t in known), min(t[1] for t in known)
    return (start, end) if start <= end else known[0]


def _within(days: list[dt.date], first: dt.date, last: dt.date) -> bool:
    """Whether any of a group's days (sorted) lies in first..last."""
    at = bisect.bisect_left(days, first)
    return at < len(days) and days[at] <= last


def _fits(term: tuple[dt.date, dt.date] | None, days: list[dt.date]) -> bool:
    """Whether a group's days (sorted) lie within a term of office (any group fits an unknown term)."""
    return term is None or _within(days, *term)


def _undated(event: Event, parts: tuple[Event, ...] = ()) -> bool:
    """Dates for an engagement whose reports give no day, week or month: the month a report of
    it was published in (precision month, never a guessed day); for reports without a date, the
    overlap of its participants' terms of office (precision range), narrowed by a weekday its
    reports or its `parts` (a visit's meetings) give. False when neither is known."""
    told = [(month, doc, span) for doc, _, c in event.members if (month := _month_of(c))
            for cue, span in (c.dates + c.arrival + c.departure)[:1]]
    if told:  # the month (or year) the reports tell it in ('in April 2024'), before the month they were published in
        (first, last), doc, span = told[0]
        whole_month = first.day == 1 and (first.year, first.month) == (last.year, last.month) and last == _month_end(first)
        event.date_start, event.date_end, event.precision = first, last, "month" if whole_month else "range"
        event.cite("date", doc, span)
        return True
    pubs = sorted(pub for _, pub, _ in event.members if pub)
    terms = [(c.term, doc, c) for doc, _, c in event.members if c.term]
    start, end = (max(t[0] for t, _, _ in terms), min(t[1] for t, _, _ in terms)) if terms else (dt.date.max, dt.date.min)
    if start > end and terms:
        (start, end), _, _ = terms[0]
    dateless = all(c.dateless for _, _, c in event.members)
    if pubs and not (dateless and terms and start < pubs[0].replace(day=1) <= end):
        # told in a report of a month its participants' terms do not reach back before: that month
        first = pubs[0].replace(day=1)
        event.date_start, event.date_end, event.precision = first, _month_end(first), "month"
        return True
    if not terms:
        return False
    if pubs:  # CURATION.md §4: a report is on or after what it reports; the terms bound the rest
        end = pubs[0]
    members = [m for e in (event, *parts) for m in e.members]
    start, end = _on_weekday(event, members, start, end)
    if (found := incident_day(members, start, end)) is not None:
        start = end = found[0]  # 'one week after the guards were killed' and another report's day of the killing
        for doc, span in found[1]:
            event.cite("date", doc, span)
    event.date_start, event.date_end = start, end
    event.precision = "day" if start == end else "range"
    for _, doc, c in terms:
        for span in c.evidence.get("term", []):
            event.cite("date", doc, span)
    return True


INCIDENT_WORDS = 3  # words (their first four letters) an offset's happening and a day's must share


def incident_day(members: list, start: dt.date, end: dt.date) -> tuple[dt.date, list] | None:
    """The day of an engagement its undated reports give only together: one counts it from a
    happening ('agreed on Wednesday, one week after ten border guards were killed'), another gives
    that happening's day without a year ('the killing of eleven border guards on 26 April, this
    year'). The day is kept only when the two tell of the same happening (INCIDENT_WORDS words in
    common) and exactly one year places it within the range the terms of office allow (start..end)
    on the one weekday the reports tell the engagement on: a check, never a guess
    (CURATION.md §4: an undated report's weekday is anchored by a calendar date of another report of
    the engagement). Returns (day, [(doc, span), ...] to cite: each once, in the order the pairs of
    an offset and a day telling first give it), else None. Each distinct (shift, words) of an offset
    meets each distinct (day, words) of a telling once (`_incident_days`): a report copied K times
    costs K, not K² pairs (issue 16)."""
    told = [(doc, x) for doc, _, c in members for x in c.incidents]
    offsets = [(doc, x) for doc, x in told if x[0] == "offset"]
    if not offsets:
        return None
    weekdays = {cue.weekday for _, _, c in members for cues in (c.dates, c.arrival, c.departure)
                for cue, _ in cues if cue.weekday is not None and not cue.resolved and not cue.ahead}
    if len(weekdays) != 1:
        return None
    tellings = [(d, x) for d, x in told if x[0] == "day"]
    kinds = list(dict.fromkeys((month_day, stems) for _, (_, month_day, stems, _) in tellings))
    found: dict[dt.date, None] = {}
    cites: dict[tuple, None] = {}  # an ordered set: the pairs' cites, first time each
    matched: dict[tuple, bool] = {}  # per offset (shift, words): whether any telling gave it a day
    for doc, (_, shift, words, span) in offsets:
        key = (shift, words)
        if key in matched:  # its tellings are cited already: only the offset's own span is new
            if matched[key]:
                cites[(doc, span)] = None
            continue
        days = {k: _incident_days(shift, words, k[0], k[1], start, end, weekdays) for k in kinds}
        matched[key] = any(days.values())
        for other, (_, month_day, stems, at) in tellings:
            if days[(month_day, stems)]:
                found.update(dict.fromkeys(sorted(days[(month_day, stems)])))
                cites[(doc, span)] = None
                cites[(other, at)] = None
    if len(found) != 1:
        return None  # none, or several years the weekday does not tell apart
    return next(iter(found)), list(cites)


def _incident_days(shift: int, words, month_day: tuple, stems, start: dt.date, end: dt.date,
                   weekdays: set[int]) -> set[dt.date]:
    """The days within start..end, on one of `weekdays`, that lie `shift` days from a happening told
    on `month_day` ((month, first day, last day), no year), over every year of the range; empty
    unless the offset's words and the telling's stems share INCIDENT_WORDS."""
    if len(set(words).intersection(stems)) < INCIDENT_WORDS:
        return set()
    month, first, _ = month_day
    days = set()
    for year in range(start.year, end.year + 1):
        try:
            day = dt.date(year, month, first) + dt.timedelta(days=shift)
        except (ValueError, OverflowError):
            continue
        if start <= day <= end and day.weekday() in weekdays:
            days.add(day)
    return days


def _on_weekday(event: Event, members: list, start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    """A range bounded by terms of office narrowed by the one weekday its reports tell it on
    ('on Monday' in an undated report): from the first such day in the range to the last
    (CURATION.md §4: the weekday narrows the range, it never makes a day). Unchanged when the
    reports give no weekday, several, one the range does not hold, or a day without a year."""
    told = [(cue.weekday, doc, span) for doc, _, c in members for cues in (c.dates, c.arrival, c.departure)
            for cue, span in cues if cue.weekday is not None and not cue.resolved and not cue.ahead]
    if len({w for w, _, _ in told}) != 1 or any(_month_days(c) for _, _, c in members):
        return start, end  # (a day told without a year says more: it is placed in the range elsewhere)
    weekday = told[0][0]
    first = start + dt.timedelta(days=(weekday - start.weekday()) % 7)
    last = end - dt.timedelta(days=(end.weekday() - weekday) % 7)
    if first > last:
        return start, end
    for _, doc, span in told:
        event.cite("date", doc, span)
    return first, last


def _month_end(first: dt.date) -> dt.date:
    """The last day of `first`'s month (December 9999's too: no day after it is counted)."""
    return first.replace(day=31) if first.month == 12 else first.replace(month=first.month + 1, day=1) - dt.timedelta(days=1)


def blocks(reports) -> dict[tuple, list]:
    """Candidates by block: (kind group, guest, host country) for visits and their meetings,
    (kind, the pair) for calls and ceremonies. Clustering never compares across blocks, and
    within a block it sorts by time once: linear in the corpus but for that sort."""
    by_block: dict[tuple, list] = defaultdict(list)
    for doc_id, published, candidates in reports:
        for c in candidates:
            key = block_key(c)
            if key is not None:
                by_block[key].append((doc_id, published, c))
    return by_block


def block_key(c: Candidate) -> tuple | None:
    """The block a candidate is clustered in (`blocks`), or None when it joins no event (a visit
    or meeting without guest or country)."""
    if c.kind in ("phone_call", "other"):
        return (c.kind, *sorted((c.guest or "", c.host or "")))
    if c.guest and c.country:
        return ("visit", c.guest, c.country)
    return None


def cluster(reports) -> list[Event]:
    """Events from the candidates of every report: `reports` yields (doc_id, published,
    candidates) or Report objects."""
    rows = ((r.doc_id, r.published, r.candidates) if isinstance(r, Report) else r for r in reports)
    events: list[Event] = []
    for key, items in sorted(blocks(rows).items()):
        events += cluster_block(key, items)
    return across_blocks(events)


def across_blocks(events: list[Event]) -> list[Event]:
    """The passes that see the events of every block: a member's meeting under its leader's
    visit, then one meeting told from both sides made one. (A report's unplaced retelling of its
    own sideline meeting is one candidate since the summit's city sets the report's country,
    candidates._sideline_place; round 22 dropped the pass that joined the two.)"""
    return one_meeting_told_from_both_sides(attach_to_visits(events))





SHORT_DAYS = 31  # a meeting's dates span at most a month: it is placed in time, not only by terms of office


def one_meeting_told_from_both_sides(events: list[Event]) -> list[Event]:
    """One meeting that reports put in opposite countries, each side's report making the other
    the guest (a joint commission a dateline places at home, another report in the city it met
    in), is one meeting: two meetings of the same two principals, guest and host swapped, whose
    dates (each at most a month) overlap. The kept one is placed by the one whose reports name a
    city (of two that do, the one in a visit, then the narrower dates), and takes the narrower
    dates. Blocks are keyed by guest and host country, so only this pass sees both. Returns the
    events without the merged ones, order kept; each meeting is compared only with the other
    side's tellings that start within a month before its last day (bisect), not with every one."""
    by_pair: dict[tuple, list[Event]] = defaultdict(list)
    for e in events:
        if e.kind == "meeting" and e.guest and e.host and e.date_start and e.date_end \
                and (e.date_end - e.date_start).days <= SHORT_DAYS:
            by_pair[tuple(sorted((e.guest, e.host)))].append(e)
    gone: set[int] = set()
    for told in by_pair.values():
        # each meeting's possible other tellings: the later ones of the other guest whose first day
        # lies within a month before its last day. A merge only narrows the kept one's dates, so
        # pairs not found here never overlap later either; the test below is the same as before.
        by_guest: dict[str | None, list[tuple[dt.date, int]]] = defaultdict(list)
        for k, e in enumerate(told):
            by_guest[e.guest].append((e.date_start, k))  # type: ignore[arg-type]
        for starts in by_guest.values():
            starts.sort()
        for k, a in enumerate(told):  # pairs in the events' order, never by id(): the output is reproducible
            starts = by_guest.get(a.host, [])
            earliest = reconcile.days_before(a.date_start, SHORT_DAYS)  # type: ignore[arg-type]
            lo = bisect.bisect_left(starts, (earliest, -1))
            hi = bisect.bisect_right(starts, (a.date_end, len(told)))
            for j in sorted(j for _, j in starts[lo:hi] if j > k):
                b = told[j]
                if id(a) in gone or id(b) in gone or a.guest != b.host or _same_home(a, b) \
                        or a.date_start > b.date_end or b.date_start > a.date_end \
                        or places_contradict(a, b):  # type: ignore[operator]
                    continue
                kept, other = sorted((a, b), key=_placed_rank)
                _merge_meeting(kept, other)
                gone.add(id(other))
    return [e for e in events if id(e) not in gone]


def _same_home(a: Event, b: Event) -> bool:
    """Both tellings put the meeting in one country that is a side's: guest and host swapped there
    are two meetings (each side's visit). In a third country neither side is at home, so a report
    naming either one first ('A and B met in Macau', 'the two ministers discussed') tells one."""
    sides = _sides(a) | _sides(b)
    return a.country == b.country and (len(sides) < 2 or a.country in sides)  # a side untold: as at home


def _sides(e: Event) -> set[str]:
    """The countries of the event's guest and host, as their mentions tell them."""
    return {info["side"] for actor, info in e.participants.items() if actor in (e.guest, e.host) and info.get("side")}


def places_contradict(a: Event, b: Event) -> bool:
    """Two tellings of one pair's meeting whose places cannot both be right, so not one meeting:
    both name a city and they differ, or they are in different countries, one of them neither
    side's (a third country is told only by a place a report names) and the other placed by a
    report of its own (a city or a country named: a summit in Georgetown is no telling of talks
    'in Pakistan'). A telling with no place of its own (its country only the pair's guess)
    contradicts nothing: one meeting told by several outlets, one not saying where, stays one.
    Tellings sharing a report are left as before: one report's reading of itself (a round of
    talks at home and the next one it plans abroad) is not a second outlet's word."""
    if a.sources & b.sources:
        return False
    if a.city_named and b.city_named and a.place_id != b.place_id:
        return True
    if a.country == b.country:
        return False
    third = [e for e in (a, b) if e.country not in _sides(e)]
    return bool(third) and a.place_told and b.place_told


def _placed_rank(m: Event) -> tuple:
    """Which of two tellings of one meeting places it: one whose reports name a city, then one
    that is part of a visit, then the narrower dates (then the guest, for a stable order)."""
    return (not m.city_named, m.parent is None, (m.date_end - m.date_start).days, m.guest or "")  # type: ignore[operator]


def _merge_meeting(kept: Event, other: Event) -> None:
    """`other`'s reports, participants, commitments and evidence into `kept`; its dates when
    narrower and within `kept`'s (cited from its reports instead)."""
    kept.full(), other.full()
    narrower = (other.date_end - other.date_start) < (kept.date_end - kept.date_start)  # type: ignore[operator]
    if narrower and kept.date_start <= other.date_start and other.date_end <= kept.date_end:  # type: ignore[operator]
        kept.date_start, kept.date_end, kept.precision = other.date_start, other.date_end, other.precision
        kept.evidence["date"] = dict(other.evidence.get("date", {}))
    for name, cited in other.evidence.items():
        if name not in ("date", "place_id"):
            kept.evidence[name].update(cited)
    for actor, info in other.participants.items():
        merged = kept.participants.setdefault(actor, {"side": info["side"], "titles": [], "spans": [], "names": []})
        for key in ("titles", "spans", "names"):
            merged[key] += info[key]
    kept.commitments += other.commitments
    kept.members += other.members
    for doc, told in other.tellings.items():
        kept.tellings.setdefault(doc, told)
    kept.sources |= other.sources
    kept.city_named = kept.city_named or other.city_named
    kept.place_told = kept.place_told or other.place_told
    if kept.parent is not None:
        kept.parent.sources |= other.sources


def attach_to_visits(events: list[Event]) -> list[Event]:
    """A delegation member's meeting under its leader's visit: a stand-alone meeting (no parent)
    becomes a meeting of the visit in the same country whose guest is of the meeting guest's side,
    whose days hold the meeting's days and whose reports include one of the meeting's (a foreign
    minister travelling with a president meets his counterpart: one visit, its meetings). Blocks
    are keyed by guest, so only this pass over the (few) events sees both; of several such visits,
    the one sharing most reports, then the earliest. Returns `events`, in the same order, with
    `parent` set (and the visit's place for a meeting that has none); each meeting looks up
    only the visits its reports are sources of."""
    told_in: dict[str, list[int]] = defaultdict(list)  # report -> the dated visits it is a source of, in order
    visits: list[Event] = []
    for e in events:
        if e.kind == "visit" and e.date_start is not None:
            for doc in e.sources:
                told_in[doc].append(len(visits))
            visits.append(e)
    for m in events:
        if m.kind != "meeting" or m.parent is not None or m.date_start is None or m.date_end is None:
            continue
        # only the visits sharing a report with the meeting can take it (looked up by report, not
        # by scanning every visit of the country), in the events' order as before
        shared = sorted({n for doc in m.sources for n in told_in.get(doc, ())})
        fits = [v for v in (visits[n] for n in shared) if v.country == m.country and v.guest != m.host
                and _same_side(m, v) and v.date_start <= m.date_start and m.date_end <= v.date_end]
        within = [] if fits or not _reported_month(m) else \
            [v for v in (visits[n] for n in shared) if v.country == m.country and v.guest != m.host
             and _same_side(m, v) and not _residents(m) and m.date_start <= v.date_start and v.date_end <= m.date_end]  # type: ignore[operator]
        if not fits and not within:
            continue
        visit = min(fits or within, key=lambda v: (-len(m.sources & v.sources), v.date_start, v.guest or ""))
        m.parent = visit
        if not fits:  # dated only by its report's month: within the visit its report tells (CURATION.md §4)
            m.date_start, m.date_end = visit.date_start, visit.date_end
            m.precision = "day" if visit.date_start == visit.date_end else "range"
        if m.place_id is None and visit.place_id:
            m.place_id = visit.place_id
            told = [(doc, span) for doc, span in visit.full().evidence.get("place_id", {}) if doc in m.sources]
            for doc, span in told:
                m.full().cite("place_id", doc, span)
    return events


def _reported_month(m: Event) -> bool:
    """Whether a meeting is dated only by the month its report was published in (`_undated`: precision
    month, no date span cited): its report gives it no time of its own, so the visit of its side
    that the same report tells, dated within that month, bounds it (CURATION.md §4, 'the visit a
    meeting belongs to': 'the delegation held talks with the deputy minister' in a report of a
    visit of 10-11 November is of 10-11 November, not of the whole month)."""
    return m.precision == "month" and not m.full().evidence.get("date")


def _residents(m: Event) -> bool:
    """Whether every candidate of a meeting is a resident's, no traveller's ('Separately, Z held talks
    with Iran's ambassador' in a report of a minister's visit): an embassy's meeting is no meeting
    of the visit, so the visit's days do not date it (review29)."""
    return bool(m.members) and not any(c.travel for _, _, c in m.members)


def _same_side(meeting: Event, visit: Event) -> bool:
    """Whether the meeting's guest is of the visit guest's side (the guests' sides as their
    mentions tell them; an unknown side fits none: no meeting crosses to the other delegation)."""
    mine = meeting.participants.get(meeting.guest or "", {}).get("side")
    theirs = visit.participants.get(visit.guest or "", {}).get("side")
    return mine is not None and mine == theirs


def cluster_block(key: tuple, items: list) -> list[Event]:
    """The events of one block (`blocks`): its (doc_id, published, candidate) items, in reading
    order, split in time. No block's events depend on another block's: a caller may cluster
    the blocks one at a time and concatenate their events in sorted key order (as `cluster`)."""
    events: list[Event] = []
    for group in _split_in_time(items):
        group = joins_told(group)
        if not group or all(c.planned or not stands_alone(c) for _, _, c in group):
            continue  # announced only, or told only in passing, with no time of its own, as another's background
        made = _visit_with_meetings(key[1], key[2], group) if key[0] == "visit" else _calls(group, key[0])
        events += keep_told(made)
    for e in events:
        e.city_named = e.place_id is not None and not _at_country(e)
        e.place_told = any(c.place_id for _, _, c in e.members)
        e.tellings = tellings(e) if e.kind != "visit" else {}
    return events


def tellings(event: Event) -> dict[str, tuple[str | None, dt.date | None]]:
    """Report -> (the city it names, the day it gives) for the event, each the first its candidates
    tell (None when it names no city or gives no day: it contradicts nothing). A visit's reports
    tell different steps of it, so visits have none (`cluster_block`)."""
    told: dict[str, tuple[str | None, dt.date | None]] = {}
    for doc, _, c in event.members:
        city = c.place_id if c.place_id and not c.at_country else None
        day = _first_day(_held_cues(c))
        was = told.get(doc, (None, None))
        told[doc] = (was[0] or city, was[1] or (day[0] if day else None))
    return told


def majority(values: list, default=None):
    values = [v for v in values if v is not None]
    if not values:
        return default
    counts = Counter(values)
    best = max(counts.values())
    return next(v for v in values if counts[v] == best)  # first seen among the most common


def _visit_with_meetings(guest: str, country: str, group: list) -> list[Event]:
    if not any(c.travel for _, _, c in group) or not any(c.kind == "visit" and not c.implied for _, _, c in group):
        # a resident's calls (an ambassador), or meetings no report tells a trip for (CURATION.md §2:
        # a visit record needs a report of the trip): stand-alone meetings without a visit
        _seat_entourage(group)
        return [e for host, items in sorted(_by_host(group).items()) for part in _by_held_day(items)
                for e in _standalone(guest, host, country, part)]
    visit = Event("visit", guest, None, country)
    meetings: dict[str, Event] = {}
    plans: list = []  # the meetings still to come: sources of the visit, and of the meeting when held
    for doc, pub, c in group:
        if c.planned and c.kind != "visit":
            visit.sources.add(doc)  # a meeting still to come: a source of the visit (and of its meeting if
            plans.append((doc, pub, c))  # another report tells it held: `_announced_meetings`)
            continue
        target = visit if c.kind == "visit" else meetings.setdefault(c.host, Event("meeting", guest, c.host, country))
        target.members.append((doc, pub, c))
        target.sources.add(doc)
        visit.sources.add(doc)
    known_days = [d for m in meetings.values() for doc, pub, c in m.members if (d := _first_day(_held_cues(c)))]
    known_days += [d for doc, pub, c in visit.members for cues in (c.arrival, c.departure, c.dates)
                   if (d := _first_day(cues))]
    announced = [] if known_days else _announced_known(visit, group)
    known = sorted({d for d, _ in known_days}) or announced
    # the visit's claims as told, and its way home, read once: its meetings' bare weekdays and its own
    # claims are moved against the same day home (reconcile.WayHome)
    claims = reconcile.claims_of(visit.members, _near_known(known))
    home = reconcile.way_home(claims)
    for meeting in meetings.values():
        _meeting_date(meeting, known, home)
    _visit_dates(visit, list(meetings.values()), reconcile.bounding(claims, home))
    if visit.date_start is None:
        return []
    if announced and visit.precision != "month" and 0 < (visit.date_start - announced[0]).days <= ANNOUNCED_LEAD_DAYS:
        # the trip announced for Sunday and told as ended on Monday: it began on the announced day
        visit.date_start, visit.precision = announced[0], "range"
    for meeting in meetings.values():
        if meeting.date_start is None or not (visit.date_start <= meeting.date_start <= visit.date_end):
            meeting.date_start, meeting.date_end = visit.date_start, visit.date_end
            meeting.precision = visit.precision if visit.precision == "month" else \
                "day" if visit.date_start == visit.date_end else "range"
            # the visit's dates, cited from the meeting's own reports where they tell them: a
            # report that only announced the trip is no source of its meetings
            for doc, span in _inherited(visit, meeting, "date"):
                meeting.cite("date", doc, span)
        meeting.parent = visit
    for event in [visit, *meetings.values()]:
        _gather(event)
    _places(visit, list(meetings.values()))
    _announced_meetings(meetings, plans)
    return [visit, *sorted(meetings.values(), key=lambda m: (m.date_start, m.host or ""))]


ANNOUNCED_SLACK_DAYS = 1  # days an announced meeting day may lie outside its trip's (a page's lag, a time zone: §4)


def _announced_meetings(meetings: dict[str, Event], plans: list) -> None:
    """Each announcement of a meeting ('will hold talks with X on Monday') whose host has a meeting
    told held in the same visit becomes a source of that meeting (CURATION.md §1, §3: an announcement
    a later report confirms is cited for the announced event's `event_type`, its 'will meet' span),
    cited for the link only: the held reports alone date, place and seat it (issue 15; called after
    those decisions). Not linked: a meeting put off or called off (`Candidate.called_off`), one
    announced with another host, one no report tells held (no event: `cluster_block`), one announced
    for a day more than ANNOUNCED_SLACK_DAYS outside the trip's days (the visit's, else the meeting's:
    another trip's meeting; an announced day is often the trip's own, 'leaves tomorrow ... will call
    on X', so the meeting's day is not asked), and one told to come in a report published after the
    held meeting ended. `plans`: (doc_id, published, candidate) items of the visit's group, planned
    meetings; `meetings`: host -> held meeting."""
    for doc, pub, c in plans:
        meeting = meetings.get(c.host or "")
        if meeting is None or c.called_off or meeting.date_start is None or meeting.date_end is None:
            continue
        if pub is not None and pub > meeting.date_end:
            continue  # written after the meeting: a later meeting still to come, not this one
        trip = meeting.parent if meeting.parent is not None and meeting.parent.date_start is not None else meeting
        first, last = trip.date_start, trip.date_end
        days = [cue for cue, _ in c.dates if cue.resolved and cue.precision == "day"]
        slack = dt.timedelta(days=ANNOUNCED_SLACK_DAYS)
        if days and first is not None and last is not None \
                and not any(first - slack <= cue.start <= last + slack for cue in days):
            continue
        meeting.sources.add(doc)
        for span in c.evidence.get("event_type", []):
            meeting.cite("event_type", doc, span)


ANNOUNCED_LEAD_DAYS = 7  # an announced first day begins a visit its undated report tells ended at most a week later


def _announced_known(visit: Event, group: list) -> list[dt.date]:
    """The announced days ('will visit Tehran on Sunday') of a visit whose held reports date
    nothing themselves (`_announced_visit` joined an undated report of the trip to its
    announcement): their weekdays are resolved near them, and the announcement is cited for the
    date (issue 15: it stays a source and gives the day). Empty otherwise."""
    if any(cue.resolved for _, _, c in group if not c.planned for cues in (c.dates, c.arrival, c.departure)
           for cue, _ in cues):
        return []
    planned = [item for item in group if item[2].planned]
    if len(planned) == len(group):
        return []
    for doc, _, c in planned:
        for cues in (c.dates, c.arrival, c.departure):
            for cue, span in cues:
                if cue.resolved and cue.precision == "day":
                    visit.cite("date", doc, span)
    return sorted(set(_announced_days(planned)))


def _inherited(visit: Event, meeting: Event, name: str) -> list[tuple[str, Span]]:
    """The visit's spans for a field its meeting takes from it: those of the meeting's own reports,
    else of reports telling the visit as held; a report that only announced the trip ('arrives
    Friday') is cited only when no other tells it, so it does not become a source of the meeting."""
    spans = visit.evidence.get(name, [])
    held = {doc for doc, _, c in visit.members if not c.planned}
    return [(d, s) for d, s in spans if d in meeting.sources] or [(d, s) for d, s in spans if d in held] or spans


def _by_host(group: list) -> dict[str, list]:
    out: dict[str, list] = defaultdict(list)
    for item in group:
        if item[2].kind == "meeting":
            out[item[2].host or ""].append(item)
    return out


def _seat_entourage(group: list) -> None:
    """With no visit record, a report's delegation members (who joined its inferred visit,
    entourage.py) sit in the guest's one meeting that report tells: that meeting is all the
    delegation took part in (CURATION.md §6). Each report's held meetings are listed once (issue
    16: scanning the whole group per visit candidate was quadratic in copied reports)."""
    held: dict[str, list[Candidate]] = defaultdict(list)  # report -> its held meetings, in group order
    for d, _, c in group:
        if c.kind == "meeting" and not c.planned:
            held[d].append(c)
    for doc, _, v in group:
        if v.kind != "visit":
            continue
        own = held.get(doc, [])
        if len(own) != 1:
            continue
        for actor, info in v.participants.items():
            if actor not in own[0].participants and info["side"] == v.participants.get(v.guest, {}).get("side"):
                own[0].participants[actor] = info


HELD_DAY_SLACK = 1  # days two reports' held days of one meeting may differ by (a page's lag, a time zone: §4)


def _by_held_day(items: list) -> list[list]:
    """One pair's stand-alone meeting items of a time group (`_split_in_time` chains reports
    within VISIT_GAP_DAYS) split into the meetings their own held days tell (review S6: six
    meetings of two people over a month were one event): days more than HELD_DAY_SLACK apart are
    different meetings unless one report gives both (it ties them together). Items with no day of
    their own join the meeting told by the most reports (the earliest on a tie). Reading order is
    kept within each part; one part when the items give at most one day."""
    day_of = [d[0] if (d := _first_day(_held_cues(c))) else None for _, _, c in items]
    days = sorted({d for d in day_of if d is not None})
    if len(days) < 2:
        return [items]
    part = {days[0]: 0}
    for before, day in zip(days, days[1:]):
        part[day] = part[before] + ((day - before).days > HELD_DAY_SLACK)
    by_doc: dict[str, set[int]] = defaultdict(set)
    for (doc, _, _), d in zip(items, day_of):
        if d is not None:
            by_doc[doc].add(part[d])
    merged = list(range(max(part.values()) + 1))  # a report giving days of two parts ties them
    for told in by_doc.values():
        low = min(merged[p] for p in told)
        for p in range(len(merged)):
            if merged[p] in {merged[t] for t in told}:
                merged[p] = low
    parts: dict[int, list] = defaultdict(list)
    for item, d in zip(items, day_of):
        if d is not None:
            parts[merged[part[d]]].append(item)
    if len(parts) == 1:
        return [items]
    biggest = min(parts, key=lambda p: (-len({doc for doc, _, _ in parts[p]}), p))
    order = {id(item): n for n, item in enumerate(items)}
    parts[biggest] += [item for item, d in zip(items, day_of) if d is None]
    return [sorted(parts[p], key=lambda item: order[id(item)]) for p in sorted(parts)]


def _standalone(guest: str, host: str, country: str, items: list) -> list[Event]:
    """One meeting of the guest with one host, no visit told; none when every report tells it only
    as planned, wished or asked ('It is unclear whether he met X' beside a held meeting with Y: the
    group holds a held candidate, but not for this host; round 29)."""
    if all(c.planned for _, _, c in items):
        return []
    meeting = Event("meeting", guest, host, country)
    for doc, pub, c in items:
        meeting.members.append((doc, pub, c))
        meeting.sources.add(doc)
    _meeting_date(meeting, [])
    if meeting.date_start is None and not _undated(meeting):
        return []
    _gather(meeting)
    meeting.place_id = place_vote(items)
    return [meeting]


def _held_cues(c: Candidate) -> list[tuple[DateCue, Span]]:
    """A held meeting's date expressions without those read forward ('is scheduled to fly on to
    Riyadh on Tuesday'): a plan told in its sentence is another step's day, not the meeting's."""
    return c.dates if c.planned else [(cue, span) for cue, span in c.dates if not cue.ahead]


def _meeting_date(meeting: Event, known: list[dt.date], home: reconcile.WayHome = reconcile.WayHome()) -> None:
    """The meeting's day by its reports' votes (`_day_vote`), each its first held day as a
    `reconcile.Claim`; a bare weekday after `home`, the visit's held way home, moved back by the mover
    of the visit's own claims (`reconcile.move`: onto a day of the visit, unless its sentence tells
    another trip, 'met him again at the border on Friday')."""
    votes, weekdays = [], []
    for doc, pub, c in meeting.members:
        cues = _held_cues(c)
        told = _first_cue(cues)
        if told is None:  # a day told without a year, in the year of the engagement's known days
            told = next(((cue, span, near[0]) for cue, span in cues if (near := on_known_days(known, cue.month_day))), None)
        if told:
            cue, span, day = told
            claim = reconcile.move(reconcile.Claim.told("meeting", cue, span, doc, c, day, day), home)
            votes.append((claim.first, span, doc, pub, claim.bare))
        else:
            weekdays += [(cue.weekday, doc, span) for cue, span in cues if cue.weekday is not None]
    if votes:
        day = _day_vote(votes)
        for d, span, doc, *_ in votes:
            if d == day:
                meeting.cite("date", doc, span)
    elif weekdays and known:
        weekday, doc, span = weekdays[0]
        day = nearest_weekday(known, weekday)
        meeting.cite("date", doc, span)
    else:
        _span_told(meeting, week=not known)
        return
    meeting.date_start = meeting.date_end = day


def _span_told(event: Event, week: bool = True) -> bool:
    """An engagement its reports date by no single day but by a span of days ('on 5-6 March',
    'from March 5 to 7'; with `week`, also 'last week'): that span, precision range (CURATION.md §4:
    a range gives the bounds). Left undated when no report tells such a span. A week is vague: a
    meeting of a visit whose days are known takes the visit's days instead."""
    spans = [(cue, span, doc) for doc, _, c in event.members for cue, span in _held_cues(c)
             if cue.resolved and (cue.precision == "range" or (week and cue.precision in ("week", "year")))]
    if spans:
        cue, span, doc = spans[0]
        event.date_start, event.date_end = cue.start, cue.end
        event.precision = "day" if cue.start == cue.end else "range"
        event.by_period = reconcile.vague(cue)
        event.cite("date", doc, span)
    return bool(spans)


def _day_vote(votes: list[tuple[dt.date, Span, str, dt.date | None, bool]]) -> dt.date:
    """The day most reports give; on a tie, one told by a calendar date or an explicit relative
    ('last Wednesday') before one told by a bare weekday counted back from the report's day (an
    announcement's 'talks on Wednesday' read as past is the likelier misreading: recon24), then the
    one of the report published soonest after it (a weekday resolved by a same-day report leaves
    the least room for a page's lag: CURATION.md §4)."""
    counts = Counter(d for d, *_ in votes)
    best = max(counts.values())
    lag = lambda v: ((v[3] - v[0]).days if v[3] is not None and v[3] >= v[0] else 10**6)
    return min((v[4], lag(v), n, v) for n, v in enumerate(votes) if counts[v[0]] == best)[3][0]  # n: first on a tie


def _near_known(known: list[dt.date]) -> reconcile.Resolver:
    """How a visit's claims place a cue its report leaves open (`reconcile.claims_of`): a day without
    a year on the engagement's `known` days' year, a weekday on the one nearest them; (None, None)
    when neither fits."""
    def resolve(cue: DateCue) -> tuple[dt.date | None, dt.date | None]:
        near = on_known_days(known, cue.month_day)
        return near or ((nearest_weekday(known, cue.weekday),) * 2 if cue.weekday is not None else (None, None))
    return resolve


def _visit_dates(visit: Event, meetings: list[Event], claims: list[reconcile.Claim]) -> None:
    """The visit's range and precision by the reconciliation stage (`reconcile`): its reports'
    date claims (`reconcile.bounding`: weekdays and days without a year placed near the
    engagement's known days, bare weekdays after the way home moved) and its meetings' days; the
    spans of the claims used and of the meetings cited."""
    # a meeting told only in a period ('earlier this year he met X') places itself, it does not widen
    # the visit: a period bounds no visit (CURATION.md §4); it takes the visit's days if outside them
    dated = [m for m in meetings if m.date_start and not m.by_period]
    decision = reconcile.reconcile(
        claims, [(m.date_start, m.date_end) for m in dated],  # type: ignore[misc]
        length=lambda start: _stated_length([visit, *meetings], start),
        cap=lambda start: _unarrived_cap(visit, start),
        week_end=lambda start, end: _week_bound(visit, start, end),
        departure_told=any(reconcile.departure_of(cue, span, c) == "departure"  # the way home, not out nor a leg
                           for _, _, c in visit.members for cue, span in c.departure))
    if decision is None:
        _undated(visit, tuple(meetings))  # nothing in the texts dates it: the month reported, or the terms of office
        return
    for claim in decision.used:
        if claim.span is not None:
            visit.cite("date", claim.doc, claim.span)
    for m in dated:
        for doc, span in m.evidence["date"]:
            visit.cite("date", doc, span)
    visit.date_start, visit.date_end, visit.precision = decision.start, decision.end, decision.precision
    visit.length_conflict = decision.conflict


def _unarrived_cap(visit: Event, start: dt.date) -> dt.date:
    """How far a told length may carry a visit on from its first day `start`: any distance when a
    report gives the arrival on that day; else no later than the latest day a report telling the
    visit was published (CURATION.md §4: a length counts only from a reported arrival; 'who is on a
    three-day visit' on the report's day places the guest there to that day, never later)."""
    if any(cue.resolved and cue.start == start for _, _, c in visit.members for cue, _ in c.arrival):
        return dt.date.max
    days = [pub for _, pub, _ in visit.members if pub is not None and pub >= start]
    return max(days) if days and all(pub is not None for _, pub, _ in visit.members) else dt.date.max


def _week_bound(visit: Event, start: dt.date, end: dt.date) -> dt.date:
    """A visit whose reports give its first day and, later, tell of it as held in a week ('last
    week's visit') with no last day: the honest range runs to that week's last day, or to the
    day before the earliest report telling of it as past, whichever comes first (CURATION.md §4:
    the range gives the bounds, it does not claim a stay)."""
    weeks = [(cue, doc, span) for doc, _, c in visit.members for cue, span in c.dates
             if cue.precision == "week" and cue.resolved and not cue.ahead and cue.start <= start <= cue.end]
    if not weeks:
        return end
    cue, doc, span = min(weeks, key=lambda w: w[0].end)
    if cue.end <= end:
        return end
    visit.cite("date", doc, span)
    return cue.end


def _stated_length(parts: list[Event], start: dt.date) -> int | None:
    """The visit's length (days) as its reports state it (CURATION.md §4: the end of a range).
    A length announced before or on the first day is the plan: it stands only while no report
    of a later day places the guest on a day of the visit (a three-day visit announced, and the
    later reports all of its second day: the range ends there); a later report's length stands."""
    members = [(pub, c) for part in parts for _, pub, c in part.members]
    later = [c for pub, c in members if pub is not None and pub > start]
    stated = [c.duration for c in later if c.duration]
    if stated:
        return stated[0]
    if any(cue.resolved for c in later for cues in (c.dates, c.arrival, c.departure) for cue, _ in cues):
        return None
    return next((c.duration for pub, c in members if c.duration), None)


def _gather(event: Event) -> None:
    """Participants, commitments and evidence of every member, merged."""
    for doc, pub, c in event.members:
        for name, spans in c.evidence.items():
            if name == "date":
                continue  # dates are cited by the date decision itself
            for span in spans:
                event.cite(name, doc, span)
        for actor, info in c.participants.items():
            merged = event.participants.setdefault(actor, {"side": info["side"], "titles": [], "spans": [], "names": []})
            merged["titles"].append(info["title"])
            merged["spans"] += [(doc, s) for s in info["spans"]]
            merged["names"] += [(doc, s) for s in info["names"]]
        for item in c.commitments:
            event.commitments.append({**item, "doc": doc})
    event.venue = majority([c.venue for _, _, c in event.members])


def place_vote(members: list) -> str | None:
    """The place an event's reports put it in: the most common city they name, else the most
    common place. A report naming only the country ('during his visit to Iran') does not outvote
    one naming a city of it (CURATION.md §5: a city when a report gives one); a city of another
    country still does. Nor does a visit's city that is only its guest's stop at a service chief's
    headquarters (`Candidate.stop`) outvote one a report tells for the trip. Of equally common
    places, one a report tells in its own story comes before one told only as background (a
    tie is not decided by which report's first day sorts first)."""
    members = sorted(members, key=lambda m: m[2].background)  # stable: reading order otherwise
    cities = [c.place_id for _, _, c in members if c.place_id and not c.at_country]
    told = [c.place_id for _, _, c in members if c.place_id and not c.at_country and not c.stop]
    return majority(told) or majority(cities) or majority([c.place_id for _, _, c in members])


def _places(visit: Event, meetings: list[Event]) -> None:
    """A meeting's place is the one its reports name; a visit's, the one its own reports name,
    else the most common among its meetings (an unplaced meeting counting for the country).
    A meeting whose reports give no place is in the visit's city."""
    for m in meetings:
        m.place_id = place_vote(m.members)
    own = _talks_city(visit, meetings, place_vote(visit.members))
    visit.place_id = own or majority([m.place_id or "(country)" for m in meetings])
    if visit.place_id == "(country)":
        visit.place_id = None  # the writer puts it at the country
    for m in meetings:  # one its reports place only at the country stays there (CURATION.md §11)
        if _in_another_province(m, own):
            continue  # a provincial host's meeting is held in the province, not in the trip's city
        if m.place_id is None and own and (told := _city_told_by(visit, own, m) or _trip_told(visit, own, meetings)):
            m.place_id = own  # the city its own report names for the trip, or a report of the whole trip
            for doc, span in told:  # does; else at the country (CURATION.md §5, E000110)
                m.cite("place_id", doc, span)
        elif own and m.place_id and m.place_id != own and _at_country(m) and (told := _city_told_by(visit, own, m)):
            m.place_id = own  # 'during his visit to Iran' in a report that names Tehran for the trip: Tehran
            for doc, span in told:
                m.cite("place_id", doc, span)
        elif own and (m.place_id is None or _at_country(m)) and (told := _held_on_from(m, own, meetings)):
            m.place_id = own  # 'held talks with Y in Tehran. Later on Monday he called on Z': Tehran
            for doc, span in told:
                m.cite("place_id", doc, span)


def _talks_city(visit: Event, meetings: list[Event], own: str | None) -> str | None:
    """The visit's city: `own` (its reports'), unless every report placing it there did so only
    by the guest's landing in a city ('arrived in Lahore') or a stop of a trip told to the country,
    and its meetings were told with cities ('talks in Islamabad', 'called on the army chief at GHQ
    in Rawalpindi'; one placed only at the country, or nowhere before those talks, may have been
    held there: `own` stays). A visit is placed at the city of its official talks (CURATION.md §5,
    E000012): the city more of its meetings were held in than any other, the landing city counted
    like the others (each meeting placed by its own clause: `meeting_parts`; a tie leaves `own`:
    which is the trip's is not told), and that city's meetings' spans are cited for it."""
    held = [m for m in sorted(meetings, key=lambda m: m.date_start or dt.date.max) if m.place_id and not _at_country(m)]
    held = [m for m in held if not _at_a_stop(m)]  # a call at GHQ is a stop of the trip, not its talks
    placing = [c for _, _, c in visit.members if c.place_id == own]
    if own is None or not held or not placing \
            or any(m.place_id and _at_country(m) for m in meetings) or _before_the_talks(meetings, held) \
            or not all(c.landed and not c.at_country for c in placing):
        return own  # landed in a country, or talks placed only at the country: no other city is sure
    counts = Counter(m.place_id for m in held).most_common(2)
    if len(counts) > 1 and counts[0][1] == counts[1][1]:
        return own  # as many talks in two cities: which is the trip's is not told (no guess)
    city = counts[0][0]
    if city == own:
        return own  # most talks at the landing city: its reports' evidence stands
    visit.evidence["place_id"] = {cited: None for m in held if m.place_id == city for cited in m.evidence.get("place_id", {})}
    return city


def _in_another_province(m: Event, city: str | None) -> bool:
    """A report gives the meeting's host an office of a province whose capital is not the visit's
    city ('held talks with the Balochistan Home Minister' on a trip placed at Islamabad): the visit's
    city does not place it (candidates._provincial_host)."""
    return city is not None and any(c.province_city and c.province_city != city for _, _, c in m.members)


def _held_on_from(m: Event, city: str, meetings: list[Event]) -> list[tuple[str, Span]]:
    """A meeting told with no city (or only its country) on the day of the visit's talks in the
    visit's city, in a later sentence of a report that tells those talks ('held talks with Y in
    Tehran. Later on Monday he called on Z'), with no meeting told between them in another city:
    the guest was held on from there (as `_before_the_talks` reads it for the visit), so the talks'
    place spans place it. One told before the talks, or of another day, stays at the country
    (CURATION.md §5: E000401's same-day call at GHQ; §11)."""
    day = m.date_start
    if day is None or m.date_end != day:
        return []
    told = {doc: c.sentence for doc, _, c in m.members}
    for t in meetings:
        if t is m or t.place_id != city or _at_country(t) or t.date_start != day or t.date_end != day:
            continue
        for doc, _, c in t.members:
            if doc in told and c.sentence < told[doc] and not _elsewhere_between(doc, c.sentence, told[doc], city, meetings):
                return [(d, span) for d, span in t.evidence.get("place_id", []) if d == doc]
    return []


def _elsewhere_between(doc: str, first: int, last: int, city: str, meetings: list[Event]) -> bool:
    """A meeting of the report told between two sentences in a city other than `city`: the guest
    moved on, so a later unplaced meeting is not held on from the first one's city."""
    return any(d == doc and first < c.sentence < last and c.place_id and c.place_id != city and not c.at_country
               for e in meetings for d, _, c in e.members)


def _before_the_talks(meetings: list[Event], held: list[Event]) -> bool:
    """A meeting told with no place, undated or dated before the first one told with a city
    ('arrived in Islamabad on Sunday. On Monday he held talks at the Ministry of Defence ... On
    Tuesday he drove to Rawalpindi'): it may well have been in the city the guest landed in, which
    then stays the visit's. One told after the placed talks ('later on Monday he called on ...')
    was held on from there; one of the same day told before them may have been held before them."""
    first = held[0].date_start
    return any(m.place_id is None and (m.date_start is None or first is None or m.date_start < first
                                       or (m.date_start == first and _told_before(m, held[0])))
               for m in meetings)


def _told_before(m: Event, placed: Event) -> bool:
    """An unplaced meeting of the placed talks' day told in an earlier sentence of a report that tells
    both ('arrived in Lahore on Monday. On Monday he met X. Later on Monday he called on Y in
    Rawalpindi'): like one of an earlier day, it may have been held in the landing city (review22 S4)."""
    at = {doc: c.sentence for doc, _, c in placed.members}
    return any(doc in at and c.sentence < at[doc] for doc, _, c in m.members)


def _trip_told(visit: Event, city: str, meetings: list[Event]) -> list[tuple[str, Span]]:
    """The spans naming the visit's city in reports that tell the trip as a whole, none of its
    meetings on its own: such a report places the whole trip, each meeting in it (E000212); a
    report that names the city beside one meeting places that meeting only (E000110)."""
    told_meetings = {doc for m in meetings for doc, _, _ in m.members}
    told = {doc for doc, _, c in visit.members if c.place_id == city and doc not in told_meetings}
    return [(doc, span) for doc, span in visit.evidence.get("place_id", []) if doc in told]


def _at_a_stop(m: Event) -> bool:
    """Every report of the meeting holds it at a service chief's headquarters (places.yaml venues
    `stop`): the guest's call on the way, not the trip's official talks (CURATION.md §5, E000401)."""
    return all(c.stop for _, _, c in m.members)


def _at_country(m: Event) -> bool:
    """Every report of the meeting places it only at a country."""
    return all(c.at_country for _, _, c in m.members if c.place_id)


def _city_told_by(visit: Event, city: str, m: Event) -> list[tuple[str, Span]]:
    """The spans of the meeting's own reports that name the visit's city for the trip (CURATION.md
    §5: the city must be named in a cited span of a report that tells of the event)."""
    docs = {doc for doc, _, _ in m.members}
    told = {doc for doc, _, c in visit.members if c.place_id == city and doc in docs}
    return [(doc, span) for doc, span in visit.evidence.get("place_id", []) if doc in told]


def _calls(items: list, kind: str = "phone_call") -> list[Event]:
    """One call (or ceremony) per pair within one time group."""
    events: dict[tuple, Event] = {}
    for doc, pub, c in items:
        key = tuple(sorted((c.guest, c.host)))
        event = events.setdefault(key, Event(kind, c.guest, c.host, c.country))
        event.members.append((doc, pub, c))
        event.sources.add(doc)
    for event in events.values():
        days = [d for _, _, c in event.members if (d := _first_day(c.dates))]
        if days:
            event.date_start = event.date_end = days[0][0]
            event.cite("date", event.members[0][0], days[0][1])
        elif not _span_told(event):
            ranges = [(cue, span, doc) for doc, _, c in event.members for cue, span in c.dates if cue.resolved]
            if ranges:
                cue, span, doc = ranges[0]
                first = cue.start.replace(day=1)
                event.date_start, event.date_end, event.precision = first, _month_end(first), "month"
                event.cite("date", doc, span)
            else:  # no date in the text: the month it was reported in, or the terms of office
                _undated(event)
        _gather(event)
        event.place_id = place_vote(event.members)
    return [e for e in events.values() if e.date_start]
