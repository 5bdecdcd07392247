"""Round 28 (modality28): clause modality decided by the clause's governor, ceremonial objects that
no talk word takes, and the way home told by a gerund after 'before' / 'after'. Made-up reports in our
own words: held, wished, asked, doubted and reported clauses, in the present and the past, each with a
near miss that keeps its reading."""

from __future__ import annotations

import pytest

from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.report import read_report
from places11_table import lexicon

HEAD = "ISLAMABAD, Aug 5 -- "
DAR, ARAGHCHI, ZARIF, QURESHI = "ishaq-dar", "abbas-araghchi", "mohammad-javad-zarif", "shah-mahmood-qureshi"


def _events(text: str, day: str = "2025-08-05") -> list[tuple[str, str, str, str | None, tuple[str, ...]]]:
    return sorted((e.kind, e.date_start.isoformat(), (e.date_end or e.date_start).isoformat(), e.place_id,
                   tuple(sorted(e.participants)))
                  for e in cluster([read_report("modality28", HEAD + text, day, lexicon())]))


def _meetings(text: str) -> list:
    return [e for e in _events(text) if e[0] == "meeting"]


# -- 1. a governor of wishing, hoping, expecting, asking, doubting or not knowing: never held ---------

UNHELD = [
    "Islamabad hopes that Ishaq Dar and Abbas Araghchi meet soon.",
    "Officials hoped that Ishaq Dar and Abbas Araghchi would meet in Tehran on Monday.",
    "It was unclear whether Ishaq Dar and Abbas Araghchi met in Tehran on Monday.",
    "It is not known whether Ishaq Dar met Abbas Araghchi in Tehran on Monday.",
    "Diplomats wondered whether Ishaq Dar met Abbas Araghchi in Tehran on Monday.",
    "Officials doubted that Ishaq Dar met Abbas Araghchi in Tehran on Monday.",
    "Reporters asked whether Ishaq Dar held talks with Abbas Araghchi in Tehran on Monday.",
    "It is uncertain whether Ishaq Dar visited Tehran on Monday.",
    "Officials said that it was unclear whether Ishaq Dar met Abbas Araghchi in Tehran on Monday.",
    "If Ishaq Dar and Abbas Araghchi meet on the sidelines, trade will be discussed.",
]


@pytest.mark.parametrize("text", UNHELD)
def test_a_clause_governed_by_wishing_asking_or_doubting_is_no_held_engagement(text):
    assert _events(text) == [], (text, _events(text))


HELD = [
    "Officials said that Ishaq Dar met Abbas Araghchi in Tehran on Monday.",
    "The ministry confirmed that Ishaq Dar met Abbas Araghchi in Tehran on Monday.",
    "The ministry announced that Ishaq Dar and Abbas Araghchi met in Tehran on Monday.",
    "Ishaq Dar met Abbas Araghchi in Tehran on Monday.",
    # the governed clause ends at ', but': the speaker's own clause after it is held
    "It is unclear whether the two sides will sign a deal, but Ishaq Dar met Abbas Araghchi in Tehran on Monday.",
    # a governor inside a person's relative clause governs only that clause
    "Ishaq Dar, who hoped that ties would grow, met Abbas Araghchi in Tehran on Monday.",
]


@pytest.mark.parametrize("text", HELD)
def test_a_clause_of_saying_or_no_governor_keeps_the_meeting_held(text):
    assert any(e[1] == "2025-08-04" and e[3] == "tehran" and {DAR, ARAGHCHI} <= set(e[4]) for e in _meetings(text)), \
        (text, _events(text))


def test_a_live_pages_present_meet_without_a_governor_is_still_held():
    text = "Ishaq Dar and Abbas Araghchi meet on the sidelines of the SCO summit in Tianjin."
    assert any(e[3] == "tianjin" for e in _meetings(text)), _events(text)


# -- 2. a ceremonial object makes no talks, whichever talk word takes it ------------------------------

WELCOME = ("Iranian Foreign Minister Abbas Araghchi arrived in Islamabad on Monday and was received by Foreign "
           "Minister Ishaq Dar. ")


@pytest.mark.parametrize("rest", ["The two ministers went through the parade together.",
                                  "The two ministers reviewed the march-past.",
                                  "The two ministers reviewed a smartly turned-out guard of honour."])
def test_a_talk_word_with_a_ceremonial_object_is_no_talks(rest):
    assert _meetings(WELCOME + rest) == [], _events(WELCOME + rest)


@pytest.mark.parametrize("rest", ["The two ministers reviewed bilateral ties.",
                                  "The two ministers discussed the security of the parade."])
def test_a_talk_word_with_another_object_is_talks(rest):
    assert any(DAR in e[4] for e in _meetings(WELCOME + rest)), _events(WELCOME + rest)


# -- 4. the way home told by a gerund after 'before' takes the modality of its main clause ------------

def _visit(text: str):
    return [e for e in _events(text) if e[0] == "visit"]


@pytest.mark.parametrize("text, last", [
    ("Javad Zarif met Shah Mahmood Qureshi in Islamabad on Monday before flying home on Tuesday.", "2025-08-05"),
    ("Javad Zarif met Shah Mahmood Qureshi in Islamabad on Monday before leaving for Tehran on Tuesday.", "2025-08-05"),
    ("Javad Zarif met Shah Mahmood Qureshi in Islamabad on Monday before returning home.", "2025-08-04"),
])
def test_a_held_clauses_way_home_gerund_ends_the_visit(text, last):
    visits = _visit(text)
    assert [(v[1], v[2], v[3], v[4]) for v in visits] == [("2025-08-04", last, "islamabad", (ZARIF,))], _events(text)
    assert any({ZARIF, QURESHI} <= set(e[4]) and e[1] == "2025-08-04" for e in _meetings(text)), _events(text)


def test_a_plans_way_home_gerund_is_a_plan():
    text = "Javad Zarif will meet Shah Mahmood Qureshi in Islamabad on Monday before flying home on Tuesday."
    assert _events(text) == [], _events(text)


def test_leaving_for_a_city_of_the_host_is_no_way_home():
    text = "Javad Zarif met Shah Mahmood Qureshi in Islamabad on Monday before leaving for Lahore on Tuesday."
    assert _visit(text) == [], _events(text)
