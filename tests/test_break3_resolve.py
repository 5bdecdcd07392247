"""resolve-spans with quotes padded by white space (round 3 hostile testing): a quote opening with a
space must count an occurrence after a blank line once, not once per character of the text's white
space run; a quote of only white space is refused as such, not as 'phrase not found'."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pakiran_events.curate.spans import _spans_across_breaks

TEXT = "The first paragraph stops here.\n\nPatrol officers gathered at the crossing.\r\n Patrol officers left."


def test_a_leading_space_quote_after_a_blank_line_is_one_occurrence():
    spans = _spans_across_breaks(TEXT, " Patrol officers")
    assert len(spans) == 2, spans  # two occurrences in the text, not 2 + 2 (one per white space char)
    (a, b), (c, d) = spans
    assert TEXT[a:b] == "\n\nPatrol officers" and TEXT[c:d] == "\r\n Patrol officers"


@given(st.lists(st.sampled_from([" ", "\n", "\t", "\u00a0", "\r\n"]), min_size=1, max_size=5))
def test_one_occurrence_behind_any_white_space_run_is_found_once(run):
    text = "Opening words." + "".join(run) + "border talks ended."
    assert len(_spans_across_breaks(text, " border talks")) == 1


@pytest.mark.parametrize("quote", ["   ", "\t", "\u00a0", " \n "])
def test_a_white_space_only_quote_is_refused_as_such(quote):
    from pakiran_events.curate.spans import resolve_quote

    with pytest.raises(ValueError, match="only white space"):
        resolve_quote(None, {"src": "doc-a", "quote": quote}, {"doc-a": TEXT})
