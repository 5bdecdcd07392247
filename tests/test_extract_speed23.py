"""Round 23 of extraction speed (issue 16): clustering no longer rescans every anchor of a time
group for each undated report. A day told without a year is placed against the group's distinct
days (`_TimeGroups.distinct`), and the day vote's tie-break takes each vote's position rather than
`list.index`. Neither may change a choice: each test compares the new form with the old one, kept
here as the reference, on inputs full of repeated days (a widely reported engagement is told on
the same few days by many reports, and a replicated corpus repeats them exactly)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from hypothesis import example, given, settings
from hypothesis import strategies as st

from pakiran_events.extract import cluster as cl
from test_cluster_linear import _item, _split

BASE = dt.date(2023, 12, 20)  # a year's end inside the drawn days: the year of a yearless day matters
DAYS = st.integers(0, 40).map(lambda n: BASE + dt.timedelta(days=n))
MONTH_DAY = st.tuples(st.integers(1, 12), st.integers(1, 31), st.integers(1, 31))


def old_on_known_days(known: list[dt.date], month_day) -> tuple[dt.date, dt.date] | None:
    """`on_known_days` as round 22 wrote it: every anchor of the group, repeats and all."""
    if not known or month_day is None:
        return None
    month, first, last = month_day
    best = None
    for year in sorted({d.year + shift for d in known for shift in (-1, 0, 1)}):
        try:
            a = dt.date(year, month, first)
            b = dt.date(year, month, last) if last >= first else a
        except ValueError:
            continue
        distance = min(abs((a - d).days) for d in known)
        if distance <= cl.VISIT_GAP_DAYS and (best is None or distance < best[0]):
            best = (distance, a, b)
    return (best[1], best[2]) if best else None


def old_day_vote(votes: list) -> dt.date:
    """`_day_vote` as round 22 wrote it (its tie-break by `votes.index`)."""
    counts = Counter(d for d, *_ in votes)
    best = max(counts.values())
    lag = lambda v: ((v[3] - v[0]).days if v[3] is not None and v[3] >= v[0] else 10**6)
    return min((v for v in votes if counts[v[0]] == best), key=lambda v: (lag(v), votes.index(v)))[0]


@settings(max_examples=500, deadline=None)
@given(st.lists(DAYS, max_size=30), MONTH_DAY)
@example([dt.date(2023, 12, 30)] * 5 + [dt.date(2024, 1, 2)], (1, 1, 1))   # nearest across the new year
@example([dt.date(2024, 2, 28)] * 3, (2, 29, 29))                          # only a leap year has the day
def test_a_yearless_day_is_placed_against_the_distinct_days_as_against_every_anchor(known, month_day):
    distinct = sorted(set(known))
    assert cl.on_known_days(distinct, month_day) == old_on_known_days(known, month_day)
    # the nearest distance `_split_in_time` sorts the candidate groups by, over distinct days and over all
    got = cl.on_known_days(distinct, month_day)
    if got:
        assert min(abs((got[0] - k).days) for k in distinct) == min(abs((got[0] - k).days) for k in known)


VOTE = st.tuples(DAYS, st.tuples(st.integers(0, 3), st.integers(4, 6)), st.sampled_from(["r1", "r2", "r3"]),
                 st.one_of(st.none(), DAYS), st.just(False))  # no bare weekday: round 24's standing ties nothing here


@settings(max_examples=500, deadline=None)
@given(st.lists(VOTE, min_size=1, max_size=25))
def test_the_day_vote_breaks_a_tie_as_the_first_vote_did(votes):
    votes = votes + votes[: len(votes) // 2]  # equal votes repeated, as replicated reports give them
    assert cl._day_vote(votes) == old_day_vote(votes)


YEARLESS = st.tuples(st.sampled_from([f"r{n}" for n in range(8)]),
                     st.one_of(st.tuples(st.just("day"), DAYS),
                               st.tuples(st.just("yearless"), st.integers(12, 12) | st.integers(1, 1), st.integers(1, 31)),
                               st.just(("none",))),
                     st.one_of(st.none(), DAYS), st.none(), st.sampled_from(["visit", "meeting"]), st.booleans())


@settings(max_examples=300, deadline=None)
@given(st.lists(YEARLESS, max_size=30), st.integers(1, 4))
def test_a_block_of_repeated_days_splits_as_scanning_every_anchor_did(rows, copies):
    # every report told `copies` times under new ids (a replicated corpus): the groups' days repeat
    rows = [(f"{doc}-{k}", *rest) for k in range(copies) for doc, *rest in rows]
    _split([_item(doc, when, pub, term, kind, stand_in) for doc, when, pub, term, kind, stand_in in rows])


# -- the manifest's rows wait in files during the read stage (run.RowChunks) -------------------
ROW = st.fixed_dictionaries({"doc_id": st.text("abc-1", min_size=1, max_size=8), "file": st.text(max_size=12),
                             "published": st.one_of(st.just(""), st.dates().map(dt.date.isoformat))})


@settings(max_examples=60, deadline=None)
@given(st.lists(ROW, max_size=3 * 64 + 5))
def test_the_rows_left_in_files_come_back_as_the_chunks_of_the_list(tmp_path_factory, rows):
    from pakiran_events.extract.run import CHUNK, RowChunks

    folder = tmp_path_factory.mktemp("rows")
    spilled = RowChunks.spilled(rows, folder / "rows")
    expected = [rows[i:i + CHUNK] for i in range(0, len(rows), CHUNK)]
    assert [spilled.chunk(n) for n in range(len(spilled.paths))] == expected
    assert spilled.sizes == [len(c) for c in expected] and len(spilled) == len(rows)
    assert all(p.parent == folder / "rows" for p in spilled.paths)
