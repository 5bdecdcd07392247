"""Round 25 (spur25, issue 15): spurious events from mentions that are not the report's engagement.
(1) A visit or meeting named only by a noun ('whose own trip to Tehran', 'the visit of X to Pakistan')
with no date of its own, of someone who takes no part in the report's dated engagement, is no event
(background.mentioned_in_passing); nor is one told 'earlier this year' beside an engagement of the
report's own time (DateCue.earlier). (2) A denial of a told claim ('rejected a media report claiming
that X met Y') negates the meeting (engagement.yaml `denial`). Near misses stay events. Made-up reports
in our own words, newswire style; each class has three or more varied texts."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import OwnReports, of_kind

_OWN = OwnReports("spur25-own", "2024-10-17")   # a Thursday

NAQVI, MOMENI, DAR, ARAGHCHI, SHEHBAZ = "mohsin-naqvi", "eskandar-momeni", "ishaq-dar", "abbas-araghchi", "shehbaz-sharif"

# the report's own engagement: Naqvi and Momeni, dated Wednesday
_LEAD = ("ISLAMABAD: Interior Minister Mohsin Naqvi met Iranian Interior Minister Eskandar Momeni at the Interior "
         "Ministry on Wednesday to discuss the movement of pilgrims and the security of the border.")


def _with(event_kind: str, person: str, text: str) -> list:
    return [e for e in of_kind(_OWN.clustered(text), event_kind) if person in e.participants]


# -- 1a: a trip or meeting of someone else named in passing by a noun, undated: no event ----------------------------
@pytest.mark.parametrize("aside", [
    "The talks were the first since Prime Minister Shehbaz Sharif, whose own trip to Tehran was focused on trade, "
    "promised to raise the matter with the Iranian leadership.",
    "Officials said the agreements reached during the visit of Prime Minister Shehbaz Sharif to Tehran had yet to be "
    "carried out in full.",
    "Both ministers referred to the meeting of Foreign Minister Ishaq Dar with Foreign Minister Abbas Araghchi as the "
    "start of a new phase in relations.",
])
def test_an_undated_engagement_of_others_named_in_passing_is_no_event(aside):
    events = _OWN.clustered(f"{_LEAD}\n\nThe two sides agreed to set up a hotline. {aside}")
    assert [e for e in events if {SHEHBAZ, DAR, ARAGHCHI} & set(e.participants)] == []
    assert any({NAQVI, MOMENI} <= set(e.participants) for e in of_kind(events, "meeting"))


# -- 1b: 'earlier this year' beside the report's own dated engagement: recalled, no event ---------------------------
@pytest.mark.parametrize("aside", [
    "Prime Minister Shehbaz Sharif's visit to Tehran earlier this year was described by both sides as a turning point.",
    "Earlier this year, Foreign Minister Ishaq Dar met Foreign Minister Abbas Araghchi to discuss the same questions.",
    "Foreign Minister Ishaq Dar had travelled to Tehran earlier this year with a similar agenda, officials recalled.",
])
def test_earlier_this_year_beside_the_reports_engagement_is_no_event(aside):
    events = _OWN.clustered(f"{_LEAD}\n\nBoth sides welcomed the progress. {aside}")
    assert [e for e in events if {SHEHBAZ, DAR, ARAGHCHI} & set(e.participants)] == []


# -- near misses: stay events ---------------------------------------------------------------------------------------
def test_a_dated_trip_told_by_a_noun_is_still_an_event():
    text = (f"{_LEAD}\n\nSeparately, Foreign Minister Ishaq Dar's visit to Tehran on Tuesday ended with an agreement "
            "on border markets.")
    assert _with("visit", DAR, text)


def test_an_undated_trip_of_the_reports_own_guest_stays_the_reports_trip():
    text = ("TEHRAN: Foreign Minister Abbas Araghchi hosted Foreign Minister Ishaq Dar in Tehran on Wednesday for talks "
            "on the border. Dar, on a one-day visit to the Iranian capital, also called on the president.")
    assert _with("visit", DAR, text) and _with("meeting", DAR, text)


def test_earlier_this_year_alone_in_an_analysis_is_still_the_reports_call():
    text = ("Analysis. Several rounds of border talks were held between 2015 and 2019 without result. Earlier this year "
            "Foreign Minister Ishaq Dar and Foreign Minister Abbas Araghchi spoke by telephone after an attack near "
            "the border and agreed to share information faster.")
    calls = _with("phone_call", DAR, text)
    assert calls and calls[0].date_start == dt.date(2024, 1, 1)


def test_a_month_of_its_own_still_makes_a_recalled_visit_an_event():
    text = f"{_LEAD}\n\nBoth sides welcomed the progress. Foreign Minister Ishaq Dar had visited Tehran in April."
    visits = _with("visit", DAR, text)
    assert visits and (visits[0].date_start, visits[0].date_end) == (dt.date(2024, 4, 1), dt.date(2024, 4, 30))


# -- 2: a denial of a told claim negates the meeting -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "ISLAMABAD: Pakistan on Thursday rejected a media report claiming that Interior Minister Mohsin Naqvi met Iranian "
    "Interior Minister Eskandar Momeni secretly in Doha on Monday.",
    "TEHRAN: Iran's foreign ministry dismissed as baseless claims that Interior Minister Eskandar Momeni held talks "
    "with Pakistani Interior Minister Mohsin Naqvi in Zahedan on Tuesday.",
    "ISLAMABAD: The Foreign Office refuted the allegations that Interior Minister Mohsin Naqvi had met Iranian "
    "Interior Minister Eskandar Momeni in Dubai on Monday to discuss militant groups.",
    "ISLAMABAD: The interior ministry denied the foreign news stories suggesting that Mohsin Naqvi met Eskandar "
    "Momeni in Muscat on Sunday.",
])
def test_a_denied_claim_of_a_meeting_is_no_meeting(text):
    assert not _OWN.meets(text, NAQVI, MOMENI)


@pytest.mark.parametrize("text", [
    # the meeting is held; what is denied is a claim about its content
    f"{_LEAD} The ministry denied reports that the two had agreed on joint patrols.",
    # the denial is of another claim, told after the meeting in a clause of its own
    f"{_LEAD}\n\nSeparately, the Foreign Office rejected a media report claiming that Pakistan had closed a crossing.",
    # a speaker's denial in a relative clause does not deny the meeting
    "ISLAMABAD: Interior Minister Mohsin Naqvi, who rejected claims that Pakistan shelters militants, met Iranian "
    "Interior Minister Eskandar Momeni on Wednesday.",
])
def test_a_held_meeting_beside_a_denial_of_something_else_stays(text):
    assert _OWN.meets(text, NAQVI, MOMENI)
