"""The office-holder table (dataset/curated/positions.yaml) keeps the invariants the extractor and
the curators rely on: every term ends after it starts, names a known actor and cites a public
URL or a corpus report, and one single-holder office of one country never has two holders at
once except on a handover day. The offices the wide table covers for 2013-2025 are covered
without gaps, and the shipped lexicon resolves an office named without a name to its holder."""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import defaultdict
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml

from extract_fixtures import OwnReports, shipped_lexicon
from pakiran_events.extract.candidates import _terms

ROOT = Path(__file__).resolve().parents[1]
CURATED = ROOT / "dataset" / "curated"
URL = re.compile(r"^https?://[^\s/]+\.[^\s]+$")

# Offices only one person of a country holds at a time (the office as the table words it,
# without a bracketed rank).
SINGLE_HOLDER = {
    "PAK": {"President", "Prime Minister", "Caretaker Prime Minister", "Foreign Minister", "Interior Minister",
            "Defence Minister", "Chief of Army Staff", "Chairman of the Joint Chiefs of Staff Committee",
            "Chief of the Naval Staff", "Chief of Air Staff", "Foreign Secretary", "National Security Adviser",
            "Speaker of the National Assembly", "Chairman of the Senate", "Commerce Minister",
            "Adviser to the Prime Minister on Foreign Affairs", "Minister of State for Foreign Affairs",
            "Director General of Inter-Services Public Relations", "Chief Minister of Balochistan",
            "Governor of Balochistan", "Caretaker Foreign Minister", "Caretaker Interior Minister",
            "Caretaker Defence Minister"},
    "IRN": {"Supreme Leader", "President", "Acting President", "First Vice President", "Foreign Minister",
            "Acting Foreign Minister", "Interior Minister", "Defence Minister",
            "Chief of General Staff of the Armed Forces", "Commander of the Army", "Commander-in-Chief of the IRGC",
            "Commander of the Quds Force", "Commander of the Islamic Republic of Iran Navy",
            "Commander of the IRGC Navy", "Police Chief", "Secretary of the Supreme National Security Council",
            "Speaker of the Parliament of Iran", "Ambassador to Pakistan"},
}
# Two holders at once for more than a handover day, each with the reason the rows give.
KNOWN_OVERLAPS = {
    # the row of sahir-shamshad-mirza starts at the announcement (24 November 2022); his
    # predecessor handed over on 27 November
    frozenset({"nadeem-raza", "sahir-shamshad-mirza"}),
}
# (country, offices, first day, last day): the wide table names a holder on every day of the span.
COVERED = [
    ("PAK", {"President"}, "2013-01-01", "2025-12-31"),
    ("PAK", {"Chief of Army Staff"}, "2013-01-01", "2025-12-31"),
    ("PAK", {"Chairman of the Joint Chiefs of Staff Committee"}, "2016-11-28", "2025-12-31"),
    ("PAK", {"Chief of the Naval Staff"}, "2017-10-07", "2025-12-31"),
    ("PAK", {"Chief of Air Staff"}, "2018-03-19", "2025-12-31"),
    ("PAK", {"Foreign Secretary"}, "2022-12-05", "2025-12-31"),
    ("IRN", {"President", "Acting President"}, "2013-08-03", "2025-12-31"),
    ("IRN", {"First Vice President"}, "2013-08-05", "2025-12-31"),
    ("IRN", {"Foreign Minister", "Acting Foreign Minister"}, "2013-08-15", "2025-12-31"),
    ("IRN", {"Interior Minister"}, "2013-08-15", "2025-12-31"),
    ("IRN", {"Defence Minister"}, "2013-08-15", "2025-12-31"),
    ("IRN", {"Commander-in-Chief of the IRGC"}, "2013-01-01", "2025-12-31"),
    ("IRN", {"Commander of the IRGC Navy"}, "2013-01-01", "2025-12-31"),
    ("IRN", {"Secretary of the Supreme National Security Council"}, "2013-09-10", "2025-12-31"),
    ("IRN", {"Commander of the Islamic Republic of Iran Navy"}, "2017-01-01", "2025-12-31"),
]
LAST = dt.date(2025, 12, 31)


def _load(name: str):
    return yaml.safe_load((CURATED / name).read_text(encoding="utf-8"))


def _day(value) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(str(value))


def _office(row: dict) -> str:
    return row["office"].split(" (")[0].strip()


POSITIONS = _load("positions.yaml")


def test_every_term_ends_on_or_after_its_start():
    bad = [(p["actor_id"], p["office"]) for p in POSITIONS if p["end"] is not None and _day(p["end"]) < _day(p["start"])]
    assert bad == []


def test_every_holder_is_a_known_actor():
    known = {a["actor_id"] for a in _load("actors.yaml")}
    assert sorted({p["actor_id"] for p in POSITIONS} - known) == []


def test_every_source_is_a_url_or_a_corpus_report():
    with (CURATED / "sources.csv").open(encoding="utf-8", newline="") as f:
        reports = {row["source_id"] for row in csv.DictReader(f)}
    bad = [(p["actor_id"], p["office"], p["source"]) for p in POSITIONS
           if not (URL.match(str(p["source"])) or p["source"] in reports)]
    assert bad == []


def _single_holder_terms() -> dict[tuple[str, str], list[tuple[str, dt.date, dt.date]]]:
    """(country, office) -> (actor, first day, last day) of each single-holder office's terms."""
    terms = defaultdict(list)
    for p in POSITIONS:
        if _office(p) in SINGLE_HOLDER.get(p["country_iso3"], set()):
            terms[(p["country_iso3"], _office(p))].append((p["actor_id"], _day(p["start"]), _day(p["end"]) or LAST))
    return terms


def test_a_single_holder_office_has_one_holder_at_a_time_but_on_a_handover_day():
    clashes = []
    for key, rows in _single_holder_terms().items():
        for i, (a, s1, e1) in enumerate(rows):
            for b, s2, e2 in rows[i + 1:]:
                shared = (min(e1, e2) - max(s1, s2)).days + 1
                if a != b and shared > 1 and frozenset({a, b}) not in KNOWN_OVERLAPS:
                    clashes.append((key, a, b, shared))
    assert clashes == []


@pytest.mark.parametrize("country,offices,first,last", COVERED, ids=[f"{c}-{sorted(o)[0]}" for c, o, _, _ in COVERED])
def test_the_wide_table_names_a_holder_on_every_day_of_a_covered_office(country, offices, first, last):
    spans = sorted((_day(p["start"]), _day(p["end"]) or LAST) for p in POSITIONS
                   if p["country_iso3"] == country and _office(p) in offices)
    day, end = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    for start, stop in spans:
        if start > day:
            break
        day = max(day, stop + dt.timedelta(days=1))
    assert day > end, f"no holder of {sorted(offices)} ({country}) on {day}"


@pytest.mark.parametrize("title,side,day,holder", [
    ("Chief of Army Staff", "PAK", "2015-06-10", "raheel-sharif"),
    ("President", "PAK", "2020-02-03", "arif-alvi"),
    ("Interior Minister", "PAK", "2021-06-01", "sheikh-rashid-ahmad"),
    ("Chief of Air Staff", "PAK", "2023-03-01", "zaheer-ahmad-babar-sidhu"),
    ("Secretary of the Supreme National Security Council", "IRN", "2024-01-15", "ali-akbar-ahmadian"),
    ("Defence Minister", "IRN", "2015-04-20", "hossein-dehghan"),
    # an acting or caretaker holder answers to the plain title (titles.yaml `offices`)
    ("Foreign Minister", "IRN", "2024-06-20", "ali-bagheri-kani"),
    ("Prime Minister", "PAK", "2023-11-15", "anwaar-ul-haq-kakar"),
    ("President", "IRN", "2024-06-20", "mohammad-mokhber"),
    ("Interior Minister", "PAK", "2023-10-02", "sarfraz-bugti"),
    ("Foreign Minister", "PAK", "2018-07-01", "abdullah-hussain-haroon"),
])
def test_the_shipped_lexicon_resolves_an_office_on_a_day_to_its_holder(title, side, day, holder):
    assert shipped_lexicon().holder(title, side, dt.date.fromisoformat(day)) == holder


def test_a_handover_day_names_no_holder():
    # Raheel Sharif handed the army to Qamar Javed Bajwa on 29 November 2016: both rows hold that day
    assert shipped_lexicon().holder("Chief of Army Staff", "PAK", dt.date(2016, 11, 29)) is None


REPORTS = OwnReports("herald-20150610-coas-tehran", "2015-06-10")


def test_an_office_named_without_a_name_is_its_holder_of_the_day_when_the_report_names_him():
    # a made-up report: the meeting names offices only; the holders of the day are named elsewhere in
    # the report without their titles, so the table tells which named person holds which office (round 20:
    # the table confirms a name the report gives, CURATION.md §6)
    text = ("TEHRAN: Pakistan's Chief of Army Staff met Iran's Defence Minister in Tehran on Tuesday. "
            "The two sides agreed to step up border security cooperation. Raheel Sharif thanked Hossein "
            "Dehghan for the hospitality.")
    assert any(k == "meeting" and {"raheel-sharif", "hossein-dehghan"} <= set(p) for k, p in REPORTS.events(text))


def test_near_miss_an_office_whose_holder_the_report_never_names_is_not_the_tables_holder():
    text = ("TEHRAN: Pakistan's Chief of Army Staff met Iran's Defence Minister in Tehran on Tuesday. "
            "The two sides agreed to step up border security cooperation.")
    people = {a for _, p in REPORTS.events(text) for a in p}
    assert not people & {"raheel-sharif", "hossein-dehghan"}, people


def test_a_title_bounds_a_term_by_the_offices_it_names_not_by_every_office_held():
    # 'President' names the presidency and an acting presidency (titles.yaml `offices`): Pezeshkian's
    # term as president bounds an undated report that titles him so, not his weeks as president-elect
    reading = SimpleNamespace(lex=shipped_lexicon())
    assert _terms(reading, "masoud-pezeshkian", "President") == [(dt.date(2024, 7, 28), LAST)]
    assert _terms(reading, "shehbaz-sharif", "Prime Minister") == [(dt.date(2022, 4, 11), dt.date(2023, 8, 14)),
                                                                   (dt.date(2024, 3, 4), LAST)]


def test_an_unnamed_ambassador_stays_the_embassy_though_the_table_knows_the_holder():
    # CURATION.md §6: an unnamed official is the body they represent, a name is never guessed; the
    # table's ambassador of the day (Reza Amiri Moghadam) is not written for 'the Iranian ambassador'
    reports = OwnReports("herald-20240311-naqvi-envoy", "2024-03-11")
    text = ("ISLAMABAD: Interior Minister Mohsin Naqvi received the Iranian ambassador at the interior ministry "
            "in Islamabad on Monday. The two discussed border security and the movement of pilgrims.")
    people = {a for k, p in reports.events(text) if k == "meeting" for a in p}
    assert "iran-embassy-pakistan" in people and "reza-amiri-moghadam" not in people, people


def test_a_counterpart_is_the_tables_holder_only_when_the_report_names_him():
    # CURATION.md §6: 'his Iranian counterpart' is a person only when named; the table (Eskandar
    # Momeni, interior minister from August 2024) confirms a name, it does not supply one
    reports = OwnReports("herald-20250310-naqvi-tehran", "2025-03-10")
    unnamed = ("TEHRAN: Interior Minister Mohsin Naqvi met his Iranian counterpart in Tehran on Monday. "
               "They agreed to open two more border markets.")
    named = unnamed + " Eskandar Momeni said the markets would help traders on both sides."
    assert "eskandar-momeni" not in {a for _, p in reports.events(unnamed) for a in p}
    assert any(k == "meeting" and {"mohsin-naqvi", "eskandar-momeni"} <= set(p) for k, p in reports.events(named))
