"""Round 25 of extraction speed (issue 16): clustering's growth with copied reports. A report's
delegation is seated in its one held meeting by a per-report index (`_seat_entourage`), not by
scanning the whole time group for every visit candidate. It may not change a choice: the test
compares it with round 24's scan, kept here as the reference, on groups of reports copied 1-4
times (a replicated corpus repeats every report exactly)."""

from __future__ import annotations

import copy

from hypothesis import given, settings
from hypothesis import strategies as st

from pakiran_events.extract import cluster as cl
from pakiran_events.extract.report import Candidate


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
