"""Round 25, second wave (calls25b): calls still missed on probes13, each a class of phrasing.

1. The call's other party told in a later sentence ('The caller was X', 'The call came from X'):
   sides.yaml `call_party_after`, candidates `_Built._party_told_after`.
2. A quotation before the call's verb ('"... we will work with ...," X told Y in a telephone
   conversation late on Tuesday'): what the quotation says is the speaker's; its plan words neither
   make the call planned nor read its day forward (report `Reading._quotes`, `_own_words`).
3. 'Mr' and a surname for a person the office-holder table ranks only in brackets after a civilian
   office ('Interior Minister (Brigadier General)'): mentions `_rank_fits`.
4. A pronoun subject after a fronted date in a call's sentence ('On 3 October he spoke by telephone
   with ...'): mentions `_pronoun_after_fronted_date`.
5. A call dated only by its dateline, named again with its day ('In the phone call on Wednesday
   night, ...'): candidates `_Built._day_of_the_call_after`.

Made-up reports in our own words (no corpus text), three or more per class in varied newswire
styles, with near misses that must not change."""

from __future__ import annotations

from extract_fixtures import OwnReports, of_kind

_OWN = OwnReports("calls25b-own", "2021-11-18")


def _calls(text: str, day: str) -> list[tuple[str, str, frozenset[str]]]:
    return sorted((str(e.date_start), str(e.date_end), frozenset(e.participants))
                  for e in of_kind(_OWN.clustered(text, day), "phone_call"))


NISAR_FAZLI = frozenset({"chaudhry-nisar-ali-khan", "abdolreza-rahmani-fazli"})
RASHID_VAHIDI = frozenset({"sheikh-rashid-ahmad", "ahmad-vahidi"})
QURESHI_ZARIF = frozenset({"shah-mahmood-qureshi", "mohammad-javad-zarif"})
DAR_ARAGHCHI = frozenset({"ishaq-dar", "abbas-araghchi"})
NAQVI_MOMENI = frozenset({"mohsin-naqvi", "eskandar-momeni"})
KHATTAK_HATAMI = frozenset({"pervez-khattak", "amir-hatami"})
BUGTI_VAHIDI = frozenset({"sarfraz-bugti", "ahmad-vahidi"})
BILAWAL_ABDOLLAHIAN = frozenset({"bilawal-bhutto-zardari", "hossein-amir-abdollahian"})

# -- 1. the other party told in a later sentence ----------------------------------------------------------------

CALLER_AFTER = [
    (  # a daily: the call received, the caller in the next sentence
        "ISLAMABAD: Interior Minister Chaudhry Nisar Ali Khan received a telephone call on Tuesday about the "
        "attack on the border post. The caller was his Iranian counterpart, Abdolreza Rahmani Fazli, who "
        "asked for the arrest of the attackers.",
        "2014-10-22", ("2014-10-21", "2014-10-21", NISAR_FAZLI)),
    (  # an agency: a sentence between, 'the call came from'
        "ISLAMABAD, Dec 29 (APP) - Interior Minister Sheikh Rashid Ahmad spoke by telephone on Tuesday about "
        "refugees crossing from Afghanistan. He described the talk as friendly. The call came from Iran's "
        "Interior Minister Ahmad Vahidi, officials said.",
        "2021-12-29", ("2021-12-28", "2021-12-28", RASHID_VAHIDI)),
    (  # a ministry summary: the caller named after 'the call was made by'
        "Foreign Minister Ishaq Dar took part in a telephone call on 3 March 2025 on the security of pilgrims. "
        "The call was made by Iranian Foreign Minister Abbas Araghchi, the ministry said.",
        "2025-03-04", ("2025-03-03", "2025-03-03", DAR_ARAGHCHI)),
    (  # a TV rewrite: 'on the other end of the line was'
        "TEHRAN: Foreign Minister Mohammad Javad Zarif had a telephone conversation on Sunday about the "
        "situation in Afghanistan. On the other end of the line was Pakistan's foreign minister, Shah "
        "Mahmood Qureshi.",
        "2020-03-02", ("2020-03-01", "2020-03-01", QURESHI_ZARIF)),
]


def test_a_call_takes_its_other_party_from_a_later_caller_sentence():
    for text, day, call in CALLER_AFTER:
        assert _calls(text, day) == [call], text[:70]


def test_a_later_caller_of_a_third_country_or_unnamed_adds_nobody():
    third = ("ISLAMABAD: Interior Minister Chaudhry Nisar Ali Khan received a telephone call on Tuesday about the "
             "attack on the border post. The caller was Afghanistan's interior minister, who asked for help.")
    unnamed = ("ISLAMABAD: Interior Minister Sheikh Rashid Ahmad spoke by telephone on Tuesday about refugees. "
               "The caller was not identified by the ministry.")
    far = ("ISLAMABAD: Interior Minister Sheikh Rashid Ahmad spoke by telephone on Tuesday about refugees. He said "
           "the talk was friendly. He said more talks would follow. Refugees keep coming. The caller was Iran's "
           "Interior Minister Ahmad Vahidi.")
    for text in (third, unnamed, far):
        assert _calls(text, "2021-12-29") == [], text[:70]


# -- 2. a quotation before the verb --------------------------------------------------------------------------------

QUOTED = [
    (  # a TV rewrite: the news in a quote, 'late on Tuesday'
        "ISLAMABAD: \"We will stand by Pakistan whatever happens at the polls,\" Foreign Minister Mohammad Javad "
        "Zarif told Foreign Minister Shah Mahmood Qureshi in a telephone conversation late on Tuesday.",
        "2019-01-16", ("2019-01-15", "2019-01-15", QURESHI_ZARIF)),
    (  # curly quotes, a plan word in the quote, a weekday
        "“Iran will never allow its soil to be used against Pakistan,” Interior Minister Eskandar Momeni "
        "assured Interior Minister Mohsin Naqvi by telephone on Monday, according to a statement.",
        "2025-01-08", ("2025-01-06", "2025-01-06", NAQVI_MOMENI)),
    (  # an agency: the quote closes a paragraph begun before (a closing mark only)
        "The two countries had agreed to keep the crossings open. Border trade must go on and we are going to "
        "protect it,\" Foreign Minister Bilawal Bhutto Zardari said in a telephone call with Foreign Minister "
        "Hossein Amir-Abdollahian on Sunday.",
        "2022-11-22", ("2022-11-20", "2022-11-20", BILAWAL_ABDOLLAHIAN)),
]


def test_a_quotation_before_the_verb_does_not_make_the_call_planned():
    for text, day, call in QUOTED:
        assert _calls(text, day) == [call], text[:70]


def test_a_call_planned_outside_the_quotation_stays_planned():
    text = ("ISLAMABAD: \"Our borders are safe,\" Foreign Minister Shah Mahmood Qureshi said, adding that he would "
            "speak by telephone with Foreign Minister Mohammad Javad Zarif on Friday.")
    assert _calls(text, "2019-01-16") == []


# -- 3. 'Mr' and a surname: a rank only in the table's brackets ------------------------------------------------------

MISTER = [
    (  # the interior minister the table ranks a brigadier general
        "ISLAMABAD: Iran's new team includes Interior Minister Ahmad Vahidi. On December 28, Interior Minister "
        "Sheikh Rashid Ahmad spoke by telephone with Mr Vahidi for the first time.",
        "2022-01-03", ("2021-12-28", "2021-12-28", RASHID_VAHIDI)),
    (  # the defence minister so ranked, a weekday
        "TEHRAN: Defence Minister Amir Hatami opened a drone workshop on Monday. On Tuesday, Defence Minister "
        "Pervez Khattak telephoned Mr Hatami to discuss the border.",
        "2019-11-20", ("2019-11-19", "2019-11-19", KHATTAK_HATAMI)),
    (  # 'Mr' after a full naming in a think-tank brief
        "The caretaker interior minister, Sarfraz Bugti, met Iran's Interior Minister Ahmad Vahidi in August. "
        "Mr Bugti spoke by telephone with Mr Vahidi on 3 October.",
        "2023-10-25", ("2023-10-03", "2023-10-03", BUGTI_VAHIDI)),
]


def test_mr_and_a_surname_is_the_person_the_table_ranks_in_brackets():
    for text, day, call in MISTER:
        assert call in _calls(text, day), text[:70]


def test_mr_for_a_person_the_report_names_with_a_rank_is_nobody():
    text = ("TEHRAN: Brigadier General Amir Hatami opened a drone workshop on Monday. On Tuesday, Defence Minister "
            "Pervez Khattak telephoned Mr Hatami to discuss the border.")
    assert _calls(text, "2019-11-20") == []


# -- 4. a pronoun after a fronted date ---------------------------------------------------------------------------------

FRONTED = [
    (  # a think-tank brief: 'On 3 October he'
        "The caretaker interior minister, Sarfraz Bugti, took office in August. On 3 October he spoke by "
        "telephone with Iran's Interior Minister Ahmad Vahidi about fuel smuggling.",
        "2023-10-25", ("2023-10-03", "2023-10-03", BUGTI_VAHIDI)),
    (  # a daily: 'Late on Tuesday, he'
        "ISLAMABAD: Foreign Minister Ishaq Dar returned from Brussels on Monday. Late on Tuesday, he spoke by "
        "telephone with Iranian Foreign Minister Abbas Araghchi.",
        "2025-03-05", ("2025-03-04", "2025-03-04", DAR_ARAGHCHI)),
    (  # a weekly: 'Last Friday he'
        "Interior Minister Mohsin Naqvi has had a busy week. Last Friday he spoke by telephone with Interior "
        "Minister Eskandar Momeni about pilgrims.",
        "2025-01-13", ("2025-01-10", "2025-01-10", NAQVI_MOMENI)),
]


def test_a_pronoun_after_a_fronted_date_is_the_subject_told_before():
    for text, day, call in FRONTED:
        assert _calls(text, day) == [call], text[:70]


def test_a_pronoun_after_a_named_subject_is_not_read_back():
    # 'On Monday, Naqvi said he ...': the sentence's own subject comes first; the call is not the one told before
    text = ("Interior Minister Mohsin Naqvi met traders on Sunday. On Monday, Foreign Minister Ishaq Dar said he "
            "spoke by telephone with Abbas Araghchi.")
    assert all("mohsin-naqvi" not in p for _, _, p in _calls(text, "2025-01-14"))


# -- 5. a call dated by its dateline, its day told after -----------------------------------------------------------------

LATER_DAY = [
    (  # Press TV style: the dateline's day, then 'In the phone call on Wednesday night'
        "Tehran, May 15 - Interior Minister Eskandar Momeni has held a telephone conversation with Pakistan's "
        "Interior Minister Mohsin Naqvi. In the phone call on Wednesday night, Momeni praised the ceasefire.",
        "2025-05-15", ("2025-05-14", "2025-05-14", NAQVI_MOMENI)),
    (  # IRNA style: 'During the call on Monday'
        "TEHRAN, Nov 3 (IRNA) - Foreign Minister Hossein Amir-Abdollahian and his Pakistani counterpart Bilawal "
        "Bhutto Zardari have spoken by telephone. During the telephone call on Monday, the two ministers discussed "
        "border trade.",
        "2022-11-03", ("2022-10-31", "2022-10-31", BILAWAL_ABDOLLAHIAN)),
    (  # a call with no day of its own, 'the telephone call' after a sentence between
        "ISLAMABAD: Foreign Minister Ishaq Dar has held a telephone conversation with Iran's Foreign Minister "
        "Abbas Araghchi. Both men discussed the situation in the region. The telephone call on Saturday "
        "evening lasted half an hour.",
        "2025-06-16", ("2025-06-14", "2025-06-14", DAR_ARAGHCHI)),
]


def test_a_call_dated_by_its_dateline_takes_the_day_of_the_call_named_after():
    for text, day, call in LATER_DAY:
        assert _calls(text, day) == [call], text[:70]


def test_a_call_with_its_own_day_or_a_later_planned_call_keeps_its_day():
    own = ("TEHRAN, Nov 3 (IRNA) - Foreign Minister Hossein Amir-Abdollahian spoke by telephone with Bilawal "
           "Bhutto Zardari on Tuesday. In the phone call, Amir-Abdollahian thanked Pakistan for its support.")
    planned = ("Tehran, May 15 - Interior Minister Eskandar Momeni has held a telephone conversation with "
               "Pakistan's Interior Minister Mohsin Naqvi. They will hold a video call on Friday.")
    assert _calls(own, "2022-11-03") == [("2022-11-01", "2022-11-01", BILAWAL_ABDOLLAHIAN)]
    assert _calls(planned, "2025-05-15") == [("2025-05-15", "2025-05-15", NAQVI_MOMENI)]
