"""What a span of source text must contain to support a value: a date expression for a date,
a spelling of the person's name for a participant. Used by `verify-evidence` (and reusable by
any reader of the texts); plain regular expressions, no model.
"""

from __future__ import annotations

import re
from functools import lru_cache

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
RELATIVE_DAYS = ("today", "yesterday", "tomorrow", "tonight", "last week", "this week", "next week",
                 "last month", "this month", "earlier this month", "earlier this week", "a day after",
                 "a day before", "a day earlier", "a day later", "the next day", "the following day",
                 "the previous day", "the day before", "the day after")

_month = "|".join(MONTHS + MONTH_ABBREVIATIONS)
DATE_CUE = re.compile(
    r"\b(?:" + "|".join(WEEKDAYS) + r")\b"                          # on Sunday
    + r"|\b\d{4}-\d{2}-\d{2}\b"                                     # 2024-01-29
    + r"|\b(?:" + _month + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?\b"     # July 15, NOV 7, Jan. 29, May 26th
    + r"|\b(?:" + _month + r")\.?,?\s+\d{4}\b"                      # May 2019, January, 2024
    + r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + _month + r")\b"  # 15 July, 26th of Nov
    + r"|\b(?:" + "|".join(m for m in MONTHS if m != "may") + r")\b"  # in January ('may' is a verb)
    + r"|\b(?:" + "|".join(re.escape(r) for r in RELATIVE_DAYS) + r")\b",
    re.IGNORECASE,
)


def has_date_cue(text: str) -> bool:
    """True when the text holds an expression that fixes or anchors a day, week or month."""
    return DATE_CUE.search(text) is not None


@lru_cache(maxsize=4096)
def _name_pattern(alias: str) -> re.Pattern:
    # hyphens and spaces are interchangeable in transliterated names (Amir-Abdollahian / Amir Abdollahian)
    parts = [re.escape(p) for p in re.split(r"[\s\-]+", alias.strip()) if p]
    return re.compile(r"(?<!\w)" + r"[\s\-]+".join(parts) + r"(?!\w)", re.IGNORECASE)


def names_actor(text: str, aliases: list[str]) -> bool:
    """True when the text contains one of the actor's spellings as whole words."""
    return any(_name_pattern(a).search(text) for a in aliases if a and a.strip())


# The verbs and forms of each modality (CURATION.md §7's table): a commitment's modality span must
# hold one of its modality's forms. Stems, so that tense and person vary ("agree", "agreed").
MODALITY_FORMS: dict[str, tuple[str, ...]] = {
    "agreed": (r"agree", r"decid", r"decision", r"concur", r"observed that", r"jointly (?:formed|set up|establish)",
               r"consensus"),
    "pledged": (r"vow", r"pledg", r"promis", r"resolv", r"resolve", r"assur", r"commitment", r"committed", r"intent",
                r"plans? to", r"aim(?:ed|s)? to", r"will", r"would", r"determin",
                r"(?:islamabad|tehran|pakistan|iran)\W+to\b"),  # a headline's "Islamabad, Tehran to do X"
    "reaffirmed": (r"reaffirm", r"reiterat", r"renew", r"restat", r"repeat", r"remain(?:ed|s)? (?:firm|committed)",
                   r"underscor", r"stress", r"emphasi[sz]", r"resolve"),
    "proposed": (r"urg", r"stress", r"emphasi[sz]", r"call(?:ed|s|ing)? for", r"highlight", r"underlin",
                 r"keen", r"want", r"should", r"ready", r"willing", r"hop(?:e|ed|es|ing)\b", r"look(?:ed|s|ing)? forward",
                 r"invit", r"will", r"would", r"can", r"could", r"need", r"propos", r"suggest", r"offer"),
    "signed": (r"sign", r"exchang", r"ink"),
    "discussed": (r"discuss", r"agenda", r"topics?", r"review", r"explor", r"talks? (?:on|about)", r"deliberat",
                  r"matters", r"issues", r"focus(?:ed|sed)? on", r"cent(?:red|ered) on"),
}
_MODALITY_PATTERNS = {m: re.compile(r"\b(?:" + "|".join(forms) + r")", re.IGNORECASE)
                      for m, forms in MODALITY_FORMS.items()}


def has_modality_form(text: str, modality: str) -> bool:
    """True when the text holds a verb or form of the modality (an unknown modality never matches)."""
    pattern = _MODALITY_PATTERNS.get(modality)
    return pattern is not None and pattern.search(text) is not None


_RELATIVE_CUE = re.compile(r"\b(?:" + "|".join(WEEKDAYS + tuple(re.escape(r) for r in RELATIVE_DAYS))
                           + r"|on \w+day|last month|last year|this year|earlier)\b", re.IGNORECASE)
_DATE_LINE_WORDS = {"date", "published", "updated", "am", "pm", "by", "sat", "sun", "mon", "tue", "wed", "thu", "fri"}


def has_relative_cue(text: str) -> bool:
    """True when the text holds a weekday or a relative expression ("on Monday", "today", "a day after")."""
    return _RELATIVE_CUE.search(text) is not None


def is_date_line(text: str) -> bool:
    """True when the text is only a report's date line or byline: a calendar date with at most a
    place, agency, author's name or 'Published', and no relative expression or lower-case word of
    a sentence ("ISLAMABAD, NOV 7 /DNA/", "Published July 15, 2023", " date 2024-01-30 ")."""
    if not has_date_cue(text) or has_relative_cue(text):
        return False
    words = re.findall(r"[A-Za-z]+", text)
    lower = [w for w in words if w.islower() and w.lower() not in _DATE_LINE_WORDS]
    return not lower


def has_calendar_date(text: str) -> bool:
    """True when the text holds a calendar date or month, not only a weekday or relative expression."""
    return has_date_cue(_RELATIVE_CUE.sub(" ", text))


def office_of(title: str) -> str:
    """The office a participant's title names, without the rank in brackets that may follow it
    ("Chief of Army Staff (Field Marshal)" -> "Chief of Army Staff"; CURATION.md §6). The positions
    rule (`validate/rules.py`) matches the same form: the office, or the office + " (rank)"."""
    return title.split(" (")[0].strip()
