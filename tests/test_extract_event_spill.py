"""Events waiting to be written keep their cited spans on disk (issue 16, item 3: the parent's
memory): `run.EventSpill` takes an event's evidence, participants' spans and names, and its
commitments as soon as its block is clustered; a pass across blocks or the writer reads them
back (`Event.full`) and drops them again after use (`Event.release`). Nothing of the output may
change: the rows are those of clustering in memory. Fixtures are made up here; the corpus test
reads the corpus folders at run time (skipped when absent)."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from conftest import CORPUS_FOLDERS
from pakiran_events.extract import write
from pakiran_events.extract.cluster import Event, attach_to_visits, cluster, one_meeting_told_from_both_sides
from pakiran_events.extract.mentions import Span
from pakiran_events.extract.run import (
    EventSpill,
    candidates_file,
    cluster_streamed,
    manifests,
    read_one,
    write_candidates,
)


def _event(kind: str, guest: str, host: str | None, country: str, day: dt.date, docs: list[str]) -> Event:
    e = Event(kind, guest, host, country, sources=set(docs), date_start=day, date_end=day)
    for n, doc in enumerate(docs):
        e.cite("event_type", doc, Span(10 * n, 10 * n + 5))
        e.cite("date", doc, Span(100 + n, 104 + n))
    e.participants[guest] = {"side": "PAK", "titles": ["minister"], "spans": [(docs[0], Span(1, 2))],
                             "names": [(docs[0], Span(3, 4))]}
    e.commitments.append({"commitment_type": "border_security", "modality": "agreed", "parties": ["PAK", "IRN"],
                          "span": Span(50, 60), "doc": docs[0]})
    return e


def _heavy(e: Event) -> tuple:
    return ({k: list(v) for k, v in e.evidence.items()},
            {a: (i.get("spans"), i.get("names")) for a, i in e.participants.items()}, e.commitments)


def test_a_spilled_event_comes_back_as_it_was_and_leaves_its_shell_in_memory(tmp_path):
    e = _event("meeting", "pk-fm", "ir-fm", "IRN", dt.date(2031, 5, 2), ["d1", "d2"])
    before = copy.deepcopy(_heavy(e))
    with EventSpill(tmp_path / "events.spill") as spill:
        spill.put(e)
        assert e.out and not e.evidence and not e.commitments
        assert e.participants == {"pk-fm": {"side": "PAK", "titles": ["minister"]}}  # sides and titles stay
        assert e.sources == {"d1", "d2"} and e.date_start == dt.date(2031, 5, 2)
        assert _heavy(e.full()) == before  # cited spans in their first-cited order, as before
        assert not e.out
        e.release()
        assert e.out and not e.evidence
        assert _heavy(e.full()) == before  # read back again after use
        e.cite("venue", "d2", Span(70, 75))  # changed: put again, the new copy is the one read
        spill.put(e)
        assert list(e.full().evidence) == ["event_type", "date", "venue"]


def test_an_event_never_spilled_keeps_its_spans_through_release():
    e = _event("visit", "pk-pm", None, "IRN", dt.date(2031, 5, 1), ["d1"])
    e.release()
    assert not e.out and e.evidence["event_type"] and e.participants["pk-pm"]["spans"]


def test_the_passes_across_blocks_read_spilled_spans_back(tmp_path):
    """A meeting told from both sides is merged, and a stand-alone meeting is put under the visit
    of its side in the same days: both need spans that were on disk; the result is that of the
    same events never spilled."""

    def made():
        visit = _event("visit", "pk-pm", None, "IRN", dt.date(2031, 5, 2), ["v1", "m1"])
        visit.participants["pk-pm"]["side"] = "PAK"
        visit.place_id = "tehran"
        visit.cite("place_id", "m1", Span(200, 206))
        member = _event("meeting", "pk-fm", "ir-fm", "IRN", dt.date(2031, 5, 2), ["m1"])
        here = _event("meeting", "ir-im", "pk-im", "PAK", dt.date(2031, 6, 9), ["h1"])
        there = _event("meeting", "pk-im", "ir-im", "IRN", dt.date(2031, 6, 9), ["t1"])
        there.participants["pk-im"]["side"] = "PAK"
        return [visit, member, here, there]

    plain = one_meeting_told_from_both_sides(attach_to_visits(made()))
    spilled = made()
    with EventSpill(tmp_path / "events.spill") as spill:
        for e in spilled:
            spill.put(e)
        got = one_meeting_told_from_both_sides(attach_to_visits(spilled))
        assert len(got) == len(plain) == 3  # the two tellings of the June meeting are one
        assert got[1].parent is got[0] and got[1].place_id == "tehran"
        assert [_heavy(e.full()) for e in got] == [_heavy(e) for e in plain]


@pytest.mark.skipif(not all((f / "manifest.csv").is_file() for f in CORPUS_FOLDERS),
                    reason="the news corpus folders are not beside the checkout (CI has them)")
def test_streamed_clustering_with_a_spill_writes_the_rows_of_clustering_in_memory(tmp_path):
    from pakiran_events.extract.lexicon import load_lexicon

    entries, lex = manifests(list(CORPUS_FOLDERS)), load_lexicon()
    reads = [r for r in (read_one(e, lex)[0] for e in entries) if not r.problem]
    expected = write.event_rows(cluster((r.doc_id, r.published, copy.deepcopy(r.candidates)) for r in reads), lex, {})
    files = []
    for n in range(0, len(reads), 11):
        path = candidates_file(tmp_path / f"spans-{n:06d}.parquet")
        write_candidates(reads[n:n + 11], path)
        files.append(path)
    with EventSpill(tmp_path / "events.spill") as spill:
        events = cluster_streamed(files, spill)
        assert len(events) > 20 and all(e.out and not e.evidence and not e.commitments for e in events)
        rows = write.event_rows(events, lex, {})
        assert all(e.out for e in events)  # dropped again once written
    assert rows == expected
