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
