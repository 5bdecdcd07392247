"""'last April', 'next March', 'this June': a month the report places relative to its own date
(a bare month name stays no date of the clause: it may be another noun's, 'the April strikes')."""

import calendar
import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from pakiran_events.core.cues import has_date_cue
from pakiran_events.extract.dates import date_cues

ANCHORS = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31))
MONTH_NAMES = st.sampled_from([m for m in calendar.month_name[1:] if m != "May"])


def _months_apart(a: dt.date, b: dt.date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month


@given(ANCHORS, MONTH_NAMES, st.booleans())
def test_last_month_name_is_the_latest_such_month_before_the_reports(anchor, month, future):
    cues = date_cues(f"the ministers met last {month} in the capital", anchor, future)
    assert len(cues) == 1
    cue = cues[0]
    assert cue.precision == "month" and cue.start.day == 1
    assert calendar.month_name[cue.start.month] == month
    assert cue.end == cue.start.replace(day=calendar.monthrange(cue.start.year, cue.start.month)[1])
    assert 1 <= _months_apart(cue.start, anchor) <= 12


@given(ANCHORS, MONTH_NAMES)
def test_next_month_name_is_the_first_such_month_after_the_reports(anchor, month):
    cue, = date_cues(f"they will meet next {month}", anchor, True)
    assert calendar.month_name[cue.start.month] == month and cue.precision == "month"
    assert 1 <= _months_apart(anchor, cue.start) <= 12


@given(ANCHORS, MONTH_NAMES, st.booleans())
def test_this_month_name_is_in_the_reports_year(anchor, month, future):
    cue, = date_cues(f"this {month} the commission sat", anchor, future)
    assert cue.start.year == anchor.year and calendar.month_name[cue.start.month] == month


@given(ANCHORS, MONTH_NAMES)
def test_a_bare_month_name_still_dates_nothing(anchor, month):
    assert date_cues(f"after the {month} strikes the envoys talked", anchor, False) == []


def test_the_qualified_month_is_one_cue_of_the_shared_grammar():
    # the span verify-evidence checks and the expression extraction resolves are the same
    assert has_date_cue("talks held last April")
    cue, = date_cues("talks held last April", dt.date(2019, 11, 20), False)
    assert (cue.start, cue.end) == (dt.date(2019, 4, 1), dt.date(2019, 4, 30))
    cue, = date_cues("talks held last April", dt.date(2019, 4, 20), False)
    assert cue.start == dt.date(2018, 4, 1)  # in an April report, 'last April' is a year back
