"""Round 25 review fixes (fixtrig25): two trigger classes the hostile review of int25 found too wide.

M1. A denied claim negates an engagement only when what is denied is that it took place: 'claims
that X met Y', 'reports of a secret meeting', 'claims that the meeting took place'; not a property
of talks held ('reports that the talks ... were tense', 'allegations of a rift during the meeting').
Data: engagement.yaml `denied_claim_nouns`, `denied_taking_place`, `denied_claim_about`; code:
frame_regions._denies_taking_place.

M2. A video conference or virtual meeting is a call of the pair only: not a multilateral one
('in a video conference on climate attended by 40 countries', 'in a virtual meeting of the X
Dialogue'), not one held with a group ('with provincial police chiefs'); a call from someone's
office is not one from that person; calls received by a helpline are no call. Data: engagement.yaml
`phone`.

Made-up reports in our own words, newswire style (no corpus text); the review's cases and near
misses of our own that must stay what they are."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract_fixtures import OwnReports, has_pair, of_kind

_OWN = OwnReports("fixtrig25-own", "2024-10-17")   # a Thursday

NAQVI, MOMENI, DAR, ARAGHCHI = "mohsin-naqvi", "eskandar-momeni", "ishaq-dar", "abbas-araghchi"


# -- M1: a denied property of a held engagement leaves the engagement -------------------------------------------------
@pytest.mark.parametrize(("text", "kind", "pair"), [
    # the review's cases
    ("ISLAMABAD: The Foreign Office on Thursday rejected media reports claiming that the talks between Foreign "
     "Minister Ishaq Dar and Iranian Foreign Minister Abbas Araghchi in Islamabad on Wednesday were tense.",
     "meeting", (DAR, ARAGHCHI)),
    ("ISLAMABAD: Pakistan on Thursday dismissed as baseless claims that the meeting between Interior Minister Mohsin "
     "Naqvi and Iranian Interior Minister Eskandar Momeni in Tehran on Tuesday had been cut short.",
     "meeting", (NAQVI, MOMENI)),
    ("ISLAMABAD: The Foreign Office on Thursday refuted the allegations of a rift during the meeting of Foreign "
     "Minister Ishaq Dar and Iranian Foreign Minister Abbas Araghchi in Islamabad on Wednesday.",
     "meeting", (DAR, ARAGHCHI)),
    # near misses of our own: other properties, other denial verbs
    ("TEHRAN: The interior ministry denied press reports that the talks between Eskandar Momeni and Pakistani "
     "Interior Minister Mohsin Naqvi in Tehran on Monday were cut short by a row over border fencing.",
     "meeting", (NAQVI, MOMENI)),
    ("ISLAMABAD: A spokesperson rejected speculation of tension at the meeting of Interior Minister Mohsin Naqvi "
     "and Iranian Interior Minister Eskandar Momeni in Islamabad on Tuesday.",
     "meeting", (NAQVI, MOMENI)),
])
def test_a_denied_property_of_held_talks_keeps_them(text, kind, pair):
    assert has_pair(_OWN.clustered(text), kind, *pair)


def test_a_denied_property_of_a_visit_keeps_the_visit():
    text = ("TEHRAN: Iran's foreign ministry spokesman denied the reports that the visit of Foreign Minister Ishaq "
            "Dar to Tehran on Tuesday was overshadowed by the border dispute.")
    visits = [e for e in of_kind(_OWN.clustered(text), "visit") if DAR in e.participants]
    assert visits and visits[0].place_id == "tehran"


@pytest.mark.parametrize("text", [
    # what is denied is that the meeting took place: still no meeting
    "ISLAMABAD: The Foreign Office rejected reports of a secret meeting between Interior Minister Mohsin Naqvi and "
    "Iranian Interior Minister Eskandar Momeni in Dubai on Monday.",
    "ISLAMABAD: The ministry dismissed as baseless claims that the meeting between Interior Minister Mohsin Naqvi "
    "and Iranian Interior Minister Eskandar Momeni in Doha on Monday had taken place.",
    "TEHRAN: Iran's foreign ministry denied reports that Interior Minister Eskandar Momeni met Pakistani Interior "
    "Minister Mohsin Naqvi in Muscat on Sunday.",
])
def test_a_denial_that_the_meeting_took_place_still_negates_it(text):
    assert not _OWN.meets(text, NAQVI, MOMENI)


_MOODS = ["tense", "cordial", "brief", "inconclusive", "strained", "frosty"]


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(verb=st.sampled_from(["rejected", "denied", "dismissed", "refuted"]),
       noun=st.sampled_from(["reports", "claims", "allegations"]),
       mood=st.sampled_from(_MOODS))
def test_any_denied_mood_of_the_talks_keeps_them(verb, noun, mood):
    text = (f"ISLAMABAD: The Foreign Office on Thursday {verb} {noun} that the talks between Interior Minister Mohsin "
            f"Naqvi and Iranian Interior Minister Eskandar Momeni in Islamabad on Wednesday were {mood}.")
    assert _OWN.meets(text, NAQVI, MOMENI)


# -- M2: a multilateral video meeting, a group's, an office's call: no call of the pair -------------------------------
def _calls(text: str) -> list:
    return of_kind(_OWN.clustered(text), "phone_call")


@pytest.mark.parametrize("text", [
    # the review's cases
    "ISLAMABAD: Foreign Minister Ishaq Dar and Iranian Foreign Minister Abbas Araghchi on Wednesday took part in a "
    "video conference on climate attended by 40 countries.",
    "ISLAMABAD: Foreign Minister Ishaq Dar and Iranian Foreign Minister Abbas Araghchi were among 40 ministers in a "
    "virtual meeting of the Asia Cooperation Dialogue on Wednesday.",
    "ISLAMABAD: Interior Minister Mohsin Naqvi held a video conference with provincial police chiefs on Wednesday "
    "about the security of Iranian pilgrims, a day after Iranian Interior Minister Eskandar Momeni's call.",
    "ISLAMABAD: Foreign Minister Ishaq Dar on Wednesday received a call from Araghchi's office asking for a meeting "
    "date.",
    # near misses of our own
    "ISLAMABAD: Interior Minister Mohsin Naqvi said on Wednesday that calls received by the border hotline from "
    "Iranian Interior Minister Eskandar Momeni's staff had doubled.",
    "TEHRAN: Foreign Minister Abbas Araghchi and Pakistani Foreign Minister Ishaq Dar on Tuesday joined a virtual "
    "meeting hosted by the Economic Cooperation Organization.",
    "ISLAMABAD: Foreign Minister Ishaq Dar held an online meeting with district officials on Tuesday to review the "
    "arrangements for Iranian Foreign Minister Abbas Araghchi's visit next month.",
])
def test_no_call_of_the_pair_from_a_group_meeting_or_an_office(text):
    events = _OWN.clustered(text)
    assert not has_pair(events, "phone_call", DAR, ARAGHCHI)
    assert not has_pair(events, "phone_call", NAQVI, MOMENI)


@pytest.mark.parametrize(("text", "pair"), [
    ("ISLAMABAD: Foreign Minister Ishaq Dar held a video conference with Iranian Foreign Minister Abbas Araghchi on "
     "Wednesday on the border markets.", (DAR, ARAGHCHI)),
    ("ISLAMABAD: Foreign Minister Ishaq Dar on Wednesday received a call from Iranian Foreign Minister Abbas "
     "Araghchi, who asked for a meeting date.", (DAR, ARAGHCHI)),
    ("TEHRAN: Iranian Interior Minister Eskandar Momeni and Pakistani Interior Minister Mohsin Naqvi held a virtual "
     "meeting on Wednesday on pilgrims' travel.", (NAQVI, MOMENI)),
])
def test_a_video_conference_or_call_of_the_pair_stays_a_call(text, pair):
    calls = [e for e in _calls(text) if set(pair) <= set(e.participants)]
    assert calls and calls[0].date_start.isoformat() == "2024-10-16"
