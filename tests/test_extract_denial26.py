"""Round 26 (denial26, issue 15): a denial's scope ends where its claim does; a call needs a person at
each end.

Round 25 widened denials ('rejected claims of ...', 'dismissed speculation that ...'), and an engagement
told later in the same sentence, in a clause of its own, was taken as denied. A denial now covers the
claim it names, up to the first clause of the speaker's own (', and X met Y', ', saying X met Y', 'as X
arrived': engagement.yaml `claim_scope`), less the asides inside it (', which took place on Sunday,',
', who arrived on Monday'); a taking-place predicate told with its manner ('went ahead without X') denies
the manner only; after 'of', a verb belongs to the claim only as a participle ('of X having met Y').
Code: frame_regions.denied, claim_scope, _denies_taking_place.

Round 25's received-call triggers gave a call between two officials named beside 'calls from pilgrims
were received by the consulate', and a call with X for 'a call from the office of X'. A call's end after
'from', 'by' or a final 'to' must be a person: not an institution or someone's staff (engagement.yaml
`call_not_party`) nor people of no office (`private_counterparts`). Code: frames._call_without_person.

Made-up reports in our own words, newswire style (no corpus text): the breaker's cases retold, and near
misses that must stay what they are."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract_fixtures import OwnReports, has_pair, of_kind

_OWN = OwnReports("denial26-own", "2024-10-17")   # a Thursday; 'on Wednesday' is 2024-10-16

NAQVI, MOMENI, DAR, ARAGHCHI = "mohsin-naqvi", "eskandar-momeni", "ishaq-dar", "abbas-araghchi"
SHARIF, PEZESHKIAN = "shehbaz-sharif", "masoud-pezeshkian"


def _visit_of(text: str, person: str):
    return [e for e in of_kind(_OWN.clustered(text), "visit") if person in e.participants]


# -- an engagement told after the claim, in a clause of its own, is held ---------------------------------------------
@pytest.mark.parametrize(("text", "guest", "place"), [
    # 'as' and a subject of its own after a claim of 'of'
    ("ISLAMABAD: The Foreign Office dismissed speculation of a rift between the two capitals as Iranian Interior "
     "Minister Eskandar Momeni arrived in Islamabad on Wednesday.", MOMENI, "islamabad"),
    # 'as' after a claim of 'that' about something else
    ("TEHRAN: Iran rejected Western claims that it was arming militants in the region as Pakistani Interior Minister "
     "Mohsin Naqvi arrived in Tehran on Wednesday for talks with Eskandar Momeni.", NAQVI, "tehran"),
    # a relative clause about the guest, inside the claim
    ("ISLAMABAD: Officials rejected speculation of differences over the trip of Iranian Foreign Minister Abbas "
     "Araghchi, who arrived in Islamabad on Wednesday.", ARAGHCHI, "islamabad"),
])
def test_a_visit_told_after_the_denied_claim_is_held(text, guest, place):
    visits = _visit_of(text, guest)
    assert visits and visits[0].place_id == place
    assert visits[0].date_start.isoformat() == "2024-10-16"


@pytest.mark.parametrize(("text", "pair"), [
    # ', and' with a subject of its own
    ("TEHRAN: Iran rejected the allegations of border friction, and Foreign Minister Abbas Araghchi held talks with "
     "Pakistani Foreign Minister Ishaq Dar in Tehran on Wednesday.", (DAR, ARAGHCHI)),
    # ', saying' what the speaker tells as held
    ("ISLAMABAD: A ministry spokesman denied rumours of a cooling of ties, saying Interior Minister Mohsin Naqvi met "
     "Iranian Interior Minister Eskandar Momeni in Islamabad on Wednesday.", (NAQVI, MOMENI)),
    # a 'which' aside inside the claim tells the talks were held; the claim is about how they ended
    ("ISLAMABAD: The Foreign Office denied reports that the talks between Ishaq Dar and Abbas Araghchi, which were "
     "held in Islamabad on Wednesday, had broken down over trade.", (DAR, ARAGHCHI)),
    # 'went ahead without ...' denies what was left out, not the meeting
    ("TEHRAN: The interior ministry dismissed claims that the meeting between Mohsin Naqvi and Eskandar Momeni in "
     "Tehran on Wednesday went ahead without the border fencing being raised.", (NAQVI, MOMENI)),
    ("ISLAMABAD: Officials rejected claims that the talks between Interior Minister Mohsin Naqvi and Iranian Interior "
     "Minister Eskandar Momeni in Islamabad on Wednesday took place despite a row over pilgrims.", (NAQVI, MOMENI)),
])
def test_a_meeting_told_after_or_beside_the_denied_claim_is_held(text, pair):
    meetings = [e for e in of_kind(_OWN.clustered(text), "meeting") if set(pair) <= set(e.participants)]
    assert meetings and meetings[0].date_start.isoformat() == "2024-10-16"


@pytest.mark.parametrize(("text", "denied", "held", "place"), [
    ("TEHRAN: Iran denied reports that Foreign Minister Abbas Araghchi met Ishaq Dar in Muscat on Sunday, and Interior "
     "Minister Eskandar Momeni met Pakistani Interior Minister Mohsin Naqvi in Tehran on Wednesday.",
     (DAR, ARAGHCHI), (NAQVI, MOMENI), "tehran"),
    ("ISLAMABAD: The Foreign Office rejected claims that Interior Minister Mohsin Naqvi met Eskandar Momeni in Dubai on "
     "Sunday, saying Foreign Minister Ishaq Dar held talks with Abbas Araghchi in Islamabad on Wednesday.",
     (NAQVI, MOMENI), (DAR, ARAGHCHI), "islamabad"),
])
def test_a_denied_meeting_and_a_held_one_in_one_sentence_are_told_apart(text, denied, held, place):
    """The claim's end opens a region of its own (frame_regions._claim_cut): the second meeting gets a frame."""
    events = _OWN.clustered(text)
    assert not has_pair(events, "meeting", *denied)
    meetings = [e for e in of_kind(events, "meeting") if set(held) <= set(e.participants)]
    assert meetings and meetings[0].place_id == place and meetings[0].date_start.isoformat() == "2024-10-16"


# -- near misses: what the claim itself tells stays denied -----------------------------------------------------------
@pytest.mark.parametrize("text", [
    # ', and that' goes on with the claim
    "TEHRAN: Iran denied reports that Foreign Minister Abbas Araghchi met Ishaq Dar in Muscat on Sunday, and that the "
    "two discussed a gas deal.",
    # after 'of', a participle is the claim's
    "ISLAMABAD: The Foreign Office dismissed as baseless reports of Foreign Minister Ishaq Dar having met Abbas "
    "Araghchi in Dubai on Monday.",
    # 'as part of' opens no clause of its own
    "ISLAMABAD: Officials rejected reports that Foreign Minister Ishaq Dar met Abbas Araghchi in Doha on Monday as part "
    "of a secret channel.",
    # the taking place is told outside the aside: still the claim
    "TEHRAN: The ministry denied claims that the meeting between Ishaq Dar and Abbas Araghchi in Doha, which critics "
    "had called a breakthrough, had taken place on Monday.",
    # 'as reported' has no subject of its own
    "ISLAMABAD: The Foreign Office refuted the allegations that Foreign Minister Ishaq Dar met Abbas Araghchi in Dubai "
    "on Monday as reported.",
])
def test_the_engagement_the_claim_tells_stays_denied(text):
    assert not has_pair(_OWN.clustered(text), "meeting", DAR, ARAGHCHI)


def test_a_visit_claimed_after_of_stays_denied():
    text = ("TEHRAN: Iran's foreign ministry rejected reports of a secret visit to Islamabad by Foreign Minister Abbas "
            "Araghchi on Monday, and said he was in Tehran all week.")
    assert not _visit_of(text, ARAGHCHI)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(verb=st.sampled_from(["rejected", "denied", "dismissed", "refuted"]),
       noun=st.sampled_from(["claims", "reports", "rumours", "speculation", "allegations"]),
       topic=st.sampled_from(["of a rift", "of strained ties", "that Iran was arming militants", "of tension on the border"]),
       link=st.sampled_from([", and Interior Minister Mohsin Naqvi met", ", saying Interior Minister Mohsin Naqvi met",
                             " as Interior Minister Mohsin Naqvi met"]))
def test_any_meeting_told_in_a_clause_after_the_claim_is_held(verb, noun, topic, link):
    text = (f"ISLAMABAD: The Foreign Office on Thursday {verb} {noun} {topic}{link} Iranian Interior Minister Eskandar "
            f"Momeni in Islamabad on Wednesday.")
    assert _OWN.meets(text, NAQVI, MOMENI)


# -- a call needs a person at each end ------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "pair"), [
    # calls told as received by an institution, from people of no office
    ("TEHRAN: Iranian Interior Minister Eskandar Momeni told Pakistani Interior Minister Mohsin Naqvi, who arrived in "
     "Tehran on Wednesday, that calls from pilgrims were received by the consulate in Mashhad.", (NAQVI, MOMENI)),
    ("ISLAMABAD: Interior Minister Mohsin Naqvi told Iranian Interior Minister Eskandar Momeni on Wednesday that calls "
     "received by the embassy in Tehran from stranded students had tripled.", (NAQVI, MOMENI)),
    # the office of X is X's office, not X
    ("ISLAMABAD: Prime Minister Shehbaz Sharif received a call from the office of President Masoud Pezeshkian on "
     "Wednesday about the dates of the visit.", (SHARIF, PEZESHKIAN)),
    ("ISLAMABAD: Foreign Minister Ishaq Dar on Wednesday took a call from the secretariat of Iranian Foreign Minister "
     "Abbas Araghchi on the agenda.", (DAR, ARAGHCHI)),
    ("ISLAMABAD: Prime Minister Shehbaz Sharif on Wednesday made a call to the Iranian embassy to thank President "
     "Masoud Pezeshkian for his message.", (SHARIF, PEZESHKIAN)),
])
def test_no_call_without_a_person_at_each_end(text, pair):
    assert not has_pair(_OWN.clustered(text), "phone_call", *pair)


@pytest.mark.parametrize(("text", "pair"), [
    ("ISLAMABAD: A call received by Prime Minister Shehbaz Sharif from President Masoud Pezeshkian on Wednesday lasted "
     "half an hour.", (SHARIF, PEZESHKIAN)),
    ("ISLAMABAD: Prime Minister Shehbaz Sharif made a call to President Masoud Pezeshkian on Wednesday to thank him "
     "for his message.", (SHARIF, PEZESHKIAN)),
    ("ISLAMABAD: Foreign Minister Ishaq Dar on Wednesday received a call from Iranian Foreign Minister Abbas Araghchi, "
     "who asked about the dates of the visit.", (DAR, ARAGHCHI)),
])
def test_a_call_between_two_people_stays_a_call(text, pair):
    calls = [e for e in of_kind(_OWN.clustered(text), "phone_call") if set(pair) <= set(e.participants)]
    assert calls and calls[0].date_start.isoformat() == "2024-10-16"
