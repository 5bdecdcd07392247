"""Dates in a report: its publication date, and the day, week or month each expression names,
resolved against that date (past tense looks back, future tense forward)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from pakiran_events.core.cues import MONTH_ABBREVIATIONS, MONTHS as MONTH_NAMES, WEEKDAYS  # one list of the words

WEEKDAYS = list(WEEKDAYS)
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, start=1)}
MONTHS |= {a: next(i for i, m in enumerate(MONTH_NAMES, start=1) if m.startswith(a)) for a in MONTH_ABBREVIATIONS}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))

COLLECTION_LINE = re.compile(r"^\s*date (\d{4}-\d{2}-\d{2})\s")
_ABSOLUTE = re.compile(  # July 15, 2023 / Nov 26, 2025 / JAN 29 / 15 July 2023 / 2024-01-29
    rf"\b(?:(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>\d{{4}}))?(?:\s+to\s+(?P<d1b>\d{{1,2}}))?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH})\b(?:,?\s+(?P<y2>\d{{4}}))?"
    rf"|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}}))\b", re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(today|yesterday|tomorrow|tommorow|this week|last week|next week|earlier this month|"
                       r"this month|last month)\b", re.IGNORECASE)
_MONTH_ONLY = re.compile(r"\bin (" + "|".join(m.capitalize() for m in MONTH_NAMES) + r")(?:\s+(\d{4}))?\b")
_BYLINE = re.compile(rf"\b(?:Published|Updated)\s+(?:(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})"
                     rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH}),?\s+(?P<y2>\d{{4}}))", re.IGNORECASE)


@dataclass(frozen=True)
class DateCue:
    """What one expression says about a day: an interval and how precise it is."""

    start: dt.date | None
    end: dt.date | None
    precision: str                 # day / range / month; week or month for a vague relative expression
    weekday: int | None = None     # an unresolved weekday (no anchor yet)
    span: tuple[int, int] = (0, 0)  # offsets in the sentence

    @property
    def resolved(self) -> bool:
        return self.start is not None


def publication_date(text: str, manifest_value: str | None) -> dt.date | None:
    """The manifest's date, else the collection line, else a 'Published <date>' byline."""
    for candidate in (manifest_value or "",):
        try:
            return dt.date.fromisoformat(candidate.strip())
        except ValueError:
            pass
    head = text[:400]
    if m := COLLECTION_LINE.match(head):
        try:
            return dt.date.fromisoformat(m.group(1))
        except ValueError:
            pass
    if m := _BYLINE.search(head):
        month = m.group("m") or m.group("m2")
        day, year = m.group("d") or m.group("d2"), m.group("y") or m.group("y2")
        try:
            return dt.date(int(year), MONTHS[month.lower()], int(day))
        except ValueError:
            return None
    return None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def weekday_on_or_before(anchor: dt.date, weekday: int) -> dt.date:
    return anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7)


def weekday_on_or_after(anchor: dt.date, weekday: int) -> dt.date:
    return anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7)


def date_cues(sentence: str, anchor: dt.date | None, future: bool) -> list[DateCue]:
    """Every date expression of a sentence, resolved against `anchor` where it needs one."""
    cues: list[DateCue] = []
    taken: list[tuple[int, int]] = []
    for m in _ABSOLUTE.finditer(sentence):
        if m.group("iso"):
            if COLLECTION_LINE.match(sentence[max(0, m.start() - 6):m.end() + 1]):
                continue  # the collection line is the page's date, not an event's
            day = _safe_date(*map(int, m.group("iso").split("-")))
            if day:
                cues.append(DateCue(day, day, "day", span=m.span()))
                taken.append(m.span())
            continue
        if re.search(r"(?:Published|Updated)\s*$", sentence[:m.start()]):
            continue  # a byline dates the page
        month = MONTHS[(m.group("m1") or m.group("m2")).lower()]
        day = int(m.group("d1") or m.group("d2"))
        year = m.group("y1") or m.group("y2")
        year = int(year) if year else (anchor.year if anchor else None)
        if year is None:
            continue
        first = _safe_date(year, month, day)
        if first is None:
            continue
        last = _safe_date(year, month, int(m.group("d1b"))) if m.group("d1b") else first
        cues.append(DateCue(first, last or first, "day" if last in (None, first) else "range", span=m.span()))
        taken.append(m.span())
    for m in _WEEKDAY.finditer(sentence):
        if any(a <= m.start() < b for a, b in taken):
            continue
        weekday = WEEKDAYS.index(m.group(1).lower())
        if anchor is None:
            cues.append(DateCue(None, None, "day", weekday=weekday, span=m.span()))
        else:
            day = weekday_on_or_after(anchor, weekday) if future else weekday_on_or_before(anchor, weekday)
            cues.append(DateCue(day, day, "day", span=m.span()))
    if anchor is not None:
        for m in _RELATIVE.finditer(sentence):
            word = m.group(1).lower()
            if word == "today":
                cue = DateCue(anchor, anchor, "day")
            elif word == "yesterday":
                d = anchor - dt.timedelta(days=1)
                cue = DateCue(d, d, "day")
            elif word in ("tomorrow", "tommorow"):
                d = anchor + dt.timedelta(days=1)
                cue = DateCue(d, d, "day")
            elif word == "this week":
                cue = DateCue(anchor - dt.timedelta(days=anchor.weekday()), anchor, "week")
            elif word == "last week":
                monday = anchor - dt.timedelta(days=anchor.weekday() + 7)
                cue = DateCue(monday, monday + dt.timedelta(days=6), "week")
            elif word == "next week":
                monday = anchor + dt.timedelta(days=7 - anchor.weekday())
                cue = DateCue(monday, monday + dt.timedelta(days=6), "week")
            elif word in ("earlier this month", "this month"):
                cue = DateCue(anchor.replace(day=1), anchor, "month")
            else:  # last month
                last = anchor.replace(day=1) - dt.timedelta(days=1)
                cue = DateCue(last.replace(day=1), last, "month")
            cues.append(DateCue(cue.start, cue.end, cue.precision, span=m.span()))
        for m in _MONTH_ONLY.finditer(sentence):
            year = int(m.group(2)) if m.group(2) else anchor.year
            month = MONTHS[m.group(1).lower()]
            if not m.group(2) and month > anchor.month:
                year -= 1  # "in November" in a January report is last year's
            last = calendar.monthrange(year, month)[1]
            cues.append(DateCue(dt.date(year, month, 1), dt.date(year, month, last), "month", span=m.span()))
    return cues
