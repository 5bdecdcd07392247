"""A report's frames -> its candidates: the visit (guest, host country), the meetings held
during it (one per host-side counterpart), calls, standalone meetings and ceremonies.

Each frame is placed on its own: its clause's place, else the country of the trip the report
tells of, else its dateline; a call needs no place. Guest and host come from the frame's slots
and the country: the host side is the country where it happened; at a third country's summit
neither side hosts (both are participants when written).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import replace

from pakiran_events.extract.adapter import office_of
from pakiran_events.extract.background import REPORT_WEEK, mentioned_in_passing, own_meeting_key, own_trip_key
from pakiran_events.extract.borrowing import count_base, part_cues
from pakiran_events.extract.clauses import relative_clause_at
from pakiran_events.extract.dates import DateCue
from pakiran_events.extract.frames import (
    dateline_city,
    dateline_places,
    goes_to,
    here_at,
    landing_pattern,
    names_no_date,
    office_country,
    part_days,
    part_place,
    series_member,
    subject_hosts,
    topic_at,
)
from pakiran_events.extract.meeting_parts import Part, meeting_parts, part_of
from pakiran_events.extract.mentions import Mention, Span
from pakiran_events.extract.report import Candidate, Frame, Reading, departing_key

_WHO = re.compile(r"\bwho\b", re.IGNORECASE)  # a relative clause's stay (_stay_told)
_NAME_NEXT = re.compile(r"\s+[A-Z][a-z]")  # a capitalised name right after a stay's 'in'
_OBJECT_START = re.compile(r"\s*(?:the\s+|a\s+|an\s+)?")  # before a trigger's object
_CLAUSE_END = re.compile(r"[;:.]\s")  # not a comma: a list of counterparts goes on after one
_POSSESSIVE = re.compile(r"['’]s?(?!\w)")
_CLAUSE_OR_COMMA = re.compile(r"[,;:.]\s")  # where the talk clause of a reception ends (`_Built._talks_told`)


def candidates_of(r: Reading, frames: list[Frame]) -> list[Candidate]:
    from pakiran_events.extract.commitments import attach_commitments
    from pakiran_events.extract.entourage import attach_entourage

    frames = _home_city_no_trip(r, [f for f in frames if not f.negated])
    _resolve_offsets(frames, r)
    past_the_floor(frames)
    context, city, by_head = _trip_place(r, frames)
    built = _Built(r, context, city, by_head=by_head, frames=frames)
    for frame in sorted(frames, key=lambda f: f.kind == "departure"):  # a departure ends a visit told anywhere
        getattr(built, frame.kind)(frame)
    out = built.result()
    _held_there(r, out, city)
    mentioned_in_passing(r, out, frames)  # 'whose own trip to Tehran ...': a mention beside the report's engagement
    attach_commitments(r, out)
    meetings = _meetings_by_trip(out)
    for c in out:
        # a visit is as old as the meetings that make it up: their hosts' terms bound it too
        held = meetings.get((c.guest, c.country), []) if c.kind == "visit" else []
        _term(r, c, [c, *held])
    attach_entourage(r, out)  # after the terms: those who came along or sat in do not date the engagement
    for c in out:
        _no_guests_delegation(r, c)
    if any(not (c.dates or c.arrival or c.departure) for c in out) and names_no_date(r):
        for c in out:
            c.dateless = True
    for c in out:
        c.at_country = bool(c.place_id) and r.lex.is_country(c.place_id)
    return out


def _resident_bodies(lex) -> frozenset[str]:
    """The bodies of titles.yaml `groups` marked `unnamed` (an embassy: 'the ambassador'): people
    posted in the host country, there whatever the trip, unlike a body that travels with a guest."""
    return frozenset(a for _, actors, _, unnamed in lex.patterns["group"] if unnamed for a in actors.values())


def _no_guests_delegation(r: Reading, c: Candidate) -> None:
    """Round 30 (who30): a visit whose guest is a person is that person's; a body of the guest's own
    side on it (the government, the armed forces, the army or the parliament, told as 'a high-level
    delegation', 'the visiting Iranian delegation', 'senior officials of the Pakistani embassy' or
    only named in a title) is the delegation the guest brings, which CURATION.md §12 does not code, in
    a visit or a meeting alike. Kept: an unnamed office-holder told as the body with the office as
    title ('the Iranian deputy defence minister', §6 and §12 test 2), and the guest side's embassy,
    resident in the host country. The visit of a body (no person of the guest's side named) keeps it."""
    if c.kind != "visit" or c.guest is None or not r.people.is_person(c.guest):
        return
    side = c.participants.get(c.guest, {}).get("side")
    groups, resident = {g for g, _, _, _ in r.lex.patterns["group"]}, _resident_bodies(r.lex)
    for actor in [a for a, info in c.participants.items() if info["side"] == side and not r.people.is_person(a)]:
        title = c.participants[actor].get("title")
        if actor not in resident and (title is None or title in groups):
            del c.participants[actor]


def _way_home(r: Reading, f: Frame) -> Frame:
    """A held 'left for <city>' frame (an arrival trigger read by engagement.yaml `homeward_verbs`)
    whose traveller, the first person of its subject, is of the city's own side of the pair: the way
    home, a departure that ends the trip told abroad ('X held talks with Y on Monday and left for
    Tehran on Tuesday': X's visit ends Tuesday, like 'flew home'; issue 15), no trip to the city. Other
    frames as they are."""
    if f.kind != "arrival" or f.planned or not f.place_id or r.lex.is_country(f.place_id):
        return f
    if not r.lex.patterns["homeward"].search(r.text[f.trigger.start:f.trigger.end] + " "):
        return f
    mover = next((m for m in f.sources if r.people.is_person(m.actor_id)), None)
    country = r.people.country_of(f.place_id)
    if mover is None or country not in r.lex.dyad or mover.side != country:
        return f
    return replace(f, kind="departure", place_id=None)


def _home_city_no_trip(r: Reading, frames: list[Frame]) -> list[Frame]:
    """The frames with each held 'left for <city>' of a traveller going home made the way home
    (`_way_home`), and the trip noun of that sentence that took the same city ('left for Tehran on
    Wednesday at the end of a three-day visit') unplaced: the city is where the trip ended, not the
    place of the trip (the guest's own side's city; the visit is to the other side, placed by its own
    words elsewhere). Without it the visit read as a trip home and its last day was lost."""
    homes = {}
    out = []
    for f in frames:
        g = _way_home(r, f)
        if g is not f:
            homes[(f.sentence, f.place_id)] = {m.actor_id for m in f.sources}
        out.append(g)
    if not homes:
        return out
    return [replace(f, place_id=None) if f.kind == "visit" and not f.planned and (f.sentence, f.place_id) in homes
            and homes[(f.sentence, f.place_id)] & {m.actor_id for m in f.sources} else f for f in out]


MORNING_REACH = 14  # characters after a day cue that may still tell its part of the day ('on Wednesday early morning')


def _home_by_morning(r: Reading, f: Frame, cues: list) -> list:
    """A departure frame's day cues, the day before for one told as being back home by a morning ('was
    back in Rawalpindi on Wednesday morning': the visit ended on Tuesday, the last day a report places
    the guest abroad; engagement.yaml `back_home`, `by_morning`). Leaving verbs keep their day."""
    if not r.lex.patterns["back_home"].match(r.text, f.trigger.start):
        return cues
    out = []
    for cue, span in cues:
        if cue.resolved and cue.precision == "day" and cue.start is not None and cue.start > dt.date.min \
                and r.lex.patterns["by_morning"].search(r.text, span.start + cue.span[0], span.start + cue.span[1] + MORNING_REACH):
            day = cue.start - dt.timedelta(days=1)
            cue = replace(cue, start=day, end=day)
        out.append((cue, span))
    return out


def _own_trips(visits: dict[tuple, Candidate], keys: list[tuple]) -> list[tuple]:
    """Of several trips a subjectless way home may end, the report's own ones (not told as background
    nor recalled: 'the prime minister's visit earlier this month' is not the one 'flying back' ends)."""
    if len(keys) < 2:
        return keys
    return [k for k in keys if not (visits[k].background or visits[k].recalled)] or keys


def _meetings_by_trip(out: list[Candidate]) -> dict[tuple, list[Candidate]]:
    """(guest, country) -> the meetings of that trip, in their order: grouped once, not searched
    for each candidate (a listing of n meetings: n² comparisons)."""
    found: dict[tuple, list[Candidate]] = {}
    for m in out:
        if m.kind == "meeting":
            found.setdefault((m.guest, m.country), []).append(m)
    return found


def _terms(r: Reading, actor: str, title: str | None) -> list[tuple[dt.date, dt.date]]:
    """The terms (first, last day) the actor held the office their title names, from the
    office-holder table (any of their offices when the title names none of them); a term not
    ended runs to the corpus's last day."""
    last = dt.date.fromisoformat(str(r.lex.dictionaries["engagement"]["corpus_end"]))

    def terms(rows: list) -> list[tuple[dt.date, dt.date]]:
        return [(p.start, p.end or last) for p in rows if p.actor_id == actor and p.start is not None and p.start <= (p.end or last)]
    # the office the report gives them, and every office titles.yaml `offices` says the title names
    # ('President': the presidency and an acting presidency), as Lexicon.holder reads it (`office_rows`);
    # a person named without a title held one of their offices
    name = office_of(title) if title else None
    return (terms(r.lex.office_rows(name)) if name else []) or terms(r.lex.positions)


def _term(r: Reading, c: Candidate, parts: list[Candidate]) -> None:
    """When can the engagement have been, by the offices its participants held as the report
    describes them (CURATION.md §4: an undated report's range is the overlap of those terms)?
    Sets `c.term` to the span from the first to the last day of that overlap, and cites the
    sentences naming those participants with their titles; nothing when no title is in the table."""
    spans: list[tuple[dt.date, dt.date]] | None = None
    people = {actor: info for part in parts for actor, info in part.participants.items()}
    for actor, info in sorted(people.items()):
        terms = _terms(r, actor, info["title"])
        if not terms:
            continue
        spans = terms if spans is None else [(max(a, x), min(b, y)) for a, b in spans for x, y in terms if max(a, x) <= min(b, y)]
        # cited only where a span names them with that office (what verify-evidence accepts for a
        # date bounded by a term); else nothing is cited and the range stays without a span
        office = office_of(info["title"]).lower() if info["title"] else ""
        for span in [s for s in info["spans"] if s in info["names"] and office and office in _lowered(r, s)][:1]:
            c.cite("term", span)
    if spans:
        c.term = (min(a for a, _ in spans), max(b for _, b in spans))


def _lowered(r: Reading, span: Span) -> str:
    """The span's text in lower case, made once per span: each of n people listed in one sentence
    asked it of that whole sentence (n² characters)."""
    key, hits = (span.start, span.end), r.table("lowered")
    if key not in hits:
        hits[key] = r.text[span.start:span.end].lower()
    return hits[key]


def _recalled_meeting(f: Frame, host: Mention, published: dt.date | None = None) -> bool:
    """Whether a meeting frame is a told past meeting of its own (background.own_meeting_key): told
    past by its words ('had met', 'last met'; not only by a date, whose owner may be another clause's
    verb: 'the first since X took office in August'), and naming the host it is given: a host the
    frame does not name, when it names someone ('X had earlier held talks with the Adviser'), is the
    report's, guessed from its most-named people, not the recollection's; 'the two had met' names none."""
    told = f.sources + f.targets
    # a pluperfect of the report's own week ('The day before, X had received Y') is the report's (CURATION.md §3)
    week = published is not None and any(c.resolved and c.end is not None and 0 <= (published - c.end).days <= REPORT_WEEK
                                         for c, _ in f.dates)
    return f.recalled and not f.past_by_date and not week and (any(m.actor_id == host.actor_id for m in told) or not told)


def _in_person_aside(r: Reading, f: Frame) -> bool:
    """Whether frame f's trigger stands in a relative clause about a person (clauses.relative_clause_at)."""
    return relative_clause_at(r.sentence(f.sentence), f.trigger.start - r.spans[f.sentence].start) is not None


# Between two travellers of one subject: a comma or 'and' ('X and Chief of Army Staff General Y'), after
# which only a title may stand (`_title_only`)
_TOGETHER_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_TITLE_GLUE = frozenset({"of", "the"})  # grammar: the small words inside a title ('Chief of the Army Staff')


def _resolve_offsets(frames: list[Frame], r: Reading | None = None) -> None:
    """'a day after', 'the next day': a day counted from the last dated frame before it; 'on the
    second day of his visit': from the first day of the report's first trip told with one (its
    arrival or visit frame), cited with it (one span from that sentence to this one). Counted in
    the order the triggers stand in the text, not the order frames are made in a sentence (by kind):
    'X, who arrived on Monday, held talks the same day' counts from the arrival told before the talks."""
    last: tuple[dt.date, Span] | None = None
    own: tuple[dt.date, Span] | None = None  # the last day of a held engagement of the report's own ('later that day')
    aside: tuple[int, tuple[dt.date, Span]] | None = None  # (sentence, day) of one told in a person's relative clause
    current = False  # whether a held engagement not told as background was dated yet
    began: tuple[dt.date, Span] | None = None
    began_frame: Frame | None = None  # the frame that told it
    week: dt.date | None = None  # the first day of the report's trip told as held, by a calendar date
    week_place: str | None = None  # and where that trip went
    week_last: dt.date | None = None  # and its last day, when the report tells it (`_trip_last_day`)
    counted: dict[tuple, tuple[DateCue, Span]] = {}  # one told count, one day: (sentence, cue span) -> its reading
    kinds: dict[str, tuple[dt.date, Span]] = {}  # frame kind -> the last day of a held frame of that kind (`_counted_kind`)
    for f in sorted(frames, key=lambda f: f.trigger.start):
        resolved = []
        for cue, span in f.dates:
            if cue.offset is not None and (span.start, cue.span) in counted:
                # 'had arrived the day before, when he met X': the arrival and the talks share the count
                resolved.append(counted[(span.start, cue.span)])
                continue
            if cue.last_of_visit:  # 'on the last day of the visit': the day the report tells the way home, else
                # the last day of the trip told first, when told
                home = _way_home_day(r, frames)
                ends, told = home if home is not None else (None, None)
                if ends is None and began is not None and began_frame is not None:
                    ends, told = _trip_last_day(r, frames, began_frame, began[0]), began[1]
                if ends is not None and told is not None:
                    cue = DateCue(ends, ends, "day", span=cue.span)
                    span = Span(min(told.start, span.start), max(told.end, span.end))
                resolved.append((cue, span))
                continue
            that_day = aside[1] if aside is not None and aside[0] == f.sentence else own
            named = kinds.get(_counted_kind(r, cue, span)) if cue.offset else None  # 'two days after the talks'
            base = count_base(r, f.sentence, cue, began if cue.of_visit else (that_day if cue.offset == 0 else named or last))  # borrowing.RELATIONS
            if cue.offset == 0 and base is None:
                continue  # 'later that day' with no day told before: no day to borrow, the frame's dates as without it
            if cue.offset is not None and base is not None:
                try:
                    day = base[0] + dt.timedelta(days=cue.offset)
                except OverflowError:  # counted past the calendar's end: left unresolved, as with no day before
                    day = None
                if day is not None:
                    if cue.of_visit:  # both the trip's first day and the count are cited
                        span = Span(min(base[1].start, span.start), max(base[1].end, span.end))
                    counted[(span.start, cue.span)] = (DateCue(day, day, "day", span=cue.span), span)
                    cue = DateCue(day, day, "day", span=cue.span)
            elif week is not None and not f.planned and f.place_id in (None, week_place):
                cue = _in_the_trips_week(cue, week, week_last)  # a frame placed elsewhere is not of that trip
            resolved.append((cue, span))
        f.dates = resolved
        days = [(c.start, sp) for c, sp in f.dates if c.resolved and c.precision == "day"]
        last = days[0] if days else last
        if days and not (f.planned or f.background):
            kinds[f.kind] = days[0]
        # the report's own engagement's day: not a plan's, nor one told as background by its words ('had met'), nor
        # one past only by its day once an engagement of the report's week was told (that one leads the report)
        if days and not f.planned and (not f.background or f.past_by_date and not current):
            if r is not None and _in_person_aside(r, f):
                # 'X, who arrived on Sunday, said ...': 'later that day' of its own sentence counts from
                # that day, of a later sentence from the engagement told before the aside (round 25)
                aside = (f.sentence, days[0])
                own = own or days[0]
            else:
                own = days[0]
        current = current or bool(days) and not (f.planned or f.background)
        if week is None and f.kind in ("arrival", "visit") and not (f.planned or f.background):
            week = next((c.start for c, _ in f.dates if c.resolved and c.precision in ("day", "range")
                         and not (c.ahead or c.weekday_only)), None)
            week_place = f.place_id
            week_last = _trip_last_day(r, frames, f, week) if week is not None else None
        if began is None and f.kind in ("arrival", "visit"):
            began = next(((c.start, sp) for c, sp in f.dates if c.resolved and c.precision in ("day", "range")
                          and not c.ahead), None)
            began_frame = f if began is not None else None


def _counted_kind(r: Reading | None, cue: DateCue, span: Span) -> str | None:
    """The frame kind of the engagement a count cue names right after it ('two days after the talks
    in Tehran': meeting; 'a day before his arrival': arrival; engagement.yaml `count_from_nouns`):
    the count is from that engagement's day, not from whatever was dated last; None when it names none."""
    if r is None:
        return None
    at = span.start + cue.span[1]
    return next((kind for kind, p in r.lex.patterns["count_from"].items() if p.match(r.text, at)), None)


def _way_home_day(r: Reading | None, frames: list[Frame]) -> tuple[dt.date, Span] | None:
    """The latest day a held departure frame of the report tells the way home on ('returned home on
    Tuesday night'): the visit's last day (CURATION.md §4, 'The end of a range': the reported departure
    first), so 'on the last day of the visit he met X' is that day, not one counted from an arrival
    and a length. Only a departure `departure_kind` reads as the way home from the country of the
    report's first held trip told with a place; None when no such trip or no such day is told (a way
    out, 'left Islamabad for Tehran', is no last day)."""
    if r is None:
        return None
    trips = [f for f in frames if f.kind in ("visit", "arrival") and f.place_id and not (f.planned or f.background)]
    place = min(trips, key=lambda f: f.trigger.start).place_id if trips else None
    country = r.people.country_of(place)
    if country is None:
        return None
    days = [(c.start, span) for f in frames if f.kind == "departure" and not (f.planned or f.background)
            and departure_kind(r, f, country) == "departure"
            for c, span in f.dates if c.resolved and c.start is not None and c.precision == "day" and not c.ahead]
    return max(days, key=lambda d: d[0], default=None)


TRIP_WEEK = 7  # days: a weekday told after a trip's first day is the first such day after it
TRIP_WEEK_LAST = 13  # days: a weekday counted back further from the trip's first day is the report's own week


def _trip_last_day(r: Reading | None, frames: list[Frame], first: Frame, began: dt.date) -> dt.date | None:
    """The last day of the trip told first as held (`first`, begun on `began`) when the report tells
    it: the latest day after `began` that the trip's own frame, or a held visit or departure frame at
    the trip's place, gives by a calendar date ('reached Tehran on 3 March ... and flew back on 8
    March', 'left on 18 September', 'from 3 to 5 March'), else `began` plus the
    length its sentence gives less one ('arrived on 3 March for a three-day visit': the 5th; words
    from engagement.yaml `durations`); None when neither is told. A bare weekday is no bound (it may
    itself be moved into the trip's week)."""
    ends = [c.end for f in frames if (f is first or f.kind in ("visit", "departure") and not (f.planned or f.background)
                                      and f.place_id in (None, first.place_id)) for c, _ in f.dates
            if c.resolved and c.end is not None and c.precision in ("day", "range") and not (c.ahead or c.weekday_only)
            and c.end >= began]
    if ends and max(ends) > began:
        return max(ends)
    if r is not None and (d := r.lex.patterns["duration"].search(r.sentence(first.sentence))):
        if (days := r.lex.durations.get(d.group(0).lower())):
            try:
                return began + dt.timedelta(days=days - 1)
            except OverflowError:  # a trip told to run past the calendar's last day ends there
                return dt.date.max
    return None


def _in_the_trips_week(cue: DateCue, began: dt.date, last: dt.date | None = None) -> DateCue:
    """'arrived in Tehran on Monday 4 November. On Tuesday he called on ...' in a report of Tuesday
    12 November: a bare weekday counted back from the report's day (`dates._weekday`) that lies a
    week or more after the first day of the trip the report tells is the first such weekday after
    that day, the trip's own week; held, so not after the report's day (the cue's own day is). A
    weekday within the trip's week keeps its day, and so does one more than `TRIP_WEEK_LAST` days
    after the trip began (a weekly writes within a week or so of it; a trip a month earlier told
    beside this week's talks is not theirs). When the report tells the trip's `last` day, the trip
    bounds it instead of the count: the weekday is moved only onto a day of the trip (`began` <
    day <= `last`), however long ago the trip was; a weekday that falls after the trip's end
    within its first week is the report's own week's."""
    if not cue.weekday_only or cue.start is None or cue.ahead or not began < cue.start:
        return cue
    gap = (cue.start - began).days
    if gap < TRIP_WEEK or (last is None and gap > TRIP_WEEK_LAST):
        return cue
    day = began + dt.timedelta(days=(cue.start.weekday() - began.weekday()) % 7 or 7)
    if last is not None and day > last:
        return cue
    return replace(cue, start=day, end=day) if day < cue.start else cue


def past_the_floor(frames: list[Frame]) -> None:
    """A date before the floor told beside a usable one in a frame's own clause ('met ... in 1946
    and in 2019') is passed over: the frame is dated by the other, wherever it stands. A frame
    whose every date lies before the floor keeps them (`report.after_floor` leaves it unwritten)."""
    for f in frames:
        if any(cue.before_floor for cue, _ in f.dates) and not all(cue.before_floor for cue, _ in f.dates):
            f.dates = [(cue, span) for cue, span in f.dates if not cue.before_floor]


_ARTICLE_GAP = re.compile(r"\s*(?:the\s+)?", re.IGNORECASE)  # 'left the capital': only spaces and an article between


def departure_kind(r: Reading, f: Frame, country: str | None) -> str:
    """Which departure a held departure frame of a visit to `country` tells (engagement.yaml
    `departed_from`, `bound_for`; reconcile.BOUNDS): `outbound`, the way out from a city
    outside the visited country ('left Islamabad for Tehran on Sunday'); `leg`, on to a city inside
    it ('left Tehran for Mashhad', 'returned to Tehran' from Mashhad); else `departure`, the way home,
    the only departure that closes the visit ('left Tehran on Thursday', 'flew home')."""
    s = r.spans[f.sentence]
    places = [(pos, pid) for pos, pid in r.people.called_places(f.trigger.start, s.end) if not r.lex.is_country(pid)]
    origin = next(((pos, pid) for pos, pid in places[:1] if pos - f.trigger.end <= 6
                   and r.lex.patterns["departed_from"].search(r.text, f.trigger.start, f.trigger.end)
                   and _ARTICLE_GAP.fullmatch(r.text, f.trigger.end, pos)), None)
    left = r.people.country_of(origin[1]) if origin else None
    if left is not None and country is not None and left != country:
        return "outbound"
    after = origin[0] + 1 if origin else f.trigger.start
    gone = next((pid for pos, pid in places if pos >= after and r.lex.patterns["bound_for"].search(r.text[after:pos])), None)
    return "leg" if country is not None and r.people.country_of(gone) == country else "departure"


def _onward_leg(r: Reading, f: Frame, frames: list[Frame]) -> bool:
    """'Araghchi later flew to Karachi' after the report's talks: a travel told as a later leg
    (engagement.yaml `onward_leg` right before its trigger) once a meeting was told in an earlier
    sentence goes on from where the talks were; its city places neither the trip nor the talks
    (CURATION.md §5: a visit is at the city of its official talks)."""
    s = r.spans[f.sentence]
    earlier = [g for g in frames if g.kind == "meeting" and g.sentence < f.sentence]
    if r.lex.patterns["onward_leg"].search(r.text, max(s.start, f.trigger.start - 30), f.trigger.start):
        return bool(earlier)
    return _second_leg(r, f, earlier)


def _first_talks(r: Reading, frames: list[Frame], legs: list[Frame]) -> Frame | None:
    """The first held meeting placed at a city, when the report tells a second leg of the trip
    (`_second_leg`): the city of the trip's first talks, which a dateline of the later leg's city
    ('LAHORE:') does not displace."""
    if not any(_second_leg(r, f, [g for g in frames if g.kind == "meeting" and g.sentence < f.sentence]) for f in legs):
        return None
    return next((g for g in sorted(frames, key=lambda g: g.sentence) if g.kind == "meeting" and g.place_id
                 and not g.planned and not g.background), None)


def _second_leg(r: Reading, f: Frame, earlier: list[Frame]) -> bool:
    """'Held talks ... at the Foreign Office in Islamabad. On Tuesday, the minister travelled to
    Lahore, where he met ...': a travel to a city, told after talks held (not planned, not recalled)
    in another city of the same country, is the trip's next leg; the visit stays at the city of its
    first talks (CURATION.md §5), and each meeting keeps its own city."""
    is_city = lambda pid: bool(pid) and not r.lex.is_country(pid)
    if not is_city(f.place_id) or f.planned or f.background or not r.lex.patterns["leg_travel"].match(r.text, f.trigger.start):
        return False
    country = r.people.country_of(f.place_id)
    return any(is_city(g.place_id) and g.place_id != f.place_id and r.people.country_of(g.place_id) == country
               and not g.planned and not g.background for g in earlier)


def _trip_place(r: Reading, frames: list[Frame]) -> tuple[str | None, tuple[str, Span, Frame | None] | None, bool]:
    """The country the report's trip is to (the first travel frame's place, else the first placed
    meeting's, else the dateline's) and the city of that country the trip goes to (a travel
    frame's, else the dateline's), with the sentence naming it and the travel frame (None for the
    dateline): where a meeting told without a place of its own was held. The third item says the
    country is only the dateline's (or the report's first place): no sideline meeting's by itself
    (`dateline_places_sideline`)."""
    country = None
    legs = [f for f in frames if f.kind in ("visit", "arrival") and _onward_leg(r, f, frames)]
    first_talks = _first_talks(r, frames, legs)
    frames = [f for f in frames if f not in legs]  # a later leg's city
    told = [f for f in frames if not f.planned] or frames  # a plan's place is where it is to be, not where the report's trip is
    told = [f for f in told if not _recalled_frame(r, f)] or told
    # a ceremony last: one at a crossing's zero line says less of where the trip went than talks told after it
    for kinds in (("visit", "arrival"), ("meeting", "reception"), ("ceremony",)):
        for f in told:
            place = f.place_id or _sideline_place(r, f)
            if f.kind in kinds and place and not _nobody_welcomed(f):
                country = r.people.country_of(place)
                break
        if country:
            break
    held = _held_in(r) if country is None else None
    if held:  # 'the meeting, held in <city>': where the report's gathering was, before its dateline
        country = r.people.country_of(held[0])
        if not r.lex.is_country(held[0]):
            return country, (held[0], held[1], None), False
    if country is None:  # 'X returned on Wednesday from Tehran' under ISLAMABAD: the trip was there (places30)
        country = _way_home_country(r, told)
    head = _dateline(r) or _opening_places(r)
    by_head = country is None and bool(head)
    if country is None:
        country = r.people.country_of(head[0][1]) if head else None
    if country is None:  # no dateline either: the city a departure clause left ('left X after a visit')
        country = next((r.people.country_of(f.place_id) for f in told if f.kind == "departure" and f.place_id), None)
    is_city = lambda pid: not r.lex.is_country(pid) and r.people.country_of(pid) == country
    kept = [f for f in frames if not _called_off(r, f)] or frames  # not a leg called off: 'his visit to Zahedan ... was called off'
    for kinds in (("visit", "arrival"), ("departure",)):  # a city the trip left ('left X after a visit') last
        # (not a city of a trip the report recalls: 'when he visited Mashhad in June 2024'; a meeting's city is its own)
        placing = [f for f in kept if f.kind in kinds and f.place_id and is_city(f.place_id) and not _recalled_frame(r, f)]
        if placing:  # a city told only as a stop's gives way (`_stop_gives_way`)
            f = next((g for g in placing if _stop_gives_way(r, placing[0], g)), placing[0])
            return country, (str(f.place_id), r.spans[f.sentence], f), False
    if first_talks is not None and is_city(first_talks.place_id):  # the trip's next leg told: its first talks' city
        return country, (str(first_talks.place_id), r.spans[first_talks.sentence], None), False
    if head and is_city(head[0][1]):
        return country, (head[0][1], r.spans[0], None), by_head
    return country, None, by_head


def _way_home_country(r: Reading, frames: list[Frame]) -> str | None:
    """The country a held way home left, told of a traveller of the other side ('Interior Minister X
    returned on Wednesday from Tehran'; frames._left_place): where the report's trip was, over its
    dateline, which is the newsroom's at home (CURATION.md §5). None when no such departure is told."""
    for f in frames:
        if f.kind != "departure" or f.planned or not f.place_id or not f.sources or goes_to(r, f):
            continue  # not the city a way home went to ('returned to Tehran': review30)
        country = r.people.country_of(f.place_id)
        if country in r.lex.dyad and f.sources[0].side not in (None, country):
            return country
    return None


def _back_as_guest(mover: Mention | None, country: str | None) -> bool:
    """Whether a mover told as being back in a place ('Y was back in Islamabad on Wednesday for a second
    round of talks') is there as a guest: a person of the other side than the place's country, with no
    trip of the report ending there (an envoy back at his post is none: `_Built._envoy`). Being back
    home ends a trip; being back in the other side's country opens one (places30; modal29 read both
    as a way home)."""
    return mover is not None and country is not None and mover.side is not None and mover.side != country


def _stop_gives_way(r: Reading, stop: Frame, f: Frame) -> bool:
    """Whether a trip placed by frame `stop`, whose city is only a stop's (`_at_stop_venue`: 'a visit that
    took him from the capital to General Headquarters in Rawalpindi'), takes frame `f`'s city instead: a
    held visit or arrival to another city of that country, not told as a stop ('arrived in Islamabad on
    Sunday'): where the trip began is the visit's (CURATION.md §5: a service chief's headquarters is one
    stop). The one rule for the report's trip city (`_trip_place`) and a visit's place (`_Built._visit`)."""
    return _at_stop_venue(r, stop) and f.kind in ("visit", "arrival") and not f.planned \
        and f.place_id is not None and not r.lex.is_country(f.place_id) and not _at_stop_venue(r, f) \
        and r.people.country_of(f.place_id) == r.people.country_of(stop.place_id)


def _at_stop_venue(r: Reading, f: Frame) -> bool:
    """Whether the frame's city is only that of a service chief's headquarters its sentence names
    (places.yaml venues `stop`: 'a four-day visit that took him from the capital to General Headquarters
    in Rawalpindi'): one stop of the trip, so another travel frame's city of the report (its landing,
    'arrived in Islamabad on Sunday') says where the trip went first (CURATION.md §5, E000401)."""
    if not f.place_id:
        return False
    chunk = r.sentence(f.sentence)
    return any(name in r.lex.stop_venues and place == f.place_id and pattern.search(chunk)
               for name, place, pattern in r.lex.patterns["venue"])


def _honorific_dropped(lex, text: str) -> str:
    """`text` without an honorific that ends it ('Iran, Mr ' -> 'Iran, '; titles.yaml `honorifics`)."""
    last = None
    for last in lex.patterns["honorific"].finditer(text):
        pass
    return text[:last.start()] if last is not None and not text[last.end():].strip() else text


def _nobody_welcomed(f: Frame) -> bool:
    """A reception that names nobody welcoming or welcomed ('a spokesman in Tehran welcomed the
    outcome of the talks'): a reaction told in another sentence, not the trip's welcome, so its
    place says nothing of where the report's engagement was (breaker of 2.5.1: it moved an
    unplaced meeting to Iran and swapped its host and guest)."""
    return f.kind == "reception" and not f.sources and not f.targets


def _called_off(r: Reading, f: Frame) -> bool:
    """A frame told as planned in a sentence that calls it off or puts it off (engagement.yaml
    `called_off`): a leg that did not happen, which places no trip (review21 S2)."""
    return f.planned and r.lex.patterns["called_off"].search(r.sentence(f.sentence)) is not None


def _recalled_frame(r: Reading, f: Frame) -> bool:
    """An engagement the report recalls ('when the prime minister visited Tehran in April 2019 and
    met the president'), which says nothing of where the report's trip is: its first date (of a
    frame told without one: its sentence's) is a month wholly before the report's or lies before
    the corpus's floor (CURATION.md §3)."""
    dates = f.dates or r.cues(f.sentence)
    return bool(dates) and (dates[0][0].before_floor or _in_an_earlier_month(dates, r.published))


def _sideline_place(r: Reading, f: Frame) -> str | None:
    """The gathering's place (`_gathering_place`) of a meeting told on its sidelines with no place of
    its own ('met X on the sidelines of the summit' under a RIYADH dateline): where the report's
    meetings were, before a place a later sentence names in passing; None for any other frame."""
    if f.kind != "meeting" or f.planned or not r.lex.patterns["sidelines"].search(r.sentence(f.sentence)):
        return None
    gathering = _gathering_place(r)
    return gathering[0] if gathering else None


def _opening_places(r: Reading) -> list[tuple[int, str]]:
    """The places of the report's first 60 characters, for a report with no dateline; not a country
    told in the possessive ("Iran's Minister of Roads ... left Islamabad"): that is a side, and the
    guest's, not where the report's trip is; nor one told right before an office ('Pakistan Navy
    chief Admiral X called on ...'): that too is a side, the office holder's (`_titled_country`); nor
    one told after an office ('The Ambassador of Iran', 'Ambassador to Iran': frames.office_country)."""
    return [(pos, pid) for pos, pid in r.people.places_in(0, min(len(r.text), 60))
            if not _possessive_country(r, pos, pid) and not _titled_country(r, pos, pid) and not office_country(r, 0, pos, pid)]


def _titled_country(r: Reading, pos: int, pid: str) -> bool:
    """Whether the country `pid` named at `pos` of the first sentence is the first word of an
    office's title ('Pakistan Navy chief', 'Iran Army commander'): an office starts right after it."""
    name = r.lex.places[pid]["name"]
    if r.lex.places[pid].get("coordinate_precision") != "country" or not r.text.startswith(name, pos) or not r.spans:
        return False
    after = _SPACE.match(r.text, pos + len(name))
    return after is not None and any(start == after.end() for _, start, _, _ in r.people.titles_in(0))


def _possessive_country(r: Reading, pos: int, pid: str) -> bool:
    row = r.lex.places[pid]
    name = row["name"]
    return row.get("coordinate_precision") == "country" and r.text.startswith(name, pos) \
        and _POSSESSIVE.match(r.text, pos + len(name)) is not None


def dateline_places_sideline(r: Reading, pid: str | None) -> bool:
    """Whether a dateline's place (`pid`) may place a sideline meeting the report tells no place
    of: only a third country's. The newsroom at a summit files under the summit's city, but a
    dyad dateline is often the home desk's (CURATION.md §5): a meeting 'on the sidelines of a
    summit in <a town the gazetteer lacks>' under ISLAMABAD is not in Pakistan. One rule for
    both paths: the gathering's city (`_read_gathering_place`) and the meeting's country
    (`_Built._country`)."""
    return pid is not None and r.people.country_of(pid) not in r.lex.dyad


def _landing_city(r: Reading, f: Frame) -> bool:
    """The frame's place is named only right after landing phrases of its sentence ('a visit to
    Iran, landing in Zahedan'; places.yaml `landing`): where the guest came in, not the trip's city."""
    pattern = landing_pattern(r)
    s = r.spans[f.sentence]
    head = {pos for pos, _ in dateline_places(r, f.sentence)}  # 'LAHORE:' is the newsroom's, not the trip's (CURATION.md §5)
    named = [pos for pos, pid in r.people.called_places(s.start, s.end) if pid == f.place_id and pos not in head]
    # 'arrived in Tehran on a visit to Tehran': named also as the trip's own city, not only where it came in
    return bool(named) and all(pattern.search(r.text, max(s.start, pos - 40), pos) for pos in named)


_TO_PLACE = re.compile(r"\s+to\s+(?:the\s+)?")


def _stop_city(r: Reading, f: Frame) -> bool:
    """A visit told to a country ('X, who is on a visit to Pakistan, toured the Karachi Shipyard')
    whose city is a stop its clause names, not the trip's own: like a landing city, it gives way
    to the city of the visit's talks (CURATION.md §5) when the report tells them elsewhere."""
    if f.kind != "visit" or not f.place_id or r.lex.is_country(f.place_id):
        return False
    s = r.spans[f.sentence]
    began = r.lex.patterns["trip_began_in"]  # 'a visit to Pakistan that had begun in Islamabad': the trip's own city
    if any(began.search(r.text[max(s.start, pos - 110):pos]) for pos, pid in r.people.places_in(s.start, s.end) if pid == f.place_id):
        return False
    to = _TO_PLACE.match(r.text, f.trigger.end)
    named = r.people.places_in(to.end(), to.end() + 40) if to else []
    return bool(named) and named[0][0] == to.end() and named[0][1] != f.place_id \
        and r.lex.is_country(named[0][1]) \
        and r.people.country_of(named[0][1]) == r.people.country_of(f.place_id)


def _bare_capital(r: Reading, i: int, country: str | None) -> str | None:
    """The capital of `country` (the report's trip country) when sentence i goes to or is in 'the
    capital' without naming whose (places.yaml `bare_capital`); None otherwise."""
    pattern = r.lex.patterns.get("_bare_capital")
    if pattern is None:
        phrases = r.lex.dictionaries["places"].get("bare_capital", []) or ["(?!x)x"]
        pattern = r.lex.patterns["_bare_capital"] = re.compile(r"\b(?:" + "|".join(phrases) + ")", re.IGNORECASE)
    if country is None or not pattern.search(r.sentence(i)):
        return None
    return next((pid for pid in sorted(r.lex.capital_phrases) if r.people.country_of(pid) == country), None)


def _gathering_place(r: Reading) -> tuple[str, Span] | None:
    """Where the gathering a sideline meeting was held at is: the place the report names right after
    the gathering ('the summit in Baku', 'the forum venue in Antalya': places.yaml `gathering_in`),
    else its dateline's city when that is a third country's (the newsroom at the summit; a
    dyad dateline is often the home desk's, CURATION.md §5), with the sentence naming it. None when
    the report tells neither. Read once per report (asked per sideline meeting, review16)."""
    return r.cached("gathering_place", None, lambda: _read_gathering_place(r))


def _read_gathering_place(r: Reading) -> tuple[str, Span] | None:
    """`_gathering_place`, read: the first sentence naming a place right after its gathering."""
    city = dateline_city(r)
    third = city if city and dateline_places_sideline(r, city) else None
    # not a city of another country than a third country's dateline: the newsroom at the gathering (review21)
    fits = lambda pid: third is None or r.people.country_of(pid) == r.people.country_of(third)
    for span in r.spans:
        for m in r.lex.patterns["gathering_in"].finditer(r.text, span.start, span.end):
            found = r.people.places_in(m.end(), min(span.end, m.end() + 40)) or r.people.minor_places(m.end(), span.end, True)
            if found and found[0][0] - m.end() <= 12 and fits(found[0][1]) \
                    and not _recalled(r, span) and _same_gathering(r, span, m.start()):  # the place itself, not one further on
                return found[0][1], span
    held = _held_in(r)  # 'the summit was hosted by the president in <town>', told anywhere in the report
    if held and r.lex.patterns["gathering_word"].search(r.text, held[1].start, held[1].end) and fits(held[0]):
        return held
    named = _named_after_city(r)  # 'the Antalya Diplomacy Forum'
    if named and fits(named[0]):
        return named
    return (third, r.spans[0]) if third else None


def _named_after_city(r: Reading) -> tuple[str, Span] | None:
    """The city a gathering is named after ('the Antalya Diplomacy Forum', 'the Doha Forum', 'the
    Munich Security Conference'), when that gathering is the one the report's sideline meetings
    were at (`_sideline_gathering`: the same noun, a name that may be the same) and its sentence
    tells no other gathering (`_recalled`): such a gathering meets in that city, so its sideline
    meetings are there (CURATION.md §5). Its first name word(s) must be a city of the gazetteer,
    not a country ('the Pakistan-Iran Forum') nor an organisation's initials."""
    sideline = _sideline_gathering(r)
    if sideline is None:
        return None
    for span in r.spans:
        for pos, noun, name in _gatherings(r, span, span.start, span.end):
            if not name or noun != sideline[0] or not _same_name(name, sideline[1]) or _recalled(r, span):
                continue
            first = r.text.find(name[0], pos)
            found = r.people.places_in(first, first + len(" ".join(name)))
            if found and found[0][0] == first and not r.lex.is_country(found[0][1]):
                return found[0][1], span
    return None


def _sideline_gathering(r: Reading) -> tuple[str, tuple[str, ...]] | None:
    """The gathering the report's sideline meetings were at, as its noun and name ('the UN General
    Assembly': ('assembly', ('UN', 'General'))): the first gathering named right after a sidelines
    phrase of the report (places.yaml `sidelines`, `other_gathering.nouns`); None when none is named.
    Read once per report."""
    def first() -> tuple[str, tuple[str, ...]] | None:
        for span in r.spans:
            for m in r.lex.patterns["sidelines"].finditer(r.text, span.start, span.end):
                named = _gatherings(r, span, m.end(), min(span.end, m.end() + 80))
                if named:
                    return named[0][1:]
        return None
    return r.cached("sideline_gathering", None, first)


def _gatherings(r: Reading, span: Span, start: int, end: int) -> list[tuple[int, str, tuple[str, ...]]]:
    """The gatherings named between start and end of sentence `span`: (position, noun, name), the
    name being the capitalised words right before the noun, not the sentence's first word ('The')."""
    out = []
    for m in r.lex.patterns["gathering_noun"].finditer(r.text, start, end):
        name = tuple(w.group() for w in re.finditer(r"\S+", m.group(1)) if m.start(1) + w.start() > span.start)
        out.append((m.start(), r.text[m.end(1):m.end()].lower(), name))
    return out


def _same_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two gatherings' names may be one gathering's: either untold, a word in common, or one the
    other's initials ('SCO', 'Shanghai Cooperation Organisation')."""
    initials = lambda name: "".join(w[0] for w in name if w[:1].isupper()).upper()
    return not a or not b or bool(set(a) & set(b)) or initials(a) in b or initials(b) in a


def _same_gathering(r: Reading, span: Span, pos: int) -> bool:
    """Sentence `span`, telling a gathering's place at `pos`, tells the gathering the report's sideline
    meetings were at (`_sideline_gathering`): the gathering it names nearest `pos` has the same noun
    and a name that may be the same ('the UN General Assembly' is not 'the SCO summit', nor 'a
    meeting on Gaza'). True when the report names no sideline gathering, or the sentence no gathering."""
    sideline = _sideline_gathering(r)
    named = _gatherings(r, span, span.start, span.end)
    if sideline is None or not named:
        return True
    # an unnamed 'meeting' says nothing of which gathering when the sentence names another ('arriving in
    # Samarkand for the two-day meeting, the first SCO summit since ...'): that one is read (round 24)
    generic = set(r.lex.dictionaries["places"].get("other_gathering", {}).get("more_nouns", []))
    told = [g for g in named if g[2] or g[1] not in generic] or named
    _, noun, name = min(told, key=lambda g: abs(g[0] - pos))
    return noun == sideline[0] and _same_name(name, sideline[1])


def _recalled(r: Reading, span: Span) -> bool:
    """The sentence `span` tells another gathering than the one the report's sideline meetings were
    at: one to come ('the next summit will be held in Tehran': engagement.yaml `future`, `plan`) or
    one dated more than a month before the report, or before the corpus's floor ('the previous summit
    was held in Tashkent in November 2023')."""
    j = next((k for k, s in enumerate(r.spans) if s == span), None)
    if j is None:
        return False
    told = r.sentence(j)
    if any(r.lex.patterns[k].search(told) for k in ("future", "plan", "other_gathering")):  # 'the previous ECO summit'
        return True
    floor = r.published - dt.timedelta(days=31) if r.published else None
    return any(cue.before_floor or (floor is not None and cue.resolved and cue.end is not None and cue.end < floor)
               for cue, _ in r.cues(j))


def _landed_in_capital(r: Reading, i: int) -> bool:
    """Sentence i tells a guest landing in 'the capital' ('flew into the capital', 'arrived in the
    capital': places.yaml `landing` right before it), a trip told by the sentence itself."""
    pattern = r.lex.patterns.get("_landed_capital")
    if pattern is None:
        phrases = r.lex.dictionaries["places"].get("landing", []) or ["(?!x)x"]
        pattern = r.lex.patterns["_landed_capital"] = re.compile(r"\b(?:" + "|".join(phrases) + r")\s+the\s+capital\b(?![\w\-]| of\b)",
                                                                 re.IGNORECASE)
    return pattern.search(r.sentence(i)) is not None


def _held_there(r: Reading, out: list[Candidate], city: tuple[str, Span, Frame | None] | None) -> None:
    """Meetings told without a place of their own, in the country of a city the report says its
    gathering was held in, were held there (a dateline's or a trip's city is not enough: §5)."""
    held = _held_in(r)
    if held is None or city is None or city[0] != held[0]:
        return
    for c in out:
        if c.kind == "meeting" and c.place_id is None and c.country == r.people.country_of(held[0]):
            c.place_id = held[0]
            c.cite("place_id", held[1])


def _held_in(r: Reading) -> tuple[str, Span] | None:
    """The place the report says its gathering was held in ('the meeting, held in Zahedan'; the
    `held_in` phrases of places.yaml) with its sentence: the first place named right after such a
    phrase (within 40 characters), in a sentence that tells no other gathering (`_recalled`), of the
    gathering the report's sideline meetings were at (`_same_gathering`); None when the report says none."""
    pattern = r.lex.patterns["held_in"]
    for span in r.spans:
        if pattern.search(r.text, span.start, span.end) is None or _recalled(r, span):
            continue  # 'the previous summit was held in Tashkent in 2023', 'the next will be held in Tehran'
        for m in pattern.finditer(r.text, span.start, span.end):
            if not _same_gathering(r, span, m.start()):  # 'gathered in Doha for a meeting on Gaza', after the UN General Assembly
                continue
            found = r.people.places_in(m.end(), min(span.end, m.end() + 40)) or r.people.minor_places(m.end(), span.end, True)
            if found:
                return found[0][1], span
            here = here_at(r, m.end(), span.end)  # 'gathered in this city for a summit', under the summit city's dateline
            if here:
                return here, span
    return None


def _dateline(r: Reading, sentences: int = 4) -> list[tuple[int, str]]:
    """The place of the report's dateline ('QUETTA:' at the head of one of its first sentences)."""
    for i in range(min(sentences, len(r.spans))):
        found = dateline_places(r, i)
        if found:
            return found[:1]
    return []


_WORD = re.compile(r"[\s’'\-]*[\w’'\-]+")
_SPACE = re.compile(r"\s+")


def _referred_by_pronoun(r: Reading, m: Mention) -> bool:
    """A person a pronoun stands for ('who met him': frames.py takes him from the sentence before),
    named there, not a bare title."""
    return r.text[m.span.start:m.span.end].lower() in ("him", "her")


def _party_head(lex, text: str, pos: int, end: int, skip: int = 3) -> int | None:
    """Where a party's head ends when one follows a side word ending at `pos` within `skip` words
    ('Iranian counterpart', 'Iranian Deputy Defence Minister', 'the Iranian side'); else None."""
    heads, title = lex.patterns["party_head"], lex.patterns["title_scan"]
    for _ in range(skip + 1):
        head = heads.match(text, pos, end)
        if head:
            return head.end()
        lead = _SPACE.match(text, pos, end)
        titled = title.match(text, lead.end(), end) if lead else None
        if titled:
            return titled.end()
        word = _WORD.match(text, pos, end)
        if word is None:
            return None
        pos = word.end()
    return None


_WELCOMED_TO = re.compile(r"(?:warmly\s+)?welcomed\b", re.IGNORECASE)


def _in_an_earlier_month(dates: list, published: dt.date | None) -> bool:
    """Whether the first date cue is a month (or a month's days) wholly before the report's month
    ('during the president's visit in April' in an October report): a recalled engagement, which
    the report's dateline and trip do not place (CURATION.md §3: a background visit is where its
    own words put it, else its country)."""
    if not dates or published is None:
        return False
    cue = dates[0][0]
    return bool(cue.resolved and cue.precision in ("month", "range") and cue.end < published.replace(day=1)
                and cue.start.month == cue.end.month and cue.start.day == 1
                and (cue.end + dt.timedelta(days=1)).month != cue.end.month)


def _own_day(f: Frame) -> bool:
    """A frame told as held now, or told in the past perfect with a day of its own ('on Tuesday
    he had held talks'): not a context-only mention ('they had met before', 'last year')."""
    return not f.background or any(cue.resolved and cue.precision == "day" for cue, _ in f.dates[:1])


def _listed_days(f: Frame, hosts: list[Mention]) -> tuple[list[int], list] | None:
    """The days of a meeting trigger listing several counterparts, each with its own day ('met A
    on Monday, B on Tuesday and C on Tuesday evening'): (offsets, cues) of the day cues told after
    the first counterpart named after the trigger, in text order. None unless two or more
    counterparts follow the trigger and those days differ ('met A and B on Monday', 'met A on
    Monday to review what was initialled on Sunday'): then the frame's dates date every one.
    Built once per frame; each counterpart's day is then a bisection (`_listed_dates`)."""
    listed = [m.span.start for m in hosts if m.sentence == f.sentence and m.span.start >= f.trigger.end]
    if len(listed) < 2:
        return None
    first = min(listed)  # once, not once per date (a listing of n: n² comparisons)
    days = sorted(((sp.start + c.span[0], k), (c, sp)) for k, (c, sp) in enumerate(f.dates)
                  if c.resolved and c.precision == "day" and sp.start + c.span[0] > first)
    if len({(c.start, c.end) for _, (c, _) in days}) < 2:
        return None
    return [at for (at, _), _ in days], [cue for _, cue in days]


def _listed_dates(f: Frame, host: Mention, listing: tuple[list[int], list] | None) -> list:
    """The dates of the meeting with `host`: in a listing (`_listed_days`) the first day told after
    its name; the frame's dates otherwise (one trigger's first date is not every counterpart's)."""
    if listing is None or host.sentence != f.sentence or host.span.start < f.trigger.end:
        return f.dates
    offsets, cues = listing
    k = bisect_left(offsets, host.span.end)
    return [cues[k]] if k < len(cues) else f.dates


_AND = re.compile(r"\band\b")  # grammar: two listed objects are joined by 'and' ('met A on Monday and B on Tuesday')
_POSTED_PLACE = re.compile(r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?,?\s*")      # 'Karachi, ' before the name
_APPOSITION = re.compile(r",?\s*(?:the\s+)?(?:[A-Z][\w’'\-]*\s+){0,2}")           # ', the Iranian ' after it


class _Built:
    """The candidates of one report as its frames are read, one method per frame kind."""

    def __init__(self, r: Reading, context: str | None, city: tuple[str, Span, Frame | None] | None = None,
                 *, by_head: bool = False, frames: list[Frame] | None = None):
        self.r, self.context, self.city, self.lex = r, context, city, r.lex
        self.by_head = by_head  # the context is only the dateline's country (`_trip_place`)
        self.frames = frames or []
        self._alone: dict[tuple[str, str], list[int]] | None = None       # `_alone_in`, built on first use
        self._stop_placed: dict[int, Frame] = {}  # id of a visit placed by a stop -> that frame (`_after_a_stop`)
        self._cities: dict[str, list[tuple[Frame, str]]] | None = None    # `_held_cities`, built on first use
        self.visits: dict[tuple, Candidate] = {}
        self.meetings: dict[tuple, Candidate] = {}
        self.others: list[Candidate] = []
        self.signings: list[Candidate] = []  # ceremonies of a signing: part of the talks when the report tells talks
        self.trips: set[tuple] = set()   # (guest, country) of meetings told as a welcome 'to' a place: a trip
        self.together: dict[tuple, list[Mention]] = {}  # (guest, country) -> who travelled with the guest (`_travelling_together`)
        self.named_day: set[tuple] = set()  # meetings (keys) dated by a day from a frame naming their host (`_meeting_day`)
        self.principal = {side: self._principal(side) for side in self.lex.dyad}

    def _principal(self, side: str) -> str | None:
        counts = Counter(m.actor_id for ms in self.r.mentions for m in ms if m.side == side and self.r.people.is_person(m.actor_id))
        return counts.most_common(1)[0][0] if counts else None

    def _stand_in(self, f: Frame, side: str) -> str | None:
        """The report's most-named person of `side`, for a frame that names nobody of that side;
        None when the frame's sentence tells that side's party by an office whose holder is not
        known ('the Iranian Foreign Minister's visit' in an undated report) and the report never
        gives that person that office: the office is kept unresolved, not filled by another
        office's holder; None too when the sentence tells someone of that side by a rank or honorific
        and a surname that fits none of the report's people (`People.refused`, round 23)."""
        principal = self.principal.get(side)
        if side in self.r.people.refused.get(f.sentence, ()) or self._acted_for(f, principal):
            return None
        unheld = {office_of(t) for t, s in self.r.people.unheld.get(f.sentence, []) if s == side}
        if principal is None or not unheld:
            return principal
        titles = {office_of(m.title) for ms in self.r.mentions for m in ms if m.actor_id == principal and m.title}
        return principal if titles & unheld else None

    def _acted_for(self, f: Frame, actor: str | None) -> bool:
        """Round 28 (wrongread28): whether the frame's sentence names `actor` only as whom someone
        acts for ('met with Foreign Minister X's deputy', 'held talks with General Y's chief of staff':
        engagement.yaml `proxy_nouns` after the possessive): the party is the one acting for X, so X
        stands in for nobody there."""
        proxy = self.lex.patterns["proxy_after"]
        return actor is not None and any(m.actor_id == actor and proxy.match(self.r.text, m.span.end)
                                         for m in self.r.mentions[f.sentence])

    def _holders(self, f: Frame, side: str) -> list[str]:
        """Everyone the office-holder table gives the office a frame tells without a name
        ('the Iranian Foreign Minister's visit on January 29' in an undated report), when the
        frame's only date is a day or month without a year: each may be the guest, and clustering
        keeps only the one with an engagement on that day (`Candidate.stand_in`)."""
        if not f.dates or any(cue.resolved or not cue.month_day for cue, _ in f.dates):
            return []
        titles = {t for t, s in self.r.people.unheld.get(f.sentence, []) if s == side}
        return sorted({p.actor_id for t in titles for p in self.lex.office_rows(t, side)})

    def _office_bodies(self, f: Frame, side: str) -> list[Mention]:
        """Organisations of `side` in the frame's own slots told by an office ('the Iranian
        Ambassador' is the embassy): the party that side sends when it sends no person by name."""
        both = self.lex.patterns["group_both_sides"]  # talks at delegation level are beside the principals,
        told = [m for m in f.sources + f.targets if m.side == side  # never a party in their stead (CURATION.md §12)
                and not both.search(self.r.text, m.span.start, m.span.end)]
        bodies = [m for m in told if m.title and not self.r.people.is_person(m.actor_id)]
        # only when they are all the frame tells of that side: beside a delegation they welcome it
        return bodies if len(bodies) == len(told) else []

    def _persons(self, mentions: list[Mention]) -> list[Mention]:
        return [m for m in mentions if self.r.people.is_person(m.actor_id)]

    def _span(self, f: Frame) -> Span:
        return self.r.spans[f.sentence]

    def _country(self, f: Frame, people: list[Mention]) -> str | None:
        if f.place_id:
            return self.r.people.country_of(f.place_id)
        span = self.r.spans[f.sentence]
        if any(not topic_at(self.r, span.start, at) and not self.r.aside_of_person(f.sentence, at, f.trigger.start)
               for at in self.r.people.unlisted_place(span.start, span.end)):
            return None  # 'met ... in Hanoi': a venue of a country the table lacks, not the target's side
            # (not one talked about: 'talked about the floods in Hanoi' is no venue, as in frames._place)
        # a building of one country the clause puts the meeting at ('received him at the Sa'dabad Palace',
        # 'called on President X at the Aiwan-e-Sadr'; not '..., an official at the Foreign Office told
        # reporters') says whose ground it was, over the report's trip or dateline (round 29)
        venue = self.r.people.venue_at(self.r.spans[f.sentence].start, self.r.spans[f.sentence].end, f.trigger.start)
        if venue and (self.context is None or self.r.people.country_of(venue[1]) in self.lex.dyad):
            return self.r.people.country_of(venue[1])
        if self.context and not self._head_not_for_sidelines(f):
            return self.context
        visiting = self.lex.patterns["visiting"].search(self.r.sentence(f.sentence))
        if visiting:
            guest = next((m for m in people if m.span.start >= self.r.spans[f.sentence].start + visiting.end()), None)
            return self.lex.other_side(guest.side) if guest else None
        if self.lex.patterns["sidelines"].search(self.r.sentence(f.sentence)):
            return None  # 'met ... on the sidelines of the summit', no place read: not the target's side
        return self._hosts_side(f)

    def _hosts_side(self, f: Frame) -> str | None:
        """The last resort of `_country`, no place, dateline, trip, venue or visiting guest told: the
        side of the meeting's host as its words tell it (issue 15, recv26). After 'met', 'called on',
        'talks with' and a passive reception ('Y was received by X') the host is the object, the first
        person among the targets; after a host's verb in the active voice ('X received Y', 'X hosted
        Y': `frames.subject_hosts`) it is the subject, the nearest person among the sources, or,
        when no subject person is read, the other side of the guest received. ISO3 or None."""
        targets = self._persons(f.targets)
        if not subject_hosts(self.r, f):
            return targets[0].side if targets else None
        subject = self._persons(f.sources)
        if subject and subject[0].side:
            return subject[0].side
        return self.lex.other_side(targets[0].side) if targets else None

    def _head_not_for_sidelines(self, f: Frame) -> bool:
        """The report's country is only its dateline's, which may not place the frame's sideline
        meeting (`dateline_places_sideline`)."""
        if not self.by_head or not self.lex.patterns["sidelines"].search(self.r.sentence(f.sentence)):
            return False
        head = _dateline(self.r) or _opening_places(self.r)
        return not dateline_places_sideline(self.r, head[0][1] if head else None)

    def _side_told(self, f: Frame, side: str) -> bool:
        """Whether the frame's sentence names the side ('Iranian', 'Pakistan's')."""
        pattern = self.lex.patterns["side"].get(side)
        return bool(pattern and pattern.search(self.r.sentence(f.sentence)))

    def _trip_city(self, c: Candidate) -> None:
        """An engagement told without a city (no place, or only its country) in the country of the
        report's trip is in the city the report puts that trip in."""
        unplaced = c.place_id is None or self.lex.is_country(c.place_id)
        if unplaced and self._capital_told(c):
            return
        if unplaced and self.city and c.country == self.context and not self._anothers_trip(self.city[2], c.guest) \
                and not _in_an_earlier_month(c.dates, self.r.published):
            c.place_id = self.city[0]
            c.cite("place_id", self.city[1])

    def _capital_told(self, c: Candidate) -> bool:
        """'flew to the capital, where ... held talks': an engagement in the trip's country whose
        sentence says it was in 'the capital' is in that country's capital, not its landing city;
        with no trip told, a guest who landed in 'the capital' ('flew into the capital and held
        talks with' the host) came to the meeting's country's (`_landed_in_capital`)."""
        country = self.context if self.context is not None or not _landed_in_capital(self.r, c.sentence) else c.country
        capital = _bare_capital(self.r, c.sentence, country) if c.country == country else None
        if capital:
            c.place_id = capital
            c.cite("place_id", self.r.spans[c.sentence])
        return capital is not None

    def _at_country(self, c: Candidate) -> bool:
        return bool(c.place_id) and self.lex.is_country(str(c.place_id))

    def _office_in_dateline_city(self, c: Candidate) -> None:
        """A meeting put at a host's office told only by its kind ('at the Interior Ministry', 'at
        the Governor House': engagement.yaml `host_office`), no city named, is in its report's
        dateline city when that city is in the meeting's country: the clause points at a building of
        the newsroom's city (CURATION.md §5: a dateline counts where the report shows the event
        there). Not for a venue the gazetteer knows (GHQ is Rawalpindi's under any dateline)."""
        city = dateline_city(self.r)
        if c.venue or city is None or self.r.people.country_of(city) != c.country:
            return
        s = self.r.spans[c.sentence]
        at = self._host_office_at(c)
        if at and not self.lex.patterns["not_a_venue_after_at"].match(self.r.text, at.start()) \
                and not self._other_sides_office(at.group(0), c.country):
            c.place_id = city
            c.cite("place_id", s)

    def _provincial_office_city(self, c: Candidate) -> None:
        """A meeting put at a host's office told only by its kind ('at her office', 'at the Governor
        House': engagement.yaml `host_office`), no city named, whose sentence gives the host a
        provincial office of one province ('Sindh Governor X', 'the Chief Minister of Balochistan':
        places.yaml `provinces`), is in that province's capital, when it is in the meeting's country.
        Two provinces told in the sentence place nothing."""
        s = self.r.spans[c.sentence]
        at = self._host_office_at(c)
        if c.venue or at is None or self.lex.patterns["not_a_venue_after_at"].match(self.r.text, at.start()):
            return
        capitals = self.lex.patterns["province_capital"]
        told = {capitals[m.group(1) or m.group(2)] for m in self.lex.patterns["provincial_office"].finditer(self.r.text, s.start, s.end)}
        if len(told) == 1 and (pid := told.pop()) in self.lex.places and self.r.people.country_of(pid) == c.country:
            c.place_id = pid
            c.cite("place_id", s)

    def _provincial_host(self, c: Candidate) -> None:
        """A meeting told with no city whose sentence gives the host an office of one province of
        the meeting's country ('talks with the Balochistan Home Minister': places.yaml `provinces`)
        was held in that province, not in the city of the guest's trip told elsewhere (cluster._places
        leaves it there: `province_city`); it is in the province's capital when the report names that
        city as a place, not as an origin ('arrived in Quetta on Monday'; CURATION.md §5: the city
        must be named in a cited span), else at its country."""
        s = self.r.spans[c.sentence]
        capitals = self.lex.patterns["province_capital"]
        seated = [m.span for m in self.r.mentions[c.sentence] if m.actor_id in c.participants]
        told = {capitals[m.group(1) or m.group(2)] for m in self.lex.patterns["provincial_office"].finditer(self.r.text, s.start, s.end)
                if any(abs(span.start - m.end()) <= 4 or abs(m.start() - span.end) <= 6 or span.start <= m.start() < span.end
                       for span in seated)}  # the office of a participant: next to their name, not another's
        if len(told) != 1 or (pid := told.pop()) not in self.lex.places or self.r.people.country_of(pid) != c.country:
            return
        c.province_city = pid
        named = self._named_as_place(pid)
        if named is not None:
            c.place_id = pid
            c.cite("place_id", named)

    def _named_as_place(self, pid: str) -> Span | None:
        """The first sentence of the report that names `pid` as a place (not after an origin word,
        not as the dateline: 'KARACHI:' is the newsroom's city, CURATION.md §5)."""
        for i, span in enumerate(self.r.spans):
            head = {pos for pos, _ in dateline_places(self.r, i)}
            for pos, found in self.r.people.called_places(span.start, span.end):
                if found == pid and pos not in head and not self.lex.patterns["origin_before"].search(self.r.text[max(span.start, pos - 16):pos]):
                    return span
        return None

    def _host_office_at(self, c: Candidate) -> re.Match | None:
        """The first office told by its kind in c's sentence ('at the Interior Ministry', 'at her
        office': engagement.yaml `host_office`) that is not in the attribution of c's trigger ('...,
        an official at the Interior Ministry told reporters': where the news was told, attribution.py)."""
        s = self.r.spans[c.sentence]
        return next((at for at in self.lex.patterns["host_office_at"].finditer(self.r.text, s.start, s.end)
                     if not self.r.people.told_in_attribution(c.trigger, at.start(), at.end())), None)

    def _other_sides_office(self, office: str, country: str | None) -> bool:
        """'at the Iranian foreign ministry' under an Islamabad dateline: an office named with the
        other side's word is that side's, in its own country, so not in the dateline's city (its city
        is not written: no city); not a mission of that side ('the Iranian embassy': places.yaml
        `missions_abroad`), which is in the dateline's country."""
        other = self.lex.other_side(country) if country else None
        pattern = self.lex.patterns["side"].get(other) if other else None
        return bool(pattern and pattern.search(office) and not self.lex.patterns["missions_abroad"].search(office))

    def _told_later_city(self, c: Candidate) -> None:
        """A meeting its clause tells with no city (none, or only its country), one of several
        listed in that clause ('left after separate meetings with X and Y'), is in the one city of its country
        that a later sentence names beside its host, when that sentence tells no engagement of its
        own and names nobody else of the host's side ('At the presidency in Islamabad the president
        ...'; 'flown to Quetta, where X ...'): each meeting placed by the clause that tells it,
        not by the trip's city. Only a city after a word of place ('in', 'at', 'to'): not one the
        host came from ('back from') nor a capital standing for its government ('Quetta wants')."""
        if c.place_id is not None and not self.lex.is_country(c.place_id):
            return
        if not any(m is not c and m.sentence == c.sentence for m in self.meetings.values()):
            return  # a meeting told alone: a later sentence naming its host in a city ('X has been the chief of
            # staff in Tehran since 2016') is near it, not a telling of it (breaker of 2.5.1: never by proximity)
        told = self._alone_in().get((c.host, c.country), [])
        at = bisect_right(told, c.sentence)
        if at < len(told):
            s = self.r.spans[told[at]]
            cities = {pid for pos, pid in self.r.people.called_places(s.start, s.end)
                      if not self.lex.is_country(pid)
                      and self.r.people.country_of(pid) == c.country
                      and self.lex.patterns["destination_before"].search(self.r.text[max(s.start, pos - 40):pos])
                      and not self.lex.patterns["origin_before"].search(self.r.text[max(s.start, pos - 16):pos])}
            if len(cities) == 1:
                c.place_id = cities.pop()
                c.cite("place_id", s)

    def _alone_in(self) -> dict[tuple[str, str], list[int]]:
        """(person, side) -> the sentences, in order, that tell no engagement of their own and name
        that person as the only one of their side: built once per report, so placing each meeting
        is a look-up, not a scan of the rest of the report (`_told_later_city`)."""
        if self._alone is None:
            framed = {f.sentence for f in self.frames}
            self._alone = {}
            for j, mentions in enumerate(self.r.mentions):
                if j in framed:
                    continue
                sides: dict[str | None, set[str]] = {}
                for m in mentions:
                    if self.r.people.is_person(m.actor_id):
                        sides.setdefault(m.side, set()).add(m.actor_id)
                for side, people in sides.items():
                    if side is not None and len(people) == 1:
                        self._alone.setdefault((next(iter(people)), side), []).append(j)
        return self._alone

    def _gathering_city(self, c: Candidate) -> None:
        """A meeting in a third country (both sides guests) told with no city is at the city of the
        gathering the report names there, or its third-country dateline's (`_gathering_place`)."""
        gathering = _gathering_place(self.r)
        if gathering and self.r.people.country_of(gathering[0]) == c.country \
                and not self.lex.is_country(gathering[0]):
            c.place_id = gathering[0]
            c.cite("place_id", gathering[1])
            return
        # else the one city of that country another meeting of the report names ('met last week in
        # Macau, on the sidelines of a forum ... the two ministers discussed'): both sides abroad there
        cities = {m.place_id for m in self.meetings.values() if m is not c and m.place_id and m.country == c.country
                  and not self.lex.is_country(m.place_id)}
        if len(cities) == 1:
            told = next(m for m in self.meetings.values() if m.place_id in cities)
            c.place_id = told.place_id
            for span in told.evidence.get("place_id", []):
                c.cite("place_id", span)

    def _anothers_trip(self, f: Frame | None, guest: str | None) -> bool:
        """The travel frame naming the city tells of another guest's trip ('during the speaker's
        visit to Islamabad earlier this month' in a report of the security chief's visit)."""
        movers = self._persons(f.sources) if f is not None else []
        return bool(movers) and movers[0].actor_id != guest

    def _meeting_day(self, key: tuple, meeting: Candidate, f: Frame, host: Mention) -> None:
        """A meeting's dates from one more frame. A frame that names the meeting's host and gives
        it a day ('On Monday, the secretary called on Iran's police chief, X') outranks the days of
        frames that name no host and were joined to it by the report's most-named people (a
        working group's session 'on Sunday', talks of a guest 'who arrived on Sunday night' whose
        counterpart is not read): those days are another sitting's, not this meeting's."""
        day = bool(f.dates) and f.dates[0][0].resolved and f.dates[0][0].precision == "day"
        named = any(m.actor_id == host.actor_id for m in f.sources + f.targets)
        if day and named:
            if key not in self.named_day:
                meeting.dates = [d for d in meeting.dates if d[0].precision != "day"]
                self.named_day.add(key)
        elif day and key in self.named_day:
            return
        self._dated(meeting, f)

    def _dated(self, c: Candidate, f: Frame) -> None:
        if f.dates:
            c.dates.append(f.dates[0])
            self._apart(c, f, f.dates[:1])

    def _apart(self, c: Candidate, f: Frame, cues: list[tuple[DateCue, Span]]) -> None:
        """Marks the bare weekdays of `cues` whose frame's sentence tells a trip other than the visit
        ('He then travelled to Mashhad on Friday', 'met him again', 'at the border': engagement.yaml
        `another_trip`): reconcile.move never moves them back into the visit."""
        if any(cue.weekday_only for cue, _ in cues) and self.lex.patterns["another_trip"].search(self.r.sentence(f.sentence)):
            c.apart.update(departing_key(cue, span) for cue, span in cues if cue.weekday_only)

    # -- frame kinds -----------------------------------------------------------------
    def phone_call(self, f: Frame) -> None:
        if f.planned:
            return
        people = self._persons(f.sources + f.targets)
        pair = [next((m for m in people if m.side == side), None) for side in self.lex.dyad]
        if not people:
            pair = self._pair_told_before(f)
        told = self._party_told_after(f, pair) if people and sum(m is None for m in pair) == 1 else None
        if told is not None:
            pair = [told[0] if m is None else m for m in pair]
        if not all(pair):
            return
        call = Candidate("phone_call", pair[0].actor_id, pair[1].actor_id, None, False, f.sentence)
        span = self._span(f)
        for m in pair:
            call.add_person(m, self.r.spans[told[1]] if told and m is told[0] else span, self.r.people.naming_span(m.actor_id))
        call.cite("event_type", span)
        call.background = f.background
        call.dates = f.dates[:1] or next((self.r.cues(j) for j in range(f.sentence - 1, max(-1, f.sentence - 3), -1)
                                          if self.r.cues(j)), [])[:1]
        self.others.append(call)

    def _party_told_after(self, f: Frame, pair: list) -> tuple[Mention, int] | None:
        """calls25b: 'a telephone call received on Wednesday by X ... The caller was Iran's interior
        minister, Y': a call whose frame names one side's person only takes, as the other side's, the
        first person of that side named after a phrase naming the call's other party (sides.yaml
        `call_party_after`) in one of the two sentences after it. (The person, the sentence), or None."""
        side = self.lex.dyad[[m is None for m in pair].index(True)]
        for j in range(f.sentence + 1, min(len(self.r.spans), f.sentence + 3)):
            s = self.r.spans[j]
            phrase = self.lex.patterns["call_party_after"].search(self.r.text, s.start, s.end)
            if phrase is None:
                continue
            after = sorted((m for m in self._persons(self.r.mentions[j]) if m.span.start >= phrase.end() and m.side == side),
                           key=lambda m: m.span.start)
            return (after[0], j) if after else None
        return None

    def _pair_told_before(self, f: Frame) -> list:
        """'The two ministers spoke by telephone' naming nobody: the first-named person of each side
        in the nearest of the two sentences before that names people of both sides (the pair the
        report has just told together); none without such a subject or such a sentence."""
        s = self._span(f)
        if self.lex.patterns["pair_of_people"].search(self.r.text, s.start, f.trigger.start) is None:
            return [None]
        for j in range(f.sentence - 1, max(-1, f.sentence - 3), -1):
            people = sorted(self._persons(self.r.mentions[j]), key=lambda m: m.span.start)
            pair = [next((m for m in people if m.side == side), None) for side in self.lex.dyad]
            if all(pair):
                return pair
        return [None]

    def meeting(self, f: Frame) -> None:
        gathering = None
        sideline = self.lex.patterns["sidelines"].search(self.r.sentence(f.sentence)) is not None \
            or (series_member(self.r, f.sentence) and self.lex.patterns["sidelines"].search(self.r.sentence(f.sentence - 1)) is not None)
        if f.place_id is None and sideline:
            gathering = _gathering_place(self.r)
            f = replace(f, place_id=gathering[0] if gathering else None)
        if sideline and not f.dates:
            f = replace(f, dates=self._session_day(f))
        people = self._persons(f.sources + f.targets)
        if self._third_counterpart(f):
            return  # 'talks with the Afghan Taliban', 'talks with the West': another party's talks
        country = self._country(f, people)
        if country is None:
            self._unplaced(f, people, gathering is not None)
            return
        if country in self.lex.dyad:
            guest_side = self.lex.other_side(country)
            guests = [m for m in people if m.side == guest_side]
            hosts = [m for m in self._persons(f.targets) + self._persons(f.sources) if m.side == country]
        else:  # a third country's summit: both sides are guests; the subject is 'guest', the other 'host'
            guests = self._persons(f.sources)[:1]
            hosts = [m for m in self._persons(f.targets) if guests and m.side not in (guests[0].side, None)
                     and (m.named or self._side_told(f, m.side) or _referred_by_pronoun(self.r, m))]
            # (a bare title at a third country's meeting is the host's officer only when the sentence
            # names the host's side: 'met Afghan counterpart ... and President X' is no Iranian president)
            if not people and f.place_id and sideline:
                guests, hosts = self._sides_abroad(f)
        if not guests and country in self.lex.dyad:
            guests = self._office_bodies(f, self.lex.other_side(country) or "")
        guest = guests[0] if guests else None
        guest_id = guest.actor_id if guest else self._stand_in(f, self.lex.other_side(country) or "")
        if guest is None and guest_id is not None and country in self.lex.dyad and not (f.planned or f.background):
            # a held meeting naming nobody of the guest's side ('A second meeting, with Y, followed'): the
            # guest of the report's one trip there, not its most-named person of that side (trip27)
            guest_id = self._trip_guest(country) or guest_id
        if guest_id is None and country in self.lex.dyad:
            guest = self._unnamed_party(f, self.lex.other_side(country) or "")
            guest_id = guest.actor_id if guest else None
        if not hosts and country in self.lex.dyad and self.lex.patterns["private_counterpart"].match(self.r.text, f.trigger.end):
            return  # 'also met elders of the Chagai district': people of no office; no official stands in as host
        if not hosts and country in self.lex.dyad:
            host = self._stand_in(f, country)  # not over an office of the host's side told and left unheld
            if host and self._told_apart(f, host):
                return  # the clause's unnamed host is someone else: the principal's talks are told in their own clause
            unnamed = None if host else self._unnamed_party(f, country)
            hosts = [unnamed or Mention(host, country, f.sentence, self._span(f), named=False)] if host or unnamed else []
        if guest_id is None or (not hosts and country in self.lex.dyad):
            return
        listed = self._listed_guests(f, guests, hosts) if guest is not None else []
        # separate meetings of each listed guest only when the listing tells each a day of its own ('met A on
        # Monday and B on Tuesday'); 'met A and B at the PM House' is one meeting of both (CURATION.md §2;
        # review of round 28). One walk over guests and hosts either way (round 29)
        by_guest = len(listed) > 1 and _listed_days(f, listed) is not None
        walk = [(g, g.actor_id) for g in listed] if by_guest else [(guest, guest_id)]
        listing = _listed_days(f, listed if by_guest else hosts)  # the listed side's own days date each meeting
        parts = {} if by_guest else self._host_parts(f, hosts)
        co_guests = [g for g in listed if g.actor_id != guest_id] if len(listed) > 1 and not by_guest else []
        for g, gid in walk:
            companions = [] if by_guest else [*self._plural_guests(f, gid, country), *co_guests, *self._co_subjects(f, g, gid)]
            for h in hosts:
                told = self._meeting_of(f, country, (g, gid, h), _listed_dates(f, g if by_guest else h, listing), parts.get(id(h)))
                if gathering and told.place_id == gathering[0]:
                    told.cite("place_id", gathering[1])  # the sentence naming it
                for m in companions:
                    told.add_person(m, self._span(f), self.r.people.naming_span(m.actor_id))
        if not by_guest and _WELCOMED_TO.match(self.r.text, f.trigger.start) and not f.planned and not self._welcomed_to_venue(f):
            self.trips.add((guest_id, country))  # 'welcomed the minister to Tehran': the report tells the trip

    def _co_subjects(self, f: Frame, guest: Mention | None, guest_id: str) -> list[Mention]:
        """The other persons of the guest's side the meeting's subject lists with the guest ('Interior
        Minister X and his deputy, Y, met Z'; 'A and B met Z'): all sat in (CURATION.md §6), not only
        the one told nearest the verb (review30). [] when the guest is no subject of the frame."""
        if guest is None or guest not in f.sources or not f.sources:
            return []
        return [m for m in self._travelling_together(f, guest) if m.actor_id != guest_id]

    def _meeting_of(self, f: Frame, country: str, pair: tuple, dates: list, part: Part | None) -> Candidate:
        """The meeting of one (guest, guest id, host) of frame f on `dates`: told in the frame's sentence,
        or, when the host is named in a coordinated part of it (`_host_parts`), as that part tells it."""
        guest, guest_id, host = pair
        if part is None:
            return self._meeting(replace(f, dates=dates), country, guest, guest_id, host)
        s = self._span(f)
        return self._meeting(self._in_part(f, dates, part, country), country, guest, guest_id, host,
                             Span(s.start + part[0], s.start + part[1]))

    def _welcomed_to_venue(self, f: Frame) -> bool:
        """A welcome to a building ('welcomed the minister to the PM Office', places.yaml `venues`)
        tells an audience there, as 'received him at' does, not the trip to the country (round 28)."""
        s = self._span(f)
        return self.r.people.venue_at(f.trigger.end, s.end, f.trigger.start) is not None

    def _listed_guests(self, f: Frame, guests: list[Mention], hosts: list[Mention]) -> list[Mention]:
        """The guests a meeting trigger lists as its objects, its subject the host ('X met A on Monday
        and B on Tuesday', 'X met A and B' in X's country): each is a counterpart of their own, as
        listed hosts are (CURATION.md §2: one meeting per counterpart); [] unless two or more
        distinct guests follow the trigger in its sentence and no host does (round 28)."""
        after = lambda m: m.sentence == f.sentence and m.span.start >= f.trigger.end
        if any(after(h) for h in hosts) or not all(h in f.sources for h in hosts if h.sentence == f.sentence):
            return []
        s = self._span(f)
        sentence = self.r.sentence(f.sentence)
        # not one named inside a relative clause about another ('with Y, who took office under President Z')
        listed = [g for g in guests if after(g) and g in f.targets and relative_clause_at(sentence, g.span.start - s.start) is None]
        joined = all(_AND.search(self.r.text, a.span.end, b.span.start) for a, b in zip(listed, listed[1:]))
        return listed if joined and len({g.actor_id for g in listed}) == len(listed) else []

    def _plural_guests(self, f: Frame, guest_id: str, country: str) -> list[Mention]:
        """Those who travelled with the guest (`self.together`) when the meeting's subject is a plural
        pronoun right before its trigger ('Prime Minister X and army chief Y arrived ... where they met
        President Z': both sat in; issue 15; sides.yaml `plural_subjects`); [] otherwise."""
        s = self._span(f)
        if not self.lex.patterns["plural_subject"].search(self.r.text, max(s.start, f.trigger.start - 30), f.trigger.start):
            return []
        if together := self.together.get((guest_id, country)):
            return together
        # the travel frame of the same sentence may not be read yet, and the meeting's guest may be the
        # one told last ('Prime Minister X and army chief General Y arrived ..., where they met Z': Y
        # nearest the trigger; breaker of round 26): the subject's run of the guest's side, read here
        guest = next((m for m in self._persons(f.sources) if m.actor_id == guest_id and m.sentence == f.sentence), None)
        return [m for m in self._travelling_together(f, guest) if m.actor_id != guest_id]

    def _sides_abroad(self, f: Frame) -> tuple[list[Mention], list[Mention]]:
        """([guest], [host]) of a sideline meeting placed in a third country whose sentence names
        nobody but whose subject tells both sides by their words ('the chiefs of the Pakistani and
        Iranian navies met on the sidelines of a forum in Gibraltar'): each side's most-named person
        of the report (`_stand_in`), the side told first as the guest. ([], []) when the sentence
        names a person ('during their meeting in Washington, Dar said': whose meeting is the
        pronoun's), a side is not told before the trigger, or a side has nobody in the report."""
        if any(self.r.people.is_person(m.actor_id) for m in self.r.mentions[f.sentence]):
            return [], []
        subject = self.r.text[self._span(f).start:f.trigger.start]
        told = []
        for side in self.lex.dyad:
            pattern = self.lex.patterns["side"].get(side)
            found = pattern.search(subject) if pattern else None
            person = self._stand_in(f, side) if found else None
            if person is None:
                return [], []
            told.append((found.start(), Mention(person, side, f.sentence, self._span(f), named=False)))  # type: ignore[union-attr]
        told.sort(key=lambda t: t[0])
        return [told[0][1]], [told[1][1]]

    def _host_parts(self, f: Frame, hosts: list[Mention]) -> dict[int, Part]:
        """id(host) -> the coordinated part of the frame's sentence naming that host, when the
        hosts of a meeting frame are named in two or more parts each with its own meeting trigger
        ('met X in Islamabad and later called on Y in Rawalpindi': `meeting_parts`); empty
        otherwise, and for hosts not named in the sentence (stand-ins)."""
        s = self._span(f)
        named = [h for h in hosts if h.sentence == f.sentence and s.start <= h.span.start < s.end]
        if len(named) < 2:
            return {}
        parts = meeting_parts(self.r, f.sentence)
        if len(parts) < 2:
            return {}
        found = {id(h): p for h in named if (p := part_of(parts, h.span.start - s.start)) is not None}
        return found if len(set(found.values())) > 1 else {}

    def _in_part(self, f: Frame, dates: list, part: Part, country: str) -> Frame:
        """The frame as one coordinated part tells it: the place its part names in the meeting's
        `country` (the sentence's, `f.place_id`, when it names none), and the days told in the
        part; a held frame's part with none of the frame's days takes the days told in the part
        (`part_days`: its own trigger's first; the sentence's two days dropped, or a day fronted after
        'and then,'); a part joined by 'and' (then/later/also) with none takes the part before's
        (`borrowing.part_cues`); else the frame's days told outside the other parts (all of them
        when every one is another's)."""
        s = self._span(f)
        place = part_place(self.r, f.sentence, part)
        place = place if place is not None and self.r.people.country_of(place) == country else f.place_id
        inside = lambda c, sp: sp == s and part[0] <= c.span[0] < part[1]
        other = lambda c, sp: sp == s and not inside(c, sp)
        own = [(c, sp) for c, sp in dates if inside(c, sp) and c.resolved]
        if not own and not (f.planned or f.background):
            # the sentence's days dropped as two, or a day fronted in the part ('and then, on Tuesday, met Y'),
            # which the frame's trigger does not own: each part's own
            own = part_days(self.r, f.sentence, part)
        if not own:  # 'held talks with X on Monday and later met Y': the part it is joined to (borrowing.RELATIONS)
            parts = meeting_parts(self.r, f.sentence)
            lent = part_cues(self.r, f.sentence, parts, parts.index(part)) if part in parts else []
            own = lent or [(c, sp) for c, sp in dates if not other(c, sp)] or dates
        return replace(f, dates=own, place_id=place)

    def _third_counterpart(self, f: Frame) -> bool:
        """Whether a meeting trigger that takes its counterpart as object ('talks with', 'met',
        'called on') has a third party (sides.yaml `third_parties`, `third_counterparts`) there and
        nobody of the pair up to the clause's end ('talks with the Afghan Taliban', 'openness to
        talks with the West', 'also met Afghan President X and Kazakh President Y'): the clause tells
        another party's talks, so neither the people it names nor the report's most-named ones
        (stand-ins) make it a meeting of the pair. A third country elsewhere in the clause ('held
        talks in China'), or beside one of the pair ('met Afghan and Iranian envoys'), does not count."""
        text, lex = self.r.text, self.lex
        pos = f.trigger.end
        told = lex.patterns["meeting_object"].match(text, f.trigger.start)  # engagement.yaml `meeting_object`
        if told is None or told.end() != pos:
            with_ = lex.patterns["counterpart_after"].match(text, pos)  # 'held meetings with the presidents of X'
            if with_ is None:
                return False
            pos = with_.end()
        start = _OBJECT_START.match(text, pos).end()
        if (officials := lex.patterns["officials_of"].match(text, start)) is not None:
            start = _OBJECT_START.match(text, officials.end()).end()  # 'met officials of the Chinese ministry
        office = lex.patterns["office_of"].match(text, start)  # 'the presidents of Turkey', 'the foreign minister of Qatar'
        if not any(lex.patterns[k].match(text, at) for k in ("third_party", "third_counterpart")
                   for at in (start, *((office.end(),) if office else ()))):
            return False
        end = _CLAUSE_END.search(text, start, self._span(f).end)
        end = end.start() if end else self._span(f).end
        mentions = self.r.mentions[f.sentence]
        return not any(lex.patterns["side"][iso].search(text, start, end) for iso in lex.dyad) \
            and not any(start <= m.span.start < end and m.side in lex.dyad for m in mentions)

    def _unplaced(self, f: Frame, people: list[Mention], sidelines: bool) -> None:
        """A meeting of both sides' people that no place can be given is not written: the report
        keeps why (`Reading.unplaced`), for the run's warnings (code `engagement-unplaced`)."""
        if f.planned or not all(any(m.side == side for m in people) for side in self.lex.dyad):
            return
        s = self.r.spans[f.sentence]
        unlisted = [name for _, name in self.r.people.unlisted_named(s.start, s.end)]
        if unlisted:
            why = f"its venue {unlisted[0]!r} is in a country the countries table lacks"
        elif sidelines:
            why = "on the sidelines of a gathering the report gives no place of (a dyad dateline is no venue)"
        else:
            why = "no place read for it"
        self.r.unplaced.append(f"the meeting of sentence {f.sentence + 1} is not written: {why}")

    def _session_day(self, f: Frame) -> list:
        """The day of the session a meeting 'on the margins of' was held at, when the meeting's own
        clause tells none: the first earlier held meeting frame with a day, at the meeting's place
        (the trilateral or multilateral session itself, not coded: CURATION.md §2)."""
        for g in self.frames:
            if g.sentence >= f.sentence:
                break
            if g.kind == "meeting" and not (g.planned or g.background) and g.place_id == f.place_id and g.dates \
                    and g.dates[0][0].resolved and g.dates[0][0].precision == "day":
                return g.dates[:1]
        return []

    def _told_apart(self, f: Frame, host: str) -> bool:
        """Whether another held meeting clause names `host` (the report's most-named person of a
        side, standing in for a frame that names nobody of it) in another city than `f` names:
        then `f`'s host is someone the gazetteer does not know, and `f` must not lend its place to
        the talks told in their own clause (CURATION.md §2: each meeting by its own clause; 'ended
        the tour in X, where he called on the governor ... had held talks in Y with Z'). A day
        alone does not tell them apart: one meeting is often told with two days across clauses;
        a mention only as context ('had met in Y last year') tells no meeting of this report."""
        if f.place_id is None or self.lex.is_country(f.place_id):
            return False
        return any(g is not f and place != f.place_id for g, place in self._held_cities().get(host, []))

    def _held_cities(self) -> dict[str, list[tuple[Frame, str]]]:
        """actor -> (frame, city) of each held meeting frame naming them in a city (`_own_day`): built
        once per report, so each stand-in host is a look-up (`_told_apart`)."""
        if self._cities is None:
            self._cities = {}
            for g in self.frames:
                if g.kind == "meeting" and not g.planned and g.place_id and _own_day(g) \
                        and not self.lex.is_country(g.place_id):
                    for actor in dict.fromkeys(m.actor_id for m in g.sources + g.targets):
                        self._cities.setdefault(actor, []).append((g, g.place_id))
        return self._cities

    def _side_body(self, side: str) -> tuple[str, re.Pattern] | None:
        """(the body that stands for side `side` told without a name (engagement.yaml `unnamed_party`),
        the pattern of the side's word): the one lookup of `_unnamed_party` and `_unnamed_present`;
        None when the lexicon has no such body, or no word for the side."""
        actor = self.lex.patterns["unnamed_party"].get(side)
        side_word = self.lex.patterns["side"].get(side)
        if actor is None or actor not in self.lex.actors or side_word is None:
            return None
        return actor, side_word

    def _unnamed_party(self, f: Frame, side: str) -> Mention | None:
        """A side the frame's sentence tells only by its word and an office, nobody of it named or
        known ('his Iranian counterpart', 'the Pakistani deputy minister', 'the Iranian side' after
        the trigger; either side of a joint commission's sentence): that side's body
        (engagement.yaml `unnamed_party`), an unnamed participant. None when the sentence does not
        tell the side so."""
        body = self._side_body(side)
        if body is None:
            return None
        actor, side_word = body
        s, text = self._span(f), self.r.text
        if self.lex.patterns["commission"].match(text, f.trigger.start):
            words = self.lex.patterns["side_in_compound"]
            told = {iso: words[iso].search(text, s.start, s.end) for iso in self.lex.dyad if iso in words}
            # a commission's sentence that names the pair together, not each side (sides.yaml both_sides)
            both = self.lex.patterns["both_sides"].search(text, s.start, s.end)
            if both is not None and len(words) >= len(self.lex.dyad) and not self._anothers_pair(f.sentence) \
                    and all(words[iso].search(text) for iso in self.lex.dyad if iso in words):
                # 'the two countries' border commission met': the pair the report names elsewhere
                return Mention(actor, side, f.sentence, Span(both.start(), both.end()), named=False)
            if not all(told.values()) or len(told) < len(self.lex.dyad):
                return None  # a commission of one side and a third country ('Iran-Afghanistan') seats no one
            m = told[side]
            return Mention(actor, side, f.sentence, Span(m.start(), m.end()), named=False) if m else None
        for m in side_word.finditer(text, f.trigger.end, s.end):
            head = _party_head(self.lex, text, m.end(), s.end)
            if head is not None:
                return Mention(actor, side, f.sentence, Span(m.start(), head), self._office_at(f.sentence, m.end(), head),
                               named=False)
        return None

    def _anothers_pair(self, i: int) -> bool:
        """Whether 'the two sides' of sentence i are another pair than the dyad: the nearest
        sentence before it telling an engagement names a third country ('Border officials of Iran
        and Afghanistan met ... The two sides agreed to set up a joint committee'): the frame's
        actors are those of the engagement told, not any two countries the report names."""
        told = next((j for j in range(i - 1, -1, -1) if self.r.has("any_engagement", j)), None)
        return told is not None and self.lex.patterns["third_party"].search(self.r.sentence(told)) is not None

    def _office_at(self, i: int, start: int, end: int) -> str | None:
        """The office of sentence i starting between `start` and `end` (the longest): the title an
        unnamed official's body takes ("Iran's Minister of Sports" -> 'Minister of Sports', the
        portfolio reaching past the head's `end`; CURATION.md §6); None without one ('the Iranian side')."""
        offices = [(b - a, t) for t, a, b, generic in self.r.people.titles_in(i) if start <= a < end and not generic]
        return max(offices)[1] if offices else None

    def _meeting(self, f: Frame, country: str, guest: Mention | None, guest_id: str, host: Mention,
                 part: Span | None = None) -> Candidate:
        """One meeting of the frame with `host`, returned (the candidate it joined or made: its key
        depends on the frame's own dates, so a caller must not recompute it from another frame);
        `part` (text offsets) is the coordinated part of the sentence naming the host, where its
        venue is read (the whole sentence without one)."""
        span, people = self._span(f), self.r.people
        recalled = _recalled_meeting(f, host, self.r.published)
        key = own_meeting_key((guest_id, host.actor_id, country), recalled, f.sentence)
        meeting = self.meetings.get(key)
        if meeting is None:
            title = guest.title if guest else None
            # a resident diplomat's title (engagement.yaml `resident_postings`; 'Ambassador to Pakistan'
            # as much as 'Ambassador'): a call on a host, not a visit, so no trip to infer
            travel = country in self.lex.dyad and not self._envoy(guest_id, title, country)
            meeting = self.meetings[key] = Candidate("meeting", guest_id, host.actor_id, country, f.planned, f.sentence, travel)
            meeting.background = f.background
            meeting.recalled = recalled
            meeting.trigger = f.trigger.start
        meeting.planned = meeting.planned and f.planned
        meeting.called_off = meeting.called_off or _called_off(self.r, f)  # 'the talks with X were postponed'
        meeting.background = meeting.background and f.background
        meeting.cite("event_type", span)
        meeting.add_person(host, span, people.naming_span(host.actor_id))
        meeting.add_person(guest or Mention(guest_id, people.lex.side_of(guest_id, people.new_actors), f.sentence, span,
                                            named=False), span, people.naming_span(guest_id))
        for m in people.organisations(f.sentence):  # organisations named with them (a delegation, an embassy)
            if m.actor_id not in meeting.participants:
                meeting.add_person(m, span, None)
        self._meeting_day(key, meeting, f, host)
        if f.place_id and meeting.place_id is None:
            meeting.place_id = f.place_id
            meeting.cite("place_id", span)
        venue = people.venue_in(*((part.start, part.end) if part else (span.start, span.end)), country, f.trigger.start)
        if venue and venue[1] in self.lex.places and people.country_of(venue[1]) != country:
            venue = None  # 'officials of the Foreign Office' at talks abroad: their home, not the meeting's venue
        if venue and meeting.venue is None:
            # a known venue's city says more than the country a clause names ('during his visit to Pakistan
            # ... at the Foreign Office': Islamabad; places.yaml `venues`)
            told = meeting.place_id if meeting.place_id and not self.lex.is_country(meeting.place_id) else None
            if told and people.city_in_venue(span.start, span.end, venue[0], told):
                told = None  # 'the parliament building in Baharestan': the name is the venue's, not a town's
            meeting.venue, meeting.place_id = venue[0], told or (venue[1] if venue[1] in self.lex.places else meeting.place_id)
            meeting.stop = venue[0] in self.lex.stop_venues
            meeting.cite("venue", span)
            meeting.cite("place_id", span)
        # (a meeting told without a place keeps none: the report does not say where it was held)
        return meeting

    def _departure_decided(self, f: Frame, mover: Mention | None, country: str) -> Frame | None:
        """The one rule of a departure told with a place of the pair (rounds 27-30, 2.7.0): None when it
        is read here, else the frame that goes on as a trip to `country`. It ends the one trip to the other
        side it leaves ('departed Tehran toward Islamabad': the visit under way ends); else, when it ends
        none of the mover's trips to `country` (anyone's, without a mover), being back opens none ('X was
        back in Islamabad on Wednesday morning') unless the other side's minister is back in the host's
        capital for talks (an arrival, places30); without a subject it opens none when no trip of the pair
        ends and no travelling meeting there stands behind it ('He returned to Islamabad on Saturday' from
        talks in Jeddah)."""
        home = [key for key in self.visits if key[1] == self.lex.other_side(country)
                and (mover.actor_id == key[0] if mover is not None else self.lex.side_of(key[0], self.r.people.new_actors) == country)]
        home = _own_trips(self.visits, home)
        if len(home) == 1:
            self._visit(f, mover, home[0][0], home[0][1])
            return None
        if any(key[1] == country and (mover is None or key[0] == mover.actor_id) for key in self.visits):
            return f  # it may end the mover's trip there: 'was back home on Wednesday' (2.7.0)
        if self.lex.patterns["back_home"].match(self.r.text, f.trigger.start):
            if mover is None or not _back_as_guest(mover, country) or self._posted_envoy(mover, country) \
                    or not self._talks_told_with(f):
                return None
            return replace(f, kind="arrival")  # the other side's minister back in the host's capital: a trip
        if mover is None and not home and not any(m.country == country and m.travel for m in self.meetings.values()):
            return None
        return f

    def visit(self, f: Frame) -> None:
        earlier = _in_an_earlier_month(f.dates, self.r.published)
        country = self.r.people.country_of(f.place_id) if f.place_id else (None if earlier else self.context)
        movers = self._persons(f.sources)  # a relative clause's people are no subject (frames._outside_asides)
        # the one travelling is not of the country travelled to: those who welcomed the guest there
        # ('the president, welcomed in Lahore by the chief minister, touched down') stay home
        mover = next((m for m in movers if country is None or m.side != country), movers[0] if movers else None)
        if country is None and mover is not None:
            country = self.lex.other_side(mover.side)
        if f.kind == "departure" and country in self.lex.dyad:
            decided = self._departure_decided(f, mover, country)
            if decided is None:
                return
            f = decided
        if mover is None and f.sources and f.sources[0].side == country:
            return  # 'the Iranian delegation left for Tehran': a body of the place's own side going home
        if f.kind == "departure" and mover is not None and self._envoy(mover.actor_id, mover.title, country or ""):
            return  # 'the ambassador returned to Islamabad', back at his post, or home on a recall: no trip (round 29)
        member = None
        leader = self._delegation_leader(f, mover)
        if leader is not None:
            member, mover = mover, leader  # 'X visited Pakistan with a delegation headed by Y': Y's visit, X with it
        together = self._travelling_together(f, mover) if leader is None else []
        if together:
            mover = together[0]  # 'Prime Minister X and army chief Y arrived': X's visit (told first), Y with it
        if mover is None and self._third_party_subject(f):
            return  # 'Separately, an Afghan minister arrived on Tuesday': a third country's traveller; no guest stands in (review29)
        mover_id = mover.actor_id if mover else self._stand_in(f, self.lex.other_side(country) or "")
        if f.kind == "arrival" and mover is None and mover_id is not None and any(m.actor_id == mover_id for m in f.targets):
            # 'Y arrived on Monday and held talks with Z' (Y unread): Z, the clause's counterpart, did not travel
            # (a trip noun's targets may be its traveller: 'a visit to Islamabad by X')
            return
        if mover is None and mover_id is not None:
            # 'The delegation visited Islamabad on Tuesday': a stand-in the report already seated in
            # another guest's visit to that country, as a member of the delegation, came with that guest
            mover_id = next((v.guest for k, v in self.visits.items() if k[1] == country and v.guest != mover_id
                             and mover_id in v.participants and len(k) == 2), mover_id)
        if mover_id is None and mover is None and country in self.lex.dyad:
            for holder in self._holders(f, self.lex.other_side(country) or ""):
                self._visit(f, Mention(holder, self.lex.other_side(country), f.sentence, self._span(f), named=False),
                            holder, country, stand_in=True)
            return
        if self._home_from_talks(f, mover, country):
            self._visit(f, mover, mover_id, self.lex.other_side(country) or "")  # type: ignore[arg-type]
            return
        if mover_id is None or country is None or self.lex.side_of(mover_id, self.r.people.new_actors) == country:
            return  # nobody travelling, or someone coming home
        if country not in self.lex.dyad:
            return  # a trip to a third country is no engagement of the pair; its meetings there are (CURATION.md §5)
        if self._resident(mover_id, country):
            return  # a diplomat posted there ('the consul general in Karachi'), named or standing in: no trip
        self._visit(f, mover, mover_id, country)
        if together[1:]:
            self.together.setdefault((mover_id, country), []).extend(together[1:])
        for member in ([member] if member is not None else []) + together[1:]:
            key = next(k for k in self.visits if k[:2] == (mover_id, country))
            self.visits[key].add_person(member, self._span(f), self.r.people.naming_span(member.actor_id))

    def _home_from_talks(self, f: Frame, mover: Mention | None, country: str | None) -> bool:
        """Whether held departure `f` is a named guest's way home ('X returned to Quetta on Wednesday')
        from the talks the report tells the guest held abroad with the travel of a visit ('X held talks
        with Y in Zahedan on Tuesday'): the report then tells the trip, which is a visit, not one only
        implied by the meeting (CURATION.md §2; round 31). Going home from anywhere else ('returned to
        Islamabad after the summit in Baku', talks on a gathering's sidelines) tells no trip of the pair."""
        if f.kind != "departure" or f.planned or f.background or mover is None or country not in self.lex.dyad:
            return False
        if self.lex.side_of(mover.actor_id, self.r.people.new_actors) != country:
            return False
        abroad, sidelines = self.lex.other_side(country), self.lex.patterns["sidelines"]
        if any(g.kind == "meeting" and sidelines.search(self.r.sentence(g.sentence))
               and any(x.actor_id == mover.actor_id for x in g.sources + g.targets) for g in self.frames):
            return False  # talks on the sidelines of a gathering: the way home is from the gathering's city
        return any(m.guest == mover.actor_id and m.country == abroad and m.travel and not (m.planned or m.background or m.recalled)
                   for m in self.meetings.values())

    def _travelling_together(self, f: Frame, mover: Mention | None) -> list[Mention]:
        """The persons of the mover's side a travel frame's subject lists with the mover ('Prime
        Minister X and Chief of Army Staff General Y arrived in Tehran'): mentions of the frame's
        sources joined only by a comma or 'and' and the capitalised words of a title
        (`_TOGETHER_GAP`), in the order told; [] when the mover is told alone. Issue 15: a visit by
        two principals together is the visit of both (CURATION.md §6), the one told first its guest."""
        if mover is None:
            return []
        same = sorted((m for m in self._persons(f.sources) if m.side == mover.side and m.sentence == f.sentence),
                      key=lambda m: m.span.start)
        if mover not in same:
            return []
        k = same.index(mover)
        first, last = k, k
        while first > 0 and self._title_only(same[first - 1].span.end, same[first].span.start):
            first -= 1
        while last + 1 < len(same) and self._title_only(same[last].span.end, same[last + 1].span.start):
            last += 1
        run = same[first:last + 1]
        return run if len({m.actor_id for m in run}) > 1 else []

    def _title_only(self, a: int, b: int) -> bool:
        """Whether report text [a, b) is a comma or 'and' then at most a title: its offices, generic
        offices, ranks and honorifics (titles.yaml), capitalised words and 'of'/'the' ('and army chief
        General '); not a clause ('and hold talks with Prime Minister ', ', who met ')."""
        # 'X and his deputy, Y' (titles.yaml `office_deputy`) joins a holder and a deputy as 'and' does (review30)
        join = self.lex.patterns["office_deputy"].match(self.r.text, a, b) or _TOGETHER_JOIN.match(self.r.text, a, b)
        if join is None:
            return False
        rest = self.r.text[join.end():b].lstrip(" ,")
        p = self.lex.patterns
        for pattern in (p["title_scan"], p["generic_scan"], p["rank_or_honorific"]):
            rest = pattern.sub(" ", rest)
        words = rest.split()
        return len(words) <= 8 and all(w[:1].isupper() or w in _TITLE_GLUE for w in words)

    def _envoy(self, actor_id: str, title: str | None, country: str) -> bool:
        """Whether the person is a diplomat posted in the country: by a resident title
        (engagement.yaml `resident_postings`; 'Ambassador to Pakistan' as much as 'Ambassador') or by
        the report's words ("Iran's consul general in Karachi, X", `_resident`)."""
        if title and self.lex.patterns["resident_title"].fullmatch(office_of(title).split(" to ")[0]):
            return True
        return self._resident(actor_id, country)

    def _talks_told_with(self, f: Frame) -> bool:
        """Whether the frame's sentence tells held talks too ('was back in Islamabad on Wednesday for a second
        round of talks with Y'): being back for talks is a trip; being back alone ('was back in Islamabad on
        Wednesday morning') tells none (modal29)."""
        return any(g.kind == "meeting" and g.sentence == f.sentence and not g.planned for g in self.frames)

    def _posted_envoy(self, mover: Mention, country: str) -> bool:
        """`_envoy`, or a diplomat by an office the office-holder table gives the person on the report's
        day ('Iran's ambassador X was back in Islamabad': back at his post, no trip; places30)."""
        if self._envoy(mover.actor_id, mover.title, country):
            return True
        resident = self.lex.patterns["resident_title"]
        return any(resident.fullmatch(office.split(" to ")[0]) for office in self.lex.offices_held(mover.actor_id, self.r.published))

    def _resident(self, actor_id: str, country: str) -> bool:
        """Whether the report names the person as a diplomat posted in that country ("Iran's consul
        general in Karachi, X", 'X, Ambassador to Pakistan': engagement.yaml `resident_postings`
        before a place of the country, within 80 characters of one of the person's mentions): a
        resident calls on hosts and goes about his post; that is no visit (CURATION.md §2). Asked once
        per person and country of a report (review N5: a mover of many mentions was rescanned per call)."""
        hits = self.r.table("resident")
        if (actor_id, country) not in hits:
            hits[(actor_id, country)] = self._posted_in(actor_id, country)
        return hits[(actor_id, country)]

    def _posted_in(self, actor_id: str, country: str) -> bool:
        """`_resident`'s answer, read from the person's mentions."""
        pattern, people = self.lex.patterns["resident_posting"], self.r.people
        for i, m in people.mentions_of(actor_id):  # an index, not a scan of the report per mover (review N5)
            s = self.r.spans[i]
            for posting in pattern.finditer(self.r.text, max(s.start, m.span.start - 80), min(s.end, m.span.end + 80)):
                named = people.places_in(posting.end(), min(s.end, posting.end() + 40))
                if not (named and named[0][0] == posting.end() and people.country_of(named[0][1]) == country):
                    continue
                if self.lex.patterns["former_posting"].search(self.r.text, max(s.start, posting.start() - 20), posting.start()):
                    continue  # 'Former Ambassador of Iran to Pakistan X': not posted there now (review22 S4)
                before, after = self.r.text[posting.end():m.span.start], self.r.text[m.span.end:posting.start()]
                before = _honorific_dropped(self.lex, before)  # 'Ambassador to Iran, Mr X'
                # the posting is the person's own, in apposition: 'consul general in Karachi, X' or 'X,
                # the Iranian consul general in Karachi' (not 'Y, accompanied by the consul general in Karachi')
                if (m.span.start >= posting.end() and _POSTED_PLACE.fullmatch(before)) or \
                        (posting.start() >= m.span.end and _APPOSITION.fullmatch(after)):
                    return True
        return False

    def _delegation_leader(self, f: Frame, mover: Mention | None) -> Mention | None:
        """The person of the mover's side a visit's sentence names as the head of the delegation the
        mover came with ('X visited Pakistan with a delegation headed by Foreign Minister Y':
        titles.yaml `member_list`'s 'led/headed by'): the visit is the leader's, the mover a member
        (CURATION.md §2: one visit per trip, its head the guest). None without one."""
        if mover is None:
            return None
        s = self._span(f)
        for m in self.lex.patterns["member_list"].finditer(self.r.text, s.start, s.end):
            if not self.lex.patterns["list_head_end"].search(m.group(0)):  # the list's head, as mentions._delegation_before reads it
                continue
            led = [x for x in self._persons(self.r.mentions[f.sentence])
                   if m.end() <= x.span.start < m.end() + 60 and x.side == mover.side and x.actor_id != mover.actor_id]
            if led:
                return min(led, key=lambda x: x.span.start)
        return None

    def _third_party_subject(self, f: Frame) -> bool:
        """Whether the clause before frame f's trigger (from the last comma or semicolon of its
        sentence) names a third country or party ('A Chinese delegation arrived on Tuesday',
        'Separately, Afghan Foreign Minister X arrived'): the traveller the text tells is not of the
        pair, so no stand-in of the pair travels in its stead (review29)."""
        start = self._span(f).start
        head = self.r.text[start:f.trigger.start]
        cut = max(head.rfind(","), head.rfind(";"))
        return self.lex.patterns["third_party"].search(head[cut + 1:]) is not None

    def _visit(self, f: Frame, mover: Mention | None, mover_id: str, country: str, stand_in: bool = False) -> None:
        key: tuple = (mover_id, country)
        if f.kind == "visit" and _in_an_earlier_month(f.dates, self.r.published):
            # an earlier trip the report recalls by its month ('had been in Islamabad in January'):
            # its own candidate, not a step of the trip the report tells (nor that trip's meetings')
            key = (mover_id, country, f.dates[0][0].start)
        key = own_trip_key(key, f.recalled and f.kind == "visit", f.dates, f.sentence)
        visit = self.visits.get(key) or Candidate("visit", mover_id, None, country, True, f.sentence, True, stand_in=stand_in)
        if key not in self.visits:
            visit.background = f.background
        visit.stand_in = visit.stand_in and stand_in
        self.visits[key] = visit
        visit.recalled = len(key) > 2
        visit.background = visit.background and f.background
        span = self._span(f)
        if visit.planned and not f.planned and f.kind in ("visit", "arrival"):
            visit.dates = []  # 'the visit ... was postponed on 3 March ... he visited Tehran on Tuesday': the plan's day is not the trip's
            if f.place_id and f.place_id != visit.place_id:
                self._plan_unplaced(visit)  # nor the plan's city the trip's, when the trip is told elsewhere
        # nor a later plan's day a held trip's, nor a planned way home its end ('it was unclear whether he
        # met Y on Monday before flying back to Tehran on Tuesday': the plan's departure ends no held visit)
        told_held = not visit.planned and f.planned and f.kind in ("visit", "departure")
        visit.planned = visit.planned and f.planned
        visit.cite("event_type", span)
        visit.add_person(mover or Mention(mover_id, self.lex.side_of(mover_id, self.r.people.new_actors), f.sentence, span,
                                          named=False), span, self.r.people.naming_span(mover_id))
        for m in self.r.mentions[f.sentence]:  # the guest's delegation (an organisation of the guest's side)
            if not self.r.people.is_person(m.actor_id) and m.side == self.lex.side_of(mover_id, self.r.people.new_actors):
                visit.add_person(m, span, None)
        into = {"arrival": visit.arrival, "departure": visit.departure}.get(f.kind, visit.dates)
        # a visit frame's week ('last week's visit') bounds the visit's end in clustering; a month does not
        cues = [c for c in f.dates if f.kind != "visit" or c[0].precision in ("day", "range", "week", "month", "year")]
        began = [c for c in cues if f.kind == "visit" and self.lex.patterns["began_before"].search(self.r.text, c[1].start, c[1].start + c[0].span[0])]
        if began:  # 'a three-day visit that began on Monday': the visit's first day, whatever else the sentence dates
            visit.arrival += began[:1]
            cues = [c for c in cues if c not in began]
        # 'the most senior officer to visit Iran this year ... arrived on May 10': a year told beside a
        # day is another phrase's; the frame's day is the trip's step
        cues = sorted(cues, key=lambda c: c[0].precision == "year")
        if f.kind == "departure":
            cues = _home_by_morning(self.r, f, cues)
        into += [] if told_held else cues[:1]
        self._apart(visit, f, [] if told_held else cues[:1])
        if f.kind == "departure" and cues and not told_held:
            kind = departure_kind(self.r, f, country)
            if kind != "departure":  # the way out or an onward leg: no end of the visit (reconcile.BOUNDS)
                visit.departing[departing_key(*cues[0])] = kind
        if cues and not told_held:
            visit.cite("date", span)
        d = self.lex.patterns["duration"].search(self.r.sentence(f.sentence))
        if d:
            visit.duration = visit.duration or self.lex.durations.get(d.group(0).lower())
            visit.cite("date_precision", span)
        if f.place_id and f.kind != "departure" and (visit.place_id is None or self._after_a_stop(visit, f)) \
                and not self._onward_leg(f) \
                and not (told_held and _called_off(self.r, f)):  # a leg put off or called off places no trip held (review21 S2)
            visit.place_id, visit.landed = f.place_id, f.kind == "arrival" or _landing_city(self.r, f) or _stop_city(self.r, f)
            visit.evidence.pop("place_id", None)
            visit.cite("place_id", span)
            if _at_stop_venue(self.r, f):
                self._stop_placed.setdefault(id(visit), f)
        elif f.place_id == visit.place_id and f.kind == "visit" and not _stop_city(self.r, f):
            visit.landed = False  # 'arrived in Tehran ... his visit to Tehran': the trip's own city

    arrival = departure = visit

    def _after_a_stop(self, visit: Candidate, f: Frame) -> bool:
        """The visit was placed by a stop its sentence names and `f` tells the guest coming to another
        city of that country: that city is the visit's (`_stop_gives_way`)."""
        stop = self._stop_placed.get(id(visit))
        return stop is not None and _stop_gives_way(self.r, stop, f)

    def _onward_leg(self, f: Frame) -> bool:
        return _onward_leg(self.r, f, self.frames)

    def _plan_unplaced(self, visit: Candidate) -> None:
        """A visit told so far only as planned, put off or called off ('his visit to Zahedan ... was
        called off') that a held engagement now shows under way: the plan's city is where a leg was
        to go, not where the trip is (CURATION.md §5: the city of its official talks), so the visit
        loses it and takes a held frame's, the report's trip city or, in clustering, its meetings'."""
        if visit.place_id is None:
            return
        visit.place_id, visit.landed = None, False
        visit.evidence.pop("place_id", None)

    def reception(self, f: Frame) -> None:
        """Receptions, welcomes and those present: the guest's visit gains them as participants; one
        that the report tells with talks is a meeting with the one who received the guest
        (`_received_and_talked`)."""
        if f.planned:
            return
        self._received_and_talked(f)
        span = self._span(f)
        # those the report seats at a meeting of their own ('held talks with X, Y along with Z';
        # 'greeted on arrival for a meeting with the prime minister') are that meeting's hosts, not
        # the visit's: what the curators do (dataset/curated: a visit's hosts are those who only
        # received the guest; a meeting still to come seats nobody yet: the host who welcomed the guest is the visit's)
        seated = {c.host for c in self.meetings.values() if not c.planned}
        for visit in self.visits.values():
            if visit.recalled and visit.sentence != f.sentence:
                continue  # a trip recalled by its month: this welcome is the report's own trip's
            for m in self.r.mentions[f.sentence]:
                if m.actor_id != visit.guest and m.actor_id not in seated:
                    visit.add_person(m, span, self.r.people.naming_span(m.actor_id))

    def _received_and_talked(self, f: Frame) -> None:
        """A held reception told with talks is a meeting with its host (trip27, issue 15; CURATION.md §2:
        a reception is a stop of the visit until talks, a discussion or its subject are reported):
        'X was received by Y, and the two discussed ...', or a next sentence whose subject is the pair
        and which tells talks ('... was received by Y. The two commanders held detailed talks on ...').
        The host is the one person of the host's side the reception names; the guest its one person of
        the other side, else the guest of the report's one trip to that country (two delegations in one
        report seat nobody). Dated and placed by the reception's clause. Nothing for a reception told as
        background or recalled, nor for a welcome or courtesy call told with no talks."""
        if f.background or f.recalled or f.negated:
            return
        people = self._persons(f.sources + f.targets)
        country = self.r.people.country_of(f.place_id) if f.place_id else self.context
        if country not in self.lex.dyad:  # no place nor trip told: the side of the one who received ('by Y')
            told = {m.side for m in self._persons(f.targets) if m.side in self.lex.dyad}
            country = told.pop() if len(told) == 1 else None
            if country is None:
                return
        hosts = list(dict.fromkeys(m.actor_id for m in people if m.side == country))
        guests = [m for m in people if m.side == self.lex.other_side(country)]
        if len(hosts) != 1:
            return
        host = next(m for m in people if m.actor_id == hosts[0])
        talks = self._talks_told(f, host)
        if talks is None:
            return
        guest = guests[0] if guests else None
        guest_id = guest.actor_id if guest else self._trip_guest(country)
        if guest_id is None:
            return
        meeting = self._meeting(f, country, guest, guest_id, host)
        meeting.cite("event_type", self.r.spans[talks])

    def _talks_told(self, f: Frame, host: Mention) -> int | None:
        """The sentence telling talks with the reception's host (`_received_and_talked`): the
        reception's own, a talk word (engagement.yaml `reception_talks`) after its trigger with nobody
        else of the host's side named after it and no future word before it; else the next one, whose
        subject is the pair (`reception_pair`) followed by a talk word or a held meeting trigger, naming
        nobody of the host's side but the host. None when neither tells talks."""
        p, text = self.lex.patterns, self.r.text

        def others(j: int, start: int, at: int) -> bool:  # someone else of the host's side named up to the talk clause's end
            end = _CLAUSE_OR_COMMA.search(text, at, self.r.spans[j].end)
            end_at = end.start() if end else self.r.spans[j].end
            return any(m.side == host.side and m.actor_id != host.actor_id and start <= m.span.start < end_at
                       for m in self._persons(self.r.mentions[j]))

        s = self._span(f)
        said = self._talk_word(f.trigger.end, s.end)
        if said is not None and not others(f.sentence, said.start(), said.end()) \
                and not p["future"].search(text, f.trigger.end, said.start()):
            return f.sentence
        j = f.sentence + 1
        if j >= len(self.r.spans):
            return None
        n = self.r.spans[j]
        pair = p["reception_pair"].match(text, n.start)
        if pair is None:
            return None
        said = self._talk_word(pair.end(), n.end)
        at = said.start() if said is not None and not p["future"].search(text, pair.end(), said.start()) else None
        held = [g.trigger.start for g in self.frames if g.sentence == j and g.kind == "meeting"
                and not (g.planned or g.background or g.negated) and g.trigger.start >= pair.end()]
        at = min([a for a in (at,) if a is not None] + held, default=None)
        return None if at is None or others(j, n.start, at) else j

    def _talk_word(self, a: int, b: int) -> re.Match | None:
        """The first talk word (engagement.yaml `reception_talks`) in text offsets [a, b) whose
        object is no ceremony (`ceremonial_object`: 'reviewed a guard of honour', 'went through the
        parade'): a welcome's ceremony is no talks, whatever verb tells it (round 28)."""
        p, text = self.lex.patterns, self.r.text
        for said in p["reception_talks"].finditer(text, a, b):
            if not p["ceremonial_object"].match(text, said.end(), b):
                return said
        return None

    def _trip_guest(self, country: str) -> str | None:
        """The guest of the report's one trip to `country` (its visit candidates so far, not a recalled
        trip); None when the report tells none, or trips of two guests there (two delegations)."""
        guests = {v.guest for key, v in self.visits.items() if key[1] == country and len(key) == 2 and not v.planned}
        return guests.pop() if len(guests) == 1 else None

    def ceremony(self, f: Frame) -> None:
        if not f.dates and self._presence_of_ceremony_before(f.sentence):
            return  # 'X and Y cut the ribbon' after '... was opened at a ceremony on Tuesday': that one's people
        people = self._persons(f.sources + f.targets)
        sides = {m.side: m for m in people if m.side in self.lex.dyad}
        if not f.planned and len(sides) < 2:  # 'officials of Pakistan and Iran opened ...': the governments
            sides.update({side: m for side in self.lex.dyad if side not in sides
                          and (m := self._officials_of(f, side)) is not None})
        if not f.planned and len(sides) < 2:
            sides.update({m.side: m for m in self._present_after(f.sentence) if m.side not in sides})
        if f.planned or len(sides) < 2:
            return
        country = self.r.people.country_of(f.place_id) if f.place_id else self.context
        a, b = (sides[s] for s in self.lex.dyad)
        country = country or self._envoys_post(a, b)
        guest, host = (a, b) if country == b.side else (b, a)
        other = Candidate("other", guest.actor_id, host.actor_id, country, False, f.sentence)
        span = self._span(f)
        for m in (guest, host):
            other.add_person(m, self.r.spans[m.sentence], self.r.people.naming_span(m.actor_id))
        other.cite("event_type", span)
        other.background = f.background
        other.place_id = f.place_id
        if f.place_id:
            other.cite("place_id", span)
        self._dated(other, f)
        self._closing_span(other, f)
        self.others.append(other)
        if self.lex.patterns["ceremony_signing"].search(self.r.text, f.trigger.start, f.trigger.end):
            self.signings.append(other)

    def _envoys_post(self, *people: Mention) -> str | None:
        """The country of a ceremony no place or trip of the report puts anywhere, when one of its two
        sides is there by a diplomat posted in the other's country ('Chief Minister X and the Ambassador
        of Iran, Y, opened the border market at <a town the gazetteer lacks>': Pakistan). The sides say
        where it was, so the event is written at the country rather than dropped for want of a place
        (round 31). None when no envoy, or when both sides are envoys."""
        posts = {self.lex.other_side(m.side) for m in people
                 if m.side in self.lex.dyad and self._posted_envoy(m, self.lex.other_side(m.side) or "")}
        return posts.pop() if len(posts) == 1 else None

    def _is_presence(self, i: int) -> bool:
        """Whether sentence i seats people at a ceremony ('cut the ribbon', 'attended the ceremony',
        engagement.yaml `ceremony_presence`) and tells nothing still to come."""
        sentence = self.r.sentence(i)
        return self.lex.patterns["ceremony_presence"].search(sentence) is not None \
            and self.lex.patterns["future"].search(sentence) is None

    def _presence_of_ceremony_before(self, i: int) -> bool:
        """Whether sentence i seats the people of a ceremony the sentence before tells: the ceremony
        is that one (its day and place are told there), not a second one."""
        return i > 0 and self._is_presence(i) and self.r.has("ceremony", i - 1)

    def _present_after(self, i: int) -> list[Mention]:
        """The people of both sides the next sentence seats at sentence i's ceremony ('... was opened at
        a ceremony at the border on Tuesday. X and Y cut the ribbon'): none when it seats nobody there."""
        if i + 1 >= len(self.r.spans) or not self._is_presence(i + 1):
            return []
        named = [m for m in self._persons(self.r.mentions[i + 1]) if m.side in self.lex.dyad]
        told = {m.side for m in named}
        return named + [m for side in self.lex.dyad if side not in told
                        and (m := self._unnamed_present(i + 1, side)) is not None]

    def _unnamed_present(self, i: int, side: str) -> Mention | None:
        """A side sentence i seats at a ceremony by its word and an office or a body only ('Iranian
        border officials', "Pakistan's consul general"): that side's body (engagement.yaml
        `unnamed_party`); None when the sentence tells the side no such way."""
        body = self._side_body(side)
        if body is None:
            return None
        actor, side_word = body
        s, text = self.r.spans[i], self.r.text
        for m in side_word.finditer(text, s.start, s.end):
            head = _party_head(self.lex, text, m.end(), s.end)
            if head is not None:
                return Mention(actor, side, i, Span(m.start(), head), named=False)
        return None

    def _closing_span(self, other: Candidate, f: Frame) -> None:
        """A drill told by its closing ceremony on one day, with its length stated in the report ('the
        closing ceremony ... on Thursday', 'during the three-day drill'): the event runs over those
        days, counted back from the closing day (CURATION.md §4: a stated length counts back from the end)."""
        if not other.dates or not self.lex.patterns["ceremony_closing"].search(self.r.text, f.trigger.start, f.trigger.end):
            return
        cue, span = other.dates[0]
        told = {self.lex.durations.get(m.group(1).lower()) for m in self.lex.patterns["drill_length"].finditer(self.r.text)} - {None}
        if len(told) != 1 or not cue.resolved or cue.precision != "day" or cue.start is None:
            return
        try:
            first = cue.start - dt.timedelta(days=told.pop() - 1)
        except OverflowError:  # counted back past the calendar's first day: the closing day alone, as told
            return
        other.dates[0] = (replace(cue, start=first, precision="range"), span)
        other.cite("date_precision", span)

    def _officials_of(self, f: Frame, side: str) -> Mention | None:
        """'officials of Pakistan and Iran', 'the authorities of both countries' in the frame's
        sentence: that side's body (engagement.yaml `unnamed_party`), the pair being told there
        together; None otherwise."""
        actor = self.lex.patterns["unnamed_party"].get(side)
        words = self.lex.patterns["side_in_compound"]
        s, text = self._span(f), self.r.text
        if actor is None or actor not in self.lex.actors or any(iso not in words for iso in self.lex.dyad):
            return None
        for m in self.lex.patterns["officials_of"].finditer(text, s.start, s.end):
            pair = text[m.end():min(s.end, m.end() + 40)]
            if all(words[iso].search(pair) for iso in self.lex.dyad) or self.lex.patterns["both_sides"].match(pair):
                return Mention(actor, side, f.sentence, Span(m.start(), min(s.end, m.end() + 40)), named=False)
        return None

    def result(self) -> list[Candidate]:
        """Visits first, then the meetings (each marks its guest's visit held), calls, ceremonies."""
        for v in self.visits.values():
            self._trip_city(v)
        for m in self.meetings.values():
            if m.recalled:  # a told past meeting (background.own_meeting_key): no city, day or trip of the report's is its own
                continue
            self._told_later_city(m)
            if (m.place_id is None or self._at_country(m)) and not self._capital_told(m):
                self._office_in_dateline_city(m)  # a city over the country its clause named ('ambassador to Pakistan')
            if m.place_id is None or self._at_country(m):
                self._provincial_office_city(m)  # 'called on Punjab Chief Minister X at her office': Lahore
            if m.place_id is None or self._at_country(m):
                self._provincial_host(m)  # 'held talks with the Balochistan Home Minister' and Quetta named: Quetta
            if m.place_id is None and m.country not in self.lex.dyad:
                self._gathering_city(m)
            visit = self.visits.get((m.guest, m.country)) or next(
                (v for key, v in self.visits.items() if len(key) > 2 and key[:2] == (m.guest, m.country)
                 and set(v.evidence.get("event_type", [])) & set(m.evidence.get("event_type", []))),
                None) or next(  # 'when X visited Gwadar in October and met Y': the meeting of the recalled trip
                (v for key, v in self.visits.items() if len(key) == 2 and key[1] == m.country and m.guest in v.participants
                 and v.guest != m.guest), None)  # a delegation member's talks: the trip of the delegation's head
            if m.travel and visit is None and not m.planned:
                visit = self.visits[(m.guest, m.country)] = Candidate("visit", m.guest, None, m.country, False, m.sentence, True,
                                                                      implied=(m.guest, m.country) not in self.trips
                                                                      and not self._stay_told(m.guest, m.country),
                                                                      background=m.background)
                visit.evidence["event_type"] = list(m.evidence.get("event_type", []))
                visit.participants[m.guest] = dict(m.participants[m.guest])
            if visit is not None and not m.planned:
                if visit.planned and m.place_id and visit.place_id != m.place_id and not self._at_country(m):
                    self._plan_unplaced(visit)  # the trip was only a plan so far: its place is where it was to go
                if visit.planned:
                    visit.dates = []  # nor its days the trip's: 'is set to conclude his visit on Thursday' ends nothing held (round 29)
                visit.planned = False
            if visit is not None and not m.background:
                visit.background = False
            if not m.dates and visit is not None and not m.background:
                # not its arrival day: a meeting told without a day is on one of the visit's; not one told as
                # background (a habit, a recollection): it takes no day of the report's (CURATION.md §3)
                m.dates = visit.dates[:1]
        for o in self.others:  # ceremonies and calls
            if o.kind == "other" and o.place_id is None:
                self._office_in_dateline_city(o)  # 'signed ... at a ceremony at the Ministry of Interior' under an Islamabad dateline
        others = [o for o in self.others if not self._in_passing(o)]
        for v in self.visits.values():
            v.stop = self._at_a_stop(v)
        return [*self.visits.values(), *self.meetings.values(), *others]

    def _stay_told(self, guest: str | None, country: str | None) -> bool:
        """Whether the report tells the guest's own stay in the meeting's country right after a mention
        of the guest (engagement.yaml `guest_stay`: 'X, who arrived on Monday', 'X, who was in Tehran
        from Sunday to Tuesday', 'X was in Islamabad last week'): the frames leave a relative clause's
        trip unread, yet it tells the trip, so the visit the meeting's travel implies is told (round
        31). A place named next that lies elsewhere ('who was in Kabul') tells another trip."""
        if guest is None or country is None:
            return False
        stay, people = self.lex.patterns["guest_stay"], self.r.people
        for i, m in people.mentions_of(guest):
            told = stay.match(self.r.text, m.span.end, self.r.spans[i].end)
            if told is None or not _WHO.search(told.group(0)) or self.lex.patterns["host_office_at"].match(self.r.text, told.end() + 1):
                continue  # only a relative clause's stay ('X, who was in Tehran'): 'while X was in Karachi for
                # talks' is the frames' own meeting of another region (regions24); 'Momeni arrived at the
                # Interior Ministry' is the call's venue, no trip (events22)
            named = people.places_in(told.end(), min(self.r.spans[i].end, told.end() + 40))
            if not named and told.group(0).rstrip().lower().endswith(" in") and _NAME_NEXT.match(self.r.text, told.end()):
                continue  # 'who was in Pristina': a place the gazetteer lacks is no stay in the meeting's country
            if not named or people.country_of(named[0][1]) == country:
                return True
        return False

    def _at_a_stop(self, visit: Candidate) -> bool:
        """The visit's city is only that of the guest's call at a service chief's headquarters (places.yaml
        venues `stop`: 'on arrival at GHQ', a Rawalpindi dateline over a GHQ release, 'took him to army
        headquarters in Rawalpindi'): every meeting of the guest the report holds in that city was held
        at such a headquarters. A city another report tells for the trip (its landing, its talks) then
        outvotes it (cluster.place_vote; CURATION.md §5, E000401)."""
        there = [m for m in self.meetings.values() if m.place_id == visit.place_id and m.guest == visit.guest and not m.planned]
        return bool(there) and all(m.stop for m in there)

    def _in_passing(self, o: Candidate) -> bool:
        """Whether ceremony `o` is part of talks the report tells, not an event of its own. A memorandum
        signed beside talks of its signatories is part of them unless its own sentence gives it a day and
        a place finer than a country (round 22: 'held talks ahead of the ceremony ... signed at a ceremony
        at the Ministry of Interior today'); with no talks of its signatories it is `other`. Any ceremony told with no day and
        no place of its own finer than a country, beside held talks of the pair or a trip of its people,
        is an act mentioned in passing (§2: 'a crossing was opened during the minister's visit'); a
        day read from another sentence (the talks' 'on Tuesday') is not its own."""
        if o.kind != "other":
            return False  # a call: `others` holds the calls too
        talks = {a for c in [*self.visits.values(), *self.meetings.values()] if not c.planned for a in c.participants}
        held = any(not (m.planned or m.background) for m in self.meetings.values())
        unplaced = o.place_id is None or self.lex.is_country(o.place_id)
        told = self.r.spans[o.sentence]
        own_day = any(told.start <= span.start and span.end <= told.end for _, span in o.dates)  # not one borrowed from the talks' sentence
        if o in self.signings and talks & set(o.participants):
            # 'ahead of the ceremony, they held talks' ... 'the memorandum was signed at a ceremony at the
            # ministry today': a signing with a day and a city of its own, in a sentence of its own (not
            # the talks': 'held talks on Tuesday, after which the two signed'), is an act of its own (§2)
            talks_told = {c.sentence for c in [*self.visits.values(), *self.meetings.values()]
                          if not c.planned and set(c.participants) & set(o.participants)}
            return not (own_day and not unplaced and o.sentence not in talks_told)
        return not own_day and unplaced and (held or bool(talks & set(o.participants)))
