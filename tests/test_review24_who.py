"""Review 24 fixes (fixwho24): F4 a whole rank after an office's first word, F8 a former office's
holder, F6 a late report's pluperfect lead dated by its own words.

- F4: the guard keeping 'General' of 'Consul General' from reading as a rank refuses only that office's
  own final rank word right after its other words (lexicon._outside_rank_titles): 'Defence Secretary
  Lieutenant General X' and 'Governor Lt Gen X' read the whole rank.
- F8: after a titles.yaml `office_former` word ('Former Prime Minister X') the office's holder is one who
  held it before the report's day and not on it, never the day's holder; after `office_then` ('the then
  Prime Minister X') the holder of the clause's own date, none without one; several or none: no guess
  (mentions.People._office_fits).
- F6: a trailing attribution ('..., officials said') owns no date of the clause it reports, also when the
  clause goes on after the date ('on March 3 to discuss the border, officials said'), and a background
  frame is never dated by the dateline (frames._ATTRIBUTION_HEAD, frames.frame).
Made-up names and reports (our own words) besides the review's own cases."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract_fixtures import PLACES, shipped_lexicon
from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.lexicon import Lexicon, Position, merge_dictionaries
from pakiran_events.extract.report import Reading, read_report

D = dt.date


def _ev(reports):
    return [(e.kind, e.place_id, e.date_start, e.date_end)
            for e in cluster([read_report(doc, text, day, shipped_lexicon()) for doc, day, text in reports])]


def _one(text, day="2025-03-07"):
    return _ev([("own", day, text)])


# -- F4: a rank after 'Secretary', 'Governor', 'Director' is read whole -------------------------------------------
def test_a_rank_after_secretary_or_governor_is_read_whole():
    p = shipped_lexicon().patterns["rank"]
    assert p.search("Defence Secretary Lieutenant General (retd) X").group(0) == "Lieutenant General"
    assert p.search("Governor Lt Gen (retd) X").group(0) == "Lt Gen"


@pytest.mark.parametrize("text, rank", [
    ("Secretary Major General Fahad Rana", "Major General"),
    ("Director Brig Gen Fahad Rana", "Brig Gen"),
    ("Inspector Brigadier General Fahad Rana", "Brigadier General"),
    # an office ending in a rank word, then a whole rank: the second one is the rank
    ("Director General Major General Fahad Rana", "Major General"),
    ("Consul General Lieutenant Colonel Fahad Rana", "Lieutenant Colonel"),
])
def test_near_miss_a_whole_rank_after_an_offices_word_is_read(text, rank):
    assert shipped_lexicon().patterns["rank"].search(text).group(0) == rank


@pytest.mark.parametrize("text", ["Consul General Fahad Rana", "Secretary General Fahad Rana",
                                  "Deputy Inspector General Fahad Rana", "Judge Advocate General Fahad Rana"])
def test_near_miss_the_offices_own_last_word_is_still_no_rank(text):
    assert shipped_lexicon().patterns["rank"].search(text) is None


def _first_words_and_ranks():
    lex = shipped_lexicon()
    titles = lex.dictionaries["titles"]
    heads = sorted({t.split()[0] for t in titles["titles_ending_in_rank"]})
    ranks = sorted({ph for v in titles["ranks"].values() for ph in v if "\\" not in ph and "?" not in ph and " " in ph})
    return heads, ranks, titles["titles_ending_in_rank"]


_HEADS, _RANKS, _OFFICES = _first_words_and_ranks()


@given(st.sampled_from(_HEADS), st.sampled_from(_RANKS))
def test_any_multiword_rank_after_any_offices_first_word_is_read_whole(head, rank):
    assert shipped_lexicon().patterns["rank"].search(f"{head} {rank} Fahad Rana").group(0) == rank


@given(st.sampled_from(_OFFICES))
def test_no_office_ending_in_a_rank_word_reads_a_rank(office):
    assert shipped_lexicon().patterns["rank"].search(f"{office} Fahad Rana") is None


def test_a_rank_after_an_office_ties_the_name_to_the_whole_rank():
    text = "ISLAMABAD: Defence Secretary Lieutenant General (retd) Fahad Rana received Iran's envoy on Monday."
    r = Reading("own-review24", text, D(2025, 3, 7), shipped_lexicon())
    assert r.people._rank_before(0, text.index("Fahad Rana")) == "Lieutenant General"


# -- F8: a former holder is not the office's holder of the report's day ------------------------------------------
ACTORS = {
    "zahid-mansoor": ("Zahid Mansoor", "PAK"),   # prime minister 2015-2019
    "tariq-mansoor": ("Tariq Mansoor", "PAK"),   # prime minister 2020-2022
    "asad-mansoor": ("Asad Mansoor", "PAK"),     # prime minister from 2023
    "reza-karimi": ("Reza Karimi", "IRN"),       # defence minister
}
POSITIONS = [Position("zahid-mansoor", "Prime Minister", "PAK", D(2015, 1, 1), D(2019, 12, 31)),
             Position("tariq-mansoor", "Prime Minister", "PAK", D(2020, 1, 1), D(2022, 12, 31)),
             Position("asad-mansoor", "Prime Minister", "PAK", D(2023, 1, 1), None),
             Position("reza-karimi", "Defence Minister", "IRN", D(2015, 1, 1), None)]
LEX = Lexicon({a: {"actor_id": a, "name": n, "actor_type": "person", "country_iso3": c} for a, (n, c) in ACTORS.items()},
              {a: [n] for a, (n, _) in ACTORS.items()}, dict(PLACES), merge_dictionaries([]), list(POSITIONS))


def _at(text: str, day: str, written: str, lex=LEX) -> list[str]:
    """The actors of every mention whose span ends with `written` (its last occurrence)."""
    r = Reading("own-review24", text, D.fromisoformat(day), lex)
    end = text.rindex(written) + len(written)
    return [m.actor_id for ms in r.mentions for m in ms if m.span.end == end]


def test_a_former_office_is_not_the_current_holders():
    # the review's case: in 2025 the former prime minister Sharif is not the one in office that day
    text = ("ISLAMABAD: Former Prime Minister Sharif, who had met Iranian President Hassan Rouhani in Tehran, said "
            "on Monday that the border must stay open.")
    assert "shehbaz-sharif" not in _at(text, "2025-03-07", "Prime Minister Sharif", shipped_lexicon())


@pytest.mark.parametrize("text, day, written, actors", [
    # one former holder of that surname before the report's day: that one, not the day's holder
    ("ISLAMABAD: Former Prime Minister Mansoor said on Monday that the border must stay open.",
     "2021-06-07", "Prime Minister Mansoor", ["zahid-mansoor"]),
    ("ISLAMABAD: Iran's defence minister Reza Karimi called on former Prime Minister Mansoor on Monday.",
     "2021-06-07", "Prime Minister Mansoor", ["zahid-mansoor"]),
    # two former holders of that surname: no guess, and never the day's holder
    ("ISLAMABAD: Former Prime Minister Mansoor said on Monday that the border must stay open.",
     "2024-06-03", "Prime Minister Mansoor", []),
    # 'the then' office with a date of its own: the holder on that date
    ("ISLAMABAD: The then Prime Minister Mansoor received Reza Karimi in Islamabad in March 2021.",
     "2024-06-03", "Prime Minister Mansoor", ["tariq-mansoor"]),
    # 'the then' office with no date of its own: the table cannot say when
    ("ISLAMABAD: The then Prime Minister Mansoor had received Reza Karimi in Islamabad.",
     "2024-06-03", "Prime Minister Mansoor", []),
])
def test_a_former_or_then_office_is_the_holder_of_its_own_time(text, day, written, actors):
    assert [a for a in _at(text, day, written) if a in ACTORS] == actors


def test_near_miss_the_office_alone_is_still_the_holder_of_the_day():
    text = "ISLAMABAD: Prime Minister Mansoor received Iran's defence minister Reza Karimi on Monday."
    assert _at(text, "2024-06-03", "Prime Minister Mansoor") == ["asad-mansoor"]
    assert _at(text, "2021-06-07", "Prime Minister Mansoor") == ["tariq-mansoor"]


def test_near_miss_a_former_holder_the_report_named_in_full_stays_that_person():
    text = ("ISLAMABAD: Former Prime Minister Tariq Mansoor met Reza Karimi on Monday. Former Prime Minister "
            "Mansoor said the talks were useful.")
    assert [a for a in _at(text, "2024-06-03", "Prime Minister Mansoor") if a in ACTORS] == ["tariq-mansoor"]


# -- F6: a late report's pluperfect lead keeps its own day ---------------------------------------------------------
def test_a_late_reports_pluperfect_lead_keeps_its_own_day():
    assert _one("LAHORE, March 20: Interior Minister Mohsin Naqvi had met Iranian Interior Minister Eskandar Momeni in "
                "Islamabad on March 3 to discuss the border, officials said this week.", "2025-03-20")[0][2] == D(2025, 3, 3)


@pytest.mark.parametrize("text", [
    # the simple past: the same clause's date, not the dateline's (int24: the dateline's 20 March)
    "QUETTA, March 20: Interior Minister Mohsin Naqvi met Iranian Interior Minister Eskandar Momeni in Quetta on "
    "March 4 to review border trade, officials said.",
    # no dateline day: the clause's own date still
    "QUETTA: Interior Minister Mohsin Naqvi had met Iranian Interior Minister Eskandar Momeni in Quetta on March 4 "
    "to review border trade, a ministry spokesman said this week.",
])
def test_near_miss_a_date_before_a_trailing_attribution_dates_the_clause(text):
    assert [e[2] for e in _one(text, "2025-03-20")] == [D(2025, 3, 4)]


def test_near_miss_a_pluperfect_lead_with_no_date_takes_no_dateline_day():
    events = _one("LAHORE, March 20: Interior Minister Mohsin Naqvi had met Iranian Interior Minister Eskandar Momeni "
                  "in Islamabad to discuss the border, officials said.", "2025-03-20")
    assert all(e[2] != D(2025, 3, 20) for e in events)


def test_near_miss_the_reporting_verbs_own_date_is_still_not_the_meetings():
    events = _one("QUETTA, March 20: Interior Minister Mohsin Naqvi met Iranian Interior Minister Eskandar Momeni in "
                  "Quetta on March 18 to review border trade, the ministry said on Wednesday.", "2025-03-20")
    assert [e[2] for e in events] == [D(2025, 3, 18)]
