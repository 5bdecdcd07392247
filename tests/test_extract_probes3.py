"""The twelfth round's event-finding classes from the third blind probe set (tests/fixtures/probes3),
each told here in our own words (made-up reports, not the probe texts), with near misses:
ceremonies as `other` events, translated meeting verbs, an office word with a modifier (a deputy,
an adviser) that is another office, visit days counted from the stated start or end, and hedged
meetings. Each report is read and clustered on its own."""

from __future__ import annotations

from functools import lru_cache

import pytest

from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.lexicon import load_lexicon
from pakiran_events.extract.report import read_report


@lru_cache(maxsize=1)
def _lexicon():
    return load_lexicon()


def _events(text: str, published: str = "2024-03-08"):
    return [(e.kind, sorted(e.participants), str(e.date_start), str(e.date_end), e.place_id)
            for e in cluster([read_report("probe3-own", text, published, _lexicon())])]


def _has(events, kind: str, *actors: str) -> bool:
    return any(k == kind and set(actors) <= set(people) for k, people, *_ in events)


def _of(events, kind: str):
    return [e for e in events if e[0] == kind]


# -- 1. ceremonies --------------------------------------------------------------------------------
def test_memorandum_signed_at_a_ceremony_is_other_of_both_signatories():
    text = ("ISLAMABAD: Interior Minister Mohsin Naqvi and Iranian Interior Minister Eskandar Momeni signed a "
            "memorandum of understanding on the exchange of prisoners at a ceremony in Islamabad on Tuesday.")
    events = _events(text, "2024-12-06")
    assert _has(events, "other", "mohsin-naqvi", "eskandar-momeni")
    assert [(s, e) for _, _, s, e, _ in _of(events, "other")] == [("2024-12-03", "2024-12-03")]


def test_a_memorandum_signed_by_one_side_alone_is_no_ceremony_of_the_pair():
    text = ("ISLAMABAD: Interior Minister Mohsin Naqvi signed a memorandum of understanding with a Chinese "
            "firm on border surveillance at a ceremony in Islamabad on Tuesday.")
    assert _of(_events(text, "2024-12-06"), "other") == []


def test_closing_ceremony_of_a_joint_drill_held_in_the_presence_of_both_commanders():
    text = ("KARACHI: The closing ceremony of a joint naval exercise of Pakistan and Iran was held in Karachi "
            "on Thursday in the presence of Chief of Naval Staff Admiral Naveed Ashraf and Iranian Navy "
            "Commander Shahram Irani.")
    events = _events(text, "2024-12-06")
    assert _has(events, "other", "naveed-ashraf", "shahram-irani")


def test_a_closing_ceremony_planned_for_next_week_is_nothing_yet():
    text = ("KARACHI: The closing ceremony of a joint naval exercise of Pakistan and Iran will be held in "
            "Karachi next week in the presence of Chief of Naval Staff Admiral Naveed Ashraf and Iranian Navy "
            "Commander Shahram Irani.")
    assert _of(_events(text, "2024-12-06"), "other") == []


# -- 2. translated meeting verbs --------------------------------------------------------------------
def test_held_negotiations_with_is_a_meeting():
    text = ("TEHRAN -- Pakistan's Foreign Minister Ishaq Dar on Wednesday held negotiations with Iranian "
            "Foreign Minister Abbas Araghchi about pilgrims and trade.")
    events = _events(text, "2024-03-08")
    assert _has(events, "meeting", "ishaq-dar", "abbas-araghchi")


def test_conversed_with_is_a_meeting():
    text = ("TEHRAN -- Pakistan's Foreign Minister Ishaq Dar conversed on Wednesday with Iranian Foreign "
            "Minister Abbas Araghchi about pilgrims and trade.")
    assert _has(_events(text, "2024-03-08"), "meeting", "ishaq-dar", "abbas-araghchi")


def test_negotiations_as_a_topic_are_no_meeting():
    text = ("ISLAMABAD: Negotiations with Iran on the gas pipeline have stalled for years, Foreign Minister "
            "Ishaq Dar told the Senate on Wednesday.")
    assert _of(_events(text, "2024-03-08"), "meeting") == []


def test_at_the_invitation_of_does_not_move_a_held_day_forward():
    text = ("TEHRAN -- Pakistan's Interior Minister Mohsin Naqvi, who started a visit to our country on Sunday "
            "at the invitation of his Iranian counterpart, met and conversed on Monday with Iranian Foreign "
            "Minister Abbas Araghchi.")
    meetings = _of(_events(text, "2024-11-20"), "meeting")
    assert [(s, e) for *_, s, e, _ in meetings] == [("2024-11-18", "2024-11-18")]


# -- 3. an office word with a modifier is another office ------------------------------------------
def test_a_deputy_foreign_minister_is_not_the_foreign_minister():
    text = "TEHRAN: Foreign Minister Ishaq Dar held talks with Iran's deputy foreign minister on Tuesday."
    events = _events(text, "2024-03-08")
    assert not any("abbas-araghchi" in p or "hossein-amir-abdollahian" in p for _, p, *_ in events)


def test_the_foreign_minister_unmodified_is_still_its_holder():
    # the office is the table's holder because the report names him in its last sentence (round 20:
    # the table confirms a name, never supplies one, CURATION.md §6)
    text = ("TEHRAN: Foreign Minister Ishaq Dar held talks with Iran's foreign minister on Tuesday. "
            "Hossein Amir-Abdollahian has served in the post since 2021.")
    assert _has(_events(text, "2024-03-08"), "meeting", "ishaq-dar", "hossein-amir-abdollahian")


def test_the_prime_ministers_adviser_is_not_the_prime_minister():
    text = ("ISLAMABAD: Iranian Foreign Minister Abbas Araghchi held talks with the prime minister's adviser "
            "on national security on Tuesday.")
    events = _events(text, "2024-03-08")
    assert not any("shehbaz-sharif" in p for _, p, *_ in events)


def test_the_prime_minister_unmodified_is_still_its_holder():
    # the office is the table's holder because the report names him too (round 20, CURATION.md §6)
    text = ("ISLAMABAD: Iranian Foreign Minister Abbas Araghchi held talks with the prime minister on Tuesday. "
            "Shehbaz Sharif took office last week.")
    assert _has(_events(text, "2024-03-08"), "meeting", "abbas-araghchi", "shehbaz-sharif")


# -- 4. visit days --------------------------------------------------------------------------------
def test_a_length_counts_from_the_day_the_visit_began():
    text = ("ISLAMABAD, March 7: Iranian Foreign Minister Abbas Araghchi held talks with Prime Minister Shehbaz "
            "Sharif today, the final day of a three-day visit to Pakistan that began on Tuesday.")
    visits = _of(_events(text, "2024-03-07"), "visit")
    assert [(s, e) for *_, s, e, _ in visits] == [("2024-03-05", "2024-03-07")]


def test_a_stay_wound_up_on_a_day_counts_back_its_length():
    text = ("ISLAMABAD: Iranian Foreign Minister Abbas Araghchi wound up a two-day stay in Islamabad on "
            "Thursday. During his stay he held talks with Foreign Minister Ishaq Dar.")
    visits = _of(_events(text, "2024-03-08"), "visit")
    assert [(s, e) for *_, s, e, _ in visits] == [("2024-03-06", "2024-03-07")]


def test_departed_the_host_capital_ends_the_visit():
    text = ("TEHRAN: Foreign Minister Ishaq Dar, on an official visit to Iran, held talks with Iranian Foreign "
            "Minister Abbas Araghchi on Monday. Mr. Dar departed Tehran on Tuesday evening for home.")
    visits = _of(_events(text, "2024-03-08"), "visit")
    assert [(s, e) for *_, s, e, _ in visits] == [("2024-03-04", "2024-03-05")]


def test_departed_home_capital_is_no_visit_there():
    text = ("ISLAMABAD: Foreign Minister Ishaq Dar departed Islamabad on Monday for Tehran, where he is to "
            "hold talks with Iranian Foreign Minister Abbas Araghchi.")
    assert not any(k in ("visit", "meeting") and s == "2024-03-04" and p == "islamabad"
                   for k, _, s, _, p in _events(text, "2024-03-08"))


# -- 5. hedged meetings ----------------------------------------------------------------------------
def test_a_commission_one_side_wants_is_no_meeting():
    text = ("ISLAMABAD: Foreign Minister Ishaq Dar and Iranian Foreign Minister Abbas Araghchi are likely to "
            "meet at a summit later this year. Officials said Islamabad wanted to propose an early session "
            "of the joint border commission.")
    assert _events(text, "2024-03-08") == []


def test_a_meeting_if_it_takes_place_is_no_meeting():
    text = ("ISLAMABAD: A meeting between Foreign Minister Ishaq Dar and Iranian Foreign Minister Abbas Araghchi, "
            "if it takes place, would be their first this year.")
    assert _events(text, "2024-03-08") == []


def test_a_commission_session_held_stays_a_meeting():
    text = ("ISLAMABAD: The joint border commission of Pakistan and Iran met in Islamabad on Monday, "
            "co-chaired by Foreign Minister Ishaq Dar and Iranian Foreign Minister Abbas Araghchi.")
    assert _has(_events(text, "2024-03-08"), "meeting", "ishaq-dar", "abbas-araghchi")


def test_departed_the_host_capital_toward_home_ends_the_visit():
    text = ("TEHRAN: Foreign Minister Ishaq Dar, on an official visit to Iran, held talks with Iranian Foreign "
            "Minister Abbas Araghchi on Monday. Mr. Dar departed Tehran on Tuesday evening toward Islamabad.")
    visits = _of(_events(text, "2024-03-08"), "visit")
    assert [(s, e) for *_, s, e, _ in visits] == [("2024-03-04", "2024-03-05")]


def test_coming_home_from_a_third_country_is_no_visit():
    text = ("ISLAMABAD: Foreign Minister Ishaq Dar returned to Islamabad on Tuesday after a summit in Baku, "
            "where he had spoken to reporters about Iran.")
    assert _of(_events(text, "2024-03-08"), "visit") == []


def test_a_session_agreed_to_be_held_later_is_no_meeting():
    text = ("ISLAMABAD: Iranian Foreign Minister Abbas Araghchi held talks with Foreign Minister Ishaq Dar on "
            "Tuesday. The two sides agreed to hold the next session of the joint economic commission in Tehran.")
    events = _events(text, "2024-03-08")
    assert not any(p == "tehran" for *_, p in events)
    assert _has(events, "meeting", "abbas-araghchi", "ishaq-dar")


def test_a_visit_entered_by_land_and_left_from_the_capital():
    text = ("TEHRAN, May 9: Interior Minister Mohsin Naqvi left Tehran for Islamabad on Wednesday. Mr. Naqvi "
            "had entered Iran through the Taftan crossing on Monday and held talks with Iranian Foreign "
            "Minister Abbas Araghchi in Tehran on Tuesday.")
    visits = _of(_events(text, "2024-05-09"), "visit")
    assert [(s, e) for *_, s, e, _ in visits] == [("2024-05-06", "2024-05-08")]


def test_entered_into_an_agreement_is_no_arrival():
    text = ("ISLAMABAD: Interior Minister Mohsin Naqvi said on Wednesday that Pakistan had entered into an "
            "agreement with Iran on prisoners.")
    assert _of(_events(text, "2024-05-09"), "visit") == []


def test_a_signing_ceremony_during_talks_is_part_of_the_talks():
    text = ("TEHRAN: Foreign Minister Ishaq Dar, on an official visit to Iran, held talks with Iranian Foreign "
            "Minister Abbas Araghchi on Monday. The two ministers then attended a signing ceremony for a "
            "memorandum on border markets.")
    events = _events(text, "2024-03-08")
    assert _has(events, "meeting", "ishaq-dar", "abbas-araghchi")
    assert _of(events, "other") == []


def test_arrived_here_on_a_visit_counts_the_length_from_the_arrival():
    text = ("ISLAMABAD: Iranian Foreign Minister Abbas Araghchi, who arrived here on Monday on a three-day visit, "
            "held talks with Foreign Minister Ishaq Dar on Tuesday.")
    visits = _of(_events(text, "2024-03-06"), "visit")
    assert [(s, e) for *_, s, e, _ in visits] == [("2024-03-04", "2024-03-06")]


def test_arrived_here_after_talks_abroad_is_a_homecoming():
    text = ("ISLAMABAD: Foreign Minister Ishaq Dar arrived here on Monday after holding talks in Tehran with "
            "Iranian Foreign Minister Abbas Araghchi last week.")
    assert not any(k == "visit" and p == "islamabad" for k, *_, p in _events(text, "2024-03-06"))


def test_received_by_a_minister_at_his_ministry_is_a_meeting_of_its_own():
    text = ("ISLAMABAD: Iranian Foreign Minister Abbas Araghchi arrived in Islamabad on Monday on a two-day "
            "visit. On Tuesday the visiting minister was received by Interior Minister Mohsin Naqvi at the "
            "interior ministry.")
    events = _events(text, "2024-03-08")
    assert [(s, e) for k, p, s, e, _ in events if k == "meeting" and "mohsin-naqvi" in p] == [("2024-03-05", "2024-03-05")]


def test_received_by_a_minister_at_the_airport_is_a_welcome():
    text = ("ISLAMABAD: Iranian Foreign Minister Abbas Araghchi arrived in Islamabad on Monday on a two-day "
            "visit. He was received by Interior Minister Mohsin Naqvi at the airport.")
    assert _of(_events(text, "2024-03-08"), "meeting") == []


def test_a_drill_told_by_its_closing_ceremony_spans_its_stated_days():
    text = ("KARACHI: The closing ceremony of a joint naval exercise of Pakistan and Iran was held in Karachi "
            "on Thursday in the presence of Chief of Naval Staff Admiral Naveed Ashraf and Iranian Navy "
            "Commander Shahram Irani. During the three-day exercise, ships of both navies practised boarding drills.")
    others = _of(_events(text, "2024-12-06"), "other")
    assert [(s, e) for *_, s, e, _ in others] == [("2024-12-03", "2024-12-05")]


def test_an_opening_ceremony_keeps_its_own_day_whatever_the_length():
    text = ("KARACHI: The opening ceremony of a joint naval exercise of Pakistan and Iran was held in Karachi "
            "on Thursday in the presence of Chief of Naval Staff Admiral Naveed Ashraf and Iranian Navy "
            "Commander Shahram Irani. The three-day exercise will include boarding drills.")
    others = _of(_events(text, "2024-12-06"), "other")
    assert [(s, e) for *_, s, e, _ in others] == [("2024-12-05", "2024-12-05")]


# -- left (strict xfails naming the class) ---------------------------------------------------------
@pytest.mark.xfail(strict=True, reason="people: officials new to the gazetteer named after a lowercase title and a "
                                       "comma ('the commissioner of X division, Name') are not read, so a ceremony "
                                       "they attend has no sides (the names class, xwho13)")
def test_ceremony_attended_by_officials_new_to_the_gazetteer():
    text = ("TURBAT: A border market at Kalatuk was formally opened on 3 March at a ceremony attended by the "
            "deputy commissioner of Kech district, Farhan Baloch Qadir, and the governor of Rask county, "
            "Nasser Parvizi Rad.")
    events = _events(text, "2024-03-05")
    assert _has(events, "other", "farhan-baloch-qadir", "nasser-parvizi-rad")


def test_held_negotiations_with_a_minister_of_our_country():
    # thirteenth round (who): an appositive office of no side, in a sentence whose one person is marked
    # as the other side's, is the other side's (mentions._apposed_unsided_strangers)
    text = ("TEHRAN -- Pakistan's Interior Minister Mohsin Naqvi on Monday held negotiations with Kamran "
            "Dehqani-Far, Minister of Roads of our country, on the transit of pilgrims.")
    assert _has(_events(text, "2024-03-08"), "meeting", "mohsin-naqvi", "kamran-dehqani-far")


def test_signing_by_two_institutions_with_signatories_in_the_next_sentence():
    # fourteenth round (visits): a ceremony naming nobody takes the two officials the next sentence
    # names together, when it tells no engagement of its own (candidates._Built._present_after)
    text = ("ISLAMABAD: The Ministry of Interior and the Embassy of Iran signed a memorandum on the return of "
            "prisoners at a ceremony at the ministry on Tuesday. Interior Minister Mohsin Naqvi and Iranian "
            "Foreign Minister Abbas Araghchi signed the document on behalf of their governments.")
    assert _has(_events(text, "2024-03-08"), "other", "mohsin-naqvi", "abbas-araghchi")
