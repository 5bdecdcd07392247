"""Date forms the second corpus folder uses, each a span that must (or must not) count as a date cue."""

import pytest

from pakiran_events.core.cues import has_date_cue


@pytest.mark.parametrize("text", ["met on May 26th in Davos", "visited in May 2019", "the 3rd of June",
                                  "on January 29", "Jan. 29", "last week", "a day after the talks"])
def test_a_date_form_is_a_cue(text):
    assert has_date_cue(text)


@pytest.mark.parametrize("text", ["they may meet again", "the two-day visit", "ties of 75 years",
                                  "Resolution 2231"])
def test_words_that_fix_no_date_are_not_cues(text):
    assert not has_date_cue(text)
