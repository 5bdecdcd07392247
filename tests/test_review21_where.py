"""Round 21 review (where): a city of ANOTHER gathering does not place a sideline meeting. Only the
city of the gathering the meeting was on the sidelines of does: a summit to come, a previous one, or
a different gathering told later (another name or noun) places nothing. Made-up reports in our own
words (no corpus text), with near misses that keep the same gathering's city."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract_fixtures import OwnReports

_OWN = OwnReports("review21", "2025-09-27")
_UNGA = ("NEW YORK: Prime Minister Shehbaz Sharif met Iranian President Masoud Pezeshkian on the sidelines of "
         "the UN General Assembly on Thursday. ")


def _meeting_places(text: str) -> list[str | None]:
    return [e.place_id for e in _OWN.clustered(text) if e.kind == "meeting"]


# -- the review's failing tests -------------------------------------------------------------------

@pytest.mark.parametrize("other", [
    "The SCO summit, to be hosted by Kazakhstan in Astana, is due next month.",
    "The previous ECO summit was hosted by Azerbaijan in Khankendi.",
])
def test_another_gatherings_city_does_not_place_a_sideline_meeting(other):
    meetings = [e for e in _OWN.clustered(_UNGA + other) if e.kind == "meeting"]
    assert meetings and all(e.place_id in (None, "new-york-city") for e in meetings), [e.place_id for e in meetings]


def test_a_later_gathering_elsewhere_does_not_place_a_sideline_meeting():
    text = _UNGA.removeprefix("NEW YORK: ") + "Separately, foreign ministers gathered in Doha for a meeting on Gaza on Friday."
    assert all(e.place_id != "doha" for e in _OWN.clustered(text))


# -- near misses: the same gathering's city still places the sideline meeting ---------------------

_ECO = ("ISLAMABAD: Prime Minister Shehbaz Sharif met Iranian President Masoud Pezeshkian on the sidelines of "
        "the ECO summit on Thursday and talked about border markets. ")


def test_near_miss_the_same_gathering_by_its_full_name_places_the_meeting():
    text = ("ISLAMABAD: Foreign Minister Ishaq Dar met his Iranian counterpart Abbas Araghchi on the sidelines of "
            "the SCO summit on Thursday. The Shanghai Cooperation Organisation summit was hosted by Kazakhstan in Astana.")
    assert _meeting_places(text) == ["astana"]


def test_near_miss_the_gatherings_own_city_beside_a_summit_to_come():
    text = _ECO + ("The summit was hosted by Azerbaijan in Khankendi. "
                   "The next summit, to be hosted by Iran in Tehran, is due next year.")
    assert _meeting_places(text) == ["khankendi"]


def test_near_miss_a_future_gathering_told_first_does_not_hide_the_real_one():
    text = _ECO + ("The upcoming ECO summit will be held in Tehran. "
                   "Leaders gathered in Khankendi for the two-day summit, which Azerbaijan chaired.")
    assert _meeting_places(text) == ["khankendi"]


def test_a_third_country_dateline_is_not_overruled_by_another_gatherings_city():
    for other in ("Separately, foreign ministers gathered in Doha for a meeting on Gaza on Friday.",
                  "The previous summit in Riyadh was hosted by the Saudi crown prince."):
        assert set(_meeting_places(_UNGA + other)) <= {None, "new-york-city"}, other


def test_near_miss_a_different_noun_of_the_same_name_is_another_gathering():
    text = ("Prime Minister Shehbaz Sharif met Iranian President Masoud Pezeshkian on the sidelines of the ECO summit "
            "on Thursday. An ECO ministerial meeting was held in Baku.")
    assert "baku" not in _meeting_places(text)


# -- any text: the rules never raise, and another gathering's city never places the meeting ------

@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from([
    "The SCO summit,", "to be hosted by Kazakhstan", "in Astana", "is due next month", "The previous ECO summit",
    "was hosted by Azerbaijan", "in Khankendi", "Separately,", "foreign ministers gathered in Doha", "for a meeting",
    "on Gaza", "on Friday", ".", ",", "\n\n", "the UN General Assembly"]), max_size=10))
def test_any_tail_after_a_general_assembly_meeting_places_it_nowhere_else(parts):
    text = _UNGA + "\n\n" + " ".join(parts)  # a paragraph of its own: a city in the meeting's sentence is its own
    assert set(_meeting_places(text)) <= {None, "new-york-city"}, text
