"""Round 25 (calls): calls told as a held noun ('held a video conference', 'in a virtual meeting',
'received a call from X'), a call named first and received after ('one received last Friday by X
from Y'), 'the two' alone as a call's subject, and a wire dateline whose agency is bracketed in
lower case ('(wire)'), whose date is the newsroom's, not the meeting's weekday.

Triggers are data (engagement.yaml `phone`, sides.yaml `pair_of_people`); the dateline's tail is
frames._DATELINE_TAIL. Made-up reports in our own words (no corpus text), three or more per
class, in newswire style, with near misses: a call only planned, a call with a third country, an
appeal ('calls for restraint')."""

from __future__ import annotations

from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.report import read_report
from places11_table import lexicon


def _events(text: str, day: str) -> list:
    return cluster([read_report("calls25-own", text, day, lexicon())])


def _calls(text: str, day: str) -> list[tuple[str, str, frozenset[str]]]:
    return sorted((str(e.date_start), str(e.date_end), frozenset(e.participants)) for e in _events(text, day)
                  if e.kind == "phone_call")


def _meetings(text: str, day: str) -> list[tuple[str, str, str]]:
    return sorted((str(e.date_start), str(e.date_end), e.place_id or "-") for e in _events(text, day) if e.kind == "meeting")


QURESHI_ZARIF = frozenset({"shah-mahmood-qureshi", "mohammad-javad-zarif"})
BILAWAL_ABDOLLAHIAN = frozenset({"bilawal-bhutto-zardari", "hossein-amir-abdollahian"})
DAR_ARAGHCHI = frozenset({"ishaq-dar", "abbas-araghchi"})
JILANI_ABDOLLAHIAN = frozenset({"jalil-abbas-jilani", "hossein-amir-abdollahian"})

# -- 1. a call told as a held noun or as a call received ---------------------------------------------

HELD_NOUN = [
    (  # an Iranian release: a video conference held on a weekday evening, the report a day later
        "Tehran, 11 May 2022 - Foreign Minister Hossein Amir-Abdollahian and his Pakistani counterpart Bilawal "
        "Bhutto Zardari held a video conference on Tuesday evening and reviewed trade at the border markets.",
        "2022-05-11", ("2022-05-10", "2022-05-10", BILAWAL_ABDOLLAHIAN)),
    (  # a Pakistani paper: a virtual meeting, the date told in full
        "ISLAMABAD: Foreign Minister Shah Mahmood Qureshi had a virtual meeting with Iranian Foreign Minister "
        "Mohammad Javad Zarif on 14 April 2020 to discuss the pandemic's effect on border trade, the Foreign "
        "Office said.",
        "2020-04-15", ("2020-04-14", "2020-04-14", QURESHI_ZARIF)),
    (  # a wire: the call received, counted back from the report's Monday
        "ISLAMABAD, Sept 2 (APP) - Deputy Prime Minister Ishaq Dar received a call from Iranian Foreign "
        "Minister Abbas Araghchi on Saturday, and the two discussed security along the border.",
        "2024-09-02", ("2024-08-31", "2024-08-31", DAR_ARAGHCHI)),
    (  # a ministry summary: 'in a video conference' after the subject and object
        "Foreign Minister Bilawal Bhutto Zardari discussed pilgrims' travel with Iranian Foreign Minister "
        "Hossein Amir-Abdollahian in a video conference on 7 June 2022, a spokesperson said.",
        "2022-06-08", ("2022-06-07", "2022-06-07", BILAWAL_ABDOLLAHIAN)),
]


def test_a_call_told_as_a_held_noun_or_a_received_call_is_a_call():
    for text, day, call in HELD_NOUN:
        assert _calls(text, day) == [call], text[:70]


RECEIVED_AFTER = [
    (  # a weekly looking back: one of several calls, received 'last Friday' (a Monday's issue)
        "The new foreign minister has spent his first days on the telephone. Among the calls that counted was "
        "one received last Friday by Jalil Abbas Jilani from his Iranian counterpart, Hossein Amir-Abdollahian.",
        "2023-08-28", ("2023-08-25", "2023-08-25", JILANI_ABDOLLAHIAN)),
    (  # a call named first, 'received by' after, a day in full
        "A call received by Ishaq Dar from Iranian Foreign Minister Abbas Araghchi on 3 October 2024 dwelt on "
        "the situation in Lebanon, the Foreign Office said.",
        "2024-10-04", ("2024-10-03", "2024-10-03", DAR_ARAGHCHI)),
    (  # the call, an aside between commas, then 'received from'
        "ISLAMABAD: The telephone call, which Shah Mahmood Qureshi received from Mohammad Javad Zarif on "
        "Wednesday, was the first between the two since the attack on the border post.",
        "2019-02-15", ("2019-02-13", "2019-02-13", QURESHI_ZARIF)),
]


def test_a_call_named_first_and_received_after_is_a_call_on_its_day():
    for text, day, call in RECEIVED_AFTER:
        assert _calls(text, day) == [call], text[:70]


# -- 2. 'the two' alone: the pair told in the sentence before ---------------------------------------

THE_TWO = [
    (  # a think-tank brief: a meeting, then a call told by 'the two'
        "Policy Brief, 2 October 2024. Foreign Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi in "
        "New York on 24 September. The two spoke again by telephone on Monday, 30 September, and agreed to "
        "coordinate at the OIC.",
        "2024-10-02", ("2024-09-30", "2024-09-30", DAR_ARAGHCHI)),
    (  # a newspaper: the pair named with a trade remark, then 'the two later talked by phone'
        "ISLAMABAD: Foreign Minister Shah Mahmood Qureshi and Iran's Mohammad Javad Zarif have differed on the "
        "pace of the border fence. The two later talked by phone on 9 March 2019 and agreed to set up a joint "
        "team.",
        "2019-03-11", ("2019-03-09", "2019-03-09", QURESHI_ZARIF)),
    (  # an Iranian agency: 'the two also held a video conference'
        "TEHRAN (IRNA) - Foreign Minister Hossein Amir-Abdollahian thanked Bilawal Bhutto Zardari for "
        "Pakistan's help with pilgrims. The two also held a video conference on 20 July 2022 on the border "
        "markets.",
        "2022-07-22", ("2022-07-20", "2022-07-20", BILAWAL_ABDOLLAHIAN)),
]


def test_the_two_alone_as_a_calls_subject_are_the_pair_told_before():
    for text, day, call in THE_TWO:
        assert call in _calls(text, day), text[:70]


# -- 3. a wire dateline with its agency in brackets of any case ---------------------------------------

WIRE_DATELINE = [
    ("NEW YORK, Sept 27 (wire) - Prime Minister Nawaz Sharif and President Hassan Rouhani met on the sidelines "
     "of the United Nations General Assembly on Thursday, officials said.",
     "2013-09-27", ("2013-09-26", "2013-09-26", "new-york-city")),
    ("NEW YORK, Sept 26 (Reuters) - Prime Minister Imran Khan met President Hassan Rouhani on the sidelines of "
     "the UN General Assembly on Tuesday and discussed the Gulf, a Pakistani official said.",
     "2019-09-26", ("2019-09-24", "2019-09-24", "new-york-city")),
    ("NEW YORK, Sept. 22 (wire service) - Prime Minister Shehbaz Sharif and President Ebrahim Raisi met on "
     "the sidelines of the General Assembly in New York on Wednesday, their offices said.",
     "2022-09-22", ("2022-09-21", "2022-09-21", "new-york-city")),
]


def test_a_bracketed_agency_of_any_case_makes_the_dateline_the_newsrooms_day():
    for text, day, meeting in WIRE_DATELINE:
        assert _meetings(text, day) == [meeting], text[:70]


def test_the_dateline_tail_reads_brackets_of_either_case_only_after_the_date():
    from pakiran_events.extract.frames import _DATELINE_TAIL

    for tail in (" (wire) - ", " (Reuters) - ", " (AFP) - ", " /DNA/ ", ", 2024 (IRNA) - ", " (wire service) - "):
        assert _DATELINE_TAIL.match(tail), tail
    for tail in (" met on Thursday", " (the envoy said) that", " and talks"):
        assert not _DATELINE_TAIL.match(tail), tail


# -- near misses ----------------------------------------------------------------------------------

def test_near_miss_a_planned_call_is_no_held_call():
    for text, day in [
        ("ISLAMABAD: Foreign Minister Ishaq Dar will speak by phone with Iranian Foreign Minister Abbas "
         "Araghchi on Friday, the Foreign Office said.", "2024-10-08"),
        ("TEHRAN - Foreign Minister Hossein Amir-Abdollahian and Bilawal Bhutto Zardari are expected to hold a "
         "video conference next week on the border markets.", "2022-05-20"),
        ("ISLAMABAD: Shah Mahmood Qureshi is due to hold a virtual meeting with Mohammad Javad Zarif on 12 May "
         "2020, officials said.", "2020-05-08"),
    ]:
        assert all(c[0] > day for c in _calls(text, day)) or not _calls(text, day), text[:70]


def test_near_miss_a_call_with_a_third_country_or_an_appeal_is_no_pakistan_iran_call():
    for text, day in [
        ("ISLAMABAD: Foreign Minister Ishaq Dar held a video conference with Afghan Foreign Minister Amir Khan "
         "Muttaqi on Tuesday on the border crossings.", "2024-10-09"),
        ("TEHRAN - Foreign Minister Abbas Araghchi received a call from Turkish Foreign Minister Hakan Fidan on "
         "Sunday.", "2024-10-07"),
        ("ISLAMABAD: Calls for restraint received support from Foreign Minister Ishaq Dar, who said Pakistan "
         "and Iran should settle the matter by talks.", "2024-01-18"),
    ]:
        assert _calls(text, day) == [], text[:70]


def test_the_call_triggers_read_held_nouns_not_any_conference():
    phone = lexicon().patterns["phone"]
    for said in ("held a video conference", "had a virtual meeting with", "in a video conference on",
                 "received a call from Iran", "a call received by Dar from", "calls that mattered was one received from"):
        assert phone.search(said), said
    for said in ("a video of the conference", "calls for restraint received support", "held a press conference",
                 "the conference received delegates"):
        assert not phone.search(said), said


# -- 4. one of a series of sideline meetings: the series' subject, gathering and day -----------------

SERIES = [
    (  # a Friday paper: the series on Thursday at a summit in a third country's capital, its dateline
        "DUSHANBE: Prime Minister Imran Khan held a series of meetings with regional leaders on the sidelines "
        "of the Shanghai Cooperation Organisation summit on Thursday. Among them was a meeting with Iranian "
        "President Ebrahim Raisi, with whom he discussed Afghanistan and trade.",
        "2021-09-17", ("2021-09-16", "2021-09-16", "dushanbe")),
    (  # 'These included talks with', the gathering's city told after it
        "Prime Minister Shehbaz Sharif had talks with several leaders on the margins of the summit in Astana on "
        "Wednesday. These included talks with Iran's First Vice-President Mohammad Mokhber on energy supplies.",
        "2022-10-13", ("2022-10-12", "2022-10-12", "astana")),
    (  # 'One of them was a meeting with', the day in full
        "NEW YORK: Prime Minister Imran Khan held meetings with several heads of government on the sidelines of "
        "the UN General Assembly on 23 September 2019. One of them was a meeting with President Hassan Rouhani, "
        "who asked for help with the Gulf tensions.",
        "2019-09-25", ("2019-09-23", "2019-09-23", "new-york-city")),
]


def test_one_of_a_series_of_sideline_meetings_is_the_series_subjects_meeting():
    for text, day, meeting in SERIES:
        assert meeting in _meetings(text, day), text[:70]


def test_near_miss_a_series_member_with_a_third_countrys_leader_is_no_pakistan_iran_meeting():
    for text, day in [
        ("ASTANA: Prime Minister Shehbaz Sharif held a series of meetings on the sidelines of the summit on "
         "Thursday. Among them was a meeting with Turkish President Recep Tayyip Erdogan.", "2022-10-14"),
        ("DUSHANBE: Prime Minister Imran Khan held several meetings on the sidelines of the summit on Friday. "
         "These included talks with the Tajik president on trade.", "2021-09-18"),
        ("NEW YORK: Prime Minister Imran Khan held meetings on the sidelines of the UN General Assembly on "
         "Monday. One of them was a meeting with the Turkish president.", "2019-09-24"),
    ]:
        assert _meetings(text, day) == [], text[:70]
