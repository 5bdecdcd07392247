"""Round 20, ceremonies (issue 15): openings, signings and a drill's closing as `other` events.
A ceremony told by its act and what it opens ('the opening of the X border market by A and B',
'A and B opened a new gate', 'the power line was inaugurated'), a memorandum signed at a ceremony
far down its sentence with its signatories in the next ('was signed by'), placed at the dateline's
city when told at an office there; agreements, figures and consensus 'reached' are no arrival (they
had made spurious visits of signing reports); a signing told during talks of its signatories is
part of those talks (CURATION.md §2), not a second event. Made-up reports in our own words; near
misses must give nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import OwnReports, has_pair, of_kind, shipped_lexicon

_OWN = OwnReports("xcere20-own", "2024-10-11")   # a Friday

ASIF, NASIR = "khawaja-muhammad-asif", "aziz-nasirzadeh"
BILAWAL, ABDOLLAHIAN = "bilawal-bhutto-zardari", "hossein-amir-abdollahian"


# -- 1. the act told as a noun with what it opens ------------------------------------------------------
def test_background_opening_of_a_market_by_both_ministers_in_a_month():
    text = ("ISLAMABAD: The two navies will meet next year, officials said. The talks come weeks after "
            "the opening of a joint border market at Taftan by Defence Minister Khawaja Muhammad Asif and "
            "Iranian Defence Minister Aziz Nasirzadeh in August.")
    events = _OWN.clustered(text)
    assert has_pair(events, "other", ASIF, NASIR)
    (other,) = of_kind(events, "other")
    assert (other.date_start, other.date_end) == (dt.date(2024, 8, 1), dt.date(2024, 8, 31))
    assert other.place_id == "taftan"


def test_inauguration_of_a_power_line_told_as_a_noun():
    text = ("GWADAR: The inauguration of the new power line at Gwadar by Defence Minister Khawaja Muhammad "
            "Asif and Iranian Defence Minister Aziz Nasirzadeh on Tuesday drew hundreds of traders.")
    events = _OWN.clustered(text)
    assert has_pair(events, "other", ASIF, NASIR)
    (other,) = of_kind(events, "other")
    assert other.date_start == dt.date(2024, 10, 8)


def test_commissioning_of_a_crossing_point_by_both_foreign_ministers():
    text = ("TAFTAN: Foreign Minister Bilawal Bhutto Zardari and his Iranian counterpart Hossein "
            "Amir-Abdollahian attended the commissioning of a second crossing point at Taftan on Wednesday.")
    events = _OWN.clustered(text)
    assert has_pair(events, "other", BILAWAL, ABDOLLAHIAN)


def test_near_miss_an_opening_told_as_a_purpose_or_a_topic_is_no_event():
    for text in (
        "ISLAMABAD: Defence Minister Khawaja Muhammad Asif and Iranian Defence Minister Aziz Nasirzadeh "
        "pressed for the opening of new border markets at Taftan.",
        "ISLAMABAD: Defence Minister Khawaja Muhammad Asif and Iranian Defence Minister Aziz Nasirzadeh "
        "spoke about progress on the opening of a new crossing point.",
        "ISLAMABAD: Defence Minister Khawaja Muhammad Asif told Iranian Defence Minister Aziz Nasirzadeh "
        "that Pakistan looked forward to the launch of a new railway.",
        "ISLAMABAD: Defence Minister Khawaja Muhammad Asif and Iranian Defence Minister Aziz Nasirzadeh "
        "agreed on the early opening of the crossing at Taftan.",
        "ISLAMABAD: Defence Minister Khawaja Muhammad Asif and Iranian Defence Minister Aziz Nasirzadeh "
        "welcomed the proposed launch of a rail link at Gwadar in March.",
    ):
        assert not of_kind(_OWN.clustered(text), "other"), text


# -- 2. the act told by its verb, active or passive, with its object --------------------------------------
def test_both_ministers_opened_a_new_gate():
    text = ("TAFTAN: Defence Minister Khawaja Muhammad Asif and Iranian Defence Minister Aziz Nasirzadeh "
            "opened a new gate and a cargo terminal at Taftan on Wednesday.")
    events = _OWN.clustered(text)
    assert has_pair(events, "other", ASIF, NASIR)
    (other,) = of_kind(events, "other")
    assert other.date_start == dt.date(2024, 10, 9)
    assert other.place_id == "taftan"


def test_a_pipeline_was_formally_inaugurated_by_both_ministers():
    text = ("GWADAR: A gas pipeline across the border was formally inaugurated by Defence Minister Khawaja "
            "Muhammad Asif and Iranian Defence Minister Aziz Nasirzadeh at Gwadar on Monday.")
    events = _OWN.clustered(text)
    assert has_pair(events, "other", ASIF, NASIR)


def test_a_railway_launched_by_the_foreign_ministers():
    text = ("TAFTAN: Foreign Minister Bilawal Bhutto Zardari and Iranian Foreign Minister Hossein "
            "Amir-Abdollahian launched a rail link between Taftan and Zahedan on Thursday.")
    events = _OWN.clustered(text)
    assert has_pair(events, "other", BILAWAL, ABDOLLAHIAN)


def test_near_miss_an_opening_still_to_come_is_no_event():
    for text in (
        "TAFTAN: Defence Minister Khawaja Muhammad Asif and Iranian Defence Minister Aziz Nasirzadeh "
        "will open a new gate at Taftan next month.",
        "TAFTAN: Defence Minister Khawaja Muhammad Asif and Iranian Defence Minister Aziz Nasirzadeh "
        "are expected to inaugurate a border market at Taftan later this month.",
        "GWADAR: A power line across the border is scheduled to be inaugurated by Defence Minister "
        "Khawaja Muhammad Asif and Iranian Defence Minister Aziz Nasirzadeh next month.",
    ):
        assert not of_kind(_OWN.clustered(text), "other"), text


def test_near_miss_a_crossing_not_opened_is_no_event():
    text = ("TAFTAN: Defence Minister Khawaja Muhammad Asif and Iranian Defence Minister Aziz Nasirzadeh "
            "did not open the new gate at Taftan on Wednesday.")
    assert not of_kind(_OWN.clustered(text), "other")


# -- 3. a memorandum signed at a ceremony, its signatories in the next sentence ---------------------------
def test_signed_far_before_at_a_ceremony_at_a_ministry_is_in_the_dateline_city():
    text = ("ISLAMABAD: Pakistan and Iran signed a memorandum of understanding on Tuesday on the training "
            "of customs staff and on the exchange of data on goods crossing the border, at a ceremony at "
            "the Ministry of Defence. The memorandum was signed by Defence Minister Khawaja Muhammad Asif "
            "and Iranian Defence Minister Aziz Nasirzadeh.")
    events = _OWN.clustered(text)
    assert has_pair(events, "other", ASIF, NASIR)
    (other,) = of_kind(events, "other")
    assert other.place_id == "islamabad" and other.date_start == dt.date(2024, 10, 8)
    assert not of_kind(events, "visit") and not of_kind(events, "meeting")


def test_signed_at_a_ceremony_in_a_city_then_signed_by_both():
    text = ("TEHRAN: The two countries signed an agreement on the return of prisoners at a ceremony in "
            "Tehran on Monday. It was signed by Foreign Minister Bilawal Bhutto Zardari and Iranian Foreign "
            "Minister Hossein Amir-Abdollahian.")
    events = _OWN.clustered(text)
    assert has_pair(events, "other", BILAWAL, ABDOLLAHIAN)
    assert len(of_kind(events, "other")) == 1


def test_accord_signed_at_a_formal_ceremony_with_both_signatories_named():
    text = ("QUETTA: Defence Minister Khawaja Muhammad Asif and Iranian Defence Minister Aziz Nasirzadeh "
            "signed an accord on joint patrols of the frontier on Wednesday at a formal ceremony in Quetta.")
    events = _OWN.clustered(text)
    assert has_pair(events, "other", ASIF, NASIR)
    assert [e.place_id for e in of_kind(events, "other")] == ["quetta"]


# -- 4. an agreement, a figure or a consensus 'reached' is no arrival ---------------------------------------
def test_an_agreement_reached_years_ago_makes_no_visit():
    text = ("ISLAMABAD: The memorandum was signed by Defence Minister Khawaja Muhammad Asif and Iranian "
            "Defence Minister Aziz Nasirzadeh at a ceremony in Islamabad on Tuesday. The agreement to set "
            "up the markets was reached in 2019.")
    events = _OWN.clustered(text)
    assert not of_kind(events, "visit")
    assert has_pair(events, "other", ASIF, NASIR)


def test_agreements_the_sides_reached_and_trade_that_reached_a_figure_make_no_visit():
    for text in (
        "ISLAMABAD: Defence Minister Khawaja Muhammad Asif said the accords that the two sides reached "
        "with Iranian Defence Minister Aziz Nasirzadeh last year were being carried out.",
        "ISLAMABAD: Trade between the two neighbours reached more than $2 billion last year, Defence "
        "Minister Khawaja Muhammad Asif told Iranian Defence Minister Aziz Nasirzadeh's aides in a letter.",
        "ISLAMABAD: A consensus was reached in March, Defence Minister Khawaja Muhammad Asif wrote of his "
        "dealings with Iranian Defence Minister Aziz Nasirzadeh.",
    ):
        assert not of_kind(_OWN.clustered(text), "visit"), text


def test_near_miss_a_minister_who_reached_a_city_is_still_a_visit():
    text = ("LAHORE: Iranian Defence Minister Aziz Nasirzadeh reached Lahore on Tuesday on a two-day visit "
            "and met Defence Minister Khawaja Muhammad Asif.")
    events = _OWN.clustered(text)
    assert any(NASIR in e.participants for e in of_kind(events, "visit"))


# -- 5. a signing during a visit is part of its talks (CURATION.md §2), not a second event -----------------
def test_memorandum_signed_after_talks_of_its_signatories_is_no_second_event():
    for text in (
        "TEHRAN: Defence Minister Khawaja Muhammad Asif held talks with Iranian Defence Minister Aziz "
        "Nasirzadeh in Tehran on Tuesday, after which the two signed a memorandum on joint patrols at a "
        "ceremony at the defence ministry.",
        "TEHRAN: Defence Minister Khawaja Muhammad Asif, on a two-day visit to Tehran, met Iranian Defence "
        "Minister Aziz Nasirzadeh on Tuesday. A memorandum on training was signed by the two ministers at "
        "a ceremony at the end of the talks.",
        "ISLAMABAD: Iranian Defence Minister Aziz Nasirzadeh, who arrived in Islamabad on Monday, held "
        "talks with Defence Minister Khawaja Muhammad Asif on Tuesday. Later the two ministers signed an "
        "agreement on border markets at a ceremony.",
    ):
        events = _OWN.clustered(text)
        assert has_pair(events, "meeting", ASIF, NASIR), text
        assert not of_kind(events, "other"), text


# -- 6. a talk with a third party's officials is not a talk of the pair -----------------------------------
def test_met_officials_of_a_third_country_is_no_meeting_of_the_pair():
    text = ("BEIJING: Defence Minister Khawaja Muhammad Asif and Iranian Defence Minister Aziz Nasirzadeh "
            "opened a joint border market at Taftan in May. In March, the Pakistani delegation also met "
            "officials of the Chinese ministry of public security.")
    events = _OWN.clustered(text)
    assert not of_kind(events, "meeting")
    assert has_pair(events, "other", ASIF, NASIR)


def test_every_object_trigger_is_a_meeting_trigger():
    """engagement.yaml `meeting_object` is the one list of the meeting triggers whose object is the
    counterpart: each of its phrases reports a meeting too."""
    p = shipped_lexicon().patterns
    for phrase in ("met Aziz", "meets Aziz", "talks with Aziz", "called on Aziz", "called upon Aziz",
                   "paid a call on Aziz", "had separate meetings with Aziz"):
        told = p["meeting_object"].search(phrase)
        assert told is not None and p["meeting"].search(phrase).group(0) == told.group(0), phrase
    for phrase in ("held talks", "meeting between them", "courtesy call"):
        assert p["meeting"].search(phrase) is not None and p["meeting_object"].search(phrase) is None, phrase


# -- 7. an opening told in passing during a visit, with no day or place of its own (CURATION.md §2) ------
def test_an_opening_mentioned_in_passing_during_talks_is_no_event():
    for text in (
        "TEHRAN: Foreign Minister Bilawal Bhutto Zardari held talks with Iranian Foreign Minister Hossein "
        "Amir-Abdollahian in Tehran on Tuesday. Amir-Abdollahian later wrote that during Bilawal Bhutto "
        "Zardari's visit to Iran the two countries opened a new border crossing.",
        "TEHRAN: Foreign Minister Bilawal Bhutto Zardari met Iranian Foreign Minister Hossein "
        "Amir-Abdollahian in Tehran on Tuesday. Bilawal Bhutto Zardari said that he and Hossein "
        "Amir-Abdollahian had also inaugurated a power line in Iran.",
        "ISLAMABAD: Iranian Foreign Minister Hossein Amir-Abdollahian held talks with Foreign Minister "
        "Bilawal Bhutto Zardari in Islamabad on Monday. The visit also saw the opening of a border market "
        "by Bilawal Bhutto Zardari and Hossein Amir-Abdollahian.",
    ):
        events = _OWN.clustered(text)
        assert has_pair(events, "meeting", BILAWAL, ABDOLLAHIAN), text
        assert not of_kind(events, "other"), text


def test_near_miss_an_opening_with_its_own_day_and_place_beside_talks_stays_an_event():
    text = ("TEHRAN: Foreign Minister Bilawal Bhutto Zardari held talks with Iranian Foreign Minister Hossein "
            "Amir-Abdollahian in Tehran on Tuesday. On Wednesday, Bilawal Bhutto Zardari and Hossein "
            "Amir-Abdollahian opened a new border market at Taftan.")
    events = _OWN.clustered(text)
    assert has_pair(events, "other", BILAWAL, ABDOLLAHIAN)
    assert [e.place_id for e in of_kind(events, "other")] == ["taftan"]


# -- 8. a handover told by its ceremony or by what is handed over ------------------------------------------
def test_a_handover_ceremony_and_a_terminal_handed_over():
    for text in (
        "TAFTAN: Defence Minister Khawaja Muhammad Asif and Iranian Defence Minister Aziz Nasirzadeh "
        "attended a handover ceremony at Taftan on Thursday.",
        "TAFTAN: Defence Minister Khawaja Muhammad Asif handed over the new cargo terminal at Taftan to "
        "Iranian Defence Minister Aziz Nasirzadeh on Thursday.",
        "TAFTAN: The new gate was handed over by Defence Minister Khawaja Muhammad Asif to Iranian Defence "
        "Minister Aziz Nasirzadeh at Taftan on Thursday.",
    ):
        events = _OWN.clustered(text)
        assert has_pair(events, "other", ASIF, NASIR), text
        assert [e.date_start for e in of_kind(events, "other")] == [dt.date(2024, 10, 10)], text


def test_near_miss_a_letter_handed_over_is_no_ceremony():
    text = ("ISLAMABAD: Defence Minister Khawaja Muhammad Asif handed over a letter from the prime minister "
            "to Iranian Defence Minister Aziz Nasirzadeh on Thursday.")
    assert not of_kind(_OWN.clustered(text), "other")


def test_near_miss_a_call_told_in_passing_beside_a_visit_stays_a_call():
    """The in-passing rule is the ceremonies' (CURATION.md §2): a call told with no day of its own
    beside a visit of its people is still coded (§3: Sirf Pakistan's passing mention of a call)."""
    text = ("ISLAMABAD: Iranian Foreign Minister Hossein Amir-Abdollahian arrived in Islamabad on Monday. "
            "Earlier this month, Amir-Abdollahian had a telephonic conversation with Foreign Minister "
            "Bilawal Bhutto Zardari after the strikes.")
    events = _OWN.clustered(text)
    assert has_pair(events, "phone_call", BILAWAL, ABDOLLAHIAN)


@pytest.mark.parametrize("verb", ["discussed", "urged", "sought", "reviewed progress in", "agreed to speed up",
                                  "stressed the need to expedite"])
def test_near_miss_the_act_noun_as_the_object_of_talk_is_a_topic(verb):
    # review20: 'discussed the opening of new border markets' names a topic, no ceremony held
    text = (f"ISLAMABAD: Defence Minister Khawaja Muhammad Asif and Iranian Defence Minister Aziz Nasirzadeh {verb} "
            "the opening of new border markets at Taftan.")
    assert not of_kind(_OWN.clustered(text), "other"), text


def test_near_miss_an_opening_by_named_doers_told_as_awaited_is_no_event():
    text = ("ISLAMABAD: The opening of a new border market at Taftan by Defence Minister Khawaja Muhammad Asif and "
            "Iranian Defence Minister Aziz Nasirzadeh is awaited.")
    assert not of_kind(_OWN.clustered(text), "other")
