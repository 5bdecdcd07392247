"""Hostile review of the xdates5 date forms (weekends, 'the day before yesterday', 'a week
later', a weekday beside a calendar date): whatever the text and the publication date,
`date_cues` never raises (its docstring's promise), and a clause in the past tense is never
dated after the report's own day."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pakiran_events.extract.dates import date_cues

SAT = dt.date(2024, 1, 27)  # a Saturday
FORMS = ["last weekend", "this weekend", "next weekend", "past weekend", "over the weekend", "during the weekend",
         "the day before yesterday", "day after tomorrow", "a week later", "two weeks earlier", "three days before",
         "yesterday", "tomorrow", "last week", "next month", "on Sunday, January 14", "Tuesday (16 January)",
         "January 14, Sunday", "in November last year", "last April", "next March", "3 weeks ago"]
ANCHORS = st.one_of(st.dates(), st.sampled_from([dt.date.min, dt.date.max, dt.date(1, 1, 2), dt.date(9999, 12, 30)]))


@given(words=st.lists(st.sampled_from(FORMS), min_size=1, max_size=3), anchor=st.one_of(st.none(), ANCHORS),
       future=st.booleans())
def test_date_cues_never_raise_whatever_the_publication_date(words, anchor, future):
    cues = date_cues("They met " + " and ".join(words) + ".", anchor, future)
    for c in cues:
        if c.start is not None and c.end is not None:
            assert c.start <= c.end


@pytest.mark.parametrize("anchor", [dt.date.min, dt.date(1, 1, 2), dt.date.max])
@pytest.mark.parametrize("form", ["last weekend", "next weekend", "over the weekend", "the day before yesterday",
                                  "the day after tomorrow"])
def test_a_form_near_the_ends_of_the_calendar_is_unread_not_an_error(form, anchor):
    for future in (False, True):
        date_cues(f"The ministers met {form} in the capital.", anchor, future)  # must not raise


@pytest.mark.parametrize("form", ["last weekend", "past weekend", "over the weekend", "during the weekend"])
@given(day=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)))
def test_a_past_weekend_never_ends_after_the_report(form, day):
    cues = [c for c in date_cues(f"The ministers met {form} in the capital.", day, False) if c.start]
    # on a Saturday, 'over the weekend' in the past is today or the weekend before: left unread
    assert cues or (day.weekday() == 5 and form.endswith("the weekend")), form
    for c in cues:
        assert c.end <= day, (form, day, c)
        assert (c.precision == "day") == (c.start == c.end)


def test_last_weekend_told_on_a_saturday_is_the_weekend_before():
    (cue,) = date_cues("The ministers met last weekend in the capital.", SAT, False)
    assert (cue.start, cue.end, cue.precision) == (dt.date(2024, 1, 20), dt.date(2024, 1, 21), "range")


def test_over_the_weekend_told_in_the_past_on_a_saturday_is_not_guessed():
    assert date_cues("The ministers met over the weekend in the capital.", SAT, False) == []
    (sunday,) = date_cues("The ministers met over the weekend in the capital.", SAT + dt.timedelta(days=1), False)
    assert (sunday.start, sunday.end) == (SAT, SAT + dt.timedelta(days=1))


def test_a_long_word_after_a_trailing_attribution_does_not_stall_the_report():
    """Found by this review: the attribution tail's `(?:\\s*[\\w'-]+){0,8}` could split one long
    word (a hash, a run of digits, a transliterated compound) in C(n, 7) ways before failing, so a
    report with ', officials said <40 letters> (' ran for minutes and was dropped by its time
    budget. Run in a child process with a generous limit: this detects a hang, it times nothing."""
    import subprocess
    import sys
    from pathlib import Path

    script = (
        "import sys; sys.path.insert(0, %r)\n"
        "from extract_fixtures import lexicon\n"
        "from pakiran_events.extract.report import read_report\n"
        "talks = 'Interior Minister Tariq Mahmood held talks with Iranian Foreign Minister Karim Rostami in Islamabad'\n"
        "for n in (40, 400):\n"
        "    read_report('t-long', talks + ' on Sunday, officials said ' + '7' * n + ' (see above).', '2024-01-24', lexicon())\n"
        "print('done')\n" % str(Path(__file__).parent))
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0 and out.stdout.strip() == "done", out.stderr[-2000:]
