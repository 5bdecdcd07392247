"""Dates in a report: its publication date, then every date expression of a clause, found by our
own span finder and resolved with dateparser against the publication date (RELATIVE_BASE), in
the clause's tense (PREFER_DATES_FROM past or future).

The finder is the one date grammar of the toolkit (`core/cues.py`, through the adapter): the
expressions extraction resolves are the cues `verify-evidence` checks spans for. What cannot be resolved stays unresolved or
gets a coarser precision; no day is ever guessed.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from pakiran_events.core.corpus import manifest_date
from pakiran_events.core.cues import COUNT_WORDS, ORDINALS, YEAR_SHIFT
from pakiran_events.extract.adapter import calendar_words, date_cue_pattern

WEEKDAYS, _MONTHS, _ABBR = calendar_words()
MONTHS = {m: i for i, m in enumerate(_MONTHS, start=1)}
MONTHS |= {a: next(i for i, m in enumerate(_MONTHS, start=1) if m.startswith(a[:3])) for a in _ABBR}
PERIODS = ("week", "month", "year")  # the precisions of a told period ('this month'): vague, a visit's bound never
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))

COLLECTION_LINE = re.compile(r"^\s*date (\d{4}-\d{2}-\d{2})\s")
FINDER = date_cue_pattern()  # the one date grammar (core/cues.py), the same `verify-evidence` checks spans with
# a web page's byline label before its date ('Published on May 3, 2024'): page furniture, the one list
# of both byline readings below
_BYLINE_LABEL = r"(?:Published|Updated|Posted)(?: on)?"
_BYLINE = re.compile(rf"\b{_BYLINE_LABEL}\s+(?:(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})"
                     rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH}),?\s+(?P<y2>\d{{4}}))", re.IGNORECASE)


@dataclass(frozen=True)
class DateCue:
    """What one expression says about a day: an interval and how precise it is; or, unresolved,
    a weekday or a day offset from another engagement of the report."""

    start: dt.date | None
    end: dt.date | None
    precision: str                  # day / range / week / month / year
    weekday: int | None = None      # an unresolved weekday (no publication date)
    offset: int | None = None       # 'a day after' (+1), 'the day before' (-1): relative to the context
    span: tuple[int, int] = (0, 0)  # offsets in the clause text given to `date_cues`
    ahead: bool = False             # read forward: told as planned or scheduled, not as held
    month_day: tuple[int, int, int] | None = None  # (month, first day, last day) told without a year, unresolved
    of_visit: bool = False          # `offset` counts from the first day of the report's trip ('the second day of his visit')
    before_floor: bool = False      # told, but before the floor (`above_floor`): the engagement it dates is not written
    weekday_only: bool = False      # a bare weekday ('on Tuesday') counted back from the publication date
    last_of_visit: bool = False     # with `of_visit`: the trip's last day ('on the last day of the visit'), no offset
    period: bool = False            # told as a week, month or year ('this month'), whatever precision a cut gives it
    earlier: bool = False           # told as 'earlier' in the report's period ('earlier this year'): before its day, held
    clock: bool = False             # a live blog's entry stamp ('15:40 -'): the page's day, which a dateline's day outranks

    @property
    def resolved(self) -> bool:
        return self.start is not None


def publication_date(text: str, manifest_value: str | None) -> dt.date | None:
    """The manifest's date (core.corpus.manifest_date), else the collection line, else a
    'Published <date>' byline."""
    if (day := manifest_date(manifest_value)) is not None:
        return day
    head = text[:400]
    if m := COLLECTION_LINE.match(head):
        try:
            return dt.date.fromisoformat(m.group(1))
        except ValueError:
            pass
    if m := _BYLINE.search(head):
        month = (m.group("m") or m.group("m2")).lower()
        try:
            return dt.date(int(m.group("y") or m.group("y2")), MONTHS[month], int(m.group("d") or m.group("d2")))
        except ValueError:
            return None
    return None


@lru_cache(maxsize=65536)
def resolve(expression: str, anchor: dt.date | None, future: bool) -> dt.date | None:
    """dateparser's reading of an expression relative to `anchor` in the clause's tense; None
    when it cannot say. Cached: reports of one day repeat the same expressions."""
    import dateparser

    settings = {"PREFER_DATES_FROM": "future" if future else "past", "RETURN_AS_TIMEZONE_AWARE": False,
                "PREFER_DAY_OF_MONTH": "first"}
    if anchor is not None:
        settings["RELATIVE_BASE"] = dt.datetime(anchor.year, anchor.month, anchor.day, 12)
    try:
        found = dateparser.parse(expression, languages=["en"], settings=settings)
    except (ValueError, OverflowError, TypeError, AttributeError, KeyError):
        return None
    return found.date() if found else None


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_day(m: re.Match, anchor: dt.date | None, future: bool) -> DateCue | None:
    if m.group("dord"):  # 'the fifth of March'
        month, day, last = MONTHS[m.group("m3").lower().rstrip(".")], ORDINALS[m.group("dord").lower()], None
        year, shift = m.group("y3"), m.group("y3rel")
    elif m.group("dord4"):  # 'March fifth', 'June the first'
        month, day, last = MONTHS[m.group("m4").lower().rstrip(".")], ORDINALS[m.group("dord4").lower()], None
        year, shift = m.group("y4"), m.group("y4rel")
    else:
        month = MONTHS[(m.group("m1") or m.group("m2")).lower().rstrip(".")]
        day, last = int(m.group("d1") or m.group("d2")), m.group("d1b") or m.group("d2b")
        year, shift = m.group("y1") or m.group("y2"), m.group("y1rel") or m.group("y2rel")
    if year:
        first = _safe(int(year), month, day)
        if first is None:  # '29 February 2025', '31 April 2024': a day its year has not; the month is told
            return _whole_month(int(year), month)
    elif shift and anchor is not None:  # '26 April, this year': the year is the report's, shifted
        first = _safe(anchor.year + YEAR_SHIFT[shift.lower()], month, day)
        if first is None:
            return _whole_month(anchor.year + YEAR_SHIFT[shift.lower()], month)
    elif anchor is None:  # a day without a year and nothing to place it: kept unresolved, for the
        # engagement it is told of to place in a year (clustering), never guessed
        return DateCue(None, None, "day" if not last else "range", month_day=(month, day, int(last) if last else day))
    else:  # dateparser picks the year from the tense: 'December 30' in a 2 January report is last year's
        expected = _tense_year(month, day, anchor, future)
        if _safe(expected, month, day) is None:
            # 'February 29' told in a year without one: dateparser would jump to the last leap year
            # (and the office-holder lookup with it); the year is the tense's, the day unresolved
            return _whole_month(expected, month)
        first = resolve(f"{calendar.month_name[month]} {day}", anchor, future)
        if first is not None and abs(first.year - expected) > 1:
            first = _safe(expected, month, day)
    if first is None:
        return None
    end = _safe(first.year, month, int(last)) if last else first
    if end is None or end < first:
        end = first
    return DateCue(first, end, "day" if end == first else "range")


def _day_of_month(day: int, anchor: dt.date | None, future: bool, month_word: str | None = None) -> DateCue | None:
    """'on the 5th', 'on the fifth': that day of the report's month if it is not after the report's
    day (past tense), else of the month before; read forward, of the report's month or the next.
    'The 5th of last month' is that month's, whatever the tense. Unresolved (None) without a
    publication date or where that month has no such day."""
    if anchor is None or not 1 <= day <= 31:
        return None
    first = anchor.replace(day=1)
    if month_word:  # 'of this/last/next month'
        shift = YEAR_SHIFT[month_word.lower()]
        if shift < 0:
            first = (first - dt.timedelta(days=1)).replace(day=1)
        elif shift > 0:
            first = (first + dt.timedelta(days=32)).replace(day=1)
    elif not future and day > anchor.day:
        first = (first - dt.timedelta(days=1)).replace(day=1)
    elif future and day < anchor.day:
        first = (first + dt.timedelta(days=32)).replace(day=1)
    found = _safe(first.year, first.month, day)
    return DateCue(found, found, "day") if found else None


def _tense_year(month: int, day: int, anchor: dt.date, future: bool) -> int:
    """The year of a day told without one: the last such day on or before the report's (past
    tense), or the first on or after it (future)."""
    if future:
        return anchor.year + ((month, day) < (anchor.month, anchor.day))
    return anchor.year - ((month, day) > (anchor.month, anchor.day))


def _whole_month(year: int, month: int) -> DateCue | None:
    """A month as a cue of precision `month`: what is left of a day that cannot be resolved."""
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        return None
    return DateCue(dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]), "month")


def _relative(word: str, anchor: dt.date, future: bool) -> DateCue | None:
    word = " ".join(word.lower().split())
    if word.endswith("week"):
        monday = anchor - dt.timedelta(days=anchor.weekday())
        shift = {"last": -7, "next": 7}.get(word.split()[0], 0)
        start = monday + dt.timedelta(days=shift)
        return DateCue(start, min(start + dt.timedelta(days=6), anchor) if shift <= 0 else start + dt.timedelta(days=6), "week")
    if word.endswith("month"):
        first = anchor.replace(day=1)
        if word.startswith("last"):
            first = (first - dt.timedelta(days=1)).replace(day=1)
        elif word.startswith("next"):
            first = (first + dt.timedelta(days=32)).replace(day=1)
        end = first.replace(day=calendar.monthrange(first.year, first.month)[1])
        return DateCue(first, end, "month")  # precision month: the whole month (CURATION.md §4), cut by `held_by_report`
    if word == "tonight":
        return DateCue(anchor, anchor, "day")
    # ('this morning' and 'last night' fall through to dateparser, which reads them as the report's day
    # and the day before; it misreads 'this Monday' and 'the 5th' and has no reading of 'Tuesday last
    # week', 'at the weekend' or New Year's Eve: those are counted here)
    if word.startswith("new year"):  # New Year's Day or Eve, in the year the tense gives
        month, day = (1, 1) if word.endswith("day") else (12, 31)
        first = dt.date(_tense_year(month, day, anchor, future), month, day)
        return DateCue(first, first, "day")
    if word.endswith("weekend"):  # its Saturday and Sunday: the last one begun by the report's day, or the next
        saturday = anchor - dt.timedelta(days=(anchor.weekday() - 5) % 7)
        first = word.split()[0]
        if first == "next" or (future and first == "this" and saturday < anchor - dt.timedelta(days=1)):
            saturday += dt.timedelta(days=7)
        elif not future and saturday == anchor:  # told in the past on a Saturday: its Sunday is still to come
            if first not in ("last", "past"):
                return None  # 'over the weekend': today, or the weekend before; not guessed
            saturday -= dt.timedelta(days=7)  # 'last weekend' on a Saturday: the one before
        return DateCue(saturday, saturday + dt.timedelta(days=1), "range")
    if word.endswith(("yesterday", "tomorrow")) and word.startswith(("the day", "day")):
        day = anchor + dt.timedelta(days=-2 if word.endswith("yesterday") else 2)
        return DateCue(day, day, "day")
    day = resolve(word, anchor, future)
    if day is None:
        return None
    if "week" in word:
        return DateCue(day - dt.timedelta(days=day.weekday()), day - dt.timedelta(days=day.weekday()) + dt.timedelta(days=6), "week")
    return DateCue(day, day, "day")


_OFFSETS = {"after": 1, "later": 1, "next": 1, "following": 1, "before": -1, "earlier": -1, "previous": -1}


def _weekday(m: re.Match, anchor: dt.date | None, future: bool) -> DateCue | None:
    weekday = WEEKDAYS.index(m.group("w").lower())
    qualifier = (m.group("wd") or "").strip().lower()
    if anchor is None:
        return DateCue(None, None, "day", weekday=weekday)
    if m.group("wweek"):  # 'on Tuesday last week': that weekday of the week before (or after) the report's
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(days=7 if m.group("wweek").lower() == "next" else -7)
        day = monday + dt.timedelta(days=weekday)
        return DateCue(day, day, "day")
    if not qualifier or qualifier == "this":  # 'this Monday' is the bare weekday, in the clause's tense  # 'on Saturday' in a Saturday's report is that day (dateparser says a week ago)
        shift = (weekday - anchor.weekday()) % 7 if future else -((anchor.weekday() - weekday) % 7)
        day = anchor + dt.timedelta(days=shift)
        return DateCue(day, day, "day", weekday_only=True)
    day = resolve(f"{qualifier} {m.group('w')}", anchor, future or qualifier == "next")
    return DateCue(day, day, "day") if day else None


def _offset(m: re.Match) -> DateCue:
    words_ = m.group("after").lower().split()
    if "same" in words_ or m.group("thatday"):
        return DateCue(None, None, "day", offset=0)  # 'earlier in the day', 'later that day', 'the same day': that day
    sign = next((_OFFSETS[w] for w in words_ if w in _OFFSETS), 1)
    unit = 7 if words_[1].startswith("week") else 1
    count = int(words_[0]) if words_[0].isdigit() else COUNT_WORDS.get(words_[0], 1)  # 'the next day': one
    return DateCue(None, None, "day", offset=sign * unit * count)


def _month(m: re.Match, anchor: dt.date, future: bool) -> DateCue:
    month = MONTHS[m.group("mname").lower().rstrip(".")]
    if m.group("myear"):
        year = int(m.group("myear"))
    elif m.group("myrel"):  # 'in November last year': the report's year, shifted
        year = anchor.year + YEAR_SHIFT[m.group("myrel").lower()]
    elif m.group("mlast"):  # 'last April': the latest April before the report's month; 'next'
        # the first after it; 'this' the report's year
        word = m.group("mlast").split()[0].lower()
        year = anchor.year - (word == "last" and month >= anchor.month) + (word == "next" and month <= anchor.month)
    else:
        year = anchor.year - (1 if month > anchor.month and not future else 0)
    return DateCue(dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]), "month")


def _year(m: re.Match, anchor: dt.date | None, future: bool) -> DateCue | None:
    """'last year', 'in 2024': that year's days, precision `year` (vaguer than a month: clustering
    gives an engagement dated only so the year as a range, the schema having no year precision).
    The report's own year is cut at its day: held, from 1 January to it; read forward, from it on.
    'Late' or 'early' does not narrow it: which months they mean is not told; 'earlier' marks the
    cue `earlier` (a time before the report's own, background._earlier_this_year)."""
    if m.group("ynum"):
        year = int(m.group("ynum"))
    elif anchor is None:
        return None  # 'last year' in an undated report: no year to count from
    else:
        year = anchor.year + YEAR_SHIFT[m.group("yrel").lower()]
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        return None
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    if anchor is not None and year == anchor.year:
        first, last = (anchor, last) if future else (first, anchor)
    return DateCue(first, last, "year", earlier=_told_earlier(m.group("yr")))


def _told_earlier(expression: str) -> bool:
    """Whether a relative period opens with 'earlier' ('earlier this year', 'earlier this month': the
    date grammar's word, core.cues): told as held, before the report's day."""
    return expression.lower().startswith("earlier")


# a date between 'the' and a noun modifies that noun ('the June 13 strike', 'the 26 April attack')
_ATTRIBUTIVE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_FUNCTION_WORDS = ("and", "to", "at", "in", "on", "with", "when", "as", "after", "before", "by", "for", "the",
                   "a", "an", "of", "was", "were", "is", "are", "that", "this", "which", "until", "till", "from")
_ATTRIBUTIVE_AFTER = re.compile(rf"\s+(?!(?:{'|'.join(_FUNCTION_WORDS)})\b)[A-Za-z][\w’'\-]*", re.IGNORECASE)


def _cue(m: re.Match, clause: str, anchor: dt.date | None, future: bool) -> DateCue | None:
    """What one match of the finder says (None: nothing, or a dateline or byline to skip)."""
    if m.group("clock"):  # a live blog's entry stamp: the page's day, when it has one (never a guessed day)
        return DateCue(anchor, anchor, "day", clock=True) if anchor is not None else None
    if m.group("iso"):
        if COLLECTION_LINE.match(clause[max(0, m.start() - 6):m.end() + 1]):
            return None  # the collection line dates the page, not an event
        day = _safe(*map(int, m.group("iso").split("-")))
        return DateCue(day, day, "day") if day else None
    if m.group("dom") or m.group("domw"):
        day = int(m.group("dom")) if m.group("dom") else ORDINALS[m.group("domw").lower()]
        return _day_of_month(day, anchor, future, m.group("domrel"))
    if m.group("m1") or m.group("m2") or m.group("dord") or m.group("dord4"):
        if re.search(_BYLINE_LABEL + r"\s*$", clause[:m.start()]):
            return None  # a byline
        if _ATTRIBUTIVE_BEFORE.search(clause, 0, m.start()) and _ATTRIBUTIVE_AFTER.match(clause, m.end()):
            return None  # 'the June 13 strike': the day of another noun, not of the clause's engagement
        return _month_day(m, anchor, future)
    if m.group("vday"):  # 'on the second day of his visit': one day after the trip's first
        if m.group("vlast"):  # 'on the last day of the visit': the trip's last day, counted in candidates
            return DateCue(None, None, "day", of_visit=True, last_of_visit=True)
        number = ORDINALS[m.group("vord").lower()] if m.group("vord") else int(m.group("vnum"))
        return DateCue(None, None, "day", offset=number - 1, of_visit=True) if number >= 1 else None
    if m.group("w"):
        return _weekday(m, anchor, future)
    if m.group("after"):
        return _offset(m)
    if m.group("rel"):
        if anchor is None:
            return None
        told = _relative(m.group("rel"), anchor, future)
        if not _told_earlier(m.group("rel")):
            return told if future else held_by_report(told, anchor)
        return held_by_report(None if told is None else replace(told, earlier=True), anchor)
    if m.group("yr"):
        return _year(m, anchor, future)
    if m.group("myear") and anchor is None:
        return _month(m, dt.date(int(m.group("myear")), 1, 1), future)
    if anchor is not None and (m.group("myear") or m.group("myrel") or m.group("mprep") or m.group("mlast")):
        return _month(m, anchor, future)  # a bare month name ('the January strikes') names no time of the clause
    if anchor is None and (m.group("myrel") or m.group("mprep") or m.group("mlast")):
        # 'in April this year' in an undated report: the month without its year, kept unresolved
        # for the engagement told in that month to place (clustering), like a day without a year
        month = MONTHS[m.group("mname").lower().rstrip(".")]
        return DateCue(None, None, "month", month_day=(month, 1, calendar.monthrange(2000, month)[1]))
    return None


def held_by_report(cue: DateCue | None, anchor: dt.date) -> DateCue | None:
    """A relative range told as held ('earlier this month', 'this month', 'this week') ends on the
    report's day at the latest: a report is on or after what it reports (CURATION.md §4). A month
    so cut is a range; cut to one day ('earlier this month' on the 1st) it is that day. A week keeps
    its precision (clustering reads a week as vague). A cut period stays a period (`period`): it
    places its report in time, it bounds no visit (reconcile.vague)."""
    if cue is None or cue.end is None or cue.end <= anchor or cue.start > anchor:
        return cue
    precision = "day" if cue.start == anchor else ("range" if cue.precision == "month" else cue.precision)
    return replace(cue, end=anchor, precision=precision, period=cue.period or cue.precision in PERIODS)


def earliest_day(engagement: dict) -> dt.date:
    """The first day anything may be dated (engagement.yaml `earliest_year`): the date grammar reads
    any year from 1 on, but no engagement of the pair is older than Pakistan."""
    return dt.date(int(engagement.get("earliest_year", dt.MINYEAR)), 1, 1)


def latest_day(engagement: dict) -> dt.date:
    """The last day a report's publication date may be (engagement.yaml `latest_year`, 31 December):
    a date beyond is a typo ('9999-12-31'). Fixed in data, never the run's day, so the same corpus is
    read the same on any day (round 25, review M4)."""
    return dt.date(int(engagement.get("latest_year", dt.MAXYEAR)), 12, 31)


def above_floor(cue: DateCue, floor: dt.date, ceiling: dt.date | None = None) -> DateCue:
    """A cue as far as it lies on or after `floor`: cut to a range from the floor when it straddles
    it; when it ends before it (a meeting of 1946, a misread year), no day at all, marked
    `before_floor` (the engagement it dates is left unwritten, never dated by its report); unresolved
    cues as they are. A publication day before the floor never reaches here: the report is read
    undated (report.read_report; a manifest's is a warning, core.corpus `published-out-of-range`), so
    its relative terms ('yesterday') are unresolved, not before the floor, and an engagement they tell
    is dated as any undated report's (its terms of office), never by the impossible day. A cue that
    begins after `ceiling` (engagement.yaml `latest_year`'s last day: 'December 27, 9999', a typo) is
    marked the same way: no engagement is dated beyond the last day a report can bear (breaker of
    round 27: an undated report saying 9999 gave events of 9999)."""
    if ceiling is not None and cue.start is not None and cue.start > ceiling:
        return DateCue(None, None, "year", span=cue.span, ahead=cue.ahead, before_floor=True)
    if cue.start is None or cue.start >= floor:
        return cue
    if cue.end is None or cue.end < floor:
        return DateCue(None, None, "year", span=cue.span, ahead=cue.ahead, before_floor=True)
    return replace(cue, start=floor, precision="range", period=cue.period or cue.precision in PERIODS)


def held_spans(sentence: str, anchor: dt.date | None, engagement: dict) -> tuple[tuple[dt.date, dt.date], ...]:
    """The (first, last) days a sentence's dates tell, for an office named without its holder
    ('the foreign minister visited Kabul in 1962'): every resolved date of the sentence (a year is
    the whole year), else the report's day when it has one; none (no holder) when the sentence is
    dated only before the floor or cannot be dated. A date before the floor beside a usable one
    ('in 1946 and in 2019') is passed over, as `candidates.past_the_floor` does for a frame."""
    floor = earliest_day(engagement)
    told = [above_floor(c, floor) for c in date_cues(sentence, anchor, False)]
    if told and all(c.before_floor for c in told):
        return ()
    told = [c for c in told if not c.before_floor]
    spans = tuple(dict.fromkeys((c.start, c.end) for c in told if c.resolved))
    return spans or (((anchor, anchor),) if anchor is not None else ())


def _safe_cue(m: re.Match, clause: str, anchor: dt.date | None, future: bool) -> DateCue | None:
    """`_cue`, or None where the expression counted from the publication date leaves the calendar
    (a report dated 0001-01-01 that says 'the day before yesterday', 9999-12-31 and 'next weekend')."""
    try:
        return _cue(m, clause, anchor, future)
    except (OverflowError, ValueError):
        return None


def date_cues(clause: str, anchor: dt.date | None, future: bool) -> list[DateCue]:
    """Every date expression of a clause with what it says, resolved against `anchor` (the
    publication date) where it needs one. Never raises."""
    return list(_date_cues(clause, anchor, future))


@lru_cache(maxsize=8192)
def _date_cues(clause: str, anchor: dt.date | None, future: bool) -> tuple[DateCue, ...]:
    """date_cues, cached: a function of its arguments only (DateCue is frozen), asked twice for
    a sentence with a date read forward and again for every report repeating a sentence."""
    clause = _without_word_final_marks(clause)
    found = [(m, cue) for m in FINDER.finditer(clause) if (cue := _safe_cue(m, clause, anchor, future)) is not None]
    calendar_spans = [m.span() for m, _ in found if m.group("iso") or m.group("m1") or m.group("m2") or m.group("dord")
                      or m.group("dord4") or m.group("dom") or m.group("domw")]
    other_year = _another_year(clause, found, anchor)
    return tuple(replace(cue, span=m.span(), ahead=False) for m, cue in found
                 if not (m.group("w") and _beside_calendar_date(clause, m.span(), calendar_spans))
                 and not (other_year is not None and cue.weekday_only and m.start() > other_year))


# what may stand before a year that opens its sentence ('In 2019, ...', 'ISLAMABAD -- Back in March 2018, ...')
_FRONTED = re.compile(r"(?:^|[.:;—–]\s*|--\s*)(?:back\s+)?(?:in|during|by)?\s*$", re.IGNORECASE)


def _another_year(clause: str, found: list[tuple[re.Match, DateCue]], anchor: dt.date | None) -> int | None:
    """Where a fronted year other than the report's ends ('In 2019, X arrived on Monday', 'In March
    2018, ... on Tuesday'), else None: the sentence is set in that year, so a bare weekday after it
    is a weekday of that year, not of the report's week, and is not counted back from the
    publication date (it is left out; the year dates the clause). Only a year opening the sentence:
    one in an aside ('X, who last came in 2019, arrived on Monday') or after the weekday sets no
    background, nor a year inside a calendar day ('on 3 March 2019')."""
    if anchor is None:
        return None
    return next((m.end() for m, cue in found
                 if cue.resolved and cue.end is not None and cue.precision in ("year", "month") and not cue.period
                 and cue.end.year < anchor.year and (m.group("ynum") or m.group("myear"))
                 and _FRONTED.search(clause, 0, m.start())), None)


# combining marks (U+0300-U+036F) closing a word: a decomposed accent ('5th\u0301 March', 'March\u0301 2024')
_WORD_FINAL_MARKS = re.compile(r"(?<=\w)[\u0300-\u036f]+(?![^\W\d_])")


def _without_word_final_marks(clause: str) -> str:
    """The clause with the combining marks that close a word blanked, one space each: a decomposed
    accent typed after a date's word or number (a report saved in NFD, a stray mark) does not stop
    the date grammar reading it, and every offset stays where it was. Marks inside a word
    ('Te\u0301hran') are kept."""
    if not any("\u0300" <= ch <= "\u036f" for ch in clause):
        return clause
    return _WORD_FINAL_MARKS.sub(lambda m: " " * len(m.group(0)), clause)


_APPOSITION = re.compile(r"[\s,()\[\]\-–—]*(?:the\s+)?")  # 'Wednesday the 5th of March' too


def _beside_calendar_date(clause: str, span: tuple[int, int], calendar_spans: list[tuple[int, int]]) -> bool:
    """'on Sunday, January 14', 'Tuesday (16 January)', 'January 14, Sunday': a weekday in
    apposition to a calendar date names the same day; the calendar date says it without the
    publication date's help, so the weekday is not read on its own."""
    return any(_APPOSITION.fullmatch(clause, span[1], a) or _APPOSITION.fullmatch(clause, b, span[0])
               for a, b in calendar_spans)
