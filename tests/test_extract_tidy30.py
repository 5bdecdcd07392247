"""Round 30 (tidy30, issue 15): one source for each rule, behaviour unchanged. Each test pins what the
two places of a rule read before they became one: the reporting verbs and the clause governors
(engagement.yaml `reporting`, `clause_governors`), the one departure rule (candidates
`_Built._departure_decided`), the office index (lexicon `_by_office`) and the shared test helper
(`OwnReports.placed`). Made-up reports in our own words."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from extract_fixtures import OwnReports, shipped_lexicon
from pakiran_events.extract.lexicon import Lexicon, Position, _by_office, governor_words, reporting_words
from places11_table import lexicon as places_lexicon

OWN = OwnReports("tidy30", "2025-03-07")


# -- 1. reporting verbs and clause governors: each word stated once, both readings kept ---------------

@pytest.mark.parametrize("word", ["said", "says", "announced", "stated", "added", "reported", "confirmed",
                                  "press release", "told reporters", "a statement issued"])
def test_a_reporting_word_dates_the_report_and_tells_an_attribution(word):
    p = shipped_lexicon().patterns
    assert p["reporting"].search(f"The ministry {word} on Monday"), word
    assert p["told_at"].search(f"The ministry {word} on Monday"), word


@pytest.mark.parametrize("word", ["say", "noted", "disclosed", "explained", "acknowledged", "verified", "confirm"])
def test_near_miss_a_governor_only_is_no_reporting_word(word):
    assert not shipped_lexicon().patterns["reporting"].search(f"They {word} it"), word


@pytest.mark.parametrize("verb", ["said", "says", "say", "announced", "announces", "reported", "reports", "states",
                                  "stated", "added", "noted", "confirmed", "confirms", "confirm", "verified"])
def test_a_saying_or_confirming_verb_governs_its_clause_as_held(verb):
    m = shipped_lexicon().patterns["clause_governor"].search(f"Officials {verb} that the two ministers met.")
    assert m is not None and m.group("held") and not m.group("unheld"), verb


@pytest.mark.parametrize("verb, confirming", [("confirmed", True), ("confirms", True), ("confirm", True),
                                              ("acknowledged", True), ("verified", True), ("said", False),
                                              ("announced", False)])
def test_the_confirming_verbs_are_the_governors_and_the_reporting_confirmed(verb, confirming):
    assert bool(shipped_lexicon().patterns["confirming"].search(f"The office later {verb} the call")) is confirming


def test_each_reporting_verb_is_stated_once_in_the_dictionary():
    e = shipped_lexicon().dictionaries["engagement"]
    verbs = [*e["reporting_verbs"], *e["reporting_confirming"]]
    governors = [*e["clause_governors"]["held"], *e["clause_governors"]["confirming"]]
    assert not set(verbs) & set(governors)
    assert set(verbs) <= set(reporting_words(e))
    assert set(e["reporting_verbs"]) <= set(governor_words(e, "held"))
    assert set(e["reporting_confirming"]) <= set(governor_words(e, "confirming"))
    assert not set(verbs) & set(e["reporting"])


# -- 3. one departure rule: it ends a trip under way, or opens none --------------------------------------

def _trips(text: str) -> list[tuple[str, str, str, str | None, list[str]]]:
    return [(e.kind, str(e.date_start), str(e.date_end), e.place_id, sorted(e.participants)) for e in OWN.clustered(text)
            if e.kind == "visit"]


GUEST = ("ISLAMABAD, March 7 -- Iranian Foreign Minister Abbas Araghchi arrived in Islamabad on Monday and held talks "
         "with Deputy Prime Minister Ishaq Dar on Tuesday. ")


def test_being_back_home_by_a_morning_ends_the_visit_the_day_before():
    text = GUEST + "Araghchi was back in Tehran on Wednesday morning."
    assert _trips(text) == [("visit", "2025-03-03", "2025-03-04", "islamabad", ["abbas-araghchi"])]


def test_being_back_home_on_a_day_ends_the_visit_under_way_that_day():
    text = GUEST + "Araghchi was back home on Wednesday."
    assert _trips(text) == [("visit", "2025-03-03", "2025-03-05", "islamabad", ["abbas-araghchi"])]


@pytest.mark.parametrize("text", [
    "ISLAMABAD, March 7 -- Interior Minister Mohsin Naqvi was back in Islamabad on Wednesday morning. He chaired a "
    "meeting on the budget.",
    "ISLAMABAD, March 7 -- He returned to Islamabad on Saturday after talks in Jeddah.",
])
def test_a_departure_that_ends_no_trip_opens_none(text):
    assert _trips(text) == []


def test_near_miss_being_back_after_a_trip_abroad_ends_that_trip():
    text = ("ISLAMABAD, March 7 -- Interior Minister Mohsin Naqvi visited Tehran on Monday and met Iranian Interior "
            "Minister Eskandar Momeni. Naqvi was back in Islamabad on Wednesday morning.")
    assert _trips(text) == [("visit", "2025-03-03", "2025-03-04", "tehran", ["mohsin-naqvi"])]


# -- 4. the office index: one module function for the lexicon and a stand-in table ----------------------

_ROWS = [Position("a-one", "Foreign Minister", "IRN", dt.date(2020, 1, 1), None),
         Position("b-two", "Chief of Army Staff (General)", "PAK", dt.date(2020, 1, 1), None)]


def test_the_office_index_is_memoised_and_rebuilt_when_the_table_grows():
    memo: dict = {}
    rows = list(_ROWS)
    first = _by_office(rows, memo)
    assert _by_office(rows, memo) is first
    assert [p.actor_id for _, p in first["Chief of Army Staff"]] == ["b-two"]
    rows.append(Position("c-three", "Foreign Minister", "IRN", dt.date(2024, 1, 1), None))
    assert [p.actor_id for _, p in _by_office(rows, memo)["Foreign Minister"]] == ["a-one", "c-three"]


def test_a_lexicon_and_a_stand_in_table_read_offices_alike():
    lex = shipped_lexicon()
    stand_in = SimpleNamespace(positions=list(lex.positions), offices_of=lex.offices_of)
    for title in ("Foreign Minister", "Prime Minister", "Chief of Army Staff", "President"):
        assert Lexicon.office_rows(stand_in, title, "PAK") == lex.office_rows(title, "PAK")  # type: ignore[arg-type]


# -- 5. the shared helper of the place tests -------------------------------------------------------------

def test_the_shared_placed_helper_gives_kind_day_place_and_parties():
    own = OwnReports("tidy30-places", "2025-08-05", places_lexicon)
    text = ("ISLAMABAD, Aug 5 -- Prime Minister Shehbaz Sharif welcomed Iran's Foreign Minister Abbas Araghchi to the "
            "PM Office on Monday.")
    meetings = own.placed_meetings(text)
    assert meetings and all(isinstance(parties, tuple) and list(parties) == sorted(parties) for parties in meetings)
    assert {parties for kind, _, _, parties in own.placed(text) if kind == "meeting"} == meetings
