"""Fifteenth round (places on real reports): which place expression an event takes. Made-up
reports in our own words (no corpus text). A photo caption ('A file photo shows A and B during a
meeting in C. — Photo: agency') describes a picture, often of an earlier meeting: it is no telling
of the report's engagement, neither a place of it nor a sentence that pushes the dateline out of
the report's head."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.report import Reading, read_report
from places11_table import lexicon

DAY = "2025-03-04"
ARRIVAL = "Iran's Chief of General Staff Major General Mohammad Bagheri arrived in Pakistan on Monday on a two-day visit."
TALKS = "He met Pakistan's army chief General Asim Munir on Tuesday and discussed border security."


def _places(text: str) -> list[tuple[str, str | None]]:
    return sorted((e.kind, e.place_id) for e in cluster([read_report("places19-own", text, DAY, lexicon())]))


def test_a_caption_of_an_older_meeting_gives_no_place():
    caption = "A file photo shows General Asim Munir and Major General Mohammad Bagheri during a meeting in Tehran."
    without = _places(f"ISLAMABAD: {ARRIVAL}\n\n{TALKS}")
    assert ("meeting", "tehran") not in without  # the report alone never says Tehran
    for credit in ("— Photo courtesy ISPR", "— Photo: APP/File", ""):
        text = f"{caption} {credit}\n\nISLAMABAD: {ARRIVAL}\n\n{TALKS}"
        assert _places(text) == without, credit


def test_a_credit_line_makes_the_sentence_before_it_a_caption():
    picture = "General Asim Munir and Major General Mohammad Bagheri during a meeting in Tehran."
    got = _places(f"{picture} — Photo via ISPR/File\n\nISLAMABAD: {ARRIVAL}\n\n{TALKS}")
    assert ("meeting", "tehran") not in got


def test_near_misses_a_photo_word_in_the_body_is_no_caption():
    # the report's own sentence naming a photo is still the report's: its meeting keeps Tehran
    for text in ("General Asim Munir met Major General Mohammad Bagheri in Tehran on Tuesday and the two posed for a photo.",
                 "The photo exhibition aside, General Asim Munir met Major General Mohammad Bagheri in Tehran on Tuesday.",
                 "General Asim Munir met Major General Mohammad Bagheri in Tehran on Tuesday - photos of the talks were released."):
        assert ("meeting", "tehran") in _places(text), text


def test_a_caption_at_the_head_leaves_the_dateline_city_to_here():
    caption = "This file photo shows General Asim Munir with Major General Mohammad Bagheri."
    text = (f"Iranian commander arrives\n\n{caption} — Photo: ISPR\n{caption} — Photo: ISPR\n\n"
            f"ISLAMABAD: Iran's Chief of General Staff Major General Mohammad Bagheri arrived here on Monday on a two-day visit.")
    assert ("visit", "islamabad") in _places(text)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Photo file shows—-:.\n ATehran")), max_size=80))
def test_reading_any_text_with_captions_never_fails(text):
    r = Reading("places19-any", text, None, lexicon())
    assert all(0 <= s.start <= s.end <= len(text) for s in r.spans)


# -- a venue named as the one speaking is no venue ----------------------------------------------------
HEAD = "ISLAMABAD: Trade between the two countries has grown, officials say.\n\n"
CALL = "Foreign Minister Ishaq Dar{a} called on Iranian President Masoud Pezeshkian on Sunday{b}."


def test_an_office_issuing_the_statement_is_not_where_the_meeting_was():
    # under an Islamabad dateline the office is in the dateline's city, yet it only speaks: no city
    for a, b in ((", in a statement issued by the Foreign Office,", ""), ("", ", the Foreign Office said"),
                 ("", ", according to the Foreign Office"), ("", ", a Foreign Office spokesperson said"),
                 (", as per a press release from the Foreign Office,", "")):
        assert _places(HEAD + CALL.format(a=a, b=b)) == [("meeting", None)], (a, b)


def test_near_misses_an_office_the_meeting_is_held_at_still_places_it():
    for a, b in (("", " at the Foreign Office"), ("", " at the Foreign Office, the ministry said"),
                 (", who received him at the Foreign Office,", ""), ("", " at the Foreign Office, according to a statement")):
        assert _places(HEAD + CALL.format(a=a, b=b)) == [("meeting", "islamabad")], (a, b)
    text = HEAD + "Talks between Foreign Minister Ishaq Dar and Iranian Foreign Minister Abbas Araghchi were held at GHQ on Sunday."
    assert _places(text) == [("meeting", "rawalpindi")]


# -- a later leg of the trip is not where the talks told before it were --------------------------------
MET = "Iranian Foreign Minister Abbas Araghchi met Foreign Minister Ishaq Dar on Monday."


def test_a_later_leg_after_the_talks_does_not_place_them():
    for leg in ("Araghchi later flew to Karachi.", "He then travelled to Karachi to meet traders.",
                "Araghchi subsequently flew to Karachi."):
        got = _places(f"{MET} {leg}")
        assert ("meeting", "karachi") not in got, leg
        assert ("visit", "karachi") not in got, leg  # the trip's place is where its talks were, not its next stop


def test_near_misses_a_trip_told_before_the_talks_places_them():
    for trip in ("Araghchi flew to Karachi on Sunday.", "Araghchi arrived in Karachi on Sunday.",
                 "Araghchi, who later gave a lecture, flew to Karachi on Sunday."):
        assert ("meeting", "karachi") in _places(f"{trip} {MET.replace('met', 'later met')}"), trip
    # a later leg with no talks told before it is the trip itself
    assert ("visit", "karachi") in _places("Iranian Foreign Minister Abbas Araghchi later flew to Karachi on Monday.")


# -- an office of the other side is not in the dateline's city ----------------------------------------
def test_the_other_sides_office_is_not_in_the_datelines_city():
    for office in ("the Iranian foreign ministry", "Iran's Interior Ministry"):
        text = f"ISLAMABAD: Foreign Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi at {office} on Monday."
        assert ("meeting", "islamabad") not in _places(text), office


def test_near_misses_an_office_of_the_datelines_side_or_of_no_side_is_in_its_city():
    # an embassy of the other side is in the dateline's country: its office is there too
    for office in ("the Interior Ministry", "the Pakistani foreign ministry", "Pakistan's Interior Ministry",
                   "the Iranian embassy's office"):
        text = f"ISLAMABAD: Iranian Foreign Minister Abbas Araghchi met Interior Minister Mohsin Naqvi at {office} on Monday."
        assert _places(text) == [("meeting", "islamabad")], office
