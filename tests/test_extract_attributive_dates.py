"""A date between 'the' and a noun ('the June 13 strike', 'the 26 April attack') is that noun's
time, not the engagement's: extraction takes no date from it, while `verify-evidence`'s grammar
still counts it as a date expression (a curator may cite it with the words that anchor it)."""

import calendar
import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from pakiran_events.core.cues import has_date_cue
from pakiran_events.extract.dates import date_cues

MONTHS = st.sampled_from(list(calendar.month_name[1:]))
DAYS = st.integers(min_value=1, max_value=28)
NOUNS = st.sampled_from(["strike", "attack", "Israeli strike", "elections", "bombing", "accord", "summit"])
ANCHORS = st.one_of(st.none(), st.dates(min_value=dt.date(2005, 1, 1), max_value=dt.date(2030, 12, 31)))


@given(MONTHS, DAYS, NOUNS, ANCHORS, st.booleans())
def test_a_date_modifying_a_noun_dates_nothing(month, day, noun, anchor, day_first):
    told = f"{day} {month}" if day_first else f"{month} {day}"
    text = f"the premier condemned the {told} {noun} in his remarks"
    assert date_cues(text, anchor, False) == []
    assert has_date_cue(text)  # still a date expression for verify-evidence


@given(MONTHS, DAYS, ANCHORS)
def test_a_date_of_the_clause_is_still_read(month, day, anchor):
    for text in (f"the ministers met on {month} {day} in the capital", f"they met on the {day} of {month} with aides",
                 f"on the {day} of {month}, the envoys talked"):
        cue, = date_cues(text, anchor, False)
        assert (cue.start or dt.date(2000, *cue.month_day[:2])).day == day


def test_the_year_after_the_day_does_not_free_it():
    assert date_cues("after the June 13, 2025 strikes the two spoke", dt.date(2025, 8, 3), False) == []
    cue, = date_cues("the two spoke on June 13, 2025 in Tehran", dt.date(2025, 8, 3), False)
    assert cue.start == dt.date(2025, 6, 13)
