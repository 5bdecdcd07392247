"""Visits, round 25 second wave (visits25b): a dated line heading the sentence that tells the way
home is the report's day, not the departure (issue 15). Every text is our own, in the style of a
news report; near misses beside the class. The class failed on int25."""

from __future__ import annotations

import pytest

from date_coverage import _lexicon
from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.report import read_report


def _visit_days(doc: str, published: str, text: str) -> list[tuple[str, str]]:
    events = cluster([read_report(doc, text, published, _lexicon())])
    return sorted((str(e.date_start), str(e.date_end)) for e in events if e.kind == "visit")


# --- 1. 'CITY, <day with its year>: X concluded his visit yesterday' ---------------------------
# The date line names a full date, so the frame keeps it beside 'yesterday' (frames: a full date
# says more); both reached the visit as departures and the later one, the release's own day,
# ended the visit. A date line is a `dateline` claim in a departure's sentence too (reconcile.
# claim_kind), whichever sentence the visit candidate was first told in (reconcile.is_dateline).

DEPARTURE_UNDER_A_DATELINE = [
    # a ministry release of Monday 14 March 2016: Saturday 12 to Sunday 13 ('yesterday')
    ("rel-20160314", "2016-03-14",
     "ISLAMABAD, 14 Mar 16: Interior Minister Chaudhry Nisar Ali Khan concluded his official visit to Iran "
     "yesterday. The minister arrived in Tehran on Saturday and held talks with his counterpart Abdolreza "
     "Rahmani Fazli on Sunday.",
     ("2016-03-12", "2016-03-13")),
    # translated agency copy of Monday 27 May 2019: Friday 24 to Saturday 25
    ("agency-20190527", "2019-05-27",
     "Tehran, 27 May 2019 - Iranian Foreign Minister Mohammad Javad Zarif wrapped up his visit to Pakistan on "
     "Saturday and flew back to Tehran. Zarif, who arrived in Islamabad on Friday, held talks with Foreign "
     "Minister Shah Mahmood Qureshi.",
     ("2019-05-24", "2019-05-25")),
    # a state agency's handout of Wednesday 24 April 2024: Monday 22 to Tuesday 23 ('yesterday')
    ("handout-20240424", "2024-04-24",
     "ISLAMABAD, 24 April 2024 (APP): President Ebrahim Raisi ended his three-day visit to Pakistan yesterday. "
     "He arrived in Islamabad on Monday and held talks with Prime Minister Shehbaz Sharif the same day.",
     ("2024-04-22", "2024-04-23")),
]


@pytest.mark.parametrize("doc,published,text,expected", DEPARTURE_UNDER_A_DATELINE)
def test_a_dateline_over_the_way_home_does_not_end_the_visit(doc, published, text, expected):
    assert _visit_days(doc, published, text) == [expected]


NEAR_MISSES = [
    # the departure told as the release's own day: it ends there, as before
    ("near-today", "2016-03-14",
     "ISLAMABAD, 14 Mar 16: Interior Minister Chaudhry Nisar Ali Khan concluded his official visit to Iran "
     "today. The minister arrived in Tehran on Saturday and held talks with his counterpart Abdolreza Rahmani "
     "Fazli on Sunday.",
     ("2016-03-12", "2016-03-14")),
    # no day but the date line's: the visit still runs to the report's day (an upper bound)
    ("near-only", "2016-03-14",
     "ISLAMABAD, 14 Mar 16: Interior Minister Chaudhry Nisar Ali Khan concluded his official visit to Iran. "
     "The minister arrived in Tehran on Saturday and held talks with his counterpart Abdolreza Rahmani Fazli "
     "on Sunday.",
     ("2016-03-12", "2016-03-14")),
    # a yearless date line, which the frame already drops beside 'yesterday'
    ("near-yearless", "2024-04-24",
     "ISLAMABAD, April 24 (APP): President Ebrahim Raisi ended his three-day visit to Pakistan yesterday. "
     "He arrived in Islamabad on Monday and held talks with Prime Minister Shehbaz Sharif the same day.",
     ("2024-04-22", "2024-04-23")),
    # a date line in figures over a weekday departure, also dropped by the frame
    ("near-figures", "2019-12-12",
     "KARACHI, 12-12-2019: Iran's Navy commander Rear Admiral Hossein Khanzadi completed his visit to Pakistan "
     "on Wednesday. The admiral arrived in Karachi on Monday and called on Chief of the Naval Staff Admiral "
     "Zafar Mahmood Abbasi on Tuesday.",
     ("2019-12-09", "2019-12-11")),
]


@pytest.mark.parametrize("doc,published,text,expected", NEAR_MISSES)
def test_near_miss_the_dateline_or_the_told_day_still_ends_it(doc, published, text, expected):
    assert _visit_days(doc, published, text) == [expected]
