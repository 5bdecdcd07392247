"""Grouping and guest choice, ninth round (issue 15): who the guest of an engagement is when the
report does not name them, and which engagement an undated report joins. Every sentence is
written for the purpose (names and wording made up; nothing from the corpus)."""

from __future__ import annotations

import datetime as dt

from extract_fixtures import VISIT_DAY_ONE, lexicon
from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.dates import date_cues
from pakiran_events.extract.lexicon import Lexicon
from pakiran_events.extract.report import read_report

LEX = lexicon()


def _with_embassy() -> Lexicon:
    """The fixture lexicon with the Iranian embassy in Pakistan, the body an unnamed Iranian
    ambassador stands for (titles.yaml `groups`)."""
    actors = {**LEX.actors, "iran-embassy-pakistan": {"actor_id": "iran-embassy-pakistan", "name": "Embassy of Iran",
                                                      "actor_type": "organisation", "country_iso3": "IRN"}}
    return Lexicon(actors, dict(LEX.aliases), dict(LEX.places), LEX.dictionaries, list(LEX.positions))


def _candidates(text: str, published: str | None = "2024-05-15", lex: Lexicon = LEX):
    return read_report("x-doc", text, published, lex).candidates


def test_the_guest_of_a_visit_is_not_one_of_those_who_welcomed_them_in_the_host_country():
    # the foreign minister is the table's holder because the report names him (round 20, CURATION.md §6)
    text = ("The Iranian foreign minister, who was received in Islamabad by Interior Minister Saima Baig and "
            "Prime Minister Tariq Mahmood, landed in Pakistan on Monday. Karim Rostami took office in 2021.")
    visits = [c for c in _candidates(text) if c.kind == "visit"]
    assert [(c.guest, c.country) for c in visits] == [("karim-rostami", "PAK")]
    # nobody of the other side in the frame: someone coming home is still no visit
    assert not [c for c in _candidates("Interior Minister Saima Baig returned to Pakistan on Monday.") if c.kind == "visit"]


def test_an_office_told_without_a_holder_is_not_filled_by_the_reports_most_named_person():
    text = ("Iranian Interior Minister Ahmad Vahidi said the border posts would open soon. "
            "Vahidi praised the work of the officers. "
            "The decision was taken during the Iranian Foreign Minister's visit to Pakistan on March 3, this year.")
    visits = [c for c in _candidates(text, None) if c.kind == "visit"]
    assert "ahmad-vahidi" not in {c.guest for c in visits}
    # each holder of the office in the table stands in, marked as such, for clustering to choose
    assert {c.guest for c in visits} == {"karim-rostami", "farid-karimzadeh"}
    assert all(c.stand_in for c in visits)
    # a report with a date resolves the office through the table: no stand-ins
    dated = [c for c in _candidates(text.replace(", this year", ""), "2024-05-15") if c.kind == "visit"]
    assert not any(c.stand_in for c in dated)


def test_a_stand_in_joins_its_holders_engagement_on_that_day_and_the_others_make_nothing():
    undated = ("x-undated-liaison", None,
               "Border liaison officers were appointed. The decision was taken during the Iranian Foreign "
               "Minister's visit to Pakistan on May 13, this year.")
    reports = [read_report(d, t, p, LEX) for d, p, t in (VISIT_DAY_ONE, undated)]
    events = cluster(reports)
    joined = [e for e in events if "x-undated-liaison" in {doc for doc, _, _ in e.members}]
    assert [(e.kind, e.guest) for e in joined] == [("visit", "karim-rostami")]
    assert VISIT_DAY_ONE[0] in {doc for doc, _, _ in joined[0].members}
    assert not [e for e in events if e.guest == "farid-karimzadeh"]


def test_an_ambassador_told_by_office_is_the_guest_not_the_reports_most_named_person():
    lex = _with_embassy()
    text = ("Foreign Minister Karim Rostami is expected in Islamabad later this year, officials said. "
            "Rostami has been invited by the prime minister. "
            "Border security came up in a meeting between Interior Minister Saima Baig and the Iranian Ambassador "
            "in Islamabad on Tuesday.")
    found = _candidates(text, "2024-05-15", lex)
    assert [(c.guest, c.host) for c in found if c.kind == "meeting"] == [("iran-embassy-pakistan", "saima-baig")]
    # an ambassador lives where they serve: the call implies no trip
    assert not [c for c in found if c.kind == "visit" and c.guest == "iran-embassy-pakistan"]


def test_an_organisation_beside_a_delegation_it_welcomes_is_not_the_guest():
    lex = _with_embassy()
    text = ("Foreign Minister Karim Rostami arrived in Islamabad on Monday. "
            "The Iranian delegation was welcomed by the Iranian ambassador and Pakistani officials on arrival.")
    guests = {c.guest for c in _candidates(text, "2024-05-15", lex) if c.kind in ("visit", "meeting")}
    assert "iran-embassy-pakistan" not in guests


def test_a_month_without_a_year_in_an_undated_report_is_kept_unresolved():
    cue, = date_cues("His last visit to Islamabad came in April this year.", None, False)
    assert (cue.start, cue.precision, cue.month_day) == (None, "month", (4, 1, 30))
    # with a publication date the month is placed in its year, as before
    cue, = date_cues("His last visit to Islamabad came in April this year.", dt.date(2024, 5, 15), False)
    assert (cue.start, cue.end) == (dt.date(2024, 4, 1), dt.date(2024, 4, 30))


def test_a_visit_told_in_a_month_no_engagement_of_the_guest_falls_in_is_its_own():
    recalled = ("x-undated-recall", None,
                "Iran's foreign minister Karim Rostami is expected in Pakistan soon. "
                "Rostami's last visit to Islamabad came in February this year.")
    events = cluster([read_report(d, t, p, LEX) for d, p, t in (VISIT_DAY_ONE, recalled)])
    may = next(e for e in events if VISIT_DAY_ONE[0] in {doc for doc, _, _ in e.members})
    assert "x-undated-recall" not in {doc for doc, _, _ in may.members}
