"""Re-read of round 26 (round 27): code that did one job twice now does it in one place, and the
callers ask it. The outputs are unchanged (corpus and probe sets compared file by file); these tests
pin the one place on the made-up office-holder table of extract_fixtures and on made-up sentences."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from extract_fixtures import lexicon
from pakiran_events.extract.candidates import _terms
from pakiran_events.extract.lexicon import Position

_CORPUS_END = dt.date(2025, 12, 31)


# -- 4. the office-holder table read by office in one place ------------------------------------------
def test_office_rows_read_a_title_through_the_offices_it_names_for_a_country():
    lex = lexicon()
    assert [p.actor_id for p in lex.office_rows("Foreign Minister", "IRN")] == ["farid-karimzadeh", "karim-rostami"]
    assert [p.actor_id for p in lex.office_rows("Foreign Minister")] == ["farid-karimzadeh", "karim-rostami"]
    assert lex.office_rows("Foreign Minister", "PAK") == []
    # titles.yaml `offices`: another title of the same office reads its rows; an office nobody holds, none
    assert [p.actor_id for p in lex.office_rows("Caretaker Foreign Minister", "IRN")] == ["farid-karimzadeh", "karim-rostami"]
    assert lex.office_rows("Information Minister", "IRN") == []


def test_office_rows_compare_an_office_without_its_bracketed_rank():
    lex = lexicon()
    ranked = Position("nadeem-anjum", "Chief of Army Staff (General)", "PAK", dt.date(2022, 11, 29), None)
    lex_ranked = SimpleNamespace(positions=[ranked], offices_of=lex.offices_of)
    assert type(lex).office_rows(lex_ranked, "Chief of Army Staff", "PAK") == [ranked]  # type: ignore[arg-type]


def test_terms_are_the_actors_rows_of_the_office_else_of_any_office():
    r = SimpleNamespace(lex=lexicon())
    assert _terms(r, "karim-rostami", "Foreign Minister") == [(dt.date(2021, 8, 25), dt.date(2024, 5, 19))]
    assert _terms(r, "farid-karimzadeh", "Foreign Minister (acting)") == [(dt.date(2024, 5, 20), _CORPUS_END)]
    # a title naming none of their offices, or none at all: every office they held
    assert _terms(r, "nadeem-anjum", "Foreign Minister") == [(dt.date(2022, 11, 29), _CORPUS_END)]
    assert _terms(r, "nadeem-anjum", None) == [(dt.date(2022, 11, 29), _CORPUS_END)]
    assert _terms(r, "tariq-mahmood", "Prime Minister") == []  # no row of theirs


# -- 7. a relative clause's people are no travel frame's subject, from the frame on -------------------
def _frames(text: str, day: str = "2024-10-08"):
    from extract_fixtures import shipped_lexicon
    from pakiran_events.extract.frames import frames_of
    from pakiran_events.extract.report import Reading

    return frames_of(Reading("reread27-own", text, dt.date.fromisoformat(day), shipped_lexicon()))


def _subjects(text: str, kind: str) -> list[list[str]]:
    return [[m.actor_id for m in f.sources] for f in _frames(text) if f.kind == kind]


def test_a_travel_frame_never_holds_the_people_of_an_aside_about_its_subject():
    for text in ("Interior Minister Mohsin Naqvi, who met Iranian Ambassador Reza Amiri Moghadam before leaving, "
                 "arrived in Tehran on Monday for talks on border security.",
                 "Foreign Minister Ishaq Dar, who had held talks with Foreign Minister Abbas Araghchi in Jeddah, "
                 "left for Tehran on Sunday."):
        subjects = _subjects(text, "arrival") + _subjects(text, "departure") + _subjects(text, "visit")
        assert subjects and all(s and "reza-amiri-moghadam" not in s and "abbas-araghchi" not in s for s in subjects), subjects


def test_a_travel_frame_keeps_an_asides_people_when_nobody_else_or_the_trigger_is_in_it():
    text = ("The talks were attended by Iranian Ambassador Reza Amiri Moghadam, who arrived in Islamabad with "
            "Interior Minister Eskandar Momeni on Sunday.")
    assert any("reza-amiri-moghadam" in s for s in _subjects(text, "arrival")), _subjects(text, "arrival")


# -- 8. the things a sentence says were received, read once per sentence ------------------------------
def _reading(text: str, day: str = "2024-10-08"):
    from extract_fixtures import shipped_lexicon
    from pakiran_events.extract.report import Reading

    return Reading("reread27-own", text, dt.date.fromisoformat(day), shipped_lexicon())


def test_the_things_received_are_read_once_per_sentence_and_skip_to_the_next_meeting_trigger():
    from pakiran_events.extract.frames import _meeting_told, _things_received

    text = ("Interior Minister Mohsin Naqvi received Iranian Interior Minister Eskandar Momeni's letter on border "
            "trade and met Iranian Ambassador Reza Amiri Moghadam on Tuesday.")
    r = _reading(text)
    things = _things_received(r, 0)
    assert [text[a:b].split()[-1] for a, b in things.items()] == ["letter"]
    assert _things_received(r, 0) is things  # one reading per sentence
    first = r.find("meeting", 0)
    told = _meeting_told(r, 0, first, set())
    assert first is not None and first.group(0) == "received" and told is not None and told.group(0) == "met"
    assert _meeting_told(r, 0, first, {r.spans[0].start + told.start()}) is None  # already framed: none


def test_an_appeal_and_a_person_received_are_read_as_before():
    from pakiran_events.extract.frames import _meeting_told, _things_received

    person = _reading("Prime Minister Shehbaz Sharif received the Iranian President's special envoy Ali Larijani on Monday.")
    m = person.find("meeting", 0)
    assert _things_received(person, 0) == {} and _meeting_told(person, 0, m, set()) is m
    appeal = _reading("Pakistan called on both countries to exercise restraint, and Dar met Araghchi on Sunday.")
    told = _meeting_told(appeal, 0, appeal.find("meeting", 0), set())
    assert told is not None and told.group(0) == "met"


# -- 9. the services a person is known by: with and without the table's bracketed ranks ---------------
def test_the_table_ranks_count_in_services_and_not_in_the_told_services():
    r = _reading("Iranian Interior Minister Ahmad Vahidi met Interior Minister Mohsin Naqvi in Tehran on Monday.",
                 "2023-11-14")
    people = r.people
    assert people._table_ranks("ahmad-vahidi") == {"Brigadier General"}
    assert people._services(0, "ahmad-vahidi")  # the table's rank: a service
    assert people._told_services(0, "ahmad-vahidi") == set()  # as the report tells him: a civilian
    assert people._table_ranks("mohsin-naqvi") == set()
    assert people._services(0, "mohsin-naqvi") == people._told_services(0, "mohsin-naqvi")
    later = _reading("Iranian Interior Minister Ahmad Vahidi met Interior Minister Mohsin Naqvi in Tehran on Monday.",
                     "2025-01-14")
    assert later.people._table_ranks("ahmad-vahidi") == set()  # not his office that day


# -- 5. a country after an office, read in one place ---------------------------------------------------
def _office_country(text: str, name: str, pid: str) -> bool:
    from pakiran_events.extract.frames import office_country

    r = _reading(text)
    pos = text.index(name)
    i = next(k for k, s in enumerate(r.spans) if s.start <= pos < s.end)
    return office_country(r, i, pos, pid)


def test_a_country_after_an_office_is_the_offices():
    for text in ("The Ambassador of Iran, Mr Mehdi Honardoost, called on the Interior Minister on Monday.",
                 "The Ambassador of the Islamic Republic of Iran, Reza Amiri Moghadam, called on Ishaq Dar.",
                 "ISLAMABAD: Pakistani Ambassador to Iran Mudassir Tipu called on Foreign Minister Abbas Araghchi."):
        assert _office_country(text, "Iran", "iran"), text


def test_a_country_or_city_not_after_an_office_is_no_offices():
    assert not _office_country("Foreign Minister Ishaq Dar arrived in Iran on Monday for talks.", "Iran", "iran")
    assert not _office_country("Iran's Ambassador Reza Amiri Moghadam met Dar in Islamabad on Monday.", "Iran", "iran")
    # a city after a posted office is `_posted_at`'s, not this country reading
    assert not _office_country("The Consul General in Karachi, Hassan Nourian, met the governor.", "Karachi", "karachi")


# -- 6. a stop's city gives way by one rule -------------------------------------------------------------
def test_a_stops_city_gives_way_to_a_held_arrival_of_its_country_only():
    from pakiran_events.extract.candidates import _stop_gives_way

    text = ("KARACHI: Iran's navy commander, Rear Admiral Hossein Khanzadi, flew home yesterday at the end of a "
            "four-day visit that took him from the capital to General Headquarters in Rawalpindi. The admiral "
            "arrived in Islamabad on Sunday. He is to visit Lahore next month.")
    r = _reading(text, "2017-05-11")
    from pakiran_events.extract.frames import frames_of

    frames = frames_of(r)
    stop = next(f for f in frames if f.place_id == "rawalpindi")
    arrival = next(f for f in frames if f.kind == "arrival" and f.place_id == "islamabad")
    assert _stop_gives_way(r, stop, arrival)
    assert not _stop_gives_way(r, arrival, stop)  # an arrival's city is no stop's: it gives way to nothing
    assert not _stop_gives_way(r, stop, stop)
    planned = [f for f in frames if f.place_id == "lahore"]
    assert all(f.planned and not _stop_gives_way(r, stop, f) for f in planned)  # a plan's city is no trip's
