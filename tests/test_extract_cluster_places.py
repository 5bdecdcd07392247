"""Across reports, on reports written for the purpose (names and wording made up; nothing copied
from the corpus): which city a visit's meeting told without one is placed in (CURATION.md §5),
and which engagement an undated report's candidates join (CURATION.md §4)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from extract_fixtures import ACTORS, PLACES, POSITIONS, events_of, lexicon
from pakiran_events.extract.cluster import Event, one_meeting_told_from_both_sides
from pakiran_events.extract.lexicon import Lexicon, Position, merge_dictionaries

LEX = lexicon()


def _meeting_with(events, host):
    return next(e for e in events if e.kind == "meeting" and e.host == host)


def test_a_meeting_whose_reports_name_no_city_stays_at_the_country():
    # one report names Islamabad beside the interior minister's talks; another tells of a call on
    # the army chief and names no city: that call is placed at the country (written as 'pakistan')
    city = ("x-city", "2024-05-13", "Iranian Foreign Minister Karim Rostami, who arrived in Islamabad on Monday, held "
                                    "talks with Interior Minister Saima Baig the same day.")
    elsewhere = ("x-no-city", "2024-05-14", "Iranian Foreign Minister Karim Rostami also called on army chief "
                                            "General Nadeem Anjum on Monday.")
    events = events_of(city, elsewhere)
    assert _meeting_with(events, "saima-baig").place_id == "islamabad"
    assert _meeting_with(events, "nadeem-anjum").place_id in (None, "pakistan")


def test_a_report_of_the_whole_trip_places_each_of_its_meetings():
    # the only report naming Tehran tells the trip as a whole, no meeting of its own: the meetings
    # the other report tells without a city are in Tehran (E000212; kept while the rule above changed)
    trip = ("x-trip", "2024-05-15", "Army chief General Nadeem Anjum arrived in Tehran on Monday on a two-day visit.")
    talks = ("x-talks", "2024-05-16", "During the army chief's two-day visit, General Nadeem Anjum held talks with "
                                      "Foreign Minister Karim Rostami on Tuesday.")
    events = events_of(trip, talks)
    assert _meeting_with(events, "karim-rostami").place_id == "tehran"


# the interior minister's made-up term ends in mid-2023: an undated report naming her with the
# army chief is of an engagement before then, not of the minister's dated visit in May 2024
LEX_TERMS = Lexicon({a: {"actor_id": a, "name": n, "actor_type": "person", "country_iso3": c} for a, (n, c, _) in ACTORS.items()},
                    {a: list(al) for a, (_, _, al) in ACTORS.items()}, dict(PLACES), merge_dictionaries([]),
                    [*POSITIONS, Position("saima-baig", "Interior Minister", "PAK", dt.date(2022, 1, 1), dt.date(2023, 6, 30))])


def test_an_undated_reports_meetings_join_one_engagement_the_terms_of_all_allow():
    dated = ("x-dated", "2024-05-13", "Iranian Foreign Minister Karim Rostami arrived in Islamabad on Monday for a "
                                      "two-day visit to Pakistan.")
    undated = ("x-undated", None, "Iranian Foreign Minister Karim Rostami, on a visit to Pakistan, called on Interior "
                                  "Minister Saima Baig and later met army chief General Nadeem Anjum.")
    events = events_of(dated, undated, lex=LEX_TERMS)
    baig, anjum = _meeting_with(events, "saima-baig"), _meeting_with(events, "nadeem-anjum")
    # the army chief's open term alone fits May 2024; the minister's does not: both meetings are of
    # the undated report's own engagement, none of the dated visit
    assert "x-dated" not in anjum.sources
    assert anjum.date_end is not None and anjum.date_end <= dt.date(2023, 6, 30)
    assert baig.parent is anjum.parent


def test_a_meeting_said_to_be_held_in_a_city_is_placed_there_not_at_the_dateline():
    # the newsroom's dateline is Islamabad; the report says the session was held in Tehran: the
    # meeting is in Tehran, and Iran is the host side
    doc = ("x-held", "2024-05-16", "ISLAMABAD: The annual joint border commission met this week. The two-day "
                                   "session, held in the city of Tehran, ended on Wednesday. Interior Minister Saima "
                                   "Baig led the Pakistani side and held talks with Foreign Minister Karim Rostami.")
    meetings = [e for e in events_of(doc) if e.kind == "meeting"]
    assert meetings and {(m.place_id, m.country) for m in meetings} == {("tehran", "IRN")}


def test_one_commission_told_from_both_sides_is_one_meeting_in_the_city_one_report_names():
    # a Pakistani wire dated at home makes the Iranian official the guest and names no place;
    # another report says the session met in Tehran: one meeting, in Tehran, on the wire's days
    home = ("x-wire", "2024-05-16", "ISLAMABAD: The joint border commission of Pakistan and Iran concluded a two-day "
                                    "session on Wednesday. Foreign Minister Karim Rostami held talks with Interior "
                                    "Minister Saima Baig at the session.")
    abroad = ("x-abroad", "2024-05-20", "Interior Minister Saima Baig held talks with Foreign Minister Karim Rostami "
                                        "in Tehran this month at the joint border commission.")
    events = events_of(home, abroad)
    meetings = [e for e in events if e.kind == "meeting"]
    assert len(meetings) == 1, [(m.guest, m.country, m.place_id, sorted(m.sources)) for m in meetings]
    (meeting,) = meetings
    assert (meeting.place_id, meeting.country, meeting.guest) == ("tehran", "IRN", "saima-baig")
    assert meeting.sources == {"x-wire", "x-abroad"}
    assert meeting.date_end is not None and meeting.date_start is not None
    assert (meeting.date_end - meeting.date_start).days <= 1  # the wire's days, not the month


def test_meetings_of_the_same_two_people_at_different_times_stay_apart():
    first = ("x-may", "2024-05-16", "Foreign Minister Karim Rostami held talks with Interior Minister Saima Baig in "
                                    "Islamabad on Wednesday.")
    later = ("x-july", "2024-07-18", "Interior Minister Saima Baig held talks with Foreign Minister Karim Rostami "
                                     "in Tehran on Wednesday.")
    meetings = [e for e in events_of(first, later) if e.kind == "meeting"]
    assert sorted(m.place_id for m in meetings) == ["islamabad", "tehran"]


_DAY = dt.date(2024, 5, 1)
_MEETINGS = st.lists(st.tuples(st.sampled_from(["a", "b", "c"]), st.sampled_from(["a", "b", "c"]),
                               st.sampled_from(["PAK", "IRN"]), st.sampled_from([None, "tehran", "islamabad"]),
                               st.integers(0, 60), st.integers(0, 40), st.booleans()), max_size=8)


@given(_MEETINGS)
@settings(max_examples=150, deadline=None)
def test_merging_meetings_told_from_both_sides_loses_no_report(rows):
    events = []
    for n, (guest, host, country, place, start, length, city) in enumerate(rows):
        e = Event("meeting", guest, host, country, sources={f"doc-{n}"}, place_id=place, city_named=city and bool(place))
        e.date_start, e.date_end = _DAY + dt.timedelta(days=start), _DAY + dt.timedelta(days=start + length)
        events.append(e)
    before = set().union(*(e.sources for e in events)) if events else set()
    kept = one_meeting_told_from_both_sides(list(events))
    assert len(kept) <= len(events) and all(e in events for e in kept)
    assert (set().union(*(e.sources for e in kept)) if kept else set()) == before
    for e in kept:  # dates stay ordered (the narrower dates are taken only when inside the kept ones)
        assert e.date_start is not None and e.date_end is not None and e.date_start <= e.date_end
