"""Round 20 (background-told events): an earlier engagement a report recalls with a month of its own
is an event of its own, at month precision, placed where its own words put it, never merged into
the report's main engagement; one recalled only by a year, or with no date, is none (CURATION.md §3,
§4). Made-up reports in our own words; each class has three or more varied texts and near misses.
The probe sets (probes6, probes7) only showed which shapes to take; no probe sentence is used."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import OwnReports
from pakiran_events.extract.cluster import cluster

_OWN = OwnReports("back20-own", "2024-10-17")   # a Thursday

IMRAN, ROUHANI, ZARIF, QURESHI = "imran-khan", "hassan-rouhani", "mohammad-javad-zarif", "shah-mahmood-qureshi"
RAISI, SHEHBAZ, DAR, PEZESHKIAN = "ebrahim-raisi", "shehbaz-sharif", "ishaq-dar", "masoud-pezeshkian"
NAQVI, MOMENI = "mohsin-naqvi", "eskandar-momeni"


def _events(text: str, day: str | None = None):
    return cluster([_OWN.report(text, day)])


def _visits_of(events, guest: str):
    return [e for e in events if e.kind == "visit" and guest in e.participants]


def _month(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    return first, (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


# -- 1. a trip recalled with a past verb and a month of its own: its own visit ------------------------------------
@pytest.mark.parametrize("text, day, guest, place, month", [
    ("ISLAMABAD: Interior Minister Mohsin Naqvi met Iranian Interior Minister Eskandar Momeni in Islamabad on "
     "Wednesday to discuss pilgrims' travel.\n\nPrime Minister Imran Khan visited Tehran in April 2019, when the two "
     "countries first spoke of a joint border force.", "2024-10-17", IMRAN, "tehran", (2019, 4)),
    ("TEHRAN: Foreign Minister Ishaq Dar held talks with Iranian Foreign Minister Abbas Araghchi on Monday.\n\n"
     "Ties have warmed since the spring. Iranian President Ebrahim Raisi had been in Lahore in late April, the "
     "first such trip in years.", "2024-10-17", RAISI, "lahore", (2024, 4)),
    ("ISLAMABAD, Dec 3: The two interior ministers agreed on Monday to post liaison officers at the border.\n\n"
     "The last high-level contact came in June, when Foreign Minister Javad Zarif came to Islamabad for a day.",
     "2019-12-03", ZARIF, "islamabad", (2019, 6)),
])
def test_a_trip_recalled_with_its_month_is_a_visit_of_that_month(text, day, guest, place, month):
    visits = _visits_of(_events(text, day), guest)
    assert len(visits) == 1
    v = visits[0]
    start, end = _month(*month)
    assert (v.date_start, v.date_end, v.place_id) == (start, end, place)


def test_a_trip_recalled_with_its_days_keeps_them():
    text = ("ISLAMABAD: Foreign Minister Javad Zarif arrived in Islamabad on Sunday for two days of talks.\n\n"
            "Prime Minister Imran Khan had been in Tehran on 21-22 April 2019, when the two sides set up a hotline.")
    visits = _visits_of(_events(text, "2019-05-28"), IMRAN)
    assert [(v.date_start, v.date_end, v.place_id) for v in visits] == [(dt.date(2019, 4, 21), dt.date(2019, 4, 22), "tehran")]


@pytest.mark.parametrize("recall", [
    "Prime Minister Imran Khan visited Tehran in 2019 and spoke of a joint border force.",       # a year only
    "Prime Minister Imran Khan had visited Tehran last year.",                                      # a year only
    "Prime Minister Imran Khan visited Tehran, and the two countries spoke of a joint border force.",  # no date
    "Prime Minister Imran Khan, who came to Tehran years ago, is remembered there.",               # no month
])
def test_near_miss_a_trip_recalled_without_a_month_is_no_event(recall):
    text = ("ISLAMABAD: Interior Minister Mohsin Naqvi met Iranian Interior Minister Eskandar Momeni in Islamabad on "
            f"Wednesday to discuss pilgrims' travel.\n\n{recall}")
    assert _visits_of(_events(text), IMRAN) == []


def test_a_recalled_visit_and_its_meeting_told_in_one_sentence_are_both_events():
    text = ("KARACHI: Planners say the two ports need not be rivals.\n\nThe best chance came in October 2020, when "
            "Iranian Foreign Minister Javad Zarif, then in his second term, visited Gwadar and met Foreign Minister "
            "Shah Mahmood Qureshi.")
    events = _events(text, "2023-02-20")
    start, end = _month(2020, 10)
    assert [(e.kind, e.date_start, e.date_end, e.place_id) for e in _visits_of(events, ZARIF)] == [("visit", start, end, "gwadar")]
    meetings = [e for e in events if e.kind == "meeting" and {ZARIF, QURESHI} <= set(e.participants)]
    assert [(m.date_start, m.date_end) for m in meetings] == [(start, end)]


# -- 2. a visit told by its month and no destination: the guest's other side ---------------------------------------
@pytest.mark.parametrize("text", [
    "DOHA, Oct 4: Foreign Minister Ishaq Dar met Iranian President Masoud Pezeshkian on Thursday. Dar said Pakistan "
    "wanted to carry forward the accords reached during the late President Ebrahim Raisi's visit in April.",
    "ISLAMABAD: The interior secretary signed a memorandum with the Iranian ambassador on Wednesday. The ambassador "
    "said it was one of the texts the two sides agreed on during the visit of the late President Ebrahim Raisi in "
    "April.",
    "LAHORE: Punjab's chief minister spoke of trade with Iran on Thursday. Traders still recall President Ebrahim "
    "Raisi's visit last April, when the city's markets closed for a day.",
])
def test_a_visit_told_by_its_month_alone_is_in_the_other_sides_country(text):
    visits = _visits_of(_events(text, "2024-10-17"), RAISI)
    assert len(visits) == 1
    start, end = _month(2024, 4)
    v = visits[0]
    assert (v.date_start, v.date_end, v.country) == (start, end, "PAK")
    assert v.place_id in (None, "pakistan")   # the dateline's city is where the report was written, not where he went


def test_near_miss_the_guest_named_inside_the_trigger_travels_not_the_speaker():
    text = ("ISLAMABAD: The interior secretary met the Iranian ambassador Reza Amiri Moghadam on Wednesday. "
            "Amiri Moghadam said the accord was drafted during the visit of President Ebrahim Raisi to Pakistan in "
            "April.")
    events = _events(text, "2024-10-17")
    assert [e for e in events if e.kind == "visit" and "reza-amiri-moghadam" in e.participants] == []
    assert len(_visits_of(events, RAISI)) == 1


def test_near_miss_reached_before_a_preposition_is_no_arrival():
    text = ("ISLAMABAD: The Iranian ambassador Reza Amiri Moghadam said on Wednesday that the agreements reached "
            "during last year's talks were being carried out.")
    assert [e for e in _events(text) if e.kind == "visit"] == []


def test_near_miss_a_visit_planned_for_a_month_is_still_a_plan():
    text = ("ISLAMABAD: President Masoud Pezeshkian is expected to pay a visit in November, officials said on "
            "Thursday.")
    assert [e for e in _events(text) if e.kind == "visit"] == []


# -- 3. clustering: a recalled visit is not the report's main one, and joins its own reports ------------------------
def test_a_recalled_visit_of_the_same_guest_stays_apart_from_the_main_visit():
    text = ("ISLAMABAD: Foreign Minister Javad Zarif arrived in Islamabad on Wednesday on a two-day visit and met "
            "Foreign Minister Shah Mahmood Qureshi.\n\nZarif had been in Islamabad in January, when the two "
            "ministers first discussed the border markets.")
    visits = _visits_of(_events(text, "2019-05-23"), ZARIF)
    assert sorted((v.date_start, v.date_end) for v in visits) == [_month(2019, 1), (dt.date(2019, 5, 22), dt.date(2019, 5, 23))]


def test_reports_recalling_one_visit_cluster_with_its_own_report():
    own = _OWN.report("TEHRAN: Prime Minister Imran Khan arrived in Tehran on Sunday on a two-day visit and met "
                      "President Hassan Rouhani on Monday.", "2019-04-22")
    later = _OWN.report("ISLAMABAD: The interior ministers met on Monday.\n\nPrime Minister Imran Khan visited "
                        "Tehran in April, and the two countries spoke then of a joint border force.", "2019-12-03")
    from dataclasses import replace
    later = replace(later, doc_id="back20-later")
    visits = _visits_of(cluster([own, later]), IMRAN)
    assert len(visits) == 1 and visits[0].sources == {"back20-own", "back20-later"}
    assert (visits[0].date_start, visits[0].date_end) == (dt.date(2019, 4, 21), dt.date(2019, 4, 22))


# -- 4. a 'who' clause tells its person's past trip even when the main clause is a plan ----------------------------
@pytest.mark.parametrize("text, day, guest, place, month", [
    ("ISLAMABAD: President Masoud Pezeshkian is due to meet Prime Minister Shehbaz Sharif, who visited Tehran "
     "in May, the Foreign Office said on Saturday.", "2025-08-02", SHEHBAZ, "tehran", (2025, 5)),
    ("TEHRAN: Araghchi is expected to receive Foreign Minister Ishaq Dar, who had been in Tehran in January, "
     "officials said on Monday.", "2024-10-14", DAR, "tehran", (2024, 1)),
    ("LAHORE: The chief minister will host Iranian President Ebrahim Raisi, who came to Islamabad in April, "
     "her office said.", "2024-10-17", RAISI, "islamabad", (2024, 4)),
])
def test_a_who_clause_tells_a_held_trip_inside_a_planned_sentence(text, day, guest, place, month):
    visits = _visits_of(_events(text, day), guest)
    assert [(v.date_start, v.date_end, v.place_id) for v in visits] == [(*_month(*month), place)]


def test_near_miss_a_who_clause_with_its_own_plan_stays_a_plan():
    text = ("ISLAMABAD: President Masoud Pezeshkian met Prime Minister Shehbaz Sharif, who will visit Tehran in "
            "December, the Foreign Office said on Saturday.")
    assert _visits_of(_events(text, "2025-08-02"), SHEHBAZ) == []


def test_the_reports_own_welcome_and_entourage_do_not_join_a_recalled_visit():
    text = ("LAHORE: President Masoud Pezeshkian arrived in Lahore on Saturday, where Chief Minister Maryam Nawaz "
            "received him at the airport.\n\nHe is due to meet Prime Minister Shehbaz Sharif, who visited "
            "Tehran in May.\n\nFederal ministers Ahsan Iqbal and Mohsin Naqvi were also present at the airport.")
    recalled = _visits_of(_events(text, "2025-08-02"), SHEHBAZ)
    assert len(recalled) == 1 and set(recalled[0].participants) == {SHEHBAZ}


# -- 5. a trip made with a delegation headed by another is the head's visit ---------------------------------------
@pytest.mark.parametrize("text", [
    "TEHRAN: Deputy Minister Hamid Zadboum visited Pakistan on Tuesday with a delegation headed by Foreign "
    "Minister Javad Zarif.",
    "TEHRAN: Hamid Zadboum travelled to Islamabad on Tuesday as part of a delegation led by Foreign Minister "
    "Javad Zarif.",
    "TEHRAN: Hamid Zadboum came to Islamabad on Tuesday in a delegation, headed by Foreign Minister Javad Zarif, "
    "for talks on trade.",
])
def test_a_member_s_trip_with_a_delegation_is_the_head_s_visit(text):
    events = _events(text, "2020-11-12")
    visits = [e for e in events if e.kind == "visit"]
    assert len(visits) == 1
    assert visits[0].guest == ZARIF and "hamid-zadboum" in visits[0].participants


def test_near_miss_a_delegation_head_of_the_other_side_is_a_host_not_the_guest():
    text = ("ISLAMABAD: Foreign Minister Javad Zarif visited Islamabad on Tuesday and met a delegation headed by "
            "Foreign Minister Shah Mahmood Qureshi.")
    visits = [e for e in _events(text, "2020-11-12") if e.kind == "visit"]
    assert [v.guest for v in visits] == [ZARIF]


# -- 6. near misses of a recollection: no traveller named, or a third country -------------------------------------
@pytest.mark.parametrize("recall", [
    "Iranian navy flotillas have visited Karachi several times in March.",
    "Pakistani naval ships came to Bandar Abbas in May for a joint drill.",
    "Trade delegations from both sides visited Quetta in June.",
])
def test_near_miss_a_recollection_naming_no_traveller_is_no_visit(recall):
    text = ("RAWALPINDI: Defence Secretary Hamood uz Zaman Khan met the Iranian ambassador on Monday.\n\n" + recall)
    assert [e for e in _events(text) if e.kind == "visit"] == []


@pytest.mark.parametrize("recall", [
    "Last month President Ebrahim Raisi travelled to Baghdad for talks on pilgrims.",
    "President Ebrahim Raisi visited Kabul in March, officials recalled.",
    "In September, President Ebrahim Raisi came to Baku for a summit.",
])
def test_near_miss_a_recalled_trip_to_a_third_country_is_no_visit_of_the_pair(recall):
    text = ("ISLAMABAD: Interior Minister Mohsin Naqvi met Iranian Interior Minister Eskandar Momeni on Wednesday.\n\n"
            + recall)
    assert _visits_of(_events(text), RAISI) == []


@pytest.mark.parametrize("text", [
    # review20: a recollection with no day or month of its own takes none from the sentence before
    "ISLAMABAD: Prime Minister Imran Khan spoke to reporters on Friday. He visited Tehran in the past.",
    "ISLAMABAD: Pakistan and Iran on Tuesday agreed to boost trade. Prime Minister Imran Khan had visited "
    "Tehran in the past.",
    "TEHRAN: Prime Minister Imran Khan had come to Tehran years ago.",
    "TEHRAN: Prime Minister Imran Khan had come to Tehran in 2019.",
])
def test_near_miss_a_recollection_borrows_no_day_from_another_sentence(text):
    assert _visits_of(_events(text, "2024-10-11"), IMRAN) == []
