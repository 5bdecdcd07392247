"""Round 27 (nounframe27, issue 15 proposal 2): meeting frames from an engagement noun's attachments
('a meeting in X between A and B', 'held an office call with B', 'his first round of talks on Monday
with B') and from delegation heads of two sides ('the Pakistani side was led by A and the Iranian side
by B'), with the verb frames' plan, negation, denial and background rules. Made-up reports in our own
words, three or more per class, with near misses."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract_fixtures import shipped_lexicon
from pakiran_events.extract.frames import frames_of
from pakiran_events.extract.noun_frames import attachments, delegation_heads
from pakiran_events.extract.report import Frame, Reading

DAY = dt.date(2025, 3, 7)  # a Friday


def _frames(text: str) -> tuple[Reading, list[Frame]]:
    r = Reading("nounframe27-own", text, DAY, shipped_lexicon())
    return r, frames_of(r)


def _with_pair(frames: list[Frame], a: str, b: str) -> list[Frame]:
    return [f for f in frames if f.kind == "meeting" and {a, b} <= {m.actor_id for m in f.sources + f.targets}]


# -- 1. held: the parties hang on the noun ------------------------------------------------------------------------
HELD = [
    # 'between A and B' after the noun, words between
    ("The hotline was agreed on Tuesday at a meeting in Quetta between Interior Minister Mohsin Naqvi and Iranian "
     "Interior Minister Eskandar Momeni.", "mohsin-naqvi", "eskandar-momeni", dt.date(2025, 3, 4)),
    ("The understanding came out of talks on Monday between Iranian Foreign Minister Abbas Araghchi and Deputy Prime "
     "Minister Ishaq Dar at the Foreign Office.", "abbas-araghchi", "ishaq-dar", dt.date(2025, 3, 3)),
    ("A long session in Tehran on Wednesday between Deputy Prime Minister Ishaq Dar and Foreign Minister Abbas "
     "Araghchi settled the dates of the commission.", "ishaq-dar", "abbas-araghchi", dt.date(2025, 3, 5)),
    # 'with B' after the noun, words between; the subject before the noun
    ("On Monday, Field Marshal Asim Munir held an office call with Major General Mohammad Bagheri at the general "
     "staff headquarters.", "asim-munir", "mohammad-bagheri", dt.date(2025, 3, 3)),
    ("Deputy Prime Minister Ishaq Dar had his first round of talks on Tuesday in Tehran with Foreign Minister Abbas "
     "Araghchi.", "ishaq-dar", "abbas-araghchi", dt.date(2025, 3, 4)),
    ("Iranian Interior Minister Eskandar Momeni held a long session on Wednesday with Interior Minister Mohsin "
     "Naqvi at the Interior Ministry.", "eskandar-momeni", "mohsin-naqvi", dt.date(2025, 3, 5)),
    # the subject inside the words between the noun and 'with' (a relative clause of the noun)
    ("Interior Minister Mohsin Naqvi arrived in Tehran on Sunday. The consultations that Mr Naqvi held on Monday "
     "with Iranian Interior Minister Eskandar Momeni lasted three hours.", "mohsin-naqvi", "eskandar-momeni", dt.date(2025, 3, 3)),
]


@pytest.mark.parametrize("text,a,b,day", HELD)
def test_a_nouns_attachment_makes_one_held_meeting_frame_with_both_parties(text, a, b, day):
    _, frames = _frames(text)
    found = _with_pair(frames, a, b)
    assert len(found) == 1, (text, [(f.kind, [m.actor_id for m in f.sources + f.targets]) for f in frames])
    f = found[0]
    assert not f.planned and not f.negated and not f.background, text
    assert [c.start for c, _ in f.dates] == [day], (text, f.dates)


# -- 2. delegation heads told before and after the talks ----------------------------------------------------------
HEADS = [
    # heads after the talks, in one sentence, the second side by ellipsis
    ("Pakistan and Iran held a round of political consultations in Islamabad on Tuesday. The Pakistani side was led "
     "by Deputy Prime Minister Ishaq Dar and the Iranian side by Foreign Minister Abbas Araghchi.",
     "ishaq-dar", "abbas-araghchi", dt.date(2025, 3, 4)),
    # heads before the talks, the talks told by a verb with the delegations as subject
    ("The Iranian delegation was headed by Interior Minister Eskandar Momeni and the Pakistani delegation by "
     "Interior Minister Mohsin Naqvi. The two delegations met in Tehran on Monday.",
     "eskandar-momeni", "mohsin-naqvi", dt.date(2025, 3, 3)),
    # heads after the talks, each side told by a clause of its own
    ("The joint working group on border security held its third session in Quetta on Wednesday. The Pakistani team "
     "was headed by Interior Minister Mohsin Naqvi, and the Iranian team by Interior Minister Eskandar Momeni.",
     "mohsin-naqvi", "eskandar-momeni", dt.date(2025, 3, 5)),
]


@pytest.mark.parametrize("text,a,b,day", HEADS)
def test_delegation_heads_of_two_sides_are_seated_in_the_talks_told_with_the_sides(text, a, b, day):
    r, frames = _frames(text)
    assert {m.actor_id for _, m in delegation_heads(r)} == {a, b}
    found = _with_pair(frames, a, b)
    assert len(found) == 1, (text, [(f.kind, f.sentence, [m.actor_id for m in f.sources + f.targets]) for f in frames])
    assert not found[0].planned and not found[0].negated
    assert [c.start for c, _ in found[0].dates] == [day], (text, found[0].dates)


# -- 3. near misses: planned, negated, denied, background ---------------------------------------------------------
NOT_HELD = [
    ("Deputy Prime Minister Ishaq Dar is expected to hold a round of talks in Tehran next week with Foreign Minister "
     "Abbas Araghchi.", "ishaq-dar", "abbas-araghchi", "planned"),
    ("Pakistan and Iran will hold political consultations in Tehran next month. The Pakistani side will be led by "
     "Deputy Prime Minister Ishaq Dar and the Iranian side by Foreign Minister Abbas Araghchi.",
     "ishaq-dar", "abbas-araghchi", "planned"),
    ("No meeting in Quetta between Interior Minister Mohsin Naqvi and Iranian Interior Minister Eskandar Momeni "
     "was held on Monday.", "mohsin-naqvi", "eskandar-momeni", "negated"),
    ("The Foreign Office denied that a meeting in Geneva between Deputy Prime Minister Ishaq Dar and Foreign "
     "Minister Abbas Araghchi had taken place.", "ishaq-dar", "abbas-araghchi", "negated"),
    ("Relations have improved since the talks in 2019 between Interior Minister Mohsin Naqvi and Iranian Interior "
     "Minister Eskandar Momeni.", "mohsin-naqvi", "eskandar-momeni", "background"),
]


@pytest.mark.parametrize("text,a,b,how", NOT_HELD)
def test_a_noun_frame_takes_the_plan_negation_denial_and_background_of_its_clause(text, a, b, how):
    _, frames = _frames(text)
    found = _with_pair(frames, a, b)
    assert found, text
    assert all(getattr(f, how) for f in found), (text, [(f.planned, f.negated, f.background) for f in found])


NONE = [
    # both parties of one side
    "The budget was settled at a meeting in Lahore between Deputy Prime Minister Ishaq Dar and Interior Minister "
    "Mohsin Naqvi.",
    # 'with' a country, not a person
    "Interior Minister Mohsin Naqvi said the talks on border trade with Iran would continue.",
    # the attachment past a clause boundary
    "Deputy Prime Minister Ishaq Dar chaired the talks; with Foreign Minister Abbas Araghchi absent, nothing was "
    "decided.",
    # heads of one side only
    "The joint committee held its session in Quetta on Monday. The Pakistani side was led by Interior Minister "
    "Mohsin Naqvi.",
]


@pytest.mark.parametrize("text", NONE)
def test_no_noun_frame_without_two_sides_attached_in_the_nouns_clause(text):
    r, frames = _frames(text)
    assert all(attachments(r, i) == [] for i in range(len(r.spans))), text
    pairs = [f for f in frames if f.kind == "meeting" and len({m.side for m in f.sources + f.targets
                                                               if r.people.is_person(m.actor_id)}) > 1]
    assert pairs == [], text


def test_a_pair_a_verb_frame_holds_gets_no_second_frame():
    text = ("Deputy Prime Minister Ishaq Dar met Foreign Minister Abbas Araghchi in Tehran on Monday for a session "
            "with Foreign Minister Abbas Araghchi's advisers.")
    _, frames = _frames(text)
    assert len(_with_pair(frames, "ishaq-dar", "abbas-araghchi")) == 1


# -- 4. the property: any two known actors of opposite sides in 'a meeting between A and B' -------------------------
PAK = [("Deputy Prime Minister Ishaq Dar", "ishaq-dar"), ("Interior Minister Mohsin Naqvi", "mohsin-naqvi"),
       ("Field Marshal Asim Munir", "asim-munir")]
IRN = [("Foreign Minister Abbas Araghchi", "abbas-araghchi"), ("Interior Minister Eskandar Momeni", "eskandar-momeni"),
       ("Major General Mohammad Bagheri", "mohammad-bagheri")]
NOUNS = st.sampled_from(["a meeting", "talks", "a session", "consultations"])
GAPS = st.sampled_from(["", " in Quetta", " on Tuesday", " in Tehran on Monday", " held at the ministry"])


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(PAK), st.sampled_from(IRN), NOUNS, GAPS, st.booleans())
def test_any_two_actors_of_opposite_sides_between_make_one_frame_in_either_order(pak, irn, noun, gap, swap):
    first, second = (irn, pak) if swap else (pak, irn)
    text = f"The understanding was reached at {noun}{gap} between {first[0]} and {second[0]}."
    r, frames = _frames(text)
    found = _with_pair(frames, pak[1], irn[1])
    assert len(found) == 1, text
    assert [m.actor_id for m in found[0].sources] == [first[1]] and [m.actor_id for m in found[0].targets] == [second[1]]


# -- 5. a ceremony noun with its act's agents attached by 'by' ----------------------------------------------------
CEREMONIES = [
    ("The memorandum on border markets was signed by Interior Minister Mohsin Naqvi and Iranian Interior Minister "
     "Eskandar Momeni in a ceremony at the ministry in Quetta on Tuesday.", "mohsin-naqvi", "eskandar-momeni"),
    ("The detainees were handed over at a ceremony on Wednesday by Iranian Interior Minister Eskandar Momeni to "
     "Interior Minister Mohsin Naqvi.", "eskandar-momeni", "mohsin-naqvi"),
    ("A new crossing was opened in a short ceremony by Foreign Minister Abbas Araghchi and Deputy Prime Minister "
     "Ishaq Dar on Monday.", "abbas-araghchi", "ishaq-dar"),
]


@pytest.mark.parametrize("text,a,b", CEREMONIES)
def test_a_ceremony_nouns_agents_make_one_ceremony_frame_of_both_sides(text, a, b):
    _, frames = _frames(text)
    found = [f for f in frames if f.kind == "ceremony" and {a, b} <= {m.actor_id for m in f.sources + f.targets}]
    assert len(found) == 1 and not found[0].planned and found[0].dates, (text, frames)


def test_a_retold_ceremony_takes_the_day_and_place_of_the_act_told_before():
    text = ("Iran handed over 40 Pakistani fishermen to Pakistani officials at Gwadar on Thursday, officials said. The "
            "fishermen were handed over at a ceremony by Iranian Interior Minister Eskandar Momeni to Interior "
            "Minister Mohsin Naqvi.")
    _, frames = _frames(text)
    found = [f for f in frames if f.kind == "ceremony" and f.sentence == 1]
    assert len(found) == 1 and found[0].place_id == "gwadar", frames
    assert [c.start for c, _ in found[0].dates] == [dt.date(2025, 3, 6)]


def test_a_ceremony_planned_by_its_clause_stays_planned():
    text = ("The memorandum will be signed by Interior Minister Mohsin Naqvi and Iranian Interior Minister Eskandar "
            "Momeni in a ceremony in Quetta next week.")
    _, frames = _frames(text)
    found = [f for f in frames if f.kind == "ceremony"]
    assert found and all(f.planned for f in found)


# -- 6. 'between the two ministers': the pair named last -----------------------------------------------------------
PAIR_REFERENCES = [
    ("phone_call", "Interior Minister Mohsin Naqvi and Iranian Interior Minister Eskandar Momeni agreed on Wednesday to "
     "reopen the crossings. The decision was taken during a video link between the two ministers."),
    ("phone_call", "Deputy Prime Minister Ishaq Dar and Foreign Minister Abbas Araghchi agreed on Tuesday to keep the "
     "border open. It came in a telephone conversation between the two leaders, officials said."),
    ("meeting", "Field Marshal Asim Munir and Major General Mohammad Bagheri agreed on Monday to share intelligence. "
     "The understanding was reached in talks between the two generals in Tehran."),
]


@pytest.mark.parametrize("kind,text", PAIR_REFERENCES)
def test_the_two_ministers_after_between_are_the_pair_named_before(kind, text):
    r, frames = _frames(text)
    named = {m.actor_id for m in r.mentions[0]}
    found = [f for f in frames if f.kind == kind and f.sentence == 1
             and {m.actor_id for m in f.sources + f.targets} == named]
    assert len(found) == 1, (text, [(f.kind, f.sentence, [m.actor_id for m in f.sources + f.targets]) for f in frames])


def test_the_two_leaders_of_a_meeting_already_told_make_no_second_frame():
    text = ("Deputy Prime Minister Ishaq Dar and Foreign Minister Abbas Araghchi were in Islamabad. The two ministers met "
            "on Thursday at the Foreign Office. The meeting was followed by a session between the two leaders.")
    r, frames = _frames(text)
    assert attachments(r, 2) == []


# -- 7. a live page's present tense --------------------------------------------------------------------------------
PRESENT = [
    "CAIRO, December 19 - Live updates. 15:40 - Deputy Prime Minister Ishaq Dar and Foreign Minister Abbas Araghchi "
    "meet on the sidelines of the summit.",
    "BAKU, March 5 - Live updates from the summit. 11:10 - Interior Minister Mohsin Naqvi and Iranian Interior "
    "Minister Eskandar Momeni meet at the conference centre.",
    "DUSHANBE, March 5 - Our live page. 12:00 - Foreign Minister Abbas Araghchi and Deputy Prime Minister Ishaq Dar "
    "meet behind closed doors.",
]


@pytest.mark.parametrize("text", PRESENT)
def test_a_live_pages_present_tense_meeting_is_on_the_pages_day(text):
    r, frames = _frames(text)
    found = [f for f in frames if f.kind == "meeting" and len({m.side for m in f.sources + f.targets}) == 2]
    assert len(found) == 1 and not found[0].planned, (text, frames)
    assert [(c.start.month, c.start.day) for c, _ in found[0].dates] in ([(12, 19)], [(3, 5)]), found[0].dates


@pytest.mark.parametrize("text", [
    "Deputy Prime Minister Ishaq Dar will travel to Tehran to meet Foreign Minister Abbas Araghchi.",
    "Deputy Prime Minister Ishaq Dar and Foreign Minister Abbas Araghchi are expected to meet next week.",
])
def test_no_present_tense_frame_without_a_person_right_before_the_verb(text):
    r, frames = _frames(text)
    from pakiran_events.extract.noun_frames import present_meetings

    assert present_meetings(r, 0) == []
