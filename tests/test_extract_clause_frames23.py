"""Round 23 (frame23): one frame per clause, with its own modality, negation and subject (issue 15,
Deliver 1: 'per clause, an event frame (trigger, source and target actors, place, date, modality,
negation)'). A clause that holds a trigger of its own subject, or tells another modality than the
clause before it, is a region of the sentence (`extract/frame_regions.py`): a held meeting's frame
takes no actor, day or place of a plan, a denial or another subject's engagement told beside it.
Also the breaker's finding on 2.5.1: a told length ('a day-long visit') bounds the trip an undated
report joins. Made-up reports in our own words, three or more per class, with near misses."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from extract_fixtures import shipped_lexicon
from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.frame_regions import regions
from pakiran_events.extract.report import Reading, read_report

DAY = "2025-03-07"   # a Friday: Monday is 3 March, Tuesday 4 March, Wednesday 5 March
MON, TUE, WED = dt.date(2025, 3, 3), dt.date(2025, 3, 4), dt.date(2025, 3, 5)


def _events(text: str, day: str | None = DAY) -> set[tuple]:
    """(kind, participants, place, first day, last day) of each event the one report tells."""
    return {(e.kind, tuple(sorted(e.participants)), e.place_id, e.date_start, e.date_end)
            for e in cluster([read_report("frame23-own", text, day, shipped_lexicon())])}


# -- 1. a held engagement and another's plan told in a clause of its own --------------------------------------------
# the planner is no participant, and the plan's city is not the meeting's
PLAN_BESIDE = [
    ("Iranian Interior Minister Eskandar Momeni met Interior Minister Mohsin Naqvi in Islamabad on Tuesday, while "
     "Prime Minister Shehbaz Sharif is expected to travel to Tehran next month.",
     {("meeting", ("eskandar-momeni", "mohsin-naqvi"), "islamabad", TUE, TUE)}),
    ("Iranian Foreign Minister Abbas Araghchi met Prime Minister Shehbaz Sharif in Islamabad on Tuesday, while "
     "President Asif Ali Zardari is expected to visit Tehran next month.",
     {("meeting", ("abbas-araghchi", "shehbaz-sharif"), "islamabad", TUE, TUE)}),
    ("ISLAMABAD: Iranian Foreign Minister Abbas Araghchi met Prime Minister Shehbaz Sharif on Tuesday, while "
     "President Asif Ali Zardari is expected to visit Tehran next month.",
     {("meeting", ("abbas-araghchi", "shehbaz-sharif"), None, TUE, TUE)}),
    ("TEHRAN: Deputy Prime Minister Ishaq Dar called on President Masoud Pezeshkian on Wednesday, whereas Field "
     "Marshal Asim Munir is due to visit Mashhad later this month.",
     {("meeting", ("ishaq-dar", "masoud-pezeshkian"), None, WED, WED)}),
    ("RAWALPINDI: Iran's Defence Minister Aziz Nasirzadeh called on Field Marshal Asim Munir on Wednesday, whereas "
     "Defence Minister Khawaja Asif is due to travel to Tehran later this year.",
     {("meeting", ("asim-munir", "aziz-nasirzadeh"), None, WED, WED)}),
]


def test_a_plan_told_beside_a_held_meeting_gives_it_no_participant_and_no_city():
    for text, want in PLAN_BESIDE:
        assert _events(text) == want, text


def test_the_dateline_city_is_still_the_held_meeting_city_beside_a_denial():
    text = ("ISLAMABAD: Iranian Interior Minister Eskandar Momeni held talks with Interior Minister Mohsin Naqvi on "
            "Monday, but the Foreign Office denied that Prime Minister Shehbaz Sharif would travel to Tehran this month.")
    assert _events(text) == {("meeting", ("eskandar-momeni", "mohsin-naqvi"), "islamabad", MON, MON)}


def test_a_plan_clause_is_a_region_of_its_own_and_a_held_one_after_it_another():
    text = ("Foreign Minister Ishaq Dar telephoned Iranian Foreign Minister Abbas Araghchi on Monday; officials ruled "
            "out a visit by Araghchi to Islamabad before the elections, though the two ministers met in Doha in May.")
    r = Reading("frame23-own", text, dt.date(2025, 3, 7), shipped_lexicon())
    held = [h for _, _, h in regions(r, 0)]
    assert held == [True, False, True]


# -- 2. a denial told beside a held engagement --------------------------------------------------------------------
DENIED_BESIDE = [  # (text, participants, day, the denied trip's city)
    ("Iranian Interior Minister Eskandar Momeni held talks with Interior Minister Mohsin Naqvi on Monday, but the "
     "Foreign Office denied that Prime Minister Shehbaz Sharif would travel to Tehran this month.",
     ("eskandar-momeni", "mohsin-naqvi"), MON, "tehran"),
    ("Iranian Defence Minister Aziz Nasirzadeh met Defence Minister Khawaja Asif in Rawalpindi on Wednesday, but "
     "officials ruled out a visit by Field Marshal Asim Munir to Tehran before the summer.",
     ("aziz-nasirzadeh", "khawaja-muhammad-asif"), WED, "tehran"),
    ("KARACHI: Iran's Ambassador Reza Amiri Moghadam called on Sindh Chief Minister Murad Ali Shah on Tuesday; the "
     "embassy dismissed reports that President Masoud Pezeshkian would visit Lahore in April.",
     ("murad-ali-shah", "reza-amiri-moghadam"), TUE, "lahore"),
]


def test_a_denial_told_beside_a_held_engagement_gives_it_no_participant_and_no_city():
    for text, people, day, denied in DENIED_BESIDE:
        got = _events(text)
        assert [(e[1], e[3], e[4]) for e in got] == [(people, day, day)], text
        assert all(e[0] == "meeting" and e[2] != denied for e in got), text


def test_a_call_beside_a_denied_visit_takes_neither_its_city_nor_its_day():
    for text in ("Prime Minister Shehbaz Sharif spoke to President Masoud Pezeshkian by telephone on Tuesday, but "
                 "the Foreign Office denied that Sharif would visit Tehran on Monday.",
                 "Foreign Minister Ishaq Dar telephoned Iranian Foreign Minister Abbas Araghchi on Monday; officials "
                 "ruled out a visit by Araghchi to Islamabad on Wednesday.",
                 "Interior Minister Mohsin Naqvi telephoned Iranian Interior Minister Eskandar Momeni on Wednesday, "
                 "although the ministry denied that Momeni would travel to Quetta on Monday."):
        r = Reading("frame23-own", text, dt.date(2025, 3, 7), shipped_lexicon())
        from pakiran_events.extract.frames import frames_of

        calls = [f for f in frames_of(r) if f.kind == "phone_call"]
        assert len(calls) == 1 and calls[0].place_id is None, text
        assert len({c.start for c, _ in calls[0].dates}) == 1, text
        assert len({m.actor_id for m in calls[0].sources + calls[0].targets}) == 2, text


# -- 3. another subject's engagement in a clause of its own -------------------------------------------------------
OTHER_SUBJECT = [
    ("Interior Minister Mohsin Naqvi met Iranian Ambassador Reza Amiri Moghadam in Islamabad on Wednesday, while "
     "Iranian Interior Minister Eskandar Momeni held talks with Balochistan Chief Minister Sarfraz Bugti in Quetta.",
     {("meeting", ("mohsin-naqvi", "reza-amiri-moghadam"), "islamabad", WED, WED),
      ("meeting", ("eskandar-momeni", "sarfraz-bugti"), "quetta", WED, WED)}),
    ("Deputy Prime Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi in Tehran on Monday, while Iranian "
     "Defence Minister Aziz Nasirzadeh received Field Marshal Asim Munir in Tehran on the same day.",
     {("meeting", ("abbas-araghchi", "ishaq-dar"), "tehran", MON, MON),
      ("meeting", ("asim-munir", "aziz-nasirzadeh"), "tehran", MON, MON)}),
    ("Iranian Foreign Minister Abbas Araghchi called on Prime Minister Shehbaz Sharif in Islamabad on Tuesday, "
     "whereas Iranian Interior Minister Eskandar Momeni met Sindh Chief Minister Murad Ali Shah in Karachi.",
     {("meeting", ("abbas-araghchi", "shehbaz-sharif"), "islamabad", TUE, TUE),
      ("meeting", ("eskandar-momeni", "murad-ali-shah"), "karachi", TUE, TUE)}),
]


def test_another_subjects_meeting_in_a_clause_of_its_own_is_its_own_frame():
    for text, want in OTHER_SUBJECT:
        assert _events(text) == want, text


# -- 4. a person's relative clause telling a plan with its day ----------------------------------------------------
WHO_PLAN = [
    ("Iranian Defence Minister Aziz Nasirzadeh, who will travel to Karachi on Friday, met Defence Minister Khawaja "
     "Asif in Islamabad on Tuesday.", ("aziz-nasirzadeh", "khawaja-muhammad-asif"), "islamabad", TUE),
    ("Deputy Prime Minister Ishaq Dar, who is expected to fly to Mashhad on Friday, received Iranian Ambassador Reza "
     "Amiri Moghadam at the Foreign Office in Islamabad on Monday.", ("ishaq-dar", "reza-amiri-moghadam"), "islamabad", MON),
    ("Field Marshal Asim Munir, who is scheduled to travel to Tehran on Friday, received Iran's Defence Minister Aziz "
     "Nasirzadeh at the General Headquarters in Rawalpindi on Wednesday.", ("asim-munir", "aziz-nasirzadeh"), "rawalpindi", WED),
]


def test_a_day_of_a_plan_in_a_persons_relative_clause_does_not_date_the_held_meeting():
    for text, people, place, day in WHO_PLAN:
        assert ("meeting", people, place, day, day) in _events(text), text


def test_a_held_arrival_in_a_persons_relative_clause_still_dates_the_meeting():
    # near miss: 'at the official invitation of' tells who asked, the aside's arrival was held
    for text in ("Interior Minister Mohsin Naqvi, who arrived in Tehran on Monday at the official invitation of his "
                 "Iranian counterpart, met Iranian Interior Minister Eskandar Momeni at the interior ministry.",
                 "Iranian Foreign Minister Abbas Araghchi, who landed in Islamabad on Tuesday at the invitation of "
                 "Deputy Prime Minister Ishaq Dar, met Prime Minister Shehbaz Sharif at the PM House."):
        r = Reading("frame23-own", text, dt.date(2025, 3, 7), shipped_lexicon())
        from pakiran_events.extract.frames import frames_of

        meeting = next(f for f in frames_of(r) if f.kind == "meeting")
        assert {c.start for c, _ in meeting.dates} & {MON, TUE}, text


# -- near misses: one region, read as before ----------------------------------------------------------------------
def test_a_held_clause_without_a_subject_of_its_own_keeps_its_day_and_place_for_the_meeting():
    # 'where he met' names no new subject: the arrival's day and city still date and place the talks
    text = ("Iranian Interior Minister Eskandar Momeni arrived in Quetta on Monday, where he met Balochistan Chief "
            "Minister Sarfraz Bugti.")
    assert ("meeting", ("eskandar-momeni", "sarfraz-bugti"), "quetta", MON, MON) in _events(text)


def test_coordinated_meetings_of_one_subject_stay_one_region():
    # clause22's parts: one subject, two counterparts, each in its own city
    text = ("Iranian Interior Minister Eskandar Momeni met Prime Minister Shehbaz Sharif in Islamabad on Tuesday and "
            "later called on Field Marshal Asim Munir in Rawalpindi, officials said.")
    r = Reading("frame23-own", text, dt.date(2025, 3, 7), shipped_lexicon())
    assert len(regions(r, 0)) == 1
    got = {(e[1], e[2]) for e in _events(text)}
    assert got == {(("eskandar-momeni", "shehbaz-sharif"), "islamabad"), (("asim-munir", "eskandar-momeni"), "rawalpindi")}


def test_a_held_meeting_and_the_next_round_agreed_stay_one_held_meeting():
    text = ("Iranian Interior Minister Eskandar Momeni met Interior Minister Mohsin Naqvi in Islamabad on Tuesday and "
            "the two agreed that the next round of talks will be held in Tehran in April.")
    assert _events(text) == {("meeting", ("eskandar-momeni", "mohsin-naqvi"), "islamabad", TUE, TUE)}


def test_a_plan_told_alone_is_still_no_event():
    text = ("Prime Minister Shehbaz Sharif is expected to visit Tehran next month, while Iranian President Masoud "
            "Pezeshkian will travel to Islamabad later this year.")
    assert _events(text) == set()


# -- 5. a told length bounds the trip an undated report joins (breaker of 2.5.1) ----------------------------------
ANNOUNCED = ("n-ann", "2025-07-08", "ISLAMABAD: Interior Minister Mohsin Naqvi will visit Tehran on Wednesday for talks "
             "with Iranian Interior Minister Eskandar Momeni on border management, officials said on Tuesday.")
RETURNS = [
    "Interior Minister Mohsin Naqvi returned home on {day} night after a day-long visit to Tehran, where he met "
    "Iranian Interior Minister Eskandar Momeni and discussed border management.",
    "Interior Minister Mohsin Naqvi was back in Islamabad on {day} after a one-day trip to Tehran for talks with "
    "Iranian Interior Minister Eskandar Momeni on the border.",
    "Interior Minister Mohsin Naqvi returned on {day} from a day-long visit to Tehran, during which he held talks "
    "with Iranian Interior Minister Eskandar Momeni.",
]


def _visits(*reports: tuple[str, str | None, str]) -> list[tuple]:
    events = cluster([read_report(doc, text, day, shipped_lexicon()) for doc, day, text in reports])
    return sorted((v.date_start, v.date_end, tuple(sorted(v.sources))) for v in events if v.kind == "visit")


def test_a_day_long_trip_returned_from_two_days_after_the_announced_day_is_not_the_announced_trip():
    for text in RETURNS:
        visits = _visits(ANNOUNCED, ("n-und", None, text.format(day="Friday")))
        assert all("n-ann" not in sources for *_, sources in visits), text
        assert all((first, last) != (dt.date(2025, 7, 9), dt.date(2025, 7, 11)) for first, last, _ in visits), text


def test_a_day_long_trip_returned_from_on_the_announced_day_joins_it():
    for text in RETURNS:
        visits = _visits(ANNOUNCED, ("n-und", None, text.format(day="Wednesday")))
        assert visits == [(dt.date(2025, 7, 9), dt.date(2025, 7, 9), ("n-ann", "n-und"))], text


def test_a_three_day_trip_returned_from_two_days_after_the_announced_day_joins_it():
    text = ("Interior Minister Mohsin Naqvi returned home on Friday night after a three-day visit to Tehran, where he "
            "met Iranian Interior Minister Eskandar Momeni.")
    visits = _visits(ANNOUNCED, ("n-und", None, text))
    assert [sources for *_, sources in visits] == [("n-ann", "n-und")]


# -- 6. 'the two sides' are the pair of the engagement told before, not any two countries the report names ------
ANOTHER_PAIR = [
    "MASHHAD: Border officials of Iran and Afghanistan met at the Dogharoun crossing on Monday to discuss trade and "
    "migration. The two sides agreed to set up a joint committee on the return of migrants. Iran is also working "
    "with Pakistan on the same problem.",
    "ZAHEDAN: Officials of Iran and Turkmenistan held talks at the Sarakhs border on Tuesday on the transit of fuel. "
    "The two sides agreed to set up a joint committee on transit fees. Iran has signed a similar deal with Pakistan.",
    "QUETTA: Officials of Pakistan and Afghanistan met at Chaman on Monday on the reopening of the crossing. The two "
    "sides agreed to set up a joint committee on the movement of traders. Iran has reopened its own border with "
    "Afghanistan.",
]


def test_the_two_sides_of_another_pairs_talks_seat_neither_government_of_the_dyad():
    for text in ANOTHER_PAIR:
        assert _events(text) == set(), text


def test_the_two_sides_of_the_dyads_talks_still_seat_both_governments():
    text = ("QUETTA: Officials of Pakistan and Iran met at Taftan on Monday on the trade through the crossing. The two "
            "sides agreed to set up a joint committee on the movement of traders.")
    assert {e[1] for e in _events(text)} == {("government-of-iran", "government-of-pakistan")}


# -- 7. property: regions cover the sentence, in order, and never raise --------------------------------------------
WORDS = st.sampled_from(["Iranian Foreign Minister Abbas Araghchi", "met", "Prime Minister Shehbaz Sharif", "while",
                         "will visit", "Tehran", "on Tuesday", ",", ";", "but", "denied that", "held talks with",
                         "is expected to", "who", "next month", "in Islamabad", "called on", "(", ")", "—"])


@settings(max_examples=60, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=14))
def test_regions_cover_the_sentence_in_order(words):
    text = " ".join(words) + "."
    r = Reading("frame23-prop", text, dt.date(2025, 3, 7), shipped_lexicon())
    for i in range(len(r.spans)):
        found = regions(r, i)
        assert found[0][0] == 0 and found[-1][1] == len(r.sentence(i))
        assert all(a < b for a, b, _ in found)
        assert all(found[k][1] == found[k + 1][0] for k in range(len(found) - 1))
