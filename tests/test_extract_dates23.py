"""Exact dates, round 23 (when23): the borrowing table (extract/borrowing.py) and the date faults it
makes easy to fix: a stay that ends in a told return ends there (breaker of 2.5.1), a coordinated
part of a meeting sentence with no day of its own takes the day of the part it is joined to, and a
day fronted right after 'and then,' belongs to the later part (review22b S1, S2). Every sentence is
our own; near misses beside each class."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from date_coverage import _lexicon
from pakiran_events.extract.borrowing import _PASSES, _SOURCES, RELATIONS, lend, relation
from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.meeting_parts import meeting_parts
from pakiran_events.extract.report import Reading, read_report


def _events(text: str, published: str) -> list:
    return cluster([read_report("x-dates23", text, published, _lexicon())])


def _dated(text: str, kind: str, published: str, actor: str | None = None) -> list[tuple[str, str]]:
    return sorted((str(e.date_start), str(e.date_end)) for e in _events(text, published)
                  if e.kind == kind and (actor is None or actor in e.participants))


# --- 0. the table itself ------------------------------------------------------------------------

def test_every_relation_names_a_known_source_and_known_checks():
    assert len({rel.name for rel in RELATIONS}) == len(RELATIONS)
    for rel in RELATIONS:
        assert rel.source in _SOURCES, rel.name
        assert rel.stage in ("frame", "part", "end", "count"), rel.name
        assert all(check in _PASSES or check == "one_date" for check in rel.blocked), rel.name
        assert rel.pick in ("all", "first", "first_told", "last"), rel.name
    with pytest.raises(KeyError):
        relation("no-such-relation")


def test_a_relation_lends_through_its_checks():
    # 'on that occasion': the one date of the sentence before; two dates there lend nothing
    lex = _lexicon()
    text = ("The summit in Khankendi on 4 July had been the first since the war. Prime Minister Shehbaz Sharif met "
            "President Masoud Pezeshkian on that occasion.")
    r = Reading("x-dates23", text, dt.date(2025, 7, 20), lex)
    lent = lend(r, relation("occasion"), 1, r.sentence(1).index("met"))
    assert [(str(c.start), c.precision) for c, _ in lent] == [("2025-07-04", "day")]
    two = text.replace("on 4 July", "on 4 July and on 5 July")
    r = Reading("x-dates23", two, dt.date(2025, 7, 20), lex)
    assert lend(r, relation("occasion"), 1, r.sentence(1).index("met")) == []


# --- 1. a stay that ends in a told return ends there (breaker of 2.5.1) -------------------------

@pytest.mark.parametrize("text,published,span", [
    ("Iran's Foreign Minister Abbas Araghchi, who returned to Tehran on Thursday, spent three days in Islamabad, "
     "where he met Prime Minister Shehbaz Sharif.", "2025-05-17", ("2025-05-13", "2025-05-15")),
    ("ISLAMABAD: Interior Minister Mohsin Naqvi, who returned to Islamabad on Monday, spent two days in Tehran for "
     "talks with Iranian Interior Minister Eskandar Momeni on border security.", "2025-01-15",
     ("2025-01-12", "2025-01-13")),
    ("Army chief General Asim Munir spent three days in Tehran and returned to Pakistan on Sunday, the military's "
     "media wing said.", "2025-07-22", ("2025-07-18", "2025-07-20")),
    ("Army chief General Asim Munir spent two days in Tehran before he returned to Rawalpindi on Sunday, the "
     "military's media wing said.", "2025-07-22", ("2025-07-19", "2025-07-20")),
])
def test_a_stay_ending_in_a_told_return_ends_on_that_day(text, published, span):
    assert _dated(text, "visit", published) == [span]


@pytest.mark.parametrize("text,published,span", [
    # the day is the arrival's: the stay counts forward from it
    ("Iran's Foreign Minister Abbas Araghchi, who arrived in Islamabad on Tuesday, spent three days in the capital, "
     "where he met Prime Minister Shehbaz Sharif.", "2025-05-17", ("2025-05-13", "2025-05-15")),
    # the return told in a sentence of its own already ended the stay
    ("Iranian Foreign Minister Abbas Araghchi returned to Tehran on Friday. He had spent three days in Islamabad, "
     "where he met Prime Minister Shehbaz Sharif.", "2025-05-17", ("2025-05-14", "2025-05-16")),
])
def test_near_miss_a_stay_dated_by_an_arrival_or_another_sentence_is_read_as_before(text, published, span):
    assert _dated(text, "visit", published) == [span]


# --- 2. a coordinated part with no day of its own takes the day of the part it is joined to ------

@pytest.mark.parametrize("text,published,day", [
    # the aside's day is the arrival's; the talks' day, told before 'and later met', is both meetings'
    ("TEHRAN - Prime Minister Shehbaz Sharif, who arrived in Mashhad on Saturday, held talks with President Masoud "
     "Pezeshkian in Tehran on Sunday and later met Supreme Leader Ayatollah Ali Khamenei.", "2024-11-12",
     "2024-11-10"),
    ("ISLAMABAD: Iranian Interior Minister Eskandar Momeni, who landed in Karachi on Monday, met Interior Minister "
     "Mohsin Naqvi in Islamabad on Tuesday and then called on Prime Minister Shehbaz Sharif.", "2025-01-16",
     "2025-01-14"),
    ("TEHRAN: Army chief General Asim Munir, who reached Tehran on Saturday, held talks with Chief of General Staff "
     "Major General Mohammad Bagheri on Sunday and also met President Ebrahim Raisi.", "2024-04-24", "2024-04-21"),
])
def test_a_dayless_coordinated_part_takes_the_day_of_the_part_before(text, published, day):
    assert _dated(text, "meeting", published) == [(day, day), (day, day)]


def test_near_miss_each_part_with_its_own_day_keeps_it():
    text = ("ISLAMABAD: Iranian Interior Minister Eskandar Momeni met Interior Minister Mohsin Naqvi in Islamabad on "
            "Tuesday and on Wednesday called on Prime Minister Shehbaz Sharif.")
    assert _dated(text, "meeting", "2025-01-16", "mohsin-naqvi") == [("2025-01-14", "2025-01-14")]
    assert _dated(text, "meeting", "2025-01-16", "shehbaz-sharif") == [("2025-01-15", "2025-01-15")]


# --- 3. a day fronted right after 'and then,' is the later part's -------------------------------

@pytest.mark.parametrize("text,published,first,second", [
    ("ISLAMABAD: Iranian Interior Minister Eskandar Momeni met Interior Minister Mohsin Naqvi in Islamabad on "
     "Tuesday, and then, on Wednesday, called on Prime Minister Shehbaz Sharif.", "2025-01-16",
     ("mohsin-naqvi", "2025-01-14"), ("shehbaz-sharif", "2025-01-15")),
    ("ISLAMABAD: Iranian Foreign Minister Abbas Araghchi held talks with Foreign Minister Ishaq Dar on Monday, and "
     "then, on Tuesday, met Prime Minister Shehbaz Sharif at the PM House.", "2025-01-16",
     ("ishaq-dar", "2025-01-13"), ("shehbaz-sharif", "2025-01-14")),
    ("TEHRAN: Army chief General Asim Munir called on President Masoud Pezeshkian on Sunday and then, on Monday, held "
     "talks with Chief of General Staff Major General Mohammad Bagheri.", "2024-11-20",
     ("masoud-pezeshkian", "2024-11-17"), ("mohammad-bagheri", "2024-11-18")),
])
def test_a_day_fronted_after_and_then_dates_the_later_part(text, published, first, second):
    for actor, day in (first, second):
        assert _dated(text, "meeting", published, actor) == [(day, day)], actor


def _parts(text: str) -> list[str]:
    r = Reading("x-dates23", text, dt.date(2025, 1, 16), _lexicon())
    return [r.sentence(0)[a:b] for a, b, _, _ in meeting_parts(r, 0)]


def test_the_part_begins_at_the_word_joiner_before_a_fronted_phrase():
    parts = _parts("Momeni met Naqvi on Tuesday, and then, in Rawalpindi, called on General Asim Munir.")
    assert parts[1].startswith("and then, in Rawalpindi,")


@pytest.mark.parametrize("text,starts", [
    # no word joiner before the commas: the last joiner, as before
    ("Momeni met Naqvi on Tuesday, on Wednesday, called on Prime Minister Shehbaz Sharif.", ", called"),
    # a phrase of more than six words between the commas is no fronted day or city
    ("Momeni met Naqvi on Tuesday, and then, after a long lunch hosted by the foreign office for all, called on "
     "Prime Minister Shehbaz Sharif.", ", called"),
    # 'and' right before the trigger: the part begins there
    ("Momeni met Naqvi on Tuesday, and on Wednesday called on Prime Minister Shehbaz Sharif.", "and on Wednesday"),
])
def test_near_miss_no_fronted_phrase_the_part_begins_at_the_last_joiner(text, starts):
    assert _parts(text)[1].startswith(starts)


_WORDS = st.sampled_from(["met", "called on", "and", "then", ",", ";", "on Tuesday", "in Quetta", "X", "Y", "the",
                          "minister", "and then ,", ", and then ,"])


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=14))
def test_parts_are_contiguous_and_each_holds_its_trigger(words):
    text = "Momeni " + " ".join(words) + "."
    r = Reading("x-dates23", text, dt.date(2025, 1, 16), _lexicon())
    parts = meeting_parts(r, 0)
    for (a, b, t, e), nxt in zip(parts, parts[1:] + [None]):
        assert a <= t < e <= b
        if nxt is not None:
            assert b == nxt[0]
    if parts:
        assert parts[0][0] == 0 and parts[-1][1] == len(r.sentence(0))


# --- 4. a visit told in the present tense runs to the report's day (CURATION.md §4) -------------

@pytest.mark.parametrize("text,published,span", [
    ("TEHRAN, May 8: Pakistan's Interior Minister Mohsin Naqvi, who is on a visit to Iran, met Interior Minister "
     "Eskandar Momeni on Wednesday.", "2025-05-08", ("2025-05-07", "2025-05-08")),
    ("ISLAMABAD: Iranian navy commander Rear Admiral Shahram Irani, who is currently on an official visit to "
     "Pakistan, called on Admiral Naveed Ashraf at Naval Headquarters on Monday.", "2024-02-14",
     ("2024-02-12", "2024-02-14")),
    # the arrival told before: from it to the report's day
    ("ISLAMABAD: Iranian Foreign Minister Abbas Araghchi arrived in Islamabad on Sunday. Araghchi, who is on his "
     "first visit to Pakistan since taking office, held talks with Foreign Minister Ishaq Dar on Monday.",
     "2025-01-14", ("2025-01-12", "2025-01-14")),
])
def test_a_visit_told_in_the_present_tense_runs_to_the_reports_day(text, published, span):
    assert _dated(text, "visit", published) == [span]


@pytest.mark.parametrize("text,published,span", [
    # told in the past tense: the visit is the days told
    ("ISLAMABAD: Iranian navy commander Rear Admiral Shahram Irani, who was on an official visit to Pakistan, "
     "called on Admiral Naveed Ashraf at Naval Headquarters on Monday.", "2024-02-14", ("2024-02-12", "2024-02-12")),
    # the one day told is the report's own
    ("ISLAMABAD: Iranian navy commander Rear Admiral Shahram Irani, who is on an official visit to Pakistan, "
     "called on Admiral Naveed Ashraf at Naval Headquarters today.", "2024-02-14", ("2024-02-14", "2024-02-14")),
])
def test_near_miss_a_past_visit_or_one_of_the_reports_day_keeps_its_day(text, published, span):
    assert _dated(text, "visit", published) == [span]
