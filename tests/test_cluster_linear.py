"""Clustering that looks up instead of scanning (issue 16, item 3): an undated item of a block
sees only the time groups its month, day without a year or term of office can reach; a stand-alone
meeting only the visits sharing a report with it; a meeting told from one side only the other
side's tellings near its days. Each lookup must make the same choice, ties included, as scanning
every group or event did: fixtures written for the purpose (made-up dates and report ids) for
each tie rule, and Hypothesis comparisons with the plain scans, kept here as the reference."""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st

from pakiran_events.extract import cluster as cl
from pakiran_events.extract.cluster import Event, attach_to_visits, one_meeting_told_from_both_sides
from pakiran_events.extract.dates import DateCue
from pakiran_events.extract.report import Candidate

BASE = dt.date(2021, 1, 1)


# -- the plain scans (the rules as they were written before the lookups) ----------------------
def plain_split_in_time(items: list) -> list[list]:
    """`_split_in_time` scanning every group for every undated item."""
    anchors = [cl._anchor(c, pub) for _, pub, c in items]
    dated = sorted((a, n) for n, a in enumerate(anchors) if a is not None)
    groups, days, docs, last = [], [], [], None
    for day, n in dated:
        if last is None or (day - last).days > cl.VISIT_GAP_DAYS:
            groups.append([]), days.append([]), docs.append(set())
        groups[-1].append(items[n]), days[-1].append(day), docs[-1].add(items[n][0])
        last = day
    alone: list = []
    undated = [items[n] for n in range(len(items)) if anchors[n] is None]

    def join(g, item):
        groups[g].append(item)
        docs[g].add(item[0])

    by_month: dict = {}
    for item in [i for i in undated if cl._month_of(i[2])]:
        first, last = cl._month_of(item[2])
        near = sorted((g for g in range(len(groups)) if cl._within(days[g], first, last)
                       and cl._fits(item[2].term, days[g])), key=lambda g: -len(docs[g]))
        if near and (len(near) == 1 or len(docs[near[0]]) > len(docs[near[1]])):
            join(near[0], item)
        else:
            by_month.setdefault((first, last), []).append(item)
        undated.remove(item)
    own: dict = {}
    for item in [i for i in undated if cl._month_days(i[2])]:
        mds = cl._month_days(item[2])
        near = sorted((min(abs((d[0] - k).days) for md in mds if (d := cl.on_known_days(days[g], md)) for k in days[g]), g)
                      for g in range(len(groups)) if cl._fits(item[2].term, days[g])
                      and any(cl.on_known_days(days[g], md) for md in mds))
        if len(near) == 1 or len(near) > 1 and near[0][0] < near[1][0]:
            join(near[0][1], item)
            undated.remove(item)
        elif item[2].stand_in:
            undated.remove(item)
        elif not near and item[2].kind == "visit":
            own.setdefault(item[0], []).append(item)
            undated.remove(item)
    for told in cl._by_report(undated):
        term = cl._joint_term([item[2].term for item in told])
        fits = sorted((g for g in range(len(groups)) if cl._fits(term, days[g])), key=lambda g: -len(docs[g]))
        if len(fits) == 1 or len(fits) > 1 and len(docs[fits[0]]) > len(docs[fits[1]]):
            for item in told:
                join(fits[0], item)
        else:
            alone += told
    return groups + list(by_month.values()) + list(own.values()) + ([alone] if alone else [])


def plain_attach(events: list[Event]) -> list[Event]:
    """`attach_to_visits` scanning every visit of the country for every meeting."""
    visits = defaultdict(list)
    for e in events:
        if e.kind == "visit" and e.date_start is not None:
            visits[e.country].append(e)
    for m in events:
        if m.kind != "meeting" or m.parent is not None or m.date_start is None or m.date_end is None:
            continue
        fits = [v for v in visits.get(m.country, ()) if v.guest != m.host and cl._same_side(m, v)
                and v.date_start <= m.date_start and m.date_end <= v.date_end and m.sources & v.sources]
        if fits:
            m.parent = min(fits, key=lambda v: (-len(m.sources & v.sources), v.date_start, v.guest or ""))
    return events


def plain_both_sides(events: list[Event]) -> list[Event]:
    """`one_meeting_told_from_both_sides` comparing every pair of a dyad's meetings."""
    by_pair = defaultdict(list)
    for e in events:
        if e.kind == "meeting" and e.guest and e.host and e.date_start and e.date_end \
                and (e.date_end - e.date_start).days <= cl.SHORT_DAYS:
            by_pair[tuple(sorted((e.guest, e.host)))].append(e)
    gone: set[int] = set()
    for told in by_pair.values():
        for k, a in enumerate(told):
            for b in told[k + 1:]:
                if id(a) in gone or id(b) in gone or a.guest != b.host or a.country == b.country \
                        or a.date_start > b.date_end or b.date_start > a.date_end:
                    continue
                kept, other = sorted((a, b), key=cl._placed_rank)
                cl._merge_meeting(kept, other)
                gone.add(id(other))
    return [e for e in events if id(e) not in gone]


# -- items written for the purpose -----------------------------------------------------------
def _day(n: int) -> dt.date:
    return BASE + dt.timedelta(days=n)


def _item(doc: str, when: tuple = ("none",), published: dt.date | None = None, term=None, kind="visit",
          stand_in=False) -> tuple:
    """(doc, published, candidate) of guest g in IRN, dated by `when`: ("day", date), ("month",
    year, month), ("yearless", month, day) or ("none",)."""
    cues = []
    if when[0] == "day":
        cues = [(DateCue(when[1], when[1], "day"), (0, 1))]
    elif when[0] == "month":
        first = dt.date(when[1], when[2], 1)
        cues = [(DateCue(first, cl._month_end(first), "month"), (0, 1))]
    elif when[0] == "yearless":
        cues = [(DateCue(None, None, "day", month_day=(when[1], when[2], when[2])), (0, 1))]
    c = Candidate(kind, "g", "h", "IRN", False, 0, travel=True, stand_in=stand_in, dates=cues, term=term)
    return (doc, published, c)


def _placed(items: list, groups: list[list]) -> list[list[int]]:
    at = {id(item): n for n, item in enumerate(items)}
    return [[at[id(item)] for item in group] for group in groups]


def _split(items: list) -> list[list[int]]:
    got = _placed(items, cl._split_in_time(items))
    assert got == _placed(items, plain_split_in_time(items))
    return got


# -- a month told without a day ----------------------------------------------------------------
def test_a_month_only_report_joins_the_engagement_of_its_month_told_by_more_reports():
    items = [_item("r1", ("day", dt.date(2022, 4, 3))), _item("r2", ("day", dt.date(2022, 4, 25))),
             _item("r3", ("day", dt.date(2022, 4, 26))), _item("r4", ("month", 2022, 4))]
    assert _split(items) == [[0], [1, 2, 3]]


def test_a_month_only_report_with_two_engagements_told_equally_makes_its_own():
    items = [_item("r1", ("day", dt.date(2022, 4, 3))), _item("r2", ("day", dt.date(2022, 4, 25))),
             _item("r4", ("month", 2022, 4))]
    assert _split(items) == [[0], [1], [2]]


def test_a_month_only_report_ignores_an_engagement_whose_days_end_before_its_month():
    # the group of 22-31 March ends the day before April: only April's own engagement is near
    items = [_item("r1", ("day", dt.date(2022, 3, 22))), _item("r2", ("day", dt.date(2022, 3, 31))),
             _item("r3", ("day", dt.date(2022, 4, 20))), _item("r4", ("month", 2022, 4))]
    assert _split(items) == [[0, 1], [2, 3]]


# -- a day without its year --------------------------------------------------------------------
def test_a_day_without_a_year_joins_the_nearest_engagement_of_any_year():
    items = [_item("r1", ("day", dt.date(2021, 6, 12))), _item("r2", ("day", dt.date(2022, 6, 18))),
             _item("r3", ("yearless", 6, 11))]
    assert _split(items) == [[0, 2], [1]]


def test_a_day_without_a_year_as_near_two_engagements_is_a_visit_of_its_own():
    items = [_item("r1", ("day", dt.date(2021, 6, 12))), _item("r2", ("day", dt.date(2022, 6, 12))),
             _item("r3", ("yearless", 6, 14))]
    assert _split(items) == [[0], [1], [2]]
    # a stand-in for an office with no engagement it alone fits is no engagement at all
    items[2] = _item("r3", ("yearless", 6, 14), stand_in=True)
    assert _split(items) == [[0], [1]]
    # within the participants' term only the second year is possible
    items[2] = _item("r3", ("yearless", 6, 14), term=(dt.date(2022, 1, 1), dt.date(2022, 12, 31)))
    assert _split(items) == [[0], [1, 2]]


def test_a_day_without_a_year_across_the_new_year_and_the_29th_of_february():
    items = [_item("r1", ("day", dt.date(2023, 12, 30))), _item("r2", ("day", dt.date(2024, 3, 2))),
             _item("r3", ("yearless", 1, 4)), _item("r4", ("yearless", 2, 29))]
    assert _split(items) == [[0, 2], [1, 3]]


# -- no date at all: the engagement most reports tell of ---------------------------------------
def test_an_undated_report_joins_the_engagement_told_by_most_reports_counting_those_joined_before():
    tie = [_item("r1", ("day", dt.date(2022, 4, 3))), _item("r2", ("day", dt.date(2022, 9, 3)))]
    assert _split([*tie, _item("r5")]) == [[0], [1], [2]]  # equally told: its own
    # a month-only report joins September's engagement first: now it is told by more reports
    items = [*tie, _item("r4", ("month", 2022, 9)), _item("r5")]
    assert _split(items) == [[0], [1, 2, 3]]


def test_an_undated_report_within_a_term_sees_only_the_engagements_in_that_term():
    items = [_item("r1", ("day", dt.date(2022, 4, 3))), _item("r2", ("day", dt.date(2022, 9, 3))),
             _item("r3", ("day", dt.date(2022, 9, 4))), _item("r5", term=(dt.date(2022, 1, 1), dt.date(2022, 6, 30)))]
    assert _split(items) == [[0, 3], [1, 2]]


WHEN = st.one_of(st.tuples(st.just("day"), st.integers(0, 900).map(_day)),
                 st.tuples(st.just("month"), st.integers(2021, 2023), st.integers(1, 12)),
                 st.tuples(st.just("yearless"), st.integers(1, 12), st.integers(1, 31)),
                 st.just(("none",)))
TERM = st.one_of(st.none(), st.tuples(st.integers(0, 900), st.integers(0, 400)).map(
    lambda t: (_day(t[0]), _day(t[0] + t[1]))))
ITEM = st.tuples(st.sampled_from([f"r{n}" for n in range(6)]), WHEN, st.one_of(st.none(), st.integers(0, 900).map(_day)),
                 TERM, st.sampled_from(["visit", "meeting"]), st.booleans())


@given(st.lists(ITEM, max_size=24))
@settings(max_examples=300, deadline=None)
def test_the_lookups_split_a_block_as_scanning_every_group_did(rows):
    items = [_item(doc, when, pub, term, kind, stand_in) for doc, when, pub, term, kind, stand_in in rows]
    _split(items)


# -- across blocks -----------------------------------------------------------------------------
def _event(kind, guest, host, start, length, sources, side="IRN", country="IRN", city=False):
    e = Event(kind, guest, host, country, sources=set(sources))
    e.date_start, e.date_end = _day(start), _day(start + length)
    e.participants[guest] = {"side": side, "titles": [], "spans": [], "names": []}
    e.city_named = city
    return e


def test_a_visit_sharing_no_report_with_a_meeting_never_takes_it_however_well_it_fits():
    visit = _event("visit", "v1", None, 0, 5, {"a"})
    member = _event("meeting", "m1", "h1", 2, 0, {"b"})
    attach_to_visits([visit, member])
    assert member.parent is None


def test_of_visits_sharing_as_many_reports_and_starting_the_same_day_the_guest_then_the_order_decides():
    later_name = _event("visit", "v2", None, 0, 5, {"a"})
    earlier_name = _event("visit", "v1", None, 0, 5, {"a"})
    twin = _event("visit", "v1", None, 0, 5, {"a"})
    member = _event("meeting", "m1", "h1", 2, 0, {"a"})
    attach_to_visits([later_name, twin, earlier_name, member])
    assert member.parent is twin  # v1 before v2; of the two v1 visits the first in the events


VISITS = st.lists(st.tuples(st.sampled_from(["v1", "v2", "h1"]), st.integers(0, 30), st.integers(0, 10),
                            st.sets(st.sampled_from("abcd"), min_size=1), st.sampled_from(["IRN", "PAK"]),
                            st.sampled_from(["IRN", "PAK"])), max_size=8)
MEETINGS = st.lists(st.tuples(st.sampled_from(["m1", "m2"]), st.sampled_from(["h1", "v1"]), st.integers(0, 40),
                              st.integers(0, 3), st.sets(st.sampled_from("abcd"), min_size=1),
                              st.sampled_from(["IRN", "PAK"]), st.sampled_from(["IRN", "PAK"])), max_size=8)


@given(VISITS, MEETINGS, st.randoms(use_true_random=False))
@settings(max_examples=300, deadline=None)
def test_looking_visits_up_by_report_attaches_as_scanning_every_visit_did(visits, meetings, rnd):
    def made():
        events = [_event("visit", g, None, s, n, src, side, country) for g, s, n, src, side, country in visits]
        events += [_event("meeting", g, h, s, n, src, side, country) for g, h, s, n, src, side, country in meetings]
        return events

    order = list(range(len(visits) + len(meetings)))
    rnd.shuffle(order)
    ours, plain = made(), made()
    ours, plain = [ours[n] for n in order], [plain[n] for n in order]
    attach_to_visits(ours)
    plain_attach(plain)
    assert [ours.index(e.parent) if e.parent else None for e in ours] == \
           [plain.index(e.parent) if e.parent else None for e in plain]


def test_a_merge_that_narrows_a_meetings_days_keeps_a_later_telling_out():
    # a (its reports name a city: it is kept) overlaps b (one day) and c (day 8); b is narrower,
    # so a takes b's day, and c no longer overlaps it: c stays a meeting of its own, as before
    a = _event("meeting", "x", "y", 0, 10, {"a"}, country="IRN", city=True)
    b = _event("meeting", "y", "x", 2, 0, {"b"}, country="PAK")
    c = _event("meeting", "y", "x", 8, 0, {"c"}, country="PAK")
    kept = one_meeting_told_from_both_sides([a, b, c])
    assert kept == [a, c] and (a.date_start, a.date_end) == (_day(2), _day(2))


def test_a_telling_that_starts_on_the_other_tellings_last_day_or_a_month_before_its_first_is_the_same_meeting():
    for a_days, b_days in (((0, 10), (10, 0)), ((31, 5), (0, 31))):
        a = _event("meeting", "x", "y", *a_days, {"a"}, country="IRN", city=True)
        b = _event("meeting", "y", "x", *b_days, {"b"}, country="PAK")
        assert one_meeting_told_from_both_sides([a, b]) == [a] and a.sources == {"a", "b"}
    a = _event("meeting", "x", "y", 11, 5, {"a"}, country="IRN")
    b = _event("meeting", "y", "x", 0, 10, {"b"}, country="PAK")
    assert one_meeting_told_from_both_sides([a, b]) == [a, b]  # a day apart: two meetings


BOTH = st.lists(st.tuples(st.sampled_from(["x", "y", "z"]), st.sampled_from(["x", "y"]), st.sampled_from(["IRN", "PAK"]),
                          st.integers(0, 40), st.sampled_from([0, 0, 1, 3, 10, 31, 32]), st.booleans(), st.booleans()),
                max_size=10)


@given(BOTH)
@settings(max_examples=300, deadline=None)
def test_looking_up_the_other_sides_tellings_merges_as_comparing_every_pair_did(rows):
    def made():
        events = []
        for guest, host, country, start, length, city, in_visit in rows:
            e = _event("meeting", guest, host, start, length, {f"d{len(events)}"}, country=country, city=city)
            if in_visit:
                e.parent = _event("visit", guest, None, start, length, {"v"})
            events.append(e)
        return events

    ours, plain = made(), made()
    got, want = one_meeting_told_from_both_sides(ours), plain_both_sides(plain)
    assert [ours.index(e) for e in got] == [plain.index(e) for e in want]
    assert [(e.date_start, e.date_end, sorted(e.sources)) for e in got] == \
           [(e.date_start, e.date_end, sorted(e.sources)) for e in want]


def test_the_lookups_do_not_depend_on_a_bisect_of_unsorted_days():
    # the groups' first and last days the lookups bisect are in time order and never interleave
    items = [_item(f"r{n}", ("day", _day(n * 7))) for n in range(12)] + [_item("r9", ("day", _day(400)))]
    timed = cl._TimeGroups(*_days(cl._split_in_time(items)))
    assert timed.firsts == sorted(timed.firsts) and all(a < b for a, b in zip(timed.lasts, timed.firsts[1:]))
    assert bisect.bisect_left(timed.lasts, _day(100)) == 1


def _days(groups):
    return groups, [sorted(cl._anchor(c, pub) for _, pub, c in g) for g in groups]
