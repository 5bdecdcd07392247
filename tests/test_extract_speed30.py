"""Round 30 of extraction speed (issue 16): work done once instead of per question. The gazetteer's
spellings are indexed by place once per lexicon (`Lexicon.place_spellings`) where
`People.city_in_venue` scanned every place name (~38,000) per call, and a worker process takes its
heap out of the cycle collector's walks once its lexicon is loaded (`run.settle_worker_heap`).
The look-up is compared here with the scan it replaced, kept as the reference; the structure is
pinned (how often the tables are walked, whether a worker's heap is frozen)."""

from __future__ import annotations

import gc
import multiprocessing
import pickle
import re
from concurrent.futures import ProcessPoolExecutor

from hypothesis import given, settings
from hypothesis import strategies as st

from extract_fixtures import lexicon
from pakiran_events.extract import run
from pakiran_events.extract.mentions import People, Span

LEX = lexicon()


def old_city_in_venue(people: People, start: int, end: int, name: str, place_id: str) -> bool:
    """`city_in_venue` as it was before round 30: both place tables scanned whole per call."""
    lex = people.lex
    chunk = people.text[start:end]
    spelt = [n for n, pid in (*lex.place_names.items(), *lex.minor_place_names.items()) if pid == place_id]
    return any(re.search(rf"\b{re.escape(n)}\b", m.group(0)) for v, _, pat in lex.patterns["venue"] if v == name
               for m in pat.finditer(chunk) for n in spelt)


def old_spellings(lex, place_id: str) -> list[str]:
    return [n for n, pid in (*lex.place_names.items(), *lex.minor_place_names.items()) if pid == place_id]


VENUES = sorted({(v, pid) for v, pid, _ in LEX.patterns["venue"]})
# the venues' own places, the places a venue's name spells ('... Airport': a place of its own), and others
NAMED_IN_VENUES = {table[w] for v, _ in VENUES for w in re.findall(r"[A-Z][\w\-]+", v)
                   for table in (LEX.place_names, LEX.minor_place_names) if w in table}
PLACES = sorted({pid for _, pid in VENUES} | NAMED_IN_VENUES | {"islamabad", "tehran", "mashhad", "no-such-place"})
WORDS = ["the", "talks", "were", "held", "at", "in", "on", "Monday", "Square", "Palace", "Headquarters", ",", "."]


@st.composite
def venue_texts(draw) -> tuple[str, str, str]:
    """(text, venue name, place id): made-up words around a venue's own name, a spelling of some
    place sometimes put inside or beside it."""
    name, _ = draw(st.sampled_from(VENUES))
    place = draw(st.sampled_from(PLACES))
    spellings = old_spellings(LEX, place) or ["Nowhere"]
    pieces = draw(st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(spellings), st.just(name)), max_size=10))
    return " ".join(pieces), name, place


@settings(max_examples=80, deadline=None)
@given(venue_texts())
def test_city_in_venue_as_the_whole_gazetteer_scan(case):
    text, name, place = case
    people = People(text, [Span(0, len(text))], None, LEX)
    assert people.city_in_venue(0, len(text), name, place) == old_city_in_venue(people, 0, len(text), name, place)


def test_a_venue_spelling_its_own_place_is_read_as_before():
    """The cases the comparison above is about: a venue whose name spells a place (both readings)."""
    assert NAMED_IN_VENUES
    answers = set()
    for name, _ in VENUES:
        text = f"Talks were held at the {name} on Monday."
        people = People(text, [Span(0, len(text))], None, LEX)
        for place in NAMED_IN_VENUES:
            new = people.city_in_venue(0, len(text), name, place)
            assert new == old_city_in_venue(people, 0, len(text), name, place)
            answers.add(new)
    assert answers == {True, False}


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(PLACES))
def test_place_spellings_are_the_scan_in_its_order(place):
    assert LEX.place_spellings(place) == old_spellings(LEX, place)


class CountedTable(dict):
    """A place table that counts how often it is walked whole."""

    walks = 0

    def items(self):
        CountedTable.walks += 1
        return super().items()


def test_place_spellings_follow_a_replaced_or_grown_table(monkeypatch):
    monkeypatch.setattr(LEX, "minor_place_names", dict(LEX.minor_place_names))
    assert "Qwertyville" not in LEX.place_spellings("tehran")
    LEX.minor_place_names["Qwertyville"] = "tehran"  # grown in place: the index is rebuilt
    assert LEX.place_spellings("tehran") == old_spellings(LEX, "tehran")
    assert LEX.place_spellings("tehran")[-1] == "Qwertyville"
    monkeypatch.setattr(LEX, "minor_place_names", {"Qwertyville": "mashhad"})  # replaced
    assert LEX.place_spellings("mashhad") == old_spellings(LEX, "mashhad")
    assert "Qwertyville" not in LEX.place_spellings("tehran")


def test_asking_twenty_venues_walks_each_place_table_once(monkeypatch):
    """The structure: the gazetteer is walked once per lexicon, not once per question (int30
    walked both tables on every call: 40 walks for 20 calls)."""
    monkeypatch.setattr(LEX, "place_names", CountedTable(LEX.place_names))
    monkeypatch.setattr(LEX, "minor_place_names", CountedTable(LEX.minor_place_names))
    CountedTable.walks = 0
    name, place = VENUES[0]
    text = f"Talks were held at the {name} in the capital."
    people = People(text, [Span(0, len(text))], None, LEX)
    for _ in range(20):
        people.city_in_venue(0, len(text), name, place)
    assert CountedTable.walks <= 2


def _freeze_after_load(path: str) -> int:
    run._lexicon(path)
    return gc.get_freeze_count()


def test_a_worker_freezes_its_heap_once_its_lexicon_is_loaded(tmp_path):
    """A pool worker that loads the run's lexicon file takes its heap out of the collector's
    generations; the parent (here: the test process) never freezes its own."""
    path = tmp_path / "lexicon.pickle"
    path.write_bytes(pickle.dumps({"a stand-in": ["for the lexicon"]}))
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
        assert pool.submit(_freeze_after_load, str(path)).result() > 0
    before = gc.get_freeze_count()
    run._LEXICONS.pop(str(path), None)
    run._lexicon(str(path))
    run._LEXICONS.pop(str(path), None)
    assert gc.get_freeze_count() == before
