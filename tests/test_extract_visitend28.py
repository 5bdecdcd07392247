"""Round 28 (visitend28, issue 15): a visit's last day from the way home as reports tell it. Made-up
reports in our own words: 'flew back to <city>', 'before flying back' (the first verb's subject, never
its object), a bare 'returned on <day>', 'was back in <city> on <day> morning' (the day before, the
last day a report places the guest abroad: CURATION.md §4), a statement's own day, and near misses
(a plan to fly back, leaving in the morning, an evening back home, another traveller's return)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import OwnReports, of_kind

OWN = OwnReports("visitend28-own", "2025-03-07")  # a Friday
SUN, MON, TUE, WED, THU = (dt.date(2025, 3, d) for d in (2, 3, 4, 5, 6))

ARRIVAL = "Interior Minister Mohsin Naqvi arrived in Tehran on Sunday for talks on border security. "


def _visit(text: str) -> tuple[dt.date | None, dt.date | None]:
    visits = [e for e in of_kind(OWN.clustered(text), "visit") if "mohsin-naqvi" in e.participants]
    assert len(visits) == 1, [(e.kind, sorted(e.participants), e.date_start, e.date_end) for e in OWN.clustered(text)]
    return visits[0].date_start, visits[0].date_end


ENDS = [
    # the way home to a city named
    (ARRIVAL + "He met Iranian Interior Minister Eskandar Momeni on Monday. The minister flew back to Islamabad on "
     "Wednesday.", WED),
    (ARRIVAL + "The Pakistani delegation flew back to Islamabad on Tuesday after a last round of talks.", TUE),
    # a participle after 'before': the first verb's subject, whoever its object is
    (ARRIVAL + "He met Iranian Interior Minister Eskandar Momeni on Monday and, the next day, the police chief, "
     "before flying back to Islamabad on Wednesday evening.", WED),
    # a bare 'returned on <day>'
    (ARRIVAL + "Naqvi, who held talks with Eskandar Momeni on Monday, returned on Tuesday night, his ministry said "
     "in a statement of the Ministry of Interior issued on Thursday.", TUE),
    # back home by a morning: the day before
    (ARRIVAL + "He met Iranian Interior Minister Eskandar Momeni on Monday. The delegation was back in Islamabad on "
     "Wednesday morning.", TUE),
    (ARRIVAL + "He met Iranian Interior Minister Eskandar Momeni on Monday. Naqvi was back in Islamabad on Thursday "
     "early morning, officials said.", WED),
]


@pytest.mark.parametrize("text,last", ENDS)
def test_the_way_home_ends_the_visit(text, last):
    assert _visit(text) == (SUN, last), text


NEAR_MISSES = [
    # leaving in the morning is that day's departure
    (ARRIVAL + "He met Iranian Interior Minister Eskandar Momeni on Monday and flew back to Islamabad on Wednesday "
     "morning.", WED),
    # back home in the evening: that day
    (ARRIVAL + "He met Iranian Interior Minister Eskandar Momeni on Monday. He was back in Islamabad on Wednesday "
     "evening.", WED),
]


@pytest.mark.parametrize("text,last", NEAR_MISSES)
def test_leaving_or_coming_home_late_keeps_its_day(text, last):
    assert _visit(text) == (SUN, last), text


def test_a_plan_to_fly_back_sets_no_end():
    text = (ARRIVAL + "He met Iranian Interior Minister Eskandar Momeni on Monday and is expected to fly back to "
            "Islamabad on Thursday.")
    assert _visit(text)[1] != THU, text


def test_the_host_flying_back_is_no_end_of_the_guests_visit():
    """The object of 'met' is no traveller of 'before flying back': the host stays home, no trip of his."""
    text = (ARRIVAL + "He met Iranian Interior Minister Eskandar Momeni on Monday before flying back to Islamabad on "
            "Tuesday.")
    events = OWN.clustered(text)
    assert not any("eskandar-momeni" in e.participants for e in of_kind(events, "visit")), events
    assert _visit(text) == (SUN, TUE)


def test_a_background_trip_does_not_take_the_way_home():
    """'earlier this month' names an older trip; the subjectless way home ends the report's own one."""
    text = ("ISLAMABAD: Interior Minister Mohsin Naqvi has returned from a visit to Iran, officials said on Friday."
            "\n\nThe interior minister reached Tehran on Sunday at the head of a small team. "
            "He met Iran's Interior Minister Eskandar Momeni at the ministry on Monday, before flying "
            "back to Islamabad on Tuesday evening.\n\nThe trip followed the visit Prime Minister Shehbaz Sharif paid "
            "to Iran earlier this month.")
    events = OWN.clustered(text)
    shehbaz = [e for e in of_kind(events, "visit") if "shehbaz-sharif" in e.participants]
    assert all(e.date_end != TUE for e in shehbaz), [(e.date_start, e.date_end) for e in shehbaz]
    assert _visit(text) == (SUN, TUE)


def test_a_planned_meeting_before_flying_back_makes_no_held_way_home():
    """'will meet Y on Monday before flying back on Tuesday': the participle shares the plan of the
    predicate it hangs on (frames._participle_at), so Tuesday ends no visit."""
    text = ("Interior Minister Mohsin Naqvi arrived in Tehran on Sunday. He will meet Iranian Interior Minister "
            "Eskandar Momeni on Monday before flying back to Islamabad on Tuesday.")
    report = OWN.report(text, "2025-03-01")
    visits = [c for c in report.candidates if c.kind == "visit" and c.guest == "mohsin-naqvi"]
    assert visits and all(not c.departure for c in visits), [(c.guest, c.departure) for c in visits]
