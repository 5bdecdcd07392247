"""Event structure (issue 15): which engagement a clause tells, and which engagement the people
and spans it names land on. Reports written for the purpose (names and wording made up)."""

from __future__ import annotations

import datetime as dt

from extract_fixtures import POSITIONS, lexicon
from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.lexicon import Lexicon, Position, merge_dictionaries
from pakiran_events.extract.report import Reading, read_report

LEX = lexicon()


def _candidates(text: str, published: str = "2024-05-15"):
    return read_report("x-doc", text, published, LEX).candidates


def test_someone_present_during_the_meeting_joins_it_and_makes_no_meeting_of_their_own():
    text = ("Prime Minister Tariq Mahmood met Iran's Foreign Minister Karim Rostami in Islamabad on Monday. "
            "The two discussed trade. Interior Minister Saima Baig was also present during the meeting.")
    meetings = [c for c in _candidates(text) if c.kind == "meeting"]
    assert len(meetings) == 1
    assert {"tariq-mahmood", "karim-rostami", "saima-baig"} <= set(meetings[0].participants)


def test_a_meeting_named_in_a_presence_clause_that_is_not_a_back_reference_is_still_told():
    # the attendance phrase comes after the trigger: the sentence tells the meeting itself
    text = ("Foreign Minister Karim Rostami met Prime Minister Tariq Mahmood in Islamabad on Monday; "
            "Interior Minister Saima Baig was also present.")
    meetings = [c for c in _candidates(text) if c.kind == "meeting"]
    assert any(m.host == "tariq-mahmood" and m.guest == "karim-rostami" for m in meetings)


def test_hosts_seated_at_their_own_meetings_are_not_added_to_the_visit_by_a_reception_phrase():
    text = ("Iranian Foreign Minister Karim Rostami arrived in Islamabad on Monday on a two-day official visit. "
            "Rostami held talks with Prime Minister Tariq Mahmood along with Interior Minister Saima Baig on Tuesday.")
    cands = _candidates(text)
    visit = next(c for c in cands if c.kind == "visit")
    hosts = {c.host for c in cands if c.kind == "meeting"}
    assert "tariq-mahmood" in hosts
    assert not hosts & set(visit.participants)


def test_an_announcement_is_no_source_of_the_meetings_of_the_visit_it_announced():
    announced = ("times-20240512-rostami-due", "2024-05-12",
                 "Iranian Foreign Minister Karim Rostami arrives in Islamabad on Wednesday on a two-day visit.")
    held = ("daily-20240516-rostami-arrived", "2024-05-16",
            "Iranian Foreign Minister Karim Rostami arrived in Islamabad on Wednesday on a two-day visit. "
            "During the visit Rostami met Prime Minister Tariq Mahmood.")
    events = cluster([read_report(d, t, p, LEX) for d, p, t in (announced, held)])
    meetings = [e for e in events if e.kind == "meeting"]
    assert meetings
    for m in meetings:
        cited = {doc for spans in m.evidence.values() for doc, _ in spans}
        assert "times-20240512-rostami-due" not in cited


def test_an_office_with_a_rank_in_brackets_bounds_an_undated_reports_term():
    from pakiran_events.extract.candidates import _terms

    ranked = [Position("nadeem-anjum", "Chief of Army Staff (General)", "PAK", dt.date(2022, 11, 29), dt.date(2023, 6, 30)),
              Position("nadeem-anjum", "Corps Commander", "PAK", dt.date(2019, 1, 1), dt.date(2022, 11, 28)),
              *[p for p in POSITIONS if p.actor_id != "nadeem-anjum"]]
    lex = Lexicon(dict(LEX.actors), dict(LEX.aliases), dict(LEX.places), merge_dictionaries([]), ranked)
    r = Reading("x-doc", "General Nadeem Anjum spoke.", None, lex)
    assert _terms(r, "nadeem-anjum", "Chief of Army Staff") == [(dt.date(2022, 11, 29), dt.date(2023, 6, 30))]


def test_an_opening_line_summing_up_a_statement_told_at_a_meeting_is_not_the_visits_too():
    text = ("Iran and Pakistan agreed to share intelligence on militant groups, officials said. "
            "Iranian Foreign Minister Karim Rostami arrived in Islamabad on Monday on a two-day official visit. "
            "Rostami met Prime Minister Tariq Mahmood on Monday. "
            "The two leaders agreed to share intelligence on militant groups. "
            "On Tuesday Rostami held talks with Interior Minister Saima Baig on trade.")
    cands = _candidates(text)
    visit = next(c for c in cands if c.kind == "visit")
    meeting = next(c for c in cands if c.kind == "meeting" and c.host == "tariq-mahmood")
    assert "intelligence_sharing" in {x["commitment_type"] for x in meeting.commitments}
    assert "intelligence_sharing" not in {x["commitment_type"] for x in visit.commitments}


def _event(kind: str, guest: str, host: str | None, side: str, first: str, last: str, sources: set[str],
           country: str = "PAK", place: str | None = "islamabad"):
    from pakiran_events.extract.cluster import Event

    e = Event(kind, guest, host, country, sources=set(sources), place_id=place)
    e.date_start, e.date_end = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    e.participants[guest] = {"side": side, "titles": [], "spans": [], "names": []}
    return e


def test_a_delegation_members_meeting_goes_under_the_leaders_visit_its_report_tells():
    from pakiran_events.extract.cluster import attach_to_visits

    visit = _event("visit", "karim-rostami", None, "IRN", "2024-05-13", "2024-05-14", {"a", "b"})
    member = _event("meeting", "farid-karimzadeh", "saima-baig", "IRN", "2024-05-14", "2024-05-14", {"b"}, place=None)
    events = attach_to_visits([member, visit])
    assert events == [member, visit]  # same order: the writer orders them
    assert member.parent is visit
    assert member.place_id == "islamabad"  # no place of its own: the visit's city


def test_a_meeting_stays_alone_outside_the_visits_days_its_reports_or_its_side():
    from pakiran_events.extract.cluster import attach_to_visits

    visit = _event("visit", "karim-rostami", None, "IRN", "2024-05-13", "2024-05-14", {"a"})
    later = _event("meeting", "farid-karimzadeh", "saima-baig", "IRN", "2024-05-20", "2024-05-20", {"a"})
    unrelated = _event("meeting", "farid-karimzadeh", "saima-baig", "IRN", "2024-05-14", "2024-05-14", {"z"})
    host_side = _event("meeting", "tariq-mahmood", "farid-karimzadeh", "PAK", "2024-05-14", "2024-05-14", {"a"})
    elsewhere = _event("meeting", "farid-karimzadeh", "saima-baig", "IRN", "2024-05-14", "2024-05-14", {"a"},
                       country="IRN", place="tehran")
    attach_to_visits([visit, later, unrelated, host_side, elsewhere])
    assert all(m.parent is None for m in (later, unrelated, host_side, elsewhere))


def test_of_two_visits_holding_a_members_meeting_the_one_sharing_most_reports_is_its_parent():
    from pakiran_events.extract.cluster import attach_to_visits

    one = _event("visit", "karim-rostami", None, "IRN", "2024-05-10", "2024-05-16", {"a"})
    two = _event("visit", "hamid-sadeqi", None, "IRN", "2024-05-12", "2024-05-15", {"a", "b"})
    member = _event("meeting", "farid-karimzadeh", "saima-baig", "IRN", "2024-05-14", "2024-05-14", {"a", "b"})
    for order in ([one, two, member], [member, two, one]):
        member.parent = None
        attach_to_visits(order)
        assert member.parent is two


def test_a_minister_travelling_with_the_guest_meets_his_counterpart_within_the_visit():
    text = ("Iranian Foreign Minister Karim Rostami arrived in Islamabad on Monday on a two-day official visit. "
            "Rostami met Prime Minister Tariq Mahmood on Monday. Iran's Interior Minister Farid Karimzadeh, who "
            "is travelling with him, met Interior Minister Saima Baig in Islamabad on Tuesday.")
    events = cluster([read_report("daily-20240514-rostami-team", text, "2024-05-14", LEX)])
    visit = next(e for e in events if e.kind == "visit")
    member = next(e for e in events if e.kind == "meeting" and e.guest == "farid-karimzadeh")
    assert visit.guest == "karim-rostami"
    assert member.parent is visit
    assert (member.date_start, member.host) == (dt.date(2024, 5, 14), "saima-baig")
