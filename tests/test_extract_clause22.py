"""Round 22 (clause22): several meetings told in one sentence, each placed and dated by its own
coordinated part (issue 15: an event frame per clause). 'met X in Islamabad and later called on Y
in Rawalpindi' is two meetings in two cities, not two in the sentence's first (or last) city; 'called
on X on Tuesday, and on Wednesday met Y' is two days. A part that names no city takes the sentence's
('met X in Islamabad and later called on Y'); one city told for two counterparts of one trigger ('met
X and Y in Islamabad') places both. Made-up reports in our own words, three or more per class, with
near misses."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.meeting_parts import meeting_parts, part_of
from pakiran_events.extract.report import Reading, read_report
from places11_table import lexicon

DAY = "2025-03-07"   # a Friday: Monday is 3 March, Tuesday 4 March, Wednesday 5 March
MON, TUE, WED = dt.date(2025, 3, 3), dt.date(2025, 3, 4), dt.date(2025, 3, 5)


def _meetings(text: str) -> dict[str, tuple[str | None, dt.date | None, dt.date | None]]:
    """host -> (place, first day, last day) of each meeting the report tells."""
    events = cluster([read_report("clause22-own", text, DAY, lexicon())])
    return {str(m.host): (m.place_id, m.date_start, m.date_end) for m in events if m.kind == "meeting"}


def _places(text: str) -> dict[str, str | None]:
    return {host: place for host, (place, _, _) in _meetings(text).items()}


# -- 1. two meetings in one sentence, each with its own city ------------------------------------------------------
TWO_CITIES = [
    ("Iranian Interior Minister Eskandar Momeni met Prime Minister Shehbaz Sharif in Islamabad on Tuesday and later "
     "called on Field Marshal Asim Munir in Rawalpindi, officials said.",
     {"shehbaz-sharif": "islamabad", "asim-munir": "rawalpindi"}),
    ("On Monday the visiting Iranian foreign minister, Abbas Araghchi, held talks with Punjab Chief Minister Maryam "
     "Nawaz in Lahore, then flew on and met Deputy Prime Minister Ishaq Dar in Islamabad.",
     {"maryam-nawaz": "lahore", "ishaq-dar": "islamabad"}),
    ("Iranian Defence Minister Aziz Nasirzadeh called on Sindh Chief Minister Murad Ali Shah in Karachi; he met "
     "Defence Minister Khawaja Asif in Islamabad the following day.",
     {"murad-ali-shah": "karachi", "khawaja-muhammad-asif": "islamabad"}),
    ("Iran's Interior Minister Eskandar Momeni met Balochistan Chief Minister Sarfraz Bugti in Quetta on Monday, "
     "and held talks with Interior Minister Mohsin Naqvi in Islamabad on Tuesday.",
     {"sarfraz-bugti": "quetta", "mohsin-naqvi": "islamabad"}),
]


def test_two_meetings_of_one_sentence_are_each_in_the_city_of_their_own_part():
    for text, want in TWO_CITIES:
        assert _places(text) == want, text


# -- 2. two meetings in one sentence, each with its own day ------------------------------------------------------
TWO_DAYS = [
    ("Iranian Foreign Minister Abbas Araghchi called on Prime Minister Shehbaz Sharif on Tuesday, and on Wednesday "
     "met Field Marshal Asim Munir in Rawalpindi.",
     {"shehbaz-sharif": TUE, "asim-munir": WED}),
    ("Iranian Interior Minister Eskandar Momeni met Interior Minister Mohsin Naqvi in Islamabad on Monday and called "
     "on President Asif Ali Zardari on Tuesday, the interior ministry said.",
     {"mohsin-naqvi": MON, "asif-ali-zardari": TUE}),
    ("Iran's Defence Minister Aziz Nasirzadeh held talks with Defence Minister Khawaja Asif on Monday, then on "
     "Wednesday called on Field Marshal Asim Munir at the General Headquarters in Rawalpindi.",
     {"khawaja-muhammad-asif": MON, "asim-munir": WED}),
]


def test_two_meetings_of_one_sentence_are_each_on_the_day_of_their_own_part():
    for text, want in TWO_DAYS:
        got = {host: (first, last) for host, (_, first, last) in _meetings(text).items()}
        assert got == {host: (day, day) for host, day in want.items()}, text


def test_a_day_told_only_in_the_first_part_dates_both_meetings():
    text = ("On Tuesday Iranian Foreign Minister Abbas Araghchi met Prime Minister Shehbaz Sharif in Islamabad and "
            "later called on Field Marshal Asim Munir in Rawalpindi.")
    assert _meetings(text) == {"shehbaz-sharif": ("islamabad", TUE, TUE), "asim-munir": ("rawalpindi", TUE, TUE)}


# -- 3. one city told for both counterparts of one trigger: both there (near misses) --------------------------------
ONE_CITY = [
    "Iranian Foreign Minister Abbas Araghchi met Prime Minister Shehbaz Sharif and Deputy Prime Minister Ishaq Dar "
    "in Islamabad on Tuesday.",
    "In Rawalpindi on Monday, Iranian Defence Minister Aziz Nasirzadeh held talks with Defence Minister Khawaja Asif "
    "and Field Marshal Asim Munir on joint patrols.",
    "Iran's Interior Minister Eskandar Momeni called on President Asif Ali Zardari and Prime Minister Shehbaz Sharif "
    "at their offices in Islamabad on Wednesday, Radio Pakistan reported.",
]


def test_near_miss_one_city_told_for_two_counterparts_of_one_trigger_places_both():
    for text in ONE_CITY:
        places = _places(text)
        assert len(places) == 2 and len(set(places.values())) == 1 and None not in places.values(), (text, places)


def test_near_miss_a_second_trigger_with_no_coordinator_opens_no_part():
    text = ("Iranian Foreign Minister Abbas Araghchi held talks with Ishaq Dar during their meeting in Islamabad on "
            "Tuesday.")
    r = Reading("c22", text, dt.date.fromisoformat(DAY), lexicon())
    assert len(meeting_parts(r, 0)) == 1


# -- 4. a city told only in the first part: the second part takes the sentence's ---------------------------------
FIRST_ONLY = [
    ("Iranian Interior Minister Eskandar Momeni met Prime Minister Shehbaz Sharif in Islamabad on Tuesday and later "
     "called on President Asif Ali Zardari.", "islamabad"),
    ("Iran's Foreign Minister Abbas Araghchi held talks with Punjab Chief Minister Maryam Nawaz in Lahore on Monday, "
     "and then met Prime Minister Shehbaz Sharif.", "lahore"),
    ("Iranian Defence Minister Aziz Nasirzadeh called on Field Marshal Asim Munir in Rawalpindi on Wednesday and "
     "afterwards met Defence Minister Khawaja Asif.", "rawalpindi"),
]


def test_a_part_naming_no_city_takes_the_city_its_sentence_tells():
    for text, city in FIRST_ONLY:
        places = _places(text)
        assert len(places) == 2 and set(places.values()) == {city}, (text, places)


# -- 5. the parts of a sentence, on any text ----------------------------------------------------------------------
_WORDS = st.sampled_from(["met", "called on", "held talks with", "and", "then", ",", ";", "later", "in", "Islamabad",
                          "Ishaq Dar", "on Tuesday", "during their meeting", "Rawalpindi", "Asim Munir", "the"])


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=14))
def test_the_parts_of_a_sentence_are_ordered_contiguous_and_each_holds_its_trigger(words):
    text = "Iranian Foreign Minister Abbas Araghchi " + " ".join(words) + "."
    r = Reading("c22", text, dt.date.fromisoformat(DAY), lexicon())
    parts = meeting_parts(r, 0)
    sentence = r.sentence(0)
    if parts:
        assert parts[0][0] == 0 and parts[-1][1] == len(sentence)
        assert all(a[1] == b[0] for a, b in zip(parts, parts[1:]))
        assert all(start <= trigger < trigger_end <= end for start, end, trigger, trigger_end in parts)
        assert all(part_of(parts, p[2]) == p for p in parts)
    assert part_of(parts, len(sentence)) is None
