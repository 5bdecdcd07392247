"""Across reports: the date claims every report makes about one visit become one range (issue 15).

Each report of a visit contributes typed CLAIMS (`Claim`): a held arrival, a held departure or
return home, a day it places the guest in the country, a meeting's day, a length ('a four-day
visit'), a week it tells the visit as past in. One rule set (`BOUNDS`, `reconcile`) turns them
into one range and precision, following CURATION.md §4 (dates of visits): held claims outrank
plans, an arrival and a departure bound the visit, its meetings lie inside it, a told length fills
the one end no report gives, and a report's own dateline day bounds what the report tells as held,
it does not stretch a range a departure closes. The decision cites the spans of the claims it used.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from pakiran_events.extract.dates import PERIODS, DateCue
from pakiran_events.extract.report import Candidate, Span, departing_key

# Which bound a claim of each kind may give (CURATION.md §4, 'The end of a range'): an arrival
# the first day, a departure the last, a day the report places the guest in the country (or a
# meeting of the visit) either. A dateline claim (the report's own day, read from its date line
# for a visit it tells without a day of its own) gives either, but only while no held departure
# closes the visit before it: a report is on or after what it tells (its day is an upper bound).
BOUNDS: dict[str, tuple[bool, bool]] = {  # kind -> (may give the first day, may give the last day)
    "arrival": (True, False),
    "departure": (False, True),
    "day": (True, True),
    "meeting": (True, True),
    "dateline": (True, True),
    # a departure that is not the way home (`Candidate.departing`, candidates.departure_kind): the way
    # OUT from home ('left Islamabad for Tehran on Sunday') is the trip's first day, as 'left for
    # Tehran' is an arrival (engagement.yaml `arrival`), while no arrival is told; an onward LEG inside
    # the visited country ('left Tehran for Mashhad') is a day the guest was there. Neither closes it.
    "outbound": (True, False),
    "leg": (True, True),
}
# kinds a held departure closes the visit against: a later day of these is the report's own
# day, not a day the guest was there (a meeting after the departure keeps the union: the
# departure may be a leg's, 'left Tehran for Mashhad')
CLOSED_BY_DEPARTURE = frozenset({"dateline"})


@dataclass(frozen=True)
class Claim:
    """One report's word on one day (or days) of a visit: `kind` (a `BOUNDS` key), the days
    `first`..`last` it gives, the report and span that say so (span None for a meeting's day,
    whose own spans are cited), whether it was read forward (`ahead`: planned, not held)."""

    kind: str
    first: dt.date
    last: dt.date
    doc: str
    span: Span | None
    ahead: bool = False
    bare: bool = False  # a bare weekday counted back from the report's day ('flew in on Sunday')
    apart: bool = False  # ... whose sentence tells another trip ('then travelled to Mashhad on Friday'): never moved

    @classmethod
    def told(cls, kind: str, cue: DateCue, span: Span, doc: str, c: Candidate, first: dt.date, last: dt.date) -> Claim:
        """The claim candidate `c` of report `doc` makes by `cue` (cited by `span`) on the days `first`..`last`
        (the cue's own, or placed near the engagement's days): the one reading of `bare` (a resolved
        weekday-only cue, `DateCue.weekday_only`) and of `apart` (its sentence tells another trip:
        `Candidate.apart`, keyed by `departing_key`) for a visit's claims and its meetings' days alike."""
        return cls(kind, first, last, doc, span, cue.ahead, cue.resolved and cue.weekday_only,
                   departing_key(cue, span) in c.apart)


@dataclass
class Decision:
    """The visit's range: first and last day, precision (`day` or `range`), the claims used."""

    start: dt.date
    end: dt.date
    precision: str
    used: list[Claim] = field(default_factory=list)
    # a told length the held departure home contradicts: (the length, the days from first to last);
    # the departure ends the range (CURATION.md §4, 'The end of a range'), the conflict goes to the notes
    conflict: tuple[int, int] | None = None


Resolver = Callable[[DateCue], tuple[dt.date | None, dt.date | None]]
Member = tuple[str, "dt.date | None", Candidate]


def held_told(members: list[Member]) -> bool:
    """Whether a report of the visit dates it as held (a day or range not read forward from a plan):
    then every day told only as planned ('is arriving today') gives way (held claims outrank plans)."""
    return any(cue.resolved and not cue.ahead and cue.precision in ("day", "range") and not cue.period
               for _, _, c in members for cues in (c.arrival, c.departure, c.dates) for cue, _ in cues)


def is_dateline(cue: DateCue, span: Span, published: dt.date | None) -> bool:
    """Whether a cue is its report's date line and nothing more ('QUETTA, Nov 16:' heading a
    report): a calendar day equal to the publication day at the head of the report's first
    sentence (its clause starts the text, whichever sentence the candidate was first told in). It
    dates the report, and the visit only as far as the report tells it held."""
    return (published is not None and cue.start == published == cue.end
            and not cue.weekday_only and span.start == 0 and cue.span[0] < 40)


def claims_of(members: list[Member], resolve: Resolver) -> list[Claim]:
    """The date claims of a visit's own reports (`members`: (doc, published, candidate)) as told:
    each arrival, departure and other day expression as a `Claim`; an unresolved weekday or day
    without a year placed by `resolve` (near the engagement's known days, `cluster`). Week, month
    and year expressions make none; with a held claim among them, planned ones make none. Nothing
    is moved nor dropped yet: `way_home` reads them as told, `bounding` gives what `reconcile` reads."""
    held = held_told(members)
    out: list[Claim] = []
    for doc, pub, c in members:
        for cues, kind in ((c.arrival, "arrival"), (c.departure, "departure"), (c.dates, "day")):
            for cue, span in cues:
                if vague(cue) or (held and cue.ahead):
                    continue
                first, last = (cue.start, cue.end) if cue.resolved else resolve(cue)
                if first is None:
                    continue
                out.append(Claim.told(claim_kind(kind, cue, span, pub, c), cue, span, doc, c,
                                      first, (last or first) if kind == "day" else first))
    return out


ARRIVING = frozenset({"arrival", "outbound"})  # claims of the trip's first day itself


@dataclass(frozen=True)
class WayHome:
    """What a bare weekday told after a visit's way home is moved back by (`move`), worked out once
    per visit from its reports' claims (`way_home`) and used for the visit's claims and its
    meetings' days alike, so a visit and its own meetings move against one day.

    `day`: the latest day the visit's reports tell the guest's way home as held (a `departure`
    claim, not the way out nor a leg, not read forward), None when none is told. It is a careful
    reader's 'he returned home on X' across all the reports, whichever way X is told: a calendar
    day, the first day of a range, a weekday counted back from its report's day, or a weekday or a
    day without a year its report leaves open and `claims_of` places near the engagement's days (an
    undated release's 'returned home on November 10' dates the return as surely as a dated one).
    `arrival`: the visit's earliest held arrival (`ARRIVING`, not itself a bare weekday after `day`);
    `first`: its earliest held first day of any kind (an arrival, a day, a meeting, a leg; not the
    report's date line, not a bare weekday after `day`)."""

    day: dt.date | None = None
    arrival: dt.date | None = None
    first: dt.date | None = None

    def floor(self, arriving: bool) -> dt.date | None:
        """The earliest day a bare weekday may be moved back to: the held arrival; with none told,
        the earliest held first day, except for a weekday that tells the arrival itself (`arriving`:
        it may come before the talks' days). None: no bound but `day`."""
        if self.arrival is not None or arriving:
            return self.arrival
        return self.first


def way_home(claims: list[Claim]) -> WayHome:
    """The visit's `WayHome` from its claims as told (`claims_of`): see `WayHome` for which claims
    give the day home and the held first days."""
    homes = [k.first for k in claims if k.kind == "departure" and not k.ahead]
    if not homes:
        return WayHome()
    home = max(homes)
    told = [k for k in claims if not k.ahead and BOUNDS[k.kind][0] and k.kind != "dateline"
            and not (k.bare and k.first > home)]
    return WayHome(home, min((k.first for k in told if k.kind in ARRIVING), default=None),
                   min((k.first for k in told), default=None))


def move(k: Claim, home: WayHome) -> Claim:
    """A bare weekday is counted back from its report's day ('flew to Tehran on Sunday' in a weekly
    of the Monday after): when that lands after the visit's held way home (`home.day`, 'was back in
    Islamabad by Tuesday night'), it is the same weekday counted back from that day instead (the
    visit's Sunday, not the one before the column): no day of the guest in the country lies after
    the way home (CURATION.md §4). Only onto a day of the visit (`WayHome.floor`: not before its
    held arrival or first day) and only when its sentence tells no other trip (`Claim.apart`: 'then
    travelled to Mashhad on Friday', 'at the border'): a second, later trip keeps its day. A
    departure, a span of days and any other claim stand as told. The one mover of a visit's claims
    (`bounding`) and its meetings' days (cluster._meeting_date)."""
    if (home.day is None or not k.bare or k.apart or k.kind == "departure" or k.first != k.last
            or k.first <= home.day):
        return k
    day = before_home(k.first, home.day, home.floor(k.kind in ARRIVING))
    return Claim(k.kind, day, day, k.doc, k.span, k.ahead, k.bare, k.apart)


def before_home(day: dt.date, home: dt.date | None, first: dt.date | None = None) -> dt.date:
    """A bare weekday's `day` (counted back from its report's day) moved back whole weeks to the
    latest of its weekday on or before `home`, the last held day of the way home; as it is when
    there is none or it is not after it, or when that would put it before `first`, the visit's
    held first day (`WayHome.floor`: then it tells a later trip, not a day of this one)."""
    if home is None or day <= home:
        return day
    moved = day - dt.timedelta(days=7 * -(-(day - home).days // 7))
    return day if first is not None and moved < first else moved


def bounding(claims: list[Claim], home: WayHome) -> list[Claim]:
    """The claims `reconcile` reads from a visit's claims as told: each bare weekday after the way
    home moved back (`move`), and the way out from home given way to a told arrival."""
    return _outbound_given_way([move(k, home) for k in claims])


def vague(cue: DateCue) -> bool:
    """A week, month or year, or such a period cut to a range or day ('this month' ending on the
    report's day): it places its report in time, it bounds no visit (CURATION.md §4)."""
    return cue.precision in PERIODS or cue.period  # by the period it was told as, not a cut's precision


def claim_kind(kind: str, cue: DateCue, span: Span, published: dt.date | None, c: Candidate) -> str:
    """The `BOUNDS` kind of a cue the candidate told as `kind` (arrival, departure, day): a day that is
    the report's date line is a `dateline`, also in a departure's sentence ('ISLAMABAD, 12 Dec: X
    concluded his visit yesterday': the line dates the release, 'yesterday' the departure); a
    departure is the kind `Candidate.departing` gives it (`outbound`, `leg`), else the way home
    (`departure`)."""
    if kind in ("day", "departure") and is_dateline(cue, span, published):
        return "dateline"
    if kind == "departure":
        return departure_of(cue, span, c)
    return kind


def departure_of(cue: DateCue, span: Span, c: Candidate) -> str:
    """Which departure a candidate's departure cue tells: the kind `Candidate.departing` gives it
    (`outbound`, `leg`: candidates.departure_kind), else `departure`, the way home (the only one
    that closes a visit)."""
    return c.departing.get(departing_key(cue, span), "departure")


def _outbound_given_way(claims: list[Claim]) -> list[Claim]:
    """The way out from home gives the first day only while no report tells the arrival (the day
    the guest reached the country is the visit's first, CURATION.md §4)."""
    if any(k.kind == "arrival" and not k.ahead for k in claims):
        return [k for k in claims if k.kind != "outbound"]
    return claims


def reconcile(claims: list[Claim], meetings: list[tuple[dt.date, dt.date]], *,
              length: Callable[[dt.date], int | None], cap: Callable[[dt.date], dt.date],
              week_end: Callable[[dt.date, dt.date], dt.date], departure_told: bool) -> Decision | None:
    """One range from a visit's claims and its meetings' (first, last) days, by `BOUNDS`:
    first = the earliest day a claim may give as first (else the earliest last day), last = the
    latest any gives, a held departure closing dateline claims after it. Then a told length
    (`length(first)`, CURATION.md §4) carries the last day on from a reported first day, up to
    `cap(first)`, or counts back from the last when only the departure is told; with no length
    and no departure told, `week_end(first, last)` ('last week's visit'). None when no claim and
    no meeting gives a day (the caller dates it from months or terms of office)."""
    departures = [k.first for k in claims if k.kind == "departure" and not k.ahead]
    closing = max(departures) if departures else None
    used = [k for k in claims if not (closing and k.kind in CLOSED_BY_DEPARTURE and k.first > closing)]
    starts = [k.first for k in used if BOUNDS[k.kind][0]]
    # a first-day claim gives a last day only when it tells a span ('on 5-6 March')
    ends = [k.last for k in used if BOUNDS[k.kind][1] and (not BOUNDS[k.kind][0] or k.last != k.first)]
    closing_only = bool(ends) and not starts  # only its last day told: a meeting on that day is no first day
    for first, last in meetings:
        starts.append(first)
        ends.append(last)
    if not starts and not ends:
        return None
    start = min(starts or ends)
    end = max(ends + starts)
    duration = length(start)
    if _counted_back_from_home(duration, start, end, closing, used):
        start = days_before(end, duration - 1)  # type: ignore[operator]
    # a told length the held departure home contradicts is no length: the range ends at the departure
    conflict = length_conflict(duration, start, end, closing if not closing_only else None)
    told = duration if conflict is None else None
    if told and told > (end - start).days + 1 and starts and not closing_only:
        end = max(end, min(days_after(start, told - 1), cap(start)))
    elif told and told > (end - start).days + 1:  # only its last day told ('left on Wednesday after
        start = days_before(end, told - 1)        # a three-day visit'): the length counts back from it
    elif not duration and not departure_told:
        end = week_end(start, end)
    # a departure told before every first day conflicts with them: the first days stand (an arrival
    # is told of the trip itself, a departure may be a leg's), and it is not cited for the range
    used = [k for k in used if not (k.kind == "departure" and k.first < start)]
    return Decision(start, end, "day" if start == end else "range", used, conflict)


def _counted_back_from_home(duration: int | None, start: dt.date, end: dt.date, closing: dt.date | None,
                            used: list[Claim]) -> bool:
    """Whether a told length counts back from the held way home ('left for Islamabad on Wednesday at the
    end of a three-day visit', 'met X on Tuesday ... flew home on Wednesday after a three-day visit'):
    the departure closes the range, no report tells the arrival, and the days told (a meeting, the
    visit noun on the departure's day) are fewer than the length. Then the first day is the length
    counted back from the way home (CURATION.md §4: a stated length counts back from the end), not a
    conflict: with no arrival told, the first day told is only the first day a report mentions."""
    if not duration or closing is None or closing != end or (end - start).days + 1 >= duration:
        return False
    return not any(k.kind in ARRIVING and not k.ahead for k in used)


def length_conflict(duration: int | None, start: dt.date, end: dt.date, closing: dt.date | None) -> tuple[int, int] | None:
    """(told length, days of the range) when a held departure home (`closing`, on or after the first
    day, where the range ends) and a told length give different last days ('arrived on Monday on a
    three-day visit ... left on Friday'); None when they agree, or either is not told."""
    if not duration or closing is None or closing != end or closing < start:
        return None
    days = (end - start).days + 1
    return (duration, days) if days != duration else None


def days_before(day: dt.date, days: int) -> dt.date:
    """`day` less `days` days, or the first representable day (a report may claim year 1)."""
    return day - dt.timedelta(days=days) if (day - dt.date.min).days >= days else dt.date.min


def days_after(day: dt.date, days: int) -> dt.date:
    """`day` plus `days` days, or the last representable day (a report may be dated 9999-12-31)."""
    return day + dt.timedelta(days=days) if (dt.date.max - day).days >= days else dt.date.max
