"""Round 25 of extraction speed (issue 16): clustering's growth with copied reports. A report's
delegation is seated in its one held meeting by a per-report index (`_seat_entourage`), not by
scanning the whole time group for every visit candidate. It may not change a choice: the test
compares it with round 24's scan, kept here as the reference, on groups of reports copied 1-4
times (a replicated corpus repeats every report exactly). So may neither the announced trip's
cities kept per group (`_GroupSets`), a told length checked on a group's distinct days, nor
`background.joins_told` without a set made per item."""

from __future__ import annotations

import copy
import datetime as dt
import pickle
from concurrent.futures import Future

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pakiran_events.extract import cluster as cl
from pakiran_events.extract import run
from pakiran_events.extract.background import joins_told, stands_alone
from pakiran_events.extract.dates import DateCue
from pakiran_events.extract.report import Candidate, Span


def old_seat_entourage(group: list) -> None:
    """`_seat_entourage` as round 24 wrote it: the whole group scanned per visit candidate."""
    for doc, _, v in group:
        if v.kind != "visit":
            continue
        own = [c for d, _, c in group if d == doc and c.kind == "meeting" and not c.planned]
        if len(own) != 1:
            continue
        for actor, info in v.participants.items():
            if actor not in own[0].participants and info["side"] == v.participants.get(v.guest, {}).get("side"):
                own[0].participants[actor] = info


ACTORS = st.sampled_from(["g", "a1", "a2", "h"])
PEOPLE = st.dictionaries(ACTORS, st.sampled_from(["PAK", "IRN"]), max_size=3)
CANDIDATE = st.tuples(st.integers(0, 3), st.sampled_from(["visit", "meeting", "phone_call"]), st.booleans(), PEOPLE)


def _group(rows: list, copies: int) -> list:
    """(doc, published, candidate) items: each row's report told `copies` times under new ids,
    interleaved as a block's reading order gives them."""
    items = []
    for k in range(copies):
        for report, kind, planned, people in rows:
            c = Candidate(kind, "g", "h", "IRN", planned, 0)
            c.participants = {a: {"side": side, "title": None, "spans": [], "names": []} for a, side in people.items()}
            items.append((f"copy{k}-r{report}", None, c))
    return items


def _seated(group: list) -> list:
    return [(doc, c.kind, sorted((a, i["side"]) for a, i in c.participants.items())) for doc, _, c in group]


@settings(max_examples=200, deadline=None)
@given(rows=st.lists(CANDIDATE, max_size=12), copies=st.integers(1, 4))
def test_a_delegation_is_seated_as_scanning_the_group_did(rows, copies):
    """Every candidate's participants after seating are round 24's, on groups whose reports give
    no, one or several held meetings (planned ones never count), copied 1-4 times."""
    group = _group(rows, copies)
    reference = copy.deepcopy(group)
    cl._seat_entourage(group)
    old_seat_entourage(reference)
    assert _seated(group) == _seated(reference)


def test_a_report_with_one_held_meeting_seats_its_delegation_and_two_seat_none():
    """Fixed cases: the guest's side joins the one held meeting; two held meetings take nobody."""
    one = _group([(0, "visit", False, {"g": "PAK", "a1": "PAK", "h": "IRN"}), (0, "meeting", False, {"g": "PAK"}),
                  (0, "meeting", True, {})], 2)
    cl._seat_entourage(one)
    assert sorted(one[1][2].participants) == ["a1", "g"]
    assert one[2][2].participants == {}
    two = _group([(0, "visit", False, {"g": "PAK", "a1": "PAK"}), (0, "meeting", False, {"g": "PAK"}),
                  (0, "meeting", False, {})], 1)
    cl._seat_entourage(two)
    assert sorted(two[1][2].participants) == ["g"] and two[2][2].participants == {}


# -- announced trips and told lengths in `_split_in_time` --------------------------------------
class WholeGroupSets:
    """Round 24's reading of a group's set: the whole group, each time it is asked."""

    def __init__(self, groups: list[list], of) -> None:
        self.groups, self.of = groups, of

    def __call__(self, g: int) -> set:
        return self.of(self.groups[g])


START = dt.date(2024, 3, 4)
CITY = st.sampled_from([None, "tehran", "mashhad"])
# an announcement ('will visit Tehran on <day>'), a dated held report, or an undated held report
# telling a weekday ('returned home on Friday') and maybe a length ('a day-long visit')
ROW = st.one_of(
    st.tuples(st.just("announced"), st.integers(0, 40), CITY, st.none()),
    st.tuples(st.just("dated"), st.integers(0, 40), CITY, st.none()),
    st.tuples(st.just("undated"), st.integers(0, 6), CITY, st.sampled_from([None, 1, 2, 5])),
)


def _trip(doc: str, row: tuple) -> tuple:
    kind, at, city, length = row
    if kind == "undated":
        cues = [(DateCue(None, None, "day", weekday=at), Span(0, 1))]
    else:
        day = START + dt.timedelta(days=at)
        cues = [(DateCue(day, day, "day", ahead=kind == "announced"), Span(0, 1))]
    c = Candidate("visit", "g", "h", "IRN", kind == "announced", 0, travel=True, place_id=city,
                  departure=cues, duration=length)
    return (doc, None, c)


@settings(max_examples=300, deadline=None)
@given(rows=st.lists(ROW, max_size=10), copies=st.integers(1, 4))
def test_announced_trips_and_told_lengths_split_as_reading_every_group_whole_did(rows, copies):
    """A block of announced trips, dated and undated reports of held ones, copied 1-4 times: the
    groups are those given when each announced group's cities are read whole per undated report
    (`WholeGroupSets`) and a told length is checked against every anchor of the group."""
    items = [_trip(f"copy{k}-r{n}", row) for k in range(copies) for n, row in enumerate(rows)]
    got = [[id(item) for item in group] for group in cl._split_in_time(items)]
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(cl, "_GroupSets", WholeGroupSets)
        whole = [[id(item) for item in group] for group in cl._split_in_time(items)]
    assert got == whole


@settings(max_examples=200, deadline=None)
@given(rows=st.lists(ROW, min_size=1, max_size=6), days=st.lists(st.integers(0, 40), max_size=12))
def test_a_told_length_against_a_groups_distinct_days_is_against_every_anchor(rows, days):
    """`_beyond_told_length` on a group's distinct days (sorted) gives its verdict on every anchor."""
    told = [_trip(f"r{n}", row) for n, row in enumerate(rows)]
    anchors = sorted(START + dt.timedelta(days=d) for d in days)
    assert cl._beyond_told_length(told, sorted(set(anchors))) == cl._beyond_told_length(told, anchors)


# -- joins_told ----------------------------------------------------------------------------------
def old_joins_told(group: list) -> list:
    """`background.joins_told` as round 24 wrote it: a set made per item (`others - {doc}`)."""
    others = {doc for doc, _, c in group if not c.planned and stands_alone(c)}
    return [(doc, pub, c) for doc, pub, c in group if c.planned or stands_alone(c) or others - {doc}]


TOLD = st.tuples(st.integers(0, 3), st.booleans(), st.sampled_from(["day", "year", "none"]))


@settings(max_examples=200, deadline=None)
@given(rows=st.lists(TOLD, max_size=10), copies=st.integers(1, 4))
def test_recollections_join_as_with_a_set_per_item(rows, copies):
    """Planned, dated and undated ('year' only: a recollection with no time of its own) candidates
    of reports copied 1-4 times: the kept items are round 24's, in order."""
    group = []
    for k in range(copies):
        for report, planned, when in rows:
            day = dt.date(2024, 3, 4)
            cues = {"day": [(DateCue(day, day, "day"), Span(0, 1))],
                    "year": [(DateCue(day.replace(month=1, day=1), day.replace(month=12, day=31), "year"), Span(0, 1))],
                    "none": []}[when]
            group.append((f"copy{k}-r{report}", None, Candidate("visit", "g", "h", "IRN", planned, 0, dates=cues)))
    assert [(d, id(c)) for d, _, c in joins_told(group)] == [(d, id(c)) for d, _, c in old_joins_told(group)]


# -- the Lexicon sent to the local workers once (issue 16 item 3) -------------------------------
class RecordingPool:
    """A stand-in for the local worker pool: records each task's function and arguments."""

    def __init__(self) -> None:
        self.tasks: list[tuple] = []

    def submit(self, fn, *args):
        self.tasks.append((fn, args))
        done: Future = Future()
        done.set_result(("read", (0, 0.0, 0.0)))
        return done


def test_each_local_task_carries_the_lexicons_path_not_the_lexicon(tmp_path):
    """`read_corpus` on the local processes: every task's arguments are paths (a chunk's rows
    file, the pickled lexicon, the shard), a few hundred bytes, the same lexicon path in each."""
    pool = RecordingPool()
    chunks = [tmp_path / f"rows-{n}.pickle" for n in range(5)]
    shards = [tmp_path / f"spans-{n}.parquet" for n in range(5)]
    parts = run._on_pool(pool, chunks, str(tmp_path / "lexicon.pickle"), shards, show=False, sizes=[64] * 5)
    assert len(parts) == 5 and len(pool.tasks) == 5
    assert {args[1] for _, args in pool.tasks} == {str(tmp_path / "lexicon.pickle")}
    for fn, args in pool.tasks:
        assert fn is run.read_chunk_file and all(isinstance(a, str) for a in args)
        assert len(pickle.dumps(args)) < 1000


def test_a_worker_loads_the_pickled_lexicon_once_for_all_its_tasks(tmp_path, monkeypatch):
    """`run._lexicon` by path: the file is unpickled on a worker's first task only."""
    path = tmp_path / "lexicon.pickle"
    path.write_bytes(pickle.dumps({"stand-in": "lexicon"}))
    loads = []
    real_load = pickle.load
    monkeypatch.setattr(run, "_LEXICONS", {})
    monkeypatch.setattr(run.pickle, "load", lambda fh: loads.append(1) or real_load(fh))
    first = run._lexicon(str(path))
    assert all(run._lexicon(str(path)) is first for _ in range(3))
    assert len(loads) == 1
