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
MONTH_NUMBER = {m: i for i, m in enumerate(MONTHS, start=1)} | {a: MONTHS.index(next(m for m in MONTHS if m.startswith(a[:3]))) + 1
                                                                for a in MONTH_ABBREVIATIONS}
MONTH_PREPOSITIONS = ("in", "during", "since", "of", "early", "late", "mid")

# The one date grammar (issue 12): every form of date expression, as named groups. `verify-evidence`
# asks whether a span holds any of them (`has_date_cue`); extraction (`extract/dates.py`) finds its
# expressions with the same pattern and resolves each group's form.
_MONTH = "|".join(sorted(MONTH_NUMBER, key=len, reverse=True))
_NUMBER = r"(?:\d{1,2}|one|two|three|four|five|six|seven|a|an)"
_ISO = r"(?P<iso>\d{4}-\d{2}-\d{2})"
# a year told relative to the report's: "in November last year", "26 April, this year"
YEAR_SHIFT = {"last": -1, "this": 0, "next": 1}
_YEAR_WORD = "|".join(YEAR_SHIFT)
# a range's joiners: 'on 5-6 March', 'March 5 to 7', 'March 5 through 7', 'on 5th and 6th March'
_JOINER = r"(?:to|-|–|and|through)"
_MONTH_DAY = (rf"(?P<m1>{_MONTH})\.?\s+(?:the\s+)?(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*{_JOINER}\s*(?P<d1b>\d{{1,2}})(?:st|nd|rd|th)?)?"
              rf"(?:,?\s+(?:(?P<y1>\d{{4}})|(?P<y1rel>{_YEAR_WORD})\s+year))?")
_DAY_MONTH = (rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*{_JOINER}\s*(?P<d2b>\d{{1,2}})(?:st|nd|rd|th)?)?\s+(?:of\s+)?"
              rf"(?P<m2>{_MONTH})\b\.?(?:,?\s+(?:(?P<y2>\d{{4}})|(?P<y2rel>{_YEAR_WORD})\s+year))?")
# 'on Tuesday last week', 'Monday of next week': the weekday of the week before or after the report's;
# a part of the day after it is the same day ('on Saturday evening, officials said': the expression
# ends after 'evening', so what follows it is read from there)
PARTS_OF_DAY = ("morning", "afternoon", "evening", "night")
_WEEKDAY = (rf"(?P<wd>(?:last|this|next)\s+)?(?P<w>{'|'.join(WEEKDAYS)})(?:\s+(?:{'|'.join(PARTS_OF_DAY)}))?"
            rf"(?:\s+(?:of\s+)?(?P<wweek>last|next)\s+week)?")
# 'the day before yesterday' before 'yesterday'; a weekend is its Saturday and Sunday
# 'this morning' is the report's day, 'last night' the evening before it; New Year's Day and Eve are
# 1 January and 31 December, in the year the clause's tense gives
_RELATIVE = (r"(?P<rel>(?:the )?day (?:before yesterday|after tomorrow)|today|yesterday|tomorrow|tonight"
             r"|this (?:morning|afternoon|evening)|last night|new year['’]s (?:day|eve)"
             r"|(?:last|this|next|earlier this) (?:week|month)|(?:last|this|past|next) weekend|(?:over|during|at) the weekend|"
             rf"{_NUMBER} (?:days?|weeks?) ago)")
# counted from another engagement of the report ('a week later', 'two days after', 'later that day'), not from its date
# ('thatday': the day told before itself, no count from it; 'that evening', 'later that night' too:
# a part of the day told before, as 'this evening' is of the report's day)
# how many days or weeks a count tells ('two days after', '10 days later', 'eleven days before'): the
# words here, a number of up to three digits otherwise (extract/dates.py counts with the same table)
COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
               "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
               "twenty": 20, "thirty": 30}
_COUNT = rf"(?:\d{{1,3}}|{'|'.join(sorted(COUNT_WORDS, key=len, reverse=True))})"
_AFTER = (rf"(?P<after>{_COUNT} (?:days?|weeks?) (?:after|before|later|earlier)|the (?:next|following|previous) day"
          r"|the day (?:after|before)(?! yesterday| tomorrow)|(?P<thatday>(?:earlier|later) (?:(?:in|on) the|that) day"
          rf"|(?:(?:earlier|later) )?that (?:{'|'.join(PARTS_OF_DAY)}))|(?:on )?the same day)")
# a month on its own: any month name but 'may' (a verb), which needs a preposition or a year
_PREP = "|".join(MONTH_PREPOSITIONS)
# 'last April', 'next March': a month placed by the report's own (the month most recently past or
# next to come), unlike a bare month name, which may name another noun's time ('the January strikes')
_MONTH_ONLY = (rf"(?P<mo>(?:(?P<mprep>(?:{_PREP})[\s\-]+)|(?P<mlast>(?:{_YEAR_WORD})\s+))?(?P<mname>{'|'.join(m for m in MONTHS if m != 'may')}"
               rf"|may(?=,?\s+\d{{4}})|(?<=in )may|(?:{'|'.join(MONTH_ABBREVIATIONS)})\.?(?=,?\s+\d{{4}}))"
               rf"(?:,?\s+(?:(?P<myear>\d{{4}})|(?P<myrel>{_YEAR_WORD})\s+year))?)")
# a day told by an ordinal word: 'the fifth of March', 'the twenty-first of May 2024'
ORDINALS = {w: n for n, w in enumerate(("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
                                         "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
                                         "twentieth").split(), start=1)}
ORDINALS |= {f"twenty-{w}": 20 + n for w, n in list(ORDINALS.items())[:9]} | {"thirtieth": 30, "thirty-first": 31}
_ORDINAL = "|".join(sorted(ORDINALS, key=len, reverse=True))
_ORDINAL_DAY = (rf"the\s+(?P<dord>{_ORDINAL})\s+of\s+(?P<m3>{_MONTH})\b\.?"
                rf"(?:,?\s+(?:(?P<y3>\d{{4}})|(?P<y3rel>{_YEAR_WORD})\s+year))?")
# a day of a trip counted from its first: 'on the second day of his visit', 'the 3rd day of the tour'
# ('the last day of the visit': its last day, when the report tells it);
# told alone after 'on' ('On the first day he met ...'), the day of the trip the report tells; a day
# of anything else ('on the first day of the fair') is not one
_VISIT_DAY = (rf"(?P<vday>(?P<von>on\s+)?the\s+(?:(?P<vord>{_ORDINAL})|(?P<vnum>\d{{1,2}})(?:st|nd|rd|th)|(?P<vlast>last|final))\s+day"
              r"(?:\s+of\s+(?:his|her|their|its|the|this)\s+(?:[\w\-]+\s+){0,2}?(?:visit|trip|tour|stay)\b"
              r"|(?(von)(?!\s+of\b)|(?!))))")
# a day of the month without its month, after 'on' or a weekday: 'on the 5th', 'Wednesday the 5th'
# ('the 10th anniversary', 'the 5th of March' are not: a lower-case word other than a joiner follows)
# ('on the fifth' too, and 'on the 5th of last month': that month's day)
# the words that may follow a date and start another part of the clause ('on the 5th and ...',
# 'in 1962 to meet ...'): any other lower-case word after it makes the date a noun's ('in 2024 polls')
_JOINERS = r"(?:and|in|at|with|when|as|after|before|for|to|but|while)\b"
_DAY_OF_MONTH = (rf"(?:(?<=\bon )|(?<=day ))the\s+(?:(?P<dom>\d{{1,2}})(?:st|nd|rd|th)|(?P<domw>{_ORDINAL}))\b"
                 rf"(?:\s+of\s+(?P<domrel>{_YEAR_WORD})\s+month)?"
                 rf"(?![ \t]+(?!{_JOINERS})[a-z])")
# a month, then a day told by an ordinal word: 'March fifth', 'June the first' ('may' only as a name: 'May first')
_MONTH_ORDINAL = (rf"(?P<m4>(?:{'|'.join(m for m in MONTHS if m != 'may')}|(?-i:May))\.?)\s+(?:the\s+)?(?P<dord4>{_ORDINAL})\b"
                  rf"(?:,?\s+(?:(?P<y4>\d{{4}})|(?P<y4rel>{_YEAR_WORD})\s+year))?")
# a year alone: 'last year', 'earlier this year', 'late last year', 'in 2024', 'during 2023' (a year
# number needs its preposition and no noun after it: 'the 2023 accord', 'in 2024 polls' date a noun;
# a joining word may follow: 'visited Kabul in 1962 and met ...')
_YEAR_ONLY = (rf"(?P<yr>(?:(?:early|earlier|late|later)\s+(?:in\s+)?)?(?:(?P<yrel>{_YEAR_WORD})\s+year"
              rf"|(?:in|during)\s+(?P<ynum>(?:19|20)\d{{2}})(?![ \t]+(?!(?-i:{_JOINERS}))(?-i:[a-z]))(?!-\d)))")
# a live blog's entry stamp: a clock time opening its paragraph, before a dash or colon ('10:40 — X meets Y',
# '11:40 PKT: ...'): the entry is of the page's day (extract/dates.py), it is no day of its own; a clock
# time inside a sentence ('at 10:30 am') is none
_CLOCK = r"(?<![^\n])(?P<clock>(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:[ap]\.?m\.?|[a-z]{2,4}))?)(?=\s*(?:—|–|--?|:)\s)"
DATE_EXPRESSION = re.compile(rf"{_CLOCK}|\b(?:{_ISO}|{_MONTH_DAY}|{_DAY_MONTH}|{_ORDINAL_DAY}|{_MONTH_ORDINAL}|{_VISIT_DAY}|{_DAY_OF_MONTH}|{_WEEKDAY}|{_AFTER}|"
                             rf"{_RELATIVE}|{_MONTH_ONLY}|{_YEAR_ONLY})\b",
                             re.IGNORECASE)
DATE_CUE = DATE_EXPRESSION  # the name verify-evidence's callers know
RELATIVE_EXPRESSION = re.compile(rf"\b(?:{_WEEKDAY}|{_AFTER}|{_RELATIVE})\b", re.IGNORECASE)


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


_RELATIVE_CUE = re.compile(RELATIVE_EXPRESSION.pattern + r"|\b(?:on \w+day|last month|last year|this year|earlier)\b",
                           re.IGNORECASE)
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
