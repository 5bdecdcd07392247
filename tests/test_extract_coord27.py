"""Round 27 (coord27, issue 15): a predicate coordinated after another ('X met Y on Monday and flew
home on Tuesday') has the first verb's subject, never its object, and each verb owns the day told in
its own part: 'on Monday' the meeting's, 'on Tuesday' the way home's. Made-up sentences in our own
words, several per phrasing ('and', 'and then', 'and later', 'before leaving'), with near misses
(a departure in a relative clause about the object, both subjects, a departure with its own subject)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import shipped_lexicon
from pakiran_events.extract.frames import frames_of
from pakiran_events.extract.report import Frame, Reading

DAY = dt.date(2025, 3, 7)  # a Friday
MON, TUE, WED = dt.date(2025, 3, 3), dt.date(2025, 3, 4), dt.date(2025, 3, 5)


def _frames(text: str) -> list[Frame]:
    return frames_of(Reading("coord27-own", text, DAY, shipped_lexicon()))


def _one(frames: list[Frame], kind: str) -> Frame:
    found = [f for f in frames if f.kind == kind]
    assert len(found) == 1, [(f.kind, [m.actor_id for m in f.sources]) for f in frames]
    return found[0]


def _days(f: Frame) -> list[dt.date]:
    return [c.start for c, _ in f.dates]


# (text, meeting's subject, meeting's day, departure's subject, departure's day)
COORDINATED = [
    ("Iranian Foreign Minister Abbas Araghchi met Deputy Prime Minister Ishaq Dar on Monday and flew home on Tuesday.",
     "abbas-araghchi", MON, "abbas-araghchi", TUE),
    ("Interior Minister Mohsin Naqvi held talks with Iranian Interior Minister Eskandar Momeni in Tehran on Monday and "
     "returned home on Wednesday.", "mohsin-naqvi", MON, "mohsin-naqvi", WED),
    ("Deputy Prime Minister Ishaq Dar met Iranian President Masoud Pezeshkian in Tehran on Tuesday and then flew back "
     "home on Wednesday.", "ishaq-dar", TUE, "ishaq-dar", WED),
    ("Iranian Interior Minister Eskandar Momeni called on Prime Minister Shehbaz Sharif on Monday and later returned "
     "to Tehran on Tuesday.", "eskandar-momeni", MON, "eskandar-momeni", TUE),
    ("Iranian Foreign Minister Abbas Araghchi, who arrived on Sunday, met Prime Minister Shehbaz Sharif on Monday and "
     "flew home on Tuesday.", "abbas-araghchi", MON, "abbas-araghchi", TUE),
    # near miss: both are the subject, both go
    ("Interior Minister Mohsin Naqvi and Iranian Interior Minister Eskandar Momeni met in Quetta on Monday and left on "
     "Tuesday.", None, MON, None, TUE),
]


@pytest.mark.parametrize("text,host,met_on,traveller,left_on", COORDINATED)
def test_a_coordinated_departure_has_the_first_verbs_subject_and_its_own_day(text, host, met_on, traveller, left_on):
    frames = _frames(text)
    meeting, departure = _one(frames, "meeting"), _one(frames, "departure")
    assert _days(meeting) == [met_on], (text, meeting.dates)
    assert _days(departure) == [left_on], (text, departure.dates)
    people = [m.actor_id for m in meeting.sources + meeting.targets]
    leaving = {m.actor_id for m in departure.sources}
    if traveller is None:  # both subjects: each of them leaves
        assert set(people) == leaving, (text, people, leaving)
    else:
        assert meeting.sources[0].actor_id == host, text
        assert [m.actor_id for m in departure.sources] == [traveller], (text, leaving)  # the object stays


def test_before_leaving_keeps_the_meeting_on_its_own_day_and_sends_nobody_else_home():
    text = "Iranian Foreign Minister Abbas Araghchi met Prime Minister Shehbaz Sharif on Monday before leaving for Tehran on Tuesday."
    frames = _frames(text)
    assert _days(_one(frames, "meeting")) == [MON]
    assert not any("shehbaz-sharif" in {m.actor_id for m in f.sources} for f in frames if f.kind in ("visit", "departure", "arrival"))


# near misses: the departure has a subject of its own, which is the one who leaves
OWN_SUBJECT = [
    ("Deputy Prime Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi, who left Islamabad on Tuesday.",
     "abbas-araghchi"),
    ("Prime Minister Shehbaz Sharif met Iranian Foreign Minister Abbas Araghchi on Monday and Araghchi left Islamabad on "
     "Tuesday.", "abbas-araghchi"),
    ("Iranian Interior Minister Eskandar Momeni met Interior Minister Mohsin Naqvi on Monday and Naqvi left Quetta on "
     "Tuesday.", "mohsin-naqvi"),
]


@pytest.mark.parametrize("text,traveller", OWN_SUBJECT)
def test_a_departure_with_its_own_subject_keeps_it_and_its_own_day(text, traveller):
    frames = _frames(text)
    departure = _one(frames, "departure")
    assert departure.sources[0].actor_id == traveller, (text, [m.actor_id for m in departure.sources])
    assert _days(departure) == [TUE], (text, departure.dates)
    if "on Monday" in text:  # 'met Y on Monday and Y left on Tuesday': Monday is the meeting's
        assert _days(_one(frames, "meeting")) == [MON], text


def test_a_departure_told_in_its_own_sentence_is_unchanged():
    frames = _frames("Iranian Foreign Minister Abbas Araghchi met Deputy Prime Minister Ishaq Dar on Monday. "
                     "He flew home on Tuesday.")
    assert _days(_one(frames, "meeting")) == [MON]
    assert _days(_one(frames, "departure")) == [TUE]


# -- 'left for <a city of the traveller's own side>': the way home, not a trip to that city ---------------------------
def _candidates(text: str):
    from pakiran_events.extract.candidates import candidates_of

    r = Reading("coord27-own", text, DAY, shipped_lexicon())
    return candidates_of(r, frames_of(r))


# (text, the guest going home, the country visited, the host met, the day of leaving)
WAY_HOME = [
    ("ISLAMABAD: Iranian Foreign Minister Abbas Araghchi held talks with Deputy Prime Minister Ishaq Dar on Monday and "
     "left for Tehran on Tuesday.", "abbas-araghchi", "PAK", "ishaq-dar", TUE),
    ("ISLAMABAD: Iranian Interior Minister Eskandar Momeni met Interior Minister Mohsin Naqvi on Tuesday and departed "
     "for Tehran on Wednesday.", "eskandar-momeni", "PAK", "mohsin-naqvi", WED),
    ("TEHRAN: Interior Minister Mohsin Naqvi called on Iranian Interior Minister Eskandar Momeni on Monday. Naqvi left "
     "for Islamabad on Tuesday.", "mohsin-naqvi", "IRN", "eskandar-momeni", TUE),
]


@pytest.mark.parametrize("text,guest,country,host,left_on", WAY_HOME)
def test_leaving_for_a_city_of_ones_own_side_ends_the_trip_abroad(text, guest, country, host, left_on):
    found = _candidates(text)
    visits = [c for c in found if c.kind == "visit"]
    assert [(v.guest, v.country) for v in visits] == [(guest, country)], [(c.kind, c.guest, c.country) for c in found]
    assert [c.start for c, _ in visits[0].departure] == [left_on], visits[0].departure
    meeting = next(c for c in found if c.kind == "meeting")
    assert (meeting.country, meeting.guest, meeting.host) == (country, guest, host)
    home = {"PAK": "tehran", "IRN": "islamabad"}[country]  # the city gone home to is not the talks' place
    assert meeting.place_id != home, meeting.place_id


def test_leaving_for_the_other_sides_city_is_still_a_trip_there():
    visits = [c for c in _candidates("Interior Minister Mohsin Naqvi left for Tehran on Tuesday.") if c.kind == "visit"]
    assert [(v.guest, v.country) for v in visits] == [("mohsin-naqvi", "IRN")]
